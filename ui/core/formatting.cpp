// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatting.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace escale::ui {

QString Formatter::rangeError(const QString &name, const limits::Interval &range, double value,
                              const std::function<QString(double)> &format)
{
    if (range.contains(value))
        return {};
    const QString lo = format(range.lo);
    const QString got = format(value);
    if (range.unboundedAbove())
        return range.loOpen ? tr("%1 must be greater than %2 (got %3).").arg(name, lo, got)
                            : tr("%1 must be at least %2 (got %3).").arg(name, lo, got);
    const QString hi = format(range.hi);
    if (range.loOpen && range.hiOpen)
        return tr("%1 must be greater than %2 and less than %3 (got %4).").arg(name, lo, hi, got);
    if (range.loOpen)
        return tr("%1 must be greater than %2 and at most %3 (got %4).").arg(name, lo, hi, got);
    if (range.hiOpen)
        return tr("%1 must be at least %2 and less than %3 (got %4).").arg(name, lo, hi, got);
    return tr("%1 must be between %2 and %3 (got %4).").arg(name, lo, hi, got);
}

int Formatter::neededDecimals(double shown, int most)
{
    for (int d = 0; d < most; ++d) {
        const double p = std::pow(10.0, d);
        if (std::abs(std::round(shown * p) / p - shown) < 1e-9 * std::max(1.0, std::abs(shown)))
            return d;
    }
    return most;
}

QString Formatter::number(double value, int decimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    return QLocale().toString(value, 'f', decimals);
}

QString Formatter::money(double eur, int decimals)
{
    if (!std::isfinite(eur))
        return QStringLiteral("—");
    return QLocale().toCurrencyString(eur, QStringLiteral("€"), decimals);
}

QString Formatter::moneyShort(double eur)
{
    const double a = std::abs(eur);
    if (a >= 1e6)
        return tr("%1 M€").arg(QLocale().toString(eur / 1e6, 'f', 1));
    if (a >= 1e3)
        return tr("%1 k€").arg(QLocale().toString(eur / 1e3, 'f', 0));
    return money(eur, 0);
}

QString Formatter::percent(double share, int decimals)
{
    if (!std::isfinite(share))
        return QStringLiteral("—");
    const QString value = QLocale().toString(share * 100.0, 'f', decimals);
    // French typography puts a (narrow) non-breaking space before the percent sign.
    if (french())
        return QString(value + QChar(0x202F) + QLatin1Char('%'));
    return QString(value + QLatin1Char('%'));
}

bool Formatter::french()
{
    return QLocale().language() == QLocale::French;
}

QString Formatter::destinationName(const DestinationProfile &profile)
{
    if (french() && !profile.nameFr.empty())
        return QString::fromStdString(profile.nameFr);
    return QString::fromStdString(profile.name.empty() ? profile.id : profile.name);
}

QString Formatter::criterionName(Criterion c)
{
    switch (c) {
    case Criterion::Cost:
        return tr("Cost");
    case Criterion::Language:
        return tr("Language");
    case Criterion::Quality:
        return tr("Quality");
    case Criterion::Capacity:
        return tr("Capacity");
    case Criterion::Coverage:
        return tr("Coverage");
    case Criterion::Risk:
        return tr("Risk");
    }
    return {};
}

QString Formatter::criterionHint(Criterion c)
{
    switch (c) {
    case Criterion::Cost:
        return tr("Total cost of ownership over the horizon; utility = cheapest / this site.");
    case Criterion::Language:
        return tr("Share of speakers of the required languages (partial speakers count a quarter "
                  "for a full-level need).");
    case Criterion::Quality:
        return tr("Half sector maturity, half agent retention (1 − attrition).");
    case Criterion::Capacity:
        return tr("Share of the local sector's jobs the programme would take; 0 at the limit.");
    case Criterion::Coverage:
        return tr("Share of scheduled hours falling in normal local hours (nights and Sundays "
                  "count less where restricted).");
    case Criterion::Risk:
        return tr("Mean of political and infrastructure risk on 1–5; utility = (5 − risk) / 4.");
    }
    return {};
}

QString Formatter::channelName(Channel c)
{
    switch (c) {
    case Channel::Voice:
        return tr("Voice");
    case Channel::Email:
        return tr("Email");
    case Channel::Chat:
        return tr("Chat");
    case Channel::Outbound:
        return tr("Outbound");
    }
    return {};
}

QString Formatter::methodName(mcda::Method m)
{
    switch (m) {
    case mcda::Method::Wsm:
        return tr("Weighted sum (WSM)");
    case mcda::Method::Wpm:
        return tr("Weighted product (WPM)");
    case mcda::Method::Topsis:
        return QStringLiteral("TOPSIS");
    case mcda::Method::Vikor:
        return QStringLiteral("VIKOR");
    case mcda::Method::Promethee2:
        return QStringLiteral("PROMETHEE II");
    }
    return {};
}

QString Formatter::normalizationName(mcda::Normalization n)
{
    switch (n) {
    case mcda::Normalization::None:
        return tr("none");
    case mcda::Normalization::Max:
        return tr("max");
    case mcda::Normalization::Sum:
        return tr("sum");
    case mcda::Normalization::MinMax:
        return tr("min-max");
    case mcda::Normalization::Vector:
        return tr("vector");
    }
    return {};
}

QString Formatter::costViewName(CostView view)
{
    return view == CostView::Vendor ? tr("Outsourced (vendor price)") : tr("In-house (own staff)");
}

QString Formatter::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Onshore:
        return tr("Onshore");
    case Verdict::Offshore:
        return tr("Offshore");
    case Verdict::Split:
        return tr("Split");
    case Verdict::NoEligibleSite:
        return tr("No eligible site");
    }
    return {};
}

QString Formatter::exclusionText(const Exclusion &e)
{
    switch (e.reason) {
    case ExclusionReason::LanguageBelowMinimum:
        return tr("full French speakers %1, below the minimum %2")
            .arg(percent(e.value), percent(e.limit));
    case ExclusionReason::RiskAboveMaximum:
        return tr("risk %1, above the maximum %2").arg(number(e.value, 2), number(e.limit, 2));
    case ExclusionReason::CapacityExceeded:
        return tr("would take %1 of the sector's jobs, above the maximum %2")
            .arg(percent(e.value, 2), percent(e.limit, 2));
    case ExclusionReason::CoverageBelowMinimum:
        return tr("coverage %1, below the minimum %2").arg(percent(e.value), percent(e.limit));
    }
    return {};
}

QString Formatter::costComponentName(int component)
{
    return costLineName(costComponentLine(component));
}

QString Formatter::costLineName(CostLine line)
{
    switch (line) {
    case CostLine::Labour:
        return tr("Pay");
    case CostLine::Premiums:
        return tr("Night/Sunday premiums");
    case CostLine::Charges:
        return tr("Social charges");
    case CostLine::Supervision:
        return tr("Supervision");
    case CostLine::Seats:
        return tr("Seats and IT");
    case CostLine::Attrition:
        return tr("Attrition");
    case CostLine::VendorFees:
        return tr("Vendor fees");
    case CostLine::Governance:
        return tr("Governance");
    case CostLine::Travel:
        return tr("Travel");
    case CostLine::Telecom:
        return tr("Telecom");
    case CostLine::QualityMonitoring:
        return tr("Quality monitoring");
    case CostLine::RepeatContacts:
        return tr("Repeat contacts");
    case CostLine::RampUp:
        return tr("Ramp-up");
    case CostLine::Fixed:
        return tr("Fixed costs");
    case CostLine::Transition:
        return tr("Transition");
    case CostLine::Exit:
        return tr("Exit of the incumbent");
    }
    return {};
}

QString Formatter::provenanceTooltip(const Provenance &p)
{
    QString text = tr("<b>Source:</b> %1").arg(QString::fromStdString(p.source).toHtmlEscaped());
    if (!p.asOf.empty())
        text += tr("<br><b>As of:</b> %1").arg(QString::fromStdString(p.asOf));
    if (p.estimate)
        text += tr("<br><i>Estimate: no published figure backs it.</i>");
    if (!p.note.empty())
        text += QStringLiteral("<br>") + QString::fromStdString(p.note).toHtmlEscaped();
    return text;
}

CostLine costComponentLine(int component)
{
    return AllCostLines[std::size_t(std::clamp(component, 0, CostComponentCount - 1))];
}

double costComponent(const CostBreakdown &b, int component)
{
    return b[costComponentLine(component)];
}

} // namespace escale::ui
