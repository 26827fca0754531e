#pragma once

#include "model/tenderdata.h"

#include <QtGlobal>

namespace td::io {

/// What `tenderdesk-cli generate` makes: a valid synthetic multi-country tender.
struct GeneratorOptions
{
    int products = 60;
    int bidders = 40;
    int bidsPerProduct = 13;
    int buyers = 20000;
    qint64 demandRows = -1; ///< total demand rows; -1 = each buyer asks for a third of the products
    quint64 seed = 1;
    model::RuleSet ruleSet = model::RuleSet::VbpB10;
};

/// A synthetic but realistic China–ASEAN tender for benchmarks and workshops: real INN names
/// and ATC codes, bidders from China, Laos, Thailand, Vietnam, Malaysia and India bidding in
/// their currencies, buyers in Chinese provinces and ASEAN countries, reference prices, a few
/// revival offers and capacities. Deterministic for a seed. Every value passes the import.
model::TenderData generateTender(const GeneratorOptions &options);

} // namespace td::io
