#pragma once

#include "model/parameters.h"
#include "model/tenderdata.h"
#include "models/editabletablemodel.h"

namespace td::ui {

/// The rule-set parameters of rules.md §10 for the open tender: the rule set's defaults with the
/// tender's `parameters` overrides. A value edited here is checked by core (applyParameter) on
/// the spot and, when valid, becomes an edit of the tender's `parameters` text.
class ParameterModel : public EditableTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Value, ColumnCount };

    explicit ParameterModel(QObject *parent = nullptr);
    /// Shows the parameters of `tender` (copied).
    void setTender(const model::Tender &tender);
    void clear();
    void refreshLocale();

    const model::Tender &tender() const { return m_tender; }
    const model::Parameters &parameters() const { return m_parameters; }
    /// Problems of the tender's own text (shown above the table).
    const std::vector<model::ParameterError> &errors() const { return m_errors; }
    QString name(int row) const;
    bool isOverridden(int row) const;
    /// The tender's `parameters` text with `name` set to `value` (replacing an earlier value).
    static QString withOverride(const QString &text, const QString &name, const QString &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    std::optional<FieldEdit> editFor(const QModelIndex &index, const QString &text) const override;
    std::optional<QString> checkText(const QModelIndex &index, const QString &text) const override;

private:
    model::Tender m_tender;
    model::Parameters m_parameters;
    std::vector<model::ParameterError> m_errors;
    QStringList m_names;
    QStringList m_overridden;
    bool m_loaded = false;
};

} // namespace td::ui
