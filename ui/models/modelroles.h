#pragma once

#include "money/decimal.h"

#include <QMetaType>
#include <Qt>

namespace td::ui {

/// Extra item roles shared by the models of ui/models.
enum ModelRole {
    /// A value that sorts right: a money::Decimal, a number or text (SortFilterProxyModel).
    SortRole = Qt::UserRole + 1,
    /// The model::BidStatus of a row as int (bid rows) for status filters.
    StatusRole,
    /// The plain, untranslated value as stored (what an editor starts from).
    RawRole,
};

} // namespace td::ui

Q_DECLARE_METATYPE(td::money::Decimal)
