#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace td::report {

/// The languages a report can be printed in (issue 5): English, Simplified Chinese, Lao, Thai.
enum class Language { En, ZhCN, Lo, Th };

QString languageCode(Language language); ///< "en", "zh_CN", "lo", "th"
std::optional<Language> languageFromCode(QStringView code);
QStringList languageCodes();

/// The report's own phrases in one report language.
///
/// A report is printed in a language chosen for the report, not the UI's, and a bilingual
/// report needs two languages at once, so the QCoreApplication translators cannot serve it.
/// Each phrase is its English source text (marked with QT_TRANSLATE_NOOP in context
/// "td::report::Phrasebook" so lupdate collects it); the text comes from the language's .qm
/// when it is built into the program (":/i18n/tenderdesk_<code>.qm") and has the phrase, and
/// otherwise from the built-in table whose terms are those of ../shared/domain/glossary.md.
/// Unknown phrases come back in English. Thread-safe.
class Phrasebook
{
public:
    explicit Phrasebook(Language language = Language::En) : m_language(language) {}
    Language language() const { return m_language; }
    QString text(const char *english) const { return text(m_language, english); }
    static QString text(Language language, const char *english);

private:
    Language m_language;
};

} // namespace td::report
