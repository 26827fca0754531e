#include "models/biddernames.h"

namespace td::ui {

QHash<QString, QString> bidderNamesByBid(const model::TenderData &data, const QString &productId)
{
    QHash<QString, QString> names;
    for (const model::Bidder &b : data.bidders)
        names.insert(b.id, b.name);
    QHash<QString, QString> byBid;
    for (const model::Bid &b : data.bids) {
        if (b.productId == productId)
            byBid.insert(b.id, names.value(b.bidderId, b.bidderId));
    }
    return byBid;
}

} // namespace td::ui
