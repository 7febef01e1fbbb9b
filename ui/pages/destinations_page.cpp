// SPDX-License-Identifier: GPL-3.0-or-later
#include "destinations_page.h"

#include "destination_table_editor.h"
#include "models/destination_table_model.h"

#include "core/formatting.h"
#include "core/style.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <vector>

namespace escale::ui {

namespace {

using M = DestinationTableModel;

std::vector<int> groupColumns(DestinationsPage::Group group)
{
    switch (group) {
    case DestinationsPage::PayGroup:
        return {M::TypicalWageColumn,
                M::MinWageColumn,
                M::MaxWageColumn,
                M::EmployerChargesColumn,
                M::EmployeeContributionsColumn,
                M::BonusMonthsColumn,
                M::WeeklyHoursColumn};
    case DestinationsPage::PeopleGroup:
        return {M::FrenchFullColumn, M::FrenchPartialColumn, M::EnglishFullColumn,
                M::SectorJobsColumn, M::MaturityColumn,      M::AttritionColumn};
    case DestinationsPage::HoursGroup:
        return {M::UtcWinterColumn, M::UtcSummerColumn, M::WeeklyHoursColumn, M::NightPremiumColumn,
                M::SundayPremiumColumn};
    case DestinationsPage::CostsGroup:
        return {M::BilledRateColumn,    M::SeatCostColumn,  M::RecruitingCostColumn,
                M::TrainingWeeksColumn, M::AttritionColumn, M::AhtMultiplierColumn};
    case DestinationsPage::RiskGroup:
        return {M::PoliticalRiskColumn, M::InfrastructureRiskColumn, M::WageInflationColumn,
                M::FxDriftColumn, M::MaturityColumn};
    default: {
        std::vector<int> all;
        for (int c = 1; c < M::ColumnCount; ++c)
            all.push_back(c);
        return all;
    }
    }
}

/** "morocco" -> "morocco-2"; "morocco-2" -> "morocco-3": the first id not in the scenario. */
std::string uniqueId(const Scenario &scenario, const std::string &id)
{
    std::string base = id;
    const auto dash = base.find_last_of('-');
    if (dash != std::string::npos && dash + 1 < base.size()
        && std::all_of(base.begin() + std::ptrdiff_t(dash + 1), base.end(),
                       [](char c) { return c >= '0' && c <= '9'; }))
        base.erase(dash);
    auto taken = [&scenario](const std::string &candidate) {
        return std::any_of(scenario.destinations.begin(), scenario.destinations.end(),
                           [&](const DestinationProfile &p) { return p.id == candidate; });
    };
    for (int n = 2;; ++n) {
        const std::string candidate = base + "-" + std::to_string(n);
        if (!taken(candidate))
            return candidate;
    }
}

/** "Morocco (copy)", then "Morocco (copy 2)"...; names are data, kept in both languages. */
std::string copyName(const std::vector<std::string> &names, const std::string &name,
                     const std::string &word)
{
    for (int n = 1;; ++n) {
        const std::string candidate = name + " (" + word
                                      + (n == 1 ? std::string() : " " + std::to_string(n)) + ")";
        if (std::find(names.begin(), names.end(), candidate) == names.end())
            return candidate;
    }
}

QString offsetText(double hours)
{
    const QString number = Formatter::number(hours, hours == std::round(hours) ? 0 : 2);
    return hours >= 0 ? QLocale().positiveSign() + number : number;
}

} // namespace

QString DestinationsPage::legendHtml()
{
    return tr("<span style=\"background-color:%1\"><i>&nbsp;%2&nbsp;225&nbsp;</i></span> "
              "Italic, tinted and marked %2: an estimate, no published source backs the "
              "figure. Hover a cell for its source and date; a figure you edit is recorded "
              "as “Edited by the user” with today's date. Double-click a cell to edit it.")
        .arg(DestinationTableModel::estimateColor().name(), DestinationColumns::estimateMarker());
}

QString DestinationsPage::detailsHtml(const DestinationProfile &profile, const ResultsPtr &results)
{
    const double winter = profile.timeZone.utcOffsetWinter.value;
    const double summer = profile.timeZone.utcOffsetSummer.value;
    QString html = tr("<p><b>Time zone</b>: %1, UTC%2 in winter and UTC%3 in summer: local "
                      "time is Paris time %4 h in winter, %5 h in summer.</p>")
                       .arg(QString::fromStdString(profile.timeZone.iana).toHtmlEscaped(),
                            offsetText(winter), offsetText(summer), offsetText(winter - 1.0),
                            offsetText(summer - 2.0));
    const SiteEvaluation *site = nullptr;
    if (results) {
        for (const SiteEvaluation &s : results->evaluation.sites)
            site = s.id == profile.id ? &s : site;
    }
    if (site) {
        QString outcome;
        if (site->excluded()) {
            QStringList reasons;
            for (const Exclusion &e : site->exclusions)
                reasons << Formatter::exclusionText(e);
            outcome = tr("excluded: %1").arg(reasons.join(tr("; ")));
        } else {
            outcome = tr("rank %1 of %2").arg(site->rank).arg(results->rows().size());
        }
        html += tr("<p><b>Latest result</b>: %1; %2 agent FTE, %3 in total over the horizon "
                   "(chosen cost view).</p>")
                    .arg(outcome.toHtmlEscaped(), Formatter::number(site->fte, 1),
                         Formatter::money(site->cost(results->evaluation.view).tco));
    }
    html += tr("<p><b>Notes</b></p>");
    if (profile.notes.empty())
        html += tr("<p>No notes for this destination.</p>");
    for (const SourcedNote &note : profile.notes) {
        QString topic = QString::fromStdString(note.topic);
        if (!topic.isEmpty())
            topic[0] = topic[0].toUpper();
        QString source = tr("%1, %2").arg(QString::fromStdString(note.provenance.source),
                                          QString::fromStdString(note.provenance.asOf));
        if (note.provenance.estimate)
            source += tr(" (estimate)");
        html += tr("<p><b>%1</b>: %2<br><small><i>%3</i></small></p>", "topic: note, source")
                    .arg(topic.toHtmlEscaped(), QString::fromStdString(note.text).toHtmlEscaped(),
                         source.toHtmlEscaped());
    }
    return html;
}

DestinationsPage::DestinationsPage(ScenarioDocument *document, EngineRunner *engine,
                                   QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_engine(engine)
    , m_model(new DestinationTableModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new DestinationTableEditor(this))
    , m_groups(new QTabBar(this))
    , m_addButton(new QToolButton(this))
    , m_addMenu(new QMenu(this))
    , m_duplicate(new QAction(tr("&Duplicate"), this))
    , m_remove(new QAction(tr("&Remove"), this))
    , m_message(new QLabel(this))
    , m_title(new QLabel(this))
    , m_details(new QTextBrowser(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DestinationTableModel::RawValueRole);
    m_table->setModel(m_proxy);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createTablePanel());

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 0, 0, 0);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_details->setOpenExternalLinks(true);
    sideLayout->addWidget(m_title);
    sideLayout->addWidget(m_details, 1);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    side->setMinimumWidth(260);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_model, &DestinationTableModel::rejected, this, &DestinationsPage::showRejection);
    connect(document, &ScenarioDocument::scenarioChanged, this, [this] {
        m_message->clear();
        rebuildAddMenu();
        updateActions();
        updateDetails();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->fitColumns();
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(engine, &EngineRunner::resultsReady, this, &DestinationsPage::updateDetails);
    connect(m_duplicate, &QAction::triggered, this, &DestinationsPage::duplicateCurrent);
    connect(m_remove, &QAction::triggered, this, &DestinationsPage::removeCurrent);
    connect(m_groups, &QTabBar::currentChanged, this,
            [this](int group) { showGroup(Group(group)); });

    m_table->fitColumns();
    m_table->sortByColumn(-1, Qt::AscendingOrder); // scenario order until a header is clicked
    rebuildAddMenu();
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    updateActions();
    updateDetails();
}

QWidget *DestinationsPage::createTablePanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout;
    const QString groupNames[GroupCount] = {tr("All figures"),
                                            tr("Pay"),
                                            tr("Languages and labour market"),
                                            tr("Time zone and premiums"),
                                            tr("Costs"),
                                            tr("Risk and outlook")};
    for (const QString &name : groupNames)
        m_groups->addTab(name);
    m_groups->setDrawBase(false);
    m_groups->setExpanding(false);
    bar->addWidget(m_groups);
    bar->addStretch(1);

    m_addButton->setText(tr("&Add"));
    m_addButton->setToolTip(tr("Add a shipped destination profile to the scenario"));
    m_addButton->setMenu(m_addMenu);
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_duplicate->setToolTip(tr("Copy the selected destination, e.g. to compare two vendors"));
    m_remove->setToolTip(tr("Remove the selected destination from the scenario"));
    bar->addWidget(m_addButton);
    for (QAction *action : {m_duplicate, m_remove}) {
        auto *button = new QToolButton(panel);
        button->setDefaultAction(action);
        bar->addWidget(button);
    }
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    m_message->setPalette(style::withTextColor(m_message->palette(), style::error()));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *legend = new QLabel(panel);
    legend->setText(legendHtml());
    legend->setWordWrap(true);
    legend->setTextFormat(Qt::RichText);
    layout->addWidget(legend);
    return panel;
}

int DestinationsPage::currentDestination() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void DestinationsPage::selectDestination(int row)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    if (proxyIndex.isValid())
        m_table->setCurrentIndex(proxyIndex);
}

void DestinationsPage::showGroup(Group group)
{
    if (m_groups->currentIndex() != group)
        m_groups->setCurrentIndex(group); // comes back here through currentChanged
    const std::vector<int> shown = groupColumns(group);
    for (int c = 1; c < DestinationTableModel::ColumnCount; ++c)
        m_table->setColumnHidden(c, std::find(shown.begin(), shown.end(), c) == shown.end());
}

void DestinationsPage::rebuildAddMenu()
{
    m_addMenu->clear();
    for (const DestinationProfile &profile : m_document->library().profiles) {
        if (m_model->rowOf(profile.id) >= 0)
            continue;
        const QString id = QString::fromStdString(profile.id);
        QAction *action = m_addMenu->addAction(Formatter::destinationName(profile));
        action->setData(id);
        connect(action, &QAction::triggered, this, [this, id] { addProfile(id); });
    }
    m_addButton->setEnabled(!m_addMenu->isEmpty());
    m_addButton->setToolTip(m_addMenu->isEmpty()
                                ? tr("Every shipped destination is already in the scenario")
                                : tr("Add a shipped destination profile to the scenario"));
}

void DestinationsPage::updateActions()
{
    const int row = currentDestination();
    m_duplicate->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0 && m_model->rowCount() > 1);
    m_remove->setToolTip(m_model->rowCount() > 1
                             ? tr("Remove the selected destination from the scenario")
                             : tr("A scenario needs at least one destination"));
}

void DestinationsPage::addProfile(const QString &id)
{
    const DestinationProfile *profile = m_document->library().find(id.toStdString());
    if (!profile || m_model->rowOf(profile->id) >= 0)
        return;
    Scenario next = m_document->scenario();
    next.destinations.push_back(*profile);
    m_document->apply(next, tr("Add %1").arg(Formatter::destinationName(*profile)));
    selectDestination(m_model->rowOf(profile->id));
}

void DestinationsPage::duplicateCurrent()
{
    const int row = currentDestination();
    if (row < 0)
        return;
    Scenario next = m_document->scenario();
    DestinationProfile copy = next.destinations[std::size_t(row)];
    std::vector<std::string> names;
    std::vector<std::string> namesFr;
    for (const DestinationProfile &p : next.destinations) {
        names.push_back(p.name);
        namesFr.push_back(p.nameFr);
    }
    copy.id = uniqueId(next, copy.id);
    copy.name = copyName(names, copy.name.empty() ? copy.id : copy.name, "copy");
    if (!copy.nameFr.empty())
        copy.nameFr = copyName(namesFr, copy.nameFr, "copie");
    const QString original = Formatter::destinationName(next.destinations[std::size_t(row)]);
    next.destinations.insert(next.destinations.begin() + row + 1, copy);
    m_document->apply(next, tr("Duplicate %1").arg(original));
    selectDestination(m_model->rowOf(copy.id));
}

void DestinationsPage::removeCurrent()
{
    const int row = currentDestination();
    if (row < 0 || m_document->scenario().destinations.size() <= 1)
        return;
    Scenario next = m_document->scenario();
    const DestinationProfile removed = next.destinations[std::size_t(row)];
    next.destinations.erase(next.destinations.begin() + row);
    if (next.incumbent == removed.id)
        next.incumbent.clear(); // the work no longer runs at a site of the scenario
    m_document->apply(next, tr("Remove %1").arg(Formatter::destinationName(removed)));
    selectDestination(std::min(row, m_model->rowCount() - 1));
}

void DestinationsPage::updateDetails()
{
    const int row = currentDestination();
    const auto &destinations = m_document->scenario().destinations;
    if (row < 0 || std::size_t(row) >= destinations.size()) {
        m_title->setText(tr("No destination selected"));
        m_details->clear();
        return;
    }
    const DestinationProfile &profile = destinations[std::size_t(row)];
    m_title->setText(Formatter::destinationName(profile));
    m_details->setHtml(detailsHtml(profile, m_engine->latest()));
}

void DestinationsPage::showRejection(const QModelIndex &sourceIndex, const QString &message)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(sourceIndex);
    m_message->setText(
        tr("%1: %2").arg(m_model->index(sourceIndex.row(), 0).data().toString(), message));
    if (!proxyIndex.isValid())
        return;
    const QRect rect = m_table->visualRect(proxyIndex);
    QToolTip::showText(m_table->viewport()->mapToGlobal(rect.bottomLeft()), message,
                       m_table->viewport(), rect, 10000);
}

} // namespace escale::ui
