// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

#include <vector>

namespace escale::ui {

/**
 * Brings a table model's row cache up to date with the document: a reset when the rows differ
 * in number or identity (`sameShape` false), else one dataChanged() over the changed rows.
 * `reset` and `changed` wrap the model's protected begin/endResetModel and dataChanged.
 */
template<typename Row, typename Reset, typename Changed>
void syncRows(std::vector<Row> &rows, const std::vector<Row> &next, bool sameShape, Reset reset,
              Changed changed)
{
    if (!sameShape) {
        reset([&] { rows = next; });
        return;
    }
    int first = -1;
    int last = -1;
    for (std::size_t i = 0; i < next.size(); ++i) {
        if (next[i] != rows[i]) {
            if (first < 0)
                first = int(i);
            last = int(i);
        }
    }
    rows = next;
    if (first >= 0)
        changed(first, last);
}

} // namespace escale::ui
