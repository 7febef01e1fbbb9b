// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_options.h"

#include "report_text.h"

#include <QStringList>

#include <array>

namespace escale::ui {

namespace {

constexpr std::array<const char *, ReportSectionCount> Keys{
    "cover", "summary", "question", "destinations", "staffing", "scores", "robustness", "appendix"};

} // namespace

QList<ReportSection> ReportOptions::allSections()
{
    QList<ReportSection> all;
    for (int i = 0; i < ReportSectionCount; ++i)
        all << ReportSection(i);
    return all;
}

QString reportSectionKey(ReportSection section)
{
    return QLatin1String(Keys[std::size_t(section)]);
}

std::optional<ReportSection> reportSectionFromKey(const QString &key)
{
    for (int i = 0; i < ReportSectionCount; ++i) {
        if (key == QLatin1String(Keys[std::size_t(i)]))
            return ReportSection(i);
    }
    return std::nullopt;
}

std::optional<QList<ReportSection>> parseReportSections(const QString &list, QString *badKey)
{
    bool wanted[ReportSectionCount] = {};
    const QStringList keys = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (keys.isEmpty()) {
        if (badKey)
            *badKey = list;
        return std::nullopt;
    }
    for (const QString &key : keys) {
        const std::optional<ReportSection> section = reportSectionFromKey(key.trimmed());
        if (!section) {
            if (badKey)
                *badKey = key.trimmed();
            return std::nullopt;
        }
        wanted[int(*section)] = true;
    }
    QList<ReportSection> sections;
    for (int i = 0; i < ReportSectionCount; ++i) {
        if (wanted[i])
            sections << ReportSection(i);
    }
    return sections;
}

QString reportSectionTitle(ReportSection section)
{
    switch (section) {
    case ReportSection::Cover:
        return Report::tr("Cover page");
    case ReportSection::Summary:
        return Report::tr("Executive summary");
    case ReportSection::Question:
        return Report::tr("The question");
    case ReportSection::Destinations:
        return Report::tr("Destinations compared");
    case ReportSection::Staffing:
        return Report::tr("Staffing and cost");
    case ReportSection::Scores:
        return Report::tr("Scores");
    case ReportSection::Robustness:
        return Report::tr("Robustness");
    case ReportSection::Appendix:
        return Report::tr("Method appendix");
    }
    return {};
}

} // namespace escale::ui
