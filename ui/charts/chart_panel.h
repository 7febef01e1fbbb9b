// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QChart;
class QChartView;

namespace escale::ui::charts {

/** A chart on a page: an antialiased QChartView owning its QChart (or QPolarChart). */
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    /** Takes ownership of `chart` (a new QChart if null). */
    explicit ChartPanel(QChart *chart = nullptr, QWidget *parent = nullptr);

    QChart *chart() const;

private:
    QChartView *m_view;
};

} // namespace escale::ui::charts
