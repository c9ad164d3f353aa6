// Times the customer CSV import of a large file: parse, plan (validation), store, and the total.
// Prints figures only; it fails (exit 1) when the import itself breaks, never because it is slow.
//
// Usage: bench_customer_import [rows]   (default 100000)

#include "common/Clock.h"
#include "customers/BankIdentifiers.h"
#include "customers/CustomerService.h"
#include "io/CsvWriter.h"
#include "io/CustomerColumnNames.h"
#include "io/CustomerCsvImporter.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace subdesk;
using customers::CustomerField;

namespace {

constexpr double kTargetSeconds = 3.0;

struct CountryData
{
    const char* code;
    const char* language;
    const char* currency;
    const char* cities; ///< '|'-separated
    const char* streets;
    const char* bicBank; ///< four letters; the BIC is bank + country + "XX"
};

const CountryData kCountries[] = {
    {"FI", "fi", "EUR", "Helsinki|Espoo|Tampere|Turku|Oulu", "Mannerheimintie|Hämeenkatu|Aleksanterinkatu", "NDEA"},
    {"PL", "pl", "PLN", "Warszawa|Kraków|Łódź|Wrocław|Gdańsk", "ul. Marszałkowska|ul. Długa|ul. Piotrkowska", "BREX"},
    {"IT", "it", "EUR", "Milano|Roma|Torino|Firenze|Città di Castello", "Via Roma|Corso Italia|Via Garibaldi", "BPMO"},
    {"DE", "en", "EUR", "Berlin|München|Köln|Hamburg", "Hauptstraße|Friedrichstraße|Schillerstraße", "DEUT"},
    {"FR", "en", "EUR", "Paris|Lyon|Marseille|Nantes", "Rue de la Paix|Avenue Foch|Rue Victor Hugo", "BNPA"},
    {"ES", "en", "EUR", "Madrid|Barcelona|Sevilla|Valencia", "Calle Mayor|Gran Vía|Calle de Alcalá", "CAIX"},
    {"NL", "en", "EUR", "Amsterdam|Rotterdam|Utrecht|Den Haag", "Damrak|Coolsingel|Oudegracht", "ABNA"},
    {"SE", "en", "SEK", "Stockholm|Göteborg|Malmö|Uppsala", "Drottninggatan|Kungsgatan|Storgatan", "ESSE"},
    {"AT", "en", "EUR", "Wien|Graz|Linz|Salzburg", "Mariahilfer Straße|Ringstraße|Herrengasse", "BKAU"},
    {"BE", "en", "EUR", "Bruxelles|Antwerpen|Gent|Liège", "Rue Neuve|Meir|Veldstraat", "GEBA"},
};

QString pick(const char* list, QRandomGenerator& rng)
{
    const QStringList items = QString::fromUtf8(list).split(QLatin1Char('|'));
    return items.at(int(rng.bounded(quint32(items.size()))));
}

QString digits(qint64 value, int width)
{
    return QString::number(value).rightJustified(width, QLatin1Char('0')).right(width);
}

/** A VAT ID in the country's syntax, unique per row number. */
QString vatId(const QString& country, int row)
{
    const qint64 n = 100000 + row;
    if (country == QLatin1String("FI"))
        return QStringLiteral("FI") + digits(n, 8);
    if (country == QLatin1String("PL"))
        return QStringLiteral("PL") + digits(n, 10);
    if (country == QLatin1String("IT"))
        return QStringLiteral("IT") + digits(n, 11);
    if (country == QLatin1String("DE"))
        return QStringLiteral("DE") + digits(n, 9);
    if (country == QLatin1String("FR"))
        return QStringLiteral("FR12") + digits(n, 9);
    if (country == QLatin1String("ES"))
        return QStringLiteral("ESB") + digits(n, 7) + QLatin1Char('A');
    if (country == QLatin1String("NL"))
        return QStringLiteral("NL") + digits(n, 9) + QStringLiteral("B01");
    if (country == QLatin1String("SE"))
        return QStringLiteral("SE") + digits(n, 10) + QStringLiteral("01");
    if (country == QLatin1String("AT"))
        return QStringLiteral("ATU") + digits(n, 8);
    return QStringLiteral("BE0") + digits(n, 9);
}

/** A BBAN of the country's IBAN length (digits only, or with the letters some countries need). */
QString bban(const QString& country, QRandomGenerator& rng)
{
    const auto number = [&rng](int width) {
        QString s;
        for (int i = 0; i < width; ++i)
            s += QChar(u'0' + int(rng.bounded(10)));
        return s;
    };
    if (country == QLatin1String("IT"))
        return QStringLiteral("X") + number(22);
    if (country == QLatin1String("NL"))
        return QStringLiteral("ABNA") + number(10);
    if (country == QLatin1String("FR"))
        return number(23);
    static const QHash<QString, int> lengths = {
        {QStringLiteral("FI"), 14}, {QStringLiteral("PL"), 24}, {QStringLiteral("DE"), 18}, {QStringLiteral("ES"), 20},
        {QStringLiteral("SE"), 20}, {QStringLiteral("AT"), 16}, {QStringLiteral("BE"), 12},
    };
    return number(lengths.value(country));
}

/** Writes a customers CSV with SubDesk's export header and rows varied over ten EU countries. */
QByteArray generateCsv(int rows)
{
    QRandomGenerator rng(20260315);
    io::CsvWriter writer;
    QStringList cells;
    for (const CustomerField field : customers::allCustomerFields())
        cells.append(io::CustomerColumnNames::englishLabel(field));
    writer.addRecord(cells);

    const QStringList segments = {QStringLiteral("SMB"), QStringLiteral("Enterprise"), QStringLiteral("Public"),
                                  QString()};
    const QStringList tags = {QStringLiteral("newsletter"), QStringLiteral("vip"), QStringLiteral("reseller"),
                              QStringLiteral("late payer"), QStringLiteral("partner")};
    const QDateTime epoch(QDate(2018, 1, 1), QTime(0, 0), Qt::UTC);
    const qsizetype fieldCount = customers::allCustomerFields().size();
    for (int row = 0; row < rows; ++row) {
        const CountryData& cd = kCountries[row % std::size(kCountries)];
        const QString country = QString::fromLatin1(cd.code);
        const bool individual = rng.bounded(5) == 0;
        const quint32 channelDraw = rng.bounded(10);
        const bool paper = channelDraw == 0;
        const bool einvoice = !individual && channelDraw == 1;
        const bool sepa = rng.bounded(3) == 0;
        const QString slug = QStringLiteral("customer%1").arg(row);

        cells = QStringList(fieldCount);
        const auto set = [&cells](CustomerField f, const QString& v) { cells[int(f)] = v; };
        set(CustomerField::DisplayName,
            individual ? QStringLiteral("Person %1").arg(row) : QStringLiteral("Company %1 %2").arg(row).arg(country));
        set(CustomerField::Kind, individual ? QStringLiteral("individual") : QStringLiteral("business"));
        set(CustomerField::ContactPerson, individual ? QString() : QStringLiteral("Contact %1").arg(row));
        set(CustomerField::Emails,
            rng.bounded(4) == 0 ? QStringLiteral("%1@example.com; billing.%1@example.com").arg(slug)
                                : QStringLiteral("%1@example.com").arg(slug));
        set(CustomerField::Phone, QStringLiteral("+%1 %2").arg(30 + row % 20).arg(digits(rng.bounded(100000000), 8)));
        set(CustomerField::Street, pick(cd.streets, rng) + QLatin1Char(' ') + QString::number(1 + rng.bounded(200)));
        set(CustomerField::PostalCode, digits(rng.bounded(100000), 5));
        set(CustomerField::City, pick(cd.cities, rng));
        set(CustomerField::Country, country);
        set(CustomerField::VatId, individual ? QString() : vatId(country, row));
        set(CustomerField::Language, QString::fromLatin1(cd.language));
        set(CustomerField::Currency, QString::fromLatin1(cd.currency));
        set(CustomerField::PaymentTerms, QString::number(7 * (1 + rng.bounded(4))));
        if (sepa) {
            set(CustomerField::PaymentMethod, QStringLiteral("sepa_direct_debit"));
            set(CustomerField::Iban, customers::bank::ibanWithCheckDigits(country, bban(country, rng)));
            set(CustomerField::Bic, QString::fromLatin1(cd.bicBank) + country + QStringLiteral("XX"));
            set(CustomerField::MandateReference, QStringLiteral("MNDT-%1").arg(row));
            set(CustomerField::MandateSignedOn, QDate(2020, 1, 1).addDays(rng.bounded(1500)).toString(Qt::ISODate));
        } else {
            set(CustomerField::PaymentMethod,
                rng.bounded(2) ? QStringLiteral("bank_transfer") : QStringLiteral("card"));
        }
        set(CustomerField::PreferredChannel,
            paper          ? QStringLiteral("paper")
                : einvoice ? QStringLiteral("einvoice")
                           : QStringLiteral("email"));
        if (einvoice)
            set(CustomerField::EInvoiceEndpoint, QStringLiteral("0088:%1").arg(digits(5790000000000 + row, 13)));
        set(CustomerField::Segment, segments.at(int(rng.bounded(quint32(segments.size())))));
        set(CustomerField::Tags,
            tags.at(int(rng.bounded(quint32(tags.size())))) + QStringLiteral(", ")
                + tags.at(int(rng.bounded(quint32(tags.size())))));
        if (rng.bounded(10) == 0)
            set(CustomerField::Notes, QStringLiteral("Call before \"delivery\", please;\nsecond line"));
        set(CustomerField::Status, rng.bounded(20) == 0 ? QStringLiteral("archived") : QStringLiteral("active"));
        set(CustomerField::Created, epoch.addSecs(qint64(rng.bounded(250000000))).toString(Qt::ISODate));
        writer.addRecord(cells);
    }
    return writer.toUtf8(true);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    if (rows <= 0) {
        std::fprintf(stderr, "usage: bench_customer_import [rows]\n");
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder\n");
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    const QByteArray csv = generateCsv(rows);
    const QString csvPath = dir.filePath(QStringLiteral("customers.csv"));
    QFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(csvPath));
        return 1;
    }
    file.close();
    std::printf("generated %d rows, %.1f MB, in %.2f s\n", rows, double(csv.size()) / 1e6, timer.elapsed() / 1000.0);

    const SystemClock clock;
    auto company =
        storage::CompanyFile::open(dir.filePath(QStringLiteral("bench.subdesk")), storage::Database::Options(), clock);
    if (!company) {
        std::fprintf(stderr, "cannot open the company file: %s\n", qPrintable(company.error().message));
        return 1;
    }
    customers::CustomerService& service = (*company)->customers();

    timer.restart();
    auto importer = io::CustomerCsvImporter::load(csvPath);
    const qint64 parseMs = timer.restart();
    if (!importer) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(importer.error().message));
        return 1;
    }
    const io::CustomerImportPlan plan = importer->plan(service.validator());
    const qint64 validateMs = timer.restart();
    if (plan.hasProblems() || plan.customers.size() != rows) {
        std::fprintf(stderr, "the generated file has %d bad rows, e.g. %s\n", int(plan.problems.size()),
                     plan.problems.isEmpty() ? "(none)" : qPrintable(plan.problems.constFirst().message()));
        return 1;
    }
    const auto ids = io::CustomerCsvImporter::commit(plan, service, io::CustomerCsvImporter::Mode::AllOrNothing);
    const qint64 storeMs = timer.restart();
    if (!ids || ids->size() != rows) {
        std::fprintf(stderr, "commit failed: %s\n", ids ? "wrong count" : qPrintable(ids.error().message));
        return 1;
    }

    const double total = double(parseMs + validateMs + storeMs) / 1000.0;
    std::printf("import %d rows: parse %.2f s, validate %.2f s, store %.2f s, total %.2f s (target <= %.0f s)%s\n",
                rows, parseMs / 1000.0, validateMs / 1000.0, storeMs / 1000.0, total, kTargetSeconds,
                rows == 100000 && total > kTargetSeconds ? " SLOWER THAN TARGET" : "");
    return 0;
}
