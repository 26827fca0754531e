// Parse speed of the workbook import on a generated 1,000,000-row demand.csv (1,000 products ×
// 1,000 buyers). Prints figures only; never fails on time. Usage: bench_import_parse [ROWS] [DIR]
// (DIR keeps the generated workbook; default: a temporary folder; a DIR that already holds a
// workbook is imported as it is).
#include "io/workbookreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write the benchmark workbook");
}

void generate(const QString &dir, int rows)
{
    const int products = 1000;
    const int buyers = (rows + products - 1) / products;
    write(dir + QStringLiteral("/tender.csv"),
          "tender_id,title,currency,rule_set,parameters\nT-BENCH,Benchmark,CNY,vbp-b10,\n");
    QByteArray p = "product_id,inn,atc,form,strength,strength_unit,pack_size,max_unit_price\n";
    for (int i = 0; i < products; ++i)
        p += "P" + QByteArray::number(i) + ",amlodipine,C08CA01,tablet,5,mg,1,2.0000\n";
    write(dir + QStringLiteral("/products.csv"), p);
    write(
        dir + QStringLiteral("/bidders.csv"),
        "bidder_id,name,country,gmp,quality,registered_in\nBA,A Pharma,CN,yes,consistency,CN;LA\n");
    write(dir + QStringLiteral("/bids.csv"),
          "bid_id,bidder_id,product_id,strength,strength_unit,pack_size,pack_price,currency,"
          "lead_time_days,shelf_life_months,submitted_at\n"
          "A,BA,P0,5,mg,7,1.40,CNY,30,36,2026-10-20T10:00:00+08:00\n");
    write(dir + QStringLiteral("/fx.csv"),
          "currency,rate,date\nCNY,1,2026-11-01\nLAK,2950,2026-11-01\nTHB,4.85,2026-11-01\n");
    static const char *places[][3] = {
        {"CN", "CN-45", "CNY"}, {"CN", "CN-53", "CNY"}, {"LA", "LA", "LAK"}, {"TH", "TH", "THB"}};
    QByteArray d = "product_id,buyer_id,country,region,currency,quantity,preferred_bidder\n";
    d.reserve(qsizetype(rows) * 48);
    int written = 0;
    for (int b = 0; b < buyers && written < rows; ++b) {
        const auto &place = places[b % 4];
        const QByteArray tail = QByteArray(",") + place[0] + ',' + place[1] + ',' + place[2] + ',';
        const QByteArray buyer = ",BUYER-" + QByteArray::number(b);
        for (int i = 0; i < products && written < rows; ++i, ++written) {
            d += 'P' + QByteArray::number(i) + buyer + tail +
                 QByteArray::number(1000 + (written % 997) * 10);
            d += (written % 10 == 0) ? ",BA\n" : ",\n";
        }
    }
    write(dir + QStringLiteral("/demand.csv"), d);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Arguments: [ROWS] [DIR], or just DIR of an existing workbook (run-benchmarks passes the
    // workbook `tenderdesk-cli generate` made).
    QStringList args = app.arguments().mid(1);
    bool isNumber = false;
    const int requested = args.isEmpty() ? 0 : args.front().toInt(&isNumber);
    const int rows = isNumber ? requested : 1000000;
    if (isNumber)
        args.removeFirst();
    QTemporaryDir temporary;
    const QString dir = args.isEmpty() ? temporary.path() : args.front();
    QDir().mkpath(dir);
    if (!QFile::exists(dir + QStringLiteral("/demand.csv")))
        generate(dir, rows);
    const qint64 bytes = QFile(dir + QStringLiteral("/demand.csv")).size();
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    int progressCalls = 0;
    const td::io::ImportResult result = td::io::readWorkbook(dir, [&](qint64, qint64) {
        ++progressCalls;
        return true;
    });
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    // CPU time as well: the wall clock on a shared build machine mostly measures the others.
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!result.ok()) {
        for (const auto &e : result.errors)
            std::fprintf(stderr, "%s\n", qPrintable(td::io::formatImportError(e)));
        return 1;
    }
    const double n = double(result.data->demand.size());
    std::printf("import parse: %.0f demand rows (%.1f MB) in %.3f s = %.2f M rows/s, %.0f MB/s, "
                "%d progress calls; CPU %.3f s = %.2f M rows/s\n",
                n, double(bytes) / 1e6, seconds, n / seconds / 1e6, double(bytes) / seconds / 1e6,
                progressCalls, cpuSeconds, n / cpuSeconds / 1e6);
    return 0;
}
