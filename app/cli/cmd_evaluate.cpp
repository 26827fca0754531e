#include "cliutil.h"
#include "commands.h"
#include "io/resultjson.h"
#include "io/workbookreader.h"
#include "rules/reasontext.h"
#include "service/evaluation.h"
#include "storage/dossier.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

namespace td::cli {

namespace {

void printSummary(const model::EvaluationResult &result)
{
    const model::Parameters &p = result.parameters;
    printOut(QStringLiteral("Tender %1 (%2, %3): %4 products")
                 .arg(result.tenderId, model::ruleSetName(p.ruleSet), result.currency)
                 .arg(result.products.size()));
    for (const model::ProductResult &product : result.products) {
        printOut(QStringLiteral("\n%1  qualified %2, shortlist %3, winners %4, share %5, lowest %6")
                     .arg(product.productId)
                     .arg(product.qualified)
                     .arg(product.shortlistSize)
                     .arg(product.winners)
                     .arg(product.agreedShare ? product.agreedShare->toStringTrimmed(2)
                                              : QStringLiteral("–"),
                          product.lowestUnitPrice ? product.lowestUnitPrice->toString()
                                                  : QStringLiteral("–")));
        for (const model::BidResult &bid : product.bids) {
            printOut(QStringLiteral("  %1 %2 %3 %4: %5")
                         .arg(bid.rank ? QString::number(*bid.rank).rightJustified(3)
                                       : QStringLiteral("  –"),
                              bid.bidId.leftJustified(8),
                              bid.unitPrice.toString().rightJustified(10),
                              model::statusName(bid.status).leftJustified(15),
                              rules::reasonSentence(bid, product, p)));
        }
        for (const model::Unassigned &u : product.unassigned)
            printOut(QStringLiteral("  unassigned region %1: %2 units (%3)")
                         .arg(u.region, u.volume.toString(), model::reasonName(u.reason)));
    }
}

bool writeJson(const QString &path, const QByteArray &json)
{
    if (path == u"-") {
        printOut(QString::fromUtf8(json).trimmed());
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        printErr(QStringLiteral("tenderdesk-cli evaluate: cannot write %1: %2")
                     .arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool isWorkbook(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() || path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

} // namespace

int runEvaluate(const QStringList &args)
{
    const Arguments a(
        args, {QStringLiteral("json"), QStringLiteral("rule-set"), QStringLiteral("set")},
        {QStringLiteral("explain"), QStringLiteral("quiet"), QStringLiteral("timings")});
    if (!a.ok() || a.positional().size() != 1) {
        printErr(
            QStringLiteral("usage: tenderdesk-cli evaluate DOSSIER [--json FILE] [--rule-set R] "
                           "[--set name=value]... [--explain] [--quiet] [--timings]%1")
                .arg(a.ok() ? QString() : QStringLiteral("\n") + a.error()));
        return Usage;
    }
    const QString path = a.positional().front();
    std::optional<model::RuleSet> ruleSet;
    if (const auto name = a.value(QStringLiteral("rule-set"))) {
        ruleSet = model::ruleSetFromName(*name);
        if (!ruleSet) {
            printErr(QStringLiteral("tenderdesk-cli evaluate: unknown rule set '%1' (vbp-b9, "
                                    "vbp-b10, vbp-b11, meat)")
                         .arg(*name));
            return Usage;
        }
    }

    // A workbook (CSV folder or .xlsx) is evaluated in memory without a dossier: handy in
    // workshops and for checking a file before import. A dossier also stores the run.
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<storage::Dossier> dossier;
    std::optional<model::TenderData> data;
    if (isWorkbook(path)) {
        io::ImportResult imported = io::readWorkbook(path);
        if (!imported.ok()) {
            for (const io::ImportError &e : imported.errors)
                printErr(io::formatImportError(e));
            return InvalidInput;
        }
        data = std::move(imported.data);
    } else {
        storage::OpenError openError;
        dossier = storage::Dossier::open(path, storage::Dossier::Mode::ReadWrite, &openError);
        if (!dossier) {
            printErr(QStringLiteral("tenderdesk-cli evaluate: %1").arg(openError.message));
            return FileError;
        }
        QString error;
        data = dossier->loadTenderData(&error);
        if (!data) {
            printErr(QStringLiteral("tenderdesk-cli evaluate: %1").arg(error));
            return FileError;
        }
    }

    auto parametersOrErrors = service::defaultParameters(data->tender, ruleSet);
    if (auto *errors = std::get_if<std::vector<model::ParameterError>>(&parametersOrErrors)) {
        for (const auto &e : *errors)
            printErr(QStringLiteral("tender.csv, row 2, column parameters: %1").arg(e.message));
        return InvalidInput;
    }
    const qint64 readMs = timer.restart();
    model::Parameters parameters = std::get<model::Parameters>(parametersOrErrors);
    const auto overrideErrors =
        service::applyOverrides(parameters, a.values(QStringLiteral("set")));
    if (!overrideErrors.empty()) {
        for (const auto &e : overrideErrors)
            printErr(QStringLiteral("--set: %1").arg(e.message));
        return InvalidInput;
    }

    std::optional<model::EvaluationResult> result;
    std::vector<rules::EvaluationError> errors;
    QString digest;
    service::EvaluationTimings timings;
    timer.restart();
    if (dossier) {
        service::DossierEvaluation evaluation =
            service::evaluateDossier(*dossier, *data, parameters);
        timings = evaluation.timings;
        if (!evaluation.storageError.isEmpty()) {
            printErr(QStringLiteral("tenderdesk-cli evaluate: %1").arg(evaluation.storageError));
            return FileError;
        }
        errors = std::move(evaluation.errors);
        result = std::move(evaluation.result);
        digest = evaluation.digest;
    } else {
        rules::EvaluationOutcome outcome = rules::evaluate(*data, parameters);
        timings.rulesMs = timer.elapsed();
        errors = std::move(outcome.errors);
        result = std::move(outcome.result);
    }
    if (!result) {
        printEvaluationErrors(errors);
        return InvalidInput;
    }
    if (!a.flag(QStringLiteral("quiet")) &&
        a.value(QStringLiteral("json")) != QStringLiteral("-")) {
        printSummary(*result);
        if (!digest.isEmpty())
            printOut(QStringLiteral("\nRun stored; report digest %1").arg(digest));
    }
    qint64 jsonMs = 0;
    if (const auto jsonPath = a.value(QStringLiteral("json"))) {
        timer.restart();
        if (!writeJson(*jsonPath, io::resultToJson(*result, a.flag(QStringLiteral("explain")))))
            return FileError;
        jsonMs = timer.elapsed();
    }
    if (a.flag(QStringLiteral("timings")))
        printErr(QStringLiteral(
                     "timings: read %1 ms, rules %2 ms, input digest %3 ms, run encoded %4 ms, "
                     "run stored %5 ms, JSON written %6 ms")
                     .arg(readMs)
                     .arg(timings.rulesMs)
                     .arg(timings.digestMs)
                     .arg(timings.encodeMs)
                     .arg(timings.storeMs)
                     .arg(jsonMs));
    leaveToExit(std::move(data));
    leaveToExit(std::move(result));
    return Ok;
}

} // namespace td::cli
