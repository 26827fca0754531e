// Drives the real window: open a dossier, select a product, evaluate, read the cells the user
// sees and compare them with the engine; edit a price through the editor and undo it; refuse bad
// input; switch the language; refuse a second writer and bad files without crashing.
#include "aboutdialog.h"
#include "dialogs/importdialog.h"
#include "dossiersession.h"
#include "io/workbookreader.h"
#include "localeformat.h"
#include "mainwindow.h"
#include "models/bidmodel.h"
#include "models/demandmodel.h"
#include "models/importerrormodel.h"
#include "models/productmodel.h"
#include "rules/evaluator.h"
#include "rules/reasontext.h"
#include "service/evaluation.h"
#include "statusstyle.h"
#include "storage/dossier.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "widgets/explanationwidget.h"

#include <QFontDatabase>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

using namespace td;
using namespace td::ui;

namespace {

/// Stands in for a compiled catalogue, so the test does not depend on the .ts files' progress.
class FakeChineseTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "td::ui::MainWindow") == 0 && qstrcmp(source, "&File") == 0)
            return QStringLiteral("文件(&F)");
        return QString();
    }
    bool isEmpty() const override { return false; }
};

// The .qm files are embedded in the application only: the tests take them from the build tree.
void useBuildTreeCatalogues()
{
    if (qEnvironmentVariableIsEmpty("TD_TRANSLATIONS_DIR"))
        qputenv("TD_TRANSLATIONS_DIR",
                (qEnvironmentVariable("TD_BIN_DIR") + QStringLiteral("/../translations"))
                    .toLocal8Bit());
}

QString cell(QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openSelectEvaluateShowsEngineResult();
    void editPriceThenUndoRestoresIt();
    void invalidInputIsRefusedOnTheSpot();
    void demandQuantityEditIsCheckedStoredAndUndoable();
    void languageSwitchRetranslatesMenu();
    void columnsFitTheNewLanguageInHiddenTabs();
    void secondWriterIsRefused();
    void openedRunIsStaleOnlyWhenTheDataChanged();
    void badFilesAreRefusedWithTheirKind_data();
    void badFilesAreRefusedWithTheirKind();
    void importShowsErrorsWithFileRowColumn();
    void screenshots();

private:
    QTemporaryDir m_dir;
    QString m_dossier;
    model::EvaluationResult m_expected;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TenderDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
    m_dossier = test::makeDossier(QStringLiteral("b10-revival"), m_dir.path());
    QVERIFY(!m_dossier.isEmpty());
    // What the engine says, computed independently of the window.
    const auto read = io::readWorkbook(test::caseDir(QStringLiteral("b10-revival")));
    model::Parameters parameters;
    QVERIFY(rules::tenderParameters(read.data->tender, parameters).empty());
    m_expected = *rules::evaluate(*read.data, parameters).result;
}

void TestMainWindow::openSelectEvaluateShowsEngineResult()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDossierNow(m_dossier));
    QVERIFY(window.selectProduct(QStringLiteral("AML5")));
    QTableView *bids = window.bidView();
    QCOMPARE(bids->model()->rowCount(), 8);

    QSignalSpy finished(&window, &MainWindow::evaluationFinished);
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);

    // Products row: N, K, winners, lowest price, share as the engine computed them.
    const model::ProductResult &expected = m_expected.products.front();
    QTableView *products = window.productView();
    QCOMPARE(cell(products, 0, ProductModel::Qualified), QString::number(expected.qualified));
    QCOMPARE(cell(products, 0, ProductModel::Shortlist), QString::number(expected.shortlistSize));
    QCOMPARE(cell(products, 0, ProductModel::Winners), QString::number(expected.winners));
    QCOMPARE(cell(products, 0, ProductModel::LowestPrice), expected.lowestUnitPrice->toString());

    // Bid rows: every visible cell against the engine (the test runs in the C locale).
    QCOMPARE(bids->model()->rowCount(), int(expected.bids.size()));
    for (int row = 0; row < int(expected.bids.size()); ++row) {
        const model::BidResult &b = expected.bids[size_t(row)];
        QCOMPARE(cell(bids, row, BidModel::BidId), b.bidId);
        QCOMPARE(cell(bids, row, BidModel::UnitPrice), b.unitPrice.toString());
        QCOMPARE(cell(bids, row, BidModel::Status), statusLabel(b.status));
        QCOMPARE(cell(bids, row, BidModel::Rank), b.rank ? QString::number(*b.rank) : QString());
        QCOMPARE(cell(bids, row, BidModel::AwardPrice),
                 b.awardPrice ? b.awardPrice->toString() : QString());
        QCOMPARE(cell(bids, row, BidModel::LinkedCap),
                 b.linkedPriceCap ? b.linkedPriceCap->toString() : QString());
    }
    // The revived bid B: its row, then the explanation pane shows core's sentence.
    bids->selectRow(1);
    QCOMPARE(cell(bids, 1, BidModel::Status), statusLabel(model::BidStatus::Revived));
    const QString sentence =
        rules::reasonSentence(expected.bids[1], expected, m_expected.parameters);
    QVERIFY2(window.explanation()->text().contains(sentence),
             qPrintable(window.explanation()->text()));
}

void TestMainWindow::editPriceThenUndoRestoresIt()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDossierNow(m_dossier));
    QVERIFY(window.selectProduct(QStringLiteral("AML5")));
    QTableView *bids = window.bidView();
    const QModelIndex price = bids->model()->index(0, BidModel::PackPrice);
    QCOMPARE(cell(bids, 0, BidModel::BidId), QStringLiteral("A"));
    QCOMPARE(price.data().toString(), QStringLiteral("1.40"));

    // Type into the real editor and press Enter.
    bids->setCurrentIndex(price);
    bids->edit(price);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("1.50"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(bids->model()->index(0, BidModel::PackPrice).data().toString(),
                 QStringLiteral("1.50"));
    QCOMPARE(window.undoStack()->count(), 1);

    auto stored = [this] {
        storage::OpenError error;
        auto reader = storage::Dossier::open(m_dossier, storage::Dossier::Mode::ReadOnly, &error);
        QString message;
        const auto data = reader ? reader->loadTenderData(&message) : std::nullopt;
        for (const model::Bid &b : data ? data->bids : std::vector<model::Bid>{}) {
            if (b.id == u"A")
                return b.packPrice.toString();
        }
        return QString();
    };
    QCOMPARE(stored(), QStringLiteral("1.50"));

    QTest::keySequence(&window, QKeySequence::Undo);
    QCOMPARE(bids->model()->index(0, BidModel::PackPrice).data().toString(),
             QStringLiteral("1.40"));
    QCOMPARE(stored(), QStringLiteral("1.40"));
    QTest::keySequence(&window, QKeySequence::Redo);
    QCOMPARE(stored(), QStringLiteral("1.50"));
    window.undoStack()->undo();
    QCOMPARE(stored(), QStringLiteral("1.40"));
}

void TestMainWindow::invalidInputIsRefusedOnTheSpot()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDossierNow(m_dossier));
    QVERIFY(window.selectProduct(QStringLiteral("AML5")));
    QTableView *bids = window.bidView();
    struct Case
    {
        int column;
        QString text;
    };
    for (const Case &c : {Case{BidModel::PackPrice, QStringLiteral("1,20")},
                          Case{BidModel::PackPrice, QStringLiteral("-1.20")},
                          Case{BidModel::Currency, QStringLiteral("XYZ")}}) {
        const QModelIndex index = bids->model()->index(0, c.column);
        const QString before = index.data().toString();
        bids->setCurrentIndex(index);
        bids->edit(index);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, c.text);
        // Refused as it is typed: the editor says why.
        QVERIFY2(!editor->toolTip().isEmpty(), qPrintable(c.text));
        window.statusBar()->clearMessage();
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on the next turn of the event loop; the refusal shows its reason.
        QTRY_VERIFY2(!window.statusBar()->currentMessage().isEmpty(), qPrintable(c.text));
        QCOMPARE(bids->model()->index(0, c.column).data().toString(), before);
        QCOMPARE(window.undoStack()->count(), 0);
    }
    // The session says why in words.
    FieldEdit edit;
    edit.table = EditTable::Bids;
    edit.key = {QStringLiteral("A")};
    edit.column = QStringLiteral("pack_price");
    edit.newValue = QStringLiteral("1,20");
    QVERIFY(window.session()->validate(edit)->contains(QStringLiteral("1,20")));
    edit.column = QStringLiteral("currency");
    edit.newValue = QStringLiteral("XYZ");
    QVERIFY(window.session()->validate(edit)->contains(QStringLiteral("XYZ")));
    edit.newValue = QStringLiteral("LAK");
    QVERIFY(!window.session()->validate(edit));
}

void TestMainWindow::demandQuantityEditIsCheckedStoredAndUndoable()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDossierNow(m_dossier));
    QVERIFY(window.selectProduct(QStringLiteral("AML5")));
    auto *demand = window.findChild<QTableView *>(QStringLiteral("demandView"));
    QVERIFY(demand);
    // Show the Volumes tab that holds the demand table.
    for (QWidget *w = demand; w && w->parentWidget(); w = w->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(w->parentWidget()->parentWidget())) {
            tabs->setCurrentWidget(w);
            break;
        }
    }
    QTRY_VERIFY(demand->isVisible());
    QVERIFY(demand->model()->rowCount() > 0);
    // Persistent: the view sorts, the edited row may move.
    const QPersistentModelIndex index = demand->model()->index(0, DemandModel::Quantity);
    const QString buyer = demand->model()->index(0, DemandModel::Buyer).data().toString();
    const QString before = index.data(Qt::EditRole).toString();
    auto stored = [this, &buyer] {
        storage::OpenError error;
        auto reader = storage::Dossier::open(m_dossier, storage::Dossier::Mode::ReadOnly, &error);
        QString message;
        const auto data = reader ? reader->loadTenderData(&message) : std::nullopt;
        for (const model::Demand &d : data ? data->demand : std::vector<model::Demand>{}) {
            if (d.productId == u"AML5" && d.buyerId == buyer)
                return d.quantity.toString();
        }
        return QString();
    };
    QCOMPARE(stored(), before);
    auto type = [&](const QString &text) {
        demand->setCurrentIndex(index);
        demand->edit(index);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        if (text.startsWith(u'-'))
            QVERIFY(!editor->toolTip().isEmpty()); // refused as it is typed
        QTest::keyClick(editor, Qt::Key_Return);
    };
    // A negative volume is refused with core's reason; nothing is stored or pushed.
    window.statusBar()->clearMessage();
    type(QStringLiteral("-5"));
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("negative")));
    QCOMPARE(index.data(Qt::EditRole).toString(), before);
    QCOMPARE(window.undoStack()->count(), 0);
    QCOMPARE(stored(), before);
    // 1000 is stored through the undo command and can be undone.
    type(QStringLiteral("1000"));
    QTRY_COMPARE(index.data(Qt::EditRole).toString(), QStringLiteral("1000"));
    QCOMPARE(window.undoStack()->count(), 1);
    QCOMPARE(stored(), QStringLiteral("1000"));
    window.undoStack()->undo();
    QCOMPARE(index.data(Qt::EditRole).toString(), before);
    QCOMPARE(stored(), before);
    window.undoStack()->redo();
    QCOMPARE(stored(), QStringLiteral("1000"));
    window.undoStack()->undo();
    QCOMPARE(stored(), before);
}

// Switching from Chinese to Lao while the Volumes tab is hidden, then showing it: every column is
// at least as wide as its contents in the new font (up to the window's cap), so no figure is
// cut off.
void TestMainWindow::columnsFitTheNewLanguageInHiddenTabs()
{
    useBuildTreeCatalogues(); // installing a translator sends LanguageChange at once
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDossierNow(m_dossier, true));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QVERIFY(tabs);
    // As an officer does: look at the volumes in Chinese, go back to the bids, switch to Lao,
    // then look at the volumes again (their tables get the Lao font only when shown).
    window.setLanguage(QStringLiteral("zh_CN"));
    tabs->setCurrentIndex(1);
    QTest::qWait(50);
    tabs->setCurrentIndex(0);
    QTest::qWait(50);
    window.setLanguage(QStringLiteral("lo"));
    tabs->setCurrentIndex(1);
    QTest::qWait(50);
    const int cap = window.fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24;
    int checked = 0;
    for (QTableView *view : tabs->widget(1)->findChildren<QTableView *>()) {
        if (!view->model() || view->model()->rowCount() == 0)
            continue;
        for (int c = 0; c < view->model()->columnCount(); ++c) {
            const auto *itemView = static_cast<const QAbstractItemView *>(view); // public there
            const int wanted = std::min(itemView->sizeHintForColumn(c), cap);
            QTRY_VERIFY2(view->columnWidth(c) + 1 >= wanted,
                         qPrintable(QStringLiteral("%1 column %2: %3 < %4")
                                        .arg(view->objectName())
                                        .arg(c)
                                        .arg(view->columnWidth(c))
                                        .arg(wanted)));
            ++checked;
        }
    }
    QVERIFY(checked > 0);
    window.setLanguage(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
}

void TestMainWindow::languageSwitchRetranslatesMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *fileMenu = window.menuBar()->actions().constFirst();
    QCOMPARE(fileMenu->text(), QStringLiteral("&File"));

    // View → Language → 中文 switches locale and font at run time.
    QAction *chinese = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->data().toString() == u"zh_CN")
            chinese = a;
    }
    QVERIFY(chinese);
    chinese->trigger();
    QCOMPARE(MainWindow::currentLanguage(), QStringLiteral("zh_CN"));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC")))
        QCOMPARE(QApplication::font().families().constFirst(), QStringLiteral("Noto Sans CJK SC"));

    // With the real catalogue (TD_TRANSLATIONS_DIR or the installed .qm), the menu is Chinese.
    const bool catalogue = !QFile::exists(QStringLiteral(":/i18n/tenderdesk_zh_CN.qm"))
                               ? !qEnvironmentVariableIsEmpty("TD_TRANSLATIONS_DIR")
                               : true;
    if (catalogue)
        QTRY_VERIFY(fileMenu->text() != QStringLiteral("&File"));

    // Back to English, then a catalogue arriving retranslates the visible menu without a restart.
    window.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(fileMenu->text(), QStringLiteral("&File"));
    FakeChineseTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QTRY_COMPARE(fileMenu->text(), QStringLiteral("文件(&F)"));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(fileMenu->text(), QStringLiteral("&File"));

    QLocale::setDefault(QLocale::c());
    QCOMPARE(MainWindow::currentLanguage(), QStringLiteral("en"));
}

// Opening a dossier tells whether its latest run still matches the tender data: it does right
// after evaluating, and no longer once a price was changed (through a second connection, as a
// second TenderDesk would).
void TestMainWindow::openedRunIsStaleOnlyWhenTheDataChanged()
{
    const QString dir = m_dir.filePath(QStringLiteral("stale"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = test::makeDossier(QStringLiteral("b10-revival"), dir);
    QVERIFY(!path.isEmpty());
    {
        storage::OpenError error;
        auto dossier = storage::Dossier::open(path, storage::Dossier::Mode::ReadWrite, &error);
        QVERIFY(dossier);
        model::Parameters parameters;
        QVERIFY(
            rules::tenderParameters(dossier->loadTenderData(nullptr)->tender, parameters).empty());
        QVERIFY(service::evaluateDossier(*dossier, parameters).ok());
    }
    {
        auto fresh = DossierSession::openNow(path, storage::Dossier::Mode::ReadOnly);
        QVERIFY(fresh.session && fresh.session->result());
        QVERIFY(!fresh.session->isResultStale());
    }
    {
        storage::OpenError error;
        auto dossier = storage::Dossier::open(path, storage::Dossier::Mode::ReadWrite, &error);
        QVERIFY(dossier);
        const QString bid = dossier->loadTenderData(nullptr)->bids.front().id;
        QString message;
        QVERIFY2(dossier->updateField(storage::Dossier::Table::Bid, bid,
                                      QStringLiteral("pack_price"), QStringLiteral("9.99"),
                                      &message),
                 qPrintable(message));
    }
    auto changed = DossierSession::openNow(path, storage::Dossier::Mode::ReadOnly);
    QVERIFY(changed.session && changed.session->result());
    QVERIFY(changed.session->isResultStale());
}

void TestMainWindow::secondWriterIsRefused()
{
    auto first = DossierSession::openNow(m_dossier, storage::Dossier::Mode::ReadWrite);
    QVERIFY(first.session);
    auto second = DossierSession::openNow(m_dossier, storage::Dossier::Mode::ReadWrite);
    QVERIFY(!second.session);
    QCOMPARE(second.error.kind, storage::OpenError::Locked);
    QVERIFY(!second.error.message.isEmpty());
    auto reader = DossierSession::openNow(m_dossier, storage::Dossier::Mode::ReadOnly);
    QVERIFY(reader.session);
    QVERIFY(reader.session->isReadOnly());
    MainWindow window;
    QVERIFY(window.openDossierNow(m_dossier, true));
    QVERIFY(window.session()->isReadOnly());
    QVERIFY(!window.bidModel()
                 ->flags(window.bidModel()->index(0, BidModel::PackPrice))
                 .testFlag(Qt::ItemIsEditable));
}

void TestMainWindow::badFilesAreRefusedWithTheirKind_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("kind");
    QTest::newRow("text-file") << QByteArray("product_id,inn\nX,y\n")
                               << int(storage::OpenError::NotADossier);
    QTest::newRow("missing") << QByteArray() << int(storage::OpenError::NotFound);
    QByteArray truncated("SQLite format 3");
    truncated.append('\0');
    truncated.append(QByteArray(40, '\x01'));
    QTest::newRow("truncated-sqlite") << truncated << -1;
}

void TestMainWindow::badFilesAreRefusedWithTheirKind()
{
    QFETCH(QByteArray, content);
    QFETCH(int, kind);
    const QString path = m_dir.filePath(
        QStringLiteral("bad-%1.tender").arg(QString::fromLatin1(QTest::currentDataTag())));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    auto result = DossierSession::openNow(path, storage::Dossier::Mode::ReadWrite);
    QVERIFY(!result.session);
    if (kind >= 0)
        QCOMPARE(int(result.error.kind), kind);
    QVERIFY(!result.error.message.isEmpty());
    MainWindow window;
    QVERIFY(!window.openDossierNow(path)); // no crash, nothing open
    QVERIFY(!window.session());
}

void TestMainWindow::importShowsErrorsWithFileRowColumn()
{
    ImportDialog dialog;
    dialog.setSource(test::caseDir(QStringLiteral("invalid-mixed-errors")));
    const QString target = m_dir.filePath(QStringLiteral("invalid.tender"));
    dialog.setTarget(target);
    dialog.show();
    QSignalSpy finished(&dialog, &ImportDialog::finished);
    dialog.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    ImportErrorModel *errors = dialog.errors();
    QVERIFY(errors->rowCount() >= 9);
    bool sawComma = false;
    for (int r = 0; r < errors->rowCount(); ++r) {
        QVERIFY(!errors->error(r)->file.isEmpty());
        if (errors->error(r)->file.startsWith(u"bids") && errors->error(r)->column == u"pack_price")
            sawComma = errors->error(r)->row > 1;
    }
    QVERIFY(sawComma);
    QVERIFY(errors->toText().count(u'\n') >= 10);
    QVERIFY(!QFile::exists(target)); // nothing written on error

    ImportDialog good;
    good.setSource(test::caseDir(QStringLiteral("b10-revival")));
    const QString created = m_dir.filePath(QStringLiteral("imported.tender"));
    good.setTarget(created);
    QSignalSpy done(&good, &ImportDialog::finished);
    good.start();
    QVERIFY(done.wait(20000));
    QCOMPARE(done.at(0).at(0).toBool(), true);
    MainWindow window;
    QVERIFY(window.openDossierNow(created));
    QCOMPARE(window.productModel()->rowCount(), 1);
    // "Evaluate right after the import" (on by default): the dossier opens with a stored run.
    QVERIFY(window.session()->result());
    window.closeDossier();

    ImportDialog importOnly;
    importOnly.setSource(test::caseDir(QStringLiteral("b10-revival")));
    const QString plain = m_dir.filePath(QStringLiteral("imported-only.tender"));
    importOnly.setTarget(plain);
    importOnly.setEvaluateAfterImport(false);
    QSignalSpy plainDone(&importOnly, &ImportDialog::finished);
    importOnly.start();
    QVERIFY(plainDone.wait(20000));
    QCOMPARE(plainDone.at(0).at(0).toBool(), true);
    storage::OpenError openError;
    auto dossier = storage::Dossier::open(plain, storage::Dossier::Mode::ReadOnly, &openError);
    QVERIFY(dossier);
    QVERIFY(dossier->runs().empty());
    dossier = storage::Dossier::open(created, storage::Dossier::Mode::ReadOnly, &openError);
    QVERIFY(dossier);
    QCOMPARE(dossier->runs().size(), size_t(1));
}

/// Evidence, not a check: with TD_SCREENSHOT_DIR and TD_SCREENSHOT_DOSSIER set, grabs every tab
/// of the window in every language (offscreen rendering uses the same fonts as the desktop).
void TestMainWindow::screenshots()
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    const QString dossier = qEnvironmentVariable("TD_SCREENSHOT_DOSSIER");
    if (dir.isEmpty() || dossier.isEmpty())
        QSKIP("set TD_SCREENSHOT_DIR and TD_SCREENSHOT_DOSSIER to take screenshots");
    useBuildTreeCatalogues();
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDossierNow(dossier, true));
    window.selectProduct(QStringLiteral("AML5"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QVERIFY(tabs);
    for (const QString &language : MainWindow::languages()) {
        window.setLanguage(language);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(200);
            QVERIFY(
                window.grab().save(QStringLiteral("%1/%2-tab%3.png").arg(dir, language).arg(tab)));
        }
        AboutDialog about(&window);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        QTest::qWait(200);
        QVERIFY(about.grab().save(QStringLiteral("%1/%2-about.png").arg(dir, language)));
        ImportDialog import(&window);
        import.setSource(test::caseDir(QStringLiteral("b10-revival")));
        import.setTarget(QStringLiteral("/tmp/new.tender"));
        import.show();
        QVERIFY(QTest::qWaitForWindowExposed(&import));
        QTest::qWait(200);
        QVERIFY(import.grab().save(QStringLiteral("%1/%2-import.png").arg(dir, language)));
    }
    window.setLanguage(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
