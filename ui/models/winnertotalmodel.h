#pragma once

#include "model/evaluationresult.h"
#include "model/tenderdata.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace td::ui {

/// Per winning bid of one product: its regions, agreed volume and contract value, summed from
/// core's allocations (exact decimal sums).
class WinnerTotalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { BidId, Bidder, Regions, Volume, Value, ColumnCount };

    struct Total
    {
        QString bidId;
        QString bidder;
        QStringList regions;
        money::Decimal volume;
        money::Decimal value;
    };

    explicit WinnerTotalModel(QObject *parent = nullptr);
    void setProduct(const model::TenderData *data, const model::ProductResult *result);
    void refreshLocale();
    const Total *total(int row) const;
    const std::vector<Total> &totals() const { return m_totals; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<Total> m_totals;
    QString m_currency;
};

} // namespace td::ui
