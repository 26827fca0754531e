#pragma once

#include <QStyledItemDelegate>

namespace td::ui {

class EditableTableModel;

/// A line editor that checks the text as it is typed (EditableTableModel::checkText): refused
/// text turns the editor red and shows the reason next to it at once; committing refused text
/// stores nothing and reports the reason through refused(). Works through proxy models.
class ValidatingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

    /// The editable model and source index behind `index` (through proxies), or null.
    static const EditableTableModel *sourceOf(const QModelIndex &index, QModelIndex *sourceIndex);

Q_SIGNALS:
    void refused(const QString &reason) const;

private:
    void showProblem(QWidget *editor, const QModelIndex &index, const QString &text) const;
};

} // namespace td::ui
