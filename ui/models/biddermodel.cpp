#include "models/biddermodel.h"

#include "models/modelroles.h"

namespace td::ui {

BidderModel::BidderModel(QObject *parent) : EditableTableModel(parent) {}

void BidderModel::setTender(const model::TenderData *data)
{
    beginResetModel();
    m_data = data;
    endResetModel();
}

void BidderModel::refresh(const QString &bidderId)
{
    if (rowCount() == 0)
        return;
    const int row = bidderId.isEmpty() ? -1 : rowOf(bidderId);
    if (row < 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    else
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BidderModel::refreshLocale()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    refresh();
}

const model::Bidder *BidderModel::bidder(int row) const
{
    if (!m_data || row < 0 || row >= int(m_data->bidders.size()))
        return nullptr;
    return &m_data->bidders[size_t(row)];
}

int BidderModel::rowOf(const QString &bidderId) const
{
    if (!m_data)
        return -1;
    for (int i = 0; i < int(m_data->bidders.size()); ++i) {
        if (m_data->bidders[size_t(i)].id == bidderId)
            return i;
    }
    return -1;
}

int BidderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_data ? 0 : int(m_data->bidders.size());
}

int BidderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BidderModel::fieldName(int column)
{
    switch (column) {
    case Name:
        return QStringLiteral("name");
    case Country:
        return QStringLiteral("country");
    case Gmp:
        return QStringLiteral("gmp");
    case Quality:
        return QStringLiteral("quality");
    case RegisteredIn:
        return QStringLiteral("registered_in");
    default:
        return QString();
    }
}

static QString qualityLabel(model::QualityCode code)
{
    switch (code) {
    case model::QualityCode::WhoPq:
        return BidderModel::tr("WHO PQ");
    case model::QualityCode::Sra:
        return BidderModel::tr("SRA");
    case model::QualityCode::Pics:
        return BidderModel::tr("PIC/S");
    case model::QualityCode::Consistency:
        return BidderModel::tr("Consistency evaluation");
    case model::QualityCode::Gmp:
        break;
    }
    return BidderModel::tr("GMP");
}

QVariant BidderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::Bidder *b = bidder(index.row());
    if (!b)
        return {};
    const auto column = Column(index.column());
    if (role == Qt::CheckStateRole && column == Gmp)
        return b->gmp ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::EditRole || role == RawRole) {
        switch (column) {
        case Gmp:
            return b->gmp ? QStringLiteral("yes") : QStringLiteral("no");
        case Quality:
            return model::qualityCodeName(b->quality);
        case RegisteredIn:
            return b->registeredIn.join(u';');
        default:
            break;
        }
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole || role == RawRole) {
        switch (column) {
        case Id:
            return b->id;
        case Name:
            return b->name;
        case Country:
            return b->country;
        case Gmp:
            return role == SortRole ? QVariant(int(b->gmp)) : QVariant();
        case Quality:
            if (role == SortRole)
                return int(model::tierOf(b->quality));
            return tr("%1 (tier %2)")
                .arg(qualityLabel(b->quality), model::tierName(model::tierOf(b->quality)));
        case RegisteredIn:
            return b->registeredIn.join(QStringLiteral(", "));
        case ColumnCount:
            break;
        }
    }
    return {};
}

QVariant BidderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return EditableTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("Bidder ID");
    case Name:
        return tr("Name");
    case Country:
        return tr("Country");
    case Gmp:
        return tr("GMP");
    case Quality:
        return tr("Quality tier");
    case RegisteredIn:
        return tr("Registered in");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags BidderModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = EditableTableModel::flags(index);
    if (!index.isValid() || isReadOnly() || index.column() == Id)
        return f;
    if (index.column() == Gmp)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool BidderModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const model::Bidder *b = bidder(index.row());
    if (!b || index.column() == Id)
        return false;
    FieldEdit edit;
    edit.table = EditTable::Bidders;
    edit.key = {b->id};
    edit.column = fieldName(index.column());
    edit.oldValue = data(index, RawRole).toString();
    if (index.column() == Gmp) {
        if (role != Qt::CheckStateRole)
            return false;
        edit.newValue = value.toInt() == Qt::Checked ? QStringLiteral("yes") : QStringLiteral("no");
        return requestEdit(edit);
    }
    if (role != Qt::EditRole)
        return false;
    const auto text = editFor(index, value.toString());
    return text && requestEdit(*text);
}

std::optional<FieldEdit> BidderModel::editFor(const QModelIndex &index, const QString &text) const
{
    const model::Bidder *b = bidder(index.row());
    if (!b || fieldName(index.column()).isEmpty() || index.column() == Gmp)
        return std::nullopt;
    FieldEdit edit;
    edit.table = EditTable::Bidders;
    edit.key = {b->id};
    edit.column = fieldName(index.column());
    edit.oldValue = data(index, RawRole).toString();
    edit.newValue = text;
    return edit;
}

} // namespace td::ui
