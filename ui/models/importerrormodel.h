#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace td::ui {

/// One row of the import error list (file, row, column, message).
struct ImportErrorRow
{
    QString file;
    int row = 0;
    QString column;
    QString message;
};

/// The errors an import found, each with file, row and column, as the user copies them.
class ImportErrorModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { File, Row, ColumnName, Message, ColumnCount };

    explicit ImportErrorModel(QObject *parent = nullptr);
    void setErrors(std::vector<ImportErrorRow> errors);
    const ImportErrorRow *error(int row) const;
    /// Tab-separated text of `rows` (all when empty), with a header line, for the clipboard.
    QString toText(const QList<int> &rows = {}) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<ImportErrorRow> m_errors;
};

} // namespace td::ui
