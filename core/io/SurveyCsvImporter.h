#pragma once

#include "CsvImportTable.h"
#include "DateColumnReader.h"
#include "customers/Customer.h"
#include "surveys/SurveyAnswer.h"

#include <QDate>

#include <optional>

namespace subdesk::surveys {
class SurveyService;
}

namespace subdesk::io {

/** The columns of a survey CSV file. */
enum class SurveyColumn
{
    Date, ///< when the answer was given
    Email, ///< an e-mail address of the customer
    Customer, ///< the customer number
    Score, ///< 0–10 (NPS) or 1–5 (CSAT)
    Comment,
    Channel, ///< optional: e-mail, web, in app, phone, other
    Tags, ///< optional: "pricing, support"
    Kind, ///< optional: nps or csat; an empty cell or no column takes the caller's default
};

/** Translated column name for messages ("Score"). */
QString surveyColumnLabel(SurveyColumn column);

struct SurveyImportOptions
{
    surveys::SurveyKind defaultKind = surveys::SurveyKind::Nps; ///< for rows without a kind
    DateOrder dateOrder = DateOrder::Auto;
    QDate today; ///< answers dated after it are refused; invalid: no check
};

/** One thing wrong in the file: where it is and why. */
struct SurveyImportProblem
{
    int line = 0; ///< 1-based physical line the record starts on
    int column = 0; ///< 1-based column of the file; 0 when the problem concerns the whole row or file
    QString reason; ///< translated, starts with the column's name when there is one: "Score: "11" is not ..."

    /** "Line 7, column 3: Score: "11" is not ..." (or "Line 7: ..." without a column). */
    QString message() const;
    friend bool operator==(const SurveyImportProblem&, const SurveyImportProblem&) = default;
};

/** What an import would store and everything that prevents it. */
struct SurveyImportPlan
{
    QList<surveys::SurveyAnswer> answers; ///< valid rows, in file order
    QList<int> answerLines; ///< line of each entry in answers
    QList<SurveyImportProblem> problems; ///< in file order: every problem of every row
    int dataRows = 0; ///< records after the header, not counting rows whose cells are all empty
    /** How the day/month/year dates were read (Auto resolved), when the file has any. */
    std::optional<DateOrder> dateOrderUsed;

    bool hasProblems() const { return !problems.isEmpty(); }
};

/**
 * Survey answers from CSV files as survey tools export them (Delighted, Typeform, SurveyMonkey,
 * Hotjar...), shared by the GUI and `subdesk-cli nps import`:
 *  1. load(): read the file (UTF-8 with or without BOM, else Windows-1252; ',' ';' or tab) and
 *     recognise the columns by their header names, case, spaces and punctuation ignored ("Response
 *     date", "Submitted at", "Email", "Customer ID", "Score", "Rating", "Comment", "Feedback",
 *     "Reason"...; a question text with "recommend" is the score);
 *  2. plan(): check every cell of every row against the customers, writing nothing. Each problem
 *     names its line and column. The customer is found by number or by e-mail (any letter case);
 *     when a row has both they must name the same customer.
 *  3. commit(): store the answers all or none; a plan with any problem stores nothing.
 *
 * Dates: the forms DateColumnReader reads (2026-03-14, 14.03.2026, 14/03/2026 or 03/14/2026 in the
 * file's DateOrder, "14 Mar 2026", Unix timestamps...); two-digit years are refused.
 */
class SurveyCsvImporter
{
public:
    /** Reads and parses the file. An unreadable, malformed or empty file is an Error. */
    static Result<SurveyCsvImporter> load(const QString& path, const CsvReadOptions& options = {});
    static Result<SurveyCsvImporter> fromData(const QByteArray& data, const CsvReadOptions& options = {});

    /** The column a header names, or nullopt. */
    static std::optional<SurveyColumn> guessColumn(const QString& header);

    const CsvTable& table() const { return m_file.table(); }
    QStringList headers() const { return m_file.headers(); }
    /** One entry per column of the file: what it holds, or nullopt when it is ignored. */
    const QList<std::optional<SurveyColumn>>& mapping() const { return m_mapping; }
    /** The first rows after the header, as read. */
    QList<QStringList> preview(int maxRows) const { return m_file.preview(maxRows); }

    /**
     * Checks every row against customers (all of them: lookups are by number and e-mail); writes
     * nothing. A header without a date, a score and a customer column (number or e-mail), or a
     * file without data rows, is one problem on the header's line.
     */
    SurveyImportPlan plan(const QList<customers::Customer>& customers, const SurveyImportOptions& options) const;

    /** Stores the plan's answers all or none; refuses a plan with problems or without answers. */
    static Result<QList<surveys::SurveyAnswer>> commit(const SurveyImportPlan& plan, surveys::SurveyService& service);

private:
    explicit SurveyCsvImporter(CsvImportTable file);
    static Result<SurveyCsvImporter> fromTable(Result<CsvTable> table);
    qsizetype columnOf(SurveyColumn column) const;

    CsvImportTable m_file;
    QList<std::optional<SurveyColumn>> m_mapping; ///< one entry per column of the file
};

} // namespace subdesk::io
