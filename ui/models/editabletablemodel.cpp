#include "models/editabletablemodel.h"

namespace td::ui {

void EditableTableModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    beginResetModel();
    m_readOnly = readOnly;
    endResetModel();
}

std::optional<QString> EditableTableModel::check(const FieldEdit &edit) const
{
    if (m_validator)
        return m_validator(edit);
    return std::nullopt;
}

std::optional<FieldEdit> EditableTableModel::editFor(const QModelIndex &, const QString &) const
{
    return std::nullopt;
}

std::optional<QString> EditableTableModel::checkText(const QModelIndex &index,
                                                     const QString &text) const
{
    const auto edit = editFor(index, text);
    if (!edit || edit->oldValue == edit->newValue)
        return std::nullopt;
    return check(*edit);
}

bool EditableTableModel::requestEdit(const FieldEdit &edit)
{
    if (m_readOnly)
        return false;
    if (edit.oldValue == edit.newValue)
        return false;
    if (auto reason = check(edit)) {
        Q_EMIT editRefused(*reason);
        return false;
    }
    Q_EMIT editRequested(edit);
    return true;
}

} // namespace td::ui
