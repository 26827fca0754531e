#pragma once

#include "model/evaluationresult.h"

#include <QAbstractTableModel>

namespace td::ui {

/// Regions of one product whose volume no winner took, with the reason (rules.md §7.2).
class UnassignedModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Region, Volume, Reason, ColumnCount };

    explicit UnassignedModel(QObject *parent = nullptr);
    void setProduct(const model::ProductResult *result);
    void refreshLocale();
    const model::Unassigned *unassigned(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const model::ProductResult *m_result = nullptr;
};

} // namespace td::ui
