// Issuing, tax, credit notes and credit (BILLING.md §8–9) through InvoiceService on a real company
// file with the EU rates the schema pre-fills.
#include "CompanyFixture.h"
#include "company/CompanyService.h"
#include "invoicing/InvoiceService.h"
#include "invoicing/PaymentService.h"

#include <QTest>

using namespace subdesk;
using billing::Document;
using billing::DocumentStatus;
using invoicing::ManualInvoice;
using invoicing::ManualLine;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

qint64 minor(const Money& m)
{
    return m.minorUnits();
}

ManualLine line(const QString& description, qint64 quantity, qint64 unitPrice,
                tax::TaxClass taxClass = tax::TaxClass::Standard)
{
    ManualLine l;
    l.description = description;
    l.quantity = quantity;
    l.unitPriceMinor = unitPrice;
    l.taxClass = taxClass;
    return l;
}

} // namespace

class tst_InvoiceService : public QObject
{
    Q_OBJECT

private:
    /** A Polish seller; customers: PL consumer, DE business (reverse charge), US business (export), FR consumer (OSS).
     */
    struct World
    {
        std::unique_ptr<CompanyFixture> f;
        CustomerId pl, de, us, fr;
    };
    static World world(QDate today = d("2026-11-21"), bool exempt = false);
    static Document draft(World& w, CustomerId customer, const QList<ManualLine>& lines, QDate date = {});
    static invoicing::InvoiceService& invoices(World& w) { return w.f->company->invoices(); }

private Q_SLOTS:
    void numbersAreGapFreePerSeriesAndYear();
    void issuingOnAnEarlierDayThanTheSeriesLastIsRefused();
    void issuedDocumentsCannotBeEditedOrDeleted();
    void previewWritesNothing();
    void taxes_data();
    void taxes();
    void taxInclusivePriceList();
    void exemptSellerPrintsItsText();
    void issueAllIsAllOrNothing();
    void manualInvoiceRefusals_data();
    void manualInvoiceRefusals();
    void fullCreditNoteCreditsTheInvoice();
    void partialCreditsNeverExceedTheInvoice();
    void roundingCentIsTrimmedFromTheCreditNote();
    void aLineCannotBeCreditedTwice();
    void creditingTheRestKeepsEachRateWithinItsCharge();
    void anAmountCreditNeverExceedsTheAmountAsked();
    void correctionsKeepTheInvoicesRateAfterTheTableChanged();
    void datesOfIssueAndCorrection();
    void creditBeyondThePaidBalanceBecomesCustomerCredit();
    void uncollectibleOnlyForAnOpenInvoice();
    void applyCreditByHand();
};

tst_InvoiceService::World tst_InvoiceService::world(QDate today, bool exempt)
{
    World w;
    w.f = std::make_unique<CompanyFixture>(today);
    if (!w.f->error.isEmpty())
        return w;
    const QString seller = w.f->setSeller(QStringLiteral("PL"), QStringLiteral("PL5260250995"), exempt);
    if (!seller.isEmpty()) {
        w.f->error = seller;
        return w;
    }
    w.pl = w.f->addCustomer(QStringLiteral("Jan Kowalski"), QStringLiteral("PL"), QString(), QStringLiteral("pl"));
    w.de = w.f->addCustomer(QStringLiteral("Muster GmbH"), QStringLiteral("DE"), QStringLiteral("DE136695976"),
                            QStringLiteral("en"));
    w.us = w.f->addCustomer(QStringLiteral("Acme Inc."), QStringLiteral("US"), QString());
    w.fr = w.f->addCustomer(QStringLiteral("Marie Dupont"), QStringLiteral("FR"), QString());
    return w;
}

Document tst_InvoiceService::draft(World& w, CustomerId customer, const QList<ManualLine>& lines, QDate date)
{
    ManualInvoice invoice;
    invoice.customerId = customer;
    invoice.currency = QStringLiteral("EUR");
    invoice.date = date;
    invoice.lines = lines;
    auto created = invoices(w).createDraft(invoice);
    if (!created) {
        w.f->error = created.error().message;
        return {};
    }
    return *created;
}

void tst_InvoiceService::numbersAreGapFreePerSeriesAndYear()
{
    World w = world(d("2026-12-31"));
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    const Document a = draft(w, w.pl, {line(QStringLiteral("Setup"), 1, 10000)});
    const Document b = draft(w, w.pl, {line(QStringLiteral("Training"), 2, 5000)});
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    auto first = invoices(w).issue(a.id);
    auto second = invoices(w).issue(b.id);
    QVERIFY2(first && second, first ? "" : qPrintable(first.error().message));
    QCOMPARE(first->number, QStringLiteral("INV-2026-00001"));
    QCOMPARE(second->number, QStringLiteral("INV-2026-00002"));
    QCOMPARE(first->state, billing::DocumentState::Issued);

    // Credit notes have their own series.
    invoicing::CreditRequest request;
    request.invoiceId = first->id;
    auto note = invoices(w).credit(request);
    QVERIFY2(note, note ? "" : qPrintable(note.error().message));
    QCOMPARE(note->number, QStringLiteral("CN-2026-00001"));

    // Yearly reset: the first number of 2027 is 1 again.
    w.f->setToday(d("2027-01-01"));
    const Document c = draft(w, w.pl, {line(QStringLiteral("Support"), 1, 2000)});
    auto third = invoices(w).issue(c.id);
    QVERIFY2(third, third ? "" : qPrintable(third.error().message));
    QCOMPARE(third->number, QStringLiteral("INV-2027-00001"));
    QVERIFY2(third->paymentReference.startsWith(QStringLiteral("RF")), qPrintable(third->paymentReference));
}

void tst_InvoiceService::issuingOnAnEarlierDayThanTheSeriesLastIsRefused()
{
    World w = world(d("2026-11-21"));
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    const Document a = draft(w, w.pl, {line(QStringLiteral("A"), 1, 1000)}, d("2026-11-01"));
    const Document b = draft(w, w.pl, {line(QStringLiteral("B"), 1, 1000)}, d("2026-11-01"));
    QVERIFY(invoices(w).issue(a.id, d("2026-11-20")));
    auto earlier = invoices(w).issue(b.id, d("2026-11-19"));
    QVERIFY2(!earlier, "numbers follow dates: a later number cannot carry an earlier date");
    QCOMPARE(earlier.error().code, ErrorCode::Invalid);
    // The refused issue consumed no number: the next one is 00002.
    auto next = invoices(w).issue(b.id, d("2026-11-20"));
    QVERIFY2(next, next ? "" : qPrintable(next.error().message));
    QCOMPARE(next->number, QStringLiteral("INV-2026-00002"));
}

void tst_InvoiceService::issuedDocumentsCannotBeEditedOrDeleted()
{
    World w = world();
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    const Document a = draft(w, w.pl, {line(QStringLiteral("A"), 1, 1000)});
    QVERIFY(invoices(w).issue(a.id));
    ManualInvoice edit;
    edit.customerId = w.pl;
    edit.lines = {line(QStringLiteral("A"), 1, 2000)};
    auto updated = invoices(w).updateDraft(a.id, edit);
    QVERIFY(!updated);
    QCOMPARE(updated.error().code, ErrorCode::Conflict);
    Status deleted = invoices(w).deleteDraft(a.id);
    QVERIFY(!deleted);
    QCOMPARE(deleted.error().code, ErrorCode::Conflict);
    auto again = invoices(w).issue(a.id);
    QVERIFY2(!again, "an issued document is not issued twice");
    auto stored = invoices(w).document(a.id);
    QVERIFY(stored);
    QCOMPARE(minor(stored->lines.first().item.amount), 1000);

    // A draft may change and go.
    const Document b = draft(w, w.pl, {line(QStringLiteral("B"), 1, 1000)});
    auto changed = invoices(w).updateDraft(b.id, edit);
    QVERIFY2(changed, changed ? "" : qPrintable(changed.error().message));
    QCOMPARE(minor(changed->total), 2000);
    QVERIFY(invoices(w).deleteDraft(b.id));
    QVERIFY(!invoices(w).document(b.id));
}

void tst_InvoiceService::previewWritesNothing()
{
    World w = world();
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    const Document a = draft(w, w.pl, {line(QStringLiteral("A"), 1, 1000)});
    auto preview = invoices(w).previewIssue(a.id);
    QVERIFY2(preview, preview ? "" : qPrintable(preview.error().message));
    QCOMPARE(preview->number, QStringLiteral("INV-2026-00001"));
    QCOMPARE(minor(preview->total), 1230);
    auto again = invoices(w).previewIssue(a.id);
    QCOMPARE(again->number, QStringLiteral("INV-2026-00001"));
    auto stored = invoices(w).document(a.id);
    QCOMPARE(stored->state, billing::DocumentState::Draft);
    QVERIFY(stored->number.isEmpty());
}

void tst_InvoiceService::taxes_data()
{
    QTest::addColumn<int>("customer"); // 0 PL, 1 DE, 2 US, 3 FR
    QTest::addColumn<QList<qint64>>("amounts"); // one line each, standard class unless reduced
    QTest::addColumn<bool>("reduced");
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("rateBp");
    QTest::addColumn<qint64>("tax");
    QTest::addColumn<qint64>("gross");

    QTest::newRow("§8 PL consumer: 3 × 10.03 at 23% taxed once on 30.09 → 6.92 (per line 3 × 2.31 = 6.93)")
        << 0 << QList<qint64> {1003, 1003, 1003} << false << "S" << 2300 << qint64(692) << qint64(3701);
    QTest::newRow("§8 PL consumer: reduced class at 8%: 100.00 → 8.00")
        << 0 << QList<qint64> {10000} << true << "S" << 800 << qint64(800) << qint64(10800);
    QTest::newRow("§8 DE business with VAT ID: reverse charge AE at 0%")
        << 1 << QList<qint64> {10000, 2550} << false << "AE" << 0 << qint64(0) << qint64(12550);
    QTest::newRow("§8 US customer outside the EU: export G at 0%")
        << 2 << QList<qint64> {10000} << false << "G" << 0 << qint64(0) << qint64(10000);
    QTest::newRow("§8 FR consumer (another EU country, no VAT ID): the buyer's rate 20%")
        << 3 << QList<qint64> {10000} << false << "S" << 2000 << qint64(2000) << qint64(12000);
    QTest::newRow("§8 HALF_UP on the group: 0.50 at 23% = 0.115 → 0.12")
        << 0 << QList<qint64> {50} << false << "S" << 2300 << qint64(12) << qint64(62);
}

void tst_InvoiceService::taxes()
{
    QFETCH(int, customer);
    QFETCH(QList<qint64>, amounts);
    QFETCH(bool, reduced);
    QFETCH(QString, category);
    QFETCH(int, rateBp);
    QFETCH(qint64, tax);
    QFETCH(qint64, gross);
    World w = world();
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    const CustomerId ids[] = {w.pl, w.de, w.us, w.fr};
    QList<ManualLine> lines;
    for (qint64 amount : amounts)
        lines.append(
            line(QStringLiteral("Item"), 1, amount, reduced ? tax::TaxClass::Reduced : tax::TaxClass::Standard));
    const Document a = draft(w, ids[customer], lines);
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    auto issued = invoices(w).issue(a.id);
    QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
    QCOMPARE(issued->taxes.size(), 1);
    QCOMPARE(tax::taxCategoryCode(issued->taxes.first().category), category);
    QCOMPARE(issued->taxes.first().rateBp, rateBp);
    QCOMPARE(minor(issued->taxTotal), tax);
    QCOMPARE(minor(issued->total), gross);
    QCOMPARE(minor(issued->netTotal) + minor(issued->taxTotal), minor(issued->total));
    qint64 lineNets = 0;
    for (const billing::DocumentLine& l : issued->lines)
        lineNets += minor(l.net);
    QCOMPARE(lineNets, minor(issued->netTotal));
    if (category == QStringLiteral("AE")) {
        QVERIFY2(!issued->taxes.first().exemptionText.isEmpty(), "reverse charge carries its text");
        QCOMPARE(issued->buyer.vatId, QStringLiteral("DE136695976"));
        QCOMPARE(issued->seller.vatId, QStringLiteral("PL5260250995"));
    }
    // The parties are snapshots: the seller's bank account and the buyer's name as issued.
    QCOMPARE(issued->seller.iban, QStringLiteral("PL61109010140000071219812874"));
    QVERIFY(!issued->buyer.name.isEmpty());
    QCOMPARE(issued->dueDate, issued->issueDate.addDays(14));
}

void tst_InvoiceService::taxInclusivePriceList()
{
    World w = world();
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    company::InvoicingSettings settings;
    settings.taxInclusiveCurrencies = {QStringLiteral("EUR")};
    QVERIFY(w.f->company->company().saveInvoicingSettings(settings));
    // §8 inclusive: 123.00 and 10.00 gross at 23% → group gross 133.00, net 108.13, tax 24.87.
    const Document a = draft(w, w.pl, {line(QStringLiteral("Box"), 1, 12300), line(QStringLiteral("Tape"), 1, 1000)});
    auto issued = invoices(w).issue(a.id);
    QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
    QVERIFY(issued->pricesIncludeTax);
    QCOMPARE(minor(issued->total), 13300);
    QCOMPARE(minor(issued->netTotal), 10813);
    QCOMPARE(minor(issued->taxTotal), 2487);
    QCOMPARE(minor(issued->lines.at(0).net) + minor(issued->lines.at(1).net), 10813);
    QCOMPARE(minor(issued->lines.at(0).net), 10000);
}

void tst_InvoiceService::exemptSellerPrintsItsText()
{
    World w = world(d("2026-11-21"), true);
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    const Document a = draft(w, w.pl, {line(QStringLiteral("Consulting"), 1, 10000)});
    auto issued = invoices(w).issue(a.id);
    QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
    QCOMPARE(issued->taxes.first().category, tax::TaxCategory::Exempt);
    QCOMPARE(issued->taxes.first().exemptionText, QStringLiteral("VAT exempt: small business"));
    QCOMPARE(minor(issued->total), 10000);
}

void tst_InvoiceService::issueAllIsAllOrNothing()
{
    World w = world();
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    const Document good = draft(w, w.pl, {line(QStringLiteral("A"), 1, 1000)});
    // Poland has no "second reduced" rate in the table: issuing this one fails.
    const Document bad = draft(w, w.pl, {line(QStringLiteral("B"), 1, 1000, tax::TaxClass::SuperReduced)});
    auto all = invoices(w).issueAll({good.id, bad.id});
    QVERIFY2(!all, "one document that cannot be issued stops the whole batch");
    QVERIFY2(all.error().message.contains(QStringLiteral("PL")), qPrintable(all.error().message));
    QCOMPARE(invoices(w).document(good.id)->state, billing::DocumentState::Draft);
    QVERIFY(invoices(w).deleteDraft(bad.id));
    auto one = invoices(w).issueAll({good.id});
    QVERIFY2(one, one ? "" : qPrintable(one.error().message));
    QCOMPARE(one->first().number, QStringLiteral("INV-2026-00001"));
}

void tst_InvoiceService::manualInvoiceRefusals_data()
{
    QTest::addColumn<QList<ManualLine>>("lines");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("message");
    QTest::newRow("no lines") << QList<ManualLine> {} << "EUR"
                              << "at least one line";
    QTest::newRow("empty description names the line")
        << QList<ManualLine> {line(QStringLiteral("A"), 1, 100), line(QStringLiteral(" "), 1, 100)} << "EUR"
        << "Line 2";
    QTest::newRow("quantity below 1") << QList<ManualLine> {line(QStringLiteral("A"), 0, 100)} << "EUR"
                                      << "quantity";
    QTest::newRow("negative total needs a credit note")
        << QList<ManualLine> {line(QStringLiteral("A"), 1, -100)} << "EUR"
        << "credit note";
    QTest::newRow("unknown currency") << QList<ManualLine> {line(QStringLiteral("A"), 1, 100)} << "XXQ"
                                      << "XXQ";
}

void tst_InvoiceService::manualInvoiceRefusals()
{
    QFETCH(QList<ManualLine>, lines);
    QFETCH(QString, currency);
    QFETCH(QString, message);
    World w = world();
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    ManualInvoice invoice;
    invoice.customerId = w.pl;
    invoice.currency = currency;
    invoice.lines = lines;
    auto created = invoices(w).createDraft(invoice);
    QVERIFY(!created);
    QVERIFY2(created.error().message.contains(message), qPrintable(created.error().message));
    QCOMPARE(*invoices(w).countDocuments({}), 0);
}

void tst_InvoiceService::fullCreditNoteCreditsTheInvoice()
{
    World w = world();
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    const Document a =
        draft(w, w.pl, {line(QStringLiteral("A"), 3, 1003), line(QStringLiteral("B"), 1, 999, tax::TaxClass::Reduced)});
    auto invoice = invoices(w).issue(a.id);
    QVERIFY(invoice);
    invoicing::CreditRequest request;
    request.invoiceId = invoice->id;
    request.reason = QStringLiteral("Cancelled order");
    auto note = invoices(w).credit(request);
    QVERIFY2(note, note ? "" : qPrintable(note.error().message));
    QCOMPARE(note->kind, billing::DocumentKind::CreditNote);
    QCOMPARE(minor(note->total), -minor(invoice->total));
    QCOMPARE(minor(note->taxTotal), -minor(invoice->taxTotal));
    QCOMPARE(note->correctsNumber, invoice->number);
    QCOMPARE(note->note, QStringLiteral("Cancelled order"));
    auto after = invoices(w).document(invoice->id);
    QCOMPARE(after->status(d("2026-11-21")), DocumentStatus::Credited);
    QCOMPARE(minor(after->balance()), 0);
    auto again = invoices(w).credit(request);
    QVERIFY2(!again, "nothing is left to credit");
}

void tst_InvoiceService::partialCreditsNeverExceedTheInvoice()
{
    World w = world();
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    // 100.00 + 23% = 123.00
    const Document a = draft(w, w.pl, {line(QStringLiteral("A"), 1, 10000)});
    auto invoice = invoices(w).issue(a.id);
    QVERIFY(invoice);
    invoicing::CreditRequest part;
    part.invoiceId = invoice->id;
    part.scope = invoicing::CreditRequest::Scope::Amount;
    part.amountMinor = 6150; // 61.50 gross = 50.00 net + 11.50
    auto first = invoices(w).credit(part);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    QCOMPARE(minor(first->total), -6150);
    QCOMPARE(invoices(w).document(invoice->id)->status(d("2026-11-21")), DocumentStatus::PartiallyPaid);
    part.amountMinor = 6151;
    auto tooMuch = invoices(w).credit(part);
    QVERIFY2(!tooMuch, "61.51 is more than the 61.50 left");
    invoicing::CreditRequest rest;
    rest.invoiceId = invoice->id;
    auto second = invoices(w).credit(rest);
    QVERIFY2(second, second ? "" : qPrintable(second.error().message));
    QCOMPARE(minor(second->total), -6150);
    QCOMPARE(minor(invoices(w).document(invoice->id)->balance()), 0);
}

void tst_InvoiceService::roundingCentIsTrimmedFromTheCreditNote()
{
    World w = world();
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    // 3 × 10.03 at 23%: net 30.09, tax 6.92 (once on the group), gross 37.01.
    const Document a = draft(
        w, w.pl,
        {line(QStringLiteral("A"), 1, 1003), line(QStringLiteral("B"), 1, 1003), line(QStringLiteral("C"), 1, 1003)});
    auto invoice = invoices(w).issue(a.id);
    QVERIFY(invoice);
    QCOMPARE(minor(invoice->total), 3701);
    // Crediting the lines one by one: 10.03 + 2.31 = 12.34 each, but three of them would be 37.02.
    qint64 credited = 0;
    for (int i = 0; i < 3; ++i) {
        invoicing::CreditRequest request;
        request.invoiceId = invoice->id;
        request.scope = invoicing::CreditRequest::Scope::Lines;
        request.lines = {{invoice->lines.at(i).id, 1003}};
        auto note = invoices(w).credit(request);
        QVERIFY2(note, note ? "" : qPrintable(note.error().message));
        credited += -minor(note->total);
    }
    // §8: the third is reduced by the cent it would overshoot by (10.02 + 2.30 = 12.32).
    QVERIFY2(credited <= 3701, qPrintable(QString::number(credited)));
    QCOMPARE(credited, qint64(1234 + 1234 + 1232));
}

void tst_InvoiceService::aLineCannotBeCreditedTwice()
{
    World w = world();
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    const Document a = draft(w, w.pl, {line(QStringLiteral("A"), 1, 10000), line(QStringLiteral("B"), 1, 20000)});
    auto invoice = invoices(w).issue(a.id);
    QVERIFY(invoice);
    invoicing::CreditRequest request;
    request.invoiceId = invoice->id;
    request.scope = invoicing::CreditRequest::Scope::Lines;
    request.lines = {{invoice->lines.first().id, 6000}};
    QVERIFY(invoices(w).credit(request));
    request.lines = {{invoice->lines.first().id, 4001}};
    auto again = invoices(w).credit(request);
    QVERIFY2(!again, "only 40.00 of line 1 is left to credit");
    QVERIFY2(again.error().message.contains(QStringLiteral("40.00")), qPrintable(again.error().message));
    request.lines = {{invoice->lines.first().id, 4000}};
    QVERIFY(invoices(w).credit(request));
}

void tst_InvoiceService::creditingTheRestKeepsEachRateWithinItsCharge()
{
    World w = world();
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    // 100.00 at 23% (tax 23.00) and 200.00 zero-rated: 323.00 in all.
    const Document a =
        draft(w, w.pl, {line(QStringLiteral("A"), 1, 10000), line(QStringLiteral("B"), 1, 20000, tax::TaxClass::Zero)});
    auto invoice = invoices(w).issue(a.id);
    QVERIFY(invoice);
    QCOMPARE(minor(invoice->total), 32300);
    invoicing::CreditRequest first;
    first.invoiceId = invoice->id;
    first.scope = invoicing::CreditRequest::Scope::Lines;
    first.lines = {{invoice->lines.first().id, 10000}};
    auto a1 = invoices(w).credit(first);
    QVERIFY2(a1, a1 ? "" : qPrintable(a1.error().message));
    invoicing::CreditRequest rest;
    rest.invoiceId = invoice->id;
    auto a2 = invoices(w).credit(rest);
    QVERIFY2(a2, a2 ? "" : qPrintable(a2.error().message));
    // The rest is all of the zero-rated 200.00 and no more VAT at 23%.
    QCOMPARE(minor(a2->total), -20000);
    QCOMPARE(minor(a2->taxTotal), 0);
    QCOMPARE(a2->taxes.size(), 1);
    QCOMPARE(a2->taxes.first().category, tax::TaxCategory::Zero);
    QCOMPARE(invoices(w).document(invoice->id)->status(d("2026-11-21")), DocumentStatus::Credited);
}

void tst_InvoiceService::anAmountCreditNeverExceedsTheAmountAsked()
{
    World w = world();
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    const Document a = draft(w, w.pl, {line(QStringLiteral("A"), 1, 20000)});
    auto invoice = invoices(w).issue(a.id);
    QVERIFY(invoice);
    invoicing::CreditRequest request;
    request.invoiceId = invoice->id;
    request.scope = invoicing::CreditRequest::Scope::Amount;
    // 100.03 gross at 23% has no exact net (81.33 makes 100.04, 81.32 makes 100.02): the credit is 100.02.
    request.amountMinor = 10003;
    auto note = invoices(w).credit(request);
    QVERIFY2(note, note ? "" : qPrintable(note.error().message));
    QCOMPARE(minor(note->total), -10002);
    // 61.50 gross is exact: 50.00 + 11.50.
    request.amountMinor = 6150;
    auto exact = invoices(w).credit(request);
    QVERIFY2(exact, exact ? "" : qPrintable(exact.error().message));
    QCOMPARE(minor(exact->total), -6150);
}

void tst_InvoiceService::correctionsKeepTheInvoicesRateAfterTheTableChanged()
{
    World w = world();
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    const Document a = draft(w, w.pl, {line(QStringLiteral("A"), 1, 10000)});
    auto invoice = invoices(w).issue(a.id);
    QVERIFY(invoice);
    QCOMPARE(minor(invoice->taxTotal), 2300);
    // The clerk edits Poland's standard rate to 25% (wrongly, for all time).
    auto rates = w.f->company->company().taxRates();
    QVERIFY(rates);
    bool edited = false;
    for (tax::TaxRate rate : *rates) {
        if (rate.country == QStringLiteral("PL") && rate.taxClass == tax::TaxClass::Standard) {
            rate.rateBp = 2500;
            QVERIFY(w.f->company->company().saveTaxRate(rate));
            edited = true;
        }
    }
    QVERIFY(edited);
    invoicing::CreditRequest request;
    request.invoiceId = invoice->id;
    auto note = invoices(w).credit(request);
    QVERIFY2(note, note ? "" : qPrintable(note.error().message));
    QCOMPARE(minor(note->taxTotal), -2300);
    QCOMPARE(note->taxes.first().rateBp, 2300);
}

void tst_InvoiceService::datesOfIssueAndCorrection()
{
    World w = world(d("2026-11-21"));
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    const Document a = draft(w, w.pl, {line(QStringLiteral("A"), 1, 10000)}, d("2026-11-10"));
    auto future = invoices(w).issue(a.id, d("2026-11-22"));
    QVERIFY2(!future, "a later issue date would block the series until then");
    auto invoice = invoices(w).issue(a.id, d("2026-11-20"));
    QVERIFY(invoice);
    QCOMPARE(invoice->supplyFrom, d("2026-11-10")); // a line without a period was supplied on the draft's day
    invoicing::CreditRequest request;
    request.invoiceId = invoice->id;
    request.issueDate = d("2026-11-19");
    auto early = invoices(w).credit(request);
    QVERIFY2(!early, "a credit note cannot predate the invoice it corrects");
}

void tst_InvoiceService::creditBeyondThePaidBalanceBecomesCustomerCredit()
{
    World w = world();
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    const Document a = draft(w, w.pl, {line(QStringLiteral("A"), 1, 10000)});
    auto invoice = invoices(w).issue(a.id);
    QVERIFY(invoice);
    invoicing::PaymentRequest payment;
    payment.customerId = w.pl;
    payment.currency = QStringLiteral("EUR");
    payment.amountMinor = 12300;
    QVERIFY(w.f->company->payments().record(payment));
    QCOMPARE(invoices(w).document(invoice->id)->status(d("2026-11-21")), DocumentStatus::Paid);
    invoicing::CreditRequest request;
    request.invoiceId = invoice->id;
    auto note = invoices(w).credit(request);
    QVERIFY2(note, note ? "" : qPrintable(note.error().message));
    // The invoice was paid: all 123.00 become customer credit, and the next invoice takes it.
    auto balances = w.f->company->payments().creditBalances(w.pl);
    QCOMPARE(minor(balances->value(QStringLiteral("EUR"))), 12300);
    const Document b = draft(w, w.pl, {line(QStringLiteral("B"), 1, 5000)});
    auto next = invoices(w).issue(b.id);
    QVERIFY(next);
    QCOMPARE(minor(next->creditApplied), 6150);
    QCOMPARE(next->status(d("2026-11-21")), DocumentStatus::Paid);
    QCOMPARE(minor(w.f->company->payments().creditBalances(w.pl)->value(QStringLiteral("EUR"))), 6150);
}

void tst_InvoiceService::uncollectibleOnlyForAnOpenInvoice()
{
    World w = world();
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    const Document a = draft(w, w.pl, {line(QStringLiteral("A"), 1, 10000)});
    QVERIFY2(!invoices(w).markUncollectible(a.id), "a draft cannot be written off");
    auto invoice = invoices(w).issue(a.id);
    QVERIFY(invoices(w).markUncollectible(invoice->id));
    QCOMPARE(invoices(w).document(invoice->id)->status(d("2026-11-21")), DocumentStatus::Uncollectible);
    QVERIFY2(!invoices(w).markUncollectible(invoice->id), "written off once");
}

void tst_InvoiceService::applyCreditByHand()
{
    World w = world();
    QVERIFY2(w.f->error.isEmpty(), qPrintable(w.f->error));
    company::InvoicingSettings settings;
    settings.applyCreditOnIssue = false;
    QVERIFY(w.f->company->company().saveInvoicingSettings(settings));
    invoicing::PaymentRequest prepayment;
    prepayment.customerId = w.pl;
    prepayment.currency = QStringLiteral("EUR");
    prepayment.amountMinor = 5000; // no open invoice: all of it becomes credit
    auto paid = w.f->company->payments().record(prepayment);
    QVERIFY2(paid, paid ? "" : qPrintable(paid.error().message));
    QCOMPARE(minor(paid->toCredit), 5000);
    const Document a = draft(w, w.pl, {line(QStringLiteral("A"), 1, 10000)});
    auto invoice = invoices(w).issue(a.id);
    QCOMPARE(minor(invoice->creditApplied), 0); // the setting is off
    auto applied = invoices(w).applyCredit(invoice->id, 2000);
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
    QCOMPARE(minor(*applied), 2000);
    auto rest = invoices(w).applyCredit(invoice->id);
    QCOMPARE(minor(*rest), 3000);
    QCOMPARE(minor(invoices(w).document(invoice->id)->balance()), 12300 - 5000);
    QVERIFY2(!invoices(w).applyCredit(invoice->id), "no credit left");
}

QTEST_GUILESS_MAIN(tst_InvoiceService)
#include "tst_invoiceservice.moc"
