#pragma once

#include "model/evaluationresult.h"
#include "model/tenderdata.h"
#include "models/fieldedit.h"
#include "storage/dossier.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace td::ui {

/// One open dossier as the window sees it: the tender data and the shown evaluation result in
/// memory, and the storage::Dossier itself.
///
/// A Dossier belongs to the thread that opened it, so the session keeps it on a private
/// one-thread pool (the "dossier thread") and runs every storage call there: quick ones (an
/// edit, the run list) are waited for, long ones (open, evaluate) return futures so the UI
/// thread never blocks on them. Only one long job runs at a time (isBusy()).
class DossierSession : public QObject
{
    Q_OBJECT
public:
    struct OpenResult
    {
        std::shared_ptr<DossierSession> session;
        storage::OpenError error;
    };

    /// Opens `path` on a new dossier thread and loads its tender data and latest run.
    /// Runs in the background; the future's result has either a session or an error.
    static QFuture<OpenResult> open(const QString &path, storage::Dossier::Mode mode);
    /// The same, waiting (tests, command line).
    static OpenResult openNow(const QString &path, storage::Dossier::Mode mode);

    ~DossierSession() override;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    bool hasTenderData() const { return m_data != nullptr; }
    const model::TenderData *data() const { return m_data.get(); }
    const model::EvaluationResult *result() const { return m_result.get(); }
    /// The shown result, shared (never copied): holders keep it alive after it is replaced.
    std::shared_ptr<const model::EvaluationResult> sharedResult() const { return m_result; }
    std::optional<qint64> resultRunId() const { return m_resultRunId; }
    /// True when the data changed after the shown result was computed.
    bool isResultStale() const { return m_stale; }
    bool isBusy() const { return m_busy; }

    /// Checks an edit the way the importer checks the workbook (formats.md §1): the reason it
    /// is refused, or none.
    std::optional<QString> validate(const FieldEdit &edit) const;
    /// Writes one field through Dossier::updateField (audited) and updates the data in memory.
    bool applyEdit(const FieldEdit &edit, bool undo, QString *error);

    /// Evaluation runs, newest last.
    std::vector<storage::Dossier::RunInfo> runs();
    std::optional<model::EvaluationResult> loadRun(qint64 runId);
    /// Shows `result` (from run `runId`).
    void setResult(model::EvaluationResult result, std::optional<qint64> runId);

    struct EvaluationJob
    {
        /// Shared, so handing the job from the dossier thread to the window copies nothing.
        std::shared_ptr<const model::EvaluationResult> result;
        std::optional<qint64> runId;
        QStringList errors;
    };
    /// Evaluates the stored tender with `parameters` and stores the run, in the background.
    /// `done`/`total` are updated as products finish; `cancel` stops it.
    QFuture<EvaluationJob> evaluate(const model::Parameters &parameters,
                                    std::shared_ptr<std::atomic<int>> done,
                                    std::shared_ptr<std::atomic<int>> total,
                                    std::shared_ptr<std::atomic<bool>> cancel);

    /// Writes a byte-identical copy of the dossier to `target` (SQLite backup: consistent even
    /// while open).
    bool saveCopy(const QString &target, QString *error);
    /// Exports the tender data as a CSV workbook folder.
    bool exportCsv(const QString &dir, QString *error);

    /// Maps an edit table to storage's.
    static storage::Dossier::Table storageTable(EditTable table);

Q_SIGNALS:
    /// A field changed (after an edit or its undo).
    void fieldChanged(const td::ui::FieldEdit &edit);
    /// The shown result changed (evaluation finished, run loaded).
    void resultChanged();
    void staleChanged(bool stale);

private:
    DossierSession();
    template<typename F>
    auto runOnDossierThread(F &&f);
    bool applyToData(const FieldEdit &edit, const QString &value);

    std::unique_ptr<QThreadPool> m_pool;
    std::unique_ptr<storage::Dossier> m_dossier; ///< used on the dossier thread only
    std::unique_ptr<model::TenderData> m_data;
    std::shared_ptr<const model::EvaluationResult> m_result;
    std::optional<qint64> m_resultRunId;
    QString m_path;
    bool m_readOnly = false;
    bool m_stale = false;
    bool m_busy = false;
};

} // namespace td::ui
