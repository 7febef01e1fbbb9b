// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview_page.h"

#include "charts/chart_panel.h"
#include "charts/chart_theme.h"
#include "charts/chart_view_adapter.h"
#include "core/engine_runner.h"
#include "core/formatting.h"
#include "core/recommendation_text.h"
#include "core/scenario_document.h"
#include "core/style.h"
#include "models/results_table_model.h"
#include "plot/result_plots.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPolarChart>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace escale::ui {

namespace {

QLabel *textLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The height comes from heightForWidth: a word-wrapped label's minimumSizeHint is its
    // height at a narrow width, which would make the scroll area ask for far too much.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    policy.setHeightForWidth(true);
    label->setSizePolicy(policy);
    return label;
}

void setScaledFont(QLabel *label, double scale, bool bold)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
}

void setTextColor(QLabel *label, const QColor &color)
{
    label->setPalette(style::withTextColor(label->palette(), color));
}

/** Sets `text` and hides the label when it is empty. */
void showText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

OverviewPage::OverviewPage(ScenarioDocument *document, EngineRunner *engine, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_engine(engine)
{
    m_banner = textLabel(QStringLiteral("banner"), this);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #FCE8E6; color: #7A1B12; "
                                           "border: 1px solid #E6A59D; padding: 6px; }"));
    m_banner->hide();

    auto *content = new QWidget;
    auto *top = new QHBoxLayout;
    top->addWidget(createRecommendation(), 1);
    top->addWidget(createTable(), 0, Qt::AlignTop);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(createHeader());
    contentLayout->addLayout(top);
    contentLayout->addWidget(createCharts(), 1);

    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);

    connect(m_engine, &EngineRunner::resultsReady, this, &OverviewPage::setResults);
    connect(m_engine, &EngineRunner::failed, this, &OverviewPage::showFailure);
    connect(m_document, &ScenarioDocument::fileChanged, this, &OverviewPage::updateHeader);
    setResults(m_engine->latest());
}

QWidget *OverviewPage::createHeader()
{
    auto *header = new QWidget(this);
    m_title = textLabel(QStringLiteral("title"), header);
    setScaledFont(m_title, 1.3, true);
    m_subtitle = textLabel(QStringLiteral("subtitle"), header);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    return header;
}

QWidget *OverviewPage::createRecommendation()
{
    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("recommendationPanel"));
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setAutoFillBackground(true);
    panel->setBackgroundRole(QPalette::Base);
    m_verdict = textLabel(QStringLiteral("verdict"), panel);
    setScaledFont(m_verdict, 2.0, true);
    m_headline = textLabel(QStringLiteral("headline"), panel);
    setScaledFont(m_headline, 1.15, true);
    m_margin = textLabel(QStringLiteral("margin"), panel);
    m_saving = textLabel(QStringLiteral("saving"), panel);
    m_criteria = textLabel(QStringLiteral("criteria"), panel);
    m_agreement = textLabel(QStringLiteral("agreement"), panel);
    m_exclusions = textLabel(QStringLiteral("exclusions"), panel);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(6);
    for (QLabel *label :
         {m_verdict, m_headline, m_margin, m_saving, m_criteria, m_agreement, m_exclusions})
        layout->addWidget(label);
    layout->addStretch(1);
    return panel;
}

QWidget *OverviewPage::createTable()
{
    m_model = new ResultsTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ResultsTableModel::RawValueRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ResultsTableModel::RankColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // As large as its content, no scroll bars; the recommendation panel takes the rest.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return m_table;
}

QWidget *OverviewPage::createCharts()
{
    auto *box = new QWidget(this);
    m_ranking = new charts::ChartPanel(nullptr, box);
    m_ranking->setObjectName(QStringLiteral("rankingChart"));
    m_costs = new charts::ChartPanel(nullptr, box);
    m_costs->setObjectName(QStringLiteral("costChart"));
    m_radar = new charts::ChartPanel(new QPolarChart, box);
    m_radar->setObjectName(QStringLiteral("radarChart"));
    m_monthly = new charts::ChartPanel(nullptr, box);
    m_monthly->setObjectName(QStringLiteral("monthlyChart"));
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_ranking, 0, 0);
    grid->addWidget(m_costs, 0, 1);
    grid->addWidget(m_radar, 1, 0);
    grid->addWidget(m_monthly, 1, 1);
    for (int i = 0; i < 2; ++i) {
        grid->setRowStretch(i, 1);
        grid->setColumnStretch(i, 1);
    }
    // The charts take the height left over, but no less than this: below it the page scrolls.
    box->setMinimumHeight(2 * 200 + grid->spacing());
    return box;
}

void OverviewPage::setResults(const ResultsPtr &results)
{
    m_results = results;
    m_banner->hide();
    m_model->setResults(results);
    updateHeader();
    updateRecommendation();
    m_chartsStale = true;
    if (isVisible())
        updateCharts();
}

void OverviewPage::showFailure(const QString &message)
{
    m_banner->setText(m_results ? tr("%1\nThe results below are from the last evaluation that "
                                     "succeeded.")
                                      .arg(message)
                                : message);
    m_banner->show();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_chartsStale)
        updateCharts();
}

void OverviewPage::updateHeader()
{
    if (!m_results) {
        m_title->setText(m_document->displayName());
        showText(m_subtitle, {});
        return;
    }
    const Scenario &scenario = m_results->scenario;
    m_title->setText(scenario.name.empty() ? m_document->displayName()
                                           : QString::fromStdString(scenario.name));
    QStringList lines;
    const QString client = QString::fromStdString(scenario.client);
    const QString description = QString::fromStdString(scenario.description);
    if (!client.isEmpty() && !description.isEmpty())
        lines << tr("%1: %2").arg(client, description);
    else if (!client.isEmpty() || !description.isEmpty())
        lines << QString(client + description);
    lines << tr("Costs: %1, over %2 months from %3")
                 .arg(Formatter::costViewName(m_results->evaluation.view),
                      QString::number(scenario.horizonMonths),
                      QString::fromStdString(scenario.startMonth));
    showText(m_subtitle, lines.join(QLatin1Char('\n')));
}

void OverviewPage::updateRecommendation()
{
    const QList<QLabel *> details{m_headline, m_margin,    m_saving,
                                  m_criteria, m_agreement, m_exclusions};
    if (!m_results) {
        m_verdict->setText(tr("No results yet"));
        setTextColor(m_verdict, palette().color(QPalette::WindowText));
        for (QLabel *label : details)
            showText(label, {});
        return;
    }
    const Results &results = *m_results;
    const Recommendation &rec = results.evaluation.recommendation;
    const RecommendationText text(results);
    const auto name = [&results](int site) {
        const SiteEvaluation &s = results.evaluation.sites[std::size_t(site)];
        for (const DestinationProfile &p : results.scenario.destinations) {
            if (p.id == s.id)
                return Formatter::destinationName(p);
        }
        return QString::fromStdString(s.name);
    };
    QString verdict = Formatter::verdictName(rec.verdict);
    if (rec.verdict == Verdict::Split && rec.split)
        verdict = tr("%1: %2 and %3")
                      .arg(verdict, name(rec.split->primary), name(rec.split->secondary));
    else if (rec.best >= 0)
        verdict = tr("%1: %2").arg(verdict, name(rec.best));
    m_verdict->setText(verdict);
    setTextColor(m_verdict, rec.best >= 0 ? style::accent() : style::error());

    showText(m_headline, text.headline());
    showText(m_margin, text.margin());
    showText(m_saving, text.saving());
    showText(m_criteria, text.decidingCriteria());
    showText(m_agreement, text.methodAgreement());
    QStringList exclusions = text.exclusions();
    for (QString &line : exclusions)
        line.prepend(QStringLiteral("• "));
    showText(m_exclusions, exclusions.join(QLatin1Char('\n')));
}

void OverviewPage::updateCharts()
{
    m_chartsStale = false;
    const Results empty;
    const Results &results = m_results ? *m_results : empty;
    charts::showChart(m_ranking->chart(), plot::rankingPlot(results));
    charts::showChart(m_costs->chart(), plot::costBreakdownPlot(results));
    charts::showChart(m_radar->chart(), plot::criteriaRadarPlot(results));
    charts::showChart(m_monthly->chart(), plot::monthlyCostPlot(results));
}

} // namespace escale::ui
