#pragma once

#include "models/fieldedit.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace td::ui {

class DossierSession;

/// One edited field (bid price, accepts revival, bidder data, reference price, parameters):
/// redo() writes the new value and undo() the old one through Dossier::updateField, so both
/// directions are written to the audit log. A failed write marks the command obsolete and
/// leaves the reason in errorString().
class EditFieldCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(td::ui::EditFieldCommand)
public:
    EditFieldCommand(DossierSession *session, FieldEdit edit, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const FieldEdit &edit() const { return m_edit; }
    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    /// The text shown in Edit → Undo …, e.g. "Change pack_price of B7 to 1.20".
    static QString describe(const FieldEdit &edit);

private:
    DossierSession *m_session;
    FieldEdit m_edit;
    QString m_error;
};

} // namespace td::ui
