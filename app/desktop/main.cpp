// SPDX-License-Identifier: GPL-3.0-or-later
// escale: the desktop application. Wiring only: settings, language, data, window.
#include "core/engine_runner.h"
#include "core/language.h"
#include "core/scenario_document.h"
#include "core/settings.h"
#include "window/main_window.h"
#include "window/screenshot.h"
#include "window/startup_probe.h"

#include "escale/data/profile_library.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Escale"));
    QCoreApplication::setApplicationName(QStringLiteral("Escale"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ESCALE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.escale.Escale"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/escale.svg")));

    QSettings store;
    const escale::ui::Settings settings = escale::ui::Settings::load(store);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Onshore or offshore: a decision tool for contact-centre outsourcing."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("scenario"),
                                 QStringLiteral("Scenario file to open (YAML)."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Interface language: fr or en."),
                                  QStringLiteral("code"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of every page as <prefix>-<page>.png, then quit."),
        QStringLiteral("prefix"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Window size for --screenshot, e.g. 1280x800."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption quitWhenDrawn(
        QStringLiteral("quit-when-drawn"),
        QStringLiteral("Print the time to a drawn window with results, then quit (benchmark)."));
    parser.addOptions({lang, screenshot, size, quitWhenDrawn});
    parser.process(app);

    escale::ui::Language::install(
        escale::ui::Language::resolve(parser.isSet(lang) ? parser.value(lang) : settings.language));

    auto library = escale::data::loadLibrary(escale::data::defaultProfilesDirectory());
    if (!library) {
        QMessageBox::critical(
            nullptr, QObject::tr("Escale cannot start"),
            QObject::tr("The destination profiles could not be loaded:\n\n%1")
                .arg(QString::fromStdString(escale::data::formatErrors(library.error()))));
        return 2;
    }

    escale::ui::ScenarioDocument document(std::move(library).value());
    escale::ui::EngineRunner engine;
    escale::ui::MainWindow window(&document, &engine, &store);
    const QStringList files = parser.positionalArguments();
    window.openInitial(files.isEmpty() ? QString() : files.front());

    if (parser.isSet(screenshot))
        return escale::ui::saveScreenshots(window, engine, parser.value(screenshot),
                                           parser.value(size));
    if (parser.isSet(quitWhenDrawn))
        new escale::ui::StartupProbe(&window, &engine, clock);
    window.show();
    return app.exec();
}
