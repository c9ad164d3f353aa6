#include "UiTestSupport.h"
#include "catalog/MoneyEdit.h"
#include "catalog/PriceDialog.h"
#include "catalog/PriceEditor.h"
#include "catalog/PricePreview.h"
#include "catalog/TierEditor.h"
#include "widgets/FieldIssueLabel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace subdesk;
using catalog::PriceTier;
using catalog::PricingKind;
using catalog::PricingModel;
using ui::PriceEditor;

namespace {

const Currency& eur()
{
    static const Currency c = *Currency::fromCode(QStringLiteral("EUR"));
    return c;
}

void chooseKind(QWidget* root, PricingKind kind)
{
    auto* combo = test::child<QComboBox>(root, QStringLiteral("pricingKindCombo"));
    combo->setCurrentIndex(combo->findData(static_cast<int>(kind)));
}

void typeInto(QWidget* root, const QString& name, const QString& text)
{
    auto* edit = test::child<QLineEdit>(root, name);
    QVERIFY2(edit, qPrintable(name));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

/** Types tiers "upTo:unit:fee" (upTo empty = unbounded, fee optional) into a fresh editor. */
void typeTiers(QWidget* root, const QStringList& tiers)
{
    for (int i = 0; i < tiers.size(); ++i) {
        if (i > 0)
            QTest::mouseClick(test::child<QPushButton>(root, QStringLiteral("addTierButton")), Qt::LeftButton);
        const QStringList parts = tiers.at(i).split(QLatin1Char(':'));
        typeInto(root, QStringLiteral("tierUpToEdit%1").arg(i), parts.value(0));
        typeInto(root, QStringLiteral("tierUnitPriceEdit%1").arg(i), parts.value(1));
        typeInto(root, QStringLiteral("tierFlatFeeEdit%1").arg(i), parts.value(2));
    }
}

} // namespace

class TestPlanPriceEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void typedTiersBecomeTheModel_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("typed");
        QTest::addColumn<QList<PriceTier>>("tiers");
        QTest::newRow("graduated: two tiers, the last one unbounded")
            << int(PricingKind::Graduated) << QStringList {QStringLiteral("10:5.00"), QStringLiteral(":4.00")}
            << QList<PriceTier> {{10, 500, 0}, {std::nullopt, 400, 0}};
        QTest::newRow("volume: three tiers with a base fee on the first")
            << int(PricingKind::Volume)
            << QStringList {QStringLiteral("100:1.50:10"), QStringLiteral("1,000:1.25"), QStringLiteral(":0.99")}
            << QList<PriceTier> {{100, 150, 1000}, {1000, 125, 0}, {std::nullopt, 99, 0}};
    }

    void typedTiersBecomeTheModel()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, typed);
        QFETCH(QList<PriceTier>, tiers);
        PriceEditor editor(PriceEditor::Usage::Plan);
        editor.setCurrency(eur());
        chooseKind(&editor, PricingKind(kind));
        typeTiers(&editor, typed);
        QCOMPARE(editor.tierEditor()->tierCount(), typed.size());
        const auto model = editor.model();
        QVERIFY2(model.ok(), qPrintable(model ? QString() : model.error().message));
        const PricingModel expected = PricingKind(kind) == PricingKind::Graduated
            ? PricingModel::graduated(eur(), tiers)
            : PricingModel::volume(eur(), tiers);
        QCOMPARE(*model, expected);
        QVERIFY(editor.isValid());
    }

    void removingATierUpdatesTheModel()
    {
        PriceEditor editor(PriceEditor::Usage::Plan);
        editor.setCurrency(eur());
        chooseKind(&editor, PricingKind::Graduated);
        typeTiers(&editor, {QStringLiteral("10:5.00"), QStringLiteral("20:4.00"), QStringLiteral(":3.00")});
        QTest::mouseClick(test::child<QAbstractButton>(&editor, QStringLiteral("removeTierButton1")), Qt::LeftButton);
        QCOMPARE(editor.tierEditor()->tierCount(), 2);
        QCOMPARE(*editor.model(), PricingModel::graduated(eur(), {{10, 500, 0}, {std::nullopt, 300, 0}}));
        // The second tier now starts right after the first.
        QCOMPARE(test::child<QLabel>(&editor, QStringLiteral("tierFromLabel1"))->text(), QStringLiteral("11"));
    }

    void previewShowsThePriceAndItsDerivation_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QString>("total");
        QTest::addColumn<QStringList>("lines");
        const QStringList tiers = {QStringLiteral("10:5.00"), QStringLiteral(":4.00")};
        QTest::newRow("graduated 1–10 at 5.00, 11+ at 4.00: 12 units = 58.00")
            << int(PricingKind::Graduated) << 12 << QStringLiteral("12 units = €58.00")
            << QStringList {QStringLiteral("Units 1–10 × 5.00 = 50.00"), QStringLiteral("Units 11–12 × 4.00 = 8.00")};
        QTest::newRow("graduated at the tier boundary: 10 units = 50.00, nothing from tier 2")
            << int(PricingKind::Graduated) << 10 << QStringLiteral("10 units = €50.00")
            << QStringList {QStringLiteral("Units 1–10 × 5.00 = 50.00")};
        QTest::newRow("graduated one past the boundary: 11 units = 54.00")
            << int(PricingKind::Graduated) << 11 << QStringLiteral("11 units = €54.00")
            << QStringList {QStringLiteral("Units 1–10 × 5.00 = 50.00"), QStringLiteral("Unit 11 × 4.00 = 4.00")};
        QTest::newRow("volume 1–10 at 5.00, 11+ at 4.00: 12 units all at 4.00 = 48.00")
            << int(PricingKind::Volume) << 12 << QStringLiteral("12 units = €48.00")
            << QStringList {QStringLiteral("Quantity 12 at tier 2 (11+) × 4.00 = 48.00")};
        QTest::newRow("one unit is singular: 1 unit = 5.00")
            << int(PricingKind::Graduated) << 1 << QStringLiteral("1 unit = €5.00")
            << QStringList {QStringLiteral("Unit 1 × 5.00 = 5.00")};
    }

    void previewShowsThePriceAndItsDerivation()
    {
        QFETCH(int, kind);
        QFETCH(int, quantity);
        QFETCH(QString, total);
        QFETCH(QStringList, lines);
        PriceEditor editor(PriceEditor::Usage::Plan);
        editor.setCurrency(eur());
        chooseKind(&editor, PricingKind(kind));
        typeTiers(&editor, {QStringLiteral("10:5.00"), QStringLiteral(":4.00")});
        auto* spin = test::child<QSpinBox>(&editor, QStringLiteral("previewQuantitySpin"));
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(quantity));
        QCOMPARE(spin->value(), quantity);
        QCOMPARE(editor.preview()->totalText(), total);
        QCOMPARE(editor.preview()->breakdownText().split(QLatin1Char('\n')), lines);
    }

    void previewFollowsTheTyping()
    {
        PriceEditor editor(PriceEditor::Usage::Plan);
        editor.setCurrency(eur());
        chooseKind(&editor, PricingKind::PerUnit);
        editor.preview()->setQuantity(3);
        QVERIFY(!editor.isValid());
        QCOMPARE(editor.preview()->totalText(), QStringLiteral("Complete the price to see what it charges."));
        typeInto(&editor, QStringLiteral("priceAmountEdit"), QStringLiteral("2"));
        QCOMPARE(editor.preview()->totalText(), QStringLiteral("3 units = €6.00"));
        QTest::keyClicks(test::child<QLineEdit>(&editor, QStringLiteral("priceAmountEdit")), QStringLiteral(".5"));
        QCOMPARE(editor.preview()->totalText(), QStringLiteral("3 units = €7.50"));
    }

    void previewIsInTheUsersLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        PriceEditor editor(PriceEditor::Usage::Plan);
        editor.setCurrency(eur());
        chooseKind(&editor, PricingKind::Graduated);
        typeTiers(&editor, {QStringLiteral("1.000:5,00"), QStringLiteral(":4,00")});
        QVERIFY2(editor.isValid(), qPrintable(editor.firstProblem()));
        QCOMPARE(*editor.model(), PricingModel::graduated(eur(), {{1000, 500, 0}, {std::nullopt, 400, 0}}));
        editor.preview()->setQuantity(1002);
        QCOMPARE(editor.preview()->totalText(), QStringLiteral("1.002 units = 5.008,00\u00A0€"));
        QCOMPARE(editor.preview()->breakdownText().split(QLatin1Char('\n')),
                 (QStringList {QStringLiteral("Units 1–1.000 × 5,00 = 5.000,00"),
                               QStringLiteral("Units 1.001–1.002 × 4,00 = 8,00")}));
    }

    void invalidTiersShowTheMessageAndDisableOk_data()
    {
        QTest::addColumn<QStringList>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("upper bounds must increase")
            << QStringList {QStringLiteral("10:5.00"), QStringLiteral("5:4.00"), QStringLiteral(":3.00")}
            << QStringLiteral("Tier 2 ends at 5, which is not above the end of tier 1 (10)");
        QTest::newRow("the last tier must be unbounded")
            << QStringList {QStringLiteral("10:5.00"), QStringLiteral("20:4.00")}
            << QStringLiteral("The last tier (tier 2) ends at 20");
        QTest::newRow("only the last tier may be unbounded")
            << QStringList {QStringLiteral(":5.00"), QStringLiteral(":4.00")}
            << QStringLiteral("Tier 1 has no upper bound, but only the last tier may be unbounded.");
        QTest::newRow("a unit price must be an amount")
            << QStringList {QStringLiteral("10:five"), QStringLiteral(":4.00")}
            << QStringLiteral("Tier 1 unit price: \"five\" is not an amount");
        QTest::newRow("an upper bound must be a whole number")
            << QStringList {QStringLiteral("ten:5.00"), QStringLiteral(":4.00")}
            << QStringLiteral("Tier 1: \"ten\" is not a whole number of units.");
    }

    void invalidTiersShowTheMessageAndDisableOk()
    {
        QFETCH(QStringList, typed);
        QFETCH(QString, message);
        ui::PriceDialog dialog(PriceEditor::Usage::Plan, {}, QDate(2026, 3, 15), eur());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* ok = test::child<QPushButton>(&dialog, QStringLiteral("priceOkButton"));
        auto* issue = test::child<ui::FieldIssueLabel>(&dialog, QStringLiteral("tierEditorIssue"));
        QVERIFY(ok && issue);
        chooseKind(&dialog, PricingKind::Graduated);
        typeTiers(&dialog, typed);
        QVERIFY(issue->isVisible());
        QVERIFY2(issue->text().contains(message), qPrintable(issue->text()));
        QCOMPARE(issue->level(), ui::FieldIssueLabel::Level::Error);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.editor()->preview()->totalText(), QStringLiteral("Complete the price to see what it charges."));

        // Enter does not slip past: the dialog stays open and says why.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(test::child<QLabel>(&dialog, QStringLiteral("priceDialogSummary"))->text().contains(message));
    }

    void fixingTheTiersEnablesOk()
    {
        ui::PriceDialog dialog(PriceEditor::Usage::Plan, {}, QDate(2026, 3, 15), eur());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* ok = test::child<QPushButton>(&dialog, QStringLiteral("priceOkButton"));
        chooseKind(&dialog, PricingKind::Graduated);
        typeTiers(&dialog, {QStringLiteral("10:5.00"), QStringLiteral("20:4.00")});
        QVERIFY(!ok->isEnabled());
        typeInto(&dialog, QStringLiteral("tierUpToEdit1"), QString());
        QVERIFY(ok->isEnabled());
        QVERIFY(!test::child<ui::FieldIssueLabel>(&dialog, QStringLiteral("tierEditorIssue"))->isVisible());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const catalog::Price price = dialog.price();
        QCOMPARE(price.currency, eur());
        QCOMPARE(price.versions.size(), 1);
        QCOMPARE(price.versions.constFirst().effectiveFrom, QDate(2026, 3, 15));
        QCOMPARE(price.versions.constFirst().model,
                 PricingModel::graduated(eur(), {{10, 500, 0}, {std::nullopt, 400, 0}}));
    }

    void aSecondPriceInTheSameCurrencyAndIntervalIsRefused()
    {
        catalog::Price monthly;
        monthly.currency = eur();
        monthly.interval = billing::BillingInterval {billing::IntervalUnit::Month, 1};
        monthly.versions.append({PriceVersionId(), PriceId(), QDate(2026, 1, 1), PricingModel::flat(Money(2000, eur())),
                                 Money::zero(eur())});
        ui::PriceDialog dialog(PriceEditor::Usage::Plan, {monthly}, QDate(2026, 3, 15), eur());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(&dialog, QStringLiteral("priceAmountEdit"), QStringLiteral("25.00"));
        auto* duplicate = test::child<ui::FieldIssueLabel>(&dialog, QStringLiteral("priceDuplicateIssue"));
        QVERIFY(duplicate->isVisible());
        QCOMPARE(duplicate->text(),
                 QStringLiteral("There is already a monthly price in EUR; add a new version of it instead."));
        auto* ok = test::child<QPushButton>(&dialog, QStringLiteral("priceOkButton"));
        QVERIFY(!ok->isEnabled());
        // Yearly is another price of the same plan.
        auto* unit = test::child<QComboBox>(&dialog, QStringLiteral("priceIntervalUnitCombo"));
        unit->setCurrentIndex(unit->findData(static_cast<int>(billing::IntervalUnit::Year)));
        QVERIFY(!duplicate->isVisible());
        QVERIFY(ok->isEnabled());
    }

    void negativeSetupFeeIsRefusedUnderItsField()
    {
        PriceEditor editor(PriceEditor::Usage::Plan);
        editor.setCurrency(eur());
        typeInto(&editor, QStringLiteral("priceAmountEdit"), QStringLiteral("20"));
        QVERIFY(editor.isValid());
        typeInto(&editor, QStringLiteral("setupFeeEdit"), QStringLiteral("-5"));
        QVERIFY(!editor.isValid());
        auto* issue = test::child<ui::FieldIssueLabel>(&editor, QStringLiteral("setupFeeEditIssue"));
        QCOMPARE(issue->text(), QStringLiteral("A setup fee cannot be negative."));
        QCOMPARE(editor.preview()->totalText(), QStringLiteral("1 unit = €20.00"));
    }

    void oneTimeAndMeteredPricesHaveNoInterval()
    {
        PriceEditor editor(PriceEditor::Usage::Metered);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(!test::child<QSpinBox>(&editor, QStringLiteral("priceIntervalCountSpin"))->isVisible());
        QVERIFY(!test::child<QLineEdit>(&editor, QStringLiteral("setupFeeEdit"))->isVisible());
        QVERIFY(!editor.interval().has_value());
        editor.setUsage(PriceEditor::Usage::RecurringAddOn);
        QVERIFY(test::child<QSpinBox>(&editor, QStringLiteral("priceIntervalCountSpin"))->isVisible());
        QVERIFY(editor.interval().has_value());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPlanPriceEditor)
#include "tst_planpriceeditor.moc"
