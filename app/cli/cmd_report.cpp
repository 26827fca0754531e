#include "cliutil.h"
#include "commands.h"
#include "report/awardletter.h"
#include "report/awardreport.h"
#include "report/pdfexport.h"
#include "report/reportfonts.h"
#include "report/reportsource.h"
#include "report/xlsxexport.h"
#include "storage/dossier.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <stdexcept>

namespace td::cli {

namespace {

const QString Me = QStringLiteral("tenderdesk-cli report");

int usage(const QString &why)
{
    printErr(
        QStringLiteral("usage: tenderdesk-cli report DOSSIER (--pdf FILE | --xlsx FILE | "
                       "--letters DIR)... [--lang en|zh_CN|lo|th] [--bilingual LANG] "
                       "[--paper a4|letter] [--date YYYY-MM-DD] [--term MONTHS] [--ce] [--wan] "
                       "[--allocations auto|buyers|regions] [--timing]"
                       "\n  --ce   Thai dates in the Common Era instead of the Buddhist Era"
                       "\n  --wan  Chinese amounts in 万 (10^4)"
                       "\n  --allocations  PDF allocation rows per buyer, or per winner and region "
                       "(auto: buyers up to 2,000 rows)") +
        (why.isEmpty() ? QString() : QStringLiteral("\n") + why));
    return Usage;
}

} // namespace

int runReport(const QStringList &args)
{
    const Arguments a(args,
                      {QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("letters"),
                       QStringLiteral("lang"), QStringLiteral("bilingual"), QStringLiteral("paper"),
                       QStringLiteral("date"), QStringLiteral("term"),
                       QStringLiteral("allocations")},
                      {QStringLiteral("ce"), QStringLiteral("wan"), QStringLiteral("timing")});
    if (!a.ok())
        return usage(a.error());
    if (a.positional().size() != 1)
        return usage(QStringLiteral("one DOSSIER is needed"));
    const auto pdf = a.value(QStringLiteral("pdf"));
    const auto xlsx = a.value(QStringLiteral("xlsx"));
    const auto letters = a.value(QStringLiteral("letters"));
    if (!pdf && !xlsx && !letters)
        return usage(QStringLiteral("give --pdf FILE, --xlsx FILE or --letters DIR"));

    report::ReportOptions options;
    if (const auto lang = a.value(QStringLiteral("lang"))) {
        const auto language = report::languageFromCode(*lang);
        if (!language)
            return usage(QStringLiteral("unknown language '%1' (en, zh_CN, lo, th)").arg(*lang));
        options.language = *language;
    }
    if (const auto lang = a.value(QStringLiteral("bilingual"))) {
        const auto language = report::languageFromCode(*lang);
        if (!language)
            return usage(QStringLiteral("unknown language '%1' (en, zh_CN, lo, th)").arg(*lang));
        options.secondLanguage = *language;
    }
    if (const auto paper = a.value(QStringLiteral("paper"))) {
        const auto p = report::paperFromName(*paper);
        if (!p)
            return usage(QStringLiteral("unknown paper '%1' (a4, letter)").arg(*paper));
        options.paper = *p;
    }
    if (const auto date = a.value(QStringLiteral("date"))) {
        options.reportDate = QDate::fromString(*date, Qt::ISODate);
        if (!options.reportDate.isValid())
            return usage(QStringLiteral("--date needs YYYY-MM-DD, not '%1'").arg(*date));
    }
    if (const auto term = a.value(QStringLiteral("term"))) {
        bool ok = false;
        options.contractMonths = term->toInt(&ok);
        if (!ok || options.contractMonths <= 0)
            return usage(QStringLiteral("--term needs a number of months, not '%1'").arg(*term));
    }
    if (const auto detail = a.value(QStringLiteral("allocations"))) {
        if (*detail == u"buyers")
            options.allocationDetail = report::AllocationDetail::Buyers;
        else if (*detail == u"regions")
            options.allocationDetail = report::AllocationDetail::Regions;
        else if (*detail != u"auto")
            return usage(QStringLiteral("--allocations takes buyers, regions or auto, not '%1'")
                             .arg(*detail));
    }
    options.buddhistEra = !a.flag(QStringLiteral("ce"));
    options.chineseTenThousands = a.flag(QStringLiteral("wan"));

    if (!QCoreApplication::instance()->inherits("QGuiApplication")) {
        printErr(Me + QStringLiteral(": painting needs a QGuiApplication"));
        return FileError;
    }
    // A missing font is reported before anything is read or written.
    if (pdf || letters) {
        std::vector<report::Language> languages{options.language};
        if (options.secondLanguage)
            languages.push_back(*options.secondLanguage);
        if (const auto error = report::missingFontError(languages)) {
            printErr(Me + QStringLiteral(": ") + *error);
            return FileError;
        }
    }

    const auto dossier =
        openDossier("report", a.positional().front(), storage::Dossier::Mode::ReadOnly);
    if (!dossier)
        return FileError; // as show, export and verify: a file that is not a dossier is a file
                          // error
    QElapsedTimer timer;
    timer.start();
    report::SourceError sourceError;
    const auto source = report::loadReportSource(*dossier, &sourceError);
    if (!source) {
        printErr(Me + QStringLiteral(": ") + sourceError.message);
        return sourceError.kind == report::SourceError::Stale ? InvalidInput : FileError;
    }
    const qint64 loadMs = timer.restart();

    try {
        if (pdf) {
            const report::ReportDocument document = report::buildAwardReport(*source, options);
            const qint64 buildMs = timer.restart();
            const report::PdfResult result = report::writePdf(document, *pdf);
            if (!result.ok) {
                printErr(Me + QStringLiteral(": ") + result.error);
                return FileError;
            }
            printOut(QStringLiteral("%1: %2 pages, digest %3")
                         .arg(*pdf)
                         .arg(result.pages)
                         .arg(source->run.digest));
            if (a.flag(QStringLiteral("timing")))
                printOut(QStringLiteral("timing: load %1 ms, build %2 ms, paint %3 ms")
                             .arg(loadMs)
                             .arg(buildMs)
                             .arg(timer.restart()));
        }
        if (letters) {
            const QDir dir(*letters);
            if (!dir.exists() && !QDir().mkpath(*letters)) {
                printErr(Me + QStringLiteral(": cannot create the folder %1").arg(*letters));
                return FileError;
            }
            const auto built = report::buildAwardLetters(*source, options);
            for (const report::AwardLetter &letter : built) {
                const QString path = dir.filePath(report::letterFileName(letter.bidderId));
                const report::PdfResult result = report::writePdf(letter.document, path);
                if (!result.ok) {
                    printErr(Me + QStringLiteral(": ") + result.error);
                    return FileError;
                }
            }
            printOut(QStringLiteral("%1: %2 award notice letters").arg(*letters).arg(built.size()));
        }
        if (xlsx) {
            const report::XlsxResult result = report::writeXlsx(*source, options, *xlsx);
            if (!result.ok) {
                printErr(Me + QStringLiteral(": ") + result.error);
                return FileError;
            }
            printOut(QStringLiteral("%1: summary and allocations").arg(*xlsx));
        }
    } catch (const std::overflow_error &e) {
        printErr(Me + QStringLiteral(": a value is too large to print exactly (%1)")
                          .arg(QString::fromUtf8(e.what())));
        return InvalidInput;
    }
    return Ok;
}

} // namespace td::cli
