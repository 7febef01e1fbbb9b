// SPDX-License-Identifier: GPL-3.0-or-later
#include "workload_page.h"

#include "language_editor.h"
#include "models/channel_table_model.h"
#include "models/site_staffing_model.h"
#include "models/value_delegate.h"
#include "opening_hours_editor.h"

#include "core/formatting.h"
#include "core/style.h"

#include "escale/model/opening_hours.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace escale::ui {

namespace {

ChannelLoad defaultLoad(Channel channel)
{
    ChannelLoad load;
    load.channel = channel;
    switch (channel) {
    case Channel::Voice:
        load.monthlyVolume = 10000;
        load.ahtSeconds = 300;
        load.target = {0.8, 20};
        break;
    case Channel::Email:
        load.monthlyVolume = 5000;
        load.ahtSeconds = 420;
        load.deadlineHours = 24;
        load.targetOccupancy = 0.9;
        break;
    case Channel::Chat:
        load.monthlyVolume = 5000;
        load.ahtSeconds = 600;
        load.concurrency = 2;
        load.target = {0.8, 60};
        break;
    case Channel::Outbound:
        load.monthlyVolume = 5000;
        load.ahtSeconds = 360;
        load.deadlineHours = 10;
        load.targetOccupancy = 0.85;
        break;
    }
    return load;
}

/** Fits columns to their cells and their header's longest line (see DestinationTableEditor). */
void fitColumns(QTableView *view)
{
    const QAbstractItemView *base = view; // sizeHintForColumn is public there
    const QFontMetrics metrics(view->horizontalHeader()->font());
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        int header = 0;
        const QString text = view->model()->headerData(column, Qt::Horizontal).toString();
        for (const QString &line : text.split(QLatin1Char('\n')))
            header = std::max(header, metrics.horizontalAdvance(line));
        view->setColumnWidth(column, std::max(header + 28, base->sizeHintForColumn(column) + 16));
    }
}

QPalette warningPalette(const QPalette &base)
{
    return style::withTextColor(base, style::error());
}

/** Why `workload` cannot be staffed in its interval (the loader's checks), or nothing. */
QString intervalProblem(const Workload &workload)
{
    const int interval = workload.intervalMinutes;
    for (const ChannelLoad &c : workload.channels) {
        if (isDeferred(c.channel) && !minimumDeadlineProblem(c.deadlineHours, interval).empty())
            return WorkloadPage::tr("%1-minute intervals need every email and outbound deadline "
                                    "to be at least one interval; %2 has %3 h.")
                .arg(interval)
                .arg(Formatter::channelName(c.channel),
                     Formatter::number(c.deadlineHours,
                                       Formatter::neededDecimals(c.deadlineHours, 2)));
    }
    std::vector<std::pair<QString, const OpeningHours *>> hours{
        {WorkloadPage::tr("the centre"), &workload.hours}};
    for (const ChannelLoad &c : workload.channels) {
        if (c.openingHours)
            hours.emplace_back(Formatter::channelName(c.channel), &*c.openingHours);
    }
    for (const auto &[owner, week] : hours) {
        for (int d = 0; d < 7; ++d) {
            if (!closureProblem(week->days[std::size_t(d)], interval).empty())
                return WorkloadPage::tr("With %1-minute intervals, %2 would close inside one "
                                        "interval on %3; keep shorter intervals or change the "
                                        "hours.")
                    .arg(interval)
                    .arg(owner, QLocale().standaloneDayName(d + 1, QLocale::LongFormat));
        }
    }
    return {};
}

} // namespace

WorkloadPage::WorkloadPage(ScenarioDocument *document, EngineRunner *engine, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_channels(new ChannelTableModel(document, this))
    , m_staffing(new SiteStaffingModel(this))
{
    m_hours = new OpeningHoursEditor(document, this);
    m_languages = new LanguageEditor(document, this);

    auto *middle = new QVBoxLayout;
    middle->addWidget(m_languages);
    middle->addWidget(createPlanningGroup());
    middle->addStretch(1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_hours, 0, Qt::AlignTop);
    bottom->addLayout(middle, 0);
    bottom->addWidget(createStaffingGroup(), 0, Qt::AlignTop);
    bottom->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createChannelGroup(), 0);
    layout->addLayout(bottom, 1);

    connect(document, &ScenarioDocument::scenarioChanged, this, [this] {
        m_message->clear();
        updatePlanning();
        updateActions();
    });
    connect(engine, &EngineRunner::resultsReady, this, &WorkloadPage::showResults);
    connect(engine, &EngineRunner::busyChanged, this, [this](bool busy) {
        if (busy)
            m_staffingStatus->setText(tr("Updating…"));
    });
    connect(engine, &EngineRunner::failed, this, [this](const QString &message) {
        m_staffingStatus->setText(message);
        m_staffingStatus->setPalette(warningPalette(palette()));
    });
    updatePlanning();
    updateActions();
    showResults(engine->latest());
}

QWidget *WorkloadPage::createChannelGroup()
{
    auto *group = new QGroupBox(tr("Channels"), this);
    auto *layout = new QVBoxLayout(group);
    auto *bar = new QHBoxLayout;
    auto *add = new QToolButton(group);
    add->setText(tr("Add channel"));
    add->setPopupMode(QToolButton::InstantPopup);
    m_addMenu = new QMenu(add);
    for (Channel channel : {Channel::Voice, Channel::Email, Channel::Chat, Channel::Outbound}) {
        QAction *action = m_addMenu->addAction(Formatter::channelName(channel));
        action->setData(int(channel));
        connect(action, &QAction::triggered, this, [this, channel] { addChannel(channel); });
    }
    add->setMenu(m_addMenu);
    m_removeChannel = new QAction(tr("Remove channel"), this);
    connect(m_removeChannel, &QAction::triggered, this, &WorkloadPage::removeCurrentChannel);
    auto *remove = new QToolButton(group);
    remove->setDefaultAction(m_removeChannel);
    bar->addWidget(add);
    bar->addWidget(remove);
    bar->addStretch(1);
    auto *hint = new QLabel(tr("Double-click a cell to edit it; “—” does not apply to the "
                               "channel."),
                            group);
    bar->addWidget(hint);
    layout->addLayout(bar);

    m_channelTable = new QTableView(group);
    m_channelTable->setModel(m_channels);
    m_channelTable->setItemDelegate(new ValueDelegate(m_channelTable));
    m_channelTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_channelTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_channelTable->setEditTriggers(QAbstractItemView::DoubleClicked
                                    | QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::AnyKeyPressed);
    m_channelTable->verticalHeader()->hide();
    m_channelTable->setWordWrap(false);
    m_channelTable->horizontalHeader()->setHighlightSections(false);
    m_channelTable->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_channelTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_channelTable->horizontalHeader()->setMinimumSectionSize(80);
    layout->addWidget(m_channelTable, 1);

    m_message = new QLabel(group);
    m_message->setWordWrap(true);
    m_message->setPalette(warningPalette(m_message->palette()));
    layout->addWidget(m_message);

    connect(m_channels, &ChannelTableModel::rejected, this, &WorkloadPage::showRejection);
    connect(m_channelTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkloadPage::updateActions);
    return group;
}

QWidget *WorkloadPage::createPlanningGroup()
{
    auto *group = new QGroupBox(tr("Staffing assumptions"), this);
    auto *form = new QFormLayout(group);
    m_shrinkage = new QDoubleSpinBox(group);
    // The value below 0 stands for "unset": each site's own shrinkage from its profile.
    m_shrinkage->setRange(-0.1, 90.0);
    m_shrinkage->setDecimals(1);
    m_shrinkage->setSuffix(tr(" %"));
    m_shrinkage->setSpecialValueText(tr("Each site's own"));
    m_shrinkage->setToolTip(tr("Paid time not available for contacts: breaks, training, "
                               "meetings, absence (0–90 %). At its lowest, each site uses its "
                               "own country's figure (leave and public holidays differ)."));
    m_interval = new QComboBox(group);
    for (int minutes : {15, 30, 60})
        m_interval->addItem(tr("%1 minutes").arg(minutes), minutes);
    m_interval->setToolTip(tr("Length of the intervals the week is staffed in."));
    m_horizon = new QSpinBox(group);
    m_horizon->setRange(1, 240);
    m_horizon->setSuffix(tr(" months"));
    m_horizon->setToolTip(tr("Contract term the costs are summed over."));
    m_start = new QDateEdit(group);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_start->setToolTip(tr("First month of the contract."));
    for (QAbstractSpinBox *box :
         {static_cast<QAbstractSpinBox *>(m_shrinkage), static_cast<QAbstractSpinBox *>(m_horizon),
          static_cast<QAbstractSpinBox *>(m_start)}) {
        box->setKeyboardTracking(false);
        connect(box, &QAbstractSpinBox::editingFinished, this, &WorkloadPage::commitPlanning);
    }
    connect(m_interval, &QComboBox::activated, this, &WorkloadPage::commitPlanning);
    form->addRow(tr("Shrinkage"), m_shrinkage);
    form->addRow(tr("Staffing interval"), m_interval);
    form->addRow(tr("Contract term"), m_horizon);
    form->addRow(tr("Start month"), m_start);
    return group;
}

QWidget *WorkloadPage::createStaffingGroup()
{
    auto *group = new QGroupBox(tr("Resulting staffing per site"), this);
    auto *layout = new QVBoxLayout(group);
    auto *proxy = new QSortFilterProxyModel(group);
    proxy->setSourceModel(m_staffing);
    proxy->setSortRole(SiteStaffingModel::RawValueRole);
    m_staffingTable = new QTableView(group);
    m_staffingTable->setModel(proxy);
    m_staffingTable->setSortingEnabled(true);
    m_staffingTable->sortByColumn(-1, Qt::AscendingOrder);
    m_staffingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_staffingTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_staffingTable->verticalHeader()->hide();
    m_staffingTable->setWordWrap(false);
    m_staffingTable->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    // Columns fit their contents: stretched over a wide window the numbers drift away from
    // the names they belong to.
    m_staffingTable->horizontalHeader()->setMinimumSectionSize(80);
    // The group hugs its table: on a wide screen a stretched table of five rows reads badly.
    m_staffingTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_staffingTable->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    m_staffingTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_staffingTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_staffingTable);
    m_staffingStatus = new QLabel(group);
    m_staffingStatus->setWordWrap(true);
    layout->addWidget(m_staffingStatus);
    return group;
}

void WorkloadPage::updatePlanning()
{
    m_updating = true;
    const Scenario &s = m_document->scenario();
    m_shrinkage->setValue(s.workload.shrinkage ? *s.workload.shrinkage * 100.0
                                               : m_shrinkage->minimum());
    m_interval->setCurrentIndex(m_interval->findData(s.workload.intervalMinutes));
    m_horizon->setValue(s.horizonMonths);
    m_start->setDate(
        QDate::fromString(QString::fromStdString(s.startMonth), QStringLiteral("yyyy-MM")));
    m_updating = false;
}

void WorkloadPage::commitPlanning()
{
    if (m_updating)
        return;
    const Scenario &current = m_document->scenario();
    Scenario next = current;
    QString text;
    // A shown value equal to the scenario's (at the shown precision) keeps the exact value.
    const bool perSite = m_shrinkage->value() <= m_shrinkage->minimum() + 1e-9;
    if (perSite && current.workload.shrinkage) {
        next.workload.shrinkage.reset();
        text = tr("Change shrinkage");
    } else if (!perSite
               && (!current.workload.shrinkage
                   || std::abs(m_shrinkage->value() - *current.workload.shrinkage * 100.0)
                          >= 0.05)) {
        next.workload.shrinkage = std::round(m_shrinkage->value() * 10.0) / 1000.0;
        text = tr("Change shrinkage");
    }
    const int interval = m_interval->currentData().toInt();
    if (interval != current.workload.intervalMinutes && interval > 0) {
        next.workload.intervalMinutes = interval;
        const QString problem = intervalProblem(next.workload);
        if (!problem.isEmpty()) {
            m_message->setText(problem);
            updatePlanning();
            return;
        }
        text = tr("Change staffing interval");
    }
    if (m_horizon->value() != current.horizonMonths) {
        next.horizonMonths = m_horizon->value();
        text = tr("Change contract term");
    }
    const std::string start = m_start->date().toString(QStringLiteral("yyyy-MM")).toStdString();
    if (start != current.startMonth) {
        next.startMonth = start;
        text = tr("Change start month");
    }
    if (!text.isEmpty())
        m_document->apply(next, text);
}

void WorkloadPage::updateActions()
{
    const bool selected = m_channelTable->currentIndex().isValid();
    const bool several = m_channels->rowCount() > 1;
    m_removeChannel->setEnabled(selected && several);
    m_removeChannel->setToolTip(several ? tr("Remove the selected channel")
                                        : tr("The workload needs at least one channel"));
}

void WorkloadPage::addChannel(Channel channel)
{
    Scenario next = m_document->scenario();
    next.workload.channels.push_back(defaultLoad(channel));
    m_document->apply(next, tr("Add %1 channel").arg(Formatter::channelName(channel)));
    const QModelIndex volume = m_channels->index(m_channels->rowCount() - 1,
                                                 ChannelTableModel::VolumeColumn);
    m_channelTable->setCurrentIndex(volume);
    m_channelTable->scrollTo(volume);
}

void WorkloadPage::removeCurrentChannel()
{
    const int row = m_channelTable->currentIndex().row();
    const auto &channels = m_document->scenario().workload.channels;
    if (row < 0 || std::size_t(row) >= channels.size() || channels.size() <= 1)
        return;
    Scenario next = m_document->scenario();
    const Channel removed = channels[std::size_t(row)].channel;
    next.workload.channels.erase(next.workload.channels.begin() + row);
    m_document->apply(next, tr("Remove %1 channel").arg(Formatter::channelName(removed)));
    m_channelTable->setCurrentIndex(
        m_channels->index(std::min(row, m_channels->rowCount() - 1), 0));
}

void WorkloadPage::showResults(const ResultsPtr &results)
{
    m_staffing->setResults(results);
    fitColumns(m_staffingTable);
    m_staffingStatus->setPalette(palette());
    if (!results) {
        m_staffingStatus->setText(tr("No results yet."));
        return;
    }
    m_staffingStatus->setText(
        tr("%1 contacts a month. Peak: most agents on the floor at once; FTE at each site's "
           "contract hours. Hover a cell for the channels.")
            .arg(Formatter::number(results->evaluation.monthlyContacts)));
}

void WorkloadPage::showRejection(const QModelIndex &index, const QString &message)
{
    const QString channel = m_channels->index(index.row(), 0).data().toString();
    m_message->setText(
        tr("%1, %2: %3").arg(channel, ChannelTableModel::columnLabel(index.column()), message));
    const QRect rect = m_channelTable->visualRect(index);
    QToolTip::showText(m_channelTable->viewport()->mapToGlobal(rect.bottomLeft()), message,
                       m_channelTable->viewport(), rect, 10000);
}

} // namespace escale::ui
