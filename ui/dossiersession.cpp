#include "dossiersession.h"

#include "io/workbookwriter.h"
#include "money/currency.h"
#include "service/evaluation.h"
#include "service/fieldvalidation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent>
#include <future>

namespace td::ui {

using storage::Dossier;

namespace {

std::unique_ptr<QThreadPool> makeDossierThread()
{
    auto pool = std::make_unique<QThreadPool>();
    // One thread that never expires: every call lands on the thread that opened the dossier.
    pool->setMaxThreadCount(1);
    pool->setExpiryTimeout(-1);
    return pool;
}

} // namespace

DossierSession::DossierSession() = default;

DossierSession::~DossierSession()
{
    if (m_pool) {
        // Close the dossier on its own thread (its connection belongs there).
        auto done = QtConcurrent::run(m_pool.get(), [this] { m_dossier.reset(); });
        done.waitForFinished();
        m_pool->waitForDone();
    }
}

template <typename F> auto DossierSession::runOnDossierThread(F &&f)
{
    auto future = QtConcurrent::run(m_pool.get(), std::forward<F>(f));
    return future.result();
}

QFuture<DossierSession::OpenResult> DossierSession::open(const QString &path, Dossier::Mode mode)
{
    std::shared_ptr<DossierSession> session(new DossierSession);
    session->m_pool = makeDossierThread();
    session->m_path = QFileInfo(path).absoluteFilePath();
    QThreadPool *pool = session->m_pool.get();
    return QtConcurrent::run(pool, [session, mode]() mutable {
        OpenResult out;
        // A session must die on the UI thread: its destructor waits for the dossier thread,
        // which is this one. Failed sessions are handed back there to be released.
        auto release = [&session] {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [s = std::move(session)]() mutable { s.reset(); },
                Qt::QueuedConnection);
        };
        auto dossier = Dossier::open(session->m_path, mode, &out.error);
        if (!dossier) {
            release();
            return out;
        }
        session->m_readOnly = dossier->isReadOnly();
        if (dossier->hasTenderData()) {
            QString error;
            auto data = dossier->loadTenderData(&error);
            if (!data) {
                out.error.kind = storage::OpenError::Damaged;
                out.error.message = tr("The tender data in %1 cannot be read: %2")
                                        .arg(QDir::toNativeSeparators(session->m_path), error);
                dossier.reset();
                release();
                return out;
            }
            session->m_data = std::make_unique<model::TenderData>(std::move(*data));
            // Whether the latest run is stale is a question about the rows just loaded: hash
            // them (from the model, half the time of re-reading the tables) beside reading
            // the run back.
            const model::TenderData &loaded = *session->m_data;
            std::future<QString> digest = std::async(
                std::launch::async, [&loaded] { return Dossier::inputDigestOf(loaded); });
            if (auto runId = service::latestRunId(*dossier)) {
                if (auto result = service::loadRun(*dossier, *runId)) {
                    session->m_result =
                        std::make_shared<const model::EvaluationResult>(std::move(*result));
                    session->m_resultRunId = runId;
                    session->m_stale = dossier->runs().back().inputDigest != digest.get();
                }
            }
        }
        session->m_dossier = std::move(dossier);
        out.session = std::move(session);
        return out;
    });
}

DossierSession::OpenResult DossierSession::openNow(const QString &path, Dossier::Mode mode)
{
    auto future = open(path, mode);
    future.waitForFinished();
    return future.result();
}

Dossier::Table DossierSession::storageTable(EditTable table)
{
    switch (table) {
    case EditTable::Tender:
        return Dossier::Table::Tender;
    case EditTable::Bidders:
        return Dossier::Table::Bidder;
    case EditTable::Bids:
        return Dossier::Table::Bid;
    case EditTable::Demand:
        return Dossier::Table::Demand;
    case EditTable::References:
        break;
    }
    return Dossier::Table::Reference;
}

std::optional<QString> DossierSession::validate(const FieldEdit &edit) const
{
    // The value rules are core's (formats.md §1); the session only supplies the context.
    const model::TenderData empty;
    const model::TenderData &data = m_data ? *m_data : empty;
    model::Parameters parameters;
    parameters.ruleSet = data.tender.ruleSet;
    if (m_data) {
        const auto defaults = service::defaultParameters(data.tender);
        if (const auto *p = std::get_if<model::Parameters>(&defaults))
            parameters = *p;
    }
    return service::validateField(storageTable(edit.table), edit.column, edit.newValue, data,
                                  parameters);
}

bool DossierSession::applyToData(const FieldEdit &edit, const QString &value)
{
    if (!m_data)
        return false;
    const QString &c = edit.column;
    const QString key = edit.key.value(0);
    switch (edit.table) {
    case EditTable::Tender:
        if (c == u"parameters")
            m_data->tender.parameters = value;
        else if (c == u"rule_set")
            m_data->tender.ruleSet = model::ruleSetFromName(value).value_or(m_data->tender.ruleSet);
        return true;
    case EditTable::Bids:
        for (model::Bid &b : m_data->bids) {
            if (b.id != key)
                continue;
            if (c == u"pack_price")
                b.packPrice = money::Decimal::parse(value).value_or(b.packPrice);
            else if (c == u"currency")
                b.currency = value;
            else if (c == u"accepts_revival")
                b.acceptsRevival = value == u"yes";
            return true;
        }
        return false;
    case EditTable::Bidders:
        for (model::Bidder &b : m_data->bidders) {
            if (b.id != key)
                continue;
            if (c == u"name")
                b.name = value;
            else if (c == u"country")
                b.country = value;
            else if (c == u"gmp")
                b.gmp = value == u"yes";
            else if (c == u"quality")
                b.quality = model::qualityCodeFromName(value).value_or(b.quality);
            else if (c == u"registered_in")
                b.registeredIn = value.isEmpty() ? QStringList() : value.split(u';');
            return true;
        }
        return false;
    case EditTable::References:
        for (model::ReferencePrice &r : m_data->references) {
            if (r.productId != edit.key.value(0) || r.market != edit.key.value(1) ||
                r.date.toString(Qt::ISODate) != edit.key.value(2))
                continue;
            if (c == u"unit_price")
                r.unitPrice = money::Decimal::parse(value).value_or(r.unitPrice);
            else if (c == u"currency")
                r.currency = value;
            else if (c == u"source")
                r.source = value;
            return true;
        }
        return false;
    case EditTable::Demand:
        for (model::Demand &d : m_data->demand) {
            if (d.productId != edit.key.value(0) || d.buyerId != edit.key.value(1))
                continue;
            if (c == u"quantity")
                d.quantity = money::Decimal::parse(value).value_or(d.quantity);
            else if (c == u"currency")
                d.currency = value;
            else if (c == u"country")
                d.country = value;
            return true;
        }
        return false;
    }
    return false;
}

bool DossierSession::applyEdit(const FieldEdit &edit, bool undo, QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = tr("The dossier is open read-only");
        return false;
    }
    if (m_busy) {
        if (error)
            *error = tr("Wait until the running evaluation has finished");
        return false;
    }
    const QString value = undo ? edit.oldValue : edit.newValue;
    const QString key = edit.key.size() == 1 ? edit.key.front() : Dossier::compositeKey(edit.key);
    const auto table = storageTable(edit.table);
    QString message;
    const bool ok = runOnDossierThread([this, table, key, column = edit.column, value, &message] {
        return m_dossier->updateField(table, key, column, value, &message);
    });
    if (!ok) {
        if (error)
            *error = message;
        return false;
    }
    applyToData(edit, value);
    FieldEdit applied = edit;
    if (undo)
        std::swap(applied.oldValue, applied.newValue);
    Q_EMIT fieldChanged(applied);
    if (!m_stale && m_result) {
        m_stale = true;
        Q_EMIT staleChanged(true);
    }
    return true;
}

std::vector<Dossier::RunInfo> DossierSession::runs()
{
    if (m_busy)
        return {};
    return runOnDossierThread([this] { return m_dossier->runs(); });
}

std::optional<model::EvaluationResult> DossierSession::loadRun(qint64 runId)
{
    if (m_busy)
        return std::nullopt;
    return runOnDossierThread([this, runId] { return service::loadRun(*m_dossier, runId); });
}

void DossierSession::setResult(model::EvaluationResult result, std::optional<qint64> runId)
{
    m_result = std::make_shared<const model::EvaluationResult>(std::move(result));
    m_resultRunId = runId;
    Q_EMIT resultChanged();
}

QFuture<DossierSession::EvaluationJob> DossierSession::evaluate(
    const model::Parameters &parameters, std::shared_ptr<std::atomic<int>> done,
    std::shared_ptr<std::atomic<int>> total, std::shared_ptr<std::atomic<bool>> cancel)
{
    m_busy = true;
    auto future = QtConcurrent::run(m_pool.get(), [this, parameters, done, total, cancel] {
        EvaluationJob job;
        auto progress = [done, total, cancel](int d, int t) {
            done->store(d);
            total->store(t);
            return !cancel->load();
        };
        // The session's own copy of the tender data, without reading the tables again; should
        // it ever differ from what the dossier recorded, the stored tables are evaluated.
        service::DossierEvaluation out;
        if (m_data)
            out = service::evaluateCopy(*m_dossier, *m_data, parameters, progress);
        if (out.copyDiffers) // an edit this session did not mirror: a bug worth seeing
            qWarning("the session's tender data differs from the dossier's; evaluating the "
                     "stored tables");
        if (!m_data || out.copyDiffers)
            out = service::evaluateDossier(*m_dossier, parameters, progress);
        for (const rules::EvaluationError &e : out.errors) {
            QStringList parts;
            if (!e.productId.isEmpty())
                parts << tr("product %1").arg(e.productId);
            if (!e.bidId.isEmpty())
                parts << tr("bid %1").arg(e.bidId);
            if (!e.field.isEmpty())
                parts << e.field;
            job.errors << (parts.isEmpty() ? e.message
                                           : parts.join(QStringLiteral(", ")) + u": " + e.message);
        }
        if (!out.storageError.isEmpty())
            job.errors << out.storageError;
        if (out.ok()) {
            job.result = std::make_shared<const model::EvaluationResult>(std::move(*out.result));
            job.runId = out.runId;
        }
        return job;
    });
    return future.then(this, [this](EvaluationJob job) {
        m_busy = false;
        if (job.result) {
            m_result = job.result;
            m_resultRunId = job.runId;
            m_stale = false;
            Q_EMIT staleChanged(false);
            Q_EMIT resultChanged();
        }
        return job;
    });
}

bool DossierSession::saveCopy(const QString &target, QString *error)
{
    if (m_busy) {
        if (error)
            *error = tr("Wait until the running evaluation has finished");
        return false;
    }
    return runOnDossierThread([this, target, error] {
        // On the dossier thread nothing writes meanwhile, so the file and its write-ahead log
        // form one consistent state; SQLite replays the log when the copy is opened.
        const QString tmp = target + QStringLiteral(".part");
        QFile::remove(tmp);
        QFile::remove(target + QStringLiteral("-wal"));
        QFile::remove(target + QStringLiteral("-shm"));
        if (!QFile::copy(m_path, tmp)) {
            if (error)
                *error = tr("Cannot write %1").arg(QDir::toNativeSeparators(target));
            return false;
        }
        const QString wal = m_path + QStringLiteral("-wal");
        if (QFile::exists(wal) && !QFile::copy(wal, target + QStringLiteral("-wal"))) {
            QFile::remove(tmp);
            if (error)
                *error = tr("Cannot write %1").arg(QDir::toNativeSeparators(target));
            return false;
        }
        QFile::remove(target);
        if (!QFile::rename(tmp, target)) {
            QFile::remove(tmp);
            if (error)
                *error = tr("Cannot write %1").arg(QDir::toNativeSeparators(target));
            return false;
        }
        return true;
    });
}

bool DossierSession::exportCsv(const QString &dir, QString *error)
{
    if (!m_data) {
        if (error)
            *error = tr("The dossier holds no tender data yet");
        return false;
    }
    return io::writeCsvWorkbook(*m_data, dir, error);
}

} // namespace td::ui
