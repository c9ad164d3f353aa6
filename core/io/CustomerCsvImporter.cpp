#include "CustomerCsvImporter.h"

#include "CsvWriter.h"
#include "CustomerColumnNames.h"
#include "customers/CustomerService.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace subdesk::io {

using customers::Customer;
using customers::CustomerField;

namespace {

quint32 bit(CustomerField field)
{
    static_assert(static_cast<int>(CustomerField::Created) < 32, "field set must fit a quint32");
    return quint32(1) << static_cast<int>(field);
}

} // namespace

QString ImportProblem::message() const
{
    return QCoreApplication::translate("CsvImport", "Line %1: %2").arg(line).arg(reason);
}

CustomerCsvImporter::CustomerCsvImporter(CsvImportTable file)
    : m_file(std::move(file))
{
    guessMapping();
}

Result<CustomerCsvImporter> CustomerCsvImporter::fromTable(Result<CsvTable> table)
{
    auto file = CsvImportTable::from(std::move(table),
                                     QCoreApplication::translate("CsvImport",
                                                                 "The file is empty: it needs a first line naming the "
                                                                 "columns (e.g. Name, E-mail, Country) and a line per "
                                                                 "customer."));
    if (!file)
        return file.error();
    return CustomerCsvImporter(std::move(*file));
}

Result<CustomerCsvImporter> CustomerCsvImporter::load(const QString& path, const CsvReadOptions& options)
{
    return fromTable(CsvReader::readFile(path, options));
}

Result<CustomerCsvImporter> CustomerCsvImporter::fromData(const QByteArray& data, const CsvReadOptions& options)
{
    return fromTable(CsvReader::parse(data, options));
}

std::optional<CustomerField> CustomerCsvImporter::guessField(const QString& header)
{
    if (const auto guess = CustomerColumnNames::guess(header))
        return guess->field;
    return std::nullopt;
}

void CustomerCsvImporter::guessMapping()
{
    const QStringList names = headers();
    m_mapping = QList<std::optional<CustomerField>>(names.size());
    struct Candidate
    {
        int column;
        CustomerColumnNames::Guess guess;
    };
    QList<Candidate> candidates;
    for (int column = 0; column < names.size(); ++column) {
        if (const auto guess = CustomerColumnNames::guess(names.at(column)))
            candidates.append({column, *guess});
    }
    // Surer names first, then left to right: "ALV-tunnus" gets the VAT ID even after "Y-tunnus".
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.guess.rank < b.guess.rank; });
    quint32 taken = 0;
    for (const Candidate& c : candidates) {
        // The number column ("No.", "id") of an export is ignored: an import always creates customers.
        if (c.guess.field == CustomerField::Id || (taken & bit(c.guess.field)))
            continue;
        m_mapping[c.column] = c.guess.field;
        taken |= bit(c.guess.field);
    }
}

void CustomerCsvImporter::setMapping(int column, std::optional<CustomerField> field)
{
    Q_ASSERT(column >= 0 && column < m_mapping.size());
    if (column < 0 || column >= m_mapping.size())
        return;
    if (field == CustomerField::Id)
        field = std::nullopt;
    if (field) {
        for (auto& other : m_mapping) {
            if (other == field)
                other = std::nullopt;
        }
    }
    m_mapping[column] = field;
}

CustomerImportPlan CustomerCsvImporter::plan(const customers::CustomerValidator& validator) const
{
    CustomerImportPlan plan;
    const int headerLine = m_file.headerLine();
    const auto addProblem = [&plan](int line, const QString& reason) { plan.problems.append({line, reason}); };

    const auto mapped = [this](CustomerField field) { return m_mapping.contains(field); };
    const bool anyMapped = std::any_of(m_mapping.begin(), m_mapping.end(), [](const auto& f) { return f.has_value(); });
    plan.dataRows = m_file.dataRows();
    if (!anyMapped) {
        addProblem(headerLine,
                   QCoreApplication::translate(
                       "CsvImport",
                       "None of the column names is known, so the first line seems not to be a header. "
                       "It must name the columns, e.g. Name, E-mail, Country."));
        return plan;
    }
    if (!mapped(CustomerField::DisplayName)) {
        addProblem(
            headerLine,
            QCoreApplication::translate("CsvImport",
                                        "No column holds the customer's name. Name a column \"Name\" or choose the "
                                        "column for the name."));
        return plan;
    }
    if (plan.dataRows == 0) {
        addProblem(headerLine,
                   QCoreApplication::translate("CsvImport", "The file has a header line but no customer rows."));
        return plan;
    }

    QHash<QString, int> vatIdLines; // normalised VAT ID → first line holding it
    plan.customers.reserve(plan.dataRows);
    plan.customerLines.reserve(plan.dataRows);
    const auto tooWide = [&](int line, qsizetype cells) { addProblem(line, m_file.tooWideReason(cells)); };
    const auto row = [&](const QStringList& cells, int line, qsizetype) {
        Customer customer;
        QStringList reasons;
        quint32 unparsed = 0; // fields whose text did not parse keep their default: don't judge those
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const auto& field = m_mapping.at(column);
            // An empty cell keeps the default, as an absent column does (currency EUR, 14 days...).
            // White space is content only in the notes.
            if (!field
                || (*field != CustomerField::Notes ? CsvImportTable::isBlank(cells.at(column))
                                                   : cells.at(column).isEmpty()))
                continue;
            const Status set = customers::setFieldText(customer, *field, CsvWriter::restoreFormula(cells.at(column)));
            if (!set) {
                reasons.append(set.error().message);
                unparsed |= bit(*field);
            }
        }
        customer = customers::CustomerValidator::normalized(std::move(customer));
        for (const customers::ValidationIssue& issue : validator.validate(customer)) {
            if (unparsed & bit(issue.field))
                continue;
            const QString text = customers::fieldLabel(issue.field) + QStringLiteral(": ") + issue.message;
            if (issue.isError())
                reasons.append(text);
            else
                plan.warnings.append(QCoreApplication::translate("CsvImport", "Line %1: %2").arg(line).arg(text));
        }
        if (!customer.vatId.isEmpty()) {
            const auto first = vatIdLines.constFind(customer.vatId);
            if (first != vatIdLines.constEnd()) {
                reasons.append(
                    QCoreApplication::translate("CsvImport", "%1: %2 is already used by the customer on line %3.")
                        .arg(customers::fieldLabel(CustomerField::VatId), customer.vatId)
                        .arg(*first));
            } else {
                vatIdLines.insert(customer.vatId, line);
            }
        }

        if (reasons.isEmpty()) {
            plan.customers.append(std::move(customer));
            plan.customerLines.append(line);
        } else {
            addProblem(line, reasons.join(QLatin1Char(' ')));
        }
    };
    m_file.forEachRow(row, tooWide);
    return plan;
}

QStringList CustomerCsvImporter::duplicateWarnings(const CustomerImportPlan& plan,
                                                   const QList<customers::Customer>& stored)
{
    QHash<QString, qint64> existing; // VAT ID → number of the stored customer holding it
    for (const Customer& c : stored) {
        if (!c.vatId.isEmpty())
            existing.insert(c.vatId, c.id.value);
    }
    QStringList warnings;
    for (qsizetype i = 0; i < plan.customers.size(); ++i) {
        const QString& vatId = plan.customers.at(i).vatId;
        const auto found = vatId.isEmpty() ? existing.constEnd() : existing.constFind(vatId);
        if (found == existing.constEnd())
            continue;
        warnings.append(
            QCoreApplication::translate("CsvImport", "Line %1: %2")
                .arg(plan.customerLines.at(i))
                .arg(QCoreApplication::translate("CsvImport",
                                                 "%1: %2 already belongs to customer number %3; the import adds "
                                                 "another customer with it.")
                         .arg(customers::fieldLabel(CustomerField::VatId), vatId)
                         .arg(*found)));
    }
    return warnings;
}

Result<QList<CustomerId>> CustomerCsvImporter::commit(const CustomerImportPlan& plan,
                                                      customers::CustomerService& service, Mode mode)
{
    if (mode == Mode::AllOrNothing && plan.hasProblems()) {
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("CsvImport",
                                                 "%n row(s) cannot be imported, so nothing was "
                                                 "imported. Correct the file, or import only the "
                                                 "valid rows.",
                                                 nullptr, int(plan.problems.size())));
    }
    if (plan.customers.isEmpty())
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("CsvImport", "The file has no valid customer row to import."));
    return service.addAll(plan.customers);
}

} // namespace subdesk::io
