#pragma once

#include <QString>

namespace subdesk::ui::invoicetext {

/** A tax rate in basis points as the user's locale writes a percentage: "24%", "5.5%", "25.5%". */
QString rate(int basisPoints);

} // namespace subdesk::ui::invoicetext
