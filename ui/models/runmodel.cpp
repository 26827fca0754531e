#include "models/runmodel.h"

#include "models/modelroles.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace td::ui {

RunModel::RunModel(QObject *parent) : QAbstractTableModel(parent) {}

void RunModel::setRuns(std::vector<storage::Dossier::RunInfo> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    std::reverse(m_runs.begin(), m_runs.end());
    endResetModel();
}

void RunModel::setCurrentRun(std::optional<qint64> runId)
{
    m_current = runId;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void RunModel::refreshLocale()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const storage::Dossier::RunInfo *RunModel::run(int row) const
{
    if (row < 0 || row >= int(m_runs.size()))
        return nullptr;
    return &m_runs[size_t(row)];
}

int RunModel::rowOf(qint64 runId) const
{
    for (int i = 0; i < int(m_runs.size()); ++i) {
        if (m_runs[size_t(i)].id == runId)
            return i;
    }
    return -1;
}

QString RunModel::label(int row) const
{
    const auto *r = run(row);
    if (!r)
        return QString();
    return tr("Run %1, %2, %3")
        .arg(r->id)
        .arg(QLocale().toString(r->at.toLocalTime(), QLocale::ShortFormat), r->ruleSet);
}

int RunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto *r = run(index.row());
    if (!r)
        return {};
    if (role == Qt::FontRole && m_current == r->id) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Id:
        return r->id;
    case Time:
        if (role == SortRole)
            return r->at;
        return QLocale().toString(r->at.toLocalTime(), QLocale::ShortFormat);
    case User:
        return r->user;
    case RuleSet:
        return r->ruleSet;
    case Parameters:
        return r->parameters;
    case Digest:
        return role == Qt::ToolTipRole ? r->digest : r->digest.left(12);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("Run");
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case RuleSet:
        return tr("Rule set");
    case Parameters:
        return tr("Parameters");
    case Digest:
        return tr("Digest");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace td::ui
