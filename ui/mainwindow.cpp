#include "mainwindow.h"

#include "aboutdialog.h"
#include "charts/bidladderchart.h"
#include "charts/savingschart.h"
#include "charts/volumesharechart.h"
#include "commands/editfieldcommand.h"
#include "demo/demo.h"
#include "dialogs/importdialog.h"
#include "dialogs/runcomparisondialog.h"
#include "dialogs/whatifdialog.h"
#include "dossiersession.h"
#include "io/resultjson.h"
#include "models/allocationmodel.h"
#include "models/biddermodel.h"
#include "models/bidmodel.h"
#include "models/demandmodel.h"
#include "models/modelroles.h"
#include "models/parametermodel.h"
#include "models/productmodel.h"
#include "models/referencepricemodel.h"
#include "models/regionpickmodel.h"
#include "models/runmodel.h"
#include "models/sortfilterproxymodel.h"
#include "models/unassignedmodel.h"
#include "models/winnertotalmodel.h"
#include "report/reportactions.h"
#include "statusstyle.h"
#include "widgets/explanationwidget.h"
#include "widgets/validatingitemdelegate.h"
#include "workshop/demoreset.h"
#include "workshop/presentationmode.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolTip>
#include <QTranslator>
#include <QUndoStack>
#include <QVBoxLayout>

namespace td::ui {

namespace {

QTranslator *s_appTranslator = nullptr;
QTranslator *s_qtTranslator = nullptr;
QString s_language = QStringLiteral("en");
QFont s_baseFont;
bool s_baseFontSaved = false;

constexpr int MaxRecent = 8;

/// Font families per language, first the script's own face, then faces for the other scripts a
/// tender holds (Chinese product names appear in every language).
QStringList fontFamilies(const QString &language)
{
    const QString cjk = QStringLiteral("Noto Sans CJK SC");
    const QStringList lao = {QStringLiteral("Noto Sans Lao"), QStringLiteral("Phetsarath OT"),
                             QStringLiteral("Saysettha OT")};
    const QStringList thai = {QStringLiteral("Noto Sans Thai"), QStringLiteral("Loma"),
                              QStringLiteral("Garuda")};
    const QStringList available = QFontDatabase::families();
    auto pick = [&](const QStringList &candidates) {
        QStringList out;
        for (const QString &f : candidates) {
            if (available.contains(f))
                out << f;
        }
        return out;
    };
    QStringList families;
    if (language == u"zh_CN")
        families << pick({cjk});
    else if (language == u"th")
        families << pick(thai);
    else if (language == u"lo")
        // fontconfig resolves the generic face to a Lao font under a Lao locale: name a Latin
        // face explicitly so letters and digits stay plain.
        families << pick({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                          QStringLiteral("Liberation Sans")})
                        .mid(0, 1);
    // QFont::families() is empty when the platform set only family().
    families << (s_baseFont.families().isEmpty() ? QStringList{s_baseFont.family()}
                                                 : s_baseFont.families());
    // Lao: Latin letters and digits stay in the base face (Phetsarath's digits are hard to read
    // in tables of prices); the Lao face follows it and draws the Lao script.
    if (language == u"lo")
        families << pick(lao);
    // Fallbacks: Han in the SC face (not the Japanese one), Lao and Thai faces.
    for (const QString &f : pick(QStringList{cjk} + lao + thai)) {
        if (!families.contains(f))
            families << f;
    }
    return families;
}

/// Row height for the current font, with room for Lao and Thai marks above and below.
int rowHeight(const QWidget *view)
{
    int height = view->fontMetrics().height();
    for (const QString &family : view->font().families()) {
        QFont f = view->font();
        f.setFamilies({family});
        height = std::max(height, QFontMetrics(f).height());
    }
    return height + 8;
}

void configureTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->verticalHeader()->setDefaultSectionSize(rowHeight(view));
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
}

/// Columns as wide as their contents (the rows fetched so far), long texts capped so one
/// company name cannot push every figure out of sight.
void fitColumns(QTableView *view)
{
    // Sized from the first 100 rows (Qt's default measures 1,000: 30-60 ms on the UI thread
    // for a product's allocations at every selection); columns are capped below anyway.
    view->horizontalHeader()->setResizeContentsPrecision(100);
    view->resizeColumnsToContents();
    const int cap = view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24;
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        if (view->columnWidth(c) > cap)
            view->setColumnWidth(c, cap);
    }
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

QStringList MainWindow::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("lo"),
            QStringLiteral("th")};
}

QString MainWindow::currentLanguage()
{
    return s_language;
}

bool MainWindow::applyLanguage(const QString &language)
{
    if (!languages().contains(language))
        return false;
    if (!s_baseFontSaved) {
        s_baseFont = QApplication::font();
        if (PresentationMode::isEnabled() && s_baseFont.pointSizeF() > 0) // the size before it
            s_baseFont.setPointSizeF(s_baseFont.pointSizeF() / PresentationMode::FontScale);
        s_baseFontSaved = true;
    }
    if (s_appTranslator) {
        QCoreApplication::removeTranslator(s_appTranslator);
        delete s_appTranslator;
        s_appTranslator = nullptr;
    }
    if (s_qtTranslator) {
        QCoreApplication::removeTranslator(s_qtTranslator);
        delete s_qtTranslator;
        s_qtTranslator = nullptr;
    }
    s_language = language;
    const QLocale locale(language);
    QLocale::setDefault(locale);
    // The language's font first: installing a translator sends LanguageChange at once, and the
    // windows fit their columns to the new texts then (Lao and Thai are wider than Latin).
    QFont font = s_baseFont;
    font.setFamilies(fontFamilies(language));
    QApplication::setFont(PresentationMode::scaled(font));
    if (language != u"en") {
        auto *qt = new QTranslator;
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            s_qtTranslator = qt;
            QCoreApplication::installTranslator(qt);
        } else {
            delete qt;
        }
    }
    auto *app = new QTranslator;
    // Embedded in the application; else beside an installed binary or in TD_TRANSLATIONS_DIR.
    const QString file = QStringLiteral("tenderdesk_%1.qm").arg(language);
    if (app->load(QStringLiteral(":/i18n/") + file) ||
        app->load(file, qEnvironmentVariable("TD_TRANSLATIONS_DIR")) ||
        app->load(file, QCoreApplication::applicationDirPath() +
                            QStringLiteral("/../share/tenderdesk/translations"))) {
        s_appTranslator = app;
        QCoreApplication::installTranslator(app);
    } else {
        delete app;
    }
    // Without a translator installed nothing sends LanguageChange; send it so every window
    // re-reads its texts and numbers in the new locale.
    if (!s_appTranslator && !s_qtTranslator) {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            QEvent event(QEvent::LanguageChange);
            QCoreApplication::sendEvent(w, &event);
        }
    }
    return true;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_undo(new QUndoStack(this)), m_productModel(new ProductModel(this)),
      m_productProxy(new SortFilterProxyModel(this)), m_bidModel(new BidModel(this)),
      m_bidProxy(new SortFilterProxyModel(this)), m_allocationModel(new AllocationModel(this)),
      m_pickModel(new RegionPickModel(this)), m_totalModel(new WinnerTotalModel(this)),
      m_unassignedModel(new UnassignedModel(this)), m_bidderModel(new BidderModel(this)),
      m_bidderProxy(new SortFilterProxyModel(this)),
      m_referenceModel(new ReferencePriceModel(this)),
      m_referenceProxy(new SortFilterProxyModel(this)), m_parameterModel(new ParameterModel(this)),
      m_runModel(new RunModel(this)), m_evalDone(std::make_shared<std::atomic<int>>(0)),
      m_evalTotal(std::make_shared<std::atomic<int>>(0)),
      m_evalCancel(std::make_shared<std::atomic<bool>>(false)), m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_productProxy->setSourceModel(m_productModel);
    m_bidProxy->setSourceModel(m_bidModel);
    m_bidderProxy->setSourceModel(m_bidderModel);
    m_referenceProxy->setSourceModel(m_referenceModel);
    m_demandModel = new DemandModel(this);

    for (EditableTableModel *model : std::initializer_list<EditableTableModel *>{
             m_bidModel, m_bidderModel, m_referenceModel, m_parameterModel, m_demandModel}) {
        model->setValidator([this](const FieldEdit &edit) -> std::optional<QString> {
            if (!m_session)
                return tr("No dossier is open");
            return m_session->validate(edit);
        });
        connect(model, &EditableTableModel::editRequested, this, &MainWindow::pushEdit);
        connect(model, &EditableTableModel::editRefused, this, &MainWindow::showRefusal);
        model->setReadOnly(true);
    }

    createActions();
    createViews();
    createDocks();
    createMenus();

    m_reportActions = new ReportActions(this);
    addReportActions(m_reportActions->actions());
    m_fileMenu->insertMenu(m_reportSeparator, m_reportActions->optionsMenu());
    connect(m_reportActions, &ReportActions::errorOccurred, this, &MainWindow::showError);
    connect(m_reportActions, &ReportActions::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    });

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_cancelButton = new QPushButton(this);
    m_cancelButton->hide();
    m_modeLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_modeLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, m_cancelAction, &QAction::trigger);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        const int total = m_evalTotal->load();
        if (total > 0) {
            m_progress->setRange(0, total);
            m_progress->setValue(m_evalDone->load());
        }
    });

    // Tables refit their columns when their font changes (eventFilter).
    for (QTableView *view : findChildren<QTableView *>())
        view->installEventFilter(this);

    retranslate();
    readSettings();
    updateActions();
    updateTitle();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // A language's font reaches a table in a hidden tab only when the tab is shown, after the
    // columns were fitted for the language: fit them again then, or Lao and Thai figures would
    // be cut off.
    if (event->type() == QEvent::FontChange) {
        auto *view = qobject_cast<QTableView *>(watched);
        if (view && view->model() && view->model()->rowCount() > 0)
            QTimer::singleShot(0, view, [view] { fitColumns(view); });
    }
    return QMainWindow::eventFilter(watched, event);
}

MainWindow::~MainWindow()
{
    // Editors still open commit while the widgets go away: nothing may reach this window then.
    for (auto *delegate : findChildren<ValidatingItemDelegate *>())
        delegate->disconnect(this);
    for (EditableTableModel *model : std::initializer_list<EditableTableModel *>{
             m_bidModel, m_bidderModel, m_referenceModel, m_parameterModel, m_demandModel})
        model->disconnect(this);
    if (m_session && m_evaluating)
        m_evalCancel->store(true);
    m_undo->clear();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newFromWorkbook);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFile);
    m_saveCopyAction = new QAction(this);
    m_saveCopyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopyAs);
    m_exportCsvAction = new QAction(this);
    m_exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_exportCsvAction, &QAction::triggered, this, &MainWindow::exportCsv);
    m_exportJsonAction = new QAction(this);
    m_exportJsonAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    connect(m_exportJsonAction, &QAction::triggered, this, &MainWindow::exportJson);
    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeDossier);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        m_recent.clear();
        rebuildRecentMenu();
        writeSettings();
    });

    // Own actions (not QUndoStack::createUndoAction) so "Undo …" is translated by our catalogue.
    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcuts(
        {QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    connect(m_redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        retranslateUndo();
        updateActions();
    });
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_productSearch->setFocus(Qt::ShortcutFocusReason);
        m_productSearch->selectAll();
    });

    m_evaluateAction = new QAction(this);
    m_evaluateAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_evaluateAction, &QAction::triggered, this, &MainWindow::evaluate);
    m_cancelAction = new QAction(this);
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        m_evalCancel->store(true);
        statusBar()->showMessage(tr("Cancelling the evaluation…"));
    });
    m_compareAction = new QAction(this);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::compareRuns);
    m_aboutAction = new QAction(this);
    m_aboutAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_resetDemoAction = new QAction(this);
    connect(m_resetDemoAction, &QAction::triggered, this, [this] { resetDemo(true); });
    m_presentationAction = new QAction(this);
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcuts(
        {QKeySequence(Qt::Key_F11), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    m_presentationAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);
    addAction(m_presentationAction); // F11 also works with the menu bar hidden
    m_whatIfAction = new QAction(this);
    connect(m_whatIfAction, &QAction::triggered, this, &MainWindow::guidedWhatIf);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    const QStringList codes = languages();
    for (int i = 0; i < codes.size(); ++i) {
        auto *action = new QAction(this);
        action->setCheckable(true);
        action->setData(codes.at(i));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        m_languageGroup->addAction(action);
        m_languageActions << action;
        connect(action, &QAction::triggered, this,
                [this, code = codes.at(i)] { setLanguage(code); });
    }
    for (int i = 0; i < 6; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] {
            if (i == 0)
                m_productView->setFocus(Qt::ShortcutFocusReason);
            else if (i - 1 < m_tabs->count())
                m_tabs->setCurrentIndex(i - 1);
        });
        addAction(action);
        m_tabActions << action;
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveCopyAction);
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportMenu->addAction(m_exportCsvAction);
    m_exportMenu->addAction(m_exportJsonAction);
    // HOOK (award report, ui/report/reportactions.h): Print…, Print Preview, Export PDF and
    // Export XLSX go here through addReportActions(), before this separator.
    m_reportSeparator = m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_parameterDock->toggleViewAction());
    m_viewMenu->addAction(m_runDock->toggleViewAction());
    // Ctrl+P is Print (the report actions).
    m_parameterDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_runDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));

    m_evaluateMenu = menuBar()->addMenu(QString());
    m_evaluateMenu->addAction(m_evaluateAction);
    m_evaluateMenu->addAction(m_cancelAction);
    m_evaluateMenu->addSeparator();
    m_evaluateMenu->addAction(m_compareAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_workshopMenu = m_helpMenu->addMenu(QString());
    m_workshopMenu->addAction(m_resetDemoAction);
    m_workshopMenu->addAction(m_presentationAction);
    m_workshopMenu->addAction(m_whatIfAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    rebuildRecentMenu();
}

void MainWindow::addReportActions(const QList<QAction *> &actions)
{
    if (actions.isEmpty())
        return;
    m_fileMenu->insertActions(m_reportSeparator, actions);
    m_fileMenu->insertSeparator(actions.constFirst());
}

void MainWindow::createViews()
{
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(4, 4, 4, 4);
    m_staleBanner = new QLabel(central);
    m_staleBanner->setWordWrap(true);
    m_staleBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; color: #4a3b00; "
                                                "border: 1px solid #d9b600; padding: 4px; }"));
    m_staleBanner->hide();
    centralLayout->addWidget(m_staleBanner);

    m_mainSplitter = new QSplitter(Qt::Vertical, central);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    centralLayout->addWidget(m_mainSplitter, 1);

    // Products.
    auto *productPane = new QWidget(m_mainSplitter);
    auto *productLayout = new QVBoxLayout(productPane);
    productLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    m_productSearchLabel = new QLabel(productPane);
    m_productSearch = new QLineEdit(productPane);
    m_productSearch->setClearButtonEnabled(true);
    m_productSearchLabel->setBuddy(m_productSearch);
    searchRow->addWidget(m_productSearchLabel);
    searchRow->addWidget(m_productSearch, 1);
    productLayout->addLayout(searchRow);
    m_productView = new QTableView(productPane);
    m_productView->setObjectName(QStringLiteral("productView"));
    configureTable(m_productView);
    m_productView->setModel(m_productProxy);
    m_productView->horizontalHeader()->setStretchLastSection(true);
    productLayout->addWidget(m_productView, 1);
    connect(m_productSearch, &QLineEdit::textChanged, m_productProxy,
            &SortFilterProxyModel::setSearchText);
    connect(m_productView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onProductSelected);

    // Tabs below.
    m_tabs = new QTabWidget(m_mainSplitter);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));

    // Bids + explanation.
    // Bids above, explanation below: the bid table needs the full width for its 14 columns.
    m_bidSplitter = new QSplitter(Qt::Vertical, m_tabs);
    m_bidSplitter->setObjectName(QStringLiteral("bidSplitter"));
    auto *bidPane = new QWidget(m_bidSplitter);
    auto *bidLayout = new QVBoxLayout(bidPane);
    bidLayout->setContentsMargins(0, 0, 0, 0);
    // Demo tender: what the selected product teaches, above its bids.
    m_teachingNote = new QLabel(bidPane);
    m_teachingNote->setObjectName(QStringLiteral("teachingNote"));
    m_teachingNote->setWordWrap(true);
    m_teachingNote->setTextFormat(Qt::RichText);
    m_teachingNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_teachingNote->setStyleSheet(QStringLiteral("QLabel { background: #e8f1fb; color: #10304f; "
                                                 "border: 1px solid #7aa7d6; padding: 6px; }"));
    m_teachingNote->hide();
    bidLayout->addWidget(m_teachingNote);
    auto *bidFilterRow = new QHBoxLayout;
    m_bidSearchLabel = new QLabel(bidPane);
    m_bidSearch = new QLineEdit(bidPane);
    m_bidSearch->setClearButtonEnabled(true);
    m_bidSearchLabel->setBuddy(m_bidSearch);
    m_bidStatusLabel = new QLabel(bidPane);
    m_bidStatus = new QComboBox(bidPane);
    m_bidStatusLabel->setBuddy(m_bidStatus);
    bidFilterRow->addWidget(m_bidSearchLabel);
    bidFilterRow->addWidget(m_bidSearch, 1);
    bidFilterRow->addWidget(m_bidStatusLabel);
    bidFilterRow->addWidget(m_bidStatus);
    bidLayout->addLayout(bidFilterRow);
    m_bidView = new QTableView(bidPane);
    m_bidView->setObjectName(QStringLiteral("bidView"));
    configureTable(m_bidView);
    m_bidView->setModel(m_bidProxy);
    bidLayout->addWidget(m_bidView, 1);
    m_explanation = new ExplanationWidget(m_bidSplitter);
    m_bidSplitter->setStretchFactor(0, 3);
    m_bidSplitter->setStretchFactor(1, 2);
    connect(m_bidSearch, &QLineEdit::textChanged, m_bidProxy, &SortFilterProxyModel::setSearchText);
    connect(m_bidStatus, &QComboBox::currentIndexChanged, this, [this](int) {
        const QVariant status = m_bidStatus->currentData();
        m_bidProxy->setStatusFilter(status.isValid() ? std::optional<int>(status.toInt())
                                                     : std::nullopt);
    });
    connect(m_bidView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onBidSelected);
    m_tabs->addTab(m_bidSplitter, QString());

    // Volumes.
    auto *volumes = new QSplitter(Qt::Horizontal, m_tabs);
    volumes->setObjectName(QStringLiteral("volumeSplitter"));
    auto makeTable = [this](QWidget *parent, QAbstractItemModel *model, QLabel **title,
                            QTableView **view) {
        auto *pane = new QWidget(parent);
        auto *layout = new QVBoxLayout(pane);
        layout->setContentsMargins(0, 0, 0, 0);
        *title = sectionTitle(pane);
        *view = new QTableView(pane);
        configureTable(*view);
        auto *proxy = new SortFilterProxyModel(this);
        proxy->setSourceModel(model);
        (*view)->setModel(proxy);
        (*title)->setBuddy(*view);
        layout->addWidget(*title);
        layout->addWidget(*view, 1);
        return pane;
    };
    auto *left = new QSplitter(Qt::Vertical, volumes);
    left->addWidget(makeTable(left, m_allocationModel, &m_allocationTitle, &m_allocationView));
    left->addWidget(makeTable(left, m_totalModel, &m_totalTitle, &m_totalView));
    left->addWidget(makeTable(left, m_demandModel, &m_demandTitle, &m_demandView));
    m_demandView->setObjectName(QStringLiteral("demandView"));
    auto *right = new QSplitter(Qt::Vertical, volumes);
    right->addWidget(makeTable(right, m_pickModel, &m_pickTitle, &m_pickView));
    right->addWidget(makeTable(right, m_unassignedModel, &m_unassignedTitle, &m_unassignedView));
    volumes->setStretchFactor(0, 3);
    volumes->setStretchFactor(1, 2);
    m_tabs->addTab(volumes, QString());

    // Charts.
    auto *charts = new QWidget(m_tabs);
    auto *chartLayout = new QGridLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_ladderChart = new BidLadderChart(charts);
    m_shareChart = new VolumeShareChart(charts);
    m_savingsChart = new SavingsChart(charts);
    chartLayout->addWidget(m_ladderChart, 0, 0);
    chartLayout->addWidget(m_shareChart, 0, 1);
    chartLayout->addWidget(m_savingsChart, 1, 0, 1, 2);
    chartLayout->setColumnStretch(0, 3);
    chartLayout->setColumnStretch(1, 2);
    m_tabs->addTab(charts, QString());

    // Bidders and reference prices (editable).
    m_bidderView = new QTableView(m_tabs);
    m_bidderView->setObjectName(QStringLiteral("bidderView"));
    configureTable(m_bidderView);
    m_bidderView->setModel(m_bidderProxy);
    m_bidderView->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_bidderView, QString());
    m_referenceView = new QTableView(m_tabs);
    m_referenceView->setObjectName(QStringLiteral("referenceView"));
    configureTable(m_referenceView);
    m_referenceView->setModel(m_referenceProxy);
    m_referenceView->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_referenceView, QString());

    for (QTableView *view : {m_bidView, m_bidderView, m_referenceView, m_demandView}) {
        auto *delegate = new ValidatingItemDelegate(view);
        view->setItemDelegate(delegate);
        connect(delegate, &ValidatingItemDelegate::refused, this, &MainWindow::showRefusal);
    }

    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 3);
    setCentralWidget(central);
}

void MainWindow::createDocks()
{
    m_parameterDock = new QDockWidget(this);
    m_parameterDock->setObjectName(QStringLiteral("parameterDock"));
    auto *panel = new QWidget(m_parameterDock);
    auto *layout = new QVBoxLayout(panel);
    auto *ruleRow = new QHBoxLayout;
    m_ruleSetLabel = new QLabel(panel);
    m_ruleSet = new QComboBox(panel);
    m_ruleSetLabel->setBuddy(m_ruleSet);
    for (model::RuleSet r : {model::RuleSet::VbpB9, model::RuleSet::VbpB10, model::RuleSet::VbpB11,
                             model::RuleSet::Meat})
        m_ruleSet->addItem(model::ruleSetName(r), model::ruleSetName(r));
    ruleRow->addWidget(m_ruleSetLabel);
    ruleRow->addWidget(m_ruleSet, 1);
    layout->addLayout(ruleRow);
    m_parameterErrors = new QLabel(panel);
    m_parameterErrors->setWordWrap(true);
    m_parameterErrors->setStyleSheet(QStringLiteral("QLabel { color: #b01e1e; }"));
    m_parameterErrors->hide();
    layout->addWidget(m_parameterErrors);
    m_parameterView = new QTableView(panel);
    m_parameterView->setObjectName(QStringLiteral("parameterView"));
    configureTable(m_parameterView);
    m_parameterView->setSortingEnabled(false);
    m_parameterView->setModel(m_parameterModel);
    m_parameterView->horizontalHeader()->setStretchLastSection(true);
    auto *delegate = new ValidatingItemDelegate(m_parameterView);
    m_parameterView->setItemDelegate(delegate);
    connect(delegate, &ValidatingItemDelegate::refused, this, &MainWindow::showRefusal);
    layout->addWidget(m_parameterView, 1);
    m_evaluateButton = new QPushButton(panel);
    connect(m_evaluateButton, &QPushButton::clicked, this, &MainWindow::evaluate);
    layout->addWidget(m_evaluateButton);
    m_parameterDock->setWidget(panel);
    addDockWidget(Qt::RightDockWidgetArea, m_parameterDock);
    connect(m_ruleSet, &QComboBox::activated, this, [this](int) {
        if (!m_session || !m_session->data())
            return;
        FieldEdit edit;
        edit.table = EditTable::Tender;
        edit.key = {m_session->data()->tender.id};
        edit.column = QStringLiteral("rule_set");
        edit.oldValue = model::ruleSetName(m_session->data()->tender.ruleSet);
        edit.newValue = m_ruleSet->currentData().toString();
        if (edit.oldValue != edit.newValue)
            pushEdit(edit);
    });

    m_runDock = new QDockWidget(this);
    m_runDock->setObjectName(QStringLiteral("runDock"));
    auto *runs = new QWidget(m_runDock);
    auto *runLayout = new QVBoxLayout(runs);
    m_runView = new QTableView(runs);
    m_runView->setObjectName(QStringLiteral("runView"));
    configureTable(m_runView);
    m_runView->setSortingEnabled(false);
    m_runView->setModel(m_runModel);
    m_runView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    runLayout->addWidget(m_runView, 1);
    auto *runButtons = new QHBoxLayout;
    m_showRunButton = new QPushButton(runs);
    m_compareButton = new QPushButton(runs);
    runButtons->addWidget(m_showRunButton);
    runButtons->addWidget(m_compareButton);
    runLayout->addLayout(runButtons);
    connect(m_showRunButton, &QPushButton::clicked, this, &MainWindow::showSelectedRun);
    connect(m_runView, &QTableView::activated, this, &MainWindow::showSelectedRun);
    connect(m_compareButton, &QPushButton::clicked, this, &MainWindow::compareRuns);
    m_runDock->setWidget(runs);
    addDockWidget(Qt::RightDockWidgetArea, m_runDock);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_exportMenu->setTitle(tr("&Export"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_evaluateMenu->setTitle(tr("E&valuate"));
    m_helpMenu->setTitle(tr("&Help"));
    m_workshopMenu->setTitle(tr("&Workshop"));
    m_resetDemoAction->setText(tr("&Reset Demo to Pristine"));
    m_resetDemoAction->setStatusTip(
        tr("Write the bundled demo dossier again, as it was shipped, and open it"));
    m_presentationAction->setText(tr("&Presentation Mode"));
    m_presentationAction->setStatusTip(
        tr("Larger fonts, full screen and high-contrast charts for a projector"));
    m_whatIfAction->setText(tr("Guided &What-If…"));
    m_whatIfAction->setStatusTip(
        tr("Evaluate with another spread factor or rule set and compare with the current run"));

    m_newAction->setText(tr("&New from Workbook…"));
    m_newAction->setStatusTip(tr("Create a dossier from a bid workbook (CSV folder or .xlsx)"));
    m_openAction->setText(tr("&Open…"));
    m_saveCopyAction->setText(tr("Save a &Copy As…"));
    m_exportCsvAction->setText(tr("Tender Data as &CSV…"));
    m_exportJsonAction->setText(tr("Evaluation Result as &JSON…"));
    m_closeAction->setText(tr("&Close"));
    m_quitAction->setText(tr("&Quit"));
    m_clearRecentAction->setText(tr("&Clear List"));
    retranslateUndo();
    m_findAction->setText(tr("&Find Product"));
    m_evaluateAction->setText(tr("&Evaluate"));
    m_evaluateAction->setStatusTip(
        tr("Evaluate the tender with the parameters shown and store the run"));
    m_cancelAction->setText(tr("&Cancel Evaluation"));
    m_compareAction->setText(tr("C&ompare Runs…"));
    m_aboutAction->setText(tr("&About TenderDesk"));
    const QStringList names = {QStringLiteral("English"), QStringLiteral("中文"),
                               QStringLiteral("ລາວ"), QStringLiteral("ไทย")};
    for (int i = 0; i < m_languageActions.size(); ++i) {
        m_languageActions[i]->setText(names.at(i)); // each language in its own script
        m_languageActions[i]->setChecked(m_languageActions[i]->data().toString() == s_language);
    }
    m_parameterDock->setWindowTitle(tr("Parameters"));
    m_runDock->setWindowTitle(tr("Evaluation Runs"));
    m_parameterDock->toggleViewAction()->setText(tr("&Parameters Panel"));
    m_runDock->toggleViewAction()->setText(tr("Evaluation &Runs"));

    m_productSearchLabel->setText(tr("&Search products:"));
    m_productSearch->setPlaceholderText(tr("INN, name, form or product ID"));
    m_productSearch->setAccessibleName(tr("Search products"));
    m_productView->setAccessibleName(tr("Products"));
    m_bidSearchLabel->setText(tr("F&ilter bids:"));
    m_bidSearch->setPlaceholderText(tr("Bidder, country, bid…"));
    m_bidSearch->setAccessibleName(tr("Filter bids"));
    m_bidStatusLabel->setText(tr("S&tatus:"));
    m_bidStatus->setAccessibleName(tr("Show bids with status"));
    {
        const int current = m_bidStatus->currentIndex();
        const QSignalBlocker block(m_bidStatus);
        m_bidStatus->clear();
        m_bidStatus->addItem(tr("All"));
        for (model::BidStatus s :
             {model::BidStatus::Winner, model::BidStatus::Revived, model::BidStatus::NotSelected,
              model::BidStatus::NotShortlisted, model::BidStatus::Disqualified})
            m_bidStatus->addItem(statusIcon(s), statusLabel(s), int(s));
        m_bidStatus->setCurrentIndex(std::max(0, current));
    }
    m_bidView->setAccessibleName(tr("Bids of the selected product"));
    m_tabs->setTabText(0, tr("&Bids"));
    m_tabs->setTabText(1, tr("Vol&umes"));
    m_tabs->setTabText(2, tr("C&harts"));
    m_tabs->setTabText(3, tr("Bi&dders"));
    m_tabs->setTabText(4, tr("Reference &Prices"));
    m_tabs->setAccessibleName(tr("Details of the selected product"));
    m_allocationTitle->setText(tr("Agreed volume by buyer and region"));
    m_totalTitle->setText(tr("Winner totals"));
    m_pickTitle->setText(tr("Region picks in order"));
    m_unassignedTitle->setText(tr("Unassigned regions"));
    m_demandTitle->setText(tr("Declared demand by buyer (editable)"));
    m_demandView->setAccessibleName(m_demandTitle->text());
    m_allocationView->setAccessibleName(m_allocationTitle->text());
    m_totalView->setAccessibleName(m_totalTitle->text());
    m_pickView->setAccessibleName(m_pickTitle->text());
    m_unassignedView->setAccessibleName(m_unassignedTitle->text());
    m_bidderView->setAccessibleName(tr("Bidders"));
    m_referenceView->setAccessibleName(tr("Reference prices"));

    m_ruleSetLabel->setText(tr("R&ule set:"));
    m_ruleSet->setAccessibleName(tr("Rule set"));
    m_parameterView->setAccessibleName(tr("Parameters"));
    m_evaluateButton->setText(tr("Evaluate (F5)"));
    m_runView->setAccessibleName(tr("Evaluation runs"));
    m_showRunButton->setText(tr("&Show Run"));
    m_compareButton->setText(tr("Compare &Two Runs…"));
    if (m_cancelButton)
        m_cancelButton->setText(tr("Cancel"));
    if (m_progress)
        m_progress->setAccessibleName(tr("Evaluation progress"));
    if (m_reportActions)
        m_reportActions->retranslate();
    rebuildRecentMenu();
    updateTitle();
    updateStaleBanner();
    updateTeachingNote();
}

void MainWindow::retranslateUndo()
{
    const QString undo = m_undo->undoText();
    const QString redo = m_undo->redoText();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(redo));
}

void MainWindow::refreshLocale()
{
    m_productModel->refreshLocale();
    m_bidModel->refresh();
    m_allocationModel->refreshLocale();
    m_pickModel->refreshLocale();
    m_totalModel->refreshLocale();
    m_unassignedModel->refreshLocale();
    m_bidderModel->refreshLocale();
    m_referenceModel->refreshLocale();
    m_demandModel->refreshLocale();
    m_parameterModel->refreshLocale();
    m_runModel->refreshLocale();
    for (QTableView *view : findChildren<QTableView *>()) {
        view->verticalHeader()->setDefaultSectionSize(rowHeight(view));
        if (view->model() && view->model()->rowCount() > 0)
            fitColumns(view);
    }
    onBidSelected();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshLocale();
        updateActions(); // the status bar's "Read-only"
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString &language)
{
    if (!applyLanguage(language))
        return;
    QSettings().setValue(QStringLiteral("language"), language);
    for (QAction *a : m_languageActions)
        a->setChecked(a->data().toString() == language);
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    const bool hasData = open && m_session->hasTenderData();
    const bool writable = open && !m_session->isReadOnly();
    const bool idle = !m_evaluating && !m_opening;
    m_saveCopyAction->setEnabled(open && idle);
    m_exportCsvAction->setEnabled(hasData && idle);
    m_exportJsonAction->setEnabled(open && m_session->result() && idle);
    m_closeAction->setEnabled(open && idle);
    m_newAction->setEnabled(idle);
    m_openAction->setEnabled(idle);
    m_recentMenu->setEnabled(idle);
    m_evaluateAction->setEnabled(hasData && writable && idle);
    m_evaluateButton->setEnabled(m_evaluateAction->isEnabled());
    m_cancelAction->setEnabled(m_evaluating);
    m_compareAction->setEnabled(open && idle && m_runModel->rowCount() >= 2);
    m_compareButton->setEnabled(m_compareAction->isEnabled());
    m_showRunButton->setEnabled(open && idle && m_runModel->rowCount() > 0);
    m_ruleSet->setEnabled(hasData && writable && idle);
    const bool editable = hasData && writable && idle;
    m_bidModel->setReadOnly(!editable);
    m_bidderModel->setReadOnly(!editable);
    m_referenceModel->setReadOnly(!editable);
    m_demandModel->setReadOnly(!editable);
    m_parameterModel->setReadOnly(!editable);
    m_undoAction->setEnabled(editable && m_undo->canUndo());
    m_redoAction->setEnabled(editable && m_undo->canRedo());
    m_resetDemoAction->setEnabled(idle);
    m_whatIfAction->setEnabled(hasData && writable && idle && m_session->resultRunId().has_value());
    if (m_modeLabel)
        m_modeLabel->setText(open && m_session->isReadOnly() ? tr("Read-only") : QString());
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(tr("TenderDesk"));
        return;
    }
    QString name = QFileInfo(m_session->path()).fileName();
    if (m_session->data())
        name = tr("%1 (%2)").arg(m_session->data()->tender.title, name);
    if (m_session->isReadOnly())
        name = tr("%1 [read-only]").arg(name);
    setWindowTitle(tr("%1 — TenderDesk").arg(name));
    setWindowFilePath(m_session->path());
}

void MainWindow::updateStaleBanner()
{
    if (!m_staleBanner)
        return;
    if (!m_session || !m_session->hasTenderData()) {
        m_staleBanner->hide();
        return;
    }
    if (!m_session->result()) {
        m_staleBanner->setText(tr("This tender has not been evaluated yet. Check the parameters "
                                  "and press F5 to evaluate."));
        m_staleBanner->show();
    } else if (m_session->isResultStale()) {
        m_staleBanner->setText(tr("The data or parameters changed after the results shown were "
                                  "computed. Press F5 to evaluate again."));
        m_staleBanner->show();
    } else {
        m_staleBanner->hide();
    }
}

void MainWindow::readSettings()
{
    QSettings settings;
    m_recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    rebuildRecentMenu();
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_mainSplitter->restoreState(
        settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_bidSplitter->restoreState(
        settings.value(QStringLiteral("window/bidSplitterV")).toByteArray());
    m_productView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("window/productHeader")).toByteArray());
    m_bidView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("window/bidHeader")).toByteArray());
    if (settings.value(QStringLiteral("workshop/presentation"), false).toBool())
        m_presentationAction->setChecked(true); // toggled → setPresentationMode(true)
    if (settings.contains(QStringLiteral("window/geometry")))
        return;
    // First start: most of the screen, products above, details below, bids wider than the
    // explanation.
    const QRect screen = QApplication::primaryScreen()
                             ? QApplication::primaryScreen()->availableGeometry()
                             : QRect(0, 0, 1400, 900);
    resize(std::min(1600, screen.width() * 95 / 100), std::min(1000, screen.height() * 95 / 100));
    m_mainSplitter->setSizes({height() * 2 / 5, height() * 3 / 5});
    m_bidSplitter->setSizes({height() / 4, height() / 4});
    resizeDocks({m_parameterDock}, {width() / 5}, Qt::Horizontal);
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("recentFiles"), m_recent);
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/bidSplitterV"), m_bidSplitter->saveState());
    settings.setValue(QStringLiteral("window/productHeader"),
                      m_productView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("window/bidHeader"),
                      m_bidView->horizontalHeader()->saveState());
}

void MainWindow::addRecent(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_recent.removeAll(absolute);
    m_recent.prepend(absolute);
    while (m_recent.size() > MaxRecent)
        m_recent.removeLast();
    rebuildRecentMenu();
    QSettings().setValue(QStringLiteral("recentFiles"), m_recent);
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    for (int i = 0; i < m_recent.size(); ++i) {
        const QString path = m_recent.at(i);
        auto *action =
            m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { openDossier(path); });
    }
    if (!m_recent.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!m_recent.isEmpty());
}

// ---------------------------------------------------------------------------------- dossiers

void MainWindow::openDossier(const QString &path)
{
    if (m_opening || m_evaluating)
        return;
    closeDossier();
    m_opening = true;
    updateActions();
    m_progress->setRange(0, 0);
    m_progress->show();
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    auto future = DossierSession::open(path, storage::Dossier::Mode::ReadWrite);
    future.then(this, [this, path](DossierSession::OpenResult result) {
        m_opening = false;
        m_progress->hide();
        statusBar()->clearMessage();
        if (!result.session) {
            handleOpenFailure(path, result.error.kind, result.error.message);
            updateActions();
            return;
        }
        showSession(std::move(result.session));
    });
}

bool MainWindow::openDossierNow(const QString &path, bool readOnly)
{
    closeDossier();
    auto result = DossierSession::openNow(path, readOnly ? storage::Dossier::Mode::ReadOnly
                                                         : storage::Dossier::Mode::ReadWrite);
    if (!result.session)
        return false;
    showSession(std::move(result.session));
    return true;
}

void MainWindow::handleOpenFailure(const QString &path, int kind, const QString &message)
{
    const QString file = QDir::toNativeSeparators(path);
    QString title;
    QString advice;
    switch (storage::OpenError::Kind(kind)) {
    case storage::OpenError::NotFound:
        title = tr("Dossier Not Found");
        advice = tr("Check the path, or create a dossier with File → New from Workbook.");
        m_recent.removeAll(QFileInfo(path).absoluteFilePath());
        rebuildRecentMenu();
        break;
    case storage::OpenError::NotADossier:
        title = tr("Not a Tender Dossier");
        advice = tr("Choose a .tender file. To read a bid workbook, use File → New from Workbook.");
        break;
    case storage::OpenError::Damaged:
        title = tr("Damaged Dossier");
        advice = tr("The file was left unchanged. Open a backup copy or re-import the workbook.");
        break;
    case storage::OpenError::NewerSchema:
        title = tr("Dossier From a Newer TenderDesk");
        advice =
            tr("Open it with the newer TenderDesk version that wrote it, or install the update.");
        break;
    case storage::OpenError::Locked: {
        QMessageBox box(
            QMessageBox::Question, tr("Dossier In Use"),
            tr("%1 is open in another TenderDesk window or on another computer.").arg(file),
            QMessageBox::NoButton, this);
        box.setInformativeText(tr("Only one window can change a dossier. You can open it read-only "
                                  "to look at it, or cancel and close the other window first."));
        box.setDetailedText(message);
        QPushButton *readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(readOnly);
        box.exec();
        if (box.clickedButton() == readOnly) {
            auto result = DossierSession::openNow(path, storage::Dossier::Mode::ReadOnly);
            if (result.session) {
                showSession(std::move(result.session));
                return;
            }
            handleOpenFailure(path, result.error.kind, result.error.message);
        }
        return;
    }
    case storage::OpenError::Io:
    case storage::OpenError::None:
        title = tr("Cannot Open Dossier");
        advice = tr("Check that the file and its folder can be read and written.");
        break;
    }
    QMessageBox box(QMessageBox::Warning, title, tr("%1 cannot be opened.").arg(file),
                    QMessageBox::Ok, this);
    box.setInformativeText(message.isEmpty() ? advice : message + u"\n\n" + advice);
    box.exec();
}

void MainWindow::showSession(std::shared_ptr<DossierSession> session)
{
    m_session = std::move(session);
    connect(m_session.get(), &DossierSession::fieldChanged, this, &MainWindow::onFieldChanged);
    connect(m_session.get(), &DossierSession::staleChanged, this, &MainWindow::updateStaleBanner);
    addRecent(m_session->path());
    m_reportActions->setDossierPath(m_session->path());
    refreshProductViews();
    refreshRuns();
    updateActions();
    updateTitle();
    updateStaleBanner();
    if (!m_session->hasTenderData())
        statusBar()->showMessage(tr("The dossier holds no tender data yet: import a workbook."),
                                 8000);
    else if (m_productProxy->rowCount() > 0)
        m_productView->selectRow(0);
    Q_EMIT dossierOpened();
}

void MainWindow::closeDossier()
{
    if (!m_session || m_evaluating)
        return;
    m_undo->clear();
    m_selectedProduct.clear();
    m_explanation->setBid(nullptr, nullptr, nullptr);
    m_bidModel->clear();
    m_allocationModel->setProduct(nullptr, nullptr);
    m_pickModel->setProduct(nullptr, nullptr);
    m_totalModel->setProduct(nullptr, nullptr);
    m_unassignedModel->setProduct(nullptr);
    m_demandModel->setProduct(nullptr, QString());
    m_productModel->setTender(nullptr, nullptr);
    m_bidderModel->setTender(nullptr);
    m_referenceModel->setTender(nullptr);
    m_parameterModel->clear();
    m_runModel->setRuns({});
    m_ladderChart->setProduct(nullptr);
    m_shareChart->setSlices(QString(), {}, money::Decimal());
    m_savingsChart->setResult(nullptr);
    m_reportActions->setDossierPath(QString());
    m_session.reset();
    holdShownResult();
    updateTeachingNote();
    updateActions();
    updateTitle();
    updateStaleBanner();
}

void MainWindow::refreshProductViews()
{
    const model::TenderData *tender = m_session ? m_session->data() : nullptr;
    const model::EvaluationResult *result = m_session ? m_session->result() : nullptr;
    m_productModel->setTender(tender, result);
    m_bidderModel->setTender(tender);
    m_referenceModel->setTender(tender);
    if (tender) {
        m_parameterModel->setTender(tender->tender);
        const QSignalBlocker block(m_ruleSet);
        m_ruleSet->setCurrentIndex(m_ruleSet->findData(model::ruleSetName(tender->tender.ruleSet)));
    } else {
        m_parameterModel->clear();
    }
    QStringList errors;
    for (const model::ParameterError &e : m_parameterModel->errors())
        errors << (e.name.isEmpty() ? e.message : e.name + QStringLiteral(": ") + e.message);
    m_parameterErrors->setText(errors.join(u'\n'));
    m_parameterErrors->setVisible(!errors.isEmpty());
    m_savingsChart->setResult(m_session ? m_session->sharedResult() : nullptr);
    fitColumns(m_productView);
    fitColumns(m_bidderView);
    fitColumns(m_referenceView);
    m_parameterView->resizeColumnToContents(ParameterModel::Name);
    holdShownResult();
}

void MainWindow::holdShownResult()
{
    std::shared_ptr<const model::EvaluationResult> previous =
        std::exchange(m_shownResult, m_session ? m_session->sharedResult() : nullptr);
    if (previous && previous != m_shownResult)
        QThreadPool::globalInstance()->start(
            [previous = std::move(previous)]() mutable { previous.reset(); });
}

void MainWindow::refreshResultViews()
{
    const model::EvaluationResult *result = m_session ? m_session->result() : nullptr;
    m_productModel->setResult(result);
    m_savingsChart->setResult(m_session ? m_session->sharedResult() : nullptr);
    fitColumns(m_productView);
    onProductSelected();
    updateStaleBanner();
    updateActions();
    holdShownResult();
}

void MainWindow::refreshRuns()
{
    if (!m_session) {
        m_runModel->setRuns({});
        return;
    }
    m_runModel->setRuns(m_session->runs());
    m_runModel->setCurrentRun(m_session->resultRunId());
    m_runView->resizeColumnsToContents();
}

bool MainWindow::selectProduct(const QString &productId)
{
    const int sourceRow = m_productModel->rowOf(productId);
    if (sourceRow < 0)
        return false;
    const QModelIndex proxy = m_productProxy->mapFromSource(m_productModel->index(sourceRow, 0));
    if (!proxy.isValid())
        return false;
    m_productView->setCurrentIndex(proxy);
    m_productView->selectRow(proxy.row());
    m_productView->scrollTo(proxy);
    return true;
}

void MainWindow::onProductSelected()
{
    const QModelIndex current = m_productProxy->mapToSource(m_productView->currentIndex());
    const QString productId =
        current.isValid() ? m_productModel->productId(current.row()) : QString();
    m_selectedProduct = productId;
    const model::TenderData *tender = m_session ? m_session->data() : nullptr;
    const model::ProductResult *result =
        productId.isEmpty() ? nullptr : m_productModel->resultFor(productId);
    const QString previousBid = [this] {
        const QModelIndex i = m_bidProxy->mapToSource(m_bidView->currentIndex());
        const model::Bid *b = i.isValid() ? m_bidModel->bid(i.row()) : nullptr;
        return b ? b->id : QString();
    }();
    m_bidModel->setProduct(tender, result, productId);
    m_allocationModel->setProduct(tender, result);
    m_pickModel->setProduct(tender, result);
    m_totalModel->setProduct(tender, result);
    m_unassignedModel->setProduct(result);
    m_demandModel->setProduct(tender, productId);
    updateTeachingNote();
    const model::EvaluationResult *evaluation = m_session ? m_session->result() : nullptr;
    m_ladderChart->setProduct(result, evaluation ? &evaluation->parameters : nullptr);
    std::vector<VolumeShareChart::Slice> slices;
    for (const WinnerTotalModel::Total &t : m_totalModel->totals())
        slices.push_back(
            {t.bidId, t.volume}); // names are in the volumes table; the legend stays readable
    money::Decimal unassigned;
    if (result) {
        for (const model::Unassigned &u : result->unassigned)
            unassigned += u.volume;
    }
    m_shareChart->setSlices(productId, std::move(slices), unassigned);
    for (QTableView *view :
         {m_bidView, m_allocationView, m_pickView, m_totalView, m_unassignedView})
        fitColumns(view);
    int bidRow = previousBid.isEmpty() ? -1 : m_bidModel->rowOfBid(previousBid);
    if (bidRow < 0 && m_bidModel->rowCount() > 0)
        bidRow = 0;
    if (bidRow >= 0) {
        const QModelIndex proxy = m_bidProxy->mapFromSource(m_bidModel->index(bidRow, 0));
        if (proxy.isValid())
            m_bidView->selectRow(proxy.row());
    }
    onBidSelected();
}

void MainWindow::onBidSelected()
{
    const QModelIndex current = m_bidProxy->mapToSource(m_bidView->currentIndex());
    const model::BidResult *bid =
        current.isValid() ? m_bidModel->bidResult(current.row()) : nullptr;
    const model::EvaluationResult *result = m_session ? m_session->result() : nullptr;
    m_explanation->setBid(bid, m_bidModel->productResult(), result ? &result->parameters : nullptr);
}

// ------------------------------------------------------------------------------------- edits

void MainWindow::pushEdit(const FieldEdit &edit)
{
    if (!m_session)
        return;
    const int before = m_undo->count();
    QString failure;
    auto connection = connect(m_session.get(), &DossierSession::fieldChanged, this,
                              [&failure](const FieldEdit &) { failure.clear(); });
    auto *command = new EditFieldCommand(m_session.get(), edit);
    failure = tr("The change could not be written to the dossier.");
    m_undo->push(command); // runs redo(); an obsolete (failed) command is deleted at once
    disconnect(connection);
    if (m_undo->count() == before && !failure.isEmpty()) {
        QMessageBox::warning(this, tr("Change Not Saved"), failure);
        return;
    }
    statusBar()->showMessage(tr("Saved: %1").arg(EditFieldCommand::describe(edit)), 5000);
}

void MainWindow::onFieldChanged(const FieldEdit &edit)
{
    switch (edit.table) {
    case EditTable::Bids: {
        const int row = m_bidModel->rowOfBid(edit.key.value(0));
        if (row >= 0)
            Q_EMIT m_bidModel->dataChanged(m_bidModel->index(row, 0),
                                           m_bidModel->index(row, BidModel::ColumnCount - 1));
        break;
    }
    case EditTable::Bidders:
        m_bidderModel->refresh(edit.key.value(0));
        m_bidModel->refresh();
        break;
    case EditTable::References:
        m_referenceModel->refresh();
        break;
    case EditTable::Demand:
        m_demandModel->refresh();
        break;
    case EditTable::Tender:
        if (m_session && m_session->data()) {
            m_parameterModel->setTender(m_session->data()->tender);
            const QSignalBlocker block(m_ruleSet);
            m_ruleSet->setCurrentIndex(
                m_ruleSet->findData(model::ruleSetName(m_session->data()->tender.ruleSet)));
        }
        break;
    }
    updateStaleBanner();
    updateActions();
}

void MainWindow::showRefusal(const QString &reason)
{
    statusBar()->showMessage(tr("Not saved: %1").arg(reason), 10000);
    QWidget *focus = QApplication::focusWidget();
    const QPoint at =
        focus ? focus->mapToGlobal(QPoint(0, focus->height())) : mapToGlobal(QPoint(40, 40));
    QToolTip::showText(at, reason, focus ? focus : this);
}

// -------------------------------------------------------------------------------- evaluation

void MainWindow::evaluate()
{
    if (!m_session || !m_session->hasTenderData() || m_evaluating || m_session->isReadOnly())
        return;
    if (!m_parameterModel->errors().empty()) {
        QMessageBox::warning(this, tr("Invalid Parameters"),
                             tr("Correct the parameters shown in red before evaluating."));
        return;
    }
    startEvaluation(m_parameterModel->parameters(), {});
}

bool MainWindow::startEvaluation(const model::Parameters &parameters,
                                 std::function<void(bool ok, std::optional<qint64> runId)> then)
{
    if (!m_session || !m_session->hasTenderData() || m_evaluating || m_session->isReadOnly())
        return false;
    m_evaluating = true;
    m_evalCancel->store(false);
    m_evalDone->store(0);
    m_evalTotal->store(0);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->show();
    m_progressTimer->start(100);
    statusBar()->showMessage(tr("Evaluating…"));
    updateActions();
    auto future = m_session->evaluate(parameters, m_evalDone, m_evalTotal, m_evalCancel);
    future.then(this, [this, then = std::move(then)](DossierSession::EvaluationJob job) {
        m_evaluating = false;
        m_progressTimer->stop();
        m_progress->hide();
        m_cancelButton->hide();
        const bool cancelled = m_evalCancel->load();
        if (job.result) {
            statusBar()->showMessage(tr("Evaluated: run %1 stored.").arg(job.runId.value_or(0)),
                                     8000);
            refreshResultViews();
            refreshRuns();
        } else if (cancelled) {
            statusBar()->showMessage(tr("Evaluation cancelled. Nothing was stored."), 8000);
        } else {
            QMessageBox box(QMessageBox::Warning, tr("Evaluation Failed"),
                            tr("The tender could not be evaluated. Nothing was stored."),
                            QMessageBox::Ok, this);
            box.setInformativeText(job.errors.mid(0, 5).join(u'\n'));
            box.setDetailedText(job.errors.join(u'\n'));
            box.exec();
            statusBar()->clearMessage();
        }
        updateActions();
        if (then)
            then(job.result != nullptr, job.runId);
        Q_EMIT evaluationFinished(job.result != nullptr);
    });
    return true;
}

void MainWindow::showSelectedRun()
{
    if (!m_session)
        return;
    const QModelIndex current = m_runView->currentIndex();
    const auto *run = m_runModel->run(current.isValid() ? current.row() : 0);
    if (!run)
        return;
    auto result = m_session->loadRun(run->id);
    if (!result) {
        QMessageBox::warning(this, tr("Run Not Readable"),
                             tr("Run %1 cannot be read back from the dossier.").arg(run->id));
        return;
    }
    m_session->setResult(std::move(*result), run->id);
    m_runModel->setCurrentRun(run->id);
    refreshResultViews();
    statusBar()->showMessage(
        tr("Showing run %1 of %2.")
            .arg(run->id)
            .arg(QLocale().toString(run->at.toLocalTime(), QLocale::ShortFormat)),
        8000);
}

void MainWindow::compareRuns()
{
    if (!m_session || m_runModel->rowCount() < 2)
        return;
    RunComparisonDialog dialog(m_session.get(), m_runModel, this);
    dialog.exec();
}

// ---------------------------------------------------------------------------------- file menu

void MainWindow::newFromWorkbook()
{
    ImportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openDossier(dialog.target());
}

void MainWindow::openFile()
{
    const QString start =
        m_recent.isEmpty() ? QDir::homePath() : QFileInfo(m_recent.front()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Dossier"), start,
        tr("Tender dossiers (*.%1);;All files (*)").arg(storage::Dossier::fileSuffix()));
    if (!path.isEmpty())
        openDossier(path);
}

void MainWindow::saveCopyAs()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a Copy As"), QFileInfo(m_session->path()).absolutePath(),
        tr("Tender dossiers (*.%1)").arg(storage::Dossier::fileSuffix()));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == m_session->path()) {
        QMessageBox::information(
            this, tr("Save a Copy As"),
            tr("Choose another file: the dossier itself is always up to date."));
        return;
    }
    QString error;
    if (!m_session->saveCopy(path, &error))
        QMessageBox::warning(this, tr("Copy Not Saved"), error);
    else
        statusBar()->showMessage(tr("Copy saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::exportCsv()
{
    if (!m_session)
        return;
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Export Tender Data as CSV"), QFileInfo(m_session->path()).absolutePath());
    if (dir.isEmpty())
        return;
    QString error;
    if (!m_session->exportCsv(dir, &error))
        QMessageBox::warning(this, tr("Export Failed"), error);
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(dir)), 8000);
}

void MainWindow::exportJson()
{
    if (!m_session || !m_session->result())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Evaluation Result as JSON"),
                                                      QFileInfo(m_session->path()).absolutePath(),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(io::resultToJson(*m_session->result(), false)) < 0 || !file.commit()) {
        QMessageBox::warning(
            this, tr("Export Failed"),
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::about()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("TenderDesk"), message);
}

// ---------------------------------------------------------------------------------- workshop

void MainWindow::updateTeachingNote()
{
    if (!m_teachingNote)
        return;
    const model::TenderData *tender = m_session ? m_session->data() : nullptr;
    const std::optional<QString> note =
        tender && !m_selectedProduct.isEmpty()
            ? demo::teachingNote(tender->tender.id, m_selectedProduct, s_language)
            : std::nullopt;
    if (!note) {
        m_teachingNote->clear();
        m_teachingNote->hide();
        return;
    }
    m_teachingNote->setText(tr("<b>Teaching note (%1):</b> %2")
                                .arg(m_selectedProduct.toHtmlEscaped(), note->toHtmlEscaped()));
    m_teachingNote->setAccessibleName(tr("Teaching note"));
    m_teachingNote->show();
}

bool MainWindow::resetDemo(bool confirm)
{
    if (m_evaluating || m_opening)
        return false;
    QString path;
    if (m_session && DemoReset::isDemo(m_session->data())) {
        path = m_session->path();
        if (confirm) {
            const auto answer = QMessageBox::question(
                this, tr("Reset Demo to Pristine"),
                tr("Replace %1 with the demo dossier as it was shipped? Every change and "
                   "evaluation run in it is lost.")
                    .arg(QDir::toNativeSeparators(path)));
            if (answer != QMessageBox::Yes)
                return false;
        }
        closeDossier(); // writeDemoDossier refuses a dossier open for editing
    } else {
        path = DemoReset::defaultPath();
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool written = demo::writeDemoDossier(path, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        showError(tr("The demo dossier could not be written to %1: %2")
                      .arg(QDir::toNativeSeparators(path), error));
        if (QFileInfo::exists(path) && !m_session)
            openDossierNow(path); // left unchanged by the failed write
        return false;
    }
    if (!openDossierNow(path)) {
        showError(tr("The demo dossier was written to %1 but cannot be opened.")
                      .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    statusBar()->showMessage(tr("Demo reset to pristine: %1").arg(QDir::toNativeSeparators(path)),
                             8000);
    return true;
}

bool MainWindow::isPresentationMode() const
{
    return PresentationMode::isEnabled();
}

void MainWindow::setPresentationMode(bool on)
{
    if (m_presentationAction->isChecked() != on) {
        m_presentationAction->setChecked(on); // comes back here through toggled()
        return;
    }
    if (PresentationMode::isEnabled() == on)
        return;
    if (on) {
        m_statesBeforePresentation = windowState() & ~Qt::WindowFullScreen;
        PresentationMode::setEnabled(true);
        setWindowState(windowState() | Qt::WindowFullScreen);
    } else {
        PresentationMode::setEnabled(false);
        setWindowState(m_statesBeforePresentation);
    }
    refreshLocale(); // row heights and column widths for the new font
    QSettings().setValue(QStringLiteral("workshop/presentation"), on);
}

void MainWindow::guidedWhatIf()
{
    if (!m_session || !m_session->data() || m_session->isReadOnly() || m_evaluating)
        return;
    if (!m_session->resultRunId()) {
        showError(tr("Evaluate the tender first: the what-if is compared with the run shown."));
        return;
    }
    WhatIfDialog dialog(m_session->data()->tender, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<model::Parameters> parameters = dialog.parameters();
    if (!parameters)
        return;
    runWhatIf(*parameters, dialog.ruleSetChanged() ? dialog.ruleSetName() : QString(),
              dialog.spreadFactorChanged() ? dialog.spreadFactorText() : QString());
}

bool MainWindow::runWhatIf(const model::Parameters &parameters, const QString &ruleSet,
                           const QString &spreadFactor)
{
    if (!m_session || !m_session->resultRunId() || m_evaluating)
        return false;
    m_whatIf = WhatIf{*m_session->resultRunId(), 0, ruleSet, spreadFactor};
    const bool started = startEvaluation(parameters, [this](bool ok, std::optional<qint64> runId) {
        if (!ok || !runId || !m_whatIf || !m_session) {
            m_whatIf.reset();
            return;
        }
        m_whatIf->newRun = *runId;
        auto *dialog = new RunComparisonDialog(m_session.get(), m_runModel, this);
        dialog->setObjectName(QStringLiteral("whatIfComparison"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setRuns(m_whatIf->previousRun, m_whatIf->newRun);
        if (auto *buttons = dialog->findChild<QDialogButtonBox *>()) {
            QPushButton *keep =
                buttons->addButton(tr("&Keep These Parameters"), QDialogButtonBox::AcceptRole);
            keep->setObjectName(QStringLiteral("keepWhatIf"));
            connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
        }
        connect(dialog, &QDialog::finished, this,
                [this](int result) { finishWhatIf(result == QDialog::Accepted); });
        m_whatIfComparison = dialog;
        dialog->open();
        Q_EMIT whatIfCompared(m_whatIf->previousRun, m_whatIf->newRun);
    });
    if (!started)
        m_whatIf.reset();
    return started;
}

void MainWindow::finishWhatIf(bool keep)
{
    if (!m_whatIf || !m_session || !m_session->data())
        return;
    const WhatIf whatIf = *m_whatIf;
    m_whatIf.reset();
    if (keep) {
        const model::Tender &tender = m_session->data()->tender;
        if (!whatIf.ruleSet.isEmpty()) {
            FieldEdit edit;
            edit.table = EditTable::Tender;
            edit.key = {tender.id};
            edit.column = QStringLiteral("rule_set");
            edit.oldValue = model::ruleSetName(tender.ruleSet);
            edit.newValue = whatIf.ruleSet;
            pushEdit(edit);
        }
        if (!whatIf.spreadFactor.isEmpty()) {
            FieldEdit edit;
            edit.table = EditTable::Tender;
            edit.key = {tender.id};
            edit.column = QStringLiteral("parameters");
            edit.oldValue = tender.parameters;
            edit.newValue = ParameterModel::withOverride(
                tender.parameters, QStringLiteral("spread_factor"), whatIf.spreadFactor);
            pushEdit(edit);
        }
    }
    // Reports print the newest run: evaluate once more with the tender's own parameters (kept
    // or unchanged), so the newest run is never a what-if the trainer did not keep.
    evaluate();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_evaluating) {
        const auto answer = QMessageBox::question(
            this, tr("Evaluation Running"),
            tr("An evaluation is running. Cancel it and quit? Nothing of it will be stored."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_evalCancel->store(true);
    }
    writeSettings();
    event->accept();
}

} // namespace td::ui
