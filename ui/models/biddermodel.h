#pragma once

#include "model/tenderdata.h"
#include "models/editabletablemodel.h"

namespace td::ui {

/// The bidders of a tender (bidders.csv); name, country, GMP, quality and registrations are
/// editable through editRequested().
class BidderModel : public EditableTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Name, Country, Gmp, Quality, RegisteredIn, ColumnCount };

    explicit BidderModel(QObject *parent = nullptr);
    void setTender(const model::TenderData *data);
    /// Re-reads one bidder after an edit (or all when `bidderId` is empty).
    void refresh(const QString &bidderId = {});
    void refreshLocale();

    const model::Bidder *bidder(int row) const;
    int rowOf(const QString &bidderId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    std::optional<FieldEdit> editFor(const QModelIndex &index, const QString &text) const override;

    /// The column name of formats.md for an editable column ("name", …), empty otherwise.
    static QString fieldName(int column);

private:
    const model::TenderData *m_data = nullptr;
};

} // namespace td::ui
