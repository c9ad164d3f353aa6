#include "SqliteSurveyRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "SqliteHandle.h"
#include "SqliteMetricsRows.h"
#include "SqliteStatement.h"
#include "SqliteUnitOfWork.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace subdesk::storage {

using namespace subdesk::surveys;

namespace {

Error noAnswer(qint64 id)
{
    return Error(ErrorCode::NotFound,
                 QCoreApplication::translate("Database", "There is no survey answer number %1.").arg(id));
}

/** Binds an answer's columns 1–7 (customer, kind, date, score, comment, channel, tags). */
void bindAnswer(SqliteStatement& q, const SurveyAnswer& a)
{
    q.bindInt(1, a.customerId.value);
    q.bindText(2, surveyKindKey(a.kind));
    bindDate(q, 3, a.date);
    q.bindInt(4, a.score);
    q.bindText(5, a.comment);
    q.bindText(6, surveyChannelKey(a.channel));
    q.bindText(7, a.tags.join(QLatin1Char(',')));
}

/** The error of a failed write, in words for the clerk where the schema's checks explain it. */
Error writeError(sqlite3* db, const Error& failed, const SurveyAnswer& a)
{
    const int code = lastErrorCode(db);
    if (isForeignKeyViolation(code))
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("Database", "There is no customer number %1.").arg(a.customerId.value));
    if (code == SQLITE_CONSTRAINT_CHECK || code == SQLITE_CONSTRAINT_NOTNULL)
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("Database", "The survey answer of customer %1 on %2 is not valid.")
                         .arg(a.customerId.value)
                         .arg(a.date.toString(Qt::ISODate)));
    return failed;
}

} // namespace

SqliteSurveyRepository::SqliteSurveyRepository(const Database& database)
    : m_connection(database.connectionName())
{ }

sqlite3* SqliteSurveyRepository::handle() const
{
    return sqliteHandle(m_connection);
}

Result<QList<SurveyAnswer>> SqliteSurveyRepository::answers(const SurveyQuery& query)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    return metricsrows::readSurveyAnswers(db, query);
}

Result<QList<SurveyAnswer>> SqliteSurveyRepository::add(const QList<SurveyAnswer>& answers)
{
    sqlite3* db = handle();
    SqliteUnitOfWork unit(db);
    if (!unit.begun())
        return unit.begun().error();
    SqliteStatement q(db,
                      "INSERT INTO survey_answers (customer_id, kind, date, score, comment, channel, tags) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!q.ok())
        return q.error();
    QList<SurveyAnswer> stored = answers;
    for (SurveyAnswer& a : stored) {
        bindAnswer(q, a);
        if (Status done = q.stepDone(); !done)
            return writeError(db, done.error(), a);
        a.id = SurveyAnswerId(sqlite3_last_insert_rowid(db));
    }
    if (Status done = unit.commit(); !done)
        return done.error();
    return stored;
}

Status SqliteSurveyRepository::update(const SurveyAnswer& answer)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    SqliteStatement q(db,
                      "UPDATE survey_answers SET customer_id = ?, kind = ?, date = ?, score = ?, comment = ?, "
                      "channel = ?, tags = ? WHERE id = ?");
    if (!q.ok())
        return q.error();
    bindAnswer(q, answer);
    q.bindInt(8, answer.id.value);
    if (Status done = q.stepDone(); !done)
        return writeError(db, done.error(), answer);
    if (sqlite3_changes(db) != 1)
        return noAnswer(answer.id.value);
    return {};
}

Status SqliteSurveyRepository::remove(SurveyAnswerId id)
{
    sqlite3* db = handle();
    if (!db)
        return notOpenError();
    SqliteStatement q(db, "DELETE FROM survey_answers WHERE id = ?");
    if (!q.ok())
        return q.error();
    q.bindInt(1, id.value);
    if (Status done = q.stepDone(); !done)
        return done;
    if (sqlite3_changes(db) != 1)
        return noAnswer(id.value);
    return {};
}

} // namespace subdesk::storage
