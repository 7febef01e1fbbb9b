// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_sections.h"

#include "report_text.h"

#include "core/formatting.h"
#include "core/robustness_text.h"

#include "escale/data/scenario_io.h"

#include <QLocale>
#include <QStringList>

namespace escale::ui::report {

const DestinationProfile *siteProfile(const Results &results, int site)
{
    if (site < 0 || std::size_t(site) >= results.evaluation.sites.size())
        return nullptr;
    const std::string &id = results.evaluation.sites[std::size_t(site)].id;
    for (const DestinationProfile &p : results.scenario.destinations) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QString horizonText(const Scenario &scenario)
{
    const QDate start = QDate::fromString(QString::fromStdString(scenario.startMonth),
                                          QStringLiteral("yyyy-MM"));
    const QString from = start.isValid() ? QLocale().toString(start, QStringLiteral("MMMM yyyy"))
                                         : QString::fromStdString(scenario.startMonth);
    return Report::tr("%1 months from %2").arg(scenario.horizonMonths).arg(from);
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString provenanceText(const Provenance &p)
{
    QString text = QString::fromStdString(p.source);
    if (!p.asOf.empty())
        text = Report::tr("%1, as of %2").arg(text, QString::fromStdString(p.asOf));
    if (p.estimate && !text.contains(QLatin1String("estimate"), Qt::CaseInsensitive))
        text = Report::tr("%1 (estimate)").arg(text);
    return text;
}

QString openingHoursText(const OpeningHours &hours)
{
    const auto dayText = [](const DayHours &d) {
        if (!d.isOpen())
            return Report::tr("closed");
        QString text = QString::fromStdString(data::formatDayHours(d));
        text.replace(QLatin1Char('-'), QChar(0x2013));
        return text;
    };
    QStringList parts;
    int first = 0;
    while (first < 7) {
        int last = first;
        while (last + 1 < 7 && hours.days[std::size_t(last) + 1] == hours.days[std::size_t(first)])
            ++last;
        const QString from = QLocale().dayName(first + 1, QLocale::ShortFormat);
        const QString to = QLocale().dayName(last + 1, QLocale::ShortFormat);
        const QString days = first == last ? from : from + QChar(0x2013) + to;
        parts << days + QChar(0x00A0) + dayText(hours.days[std::size_t(first)]);
        first = last + 1;
    }
    return parts.join(Report::tr("; "));
}

int winnerSite(const Results &results)
{
    const int row = results.winnerRow();
    return row < 0 ? -1 : results.rows()[std::size_t(row)];
}

double rankOneAcceptability(const ReportData &data, int site)
{
    if (data.smaa.samples == 0 || site < 0)
        return -1.0;
    const std::vector<int> &rows = data.results->rows();
    for (std::size_t row = 0; row < rows.size(); ++row) {
        if (rows[row] == site && Eigen::Index(row) < data.smaa.rankAcceptability.rows())
            return data.smaa.rankAcceptability(Eigen::Index(row), 0);
    }
    return -1.0;
}

} // namespace escale::ui::report
