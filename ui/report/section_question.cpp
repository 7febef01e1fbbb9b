// SPDX-License-Identifier: GPL-3.0-or-later
// The question: the workload per channel, the hours, languages, horizon, weights and method.
#include "report_sections.h"
#include "report_style.h"
#include "report_table.h"
#include "report_text.h"

#include "core/formatting.h"

#include "escale/model/criteria.h"

#include <QStringList>

namespace escale::ui::report {

namespace {

QString seconds(double s)
{
    return Report::tr("%1 s").arg(Formatter::number(s));
}

QString targetText(const ChannelLoad &load)
{
    if (isDeferred(load.channel))
        return Report::tr("all within %1 opening hours").arg(Formatter::number(load.deadlineHours));
    return Report::tr("%1 answered within %2")
        .arg(Formatter::percent(load.target.level, 0), seconds(load.target.answerSeconds));
}

QString modelText(const ChannelLoad &load)
{
    if (isDeferred(load.channel))
        return Report::tr("backlog, occupancy %1").arg(Formatter::percent(load.targetOccupancy, 0));
    QString text = load.model == QueueModel::ErlangA
                       ? Report::tr("Erlang A, patience %1").arg(seconds(load.patienceSeconds))
                       : Report::tr("Erlang C");
    if (load.channel == Channel::Chat && load.concurrency != 1.0)
        text += Report::tr(", %1 chats per agent").arg(Formatter::number(load.concurrency, 1));
    if (load.maxOccupancy < 1.0)
        text += Report::tr(", occupancy at most %1").arg(Formatter::percent(load.maxOccupancy, 0));
    return text;
}

QString languagesText(const std::vector<LanguageRequirement> &languages)
{
    QStringList parts;
    for (const LanguageRequirement &l : languages) {
        // Qt names languages in English only: the report names the two it knows.
        const QLocale locale(QString::fromStdString(l.code));
        const QString name = l.code == "fr"   ? Report::tr("French")
                             : l.code == "en" ? Report::tr("English")
                             : locale.language() == QLocale::C
                                 ? QString::fromStdString(l.code)
                                 : QLocale::languageToString(locale.language());
        parts << Report::tr("%1 for %2 of contacts (%3 level)")
                     .arg(name, Formatter::percent(l.share, 0),
                          l.level == LanguageLevel::Full ? Report::tr("full")
                                                         : Report::tr("working"));
    }
    return parts.isEmpty() ? Report::tr("none required") : parts.join(Report::tr("; "));
}

QString constraintsText(const Constraints &k)
{
    QStringList parts;
    if (k.minFrenchFullShare)
        parts << Report::tr("at least %1 full French speakers")
                     .arg(Formatter::percent(*k.minFrenchFullShare, 0));
    if (k.maxRisk)
        parts << Report::tr("mean risk at most %1 on 1–5").arg(Formatter::number(*k.maxRisk, 1));
    parts << Report::tr("at most %1 of the local sector's jobs")
                 .arg(Formatter::percent(k.maxSectorShare, 0));
    if (k.minCoverage)
        parts << Report::tr("coverage at least %1").arg(Formatter::percent(*k.minCoverage, 0));
    return parts.join(Report::tr("; "));
}

void addWorkloadTable(SectionContext &c)
{
    const Workload &w = c.results.scenario.workload;
    ReportTable table;
    table.caption = Report::tr("Workload per channel");
    table.columns = {{Report::tr("Channel"), 0.0, Qt::AlignLeft},
                     {Report::tr("Contacts per month"), 0.0, Qt::AlignRight},
                     {Report::tr("Handle time"), 0.0, Qt::AlignRight},
                     {Report::tr("Service target"), 1.0, Qt::AlignLeft},
                     {Report::tr("Sizing model"), 1.4, Qt::AlignLeft}};
    double total = 0.0;
    for (const ChannelLoad &load : w.channels) {
        total += load.monthlyVolume;
        table.addRow({Formatter::channelName(load.channel), Formatter::number(load.monthlyVolume),
                      seconds(load.ahtSeconds), targetText(load), modelText(load)});
    }
    table.addRow({Report::tr("Total"), Formatter::number(total), QString(), QString(), QString()},
                 false, true);
    addTable(c.layout, table);
}

void addParameters(SectionContext &c)
{
    const Scenario &s = c.results.scenario;
    ReportTable table;
    table.caption = Report::tr("Terms of the comparison");
    table.header = false;
    table.columns = {{QString(), 0.0, Qt::AlignLeft}, {QString(), 1.0, Qt::AlignLeft}};
    const auto row = [&table](const QString &key, const QString &value) {
        table.addRow(QList<TextRuns>{TextRuns{{key, true, false, {}}}, TextRuns{TextRun{value}}});
    };
    row(Report::tr("Opening hours"),
        Report::tr("%1 (Paris time)").arg(openingHoursText(s.workload.hours)));
    for (const ChannelLoad &load : s.workload.channels) {
        if (load.openingHours)
            row(Report::tr("Opening hours (%1)").arg(Formatter::channelName(load.channel)),
                Report::tr("%1 (Paris time)").arg(openingHoursText(*load.openingHours)));
    }
    row(Report::tr("Languages"), languagesText(s.workload.languages));
    row(Report::tr("Contract"), horizonText(s));
    const DestinationProfile *incumbent = nullptr;
    for (const DestinationProfile &p : s.destinations)
        incumbent = p.id == s.incumbent ? &p : incumbent;
    row(Report::tr("Runs today in"), incumbent ? Formatter::destinationName(*incumbent)
                                               : Report::tr("nowhere yet (a new service)"));
    row(Report::tr("Cost view"), Formatter::costViewName(s.cost.view));
    row(Report::tr("Transition"), Report::tr("%1 months of run rate, paid once by every site but "
                                             "the incumbent")
                                      .arg(Formatter::number(s.cost.transitionMonths, 1)));
    row(Report::tr("Shrinkage"),
        s.workload.shrinkage ? Report::tr("%1 of paid time away from contacts, at every site")
                                   .arg(Formatter::percent(*s.workload.shrinkage, 0))
                             : Report::tr("each site's own (leave and public holidays differ "
                                          "by country), see the destination profiles"));
    row(Report::tr("Hard constraints"), constraintsText(s.constraints));
    QString method = Formatter::methodName(s.method.method);
    if (s.method.method == mcda::Method::Wsm || s.method.method == mcda::Method::Wpm
        || s.method.method == mcda::Method::Topsis)
        method = Report::tr("%1, normalisation %2")
                     .arg(method, Formatter::normalizationName(s.method.normalization));
    else if (s.method.method == mcda::Method::Vikor)
        method = Report::tr("%1, v = %2").arg(method, Formatter::number(s.method.v, 2));
    row(Report::tr("Ranking method"), method);
    addTable(c.layout, table);
}

void addWeights(SectionContext &c)
{
    const Weights weights = c.results.evaluation.weights;
    ReportTable table;
    table.caption = Report::tr("Criteria and weights");
    table.columns = {{Report::tr("Criterion"), 0.0, Qt::AlignLeft},
                     {Report::tr("Weight"), 0.0, Qt::AlignRight},
                     {Report::tr("What it measures"), 1.0, Qt::AlignLeft}};
    for (const Criterion criterion : AllCriteria)
        table.addRow({Formatter::criterionName(criterion),
                      Formatter::percent(weights[criterion], 0),
                      Formatter::criterionHint(criterion)});
    addTable(c.layout, table);
}

} // namespace

void writeQuestion(SectionContext &c)
{
    ReportLayout &layout = c.layout;
    const Scenario &s = c.results.scenario;
    layout.heading1(c.number, reportSectionTitle(ReportSection::Question));
    double monthly = 0.0;
    for (const ChannelLoad &load : s.workload.channels)
        monthly += load.monthlyVolume;
    const QString client = s.client.empty() ? Report::tr("The client")
                                            : QString::fromStdString(s.client);
    // The scenario's description usually asks the question itself.
    QString intro = s.description.empty()
                        ? Report::tr("%1 handles %2 contacts a month. Should the service run in "
                                     "France or offshore, and where?")
                              .arg(client, Formatter::number(monthly))
                        : Report::tr("%1 %2 handles %3 contacts a month.")
                              .arg(QString::fromStdString(s.description), client,
                                   Formatter::number(monthly));
    intro += QLatin1Char(' ')
             + Report::tr("The comparison below sizes, prices and scores every destination on "
                          "the same terms.");
    layout.paragraph(intro, pt(10.0));
    addWorkloadTable(c);
    addParameters(c);
    addWeights(c);
}

} // namespace escale::ui::report
