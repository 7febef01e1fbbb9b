// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scenario_document.h"

#include "escale/data/profile_library.h"
#include "escale/data/scenario_io.h"

#include <QAbstractItemModelTester>
#include <QtGlobal>

#include <gtest/gtest.h>

#include <memory>

namespace escale::test {

inline std::string dataDir()
{
    return std::string(ESCALE_SOURCE_DIR) + "/data";
}

inline data::ProfileLibrary shippedLibrary()
{
    auto library = data::loadLibrary(dataDir() + "/destinations");
    EXPECT_TRUE(library.ok());
    return library.value();
}

/** A document holding the shipped scenario `name` (file stem in data/scenarios). */
inline std::unique_ptr<ui::ScenarioDocument> shippedDocument(const std::string &name
                                                             = "ecommerce-multichannel")
{
    auto document = std::make_unique<ui::ScenarioDocument>(shippedLibrary());
    const ui::Status loaded = document->load(
        QString::fromStdString(dataDir() + "/scenarios/" + name + ".yaml"));
    EXPECT_TRUE(loaded.ok()) << loaded.error().toStdString();
    return document;
}

/**
 * Runs QAbstractItemModelTester on `model` with failures reported to GoogleTest (the tester's
 * Warning mode plus a message handler that turns its warnings into test failures).
 */
class ModelTesterGuard
{
public:
    explicit ModelTesterGuard(QAbstractItemModel *model)
    {
        // One handler for all guards alive at once; the first installs it, the last removes it.
        if (s_guards++ == 0)
            s_previous = qInstallMessageHandler(&ModelTesterGuard::handler);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Warning);
    }
    ~ModelTesterGuard()
    {
        m_tester.reset();
        if (--s_guards == 0)
            qInstallMessageHandler(s_previous);
    }

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (QByteArray(context.category ? context.category : "").startsWith("qt.modeltest")
            && type >= QtWarningMsg)
            ADD_FAILURE() << "QAbstractItemModelTester: " << message.toStdString();
        else if (s_previous)
            s_previous(type, context, message);
    }
    static inline QtMessageHandler s_previous = nullptr;
    static inline int s_guards = 0;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace escale::test
