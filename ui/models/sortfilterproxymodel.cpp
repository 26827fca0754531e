#include "models/sortfilterproxymodel.h"

#include "models/modelroles.h"

namespace td::ui {

SortFilterProxyModel::SortFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SortFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    // A search must see every row, not only the ones fetched so far.
    if (!trimmed.isEmpty() && sourceModel()) {
        while (sourceModel()->canFetchMore({}))
            sourceModel()->fetchMore({});
    }
    m_search = trimmed;
    invalidateFilter();
}

void SortFilterProxyModel::setStatusFilter(std::optional<int> status)
{
    m_status = status;
    invalidateFilter();
}

bool SortFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(SortRole);
    const QVariant b = right.data(SortRole);
    const QMetaType decimal = QMetaType::fromType<money::Decimal>();
    if (a.metaType() == decimal && b.metaType() == decimal)
        return a.value<money::Decimal>() < b.value<money::Decimal>();
    if (a.metaType() == decimal || b.metaType() == decimal)
        return !a.isValid() ? false : !b.isValid(); // empty cells sort last
    if (!a.isValid() || !b.isValid())
        return a.isValid() && !b.isValid();
    return QSortFilterProxyModel::lessThan(left, right);
}

bool SortFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_status) {
        const QVariant status = model->index(sourceRow, 0, sourceParent).data(StatusRole);
        if (!status.isValid() || status.toInt() != *m_status)
            return false;
    }
    if (m_search.isEmpty())
        return true;
    for (int c = 0; c < model->columnCount(sourceParent); ++c) {
        const QString text = model->index(sourceRow, c, sourceParent).data(Qt::DisplayRole).toString();
        if (text.contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace td::ui
