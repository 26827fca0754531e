#pragma once

#include "model/tenderdata.h"
#include "models/editabletablemodel.h"

namespace td::ui {

/// Reference prices in other markets (references.csv); unit price, currency and source are
/// editable through editRequested(). Key: product, market, date.
class ReferencePriceModel : public EditableTableModel
{
    Q_OBJECT
public:
    enum Column { Product, Market, UnitPrice, Currency, Date, Source, ColumnCount };

    explicit ReferencePriceModel(QObject *parent = nullptr);
    void setTender(const model::TenderData *data);
    void refresh();
    void refreshLocale() { refresh(); Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); }

    const model::ReferencePrice *reference(int row) const;
    /// The row key: product_id, market, date (ISO).
    static QStringList keyOf(const model::ReferencePrice &reference);
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
};

} // namespace td::ui
