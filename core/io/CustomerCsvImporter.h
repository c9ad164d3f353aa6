#pragma once

#include "CsvImportTable.h"
#include "customers/CustomerField.h"
#include "customers/CustomerValidator.h"

#include <optional>

namespace subdesk::customers {
class CustomerService;
}

namespace subdesk::io {

/** One bad row: the line it starts on and every reason it was refused. */
struct ImportProblem
{
    int line = 0;
    QString reason; ///< translated, names the column(s): "E-mail: "x@" is not a valid e-mail address."

    /** The whole report: "Line 7: E-mail: "x@" is not a valid e-mail address." */
    QString message() const;
};

/** What an import would do: the customers it would create and the rows it would refuse. */
struct CustomerImportPlan
{
    QList<customers::Customer> customers; ///< valid rows, normalised, in file order
    QList<int> customerLines; ///< line of each entry in customers
    QList<ImportProblem> problems; ///< bad rows, in file order
    int dataRows = 0; ///< records after the header, not counting rows whose cells are all empty
    QList<QString> warnings; ///< non-blocking findings (e.g. VAT ID country differs), with their line

    bool hasProblems() const { return !problems.isEmpty(); }
};

/**
 * Customer CSV import in three steps, shared by the GUI wizard and `subdesk-cli customers import`:
 *  1. load(): read the file and guess which column holds which field from the header names (English,
 *     Polish, Italian, Finnish and Persian names; the export's own headers always map back);
 *  2. setMapping() to override the guess, preview(), then plan(): validate every row;
 *  3. commit(): store the plan in one transaction. In AllOrNothing mode a plan with any bad row
 *     stores nothing; ValidRowsOnly stores the valid rows.
 * A leading apostrophe before = + - @ (the export's formula-injection guard) is removed again.
 */
class CustomerCsvImporter
{
public:
    enum class Mode
    {
        AllOrNothing,
        ValidRowsOnly,
    };

    /**
     * Reads and parses the file and guesses the mapping. An unreadable file, a malformed one (a quote
     * left open, invalid UTF-8 when UTF-8 is forced, UTF-16) and an empty one are Errors.
     */
    static Result<CustomerCsvImporter> load(const QString& path, const CsvReadOptions& options = {});
    static Result<CustomerCsvImporter> fromData(const QByteArray& data, const CsvReadOptions& options = {});

    /**
     * The field a header names, or nullopt if none ("Nazwa" → DisplayName, "Sähköposti" → Emails).
     * "No." and "id" give Id; the guessed mapping ignores that column. When two columns name the same
     * field, the surer name wins ("ALV-tunnus" over "Y-tunnus"), else the leftmost; the other is ignored.
     */
    static std::optional<customers::CustomerField> guessField(const QString& header);

    const CsvTable& table() const { return m_file.table(); }
    QStringList headers() const { return m_file.headers(); }
    /** One entry per column: the field it fills, or nullopt when the column is ignored. */
    const QList<std::optional<customers::CustomerField>>& mapping() const { return m_mapping; }
    /**
     * Makes column fill field (nullopt: ignore the column). A field is filled by one column only:
     * any other column that had it becomes ignored. Id is never imported, so it means ignore too.
     */
    void setMapping(int column, std::optional<customers::CustomerField> field);
    /** The first rows after the header, as read (for the wizard's preview). */
    QList<QStringList> preview(int maxRows) const { return m_file.preview(maxRows); }

    /**
     * Validates every row against the current mapping. Writes nothing. Each bad row is one problem
     * with all its reasons; rows whose cells are all empty are skipped. An empty cell, like an absent
     * column, leaves the customer's default (currency EUR, language en, 14 days, e-mail channel...). A header that
     * names no known column, or no column for the name, is one problem on the header's line (no row is checked then).
     */
    CustomerImportPlan plan(const customers::CustomerValidator& validator) const;

    /**
     * Warnings for planned customers whose VAT ID a stored customer already has: importing the
     * same file twice would double them. Not an error, since two branches may share one VAT ID.
     */
    static QStringList duplicateWarnings(const CustomerImportPlan& plan, const QList<customers::Customer>& stored);

    /**
     * Stores the plan's customers in one transaction; refuses a plan with problems in AllOrNothing
     * mode, and a plan without any valid row.
     */
    static Result<QList<CustomerId>> commit(const CustomerImportPlan& plan, customers::CustomerService& service,
                                            Mode mode);

private:
    explicit CustomerCsvImporter(CsvImportTable file);
    static Result<CustomerCsvImporter> fromTable(Result<CsvTable> table);
    void guessMapping();

    CsvImportTable m_file;
    QList<std::optional<customers::CustomerField>> m_mapping;
};

} // namespace subdesk::io
