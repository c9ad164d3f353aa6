#pragma once

#include "customers/CustomerField.h"

#include <QList>
#include <QString>

#include <optional>

namespace subdesk::io {

/**
 * The column names a customer CSV may use for each field: SubDesk's own export headers (English
 * labels and field keys), plus common names in English, Polish, Italian, Finnish and Persian.
 * Matching ignores case, accents, spaces and punctuation ("Città" = "citta", "E-Mail" = "email").
 */
class CustomerColumnNames
{
public:
    /** How sure a match is. When two columns name the same field, the surer one gets it. */
    enum class Rank
    {
        Exact, ///< the export's own header or the field key
        Synonym,
        Weak, ///< a vaguer word ("Y-tunnus" for the VAT ID) that yields to a better column
    };

    struct Guess
    {
        customers::CustomerField field;
        Rank rank = Rank::Synonym;
    };

    struct Name
    {
        customers::CustomerField field;
        QString name; ///< as written, e.g. "Partita IVA"
        Rank rank = Rank::Synonym;
    };

    /** Case folded, accents and other marks dropped, only letters and digits kept ("P. IVA" → "piva"). */
    static QString normalized(const QString& header);

    /** The field a header names (Id for "No." or "id"), or nullopt. Also knows today's translated labels. */
    static std::optional<Guess> guess(const QString& header);

    /** The untranslated label of customers::fieldLabel(): the exporter's header ("VAT ID"). */
    static QString englishLabel(customers::CustomerField field);

    /** Every built-in name, for tests and documentation. */
    static const QList<Name>& knownNames();
};

} // namespace subdesk::io
