#include "DemoSurveys.h"

#include "DemoCatalog.h"
#include "DemoDraw.h"

#include <QHash>

#include <algorithm>
#include <iterator>

namespace subdesk::demo {

using surveys::SurveyAnswer;
using surveys::SurveyChannel;
using surveys::SurveyKind;

namespace {

/** One theme's praise and complaint in one language. */
struct ThemeText
{
    const char* tag;
    const char* language;
    const char* good;
    const char* bad;
};

// clang-format off
const ThemeText kThemes[] = {
    {"pricing", "en", "Good value for what we pay.", "Too expensive for how much we use it."},
    {"pricing", "fi", "Hinta-laatusuhde on hyvä.", "Liian kallis meidän käyttöömme."},
    {"pricing", "sv", "Prisvärt för det vi får.", "För dyrt för hur lite vi använder det."},
    {"pricing", "de", "Gutes Preis-Leistungs-Verhältnis.", "Zu teuer für unsere Nutzung."},
    {"pricing", "fr", "Bon rapport qualité-prix.", "Trop cher pour notre usage."},
    {"pricing", "nl", "Goede prijs-kwaliteitverhouding.", "Te duur voor hoe weinig we het gebruiken."},
    {"pricing", "es", "Buena relación calidad-precio.", "Demasiado caro para el uso que le damos."},
    {"pricing", "it", "Ottimo rapporto qualità-prezzo.", "Troppo caro per l'uso che ne facciamo."},
    {"pricing", "pl", "Dobry stosunek jakości do ceny.", "Za drogo jak na nasze potrzeby."},
    {"support", "en", "Support answers quickly and really helps.", "Support took days to answer our ticket."},
    {"support", "fi", "Tuki vastaa nopeasti ja auttaa oikeasti.", "Tuki vastasi vasta päivien päästä."},
    {"support", "sv", "Supporten svarar snabbt och hjälper verkligen.", "Supporten tog flera dagar att svara."},
    {"support", "de", "Der Support antwortet schnell und hilft wirklich.", "Der Support hat tagelang nicht geantwortet."},
    {"support", "fr", "Le support répond vite et nous aide vraiment.", "Le support a mis des jours à répondre."},
    {"support", "nl", "De support reageert snel en helpt echt.", "De support deed er dagen over om te antwoorden."},
    {"support", "es", "El soporte responde rápido y ayuda de verdad.", "El soporte tardó días en responder."},
    {"support", "it", "L'assistenza risponde in fretta ed è davvero utile.", "L'assistenza ha impiegato giorni a rispondere."},
    {"support", "pl", "Wsparcie odpowiada szybko i naprawdę pomaga.", "Wsparcie odpowiadało kilka dni."},
    {"performance", "en", "Fast and reliable, never lets us down.", "Slow at month end, pages take ages to load."},
    {"performance", "fi", "Nopea ja luotettava.", "Hidas kuun lopussa, sivut latautuvat ikuisesti."},
    {"performance", "sv", "Snabbt och pålitligt.", "Långsamt vid månadsskiftet."},
    {"performance", "de", "Schnell und zuverlässig.", "Am Monatsende sehr langsam."},
    {"performance", "fr", "Rapide et fiable.", "Très lent en fin de mois."},
    {"performance", "nl", "Snel en betrouwbaar.", "Traag aan het eind van de maand."},
    {"performance", "es", "Rápido y fiable.", "Muy lento a final de mes."},
    {"performance", "it", "Veloce e affidabile.", "Lentissimo a fine mese."},
    {"performance", "pl", "Szybki i niezawodny.", "Bardzo wolny pod koniec miesiąca."},
    {"onboarding", "en", "Setting up took us one afternoon.", "Getting started was confusing, we needed help."},
    {"onboarding", "fi", "Käyttöönotto sujui yhdessä iltapäivässä.", "Käyttöönotto oli sekava."},
    {"onboarding", "sv", "Vi kom igång på en eftermiddag.", "Det var svårt att komma igång."},
    {"onboarding", "de", "Die Einrichtung war an einem Nachmittag erledigt.", "Der Einstieg war verwirrend."},
    {"onboarding", "fr", "Mise en place en un après-midi.", "La prise en main a été compliquée."},
    {"onboarding", "nl", "In één middag ingericht.", "Het opstarten was verwarrend."},
    {"onboarding", "es", "Lo configuramos en una tarde.", "Empezar fue confuso."},
    {"onboarding", "it", "Configurato in un pomeriggio.", "L'avvio è stato confuso."},
    {"onboarding", "pl", "Wdrożenie zajęło jedno popołudnie.", "Początki były skomplikowane."},
    {"invoicing", "en", "Invoices are clear and always on time.", "An invoice had the wrong VAT and took weeks to fix."},
    {"invoicing", "fi", "Laskut ovat selkeitä ja aina ajallaan.", "Laskussa oli väärä ALV."},
    {"invoicing", "sv", "Fakturorna är tydliga och kommer i tid.", "Fel moms på fakturan."},
    {"invoicing", "de", "Rechnungen sind klar und pünktlich.", "Eine Rechnung hatte die falsche Umsatzsteuer."},
    {"invoicing", "fr", "Factures claires et toujours à l'heure.", "Une facture avait une TVA erronée."},
    {"invoicing", "nl", "Facturen zijn duidelijk en op tijd.", "Een factuur had de verkeerde btw."},
    {"invoicing", "es", "Facturas claras y puntuales.", "Una factura tenía el IVA mal."},
    {"invoicing", "it", "Fatture chiare e puntuali.", "Una fattura aveva l'IVA sbagliata."},
    {"invoicing", "pl", "Faktury są przejrzyste i terminowe.", "Faktura miała błędny VAT."},
    {"missing feature", "en", "The new export was exactly what we asked for.", "We still miss an API to connect our CRM."},
    {"missing feature", "fi", "Uusi vienti oli juuri sitä mitä toivoimme.", "Kaipaamme yhä rajapintaa CRM:ään."},
    {"missing feature", "sv", "Den nya exporten var precis vad vi bad om.", "Vi saknar fortfarande ett API till vårt CRM."},
    {"missing feature", "de", "Der neue Export ist genau, was wir wollten.", "Uns fehlt immer noch eine API für unser CRM."},
    {"missing feature", "fr", "Le nouvel export est exactement ce qu'il nous fallait.", "Il nous manque toujours une API pour notre CRM."},
    {"missing feature", "nl", "De nieuwe export is precies wat we vroegen.", "We missen nog steeds een API voor ons CRM."},
    {"missing feature", "es", "La nueva exportación es justo lo que pedimos.", "Seguimos echando en falta una API para el CRM."},
    {"missing feature", "it", "La nuova esportazione è proprio ciò che chiedevamo.", "Manca ancora un'API per il nostro CRM."},
    {"missing feature", "pl", "Nowy eksport to dokładnie to, o co prosiliśmy.", "Wciąż brakuje nam API do CRM."},
};
// clang-format on

/** Themes by weight: what detractors complain about, what promoters praise, what CSAT comments are about. */
struct ThemeWeight
{
    const char* tag;
    int detractor;
    int promoter;
    int csat;
};

const ThemeWeight kThemeWeights[] = {
    {"pricing", 30, 14, 4},  {"missing feature", 22, 8, 6}, {"performance", 18, 20, 10},
    {"support", 14, 30, 60}, {"invoicing", 10, 14, 14},     {"onboarding", 6, 14, 6},
};

/** The language comments of a country are written in, besides English. */
QString commentLanguage(const QString& country)
{
    static const QHash<QString, QString> languages = {
        {QStringLiteral("FI"), QStringLiteral("fi")}, {QStringLiteral("SE"), QStringLiteral("sv")},
        {QStringLiteral("DE"), QStringLiteral("de")}, {QStringLiteral("AT"), QStringLiteral("de")},
        {QStringLiteral("CH"), QStringLiteral("de")}, {QStringLiteral("FR"), QStringLiteral("fr")},
        {QStringLiteral("BE"), QStringLiteral("fr")}, {QStringLiteral("NL"), QStringLiteral("nl")},
        {QStringLiteral("ES"), QStringLiteral("es")}, {QStringLiteral("IT"), QStringLiteral("it")},
        {QStringLiteral("PL"), QStringLiteral("pl")},
    };
    return languages.value(country, QStringLiteral("en"));
}

enum class Tone
{
    Good,
    Bad,
};

class Writer
{
public:
    Writer(const QList<customers::Customer>& customers, quint32 seed, QDate today)
        : m_draw(seed ^ 0x68E31DA4u)
        , m_today(today)
        , m_history(DemoCatalog::historyStart(today))
    {
        for (const customers::Customer& c : customers)
            m_customers.insert(c.id, &c);
    }

    void life(const detail::DemoLife& life);
    QList<SurveyAnswer> answers;

private:
    void nps(const detail::DemoLife& life, QDate day, SurveyChannel channel);
    void csat(const detail::DemoLife& life, QDate day);
    /** Whether the customer of life leaves within nine months of day. */
    static bool leavingSoon(const detail::DemoLife& life, QDate day)
    {
        return life.to.isValid() && day.daysTo(life.to) <= 270;
    }
    QString pickTag(int ThemeWeight::*weight);
    void comment(SurveyAnswer& answer, const QString& tag, Tone tone);

    detail::Draw m_draw;
    QDate m_today;
    QDate m_history;
    QHash<CustomerId, const customers::Customer*> m_customers;
};

QString Writer::pickTag(int ThemeWeight::*weight)
{
    int total = 0;
    for (const ThemeWeight& w : kThemeWeights)
        total += w.*weight;
    int r = m_draw.below(total);
    for (const ThemeWeight& w : kThemeWeights) {
        if (r < w.*weight)
            return QString::fromLatin1(w.tag);
        r -= w.*weight;
    }
    return QString::fromLatin1(kThemeWeights[0].tag);
}

void Writer::comment(SurveyAnswer& answer, const QString& tag, Tone tone)
{
    const customers::Customer* customer = m_customers.value(answer.customerId);
    QString language = customer ? commentLanguage(customer->address.country) : QStringLiteral("en");
    if (m_draw.percent(30))
        language = QStringLiteral("en"); // many write in English anyway
    for (const ThemeText& t : kThemes) {
        if (tag == QLatin1String(t.tag) && language == QLatin1String(t.language)) {
            answer.comment = QString::fromUtf8(tone == Tone::Good ? t.good : t.bad);
            answer.tags = {tag};
            return;
        }
    }
}

void Writer::nps(const detail::DemoLife& life, QDate day, SurveyChannel channel)
{
    if (day > m_today || (life.to.isValid() && day >= life.to))
        return;
    SurveyAnswer a;
    a.customerId = life.customerId;
    a.kind = SurveyKind::Nps;
    a.date = day;
    a.channel = channel;
    // The product gets better every year; customers about to leave already say so.
    const int year = std::clamp(int(m_history.daysTo(day) / 365), 0, 4);
    const customers::Customer* customer = m_customers.value(life.customerId);
    const bool enterprise = customer && customer->segment == QLatin1String("Enterprise");
    int promoters = 40 + 4 * year + (enterprise ? 6 : 0);
    int detractors = 26 - 3 * year;
    if (leavingSoon(life, day)) {
        promoters = 8;
        detractors = 66;
    }
    const int r = m_draw.below(100);
    if (r < promoters) {
        a.score = m_draw.percent(55) ? 9 : 10;
        if (m_draw.percent(40))
            comment(a, pickTag(&ThemeWeight::promoter), Tone::Good);
    } else if (r < 100 - detractors) {
        a.score = m_draw.percent(45) ? 7 : 8;
        if (m_draw.percent(35))
            comment(a, pickTag(m_draw.percent(50) ? &ThemeWeight::promoter : &ThemeWeight::detractor),
                    m_draw.percent(50) ? Tone::Good : Tone::Bad);
    } else {
        static const int kDetractorScores[] = {6, 6, 6, 5, 5, 5, 4, 4, 3, 3, 2, 1, 0};
        a.score = kDetractorScores[m_draw.below(int(std::size(kDetractorScores)))];
        if (m_draw.percent(60))
            comment(a, pickTag(&ThemeWeight::detractor), Tone::Bad);
    }
    answers.append(a);
}

void Writer::csat(const detail::DemoLife& life, QDate day)
{
    if (day > m_today || (life.to.isValid() && day >= life.to))
        return;
    SurveyAnswer a;
    a.customerId = life.customerId;
    a.kind = SurveyKind::Csat;
    a.date = day;
    const int channel = m_draw.below(100);
    a.channel = channel < 50 ? SurveyChannel::Email : channel < 85 ? SurveyChannel::InApp : SurveyChannel::Phone;
    const int satisfied = leavingSoon(life, day) ? 55 : 84;
    const bool good = m_draw.percent(satisfied);
    a.score = good ? (m_draw.percent(60) ? 5 : 4) : (m_draw.percent(50) ? 3 : m_draw.percent(60) ? 2 : 1);
    if (m_draw.percent(25))
        comment(a, pickTag(&ThemeWeight::csat), good ? Tone::Good : Tone::Bad);
    answers.append(a);
}

void Writer::life(const detail::DemoLife& life)
{
    const QDate end = life.to.isValid() ? std::min(life.to, m_today) : m_today;
    const QDate first = DemoSurveys::firstWave(m_today);
    // Twice a year, everyone who has been a customer for a month is asked.
    for (QDate wave = first; wave <= end; wave = wave.addMonths(wave.month() == 3 ? 7 : 5)) {
        if (life.from.daysTo(wave) >= 30 && m_draw.percent(45))
            nps(life, wave.addDays(m_draw.below(21)), m_draw.percent(70) ? SurveyChannel::Email : SurveyChannel::Web);
    }
    // From the programme's second year, new customers are asked after 60 days too.
    const QDate onboarded = life.from.addDays(60);
    if (onboarded >= first.addYears(1) && m_draw.percent(30))
        nps(life, onboarded.addDays(m_draw.below(7)), SurveyChannel::InApp);
    // Support contacts, some followed by a CSAT question.
    for (QDate month = life.from; month < end; month = month.addMonths(1)) {
        if (m_draw.percent(14) && m_draw.percent(45))
            csat(life, month.addDays(m_draw.below(28)));
    }
}

} // namespace

QDate DemoSurveys::firstWave(QDate today)
{
    const QDate earliest = DemoCatalog::historyStart(today).addMonths(6);
    QDate wave(earliest.year(), 3, 10);
    while (wave < earliest)
        wave = wave.addMonths(wave.month() == 3 ? 7 : 5);
    return wave;
}

QList<SurveyAnswer> DemoSurveys::answers(const QList<detail::DemoLife>& lives,
                                         const QList<customers::Customer>& customers, quint32 seed, QDate today)
{
    Writer writer(customers, seed, today);
    for (const detail::DemoLife& life : lives)
        writer.life(life);
    QList<SurveyAnswer> list = std::move(writer.answers);
    std::stable_sort(list.begin(), list.end(),
                     [](const SurveyAnswer& a, const SurveyAnswer& b) { return a.date < b.date; });
    return list;
}

} // namespace subdesk::demo
