// SPDX-License-Identifier: GPL-3.0-or-later
// The report's chart painter, without any widget library: bars and lines land where the data
// puts them, in their colours, and nothing is drawn outside the target rectangle.
#include "plot/result_plots.h"
#include "report/chart_painter.h"

#include "escale/data/profile_library.h"
#include "escale/data/scenario_io.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

#include <algorithm>

using namespace escale;
using escale::ui::plot::BarSet;
using escale::ui::plot::ChartKind;
using escale::ui::plot::ChartSpec;

namespace {

const QColor Red = QColor::fromRgb(0xCC0000);
const QColor Blue = QColor::fromRgb(0x0000CC);

QImage paint(const ChartSpec &spec, const QSize &size, const QRectF &target)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    ui::report::ChartLook look;
    look.label.setPixelSize(12);
    look.title.setPixelSize(12);
    look.lineUnit = 1.0;
    ui::report::paintChart(painter, target, spec, look);
    return image;
}

/** Bounding box of the pixels of exactly `color`. */
QRect extent(const QImage &image, const QColor &color)
{
    int left = image.width(), top = image.height(), right = -1, bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) == color) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

bool whiteOutside(const QImage &image, const QRect &target)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (!target.contains(x, y) && image.pixelColor(x, y) != QColor(Qt::white))
                return false;
        }
    }
    return true;
}

ChartSpec twoBars(bool horizontal)
{
    ChartSpec spec;
    spec.kind = ChartKind::Bars;
    spec.horizontal = horizontal;
    spec.legend = ui::plot::LegendPlace::Hidden;
    spec.categories = {QStringLiteral("A"), QStringLiteral("B")};
    spec.bars = {BarSet{QStringLiteral("a"), QStringLiteral("a"), Red, Red, {1.0, 0.0}, {}},
                 BarSet{QStringLiteral("b"), QStringLiteral("b"), Blue, Blue, {0.0, 0.5}, {}}};
    spec.y.min = 0.0;
    spec.y.max = 1.0;
    spec.y.ticks = {{0.0, QStringLiteral("0")}, {1.0, QStringLiteral("1")}};
    return spec;
}

} // namespace

TEST(ChartPainter, VerticalBarsAreAsTallAsTheirValues)
{
    const QImage image = paint(twoBars(false), QSize(400, 300), QRectF(0, 0, 400, 300));
    const QRect a = extent(image, Red);
    const QRect b = extent(image, Blue);
    ASSERT_TRUE(a.isValid() && b.isValid());
    EXPECT_EQ(a.bottom(), b.bottom()); // both stand on the zero line
    EXPECT_NEAR(double(b.height()) / a.height(), 0.5, 0.02); // 1.0 and 0.5 on a 0..1 axis
    EXPECT_LT(a.right(), b.left()); // A left of B
    EXPECT_NEAR(a.width(), b.width(), 1); // one bar width
}

TEST(ChartPainter, HorizontalBarsAreAsLongAsTheirValuesFirstCategoryAtTheBottom)
{
    const QImage image = paint(twoBars(true), QSize(400, 300), QRectF(0, 0, 400, 300));
    const QRect a = extent(image, Red);
    const QRect b = extent(image, Blue);
    ASSERT_TRUE(a.isValid() && b.isValid());
    EXPECT_EQ(a.left(), b.left());
    EXPECT_NEAR(double(b.width()) / a.width(), 0.5, 0.02);
    EXPECT_GT(a.top(), b.bottom()); // category 0 (A) is drawn below category 1 (B)
}

TEST(ChartPainter, NothingIsDrawnOutsideTheTarget)
{
    const QRect target(50, 40, 300, 200);
    const QImage image = paint(twoBars(false), QSize(400, 300), target);
    EXPECT_TRUE(extent(image, Red).isValid());
    EXPECT_TRUE(whiteOutside(image, target));
}

TEST(ChartPainter, AChartWithNothingToShowPaintsNothing)
{
    ChartSpec empty;
    empty.kind = ChartKind::XY;
    const QImage image = paint(empty, QSize(200, 100), QRectF(0, 0, 200, 100));
    EXPECT_TRUE(whiteOutside(image, QRect()));
}

TEST(ChartPainter, XyLinesFollowTheirPoints)
{
    ChartSpec spec;
    spec.kind = ChartKind::XY;
    spec.legend = ui::plot::LegendPlace::Hidden;
    spec.x = {0.0, 10.0, {{0.0, QStringLiteral("0")}, {10.0, QStringLiteral("10")}}, 0, {}, false};
    spec.y = {0.0, 10.0, {{0.0, QStringLiteral("0")}, {10.0, QStringLiteral("10")}}, 0, {}, false};
    ui::plot::Line rising;
    rising.color = Red;
    rising.width = 3.0;
    rising.points = {QPointF(0, 0), QPointF(10, 10)};
    ui::plot::Line flat;
    flat.color = Blue;
    flat.width = 3.0;
    flat.points = {QPointF(0, 5), QPointF(10, 5)};
    spec.lines = {rising, flat};
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        ui::report::ChartLook look;
        look.label.setPixelSize(12);
        look.title.setPixelSize(12);
        ui::report::paintChart(painter, QRectF(0, 0, 400, 300), spec, look);
    }
    // Antialiasing mixes the colours at the edges; look for strongly red and blue pixels.
    int redLeftBottom = 0, redRightTop = 0;
    int blueRows = 0;
    std::vector<int> blueY;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 180 && c.green() < 80 && c.blue() < 80) {
                if (x < 150 && y > 150)
                    ++redLeftBottom;
                if (x > 250 && y < 150)
                    ++redRightTop;
            }
            if (c.blue() > 180 && c.red() < 80 && c.green() < 80)
                blueY.push_back(y);
        }
    }
    EXPECT_GT(redLeftBottom, 0);
    EXPECT_GT(redRightTop, 0);
    ASSERT_FALSE(blueY.empty());
    const auto [low, high] = std::minmax_element(blueY.begin(), blueY.end());
    blueRows = *high - *low + 1;
    EXPECT_LE(blueRows, 5); // a flat line 3 px wide
}

TEST(ChartPainter, EveryResultChartOfTheShippedScenarioIsDrawnInsideItsFrame)
{
    const auto library = data::loadLibrary(data::defaultProfilesDirectory());
    ASSERT_TRUE(library.ok());
    const auto scenario = data::loadScenario(data::defaultScenarioPath(), library.value());
    ASSERT_TRUE(scenario.ok());
    const auto results = ui::computeResults(scenario.value());
    mcda::SmaaResult smaa;
    smaa.samples = 10;
    smaa.rankAcceptability = Eigen::MatrixXd::Constant(Eigen::Index(results->rows().size()),
                                                       Eigen::Index(results->rows().size()),
                                                       1.0 / double(results->rows().size()));
    const std::vector<ChartSpec> specs{
        ui::plot::rankingPlot(*results),       ui::plot::costBreakdownPlot(*results),
        ui::plot::criteriaRadarPlot(*results), ui::plot::monthlyCostPlot(*results),
        ui::plot::stabilityPlot(*results),     ui::plot::smaaPlot(smaa, {})};
    const QRect target(20, 20, 560, 360);
    for (const ChartSpec &spec : specs) {
        ASSERT_TRUE(spec.drawable()) << spec.id.toStdString();
        const QImage image = paint(spec, QSize(600, 400), target);
        EXPECT_TRUE(whiteOutside(image, target)) << spec.id.toStdString();
        int inked = 0;
        for (int y = target.top(); y <= target.bottom(); y += 2)
            for (int x = target.left(); x <= target.right(); x += 2)
                inked += image.pixelColor(x, y) != QColor(Qt::white);
        EXPECT_GT(inked, 200) << spec.id.toStdString();
    }
}
