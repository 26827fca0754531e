#pragma once

#include "storage/dossier.h"

#include <QAbstractTableModel>

#include <vector>

namespace td::ui {

/// The evaluation runs stored in a dossier (newest first): when, who, rule set, parameters and
/// the report digest.
class RunModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Time, User, RuleSet, Parameters, Digest, ColumnCount };

    explicit RunModel(QObject *parent = nullptr);
    /// Runs as Dossier::runs() returns them (newest last); shown newest first.
    void setRuns(std::vector<storage::Dossier::RunInfo> runs);
    void setCurrentRun(std::optional<qint64> runId);
    void refreshLocale();
    const storage::Dossier::RunInfo *run(int row) const;
    int rowOf(qint64 runId) const;
    /// "Run 3, 2026-11-02 10:15" for choosers.
    QString label(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<storage::Dossier::RunInfo> m_runs; ///< newest first
    std::optional<qint64> m_current;
};

} // namespace td::ui
