#pragma once

#include "model/evaluationresult.h"
#include "model/tenderdata.h"
#include "models/editabletablemodel.h"

#include <QHash>

#include <vector>

namespace td::ui {

/// The bids of one product joined with their evaluation (status, reason, rank, prices).
/// Pack price, currency and "accepts revival" are editable (through editRequested()).
class BidModel : public EditableTableModel
{
    Q_OBJECT
public:
    enum Column {
        BidId,
        Bidder,
        Country,
        OfferedSpec,
        PackPrice,
        Currency,
        UnitPrice,
        Status,
        Reason,
        Rank,
        AwardPrice,
        Mpr,
        LinkedCap,
        AcceptsRevival,
        ColumnCount
    };

    explicit BidModel(QObject *parent = nullptr);

    /// Shows the bids of `productId` (data and result not owned; result may be null).
    void setProduct(const model::TenderData *data, const model::ProductResult *result,
                    const QString &productId);
    void clear();
    /// Re-reads the rows after an edit of the data they point into.
    void refresh();

    QString productId() const { return m_productId; }
    const model::Bid *bid(int row) const;
    const model::BidResult *bidResult(int row) const;
    const model::Bidder *bidder(int row) const;
    const model::ProductResult *productResult() const { return m_result; }
    int rowOfBid(const QString &bidId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    std::optional<FieldEdit> editFor(const QModelIndex &index, const QString &text) const override;

private:
    void rebuild();

    const model::TenderData *m_data = nullptr;
    const model::ProductResult *m_result = nullptr;
    QString m_productId;
    std::vector<int> m_bids;              ///< indexes into m_data->bids, in display order
    std::vector<int> m_results;           ///< index into m_result->bids or -1
    QHash<QString, int> m_bidderIndex;
};

} // namespace td::ui
