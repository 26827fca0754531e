#pragma once

#include "model/evaluationresult.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace td::ui {

/// Two evaluation runs side by side, one row per product and bid: status, award price and agreed
/// volume in run A and in run B, with the rows that differ marked.
class RunComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Product, Bid, StatusA, StatusB, AwardA, AwardB, VolumeA, VolumeB, Change, ColumnCount };

    struct Side
    {
        std::optional<model::BidStatus> status;
        std::optional<money::Decimal> awardPrice;
        money::Decimal volume;
    };
    struct Row
    {
        QString productId;
        QString bidId;
        Side a, b;
        bool changed = false;
    };

    explicit RunComparisonModel(QObject *parent = nullptr);
    void setRuns(const model::EvaluationResult &a, const model::EvaluationResult &b);
    void setOnlyChanges(bool only);
    bool onlyChanges() const { return m_onlyChanges; }
    void refreshLocale();
    const Row *row(int r) const;
    int changedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<Row> m_all;
    std::vector<int> m_shown;
    bool m_onlyChanges = false;
};

} // namespace td::ui
