#include "TestSupport.h"
#include "customers/CustomerService.h"
#include "storage/CompanyFile.h"
#include "surveys/SurveyService.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace subdesk;
using namespace subdesk::surveys;

namespace {

const QDate kToday(2026, 3, 20);

template <typename T>
QString message(const Result<T>& r)
{
    return r.ok() ? QString() : r.error().message;
}

} // namespace

class TestSurveyService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock {QDateTime(kToday, QTime(8, 0), Qt::UTC)};
    std::unique_ptr<storage::CompanyFile> m_company;
    int m_counter = 0;
    CustomerId m_anna;

    SurveyAnswer answer(int score, SurveyKind kind = SurveyKind::Nps, QDate date = kToday) const
    {
        SurveyAnswer a;
        a.customerId = m_anna;
        a.kind = kind;
        a.date = date;
        a.score = score;
        return a;
    }

    SurveyService& service() { return m_company->surveys(); }
    int stored() { return int(service().answers({})->size()); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_company.reset();
        auto company =
            storage::CompanyFile::open(m_dir.filePath(QStringLiteral("v%1.subdesk").arg(++m_counter)), {}, m_clock);
        QVERIFY2(company, qPrintable(message(company)));
        m_company = std::move(*company);
        auto a = m_company->customers().add(test::sampleCustomer(QStringLiteral("Anna Oy")));
        QVERIFY(a);
        m_anna = a->id;
    }

    void cleanupTestCase() { m_company.reset(); }

    void scoreRange_data()
    {
        QTest::addColumn<SurveyKind>("kind");
        QTest::addColumn<int>("score");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("nps 0 is the lowest answer") << SurveyKind::Nps << 0 << true;
        QTest::newRow("nps 10 is the highest answer") << SurveyKind::Nps << 10 << true;
        QTest::newRow("nps -1 is refused") << SurveyKind::Nps << -1 << false;
        QTest::newRow("nps 11 is refused") << SurveyKind::Nps << 11 << false;
        QTest::newRow("csat 1 is the lowest answer") << SurveyKind::Csat << 1 << true;
        QTest::newRow("csat 5 is the highest answer") << SurveyKind::Csat << 5 << true;
        QTest::newRow("csat 0 is refused") << SurveyKind::Csat << 0 << false;
        QTest::newRow("csat 6 is refused") << SurveyKind::Csat << 6 << false;
    }

    void scoreRange()
    {
        QFETCH(SurveyKind, kind);
        QFETCH(int, score);
        QFETCH(bool, accepted);
        const Status valid = service().validate(answer(score, kind));
        QCOMPARE(valid.ok(), accepted);
        const auto added = service().add({answer(score, kind)});
        QCOMPARE(added.ok(), accepted);
        QCOMPARE(stored(), accepted ? 1 : 0);
        if (!accepted) {
            QCOMPARE(added.error().code, ErrorCode::Invalid);
            QVERIFY2(added.error().message.contains(QStringLiteral("Score")), qPrintable(added.error().message));
            QVERIFY(added.error().message.contains(QString::number(score)));
        }
    }

    void anAnswerDatedAfterTodayIsRefusedAndTodayIsAccepted()
    {
        const Status future = service().validate(answer(9, SurveyKind::Nps, kToday.addDays(1)));
        QVERIFY(!future);
        QVERIFY2(future.error().message.contains(QStringLiteral("2026-03-21")), qPrintable(future.error().message));
        QVERIFY(service().validate(answer(9, SurveyKind::Nps, kToday)));
        QVERIFY(!service().validate(answer(9, SurveyKind::Nps, QDate())));
    }

    void anUnknownCustomerIsRefusedByNumber()
    {
        SurveyAnswer a = answer(9);
        a.customerId = CustomerId(4242);
        const Status unknown = service().validate(a);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QVERIFY(unknown.error().message.contains(QStringLiteral("4242")));
        a.customerId = CustomerId();
        QVERIFY(!service().validate(a));
    }

    void aTooLongCommentOrTagIsRefused()
    {
        SurveyAnswer a = answer(9);
        a.comment = QString(SurveyAnswer::kMaxCommentLength, QLatin1Char('x'));
        QVERIFY(service().validate(a));
        a.comment.append(QLatin1Char('x'));
        const Status comment = service().validate(a);
        QVERIFY(!comment);
        QVERIFY(comment.error().message.contains(QStringLiteral("Comment")));
        a.comment.clear();
        a.tags = {QString(SurveyAnswer::kMaxTagLength + 1, QLatin1Char('t'))};
        const Status tag = service().validate(a);
        QVERIFY(!tag);
        QVERIFY(tag.error().message.contains(QStringLiteral("Tags")));
    }

    void addIsAllOrNoneAndNamesTheFirstInvalidAnswer()
    {
        const auto refused = service().add({answer(9), answer(7), answer(12), answer(42)});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("Answer 3:")), qPrintable(refused.error().message));
        QCOMPARE(stored(), 0);
        QVERIFY(service().add({answer(9), answer(7)}));
        QCOMPARE(stored(), 2);
    }

    void addOverManyCustomersChecksThemAllAtOnce()
    {
        QList<customers::Customer> many;
        for (int i = 0; i < 60; ++i)
            many.append(test::sampleCustomer(QStringLiteral("Customer %1").arg(i)));
        auto added = m_company->customers().addAll(many);
        QVERIFY2(added, qPrintable(message(added)));
        const auto all = m_company->customers().loadAll();
        QVERIFY(all);
        QList<SurveyAnswer> answers;
        for (const customers::Customer& c : *all) {
            SurveyAnswer a = answer(8);
            a.customerId = c.id;
            answers.append(a);
        }
        SurveyAnswer unknown = answer(8);
        unknown.customerId = CustomerId(99999);
        const auto refused = service().add(answers + QList<SurveyAnswer> {unknown});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("99999")), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.startsWith(QStringLiteral("Answer %1:").arg(answers.size() + 1)));
        QCOMPARE(stored(), 0);
        const auto ok = service().add(answers);
        QVERIFY2(ok, qPrintable(message(ok)));
        QCOMPARE(stored(), int(answers.size()));
    }

    void tagsAreStoredNormalised()
    {
        SurveyAnswer a = answer(3);
        a.tags = {QStringLiteral(" Pricing; Support"), QStringLiteral("pricing")};
        const auto added = service().add({a});
        QVERIFY2(added, qPrintable(message(added)));
        QCOMPARE(service().answers({})->first().tags,
                 (QStringList {QStringLiteral("pricing"), QStringLiteral("support")}));
    }

    void updateValidatesAndRemoveDeletes()
    {
        auto added = service().add({answer(9)});
        QVERIFY(added);
        SurveyAnswer a = added->first();
        a.score = 11;
        QVERIFY(!service().update(a));
        a.score = 10;
        QVERIFY(service().update(a));
        QCOMPARE(service().answers({})->first().score, 10);
        SurveyAnswer unsaved = answer(9);
        QCOMPARE(service().update(unsaved).error().code, ErrorCode::NotFound);
        QVERIFY(service().remove(a.id));
        QCOMPARE(stored(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSurveyService)
#include "tst_surveyservice.moc"
