#pragma once

#include "surveys/SurveyRepository.h"

#include <QString>

struct sqlite3;

namespace subdesk::storage {

class Database;

/**
 * Survey answers in the company's SQLite file (table survey_answers, schema 4; tags in one text
 * column), on SQLite's C API. add() stores a whole list in one SqliteUnitOfWork, all or none.
 */
class SqliteSurveyRepository final : public surveys::SurveyRepository
{
public:
    explicit SqliteSurveyRepository(const Database& database);

    Result<QList<surveys::SurveyAnswer>> answers(const surveys::SurveyQuery& query) override;
    Result<QList<surveys::SurveyAnswer>> add(const QList<surveys::SurveyAnswer>& answers) override;
    Status update(const surveys::SurveyAnswer& answer) override;
    Status remove(SurveyAnswerId id) override;

private:
    sqlite3* handle() const;

    QString m_connection;
};

} // namespace subdesk::storage
