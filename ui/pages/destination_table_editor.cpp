// SPDX-License-Identifier: GPL-3.0-or-later
#include "destination_table_editor.h"

#include "models/value_delegate.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalBlocker>

#include <algorithm>

namespace escale::ui {

DestinationTableEditor::DestinationTableEditor(QWidget *parent)
    : QTableView(parent)
    , m_frozen(new QTableView(this))
    , m_delegate(new ValueDelegate(this))
{
    setItemDelegate(m_delegate);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setEditTriggers(DoubleClicked | EditKeyPressed | AnyKeyPressed);
    setSortingEnabled(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);

    m_frozen->setItemDelegate(m_delegate);
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->horizontalHeader()->setHighlightSections(false);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setSelectionBehavior(SelectRows);
    m_frozen->setSelectionMode(SingleSelection);
    m_frozen->setEditTriggers(DoubleClicked | EditKeyPressed);
    m_frozen->setSortingEnabled(true);
    m_frozen->setWordWrap(false);
    viewport()->stackUnder(m_frozen);

    connect(horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int section, int, int size) {
                if (section == 0) {
                    m_frozen->setColumnWidth(0, size);
                    updateFrozenGeometry();
                }
            });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int section, int, int size) { m_frozen->setRowHeight(section, size); });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    // One sort indicator for both views: sorting by name from the frozen header shows there.
    connect(m_frozen->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int, Qt::SortOrder order) { horizontalHeader()->setSortIndicator(0, order); });
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int section, Qt::SortOrder order) {
                const QSignalBlocker blocker(m_frozen->horizontalHeader());
                m_frozen->horizontalHeader()->setSortIndicator(section == 0 ? 0 : -1, order);
                m_frozen->horizontalHeader()->viewport()->update();
            });
}

void DestinationTableEditor::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this,
                &DestinationTableEditor::hideScrollingColumns);
        connect(model, &QAbstractItemModel::columnsInserted, this,
                &DestinationTableEditor::hideScrollingColumns);
    }
    hideScrollingColumns();
}

void DestinationTableEditor::hideScrollingColumns()
{
    if (!model())
        return;
    for (int column = 1; column < model()->columnCount(); ++column)
        m_frozen->setColumnHidden(column, true);
    m_frozen->setColumnWidth(0, columnWidth(0));
    updateFrozenGeometry();
}

void DestinationTableEditor::fitColumns()
{
    if (!model())
        return;
    const QFontMetrics metrics(horizontalHeader()->font());
    constexpr int HeaderPadding = 28; // margins and the sort arrow
    constexpr int CellPadding = 16;
    for (int column = 0; column < model()->columnCount(); ++column) {
        int header = 0;
        const QString text = model()->headerData(column, Qt::Horizontal).toString();
        for (const QString &line : text.split(QLatin1Char('\n')))
            header = std::max(header, metrics.horizontalAdvance(line));
        setColumnWidth(column,
                       std::max(header + HeaderPadding, sizeHintForColumn(column) + CellPadding));
    }
}

void DestinationTableEditor::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateFrozenGeometry();
}

void DestinationTableEditor::updateGeometries()
{
    QTableView::updateGeometries();
    updateFrozenGeometry();
}

void DestinationTableEditor::updateFrozenGeometry()
{
    const int header = horizontalHeader()->height();
    m_frozen->horizontalHeader()->setFixedHeight(header);
    const int left = (verticalHeader()->isHidden() ? 0 : verticalHeader()->width()) + frameWidth();
    m_frozen->setGeometry(left, frameWidth(), columnWidth(0), viewport()->height() + header);
}

QModelIndex DestinationTableEditor::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(action, modifiers);
    // Keep the new cell out from under the frozen column.
    if (action == MoveLeft && current.column() > 0) {
        const int hidden = m_frozen->columnWidth(0) - visualRect(current).left();
        if (hidden > 0)
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - hidden);
    }
    return current;
}

void DestinationTableEditor::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (index.column() > 0)
        QTableView::scrollTo(index, hint);
    else if (index.isValid())
        m_frozen->scrollTo(index, hint);
}

} // namespace escale::ui
