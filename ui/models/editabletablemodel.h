#pragma once

#include "models/fieldedit.h"

#include <QAbstractTableModel>

#include <functional>
#include <optional>

namespace td::ui {

/// Base of the table models whose cells the user edits. An edit never writes anything itself:
/// setData() checks the text with the validator (core's rules on values) and, when it is
/// acceptable, emits editRequested() so the window pushes an undo command that writes it to the
/// dossier. Refused text emits editRefused() with the reason and stores nothing.
class EditableTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using Validator = std::function<std::optional<QString>(const FieldEdit &)>;

    using QAbstractTableModel::QAbstractTableModel;

    void setValidator(Validator validator) { m_validator = std::move(validator); }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// The reason `edit` would be refused, or none.
    std::optional<QString> check(const FieldEdit &edit) const;
    /// The edit that typing `text` into the cell at `index` asks for (none: not editable).
    virtual std::optional<FieldEdit> editFor(const QModelIndex &index, const QString &text) const;
    /// The reason typing `text` into the cell would be refused, or none (editors ask as the
    /// user types).
    virtual std::optional<QString> checkText(const QModelIndex &index, const QString &text) const;

Q_SIGNALS:
    void editRequested(const td::ui::FieldEdit &edit);
    void editRefused(const QString &reason);

protected:
    /// Validates and emits; returns whether the edit was accepted.
    bool requestEdit(const FieldEdit &edit);

private:
    Validator m_validator;
    bool m_readOnly = false;
};

} // namespace td::ui
