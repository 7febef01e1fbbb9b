// SPDX-License-Identifier: GPL-3.0-or-later
// The cover: scenario and client, the recommendation, and who made the report, when, with what.
#include "report_sections.h"
#include "report_style.h"
#include "report_table.h"
#include "report_text.h"

#include "core/recommendation_text.h"

#include <QFileInfo>
#include <QPainter>

namespace escale::ui::report {

void writeCover(SectionContext &c)
{
    ReportLayout &layout = c.layout;
    const Scenario &scenario = c.results.scenario;
    layout.markCover();

    // A full-width band in the accent colour across the top of the page.
    layout.paintAt(QRectF(0.0, 0.0, ReportStyle::pageSize().width(), mm(12.0)),
                   [](QPainter &p, const QRectF &r) { p.fillRect(r, ReportStyle::accent()); });
    layout.text(
        TextBlock(QStringLiteral("ESCALE"), ReportStyle::font(11.0, true), ReportStyle::accent()),
        pt(2.0));
    layout.text(TextBlock(Report::tr("Contact-centre sourcing: onshore or offshore"),
                          ReportStyle::font(9.5), ReportStyle::muted()),
                0.0);
    layout.skip(mm(45.0));

    layout.text(TextBlock(Report::tr("Decision report"), ReportStyle::font(13.0, true),
                          ReportStyle::accent()),
                pt(8.0));
    const QString title = scenario.name.empty() ? Report::tr("Untitled scenario")
                                                : QString::fromStdString(scenario.name);
    layout.text(
        TextBlock(title, ReportStyle::font(30.0, true), ReportStyle::text(), Qt::AlignLeft, 1.05),
        pt(10.0));
    if (!scenario.client.empty()) {
        layout.text(
            TextBlock(Report::tr("Prepared for %1").arg(QString::fromStdString(scenario.client)),
                      ReportStyle::font(14.0), ReportStyle::text()),
            pt(14.0));
    }
    if (!scenario.description.empty()) {
        TextBlock description(QString::fromStdString(scenario.description),
                              ReportStyle::font(10.5, false, true), ReportStyle::muted());
        layout.text(std::move(description), pt(22.0));
    }

    // The answer, in a pale box with an accent rule on the left.
    TextBlock label(Report::tr("Recommendation"), ReportStyle::font(9.0, true),
                    ReportStyle::accent());
    TextBlock headline(RecommendationText(c.results).headline(), ReportStyle::font(15.0, true),
                       ReportStyle::text());
    const qreal pad = pt(12.0);
    label.layout(layout.width() - 2 * pad);
    headline.layout(layout.width() - 2 * pad);
    auto labelShared = std::make_shared<TextBlock>(std::move(label));
    auto headlineShared = std::make_shared<TextBlock>(std::move(headline));
    const qreal boxHeight = labelShared->height() + pt(4.0) + headlineShared->height() + 2 * pad;
    layout.place(boxHeight, [labelShared, headlineShared, pad](QPainter &p, const QRectF &r) {
        p.fillRect(r, ReportStyle::accentPale());
        p.fillRect(QRectF(r.left(), r.top(), pt(3.0), r.height()), ReportStyle::accent());
        labelShared->draw(p, r.topLeft() + QPointF(pad, pad));
        headlineShared->draw(p, r.topLeft() + QPointF(pad, pad + labelShared->height() + pt(4.0)));
    });

    // Who, when, from what: at the foot of the page.
    ReportTable facts;
    facts.header = false;
    facts.zebra = false;
    facts.fontSize = 9.5;
    facts.columns = {{QString(), 0.0, Qt::AlignLeft}, {QString(), 1.0, Qt::AlignLeft}};
    const auto fact = [&facts](const QString &key, const QString &value) {
        facts.addRow(QList<TextRuns>{TextRuns{{key, true, false, ReportStyle::muted()}},
                                     TextRuns{TextRun{value}}});
    };
    fact(Report::tr("Date"), longDate(c.options.date));
    fact(Report::tr("Author"), c.options.author.isEmpty() ? QStringLiteral("—") : c.options.author);
    fact(Report::tr("Scenario file"), c.data.scenarioFile.isEmpty()
                                          ? Report::tr("unsaved scenario")
                                          : QFileInfo(c.data.scenarioFile).fileName());
    fact(Report::tr("Produced with"), Report::tr("Escale %1").arg(QStringLiteral(ESCALE_VERSION)));
    const qreal factsHeight = pt(17.5) * qreal(facts.rows.size());
    if (layout.remaining() > factsHeight + pt(20.0))
        layout.skip(layout.remaining() - factsHeight);
    addTable(layout, facts);
}

} // namespace escale::ui::report
