// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/results.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace escale::ui {

namespace charts {
class ChartPanel;
}

class EngineRunner;
class ResultsTableModel;
class ScenarioDocument;

/**
 * The first page: which destination wins and why. A recommendation panel (verdict, headline,
 * margin, saving and break-even, deciding criteria, method agreement, exclusions), a compact
 * results table and four charts (ranking, cost breakdown, criteria radar, cumulative cost).
 * Follows EngineRunner::resultsReady; an evaluation failure shows in a banner above the last
 * good results. Charts are rebuilt in place, and only while the page is visible.
 *
 * Child object names, for tests: "banner", "title", "subtitle", "verdict", "headline",
 * "margin", "saving", "criteria", "agreement", "exclusions", "resultsTable", and the chart
 * panels "rankingChart", "costChart", "radarChart", "monthlyChart".
 */
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(ScenarioDocument *document, EngineRunner *engine, QWidget *parent = nullptr);

    /** Shows `results` (null: no results yet) and hides the failure banner. */
    void setResults(const ResultsPtr &results);
    ResultsPtr results() const { return m_results; }
    ResultsTableModel *tableModel() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createRecommendation();
    QWidget *createTable();
    QWidget *createCharts();
    void showFailure(const QString &message);
    void updateHeader();
    void updateRecommendation();
    void updateCharts();

    ScenarioDocument *m_document;
    EngineRunner *m_engine;
    ResultsPtr m_results;
    bool m_chartsStale = false;

    QLabel *m_banner = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_margin = nullptr;
    QLabel *m_saving = nullptr;
    QLabel *m_criteria = nullptr;
    QLabel *m_agreement = nullptr;
    QLabel *m_exclusions = nullptr;
    ResultsTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    charts::ChartPanel *m_ranking = nullptr;
    charts::ChartPanel *m_costs = nullptr;
    charts::ChartPanel *m_radar = nullptr;
    charts::ChartPanel *m_monthly = nullptr;
};

} // namespace escale::ui
