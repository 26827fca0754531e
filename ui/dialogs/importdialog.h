#pragma once

#include "models/importerrormodel.h"

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace td::ui {

/// New dossier from a bid workbook (CSV folder or .xlsx). Reads and writes in the background
/// with a progress bar and Cancel; every error is listed with file, row and column and can be
/// copied; on any error nothing is written. "Evaluate right after the import" (on by default)
/// runs the rules as soon as the workbook is read, beside the rest of the write
/// (service::importWorkbook with ImportOptions::evaluate), so the dossier opens with a
/// stored run.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setSource(const QString &path);
    void setTarget(const QString &path);
    QString target() const;
    /// Starts the import (the Import button).
    void start();
    bool isRunning() const;
    /// Whether the import also evaluates (the check box).
    void setEvaluateAfterImport(bool evaluate);
    ImportErrorModel *errors() const { return m_errors; }

    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString failure;        ///< storage or other error, when not a workbook error list
        bool evaluated = false; ///< a run was stored with the import
        std::vector<ImportErrorRow> errors;
    };

Q_SIGNALS:
    void finished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslate();
    void chooseFolder();
    void chooseWorkbook();
    void chooseTarget();
    void done(const Outcome &outcome);
    void copyErrors();
    void updateButtons();

    QLabel *m_sourceLabel, *m_targetLabel, *m_status;
    QLineEdit *m_source, *m_target;
    QPushButton *m_folderButton, *m_xlsxButton, *m_targetButton, *m_importButton, *m_cancelButton,
        *m_copyButton;
    QCheckBox *m_evaluateBox;
    QProgressBar *m_progress;
    QTableView *m_table;
    ImportErrorModel *m_errors;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<qint64>> m_done, m_total;
    std::shared_ptr<std::atomic<int>> m_phase;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    class QTimer *m_timer;
};

} // namespace td::ui
