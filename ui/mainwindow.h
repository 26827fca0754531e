#pragma once

#include "dialogs/runcomparisondialog.h"
#include "model/evaluationresult.h"
#include "model/parameters.h"
#include "models/fieldedit.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTranslator;
class QUndoStack;

namespace td::ui {

class AllocationModel;
class BidLadderChart;
class BidModel;
class BidderModel;
class DemandModel;
class DossierSession;
class ExplanationWidget;
class ParameterModel;
class ProductModel;
class ReportActions;
class ReferencePriceModel;
class RegionPickModel;
class RunModel;
class SavingsChart;
class SortFilterProxyModel;
class UnassignedModel;
class VolumeShareChart;
class WinnerTotalModel;

/// The workstation window: products, bids of the selected product with the explanation,
/// volumes, bidders, reference prices, charts, the parameters panel and the runs history.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The interface languages: "en", "zh_CN", "lo", "th".
    static QStringList languages();
    /// Installs the translators and font of `language` for the whole application (also at
    /// start-up, before any window exists). Returns false for an unknown language.
    static bool applyLanguage(const QString &language);
    static QString currentLanguage();

    /// Opens `path` (in the background; the window shows progress). Locked dossiers offer
    /// read-only. Returns at once; dossierOpened() or an error dialog follows.
    void openDossier(const QString &path);
    /// The same, waiting until the dossier is open or has failed (tests, start-up).
    bool openDossierNow(const QString &path, bool readOnly = false);
    void closeDossier();
    /// Runs Evaluate in the background; evaluationFinished() follows.
    void evaluate();
    void setLanguage(const QString &language);

    DossierSession *session() const { return m_session.get(); }
    QUndoStack *undoStack() const { return m_undo; }
    ProductModel *productModel() const { return m_productModel; }
    BidModel *bidModel() const { return m_bidModel; }
    QTableView *productView() const { return m_productView; }
    QTableView *bidView() const { return m_bidView; }
    ExplanationWidget *explanation() const { return m_explanation; }
    /// Selects `productId` in the products view.
    bool selectProduct(const QString &productId);
    /// Hook for the award report (ui/report): actions inserted in the File menu after Export.
    void addReportActions(const QList<QAction *> &actions);
    ReportActions *reportActions() const { return m_reportActions; }
    /// The teaching note of the selected demo product (hidden for other tenders).
    QLabel *teachingNoteLabel() const { return m_teachingNote; }

    /// Help → Workshop → Reset Demo to Pristine: rewrites the open demo dossier (asking first
    /// when `confirm`), or writes the demo to DemoReset::defaultPath(), and opens it.
    bool resetDemo(bool confirm = true);
    /// Help → Workshop → Presentation Mode: larger fonts, full screen, high-contrast charts.
    void setPresentationMode(bool on);
    bool isPresentationMode() const;
    /// Help → Workshop → Guided What-If…: the dialog, then runWhatIf().
    void guidedWhatIf();
    /// Evaluates with `parameters` as a new run and opens the comparison of the shown run with
    /// it; `ruleSet`/`spreadFactor` (empty: unchanged) are what "Keep These Parameters" writes
    /// into the tender. False when nothing was started.
    bool runWhatIf(const model::Parameters &parameters, const QString &ruleSet,
                   const QString &spreadFactor);
    /// The comparison opened by the last what-if (tests).
    RunComparisonDialog *whatIfComparison() const { return m_whatIfComparison; }

Q_SIGNALS:
    void dossierOpened();
    void evaluationFinished(bool ok);
    /// A what-if run was stored and its comparison with `previousRun` opened.
    void whatIfCompared(qint64 previousRun, qint64 newRun);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createViews();
    void createDocks();
    void retranslate();
    void refreshLocale();
    void retranslateUndo();
    void updateActions();
    void updateTitle();
    void updateStaleBanner();
    void readSettings();
    void writeSettings();
    void addRecent(const QString &path);
    void rebuildRecentMenu();

    void showSession(std::shared_ptr<DossierSession> session);
    void handleOpenFailure(const QString &path, int kind, const QString &message);
    void onProductSelected();
    void onBidSelected();
    void refreshProductViews();
    void refreshResultViews();
    void refreshRuns();
    void pushEdit(const FieldEdit &edit);
    void onFieldChanged(const FieldEdit &edit);
    void showRefusal(const QString &reason);
    void finishEvaluation();
    bool startEvaluation(const model::Parameters &parameters,
                         std::function<void(bool ok, std::optional<qint64> runId)> then);
    void finishWhatIf(bool keep);
    void updateTeachingNote();
    /// The one place the window shows errors that arrive as messages (reports, workshop).
    void showError(const QString &message);

    void newFromWorkbook();
    void openFile();
    void saveCopyAs();
    void exportCsv();
    void exportJson();
    void compareRuns();
    void showSelectedRun();
    void about();

    std::shared_ptr<DossierSession> m_session;
    /// The result the views point into: kept alive until they point elsewhere, then released
    /// off the UI thread (freeing millions of allocations there would stall it).
    std::shared_ptr<const model::EvaluationResult> m_shownResult;
    void holdShownResult();
    QUndoStack *m_undo;

    ProductModel *m_productModel;
    SortFilterProxyModel *m_productProxy;
    BidModel *m_bidModel;
    SortFilterProxyModel *m_bidProxy;
    AllocationModel *m_allocationModel;
    RegionPickModel *m_pickModel;
    WinnerTotalModel *m_totalModel;
    UnassignedModel *m_unassignedModel;
    BidderModel *m_bidderModel;
    SortFilterProxyModel *m_bidderProxy;
    ReferencePriceModel *m_referenceModel;
    SortFilterProxyModel *m_referenceProxy;
    ParameterModel *m_parameterModel;
    RunModel *m_runModel;
    DemandModel *m_demandModel = nullptr; ///< demand of the selected product (quantity editable)
    QLabel *m_demandTitle = nullptr;
    QTableView *m_demandView = nullptr;

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_bidSplitter = nullptr;
    QLabel *m_staleBanner = nullptr;
    QLabel *m_productSearchLabel = nullptr;
    QLineEdit *m_productSearch = nullptr;
    QTableView *m_productView = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_bidSearchLabel = nullptr;
    QLineEdit *m_bidSearch = nullptr;
    QLabel *m_bidStatusLabel = nullptr;
    QComboBox *m_bidStatus = nullptr;
    QTableView *m_bidView = nullptr;
    QLabel *m_teachingNote = nullptr;
    ExplanationWidget *m_explanation = nullptr;
    QLabel *m_allocationTitle = nullptr, *m_pickTitle = nullptr, *m_totalTitle = nullptr,
           *m_unassignedTitle = nullptr;
    QTableView *m_allocationView = nullptr, *m_pickView = nullptr, *m_totalView = nullptr,
               *m_unassignedView = nullptr;
    QTableView *m_bidderView = nullptr;
    QTableView *m_referenceView = nullptr;
    BidLadderChart *m_ladderChart = nullptr;
    VolumeShareChart *m_shareChart = nullptr;
    SavingsChart *m_savingsChart = nullptr;

    QDockWidget *m_parameterDock = nullptr;
    QLabel *m_ruleSetLabel = nullptr;
    QComboBox *m_ruleSet = nullptr;
    QLabel *m_parameterErrors = nullptr;
    QTableView *m_parameterView = nullptr;
    QPushButton *m_evaluateButton = nullptr;
    QDockWidget *m_runDock = nullptr;
    QTableView *m_runView = nullptr;
    QPushButton *m_showRunButton = nullptr;
    QPushButton *m_compareButton = nullptr;

    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_modeLabel = nullptr;

    QMenu *m_fileMenu = nullptr, *m_recentMenu = nullptr, *m_exportMenu = nullptr,
          *m_editMenu = nullptr, *m_viewMenu = nullptr, *m_languageMenu = nullptr,
          *m_evaluateMenu = nullptr, *m_helpMenu = nullptr, *m_workshopMenu = nullptr;
    QAction *m_newAction = nullptr, *m_openAction = nullptr, *m_saveCopyAction = nullptr,
            *m_exportCsvAction = nullptr, *m_exportJsonAction = nullptr, *m_closeAction = nullptr,
            *m_quitAction = nullptr, *m_undoAction = nullptr, *m_redoAction = nullptr,
            *m_findAction = nullptr, *m_evaluateAction = nullptr, *m_cancelAction = nullptr,
            *m_compareAction = nullptr, *m_aboutAction = nullptr, *m_reportSeparator = nullptr,
            *m_clearRecentAction = nullptr, *m_resetDemoAction = nullptr,
            *m_presentationAction = nullptr, *m_whatIfAction = nullptr;
    ReportActions *m_reportActions = nullptr;
    QPointer<RunComparisonDialog> m_whatIfComparison;
    struct WhatIf
    {
        qint64 previousRun = 0;
        qint64 newRun = 0;
        QString ruleSet;
        QString spreadFactor;
    };
    std::optional<WhatIf> m_whatIf;
    Qt::WindowStates m_statesBeforePresentation = Qt::WindowNoState;
    QActionGroup *m_languageGroup = nullptr;
    QList<QAction *> m_languageActions;
    QList<QAction *> m_tabActions;

    bool m_evaluating = false;
    std::shared_ptr<std::atomic<int>> m_evalDone, m_evalTotal;
    std::shared_ptr<std::atomic<bool>> m_evalCancel;
    class QTimer *m_progressTimer = nullptr;
    QStringList m_recent;
    QString m_selectedProduct;
    bool m_opening = false;
};

} // namespace td::ui
