#include "widgets/validatingitemdelegate.h"

#include "models/editabletablemodel.h"
#include "models/modelroles.h"

#include <QAbstractProxyModel>
#include <QLineEdit>
#include <QToolTip>

namespace td::ui {

const EditableTableModel *ValidatingItemDelegate::sourceOf(const QModelIndex &index,
                                                           QModelIndex *sourceIndex)
{
    QModelIndex i = index;
    const QAbstractItemModel *model = index.model();
    while (auto proxy = qobject_cast<const QAbstractProxyModel *>(model)) {
        i = proxy->mapToSource(i);
        model = proxy->sourceModel();
    }
    if (sourceIndex)
        *sourceIndex = i;
    return qobject_cast<const EditableTableModel *>(model);
}

QWidget *ValidatingItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    edit->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    QPersistentModelIndex persistent(index);
    connect(edit, &QLineEdit::textEdited, edit, [this, edit, persistent](const QString &text) {
        showProblem(edit, persistent, text);
    });
    Q_UNUSED(option)
    return edit;
}

void ValidatingItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        const QVariant raw = index.data(RawRole);
        edit->setText(raw.isValid() ? raw.toString() : index.data(Qt::EditRole).toString());
        edit->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ValidatingItemDelegate::showProblem(QWidget *editor, const QModelIndex &index,
                                         const QString &text) const
{
    QModelIndex source;
    const EditableTableModel *model = sourceOf(index, &source);
    const auto reason = model ? model->checkText(source, text) : std::nullopt;
    if (reason) {
        editor->setStyleSheet(QStringLiteral("QLineEdit { background: #ffd8d8; color: #7a0000; }"));
        editor->setToolTip(*reason);
        editor->setAccessibleDescription(*reason);
        QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), *reason, editor);
    } else {
        editor->setStyleSheet(QString());
        editor->setToolTip(QString());
        editor->setAccessibleDescription(QString());
        QToolTip::hideText();
    }
}

void ValidatingItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                          const QModelIndex &index) const
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    QModelIndex source;
    const EditableTableModel *editable = sourceOf(index, &source);
    if (editable) {
        if (auto reason = editable->checkText(source, edit->text())) {
            Q_EMIT refused(*reason);
            return;
        }
    }
    model->setData(index, edit->text(), Qt::EditRole);
}

} // namespace td::ui
