#include "SurveyCsvImporter.h"

#include "CustomerColumnNames.h"
#include "DateColumnReader.h"
#include "surveys/SurveyService.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace subdesk::io {

using surveys::SurveyAnswer;
using surveys::SurveyChannel;
using surveys::SurveyKind;

namespace {

/** The translation context of the survey import's messages. */
struct SurveyImport
{
    Q_DECLARE_TR_FUNCTIONS(SurveyImport)
};

/** Header names per column. */
const CsvImportTable::ColumnNames<SurveyColumn> kColumnNames[] = {
    {SurveyColumn::Date,
     "date|response date|responded at|response time|submitted at|submitted|submit date|date submitted|"
     "submission date|created at|created|created date|timestamp|time|end date|completed at|completed|answered at|"
     "answer date|survey date|date answered"},
    {SurveyColumn::Email,
     "email|e-mail|email address|e-mail address|mail|person email|respondent email|customer email|contact email|"
     "user email|recipient email|recipient"},
    {SurveyColumn::Customer,
     "customer id|customer|customer number|customer no|customer no.|customer nr|customer_id|client id|"
     "client number|account id|account number|subdesk customer|subdesk id"},
    {SurveyColumn::Score,
     "score|rating|nps|nps score|nps rating|csat|csat score|satisfaction|satisfaction score|likelihood to recommend|"
     "recommendation score|answer score|value"},
    {SurveyColumn::Comment,
     "comment|comments|feedback|reason|text|verbatim|open text|open feedback|response text|remarks|message|"
     "why|additional comments|what is the main reason for your score"},
    {SurveyColumn::Channel, "channel|source|survey channel|medium|via|distribution channel|collector"},
    {SurveyColumn::Tags, "tags|tag|labels|label|topics|topic|categories|category|themes"},
    {SurveyColumn::Kind, "kind|type|survey type|survey kind|survey|question type|metric"},
};

const QHash<QString, SurveyColumn>& columnIndex()
{
    static const QHash<QString, SurveyColumn> index = CsvImportTable::columnIndex(kColumnNames);
    return index;
}

std::optional<SurveyChannel> readChannel(const QString& text)
{
    if (const auto channel = surveys::surveyChannelFromKey(text))
        return channel;
    static const QHash<QString, SurveyChannel> aliases = {
        {QStringLiteral("mail"), SurveyChannel::Email},   {QStringLiteral("link"), SurveyChannel::Web},
        {QStringLiteral("weblink"), SurveyChannel::Web},  {QStringLiteral("website"), SurveyChannel::Web},
        {QStringLiteral("online"), SurveyChannel::Web},   {QStringLiteral("inapp"), SurveyChannel::InApp},
        {QStringLiteral("app"), SurveyChannel::InApp},    {QStringLiteral("mobile"), SurveyChannel::InApp},
        {QStringLiteral("sdk"), SurveyChannel::InApp},    {QStringLiteral("telephone"), SurveyChannel::Phone},
        {QStringLiteral("call"), SurveyChannel::Phone},   {QStringLiteral("sms"), SurveyChannel::Other},
        {QStringLiteral("kiosk"), SurveyChannel::Other},  {QStringLiteral("email"), SurveyChannel::Email},
        {QStringLiteral("widget"), SurveyChannel::InApp}, {QStringLiteral("survey"), SurveyChannel::Web},
    };
    const auto found = aliases.constFind(CustomerColumnNames::normalized(text));
    if (found == aliases.constEnd())
        return std::nullopt;
    return *found;
}

/** A whole number, "9" or "9.0" (some tools export scores as decimals). */
std::optional<int> readScore(const QString& text)
{
    static const QRegularExpression form(QStringLiteral(R"(^(\d{1,2})(?:[.,]0+)?$)"));
    const auto match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

std::optional<qint64> readCustomerNumber(QString text)
{
    static const QRegularExpression form(QStringLiteral(R"(^#?\s*(\d{1,15})$)"));
    const auto match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

/** A reason a cell is refused, and its column. */
struct CellProblem
{
    SurveyColumn column;
    QString reason;
};

/** Customers by number and by e-mail address (any letter case). */
class CustomerLookup
{
public:
    explicit CustomerLookup(const QList<customers::Customer>& customers)
    {
        for (const customers::Customer& c : customers) {
            m_byNumber.insert(c.id.value, &c);
            for (const QString& email : c.emails)
                m_byEmail[email.trimmed().toLower()].append(&c);
        }
    }

    /**
     * The customer a row names by number, by e-mail, or by both when they agree; otherwise the
     * problems (missingColumn gets the "missing" problem when the row names nobody).
     */
    CustomerId find(const QString& numberText, const QString& emailText, SurveyColumn missingColumn,
                    QList<CellProblem>& problems) const
    {
        if (numberText.isEmpty() && emailText.isEmpty()) {
            problems.append({missingColumn,
                             SurveyImport::tr("the customer is missing: give an e-mail address or a "
                                              "customer number.")});
            return {};
        }
        const customers::Customer* byId = nullptr;
        if (!numberText.isEmpty()) {
            const auto number = readCustomerNumber(numberText);
            byId = number ? m_byNumber.value(*number) : nullptr;
            if (!byId) {
                problems.append({SurveyColumn::Customer,
                                 number ? SurveyImport::tr("there is no customer %1.").arg(*number)
                                        : SurveyImport::tr("\"%1\" is not a customer number.").arg(numberText)});
                return {};
            }
            if (emailText.isEmpty())
                return byId->id;
        }
        const QList<const customers::Customer*> found = m_byEmail.value(emailText.toLower());
        QStringList numbers;
        for (const customers::Customer* c : found)
            numbers.append(QString::number(c->id.value));
        if (found.isEmpty()) {
            problems.append(
                {SurveyColumn::Email, SurveyImport::tr("no customer has the e-mail address %1.").arg(emailText)});
        } else if (byId && !found.contains(byId)) {
            // A number and an e-mail that name different customers: neither can be trusted.
            problems.append({SurveyColumn::Email,
                             SurveyImport::tr("%1 is the e-mail address of customer %2, not of customer %3 (%4).")
                                 .arg(emailText, numbers.join(QStringLiteral(", ")), QString::number(byId->id.value),
                                      byId->displayName)});
        } else if (byId) {
            return byId->id;
        } else if (found.size() > 1) {
            problems.append({SurveyColumn::Email,
                             SurveyImport::tr("%1 belongs to several customers (%2); give the "
                                              "customer number in a customer column.")
                                 .arg(emailText, numbers.join(QStringLiteral(", ")))});
        } else {
            return found.constFirst()->id;
        }
        return {};
    }

private:
    QHash<qint64, const customers::Customer*> m_byNumber;
    QHash<QString, QList<const customers::Customer*>> m_byEmail;
};

} // namespace

QString surveyColumnLabel(SurveyColumn column)
{
    switch (column) {
    case SurveyColumn::Date:
        return SurveyImport::tr("Date");
    case SurveyColumn::Email:
        return SurveyImport::tr("E-mail");
    case SurveyColumn::Customer:
        return SurveyImport::tr("Customer");
    case SurveyColumn::Score:
        return SurveyImport::tr("Score");
    case SurveyColumn::Comment:
        return SurveyImport::tr("Comment");
    case SurveyColumn::Channel:
        return SurveyImport::tr("Channel");
    case SurveyColumn::Tags:
        return SurveyImport::tr("Tags");
    case SurveyColumn::Kind:
        return SurveyImport::tr("Kind");
    }
    Q_UNREACHABLE();
    return {};
}

QString SurveyImportProblem::message() const
{
    if (column > 0)
        return QCoreApplication::translate("SurveyImport", "Line %1, column %2: %3").arg(line).arg(column).arg(reason);
    return QCoreApplication::translate("SurveyImport", "Line %1: %2").arg(line).arg(reason);
}

SurveyCsvImporter::SurveyCsvImporter(CsvImportTable file)
    : m_file(std::move(file))
    , m_mapping(m_file.leftmostMapping<SurveyColumn>(&SurveyCsvImporter::guessColumn))
{ }

Result<SurveyCsvImporter> SurveyCsvImporter::fromTable(Result<CsvTable> table)
{
    auto file = CsvImportTable::from(std::move(table),
                                     SurveyImport::tr("The file is empty: it needs a first line naming the columns "
                                                      "(date, e-mail or customer, score, comment) and a line per "
                                                      "answer."));
    if (!file)
        return file.error();
    return SurveyCsvImporter(std::move(*file));
}

Result<SurveyCsvImporter> SurveyCsvImporter::load(const QString& path, const CsvReadOptions& options)
{
    return fromTable(CsvReader::readFile(path, options));
}

Result<SurveyCsvImporter> SurveyCsvImporter::fromData(const QByteArray& data, const CsvReadOptions& options)
{
    return fromTable(CsvReader::parse(data, options));
}

std::optional<SurveyColumn> SurveyCsvImporter::guessColumn(const QString& header)
{
    const QString key = CsvImportTable::headerKey(header);
    if (key.isEmpty())
        return std::nullopt;
    if (const auto found = columnIndex().constFind(key); found != columnIndex().constEnd())
        return *found;
    // Typeform and SurveyMonkey name a column by its question.
    if (key.contains(QLatin1String("recommend")) || key.contains(QLatin1String("howlikely"))
        || key.contains(QLatin1String("howsatisfied")))
        return SurveyColumn::Score;
    if (key.contains(QLatin1String("reason")) || key.contains(QLatin1String("why"))
        || key.contains(QLatin1String("comment")) || key.contains(QLatin1String("feedback")))
        return SurveyColumn::Comment;
    return std::nullopt;
}

qsizetype SurveyCsvImporter::columnOf(SurveyColumn column) const
{
    return m_mapping.indexOf(std::optional<SurveyColumn>(column));
}

SurveyImportPlan SurveyCsvImporter::plan(const QList<customers::Customer>& customers,
                                         const SurveyImportOptions& options) const
{
    SurveyImportPlan plan;
    const int headerLine = m_file.headerLine();
    plan.dataRows = m_file.dataRows();

    QStringList missing;
    if (columnOf(SurveyColumn::Date) < 0)
        missing.append(surveyColumnLabel(SurveyColumn::Date));
    if (columnOf(SurveyColumn::Email) < 0 && columnOf(SurveyColumn::Customer) < 0)
        missing.append(SurveyImport::tr("E-mail or Customer"));
    if (columnOf(SurveyColumn::Score) < 0)
        missing.append(surveyColumnLabel(SurveyColumn::Score));
    if (!missing.isEmpty()) {
        plan.problems.append(
            {headerLine, 0,
             SurveyImport::tr("The first line must name the columns date, e-mail or customer number, and "
                              "score; no column is named for: %1. The first line reads: %2.")
                 .arg(missing.join(QStringLiteral(", ")), headers().join(QStringLiteral(", ")))});
        return plan;
    }
    if (plan.dataRows == 0) {
        plan.problems.append({headerLine, 0, SurveyImport::tr("The file has a header line but no answers.")});
        return plan;
    }

    const CustomerLookup lookup(customers);
    // Day/month order of d/m/y dates: decided by the whole file unless the caller chose it.
    const DateColumnReader dates(m_file, columnOf(SurveyColumn::Date), options.dateOrder);
    plan.dateOrderUsed = dates.orderUsed();

    const auto tooWide = [&](int line, qsizetype cells) {
        plan.problems.append({line, 0, m_file.tooWideReason(cells)});
    };
    const auto row = [&](const QStringList& cells, int line, qsizetype record) {
        const qsizetype problemsBefore = plan.problems.size();
        const auto cell = [&](SurveyColumn column) { return cells.value(columnOf(column)).trimmed(); };
        const auto problem = [&](SurveyColumn column, const QString& reason) {
            plan.problems.append(
                {line, int(columnOf(column)) + 1, surveyColumnLabel(column) + QStringLiteral(": ") + reason});
        };
        SurveyAnswer answer;

        // Kind first: the score's range depends on it.
        answer.kind = options.defaultKind;
        bool kindKnown = true;
        if (const QString kindText = cell(SurveyColumn::Kind); !kindText.isEmpty()) {
            if (const auto kind = surveys::surveyKindFromKey(kindText)) {
                answer.kind = *kind;
            } else {
                kindKnown = false;
                problem(SurveyColumn::Kind, SurveyImport::tr("\"%1\" is neither nps nor csat.").arg(kindText));
            }
        }

        if (const Result<QDate> date = dates.date(record); !date) {
            problem(SurveyColumn::Date, date.error().message);
        } else {
            answer.date = *date;
            if (options.today.isValid() && answer.date > options.today) {
                problem(SurveyColumn::Date,
                        SurveyImport::tr("%1 is in the future.").arg(answer.date.toString(Qt::ISODate)));
            }
        }

        // The customer: by number, by e-mail, or both when they agree.
        QList<CellProblem> customerProblems;
        answer.customerId = lookup.find(
            cell(SurveyColumn::Customer), cell(SurveyColumn::Email),
            columnOf(SurveyColumn::Customer) >= 0 ? SurveyColumn::Customer : SurveyColumn::Email, customerProblems);
        for (const CellProblem& p : std::as_const(customerProblems))
            problem(p.column, p.reason);

        const QString scoreText = cell(SurveyColumn::Score);
        const int minScore = SurveyAnswer::minScore(answer.kind);
        const int maxScore = SurveyAnswer::maxScore(answer.kind);
        if (scoreText.isEmpty()) {
            problem(SurveyColumn::Score, SurveyImport::tr("the score is missing."));
        } else if (const auto score = readScore(scoreText); !score) {
            problem(SurveyColumn::Score, SurveyImport::tr("\"%1\" is not a whole number.").arg(scoreText));
        } else if (kindKnown && (*score < minScore || *score > maxScore)) {
            problem(SurveyColumn::Score,
                    SurveyImport::tr("%1 is outside %2–%3, the range of %4 answers.")
                        .arg(*score)
                        .arg(minScore)
                        .arg(maxScore)
                        .arg(surveys::surveyKindName(answer.kind)));
        } else {
            answer.score = *score;
        }

        if (columnOf(SurveyColumn::Comment) >= 0) {
            answer.comment = cell(SurveyColumn::Comment);
            if (answer.comment.size() > SurveyAnswer::kMaxCommentLength) {
                problem(SurveyColumn::Comment,
                        SurveyImport::tr("the comment has %1 characters; at most %2 are allowed.")
                            .arg(answer.comment.size())
                            .arg(SurveyAnswer::kMaxCommentLength));
            }
        }
        if (const QString channelText = cell(SurveyColumn::Channel);
            columnOf(SurveyColumn::Channel) >= 0 && !channelText.isEmpty()) {
            if (const auto channel = readChannel(channelText)) {
                answer.channel = *channel;
            } else {
                QStringList keys;
                for (SurveyChannel c : surveys::allSurveyChannels())
                    keys.append(surveys::surveyChannelKey(c));
                problem(SurveyColumn::Channel,
                        SurveyImport::tr("\"%1\" is not a channel; use one of: %2.")
                            .arg(channelText, keys.join(QStringLiteral(", "))));
            }
        }
        if (columnOf(SurveyColumn::Tags) >= 0) {
            answer.tags = SurveyAnswer::parseTags(cell(SurveyColumn::Tags));
            for (const QString& tag : std::as_const(answer.tags)) {
                if (tag.size() > SurveyAnswer::kMaxTagLength) {
                    problem(SurveyColumn::Tags,
                            SurveyImport::tr("the tag \"%1\" is longer than %2 characters.")
                                .arg(tag)
                                .arg(SurveyAnswer::kMaxTagLength));
                }
            }
        }

        if (plan.problems.size() == problemsBefore) {
            plan.answers.append(answer);
            plan.answerLines.append(line);
        }
    };
    m_file.forEachRow(row, tooWide);
    return plan;
}

Result<QList<SurveyAnswer>> SurveyCsvImporter::commit(const SurveyImportPlan& plan, surveys::SurveyService& service)
{
    if (plan.hasProblems()) {
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("SurveyImport",
                                                 "The file has %n problem(s), so nothing was imported. Correct the "
                                                 "file and import it again.",
                                                 nullptr, int(plan.problems.size())));
    }
    if (plan.answers.isEmpty())
        return Error(ErrorCode::Invalid, SurveyImport::tr("The file has no answer to import."));
    // The service checks every answer before storing any and stores them in one transaction.
    return service.add(plan.answers);
}

} // namespace subdesk::io
