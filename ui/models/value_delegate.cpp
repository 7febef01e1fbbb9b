// SPDX-License-Identifier: GPL-3.0-or-later
#include "value_delegate.h"

#include <QComboBox>
#include <QDoubleSpinBox>

#include <cmath>

namespace escale::ui {

namespace {

constexpr const char *InitialValue = "escaleInitialValue";
constexpr double WideLimit = 1e12;

} // namespace

ValueDelegate::ValueDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *ValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QVariant choices = index.data(ChoicesRole);
    if (choices.isValid()) {
        auto *combo = new QComboBox(parent);
        combo->addItems(choices.toStringList());
        return combo;
    }
    const QVariant spec = index.data(NumberSpecRole);
    if (spec.canConvert<NumberSpec>()) {
        const auto number = spec.value<NumberSpec>();
        auto *spin = new QDoubleSpinBox(parent);
        spin->setDecimals(number.decimals);
        spin->setRange(-WideLimit, WideLimit);
        spin->setSingleStep(number.step);
        spin->setSuffix(number.suffix);
        spin->setGroupSeparatorShown(true);
        spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
        spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        spin->setFrame(false);
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ValueDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
        combo->setProperty(InitialValue, combo->currentIndex());
        return;
    }
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        const auto spec = index.data(NumberSpecRole).value<NumberSpec>();
        const QVariant raw = index.data(Qt::EditRole);
        spin->setValue(raw.isValid() ? raw.toDouble() * spec.scale : 0.0);
        spin->setProperty(InitialValue, raw.isValid() ? QVariant(spin->value()) : QVariant());
        spin->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ValueDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentIndex() != combo->property(InitialValue).toInt())
            model->setData(index, combo->currentIndex(), Qt::EditRole);
        return;
    }
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->interpretText();
        const QVariant initial = spin->property(InitialValue);
        if (initial.isValid() && initial.toDouble() == spin->value())
            return; // unchanged: keep the figure's full precision and its source
        const auto spec = index.data(NumberSpecRole).value<NumberSpec>();
        const double scale = spec.scale != 0.0 ? spec.scale : 1.0;
        // Round away the binary noise of the division (21.5 / 100 = 0.21500000000000002).
        const double raw = std::round(spin->value() / scale * 1e9) / 1e9;
        model->setData(index, raw, Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace escale::ui
