#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace td::ui {

/// Sorts by SortRole (exact decimals compared as decimals, never as text or double) and
/// filters by free text over all columns and, optionally, by a bid status (StatusRole).
class SortFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SortFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    /// Shows only rows whose StatusRole equals `status` (none: all rows).
    void setStatusFilter(std::optional<int> status);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    std::optional<int> m_status;
};

} // namespace td::ui
