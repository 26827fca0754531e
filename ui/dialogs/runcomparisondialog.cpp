#include "dialogs/runcomparisondialog.h"

#include "dossiersession.h"
#include "models/runcomparisonmodel.h"
#include "models/runmodel.h"
#include "models/sortfilterproxymodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace td::ui {

RunComparisonDialog::RunComparisonDialog(DossierSession *session, RunModel *runs, QWidget *parent)
    : QDialog(parent), m_session(session), m_runs(runs), m_model(new RunComparisonModel(this)),
      m_proxy(new SortFilterProxyModel(this)), m_labelA(new QLabel(this)),
      m_labelB(new QLabel(this)), m_summary(new QLabel(this)), m_runA(new QComboBox(this)),
      m_runB(new QComboBox(this)), m_onlyChanges(new QCheckBox(this)), m_table(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(m_labelA, m_runA);
    form->addRow(m_labelB, m_runB);
    m_labelA->setBuddy(m_runA);
    m_labelB->setBuddy(m_runB);
    layout->addLayout(form);
    layout->addWidget(m_onlyChanges);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (int r = 0; r < runs->rowCount(); ++r) {
        m_runA->addItem(runs->label(r), runs->run(r)->id);
        m_runB->addItem(runs->label(r), runs->run(r)->id);
    }
    // Newest is row 0: compare the previous run (A) with the newest (B).
    m_runA->setCurrentIndex(std::min(1, runs->rowCount() - 1));
    m_runB->setCurrentIndex(0);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_onlyChanges->setChecked(true);
    m_model->setOnlyChanges(true);

    connect(m_runA, &QComboBox::currentIndexChanged, this, &RunComparisonDialog::compare);
    connect(m_runB, &QComboBox::currentIndexChanged, this, &RunComparisonDialog::compare);
    connect(m_onlyChanges, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setOnlyChanges(on);
    });
    retranslate();
    compare();
    resize(900, 560);
}

void RunComparisonDialog::setRuns(qint64 a, qint64 b)
{
    m_runA->setCurrentIndex(m_runA->findData(a));
    m_runB->setCurrentIndex(m_runB->findData(b));
    compare();
}

void RunComparisonDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RunComparisonDialog::retranslate()
{
    setWindowTitle(tr("Compare Evaluation Runs"));
    m_labelA->setText(tr("Run &A:"));
    m_labelB->setText(tr("Run &B:"));
    m_onlyChanges->setText(tr("Show &only what changed"));
    m_table->setAccessibleName(tr("Differences between the two runs"));
    m_runA->setAccessibleName(tr("Run A"));
    m_runB->setAccessibleName(tr("Run B"));
    m_model->refreshLocale();
    m_summary->setText(tr("%n bid(s) differ between the two runs.", nullptr, m_model->changedCount()));
}

void RunComparisonDialog::compare()
{
    if (m_runA->currentIndex() < 0 || m_runB->currentIndex() < 0)
        return;
    const auto a = m_session->loadRun(m_runA->currentData().toLongLong());
    const auto b = m_session->loadRun(m_runB->currentData().toLongLong());
    if (!a || !b) {
        m_summary->setText(tr("A run cannot be read back from the dossier."));
        return;
    }
    m_model->setRuns(*a, *b);
    m_summary->setText(tr("%n bid(s) differ between the two runs.", nullptr, m_model->changedCount()));
}

} // namespace td::ui
