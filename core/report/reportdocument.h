#pragma once

#include "money/decimal.h"
#include "phrasebook.h"
#include "reportoptions.h"

#include <QString>
#include <QStringList>

#include <variant>
#include <vector>

namespace td::report {

/// A label in the report language, with the second language's label beneath it (bilingual
/// reports) or empty.
struct Text
{
    QString main;
    QString sub;
    bool isEmpty() const { return main.isEmpty() && sub.isEmpty(); }
};

enum class Align { Left, Right, Center };

struct Column
{
    Text header;
    int weight = 1; ///< share of the table width
    Align align = Align::Left;
};

/// A table that may run over many pages; the painter repeats its header on every page.
struct Table
{
    Text title;
    std::vector<Column> columns;
    std::vector<QStringList> rows; ///< one string per column, already formatted
    std::vector<bool> emphasis;    ///< rows printed bold (totals); empty = none
    Text note;                     ///< printed under the table
};

struct Title
{
    Text text;
};
struct Heading
{
    Text text;
    int level = 1; ///< 1 = section, 2 = subsection
};
struct Paragraph
{
    QString text;
};
struct Field
{
    Text label;
    QString value;
};
/// Label/value pairs (cover, thresholds, letter header).
struct Fields
{
    std::vector<Field> fields;
};

enum class BarKind { Winner, Revived, Other, Disqualified };

struct LadderBar
{
    QString label;          ///< bidder
    money::Decimal value;   ///< comparable unit price (bar height)
    QString valueText;      ///< formatted value
    BarKind kind = BarKind::Other;
};

struct LadderLine
{
    Text label;
    money::Decimal value;
    QString valueText;
};

/// The bid ladder: every bid's comparable unit price in rank order with the thresholds as lines.
struct LadderChart
{
    Text title;
    std::vector<LadderBar> bars;
    std::vector<LadderLine> lines;
    std::vector<Text> legend; ///< winner, revived, other, disqualified
};

struct SignatureBlock
{
    Text title;
    std::vector<Text> roles;
    Text name, signature, date;
};

struct PageBreak
{
};

using Block = std::variant<Title, Heading, Paragraph, Fields, Table, LadderChart, SignatureBlock,
                           PageBreak>;

/// A report as plain data: what the painter lays out and what tests read.
struct ReportDocument
{
    QString documentTitle; ///< PDF title metadata
    Text runningHeader;    ///< top of every page
    QString digest;        ///< the run digest, bottom of every page
    Text digestLabel;
    Text pageOf;           ///< "Page %1 of %2" in the language(s)
    Language language = Language::En;
    std::optional<Language> secondLanguage;
    Paper paper = Paper::A4;
    std::vector<Block> blocks;
};

} // namespace td::report
