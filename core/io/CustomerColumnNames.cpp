#include "CustomerColumnNames.h"

#include <QHash>

namespace subdesk::io {

using customers::CustomerField;

namespace {

/** A field's names, '|'-separated; a leading '~' marks a weak name. English, pl, it, fi, fa. */
struct FieldNames
{
    CustomerField field;
    const char* english; ///< the untranslated fieldLabel() source text
    const char* names;
};

// The English labels must stay equal to CustomerField.cpp's label texts (tst_customercsvimporter
// checks it): they are the exporter's headers.
const FieldNames kFieldNames[] = {
    {CustomerField::Id, "No.",
     "nr|lp.|l.p.|id|customer number|customer no.|customer id|numer klienta|n.|codice cliente|id cliente|nro|"
     "asiakasnumero|شماره|ردیف|شناسه|شماره مشتری|~number|~numero"},
    {CustomerField::DisplayName, "Name",
     "customer|customer name|company name|display name|client|client name|full name|nazwa|nazwa firmy|"
     "nazwa klienta|klient|imię i nazwisko|kontrahent|nazwa kontrahenta|nome|cliente|ragione sociale|"
     "denominazione|nome cliente|nominativo|nimi|asiakas|asiakkaan nimi|yrityksen nimi|toiminimi|نام|"
     "نام مشتری|مشتری|نام شرکت|~company|~firma|~azienda|~yritys|~شرکت"},
    {CustomerField::Kind, "Kind",
     "type|customer type|customer kind|rodzaj|typ|typ klienta|rodzaj klienta|tipo|tipo cliente|tipologia|"
     "tyyppi|asiakastyyppi|نوع|نوع مشتری"},
    {CustomerField::ContactPerson, "Contact person",
     "contact name|osoba kontaktowa|referente|persona di contatto|yhteyshenkilö|شخص رابط|فرد رابط|"
     "~contact|~kontakt|~contatto|~رابط"},
    {CustomerField::Emails, "E-mail",
     "emails|e-mails|e-mail address|mail|adres e-mail|poczta e-mail|indirizzo e-mail|posta elettronica|"
     "sähköposti|sähköpostiosoite|ایمیل|پست الکترونیک|رایانامه|نشانی ایمیل|آدرس ایمیل"},
    {CustomerField::Phone, "Phone",
     "telephone|phone number|mobile|tel.|telefon|numer telefonu|nr telefonu|telefono|cellulare|"
     "numero di telefono|puhelin|puhelinnumero|puh.|matkapuhelin|تلفن|شماره تلفن|تلفن همراه|موبایل"},
    {CustomerField::Street, "Street",
     "address|street address|address line|address lines|ulica|adres|ulica i numer|indirizzo|via|katuosoite|"
     "osoite|lähiosoite|آدرس|نشانی|خیابان"},
    {CustomerField::PostalCode, "Postal code",
     "postcode|zip|zip code|kod pocztowy|cap|codice postale|postinumero|کد پستی"},
    {CustomerField::City, "City",
     "town|miasto|miejscowość|città|comune|località|kaupunki|postitoimipaikka|paikkakunta|شهر"},
    {CustomerField::Region, "Region", "state|province|county|województwo|provincia|regione|maakunta|alue|استان|منطقه"},
    {CustomerField::Country, "Country", "country code|kraj|państwo|kod kraju|paese|nazione|maa|maakoodi|کشور|کد کشور"},
    {CustomerField::VatId, "VAT ID",
     "vat|vat number|vat no.|vat reg. no.|vat registration number|tax id|nip|numer vat|nip ue|vat ue|"
     "numer nip|partita iva|p. iva|iva|codice iva|alv-tunnus|alv-numero|alv|شناسه مالیاتی|کد اقتصادی|"
     "شماره مالیاتی|~y-tunnus|~business id"},
    {CustomerField::Language, "Language",
     "document language|lang|język|język dokumentów|lingua|lingua documenti|kieli|asiointikieli|زبان"},
    {CustomerField::Currency, "Currency", "waluta|valuta|valuutta|واحد پول|ارز"},
    {CustomerField::PaymentTerms, "Payment terms (days)",
     "payment terms|due days|payment days|termin płatności|termin płatności (dni)|dni płatności|"
     "termini di pagamento|giorni di pagamento|giorni pagamento|maksuehto|maksuaika|maksuehto (pv)|"
     "مهلت پرداخت|شرایط پرداخت|~terms"},
    {CustomerField::PaymentMethod, "Payment method",
     "pay by|metoda płatności|forma płatności|sposób płatności|metodo di pagamento|modalità di pagamento|"
     "maksutapa|روش پرداخت|نحوه پرداخت|~payment|~pagamento"},
    {CustomerField::Iban, "IBAN",
     "bank account|account number|numer konta|numer rachunku|nr rachunku|rachunek bankowy|konto|conto|"
     "conto corrente|tilinumero|pankkitili|شبا|شماره شبا|ایبان"},
    {CustomerField::Bic, "BIC",
     "swift|bic/swift|swift code|bic code|kod swift|kod bic|codice bic|codice swift|bic-koodi|کد سوئیفت|"
     "سوئیفت|بیک"},
    {CustomerField::MandateReference, "Mandate reference",
     "mandate id|mandate ref.|numer mandatu|referencja mandatu|identyfikator mandatu|riferimento mandato|"
     "id mandato|codice mandato|valtuutuksen viite|valtuutustunnus|valtakirjan tunnus|شناسه مجوز|"
     "شماره مجوز|مرجع مجوز|~mandate|~mandat|~mandato|~valtuutus"},
    {CustomerField::MandateSignedOn, "Mandate signed on",
     "mandate date|mandate signature date|date of signature|signed on|data podpisania mandatu|data mandatu|"
     "data podpisania|data firma mandato|data mandato|mandato firmato il|data firma|valtuutuksen päiväys|"
     "valtuutuksen allekirjoituspäivä|allekirjoituspäivä|valtakirjan päivämäärä|تاریخ امضای مجوز|"
     "تاریخ مجوز|تاریخ امضا"},
    {CustomerField::PreferredChannel, "Preferred channel",
     "channel|delivery channel|send by|invoice delivery|kanał|preferowany kanał|kanał wysyłki|"
     "sposób wysyłki|wysyłka|canale|canale preferito|modalità di invio|toimitustapa|laskutustapa|kanava|"
     "laskun toimitustapa|کانال ارسال|روش ارسال|کانال|~delivery|~invio"},
    {CustomerField::EInvoiceEndpoint, "E-invoice endpoint",
     "e-invoice address|peppol id|peppol|endpoint id|adres e-faktury|identyfikator peppol|"
     "codice destinatario|indirizzo peppol|endpoint fattura elettronica|verkkolaskuosoite|ovt-tunnus|"
     "peppol-tunnus|verkkolaskutusosoite|شناسه پپول|نشانی صورتحساب الکترونیکی|~endpoint"},
    {CustomerField::Segment, "Segment",
     "customer segment|customer group|grupa klientów|segmento|segmentti|asiakasryhmä|بخش|گروه مشتری|~group|"
     "~grupa|~gruppo|~ryhmä|~گروه"},
    {CustomerField::Tags, "Tags",
     "tag|labels|keywords|tagi|etykiety|znaczniki|etichette|parole chiave|tunnisteet|tagit|avainsanat|"
     "برچسب‌ها|برچسب"},
    {CustomerField::Notes, "Notes",
     "note|comments|comment|remarks|uwagi|notatki|komentarz|commenti|osservazioni|annotazioni|"
     "muistiinpanot|huomautukset|lisätiedot|kommentit|یادداشت‌ها|یادداشت|توضیحات"},
    {CustomerField::Status, "Status", "stan|stato|tila|وضعیت"},
    {CustomerField::Created, "Created",
     "created at|created on|date created|customer since|utworzono|data utworzenia|data dodania|klient od|"
     "creato|creato il|data creazione|data di creazione|cliente dal|luotu|luontipäivä|asiakas alkaen|"
     "تاریخ ایجاد|ایجاد شده|تاریخ ثبت"},
};

struct Tables
{
    QList<CustomerColumnNames::Name> names;
    QHash<QString, CustomerColumnNames::Guess> byNormalized;
};

const Tables& tables()
{
    static const Tables t = [] {
        Tables result;
        const auto add = [&result](CustomerField field, const QString& name, CustomerColumnNames::Rank rank) {
            result.names.append({field, name, rank});
            // First entry wins: the export's own names are added before any synonym.
            result.byNormalized.insert(CustomerColumnNames::normalized(name), {field, rank});
        };
        for (const FieldNames& f : kFieldNames) {
            add(f.field, QString::fromLatin1(f.english), CustomerColumnNames::Rank::Exact);
            add(f.field, customers::fieldKey(f.field), CustomerColumnNames::Rank::Exact);
        }
        for (const FieldNames& f : kFieldNames) {
            for (const QString& name : QString::fromUtf8(f.names).split(QLatin1Char('|'))) {
                if (name.startsWith(QLatin1Char('~')))
                    add(f.field, name.mid(1), CustomerColumnNames::Rank::Weak);
                else
                    add(f.field, name, CustomerColumnNames::Rank::Synonym);
            }
        }
        return result;
    }();
    return t;
}

/** Letters that carry no decomposition but have a plain look-alike people type instead. */
void appendFolded(QString& out, char16_t c)
{
    switch (c) {
    case u'ł':
        out += QLatin1Char('l');
        return;
    case u'đ':
        out += QLatin1Char('d');
        return;
    case u'ø':
        out += QLatin1Char('o');
        return;
    case u'ı':
        out += QLatin1Char('i');
        return;
    case u'ß':
        out += QLatin1String("ss");
        return;
    case u'æ':
        out += QLatin1String("ae");
        return;
    case u'œ':
        out += QLatin1String("oe");
        return;
    // Persian text is often typed with Arabic keyboard layouts: Arabic yeh/kaf stand for Persian ones.
    case u'\u064A': // Arabic yeh
    case u'\u0649': // alef maksura
        out += QChar(u'\u06CC');
        return;
    case u'\u0643': // Arabic kaf
        out += QChar(u'\u06A9');
        return;
    case u'\u0640': // tatweel: only stretches a word
        return;
    default:
        out += QChar(c);
    }
}

} // namespace

QString CustomerColumnNames::normalized(const QString& header)
{
    // NFKD splits "à" into "a" + a combining grave accent; marks are not letters, so they go with
    // the punctuation, spaces and zero-width non-joiners.
    const QString decomposed = header.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            appendFolded(out, c.toCaseFolded().unicode());
    }
    return out;
}

std::optional<CustomerColumnNames::Guess> CustomerColumnNames::guess(const QString& header)
{
    const QString key = normalized(header);
    if (key.isEmpty())
        return std::nullopt;
    const auto& byNormalized = tables().byNormalized;
    if (const auto it = byNormalized.constFind(key); it != byNormalized.constEnd())
        return *it;
    // Labels of the running translation (a file typed from the translated customer dialog).
    for (const CustomerField field : customers::allCustomerFields()) {
        if (normalized(customers::fieldLabel(field)) == key)
            return Guess {field, Rank::Synonym};
    }
    return std::nullopt;
}

QString CustomerColumnNames::englishLabel(CustomerField field)
{
    for (const FieldNames& f : kFieldNames) {
        if (f.field == field)
            return QString::fromLatin1(f.english);
    }
    Q_UNREACHABLE();
    return {};
}

const QList<CustomerColumnNames::Name>& CustomerColumnNames::knownNames()
{
    return tables().names;
}

} // namespace subdesk::io
