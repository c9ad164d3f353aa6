#include "TestSupport.h"
#include "customers/CustomerService.h"
#include "storage/CompanyFile.h"
#include "storage/SqliteSurveyRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace subdesk;
using namespace subdesk::surveys;

namespace {

template <typename T>
QString message(const Result<T>& r)
{
    return r.ok() ? QString() : r.error().message;
}

QList<qint64> ids(const QList<SurveyAnswer>& answers)
{
    QList<qint64> out;
    for (const SurveyAnswer& a : answers)
        out.append(a.id.value);
    return out;
}

} // namespace

class TestSurveyRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock {QDateTime(QDate(2026, 3, 20), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<storage::CompanyFile> m_company;
    std::unique_ptr<storage::SqliteSurveyRepository> m_repo;
    int m_counter = 0;
    CustomerId m_anna;
    CustomerId m_bert;

    SurveyAnswer answer(CustomerId customer, QDate date, int score, SurveyKind kind = SurveyKind::Nps) const
    {
        SurveyAnswer a;
        a.customerId = customer;
        a.kind = kind;
        a.date = date;
        a.score = score;
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_repo.reset();
        m_company.reset();
        auto company =
            storage::CompanyFile::open(m_dir.filePath(QStringLiteral("s%1.subdesk").arg(++m_counter)), {}, m_clock);
        QVERIFY2(company, qPrintable(message(company)));
        m_company = std::move(*company);
        m_repo = std::make_unique<storage::SqliteSurveyRepository>(m_company->database());
        auto a = m_company->customers().add(test::sampleCustomer(QStringLiteral("Anna Oy")));
        auto b = m_company->customers().add(test::sampleCustomer(QStringLiteral("Bert Oy")));
        QVERIFY(a && b);
        m_anna = a->id;
        m_bert = b->id;
    }

    void cleanupTestCase()
    {
        m_repo.reset();
        m_company.reset();
    }

    void everyFieldReadsBackAsStored()
    {
        SurveyAnswer a = answer(m_anna, QDate(2026, 2, 14), 6);
        a.comment = QStringLiteral("Löytyi bugi, ja hinta on “liian” korkea.\nToinen rivi");
        a.channel = SurveyChannel::InApp;
        a.tags = {QStringLiteral("late invoice"), QStringLiteral("pricing")};
        SurveyAnswer c = answer(m_bert, QDate(2026, 2, 15), 4, SurveyKind::Csat);
        c.channel = SurveyChannel::Phone;
        auto stored = m_repo->add({a, c});
        QVERIFY2(stored, qPrintable(message(stored)));
        QCOMPARE(stored->size(), 2);
        QVERIFY(stored->at(0).id.isValid());
        QVERIFY(stored->at(1).id.value > stored->at(0).id.value);
        const auto read = m_repo->answers({});
        QVERIFY2(read, qPrintable(message(read)));
        QCOMPARE(*read, *stored);
    }

    void answersAreOrderedByDateThenId()
    {
        auto stored = m_repo->add({answer(m_anna, QDate(2026, 3, 1), 9), answer(m_anna, QDate(2026, 1, 1), 8),
                                   answer(m_bert, QDate(2026, 3, 1), 7)});
        QVERIFY(stored);
        QCOMPARE(ids(*m_repo->answers({})),
                 (QList<qint64> {stored->at(1).id.value, stored->at(0).id.value, stored->at(2).id.value}));
    }

    void queryFiltersByCustomerKindAndInclusiveDates()
    {
        auto stored = m_repo->add({answer(m_anna, QDate(2026, 1, 31), 9), answer(m_anna, QDate(2026, 2, 1), 3),
                                   answer(m_anna, QDate(2026, 2, 28), 5, SurveyKind::Csat),
                                   answer(m_bert, QDate(2026, 2, 10), 10), answer(m_anna, QDate(2026, 3, 1), 0)});
        QVERIFY(stored);
        const auto id = [&](int i) { return stored->at(i).id.value; };
        QCOMPARE(ids(*m_repo->answers({m_anna, std::nullopt, QDate(), QDate()})),
                 (QList<qint64> {id(0), id(1), id(2), id(4)}));
        QCOMPARE(ids(*m_repo->answers({CustomerId(), SurveyKind::Nps, QDate(2026, 2, 1), QDate(2026, 2, 28)})),
                 (QList<qint64> {id(1), id(3)}));
        QCOMPARE(ids(*m_repo->answers({m_anna, SurveyKind::Csat, QDate(2026, 2, 28), QDate(2026, 2, 28)})),
                 QList<qint64> {id(2)});
        QCOMPARE(ids(*m_repo->answers({CustomerId(), std::nullopt, QDate(2026, 3, 1), QDate()})),
                 QList<qint64> {id(4)});
    }

    void addIsAllOrNone()
    {
        QVERIFY(m_repo->add({answer(m_anna, QDate(2026, 1, 1), 9)}));
        const auto refused =
            m_repo->add({answer(m_anna, QDate(2026, 1, 2), 9), answer(CustomerId(999), QDate(2026, 1, 3), 9)});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::NotFound);
        QVERIFY(refused.error().message.contains(QStringLiteral("999")));
        QCOMPARE(m_repo->answers({})->size(), 1);
    }

    void theSchemaRefusesAScoreOutsideItsKindsRange()
    {
        const auto nps = m_repo->add({answer(m_anna, QDate(2026, 1, 1), 11)});
        QVERIFY(!nps);
        QCOMPARE(nps.error().code, ErrorCode::Invalid);
        const auto csat = m_repo->add({answer(m_anna, QDate(2026, 1, 1), 0, SurveyKind::Csat)});
        QVERIFY(!csat);
        QVERIFY(m_repo->answers({})->isEmpty());
    }

    void updateAndRemoveTouchOneAnswerAndReportAMissingOne()
    {
        auto stored = m_repo->add({answer(m_anna, QDate(2026, 1, 1), 9), answer(m_bert, QDate(2026, 1, 2), 2)});
        QVERIFY(stored);
        SurveyAnswer changed = stored->at(0);
        changed.score = 7;
        changed.comment = QStringLiteral("Better now");
        changed.tags = {QStringLiteral("support")};
        QVERIFY(m_repo->update(changed));
        QCOMPARE(m_repo->answers({})->at(0), changed);
        QCOMPARE(m_repo->answers({})->at(1), stored->at(1));
        QVERIFY(m_repo->remove(stored->at(1).id));
        QCOMPARE(m_repo->answers({})->size(), 1);
        const Status gone = m_repo->remove(stored->at(1).id);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
        SurveyAnswer missing = changed;
        missing.id = SurveyAnswerId(12345);
        const Status notThere = m_repo->update(missing);
        QVERIFY(!notThere);
        QCOMPARE(notThere.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSurveyRepository)
#include "tst_surveyrepository.moc"
