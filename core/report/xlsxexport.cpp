#include "xlsxexport.h"

#include "awardfigures.h"
#include "reportcontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

namespace td::report {

namespace {

QString headerText(const Text &label)
{
    return label.sub.isEmpty() ? label.main : label.main + QStringLiteral(" / ") + label.sub;
}

// One worksheet written row by row (constant-memory mode needs rows in order).
class SheetWriter
{
public:
    SheetWriter(lxw_worksheet *sheet, lxw_format *bold) : m_sheet(sheet), m_bold(bold) {}

    void header(const std::vector<Text> &labels)
    {
        for (size_t c = 0; c < labels.size(); ++c) {
            const QByteArray text = headerText(labels[c]).toUtf8();
            worksheet_write_string(m_sheet, 0, static_cast<lxw_col_t>(c), text.constData(), m_bold);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        m_row = 1;
    }
    void text(const QString &value)
    {
        if (!value.isEmpty()) {
            const QByteArray bytes = value.toUtf8();
            worksheet_write_string(m_sheet, m_row, m_col, bytes.constData(), nullptr);
        }
        ++m_col;
    }
    void number(const std::optional<money::Decimal> &value)
    {
        if (value) {
            const QByteArray plain = value->toString().toUtf8();
            const QByteArray formula = '=' + plain;
            worksheet_write_formula_str(m_sheet, m_row, m_col, formula.constData(), nullptr,
                                        plain.constData());
        }
        ++m_col;
    }
    void integer(qint64 value) { number(money::Decimal(value)); }
    void endRow()
    {
        ++m_row;
        m_col = 0;
    }
    void widths(const std::vector<double> &widths)
    {
        for (size_t c = 0; c < widths.size(); ++c)
            worksheet_set_column(m_sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                 widths[c], nullptr);
    }

private:
    lxw_worksheet *m_sheet;
    lxw_format *m_bold;
    lxw_row_t m_row = 0;
    lxw_col_t m_col = 0;
};

} // namespace

XlsxResult writeXlsx(const ReportSource &source, const ReportOptions &options, const QString &path)
{
    XlsxResult result;
    const auto cannotWrite = [&](const QString &why) {
        result.error = QCoreApplication::translate("td::report", "Cannot write %1: %2").arg(path, why);
        return result;
    };
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return cannotWrite(QCoreApplication::translate("td::report", "the folder does not exist"));

    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".tenderdesk-XXXXXX.xlsx")));
    if (!temp.open())
        return cannotWrite(temp.errorString());
    temp.close();
    const QByteArray tempPath = QFile::encodeName(temp.fileName());

    const ReportContext ctx(source, options);
    const QString cur = source.result.currency;
    lxw_workbook_options wbOptions{};
    wbOptions.constant_memory = LXW_TRUE;
    lxw_workbook *workbook = workbook_new_opt(tempPath.constData(), &wbOptions);
    if (!workbook)
        return cannotWrite(QCoreApplication::translate("td::report", "cannot create the workbook"));
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);

    {
        SheetWriter s(workbook_add_worksheet(workbook, "Summary"), bold);
        s.header({ctx.label("Product"), ctx.label("Generic name (INN)"), ctx.label("Bid"),
                  ctx.label("Bidder"), ctx.label("Winner"), ctx.label("Status"), ctx.label("Rank"),
                  ctx.label("Award price", cur), ctx.label("Agreed share"),
                  ctx.label("Declared demand"), ctx.label("Agreed volume"), ctx.label("Volume"),
                  ctx.label("Contract value", cur), ctx.label("Savings vs ceiling", cur),
                  ctx.label("Savings vs reference median", cur)});
        s.widths({12, 22, 12, 12, 28, 14, 6, 14, 10, 14, 14, 14, 16, 16, 16});
        for (const ProductAward &award : productAwards(source.result)) {
            const model::Product *product = ctx.product(award.productId);
            const QString inn = product ? product->inn : QString();
            if (award.rows.empty()) {
                s.text(award.productId);
                s.text(inn);
                s.text({});
                s.text({});
                s.text(ctx.phrase("No winner"));
                s.text({});
                s.text({});
                s.number(std::nullopt);
                s.number(award.agreedShare);
                s.number(award.demandTotal);
                s.number(award.agreedTotal);
                s.endRow();
                continue;
            }
            for (const AwardRow &row : award.rows) {
                s.text(award.productId);
                s.text(inn);
                s.text(row.bidId);
                s.text(row.bidderId);
                s.text(ctx.bidderName(row.bidderId));
                s.text(ctx.statusText(row.status));
                s.integer(row.rank);
                s.number(row.awardPrice);
                s.number(award.agreedShare);
                s.number(award.demandTotal);
                s.number(award.agreedTotal);
                s.number(row.volume);
                s.number(row.contractValue);
                s.number(row.savingsVsCeiling);
                s.number(row.savingsVsMedian);
                s.endRow();
            }
        }
    }
    {
        SheetWriter s(workbook_add_worksheet(workbook, "Allocations"), bold);
        s.header({ctx.label("Product"), ctx.label("Bid"), ctx.label("Bidder"), ctx.label("Winner"),
                  ctx.label("Buyer"), ctx.label("Region"), ctx.label("Volume"),
                  ctx.label("Value", cur), ctx.label("Local value"), ctx.label("Currency"),
                  ctx.label("Preferred bidder")});
        s.widths({12, 12, 12, 28, 14, 10, 14, 16, 18, 9, 10});
        for (const model::ProductResult &product : source.result.products) {
            QHash<QString, QString> bidderOfBid;
            for (const model::BidResult &bid : product.bids)
                bidderOfBid.insert(bid.bidId, bid.bidderId);
            for (const model::Allocation &a : product.allocations) {
                const QString bidder = bidderOfBid.value(a.bidId);
                s.text(product.productId);
                s.text(a.bidId);
                s.text(bidder);
                s.text(ctx.bidderName(bidder));
                s.text(a.buyerId);
                s.text(a.region);
                s.number(a.volume);
                s.number(a.value);
                s.number(a.localValue);
                s.text(a.localCurrency);
                s.text(a.preferred ? QStringLiteral("yes") : QString());
                s.endRow();
            }
        }
    }
    const lxw_error status = workbook_close(workbook);
    if (status != LXW_NO_ERROR)
        return cannotWrite(QString::fromUtf8(lxw_strerror(status)));

    QFile written(temp.fileName());
    if (!written.open(QIODevice::ReadOnly))
        return cannotWrite(written.errorString());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    while (!written.atEnd()) {
        const QByteArray chunk = written.read(1 << 20);
        if (file.write(chunk) != chunk.size()) {
            file.cancelWriting();
            return cannotWrite(file.errorString());
        }
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    result.ok = true;
    return result;
}

} // namespace td::report
