#pragma once

#include "CustomerField.h"

#include <QDate>
#include <QList>

namespace subdesk::customers {

/** One finding about one field. Errors block saving; warnings are shown but allowed. */
struct ValidationIssue
{
    enum class Severity
    {
        Error,
        Warning,
    };
    CustomerField field;
    Severity severity = Severity::Error;
    QString message; ///< translated, names the field's problem ("The IBAN's check digits ...")

    bool isError() const { return severity == Severity::Error; }
};

/**
 * The rules a customer must satisfy before it is stored, shared by the dialog (inline messages),
 * the CSV import (per-row reports) and the CLI.
 */
class CustomerValidator
{
public:
    /** today: mandate signature dates after it are refused. */
    explicit CustomerValidator(QDate today);

    /** Trims text, upper-cases codes, puts VAT ID, IBAN and BIC in electronic form. */
    static Customer normalized(Customer customer);

    /** Every issue of an already normalised customer, in field order. */
    QList<ValidationIssue> validate(const Customer& customer) const;

    /** True when validate() has no error (warnings allowed). */
    bool isValid(const Customer& customer) const;

    static bool isValidEmail(const QString& address);

private:
    QDate m_today;
};

/** "Name: is required; IBAN: ..." for one-line reports (CLI, import). */
QString describeIssues(const QList<ValidationIssue>& issues, bool errorsOnly = true);

} // namespace subdesk::customers
