#include "commands/editfieldcommand.h"

#include "dossiersession.h"

namespace td::ui {

EditFieldCommand::EditFieldCommand(DossierSession *session, FieldEdit edit, QUndoCommand *parent)
    : QUndoCommand(parent), m_session(session), m_edit(std::move(edit))
{
    setText(describe(m_edit));
}

QString EditFieldCommand::describe(const FieldEdit &edit)
{
    const QString key = edit.key.join(QStringLiteral(" / "));
    if (edit.column == u"pack_price")
        return tr("Change pack price of bid %1 to %2").arg(key, edit.newValue);
    if (edit.column == u"accepts_revival")
        return edit.newValue == u"yes" ? tr("Bid %1 accepts the revival price").arg(key)
                                       : tr("Bid %1 refuses the revival price").arg(key);
    if (edit.column == u"parameters")
        return tr("Change parameters to %1").arg(edit.newValue);
    if (edit.table == EditTable::Bidders)
        return tr("Change %1 of bidder %2").arg(edit.column, key);
    return tr("Change %1 of %2 to %3").arg(edit.column, key, edit.newValue);
}

void EditFieldCommand::redo()
{
    m_error.clear();
    if (!m_session->applyEdit(m_edit, false, &m_error))
        setObsolete(true);
}

void EditFieldCommand::undo()
{
    m_error.clear();
    if (!m_session->applyEdit(m_edit, true, &m_error))
        setObsolete(true);
}

} // namespace td::ui
