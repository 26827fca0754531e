#pragma once

#include "reportdocument.h"

#include <QString>

#include <functional>

namespace td::report {

struct PdfResult
{
    bool ok = false;
    int pages = 0;
    QString error; ///< translated, when !ok
};

/// Writes `document` as a PDF at `path` through QSaveFile: the file appears complete or not at
/// all (an existing file is left untouched on error). Checks the fonts of the document's
/// language(s) first (missingFontError()). Fonts are embedded by QPdfWriter. Needs a
/// QGuiApplication. `progress` as ReportPainter::Progress.
PdfResult writePdf(const ReportDocument &document, const QString &path,
                   const std::function<bool(int, int)> &progress = {});

} // namespace td::report
