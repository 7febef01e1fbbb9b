// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report_data.h"
#include "report/report_options.h"

#include "core/status.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace escale::ui {

class ReportDocument;
class ReportPreview;
class ScenarioDocument;

/**
 * File > Export report…: which sections, which language, the author, a preview of the pages,
 * and Save (atomic). The SMAA-2 run and the switching values of the robustness section (about
 * 20 ms and 0.3 s for the shipped scenarios) run on a worker thread once, when the dialog opens; the layout and the preview,
 * which build charts, run on the GUI thread after every change (about 0.2 s).
 */
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    /** `results` must be the evaluation of `document`'s current scenario. */
    ReportDialog(const ScenarioDocument *document, ResultsPtr results, const QString &language,
                 QWidget *parent = nullptr);
    ~ReportDialog() override;

    ReportOptions options() const;
    void setSectionChecked(ReportSection section, bool checked);
    void setLanguage(const QString &code);
    void setAuthor(const QString &author);

    /** Pages of the report as it stands; 0 until the uncertainty analysis is done. */
    int pageCount() const;
    /** True once the SMAA run is done and the preview shows the current options. */
    bool isReady() const;
    /** Processes events until isReady() or `milliseconds` pass (tests). */
    bool waitUntilReady(int milliseconds);
    /** Writes the PDF; an empty string or the error (shown to the user by save()). */
    Status saveTo(const QString &path);

signals:
    void previewUpdated(int pages);

private:
    void createWidgets();
    void startAnalyses();
    void analysesFinished();
    void scheduleUpdate();
    void updatePreview();
    void save();

    ReportData m_data;
    QString m_suggestedPath;
    std::unique_ptr<ReportDocument> m_report;
    /** What the robustness section needs computed off the GUI thread. */
    struct Analyses
    {
        mcda::SmaaResult smaa;
        SwitchingAnalysis switching;
    };
    QFutureWatcher<Analyses> m_analyses;
    std::atomic<bool> m_cancel{false};
    bool m_smaaDone = false;
    bool m_dirty = true;

    QList<QCheckBox *> m_sections;
    QComboBox *m_language = nullptr;
    QLineEdit *m_author = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_save = nullptr;
    ReportPreview *m_preview = nullptr;
    QTimer *m_update = nullptr;
};

} // namespace escale::ui
