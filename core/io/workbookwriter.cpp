#include "workbookwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace td::io {

// lupdate reads the context from this class; tr() uses the same name at run time.
class WorkbookWriterText
{
    Q_DECLARE_TR_FUNCTIONS(td::io::WorkbookWriter)
};

namespace {

// RFC 4180: quote a cell holding a separator, a quote or a line break; double the quotes.
void appendCell(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const bool quote =
        utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r');
    if (!quote) {
        out += utf8;
        return;
    }
    out += '"';
    for (char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

class CsvTable
{
public:
    explicit CsvTable(std::initializer_list<const char *> header)
    {
        QStringList names;
        for (const char *h : header)
            names.append(QString::fromLatin1(h));
        row(names);
    }
    void row(const QStringList &cells)
    {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                m_bytes += ',';
            appendCell(m_bytes, cells[i]);
        }
        m_bytes += "\r\n";
    }
    bool save(const QString &path, QString *error) const
    {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(m_bytes) == m_bytes.size() &&
            file.commit())
            return true;
        if (error)
            *error = WorkbookWriterText::tr("cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }

private:
    QByteArray m_bytes;
};

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString optionalDecimal(const std::optional<money::Decimal> &value)
{
    return value ? value->toString() : QString();
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

bool writeCsvWorkbook(const model::TenderData &data, const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = WorkbookWriterText::tr("cannot create the folder %1")
                         .arg(QDir::toNativeSeparators(dir));
        return false;
    }
    const QDir folder(dir);
    const auto save = [&](const CsvTable &table, const char *name) {
        return table.save(folder.filePath(QString::fromLatin1(name)), error);
    };

    CsvTable tender({"tender_id", "title", "currency", "rule_set", "parameters"});
    const model::Tender &t = data.tender;
    tender.row({t.id, t.title, t.currency, model::ruleSetName(t.ruleSet), t.parameters});

    CsvTable products({"product_id", "inn", "name_zh", "name_lo", "name_th", "atc", "form",
                       "strength", "strength_unit", "pack_size", "max_unit_price"});
    for (const model::Product &p : data.products)
        products.row({p.id, p.inn, p.nameZh, p.nameLo, p.nameTh, p.atc, p.form,
                      p.strength.toString(), p.strengthUnit, p.packSize.toString(),
                      optionalDecimal(p.maxUnitPrice)});

    CsvTable bidders({"bidder_id", "name", "country", "gmp", "quality", "registered_in"});
    for (const model::Bidder &b : data.bidders)
        bidders.row({b.id, b.name, b.country, yesNo(b.gmp), model::qualityCodeName(b.quality),
                     b.registeredIn.join(u';')});

    CsvTable bids({"bid_id", "bidder_id", "product_id", "strength", "strength_unit", "pack_size",
                   "pack_price", "currency", "capacity", "lead_time_days", "shelf_life_months",
                   "submitted_at", "accepts_revival"});
    for (const model::Bid &b : data.bids)
        bids.row({b.id, b.bidderId, b.productId, b.strength.toString(), b.strengthUnit,
                  b.packSize.toString(), b.packPrice.toString(), b.currency,
                  optionalDecimal(b.capacity), QString::number(b.leadTimeDays),
                  QString::number(b.shelfLifeMonths), b.submittedAt, yesNo(b.acceptsRevival)});

    CsvTable demand({"product_id", "buyer_id", "country", "region", "currency", "quantity",
                     "preferred_bidder"});
    for (const model::Demand &d : data.demand)
        demand.row({d.productId, d.buyerId, d.country, d.region, d.currency, d.quantity.toString(),
                    d.preferredBidder});

    CsvTable fx({"currency", "rate", "date"});
    for (const model::FxRate &r : data.fxRates)
        fx.row({r.currency, r.rate.toString(), isoDate(r.date)});

    if (!save(tender, "tender.csv") || !save(products, "products.csv") ||
        !save(bidders, "bidders.csv") || !save(bids, "bids.csv") || !save(demand, "demand.csv") ||
        !save(fx, "fx.csv"))
        return false;

    const QString referencesPath = folder.filePath(QStringLiteral("references.csv"));
    if (data.references.empty()) {
        // The table is optional: a stale one from an earlier export must not come back.
        if (QFile::exists(referencesPath) && !QFile::remove(referencesPath)) {
            if (error)
                *error = WorkbookWriterText::tr("cannot remove %1")
                             .arg(QDir::toNativeSeparators(referencesPath));
            return false;
        }
        return true;
    }
    CsvTable references({"product_id", "market", "unit_price", "currency", "date", "source"});
    for (const model::ReferencePrice &r : data.references)
        references.row(
            {r.productId, r.market, r.unitPrice.toString(), r.currency, isoDate(r.date), r.source});
    return save(references, "references.csv");
}

} // namespace td::io
