// SPDX-License-Identifier: GPL-3.0-or-later
#include "destination_table_model.h"

#include "core/destination_columns.h"
#include "row_sync.h"
#include "value_delegate.h"

#include "core/formatting.h"

#include <QBrush>
#include <QDate>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <cmath>
#include <utility>

namespace escale::ui {

using Columns = DestinationColumns;

namespace {

/** The provenance of a figure the user typed, keeping track of the figure it replaces. */
Provenance userProvenance(const Figure *previous)
{
    Provenance p;
    p.source = DestinationTableModel::UserSource;
    p.asOf = QDate::currentDate().toString(Qt::ISODate).toStdString();
    p.estimate = false;
    if (!previous)
        return p;
    const Provenance &old = previous->provenance;
    if (old.source == DestinationTableModel::UserSource) {
        p.note = old.note; // still points at the published figure
    } else if (!old.source.empty()) {
        p.note = "Replaces " + QString::number(previous->value, 'g', 12).toStdString()
                 + " from: " + old.source + " (" + old.asOf + (old.estimate ? ", estimate)" : ")");
    }
    return p;
}

bool sameIds(const std::vector<DestinationProfile> &a, const std::vector<DestinationProfile> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id)
            return false;
    }
    return true;
}

/** "Employer charges" -> "Employer\ncharges": short header lines keep the columns narrow. */
QString twoLines(QString label)
{
    if (label.size() <= 14)
        return label;
    const qsizetype middle = label.size() / 2;
    const qsizetype before = label.lastIndexOf(QLatin1Char(' '), middle);
    const qsizetype after = label.indexOf(QLatin1Char(' '), middle);
    qsizetype space = before;
    if (before < 0 || (after >= 0 && after - middle < middle - before))
        space = after;
    if (space > 0)
        label[space] = QLatin1Char('\n');
    return label;
}

} // namespace

QColor DestinationTableModel::estimateColor()
{
    const QColor base = QGuiApplication::palette().color(QPalette::Base);
    const QColor amber(255, 193, 7);
    constexpr int Percent = 16; // amber share of the tint
    auto mix = [](int a, int b) { return (a * (100 - Percent) + b * Percent) / 100; };
    return QColor(mix(base.red(), amber.red()), mix(base.green(), amber.green()),
                  mix(base.blue(), amber.blue()));
}

DestinationTableModel::DestinationTableModel(ScenarioDocument *document, QObject *parent)
    : ScenarioTableModel(ColumnCount, parent)
    , m_document(document)
    , m_rows(document->scenario().destinations)
{
    connect(document, &ScenarioDocument::scenarioChanged, this, &DestinationTableModel::sync);
}

QString DestinationTableModel::columnLabel(int column)
{
    return Columns::label(column);
}

int DestinationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DestinationTableModel::rowOf(const std::string &id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

QVariant DestinationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DestinationProfile &p = m_rows[std::size_t(index.row())];
    const int column = index.column();
    const std::optional<double> value = Columns::valueOf(p, column);
    const bool estimate = Columns::isEstimate(p, column);

    switch (role) {
    case Qt::DisplayRole:
        return displayText(p, column);
    case Qt::EditRole:
    case RawValueRole:
        if (column == NameColumn)
            return Formatter::destinationName(p);
        return value ? QVariant(*value) : QVariant();
    case EstimateRole:
        return estimate;
    case Qt::ToolTipRole:
        return Columns::tooltip(p, column);
    case Qt::FontRole:
        if (estimate) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (column == NameColumn && p.onshore) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        return estimate ? QVariant(QBrush(estimateColor())) : QVariant();
    case Qt::TextAlignmentRole:
        return column == NameColumn ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                    : int(Qt::AlignRight | Qt::AlignVCenter);
    case NumberSpecRole:
        if (column == NameColumn)
            return {};
        return QVariant::fromValue(Columns::numberSpec(column));
    default:
        return {};
    }
}

QString DestinationTableModel::displayText(const DestinationProfile &p, int column) const
{
    if (column == NameColumn)
        return Formatter::destinationName(p);
    const std::optional<double> value = Columns::valueOf(p, column);
    if (!value)
        return QStringLiteral("—");
    QString text = Columns::formatValue(p, column, *value);
    if (column == TypicalWageColumn) {
        text += QLatin1Char(' ') + (p.agentWage.basis == PayBasis::Gross ? tr("gross") : tr("net"));
    }
    if (Columns::isEstimate(p, column))
        text = DestinationColumns::estimateMarker() + QChar(0x2009) + text;
    return text;
}

ScenarioTableModel::ColumnHeader DestinationTableModel::columnHeader(int column) const
{
    return {twoLines(Columns::label(column)), Columns::unit(column), Columns::hint(column)};
}

bool DestinationTableModel::isEditable(const QModelIndex &index) const
{
    const DestinationProfile &p = m_rows[std::size_t(index.row())];
    return index.column() != BonusMonthsColumn || p.bonuses.size() <= 1;
}

bool DestinationTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isEdit(index, role))
        return false;
    const int row = index.row();
    const int column = index.column();
    const DestinationProfile &current = m_rows[std::size_t(row)];
    Scenario next = m_document->scenario();
    DestinationProfile &edited = next.destinations[std::size_t(row)];

    if (column == NameColumn) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty()) {
            emit rejected(index, tr("A destination needs a name."));
            return false;
        }
        if (name == Formatter::destinationName(current))
            return true;
        (Formatter::french() ? edited.nameFr : edited.name) = name.toStdString();
        m_document->apply(next, tr("Rename %1").arg(Formatter::destinationName(current)));
        return true;
    }

    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        emit rejected(index, tr("%1: enter a number.").arg(Columns::label(column)));
        return false;
    }
    const std::optional<double> old = Columns::valueOf(current, column);
    if (old && std::abs(*old - v) <= 1e-12 * std::max(1.0, std::abs(v)))
        return true;
    const QString error = validate(current, column, v);
    if (!error.isEmpty()) {
        emit rejected(index, error);
        return false;
    }
    Figure *figure = Columns::editableFigure(edited, column);
    if (!figure) {
        emit rejected(index, tr("%1 lists several bonuses; edit them in the profile file.")
                                 .arg(Formatter::destinationName(current)));
        return false;
    }
    figure->provenance = userProvenance(Columns::figureOf(current, column));
    figure->value = v;
    // The published range stays the figure's uncertainty; a value typed outside it widens it,
    // and the note says so (the file must load again: min <= value <= max).
    if ((figure->min && v < *figure->min) || (figure->max && v > *figure->max)) {
        if (figure->min && v < *figure->min)
            figure->min = v;
        if (figure->max && v > *figure->max)
            figure->max = v;
        figure->provenance.note += std::string(figure->provenance.note.empty() ? "" : " ")
                                   + "Range widened to include the entered value.";
    }
    const QString text
        = tr("Change %1 of %2").arg(Columns::label(column), Formatter::destinationName(current));
    m_document->apply(next, text);
    return true;
}

QString DestinationTableModel::validate(const DestinationProfile &p, int column, double v) const
{
    QString error = Columns::rangeError(p, column, v);
    if (!error.isEmpty())
        return error;
    auto text = [&](double x) { return Columns::formatValue(p, column, x); };
    const WageRange &wage = p.agentWage;
    switch (column) {
    case TypicalWageColumn:
        if (v < wage.min.value)
            return tr("The typical wage cannot be below the lowest wage (%1); lower that first.")
                .arg(text(wage.min.value));
        if (v > wage.max.value)
            return tr("The typical wage cannot exceed the highest wage (%1); raise that first.")
                .arg(text(wage.max.value));
        break;
    case MinWageColumn:
        if (v > wage.typical.value)
            return tr("The lowest wage cannot exceed the typical wage (%1).")
                .arg(text(wage.typical.value));
        break;
    case MaxWageColumn:
        if (v < wage.typical.value)
            return tr("The highest wage cannot be below the typical wage (%1).")
                .arg(text(wage.typical.value));
        break;
    case FrenchFullColumn:
    case FrenchPartialColumn:
    case EnglishFullColumn: {
        const std::string code = column == EnglishFullColumn ? "en" : "fr";
        const LanguageSkill *skill = p.language(code);
        const double other = !skill                          ? 0.0
                             : column == FrenchPartialColumn ? skill->fullShare.value
                                                             : skill->partialShare.value;
        if (v + other > 1.0 + 1e-9)
            return tr("%1: full and partial speakers together cannot exceed %2; with %3 "
                      "for the other level, the most is %4 (got %5).")
                .arg(Columns::label(column), Formatter::percent(1.0, 0), text(other),
                     text(1.0 - other), text(v));
        break;
    }
    default:
        break;
    }
    return {};
}

void DestinationTableModel::sync()
{
    const std::vector<DestinationProfile> &next = m_document->scenario().destinations;
    if (next == m_rows)
        return;
    const bool sameShape = sameIds(m_rows, next);
    syncRows(
        m_rows, next, sameShape,
        [this](auto assign) {
            beginResetModel();
            assign();
            endResetModel();
        },
        [this](int first, int last) {
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
        });
}

} // namespace escale::ui
