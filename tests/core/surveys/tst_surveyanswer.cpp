#include "surveys/SurveyAnswer.h"

#include <QTest>

using namespace subdesk;
using namespace subdesk::surveys;

/** Keys, names and groups of survey answers, and how tags are normalised. */
class TestSurveyAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindKeysRoundTripInAnyCase();
    void channelKeysAcceptHyphenAndSpace_data();
    void channelKeysAcceptHyphenAndSpace();
    void unknownKeysGiveNothing();
    void everyValueHasAName();
    void groupOfScore_data();
    void groupOfScore();
    void scoreRangesPerKind();
    void parseTags_data();
    void parseTags();
};

void TestSurveyAnswer::kindKeysRoundTripInAnyCase()
{
    for (SurveyKind kind : allSurveyKinds()) {
        QCOMPARE(surveyKindFromKey(surveyKindKey(kind)), kind);
        QCOMPARE(surveyKindFromKey(surveyKindKey(kind).toUpper()), kind);
    }
    QCOMPARE(surveyKindKey(SurveyKind::Nps), QStringLiteral("nps"));
    QCOMPARE(surveyKindKey(SurveyKind::Csat), QStringLiteral("csat"));
    QCOMPARE(allSurveyKinds().size(), 2);
}

void TestSurveyAnswer::channelKeysAcceptHyphenAndSpace_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SurveyChannel>("expected");
    QTest::newRow("the key in_app") << QStringLiteral("in_app") << SurveyChannel::InApp;
    QTest::newRow("in-app with a hyphen") << QStringLiteral("in-app") << SurveyChannel::InApp;
    QTest::newRow("In App with a space and capitals") << QStringLiteral("In App") << SurveyChannel::InApp;
    QTest::newRow("EMAIL in capitals") << QStringLiteral("EMAIL") << SurveyChannel::Email;
    QTest::newRow("phone padded") << QStringLiteral("  phone ") << SurveyChannel::Phone;
    for (SurveyChannel channel : allSurveyChannels()) {
        QTest::newRow(qPrintable(QStringLiteral("key %1 round trips").arg(surveyChannelKey(channel))))
            << surveyChannelKey(channel) << channel;
    }
}

void TestSurveyAnswer::channelKeysAcceptHyphenAndSpace()
{
    QFETCH(QString, text);
    QFETCH(SurveyChannel, expected);
    QCOMPARE(surveyChannelFromKey(text), expected);
}

void TestSurveyAnswer::unknownKeysGiveNothing()
{
    QVERIFY(!surveyKindFromKey(QStringLiteral("ces")).has_value());
    QVERIFY(!surveyChannelFromKey(QStringLiteral("pigeon")).has_value());
    QVERIFY(!npsGroupFromKey(QStringLiteral("fan")).has_value());
    QVERIFY(!surveyKindFromKey(QString()).has_value());
}

void TestSurveyAnswer::everyValueHasAName()
{
    for (SurveyKind kind : allSurveyKinds())
        QVERIFY(!surveyKindName(kind).isEmpty());
    for (SurveyChannel channel : allSurveyChannels())
        QVERIFY(!surveyChannelName(channel).isEmpty());
    for (NpsGroup group : {NpsGroup::Promoter, NpsGroup::Passive, NpsGroup::Detractor}) {
        QVERIFY(!npsGroupName(group).isEmpty());
        QCOMPARE(npsGroupFromKey(npsGroupKey(group)), group);
    }
    QCOMPARE(surveyChannelKey(SurveyChannel::InApp), QStringLiteral("in_app"));
}

void TestSurveyAnswer::groupOfScore_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<NpsGroup>("group");
    QTest::newRow("0 is a detractor") << 0 << NpsGroup::Detractor;
    QTest::newRow("6 is a detractor") << 6 << NpsGroup::Detractor;
    QTest::newRow("7 is a passive") << 7 << NpsGroup::Passive;
    QTest::newRow("8 is a passive") << 8 << NpsGroup::Passive;
    QTest::newRow("9 is a promoter") << 9 << NpsGroup::Promoter;
    QTest::newRow("10 is a promoter") << 10 << NpsGroup::Promoter;
}

void TestSurveyAnswer::groupOfScore()
{
    QFETCH(int, score);
    QFETCH(NpsGroup, group);
    QCOMPARE(npsGroupOf(score), group);
}

void TestSurveyAnswer::scoreRangesPerKind()
{
    QCOMPARE(SurveyAnswer::minScore(SurveyKind::Nps), 0);
    QCOMPARE(SurveyAnswer::maxScore(SurveyKind::Nps), 10);
    QCOMPARE(SurveyAnswer::minScore(SurveyKind::Csat), 1);
    QCOMPARE(SurveyAnswer::maxScore(SurveyKind::Csat), 5);
}

void TestSurveyAnswer::parseTags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags");
    QTest::newRow("comma and semicolon separate, lower case, sorted")
        << QStringLiteral("Pricing, support ;billing")
        << QStringList {QStringLiteral("billing"), QStringLiteral("pricing"), QStringLiteral("support")};
    QTest::newRow("duplicates in any case are one tag")
        << QStringLiteral("Support,support, SUPPORT") << QStringList {QStringLiteral("support")};
    QTest::newRow("inner white space collapses")
        << QStringLiteral("late   invoice;late invoice") << QStringList {QStringLiteral("late invoice")};
    QTest::newRow("empty parts are dropped") << QStringLiteral(" , ;; ,") << QStringList {};
    QTest::newRow("empty text gives no tags") << QString() << QStringList {};
}

void TestSurveyAnswer::parseTags()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tags);
    QCOMPARE(SurveyAnswer::parseTags(text), tags);
}

QTEST_GUILESS_MAIN(TestSurveyAnswer)
#include "tst_surveyanswer.moc"
