#pragma once

#include "model/evaluationresult.h"

#include <QString>

namespace td::rules {

/// The sentence behind a bid's status, with its numbers, in the current language
/// (QCoreApplication::translate): "rank 2 of 8; 0.4800 > 1.8 × lowest 0.2000 = 0.36".
/// Shown by the explanation pane, the report and the JSON (`--explain`).
QString reasonSentence(const model::BidResult &bid, const model::ProductResult &product,
                       const model::Parameters &parameters);

/// Why a bid ranks after the one before it when the primary key tied, or empty:
/// "tie with B3 on price; decided by capacity".
QString tieSentence(const model::BidResult &bid, const model::Parameters &parameters);

/// The translated display name of a status, a reason code and a tie key.
QString statusText(model::BidStatus status);
QString reasonText(model::Reason reason);
QString tieKeyText(model::TieKey key);

/// A threshold or other exact figure for display: at least price_decimals decimals, more when
/// the exact value has them (1.8 × 0.3333 shows 0.59994, not 0.5999).
QString exactFigure(const money::Decimal &value, const model::Parameters &parameters);

} // namespace td::rules
