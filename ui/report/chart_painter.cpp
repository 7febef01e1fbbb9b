// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_painter.h"

#include "report_style.h"

#include "core/style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace escale::ui::report {

namespace {

using plot::Axis;
using plot::ChartKind;
using plot::ChartSpec;

/** One legend entry: its swatch and its text. */
struct Entry
{
    enum Kind { Box, Stroke, Dot } kind = Box;
    QString text;
    QColor color;
    qreal width = 1.0; ///< stroke width in dots
    bool dashed = false;
};

std::vector<Entry> legendEntries(const ChartSpec &spec, const ChartLook &look)
{
    std::vector<Entry> entries;
    const auto add = [&entries](Entry entry) {
        if (entry.text.isEmpty())
            return;
        for (const Entry &e : entries) {
            if (e.text == entry.text)
                return;
        }
        entries.push_back(std::move(entry));
    };
    for (const plot::BarSet &set : spec.bars)
        add({Entry::Box, set.name, set.color});
    for (const plot::Band &band : spec.bands) {
        if (band.inLegend)
            add({Entry::Box, band.name, band.color});
    }
    for (const plot::Line &line : spec.lines) {
        if (line.inLegend)
            add({Entry::Stroke, line.name, line.color, line.width * look.lineUnit, line.dashed});
    }
    for (const plot::Marker &marker : spec.markers) {
        if (marker.inLegend)
            add({Entry::Dot, marker.name, marker.color});
    }
    return entries;
}

class Legend
{
public:
    Legend(const ChartSpec &spec, const ChartLook &look)
        : m_entries(legendEntries(spec, look))
        , m_font(look.label)
        , m_metrics(look.label)
        , m_swatch(m_metrics.height() * 1.4)
        , m_gap(m_metrics.height() * 0.9)
        , m_place(m_entries.empty() ? plot::LegendPlace::Hidden : spec.legend)
    {}

    plot::LegendPlace place() const { return m_place; }

    /** Width of the legend placed on the right. */
    qreal columnWidth() const
    {
        qreal widest = 0.0;
        for (const Entry &e : m_entries)
            widest = std::max(widest, entryWidth(e));
        return widest + m_metrics.height() * 0.3; // antialiased glyphs may reach past the advance
    }

    /** Height of the legend placed at the bottom and wrapped to `width`. */
    qreal rowsHeight(qreal width) const { return qreal(rows(width).size()) * lineHeight(); }

    /** Paints the legend in `area`, laid out for its place (nothing when hidden). */
    void paint(QPainter &p, const QRectF &area) const
    {
        if (m_place == plot::LegendPlace::Right)
            paintRight(p, area);
        else if (m_place == plot::LegendPlace::Bottom)
            paintBottom(p, area);
    }

private:
    void paintBottom(QPainter &p, const QRectF &area) const
    {
        qreal y = area.top();
        for (const std::vector<std::size_t> &row : rows(area.width())) {
            qreal total = 0.0;
            for (std::size_t i : row)
                total += entryWidth(m_entries[i]) + (total > 0.0 ? m_gap : 0.0);
            qreal x = area.left() + (area.width() - total) / 2.0;
            for (std::size_t i : row) {
                paintEntry(p, m_entries[i], QPointF(x, y));
                x += entryWidth(m_entries[i]) + m_gap;
            }
            y += lineHeight();
        }
    }

    void paintRight(QPainter &p, const QRectF &area) const
    {
        const qreal height = qreal(m_entries.size()) * lineHeight();
        qreal y = area.top() + std::max(0.0, (area.height() - height) / 2.0);
        for (const Entry &e : m_entries) {
            paintEntry(p, e, QPointF(area.left(), y));
            y += lineHeight();
        }
    }

    qreal lineHeight() const { return m_metrics.height() * 1.35; }
    qreal entryWidth(const Entry &e) const
    {
        return m_swatch + m_metrics.height() * 0.4 + m_metrics.horizontalAdvance(e.text);
    }

    std::vector<std::vector<std::size_t>> rows(qreal width) const
    {
        std::vector<std::vector<std::size_t>> out;
        qreal used = 0.0;
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            const qreal w = entryWidth(m_entries[i]);
            if (out.empty() || used + m_gap + w > width) {
                out.push_back({i});
                used = w;
            } else {
                out.back().push_back(i);
                used += m_gap + w;
            }
        }
        return out;
    }

    void paintEntry(QPainter &p, const Entry &e, const QPointF &topLeft) const
    {
        const qreal h = lineHeight();
        const qreal mid = topLeft.y() + h / 2.0;
        const qreal s = m_metrics.height() * 0.7;
        p.save();
        switch (e.kind) {
        case Entry::Box:
            p.setPen(Qt::NoPen);
            p.setBrush(e.color);
            p.drawRect(QRectF(topLeft.x() + (m_swatch - s) / 2.0, mid - s / 2.0, s, s));
            break;
        case Entry::Stroke: {
            QPen pen(e.color, std::max(e.width, 1.0));
            if (e.dashed)
                pen.setStyle(Qt::DashLine);
            p.setPen(pen);
            p.drawLine(QPointF(topLeft.x(), mid), QPointF(topLeft.x() + m_swatch, mid));
            break;
        }
        case Entry::Dot:
            p.setPen(Qt::NoPen);
            p.setBrush(e.color);
            p.drawEllipse(QPointF(topLeft.x() + m_swatch / 2.0, mid), s / 2.0, s / 2.0);
            break;
        }
        p.setPen(style::text());
        p.setFont(m_font);
        const qreal x = topLeft.x() + m_swatch + m_metrics.height() * 0.4;
        p.drawText(QPointF(x, mid + (m_metrics.ascent() - m_metrics.descent()) / 2.0), e.text);
        p.restore();
    }

    std::vector<Entry> m_entries;
    QFont m_font;
    QFontMetricsF m_metrics;
    qreal m_swatch;
    qreal m_gap;
    plot::LegendPlace m_place;
};

/** Maps data values to positions along one side of the plot area. */
struct Scale
{
    double min = 0.0;
    double max = 1.0;
    qreal from = 0.0; ///< position of min
    qreal to = 1.0; ///< position of max
    qreal operator()(double v) const
    {
        const double span = max - min;
        return span > 0.0 ? from + (to - from) * (v - min) / span : from;
    }
};

void drawTextAt(QPainter &p, const QFontMetricsF &m, const QString &text, QPointF anchor,
                Qt::Alignment align)
{
    const qreal w = m.horizontalAdvance(text);
    qreal x = anchor.x();
    if (align & Qt::AlignHCenter)
        x -= w / 2.0;
    else if (align & Qt::AlignRight)
        x -= w;
    qreal y = anchor.y();
    if (align & Qt::AlignVCenter)
        y += (m.ascent() - m.descent()) / 2.0;
    else if (align & Qt::AlignTop)
        y += m.ascent();
    p.drawText(QPointF(x, y), text);
}

QString elided(const QFontMetricsF &m, const QString &text, qreal width)
{
    return m.elidedText(text, Qt::ElideRight, width);
}

qreal widest(const QFontMetricsF &m, const QStringList &texts)
{
    qreal w = 0.0;
    for (const QString &t : texts)
        w = std::max(w, m.horizontalAdvance(t));
    return w;
}

QStringList tickLabels(const Axis &axis)
{
    QStringList out;
    for (const plot::Tick &t : axis.ticks)
        out << t.label;
    return out;
}

/** The chart frame: legend placed, then axis labels and titles around the plot rectangle. */
struct Frame
{
    QRectF plot;
    QRectF legend;
};

Frame layoutFrame(const QRectF &target, const Legend &legend, qreal leftLabels, bool leftTitle,
                  qreal bottomLabels, bool bottomTitle, const ChartLook &look)
{
    const QFontMetricsF m(look.label);
    const QFontMetricsF t(look.title);
    const qreal pad = m.height() * 0.5;
    Frame f;
    QRectF area = target;
    if (legend.place() == plot::LegendPlace::Right) {
        const qreal w = legend.columnWidth();
        f.legend = QRectF(area.right() - w, area.top(), w, area.height());
        area.setRight(area.right() - w - 2.0 * pad);
    } else if (legend.place() == plot::LegendPlace::Bottom) {
        const qreal h = legend.rowsHeight(area.width());
        f.legend = QRectF(area.left(), area.bottom() - h, area.width(), h);
        area.setBottom(area.bottom() - h - pad);
    }
    qreal left = area.left() + leftLabels + pad;
    if (leftTitle)
        left += t.height() + pad;
    qreal bottom = area.bottom() - bottomLabels - pad;
    if (bottomTitle)
        bottom -= t.height() + pad * 0.5;
    const qreal top = area.top() + m.height() * 0.6; // room for the top tick label
    const qreal right = area.right() - m.height() * 1.2; // room for the last bottom label
    f.plot = QRectF(QPointF(left, top),
                    QPointF(std::max(left + 1.0, right), std::max(top + 1.0, bottom)));
    return f;
}

void paintGridAndAxes(QPainter &p, const QRectF &plot, const Axis *horizontal, const Axis *vertical,
                      const Scale &hx, const Scale &vy, const ChartLook &look)
{
    const QFontMetricsF m(look.label);
    const qreal hair = std::max(1.0, look.lineUnit * 0.8);
    p.save();
    p.setFont(look.label);
    if (horizontal) {
        for (const plot::Tick &tick : horizontal->ticks) {
            const qreal x = hx(tick.value);
            if (horizontal->grid) {
                p.setPen(QPen(style::grid(), hair));
                p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            }
            p.setPen(style::text());
            drawTextAt(p, m, tick.label, QPointF(x, plot.bottom() + m.height() * 0.3),
                       Qt::AlignHCenter | Qt::AlignTop);
        }
    }
    if (vertical) {
        for (const plot::Tick &tick : vertical->ticks) {
            const qreal y = vy(tick.value);
            if (vertical->grid) {
                p.setPen(QPen(style::grid(), hair));
                p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            }
            p.setPen(style::text());
            drawTextAt(p, m, tick.label, QPointF(plot.left() - m.height() * 0.4, y),
                       Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    p.setPen(QPen(style::muted(), hair));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.restore();
}

void paintAxisTitles(QPainter &p, const Frame &f, const QRectF &target, const QString &bottom,
                     const QString &left, const ChartLook &look)
{
    const QFontMetricsF t(look.title);
    p.save();
    p.setFont(look.title);
    p.setPen(style::text());
    if (!bottom.isEmpty()) {
        const qreal y = f.legend.isValid() && f.legend.top() > f.plot.bottom()
                            ? f.legend.top() - t.height() * 0.4
                            : target.bottom() - t.descent();
        drawTextAt(p, t, elided(t, bottom, f.plot.width()),
                   QPointF(f.plot.center().x(), y - t.descent()), Qt::AlignHCenter);
    }
    if (!left.isEmpty()) {
        p.translate(target.left() + t.ascent(), f.plot.center().y());
        p.rotate(-90.0);
        drawTextAt(p, t, elided(t, left, f.plot.height()), QPointF(0.0, 0.0), Qt::AlignHCenter);
    }
    p.restore();
}

void paintBars(QPainter &p, const QRectF &target, const ChartSpec &spec, const ChartLook &look)
{
    const QFontMetricsF m(look.label);
    const QFontMetricsF t(look.title);
    const Legend legend(spec, look);
    const qsizetype n = spec.categories.size();
    const QStringList values = tickLabels(spec.y);
    Frame f;
    if (spec.horizontal) {
        const qreal labels = std::min(widest(m, spec.categories), target.width() * 0.4);
        f = layoutFrame(target, legend, labels, false, m.height() * 1.3, !spec.y.title.isEmpty(),
                        look);
    } else {
        f = layoutFrame(target, legend, widest(m, values), !spec.y.title.isEmpty(),
                        m.height() * 1.3, false, look);
    }
    const QRectF &plot = f.plot;
    const Scale value = spec.horizontal ? Scale{spec.y.min, spec.y.max, plot.left(), plot.right()}
                                        : Scale{spec.y.min, spec.y.max, plot.bottom(), plot.top()};
    paintGridAndAxes(p, plot, spec.horizontal ? &spec.y : nullptr,
                     spec.horizontal ? nullptr : &spec.y, value, value, look);

    // Category c occupies [c, c + 1) of the category axis, from the bottom or the left.
    const qreal band = n > 0 ? (spec.horizontal ? plot.height() : plot.width()) / qreal(n) : 0.0;
    const auto categoryStart = [&](qsizetype c) {
        return spec.horizontal ? plot.bottom() - qreal(c + 1) * band
                               : plot.left() + qreal(c) * band;
    };
    p.save();
    p.setFont(look.label);
    p.setPen(style::text());
    for (qsizetype c = 0; c < n; ++c) {
        const qreal start = categoryStart(c);
        if (spec.horizontal) {
            drawTextAt(
                p, m, elided(m, spec.categories[c], plot.left() - target.left() - m.height() * 0.4),
                QPointF(plot.left() - m.height() * 0.4, start + band / 2.0),
                Qt::AlignRight | Qt::AlignVCenter);
        } else {
            const QString text = spec.truncateCategories
                                     ? elided(m, spec.categories[c], band * 0.98)
                                     : spec.categories[c];
            drawTextAt(p, m, text, QPointF(start + band / 2.0, plot.bottom() + m.height() * 0.3),
                       Qt::AlignHCenter | Qt::AlignTop);
        }
    }
    p.restore();

    const qreal thickness = band * spec.barWidth;
    const qreal zero = value(std::clamp(0.0, spec.y.min, spec.y.max));
    p.save();
    for (qsizetype c = 0; c < n; ++c) {
        qreal positive = zero;
        qreal negative = zero;
        const qreal start = categoryStart(c) + (band - thickness) / 2.0;
        for (const plot::BarSet &set : spec.bars) {
            const double v = std::size_t(c) < set.values.size() ? set.values[std::size_t(c)] : 0.0;
            if (v == 0.0 || !std::isfinite(v))
                continue;
            qreal &base = v > 0.0 ? positive : negative;
            const qreal end = base + (value(v) - zero);
            QRectF bar = spec.horizontal ? QRectF(QPointF(std::min(base, end), start),
                                                  QPointF(std::max(base, end), start + thickness))
                                         : QRectF(QPointF(start, std::min(base, end)),
                                                  QPointF(start + thickness, std::max(base, end)));
            base = end;
            p.setPen(set.border.isValid() && set.border != set.color
                         ? QPen(set.border, std::max(1.0, look.lineUnit * 0.5))
                         : QPen(Qt::NoPen));
            p.setBrush(set.color);
            p.drawRect(bar);
        }
    }
    p.restore();
    paintAxisTitles(p, f, target, spec.horizontal ? spec.y.title : QString(),
                    spec.horizontal ? QString() : spec.y.title, look);
    legend.paint(p, f.legend);
}

void paintXy(QPainter &p, const QRectF &target, const ChartSpec &spec, const ChartLook &look)
{
    const QFontMetricsF m(look.label);
    const Legend legend(spec, look);
    const Frame f = layoutFrame(target, legend, widest(m, tickLabels(spec.y)),
                                !spec.y.title.isEmpty(), m.height() * 1.3, !spec.x.title.isEmpty(),
                                look);
    const QRectF &plot = f.plot;
    const Scale x{spec.x.min, spec.x.max, plot.left(), plot.right()};
    const Scale y{spec.y.min, spec.y.max, plot.bottom(), plot.top()};
    paintGridAndAxes(p, plot, &spec.x, &spec.y, x, y, look);

    p.save();
    p.setClipRect(plot.adjusted(-look.lineUnit * 4, -look.lineUnit * 4, look.lineUnit * 4,
                                look.lineUnit * 4));
    p.setRenderHint(QPainter::Antialiasing);
    for (const plot::Band &band : spec.bands) {
        p.setPen(Qt::NoPen);
        p.setBrush(band.color);
        p.drawRect(QRectF(QPointF(x(band.x0), y(band.y1)), QPointF(x(band.x1), y(band.y0))));
    }
    for (const plot::Line &line : spec.lines) {
        QPen pen(line.color, line.width * look.lineUnit);
        pen.setCapStyle(Qt::FlatCap);
        pen.setJoinStyle(Qt::RoundJoin);
        if (line.dashed)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        QPolygonF polygon;
        for (const QPointF &point : line.points)
            polygon << QPointF(x(point.x()), y(point.y()));
        p.drawPolyline(polygon);
    }
    for (const plot::Marker &marker : spec.markers) {
        p.setPen(QPen(marker.border, look.lineUnit * 1.2));
        p.setBrush(marker.color);
        const qreal r = marker.size * look.lineUnit / 2.0;
        p.drawEllipse(QPointF(x(marker.point.x()), y(marker.point.y())), r, r);
    }
    p.restore();
    paintAxisTitles(p, f, target, spec.x.title, spec.y.title, look);
    legend.paint(p, f.legend);
}

void paintRadar(QPainter &p, const QRectF &target, const ChartSpec &spec, const ChartLook &look)
{
    const QFontMetricsF m(look.label);
    const Legend legend(spec, look);
    QRectF area = target;
    QRectF legendArea;
    if (legend.place() == plot::LegendPlace::Right) {
        const qreal w = legend.columnWidth();
        legendArea = QRectF(area.right() - w, area.top(), w, area.height());
        area.setRight(area.right() - w - m.height());
    } else if (legend.place() == plot::LegendPlace::Bottom) {
        const qreal h = legend.rowsHeight(area.width());
        legendArea = QRectF(area.left(), area.bottom() - h, area.width(), h);
        area.setBottom(area.bottom() - h - m.height() * 0.5);
    }
    const qreal labelWidth = widest(m, spec.categories);
    const qreal radius = std::max(1.0, std::min(area.width() / 2.0 - labelWidth - m.height() * 0.5,
                                                area.height() / 2.0 - m.height() * 1.3));
    const QPointF centre = area.center();
    const auto count = spec.categories.size();
    const Scale r{spec.y.min, spec.y.max, 0.0, radius};
    const auto at = [&](double spoke, double v) {
        const double angle = count > 0 ? 2.0 * std::numbers::pi * spoke / double(count) : 0.0;
        const qreal d = r(std::clamp(v, spec.y.min, spec.y.max));
        return QPointF(centre.x() + d * std::sin(angle), centre.y() - d * std::cos(angle));
    };
    const qreal hair = std::max(1.0, look.lineUnit * 0.8);

    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(Qt::NoBrush);
    // Rings at the ticks and the minor ticks between them.
    std::vector<double> rings;
    for (std::size_t i = 0; i < spec.y.ticks.size(); ++i) {
        rings.push_back(spec.y.ticks[i].value);
        if (i + 1 < spec.y.ticks.size()) {
            const double a = spec.y.ticks[i].value, b = spec.y.ticks[i + 1].value;
            for (int k = 1; k <= spec.y.minorTicks; ++k)
                rings.push_back(a + (b - a) * k / (spec.y.minorTicks + 1));
        }
    }
    p.setPen(QPen(style::grid(), hair));
    for (const double v : rings)
        p.drawEllipse(centre, r(v), r(v));
    for (qsizetype k = 0; k < count; ++k)
        p.drawLine(centre, at(double(k), spec.y.max));
    p.setFont(look.label);
    p.setPen(style::text());
    for (qsizetype k = 0; k < count; ++k) {
        const QPointF outer = at(double(k), spec.y.max);
        const double angle = 2.0 * std::numbers::pi * double(k) / double(count);
        const double sx = std::sin(angle), cy = std::cos(angle);
        const QPointF anchor(outer.x() + sx * m.height() * 0.5, outer.y() - cy * m.height() * 0.5);
        Qt::Alignment align = std::abs(sx) < 0.2 ? Qt::AlignHCenter
                              : sx > 0           ? Qt::AlignLeft
                                                 : Qt::AlignRight;
        align |= std::abs(cy) < 0.2 ? Qt::AlignVCenter : cy > 0 ? Qt::AlignBottom : Qt::AlignTop;
        QPointF shifted = anchor;
        if (align & Qt::AlignBottom)
            shifted.ry() -= m.descent();
        drawTextAt(p, m, spec.categories[k], shifted,
                   (align & Qt::AlignBottom) ? (align & ~Qt::AlignBottom) : align);
    }
    for (const plot::Tick &tick : spec.y.ticks) {
        const QPointF point = at(0.0, tick.value);
        drawTextAt(p, m, tick.label, QPointF(point.x() + m.height() * 0.25, point.y()),
                   Qt::AlignLeft | Qt::AlignVCenter);
    }
    for (const plot::Line &line : spec.lines) {
        p.setPen(QPen(line.color, line.width * look.lineUnit));
        QPolygonF polygon;
        for (const QPointF &point : line.points)
            polygon << at(point.x(), point.y());
        p.drawPolyline(polygon);
    }
    p.restore();
    legend.paint(p, legendArea);
}

} // namespace

ChartLook reportChartLook()
{
    ChartLook look;
    look.label = ReportStyle::font(8.0);
    look.title = ReportStyle::font(8.0);
    look.lineUnit = pt(0.6);
    return look;
}

void paintChart(QPainter &painter, const QRectF &target, const ChartSpec &spec,
                const ChartLook &look)
{
    if (!spec.drawable() || target.width() <= 0.0 || target.height() <= 0.0)
        return;
    painter.save();
    painter.setClipRect(target);
    switch (spec.kind) {
    case ChartKind::Bars:
        paintBars(painter, target, spec, look);
        break;
    case ChartKind::XY:
        paintXy(painter, target, spec, look);
        break;
    case ChartKind::Radar:
        paintRadar(painter, target, spec, look);
        break;
    }
    painter.restore();
}

} // namespace escale::ui::report
