// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui_test_support.h"

#include "core/engine_runner.h"
#include "core/language.h"
#include "models/destination_table_model.h"
#include "models/value_delegate.h"
#include "pages/destination_table_editor.h"
#include "pages/destinations_page.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QFont>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace escale;
using ui::DestinationsPage;
using ui::DestinationTableModel;

namespace {

int indexOf(const Scenario &scenario, const std::string &id)
{
    for (std::size_t i = 0; i < scenario.destinations.size(); ++i) {
        if (scenario.destinations[i].id == id)
            return int(i);
    }
    return -1;
}

const DestinationProfile &profile(const ui::ScenarioDocument &doc, const std::string &id)
{
    return doc.scenario().destinations.at(std::size_t(indexOf(doc.scenario(), id)));
}

} // namespace

TEST(DestinationTableModel, PassesTheModelTesterThroughEditsUndoAndReload)
{
    auto doc = test::shippedDocument();
    DestinationTableModel model(doc.get());
    test::ModelTesterGuard guard(&model);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(DestinationTableModel::RawValueRole);
    proxy.sort(DestinationTableModel::BilledRateColumn);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Warning);

    ASSERT_EQ(model.rowCount(), 5);
    ASSERT_EQ(model.columnCount(), DestinationTableModel::ColumnCount);
    const int morocco = model.rowOf("morocco");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    EXPECT_TRUE(model.setData(model.index(morocco, DestinationTableModel::BilledRateColumn), 9.0));
    EXPECT_EQ(changed.count(), 1);
    // The proxy re-sorted: Morocco is now the cheapest.
    EXPECT_EQ(proxy.index(0, 0).data().toString(), QStringLiteral("Morocco"));
    doc->undoStack()->undo();
    doc->undoStack()->redo();

    Scenario fewer = doc->scenario();
    fewer.destinations.pop_back();
    doc->apply(fewer, QStringLiteral("Remove"));
    EXPECT_EQ(model.rowCount(), 4);
    doc->undoStack()->undo();
    EXPECT_EQ(model.rowCount(), 5);
    ASSERT_TRUE(
        doc->load(QString::fromStdString(test::dataDir() + "/scenarios/bank-evenings-sundays.yaml"))
            .ok());
    EXPECT_EQ(model.rowCount(), int(doc->scenario().destinations.size()));
}

TEST(DestinationTableModel, EditIsOneUndoStepWithUserProvenance)
{
    auto doc = test::shippedDocument();
    DestinationTableModel model(doc.get());
    const Figure before = profile(*doc, "morocco").employerChargeRate;
    const QModelIndex cell = model.index(model.rowOf("morocco"),
                                         DestinationTableModel::EmployerChargesColumn);
    EXPECT_DOUBLE_EQ(cell.data(Qt::EditRole).toDouble(), 0.2109);
    EXPECT_DOUBLE_EQ(cell.data(DestinationTableModel::RawValueRole).toDouble(), 0.2109);

    ASSERT_TRUE(model.setData(cell, 0.25));
    const Figure after = profile(*doc, "morocco").employerChargeRate;
    EXPECT_DOUBLE_EQ(after.value, 0.25);
    EXPECT_EQ(after.provenance.source, DestinationTableModel::UserSource);
    EXPECT_FALSE(after.provenance.estimate);
    EXPECT_EQ(after.provenance.asOf, QDate::currentDate().toString(Qt::ISODate).toStdString());
    EXPECT_NE(after.provenance.note.find("CLEISS"), std::string::npos) << after.provenance.note;
    EXPECT_EQ(doc->undoStack()->count(), 1);
    EXPECT_TRUE(doc->undoStack()->undoText().contains(QStringLiteral("Employer charges")));
    EXPECT_TRUE(cell.data().toString().contains(QStringLiteral("25")));

    // A second edit keeps pointing at the published figure.
    ASSERT_TRUE(model.setData(cell, 0.26));
    EXPECT_EQ(profile(*doc, "morocco").employerChargeRate.provenance.note, after.provenance.note);
    EXPECT_EQ(doc->undoStack()->count(), 2);

    doc->undoStack()->undo();
    doc->undoStack()->undo();
    EXPECT_EQ(profile(*doc, "morocco").employerChargeRate, before);
    EXPECT_DOUBLE_EQ(cell.data(Qt::EditRole).toDouble(), 0.2109);
    EXPECT_FALSE(doc->isModified());
}

TEST(DestinationTableModel, UnchangedValueWritesNothing)
{
    auto doc = test::shippedDocument();
    DestinationTableModel model(doc.get());
    const QModelIndex cell = model.index(0, DestinationTableModel::SectorJobsColumn);
    EXPECT_TRUE(model.setData(cell, cell.data(Qt::EditRole)));
    EXPECT_EQ(doc->undoStack()->count(), 0);
}

TEST(DestinationTableModel, RefusesInvalidValuesNamingTheLimit)
{
    auto doc = test::shippedDocument();
    DestinationTableModel model(doc.get());
    QSignalSpy rejected(&model, &DestinationTableModel::rejected);
    const Scenario before = doc->scenario();
    const int morocco = model.rowOf("morocco");
    const int mauritius = model.rowOf("mauritius");

    struct Case
    {
        int row;
        int column;
        double value;
        QString expected; ///< part of the message naming the limit
    };
    const Case cases[] = {
        {morocco, DestinationTableModel::TypicalWageColumn, -458,
         QStringLiteral("greater than €0")},
        {morocco, DestinationTableModel::EmployerChargesColumn, 1.5, QStringLiteral("100%")},
        // Mauritius: 58 % partial French speakers, so full can be 42 % at most.
        {mauritius, DestinationTableModel::FrenchFullColumn, 0.5, QStringLiteral("42%")},
        {morocco, DestinationTableModel::PoliticalRiskColumn, 6, QStringLiteral("5")},
        {morocco, DestinationTableModel::TypicalWageColumn, 600, QStringLiteral("highest wage")},
        {morocco, DestinationTableModel::UtcWinterColumn, 15, QStringLiteral("+14")},
        // The loader's limit (limits::BonusMonthsPerYear): the table used to accept 13.
        {morocco, DestinationTableModel::BonusMonthsColumn, 13, QStringLiteral("12")},
    };
    for (const Case &c : cases) {
        const QModelIndex cell = model.index(c.row, c.column);
        EXPECT_FALSE(model.setData(cell, c.value)) << c.column;
        ASSERT_FALSE(rejected.isEmpty());
        const QList<QVariant> last = rejected.takeLast();
        EXPECT_EQ(last.at(0).toModelIndex(), cell);
        const QString message = last.at(1).toString();
        EXPECT_TRUE(message.contains(c.expected)) << message.toStdString();
    }
    EXPECT_FALSE(model.setData(model.index(morocco, 0), QString()));
    EXPECT_EQ(doc->scenario(), before);
    EXPECT_EQ(doc->undoStack()->count(), 0);
}

TEST(DestinationTableModel, TooltipsCarryTheSourceAndMarkEstimates)
{
    auto doc = test::shippedDocument();
    DestinationTableModel model(doc.get());
    const int morocco = model.rowOf("morocco");
    const QModelIndex seat = model.index(morocco, DestinationTableModel::SeatCostColumn);
    const QString tip = seat.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Maghreb default"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("estimate"), Qt::CaseInsensitive));
    EXPECT_TRUE(seat.data(DestinationTableModel::EstimateRole).toBool());
    EXPECT_TRUE(seat.data(Qt::FontRole).value<QFont>().italic());
    EXPECT_TRUE(seat.data(Qt::BackgroundRole).isValid());
    EXPECT_TRUE(seat.data().toString().startsWith(ui::DestinationColumns::estimateMarker()));

    const QModelIndex billed = model.index(morocco, DestinationTableModel::BilledRateColumn);
    EXPECT_TRUE(billed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("callofsuccess")));
    EXPECT_FALSE(billed.data(DestinationTableModel::EstimateRole).toBool());
    EXPECT_FALSE(billed.data().toString().startsWith(ui::DestinationColumns::estimateMarker()));
    EXPECT_FALSE(billed.data(Qt::BackgroundRole).isValid());

    const QString header
        = model.headerData(DestinationTableModel::BilledRateColumn, Qt::Horizontal).toString();
    EXPECT_TRUE(header.contains(QStringLiteral("Billed rate"))) << header.toStdString();
    EXPECT_TRUE(header.contains(QStringLiteral("€/h")));
}

TEST(DestinationTableModel, FrenchLocaleFormatsNumbers)
{
    auto doc = test::shippedDocument();
    DestinationTableModel model(doc.get());
    const int morocco = model.rowOf("morocco");
    ASSERT_TRUE(
        model.setData(model.index(morocco, DestinationTableModel::BilledRateColumn), 1234.5));
    const ui::LanguageScope french(QStringLiteral("fr"));
    const QString group = QLocale().groupSeparator();
    EXPECT_EQ(model.index(morocco, DestinationTableModel::BilledRateColumn).data().toString(),
              QStringLiteral("1") + group + QStringLiteral("234,5"));
    EXPECT_EQ(model.index(morocco, DestinationTableModel::SectorJobsColumn).data().toString(),
              QStringLiteral("100") + group + QStringLiteral("000"));
    EXPECT_EQ(model.index(morocco, 0).data().toString(), QStringLiteral("Maroc"));
    EXPECT_TRUE(model.index(morocco, DestinationTableModel::EmployerChargesColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("21,09")));
}

TEST(DestinationsPage, AddDuplicateRemoveAreUndoable)
{
    auto doc = test::shippedDocument();
    ui::EngineRunner engine;
    DestinationsPage page(doc.get(), &engine);
    test::ModelTesterGuard guard(page.model());
    const Scenario original = doc->scenario();
    EXPECT_TRUE(page.addMenu()->isEmpty()); // every shipped profile is in the scenario

    // Remove Morocco: one step, and it becomes addable.
    page.selectDestination(indexOf(original, "morocco"));
    ASSERT_TRUE(page.removeAction()->isEnabled());
    page.removeAction()->trigger();
    EXPECT_EQ(indexOf(doc->scenario(), "morocco"), -1);
    EXPECT_EQ(doc->undoStack()->count(), 1);
    ASSERT_EQ(page.addMenu()->actions().size(), 1);
    page.addMenu()->actions().front()->trigger();
    EXPECT_EQ(indexOf(doc->scenario(), "morocco"), 4);
    EXPECT_EQ(page.currentDestination(), 4);
    EXPECT_EQ(doc->undoStack()->count(), 2);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    EXPECT_EQ(doc->scenario(), original);

    // Duplicate: a copy with a unique id and name, right after the original.
    page.selectDestination(indexOf(original, "morocco"));
    page.duplicateAction()->trigger();
    page.selectDestination(indexOf(doc->scenario(), "morocco"));
    page.duplicateAction()->trigger();
    const Scenario &dup = doc->scenario();
    ASSERT_EQ(dup.destinations.size(), 7u);
    const DestinationProfile &copy = profile(*doc, "morocco-2");
    EXPECT_EQ(copy.name, "Morocco (copy)");
    EXPECT_EQ(copy.nameFr, "Maroc (copie)");
    EXPECT_EQ(copy.agentWage, profile(*doc, "morocco").agentWage);
    EXPECT_EQ(profile(*doc, "morocco-3").name, "Morocco (copy 2)");
    EXPECT_EQ(indexOf(dup, "morocco-3"), indexOf(dup, "morocco") + 1);
    EXPECT_EQ(doc->undoStack()->count(), 2);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    EXPECT_EQ(doc->scenario(), original);

    // Removing the incumbent clears it; at least one destination remains.
    page.selectDestination(indexOf(original, "france"));
    page.removeAction()->trigger();
    EXPECT_TRUE(doc->scenario().incumbent.empty());
    while (doc->scenario().destinations.size() > 1) {
        page.selectDestination(0);
        page.removeAction()->trigger();
    }
    EXPECT_FALSE(page.removeAction()->isEnabled());
    page.removeCurrent();
    EXPECT_EQ(doc->scenario().destinations.size(), 1u);
    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    EXPECT_EQ(doc->scenario(), original);
}

TEST(DestinationsPage, EditedAndDuplicatedScenarioEvaluatesAndSavesBack)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto doc = test::shippedDocument();
    ui::EngineRunner engine;
    DestinationsPage page(doc.get(), &engine);
    page.selectDestination(indexOf(doc->scenario(), "tunisia"));
    page.duplicateCurrent();
    const int copy = page.model()->rowOf("tunisia-2");
    ASSERT_TRUE(page.model()->setData(
        page.model()->index(copy, DestinationTableModel::BilledRateColumn), 13.5));
    ASSERT_TRUE(page.model()->setData(
        page.model()->index(copy, DestinationTableModel::EnglishFullColumn), 0.2));
    // 13.5 EUR/h is above the copied range (max 12): the range widens to hold it and says so.
    const DestinationProfile &edited = doc->scenario().destinations[std::size_t(copy)];
    ASSERT_TRUE(edited.billedRatePerHour.max.has_value());
    EXPECT_EQ(*edited.billedRatePerHour.max, 13.5);
    EXPECT_NE(edited.billedRatePerHour.provenance.note.find("Range widened"), std::string::npos);

    engine.request(doc->scenario());
    engine.waitForIdle();
    ASSERT_TRUE(engine.latest());
    EXPECT_EQ(engine.latest()->evaluation.sites.size(), 6u);
    EXPECT_TRUE(page.details()->toPlainText().contains(QStringLiteral("Latest result")));

    const QString path = dir.filePath(QStringLiteral("edited.yaml"));
    ASSERT_TRUE(doc->save(path).ok());
    ui::ScenarioDocument again(test::shippedLibrary());
    ASSERT_TRUE(again.load(path).ok());
    EXPECT_EQ(again.scenario().destinations, doc->scenario().destinations);
}

TEST(DestinationsPage, RefusedEditIsExplainedUnderTheTable)
{
    auto doc = test::shippedDocument();
    ui::EngineRunner engine;
    DestinationsPage page(doc.get(), &engine);
    page.resize(1280, 800);
    page.show();
    const int morocco = page.model()->rowOf("morocco");
    EXPECT_FALSE(page.model()->setData(
        page.model()->index(morocco, DestinationTableModel::EmployerChargesColumn), 1.5));
    const QString message = page.messageLabel()->text();
    EXPECT_TRUE(message.contains(QStringLiteral("Morocco"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("100%"))) << message.toStdString();
    // The next accepted edit clears it.
    EXPECT_TRUE(page.model()->setData(
        page.model()->index(morocco, DestinationTableModel::EmployerChargesColumn), 0.22));
    EXPECT_TRUE(page.messageLabel()->text().isEmpty());
}

TEST(DestinationsPage, SidePanelShowsTimeZoneAndSourcedNotes)
{
    auto doc = test::shippedDocument();
    ui::EngineRunner engine;
    DestinationsPage page(doc.get(), &engine);
    page.selectDestination(indexOf(doc->scenario(), "morocco"));
    const QString text = page.details()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Africa/Casablanca")));
    EXPECT_TRUE(text.contains(QStringLiteral("Ramadan")));
    EXPECT_TRUE(text.contains(QStringLiteral("TelQuel, 2022-05")));

    page.showGroup(DestinationsPage::CostsGroup);
    EXPECT_TRUE(page.table()->isColumnHidden(DestinationTableModel::TypicalWageColumn));
    EXPECT_FALSE(page.table()->isColumnHidden(DestinationTableModel::BilledRateColumn));
    EXPECT_FALSE(page.table()->isColumnHidden(DestinationTableModel::NameColumn));
    page.showGroup(DestinationsPage::AllGroup);
    EXPECT_FALSE(page.table()->isColumnHidden(DestinationTableModel::TypicalWageColumn));
}

TEST(DestinationTableModel, DelegateEditsSharesInPercentAndSkipsUnchangedValues)
{
    auto doc = test::shippedDocument();
    DestinationTableModel model(doc.get());
    ui::ValueDelegate delegate;
    QWidget parent;
    const QModelIndex cell = model.index(model.rowOf("mauritius"),
                                         DestinationTableModel::MinWageColumn);
    const QModelIndex charges = model.index(model.rowOf("morocco"),
                                            DestinationTableModel::EmployerChargesColumn);

    std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, {}, charges));
    auto *spin = qobject_cast<QDoubleSpinBox *>(editor.get());
    ASSERT_TRUE(spin);
    delegate.setEditorData(spin, charges);
    EXPECT_DOUBLE_EQ(spin->value(), 21.09);
    EXPECT_TRUE(spin->suffix().contains(QLatin1Char('%')));
    delegate.setModelData(spin, &model, charges); // unchanged: nothing written
    EXPECT_EQ(doc->undoStack()->count(), 0);
    spin->setValue(21.5);
    delegate.setModelData(spin, &model, charges);
    EXPECT_DOUBLE_EQ(profile(*doc, "morocco").employerChargeRate.value, 0.215);
    EXPECT_EQ(doc->undoStack()->count(), 1);

    // A wage shown rounded keeps its exact value when the editor closes unchanged.
    std::unique_ptr<QWidget> wageEditor(delegate.createEditor(&parent, {}, cell));
    delegate.setEditorData(wageEditor.get(), cell);
    delegate.setModelData(wageEditor.get(), &model, cell);
    EXPECT_EQ(doc->undoStack()->count(), 1);
}
