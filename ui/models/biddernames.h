#pragma once

#include "model/tenderdata.h"

#include <QHash>
#include <QString>

namespace td::ui {

/// Bid id → bidder name (the bidder id when the bidder has no name) for one product's bids.
/// Shared by the volume models, which label allocations, picks and totals by bidder.
QHash<QString, QString> bidderNamesByBid(const model::TenderData &data, const QString &productId);

} // namespace td::ui
