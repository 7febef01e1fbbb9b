// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace escale::ui {

/** The parts of the PDF report, in reading order. */
enum class ReportSection {
    Cover,
    Summary,
    Question,
    Destinations,
    Staffing,
    Scores,
    Robustness,
    Appendix,
};

inline constexpr int ReportSectionCount = 8;

/** What a report contains and how it is produced. A plain value: same options, same report. */
struct ReportOptions
{
    QString language = QStringLiteral("en"); ///< "fr" or "en"
    QList<ReportSection> sections = allSections();
    QString author;
    QDate date = QDate::currentDate();
    /** SMAA-2 run behind the robustness section: its result depends on these only. */
    long long smaaSamples = 20000;
    std::uint64_t smaaSeed = 20261123;
    int smaaThreads = 2;

    bool has(ReportSection section) const { return sections.contains(section); }
    static QList<ReportSection> allSections();
};

/** "cover", "summary", "question", "destinations", "staffing", "scores", "robustness", "appendix". */
QString reportSectionKey(ReportSection section);
std::optional<ReportSection> reportSectionFromKey(const QString &key);
/** Parses "cover,summary,..." into sections in reading order; nullopt names the bad key. */
std::optional<QList<ReportSection>> parseReportSections(const QString &list, QString *badKey);
/** The section's title in the installed language ("Executive summary"). */
QString reportSectionTitle(ReportSection section);

} // namespace escale::ui
