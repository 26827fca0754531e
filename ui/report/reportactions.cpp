#include "reportactions.h"

#include "report/awardletter.h"
#include "report/awardreport.h"
#include "report/pdfexport.h"
#include "report/reportfonts.h"
#include "report/reportpainter.h"
#include "report/xlsxexport.h"
#include "storage/dossier.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>
#include <stdexcept>

namespace td::ui {

namespace {

QString languageName(report::Language language)
{
    if (language == report::Language::En)
        return QLocale(QLocale::English).nativeLanguageName();
    return QLocale(report::languageCode(language)).nativeLanguageName();
}

std::optional<report::ReportSource> sourceFromPath(const QString &path, QString *error)
{
    storage::OpenError openError;
    const auto dossier = storage::Dossier::open(path, storage::Dossier::Mode::ReadOnly, &openError);
    if (!dossier) {
        *error = openError.message;
        return std::nullopt;
    }
    report::SourceError sourceError;
    auto source = report::loadReportSource(*dossier, &sourceError);
    if (!source)
        *error = sourceError.message;
    return source;
}

} // namespace

ReportActions::ReportActions(QWidget *parentWidget) : QObject(parentWidget), m_parent(parentWidget)
{
    m_print = new QAction(this);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    m_preview = new QAction(this);
    m_preview->setIcon(QIcon::fromTheme(QStringLiteral("document-print-preview")));
    m_exportPdf = new QAction(this);
    m_exportPdf->setIcon(QIcon::fromTheme(QStringLiteral("application-pdf")));
    m_exportXlsx = new QAction(this);
    m_exportLetters = new QAction(this);
    connect(m_print, &QAction::triggered, this, &ReportActions::print);
    connect(m_preview, &QAction::triggered, this, &ReportActions::printPreview);
    connect(m_exportPdf, &QAction::triggered, this, &ReportActions::exportPdf);
    connect(m_exportXlsx, &QAction::triggered, this, &ReportActions::exportXlsx);
    connect(m_exportLetters, &QAction::triggered, this, &ReportActions::exportLetters);
    buildOptionsMenu();
    retranslate();
    updateEnabled();
}

ReportActions::~ReportActions()
{
    delete m_optionsMenu; // a QMenu has no QObject parent here (it is a widget)
}

QList<QAction *> ReportActions::actions() const
{
    return {m_print, m_preview, m_exportPdf, m_exportXlsx, m_exportLetters};
}

void ReportActions::setSourceProvider(SourceProvider provider)
{
    m_provider = std::move(provider);
    updateEnabled();
}

void ReportActions::setDossierPath(const QString &path)
{
    m_path = path;
    if (path.isEmpty())
        m_provider = {};
    else
        m_provider = [path](QString *error) { return sourceFromPath(path, error); };
    updateEnabled();
}

void ReportActions::setOptions(const report::ReportOptions &options)
{
    m_options = options;
    const auto check = [](QActionGroup *group, const QVariant &value) {
        for (QAction *a : group->actions())
            a->setChecked(a->data() == value);
    };
    check(m_languageGroup, static_cast<int>(options.language));
    check(m_secondGroup, options.secondLanguage ? static_cast<int>(*options.secondLanguage) : -1);
    check(m_paperGroup, static_cast<int>(options.paper));
}

void ReportActions::updateEnabled()
{
    for (QAction *a : actions())
        a->setEnabled(static_cast<bool>(m_provider));
}

void ReportActions::buildOptionsMenu()
{
    m_optionsMenu = new QMenu();
    m_languageMenu = m_optionsMenu->addMenu(QString());
    m_secondMenu = m_optionsMenu->addMenu(QString());
    m_paperMenu = m_optionsMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_secondGroup = new QActionGroup(this);
    m_paperGroup = new QActionGroup(this);

    QAction *none = m_secondMenu->addAction(QString());
    none->setData(-1);
    none->setCheckable(true);
    none->setChecked(true);
    m_secondGroup->addAction(none);
    for (const QString &code : report::languageCodes()) {
        const report::Language language = *report::languageFromCode(code);
        QAction *primary = m_languageMenu->addAction(languageName(language));
        primary->setData(static_cast<int>(language));
        primary->setCheckable(true);
        primary->setChecked(language == m_options.language);
        m_languageGroup->addAction(primary);
        QAction *second = m_secondMenu->addAction(languageName(language));
        second->setData(static_cast<int>(language));
        second->setCheckable(true);
        m_secondGroup->addAction(second);
    }
    for (const report::Paper paper : {report::Paper::A4, report::Paper::Letter}) {
        QAction *a = m_paperMenu->addAction(paper == report::Paper::A4 ? QStringLiteral("A4")
                                                                       : QStringLiteral("Letter"));
        a->setData(static_cast<int>(paper));
        a->setCheckable(true);
        a->setChecked(paper == m_options.paper);
        m_paperGroup->addAction(a);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *a) {
        m_options.language = static_cast<report::Language>(a->data().toInt());
    });
    connect(m_secondGroup, &QActionGroup::triggered, this, [this](QAction *a) {
        const int value = a->data().toInt();
        m_options.secondLanguage =
            value < 0 ? std::nullopt : std::optional(static_cast<report::Language>(value));
    });
    connect(m_paperGroup, &QActionGroup::triggered, this, [this](QAction *a) {
        m_options.paper = static_cast<report::Paper>(a->data().toInt());
    });
}

void ReportActions::retranslate()
{
    m_print->setText(tr("&Print Report…"));
    m_preview->setText(tr("Print Pre&view…"));
    m_exportPdf->setText(tr("Export Report as P&DF…"));
    m_exportXlsx->setText(tr("Export Report as &XLSX…"));
    m_exportLetters->setText(tr("Export Award &Letters…"));
    m_optionsMenu->setTitle(tr("Report &Options"));
    m_languageMenu->setTitle(tr("Report &Language"));
    m_secondMenu->setTitle(tr("&Second Language (beneath each label)"));
    m_paperMenu->setTitle(tr("&Paper"));
    m_secondGroup->actions().constFirst()->setText(tr("None"));
}

void ReportActions::fail(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

bool ReportActions::checkFonts()
{
    std::vector<report::Language> languages{m_options.language};
    if (m_options.secondLanguage)
        languages.push_back(*m_options.secondLanguage);
    if (const auto error = report::missingFontError(languages)) {
        fail(*error);
        return false;
    }
    return true;
}

// Runs `job` on a worker thread behind a progress dialog; the job returns an error or nothing.
bool ReportActions::runJob(const QString &label,
                           const std::function<QString(const std::function<bool(int, int)> &)> &job)
{
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto done = std::make_shared<std::atomic<int>>(0);
    auto total = std::make_shared<std::atomic<int>>(0);
    const auto progress = [cancel, done, total](int d, int t) {
        done->store(d);
        total->store(t);
        return !cancel->load();
    };
    QFuture<QString> future = QtConcurrent::run([job, progress] { return job(progress); });

    QProgressDialog dialog(label, tr("Cancel"), 0, 0, m_parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    QTimer poll;
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    connect(&dialog, &QProgressDialog::canceled, &dialog, [cancel] { cancel->store(true); });
    connect(&poll, &QTimer::timeout, &dialog, [&] {
        dialog.setMaximum(total->load());
        dialog.setValue(done->load());
    });
    watcher.setFuture(future);
    poll.start(100);
    if (!future.isFinished())
        loop.exec();
    poll.stop();
    const QString error = future.result();
    if (!error.isEmpty()) {
        fail(error);
        return false;
    }
    return true;
}

std::optional<report::ReportSource> ReportActions::loadSource()
{
    if (!m_provider) {
        fail(tr("Open a dossier first."));
        return std::nullopt;
    }
    auto source = std::make_shared<std::optional<report::ReportSource>>();
    const SourceProvider provider = m_provider;
    if (!runJob(tr("Reading the evaluation run…"), [provider, source](const auto &) {
            QString error;
            *source = provider(&error);
            return *source ? QString() : error;
        }))
        return std::nullopt;
    return std::move(*source);
}

void ReportActions::paintOn(QPrinter *printer, const report::ReportSource &source)
{
    try {
        const report::ReportDocument document = report::buildAwardReport(source, m_options);
        report::ReportPainter painter(document,
                                      report::documentFamilies(document.language, document.secondLanguage));
        if (!painter.paint(printer))
            fail(painter.errorString());
    } catch (const std::overflow_error &) {
        fail(tr("A value is too large to print exactly."));
    }
}

void ReportActions::print()
{
    if (!checkFonts())
        return;
    const auto source = loadSource();
    if (!source)
        return;
    QPrinter printer(QPrinter::HighResolution);
    report::ReportPainter::setupDevice(&printer, m_options.paper);
    QPrintDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Print Award Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    paintOn(&printer, *source);
}

void ReportActions::printPreview()
{
    if (!checkFonts())
        return;
    const auto source = loadSource();
    if (!source)
        return;
    QPrinter printer(QPrinter::HighResolution);
    report::ReportPainter::setupDevice(&printer, m_options.paper);
    QPrintPreviewDialog preview(&printer, m_parent);
    preview.setWindowTitle(tr("Award Report Preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this, &source](QPrinter *p) { paintOn(p, *source); });
    preview.exec();
}

bool ReportActions::exportPdfTo(const QString &path)
{
    if (!m_provider) {
        fail(tr("Open a dossier first."));
        return false;
    }
    if (!checkFonts())
        return false;
    const SourceProvider provider = m_provider;
    const report::ReportOptions options = m_options;
    const bool ok = runJob(tr("Writing %1…").arg(QFileInfo(path).fileName()),
                           [provider, options, path](const std::function<bool(int, int)> &progress) {
                               QString error;
                               const auto source = provider(&error);
                               if (!source)
                                   return error;
                               try {
                                   const auto result = report::writePdf(
                                       report::buildAwardReport(*source, options), path, progress);
                                   return result.ok ? QString() : result.error;
                               } catch (const std::overflow_error &) {
                                   return tr("A value is too large to print exactly.");
                               }
                           });
    if (ok)
        Q_EMIT exported(path);
    return ok;
}

bool ReportActions::exportXlsxTo(const QString &path)
{
    if (!m_provider) {
        fail(tr("Open a dossier first."));
        return false;
    }
    const SourceProvider provider = m_provider;
    const report::ReportOptions options = m_options;
    const bool ok = runJob(tr("Writing %1…").arg(QFileInfo(path).fileName()),
                           [provider, options, path](const auto &) {
                               QString error;
                               const auto source = provider(&error);
                               if (!source)
                                   return error;
                               const auto result = report::writeXlsx(*source, options, path);
                               return result.ok ? QString() : result.error;
                           });
    if (ok)
        Q_EMIT exported(path);
    return ok;
}

bool ReportActions::exportLettersTo(const QString &folder)
{
    if (!m_provider) {
        fail(tr("Open a dossier first."));
        return false;
    }
    if (!checkFonts())
        return false;
    const SourceProvider provider = m_provider;
    const report::ReportOptions options = m_options;
    const bool ok = runJob(tr("Writing award letters…"),
                           [provider, options, folder](const std::function<bool(int, int)> &progress) {
                               QString error;
                               const auto source = provider(&error);
                               if (!source)
                                   return error;
                               const QDir dir(folder);
                               if (!dir.exists() && !QDir().mkpath(folder))
                                   return tr("Cannot create the folder %1.").arg(folder);
                               const auto letters = report::buildAwardLetters(*source, options);
                               int n = 0;
                               for (const auto &letter : letters) {
                                   const auto result = report::writePdf(
                                       letter.document, dir.filePath(report::letterFileName(letter.bidderId)));
                                   if (!result.ok)
                                       return result.error;
                                   if (!progress(++n, static_cast<int>(letters.size())))
                                       return tr("Export cancelled.");
                               }
                               return QString();
                           });
    if (ok)
        Q_EMIT exported(folder);
    return ok;
}

void ReportActions::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Export Award Report as PDF"),
                                                      QString(), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdfTo(path);
}

void ReportActions::exportXlsx()
{
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Export Award Report as XLSX"),
                                                      QString(), tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportXlsxTo(path);
}

void ReportActions::exportLetters()
{
    const QString folder = QFileDialog::getExistingDirectory(m_parent, tr("Folder for Award Letters"));
    if (!folder.isEmpty())
        exportLettersTo(folder);
}

} // namespace td::ui
