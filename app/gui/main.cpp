// tenderdesk: arguments, translators, the main window. Everything else lives in ui/ and core/.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("TenderDesk"));
    QApplication::setOrganizationName(QStringLiteral("TenderDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("tenderdesk"));

    // The language first (argument, else the last one chosen, else the system's), so even the
    // command-line help is translated.
    QString language = QSettings().value(QStringLiteral("language")).toString();
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == u"--lang" && i + 1 < argc)
            language = QString::fromLocal8Bit(argv[i + 1]);
        else if (arg.startsWith(u"--lang="))
            language = arg.mid(7);
    }
    if (language.isEmpty()) {
        const QString system = QLocale::system().name();
        language = QStringLiteral("en");
        for (const QString &l : td::ui::MainWindow::languages()) {
            if (system.startsWith(l.left(2)))
                language = l;
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Tender-evaluation workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("dossier"),
                                 QApplication::translate("main", "Tender dossier to open"),
                                 QStringLiteral("[DOSSIER]"));
    QCommandLineOption langOption(QStringLiteral("lang"),
                                  QApplication::translate("main", "Interface language: en, zh_CN, lo or th"),
                                  QStringLiteral("language"));
    parser.addOption(langOption);
    td::ui::MainWindow::applyLanguage(td::ui::MainWindow::languages().contains(language)
                                          ? language
                                          : QStringLiteral("en"));
    parser.process(app);

    if (parser.isSet(langOption) && !td::ui::MainWindow::languages().contains(parser.value(langOption))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "Unknown language '%1': use en, zh_CN, lo or th")
                                    .arg(parser.value(langOption))));
        return 1;
    }
    if (parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.helpText()));
        return 1;
    }
    if (parser.isSet(langOption))
        QSettings().setValue(QStringLiteral("language"), parser.value(langOption));

    td::ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        const QString path = parser.positionalArguments().constFirst();
        QTimer::singleShot(0, &window, [&window, path] { window.openDossier(path); });
    }
    return QApplication::exec();
}
