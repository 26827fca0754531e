#pragma once

#include "model/evaluationresult.h"
#include "model/tenderdata.h"

#include <QAbstractTableModel>
#include <QHash>

namespace td::ui {

/// The supply-region picks of one product in the order they happened (rules.md §7.2).
class RegionPickModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Order, Round, BidId, Bidder, Region, Volume, ColumnCount };

    explicit RegionPickModel(QObject *parent = nullptr);
    void setProduct(const model::TenderData *data, const model::ProductResult *result);
    void refreshLocale();
    const model::RegionPick *pick(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const model::ProductResult *m_result = nullptr;
    QHash<QString, QString> m_bidderOfBid;
};

} // namespace td::ui
