// Speed of each evaluation step on a workbook already in memory: rules.md alone (every thread,
// then one), the formats.md §2 JSON, and the compressed stored-run form. Figures only, never a
// failure on time; the first of five runs (what a command sees) and the best (what a busy
// machine disturbs least).
// Usage: bench_evaluate WORKBOOK
#include "io/resultjson.h"
#include "io/workbookreader.h"
#include "rules/demandtable.h"
#include "rules/evaluator.h"
#include "service/storedrun.h"
#include "storage/dossier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

struct Figures
{
    double first = 0; ///< the first run: memory fresh from the OS (page faults), as in the CLI
    double best = 1e300;
};

Figures bestOfFive(const std::function<void()> &step)
{
    Figures f;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        step();
        const double ms = timer.nsecsElapsed() / 1e6;
        if (i == 0)
            f.first = ms;
        f.best = std::min(f.best, ms);
    }
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_evaluate WORKBOOK\n");
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    td::io::ImportResult imported = td::io::readWorkbook(QString::fromLocal8Bit(argv[1]));
    if (!imported.ok()) {
        std::fprintf(stderr, "bench_evaluate: the workbook does not import\n");
        return 2;
    }
    const double readMs = timer.nsecsElapsed() / 1e6;
    const td::model::TenderData &data = *imported.data;
    td::model::Parameters parameters;
    td::rules::tenderParameters(data.tender, parameters);
    std::optional<td::model::EvaluationResult> result;
    const Figures rules =
        bestOfFive([&] { result = td::rules::evaluate(data, parameters).result; });
    size_t tableRows = 0; // the demand table the rules build first, on one thread
    const Figures table =
        bestOfFive([&] { tableRows = td::rules::DemandTable::build(data.demand).rows.size(); });
    // The input digest of the rows as read (what an import hashes beside the insert).
    const Figures digest = bestOfFive([&] { td::storage::Dossier::inputDigestOf(data); });
    if (!result) {
        std::fprintf(stderr, "bench_evaluate: the evaluation failed\n");
        return 2;
    }
    qsizetype jsonBytes = 0, storedBytes = 0;
    const Figures json =
        bestOfFive([&] { jsonBytes = td::io::resultToJson(*result, false).size(); });
    QByteArray storedRun;
    const Figures stored = bestOfFive([&] {
        storedRun = td::service::encodeStoredRun(*result);
        storedBytes = storedRun.size();
    });
    const Figures reload = bestOfFive([&] {
        if (!td::service::decodeStoredRun(storedRun))
            std::fprintf(stderr, "bench_evaluate: the stored run does not read back\n");
    });
    std::printf("evaluate in memory: %zu products, %zu bids, %zu demand rows (read %.0f ms)\n",
                data.products.size(), data.bids.size(), data.demand.size(), readMs);
    std::printf("  (first run / best of 5)\n");
    std::printf("  rules.md            %8.1f / %6.1f ms\n", rules.first, rules.best);
    std::printf("  of it the demand table %5.1f / %6.1f ms  (%zu rows)\n", table.first, table.best,
                tableRows);
    std::printf("  input digest        %8.1f / %6.1f ms\n", digest.first, digest.best);
    std::printf("  formats.md JSON     %8.1f / %6.1f ms  %6.1f MB\n", json.first, json.best,
                jsonBytes / 1e6);
    std::printf("  stored run (zstd)   %8.1f / %6.1f ms  %6.1f MB\n", stored.first, stored.best,
                storedBytes / 1e6);
    std::printf("  stored run read back %7.1f / %6.1f ms\n", reload.first, reload.best);
    return 0;
}
