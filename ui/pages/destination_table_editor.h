// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace escale::ui {

class ValueDelegate;

/**
 * The destination table: a QTableView whose first column (the destination's name) stays in
 * place while the figures scroll sideways, as in Qt's "frozen column" example: a second view
 * on the same model and selection, showing column 0 only, laid over the left edge. Cells are
 * edited with ValueDelegate (spin boxes in the shown unit).
 */
class DestinationTableEditor : public QTableView
{
    Q_OBJECT

public:
    explicit DestinationTableEditor(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    /**
     * Sizes every column to the wider of its cells and its header's longest line (Qt's own
     * fit adds the header's height to make room for the sort arrow, far too much for headers
     * of two or three lines).
     */
    void fitColumns();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void updateGeometries() override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

private:
    void hideScrollingColumns();
    void updateFrozenGeometry();

    QTableView *m_frozen;
    ValueDelegate *m_delegate;
};

} // namespace escale::ui
