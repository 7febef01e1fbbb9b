// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/number_spec.h"

#include <QString>
#include <QStyledItemDelegate>

namespace escale::ui {

/** Roles the editing models answer so that ValueDelegate can build the right editor. */
enum ValueRole {
    NumberSpecRole = Qt::UserRole + 20, ///< a NumberSpec: edit with a spin box
    ChoicesRole, ///< a QStringList: edit with a combo box (EditRole = index)
};

/**
 * Editor for the editing tables: a spin box for numbers (NumberSpecRole), a combo box for
 * choices (ChoicesRole), the default line edit otherwise. Leaving an editor without changing
 * the shown value writes nothing, so opening a cell never creates an undo step or rounds a
 * sourced figure.
 */
class ValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ValueDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace escale::ui
