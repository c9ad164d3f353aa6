#pragma once

#include "common/Id.h"

#include <QString>

namespace subdesk::catalog {

/** What the business sells, e.g. "Cloud backup"; its plans are the ways to buy it. */
struct Product
{
    ProductId id;
    QString name; ///< must not be blank
    QString description;
    bool archived = false;

    friend bool operator==(const Product&, const Product&) = default;
};

} // namespace subdesk::catalog
