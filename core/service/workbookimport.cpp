#include "workbookimport.h"

#include "storage/dossier.h"
#include "storage/tendertables.h"
#include "storedrun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace td::service {

namespace {

// The meeting point of the reader (its thread) and the writer (the caller's thread, plus the
// writer's digest thread). Demand rows are read in place in the reader's vector: the writer
// gets pointers to rows already read, and the reader waits before the vector moves them.
class StreamingFeed final : public io::ImportStream, public storage::TenderDataFeed
{
public:
    // The reader's side.
    void headerRead(const model::TenderData &data) override
    {
        std::unique_lock lock(m_mutex);
        m_header = &data;
        m_headerReady = true;
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return m_headerWritten || m_writerGone; });
    }

    void demandRead(const model::Demand *rows, size_t count, bool last) override
    {
        std::lock_guard lock(m_mutex);
        m_rows = rows;
        m_count = count;
        m_demandDone = last;
        m_changed.notify_all();
    }

    void beforeRowsMove() override
    {
        // Both demand readers must be waiting for rows (holding none) or done with them.
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock,
                       [this] { return m_writerGone || m_waiting + m_consumed == DemandReaders; });
        m_rows = nullptr; // until the next demandRead() says where they went
    }

    void finish(io::ImportResult &&result)
    {
        std::lock_guard lock(m_mutex);
        m_result = std::move(result);
        m_finished = true;
        m_changed.notify_all();
    }

    // The writer's side.
    const model::TenderData *header() override
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_headerReady || m_finished; });
        return m_headerReady ? m_header : nullptr;
    }

    void headerWritten() override
    {
        std::lock_guard lock(m_mutex);
        m_headerWritten = true;
        m_changed.notify_all();
    }

    size_t demand(size_t have, const model::Demand **rows) override
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            if (m_rows && m_count > have) {
                *rows = m_rows;
                return m_count;
            }
            if (m_demandDone || m_finished)
                return have; // no more rows (all read, or the read ended early)
            ++m_waiting;
            m_changed.notify_all();
            m_changed.wait(lock);
            --m_waiting;
        }
    }

    void demandConsumed() override
    {
        std::lock_guard lock(m_mutex);
        ++m_consumed;
        m_changed.notify_all();
    }

    const model::TenderData *complete() override
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_finished; });
        return m_result.ok() ? &*m_result.data : nullptr;
    }

    // The caller's side: the writer has returned (maybe without asking for anything).
    void writerGone()
    {
        std::lock_guard lock(m_mutex);
        m_writerGone = true;
        m_changed.notify_all();
    }

    io::ImportResult takeResult() { return std::move(m_result); }
    /// The data read, once finish() was called with a valid result: stays where it is until
    /// takeResult(), so the rules may read it beside the writer.
    const model::TenderData *finishedData() const
    {
        return m_result.ok() ? &*m_result.data : nullptr;
    }

private:
    static constexpr int DemandReaders = 2; // the inserting and the hashing thread

    std::mutex m_mutex;
    std::condition_variable m_changed;
    const model::TenderData *m_header = nullptr;
    bool m_headerReady = false, m_headerWritten = false;
    const model::Demand *m_rows = nullptr;
    size_t m_count = 0;
    bool m_demandDone = false;
    int m_waiting = 0, m_consumed = 0;
    bool m_finished = false, m_writerGone = false;
    io::ImportResult m_result;
};

} // namespace

WorkbookImport importWorkbook(storage::Dossier &dossier, const QString &workbook,
                              const QString &source, const ImportOptions &options)
{
    StreamingFeed feed;
    // Filled on the reader's thread when asked to evaluate: the rules run on the data as soon
    // as it is all read, and the run is encoded, while the writer stores the last demand rows,
    // fx rates and references and commits (a national batch: ~120 ms beside ~100 ms of writing).
    std::optional<model::Parameters> parameters;
    std::optional<rules::EvaluationOutcome> outcome;
    std::optional<QByteArray> stored;
    WorkbookImport out;
    QElapsedTimer clock;
    clock.start();
    std::thread reader([&] {
        feed.finish(io::readWorkbook(workbook, feed, options.progress));
        out.timeline.readMs = clock.elapsed();
        const model::TenderData *data = feed.finishedData();
        if (!options.evaluate || !data)
            return;
        // The reader has checked the tender's parameters text; a rule set it does not know is
        // refused there too, so this holds for every valid workbook.
        auto defaults = defaultParameters(data->tender);
        if (auto *p = std::get_if<model::Parameters>(&defaults))
            parameters = *p;
        if (!parameters)
            return;
        outcome = rules::evaluate(*data, *parameters);
        out.timeline.rulesMs = clock.elapsed();
        if (outcome->result) { // the run's stored form, while the writer finishes too
            stored = encodeStoredRun(*outcome->result);
            out.timeline.encodedMs = clock.elapsed();
        }
    });
    QString error;
    out.stored = dossier.replaceTenderData(feed, source, &error);
    out.timeline.committedMs = out.stored ? clock.elapsed() : 0;
    feed.writerGone();
    // The rules and the run's encoding still run on the reader's thread: meanwhile this one
    // copies the tables just committed from the write-ahead log into the dossier file. Else
    // that copy came after the run: at the run's commit and when the dossier closed (storing
    // the run took 42-50 instead of 13-16 ms national, 0.76-0.82 instead of 0.13-0.15 s large).
    if (out.stored && options.evaluate)
        dossier.checkpoint();
    reader.join();
    out.read = feed.takeResult();
    if (!out.stored && out.read.ok())
        out.storageError = error;
    if (out.stored && parameters && outcome) {
        // The input digest is the one the import recorded for these very rows (cached by the
        // dossier at its commit), not a second hash of them.
        out.evaluation = storeEvaluation(dossier, *parameters, QString(), std::move(*outcome),
                                         std::move(stored));
        // The step durations are the gaps between the timeline's ends.
        const WorkbookImport::Timeline &t = out.timeline;
        out.evaluation->timings.rulesMs = t.rulesMs - t.readMs;
        out.evaluation->timings.encodeMs = t.encodedMs > 0 ? t.encodedMs - t.rulesMs : 0;
        out.timeline.storedMs = out.evaluation->runId ? clock.elapsed() : 0;
    }
    return out;
}

WorkbookImport importWorkbook(const QString &dossierPath, const QString &workbook,
                              const QString &source, const ImportOptions &options)
{
    const bool existed = QFileInfo::exists(dossierPath);
    storage::OpenError openError;
    auto dossier =
        storage::Dossier::open(dossierPath, storage::Dossier::Mode::CreateIfMissing, &openError);
    if (!dossier) {
        WorkbookImport out;
        // The workbook's own errors come first, as when it is read before the dossier opens.
        out.read = io::readWorkbook(workbook, options.progress);
        if (out.read.ok())
            out.storageError = openError.message;
        return out;
    }
    WorkbookImport out = importWorkbook(*dossier, workbook, source, options);
    if (!out.stored) {
        dossier.reset();
        if (!existed)
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(dossierPath + QLatin1String(suffix));
    }
    return out;
}

} // namespace td::service
