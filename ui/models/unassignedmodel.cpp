#include "models/unassignedmodel.h"

#include "localeformat.h"
#include "models/modelroles.h"
#include "statusstyle.h"

namespace td::ui {

UnassignedModel::UnassignedModel(QObject *parent) : QAbstractTableModel(parent) {}

void UnassignedModel::setProduct(const model::ProductResult *result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void UnassignedModel::refreshLocale()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const model::Unassigned *UnassignedModel::unassigned(int row) const
{
    if (!m_result || row < 0 || row >= int(m_result->unassigned.size()))
        return nullptr;
    return &m_result->unassigned[size_t(row)];
}

int UnassignedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->unassigned.size());
}

int UnassignedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnassignedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::Unassigned *u = unassigned(index.row());
    if (!u)
        return {};
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(index.column())) {
        case Region:
            return u->region;
        case Volume:
            return role == SortRole ? QVariant::fromValue(u->volume)
                                    : QVariant(formatDecimal(u->volume));
        case Reason:
            return reasonLabel(u->reason);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == Volume)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant UnassignedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Region:
        return tr("Supply region");
    case Volume:
        return tr("Unassigned volume");
    case Reason:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace td::ui
