// bench_import_store [DEMAND_ROWS] [DIR]: the dossier's own share of an import, without CSV
// parsing: replaceTenderData (bulk insert + digests + audit), loadTenderData, inputDigest and
// verify on a generated tender. Prints figures; never fails on time.
#include "io/generator.h"
#include "storage/dossier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using td::storage::Dossier;

namespace {

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toLongLong();
    return 0;
}

qint64 cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

qint64 cpuStart = 0;

// Wall time and the process's CPU time: on a busy machine the CPU figure is the fairer one.
void report(const char *label, qint64 ms, qint64 rows)
{
    const qint64 cpu = cpuMs() - cpuStart;
    const double seconds = double(ms) / 1000.0; // figures for people, not money
    const double cpuSeconds = double(cpu) / 1000.0;
    if (rows > 0)
        std::printf("  %-36s %6lld ms wall %6lld ms cpu  %9.0f rows/s wall %9.0f rows/s cpu\n",
                    label, static_cast<long long>(ms), static_cast<long long>(cpu),
                    seconds > 0 ? double(rows) / seconds : 0.0,
                    cpuSeconds > 0 ? double(rows) / cpuSeconds : 0.0);
    else
        std::printf("  %-36s %6lld ms wall %6lld ms cpu\n", label, static_cast<long long>(ms),
                    static_cast<long long>(cpu));
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_import_store: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qint64 demandRows = args.size() > 1 ? args[1].toLongLong() : 1000000;
    QTemporaryDir temp;
    const QString dir = args.size() > 2 ? args[2] : temp.path();

    td::io::GeneratorOptions options;
    options.products = 2000;
    options.bidders = 400;
    options.bidsPerProduct = 50;
    options.buyers = 20000;
    options.demandRows = demandRows;
    options.seed = 7;
    QElapsedTimer timer;
    timer.start();
    const td::model::TenderData data = td::io::generateTender(options);
    const qint64 total = qint64(data.products.size() + data.bidders.size() + data.bids.size() +
                                data.demand.size() + data.fxRates.size() + data.references.size());
    std::printf("== dossier store: %lld demand rows, %lld rows in all (generated in %lld ms)\n",
                static_cast<long long>(data.demand.size()), static_cast<long long>(total),
                static_cast<long long>(timer.elapsed()));

    const QString path = dir + QStringLiteral("/bench.tender");
    QFile::remove(path);
    td::storage::OpenError openError;
    auto dossier = Dossier::open(path, Dossier::Mode::CreateIfMissing, &openError);
    if (!dossier)
        return fail(openError.message);
    QString error;
    timer.restart();
    cpuStart = cpuMs();
    if (!dossier->replaceTenderData(data, QStringLiteral("bench"), &error))
        return fail(error);
    report("replaceTenderData (new dossier)", timer.elapsed(), total);
    timer.restart();
    cpuStart = cpuMs();
    if (!dossier->replaceTenderData(data, QStringLiteral("bench"), &error))
        return fail(error);
    report("replaceTenderData (replacing)", timer.elapsed(), total);
    // Opened afresh: an import leaves the digest it recorded cached, and this measures the
    // digest recomputed from the stored rows (what any later change pays).
    dossier.reset();
    dossier = Dossier::open(path, Dossier::Mode::ReadWrite, &openError);
    if (!dossier)
        return fail(openError.message);

    timer.restart();
    cpuStart = cpuMs();
    const auto loaded = dossier->loadTenderData(&error);
    if (!loaded)
        return fail(error);
    report("loadTenderData", timer.elapsed(), total);
    timer.restart();
    cpuStart = cpuMs();
    const QString digest = dossier->inputDigest();
    report("inputDigest (from the stored rows)", timer.elapsed(), total);
    timer.restart();
    cpuStart = cpuMs();
    const QString modelDigest = Dossier::inputDigestOf(*loaded);
    report("inputDigestOf (from the model)", timer.elapsed(), total);
    if (digest != modelDigest)
        return fail(QStringLiteral("digests differ"));
    timer.restart();
    cpuStart = cpuMs();
    const auto verified = dossier->verify();
    report("verify", timer.elapsed(), 0);
    if (!verified.ok)
        return fail(verified.problems.join(u'\n'));
    std::printf("  file size %.1f MB, peak RSS %.1f MB (includes the generated data)\n",
                double(QFileInfo(path).size()) / 1048576.0, double(peakRssKb()) / 1024.0);
    return 0;
}
