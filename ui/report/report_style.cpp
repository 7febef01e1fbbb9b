// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_style.h"

#include "core/style.h"

#include <QStringList>

#include <cmath>

namespace escale::ui::report {

QFont ReportStyle::font(qreal points, bool bold, bool italic)
{
    QFont font;
    font.setFamilies({QStringLiteral("Carlito"), QStringLiteral("DejaVu Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(int(std::lround(pt(points))));
    font.setBold(bold);
    font.setItalic(italic);
    // Metrics that scale linearly, so the preview and the PDF break lines alike; no ligatures,
    // so that copied and searched text reads "fi" rather than a ligature glyph.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QColor ReportStyle::accent()
{
    return style::accent();
}

QColor ReportStyle::accentPale()
{
    return QColor::fromRgb(0xE3F0EA);
}

QColor ReportStyle::text()
{
    return QColor::fromRgb(0x1E1E1E);
}

QColor ReportStyle::muted()
{
    return QColor::fromRgb(0x6B6B6B);
}

QColor ReportStyle::rule()
{
    return QColor::fromRgb(0xC8CFCB);
}

QColor ReportStyle::shade()
{
    return QColor::fromRgb(0xF2F5F3);
}

} // namespace escale::ui::report
