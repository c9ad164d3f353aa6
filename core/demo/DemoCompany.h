#pragma once

#include "customers/Customer.h"

#include <QDate>
#include <QList>

namespace subdesk::demo {

/**
 * A realistic, reproducible demo company: the same seed always gives the same customers.
 * Businesses and individuals across the EU (and a few outside it) with local names, streets,
 * postal codes and cities, syntactically valid VAT IDs, IBANs with correct check digits for
 * SEPA payers, document languages matching the country where SubDesk has them, several segments
 * and tags, a few archived customers, and creation dates spread over the years before today.
 * Every generated customer passes CustomerValidator.
 */
class DemoCompany
{
public:
    static QList<customers::Customer> customers(int count, quint32 seed, QDate today);
};

} // namespace subdesk::demo
