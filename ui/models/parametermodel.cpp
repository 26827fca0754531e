#include "models/parametermodel.h"

#include "models/modelroles.h"
#include "rules/evaluator.h"

#include <QFont>

namespace td::ui {

ParameterModel::ParameterModel(QObject *parent) : EditableTableModel(parent)
{
    m_names = model::parameterNames();
}

static QStringList overriddenNames(const QString &text)
{
    QStringList names;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        names.append(eq < 0 ? part : part.left(eq));
    }
    return names;
}

void ParameterModel::setTender(const model::Tender &tender)
{
    beginResetModel();
    m_tender = tender;
    m_errors = rules::tenderParameters(m_tender, m_parameters);
    m_overridden = overriddenNames(m_tender.parameters);
    m_loaded = true;
    endResetModel();
}

void ParameterModel::clear()
{
    beginResetModel();
    m_tender = {};
    m_parameters = {};
    m_errors.clear();
    m_overridden.clear();
    m_loaded = false;
    endResetModel();
}

void ParameterModel::refreshLocale()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString ParameterModel::withOverride(const QString &text, const QString &name, const QString &value)
{
    QStringList parts;
    bool replaced = false;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString partName = eq < 0 ? part : part.left(eq);
        if (partName == name) {
            if (!replaced)
                parts.append(name + u'=' + value);
            replaced = true;
        } else {
            parts.append(part);
        }
    }
    if (!replaced)
        parts.append(name + u'=' + value);
    return parts.join(u';');
}

QString ParameterModel::name(int row) const
{
    return row >= 0 && row < m_names.size() ? m_names.at(row) : QString();
}

bool ParameterModel::isOverridden(int row) const
{
    return m_overridden.contains(name(row));
}

int ParameterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_loaded ? 0 : int(m_names.size());
}

int ParameterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParameterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString n = name(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case RawRole:
    case SortRole:
        if (index.column() == Name)
            return n;
        return model::parameterValue(m_parameters, n);
    case Qt::ToolTipRole:
        return isOverridden(index.row()) ? tr("Set by this tender") : tr("Default of the rule set");
    case Qt::FontRole:
        if (isOverridden(index.row())) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant ParameterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return EditableTableModel::headerData(section, orientation, role);
    return section == Name ? tr("Parameter") : tr("Value");
}

Qt::ItemFlags ParameterModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = EditableTableModel::flags(index);
    if (index.isValid() && index.column() == Value && !isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ParameterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Value
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString text = value.toString();
    if (text == model::parameterValue(m_parameters, name(index.row())))
        return false;
    if (auto reason = checkText(index, text)) {
        Q_EMIT editRefused(*reason);
        return false;
    }
    const auto edit = editFor(index, text);
    return edit && requestEdit(*edit);
}

std::optional<QString> ParameterModel::checkText(const QModelIndex &index, const QString &text) const
{
    if (index.column() != Value)
        return std::nullopt;
    model::Parameters copy = m_parameters;
    if (auto error = model::applyParameter(copy, name(index.row()), text))
        return error->message;
    return std::nullopt;
}

std::optional<FieldEdit> ParameterModel::editFor(const QModelIndex &index, const QString &text) const
{
    if (index.column() != Value || !m_loaded)
        return std::nullopt;
    FieldEdit edit;
    edit.table = EditTable::Tender;
    edit.key = {m_tender.id};
    edit.column = QStringLiteral("parameters");
    edit.oldValue = m_tender.parameters;
    edit.newValue = withOverride(m_tender.parameters, name(index.row()), text);
    return edit;
}

} // namespace td::ui
