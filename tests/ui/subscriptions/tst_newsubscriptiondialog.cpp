#include "SubscriptionSamples.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "customers/CustomerService.h"
#include "storage/CompanyFile.h"
#include "subscriptions/DocumentLinesTree.h"
#include "subscriptions/NewSubscriptionDialog.h"
#include "subscriptions/OutcomePreview.h"
#include "subscriptions/SubscriptionTexts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace subdesk;
using ui::NewSubscriptionDialog;

namespace {

QString euros(qint64 cents)
{
    return ui::subscriptiontext::money(Money(cents, *Currency::fromCode(QStringLiteral("EUR"))));
}

/** Every line of the preview as "amount | derivation", in order. */
QStringList previewLines(const ui::DocumentLinesTree* tree)
{
    QStringList lines;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* document = tree->topLevelItem(i);
        for (int j = 0; j < document->childCount(); ++j)
            lines.append(document->child(j)->text(ui::DocumentLinesTree::AmountColumn) + QStringLiteral(" | ")
                         + document->child(j)->text(ui::DocumentLinesTree::DerivationColumn));
    }
    return lines;
}

} // namespace

/** The new-subscription dialog: its live first-invoice preview and what Subscribe writes. */
class TestNewSubscriptionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }

    void init()
    {
        static int n = 0;
        auto company =
            storage::CompanyFile::open(test::companyPath(m_dir, QStringLiteral("new%1.subdesk").arg(++n)), {}, m_clock);
        QVERIFY2(company, company ? "" : qPrintable(company.error().message));
        m_company = std::move(*company);
        auto samples = test::addSubscriptionSamples(*m_company);
        QVERIFY2(samples, samples ? "" : qPrintable(samples.error().message));
        m_samples = *samples;
    }

    void cleanup() { m_company.reset(); }

    void previewShowsTheFirstInvoice_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<int>("anchorDay");
        QTest::addColumn<bool>("storage");
        QTest::addColumn<int>("trialDays"); // -1: leave the plan's default
        QTest::addColumn<QStringList>("amounts");
        QTest::addColumn<QString>("fraction"); // in every derivation
        QTest::addColumn<QString>("summary");

        QTest::newRow("BASIC from today: one full month 10.00")
            << QStringLiteral("BASIC") << 1 << 0 << false << -1 << QStringList {euros(1000)} << QString()
            << QStringLiteral("Customer will be charged %1.").arg(euros(1000));
        QTest::newRow("BASIC on day 1 from Mar 15: 10.00 × 17/31 = 5.48")
            << QStringLiteral("BASIC") << 1 << 1 << false << -1 << QStringList {euros(548)} << QStringLiteral("17/31")
            << QStringLiteral("Customer will be charged %1.").arg(euros(548));
        QTest::newRow("BASIC + STORAGE on day 1: 5.48 + 5.00 × 17/31 = 2.74")
            << QStringLiteral("BASIC") << 1 << 1 << true << -1 << QStringList {euros(548), euros(274)}
            << QStringLiteral("17/31") << QStringLiteral("Customer will be charged %1.").arg(euros(822));
        QTest::newRow("PRO × 3 without trial: 3 × 8.00 = 24.00")
            << QStringLiteral("PRO") << 3 << 0 << false << 0 << QStringList {euros(2400)} << QString()
            << QStringLiteral("Customer will be charged %1.").arg(euros(2400));
        QTest::newRow("PRO × 3 in its 14 trial days: 24.00 falls due when the trial ends on Mar 29")
            << QStringLiteral("PRO") << 3 << 0 << false << -1 << QStringList {euros(2400)} << QString()
            << QStringLiteral("Nothing is billed now. The billing run on %1 invoices %2.")
                   .arg(QLocale().toString(QDate(2026, 3, 29), QLocale::ShortFormat), euros(2400));
    }

    void previewShowsTheFirstInvoice()
    {
        QFETCH(QString, plan);
        QFETCH(int, quantity);
        QFETCH(int, anchorDay);
        QFETCH(bool, storage);
        QFETCH(int, trialDays);
        QFETCH(QStringList, amounts);
        QFETCH(QString, fraction);
        QFETCH(QString, summary);

        NewSubscriptionDialog dialog(m_company->subscriptions(), m_company->customers(), m_clock.today(),
                                     m_samples.virtanen);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(test::child<QComboBox>(&dialog, QStringLiteral("customerCombo"))->currentText(),
                 QStringLiteral("Virtanen Oy"));
        auto* planCombo = test::child<QComboBox>(&dialog, QStringLiteral("planCombo"));
        planCombo->setCurrentIndex(planCombo->findData(m_company->catalog().catalog().planByCode(plan)->id.value));
        auto* intervals = test::child<QComboBox>(&dialog, QStringLiteral("intervalCombo"));
        QCOMPARE(intervals->count(), plan == QLatin1String("BASIC") ? 2 : 1); // monthly and yearly in EUR
        intervals->setCurrentIndex(intervals->findData(QStringLiteral("1 month")));
        test::child<QSpinBox>(&dialog, QStringLiteral("quantitySpin"))->setValue(quantity);
        auto* anchor = test::child<QComboBox>(&dialog, QStringLiteral("anchorDayCombo"));
        anchor->setCurrentIndex(anchor->findData(anchorDay));
        if (trialDays >= 0)
            test::child<QSpinBox>(&dialog, QStringLiteral("trialDaysSpin"))->setValue(trialDays);
        if (storage)
            test::child<QCheckBox>(&dialog, QStringLiteral("addOnCheck_STORAGE"))->setChecked(true);

        // The preview follows the form by itself, a moment after the last edit.
        ui::OutcomePreview* preview = dialog.preview();
        QTRY_COMPARE(preview->summaryText(), summary);
        const QStringList lines = previewLines(preview->lines());
        QCOMPARE(lines.size(), amounts.size());
        for (int i = 0; i < lines.size(); ++i) {
            QVERIFY2(lines.at(i).startsWith(amounts.at(i) + QStringLiteral(" | ")), qPrintable(lines.at(i)));
            QVERIFY2(lines.at(i).contains(fraction), qPrintable(lines.at(i)));
        }
        QCOMPARE(test::child<QPushButton>(&dialog, QStringLiteral("subscribeButton"))->isEnabled(), true);
    }

    void refusedRequestIsShownInline()
    {
        NewSubscriptionDialog dialog(m_company->subscriptions(), m_company->customers(), m_clock.today(),
                                     m_samples.aalto);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("couponEdit")), QStringLiteral("NOPE"));
        dialog.refreshPreview();
        QVERIFY(dialog.preview()->hasError());
        QVERIFY2(dialog.preview()->summaryText().contains(QStringLiteral("NOPE")),
                 qPrintable(dialog.preview()->summaryText()));
        QVERIFY(!test::child<QPushButton>(&dialog, QStringLiteral("subscribeButton"))->isEnabled());
        QCOMPARE(dialog.preview()->lines()->topLevelItemCount(), 0);
        // Nothing was written by the previews.
        QCOMPARE(m_company->subscriptions().forCustomer(m_samples.aalto)->size(), 0);
    }

    void subscribeWritesOneSubscription()
    {
        NewSubscriptionDialog dialog(m_company->subscriptions(), m_company->customers(), m_clock.today(),
                                     m_samples.rossi);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* planCombo = test::child<QComboBox>(&dialog, QStringLiteral("planCombo"));
        planCombo->setCurrentIndex(planCombo->findData(m_samples.basic.value));
        auto* anchor = test::child<QComboBox>(&dialog, QStringLiteral("anchorDayCombo"));
        anchor->setCurrentIndex(anchor->findData(1));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("noteEdit")), QStringLiteral("Signed at fair"));
        auto* subscribe = test::child<QPushButton>(&dialog, QStringLiteral("subscribeButton"));
        QTRY_VERIFY(subscribe->isEnabled());
        QCOMPARE(m_company->subscriptions().forCustomer(m_samples.rossi)->size(), 0); // previews write nothing

        QTest::mouseClick(subscribe, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto stored = m_company->subscriptions().forCustomer(m_samples.rossi);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        const subscriptions::Subscription& subscription = stored->first();
        QCOMPARE(subscription.id, dialog.outcome().subscription.id);
        QCOMPARE(subscription.startDate, m_clock.today());
        QCOMPARE(subscription.events.size(), 1);
        QCOMPARE(subscription.events.first().note, QStringLiteral("Signed at fair"));
        QCOMPARE(subscription.events.first().config->anchorDay, 1);
        const auto documents = m_company->subscriptions().documents(subscription.id);
        QVERIFY(documents);
        QCOMPARE(documents->size(), 1);
        QCOMPARE(documents->first().total.minorUnits(), 548);
    }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock {test::fixedNow()};
    std::unique_ptr<storage::CompanyFile> m_company;
    test::SubscriptionSamples m_samples;
};

QTEST_MAIN(TestNewSubscriptionDialog)
#include "tst_newsubscriptiondialog.moc"
