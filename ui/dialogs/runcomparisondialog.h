#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace td::ui {

class DossierSession;
class RunComparisonModel;
class RunModel;
class SortFilterProxyModel;

/// Two evaluation runs side by side: pick run A and run B, see which bids changed status,
/// award price or volume.
class RunComparisonDialog : public QDialog
{
    Q_OBJECT
public:
    RunComparisonDialog(DossierSession *session, RunModel *runs, QWidget *parent = nullptr);
    /// Chooses the runs by id (the two newest by default).
    void setRuns(qint64 a, qint64 b);
    RunComparisonModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void compare();

    DossierSession *m_session;
    RunModel *m_runs;
    RunComparisonModel *m_model;
    SortFilterProxyModel *m_proxy;
    QLabel *m_labelA, *m_labelB, *m_summary;
    QComboBox *m_runA, *m_runB;
    QCheckBox *m_onlyChanges;
    QTableView *m_table;
};

} // namespace td::ui
