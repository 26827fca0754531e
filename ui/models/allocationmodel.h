#pragma once

#include "model/evaluationresult.h"
#include "model/tenderdata.h"

#include <QAbstractTableModel>
#include <QHash>

namespace td::ui {

/// The agreed volumes of one product by buyer and region (rules.md §7), with contract values in
/// the tender currency and the buyer's currency.
class AllocationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Buyer, Region, BidId, Bidder, Volume, Value, LocalCurrency, LocalValue, Preferred, ColumnCount };

    explicit AllocationModel(QObject *parent = nullptr);
    void setProduct(const model::TenderData *data, const model::ProductResult *result);
    void refreshLocale();

    const model::Allocation *allocation(int row) const;
    /// The bidder's name for `bidId` (its id when unknown).
    QString bidderName(const QString &bidId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const model::ProductResult *m_result = nullptr;
    QString m_currency;
    QHash<QString, QString> m_bidderOfBid;
};

} // namespace td::ui
