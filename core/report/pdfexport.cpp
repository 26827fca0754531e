#include "pdfexport.h"

#include "reportfonts.h"
#include "reportpainter.h"

#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>

namespace td::report {

PdfResult writePdf(const ReportDocument &document, const QString &path,
                   const std::function<bool(int, int)> &progress)
{
    PdfResult result;
    std::vector<Language> languages{document.language};
    if (document.secondLanguage)
        languages.push_back(*document.secondLanguage);
    if (const auto error = missingFontError(languages)) {
        result.error = *error;
        return result;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QCoreApplication::translate("td::report", "Cannot write %1: %2")
                           .arg(path, file.errorString());
        return result;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(document.documentTitle);
        writer.setCreator(QStringLiteral("TenderDesk %1").arg(QStringLiteral(TD_VERSION)));
        ReportPainter::setupDevice(&writer, document.paper);
        ReportPainter painter(document, documentFamilies(document.language, document.secondLanguage));
        if (!painter.paint(&writer, progress)) {
            file.cancelWriting();
            result.error = painter.errorString();
            return result;
        }
        result.pages = painter.pageCount();
    } // the writer flushes the PDF into the file here
    if (!file.commit()) {
        result.error = QCoreApplication::translate("td::report", "Cannot write %1: %2")
                           .arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace td::report
