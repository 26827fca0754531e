#include "cliutil.h"
#include "commands.h"
#include "io/generator.h"
#include "io/workbookwriter.h"

namespace td::cli {

int runGenerate(const QStringList &args)
{
    const QStringList numeric = {
        QStringLiteral("products"), QStringLiteral("bidders"), QStringLiteral("bids-per-product"),
        QStringLiteral("buyers"),   QStringLiteral("seed"),    QStringLiteral("demand-rows")};
    const Arguments a(args, numeric + QStringList{QStringLiteral("rule-set")}, {});
    if (!a.ok() || a.positional().size() != 1) {
        printErr(QStringLiteral(
                     "usage: tenderdesk-cli generate --products P --bidders B --bids-per-product K "
                     "--buyers Y --seed S [--demand-rows R] [--rule-set R] DIR%1")
                     .arg(a.ok() ? QString() : QStringLiteral("\n") + a.error()));
        return Usage;
    }
    io::GeneratorOptions o;
    for (const QString &name : numeric) {
        const auto text = a.value(name);
        if (!text)
            continue;
        bool ok = false;
        const qint64 value = text->toLongLong(&ok);
        if (!ok || value < (name == u"demand-rows" || name == u"seed" ? 0 : 1)) {
            printErr(QStringLiteral(
                         "tenderdesk-cli generate: --%1 needs a positive whole number, not '%2'")
                         .arg(name, *text));
            return Usage;
        }
        if (name == u"products")
            o.products = int(value);
        else if (name == u"bidders")
            o.bidders = int(value);
        else if (name == u"bids-per-product")
            o.bidsPerProduct = int(value);
        else if (name == u"buyers")
            o.buyers = int(value);
        else if (name == u"seed")
            o.seed = quint64(value);
        else
            o.demandRows = value;
    }
    if (const auto ruleSet = a.value(QStringLiteral("rule-set"))) {
        const auto parsed = model::ruleSetFromName(*ruleSet);
        if (!parsed) {
            printErr(
                QStringLiteral("tenderdesk-cli generate: unknown rule set '%1'").arg(*ruleSet));
            return Usage;
        }
        o.ruleSet = *parsed;
    }
    const model::TenderData data = io::generateTender(o);
    QString error;
    if (!io::writeCsvWorkbook(data, a.positional().front(), &error)) {
        printErr(QStringLiteral("tenderdesk-cli generate: %1").arg(error));
        return FileError;
    }
    printOut(QStringLiteral("wrote %1 products, %2 bidders, %3 bids, %4 demand rows to %5")
                 .arg(data.products.size())
                 .arg(data.bidders.size())
                 .arg(data.bids.size())
                 .arg(data.demand.size())
                 .arg(a.positional().front()));
    return Ok;
}

} // namespace td::cli
