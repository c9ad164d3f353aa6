#include "OutputFixture.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

using namespace subdesk;
using namespace subdesk::billing;
using subdesk::tax::TaxCategory;

namespace outputfixture {

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

Party party(const QString& name, const QStringList& street, const QString& postal, const QString& city,
            const QString& country, const QString& vatId)
{
    Party p;
    p.name = name;
    p.streetLines = street;
    p.postalCode = postal;
    p.city = city;
    p.country = country;
    p.vatId = vatId;
    return p;
}

Sample domesticPl()
{
    const QDate from = d(2026, 2, 1), to = d(2026, 3, 1);
    Document doc = issued(
        DocumentKind::Invoice, QStringLiteral("FV/2026/00042"), QStringLiteral("PLN"),
        {{QStringLiteral("Abonament Pro (miesięczny)"), 1, 24900, 0, TaxCategory::Standard, 2300, from, to},
         {QStringLiteral("Dodatkowe stanowisko"), 3, 4900, 0, TaxCategory::Standard, 2300, from, to},
         {QStringLiteral("Szkolenie — materiały drukowane"), 2, 3550, 0, TaxCategory::Standard, 800, from, to},
         {QStringLiteral("Wdrożenie (jednorazowo)"), 1, 0, 120000, TaxCategory::Standard, 2300, QDate(), QDate()}});
    doc.seller = seller(QStringLiteral("PL"));
    doc.buyer =
        party(QStringLiteral("Kwiaciarnia Różana Sp. z o.o."), {QStringLiteral("ul. Kwiatowa 7 lok. 2")},
              QStringLiteral("30-001"), QStringLiteral("Kraków"), QStringLiteral("PL"), QStringLiteral("PL6762464455"));
    doc.buyer.contact = QStringLiteral("Anna Nowak");
    doc.buyer.email = QStringLiteral("faktury@rozana.example.pl");
    doc.language = QStringLiteral("pl");
    doc.issueDate = d(2026, 3, 2);
    doc.dueDate = d(2026, 3, 16);
    doc.supplyFrom = from;
    doc.supplyTo = to;
    doc.paymentReference = QStringLiteral("RF18539007547034");
    doc.note = QStringLiteral("Dziękujemy za współpracę.");
    doc.paid = Money(10000, doc.currency);
    return {QStringLiteral("domestic-pl"), doc};
}

Sample reverseChargeDe()
{
    const QDate from = d(2026, 1, 1), to = d(2026, 4, 1);
    Document doc =
        issued(DocumentKind::Invoice, QStringLiteral("RE-2026-0107"), QStringLiteral("EUR"),
               {{QStringLiteral("Business plan (quarterly)"), 1, 89000, 0, TaxCategory::ReverseCharge, 0, from, to},
                {QStringLiteral("API calls over quota (12,500 × 0.004)"), 1, 0, 5000, TaxCategory::ReverseCharge, 0,
                 d(2025, 12, 1), d(2026, 1, 1)}});
    doc.taxes[0].exemptionCode = QStringLiteral("VATEX-EU-AE");
    doc.seller = seller(QStringLiteral("DE"));
    doc.buyer = party(QStringLiteral("Atelier Lumière SARL"),
                      {QStringLiteral("12 rue des Lilas"), QStringLiteral("Bâtiment B")}, QStringLiteral("69003"),
                      QStringLiteral("Lyon"), QStringLiteral("FR"), QStringLiteral("FR40303265045"));
    doc.buyer.eInvoiceEndpoint = QStringLiteral("0009:30326504500016");
    doc.language = QStringLiteral("de");
    doc.issueDate = d(2026, 1, 2);
    doc.dueDate = d(2026, 2, 1);
    doc.supplyFrom = from;
    doc.supplyTo = to;
    doc.paymentReference = QStringLiteral("RF712348231");
    doc.creditApplied = Money(5000, doc.currency);
    return {QStringLiteral("reverse-charge-de-fr"), doc};
}

Sample exemptSeller()
{
    const QDate from = d(2026, 5, 1), to = d(2026, 6, 1);
    Document doc = issued(DocumentKind::Invoice, QStringLiteral("2026/015"), QStringLiteral("EUR"),
                          {{QStringLiteral("Consulenza mensile"), 1, 45000, 0, TaxCategory::Exempt, 0, from, to},
                           {QStringLiteral("Sconto fedeltà"), 1, 0, -2500, TaxCategory::Exempt, 0, from, to}});
    doc.taxes[0].exemptionText = QStringLiteral("Operazione senza applicazione dell'IVA, art. 1, commi 54-89, "
                                                "L. 190/2014 (regime forfettario)");
    doc.seller = seller(QStringLiteral("IT"));
    doc.buyer = party(QStringLiteral("Trattoria Da Gino"), {QStringLiteral("Via Roma 21")}, QStringLiteral("40121"),
                      QStringLiteral("Bologna"), QStringLiteral("IT"), QString());
    doc.buyer.region = QStringLiteral("BO");
    doc.language = QStringLiteral("it");
    doc.issueDate = d(2026, 6, 1);
    doc.dueDate = d(2026, 6, 30);
    doc.supplyFrom = from;
    doc.supplyTo = to;
    return {QStringLiteral("exempt-seller-it"), doc};
}

Sample exportCh()
{
    const QDate from = d(2026, 3, 1), to = d(2027, 3, 1);
    Document doc = issued(
        DocumentKind::Invoice, QStringLiteral("INV-2026-00311"), QStringLiteral("EUR"),
        {{QStringLiteral("Enterprise plan (yearly), 25 seats"), 25, 19200, 0, TaxCategory::Export, 0, from, to}});
    doc.seller = seller(QStringLiteral("FI"));
    doc.buyer =
        party(QStringLiteral("Bergbahnen Alpenblick AG"), {QStringLiteral("Bahnhofstrasse 3")}, QStringLiteral("3920"),
              QStringLiteral("Zermatt"), QStringLiteral("CH"), QStringLiteral("CHE-123.456.789 MWST"));
    doc.language = QStringLiteral("en");
    doc.issueDate = d(2026, 3, 1);
    doc.dueDate = d(2026, 3, 31);
    doc.supplyFrom = from;
    doc.supplyTo = to;
    doc.paymentReference = QStringLiteral("RF18539007547034");
    return {QStringLiteral("export-ch"), doc};
}

Sample creditNotePl()
{
    const QDate from = d(2026, 2, 1), to = d(2026, 3, 1);
    Document doc =
        issued(DocumentKind::CreditNote, QStringLiteral("KOR/2026/00007"), QStringLiteral("PLN"),
               {{QStringLiteral("Korekta: Dodatkowe stanowisko"), 1, -4900, 0, TaxCategory::Standard, 2300, from, to},
                {QStringLiteral("Korekta: Szkolenie — materiały drukowane"), 1, -3550, 0, TaxCategory::Standard, 800,
                 from, to}});
    doc.seller = seller(QStringLiteral("PL"));
    doc.buyer = domesticPl().document.buyer;
    doc.language = QStringLiteral("pl");
    doc.issueDate = d(2026, 3, 10);
    doc.supplyFrom = from;
    doc.supplyTo = to;
    doc.correctsId = DocumentId(42);
    doc.correctsNumber = QStringLiteral("FV/2026/00042");
    doc.correctsIssueDate = d(2026, 3, 2);
    doc.note = QStringLiteral("Zwrot za niewykorzystane stanowisko.");
    return {QStringLiteral("credit-note-pl"), doc};
}

Sample persian()
{
    const QDate from = d(2026, 4, 1), to = d(2026, 5, 1);
    Document doc =
        issued(DocumentKind::Invoice, QStringLiteral("INV-2026-00400"), QStringLiteral("EUR"),
               {{QStringLiteral("طرح حرفه‌ای (ماهانه)"), 1, 4900, 0, TaxCategory::Export, 0, from, to},
                {QStringLiteral("Storage add-on 100 GB"), 2, 500, 0, TaxCategory::Export, 0, from, to}});
    doc.seller = seller(QStringLiteral("DE"));
    doc.buyer = party(QStringLiteral("شرکت نمونه"), {QStringLiteral("خیابان ولیعصر ۱۲")}, QStringLiteral("1966"),
                      QStringLiteral("تهران"), QStringLiteral("IR"), QString());
    doc.language = QStringLiteral("fa");
    doc.issueDate = d(2026, 4, 1);
    doc.dueDate = d(2026, 4, 15);
    doc.supplyFrom = from;
    doc.supplyTo = to;
    return {QStringLiteral("persian-fa"), doc};
}

Sample multiPage()
{
    QList<LineSpec> lines;
    const QDate from = d(2026, 7, 1), to = d(2026, 8, 1);
    for (int i = 1; i <= 60; ++i) {
        const int rate = i % 3 == 0 ? 1350 : 2300;
        QString description = QStringLiteral("Workstation licence %1").arg(i, 2, 10, QLatin1Char('0'));
        if (i % 7 == 0)
            description += QStringLiteral(" — extended support with a named engineer, next-business-day on-site "
                                          "response and quarterly health checks");
        lines.append({description, qint64(1 + i % 4), 1500 + i * 25, 0, TaxCategory::Standard, rate, from, to});
    }
    Document doc = issued(DocumentKind::Invoice, QStringLiteral("INV-2026-01000"), QStringLiteral("EUR"), lines);
    doc.seller = seller(QStringLiteral("IE"));
    doc.buyer =
        party(QStringLiteral("Harbour Analytics Ltd"), {QStringLiteral("4 Quay Street")}, QStringLiteral("H91 E2K3"),
              QStringLiteral("Galway"), QStringLiteral("IE"), QStringLiteral("IE6388047V"));
    doc.language = QStringLiteral("en");
    doc.issueDate = d(2026, 8, 1);
    doc.dueDate = d(2026, 8, 31);
    doc.supplyFrom = from;
    doc.supplyTo = to;
    doc.paymentReference = QStringLiteral("RF712348231");
    return {QStringLiteral("multi-page-60-lines"), doc};
}

Sample jpy()
{
    const QDate from = d(2026, 9, 1), to = d(2026, 10, 1);
    Document doc = issued(DocumentKind::Invoice, QStringLiteral("JP-2026-0009"), QStringLiteral("JPY"),
                          {{QStringLiteral("Team plan (monthly)"), 5, 1980, 0, TaxCategory::Standard, 1000, from, to},
                           {QStringLiteral("Usage: 1,234 exports"), 1, 0, 617, TaxCategory::Standard, 1000, from, to}});
    doc.seller = seller(QStringLiteral("JP"));
    doc.buyer =
        party(QStringLiteral("Sakura Design K.K."), {QStringLiteral("2-1-1 Nihonbashi")}, QStringLiteral("103-0027"),
              QStringLiteral("Chuo-ku, Tokyo"), QStringLiteral("JP"), QStringLiteral("JP9876543210987"));
    doc.language = QStringLiteral("en");
    doc.issueDate = d(2026, 10, 1);
    doc.dueDate = d(2026, 10, 31);
    doc.supplyFrom = from;
    doc.supplyTo = to;
    return {QStringLiteral("jpy-no-decimals"), doc};
}

} // namespace

Document issued(DocumentKind kind, const QString& number, const QString& currency, const QList<LineSpec>& lines)
{
    Document doc;
    doc.id = DocumentId(number.size() + 1000);
    doc.customerId = CustomerId(7);
    doc.kind = kind;
    doc.state = DocumentState::Issued;
    doc.currency = *Currency::fromCode(currency);
    doc.number = number;
    doc.seriesId = 1;
    const Money zero = Money::zero(doc.currency);
    doc.creditApplied = doc.paid = doc.credited = zero;
    qint64 net = 0;
    int position = 0;
    for (const LineSpec& spec : lines) {
        DocumentLine line;
        line.position = ++position;
        line.item.description = spec.description;
        line.item.quantity = spec.quantity;
        line.item.kind = LineKind::Plan;
        line.item.periodStart = spec.periodStart;
        line.item.periodEnd = spec.periodEnd;
        const qint64 amount = spec.unitMinor != 0 ? spec.quantity * spec.unitMinor : spec.amountMinor;
        if (spec.unitMinor != 0)
            line.unitPriceMinor = spec.unitMinor;
        line.item.amount = Money(amount, doc.currency);
        line.net = line.item.amount;
        line.taxCategory = spec.category;
        line.taxRateBp = spec.rateBp;
        doc.lines.append(line);
        net += amount;
        // Groups in the order their first line appears, tax rounded once per group (BILLING.md §8).
        auto group = std::find_if(doc.taxes.begin(), doc.taxes.end(), [&](const TaxGroup& g) {
            return g.category == spec.category && g.rateBp == spec.rateBp;
        });
        if (group == doc.taxes.end()) {
            TaxGroup g;
            g.category = spec.category;
            g.rateBp = spec.rateBp;
            g.taxable = zero;
            g.tax = zero;
            doc.taxes.append(g);
            group = doc.taxes.end() - 1;
        }
        group->taxable = *group->taxable.add(line.net);
    }
    qint64 tax = 0;
    for (TaxGroup& g : doc.taxes) {
        g.tax = *g.taxable.scaled(g.rateBp, 10000);
        tax += g.tax.minorUnits();
    }
    doc.netTotal = Money(net, doc.currency);
    doc.taxTotal = Money(tax, doc.currency);
    doc.total = Money(net + tax, doc.currency);
    if (!lines.isEmpty()) {
        doc.date = lines.first().periodStart.isValid() ? lines.first().periodStart : QDate(2026, 1, 1);
    }
    doc.issuedAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    return doc;
}

Party seller(const QString& country)
{
    Party p;
    if (country == QLatin1String("PL")) {
        p = party(QStringLiteral("Chmurka Software Sp. z o.o."), {QStringLiteral("ul. Marszałkowska 126/134")},
                  QStringLiteral("00-008"), QStringLiteral("Warszawa"), QStringLiteral("PL"),
                  QStringLiteral("PL5260250995"));
        p.registrationId = QStringLiteral("KRS 0000123456");
        p.email = QStringLiteral("billing@chmurka.example.pl");
        p.phone = QStringLiteral("+48 22 555 01 23");
        p.iban = QStringLiteral("PL61109010140000071219812874");
        p.bic = QStringLiteral("WBKPPLPP");
        p.bankName = QStringLiteral("Santander Bank Polska");
    } else if (country == QLatin1String("DE")) {
        p = party(QStringLiteral("Wolkenwerk GmbH"), {QStringLiteral("Torstraße 140")}, QStringLiteral("10119"),
                  QStringLiteral("Berlin"), QStringLiteral("DE"), QStringLiteral("DE136695976"));
        p.registrationId = QStringLiteral("HRB 123456 B");
        p.contact = QStringLiteral("Jana Schulz");
        p.email = QStringLiteral("rechnung@wolkenwerk.example.de");
        p.eInvoiceEndpoint = QStringLiteral("0204:991-01234-56");
        p.iban = QStringLiteral("DE89370400440532013000");
        p.bic = QStringLiteral("COBADEFFXXX");
        p.bankName = QStringLiteral("Commerzbank");
    } else if (country == QLatin1String("IT")) {
        p = party(QStringLiteral("Studio Bianchi di Marco Bianchi"), {QStringLiteral("Via dell'Indipendenza 8")},
                  QStringLiteral("40121"), QStringLiteral("Bologna"), QStringLiteral("IT"), QString());
        p.registrationId = QStringLiteral("BNCMRC80A01A944X");
        p.email = QStringLiteral("marco@studiobianchi.example.it");
        p.iban = QStringLiteral("IT60X0542811101000000123456");
        p.bic = QStringLiteral("BPMOIT22XXX");
    } else if (country == QLatin1String("FI")) {
        p = party(QStringLiteral("Revontuli Systems Oy"), {QStringLiteral("Mannerheimintie 12 B")},
                  QStringLiteral("00100"), QStringLiteral("Helsinki"), QStringLiteral("FI"),
                  QStringLiteral("FI20774740"));
        p.registrationId = QStringLiteral("2077474-0");
        p.email = QStringLiteral("laskutus@revontuli.example.fi");
        p.iban = QStringLiteral("FI2112345600000785");
        p.bic = QStringLiteral("NDEAFIHH");
        p.bankName = QStringLiteral("Nordea");
    } else if (country == QLatin1String("IE")) {
        p = party(QStringLiteral("Cliste Cloud Ltd"),
                  {QStringLiteral("Unit 5, Docklands Innovation Park"), QStringLiteral("128 East Wall Road")},
                  QStringLiteral("D03 H5Y8"), QStringLiteral("Dublin 3"), QStringLiteral("IE"),
                  QStringLiteral("IE6388047V"));
        p.vatId = QStringLiteral("IE3668997OH");
        p.email = QStringLiteral("accounts@cliste.example.ie");
        p.iban = QStringLiteral("IE29AIBK93115212345678");
        p.bic = QStringLiteral("AIBKIE2D");
        p.bankName = QStringLiteral("AIB");
    } else {
        p = party(QStringLiteral("Kumo Works G.K."), {QStringLiteral("1-2-3 Shibuya")}, QStringLiteral("150-0002"),
                  QStringLiteral("Shibuya-ku, Tokyo"), QStringLiteral("JP"), QStringLiteral("JP1234567890123"));
        p.email = QStringLiteral("billing@kumo.example.jp");
    }
    return p;
}

QList<Sample> samples()
{
    return {domesticPl(), reverseChargeDe(), exemptSeller(), exportCh(), creditNotePl(), persian(), multiPage(), jpy()};
}

Sample sample(const QString& name)
{
    for (const Sample& s : samples()) {
        if (s.name == name)
            return s;
    }
    return {};
}

QStringList texts(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* text : list)
        out << QString::fromUtf8(text);
    return out;
}

QByteArray logoPng()
{
    QImage image(360, 120, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x1f, 0x6f, 0xeb));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(8, 16, 88, 88));
    painter.setBrush(QColor(0x8f, 0xc3, 0xff));
    painter.drawEllipse(QRectF(56, 36, 68, 68));
    painter.setBrush(QColor(0x33, 0x33, 0x33));
    painter.drawRoundedRect(QRectF(140, 44, 200, 14), 7, 7);
    painter.drawRoundedRect(QRectF(140, 70, 140, 14), 7, 7);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace outputfixture
