#include "models/referencepricemodel.h"

#include "localeformat.h"
#include "models/modelroles.h"

namespace td::ui {

ReferencePriceModel::ReferencePriceModel(QObject *parent) : EditableTableModel(parent) {}

void ReferencePriceModel::setTender(const model::TenderData *data)
{
    beginResetModel();
    m_data = data;
    endResetModel();
}

void ReferencePriceModel::refresh()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const model::ReferencePrice *ReferencePriceModel::reference(int row) const
{
    if (!m_data || row < 0 || row >= int(m_data->references.size()))
        return nullptr;
    return &m_data->references[size_t(row)];
}

QStringList ReferencePriceModel::keyOf(const model::ReferencePrice &reference)
{
    return {reference.productId, reference.market, reference.date.toString(Qt::ISODate)};
}

QString ReferencePriceModel::fieldName(int column)
{
    switch (column) {
    case UnitPrice:
        return QStringLiteral("unit_price");
    case Currency:
        return QStringLiteral("currency");
    case Source:
        return QStringLiteral("source");
    default:
        return QString();
    }
}

int ReferencePriceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_data ? 0 : int(m_data->references.size());
}

int ReferencePriceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferencePriceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::ReferencePrice *r = reference(index.row());
    if (!r)
        return {};
    const auto column = Column(index.column());
    if ((role == Qt::EditRole || role == RawRole) && column == UnitPrice)
        return r->unitPrice.toString();
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole || role == RawRole) {
        switch (column) {
        case Product:
            return r->productId;
        case Market:
            return r->market;
        case UnitPrice:
            return role == SortRole ? QVariant::fromValue(r->unitPrice)
                                    : QVariant(formatDecimal(r->unitPrice));
        case Currency:
            return r->currency;
        case Date:
            if (role == SortRole || role == RawRole || role == Qt::EditRole)
                return r->date.toString(Qt::ISODate);
            return formatDate(r->date);
        case Source:
            return r->source;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && column == UnitPrice)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ReferencePriceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return EditableTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Product:
        return tr("Product");
    case Market:
        return tr("Market");
    case UnitPrice:
        return tr("Reference unit price");
    case Currency:
        return tr("Currency");
    case Date:
        return tr("Date");
    case Source:
        return tr("Source");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ReferencePriceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = EditableTableModel::flags(index);
    if (!index.isValid() || isReadOnly() || fieldName(index.column()).isEmpty())
        return f;
    return f | Qt::ItemIsEditable;
}

bool ReferencePriceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto edit = editFor(index, value.toString());
    return edit && requestEdit(*edit);
}

std::optional<FieldEdit> ReferencePriceModel::editFor(const QModelIndex &index,
                                                      const QString &text) const
{
    const model::ReferencePrice *r = reference(index.row());
    if (!r || fieldName(index.column()).isEmpty())
        return std::nullopt;
    FieldEdit edit;
    edit.table = EditTable::References;
    edit.key = keyOf(*r);
    edit.column = fieldName(index.column());
    edit.oldValue = data(index, RawRole).toString();
    edit.newValue = text;
    return edit;
}

} // namespace td::ui
