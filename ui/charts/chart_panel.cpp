// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_panel.h"

#include "chart_theme.h"

#include <QChart>
#include <QChartView>
#include <QVBoxLayout>

namespace escale::ui::charts {

ChartPanel::ChartPanel(QChart *chart, QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(chart ? chart : new QChart, this))
{
    ChartTheme::apply(m_view->chart());
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(240, 180);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

} // namespace escale::ui::charts
