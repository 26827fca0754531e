#include "dialogs/importdialog.h"

#include "io/workbookreader.h"
#include "models/importerrormodel.h"
#include "service/workbookimport.h"
#include "storage/dossier.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace td::ui {

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent), m_sourceLabel(new QLabel(this)), m_targetLabel(new QLabel(this)),
      m_status(new QLabel(this)), m_source(new QLineEdit(this)), m_target(new QLineEdit(this)),
      m_folderButton(new QPushButton(this)), m_xlsxButton(new QPushButton(this)),
      m_targetButton(new QPushButton(this)), m_importButton(new QPushButton(this)),
      m_cancelButton(new QPushButton(this)), m_copyButton(new QPushButton(this)),
      m_evaluateBox(new QCheckBox(this)), m_progress(new QProgressBar(this)),
      m_table(new QTableView(this)), m_errors(new ImportErrorModel(this)),
      m_done(std::make_shared<std::atomic<qint64>>(0)),
      m_total(std::make_shared<std::atomic<qint64>>(0)),
      m_phase(std::make_shared<std::atomic<int>>(0)),
      m_cancel(std::make_shared<std::atomic<bool>>(false)), m_timer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    grid->addWidget(m_sourceLabel, 0, 0);
    grid->addWidget(m_source, 0, 1);
    grid->addWidget(m_folderButton, 0, 2);
    grid->addWidget(m_xlsxButton, 0, 3);
    grid->addWidget(m_targetLabel, 1, 0);
    grid->addWidget(m_target, 1, 1);
    grid->addWidget(m_targetButton, 1, 2, 1, 2);
    grid->addWidget(m_evaluateBox, 2, 1, 1, 3);
    m_evaluateBox->setChecked(true);
    grid->setColumnStretch(1, 1);
    m_sourceLabel->setBuddy(m_source);
    m_targetLabel->setBuddy(m_target);
    layout->addLayout(grid);
    layout->addWidget(m_progress);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addStretch(1);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_cancelButton);
    layout->addLayout(buttons);

    m_table->setModel(m_errors);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->hide();
    m_copyButton->hide();
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_importButton->setDefault(true);

    connect(m_folderButton, &QPushButton::clicked, this, &ImportDialog::chooseFolder);
    connect(m_xlsxButton, &QPushButton::clicked, this, &ImportDialog::chooseWorkbook);
    connect(m_targetButton, &QPushButton::clicked, this, &ImportDialog::chooseTarget);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_copyButton, &QPushButton::clicked, this, &ImportDialog::copyErrors);
    connect(m_source, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    connect(m_target, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        m_timer->stop();
        done(m_watcher.result());
    });
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (const int phase = m_phase->load(); phase != 0) {
            m_progress->setRange(0, 0); // writing: no measure, a busy bar
            m_status->setText(phase == 2 ? tr("Writing the dossier and evaluating…")
                                         : tr("Writing the dossier…"));
            return;
        }
        const qint64 total = m_total->load();
        if (total > 0)
            m_progress->setValue(int(m_done->load() * 100 / total));
    });
    retranslate();
    updateButtons();
    resize(860, 480);
}

ImportDialog::~ImportDialog()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ImportDialog::setSource(const QString &path)
{
    m_source->setText(QDir::toNativeSeparators(path));
    if (m_target->text().isEmpty()) {
        const QFileInfo info(path);
        m_target->setText(QDir::toNativeSeparators(info.absolutePath() + u'/' +
                                                   info.completeBaseName() + u'.' +
                                                   storage::Dossier::fileSuffix()));
    }
}

void ImportDialog::setTarget(const QString &path)
{
    m_target->setText(QDir::toNativeSeparators(path));
}

QString ImportDialog::target() const
{
    return QDir::fromNativeSeparators(m_target->text());
}

bool ImportDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("New Dossier from Workbook"));
    m_sourceLabel->setText(tr("&Workbook:"));
    m_targetLabel->setText(tr("&Dossier:"));
    m_folderButton->setText(tr("CSV &Folder…"));
    m_xlsxButton->setText(tr("&Excel File…"));
    m_targetButton->setText(tr("&Save As…"));
    m_importButton->setText(tr("&Import"));
    m_cancelButton->setText(tr("Cancel"));
    m_copyButton->setText(tr("&Copy Errors"));
    m_evaluateBox->setText(tr("E&valuate right after the import"));
    m_evaluateBox->setToolTip(tr("The rules run while the dossier is written, so the dossier "
                                 "opens with the evaluation result."));
    m_source->setAccessibleName(tr("Workbook to import"));
    m_target->setAccessibleName(tr("Dossier file to create"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_table->setAccessibleName(tr("Import errors"));
    m_source->setPlaceholderText(tr("A folder of CSV files or one .xlsx workbook"));
}

void ImportDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Choose the CSV Folder"), QDir::fromNativeSeparators(m_source->text()));
    if (!dir.isEmpty())
        setSource(dir);
}

void ImportDialog::chooseWorkbook()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the Workbook"),
                                                      QDir::fromNativeSeparators(m_source->text()),
                                                      tr("Excel workbooks (*.xlsx)"));
    if (!file.isEmpty())
        setSource(file);
}

void ImportDialog::chooseTarget()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save the Dossier As"), target(),
        tr("Tender dossiers (*.%1)").arg(storage::Dossier::fileSuffix()));
    if (!file.isEmpty())
        setTarget(file);
}

void ImportDialog::updateButtons()
{
    const bool running = isRunning();
    m_importButton->setEnabled(!running && !m_source->text().isEmpty() &&
                               !m_target->text().isEmpty());
    for (QWidget *w :
         {static_cast<QWidget *>(m_source), static_cast<QWidget *>(m_target),
          static_cast<QWidget *>(m_folderButton), static_cast<QWidget *>(m_xlsxButton),
          static_cast<QWidget *>(m_targetButton), static_cast<QWidget *>(m_evaluateBox)})
        w->setEnabled(!running);
    m_cancelButton->setText(running ? tr("Cancel") : tr("Close"));
}

void ImportDialog::start()
{
    if (isRunning())
        return;
    const QString source = QDir::fromNativeSeparators(m_source->text());
    const QString targetPath = target();
    m_cancel->store(false);
    m_done->store(0);
    m_total->store(0);
    m_phase->store(0);
    m_errors->setErrors({});
    m_table->hide();
    m_copyButton->hide();
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(source)));
    auto done = m_done;
    auto total = m_total;
    auto cancel = m_cancel;
    auto phase = m_phase;
    const bool evaluate = m_evaluateBox->isChecked();
    m_watcher.setFuture(
        QtConcurrent::run([source, targetPath, done, total, cancel, phase, evaluate] {
            // The dossier is written while the workbook is read and, when asked, evaluated as soon
            // as it is read (service::importWorkbook): one transaction, rolled back on an error or
            // a cancel, and a dossier the import created is removed again. The dossier is opened,
            // written and closed on this worker thread (one connection per thread). Evaluated with
            // the tender's own parameters; evaluation errors leave the import as it is (the main
            // window shows why at the first evaluation).
            service::ImportOptions options;
            options.evaluate = evaluate;
            options.progress = [&](qint64 d, qint64 t) {
                done->store(d);
                total->store(t);
                if (t > 0 && d >= t)
                    phase->store(evaluate ? 2 : 1); // read: the rest is writing (and evaluating)
                return !cancel->load();
            };
            const service::WorkbookImport result =
                service::importWorkbook(targetPath, source, QFileInfo(source).fileName(), options);
            Outcome out;
            if (!result.stored) {
                if (cancel->load())
                    out.cancelled = true;
                else if (!result.read.ok())
                    for (const io::ImportError &e : result.read.errors)
                        out.errors.push_back({e.file, e.row, e.column, e.message});
                else
                    out.failure = result.storageError;
                return out;
            }
            out.evaluated = result.evaluation && result.evaluation->runId;
            out.ok = true;
            return out;
        }));
    m_timer->start(100);
    updateButtons();
}

void ImportDialog::setEvaluateAfterImport(bool evaluate)
{
    m_evaluateBox->setChecked(evaluate);
}

void ImportDialog::done(const Outcome &outcome)
{
    m_progress->setRange(0, 100);
    updateButtons();
    if (outcome.ok) {
        m_progress->setValue(100);
        m_status->setText(outcome.evaluated ? tr("Imported and evaluated.") : tr("Imported."));
        Q_EMIT finished(true);
        accept();
        return;
    }
    m_progress->setValue(0);
    if (outcome.cancelled) {
        m_status->setText(tr("Import cancelled. Nothing was written."));
    } else if (!outcome.failure.isEmpty()) {
        m_status->setText(tr("The dossier could not be written: %1").arg(outcome.failure));
    } else {
        m_errors->setErrors(outcome.errors);
        m_status->setText(tr("The workbook has %n error(s). Nothing was imported; correct the "
                             "workbook and import again.",
                             nullptr, int(outcome.errors.size())));
        m_table->show();
        m_copyButton->show();
        m_table->resizeColumnsToContents();
    }
    Q_EMIT finished(false);
}

void ImportDialog::copyErrors()
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    QApplication::clipboard()->setText(m_errors->toText(rows));
    m_status->setText(tr("Copied %n error(s) to the clipboard.", nullptr,
                         int(rows.isEmpty() ? m_errors->rowCount() : rows.size())));
}

void ImportDialog::reject()
{
    if (isRunning()) {
        m_cancel->store(true);
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace td::ui
