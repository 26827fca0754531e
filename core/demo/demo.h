#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace td::demo {

/// The bundled demo tender: a China–ASEAN cross-border workbook (resources/demo, embedded in
/// tenderdesk_core under ":/demo") whose twelve products each show one or more rules of
/// rules.md at work, with a teaching note per product in en, zh_CN, lo and th.

/// The demo tender's identifier, as in its tender.csv.
QString tenderId();

/// The embedded workbook folder (":/demo"); readable by io::readWorkbook().
QString workbookPath();

/// Writes the demo dossier at `path`: creates it, imports the bundled workbook, evaluates it
/// with the tender's own parameters and stores that first run. The dossier is built beside
/// `path` under a temporary name and then moved into place, so an existing file at `path` is
/// replaced only when everything succeeded (whether replacing is allowed is the caller's
/// decision). Refused while a dossier at `path` is open for editing elsewhere. On failure
/// nothing new is left behind, an existing file is unchanged, and `error` (translated) says why.
bool writeDemoDossier(const QString &path, QString *error);

/// The teaching note of one demo product: two or three sentences on what the product shows.
/// `language`: en, zh_CN, lo or th (locale names such as zh, zh-CN, lo_LA, th_TH, en_GB are
/// accepted too). None for another tender, an unknown product or another language.
std::optional<QString> teachingNote(const QString &tenderId, const QString &productId,
                                    const QString &language);

/// The products that carry a teaching note, in identifier order.
QStringList notedProducts();

/// The note languages: en, zh_CN, lo, th.
QStringList noteLanguages();

} // namespace td::demo
