#include "SubscriptionSamples.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "customers/CustomerService.h"
#include "storage/CompanyFile.h"
#include "subscriptions/ChangeSubscriptionDialog.h"
#include "subscriptions/DocumentLinesTree.h"
#include "subscriptions/OutcomePreview.h"
#include "subscriptions/SubscriptionTexts.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace subdesk;
using ui::ChangeSubscriptionDialog;

namespace {

QString euros(qint64 cents)
{
    return ui::subscriptiontext::money(Money(cents, *Currency::fromCode(QStringLiteral("EUR"))));
}

} // namespace

/**
 * The change dialog on Virtanen's PRO × 3 (8.00 per seat monthly, billed Mar 1 → Apr 1 = 24.00),
 * changed on Mar 15: 17 of the period's 31 days are left.
 */
class TestChangeSubscriptionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }

    void init()
    {
        static int n = 0;
        auto company = storage::CompanyFile::open(test::companyPath(m_dir, QStringLiteral("change%1.subdesk").arg(++n)),
                                                  {}, m_clock);
        QVERIFY2(company, company ? "" : qPrintable(company.error().message));
        m_company = std::move(*company);
        auto samples = test::addSubscriptionSamples(*m_company);
        QVERIFY2(samples, samples ? "" : qPrintable(samples.error().message));
        m_samples = *samples;
        auto created =
            m_company->subscriptions().create(test::monthly(m_samples.virtanen, m_samples.pro, 3, QDate(2026, 3, 1)));
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        m_id = created->subscription.id;
        QCOMPARE(created->documents.size(), 1);
        QCOMPARE(created->documents.first().total.minorUnits(), 2400);
    }

    void cleanup() { m_company.reset(); }

    void quantityChangeMidPeriodIsProrated_data()
    {
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QString>("credit");
        QTest::addColumn<QString>("charge");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<qint64>("total");

        QTest::newRow("3 → 5 seats: −24.00 × 17/31 = −13.16, +40.00 × 17/31 = 21.94, charged 8.78")
            << 5 << euros(-1316) << euros(2194) << QStringLiteral("Customer will be charged %1.").arg(euros(878))
            << qint64(878);
        QTest::newRow("3 → 1 seat: −13.16, +8.00 × 17/31 = 4.39, credit note of 8.77")
            << 1 << euros(-1316) << euros(439) << QStringLiteral("Customer gets a credit note of %1.").arg(euros(877))
            << qint64(-877);
    }

    void quantityChangeMidPeriodIsProrated()
    {
        QFETCH(int, quantity);
        QFETCH(QString, credit);
        QFETCH(QString, charge);
        QFETCH(QString, summary);
        QFETCH(qint64, total);

        ChangeSubscriptionDialog dialog(m_company->subscriptions(), m_company->customers(), m_id, m_clock.today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* apply = test::child<QPushButton>(&dialog, QStringLiteral("applyChangeButton"));
        QVERIFY(!apply->isEnabled()); // nothing changed yet
        QVERIFY(test::child<QRadioButton>(&dialog, QStringLiteral("timingNowRadio"))->isChecked());

        QVERIFY2(test::child<QLabel>(&dialog, QStringLiteral("currentConfigLabel"))
                     ->text()
                     .startsWith(QStringLiteral("Virtanen Oy — Pro (PRO) × 3, monthly")),
                 qPrintable(test::child<QLabel>(&dialog, QStringLiteral("currentConfigLabel"))->text()));
        auto* seats = test::child<QSpinBox>(&dialog, QStringLiteral("quantitySpin"));
        QCOMPARE(seats->value(), 3);
        seats->setValue(quantity);
        // Now the proration; then what the next regular invoice (Apr 1) will be.
        QTRY_VERIFY2(dialog.preview()->summaryText().startsWith(summary), qPrintable(dialog.preview()->summaryText()));
        QVERIFY2(dialog.preview()->summaryText().endsWith(
                     QStringLiteral("The billing run on %1 invoices %2.")
                         .arg(QLocale().toString(QDate(2026, 4, 1), QLocale::ShortFormat), euros(800 * quantity))),
                 qPrintable(dialog.preview()->summaryText()));
        QVERIFY(apply->isEnabled());

        const ui::DocumentLinesTree* tree = dialog.preview()->lines();
        QCOMPARE(tree->topLevelItemCount(), 2); // the proration document, then the items due on Apr 1
        const QTreeWidgetItem* document = tree->topLevelItem(0);
        QCOMPARE(document->childCount(), 2);
        const QTreeWidgetItem* creditLine = document->child(0);
        const QTreeWidgetItem* chargeLine = document->child(1);
        QCOMPARE(creditLine->text(ui::DocumentLinesTree::AmountColumn), credit);
        QCOMPARE(chargeLine->text(ui::DocumentLinesTree::AmountColumn), charge);
        for (const QTreeWidgetItem* line : {creditLine, chargeLine}) {
            const QString derivation = line->text(ui::DocumentLinesTree::DerivationColumn);
            QVERIFY2(derivation.contains(QStringLiteral("17/31")), qPrintable(derivation));
        }
        // The dry run wrote nothing.
        QCOMPARE(m_company->subscriptions().documents(m_id)->size(), 1);

        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto documents = m_company->subscriptions().documents(m_id);
        QVERIFY(documents);
        QCOMPARE(documents->size(), 2);
        const billing::Document& written = documents->first(); // newest first
        QCOMPARE(written.total.minorUnits(), total);
        QCOMPARE(written.date, m_clock.today());
        QCOMPARE(written.kind, total < 0 ? billing::DocumentKind::CreditNote : billing::DocumentKind::Invoice);
        const auto stored = m_company->subscriptions().find(m_id);
        QCOMPARE(stored->events.size(), 2);
        QCOMPARE(stored->events.last().config->quantity, quantity);
    }

    void atPeriodEndIsNotProrated()
    {
        ChangeSubscriptionDialog dialog(m_company->subscriptions(), m_company->customers(), m_id, m_clock.today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::child<QSpinBox>(&dialog, QStringLiteral("quantitySpin"))->setValue(5);
        test::child<QRadioButton>(&dialog, QStringLiteral("timingPeriodEndRadio"))->setChecked(true);
        dialog.refreshPreview();
        // No document now: only the Apr 1 invoice, at the new quantity.
        const QString april = QLocale().toString(QDate(2026, 4, 1), QLocale::ShortFormat);
        QCOMPARE(dialog.preview()->lines()->topLevelItemCount(), 1);
        QCOMPARE(dialog.preview()->lines()->topLevelItem(0)->text(0), QStringLiteral("Due on %1").arg(april));
        QCOMPARE(dialog.preview()->summaryText(),
                 QStringLiteral("No proration: the new configuration is billed from %1. "
                                "The billing run on %1 invoices %2.")
                     .arg(april, euros(4000)));
        // A temporary change must be prorated: "at period end" is then not offered.
        test::child<QCheckBox>(&dialog, QStringLiteral("temporaryCheck"))->setChecked(true);
        QVERIFY(!test::child<QRadioButton>(&dialog, QStringLiteral("timingPeriodEndRadio"))->isEnabled());
        QVERIFY(test::child<QRadioButton>(&dialog, QStringLiteral("timingNowRadio"))->isChecked());
    }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock {test::fixedNow()};
    std::unique_ptr<storage::CompanyFile> m_company;
    test::SubscriptionSamples m_samples;
    SubscriptionId m_id;
};

QTEST_MAIN(TestChangeSubscriptionDialog)
#include "tst_changesubscriptiondialog.moc"
