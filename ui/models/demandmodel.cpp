#include "models/demandmodel.h"

#include "localeformat.h"
#include "models/modelroles.h"

namespace td::ui {

DemandModel::DemandModel(QObject *parent) : EditableTableModel(parent) {}

void DemandModel::setProduct(const model::TenderData *data, const QString &productId)
{
    beginResetModel();
    m_data = data;
    m_rows.clear();
    if (data && !productId.isEmpty()) {
        if (m_indexedRows != data->demand.data() || m_indexedCount != data->demand.size()) {
            m_rowsByProduct.clear();
            // Rows of a product mostly come together and share one product_id string: hash
            // only where the product changes (2,000,000 rows: 92 -> ~10 ms on the UI thread).
            std::vector<size_t> *rows = nullptr;
            const QChar *lastId = nullptr;
            for (size_t i = 0; i < data->demand.size(); ++i) {
                const QString &id = data->demand[i].productId;
                if (!rows || id.constData() != lastId) {
                    rows = &m_rowsByProduct[id];
                    lastId = id.constData();
                }
                rows->push_back(i);
            }
            m_indexedRows = data->demand.data();
            m_indexedCount = data->demand.size();
        }
        m_rows = m_rowsByProduct.value(productId);
    }
    endResetModel();
}

void DemandModel::refresh()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const model::Demand *DemandModel::demand(int row) const
{
    if (!m_data || row < 0 || row >= int(m_rows.size()) ||
        m_rows[size_t(row)] >= m_data->demand.size())
        return nullptr;
    return &m_data->demand[m_rows[size_t(row)]];
}

int DemandModel::rowOfBuyer(const QString &buyerId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (demand(row)->buyerId == buyerId)
            return row;
    }
    return -1;
}

QStringList DemandModel::keyOf(const model::Demand &demand)
{
    return {demand.productId, demand.buyerId};
}

QString DemandModel::fieldName(int column)
{
    return column == Quantity ? QStringLiteral("quantity") : QString();
}

int DemandModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DemandModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DemandModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::Demand *d = demand(index.row());
    if (!d)
        return {};
    const auto column = Column(index.column());
    if ((role == Qt::EditRole || role == RawRole) && column == Quantity)
        return d->quantity.toString();
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole || role == RawRole) {
        switch (column) {
        case Buyer:
            return d->buyerId;
        case Country:
            return d->country;
        case Region:
            return d->region;
        case Currency:
            return d->currency;
        case Quantity:
            return role == SortRole ? QVariant::fromValue(d->quantity)
                                    : QVariant(formatDecimal(d->quantity));
        case PreferredBidder:
            return d->preferredBidder;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && column == Quantity)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DemandModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return EditableTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Buyer:
        return tr("Buyer");
    case Country:
        return tr("Country");
    case Region:
        return tr("Supply region");
    case Currency:
        return tr("Currency");
    case Quantity:
        return tr("Declared demand");
    case PreferredBidder:
        return tr("Preferred bidder");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags DemandModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = EditableTableModel::flags(index);
    if (!index.isValid() || isReadOnly() || fieldName(index.column()).isEmpty())
        return f;
    return f | Qt::ItemIsEditable;
}

bool DemandModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto edit = editFor(index, value.toString());
    return edit && requestEdit(*edit);
}

std::optional<FieldEdit> DemandModel::editFor(const QModelIndex &index, const QString &text) const
{
    const model::Demand *d = demand(index.row());
    if (!d || fieldName(index.column()).isEmpty())
        return std::nullopt;
    FieldEdit edit;
    edit.table = EditTable::Demand;
    edit.key = keyOf(*d);
    edit.column = fieldName(index.column());
    edit.oldValue = data(index, RawRole).toString();
    edit.newValue = text;
    return edit;
}

} // namespace td::ui
