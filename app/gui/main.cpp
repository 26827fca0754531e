// tenderdesk: arguments, translators, the main window. Everything else lives in ui/ and core/.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("TenderDesk"));
    QApplication::setOrganizationName(QStringLiteral("TenderDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Tender-evaluation workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("dossier"),
                                 QApplication::translate("main", "Tender dossier to open"));
    QCommandLineOption langOption(QStringLiteral("lang"),
                                  QApplication::translate("main", "Interface language: en, zh_CN, lo or th"),
                                  QStringLiteral("language"));
    parser.addOption(langOption);
    parser.process(app);

    td::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
