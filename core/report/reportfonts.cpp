#include "reportfonts.h"

#include <QCoreApplication>
#include <QFontDatabase>

namespace td::report {

QStringList candidateFamilies(Language language)
{
    switch (language) {
    case Language::ZhCN:
        return {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC")};
    case Language::Lo:
        return {QStringLiteral("Noto Sans Lao"), QStringLiteral("Phetsarath OT"),
                QStringLiteral("Saysettha OT")};
    case Language::Th:
        return {QStringLiteral("Noto Sans Thai"), QStringLiteral("Loma"), QStringLiteral("Garuda"),
                QStringLiteral("Waree"), QStringLiteral("Sarabun")};
    case Language::En:
        break;
    }
    return {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
            QStringLiteral("Liberation Sans")};
}

std::optional<QString> familyFor(Language language, const QStringList &installed)
{
    for (const QString &family : candidateFamilies(language))
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    return std::nullopt;
}

std::optional<QString> missingFontError(const std::vector<Language> &languages,
                                        const QStringList &installed)
{
    for (const Language language : languages) {
        if (familyFor(language, installed))
            continue;
        return QCoreApplication::translate(
                   "td::report", "No font for the report language %1 is installed (looked for: %2). "
                                 "Install one of them, then print again.")
            .arg(languageCode(language), candidateFamilies(language).join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

std::optional<QString> missingFontError(const std::vector<Language> &languages)
{
    return missingFontError(languages, QFontDatabase::families());
}

QStringList documentFamilies(Language primary, std::optional<Language> secondary)
{
    const QStringList installed = QFontDatabase::families();
    QStringList families;
    const auto add = [&](Language language) {
        if (const auto family = familyFor(language, installed); family && !families.contains(*family))
            families << *family;
    };
    // Chinese documents take Latin letters and digits from the English font: Qt's PDF output
    // gives Noto Sans CJK's digit glyphs no text mapping, so they could not be searched or
    // copied (pdftotext drops them). Han characters still come from "Noto Sans CJK SC".
    if (primary == Language::ZhCN)
        add(Language::En);
    add(primary);
    if (secondary)
        add(*secondary);
    for (const Language language : {Language::En, Language::ZhCN, Language::Th, Language::Lo})
        add(language);
    return families;
}

} // namespace td::report
