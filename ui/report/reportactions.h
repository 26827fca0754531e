#pragma once

#include "report/reportoptions.h"
#include "report/reportsource.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QMenu;
class QPrinter;
class QWidget;

namespace td::ui {

/// The report entry points of the window: Print…, Print Preview…, Export PDF…, Export XLSX… and
/// Export Award Letters…, plus a "Report Options" menu (language, second language, paper). The
/// UI engineer puts actions() into the File menu and connects errorOccurred() to the one place
/// the window shows errors.
///
/// Reports come from core/report: the same ReportPainter paints the QPrinter (print and preview)
/// and the QPdfWriter (export), so preview, paper and PDF agree. The source is loaded through
/// the source provider, by default from the dossier file set with setDossierPath() (opened
/// read-only, so it works beside the window's own writable handle); a dossier without a run or
/// changed since the last run gives "evaluate first". Loading and exports run on a worker
/// thread behind a progress dialog with Cancel; printing paints in the UI thread, as
/// QPrintPreviewDialog requires.
class ReportActions : public QObject
{
    Q_OBJECT
public:
    /// Returns the report source or fills `error` (translated). Called on a worker thread.
    using SourceProvider = std::function<std::optional<report::ReportSource>(QString *error)>;

    explicit ReportActions(QWidget *parentWidget);
    ~ReportActions() override;

    void setSourceProvider(SourceProvider provider);
    /// Reads reports from the dossier at `path` (empty: actions disabled).
    void setDossierPath(const QString &path);
    QString dossierPath() const { return m_path; }

    void setOptions(const report::ReportOptions &options);
    report::ReportOptions options() const { return m_options; }

    QAction *printAction() const { return m_print; }
    QAction *printPreviewAction() const { return m_preview; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *exportXlsxAction() const { return m_exportXlsx; }
    QAction *exportLettersAction() const { return m_exportLetters; }
    /// In File-menu order.
    QList<QAction *> actions() const;
    /// Language, second language and paper choices.
    QMenu *optionsMenu() const { return m_optionsMenu; }

    /// Export without dialogs (tests, automation). False with errorOccurred() on failure.
    bool exportPdfTo(const QString &path);
    bool exportXlsxTo(const QString &path);
    bool exportLettersTo(const QString &folder);

public Q_SLOTS:
    void print();
    void printPreview();
    void exportPdf();
    void exportXlsx();
    void exportLetters();
    void retranslate();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    /// A file or folder was written.
    void exported(const QString &path);

private:
    std::optional<report::ReportSource> loadSource();
    bool checkFonts();
    bool runJob(const QString &label, const std::function<QString(const std::function<bool(int, int)> &)> &job);
    void paintOn(QPrinter *printer, const report::ReportSource &source);
    void fail(const QString &message);
    void updateEnabled();
    void buildOptionsMenu();

    QPointer<QWidget> m_parent;
    SourceProvider m_provider;
    QString m_path;
    report::ReportOptions m_options;
    QAction *m_print = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_exportXlsx = nullptr;
    QAction *m_exportLetters = nullptr;
    QMenu *m_optionsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_secondMenu = nullptr;
    QMenu *m_paperMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QActionGroup *m_secondGroup = nullptr;
    QActionGroup *m_paperGroup = nullptr;
};

} // namespace td::ui
