#include "bidentry.h"

namespace td::rules {

bool isRegistered(const model::Bidder &bidder, const QString &country,
                  const std::vector<model::Recognition> &recognitions)
{
    if (bidder.registeredIn.contains(country))
        return true;
    for (const model::Recognition &r : recognitions)
        if (r.to == country && bidder.registeredIn.contains(r.from))
            return true;
    return false;
}

} // namespace td::rules
