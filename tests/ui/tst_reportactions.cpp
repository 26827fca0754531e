// ui/report: the report actions export through the same painter, refuse stale dossiers, and the
// painter works on a QPrinter as well as on QPdfWriter (issue 5).
#include "io/workbookreader.h"
#include "report/awardreport.h"
#include "report/reportfonts.h"
#include "report/reportpainter.h"
#include "report/reportactions.h"
#include "rules/evaluator.h"
#include "storage/dossier.h"
#include "testsupport.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QPrinter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace td;

namespace {

std::optional<report::ReportSource> caseSource(const QString &name, QString *error)
{
    io::ImportResult imported = io::readWorkbook(test::caseDir(name));
    if (!imported.ok()) {
        *error = QStringLiteral("cannot read the case");
        return std::nullopt;
    }
    report::ReportSource s;
    s.data = std::move(*imported.data);
    model::Parameters parameters;
    rules::tenderParameters(s.data.tender, parameters);
    auto outcome = rules::evaluate(s.data, parameters);
    if (!outcome.result) {
        *error = QStringLiteral("cannot evaluate the case");
        return std::nullopt;
    }
    s.result = std::move(*outcome.result);
    s.run.id = QStringLiteral("1");
    s.run.digest = QString(64, u'd');
    return s;
}

} // namespace

class TestReportActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionsNeedASource()
    {
        QWidget window;
        ui::ReportActions actions(&window);
        QCOMPARE(actions.actions().size(), 5);
        for (QAction *a : actions.actions()) {
            QVERIFY(!a->text().isEmpty());
            QVERIFY(!a->isEnabled());
        }
        actions.setSourceProvider([](QString *error) { return caseSource(QStringLiteral("b10-revival"), error); });
        for (QAction *a : actions.actions())
            QVERIFY(a->isEnabled());
    }

    void exports()
    {
        QTemporaryDir dir;
        QWidget window;
        ui::ReportActions actions(&window);
        actions.setSourceProvider([](QString *error) { return caseSource(QStringLiteral("multi-currency-fx"), error); });
        QSignalSpy exported(&actions, &ui::ReportActions::exported);
        QSignalSpy errors(&actions, &ui::ReportActions::errorOccurred);
        QVERIFY(actions.exportPdfTo(dir.filePath(QStringLiteral("r.pdf"))));
        QVERIFY(actions.exportXlsxTo(dir.filePath(QStringLiteral("r.xlsx"))));
        QVERIFY(actions.exportLettersTo(dir.filePath(QStringLiteral("letters"))));
        QCOMPARE(exported.size(), 3);
        QCOMPARE(errors.size(), 0);
        QFile pdf(dir.filePath(QStringLiteral("r.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5).startsWith("%PDF"));
        QVERIFY(!actions.exportPdfTo(dir.filePath(QStringLiteral("missing/r.pdf"))));
        QCOMPARE(errors.size(), 1);
    }

    void staleDossierSaysEvaluateFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.tender"));
        {
            storage::OpenError openError;
            auto dossier = storage::Dossier::open(path, storage::Dossier::Mode::CreateIfMissing, &openError);
            QVERIFY(dossier);
            auto imported = io::readWorkbook(test::caseDir(QStringLiteral("b10-revival")));
            QVERIFY(imported.ok());
            QString error;
            QVERIFY(dossier->replaceTenderData(*imported.data, QStringLiteral("test"), &error));
        }
        QWidget window;
        ui::ReportActions actions(&window);
        actions.setDossierPath(path);
        QSignalSpy errors(&actions, &ui::ReportActions::errorOccurred);
        QVERIFY(!actions.exportPdfTo(dir.filePath(QStringLiteral("r.pdf"))));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("evaluate first")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.pdf"))));
    }

    void optionsMenu()
    {
        QWidget window;
        ui::ReportActions actions(&window);
        const QList<QAction *> menus = actions.optionsMenu()->actions();
        QCOMPARE(menus.size(), 3);
        QMenu *languages = menus[0]->menu();
        QVERIFY(languages);
        languages->actions().at(2)->trigger(); // Lao
        QCOMPARE(actions.options().language, report::Language::Lo);
        QMenu *second = menus[1]->menu();
        second->actions().at(1)->trigger(); // English beneath
        QCOMPARE(actions.options().secondLanguage, std::optional(report::Language::En));
        menus[2]->menu()->actions().at(1)->trigger();
        QCOMPARE(actions.options().paper, report::Paper::Letter);
    }

    void painterOnQPrinter()
    {
        QTemporaryDir dir;
        QString error;
        const auto source = caseSource(QStringLiteral("b10-revival"), &error);
        QVERIFY(source);
        const auto document = report::buildAwardReport(*source, {});
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printer.pdf")));
        report::ReportPainter::setupDevice(&printer, report::Paper::Letter);
        report::ReportPainter painter(document, report::documentFamilies(report::Language::En, std::nullopt));
        QVERIFY2(painter.paint(&printer), qPrintable(painter.errorString()));
        QVERIFY(painter.pageCount() > 0);
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("printer.pdf"))).size() > 1000);
    }
};

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
