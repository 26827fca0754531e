#pragma once

#include "phrasebook.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace td::report {

/// The font families a report language is printed with, in order of preference: "Noto Sans CJK
/// SC" for Chinese; Noto Sans Lao, Phetsarath OT or Saysettha OT for Lao; Noto Sans Thai,
/// Loma, Garuda, Waree or Sarabun for Thai; DejaVu Sans, Noto Sans or Liberation Sans for
/// English. Explicit, so a report never depends on whatever fontconfig would substitute.
QStringList candidateFamilies(Language language);

/// The installed family that prints `language`, from `installed` (QFontDatabase::families()).
std::optional<QString> familyFor(Language language, const QStringList &installed);

/// A translated message naming the language and the fonts looked for, when one of `languages`
/// has no installed font; none when all can be printed. Call before printing.
std::optional<QString> missingFontError(const std::vector<Language> &languages,
                                        const QStringList &installed);
/// The same against the fonts installed now (needs a QGuiApplication).
std::optional<QString> missingFontError(const std::vector<Language> &languages);

/// The families for a document: the primary language's font, the second language's, then the
/// other installed report fonts so names in any script (a Chinese bidder in a Lao report)
/// still print. A Chinese document puts the English font first for Latin letters and digits
/// (see the .cpp). Needs a QGuiApplication.
QStringList documentFamilies(Language primary, std::optional<Language> secondary);

} // namespace td::report
