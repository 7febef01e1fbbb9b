// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario_document.h"

#include "scenario_edit_command.h"

#include "escale/data/scenario_io.h"

#include <QFileInfo>

namespace escale::ui {

ScenarioDocument::ScenarioDocument(data::ProfileLibrary library, QObject *parent)
    : QObject(parent)
    , m_library(std::move(library))
{
    connect(&m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

QString ScenarioDocument::displayName() const
{
    if (!m_scenario.name.empty())
        return QString::fromStdString(m_scenario.name);
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).completeBaseName();
    return tr("Untitled");
}

void ScenarioDocument::apply(const Scenario &next, const QString &text, MergeId mergeId,
                             int session)
{
    if (next == m_scenario)
        return;
    m_undo.push(new ScenarioEditCommand(this, m_scenario, next, text, mergeId, session));
}

void ScenarioDocument::setScenario(const Scenario &scenario)
{
    m_scenario = scenario;
    emit scenarioChanged();
}

void ScenarioDocument::reset(const Scenario &scenario, const QString &filePath)
{
    m_scenario = scenario;
    m_filePath = filePath;
    m_undo.clear();
    m_undo.setClean();
    emit fileChanged(m_filePath);
    emit scenarioChanged();
    emit modifiedChanged(false);
}

Status ScenarioDocument::load(const QString &path)
{
    data::LoadResult<Scenario> result = data::loadScenario(path.toStdString(), m_library);
    if (!result)
        return QString::fromStdString(data::formatErrors(result.error())).trimmed();
    reset(result.value(), QFileInfo(path).absoluteFilePath());
    return Status::success();
}

Status ScenarioDocument::save(const QString &path)
{
    const QString target = path.isEmpty() ? m_filePath : path;
    if (target.isEmpty())
        return tr("No file name given.");
    const data::Status saved = data::saveScenario(target.toStdString(), m_scenario, m_library);
    if (!saved)
        return QString::fromStdString(saved.error());
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (absolute != m_filePath) {
        m_filePath = absolute;
        emit fileChanged(m_filePath);
    }
    m_undo.setClean();
    return Status::success();
}

void ScenarioDocument::newScenario()
{
    data::LoadResult<Scenario> shipped = data::loadScenario(data::defaultScenarioPath(), m_library);
    Scenario scenario = shipped ? shipped.value() : Scenario{};
    scenario.name = tr("New scenario").toStdString();
    scenario.client.clear();
    scenario.description.clear();
    if (!shipped) {
        scenario.destinations = m_library.profiles;
        scenario.exchangeRates = m_library.rates;
    }
    reset(scenario, QString());
}

} // namespace escale::ui
