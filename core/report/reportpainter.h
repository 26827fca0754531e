#pragma once

#include "reportdocument.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QPagedPaintDevice;

namespace td::report {

/// Lays out a ReportDocument and paints it on any QPagedPaintDevice (QPdfWriter, QPrinter), with
/// QtGui only.
///
/// Two passes: layout measures every block with the device's font metrics and decides page
/// breaks (tables split between rows and repeat their header, headings stay with what follows,
/// charts and signature blocks are never split), so the total is known before painting and
/// every page carries the running header, "page x of y" and the digest. Text wraps at word
/// boundaries, or anywhere when a script gives none (Lao). The bid ladder is drawn with QPainter.
/// Needs a QGuiApplication (fonts). Not thread-safe per instance.
class ReportPainter
{
public:
    /// Progress: pages painted, pages total. Return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    /// `families`: the font families in fallback order (documentFamilies()).
    ReportPainter(const ReportDocument &document, const QStringList &families);
    ~ReportPainter();
    ReportPainter(const ReportPainter &) = delete;
    ReportPainter &operator=(const ReportPainter &) = delete;

    /// Sets the document's paper size, portrait orientation and 15 mm margins on `device`.
    static void setupDevice(QPagedPaintDevice *device, Paper paper);

    /// Lays out and paints every page. False with errorString() when the device cannot be
    /// painted on or progress cancelled.
    bool paint(QPagedPaintDevice *device, const Progress &progress = {});
    /// Pages of the last paint().
    int pageCount() const;
    QString errorString() const { return m_error; }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    QString m_error;
};

} // namespace td::report
