#pragma once

#include "model/evaluationresult.h"
#include "model/tenderdata.h"
#include "statusstyle.h"

#include <QAbstractTableModel>
#include <QHash>

namespace td::ui {

/// The products of a tender with their evaluation summary (N, K, winners, lowest price, agreed
/// share and a status badge). Rows are fetched lazily in chunks so a 2,000-product tender
/// appears at once.
class ProductModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Inn,
        LocalName,
        Form,
        Spec,
        Qualified,
        Shortlist,
        Winners,
        LowestPrice,
        AgreedShare,
        Status,
        ColumnCount
    };

    explicit ProductModel(QObject *parent = nullptr);

    /// Shows `data` (not owned, must outlive the model or be replaced) with `result` (may be null).
    void setTender(const model::TenderData *data, const model::EvaluationResult *result);
    void setResult(const model::EvaluationResult *result);
    /// Chunk size of fetchMore().
    void setFetchChunk(int rows) { m_chunk = rows; }

    const model::Product *product(int row) const;
    const model::ProductResult *result(int row) const;
    const model::ProductResult *resultFor(const QString &productId) const;
    QString productId(int row) const;
    ProductState state(int row) const;
    /// The row of `productId`, fetching more rows if needed; -1 when unknown.
    int rowOf(const QString &productId);
    /// Re-reads texts after a language change (local names, numbers, headers).
    void refreshLocale();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    int totalRows() const;

    const model::TenderData *m_data = nullptr;
    const model::EvaluationResult *m_result = nullptr;
    QHash<QString, int> m_resultIndex;
    int m_loaded = 0;
    int m_chunk = 256;
    bool m_resetting = false; ///< views may ask for more rows while a reset is announced
};

} // namespace td::ui
