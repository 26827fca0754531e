#pragma once

#include "model/evaluationresult.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace td::ui {

/// Presentation of core's statuses and reason codes: translated labels, a colour and an icon
/// with its own shape per status (never colour alone). No rule is decided here.
QString statusLabel(model::BidStatus status);
QString reasonLabel(model::Reason reason);
QString tieKeyLabel(model::TieKey key);
QColor statusColor(model::BidStatus status);
QIcon statusIcon(model::BidStatus status);

/// Status of a product as a whole, for the badge in the products view.
enum class ProductState { NotEvaluated, Awarded, NoAward, PartlyUnassigned };
QString productStateLabel(ProductState state);
QIcon productStateIcon(ProductState state);
QColor productStateColor(ProductState state);

} // namespace td::ui
