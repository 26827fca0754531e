#include "models/importerrormodel.h"

#include "models/modelroles.h"

namespace td::ui {

ImportErrorModel::ImportErrorModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportErrorModel::setErrors(std::vector<ImportErrorRow> errors)
{
    beginResetModel();
    m_errors = std::move(errors);
    endResetModel();
}

const ImportErrorRow *ImportErrorModel::error(int row) const
{
    if (row < 0 || row >= int(m_errors.size()))
        return nullptr;
    return &m_errors[size_t(row)];
}

QString ImportErrorModel::toText(const QList<int> &rows) const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header.append(headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    lines.append(header.join(u'\t'));
    auto add = [&](int r) {
        const ImportErrorRow *e = error(r);
        if (!e)
            return;
        lines.append(QStringList{e->file, e->row > 0 ? QString::number(e->row) : QString(),
                                 e->column, e->message}
                         .join(u'\t'));
    };
    if (rows.isEmpty()) {
        for (int r = 0; r < rowCount(); ++r)
            add(r);
    } else {
        for (int r : rows)
            add(r);
    }
    return lines.join(u'\n') + u'\n';
}

int ImportErrorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_errors.size());
}

int ImportErrorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportErrorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportErrorRow *e = error(index.row());
    if (!e || (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole))
        return {};
    switch (Column(index.column())) {
    case File:
        return e->file;
    case Row:
        return e->row > 0 ? QVariant(e->row) : QVariant();
    case ColumnName:
        return e->column;
    case Message:
        return e->message;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportErrorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case File:
        return tr("File");
    case Row:
        return tr("Row");
    case ColumnName:
        return tr("Column");
    case Message:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace td::ui
