#pragma once

#include "model/tenderdata.h"
#include "money/decimal.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace td::io {

/// Typed reading of one workbook cell (formats.md §1). Each function returns the value, or
/// std::nullopt and a message for people in `*error` saying what is wrong and how to fix it
/// (the spreadsheet habits it recognises: decimal commas, exponents, TRUE, 11/1/2026 …).
namespace cell {

enum class Sign { Any, Positive, NonNegative };

std::optional<money::Decimal> decimal(QStringView text, Sign sign, QString *error);
/// A non-negative whole number (lead times, shelf lives).
std::optional<qint64> count(QStringView text, QString *error);
std::optional<bool> yesNo(QStringView text, QString *error);
std::optional<QDate> date(QStringView text, QString *error);
std::optional<qint64> timestamp(QStringView text, QString *error);
bool isCountry(QStringView text);
bool isCurrency(QStringView text);
bool country(QStringView text, QString *error);
bool currency(QStringView text, QString *error);
bool atc(QStringView text, QString *error);
std::optional<model::RuleSet> ruleSet(QStringView text, QString *error);
std::optional<model::QualityCode> quality(QStringView text, QString *error);
/// `'text'` for messages, shortened when long (a 1 MiB cell must not become a 1 MiB message).
QString quoted(QStringView text);

} // namespace cell

} // namespace td::io
