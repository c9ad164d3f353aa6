#include "DemoCompany.h"

#include "DemoCheckDigits.h"
#include "DemoCountries.h"
#include "DemoDraw.h"
#include "customers/BankIdentifiers.h"

#include <QTime>

#include <cmath>

namespace subdesk::demo {

using namespace customers;
using detail::CountryProfile;
using detail::Draw;
using detail::Words;

namespace {

constexpr int kHistoryDays = 5 * 365;

struct Person
{
    QString first;
    QString last;
    QString firstAscii;
    QString lastAscii;

    QString fullName() const { return first + QLatin1Char(' ') + last; }
};

struct Company
{
    QString name;
    QStringList domainParts; ///< ASCII words the web domain is made of
    bool international = false;
};

const QStringList kBusinessSegments = {QStringLiteral("SMB"),
                                       QStringLiteral("Enterprise"),
                                       QStringLiteral("Startup"),
                                       QStringLiteral("Agency"),
                                       QStringLiteral("Non-profit"),
                                       QStringLiteral("Education"),
                                       QString()};
const int kBusinessSegmentWeights[] = {40, 10, 14, 12, 8, 7, 9};

const QStringList kNotes = {
    QStringLiteral("Purchase order number required on every invoice."),
    QStringLiteral("Prefers invoices at the start of the month."),
    QStringLiteral("Annual contract; renewal negotiated in Q4."),
    QStringLiteral("Call the finance contact before sending a reminder."),
    QStringLiteral("Migrated from the previous billing system."),
    QStringLiteral("Invoices to the attention of the finance department."),
};

class Generator
{
public:
    Generator(quint32 seed, QDate today)
        : m_draw(seed)
        , m_today(today)
        , m_countries(detail::countryProfiles())
    {
        for (const CountryProfile& p : m_countries)
            m_totalWeight += p.weight;
    }

    Customer next(int index);

private:
    const CountryProfile& drawCountry();
    Person drawPerson(const CountryProfile& country, bool persian);
    Company drawCompany(const CountryProfile& country, const QString& segment);
    QString drawStreet(const CountryProfile& country);
    QString drawVatId(const CountryProfile& country);
    QString drawIban(const CountryProfile& country, const detail::Bank& bank);
    QString eInvoiceEndpoint(const CountryProfile& country, const QString& vatId);
    QString domainFor(const CountryProfile& country, const Company& company);
    QString personalMailbox(const Person& person);

    Draw m_draw;
    QDate m_today;
    const QList<CountryProfile>& m_countries;
    int m_totalWeight = 0;
};

const CountryProfile& Generator::drawCountry()
{
    int r = m_draw.below(m_totalWeight);
    for (const CountryProfile& p : m_countries) {
        if (r < p.weight)
            return p;
        r -= p.weight;
    }
    return m_countries.constLast();
}

Person Generator::drawPerson(const CountryProfile& country, bool persian)
{
    const bool female = m_draw.percent(50);
    const Words& firstNames = persian ? (female ? detail::persianFemaleNames() : detail::persianMaleNames())
                                      : (female ? country.femaleNames : country.maleNames);
    const Words& lastNames = persian ? detail::persianLastNames()
        : female                     ? country.lastNamesFemale
                                     : country.lastNames;
    const int f = m_draw.below(int(firstNames.size()));
    const int l = m_draw.below(int(lastNames.size()));
    Person p {firstNames.text.at(f), lastNames.text.at(l), firstNames.ascii.at(f), lastNames.ascii.at(l)};
    if (country.twoSurnames && !persian)
        p.last += QLatin1Char(' ') + m_draw.pick(country.lastNames.text);
    return p;
}

Company Generator::drawCompany(const CountryProfile& country, const QString& segment)
{
    Company c;
    const bool association =
        segment == QLatin1String("Non-profit") || (segment == QLatin1String("Education") && m_draw.percent(50));
    if (association) {
        const int w = m_draw.below(int(country.associationWords.size()));
        const int b = m_draw.below(int(country.brands.size()));
        c.name = country.associationPattern.arg(country.associationWords.text.at(w), country.brands.text.at(b));
        c.domainParts = {country.brands.ascii.at(b), country.associationWords.ascii.at(w)};
        return c;
    }
    const bool international = (segment == QLatin1String("Startup") && m_draw.percent(60))
        || (segment == QLatin1String("Agency") && m_draw.percent(40));
    QString base;
    if (international) {
        const QString& prefix = m_draw.pick(detail::startupPrefixes());
        const QString& suffix = m_draw.pick(detail::startupSuffixes());
        base = prefix + QLatin1Char(' ') + suffix;
        c.domainParts = {prefix.toLower() + suffix.toLower()};
        c.international = true;
    } else {
        const int l = m_draw.below(int(country.lastNames.size()));
        const QString& last = country.lastNames.text.at(l);
        const int shape = m_draw.below(100);
        if (shape < 30) {
            base = last;
            c.domainParts = {country.lastNames.ascii.at(l)};
        } else if (shape < 60) {
            const int w = m_draw.below(int(country.businessWords.size()));
            const QString& word = country.businessWords.text.at(w);
            base = country.wordFirst ? word + QLatin1Char(' ') + last : last + QLatin1Char(' ') + word;
            c.domainParts = {country.lastNames.ascii.at(l), country.businessWords.ascii.at(w)};
            if (country.wordFirst)
                std::swap(c.domainParts[0], c.domainParts[1]);
        } else if (shape < 88) {
            const int w = m_draw.below(int(country.businessWords.size()));
            const int b = m_draw.below(int(country.brands.size()));
            const QString& word = country.businessWords.text.at(w);
            const QString& brand = country.brands.text.at(b);
            base = country.wordFirst ? word + QLatin1Char(' ') + brand : brand + QLatin1Char(' ') + word;
            c.domainParts = {country.brands.ascii.at(b), country.businessWords.ascii.at(w)};
        } else {
            int l2 = m_draw.below(int(country.lastNames.size()));
            if (l2 == l) // "Lefèvre & Lefèvre" reads like a mistake
                l2 = (l + 1) % int(country.lastNames.size());
            base = last + QStringLiteral(" & ") + country.lastNames.text.at(l2);
            c.domainParts = {country.lastNames.ascii.at(l), country.lastNames.ascii.at(l2)};
        }
    }
    base[0] = base.at(0).toUpper(); // "de Jong Bouw" starts a name as "De Jong Bouw"
    c.name = base + QLatin1Char(' ') + m_draw.pick(country.legalForms);
    return c;
}

QString Generator::drawStreet(const CountryProfile& country)
{
    const QString& street = m_draw.pick(country.streets);
    const QString number = QString::number(m_draw.percent(80) ? m_draw.between(1, 60) : m_draw.between(61, 250))
        + m_draw.fill(m_draw.pick(country.numberSuffixes));
    switch (country.streetStyle) {
    case detail::StreetStyle::NameNumber:
        return street + QLatin1Char(' ') + number;
    case detail::StreetStyle::NumberName:
        return number + QLatin1Char(' ') + street;
    case detail::StreetStyle::NameCommaNumber:
        return street + QStringLiteral(", ") + number;
    }
    return street;
}

QString Generator::drawVatId(const CountryProfile& country)
{
    for (;;) {
        QString vat = m_draw.fill(country.vatPattern);
        if (detail::fixVatCheckDigits(country.code, vat))
            return vat;
    }
}

QString Generator::drawIban(const CountryProfile& country, const detail::Bank& bank)
{
    for (;;) {
        QString bban = m_draw.fill(bank.bbanPattern);
        if (detail::fixBbanCheckDigits(country.code, bban))
            return bank::ibanWithCheckDigits(country.code, bban);
    }
}

QString Generator::eInvoiceEndpoint(const CountryProfile& country, const QString& vatId)
{
    // Peppol participant identifiers: the scheme (ICD) and the country's usual identifier.
    const QString& code = country.code;
    if (code == QLatin1String("FI"))
        return QStringLiteral("0216:0037") + vatId.mid(2); // OVT code
    if (code == QLatin1String("IT"))
        return QStringLiteral("0211:") + vatId;
    if (code == QLatin1String("BE"))
        return QStringLiteral("0208:") + vatId.mid(2);
    if (code == QLatin1String("NL"))
        return QStringLiteral("0106:") + m_draw.fill(QStringLiteral("########")); // KvK number
    if (code == QLatin1String("SE"))
        return QStringLiteral("0007:") + vatId.mid(2, 10);
    if (code == QLatin1String("DK"))
        return QStringLiteral("0184:") + vatId.mid(2);
    if (code == QLatin1String("NO"))
        return QStringLiteral("0192:") + vatId.mid(2, 9);
    if (code == QLatin1String("DE"))
        return QStringLiteral("9930:") + vatId;
    return {};
}

QString Generator::domainFor(const CountryProfile& country, const Company& company)
{
    int length = 0;
    for (const QString& part : company.domainParts)
        length += int(part.size());
    QString label = company.domainParts.join(length <= 14 ? QString() : QStringLiteral("-"));
    label.truncate(40);
    while (label.endsWith(QLatin1Char('-')))
        label.chop(1);
    if (label.isEmpty())
        label = QStringLiteral("example");
    static const QStringList globalTlds = {QStringLiteral("com"), QStringLiteral("io"), QStringLiteral("eu")};
    const QString& tld = company.international && m_draw.percent(50) ? m_draw.pick(globalTlds) : country.tld;
    return label + QLatin1Char('.') + tld;
}

QString Generator::personalMailbox(const Person& person)
{
    switch (m_draw.below(4)) {
    case 0:
        return person.firstAscii + person.lastAscii + QString::number(m_draw.between(10, 99));
    case 1:
        return person.firstAscii.left(1) + QLatin1Char('.') + person.lastAscii;
    default:
        return person.firstAscii + QLatin1Char('.') + person.lastAscii;
    }
}

Customer Generator::next(int index)
{
    Customer c;
    const CountryProfile& country = drawCountry();
    const bool business = m_draw.percent(75);
    c.kind = business ? CustomerKind::Business : CustomerKind::Individual;
    c.address.country = country.code;

    // Who they are, and how to reach them.
    bool persian = false;
    QString domain;
    if (business) {
        int r = m_draw.below(100);
        int s = 0;
        while (r >= kBusinessSegmentWeights[s])
            r -= kBusinessSegmentWeights[s++];
        c.segment = kBusinessSegments.at(s);
        const Company company = drawCompany(country, c.segment);
        c.displayName = company.name;
        domain = domainFor(country, company);
        const bool hasContact = m_draw.percent(85);
        const Person contact = drawPerson(country, false);
        if (hasContact)
            c.contactPerson = contact.fullName();
        const QString personal = contact.firstAscii + QLatin1Char('.') + contact.lastAscii + QLatin1Char('@') + domain;
        const QString billing = country.billingMailbox + QLatin1Char('@') + domain;
        c.emails.append(m_draw.percent(65) || !hasContact ? billing : personal);
        if (m_draw.percent(20))
            c.emails.append(c.emails.first() == billing && hasContact ? personal : QStringLiteral("info@") + domain);
        c.emails.removeDuplicates();
    } else {
        const int r = m_draw.below(100);
        c.segment = r < 60 ? QString() : r < 85 ? QStringLiteral("Freelancer") : QStringLiteral("Education");
        persian = m_draw.percent(5);
        const Person person = drawPerson(country, persian);
        c.displayName = person.fullName();
        c.emails.append(personalMailbox(person) + QLatin1Char('@') + m_draw.pick(country.mailProviders));
    }
    if (m_draw.percent(90)) {
        // Individuals mostly give a mobile number; the first two patterns of each country are mobiles.
        const int choices = business ? int(country.phonePatterns.size()) : 2;
        c.phone = m_draw.fill(country.phonePatterns.at(m_draw.below(choices)));
    }

    const detail::City& city = m_draw.pick(country.cities);
    c.address.streetLines = {drawStreet(country)};
    c.address.postalCode = m_draw.fill(m_draw.pick(city.postalPatterns));
    c.address.city = city.name;
    c.address.region = city.region;

    // Tax, language and money.
    if (business && m_draw.percent(92))
        c.vatId = drawVatId(country);
    c.language = persian ? QStringLiteral("fa") : country.language;
    if (!persian && c.language != QLatin1String("en") && m_draw.percent(6))
        c.language = QStringLiteral("en");
    c.currency = country.altCurrencyPercent > 0 && m_draw.percent(country.altCurrencyPercent) ? country.altCurrency
                                                                                              : country.currency;
    const int terms = m_draw.below(100);
    if (c.segment == QLatin1String("Enterprise"))
        c.paymentTermsDays = terms < 80 ? 30 : 14;
    else if (business)
        c.paymentTermsDays = terms < 15 ? 7 : terms < 65 ? 14 : 30;
    else
        c.paymentTermsDays = terms < 30 ? 7 : 14;

    // Created over the last five years, more of them recently (the business grows), fewer in the
    // summer holidays and around Christmas than in January and September (the seasons of sales).
    static const int kSeason[12] = {100, 90, 92, 88, 84, 74, 50, 56, 100, 94, 90, 60};
    QDate createdOn;
    do
        createdOn = m_today.addDays(-(1 + int(std::pow(m_draw.unit(), 1.5) * kHistoryDays)));
    while (!m_draw.percent(kSeason[createdOn.month() - 1]));
    c.created = QDateTime(createdOn, QTime(m_draw.between(7, 17), m_draw.below(60), m_draw.below(60)), Qt::UTC);

    // SEPA direct debit exists only for euro payments.
    const bool euro = c.currency == QLatin1String("EUR");
    const int method = m_draw.below(100);
    if (business) {
        c.paymentMethod = method < 50 ? PaymentMethod::BankTransfer
            : method < 75             ? (euro ? PaymentMethod::SepaDirectDebit : PaymentMethod::BankTransfer)
            : method < 93             ? PaymentMethod::Card
                                      : PaymentMethod::Other;
    } else {
        c.paymentMethod = method < 35 ? PaymentMethod::Card
            : method < 65             ? (euro ? PaymentMethod::SepaDirectDebit : PaymentMethod::Card)
            : method < 93             ? PaymentMethod::BankTransfer
                                      : PaymentMethod::Cash;
    }
    if (c.paymentMethod == PaymentMethod::SepaDirectDebit) {
        const detail::Bank& bank = m_draw.pick(country.banks);
        c.sepa.iban = drawIban(country, bank);
        c.sepa.bic = bank.bic;
        c.sepa.signedOn = createdOn.addDays(m_draw.below(int(qMin<qint64>(45, createdOn.daysTo(m_today))) + 1));
        c.sepa.reference =
            QStringLiteral("SD-%1-%2").arg(c.sepa.signedOn.year()).arg(index + 1, 6, 10, QLatin1Char('0'));
    }

    // Delivery: e-invoicing where the country's businesses use it, paper for a few.
    if (business && !c.vatId.isEmpty() && country.eInvoicePercent > 0 && m_draw.percent(country.eInvoicePercent)) {
        c.preferredChannel = DeliveryChannel::EInvoice;
        c.eInvoiceEndpoint = eInvoiceEndpoint(country, c.vatId);
    } else if (m_draw.percent(business ? 7 : 10)) {
        c.preferredChannel = DeliveryChannel::Paper;
        if (!business && m_draw.percent(30))
            c.emails.clear();
    }

    // Tags, notes and status.
    const bool enterprise = c.segment == QLatin1String("Enterprise");
    if (m_draw.percent(35))
        c.tags.append(QStringLiteral("newsletter"));
    if (m_draw.percent(enterprise ? 30 : 4))
        c.tags.append(QStringLiteral("vip"));
    if (business && m_draw.percent(c.segment == QLatin1String("Agency") ? 25 : 3))
        c.tags.append(QStringLiteral("reseller"));
    if (m_draw.percent(6))
        c.tags.append(QStringLiteral("late-payer"));
    if (m_draw.percent(c.segment == QLatin1String("Startup") ? 20 : 5))
        c.tags.append(QStringLiteral("beta"));
    if (business && m_draw.percent(3))
        c.tags.append(QStringLiteral("partner"));
    if (m_draw.percent(8))
        c.notes = m_draw.pick(kNotes);
    if (m_draw.percent(5))
        c.status = CustomerStatus::Archived;
    return c;
}

} // namespace

QList<Customer> DemoCompany::customers(int count, quint32 seed, QDate today)
{
    Q_ASSERT(count >= 0);
    Q_ASSERT(today.isValid());
    QList<Customer> list;
    list.reserve(count);
    Generator generator(seed, today);
    for (int i = 0; i < count; ++i)
        list.append(generator.next(i));
    return list;
}

} // namespace subdesk::demo
