#pragma once

#include "model/tenderdata.h"
#include "models/editabletablemodel.h"

#include <QHash>

#include <vector>

namespace td::ui {

/// The demand of one product by buyer (demand.csv); the quantity is editable through
/// editRequested() (core refuses negative volumes). Key: product_id, buyer_id.
class DemandModel : public EditableTableModel
{
    Q_OBJECT
public:
    enum Column { Buyer, Country, Region, Currency, Quantity, PreferredBidder, ColumnCount };

    explicit DemandModel(QObject *parent = nullptr);
    /// Shows the demand rows of `productId` in `data` (none: empty).
    void setProduct(const model::TenderData *data, const QString &productId);
    void refresh();
    void refreshLocale() { refresh(); Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); }

    const model::Demand *demand(int row) const;
    /// The row of buyer `buyerId`, or -1.
    int rowOfBuyer(const QString &buyerId) const;
    /// The row key: product_id, buyer_id.
    static QStringList keyOf(const model::Demand &demand);
    static QString fieldName(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    std::optional<FieldEdit> editFor(const QModelIndex &index, const QString &text) const override;

private:
    const model::TenderData *m_data = nullptr;
    std::vector<size_t> m_rows; ///< indices into m_data->demand
    // Rows of every product, built once per data set: selecting a product of a 2,000,000-row
    // tender must not scan all demand rows on the UI thread at every click.
    QHash<QString, std::vector<size_t>> m_rowsByProduct;
    const void *m_indexedRows = nullptr; ///< data->demand.data() the index was built for
    size_t m_indexedCount = 0;
};

} // namespace td::ui
