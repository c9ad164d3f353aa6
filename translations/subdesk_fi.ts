<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AddOn</name>
    <message>
        <source>Recurring</source>
        <translation>Toistuva</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Kertaluonteinen</translation>
    </message>
    <message>
        <source>add-on</source>
        <translation>lisäosan</translation>
    </message>
    <message>
        <source>The add-on %1 needs a name.</source>
        <translation>Lisäosalla %1 on oltava nimi.</translation>
    </message>
</context>
<context>
    <name>AgingReport</name>
    <message>
        <source>Current</source>
        <translation>Erääntymätön</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 päivää</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 päivää</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 päivää</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Yli 90 päivää</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
</context>
<context>
    <name>Billing</name>
    <message>
        <source>A billing interval counts between %1 and %2 units, not %3.</source>
        <translation>Laskutusvälin pituuden on oltava %1–%2 yksikköä, ei %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a billing interval (expected e.g. &quot;1 month&quot;, &quot;3 months&quot;, &quot;2 weeks&quot; or &quot;1 year&quot;).</source>
        <translation>&quot;%1&quot; ei ole kelvollinen laskutusväli (esim. &quot;1 month&quot;, &quot;3 months&quot;, &quot;2 weeks&quot; tai &quot;1 year&quot;).</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Päivittäin</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Viikoittain</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Kuukausittain</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Vuosittain</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>%n päivän välein</numerusform>
            <numerusform>%n päivän välein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>%n viikon välein</numerusform>
            <numerusform>%n viikon välein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>%n kuukauden välein</numerusform>
            <numerusform>%n kuukauden välein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s)</source>
        <translation>
            <numerusform>%n vuoden välein</numerusform>
            <numerusform>%n vuoden välein</numerusform>
        </translation>
    </message>
    <message>
        <source>The billing period %1 is empty or not a valid period.</source>
        <translation>Laskutuskausi %1 on tyhjä tai virheellinen.</translation>
    </message>
    <message>
        <source>%1 is not inside the billing period %2.</source>
        <translation>%1 ei kuulu laskutuskauteen %2.</translation>
    </message>
    <message>
        <source>The part %1 is not inside the billing period %2.</source>
        <translation>Osajakso %1 ei sisälly laskutuskauteen %2.</translation>
    </message>
    <message>
        <source>%1 %2 × %3/%4 days (%5 → %6) = %7</source>
        <extracomment>How a prorated line was computed: %1 plan or item, %2 price, %3 days charged, %4 days in the full period, %5 and %6 first and end date of the part (end excluded), %7 the result.</extracomment>
        <translation>%1 %2 × %3/%4 päivää (%5 → %6) = %7</translation>
    </message>
    <message>
        <source>Cannot change from a price in %1 to a price in %2 within a period.</source>
        <translation>Kesken laskutuskauden ei voi vaihtaa valuutassa %1 olevasta hinnasta valuutassa %2 olevaan hintaan.</translation>
    </message>
</context>
<context>
    <name>BillingEngine</name>
    <message>
        <source>its plan</source>
        <translation>sen paketti</translation>
    </message>
    <message>
        <source>its plan&apos;s price</source>
        <translation>sen paketin hinta</translation>
    </message>
    <message>
        <source>an add-on or its price</source>
        <translation>lisäosa tai sen hinta</translation>
    </message>
    <message>
        <source>a one-time add-on or its price</source>
        <translation>kertaluonteinen lisäosa tai sen hinta</translation>
    </message>
    <message>
        <source>a metered charge or its price</source>
        <translation>käyttöperusteinen maksu tai sen hinta</translation>
    </message>
</context>
<context>
    <name>BillingItem</name>
    <message>
        <source>Plan</source>
        <translation>Paketti</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Lisäosa</translation>
    </message>
    <message>
        <source>One-time charge</source>
        <translation>Kertaluonteinen maksu</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>Aloitusmaksu</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Käyttö</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Alennus</translation>
    </message>
    <message>
        <source>Credit for unused time</source>
        <translation>Hyvitys käyttämättömästä ajasta</translation>
    </message>
    <message>
        <source>Charge for remaining time</source>
        <translation>Veloitus jäljellä olevasta ajasta</translation>
    </message>
    <message>
        <source>Credit on cancellation</source>
        <translation>Hyvitys peruutuksen yhteydessä</translation>
    </message>
</context>
<context>
    <name>BillingRunner</name>
    <message>
        <source>The billing run was cancelled; nothing was written.</source>
        <translation>Laskutusajo peruttiin; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>The billing date is not valid.</source>
        <translation>Laskutuspäivä ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>Subscription %1: %2</source>
        <translation>Tilaus %1: %2</translation>
    </message>
    <message>
        <source>Billing can run as of today (%1) at the latest; preview a later date instead.</source>
        <translation>Laskutuksen voi ajaa enintään tämän päivän (%1) tilanteeseen; esikatsele myöhempää päivää sen sijaan.</translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>The add-on does not exist.</source>
        <translation>Lisäosaa ei ole olemassa.</translation>
    </message>
    <message>
        <source>A recurring price needs a billing interval.</source>
        <translation>Toistuvalla hinnalla on oltava laskutusväli.</translation>
    </message>
    <message>
        <source>One-time and metered prices have no billing interval: they follow the subscription&apos;s periods.</source>
        <translation>Kertaluonteisilla ja käyttöperusteisilla hinnoilla ei ole laskutusväliä: ne noudattavat tilauksen laskutuskausia.</translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation>Tuotteella on oltava nimi.</translation>
    </message>
    <message>
        <source>The plan&apos;s product does not exist.</source>
        <translation>Paketin tuotetta ei ole olemassa.</translation>
    </message>
    <message>
        <source>An allowed add-on does not exist.</source>
        <translation>Yhtä sallituista lisäosista ei ole olemassa.</translation>
    </message>
    <message>
        <source>The plan does not exist.</source>
        <translation>Pakettia ei ole olemassa.</translation>
    </message>
    <message>
        <source>The metered charge does not exist.</source>
        <translation>Käyttöperusteista maksua ei ole olemassa.</translation>
    </message>
    <message>
        <source>The new price was not stored.</source>
        <translation>Uutta hintaa ei tallennettu.</translation>
    </message>
    <message>
        <source>The price does not exist.</source>
        <translation>Hintaa ei ole olemassa.</translation>
    </message>
    <message>
        <source>The new version needs the date it takes effect.</source>
        <translation>Uudelle versiolle on annettava voimaantulopäivä.</translation>
    </message>
    <message>
        <source>A new version must take effect after the current one (%1).</source>
        <translation>Uuden version on tultava voimaan nykyisen version (%1) jälkeen.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>million %1</source>
        <translation>milj. %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>t. %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: subdesk-cli [--db PATH] [--lang CODE] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Käyttö: subdesk-cli [--db PATH] [--lang CODE] KOMENTO [ARGUMENTIT] [VALITSIMET]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Komennot:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Yleiset valitsimet:</translation>
    </message>
    <message>
        <source>The company file (default: $SUBDESK_DB, else the standard one).</source>
        <translation>Yritystiedosto (oletus: $SUBDESK_DB, muuten vakiotiedosto).</translation>
    </message>
    <message>
        <source>Language of messages: en, pl, it, fi or fa.</source>
        <translation>Viestien kieli: en, pl, it, fi tai fa.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Tulosta versio.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Näytä tämä ohje.</translation>
    </message>
    <message>
        <source>Run &quot;subdesk-cli help COMMAND&quot; for the options of a command.</source>
        <translation>Komennon valitsimet näet komennolla &quot;subdesk-cli help KOMENTO&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Tuntematon komento &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command: %2.</source>
        <translation>&quot;%1&quot; vaatii alikomennon: %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;; %1 has: %3.</source>
        <translation>Tuntematon komento &quot;%1 %2&quot;; komennon %1 alikomennot: %3.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;.</source>
        <translation>Valitsimen --lang arvon on oltava jokin seuraavista: %1, ei &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Komentoa ei annettu.</translation>
    </message>
    <message>
        <source>--%1 can be given only once.</source>
        <translation>Valitsimen --%1 voi antaa vain kerran.</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Argumentti puuttuu: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Odottamaton argumentti &quot;%1&quot;.</translation>
    </message>
    <message>
        <source> [options]</source>
        <translation> [valitsimet]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Käyttö: %1</translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation> (voi toistaa)</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Valitsimet:</translation>
    </message>
    <message>
        <source>required</source>
        <translation>pakollinen</translation>
    </message>
    <message>
        <source>ISO code such as FI, PL, IT; required</source>
        <translation>ISO-koodi, esim. FI, PL, IT; pakollinen</translation>
    </message>
    <message>
        <source>en, pl, it, fi or fa; default en</source>
        <translation>en, pl, it, fi tai fa; oletus en</translation>
    </message>
    <message>
        <source>ISO 4217 code; default EUR</source>
        <translation>ISO 4217 -koodi; oletus EUR</translation>
    </message>
    <message>
        <source>default 14</source>
        <translation>oletus 14</translation>
    </message>
    <message>
        <source>e.g. 0216:003712345678</source>
        <translation>esim. 0216:003712345678</translation>
    </message>
    <message>
        <source>Words that must all occur in the name, e-mail, VAT ID or city.</source>
        <translation>Sanat, joiden kaikkien on esiinnyttävä nimessä, sähköpostissa, ALV-tunnuksessa tai kaupungissa.</translation>
    </message>
    <message>
        <source>Only this segment.</source>
        <translation>Vain tämä segmentti.</translation>
    </message>
    <message>
        <source>Only customers with this tag.</source>
        <translation>Vain asiakkaat, joilla on tämä tunniste.</translation>
    </message>
    <message>
        <source>Only this country.</source>
        <translation>Vain tämä maa.</translation>
    </message>
    <message>
        <source>Which customers (default: active).</source>
        <translation>Mitkä asiakkaat (oletus: active).</translation>
    </message>
    <message>
        <source>--country: &quot;%1&quot; is not an ISO 3166 country code.</source>
        <translation>--country: &quot;%1&quot; ei ole ISO 3166 -maakoodi.</translation>
    </message>
    <message>
        <source>--status must be active, archived or all, not &quot;%1&quot;.</source>
        <translation>Valitsimen --status arvon on oltava active, archived tai all, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Tulosta JSON-muodossa tekstin sijaan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer number.</source>
        <translation>&quot;%1&quot; ei ole asiakasnumero.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>Valitsin --%1 on pakollinen.</translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation>Asiakkaita ei löytynyt.</translation>
    </message>
    <message>
        <source>--add-tag needs a tag.</source>
        <translation>Valitsin --add-tag vaatii tunnisteen.</translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to set, e.g. --email ADDRESS.</source>
        <translation>Ei muutettavaa: anna asetettavat kentät, esim. --email ADDRESS.</translation>
    </message>
    <message>
        <source>Customer %1 updated.</source>
        <translation>Asiakas %1 päivitetty.</translation>
    </message>
    <message>
        <source>Customer %1 is already archived.</source>
        <translation>Asiakas %1 on jo arkistoitu.</translation>
    </message>
    <message>
        <source>Customer %1 is already active.</source>
        <translation>Asiakas %1 on jo aktiivinen.</translation>
    </message>
    <message>
        <source>Customer %1 (%2) archived.</source>
        <translation>Asiakas %1 (%2) arkistoitu.</translation>
    </message>
    <message>
        <source>Customer %1 (%2) restored.</source>
        <translation>Asiakas %1 (%2) palautettu.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Add a tag, keeping the others.</source>
        <translation>Lisää tunniste ja säilytä muut.</translation>
    </message>
    <message>
        <source>Remove a tag.</source>
        <translation>Poista tunniste.</translation>
    </message>
    <message>
        <source>Remove every tag (before --tag and --add-tag).</source>
        <translation>Poista kaikki tunnisteet (ennen valitsimia --tag ja --add-tag).</translation>
    </message>
    <message>
        <source>Adds a customer and prints its number. --name and --country are required.</source>
        <translation>Lisää asiakkaan ja tulostaa sen numeron. --name ja --country ovat pakollisia.</translation>
    </message>
    <message>
        <source>Lists customers as a table or as JSON.</source>
        <translation>Luettelee asiakkaat taulukkona tai JSON-muodossa.</translation>
    </message>
    <message>
        <source>Shows every field of one customer.</source>
        <translation>Näyttää yhden asiakkaan kaikki kentät.</translation>
    </message>
    <message>
        <source>Changes the given fields of a customer; an empty value clears a field. Repeated --email, --street or --tag replace the whole list.</source>
        <translation>Muuttaa asiakkaan annetut kentät; tyhjä arvo tyhjentää kentän. Toistetut --email, --street tai --tag korvaavat koko luettelon.</translation>
    </message>
    <message>
        <source>Archives a customer: hidden from lists, kept with its history.</source>
        <translation>Arkistoi asiakkaan: piilotetaan luetteloista, säilytetään historioineen.</translation>
    </message>
    <message>
        <source>Makes an archived customer active again.</source>
        <translation>Palauttaa arkistoidun asiakkaan aktiiviseksi.</translation>
    </message>
    <message>
        <source>Integrity problems in %1: %2.</source>
        <translation>Eheysongelmia tiedostossa %1: %2.</translation>
    </message>
    <message>
        <source>ok (schema version %1)</source>
        <translation>ok (skeeman versio %1)</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 on jo olemassa; korvaa se lisäämällä --force.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>%1 varmuuskopioitiin tiedostoon %2.</translation>
    </message>
    <message>
        <source>Checks the company file&apos;s integrity. Prints &quot;ok&quot; and the schema version, or the problems with exit status 1.</source>
        <translation>Tarkistaa yritystiedoston eheyden. Tulostaa &quot;ok&quot; ja skeeman version tai ongelmat paluukoodilla 1.</translation>
    </message>
    <message>
        <source>Prints the path of the company file. It is --db if given, else $SUBDESK_DB, else the default.</source>
        <translation>Tulostaa yritystiedoston polun. Se on --db, jos se on annettu, muuten $SUBDESK_DB, muuten oletus.</translation>
    </message>
    <message>
        <source>Copies the company file to FILE. The copy is consistent even while SubDesk has the file open.</source>
        <translation>Kopioi yritystiedoston tiedostoon FILE. Kopio on eheä silloinkin, kun tiedosto on auki SubDeskissä.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Korvaa FILE, jos se on olemassa.</translation>
    </message>
    <message>
        <source>--customers must be a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>Valitsimen --customers arvon on oltava luku väliltä 1–%1, ei &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--seed must be a number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>Valitsimen --seed arvon on oltava luku väliltä 0–4294967295, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 already holds customers (%2); demo customers go only into an empty company file. Choose another file with --db, e.g. subdesk-cli --db demo.subdesk demo --customers %3</source>
        <translation>Tiedostossa %1 on jo asiakkaita (%2); esittelyasiakkaat lisätään vain tyhjään yritystiedostoon. Valitse toinen tiedosto valitsimella --db, esim. subdesk-cli --db demo.subdesk demo --customers %3</translation>
    </message>
    <message>
        <source>Demo customers created in %1: %2.</source>
        <translation>Esittelyasiakkaita luotu tiedostoon %1: %2.</translation>
    </message>
    <message>
        <source>How many customers (default 200).</source>
        <translation>Asiakkaiden määrä (oletus 200).</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>Generaattorin siemenluku (oletus 1).</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; for the usage.</source>
        <translation>Käyttöohjeen näet komennolla &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varoitus: %1</translation>
    </message>
    <message>
        <source>--delimiter must be &quot;,&quot;, &quot;;&quot;, tab or auto, not &quot;%1&quot;.</source>
        <translation>Valitsimen --delimiter arvon on oltava &quot;,&quot;, &quot;;&quot;, tab tai auto, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or windows-1252, not &quot;%1&quot;.</source>
        <translation>Valitsimen --encoding arvon on oltava auto, utf-8 tai windows-1252, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: write it as &quot;Column header=field_key&quot;.</source>
        <translation>--map &quot;%1&quot;: kirjoita muodossa &quot;Sarakkeen otsikko=kenttäavain&quot;.</translation>
    </message>
    <message>
        <source>--map: the file has no column &quot;%1&quot; (it has: %2).</source>
        <translation>--map: tiedostossa ei ole saraketta &quot;%1&quot; (sarakkeet: %2).</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not a field; fields are %2.</source>
        <translation>--map: &quot;%1&quot; ei ole kenttä; kentät ovat %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Rivi %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows have problems. Fix them, or use --valid-only to import the other rows.</source>
        <translation>Mitään ei tuotu: ongelmia on %1 rivissä %2 rivistä. Korjaa ne tai tuo muut rivit valitsimella --valid-only.</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows would be imported; nothing was written.</source>
        <translation>Koeajo: %2 rivistä tuotaisiin %1; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Customers imported: %1.</source>
        <translation>Asiakkaita tuotu: %1.</translation>
    </message>
    <message>
        <source>Rows skipped because of problems: %1 (listed above).</source>
        <translation>Ongelmien vuoksi ohitettuja rivejä: %1 (lueteltu yllä).</translation>
    </message>
    <message>
        <source>Customers exported to %1: %2.</source>
        <translation>Asiakkaita viety tiedostoon %1: %2.</translation>
    </message>
    <message>
        <source>Check the file and report what would happen; write nothing.</source>
        <translation>Tarkista tiedosto ja kerro, mitä tapahtuisi; älä kirjoita mitään.</translation>
    </message>
    <message>
        <source>Import the valid rows even when others have problems.</source>
        <translation>Tuo kelvolliset rivit, vaikka muissa riveissä olisi ongelmia.</translation>
    </message>
    <message>
        <source>Column separator (default: detected from the header line).</source>
        <translation>Sarake-erotin (oletus: tunnistetaan otsikkorivistä).</translation>
    </message>
    <message>
        <source>Text encoding (default: auto).</source>
        <translation>Merkistö (oletus: auto).</translation>
    </message>
    <message>
        <source>Read the column HEADER into the field FIELD (a key such as vat_id; empty or - ignores the column).</source>
        <translation>Lue sarake HEADER kenttään FIELD (avain, esim. vat_id; tyhjä tai - ohittaa sarakkeen).</translation>
    </message>
    <message>
        <source>Print a JSON report instead of text.</source>
        <translation>Tulosta raportti JSON-muodossa tekstin sijaan.</translation>
    </message>
    <message>
        <source>Imports customers from a CSV file (- reads standard input), all of them or none. Bad rows are listed as &quot;Line N: reason&quot; on stderr.</source>
        <translation>Tuo asiakkaat CSV-tiedostosta (- lukee vakiosyötteestä), joko kaikki tai ei yhtään. Virheelliset rivit luetellaan stderr-virtaan muodossa &quot;Rivi N: syy&quot;.</translation>
    </message>
    <message>
        <source>Writes customers as CSV to FILE or standard output. UTF-8, every field; FILE - or no FILE means standard output.</source>
        <translation>Kirjoittaa asiakkaat CSV-muodossa tiedostoon FILE tai vakiotulosteeseen. UTF-8, kaikki kentät; jos FILE on - tai puuttuu, tulostetaan vakiotulosteeseen.</translation>
    </message>
    <message>
        <source>Nothing to import: the file has no valid rows.</source>
        <translation>Ei tuotavaa: tiedostossa ei ole yhtään kelvollista riviä.</translation>
    </message>
    <message>
        <source>The output could not be written.</source>
        <translation>Tulostetta ei voitu kirjoittaa.</translation>
    </message>
    <message>
        <source>Add-on %1</source>
        <translation>Lisäosa %1</translation>
    </message>
    <message>
        <source>--interval does not apply to a one-time add-on: it is billed once.</source>
        <translation>--interval ei koske kertaluonteista lisäosaa: se laskutetaan kerran.</translation>
    </message>
    <message>
        <source>No add-ons found.</source>
        <translation>Lisäosia ei löytynyt.</translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation>Hinnat:</translation>
    </message>
    <message>
        <source>An add-on with the code %1 already exists.</source>
        <translation>Lisäosa, jonka koodi on %1, on jo olemassa.</translation>
    </message>
    <message>
        <source>Add-on %1 added.</source>
        <translation>Lisäosa %1 lisätty.</translation>
    </message>
    <message>
        <source>Nothing to change: give --name or --description.</source>
        <translation>Ei muutettavaa: anna --name tai --description.</translation>
    </message>
    <message>
        <source>Add-on %1 updated.</source>
        <translation>Lisäosa %1 päivitetty.</translation>
    </message>
    <message>
        <source>Add-on %1 archived.</source>
        <translation>Lisäosa %1 arkistoitu.</translation>
    </message>
    <message>
        <source>Add-on %1 restored.</source>
        <translation>Lisäosa %1 palautettu.</translation>
    </message>
    <message>
        <source>Price added to add-on %1: %2, %3.</source>
        <translation>Lisäosalle %1 lisätty hinta: %2, %3.</translation>
    </message>
    <message>
        <source>Metered charge %1 of plan %2</source>
        <translation>Paketin %2 käyttöperusteinen maksu %1</translation>
    </message>
    <message>
        <source>No metered charges found.</source>
        <translation>Käyttöperusteisia maksuja ei löytynyt.</translation>
    </message>
    <message>
        <source>Plan %1 already has a metered charge &quot;%2&quot;.</source>
        <translation>Paketilla %1 on jo käyttöperusteinen maksu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Metered charge %1 added to plan %2.</source>
        <translation>Käyttöperusteinen maksu %1 lisätty pakettiin %2.</translation>
    </message>
    <message>
        <source>Price added to %1: %2, %3.</source>
        <translation>Hinta lisätty (%1): %2, %3.</translation>
    </message>
    <message>
        <source>The plan (required).</source>
        <translation>Paketti (pakollinen).</translation>
    </message>
    <message>
        <source>The metric code, e.g. api_calls (required).</source>
        <translation>Mittarin koodi, esim. api_calls (pakollinen).</translation>
    </message>
    <message>
        <source>The price&apos;s currency (needed when there are several).</source>
        <translation>Hinnan valuutta (tarvitaan, jos hintoja on useita).</translation>
    </message>
    <message>
        <source>The price&apos;s interval (needed when there are several).</source>
        <translation>Hinnan laskutusväli (tarvitaan, jos hintoja on useita).</translation>
    </message>
    <message>
        <source>The day the new version takes effect (required).</source>
        <translation>Päivä, jona uusi versio tulee voimaan (pakollinen).</translation>
    </message>
    <message>
        <source>Upper-case letters, digits, - and _ (required).</source>
        <translation>Isoja kirjaimia, numeroita, - ja _ (pakollinen).</translation>
    </message>
    <message>
        <source>The name (required).</source>
        <translation>Nimi (pakollinen).</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>Kuvaus.</translation>
    </message>
    <message>
        <source>Billed every period or once (default recurring).</source>
        <translation>Laskutetaanko joka kausi vai kerran (oletus recurring).</translation>
    </message>
    <message>
        <source>Lists add-ons with their current prices.</source>
        <translation>Luettelee lisäosat ja niiden nykyiset hinnat.</translation>
    </message>
    <message>
        <source>Shows an add-on with every price version.</source>
        <translation>Näyttää lisäosan ja sen kaikki hintaversiot.</translation>
    </message>
    <message>
        <source>Adds an add-on. --code and --name are required; price flags add its first price (recurring: with --interval; one-time: without).</source>
        <translation>Lisää lisäosan. --code ja --name ovat pakollisia; hintavalitsimet lisäävät sen ensimmäisen hinnan (toistuva: valitsimen --interval kanssa; kertaluonteinen: ilman sitä).</translation>
    </message>
    <message>
        <source>Changes an add-on&apos;s name or description.</source>
        <translation>Muuttaa lisäosan nimen tai kuvauksen.</translation>
    </message>
    <message>
        <source>Archives an add-on: not offered any more; subscriptions keep it.</source>
        <translation>Arkistoi lisäosan: sitä ei enää tarjota; tilaukset säilyttävät sen.</translation>
    </message>
    <message>
        <source>Makes an archived add-on available again.</source>
        <translation>Palauttaa arkistoidun lisäosan saataville.</translation>
    </message>
    <message>
        <source>Adds a price in another currency or interval to an add-on.</source>
        <translation>Lisää lisäosalle hinnan toisessa valuutassa tai toisella laskutusvälillä.</translation>
    </message>
    <message>
        <source>Adds a new version of an add-on&apos;s price from a date.</source>
        <translation>Lisää lisäosan hinnalle uuden version tietystä päivästä alkaen.</translation>
    </message>
    <message>
        <source>What documents call it, e.g. &quot;API calls&quot; (required).</source>
        <translation>Nimi asiakirjoissa, esim. &quot;API-kutsut&quot; (pakollinen).</translation>
    </message>
    <message>
        <source>How a period&apos;s readings become one quantity (default sum).</source>
        <translation>Miten kauden lukemista muodostetaan yksi määrä (oletus sum).</translation>
    </message>
    <message>
        <source>Lists the metered charges of every plan, or of one.</source>
        <translation>Luettelee kaikkien pakettien tai yhden paketin käyttöperusteiset maksut.</translation>
    </message>
    <message>
        <source>Only this plan.</source>
        <translation>Vain tämä paketti.</translation>
    </message>
    <message>
        <source>Adds a usage-based charge to a plan, billed in arrears; price flags add its first price.</source>
        <translation>Lisää paketille käyttöperusteisen maksun, joka laskutetaan jälkikäteen; hintavalitsimet lisäävät sen ensimmäisen hinnan.</translation>
    </message>
    <message>
        <source>Adds a price in another currency to a metered charge.</source>
        <translation>Lisää käyttöperusteiselle maksulle hinnan toisessa valuutassa.</translation>
    </message>
    <message>
        <source>Adds a new version of a metered charge&apos;s price from a date.</source>
        <translation>Lisää käyttöperusteisen maksun hinnalle uuden version tietystä päivästä alkaen.</translation>
    </message>
    <message>
        <source>--customer: &quot;%1&quot; is not a customer number.</source>
        <translation>--customer: &quot;%1&quot; ei ole asiakasnumero.</translation>
    </message>
    <message>
        <source>--customer works only with --preview: a billing run bills every customer.</source>
        <translation>--customer toimii vain valitsimen --preview kanssa: laskutusajo laskuttaa kaikki asiakkaat.</translation>
    </message>
    <message>
        <source>Bills everything due on or before a day that is not billed yet, one document per customer, in one transaction; running it again bills nothing twice.</source>
        <translation>Laskuttaa kaiken tiettyyn päivään mennessä erääntyneen, jota ei ole vielä laskutettu, yhden asiakirjan asiakasta kohden ja yhtenä tapahtumana; uudelleen ajettuna mitään ei laskuteta kahdesti.</translation>
    </message>
    <message>
        <source>Bill what is due on or before this day (default: today).</source>
        <translation>Laskuta tähän päivään mennessä erääntynyt (oletus: tänään).</translation>
    </message>
    <message>
        <source>Show the documents the run would write; write nothing.</source>
        <translation>Näytä asiakirjat, jotka ajo kirjoittaisi; älä kirjoita mitään.</translation>
    </message>
    <message>
        <source>With --preview: only this customer.</source>
        <translation>Valitsimen --preview kanssa: vain tämä asiakas.</translation>
    </message>
    <message>
        <source>%1, %2, customer %3</source>
        <translation>%1, %2, asiakas %3</translation>
    </message>
    <message>
        <source>Total %1, credit applied %2, due %3</source>
        <translation>Yhteensä %1, käytetty hyvitys %2, maksettavaa %3</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kausi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Derivation</source>
        <translation>Laskelma</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to bill as of %1 (%n subscription(s) checked).</source>
        <translation>
            <numerusform>Ei laskutettavaa (tilanne %1; %n tilaus tarkistettu).</numerusform>
            <numerusform>Ei laskutettavaa (tilanne %1; %n tilausta tarkistettu).</numerusform>
        </translation>
    </message>
    <message>
        <source>Billing preview as of %1: nothing was written.</source>
        <translation>Laskutuksen esikatselu (tilanne %1): mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Billing run as of %1.</source>
        <translation>Laskutusajo (tilanne %1).</translation>
    </message>
    <message>
        <source>Subscription %1: %2 on %3.</source>
        <translation>Tilaus %1: %2 %3.</translation>
    </message>
    <message>
        <source>Invoices: %1, credit notes: %2, lines: %3, subscriptions checked: %4.</source>
        <translation>Laskuja: %1, hyvityslaskuja: %2, rivejä: %3, tilauksia tarkistettu: %4.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkistoitu</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiivinen</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>%1 alkaen: %2</translation>
    </message>
    <message>
        <source>, setup fee %1</source>
        <translation>, aloitusmaksu %1</translation>
    </message>
    <message>
        <source>(no price)</source>
        <translation>(ei hintaa)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Trial days</source>
        <translation>Kokeilupäivät</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Sopimuskausi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Hinnat</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Ominaisuudet</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Lisäosat</translation>
    </message>
    <message>
        <source>Metered charges:</source>
        <translation>Käyttöperusteiset maksut:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Paketti</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Koostetapa</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>alennus %1</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n kausi</numerusform>
            <numerusform>%n kautta</numerusform>
        </translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Alennus</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Paketit</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vanhenee</translation>
    </message>
    <message>
        <source>all</source>
        <translation>kaikki</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>Redemption limit</source>
        <translation>Käyttökertojen raja</translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation>Käyttökerrat</translation>
    </message>
    <message>
        <source>Recurring discount</source>
        <translation>Toistuva alennus</translation>
    </message>
    <message>
        <source>%1 × %2 (%3, price from %4)</source>
        <translation>%1 × %2 (%3, hinta %4 alkaen)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Setup fee, once: %1</source>
        <translation>Aloitusmaksu, kerran: %1</translation>
    </message>
    <message>
        <source>Which entries (default: active).</source>
        <translation>Mitkä kohteet (oletus: active).</translation>
    </message>
    <message>
        <source>The plan&apos;s name.</source>
        <translation>Paketin nimi.</translation>
    </message>
    <message>
        <source>The product it belongs to; created when no product has this name.</source>
        <translation>Tuote, johon paketti kuuluu; luodaan, jos tämännimistä tuotetta ei ole.</translation>
    </message>
    <message>
        <source>A feature line, e.g. &quot;5 users&quot;; repeated flags replace the list.</source>
        <translation>Ominaisuusrivi, esim. &quot;5 käyttäjää&quot;; toistetut valitsimet korvaavat luettelon.</translation>
    </message>
    <message>
        <source>Free trial days a new subscription gets (0 to %1, default 0).</source>
        <translation>Uuden tilauksen ilmaiset kokeilupäivät (0–%1, oletus 0).</translation>
    </message>
    <message>
        <source>Billing periods of a fixed term (0, the default: runs until cancelled).</source>
        <translation>Määräaikaisen sopimuskauden laskutuskaudet (0 on oletus: voimassa, kunnes peruutetaan).</translation>
    </message>
    <message>
        <source>What happens when a fixed term ends (default renew).</source>
        <translation>Mitä tapahtuu, kun määräaikainen sopimuskausi päättyy (oletus renew).</translation>
    </message>
    <message>
        <source>An add-on subscriptions to the plan may have; repeated flags make the set.</source>
        <translation>Lisäosa, joka paketin tilauksilla voi olla; toistetut valitsimet muodostavat joukon.</translation>
    </message>
    <message>
        <source>Remove every feature line (before --feature).</source>
        <translation>Poista kaikki ominaisuusrivit (ennen valitsinta --feature).</translation>
    </message>
    <message>
        <source>Allow no add-ons (before --addon).</source>
        <translation>Älä salli lisäosia (ennen valitsinta --addon).</translation>
    </message>
    <message>
        <source>--product needs the product&apos;s name.</source>
        <translation>--product vaatii tuotteen nimen.</translation>
    </message>
    <message>
        <source>What the clerk and the customer read, e.g. &quot;Spring sale&quot;.</source>
        <translation>Mitä käyttäjä ja asiakas näkevät, esim. &quot;Kevätale&quot;.</translation>
    </message>
    <message>
        <source>A percentage off, e.g. 25 or 12.5.</source>
        <translation>Prosenttialennus, esim. 25 tai 12.5.</translation>
    </message>
    <message>
        <source>A fixed amount off, e.g. 10.00 (with --currency).</source>
        <translation>Kiinteä alennussumma, esim. 10.00 (valitsimen --currency kanssa).</translation>
    </message>
    <message>
        <source>Currency of --amount.</source>
        <translation>Valitsimen --amount valuutta.</translation>
    </message>
    <message>
        <source>How long it applies (default once; --periods implies repeating).</source>
        <translation>Kuinka kauan alennus on voimassa (oletus once; --periods tarkoittaa repeating).</translation>
    </message>
    <message>
        <source>repeating: how many billed periods.</source>
        <translation>repeating: kuinka monta laskutettua kautta.</translation>
    </message>
    <message>
        <source>Limit it to a plan; repeated flags make the set (default: every plan).</source>
        <translation>Rajaa kuponki pakettiin; toistetut valitsimet muodostavat joukon (oletus: kaikki paketit).</translation>
    </message>
    <message>
        <source>How many redemptions in total; empty: no limit.</source>
        <translation>Käyttökertojen enimmäismäärä yhteensä; tyhjä: ei rajaa.</translation>
    </message>
    <message>
        <source>How many redemptions in total (default: no limit).</source>
        <translation>Käyttökertojen enimmäismäärä yhteensä (oletus: ei rajaa).</translation>
    </message>
    <message>
        <source>Refused for redemptions on or after this day; empty: never.</source>
        <translation>Hylätään, jos kuponkia käytetään tänä päivänä tai myöhemmin; tyhjä: ei koskaan.</translation>
    </message>
    <message>
        <source>Refused for redemptions on or after this day.</source>
        <translation>Hylätään, jos kuponkia käytetään tänä päivänä tai myöhemmin.</translation>
    </message>
    <message>
        <source>Let it apply to every plan (before --plan).</source>
        <translation>Salli kupongin käyttö kaikissa paketeissa (ennen valitsinta --plan).</translation>
    </message>
    <message>
        <source>Give either --percent or --amount, not both.</source>
        <translation>Anna joko --percent tai --amount, ei molempia.</translation>
    </message>
    <message>
        <source>--percent must be a percentage such as 25 or 12.5, not &quot;%1&quot;.</source>
        <translation>Valitsimen --percent arvon on oltava prosenttiluku, esim. 25 tai 12.5, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--amount needs --currency.</source>
        <translation>--amount vaatii valitsimen --currency.</translation>
    </message>
    <message>
        <source>--currency needs --amount.</source>
        <translation>--currency vaatii valitsimen --amount.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 refused (invalid data, no such customer, plan or subscription, a file SubDesk cannot open), 2 wrong usage.</source>
        <translation>Paluukoodi: 0 onnistui, 1 hylätty (virheelliset tiedot, asiakasta, pakettia tai tilausta ei ole, tiedosto, jota SubDesk ei voi avata), 2 virheellinen käyttö.</translation>
    </message>
    <message>
        <source>Show the events and documents it would write; write nothing.</source>
        <translation>Näytä tapahtumat ja asiakirjat, jotka kirjoitettaisiin; älä kirjoita mitään.</translation>
    </message>
    <message>
        <source>A note kept with the subscription&apos;s event.</source>
        <translation>Tilauksen tapahtuman yhteydessä säilytettävä huomautus.</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>Valitsimen --%1 arvon on oltava päivämäärä muodossa YYYY-MM-DD, ei &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>Valitsimen --%1 arvon on oltava kokonaisluku, vähintään %2, ei &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>Valitsimen --%1 arvon on oltava kokonaisluku väliltä %2–%3, ei &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an ISO 4217 currency code such as EUR.</source>
        <translation>--%1: &quot;%2&quot; ei ole ISO 4217 -valuuttakoodi, kuten EUR.</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>Valitsimen --%1 arvon on oltava jokin seuraavista: %2, ei &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>There is no plan &quot;%1&quot;.</source>
        <translation>Pakettia &quot;%1&quot; ei ole.</translation>
    </message>
    <message>
        <source>There is no add-on &quot;%1&quot;.</source>
        <translation>Lisäosaa &quot;%1&quot; ei ole.</translation>
    </message>
    <message>
        <source>There is no coupon &quot;%1&quot;.</source>
        <translation>Kuponkia &quot;%1&quot; ei ole.</translation>
    </message>
    <message>
        <source>Plan %1 has no metered charge &quot;%2&quot;.</source>
        <translation>Paketilla %1 ei ole käyttöperusteista maksua &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No coupons found.</source>
        <translation>Kuponkeja ei löytynyt.</translation>
    </message>
    <message>
        <source>Give --percent or --amount: what the coupon takes off.</source>
        <translation>Anna --percent tai --amount: kupongin alennus.</translation>
    </message>
    <message>
        <source>A coupon with the code %1 already exists.</source>
        <translation>Kuponki, jonka koodi on %1, on jo olemassa.</translation>
    </message>
    <message>
        <source>Coupon %1 added.</source>
        <translation>Kuponki %1 lisätty.</translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to set, e.g. --expires DATE.</source>
        <translation>Ei muutettavaa: anna asetettavat kentät, esim. --expires DATE.</translation>
    </message>
    <message>
        <source>Coupon %1 updated.</source>
        <translation>Kuponki %1 päivitetty.</translation>
    </message>
    <message>
        <source>Upper-case letters, digits, - and _, e.g. SPRING25 (required).</source>
        <translation>Isoja kirjaimia, numeroita, - ja _, esim. SPRING25 (pakollinen).</translation>
    </message>
    <message>
        <source>Lists coupons; --json adds how often each was redeemed.</source>
        <translation>Luettelee kupongit; --json lisää kunkin käyttökertojen määrän.</translation>
    </message>
    <message>
        <source>Shows a coupon and how often it was redeemed.</source>
        <translation>Näyttää kupongin ja sen käyttökertojen määrän.</translation>
    </message>
    <message>
        <source>Adds a coupon. --code, --name and --percent or --amount with --currency are required.</source>
        <translation>Lisää kupongin. --code, --name ja --percent tai --amount yhdessä valitsimen --currency kanssa ovat pakollisia.</translation>
    </message>
    <message>
        <source>Changes the given fields of a coupon. To retire a coupon, give it an expiry date (--expires) or a limit.</source>
        <translation>Muuttaa kupongin annetut kentät. Voit poistaa kupongin käytöstä antamalla sille päättymispäivän (--expires) tai käyttörajan.</translation>
    </message>
    <message>
        <source>%1 already has a catalog; the demo company goes only into an empty company file. Choose another file with --db, or add only customers with --customers-only.</source>
        <translation>Tiedostossa %1 on jo tuoteluettelo; esittelyyritys lisätään vain tyhjään yritystiedostoon. Valitse toinen tiedosto valitsimella --db tai lisää pelkät asiakkaat valitsimella --customers-only.</translation>
    </message>
    <message>
        <source>Only the customers: no catalog, subscriptions or history.</source>
        <translation>Vain asiakkaat: ei tuoteluetteloa, tilauksia eikä historiaa.</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Paketti %1</translation>
    </message>
    <message>
        <source>No plans found.</source>
        <translation>Paketteja ei löytynyt.</translation>
    </message>
    <message>
        <source>A plan with the code %1 already exists.</source>
        <translation>Paketti, jonka koodi on %1, on jo olemassa.</translation>
    </message>
    <message>
        <source>Plan %1 added.</source>
        <translation>Paketti %1 lisätty.</translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to set, e.g. --name TEXT.</source>
        <translation>Ei muutettavaa: anna asetettavat kentät, esim. --name TEXT.</translation>
    </message>
    <message>
        <source>Plan %1 updated.</source>
        <translation>Paketti %1 päivitetty.</translation>
    </message>
    <message>
        <source>Plan %1 is already archived.</source>
        <translation>Paketti %1 on jo arkistoitu.</translation>
    </message>
    <message>
        <source>Plan %1 is already active.</source>
        <translation>Paketti %1 on jo aktiivinen.</translation>
    </message>
    <message>
        <source>Plan %1 archived: no new subscriptions; existing ones continue.</source>
        <translation>Paketti %1 arkistoitu: ei uusia tilauksia; nykyiset jatkuvat.</translation>
    </message>
    <message>
        <source>Plan %1 restored.</source>
        <translation>Paketti %1 palautettu.</translation>
    </message>
    <message>
        <source>Price added to plan %1: %2, %3.</source>
        <translation>Paketille %1 lisätty hinta: %2, %3.</translation>
    </message>
    <message>
        <source>--subscription: &quot;%1&quot; is not a subscription number.</source>
        <translation>--subscription: &quot;%1&quot; ei ole tilausnumero.</translation>
    </message>
    <message>
        <source>Subscriptions moved to the price of plan %1 (%2) from %3, as of their first period from %4: %5.</source>
        <translation>Tilauksia siirretty paketin %1 hintaan (%2), joka on voimassa %3 alkaen, ensimmäisestä %4 tai myöhemmin alkavasta kaudestaan: %5.</translation>
    </message>
    <message>
        <source>The price of plan %1 (%2) starts on %3, after %4.</source>
        <translation>Paketin %1 hinta (%2) tulee voimaan %3 eli vasta päivän %4 jälkeen.</translation>
    </message>
    <message>
        <source>The price&apos;s currency (needed when the plan has several).</source>
        <translation>Hinnan valuutta (tarvitaan, jos paketilla on useita).</translation>
    </message>
    <message>
        <source>The price&apos;s billing interval (needed when the plan has several).</source>
        <translation>Hinnan laskutusväli (tarvitaan, jos paketilla on useita).</translation>
    </message>
    <message>
        <source>Upper-case letters, digits, - and _, e.g. PRO-M (required).</source>
        <translation>Isoja kirjaimia, numeroita, - ja _, esim. PRO-M (pakollinen).</translation>
    </message>
    <message>
        <source>Setup fee of the new version (default: as before).</source>
        <translation>Uuden version aloitusmaksu (oletus: ennallaan).</translation>
    </message>
    <message>
        <source>Move them from their first period starting on or after this day (required).</source>
        <translation>Siirrä tilaukset niiden ensimmäisestä tänä päivänä tai myöhemmin alkavasta kaudesta alkaen (pakollinen).</translation>
    </message>
    <message>
        <source>Only this subscription (default: every one on an older version).</source>
        <translation>Vain tämä tilaus (oletus: kaikki vanhemmassa versiossa olevat).</translation>
    </message>
    <message>
        <source>Units for one period (required).</source>
        <translation>Yhden kauden yksiköt (pakollinen).</translation>
    </message>
    <message>
        <source>Use the price version in effect on this day (default: today).</source>
        <translation>Käytä tänä päivänä voimassa olevaa hintaversiota (oletus: tänään).</translation>
    </message>
    <message>
        <source>Lists plans with their current prices.</source>
        <translation>Luettelee paketit ja niiden nykyiset hinnat.</translation>
    </message>
    <message>
        <source>Only the plans of this product.</source>
        <translation>Vain tämän tuotteen paketit.</translation>
    </message>
    <message>
        <source>Shows a plan with every price version and metered charge.</source>
        <translation>Näyttää paketin ja sen kaikki hintaversiot ja käyttöperusteiset maksut.</translation>
    </message>
    <message>
        <source>Adds a plan. --code, --name and --product are required; price flags add its first price in the same step.</source>
        <translation>Lisää paketin. --code, --name ja --product ovat pakollisia; hintavalitsimet lisäävät sen ensimmäisen hinnan samalla kertaa.</translation>
    </message>
    <message>
        <source>Changes the given fields of a plan; prices change with price and version.</source>
        <translation>Muuttaa paketin annetut kentät; hinnat muutetaan komennoilla price ja version.</translation>
    </message>
    <message>
        <source>Archives a plan: no new subscriptions; existing ones continue.</source>
        <translation>Arkistoi paketin: ei uusia tilauksia; nykyiset jatkuvat.</translation>
    </message>
    <message>
        <source>Makes an archived plan available again.</source>
        <translation>Palauttaa arkistoidun paketin saataville.</translation>
    </message>
    <message>
        <source>Adds a price in another currency or interval to a plan.</source>
        <translation>Lisää paketille hinnan toisessa valuutassa tai toisella laskutusvälillä.</translation>
    </message>
    <message>
        <source>Adds a new version of a plan&apos;s price from a date; subscriptions keep their version until migrated.</source>
        <translation>Lisää paketin hinnalle uuden version tietystä päivästä alkaen; tilaukset säilyttävät versionsa, kunnes ne siirretään.</translation>
    </message>
    <message>
        <source>Moves subscriptions on older versions of a plan&apos;s price to the latest version.</source>
        <translation>Siirtää paketin hinnan vanhemmissa versioissa olevat tilaukset uusimpaan versioon.</translation>
    </message>
    <message>
        <source>Prints a plan&apos;s price for a quantity with its breakdown.</source>
        <translation>Tulostaa paketin hinnan annetulle määrälle erittelyineen.</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2 prices.</source>
        <translation>Valitsin --%1 ei koske hintamallia %2.</translation>
    </message>
    <message>
        <source>How the price turns a quantity into an amount.</source>
        <translation>Miten hinta muuttaa määrän summaksi.</translation>
    </message>
    <message>
        <source>flat: the amount; per_unit: the unit price; package: the price of a package (e.g. 20.00).</source>
        <translation>flat: summa; per_unit: yksikköhinta; package: paketin hinta (esim. 20.00).</translation>
    </message>
    <message>
        <source>graduated and volume: a tier up to UPTO units (&quot;inf&quot; for the last) at UNIT each, plus an optional flat fee, e.g. --tier 10:5.00 --tier inf:4.00:10.00.</source>
        <translation>graduated ja volume: porras UPTO yksikköön asti (viimeisessä &quot;inf&quot;) hintaan UNIT yksiköltä sekä valinnainen kiinteä maksu, esim. --tier 10:5.00 --tier inf:4.00:10.00.</translation>
    </message>
    <message>
        <source>package: units per package.</source>
        <translation>package: yksiköitä paketissa.</translation>
    </message>
    <message>
        <source>package: units free of charge (default 0).</source>
        <translation>package: maksuttomat yksiköt (oletus 0).</translation>
    </message>
    <message>
        <source>ISO 4217 currency of the price, e.g. EUR.</source>
        <translation>Hinnan ISO 4217 -valuutta, esim. EUR.</translation>
    </message>
    <message>
        <source>Billing interval: &quot;1 month&quot;, &quot;3 months&quot;, &quot;1 year&quot;...</source>
        <translation>Laskutusväli: &quot;1 month&quot;, &quot;3 months&quot;, &quot;1 year&quot;...</translation>
    </message>
    <message>
        <source>Charged once when a subscription starts (default 0).</source>
        <translation>Veloitetaan kerran tilauksen alkaessa (oletus 0).</translation>
    </message>
    <message>
        <source>The day the price takes effect (required).</source>
        <translation>Päivä, jona hinta tulee voimaan (pakollinen).</translation>
    </message>
    <message>
        <source>The day the price takes effect (default: today).</source>
        <translation>Päivä, jona hinta tulee voimaan (oletus: tänään).</translation>
    </message>
    <message>
        <source>--tier &quot;%1&quot;: %2 Write it as UPTO:UNIT_PRICE[:FLAT_FEE], e.g. 10:5.00 or inf:4.00:10.00.</source>
        <translation>--tier &quot;%1&quot;: %2 Kirjoita muodossa UPTO:UNIT_PRICE[:FLAT_FEE], esim. 10:5.00 tai inf:4.00:10.00.</translation>
    </message>
    <message>
        <source>it needs two or three parts.</source>
        <translation>siinä on oltava kaksi tai kolme osaa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of units or inf.</source>
        <translation>&quot;%1&quot; ei ole yksikkömäärä eikä inf.</translation>
    </message>
    <message>
        <source>--model is required: one of %1.</source>
        <translation>--model on pakollinen: jokin seuraavista: %1.</translation>
    </message>
    <message>
        <source>%1 has no price yet.</source>
        <translation>%1: ei vielä hintaa.</translation>
    </message>
    <message>
        <source>%1 has no price for %2 (it has: %3).</source>
        <translation>%1: ei hintaa (%2); hinnat: %3.</translation>
    </message>
    <message>
        <source>%1 has several prices (%2): choose one with --currency%3.</source>
        <translation>%1: useita hintoja (%2): valitse yksi valitsimella --currency%3.</translation>
    </message>
    <message>
        <source>%1 (%2) costs from %3: %4.</source>
        <translation>%1 (%2) maksaa %3 alkaen: %4.</translation>
    </message>
    <message>
        <source>one-time %1 × %2</source>
        <translation>kertaluonteinen %1 × %2</translation>
    </message>
    <message>
        <source>prorated</source>
        <translation>suhteutettu</translation>
    </message>
    <message>
        <source>not prorated</source>
        <translation>ei suhteutettu</translation>
    </message>
    <message>
        <source>, add-ons %1</source>
        <translation>, lisäosat %1</translation>
    </message>
    <message>
        <source>, coupon %1</source>
        <translation>, kuponki %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Tilaus</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Price per period</source>
        <translation>Hinta kaudelta</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Kuponki</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Alkanut</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>Seuraava laskutus</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Preview: nothing was written.</source>
        <translation>Esikatselu: mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Tapahtumat:</translation>
    </message>
    <message>
        <source>No document would be written now.</source>
        <translation>Nyt ei kirjoitettaisi yhtään asiakirjaa.</translation>
    </message>
    <message>
        <source>No document was written now.</source>
        <translation>Nyt ei kirjoitettu yhtään asiakirjaa.</translation>
    </message>
    <message>
        <source>Documents it would write:</source>
        <translation>Asiakirjat, jotka kirjoitettaisiin:</translation>
    </message>
    <message>
        <source>Documents written:</source>
        <translation>Kirjoitetut asiakirjat:</translation>
    </message>
    <message>
        <source>Billed later:</source>
        <translation>Laskutetaan myöhemmin:</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>--addon &quot;%1&quot;: write the add-on&apos;s code and, optionally, a quantity of at least 1, e.g. EXTRA-STORAGE or EXTRA-STORAGE:3.</source>
        <translation>--addon &quot;%1&quot;: kirjoita lisäosan koodi ja halutessasi määrä (vähintään 1), esim. EXTRA-STORAGE tai EXTRA-STORAGE:3.</translation>
    </message>
    <message>
        <source>Today, prorated (the default).</source>
        <translation>Tänään, suhteutettuna (oletus).</translation>
    </message>
    <message>
        <source>On this day (today or later), prorated.</source>
        <translation>Tänä päivänä (tänään tai myöhemmin), suhteutettuna.</translation>
    </message>
    <message>
        <source>At the end of the current period, not prorated.</source>
        <translation>Nykyisen kauden lopussa, ei suhteutettuna.</translation>
    </message>
    <message>
        <source>Give only one of --now, --on and --at-period-end.</source>
        <translation>Anna vain yksi valitsimista --now, --on ja --at-period-end.</translation>
    </message>
    <message>
        <source>Plan %1 has no price yet; add one with &quot;subdesk-cli plans price %1&quot;.</source>
        <translation>Paketilla %1 ei ole vielä hintaa; lisää hinta komennolla &quot;subdesk-cli plans price %1&quot;.</translation>
    </message>
    <message>
        <source>Plan %1 is sold at several intervals (%2): choose one with --interval.</source>
        <translation>Pakettia %1 myydään usealla laskutusvälillä (%2): valitse yksi valitsimella --interval.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subscription number.</source>
        <translation>&quot;%1&quot; ei ole tilausnumero.</translation>
    </message>
    <message>
        <source>--customer: there is no customer %1.</source>
        <translation>--customer: asiakasta %1 ei ole.</translation>
    </message>
    <message>
        <source>Give either --addon or --no-addons, not both.</source>
        <translation>Anna joko --addon tai --no-addons, ei molempia.</translation>
    </message>
    <message>
        <source>Nothing to change: give --plan, --quantity, --interval, --addon, --no-addons or --coupon.</source>
        <translation>Ei muutettavaa: anna --plan, --quantity, --interval, --addon, --no-addons tai --coupon.</translation>
    </message>
    <message>
        <source>Subscription %1 changed.</source>
        <translation>Tilausta %1 muutettu.</translation>
    </message>
    <message>
        <source>Subscription %1 cancelled.</source>
        <translation>Tilaus %1 peruutettu.</translation>
    </message>
    <message>
        <source>Subscription %1 paused.</source>
        <translation>Tilaus %1 keskeytetty.</translation>
    </message>
    <message>
        <source>Subscription %1 reactivated.</source>
        <translation>Tilaus %1 aktivoitu uudelleen.</translation>
    </message>
    <message>
        <source>Subscription %1 resumed.</source>
        <translation>Tilausta %1 jatkettu.</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Ei vielä asiakirjoja.</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Asiakirjat:</translation>
    </message>
    <message>
        <source>No subscriptions found.</source>
        <translation>Tilauksia ei löytynyt.</translation>
    </message>
    <message>
        <source>Do not credit the unused part of the period.</source>
        <translation>Älä hyvitä kauden käyttämätöntä osaa.</translation>
    </message>
    <message>
        <source>The day billing starts again (default: today).</source>
        <translation>Päivä, jona laskutus jatkuu (oletus: tänään).</translation>
    </message>
    <message>
        <source>An add-on, with a quantity (default 1).</source>
        <translation>Lisäosa ja sen määrä (oletus 1).</translation>
    </message>
    <message>
        <source>Billing interval, e.g. &quot;1 month&quot; or &quot;1 year&quot;.</source>
        <translation>Laskutusväli, esim. &quot;1 month&quot; tai &quot;1 year&quot;.</translation>
    </message>
    <message>
        <source>The customer&apos;s number (required).</source>
        <translation>Asiakkaan numero (pakollinen).</translation>
    </message>
    <message>
        <source>Units or seats (default 1).</source>
        <translation>Yksiköt tai käyttäjäpaikat (oletus 1).</translation>
    </message>
    <message>
        <source>The first day (default: today).</source>
        <translation>Ensimmäinen päivä (oletus: tänään).</translation>
    </message>
    <message>
        <source>The day of the month periods start on; the first period is prorated up to it (default: the start day).</source>
        <translation>Kuukauden päivä, jona kaudet alkavat; ensimmäinen kausi suhteutetaan siihen asti (oletus: aloituspäivä).</translation>
    </message>
    <message>
        <source>Free trial days (default: the plan&apos;s).</source>
        <translation>Ilmaiset kokeilupäivät (oletus: paketin oma arvo).</translation>
    </message>
    <message>
        <source>A coupon to redeem.</source>
        <translation>Käytettävä kuponki.</translation>
    </message>
    <message>
        <source>The new plan.</source>
        <translation>Uusi paketti.</translation>
    </message>
    <message>
        <source>The new quantity.</source>
        <translation>Uusi määrä.</translation>
    </message>
    <message>
        <source>The complete new set of add-ons (CODE or CODE:QTY).</source>
        <translation>Lisäosien koko uusi joukko (CODE tai CODE:QTY).</translation>
    </message>
    <message>
        <source>Remove every add-on.</source>
        <translation>Poista kaikki lisäosat.</translation>
    </message>
    <message>
        <source>A new coupon; an empty value removes the coupon.</source>
        <translation>Uusi kuponki; tyhjä arvo poistaa kupongin.</translation>
    </message>
    <message>
        <source>Change for N days only, then back by itself.</source>
        <translation>Muuta vain N päiväksi, minkä jälkeen palautuu itsestään.</translation>
    </message>
    <message>
        <source>Only subscriptions in this state.</source>
        <translation>Vain tässä tilassa olevat tilaukset.</translation>
    </message>
    <message>
        <source>Only this customer.</source>
        <translation>Vain tämä asiakas.</translation>
    </message>
    <message>
        <source>The state as of this day (default: today).</source>
        <translation>Tila tänä päivänä (oletus: tänään).</translation>
    </message>
    <message>
        <source>Subscribes a customer to a plan and prints the subscription&apos;s number. --customer and --plan are required.</source>
        <translation>Tekee asiakkaalle paketin tilauksen ja tulostaa tilauksen numeron. --customer ja --plan ovat pakollisia.</translation>
    </message>
    <message>
        <source>Changes plan, quantity, interval, add-ons or coupon; prorated unless --at-period-end.</source>
        <translation>Muuttaa pakettia, määrää, laskutusväliä, lisäosia tai kuponkia; suhteutetaan, ellei annettu --at-period-end.</translation>
    </message>
    <message>
        <source>Pauses billing; the unused part is credited unless --no-credit.</source>
        <translation>Keskeyttää laskutuksen; käyttämätön osa hyvitetään, ellei annettu --no-credit.</translation>
    </message>
    <message>
        <source>Resumes a paused subscription.</source>
        <translation>Jatkaa keskeytettyä tilausta.</translation>
    </message>
    <message>
        <source>Cancels a subscription; immediately with credit for the unused part, or at the period end.</source>
        <translation>Peruuttaa tilauksen: heti hyvittäen käyttämättömän osan tai kauden lopussa.</translation>
    </message>
    <message>
        <source>Continues a cancelled or expired subscription.</source>
        <translation>Jatkaa peruutettua tai päättynyttä tilausta.</translation>
    </message>
    <message>
        <source>Shows a subscription, its events and its documents with every line.</source>
        <translation>Näyttää tilauksen, sen tapahtumat ja asiakirjat kaikkine riveineen.</translation>
    </message>
    <message>
        <source>Lists subscriptions as a table or as JSON.</source>
        <translation>Luettelee tilaukset taulukkona tai JSON-muodossa.</translation>
    </message>
    <message>
        <source>--metric needs a metric code, e.g. api_calls.</source>
        <translation>--metric vaatii mittarin koodin, esim. api_calls.</translation>
    </message>
    <message>
        <source>--subscription: there is no subscription %1.</source>
        <translation>--subscription: tilausta %1 ei ole.</translation>
    </message>
    <message>
        <source>Usage records imported: %1.</source>
        <translation>Käyttölukemia tuotu: %1.</translation>
    </message>
    <message>
        <source>Records one reading of a metric and prints its number.</source>
        <translation>Kirjaa mittarin yhden lukeman ja tulostaa sen numeron.</translation>
    </message>
    <message>
        <source>The subscription (required).</source>
        <translation>Tilaus (pakollinen).</translation>
    </message>
    <message>
        <source>The metric code of one of its metered charges (required).</source>
        <translation>Jonkin tilauksen käyttöperusteisen maksun mittarikoodi (pakollinen).</translation>
    </message>
    <message>
        <source>A whole number of 0 or more (required).</source>
        <translation>Kokonaisluku 0 tai suurempi (pakollinen).</translation>
    </message>
    <message>
        <source>The day of the reading (default: today).</source>
        <translation>Lukeman päivä (oletus: tänään).</translation>
    </message>
    <message>
        <source>Imports readings from a CSV file with the columns subscription, metric, quantity and date, all of them or none. Bad rows are listed as &quot;Line N: reason&quot; on stderr.</source>
        <translation>Tuo lukemat CSV-tiedostosta, jossa on sarakkeet subscription, metric, quantity ja date, joko kaikki tai ei yhtään. Virheelliset rivit luetellaan stderr-virtaan muodossa &quot;Rivi N: syy&quot;.</translation>
    </message>
    <message>
        <source>SUBDESK_TODAY must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>Muuttujan SUBDESK_TODAY arvon on oltava päivämäärä muodossa YYYY-MM-DD, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--issue works only for a real run, not with --preview.</source>
        <translation>--issue toimii vain todellisessa ajossa, ei valitsimen --preview kanssa.</translation>
    </message>
    <message>
        <source>The run was written, but its documents were not issued: %1</source>
        <translation>Ajo kirjoitettiin, mutta sen asiakirjoja ei vahvistettu: %1</translation>
    </message>
    <message>
        <source>Issue the run&apos;s documents at once (numbered, taxed, final).</source>
        <translation>Vahvista ajon asiakirjat heti (numeroitu, verotettu, lopullinen).</translation>
    </message>
    <message>
        <source>(no company name)</source>
        <translation>(ei yrityksen nimeä)</translation>
    </message>
    <message>
        <source>VAT ID: %1</source>
        <translation>ALV-tunnus: %1</translation>
    </message>
    <message numerus="yes">
        <source>Payment terms: %n day(s)</source>
        <translation>
            <numerusform>Maksuehto: %n päivä</numerusform>
            <numerusform>Maksuehto: %n päivää</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete: documents cannot be issued until the name and the country are set (&quot;company set&quot;).</source>
        <translation>Keskeneräinen: asiakirjoja ei voi vahvistaa ennen kuin nimi ja maa on asetettu (&quot;company set&quot;).</translation>
    </message>
    <message>
        <source>Bank accounts:</source>
        <translation>Pankkitilit:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nimike</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Oletus</translation>
    </message>
    <message>
        <source>Numbering series:</source>
        <translation>Numerosarjat:</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Malli</translation>
    </message>
    <message>
        <source>--vat-exempt must be yes or no, not &quot;%1&quot;.</source>
        <translation>Valitsimen --vat-exempt arvon on oltava yes tai no, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--logo: &quot;%1&quot; cannot be read: %2</source>
        <translation>--logo: tiedostoa &quot;%1&quot; ei voi lukea: %2</translation>
    </message>
    <message>
        <source>Nothing to change: give --name, --country or another field.</source>
        <translation>Ei muutettavaa: anna --name, --country tai jokin muu kenttä.</translation>
    </message>
    <message>
        <source>Company profile saved.</source>
        <translation>Yrityksen tiedot tallennettu.</translation>
    </message>
    <message>
        <source>Shows the company profile printed on every document, the bank accounts and the numbering series.</source>
        <translation>Näyttää jokaiseen asiakirjaan tulostettavat yrityksen tiedot, pankkitilit ja numerosarjat.</translation>
    </message>
    <message>
        <source>Changes fields of the company profile (the seller on documents); fields not given stay as they are.</source>
        <translation>Muuttaa yrityksen tietojen kenttiä (asiakirjojen myyjä); antamatta jätetyt kentät pysyvät ennallaan.</translation>
    </message>
    <message>
        <source>The legal name.</source>
        <translation>Virallinen nimi.</translation>
    </message>
    <message>
        <source>A street line (replaces all of them).</source>
        <translation>Katuosoiterivi (korvaa kaikki rivit).</translation>
    </message>
    <message>
        <source>The postal code.</source>
        <translation>Postinumero.</translation>
    </message>
    <message>
        <source>The city.</source>
        <translation>Kaupunki.</translation>
    </message>
    <message>
        <source>The region or province.</source>
        <translation>Alue tai maakunta.</translation>
    </message>
    <message>
        <source>ISO 3166 country code, such as FI.</source>
        <translation>ISO 3166 -maakoodi, esim. FI.</translation>
    </message>
    <message>
        <source>The VAT ID, such as FI12345671.</source>
        <translation>ALV-tunnus, esim. FI12345671.</translation>
    </message>
    <message>
        <source>The company register number.</source>
        <translation>Kaupparekisterinumero tai Y-tunnus.</translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation>Sähköpostiosoite.</translation>
    </message>
    <message>
        <source>The phone number.</source>
        <translation>Puhelinnumero.</translation>
    </message>
    <message>
        <source>The website.</source>
        <translation>Verkkosivusto.</translation>
    </message>
    <message>
        <source>The Peppol participant id, such as 0088:5790000435968.</source>
        <translation>Peppol-osallistujatunnus, esim. 0088:5790000435968.</translation>
    </message>
    <message>
        <source>Days to pay for customers without their own terms (0–365).</source>
        <translation>Maksuaika päivinä asiakkaille, joilla ei ole omaa maksuehtoa (0–365).</translation>
    </message>
    <message>
        <source>Small-business VAT exemption: no VAT on any document.</source>
        <translation>Vähäisen toiminnan ALV-vapautus: ei arvonlisäveroa millään asiakirjalla.</translation>
    </message>
    <message>
        <source>The exemption&apos;s legal text.</source>
        <translation>Verovapauden perusteen lakiteksti.</translation>
    </message>
    <message>
        <source>Free text at the foot of documents.</source>
        <translation>Vapaa teksti asiakirjojen alatunnisteessa.</translation>
    </message>
    <message>
        <source>A PNG or JPEG logo; empty removes it.</source>
        <translation>PNG- tai JPEG-logo; tyhjä arvo poistaa sen.</translation>
    </message>
    <message>
        <source>Adds a bank account printed on documents for payment by transfer; prints its id.</source>
        <translation>Lisää pankkitilin, joka tulostetaan asiakirjoihin tilisiirtomaksuja varten; tulostaa sen tunnuksen.</translation>
    </message>
    <message>
        <source>The IBAN.</source>
        <translation>IBAN.</translation>
    </message>
    <message>
        <source>The BIC.</source>
        <translation>BIC.</translation>
    </message>
    <message>
        <source>The bank&apos;s name.</source>
        <translation>Pankin nimi.</translation>
    </message>
    <message>
        <source>Your name for the account.</source>
        <translation>Oma nimesi tilille.</translation>
    </message>
    <message>
        <source>The currency it is for (default: any).</source>
        <translation>Valuutta, jota tili koskee (oletus: mikä tahansa).</translation>
    </message>
    <message>
        <source>Print it on documents in its currency.</source>
        <translation>Tulosta tili sen valuutan asiakirjoihin.</translation>
    </message>
    <message>
        <source>%1 is not issued; issue it first (&quot;invoices issue %2&quot;).</source>
        <translation>%1 ei ole vahvistettu; vahvista se ensin (&quot;invoices issue %2&quot;).</translation>
    </message>
    <message>
        <source>--dir: the folder &quot;%1&quot; cannot be created.</source>
        <translation>--dir: kansiota &quot;%1&quot; ei voi luoda.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n tiedosto kirjoitettu kansioon %1.</numerusform>
            <numerusform>%n tiedostoa kirjoitettu kansioon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a document or --dir, not both.</source>
        <translation>Anna asiakirja tai --dir, ei molempia.</translation>
    </message>
    <message>
        <source>Give a document&apos;s number or id, or --dir with --from and --to.</source>
        <translation>Anna asiakirjan numero tai tunnus tai --dir yhdessä valitsimien --from ja --to kanssa.</translation>
    </message>
    <message>
        <source>--%1 works only with --dir.</source>
        <translation>--%1 toimii vain valitsimen --dir kanssa.</translation>
    </message>
    <message>
        <source>--output works only for one document, not with --dir.</source>
        <translation>--output toimii vain yhdelle asiakirjalle, ei valitsimen --dir kanssa.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from ei saa olla valitsimen --to jälkeen.</translation>
    </message>
    <message>
        <source>Write every document issued from --from to --to into this folder.</source>
        <translation>Kirjoita kaikki välillä --from–--to vahvistetut asiakirjat tähän kansioon.</translation>
    </message>
    <message>
        <source>With --dir: issued on or after this day.</source>
        <translation>Valitsimen --dir kanssa: vahvistettu tänä päivänä tai myöhemmin.</translation>
    </message>
    <message>
        <source>With --dir: issued on or before this day.</source>
        <translation>Valitsimen --dir kanssa: vahvistettu tänä päivänä tai aiemmin.</translation>
    </message>
    <message>
        <source>With --dir: only this customer&apos;s documents.</source>
        <translation>Valitsimen --dir kanssa: vain tämän asiakkaan asiakirjat.</translation>
    </message>
    <message>
        <source>Writes an issued invoice or credit note as a PDF in the customer&apos;s language, or every document of a date range into a folder.</source>
        <translation>Kirjoittaa vahvistetun laskun tai hyvityslaskun PDF-tiedostoksi asiakkaan kielellä tai kaikki aikavälin asiakirjat kansioon.</translation>
    </message>
    <message>
        <source>The PDF file, or - for stdout (default: NUMBER.pdf).</source>
        <translation>PDF-tiedosto tai - vakiotulosteeseen (oletus: NUMERO.pdf).</translation>
    </message>
    <message>
        <source>Writes an issued invoice or credit note as an EN 16931 UBL e-invoice for Peppol (BIS Billing 3), or every document of a date range into a folder.</source>
        <translation>Kirjoittaa vahvistetun laskun tai hyvityslaskun EN 16931 -standardin mukaiseksi UBL-verkkolaskuksi Peppol-verkkoon (BIS Billing 3) tai kaikki aikavälin asiakirjat kansioon.</translation>
    </message>
    <message>
        <source>The XML file, or - for stdout (default: NUMBER.xml).</source>
        <translation>XML-tiedosto tai - vakiotulosteeseen (oletus: NUMERO.xml).</translation>
    </message>
    <message>
        <source>Line ID</source>
        <translation>Rivin tunnus</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Yksikköhinta</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Vero</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Verokanta</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Veron peruste</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Verovapaus</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>luonnos %1</translation>
    </message>
    <message>
        <source>%1 %2 (document %3), %4</source>
        <translation>%1 %2 (asiakirja %3), %4</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Asiakas: %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Vahvistettu %1</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, eräpäivä %1</translation>
    </message>
    <message>
        <source>, supply %1</source>
        <translation>, toimitus %1</translation>
    </message>
    <message>
        <source>Net %1, tax %2, total %3 (%4)</source>
        <translation>Veroton %1, vero %2, yhteensä %3 (%4)</translation>
    </message>
    <message>
        <source>prices include tax</source>
        <translation>hinnat sisältävät veron</translation>
    </message>
    <message>
        <source>prices exclude tax</source>
        <translation>hinnat ilman veroa</translation>
    </message>
    <message>
        <source>Dated %1, total %2 before tax; not issued</source>
        <translation>Päivätty %1, yhteensä %2 ennen veroa; ei vahvistettu</translation>
    </message>
    <message>
        <source>Paid %1, credited %2, credit applied %3, balance %4</source>
        <translation>Maksettu %1, hyvitetty %2, käytetty hyvitys %3, avoinna %4</translation>
    </message>
    <message>
        <source>Corrects %1 of %2</source>
        <translation>Korjaa asiakirjaa %1, päivätty %2</translation>
    </message>
    <message>
        <source>Payment reference: %1</source>
        <translation>Viitenumero: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Huomautus: %1</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Rivit:</translation>
    </message>
    <message>
        <source>Taxes:</source>
        <translation>Verot:</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>Maksut:</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Maksu</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Maksutapa</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <source>Credit notes:</source>
        <translation>Hyvityslaskut:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Would issue %1 (document %2): %3 %4, due %5.</source>
        <translation>Vahvistettaisiin %1 (asiakirja %2): %3 %4, eräpäivä %5.</translation>
    </message>
    <message>
        <source>Issued %1 (document %2): %3 %4, due %5.</source>
        <translation>Vahvistettu %1 (asiakirja %2): %3 %4, eräpäivä %5.</translation>
    </message>
    <message>
        <source>No documents found.</source>
        <translation>Asiakirjoja ei löytynyt.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Avoinna</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s), total %2, balance %3.</source>
        <translation>
            <numerusform>%1: %n asiakirja, yhteensä %2, avoinna %3.</numerusform>
            <numerusform>%1: %n asiakirjaa, yhteensä %2, avoinna %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no invoice or credit note &quot;%1&quot;.</source>
        <translation>Laskua tai hyvityslaskua &quot;%1&quot; ei ole.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency.</source>
        <translation>&quot;%1&quot; ei ole valuutta.</translation>
    </message>
    <message>
        <source>--status must be one or more of %1, not &quot;%2&quot;.</source>
        <translation>Valitsimen --status arvon on oltava yksi tai useampi seuraavista: %1, ei &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--series: &quot;%1&quot; is not a series number.</source>
        <translation>--series: &quot;%1&quot; ei ole sarjan numero.</translation>
    </message>
    <message>
        <source>Give draft ids or --all-drafts, not both.</source>
        <translation>Anna luonnosten tunnukset tai --all-drafts, ei molempia.</translation>
    </message>
    <message>
        <source>Give the ids of the drafts to issue, or --all-drafts.</source>
        <translation>Anna vahvistettavien luonnosten tunnukset tai --all-drafts.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a draft id.</source>
        <translation>&quot;%1&quot; ei ole luonnoksen tunnus.</translation>
    </message>
    <message>
        <source>No drafts to issue.</source>
        <translation>Ei vahvistettavia luonnoksia.</translation>
    </message>
    <message>
        <source>--line &quot;%1&quot;: %2</source>
        <translation>--line &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>write &quot;description;quantity;unit price[;tax class]&quot;.</source>
        <translation>kirjoita &quot;kuvaus;määrä;yksikköhinta[;veroluokka]&quot;.</translation>
    </message>
    <message>
        <source>the description is empty.</source>
        <translation>kuvaus on tyhjä.</translation>
    </message>
    <message>
        <source>the quantity must be a whole number of at least 1.</source>
        <translation>määrän on oltava kokonaisluku, vähintään 1.</translation>
    </message>
    <message>
        <source>the unit price must be written like 12.50.</source>
        <translation>yksikköhinta on kirjoitettava muodossa 12.50.</translation>
    </message>
    <message>
        <source>the tax class must be one of %1.</source>
        <translation>veroluokan on oltava jokin seuraavista: %1.</translation>
    </message>
    <message>
        <source>Give --amount or --line, not both.</source>
        <translation>Anna --amount tai --line, ei molempia.</translation>
    </message>
    <message>
        <source>--amount must be a positive amount such as 12.50, not &quot;%1&quot;.</source>
        <translation>Valitsimen --amount arvon on oltava positiivinen summa, esim. 12.50, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--line must be LINEID=AMOUNT such as 14=5.00, not &quot;%1&quot;.</source>
        <translation>Valitsimen --line arvon on oltava muotoa RIVITUNNUS=SUMMA, esim. 14=5.00, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Would issue credit note %1: %2 for %3.</source>
        <translation>Laadittaisiin hyvityslasku %1: %2 laskuun %3.</translation>
    </message>
    <message>
        <source>Issued credit note %1 (document %2): %3 for %4.</source>
        <translation>Laadittu hyvityslasku %1 (asiakirja %2): %3 laskuun %4.</translation>
    </message>
    <message>
        <source>%1 is written off as uncollectible (balance %2).</source>
        <translation>%1 on kirjattu luottotappioksi (avoinna %2).</translation>
    </message>
    <message>
        <source>Lists invoices and credit notes with status and balance, then the totals per currency.</source>
        <translation>Luettelee laskut ja hyvityslaskut tiloineen ja avoimine saldoineen sekä summat valuutoittain.</translation>
    </message>
    <message>
        <source>Only these statuses: draft, issued, open, overdue, partially_paid, paid, credited, uncollectible.</source>
        <translation>Vain nämä tilat: draft, issued, open, overdue, partially_paid, paid, credited, uncollectible.</translation>
    </message>
    <message>
        <source>Only overdue invoices.</source>
        <translation>Vain erääntyneet laskut.</translation>
    </message>
    <message>
        <source>Only this numbering series.</source>
        <translation>Vain tämä numerosarja.</translation>
    </message>
    <message>
        <source>Only invoices or only credit notes.</source>
        <translation>Vain laskut tai vain hyvityslaskut.</translation>
    </message>
    <message>
        <source>Only this currency.</source>
        <translation>Vain tämä valuutta.</translation>
    </message>
    <message>
        <source>Dated on or after this day.</source>
        <translation>Päivätty tänä päivänä tai myöhemmin.</translation>
    </message>
    <message>
        <source>Dated on or before this day.</source>
        <translation>Päivätty tänä päivänä tai aiemmin.</translation>
    </message>
    <message>
        <source>Shows a document: lines with derivations and tax, tax groups, payments and credit notes.</source>
        <translation>Näyttää asiakirjan: rivit laskelmineen ja veroineen, veroryhmät, maksut ja hyvityslaskut.</translation>
    </message>
    <message>
        <source>Issues drafts: each gets the next number of its series, its tax and both parties, in one transaction.</source>
        <translation>Vahvistaa luonnokset: kukin saa sarjansa seuraavan numeron, veronsa ja molempien osapuolten tiedot yhdessä tapahtumassa.</translation>
    </message>
    <message>
        <source>Every draft dated on or before the issue date.</source>
        <translation>Kaikki luonnokset, jotka on päivätty vahvistuspäivänä tai aiemmin.</translation>
    </message>
    <message>
        <source>The issue date (default: today).</source>
        <translation>Vahvistuspäivä (oletus: tänään).</translation>
    </message>
    <message>
        <source>Show each document as issuing would make it; write nothing.</source>
        <translation>Näytä kukin asiakirja sellaisena kuin vahvistaminen sen tekisi; älä kirjoita mitään.</translation>
    </message>
    <message>
        <source>Creates a manual invoice or one-off charge as a draft (or issues it at once) and prints its id (its number with --issue).</source>
        <translation>Luo manuaalisen laskun tai kertaveloituksen luonnoksena (tai vahvistaa sen heti) ja tulostaa sen tunnuksen (valitsimen --issue kanssa sen numeron).</translation>
    </message>
    <message>
        <source>The customer.</source>
        <translation>Asiakas.</translation>
    </message>
    <message>
        <source>The currency (default: the customer&apos;s).</source>
        <translation>Valuutta (oletus: asiakkaan valuutta).</translation>
    </message>
    <message>
        <source>The invoice&apos;s date (default: today).</source>
        <translation>Laskun päivämäärä (oletus: tänään).</translation>
    </message>
    <message>
        <source>A line: description, quantity, unit price and tax class (standard, reduced, reduced2, super_reduced, zero; default standard).</source>
        <translation>Rivi: kuvaus, määrä, yksikköhinta ja veroluokka (standard, reduced, reduced2, super_reduced, zero; oletus standard).</translation>
    </message>
    <message>
        <source>A note printed on it.</source>
        <translation>Siihen tulostettava huomautus.</translation>
    </message>
    <message>
        <source>Issue it at once.</source>
        <translation>Vahvista se heti.</translation>
    </message>
    <message>
        <source>Issues a credit note against an invoice: the whole of what is not credited yet, an amount, or chosen lines; never more than the invoice.</source>
        <translation>Laatii hyvityslaskun laskusta: koko vielä hyvittämättömän osan, summan tai valitut rivit; ei koskaan enempää kuin laskun summa.</translation>
    </message>
    <message>
        <source>A gross amount, spread over the lines in proportion.</source>
        <translation>Bruttosumma, joka jaetaan riveille suhteessa niiden summiin.</translation>
    </message>
    <message>
        <source>Credit this much of a line (ids from &quot;invoices show&quot;).</source>
        <translation>Hyvitä näin paljon rivistä (tunnukset komennosta &quot;invoices show&quot;).</translation>
    </message>
    <message>
        <source>Printed on the credit note.</source>
        <translation>Tulostetaan hyvityslaskuun.</translation>
    </message>
    <message>
        <source>Show the credit note it would issue; write nothing.</source>
        <translation>Näytä hyvityslasku, joka laadittaisiin; älä kirjoita mitään.</translation>
    </message>
    <message>
        <source>Writes an issued invoice off as uncollectible.</source>
        <translation>Kirjaa vahvistetun laskun luottotappioksi.</translation>
    </message>
    <message>
        <source>Refund of %1 to customer %2 on %3.</source>
        <translation>Palautus %1 asiakkaalle %2, päivämäärä %3.</translation>
    </message>
    <message>
        <source>Refund %1: %2 to customer %3 on %4.</source>
        <translation>Palautus %1: %2 asiakkaalle %3, päivämäärä %4.</translation>
    </message>
    <message>
        <source>Payment of %1 from customer %2 on %3.</source>
        <translation>Maksu %1 asiakkaalta %2, päivämäärä %3.</translation>
    </message>
    <message>
        <source>Payment %1: %2 from customer %3 on %4.</source>
        <translation>Maksu %1: %2 asiakkaalta %3, päivämäärä %4.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 asiakirjalle %2</translation>
    </message>
    <message>
        <source>%1 to the customer&apos;s credit</source>
        <translation>%1 asiakkaan hyvityssaldoon</translation>
    </message>
    <message>
        <source>No payments found.</source>
        <translation>Maksuja ei löytynyt.</translation>
    </message>
    <message>
        <source>Allocated to</source>
        <translation>Kohdistettu</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>hyvityssaldo</translation>
    </message>
    <message>
        <source>%1: received %2, refunded %3.</source>
        <translation>%1: vastaanotettu %2, palautettu %3.</translation>
    </message>
    <message>
        <source>Nothing is owed as of %1.</source>
        <translation>Ei avoimia saatavia (tilanne %1).</translation>
    </message>
    <message>
        <source>Aging as of %1</source>
        <translation>Ikäjakauma (tilanne %1)</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Laskut</translation>
    </message>
    <message>
        <source>Statement of account: customer %1, %2, %3 → %4</source>
        <translation>Tiliote: asiakas %1, %2, %3 → %4</translation>
    </message>
    <message>
        <source>Opening balance %1</source>
        <translation>Alkusaldo %1</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Veloitus</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Hyvitys</translation>
    </message>
    <message>
        <source>Closing balance %1</source>
        <translation>Loppusaldo %1</translation>
    </message>
    <message>
        <source>--allocate must be NUMBER=AMOUNT such as INV-2026-00001=50.00, not &quot;%1&quot;.</source>
        <translation>Valitsimen --allocate arvon on oltava muotoa NUMERO=SUMMA, esim. INV-2026-00001=50.00, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The day of the payment (default: today).</source>
        <translation>Maksupäivä (oletus: tänään).</translation>
    </message>
    <message>
        <source>How it was paid (default: bank_transfer).</source>
        <translation>Maksutapa (oletus: bank_transfer).</translation>
    </message>
    <message>
        <source>The bank reference, card slip or receipt number.</source>
        <translation>Pankin viite, korttikuitti tai kuittinumero.</translation>
    </message>
    <message>
        <source>The amount received, such as 120.00.</source>
        <translation>Vastaanotettu summa, esim. 120.00.</translation>
    </message>
    <message>
        <source>Settle this much of an invoice (default: the open invoices in the currency, oldest due first); what is left becomes customer credit.</source>
        <translation>Suorita näin paljon laskusta (oletus: valuutan avoimet laskut vanhimmasta eräpäivästä alkaen); ylijäämä siirtyy asiakkaan hyvityssaldoksi.</translation>
    </message>
    <message>
        <source>A note kept with it.</source>
        <translation>Sen yhteydessä säilytettävä huomautus.</translation>
    </message>
    <message>
        <source>Show how it would be allocated; write nothing.</source>
        <translation>Näytä, miten maksu kohdistettaisiin; älä kirjoita mitään.</translation>
    </message>
    <message>
        <source>The amount paid back, at most the customer&apos;s credit.</source>
        <translation>Takaisin maksettava summa, enintään asiakkaan hyvityssaldo.</translation>
    </message>
    <message>
        <source>Records a payment received and allocates it to invoices; an overpayment becomes customer credit.</source>
        <translation>Kirjaa vastaanotetun maksun ja kohdistaa sen laskuille; liikamaksu siirtyy asiakkaan hyvityssaldoksi.</translation>
    </message>
    <message>
        <source>Lists payments and refunds, newest first, with their allocations.</source>
        <translation>Luettelee maksut ja palautukset uusimmasta alkaen kohdistuksineen.</translation>
    </message>
    <message>
        <source>Only this method.</source>
        <translation>Vain tämä maksutapa.</translation>
    </message>
    <message>
        <source>Paid on or after this day.</source>
        <translation>Maksettu tänä päivänä tai myöhemmin.</translation>
    </message>
    <message>
        <source>Paid on or before this day.</source>
        <translation>Maksettu tänä päivänä tai aiemmin.</translation>
    </message>
    <message>
        <source>Pays customer credit back to the customer.</source>
        <translation>Maksaa asiakkaan hyvityssaldon takaisin asiakkaalle.</translation>
    </message>
    <message>
        <source>Who owes what and for how long: open invoice balances by days past due (current, 1–30, 31–60, 61–90, over 90), per customer and in total.</source>
        <translation>Kuka on velkaa mitä ja kuinka kauan: avoimet laskusaldot erääntymisestä kuluneiden päivien mukaan (erääntymätön, 1–30, 31–60, 61–90, yli 90), asiakkaittain ja yhteensä.</translation>
    </message>
    <message>
        <source>Age the balances as of this day (default: today).</source>
        <translation>Laske ikäjakauma tämän päivän tilanteesta (oletus: tänään).</translation>
    </message>
    <message>
        <source>--from must not be after today.</source>
        <translation>--from ei saa olla tämän päivän jälkeen.</translation>
    </message>
    <message>
        <source>Give --output or --json, not both.</source>
        <translation>Anna --output tai --json, ei molempia.</translation>
    </message>
    <message>
        <source>A customer&apos;s statement of account in one currency: opening balance, documents and payments with the running balance, closing balance.</source>
        <translation>Asiakkaan tiliote yhdessä valuutassa: alkusaldo, asiakirjat ja maksut juoksevine saldoineen, loppusaldo.</translation>
    </message>
    <message>
        <source>The first day (default: the customer&apos;s first document or payment).</source>
        <translation>Ensimmäinen päivä (oletus: asiakkaan ensimmäinen asiakirja tai maksu).</translation>
    </message>
    <message>
        <source>The last day (default: today).</source>
        <translation>Viimeinen päivä (oletus: tänään).</translation>
    </message>
    <message>
        <source>Write it as a PDF in the customer&apos;s language.</source>
        <translation>Kirjoita se PDF-tiedostoksi asiakkaan kielellä.</translation>
    </message>
    <message>
        <source>Applied %1 of customer credit to %2.</source>
        <translation>Asiakkaan hyvityssaldoa käytetty %1 asiakirjaan %2.</translation>
    </message>
    <message>
        <source>Applies the customer&apos;s credit to an issued invoice&apos;s balance.</source>
        <translation>Käyttää asiakkaan hyvityssaldon vahvistetun laskun avoimeen summaan.</translation>
    </message>
    <message>
        <source>At most this much (default: as much as credit and balance allow).</source>
        <translation>Enintään tämän verran (oletus: niin paljon kuin hyvityssaldo ja avoin summa sallivat).</translation>
    </message>
    <message>
        <source>Works with a SubDesk company file: customers, the catalog, subscriptions, billing, invoices, payments and the metrics.</source>
        <translation>Käsittelee SubDesk-yritystiedostoa: asiakkaat, tuoteluettelo, tilaukset, laskutus, laskut, maksut ja tunnusluvut.</translation>
    </message>
    <message>
        <source>Demo catalog and %1 subscriptions with their history since %2: %3 billing runs, %4 invoices, %5 credit notes, %6 survey answers.</source>
        <translation>Esittelytuoteluettelo ja %1 tilausta historioineen alkaen %2: %3 laskutusajoa, %4 laskua, %5 hyvityslaskua, %6 kyselyvastausta.</translation>
    </message>
    <message>
        <source>Demo catalog and %1 subscriptions of the first %2 customers, with their history since %3: %4 billing runs, %5 invoices, %6 credit notes, %7 survey answers.</source>
        <translation>Esittelytuoteluettelo ja ensimmäisten %2 asiakkaan %1 tilausta historioineen alkaen %3: %4 laskutusajoa, %5 laskua, %6 hyvityslaskua, %7 kyselyvastausta.</translation>
    </message>
    <message>
        <source>Fills an empty company file with a demo company: realistic customers, a catalog, and subscriptions with five years of history (events, usage, billing runs, invoices and payments), monthly exchange rates and NPS and CSAT answers. The same seed and day give the same company.</source>
        <translation>Täyttää tyhjän yritystiedoston esittely-yrityksellä: realistiset asiakkaat, tuoteluettelo ja tilaukset viiden vuoden historioineen (tapahtumat, käyttö, laskutusajot, laskut ja maksut), kuukausittaiset valuuttakurssit sekä NPS- ja CSAT-vastaukset. Sama siemenluku ja päivä tuottavat saman yrityksen.</translation>
    </message>
    <message>
        <source>No exchange rates. Amounts in other currencies than %1 are left out of the metrics until they have one: fx set MONTH CURRENCY RATE.</source>
        <translation>Valuuttakursseja ei ole. Muiden kuin %1-valuutan määrät jätetään tunnusluvuista pois, kunnes niille on kurssi: fx set KUUKAUSI VALUUTTA KURSSI.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Merkitys</translation>
    </message>
    <message>
        <source>A month without its own rate uses the latest earlier rate of its currency.</source>
        <translation>Kuukausi, jolla ei ole omaa kurssia, käyttää valuuttansa viimeisintä aiempaa kurssia.</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>KUUKAUSI</translation>
    </message>
    <message>
        <source>CURRENCY: &quot;%1&quot; is not an ISO 4217 currency code such as SEK.</source>
        <translation>VALUUTTA: &quot;%1&quot; ei ole ISO 4217 -valuuttakoodi, kuten SEK.</translation>
    </message>
    <message>
        <source>Rate for %1 in %2: %3.</source>
        <translation>Valuutan %1 kurssi kuukaudelle %2: %3.</translation>
    </message>
    <message>
        <source>There is no rate for %1 in %2.</source>
        <translation>Valuutalle %1 ei ole kurssia kuukaudelle %2.</translation>
    </message>
    <message>
        <source>Removed the rate for %1 in %2.</source>
        <translation>Valuutan %1 kurssi kuukaudelle %2 poistettu.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows have problems (listed above).</source>
        <translation>Mitään ei tuotu: ongelmia on %1 rivissä %2 rivistä (lueteltu yllä).</translation>
    </message>
    <message>
        <source>Nothing to import: the file has no rates.</source>
        <translation>Ei tuotavaa: tiedostossa ei ole kursseja.</translation>
    </message>
    <message>
        <source>Dry run: %1 rates would be imported; nothing was written.</source>
        <translation>Koeajo: %1 kurssia tuotaisiin; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Exchange rates imported: %1.</source>
        <translation>Valuuttakursseja tuotu: %1.</translation>
    </message>
    <message>
        <source>List the monthly exchange rates into the reporting currency that the metrics convert other currencies with.</source>
        <translation>Luettelee kuukausittaiset valuuttakurssit raportointivaluuttaan, joilla tunnusluvut muuntavat muut valuutat.</translation>
    </message>
    <message>
        <source>Only the rates of this currency.</source>
        <translation>Vain tämän valuutan kurssit.</translation>
    </message>
    <message>
        <source>Store the rate of a currency for a month (YYYY-MM): what one unit is worth in the reporting currency, with at most 8 decimals. Example: fx set 2026-03 SEK 0.0873.</source>
        <translation>Tallentaa valuutan kurssin kuukaudelle (YYYY-MM): yhden yksikön arvo raportointivaluutassa, enintään 8 desimaalia. Esimerkki: fx set 2026-03 SEK 0.0873.</translation>
    </message>
    <message>
        <source>Remove the rate of a currency for a month.</source>
        <translation>Poistaa valuutan kurssin kuukaudelta.</translation>
    </message>
    <message>
        <source>Import rates from a CSV file with the columns month, currency, rate: all rows or none; every bad row is listed with its line.</source>
        <translation>Tuo kurssit CSV-tiedostosta, jossa on sarakkeet month, currency, rate: kaikki rivit tai ei yhtään; jokainen virheellinen rivi luetellaan rivinumeroineen.</translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined; choose one.</source>
        <translation>Valitsimia --json ja --csv ei voi yhdistää; valitse toinen.</translation>
    </message>
    <message>
        <source>--rows and --paying cannot be combined; choose one.</source>
        <translation>Valitsimia --rows ja --paying ei voi yhdistää; valitse toinen.</translation>
    </message>
    <message>
        <source>--movement needs --rows MONTH.</source>
        <translation>--movement vaatii valitsimen --rows KUUKAUSI.</translation>
    </message>
    <message>
        <source>--reconcile cannot be combined with --rows or --paying.</source>
        <translation>Valitsinta --reconcile ei voi yhdistää valitsimiin --rows tai --paying.</translation>
    </message>
    <message>
        <source>--by cannot be combined with --reconcile, --rows or --paying.</source>
        <translation>Valitsinta --by ei voi yhdistää valitsimiin --reconcile, --rows tai --paying.</translation>
    </message>
    <message>
        <source>--csv is for the monthly figures; it cannot be combined with --reconcile, --rows or --paying.</source>
        <translation>--csv on kuukausilukuja varten; sitä ei voi yhdistää valitsimiin --reconcile, --rows tai --paying.</translation>
    </message>
    <message>
        <source>Customers without a segment</source>
        <translation>Asiakkaat ilman segmenttiä</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segmentti %1</translation>
    </message>
    <message>
        <source>No customers in the selection.</source>
        <translation>Valinnassa ei ole asiakkaita.</translation>
    </message>
    <message>
        <source>not set (the currency most customers use)</source>
        <translation>ei asetettu (valuutta, jota useimmat asiakkaat käyttävät)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not set (CLV is not multiplied by a margin)</source>
        <translation>ei asetettu (CLV:tä ei kerrota katteella)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Asetus</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Raportointivaluutta</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Bruttokate</translation>
    </message>
    <message>
        <source>--gross-margin must be a percentage from 0 to 100 with at most two decimals, such as 72.5, not &quot;%1&quot;.</source>
        <translation>--gross-margin on annettava prosenttilukuna väliltä 0–100 enintään kahdella desimaalilla, esim. 72.5, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--gross-margin and --no-gross-margin cannot be combined.</source>
        <translation>Valitsimia --gross-margin ja --no-gross-margin ei voi yhdistää.</translation>
    </message>
    <message>
        <source>Reconcile MRR with invoiced revenue month by month: tax, one-time fees, usage, proration, credit notes, timing.</source>
        <translation>Täsmäyttää MRR:n laskutettuun liikevaihtoon kuukausittain: vero, kertamaksut, käyttö, suhteutus, hyvityslaskut, ajoitus.</translation>
    </message>
    <message>
        <source>List the customer changes behind a month&apos;s movements.</source>
        <translation>Luettelee kuukauden muutosten taustalla olevat asiakasmuutokset.</translation>
    </message>
    <message>
        <source>With --rows: only this movement.</source>
        <translation>Valitsimen --rows kanssa: vain tämä muutos.</translation>
    </message>
    <message>
        <source>List the customers paying at the month&apos;s end with their MRR (behind MRR, ARR, ARPA and paying customers).</source>
        <translation>Luettelee kuukauden lopussa maksavat asiakkaat ja heidän MRR:nsä (MRR:n, ARR:n, ARPA:n ja maksavien asiakkaiden taustalla).</translation>
    </message>
    <message>
        <source>Print the monthly figures as CSV, one row per month.</source>
        <translation>Tulostaa kuukausiluvut CSV-muodossa, yksi rivi kuukautta kohden.</translation>
    </message>
    <message>
        <source>Show or change the metrics settings: the reporting currency and the gross margin CLV is multiplied by.</source>
        <translation>Näyttää tai muuttaa tunnuslukujen asetukset: raportointivaluutan ja bruttokatteen, jolla CLV kerrotaan.</translation>
    </message>
    <message>
        <source>The currency the figures are reported in.</source>
        <translation>Valuutta, jossa luvut raportoidaan.</translation>
    </message>
    <message>
        <source>The gross margin, such as 72.5 (CLV is multiplied by it).</source>
        <translation>Bruttokate, esim. 72.5 (CLV kerrotaan sillä).</translation>
    </message>
    <message>
        <source>Clear the gross margin.</source>
        <translation>Poistaa bruttokatteen.</translation>
    </message>
    <message>
        <source>MRR and its movements, ARR, paying customers, churn, NRR, GRR, ARPA and CLV per month, in the reporting currency (default: the last 12 months).</source>
        <translation>MRR ja sen muutokset, ARR, maksavat asiakkaat, asiakaspoistuma, NRR, GRR, ARPA ja CLV kuukausittain raportointivaluutassa (oletus: viimeiset 12 kuukautta).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>MRR at start</source>
        <translation>MRR alussa</translation>
    </message>
    <message>
        <source>Exchange-rate effect</source>
        <translation>Valuuttakurssivaikutus</translation>
    </message>
    <message>
        <source>MRR at end</source>
        <translation>MRR lopussa</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation>Maksavat asiakkaat</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>Asiakaspoistuma</translation>
    </message>
    <message>
        <source>Gross MRR churn</source>
        <translation>MRR:n bruttopoistuma</translation>
    </message>
    <message>
        <source>Net MRR churn</source>
        <translation>MRR:n nettopoistuma</translation>
    </message>
    <message>
        <source>NRR (12 months)</source>
        <translation>NRR (12 kk)</translation>
    </message>
    <message>
        <source>GRR (12 months)</source>
        <translation>GRR (12 kk)</translation>
    </message>
    <message>
        <source>ARPA</source>
        <translation>ARPA</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>not enough churn to estimate</source>
        <translation>asiakaspoistuma liian pieni arvioon</translation>
    </message>
    <message>
        <source>No months in the range.</source>
        <translation>Aikavälillä ei ole kuukausia.</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>+ Timing</source>
        <translation>+ Ajoitus</translation>
    </message>
    <message>
        <source>+ Tax</source>
        <translation>+ Vero</translation>
    </message>
    <message>
        <source>+ One-time</source>
        <translation>+ Kertamaksut</translation>
    </message>
    <message>
        <source>+ Usage</source>
        <translation>+ Käyttö</translation>
    </message>
    <message>
        <source>+ Proration</source>
        <translation>+ Suhteutus</translation>
    </message>
    <message>
        <source>− Credit notes</source>
        <translation>− Hyvityslaskut</translation>
    </message>
    <message>
        <source>= Invoiced</source>
        <translation>= Laskutettu</translation>
    </message>
    <message>
        <source>Timing: recurring lines invoiced in the month minus the MRR (periods billed in advance, first short periods, changes during the month, once-only coupons).</source>
        <translation>Ajoitus: kuukauden aikana laskutetut toistuvat rivit miinus MRR (etukäteen laskutetut jaksot, lyhyet ensimmäiset jaksot, kuukauden aikaiset muutokset, kertakäyttöiset kupongit).</translation>
    </message>
    <message>
        <source>No customer changes behind this figure.</source>
        <translation>Tämän luvun taustalla ei ole asiakasmuutoksia.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>MRR before</source>
        <translation>MRR ennen</translation>
    </message>
    <message>
        <source>MRR after</source>
        <translation>MRR jälkeen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1 in total.</source>
        <translation>
            <numerusform>%n rivi, yhteensä %1.</numerusform>
            <numerusform>%n riviä, yhteensä %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No paying customers on that day.</source>
        <translation>Sinä päivänä ei ole maksavia asiakkaita.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmentti</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Tilaukset</translation>
    </message>
    <message numerus="yes">
        <source>%n paying customer(s), MRR %1.</source>
        <translation>
            <numerusform>%n maksava asiakas, MRR %1.</numerusform>
            <numerusform>%n maksavaa asiakasta, MRR %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be a month written YYYY-MM such as 2026-03, not &quot;%2&quot;.</source>
        <translation>%1 on annettava kuukautena muodossa YYYY-MM, esim. 2026-03, ei &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--from (%1) must not be after --to (%2).</source>
        <translation>--from (%1) ei saa olla --to-arvon (%2) jälkeen.</translation>
    </message>
    <message>
        <source>--country must be a two-letter code such as SE, not &quot;%1&quot;.</source>
        <translation>--country on annettava kaksikirjaimisena koodina, esim. SE, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not an ISO 4217 currency code such as EUR.</source>
        <translation>--currency: &quot;%1&quot; ei ole ISO 4217 -valuuttakoodi, kuten EUR.</translation>
    </message>
    <message>
        <source>The first month (default: 11 months before --to).</source>
        <translation>Ensimmäinen kuukausi (oletus: 11 kuukautta ennen --to-arvoa).</translation>
    </message>
    <message>
        <source>The last month (default: this month).</source>
        <translation>Viimeinen kuukausi (oletus: tämä kuukausi).</translation>
    </message>
    <message>
        <source>Only customers of this segment (&quot;&quot; for none).</source>
        <translation>Vain tämän segmentin asiakkaat (&quot;&quot; = ei segmenttiä).</translation>
    </message>
    <message>
        <source>Only subscriptions to this plan.</source>
        <translation>Vain tämän paketin tilaukset.</translation>
    </message>
    <message>
        <source>Only customers in this country.</source>
        <translation>Vain tämän maan asiakkaat.</translation>
    </message>
    <message>
        <source>Only subscriptions in this currency.</source>
        <translation>Vain tämän valuutan tilaukset.</translation>
    </message>
    <message>
        <source>Split the figures per segment or per plan.</source>
        <translation>Jakaa luvut segmenteittäin tai paketeittain.</translation>
    </message>
    <message>
        <source>--email: no customer has the e-mail address %1.</source>
        <translation>--email: millään asiakkaalla ei ole sähköpostiosoitetta %1.</translation>
    </message>
    <message>
        <source>--email: customers %1 all have the e-mail address %2; use --customer.</source>
        <translation>--email: asiakkailla %1 kaikilla on sähköpostiosoite %2; käytä valitsinta --customer.</translation>
    </message>
    <message>
        <source>Give the customer with either --customer ID or --email ADDRESS.</source>
        <translation>Anna asiakas joko valitsimella --customer TUNNUS tai --email OSOITE.</translation>
    </message>
    <message>
        <source>--score must be a whole number (0–10 for NPS, 1–5 for CSAT), not &quot;%1&quot;.</source>
        <translation>--score on annettava kokonaislukuna (0–10 NPS:lle, 1–5 CSAT:lle), ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has %1 problems in %2 rows (listed above).</source>
        <translation>Mitään ei tuotu: tiedostossa on %1 ongelmaa %2 rivissä (lueteltu yllä).</translation>
    </message>
    <message>
        <source>Nothing to import: the file has no answers.</source>
        <translation>Ei tuotavaa: tiedostossa ei ole vastauksia.</translation>
    </message>
    <message>
        <source>Dry run: %1 answers would be imported; nothing was written.</source>
        <translation>Koeajo: %1 vastausta tuotaisiin; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Survey answers imported: %1.</source>
        <translation>Kyselyvastauksia tuotu: %1.</translation>
    </message>
    <message>
        <source>--group is for NPS answers; it cannot be combined with --kind csat.</source>
        <translation>--group on NPS-vastauksia varten; sitä ei voi yhdistää valitsimeen --kind csat.</translation>
    </message>
    <message>
        <source>NPS (0–10, the default) or CSAT (1–5).</source>
        <translation>NPS (0–10, oletus) tai CSAT (1–5).</translation>
    </message>
    <message>
        <source>How dates like 04/03/2026 are read (default: decided per file).</source>
        <translation>Miten päivämäärät kuten 04/03/2026 luetaan (oletus: päätetään tiedostokohtaisesti).</translation>
    </message>
    <message>
        <source>Record a survey answer of a customer; prints its number.</source>
        <translation>Kirjaa asiakkaan kyselyvastauksen; tulostaa sen numeron.</translation>
    </message>
    <message>
        <source>The customer with this e-mail address (instead of --customer).</source>
        <translation>Asiakas, jolla on tämä sähköpostiosoite (valitsimen --customer sijaan).</translation>
    </message>
    <message>
        <source>The score: 0–10 for NPS, 1–5 for CSAT.</source>
        <translation>Pisteet: 0–10 NPS:lle, 1–5 CSAT:lle.</translation>
    </message>
    <message>
        <source>When it was answered (default: today).</source>
        <translation>Vastauspäivä (oletus: tänään).</translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation>Kommentti.</translation>
    </message>
    <message>
        <source>How the answer reached you (default: other).</source>
        <translation>Miten vastaus saatiin (oletus: other).</translation>
    </message>
    <message>
        <source>Tags that group recurring themes, such as pricing,support.</source>
        <translation>Tunnisteet, jotka ryhmittelevät toistuvia teemoja, esim. pricing,support.</translation>
    </message>
    <message>
        <source>Import survey answers from a CSV file as survey tools export it (date, e-mail or customer number, score, comment): all or nothing; every problem is listed with its line and column.</source>
        <translation>Tuo kyselyvastaukset CSV-tiedostosta sellaisena kuin kyselytyökalut sen vievät (päivämäärä, sähköposti tai asiakasnumero, pisteet, kommentti): kaikki tai ei mitään; jokainen ongelma luetellaan rivi- ja sarakenumeroineen.</translation>
    </message>
    <message>
        <source>List survey answers and their comments, oldest first.</source>
        <translation>Luettelee kyselyvastaukset kommentteineen vanhimmasta alkaen.</translation>
    </message>
    <message>
        <source>Only this customer&apos;s answers.</source>
        <translation>Vain tämän asiakkaan vastaukset.</translation>
    </message>
    <message>
        <source>Answers on or after this day.</source>
        <translation>Vastaukset tästä päivästä alkaen.</translation>
    </message>
    <message>
        <source>Answers on or before this day.</source>
        <translation>Vastaukset tähän päivään asti.</translation>
    </message>
    <message>
        <source>Only NPS answers of this group.</source>
        <translation>Vain tämän ryhmän NPS-vastaukset.</translation>
    </message>
    <message>
        <source>Only answers with this tag.</source>
        <translation>Vain vastaukset, joilla on tämä tunniste.</translation>
    </message>
    <message>
        <source>NPS per month and over the trailing 90 days, CSAT per month, the distribution of scores and the tags of each group (default: the last 12 months).</source>
        <translation>NPS kuukausittain ja edellisten 90 päivän ajalta, CSAT kuukausittain, pisteiden jakauma ja kunkin ryhmän tunnisteet (oletus: viimeiset 12 kuukautta).</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>ei vastauksia</translation>
    </message>
    <message>
        <source>No answers.</source>
        <translation>Ei vastauksia.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s).</source>
        <translation>
            <numerusform>%n vastaus.</numerusform>
            <numerusform>%n vastausta.</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS-vastaukset</translation>
    </message>
    <message>
        <source>P / P / D</source>
        <translation>S / P / A</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS 90 days</source>
        <translation>NPS 90 päivää</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>CSAT-vastaukset</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>P / P / D: promoters (9–10), passives (7–8), detractors (0–6).</source>
        <translation>S / P / A: suosittelijat (9–10), passiiviset (7–8), arvostelijat (0–6).</translation>
    </message>
    <message>
        <source>Scores (NPS):</source>
        <translation>Pisteet (NPS):</translation>
    </message>
    <message>
        <source>Scores (CSAT):</source>
        <translation>Pisteet (CSAT):</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tunnisteet:</translation>
    </message>
    <message>
        <source>no tagged comments</source>
        <translation>ei tunnisteellisia kommentteja</translation>
    </message>
    <message>
        <source>(no plan)</source>
        <translation>(ei pakettia)</translation>
    </message>
    <message>
        <source>(no segment)</source>
        <translation>(ei segmenttiä)</translation>
    </message>
</context>
<context>
    <name>CodeRules</name>
    <message>
        <source>The %1 needs a code.</source>
        <translation>Anna %1 koodi.</translation>
    </message>
    <message>
        <source>The %1 code &quot;%2&quot; must have %3 to %4 characters.</source>
        <translation>Koodissa &quot;%2&quot; (%1 koodi) on oltava %3–%4 merkkiä.</translation>
    </message>
    <message>
        <source>The %1 code &quot;%2&quot; may only contain upper-case letters A–Z, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>Koodi &quot;%2&quot; (%1 koodi) saa sisältää vain isoja kirjaimia A–Z, numeroita sekä merkkejä &quot;-&quot; ja &quot;_&quot;.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>SubDesk: subscription billing for small businesses.</source>
        <translation>SubDesk: tilauslaskutus pienyrityksille.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Tulosta versio ja lopeta.</translation>
    </message>
    <message>
        <source>Company file to open (default: $SUBDESK_DB, else company.subdesk in the application data folder).</source>
        <translation>Avattava yritystiedosto (oletus: $SUBDESK_DB, muuten company.subdesk sovelluksen datakansiossa).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>polku</translation>
    </message>
    <message>
        <source>Interface language: en, pl, it, fi or fa (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Käyttöliittymän kieli: en, pl, it, fi tai fa (oletus: Asetuksissa valittu kieli, muuten järjestelmän kieli).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>koodi</translation>
    </message>
    <message>
        <source>Quit after the given milliseconds (smoke tests).</source>
        <translation>Lopeta annetun millisekuntimäärän jälkeen (savutestit).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Save a picture of the window once it is shown, then quit.</source>
        <translation>Tallenna kuva ikkunasta, kun se on tullut näkyviin, ja lopeta sitten.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tiedosto</translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds.</source>
        <translation>Valitsin --quit-after vaatii millisekuntimäärän.</translation>
    </message>
    <message>
        <source>Company file to open (the same as --db; used when a file manager opens a .subdesk file).</source>
        <translation>Avattava yritystiedosto (sama kuin --db; käytetään, kun tiedostonhallinta avaa .subdesk-tiedoston).</translation>
    </message>
    <message>
        <source>Give one company file, either as --db or as the file argument.</source>
        <translation>Anna yksi yritystiedosto joko valitsimella --db tai argumenttina.</translation>
    </message>
</context>
<context>
    <name>CompanyOpener</name>
    <message>
        <source>SubDesk companies (*.subdesk);;All files (*)</source>
        <translation>SubDesk-yritykset (*.subdesk);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>SubDesk</source>
        <translation>SubDesk</translation>
    </message>
    <message>
        <source>The file was left as it is. Open another company file, create a new company, or quit.</source>
        <translation>Tiedostoon ei tehty muutoksia. Avaa toinen yritystiedosto, luo uusi yritys tai lopeta.</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Avaa toinen tiedosto…</translation>
    </message>
    <message>
        <source>Create a new company…</source>
        <translation>Luo uusi yritys…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Open company</source>
        <translation>Avaa yritys</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Uusi yritys</translation>
    </message>
    <message>
        <source>New company.subdesk</source>
        <translation>Uusi yritys.subdesk</translation>
    </message>
    <message>
        <source>The demo company could not be completed: %1</source>
        <translation>Esittelyyritystä ei voitu viimeistellä: %1</translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>the company&apos;s legal name is required.</source>
        <translation>yrityksen virallinen nimi on pakollinen.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>the country is required (it decides the VAT treatment).</source>
        <translation>maa on pakollinen (se määrää ALV-käsittelyn).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (e.g. FI, PL, IT).</source>
        <translation>&quot;%1&quot; ei ole ISO 3166 -maakoodi (esim. FI, PL, IT).</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>ALV-tunnus</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>&quot;%1&quot; ei ole kelvollinen sähköpostiosoite.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>the image is %1 KB; at most %2 KB are allowed.</source>
        <translation>kuvan koko on %1 kt; enintään %2 kt on sallittu.</translation>
    </message>
    <message>
        <source>the file is not a PNG or JPEG image SubDesk can read.</source>
        <translation>tiedosto ei ole PNG- tai JPEG-kuva, jonka SubDesk voi lukea.</translation>
    </message>
    <message>
        <source>Exemption text</source>
        <translation>Verovapauden perusteteksti</translation>
    </message>
    <message>
        <source>a VAT-exempt company must state the exemption on its documents (e.g. &quot;VAT exempt under art. 284 of Directive 2006/112/EC&quot;).</source>
        <translation>ALV:sta vapautetun yrityksen on ilmoitettava verovapauden peruste asiakirjoissaan (esim. &quot;ALV-vapaa direktiivin 2006/112/EY 284 artiklan nojalla&quot;).</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Maksuehto</translation>
    </message>
    <message>
        <source>payment terms must be between 0 and %1 days.</source>
        <translation>maksuehdon on oltava 0–%1 päivää.</translation>
    </message>
    <message>
        <source>Tax-inclusive prices</source>
        <translation>Verolliset hinnat</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (e.g. EUR).</source>
        <translation>&quot;%1&quot; ei ole ISO 4217 -valuuttakoodi (esim. EUR).</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>the IBAN is required.</source>
        <translation>IBAN on pakollinen.</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Oletus</translation>
    </message>
    <message>
        <source>an archived account cannot be the default one.</source>
        <translation>arkistoitu tili ei voi olla oletustili.</translation>
    </message>
    <message>
        <source>a name is required (e.g. &quot;Standard rate&quot;).</source>
        <translation>nimi on pakollinen (esim. &quot;Yleinen verokanta&quot;).</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Verokanta</translation>
    </message>
    <message>
        <source>the rate must be between 0 % and 100 %.</source>
        <translation>verokannan on oltava 0 %:n ja 100 %:n välillä.</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <source>the first day the rate applies is required.</source>
        <translation>verokannan ensimmäinen voimassaolopäivä on pakollinen.</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>the last day (%1) is before the first day (%2).</source>
        <translation>viimeinen päivä (%1) on ennen ensimmäistä päivää (%2).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>%1 alkaen</translation>
    </message>
    <message>
        <source>Valid from: the %1 rate of %2 already has &quot;%3&quot; for %4; end that one first.</source>
        <translation>Voimassa alkaen: maan %2 verokannalla %1 on jo &quot;%3&quot; ajalle %4; päätä se ensin.</translation>
    </message>
    <message>
        <source>a name is required (e.g. &quot;Invoices&quot;).</source>
        <translation>nimi on pakollinen (esim. &quot;Laskut&quot;).</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Malli</translation>
    </message>
    <message>
        <source>an archived series cannot be the default one.</source>
        <translation>arkistoitu sarja ei voi olla oletussarja.</translation>
    </message>
    <message>
        <source>There is no default numbering series for credit notes; choose one in Settings.</source>
        <translation>Hyvityslaskuille ei ole oletusnumerosarjaa; valitse se asetuksista.</translation>
    </message>
    <message>
        <source>There is no default numbering series for invoices; choose one in Settings.</source>
        <translation>Laskuille ei ole oletusnumerosarjaa; valitse se asetuksista.</translation>
    </message>
</context>
<context>
    <name>Coupon</name>
    <message>
        <source>Percentage</source>
        <translation>Prosenttialennus</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Kiinteä alennus</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Kerran</translation>
    </message>
    <message>
        <source>Repeating</source>
        <translation>Toistuva</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Pysyvästi</translation>
    </message>
    <message>
        <source>The coupon needs a code.</source>
        <translation>Kupongilla on oltava koodi.</translation>
    </message>
    <message>
        <source>The coupon code &quot;%1&quot; has %2 characters; it must have %3 to %4.</source>
        <translation>Kuponkikoodissa &quot;%1&quot; on %2 merkkiä; merkkejä on oltava %3–%4.</translation>
    </message>
    <message>
        <source>The coupon code &quot;%1&quot; may only contain upper-case letters A–Z, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>Kuponkikoodi &quot;%1&quot; saa sisältää vain isoja kirjaimia A–Z, numeroita sekä merkkejä &quot;-&quot; ja &quot;_&quot;.</translation>
    </message>
    <message>
        <source>The coupon %1 needs a name.</source>
        <translation>Kupongilla %1 on oltava nimi.</translation>
    </message>
    <message>
        <source>The coupon takes off %1; it must take off 0.01% to 100%.</source>
        <translation>Kupongin alennus on %1; sen on oltava 0,01 %:n ja 100 %:n välillä.</translation>
    </message>
    <message>
        <source>The amount off has no currency.</source>
        <translation>Alennussummalle ei ole määritetty valuuttaa.</translation>
    </message>
    <message>
        <source>The amount off is %1 %2; it must be more than zero.</source>
        <translation>Alennussumma on %1 %2; sen on oltava suurempi kuin nolla.</translation>
    </message>
    <message>
        <source>A repeating coupon must last at least 1 billing period; it is set to %1.</source>
        <translation>Toistuvan kupongin on oltava voimassa vähintään 1 laskutuskauden ajan; nyt asetettu arvo on %1.</translation>
    </message>
    <message>
        <source>One of the coupon&apos;s plan codes is empty.</source>
        <translation>Yksi kupongin pakettikoodeista on tyhjä.</translation>
    </message>
    <message>
        <source>The redemption limit is %1; it must be at least 1 (or no limit).</source>
        <translation>Käyttökertojen raja on %1; sen on oltava vähintään 1 (tai rajaa ei aseteta lainkaan).</translation>
    </message>
    <message>
        <source>The expiry date is not a valid date.</source>
        <translation>Voimassaolon päättymispäivä ei ole kelvollinen päivämäärä.</translation>
    </message>
    <message>
        <source>The redemption date is not a valid date.</source>
        <translation>Kupongin käyttöpäivä ei ole kelvollinen päivämäärä.</translation>
    </message>
    <message>
        <source>The coupon %1 expired on %2.</source>
        <translation>Kupongin %1 voimassaolo päättyi %2.</translation>
    </message>
    <message>
        <source>The coupon %1 has reached its redemption limit (%2).</source>
        <translation>Kuponki %1 on saavuttanut käyttökertojen rajan (%2).</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; has no currency.</source>
        <translation>Riville &quot;%1&quot; ei ole määritetty valuuttaa.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; is in %2, but the coupon %3 takes off an amount in %4.</source>
        <translation>Rivi &quot;%1&quot; on valuutassa %2, mutta kupongin %3 alennussumma on valuutassa %4.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; is in %2, but the lines before it are in %3.</source>
        <translation>Rivi &quot;%1&quot; on valuutassa %2, mutta sitä edeltävät rivit ovat valuutassa %3.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; is %2; a coupon only discounts lines of zero or more.</source>
        <translation>Rivin &quot;%1&quot; summa on %2; kuponki alentaa vain rivejä, joiden summa on nolla tai enemmän.</translation>
    </message>
    <message>
        <source>Coupon %1: %2 of %3 = %4</source>
        <extracomment>Derivation of a percentage discount line: %1 coupon code, %2 percentage, %3 the line&apos;s amount, %4 the (negative) discount.</extracomment>
        <translation>Kuponki %1: %2 summasta %3 = %4</translation>
    </message>
    <message>
        <source>Coupon %1: %2 of each line (%3) = %4</source>
        <extracomment>Derivation of a percentage discount over several lines, rounded per line: %1 coupon code, %2 percentage, %3 &quot;line amount → amount off&quot; for each line, %4 the (negative) discount.</extracomment>
        <translation>Kuponki %1: %2 kunkin rivin summasta (%3) = %4</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off %3 = %4</source>
        <extracomment>Derivation of a fixed discount on one line: %1 coupon code, %2 amount off, %3 the line&apos;s amount, %4 the (negative) discount.</extracomment>
        <translation>Kuponki %1: alennus %2 summasta %3 = %4</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off %3 (capped at the lines&apos; total) = %4</source>
        <extracomment>Derivation of a fixed discount larger than its one line: %1 coupon code, %2 amount off, %3 the line&apos;s amount, %4 the (negative) discount, which equals the line.</extracomment>
        <translation>Kuponki %1: alennus %2 summasta %3 (enintään rivien kokonaissumma) = %4</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off %3, split in proportion (%4) = %5</source>
        <extracomment>Derivation of a fixed discount split over several lines: %1 coupon code, %2 amount off, %3 the lines&apos; total, %4 &quot;line amount → share of the discount&quot; for each line, %5 the (negative) discount.</extracomment>
        <translation>Kuponki %1: alennus %2 summasta %3, jaettu rivien summien suhteessa (%4) = %5</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off %3 (capped at the lines&apos; total), split in proportion (%4) = %5</source>
        <extracomment>As &quot;Coupon %1: %2 off %3, split in proportion (%4) = %5&quot;, for an amount off larger than the lines&apos; total %3, which is then taken off entirely.</extracomment>
        <translation>Kuponki %1: alennus %2 summasta %3 (enintään rivien kokonaissumma), jaettu rivien summien suhteessa (%4) = %5</translation>
    </message>
</context>
<context>
    <name>CreditNoteBuilder</name>
    <message>
        <source>Credit on %1, line %2: −%3</source>
        <translation>Hyvitys laskusta %1, rivi %2: −%3</translation>
    </message>
    <message>
        <source>Only an issued invoice can be credited.</source>
        <translation>Vain vahvistetun laskun voi hyvittää.</translation>
    </message>
    <message>
        <source>Invoice %1 is already credited in full.</source>
        <translation>Lasku %1 on jo hyvitetty kokonaan.</translation>
    </message>
    <message>
        <source>Choose at least one line to credit.</source>
        <translation>Valitse vähintään yksi hyvitettävä rivi.</translation>
    </message>
    <message>
        <source>Invoice %1 has no line %2.</source>
        <translation>Laskulla %1 ei ole riviä %2.</translation>
    </message>
    <message>
        <source>The amount to credit on line %1 must be more than zero.</source>
        <translation>Rivin %1 hyvitettävän summan on oltava suurempi kuin nolla.</translation>
    </message>
    <message>
        <source>Line %1 can be credited up to %2.</source>
        <translation>Riviä %1 voi hyvittää enintään %2.</translation>
    </message>
    <message>
        <source>The amount to credit must be more than zero.</source>
        <translation>Hyvitettävän summan on oltava suurempi kuin nolla.</translation>
    </message>
    <message>
        <source>At most %1 of invoice %2 is left to credit.</source>
        <translation>Laskusta %2 on hyvittämättä enintään %1.</translation>
    </message>
    <message>
        <source>Invoice %1 has no taxed lines to credit.</source>
        <translation>Laskulla %1 ei ole verotettuja rivejä hyvitettäväksi.</translation>
    </message>
    <message>
        <source>Credit on invoice %1</source>
        <translation>Hyvitys laskusta %1</translation>
    </message>
    <message>
        <source>A credit note cannot be dated before the invoice it corrects (%1).</source>
        <translation>Hyvityslaskun päiväys ei voi olla aikaisempi kuin hyvitettävän laskun (%1).</translation>
    </message>
    <message>
        <source>Nothing of invoice %1 is left to credit.</source>
        <translation>Laskusta %1 ei ole enää mitään hyvitettävää.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>Tiedostoon &quot;%1&quot; ei voi kirjoittaa: %2.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing), so the rest of the file cannot be read.</source>
        <translation>Rivi %1: lainausmerkeissä olevaa kenttää ei ole suljettu (&quot; puuttuu), joten tiedoston loppuosaa ei voi lukea.</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate fields.</source>
        <translation>Lainausmerkki tai rivinvaihto ei voi olla kenttien erotin.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Tiedostoa &quot;%1&quot; ei voi lukea: %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Rivi %1: %2</translation>
    </message>
    <message>
        <source>The file is empty: it needs a first line naming the columns (e.g. Name, E-mail, Country) and a line per customer.</source>
        <translation>Tiedosto on tyhjä: ensimmäisellä rivillä on oltava sarakkeiden nimet (esim. Nimi, Sähköposti, Maa) ja sen jälkeen yksi rivi kutakin asiakasta kohden.</translation>
    </message>
    <message>
        <source>None of the column names is known, so the first line seems not to be a header. It must name the columns, e.g. Name, E-mail, Country.</source>
        <translation>Yksikään sarakkeen nimi ei ole tunnettu, joten ensimmäinen rivi ei näytä olevan otsikkorivi. Siinä on oltava sarakkeiden nimet, esim. Nimi, Sähköposti, Maa.</translation>
    </message>
    <message>
        <source>No column holds the customer&apos;s name. Name a column &quot;Name&quot; or choose the column for the name.</source>
        <translation>Missään sarakkeessa ei ole asiakkaan nimeä. Anna jollekin sarakkeelle nimi &quot;Nimi&quot; tai valitse nimen sarake.</translation>
    </message>
    <message>
        <source>The file has a header line but no customer rows.</source>
        <translation>Tiedostossa on otsikkorivi mutta ei asiakasrivejä.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header names only %2 columns; a delimiter or a quote may be misplaced.</source>
        <translation>Rivillä on %1 solua, mutta otsikkorivillä on vain %2 saraketta; erotin tai lainausmerkki voi olla väärässä kohdassa.</translation>
    </message>
    <message>
        <source>%1: %2 is already used by the customer on line %3.</source>
        <translation>%1: %2 on jo käytössä rivin %3 asiakkaalla.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing was imported. Correct the file, or import only the valid rows.</source>
        <translation>
            <numerusform>%n riviä ei voi tuoda, joten mitään ei tuotu. Korjaa tiedosto tai tuo vain kelvolliset rivit.</numerusform>
            <numerusform>%n riviä ei voi tuoda, joten mitään ei tuotu. Korjaa tiedosto tai tuo vain kelvolliset rivit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no valid customer row to import.</source>
        <translation>Tiedostossa ei ole yhtään kelvollista tuotavaa asiakasriviä.</translation>
    </message>
    <message>
        <source>The file is in UTF-16. Save it as UTF-8 (in spreadsheets: &quot;CSV UTF-8&quot;) or as Windows-1252 and try again.</source>
        <translation>Tiedosto on UTF-16-muodossa. Tallenna se UTF-8-muodossa (laskentataulukoissa: &quot;CSV UTF-8&quot;) tai Windows-1252-muodossa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Line %1: the file is not valid UTF-8 (byte 0x%2). Choose Windows-1252, or let SubDesk detect the encoding.</source>
        <translation>Rivi %1: tiedosto ei ole kelvollisessa UTF-8-muodossa (tavu 0x%2). Valitse Windows-1252 tai anna SubDeskin tunnistaa merkistö.</translation>
    </message>
    <message>
        <source>%1: %2 already belongs to customer number %3; the import adds another customer with it.</source>
        <translation>%1: %2 on jo asiakkaalla numero %3; tuonti lisää toisen asiakkaan samalla tunnuksella.</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>Business</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Yksityishenkilö</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Tilisiirto</translation>
    </message>
    <message>
        <source>SEPA direct debit</source>
        <translation>SEPA-suoraveloitus</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kortti</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Käteinen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paperi</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>Verkkolasku</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkistoitu</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Add customer %1</source>
        <translation>Lisää asiakas %1</translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>Muokkaa asiakasta %1</translation>
    </message>
    <message>
        <source>Archive customer %1</source>
        <translation>Arkistoi asiakas %1</translation>
    </message>
    <message>
        <source>Restore customer %1</source>
        <translation>Palauta asiakas %1</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>ALV-tunnus</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Maksuehto (päivää)</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Maksutapa</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Mandate reference</source>
        <translation>Valtuutuksen viite</translation>
    </message>
    <message>
        <source>Mandate signed on</source>
        <translation>Valtuutus allekirjoitettu</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Toimitustapa</translation>
    </message>
    <message>
        <source>E-invoice endpoint</source>
        <translation>Verkkolaskuosoite</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmentti</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not %3.</source>
        <translation>%1: &quot;%2&quot; ei ole %3.</translation>
    </message>
    <message>
        <source>%1: a customer&apos;s number cannot be changed.</source>
        <translation>%1: asiakkaan numeroa ei voi muuttaa.</translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation>kelvollinen päivien määrä</translation>
    </message>
    <message>
        <source>a date like 2026-03-31</source>
        <translation>päivämäärä muodossa 2026-03-31</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>Customer %1 of %2: %3</source>
        <translation>Asiakas %1/%2: %3</translation>
    </message>
    <message>
        <source>The customer is not stored yet.</source>
        <translation>Asiakasta ei ole vielä tallennettu.</translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <source>—</source>
        <comment>no figure</comment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>DashboardJob</name>
    <message>
        <source>The first month must not be after the last month.</source>
        <translation>Ensimmäinen kuukausi ei saa olla viimeisen kuukauden jälkeen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not read the schema version: %1</source>
        <translation>Skeeman versiota ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>Migraatio %1 puuttuu.</translation>
    </message>
    <message>
        <source>Updating the company file to schema %1 (%2) failed: %3</source>
        <translation>Yritystiedoston päivitys skeemaan %1 (%2) epäonnistui: %3</translation>
    </message>
    <message>
        <source>The company file is not open.</source>
        <translation>Yritystiedosto ei ole auki.</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>Asiakasnumeroa %1 ei ole.</translation>
    </message>
    <message>
        <source>Customer &quot;%1&quot;: %2</source>
        <translation>Asiakas &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>SubDesk cannot open %1: %2</source>
        <translation>SubDesk ei voi avata tiedostoa %1: %2</translation>
    </message>
    <message>
        <source>it is a folder, not a company file.</source>
        <translation>se on kansio eikä yritystiedosto.</translation>
    </message>
    <message>
        <source>The company file %1 does not exist.</source>
        <translation>Yritystiedostoa %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>%1 already exists; SubDesk will not overwrite it.</source>
        <translation>%1 on jo olemassa; SubDesk ei korvaa sitä.</translation>
    </message>
    <message>
        <source>its folder cannot be created.</source>
        <translation>sen kansiota ei voi luoda.</translation>
    </message>
    <message>
        <source>you do not have permission to read it.</source>
        <translation>sinulla ei ole oikeutta lukea sitä.</translation>
    </message>
    <message>
        <source>the file is read-only. Make it writable, or copy it to a folder you can write to.</source>
        <translation>tiedosto on vain luku -tilassa. Salli tiedostoon kirjoittaminen tai kopioi se kansioon, johon voit kirjoittaa.</translation>
    </message>
    <message>
        <source>it is not a SubDesk company file (not an SQLite database).</source>
        <translation>se ei ole SubDesk-yritystiedosto (ei SQLite-tietokanta).</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Qt:n SQLite-ajuria ei ole asennettu (paketti libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program, not a SubDesk company file.</source>
        <translation>se on toisen ohjelman SQLite-tietokanta eikä SubDesk-yritystiedosto.</translation>
    </message>
    <message>
        <source>it was written by a newer SubDesk (schema %1; this version knows up to %2). Update SubDesk to open it.</source>
        <translation>sen on tallentanut uudempi SubDesk-versio (skeema %1; tämä versio tuntee skeemat %2 asti). Päivitä SubDesk, jotta voit avata sen.</translation>
    </message>
    <message>
        <source>the file is damaged (%1). Open a backup copy instead.</source>
        <translation>tiedosto on vioittunut (%1). Avaa sen sijaan varmuuskopio.</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its handle.</source>
        <translation>SQLite-ajurin kahvaa ei saada käyttöön.</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>taulun %2 rivi %1 viittaa puuttuvaan riviin taulussa %3</translation>
    </message>
    <message>
        <source>Choose a different file for the copy.</source>
        <translation>Valitse kopiolle toinen tiedosto.</translation>
    </message>
    <message>
        <source>could not replace %1</source>
        <translation>tiedostoa %1 ei voitu korvata</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>Kopiota ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>The company file is in use by another program. Close it there and try again.</source>
        <translation>Yritystiedosto on toisen ohjelman käytössä. Sulje se siinä ohjelmassa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The company file is read-only, so SubDesk cannot save changes.</source>
        <translation>Yritystiedosto on vain luku -tilassa, joten SubDesk ei voi tallentaa muutoksia.</translation>
    </message>
    <message>
        <source>The company file is damaged (%1). Open a backup copy instead.</source>
        <translation>Yritystiedosto on vioittunut (%1). Avaa sen sijaan varmuuskopio.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved.</source>
        <translation>Levy on täynnä: mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>The company file could not be read or written (%1).</source>
        <translation>Yritystiedostoa ei voitu lukea tai kirjoittaa (%1).</translation>
    </message>
    <message>
        <source>The database refused the change (%1).</source>
        <translation>Tietokanta hylkäsi muutoksen (%1).</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Tietokantavirhe: %1</translation>
    </message>
    <message>
        <source>its folder is read-only, and SubDesk keeps a journal beside the file. Copy it to a folder you can write to.</source>
        <translation>sen kansio on vain luku -tilassa, ja SubDesk pitää lokia tiedoston vieressä. Kopioi tiedosto kansioon, johon voit kirjoittaa.</translation>
    </message>
    <message>
        <source>There is no product number %1.</source>
        <translation>Tuotenumeroa %1 ei ole.</translation>
    </message>
    <message>
        <source>A plan with the code %1 already exists.</source>
        <translation>Paketti, jonka koodi on %1, on jo olemassa.</translation>
    </message>
    <message>
        <source>There is no plan number %1.</source>
        <translation>Pakettinumeroa %1 ei ole.</translation>
    </message>
    <message>
        <source>There is no add-on number %1.</source>
        <translation>Lisäosanumeroa %1 ei ole.</translation>
    </message>
    <message>
        <source>The plan %1 lists the add-on number %2 twice.</source>
        <translation>Paketissa %1 on lisäosanumero %2 kahdesti.</translation>
    </message>
    <message>
        <source>An add-on with the code %1 already exists.</source>
        <translation>Lisäosa, jonka koodi on %1, on jo olemassa.</translation>
    </message>
    <message>
        <source>The plan already has a metered charge for the metric %1.</source>
        <translation>Paketilla on jo käyttöperusteinen maksu mittarille %1.</translation>
    </message>
    <message>
        <source>There is no metered charge number %1.</source>
        <translation>Käyttöperusteisen maksun numeroa %1 ei ole.</translation>
    </message>
    <message>
        <source>The plan %1 already has a price in %2 (%3).</source>
        <translation>Paketilla %1 on jo hinta valuutassa %2 (%3).</translation>
    </message>
    <message>
        <source>The add-on %1 already has a price in %2 (%3).</source>
        <translation>Lisäosalla %1 on jo hinta valuutassa %2 (%3).</translation>
    </message>
    <message>
        <source>The metered charge %1 already has a price in %2 (%3).</source>
        <translation>Käyttöperusteisella maksulla %1 on jo hinta valuutassa %2 (%3).</translation>
    </message>
    <message>
        <source>The plan %1 already has a price in %2.</source>
        <translation>Paketilla %1 on jo hinta valuutassa %2.</translation>
    </message>
    <message>
        <source>The add-on %1 already has a price in %2.</source>
        <translation>Lisäosalla %1 on jo hinta valuutassa %2.</translation>
    </message>
    <message>
        <source>The metered charge %1 already has a price in %2.</source>
        <translation>Käyttöperusteisella maksulla %1 on jo hinta valuutassa %2.</translation>
    </message>
    <message>
        <source>The price version is in %1 but its price is in %2.</source>
        <translation>Hintaversio on valuutassa %1, mutta sen hinta on valuutassa %2.</translation>
    </message>
    <message>
        <source>The price already has a version that takes effect on %1.</source>
        <translation>Hinnalla on jo versio, joka tulee voimaan %1.</translation>
    </message>
    <message>
        <source>There is no price number %1.</source>
        <translation>Hintanumeroa %1 ei ole.</translation>
    </message>
    <message>
        <source>A coupon with the code %1 already exists.</source>
        <translation>Kuponki, jonka koodi on %1, on jo olemassa.</translation>
    </message>
    <message>
        <source>There is no coupon number %1.</source>
        <translation>Kuponkinumeroa %1 ei ole.</translation>
    </message>
    <message>
        <source>There is no document number %1.</source>
        <translation>Asiakirjanumeroa %1 ei ole.</translation>
    </message>
    <message>
        <source>Subscription %1 is already billed for %2 (charge %3) for the period starting %4; nothing was stored.</source>
        <translation>Tilaus %1 on jo laskutettu kohteesta %2 (veloitus %3) kaudelta, joka alkaa %4; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>There is no subscription number %1.</source>
        <translation>Tilausnumeroa %1 ei ole.</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; of subscription %2 refers to a subscription, plan, price or event that does not exist.</source>
        <translation>Tilauksen %2 tapahtuma &quot;%1&quot; viittaa tilaukseen, pakettiin, hintaan tai tapahtumaan, jota ei ole olemassa.</translation>
    </message>
    <message>
        <source>The company file cancelled the change after an error; nothing was saved.</source>
        <translation>Yritystiedosto perui muutoksen virheen jälkeen; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>There is no bank account number %1.</source>
        <translation>Pankkitiliä numero %1 ei ole.</translation>
    </message>
    <message>
        <source>There is no tax rate number %1.</source>
        <translation>Verokantaa numero %1 ei ole.</translation>
    </message>
    <message>
        <source>There is no numbering series number %1.</source>
        <translation>Numerosarjaa numero %1 ei ole.</translation>
    </message>
    <message>
        <source>The numbering series &quot;%1&quot; has issued documents: its pattern, kind and yearly restart can no longer change. Create a new series instead.</source>
        <translation>Numerosarjalla &quot;%1&quot; on vahvistettuja asiakirjoja: sen mallia, tyyppiä ja vuosittaista uudelleenaloitusta ei voi enää muuttaa. Luo sen sijaan uusi sarja.</translation>
    </message>
    <message>
        <source>A credit entry of customer %1 refers to a customer, document or payment that does not exist.</source>
        <translation>Asiakkaan %1 hyvityskirjaus viittaa asiakkaaseen, asiakirjaan tai maksuun, jota ei ole olemassa.</translation>
    </message>
    <message>
        <source>Only drafts can be stored as new documents (document of customer %1 is %2).</source>
        <translation>Vain luonnoksia voi tallentaa uusina asiakirjoina (asiakkaan %1 asiakirjan tila on %2).</translation>
    </message>
    <message>
        <source>A document for customer %1 refers to a customer, billing run or corrected document that does not exist.</source>
        <translation>Asiakkaan %1 asiakirja viittaa asiakkaaseen, laskutusajoon tai korjattuun asiakirjaan, jota ei ole olemassa.</translation>
    </message>
    <message>
        <source>Document %1 is issued already and cannot be changed.</source>
        <translation>Asiakirja %1 on jo vahvistettu, eikä sitä voi muuttaa.</translation>
    </message>
    <message>
        <source>Document %1 has no line number %2.</source>
        <translation>Asiakirjalla %1 ei ole riviä numero %2.</translation>
    </message>
    <message>
        <source>The number %1 is taken already.</source>
        <translation>Numero %1 on jo käytössä.</translation>
    </message>
    <message>
        <source>Document %1 refers to a numbering series or corrected document that does not exist.</source>
        <translation>Asiakirja %1 viittaa numerosarjaan tai korjattuun asiakirjaan, jota ei ole olemassa.</translation>
    </message>
    <message>
        <source>Document %1 can move between issued and uncollectible only; drafts are issued by issuing them.</source>
        <translation>Asiakirjan %1 tilaa voi vaihtaa vain vahvistetun ja luottotappion välillä; luonnokset vahvistetaan vahvistustoiminnolla.</translation>
    </message>
    <message>
        <source>The settlement of document %1 would fall below zero.</source>
        <translation>Asiakirjan %1 suoritukset laskisivat alle nollan.</translation>
    </message>
    <message>
        <source>The settlement of invoice %1 would exceed its total.</source>
        <translation>Laskun %1 suoritukset ylittäisivät sen loppusumman.</translation>
    </message>
    <message>
        <source>A payment allocates to document %1 more than once.</source>
        <translation>Maksu kohdistuu asiakirjaan %1 useammin kuin kerran.</translation>
    </message>
    <message>
        <source>There is no payment number %1.</source>
        <translation>Maksua numero %1 ei ole.</translation>
    </message>
    <message>
        <source>Cannot read the figures of %1: %2</source>
        <translation>Tiedoston %1 lukuja ei voi lukea: %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>tiedostoa ei ole olemassa.</translation>
    </message>
    <message>
        <source>it is not a SubDesk company file.</source>
        <translation>se ei ole SubDesk-yritystiedosto.</translation>
    </message>
    <message>
        <source>it was written by an older SubDesk. Open it once to update it.</source>
        <translation>sen on kirjoittanut vanhempi SubDesk. Avaa se kerran päivittääksesi sen.</translation>
    </message>
    <message>
        <source>it was written by a newer SubDesk.</source>
        <translation>sen on kirjoittanut uudempi SubDesk.</translation>
    </message>
    <message>
        <source>An MRR span of subscription %1 is not valid.</source>
        <translation>Tilauksen %1 MRR-jakso ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>An MRR span names a subscription, customer or plan that does not exist (subscription %1).</source>
        <translation>MRR-jakso viittaa tilaukseen, asiakkaaseen tai pakettiin, jota ei ole olemassa (tilaus %1).</translation>
    </message>
    <message>
        <source>Two MRR spans of subscription %1 start on the same day.</source>
        <translation>Tilauksen %1 kaksi MRR-jaksoa alkaa samana päivänä.</translation>
    </message>
    <message>
        <source>An exchange rate of %1 has no valid month.</source>
        <translation>Valuutan %1 valuuttakurssilla ei ole kelvollista kuukautta.</translation>
    </message>
    <message>
        <source>There is no %1 exchange rate for %2.</source>
        <translation>Valuutalle %1 ei ole valuuttakurssia kuukaudelle %2.</translation>
    </message>
    <message>
        <source>The company file holds an unreadable row in %1.</source>
        <translation>Yritystiedostossa on lukukelvoton rivi taulussa %1.</translation>
    </message>
    <message>
        <source>There is no survey answer number %1.</source>
        <translation>Kyselyvastausta numero %1 ei ole.</translation>
    </message>
    <message>
        <source>The survey answer of customer %1 on %2 is not valid.</source>
        <translation>Asiakkaan %1 kyselyvastaus päivältä %2 ei ole kelvollinen.</translation>
    </message>
</context>
<context>
    <name>DemoCatalog</name>
    <message>
        <source>The company already has a catalog; the demo catalog goes only into an empty company file.</source>
        <translation>Yrityksellä on jo tuoteluettelo; esittelyluettelo lisätään vain tyhjään yritystiedostoon.</translation>
    </message>
</context>
<context>
    <name>DemoInvoicing</name>
    <message>
        <source>Demo %1: %2</source>
        <translation>Esittely %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoSubscriptions</name>
    <message>
        <source>subscribing</source>
        <translation>tilauksen luonti</translation>
    </message>
    <message>
        <source>changing</source>
        <translation>muutos</translation>
    </message>
    <message>
        <source>pausing</source>
        <translation>keskeytys</translation>
    </message>
    <message>
        <source>resuming</source>
        <translation>jatkaminen</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>peruutus</translation>
    </message>
    <message>
        <source>reactivating</source>
        <translation>uudelleenaktivointi</translation>
    </message>
    <message>
        <source>Demo billing run of %1: %2</source>
        <translation>Esittelyaineiston laskutusajo %1: %2</translation>
    </message>
    <message>
        <source>Demo usage of %1: %2</source>
        <translation>Esittelyaineiston käyttö %1: %2</translation>
    </message>
    <message>
        <source>Demo price migration: %1</source>
        <translation>Esittelyaineiston hintasiirto: %1</translation>
    </message>
    <message>
        <source>Demo history, %1 %2 on %3: %4</source>
        <translation>Esittelyhistoria, %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Demo %1: %2</source>
        <translation>Esittely %1: %2</translation>
    </message>
    <message>
        <source>metrics settings</source>
        <translation>tunnuslukujen asetukset</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>valuuttakurssit</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>kyselyvastaukset</translation>
    </message>
    <message>
        <source>MRR spans</source>
        <translation>MRR-jaksot</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Hyvityslasku</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Vahvistettu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Erääntynyt</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Osittain maksettu</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Hyvitetty</translation>
    </message>
    <message>
        <source>Uncollectible</source>
        <translation>Luottotappio</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>Print %1</source>
        <translation>Tulosta %1</translation>
    </message>
</context>
<context>
    <name>DocumentIssuer</name>
    <message>
        <source>Fill in the company&apos;s name and country (Settings → Company) before issuing documents: every document must name its seller.</source>
        <translation>Täytä yrityksen nimi ja maa (Asetukset → Yritys) ennen asiakirjojen vahvistamista: jokaisessa asiakirjassa on mainittava myyjä.</translation>
    </message>
    <message>
        <source>A document without lines cannot be issued.</source>
        <translation>Asiakirjaa, jolla ei ole rivejä, ei voi vahvistaa.</translation>
    </message>
    <message>
        <source>An invoice cannot total less than zero; issue a credit note instead.</source>
        <translation>Laskun loppusumma ei voi olla alle nollan; laadi sen sijaan hyvityslasku.</translation>
    </message>
    <message>
        <source>A credit note must total less than zero.</source>
        <translation>Hyvityslaskun loppusumman on oltava alle nollan.</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>Reverse charge</source>
        <translation>Käännetty verovelvollisuus</translation>
    </message>
    <message>
        <source>Export outside the EU — VAT not charged</source>
        <translation>Vienti EU:n ulkopuolelle – ei arvonlisäveroa</translation>
    </message>
    <message>
        <source>Intra-community supply exempt from VAT</source>
        <translation>Arvonlisäverosta vapautettu yhteisömyynti</translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation>Arvonlisäveron soveltamisalan ulkopuolella</translation>
    </message>
    <message>
        <source>Exempt from VAT</source>
        <translation>Arvonlisäverosta vapautettu</translation>
    </message>
    <message>
        <source>Zero-rated supply</source>
        <translation>Nollaverokannan alainen myynti</translation>
    </message>
    <message>
        <source>Standard rate</source>
        <translation>Yleinen verokanta</translation>
    </message>
    <message>
        <source>Zero rate</source>
        <translation>Nollaverokanta</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Verovapaa</translation>
    </message>
    <message>
        <source>Intra-community supply</source>
        <translation>Yhteisömyynti</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vienti</translation>
    </message>
    <message>
        <source>VAT ID: %1</source>
        <translation>ALV-tunnus: %1</translation>
    </message>
    <message>
        <source>Reg. no.: %1</source>
        <translation>Y-tunnus: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sivu %1/%2</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Hyvityslasku</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Laskun päivämäärä</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>Supply period</source>
        <translation>Toimitusjakso</translation>
    </message>
    <message>
        <source>Corrects invoice</source>
        <translation>Hyvitettävä lasku</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Laskutusosoite</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Yksikköhinta</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Veroton summa</translation>
    </message>
    <message>
        <source>VAT summary</source>
        <translation>ALV-erittely</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Veroluokka</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>ALV %</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Veron peruste</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Veroton yhteensä</translation>
    </message>
    <message>
        <source>VAT total</source>
        <translation>ALV yhteensä</translation>
    </message>
    <message>
        <source>Total credited</source>
        <translation>Hyvitys yhteensä</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Credit applied</source>
        <translation>Käytetty hyvitys</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Hyvitetty</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Maksettavaa</translation>
    </message>
    <message>
        <source>Seller&apos;s VAT ID: %1 · Customer&apos;s VAT ID: %2</source>
        <translation>Myyjän ALV-tunnus: %1 · Ostajan ALV-tunnus: %2</translation>
    </message>
    <message>
        <source>Corrects invoice %1 of %2</source>
        <translation>Hyvittää laskun %1, päivätty %2</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Pankki</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Tilinhaltija</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Viitenumero</translation>
    </message>
    <message>
        <source>Payable by %1</source>
        <translation>Maksettava viimeistään %1</translation>
    </message>
    <message>
        <source>Paid in full. Thank you.</source>
        <translation>Maksettu kokonaan. Kiitos.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Maksu</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Tiliote</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kausi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Veloitus</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Hyvitys</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Palautus</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Alkusaldo</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Loppusaldo</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Maksettava saldo</translation>
    </message>
    <message>
        <source>Balance in your favour</source>
        <translation>Saldo hyväksenne</translation>
    </message>
    <message>
        <source>Nothing is due</source>
        <translation>Ei maksettavaa</translation>
    </message>
</context>
<context>
    <name>DrillDowns</name>
    <message>
        <source>Plan %1</source>
        <translation>Paketti %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Asiakas %1</translation>
    </message>
    <message>
        <source>Unknown figure.</source>
        <translation>Tuntematon luku.</translation>
    </message>
    <message>
        <source>%1: customers paying on %2, the day before the 12 months to %3</source>
        <translation>%1: maksavat asiakkaat %2, 12 kuukauden jaksoa %3 asti edeltävänä päivänä</translation>
    </message>
    <message>
        <source>%1: customers paying on %2</source>
        <translation>%1: maksavat asiakkaat %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmentti</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>MRR (%1)</source>
        <translation>MRR (%1)</translation>
    </message>
    <message>
        <source>Subscription %1 · %2</source>
        <translation>Tilaus %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln asiakas</numerusform>
            <numerusform>%Ln asiakasta</numerusform>
        </translation>
    </message>
    <message>
        <source>NRR and GRR follow these customers over the 12 months that start the next day: what they pay at the end, without new customers, against what they paid here.</source>
        <translation>NRR ja GRR seuraavat näitä asiakkaita seuraavasta päivästä alkavien 12 kuukauden ajan: mitä he maksavat lopussa, ilman uusia asiakkaita, verrattuna siihen mitä he maksoivat tässä.</translation>
    </message>
    <message>
        <source>%1, MRR at the window&apos;s start %2</source>
        <translation>%1, MRR jakson alussa %2</translation>
    </message>
    <message>
        <source>%1, MRR %2 × 12 = ARR %3</source>
        <translation>%1, MRR %2 × 12 = ARR %3</translation>
    </message>
    <message>
        <source>MRR %1 ÷ %2 = ARPA %3</source>
        <translation>MRR %1 ÷ %2 = ARPA %3</translation>
    </message>
    <message>
        <source>CLV is ARPA divided by the mean monthly logo churn of the trailing 6 months.</source>
        <translation>CLV on ARPA jaettuna edellisten 6 kuukauden keskimääräisellä kuukausittaisella asiakaspoistumalla.</translation>
    </message>
    <message>
        <source>%1 with MRR %2</source>
        <translation>%1, MRR %2</translation>
    </message>
    <message>
        <source>Total MRR %1 (%2)</source>
        <translation>MRR yhteensä %1 (%2)</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>MRR:n muutokset</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Jälkeen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln muutos</numerusform>
            <numerusform>%Ln muutosta</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>Logo churn counts these customers against those paying at the month&apos;s start.</source>
        <translation>Asiakaspoistuma suhteuttaa nämä asiakkaat kuukauden alussa maksaviin asiakkaisiin.</translation>
    </message>
    <message>
        <source>%1, net %2</source>
        <translation>%1, netto %2</translation>
    </message>
    <message>
        <source>the 90 days to %1</source>
        <translation>90 päivää %1 asti</translation>
    </message>
    <message>
        <source>NPS answers in %1</source>
        <translation>NPS-vastaukset %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln vastaus</numerusform>
            <numerusform>%Ln vastausta</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 promoters, %3 passives, %4 detractors, NPS %5</source>
        <translation>%1: %2 suosittelijaa, %3 passiivista, %4 arvostelijaa, NPS %5</translation>
    </message>
</context>
<context>
    <name>FxRateCsv</name>
    <message numerus="yes">
        <source>the row has %n column(s); it needs three: month, currency, rate.</source>
        <translation>
            <numerusform>rivillä on %n sarake; tarvitaan kolme: month, currency, rate.</numerusform>
            <numerusform>rivillä on %n saraketta; tarvitaan kolme: month, currency, rate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Month (column 1): &quot;%1&quot; is not a month written YYYY-MM.</source>
        <translation>Kuukausi (sarake 1): &quot;%1&quot; ei ole kuukausi muodossa YYYY-MM.</translation>
    </message>
    <message>
        <source>Currency (column 2): &quot;%1&quot; is not an ISO 4217 currency code such as SEK.</source>
        <translation>Valuutta (sarake 2): &quot;%1&quot; ei ole ISO 4217 -valuuttakoodi, kuten SEK.</translation>
    </message>
    <message>
        <source>Currency (column 2): %1 is the reporting currency; it needs no rate.</source>
        <translation>Valuutta (sarake 2): %1 on raportointivaluutta; se ei tarvitse kurssia.</translation>
    </message>
    <message>
        <source>Rate (column 3): %1</source>
        <translation>Kurssi (sarake 3): %1</translation>
    </message>
    <message>
        <source>%1 %2 is given twice in the file.</source>
        <translation>%1 %2 on annettu tiedostossa kahdesti.</translation>
    </message>
</context>
<context>
    <name>FxTable</name>
    <message>
        <source>&quot;%1&quot; is not an exchange rate: give a number above 0 with at most 8 decimals, e.g. 0.087312.</source>
        <translation>&quot;%1&quot; ei ole valuuttakurssi: anna nollaa suurempi luku enintään 8 desimaalilla, esim. 0.087312.</translation>
    </message>
</context>
<context>
    <name>InvoiceActions</name>
    <message>
        <source>&amp;New invoice…</source>
        <translation>&amp;Uusi lasku…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Uusi…</translation>
    </message>
    <message>
        <source>Write a manual invoice or a one-off charge</source>
        <translation>Laadi manuaalinen lasku tai kertaveloitus</translation>
    </message>
    <message>
        <source>&amp;Edit draft…</source>
        <translation>&amp;Muokkaa luonnosta…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Change the lines of the selected manual draft</source>
        <translation>Muuta valitun manuaalisen luonnoksen rivejä</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Vahvista…</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Vahvista…</translation>
    </message>
    <message>
        <source>Number the selected draft and make it final</source>
        <translation>Numeroi valittu luonnos ja tee siitä lopullinen</translation>
    </message>
    <message>
        <source>Issue &amp;all drafts…</source>
        <translation>Vahvista &amp;kaikki luonnokset…</translation>
    </message>
    <message>
        <source>Issue all drafts…</source>
        <translation>Vahvista kaikki luonnokset…</translation>
    </message>
    <message>
        <source>Number every draft dated up to today and make them final</source>
        <translation>Numeroi kaikki viimeistään tänään päivätyt luonnokset ja tee niistä lopullisia</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Kirjaa m&amp;aksu…</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>Maksu…</translation>
    </message>
    <message>
        <source>Record money received for the selected invoice</source>
        <translation>Kirjaa valitulle laskulle vastaanotettu maksu</translation>
    </message>
    <message>
        <source>&amp;Credit…</source>
        <translation>&amp;Hyvitä…</translation>
    </message>
    <message>
        <source>Credit…</source>
        <translation>Hyvitä…</translation>
    </message>
    <message>
        <source>Issue a credit note against the selected invoice</source>
        <translation>Laadi hyvityslasku valitusta laskusta</translation>
    </message>
    <message>
        <source>Mark &amp;uncollectible…</source>
        <translation>Kirjaa &amp;luottotappioksi…</translation>
    </message>
    <message>
        <source>Uncollectible…</source>
        <translation>Luottotappio…</translation>
    </message>
    <message>
        <source>Write the selected invoice off as never to be paid</source>
        <translation>Kirjaa valittu lasku luottotappioksi, jota ei koskaan makseta</translation>
    </message>
    <message>
        <source>Apply customer cre&amp;dit</source>
        <translation>Käytä asiakkaan &amp;hyvityssaldo</translation>
    </message>
    <message>
        <source>Apply credit</source>
        <translation>Käytä hyvitys</translation>
    </message>
    <message>
        <source>Settle the selected invoice with the customer&apos;s credit balance in its currency</source>
        <translation>Kuittaa valittu lasku asiakkaan hyvityssaldolla laskun valuutassa</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Poista luonnos…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Delete the selected draft</source>
        <translation>Poista valittu luonnos</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Tallenna &amp;PDF…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the selected document as a PDF file</source>
        <translation>Tallenna valittu asiakirja PDF-tiedostoksi</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <source>Print the selected document, with a preview</source>
        <translation>Tulosta valittu asiakirja esikatselun kautta</translation>
    </message>
    <message>
        <source>Save &amp;UBL…</source>
        <translation>Tallenna &amp;UBL…</translation>
    </message>
    <message>
        <source>UBL…</source>
        <translation>UBL…</translation>
    </message>
    <message>
        <source>Save the selected document as a UBL e-invoice (EN 16931, Peppol BIS 3.0)</source>
        <translation>Tallenna valittu asiakirja UBL-verkkolaskuksi (EN 16931, Peppol BIS 3.0)</translation>
    </message>
    <message>
        <source>E&amp;xport documents…</source>
        <translation>&amp;Vie asiakirjat…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Vie…</translation>
    </message>
    <message>
        <source>Save the PDF and UBL files of every document issued in a date range</source>
        <translation>Tallenna kaikkien aikavälillä vahvistettujen asiakirjojen PDF- ja UBL-tiedostot</translation>
    </message>
</context>
<context>
    <name>InvoicePrompts</name>
    <message>
        <source>Issue all drafts</source>
        <translation>Vahvista kaikki luonnokset</translation>
    </message>
    <message numerus="yes">
        <source>Issue %Ln draft(s) dated up to %1?</source>
        <translation>
            <numerusform>Vahvistetaanko %Ln luonnos, joka on päivätty viimeistään %1?</numerusform>
            <numerusform>Vahvistetaanko %Ln luonnosta, jotka on päivätty viimeistään %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each gets the next number of its series, dated today, and can no longer be changed or deleted. Either all are issued or, if one cannot be, none.</source>
        <translation>Kukin saa sarjansa seuraavan numeron ja tämän päivän päivämäärän, eikä sitä voi enää muuttaa tai poistaa. Joko kaikki vahvistetaan tai, jos yhtäkään ei voi vahvistaa, ei mitään.</translation>
    </message>
    <message>
        <source>&amp;Issue all</source>
        <translation>&amp;Vahvista kaikki</translation>
    </message>
    <message>
        <source>Mark uncollectible</source>
        <translation>Kirjaa luottotappioksi</translation>
    </message>
    <message>
        <source>Write off invoice %1 with %2 still unpaid?</source>
        <translation>Kirjataanko lasku %1 luottotappioksi, kun %2 on yhä maksamatta?</translation>
    </message>
    <message>
        <source>It stays on the customer&apos;s statement and in the aging report&apos;s totals as uncollectible, and is no longer offered for payments.</source>
        <translation>Se pysyy asiakkaan tiliotteella ja ikäjakauman summissa luottotappiona, eikä sitä enää tarjota maksujen kohdistukseen.</translation>
    </message>
    <message>
        <source>&amp;Mark uncollectible</source>
        <translation>&amp;Kirjaa luottotappioksi</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Poista luonnos</translation>
    </message>
    <message>
        <source>Delete the draft %1 of %2 for %3?</source>
        <translation>Poistetaanko luonnos %1, päivätty %2, asiakkaalle %3?</translation>
    </message>
    <message>
        <source>Its lines are deleted with it. A draft has no number yet, so no number is lost.</source>
        <translation>Sen rivit poistetaan sen mukana. Luonnoksella ei ole vielä numeroa, joten numeroita ei menetetä.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
</context>
<context>
    <name>InvoiceService</name>
    <message>
        <source>%1 is issued and can no longer be edited.</source>
        <translation>%1 on vahvistettu, eikä sitä voi enää muokata.</translation>
    </message>
    <message>
        <source>%1 is issued and can never be deleted; credit it instead.</source>
        <translation>%1 on vahvistettu, eikä sitä voi koskaan poistaa; hyvitä se sen sijaan.</translation>
    </message>
    <message>
        <source>%1 is issued already.</source>
        <translation>%1 on jo vahvistettu.</translation>
    </message>
    <message>
        <source>The issue date is not valid.</source>
        <translation>Vahvistuspäivä ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>A document dated %1 cannot be issued on an earlier day (%2).</source>
        <translation>Asiakirjaa, jonka päivämäärä on %1, ei voi vahvistaa aiemmalla päivämäärällä (%2).</translation>
    </message>
    <message>
        <source>The series &quot;%1&quot; has a document issued on %2; a later number cannot carry an earlier date.</source>
        <translation>Sarjassa &quot;%1&quot; on asiakirja, joka on vahvistettu %2; myöhemmällä numerolla ei voi olla aiempaa päivämäärää.</translation>
    </message>
    <message>
        <source>Document of %1 for customer %2</source>
        <translation>Asiakirja %1 asiakkaalle %2</translation>
    </message>
    <message>
        <source> (reduced by %1 so the credit stays within the invoice)</source>
        <translation> (vähennetty %1, jotta hyvitys ei ylitä laskua)</translation>
    </message>
    <message>
        <source>Only an issued invoice can be written off as uncollectible.</source>
        <translation>Vain vahvistetun laskun voi kirjata luottotappioksi.</translation>
    </message>
    <message>
        <source>Invoice %1 has nothing left to collect.</source>
        <translation>Laskulla %1 ei ole enää perittävää.</translation>
    </message>
    <message>
        <source>Credit can only be applied to an issued invoice.</source>
        <translation>Hyvitystä voi käyttää vain vahvistettuun laskuun.</translation>
    </message>
    <message>
        <source>The amount of credit to apply must be more than zero.</source>
        <translation>Käytettävän hyvityksen summan on oltava suurempi kuin nolla.</translation>
    </message>
    <message>
        <source>Invoice %1 has nothing left to pay.</source>
        <translation>Laskulla %1 ei ole enää maksettavaa.</translation>
    </message>
    <message>
        <source>The customer has no credit in %1 to apply.</source>
        <translation>Asiakkaalla ei ole käytettävää hyvityssaldoa valuutassa %1.</translation>
    </message>
    <message>
        <source>A document cannot be issued on a day after today (%1).</source>
        <translation>Asiakirjaa ei voi vahvistaa tätä päivää (%1) myöhemmälle päivälle.</translation>
    </message>
    <message>
        <source>The credit note would credit %1, more than the %2 of invoice %3 left to credit (in all or at one of its VAT rates).</source>
        <translation>Hyvityslasku hyvittäisi %1, enemmän kuin laskusta %3 on hyvitettävää jäljellä (%2) yhteensä tai jollakin sen ALV-kannalla.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <extracomment>Name of the English language in English; keep it as is</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <source>Polski</source>
        <extracomment>Name of the Polish language in Polish; keep it as is</extracomment>
        <translation>Polski</translation>
    </message>
    <message>
        <source>Italiano</source>
        <extracomment>Name of the Italian language in Italian; keep it as is</extracomment>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Suomi</source>
        <extracomment>Name of the Finnish language in Finnish; keep it as is</extracomment>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>فارسی</source>
        <extracomment>Name of the Persian language in Persian; keep it as is</extracomment>
        <translation>فارسی</translation>
    </message>
</context>
<context>
    <name>ManualInvoiceBuilder</name>
    <message>
        <source>&quot;%1&quot; is not a known currency code.</source>
        <translation>&quot;%1&quot; ei ole tunnettu valuuttakoodi.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>Laskulla on oltava vähintään yksi rivi.</translation>
    </message>
    <message>
        <source>Line %1: the description is empty.</source>
        <translation>Rivi %1: kuvaus on tyhjä.</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be at least 1.</source>
        <translation>Rivi %1: määrän on oltava vähintään 1.</translation>
    </message>
    <message>
        <source>Line %1: the period needs a start and a later end, or neither.</source>
        <translation>Rivi %1: kaudella on oltava alku ja myöhempi loppu, tai ei kumpaakaan.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Rivi %1: %2</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>The lines total less than zero; credit an invoice with a credit note instead.</source>
        <translation>Rivien summa on alle nollan; hyvitä lasku sen sijaan hyvityslaskulla.</translation>
    </message>
</context>
<context>
    <name>MeteredCharge</name>
    <message>
        <source>Sum</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Suurin arvo</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Viimeisin arvo</translation>
    </message>
    <message>
        <source>A metered charge needs a metric code of 1 to %1 characters.</source>
        <translation>Käyttöperusteisella maksulla on oltava mittarin koodi, jossa on 1–%1 merkkiä.</translation>
    </message>
    <message>
        <source>The metric code &quot;%1&quot; may only contain lower-case letters a–z, digits, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>Mittarin koodi &quot;%1&quot; saa sisältää vain pieniä kirjaimia a–z, numeroita sekä merkkejä &quot;_&quot; ja &quot;.&quot;.</translation>
    </message>
    <message>
        <source>The metered charge %1 needs a name.</source>
        <translation>Käyttöperusteisella maksulla %1 on oltava nimi.</translation>
    </message>
</context>
<context>
    <name>MeteredChargeDialog</name>
    <message>
        <source>All usage in the period added up: API calls, messages sent.</source>
        <translation>Kaikki kauden käyttö yhteenlaskettuna: API-kutsut, lähetetyt viestit.</translation>
    </message>
    <message>
        <source>The highest value in the period: peak storage, peak seats.</source>
        <translation>Kauden suurin arvo: tallennustilan huippu, käyttäjäpaikkojen huippu.</translation>
    </message>
    <message>
        <source>The latest value in the period: a meter read at the period&apos;s end.</source>
        <translation>Kauden viimeisin arvo: mittarilukema kauden lopussa.</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Uudelleenaktivointi</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Laajentuminen</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Supistuminen</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Asiakaspoistuma</translation>
    </message>
    <message>
        <source>%1 has no exchange rate to %2 for %3: its amounts are left out of that month.</source>
        <translation>Valuutalla %1 ei ole valuuttakurssia valuuttaan %2 kuukaudelle %3: sen määrät jätetään kyseisestä kuukaudesta pois.</translation>
    </message>
    <message>
        <source>%1 has no exchange rate to %2 from %3 to %4: its amounts are left out of those months.</source>
        <translation>Valuutalla %1 ei ole valuuttakurssia valuuttaan %2 ajalle %3–%4: sen määrät jätetään kyseisistä kuukausista pois.</translation>
    </message>
    <message>
        <source>Invoices in %1 have no exchange rate to %2 for %3: they are left out of the reconciliation.</source>
        <translation>%1-valuuttaisilla laskuilla ei ole valuuttakurssia valuuttaan %2 kuukaudelle %3: ne jätetään täsmäytyksestä pois.</translation>
    </message>
    <message>
        <source>Invoices in %1 have no exchange rate to %2 from %3 to %4: they are left out of the reconciliation.</source>
        <translation>%1-valuuttaisilla laskuilla ei ole valuuttakurssia valuuttaan %2 ajalle %3–%4: ne jätetään täsmäytyksestä pois.</translation>
    </message>
</context>
<context>
    <name>MetricsService</name>
    <message>
        <source>Subscription %1 is left out of the refreshed figures: %2</source>
        <translation>Tilaus %1 jätetään päivitetyistä luvuista pois: %2</translation>
    </message>
    <message>
        <source>An exchange rate of %1 has no month.</source>
        <translation>Valuutan %1 valuuttakurssilla ei ole kuukautta.</translation>
    </message>
    <message>
        <source>Currency: “%1” is not an ISO 4217 code in capitals (e.g. SEK).</source>
        <translation>Valuutta: ”%1” ei ole ISO 4217 -koodi isoin kirjaimin (esim. SEK).</translation>
    </message>
    <message>
        <source>%1 is the reporting currency: its rate is always 1 and is not stored.</source>
        <translation>%1 on raportointivaluutta: sen kurssi on aina 1 eikä sitä tallenneta.</translation>
    </message>
    <message>
        <source>Rate: the %1 rate for %2 must be greater than zero.</source>
        <translation>Kurssi: valuutan %1 kurssin kuukaudelle %2 on oltava suurempi kuin nolla.</translation>
    </message>
    <message>
        <source>Rate: the %1 rate for %2 is larger than 1,000,000.</source>
        <translation>Kurssi: valuutan %1 kurssi kuukaudelle %2 on suurempi kuin 1 000 000.</translation>
    </message>
    <message>
        <source>The %1 rate for %2 is given twice.</source>
        <translation>Valuutan %1 kurssi kuukaudelle %2 on annettu kahdesti.</translation>
    </message>
    <message>
        <source>Reporting currency: “%1” is not an ISO 4217 code (e.g. EUR).</source>
        <translation>Raportointivaluutta: ”%1” ei ole ISO 4217 -koodi (esim. EUR).</translation>
    </message>
    <message>
        <source>Gross margin: it must be between 0 % and 100 %.</source>
        <translation>Bruttokate: sen on oltava välillä 0 % – 100 %.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation>Valuutoissa %1 ja %2 olevia summia ei voi yhdistää.</translation>
    </message>
    <message>
        <source>Division by zero.</source>
        <translation>Jako nollalla.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Summa on liian suuri.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2 (expected e.g. %3).</source>
        <translation>&quot;%1&quot; ei ole kelvollinen summa valuutassa %2 (esim. %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3).</source>
        <translation>Summassa &quot;%1&quot; on enemmän desimaaleja kuin valuutta %2 sallii (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (expected e.g. %2).</source>
        <translation>&quot;%1&quot; ei ole kelvollinen summa (esim. %2).</translation>
    </message>
    <message>
        <source>Nothing to split the amount over.</source>
        <translation>Summalle ei ole jakokohteita.</translation>
    </message>
    <message>
        <source>A split weight is negative.</source>
        <translation>Jaon painokerroin on negatiivinen.</translation>
    </message>
</context>
<context>
    <name>NumberSeries</name>
    <message>
        <source>The pattern has a &quot;}&quot; without a matching &quot;{&quot; at position %1.</source>
        <translation>Mallissa on merkki &quot;}&quot; ilman vastaavaa merkkiä &quot;{&quot; kohdassa %1.</translation>
    </message>
    <message>
        <source>The pattern has a &quot;{&quot; without a matching &quot;}&quot; at position %1.</source>
        <translation>Mallissa on merkki &quot;{&quot; ilman vastaavaa merkkiä &quot;}&quot; kohdassa %1.</translation>
    </message>
    <message>
        <source>The pattern has an unknown token %1; use {YYYY}, {YY}, {MM} and {#…} (one # per digit).</source>
        <translation>Mallissa on tuntematon tunnus %1; käytä tunnuksia {YYYY}, {YY}, {MM} ja {#…} (yksi # kutakin numeroa kohden).</translation>
    </message>
    <message>
        <source>The pattern is empty.</source>
        <translation>Malli on tyhjä.</translation>
    </message>
    <message>
        <source>The pattern starts or ends with a space.</source>
        <translation>Malli alkaa tai päättyy välilyöntiin.</translation>
    </message>
    <message>
        <source>The pattern has no counter: add {#…} with one # per digit, e.g. {#####}.</source>
        <translation>Mallissa ei ole laskuria: lisää {#…}, jossa on yksi # kutakin numeroa kohden, esim. {#####}.</translation>
    </message>
    <message>
        <source>The pattern has more than one counter {#…}.</source>
        <translation>Mallissa on useampi kuin yksi laskuri {#…}.</translation>
    </message>
    <message>
        <source>A series that restarts every year needs the year in its pattern ({YYYY} or {YY}); otherwise numbers would repeat.</source>
        <translation>Joka vuosi uudelleen alkavan sarjan mallissa on oltava vuosi ({YYYY} tai {YY}); muuten numerot toistuisivat.</translation>
    </message>
    <message>
        <source>The pattern gives numbers of %1 characters; at most %2 are allowed.</source>
        <translation>Malli tuottaa %1 merkin pituisia numeroita; enintään %2 on sallittu.</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2.</translation>
    </message>
    <message>
        <source>the file could not be renamed</source>
        <translation>tiedostoa ei voitu nimetä uudelleen</translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; cannot be written: the output is not open for writing.</source>
        <translation>PDF-tiedostoa &quot;%1&quot; ei voi kirjoittaa: tuloste ei ole avoinna kirjoittamista varten.</translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; could not be started.</source>
        <translation>PDF-tiedoston &quot;%1&quot; luomista ei voitu aloittaa.</translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; could not be finished.</source>
        <translation>PDF-tiedostoa &quot;%1&quot; ei voitu viimeistellä.</translation>
    </message>
    <message>
        <source>Only an issued document can be exported as an e-invoice.</source>
        <translation>Vain vahvistetun asiakirjan voi viedä verkkolaskuna.</translation>
    </message>
    <message>
        <source>The document %1 has no lines to export.</source>
        <translation>Asiakirjalla %1 ei ole vietäviä rivejä.</translation>
    </message>
    <message>
        <source>The e-invoice %1 could not be written: %2.</source>
        <translation>Verkkolaskua %1 ei voitu kirjoittaa: %2.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Payment</source>
        <translation>Maksu</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Palautus</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Tilisiirto</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Suoraveloitus</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kortti</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Käteinen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>&quot;%1&quot; is not a known currency code.</source>
        <translation>&quot;%1&quot; ei ole tunnettu valuuttakoodi.</translation>
    </message>
    <message>
        <source>The amount of a payment must be more than zero.</source>
        <translation>Maksun summan on oltava suurempi kuin nolla.</translation>
    </message>
    <message>
        <source>A payment cannot be dated after today (%1).</source>
        <translation>Maksun päivämäärä ei voi olla tämän päivän (%1) jälkeen.</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>luonnos</translation>
    </message>
    <message>
        <source>%1 is not an issued invoice; payments settle invoices.</source>
        <translation>%1 ei ole vahvistettu lasku; maksut suorittavat laskuja.</translation>
    </message>
    <message>
        <source>%1 belongs to another customer.</source>
        <translation>%1 kuuluu toiselle asiakkaalle.</translation>
    </message>
    <message>
        <source>%1 is in %2, the payment in %3.</source>
        <translation>%1 on valuutassa %2, maksu valuutassa %3.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 on lueteltu kahdesti.</translation>
    </message>
    <message>
        <source>The amount applied to %1 must be more than zero.</source>
        <translation>Kohteeseen %1 kohdistetun summan on oltava suurempi kuin nolla.</translation>
    </message>
    <message>
        <source>%1 has %2 left to pay; %3 cannot be applied to it.</source>
        <translation>Kohteessa %1 on maksamatta %2; siihen ei voi kohdistaa summaa %3.</translation>
    </message>
    <message>
        <source>The amounts applied to invoices add up to more than the payment (%1).</source>
        <translation>Laskuille kohdistetut summat ovat yhteensä enemmän kuin maksu (%1).</translation>
    </message>
    <message>
        <source>The amount of a refund must be more than zero.</source>
        <translation>Palautuksen summan on oltava suurempi kuin nolla.</translation>
    </message>
    <message>
        <source>A refund cannot be dated after today (%1).</source>
        <translation>Palautuksen päivämäärä ei voi olla tämän päivän (%1) jälkeen.</translation>
    </message>
    <message>
        <source>The customer has %1 of credit in %2; a refund cannot be more.</source>
        <translation>Asiakkaalla on hyvityssaldoa %1 valuutassa %2; palautus ei voi olla suurempi.</translation>
    </message>
</context>
<context>
    <name>Percent</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number with the locale&apos;s digits (&quot;5.5&quot;). Write the percent sign as your language does.</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Renews</source>
        <translation>Uusiutuu</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>Evergreen</source>
        <translation>Toistaiseksi voimassa</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), then renews</source>
        <translation>
            <numerusform>%n kausi, sitten uusiutuu</numerusform>
            <numerusform>%n kautta, sitten uusiutuu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), then expires</source>
        <translation>
            <numerusform>%n kausi, sitten päättyy</numerusform>
            <numerusform>%n kautta, sitten päättyy</numerusform>
        </translation>
    </message>
    <message>
        <source>plan</source>
        <translation>paketin</translation>
    </message>
    <message>
        <source>The plan %1 needs a name.</source>
        <translation>Paketilla %1 on oltava nimi.</translation>
    </message>
    <message>
        <source>The trial of plan %1 must be 0 to %2 days, not %3.</source>
        <translation>Paketin %1 kokeilujakson on oltava 0–%2 päivää, ei %3.</translation>
    </message>
    <message>
        <source>The term of plan %1 must be 0 (evergreen) to %2 periods, not %3.</source>
        <translation>Paketin %1 sopimuskauden on oltava 0 (toistaiseksi voimassa) – %2 kautta, ei %3.</translation>
    </message>
    <message>
        <source>The plan %1 has an empty feature line.</source>
        <translation>Paketissa %1 on tyhjä ominaisuusrivi.</translation>
    </message>
</context>
<context>
    <name>Price</name>
    <message>
        <source>A price needs a currency.</source>
        <translation>Hinnalla on oltava valuutta.</translation>
    </message>
    <message>
        <source>A price needs at least one version.</source>
        <translation>Hinnalla on oltava vähintään yksi versio.</translation>
    </message>
    <message>
        <source>Every price version needs the date it takes effect.</source>
        <translation>Jokaisella hintaversiolla on oltava voimaantulopäivä.</translation>
    </message>
    <message>
        <source>Price versions must take effect on different dates, in order; %1 comes twice or out of order.</source>
        <translation>Hintaversioiden on tultava voimaan eri päivinä ja järjestyksessä; %1 esiintyy kahdesti tai väärässä järjestyksessä.</translation>
    </message>
    <message>
        <source>The pricing model is in %1 but the price is in %2.</source>
        <translation>Hintamalli on valuutassa %1, mutta hinta on valuutassa %2.</translation>
    </message>
    <message>
        <source>The setup fee is in %1 but the price is in %2.</source>
        <translation>Aloitusmaksu on valuutassa %1, mutta hinta on valuutassa %2.</translation>
    </message>
    <message>
        <source>A setup fee cannot be negative.</source>
        <translation>Aloitusmaksu ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Only plan prices have a setup fee.</source>
        <translation>Vain pakettien hinnoilla on aloitusmaksu.</translation>
    </message>
</context>
<context>
    <name>PriceEditor</name>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>päivän välein</numerusform>
            <numerusform>päivän välein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>viikon välein</numerusform>
            <numerusform>viikon välein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>kuukauden välein</numerusform>
            <numerusform>kuukauden välein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>vuoden välein</numerusform>
            <numerusform>vuoden välein</numerusform>
        </translation>
    </message>
    <message>
        <source>One amount per period, whatever the quantity.</source>
        <translation>Yksi summa kaudelta määrästä riippumatta.</translation>
    </message>
    <message>
        <source>The unit price times the quantity, e.g. per seat.</source>
        <translation>Yksikköhinta kerrottuna määrällä, esim. käyttäjäpaikkaa kohden.</translation>
    </message>
    <message>
        <source>Each unit costs the price of the tier it falls in, plus the flat fee of every tier reached.</source>
        <translation>Kukin yksikkö maksaa sen portaan hinnan, johon se kuuluu, ja lisäksi veloitetaan jokaisen saavutetun portaan kiinteä maksu.</translation>
    </message>
    <message>
        <source>All units cost the price of the tier the quantity falls in, plus that tier&apos;s flat fee.</source>
        <translation>Kaikki yksiköt maksavat sen portaan hinnan, johon määrä osuu, ja lisäksi veloitetaan kyseisen portaan kiinteä maksu.</translation>
    </message>
    <message>
        <source>Units are sold in packages; a started package counts as a whole one.</source>
        <translation>Yksiköt myydään paketteina; aloitettu paketti lasketaan kokonaiseksi.</translation>
    </message>
</context>
<context>
    <name>PriceText</name>
    <message>
        <source>%1 %2</source>
        <comment>amount, then currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>päivittäin</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>viikoittain</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>kuukausittain</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>vuosittain</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>%n päivän välein</numerusform>
            <numerusform>%n päivän välein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>%n viikon välein</numerusform>
            <numerusform>%n viikon välein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>%n kuukauden välein</numerusform>
            <numerusform>%n kuukauden välein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>%n vuoden välein</numerusform>
            <numerusform>%n vuoden välein</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation>%1 / yksikkö</translation>
    </message>
    <message>
        <source>graduated from %1 per unit</source>
        <translation>porrastettu, alkaen %1 / yksikkö</translation>
    </message>
    <message>
        <source>volume from %1 per unit</source>
        <translation>volyymihinta, alkaen %1 / yksikkö</translation>
    </message>
    <message>
        <source>%1 per %2 units</source>
        <translation>%1 / %2 yksikköä</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>price, then how often</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no price yet</source>
        <translation>ei vielä hintaa</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 ja %2 muuta</translation>
    </message>
    <message>
        <source>%1 (also in %2)</source>
        <translation>%1 (myös: %2)</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>Tier %1 flat fee %2</source>
        <translation>Portaan %1 kiinteä maksu %2</translation>
    </message>
    <message>
        <source>Unit %1 × %2 = %3</source>
        <translation>Yksikkö %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Units %1–%2 × %3 = %4</source>
        <translation>Yksiköt %1–%2 × %3 = %4</translation>
    </message>
    <message>
        <source>Quantity %1 = %2</source>
        <translation>Määrä %1 = %2</translation>
    </message>
    <message>
        <source>Quantity %1 at tier %2 (%3) × %4 = %5</source>
        <translation>Määrä %1 portaassa %2 (%3) × %4 = %5</translation>
    </message>
    <message>
        <source>Quantity %1 within %2 free units = %3</source>
        <translation>Määrä %1 ilmaisten yksiköiden (%2) rajoissa = %3</translation>
    </message>
    <message>
        <source>Quantity %1 in packages of %2: %3 × %4 = %5</source>
        <translation>Määrä %1, paketin koko %2: %3 × %4 = %5</translation>
    </message>
    <message>
        <source>Quantity %1 − %2 free = %3 in packages of %4: %5 × %6 = %7</source>
        <translation>Määrä %1 − %2 ilmaista = %3, paketin koko %4: %5 × %6 = %7</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Flat price (any quantity) = %1</source>
        <translation>Kiinteä hinta (määrästä riippumatta) = %1</translation>
    </message>
    <message>
        <source>Quantity %1 × %2 = %3</source>
        <translation>Määrä %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Flat: %1 %2</source>
        <translation>Kiinteä hinta: %1 %2</translation>
    </message>
    <message>
        <source>Per unit: %1 %2 each</source>
        <translation>Yksikköhinta: %1 %2 / yksikkö</translation>
    </message>
    <message>
        <source>%1 at %2 + %3 flat</source>
        <translation>%1 à %2 + kiinteä maksu %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Package: %1 %2 per package of %3, the first %4 units free</source>
        <translation>Pakettihinta: %1 %2 / %3 yksikön paketti, ensimmäiset %4 yksikköä ilmaiseksi</translation>
    </message>
    <message>
        <source>Package: %1 %2 per package of %3</source>
        <translation>Pakettihinta: %1 %2 / %3 yksikön paketti</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Kiinteä hinta</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Yksikköhinta</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Porrastettu hinta</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volyymihinta</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pakettihinta</translation>
    </message>
    <message>
        <source>The quantity is %1; it must not be negative.</source>
        <translation>Määrä on %1; se ei saa olla negatiivinen.</translation>
    </message>
    <message>
        <source>The price has no currency.</source>
        <translation>Hinnalle ei ole määritetty valuuttaa.</translation>
    </message>
    <message>
        <source>The price %1 is negative.</source>
        <translation>Hinta %1 on negatiivinen.</translation>
    </message>
    <message>
        <source>The package size is %1; a package must hold at least 1 unit.</source>
        <translation>Paketin koko on %1; paketissa on oltava vähintään 1 yksikkö.</translation>
    </message>
    <message>
        <source>The number of free units is %1; it must not be negative.</source>
        <translation>Ilmaisten yksiköiden määrä on %1; se ei saa olla negatiivinen.</translation>
    </message>
    <message>
        <source>A tiered price needs at least one tier.</source>
        <translation>Porrastetussa hinnassa on oltava vähintään yksi porras.</translation>
    </message>
    <message>
        <source>Tier %1 has no upper bound, but only the last tier may be unbounded.</source>
        <translation>Portaalla %1 ei ole ylärajaa, mutta vain viimeinen porras voi olla rajaton.</translation>
    </message>
    <message>
        <source>The last tier (tier %1) ends at %2; it must have no upper bound, so that every quantity has a price.</source>
        <translation>Viimeinen porras (porras %1) päättyy määrään %2; sillä ei saa olla ylärajaa, jotta jokaisella määrällä on hinta.</translation>
    </message>
    <message>
        <source>Tier 1 ends at %1; it must cover at least unit 1.</source>
        <translation>Porras 1 päättyy määrään %1; sen on katettava vähintään yksikkö 1.</translation>
    </message>
    <message>
        <source>Tier %1 ends at %2, which is not above the end of tier %3 (%4); upper bounds must strictly increase.</source>
        <translation>Porras %1 päättyy määrään %2, joka ei ole suurempi kuin portaan %3 yläraja (%4); ylärajojen on oltava aidosti kasvavia.</translation>
    </message>
    <message>
        <source>Tier %1 ends at %2, which leaves no units for the tiers after it.</source>
        <translation>Porras %1 päättyy määrään %2, joten sitä seuraaville portaille ei jää yksiköitä.</translation>
    </message>
    <message>
        <source>Tier %1 has a negative unit price (%2).</source>
        <translation>Portaan %1 yksikköhinta on negatiivinen (%2).</translation>
    </message>
    <message>
        <source>Tier %1 has a negative flat fee (%2).</source>
        <translation>Portaan %1 kiinteä maksu on negatiivinen (%2).</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Ajoitus</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Vero</translation>
    </message>
    <message>
        <source>One-time fees</source>
        <translation>Kertamaksut</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Käyttö</translation>
    </message>
    <message>
        <source>Proration</source>
        <translation>Suhteutus</translation>
    </message>
    <message>
        <source>Credit notes (−)</source>
        <translation>Hyvityslaskut (−)</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Laskutettu</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Dashboard</source>
        <translation>Yleiskatsaus</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Paketit</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Tilaukset</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Laskut</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Maksut</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Hyvityslasku</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Maksu</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Palautus</translation>
    </message>
    <message>
        <source>A statement needs a first day on or before its last day.</source>
        <translation>Tiliotteen ensimmäisen päivän on oltava viimeisenä päivänä tai sitä ennen.</translation>
    </message>
</context>
<context>
    <name>Subscription</name>
    <message>
        <source>Scheduled</source>
        <translation>Ajoitettu</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Kokeilujakso</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Keskeytetty</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruutettu</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Päättynyt</translation>
    </message>
</context>
<context>
    <name>SubscriptionEvent</name>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>Temporary change</source>
        <translation>Tilapäinen muutos</translation>
    </message>
    <message>
        <source>Temporary change ended</source>
        <translation>Tilapäinen muutos päättyi</translation>
    </message>
    <message>
        <source>Moved to new prices</source>
        <translation>Siirretty uusiin hintoihin</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Keskeytetty</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Jatkettu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruutettu</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Aktivoitu uudelleen</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Uusittu</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Päättynyt</translation>
    </message>
</context>
<context>
    <name>SubscriptionTexts</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Asiakas %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Paketti %1</translation>
    </message>
    <message>
        <source>Add-on %1</source>
        <translation>Lisäosa %1</translation>
    </message>
    <message>
        <source>, + %1</source>
        <translation>, + %1</translation>
    </message>
    <message>
        <source>, coupon %1</source>
        <translation>, kuponki %1</translation>
    </message>
    <message>
        <source>plan %1 → %2</source>
        <translation>paketti %1 → %2</translation>
    </message>
    <message>
        <source>new price of %1</source>
        <translation>uusi hinta: %1</translation>
    </message>
    <message>
        <source>quantity %1 → %2</source>
        <translation>määrä %1 → %2</translation>
    </message>
    <message>
        <source>interval %1 → %2</source>
        <translation>laskutusväli %1 → %2</translation>
    </message>
    <message>
        <source>billing day %1 → %2</source>
        <translation>laskutuspäivä %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>add-on prices updated</source>
        <translation>lisäosien hinnat päivitetty</translation>
    </message>
    <message>
        <source>add-ons %1 → %2</source>
        <translation>lisäosat %1 → %2</translation>
    </message>
    <message>
        <source>coupon %1 → %2</source>
        <translation>kuponki %1 → %2</translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation>%1 / yksikkö</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Päivä %1</translation>
    </message>
</context>
<context>
    <name>SubscriptionTimeline</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; is not possible: %2</source>
        <translation>Tapahtuma &quot;%1&quot; ei ole mahdollinen: %2</translation>
    </message>
    <message>
        <source>The subscription has no &quot;Created&quot; event.</source>
        <translation>Tilauksella ei ole tapahtumaa &quot;Luotu&quot;.</translation>
    </message>
    <message>
        <source>it must be dated on the start date and carry the configuration.</source>
        <translation>sen päivämäärän on oltava aloituspäivä ja sen on sisällettävä tilauksen kokoonpano.</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Verkko</translation>
    </message>
    <message>
        <source>In app</source>
        <translation>Sovelluksessa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Suosittelijat</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passiiviset</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Arvostelijat</translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <source>&quot;%1&quot; is not a valid date.</source>
        <translation>&quot;%1&quot; ei ole kelvollinen päivämäärä.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a two-digit year; write the year with four digits or the date as YYYY-MM-DD.</source>
        <translation>Päivämäärässä &quot;%1&quot; on kaksinumeroinen vuosi; kirjoita vuosi neljällä numerolla tai päivämäärä muodossa YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date SubDesk can read; write it as YYYY-MM-DD (e.g. 2026-03-14).</source>
        <translation>&quot;%1&quot; ei ole päivämäärä, jonka SubDesk osaa lukea; kirjoita se muodossa YYYY-MM-DD (esim. 2026-03-14).</translation>
    </message>
    <message>
        <source>the customer is missing: give an e-mail address or a customer number.</source>
        <translation>asiakas puuttuu: anna sähköpostiosoite tai asiakasnumero.</translation>
    </message>
    <message>
        <source>there is no customer %1.</source>
        <translation>asiakasta %1 ei ole.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer number.</source>
        <translation>&quot;%1&quot; ei ole asiakasnumero.</translation>
    </message>
    <message>
        <source>no customer has the e-mail address %1.</source>
        <translation>millään asiakkaalla ei ole sähköpostiosoitetta %1.</translation>
    </message>
    <message>
        <source>%1 is the e-mail address of customer %2, not of customer %3 (%4).</source>
        <translation>%1 on asiakkaan %2 sähköpostiosoite, ei asiakkaan %3 (%4).</translation>
    </message>
    <message>
        <source>%1 belongs to several customers (%2); give the customer number in a customer column.</source>
        <translation>%1 kuuluu useammalle asiakkaalle (%2); anna asiakasnumero asiakassarakkeessa.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Rivi %1, sarake %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Rivi %1: %2</translation>
    </message>
    <message>
        <source>The file is empty: it needs a first line naming the columns (date, e-mail or customer, score, comment) and a line per answer.</source>
        <translation>Tiedosto on tyhjä: se tarvitsee ensimmäisen rivin, joka nimeää sarakkeet (päivämäärä, sähköposti tai asiakas, pisteet, kommentti), ja rivin kutakin vastausta kohden.</translation>
    </message>
    <message>
        <source>E-mail or Customer</source>
        <translation>Sähköposti tai asiakas</translation>
    </message>
    <message>
        <source>The first line must name the columns date, e-mail or customer number, and score; no column is named for: %1. The first line reads: %2.</source>
        <translation>Ensimmäisen rivin on nimettävä sarakkeet päivämäärä, sähköposti tai asiakasnumero sekä pisteet; sarake puuttuu seuraaville: %1. Ensimmäinen rivi on: %2.</translation>
    </message>
    <message>
        <source>The file has a header line but no answers.</source>
        <translation>Tiedostossa on otsikkorivi mutta ei vastauksia.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither nps nor csat.</source>
        <translation>&quot;%1&quot; ei ole nps eikä csat.</translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation>päivämäärä puuttuu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: the file has day-first dates (line %2) and month-first dates (line %3). Choose the date order, or write dates as YYYY-MM-DD.</source>
        <translation>Päivämäärää &quot;%1&quot; ei voi lukea: tiedostossa on sekä päivä ensin -päivämääriä (rivi %2) että kuukausi ensin -päivämääriä (rivi %3). Valitse päivämäärien järjestys tai kirjoita päivämäärät muodossa YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: it may be %2 or %3, and no date in the file has a day above 12 to tell. Choose the date order, or write dates as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; on monitulkintainen: se voi olla %2 tai %3, eikä tiedostossa ole päivämäärää, jonka päivä on yli 12. Valitse päivämäärien järjestys tai kirjoita päivämäärät muodossa YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid month-first date (MM/DD/YYYY).</source>
        <translation>&quot;%1&quot; ei ole kelvollinen kuukausi ensin -päivämäärä (MM/DD/YYYY).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid day-first date (DD/MM/YYYY).</source>
        <translation>&quot;%1&quot; ei ole kelvollinen päivä ensin -päivämäärä (DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 on tulevaisuudessa.</translation>
    </message>
    <message>
        <source>the score is missing.</source>
        <translation>pisteet puuttuvat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; ei ole kokonaisluku.</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3, the range of %4 answers.</source>
        <translation>%1 on välin %2–%3 ulkopuolella, joka on %4-vastausten asteikko.</translation>
    </message>
    <message>
        <source>the comment has %1 characters; at most %2 are allowed.</source>
        <translation>kommentissa on %1 merkkiä; enintään %2 on sallittu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel; use one of: %2.</source>
        <translation>&quot;%1&quot; ei ole kanava; käytä jotakin näistä: %2.</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is longer than %2 characters.</source>
        <translation>tunniste &quot;%1&quot; on pidempi kuin %2 merkkiä.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s), so nothing was imported. Correct the file and import it again.</source>
        <translation>
            <numerusform>Tiedostossa on %n ongelma, joten mitään ei tuotu. Korjaa tiedosto ja tuo se uudelleen.</numerusform>
            <numerusform>Tiedostossa on %n ongelmaa, joten mitään ei tuotu. Korjaa tiedosto ja tuo se uudelleen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no answer to import.</source>
        <translation>Tiedostossa ei ole tuotavia vastauksia.</translation>
    </message>
</context>
<context>
    <name>SurveyService</name>
    <message>
        <source>Score: an NPS answer is from 0 to 10, not %1.</source>
        <translation>Pisteet: NPS-vastaus on väliltä 0–10, ei %1.</translation>
    </message>
    <message>
        <source>Score: a CSAT answer is from 1 to 5, not %1.</source>
        <translation>Pisteet: CSAT-vastaus on väliltä 1–5, ei %1.</translation>
    </message>
    <message>
        <source>Date: the date is missing or not a valid date.</source>
        <translation>Päivämäärä: päivämäärä puuttuu tai ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>Date: %1 is in the future; an answer is dated when it was given.</source>
        <translation>Päivämäärä: %1 on tulevaisuudessa; vastaus päivätään sen antamispäivälle.</translation>
    </message>
    <message>
        <source>Comment: at most %1 characters (this one has %2).</source>
        <translation>Kommentti: enintään %1 merkkiä (tässä on %2).</translation>
    </message>
    <message>
        <source>Tags: “%1” is longer than %2 characters.</source>
        <translation>Tunnisteet: ”%1” on pidempi kuin %2 merkkiä.</translation>
    </message>
    <message>
        <source>Customer: choose the customer who answered.</source>
        <translation>Asiakas: valitse vastannut asiakas.</translation>
    </message>
    <message>
        <source>Customer: there is no customer number %1.</source>
        <translation>Asiakas: asiakasnumeroa %1 ei ole.</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>Vastaus %1: %2</translation>
    </message>
    <message>
        <source>The survey answer is not stored yet.</source>
        <translation>Kyselyvastausta ei ole vielä tallennettu.</translation>
    </message>
</context>
<context>
    <name>Tax</name>
    <message>
        <source>Standard</source>
        <translation>Yleinen</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Alennettu</translation>
    </message>
    <message>
        <source>Second reduced</source>
        <translation>Toinen alennettu</translation>
    </message>
    <message>
        <source>Super-reduced</source>
        <translation>Erityisen alennettu</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>Nollaverokanta</translation>
    </message>
    <message>
        <source>Standard rate</source>
        <translation>Yleinen verokanta</translation>
    </message>
    <message>
        <source>Zero rated</source>
        <translation>Nollaverokanta</translation>
    </message>
    <message>
        <source>Exempt from VAT</source>
        <translation>Arvonlisäverosta vapautettu</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Käännetty verovelvollisuus</translation>
    </message>
    <message>
        <source>Intra-community supply</source>
        <translation>Yhteisömyynti</translation>
    </message>
    <message>
        <source>Export outside the EU</source>
        <translation>Vienti EU:n ulkopuolelle</translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation>Arvonlisäveron soveltamisalan ulkopuolella</translation>
    </message>
</context>
<context>
    <name>TaxCalculator</name>
    <message>
        <source>No %1 rate for %2 on %3 in the tax-rate table.</source>
        <translation>Verokantataulukossa ei ole luokan %1 verokantaa maalle %2 päivänä %3.</translation>
    </message>
</context>
<context>
    <name>UsageImport</name>
    <message>
        <source>Subscription</source>
        <translation>Tilaus</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>The file is empty: it needs a first line naming the columns (subscription, metric, quantity, date) and a line per reading.</source>
        <translation>Tiedosto on tyhjä: ensimmäisellä rivillä on oltava sarakkeiden nimet (subscription, metric, quantity, date) ja sen jälkeen yksi rivi kutakin lukemaa kohden.</translation>
    </message>
    <message>
        <source>%1 is before subscription %2 started (%3).</source>
        <translation>%1 on ennen tilauksen %2 alkamista (%3).</translation>
    </message>
    <message>
        <source>subscription %1 has no metered charges on %2, so no usage can be recorded for &quot;%3&quot;.</source>
        <translation>tilauksella %1 ei ole käyttöperusteisia maksuja päivänä %2, joten kohteelle &quot;%3&quot; ei voi kirjata käyttöä.</translation>
    </message>
    <message>
        <source>subscription %1 has no metered charge &quot;%2&quot; on %3 (it has: %4).</source>
        <translation>tilauksella %1 ei ole käyttöperusteista maksua &quot;%2&quot; päivänä %3 (sillä on: %4).</translation>
    </message>
    <message>
        <source>the usage of %1 for %2 is already billed.</source>
        <translation>mittarin %1 käyttö kaudelta %2 on jo laskutettu.</translation>
    </message>
    <message>
        <source>The first line must name the columns subscription, metric, quantity and date; no column is named for: %1.</source>
        <translation>Ensimmäisellä rivillä on oltava sarakkeiden nimet subscription, metric, quantity ja date; sarake puuttuu seuraaville: %1.</translation>
    </message>
    <message>
        <source>The file has a header line but no usage rows.</source>
        <translation>Tiedostossa on otsikkorivi mutta ei käyttörivejä.</translation>
    </message>
    <message>
        <source>the subscription number is missing.</source>
        <translation>tilausnumero puuttuu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subscription number.</source>
        <translation>&quot;%1&quot; ei ole tilausnumero.</translation>
    </message>
    <message>
        <source>there is no subscription %1.</source>
        <translation>tilausta %1 ei ole.</translation>
    </message>
    <message>
        <source>the metric code is missing.</source>
        <translation>mittarin koodi puuttuu.</translation>
    </message>
    <message>
        <source>the quantity is missing.</source>
        <translation>määrä puuttuu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation>&quot;%1&quot; ei ole kokonaisluku 0 tai suurempi.</translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation>päivämäärä puuttuu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; ei ole päivämäärä muodossa YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing was imported. Correct the file, or import only the valid rows.</source>
        <translation>
            <numerusform>%n riviä ei voi tuoda, joten mitään ei tuotu. Korjaa tiedosto tai tuo vain kelvolliset rivit.</numerusform>
            <numerusform>%n riviä ei voi tuoda, joten mitään ei tuotu. Korjaa tiedosto tai tuo vain kelvolliset rivit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no valid usage row to import.</source>
        <translation>Tiedostossa ei ole yhtään kelvollista tuotavaa käyttöriviä.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A VAT ID starts with its two-letter country prefix (e.g. FI12345678).</source>
        <translation>ALV-tunnus alkaa kaksikirjaimisella maatunnuksella (esim. FI12345678).</translation>
    </message>
    <message>
        <source>Greek VAT IDs use the prefix EL, not GR.</source>
        <translation>Kreikkalaisissa ALV-tunnuksissa käytetään etuliitettä EL, ei GR.</translation>
    </message>
    <message>
        <source>SubDesk does not know VAT IDs with the prefix %1.</source>
        <translation>SubDesk ei tunne ALV-tunnuksia, joiden etuliite on %1.</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 VAT ID (expected e.g. %3).</source>
        <translation>%1 ei ole kelvollinen ALV-tunnus maalle %2 (esim. %3).</translation>
    </message>
    <message>
        <source>An IBAN starts with a two-letter country code and two check digits, then letters and digits.</source>
        <translation>IBAN alkaa kaksikirjaimisella maatunnuksella ja kahdella tarkistusnumerolla, joita seuraa kirjaimia ja numeroita.</translation>
    </message>
    <message>
        <source>%1 does not use IBANs.</source>
        <translation>Maa %1 ei käytä IBAN-tilinumeroita.</translation>
    </message>
    <message>
        <source>An IBAN from %1 has %2 characters, this one has %3.</source>
        <translation>Maan %1 IBAN-tilinumerossa on %2 merkkiä, tässä on %3.</translation>
    </message>
    <message>
        <source>The IBAN&apos;s check digits do not match: a character is probably mistyped.</source>
        <translation>IBAN-tilinumeron tarkistusnumerot eivät täsmää: jokin merkki on luultavasti kirjoitettu väärin.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 characters: bank code, country, location and optional branch (e.g. DEUTDEFF).</source>
        <translation>BIC-koodissa on 8 tai 11 merkkiä: pankin tunnus, maa, sijainti ja valinnainen konttori (esim. DEUTDEFF).</translation>
    </message>
    <message>
        <source>The BIC&apos;s country code %1 is not a country.</source>
        <translation>BIC-koodin maatunnus %1 ei vastaa mitään maata.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Nimi on pakollinen.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Nimi on pidempi kuin %1 merkkiä.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>&quot;%1&quot; ei ole kelvollinen sähköpostiosoite.</translation>
    </message>
    <message>
        <source>Documents go out by e-mail, so an e-mail address is needed.</source>
        <translation>Asiakirjat lähetetään sähköpostitse, joten sähköpostiosoite tarvitaan.</translation>
    </message>
    <message>
        <source>The country is required (it decides the VAT treatment).</source>
        <translation>Maa on pakollinen (se määrää ALV-käsittelyn).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (e.g. FI, PL, IT).</source>
        <translation>&quot;%1&quot; ei ole ISO 3166 -maakoodi (esim. FI, PL, IT).</translation>
    </message>
    <message>
        <source>Documents go out on paper, so a street and a city are needed.</source>
        <translation>Asiakirjat lähetetään paperisina, joten katuosoite ja kaupunki tarvitaan.</translation>
    </message>
    <message>
        <source>The VAT ID is from %1 but the address is in %2.</source>
        <translation>ALV-tunnus on maasta %1, mutta osoite on maassa %2.</translation>
    </message>
    <message>
        <source>Documents can be written in %1; &quot;%2&quot; is not one of them.</source>
        <translation>Asiakirjojen kieleksi voi valita %1; &quot;%2&quot; ei ole niiden joukossa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (e.g. EUR).</source>
        <translation>&quot;%1&quot; ei ole ISO 4217 -valuuttakoodi (esim. EUR).</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and %1 days.</source>
        <translation>Maksuehdon on oltava 0–%1 päivää.</translation>
    </message>
    <message>
        <source>SEPA direct debit needs the customer&apos;s IBAN.</source>
        <translation>SEPA-suoraveloitus edellyttää asiakkaan IBAN-tilinumeroa.</translation>
    </message>
    <message>
        <source>A mandate reference has at most 35 characters: letters, digits, spaces and + ? / - : ( ) . , &apos;</source>
        <translation>Valtuutuksen viitteessä voi olla enintään 35 merkkiä: kirjaimia, numeroita, välilyöntejä ja + ? / - : ( ) . , &apos;</translation>
    </message>
    <message>
        <source>SEPA direct debit needs the mandate reference.</source>
        <translation>SEPA-suoraveloitus edellyttää valtuutuksen viitettä.</translation>
    </message>
    <message>
        <source>SEPA direct debit needs the date the mandate was signed.</source>
        <translation>SEPA-suoraveloitus edellyttää valtuutuksen allekirjoituspäivää.</translation>
    </message>
    <message>
        <source>The mandate&apos;s signature date is in the future.</source>
        <translation>Valtuutuksen allekirjoituspäivä on tulevaisuudessa.</translation>
    </message>
    <message>
        <source>E-invoicing needs the customer&apos;s endpoint ID.</source>
        <translation>Verkkolaskutus edellyttää asiakkaan verkkolaskuosoitetta.</translation>
    </message>
    <message>
        <source>An endpoint ID is a four-digit scheme, a colon and the ID (e.g. 0088:5790000435968).</source>
        <translation>Verkkolaskuosoite koostuu nelinumeroisesta tunnistetyypistä, kaksoispisteestä ja tunnuksesta (esim. 0088:5790000435968).</translation>
    </message>
    <message>
        <source>A tag cannot contain a comma or semicolon: &quot;%1&quot;.</source>
        <translation>Tunniste ei voi sisältää pilkkua tai puolipistettä: &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Welcome to SubDesk. This new company file holds a demo company to look around in; start your own with File › New company.</source>
        <translation>Tervetuloa SubDeskiin. Tässä uudessa yritystiedostossa on esittelyyritys, johon voit tutustua; aloita oma yrityksesi valitsemalla Tiedosto › Uusi yritys.</translation>
    </message>
    <message>
        <source>Created the new, empty company file %1.</source>
        <translation>Luotiin uusi, tyhjä yritystiedosto %1.</translation>
    </message>
</context>
<context>
    <name>subdesk::billing::BillingEngine</name>
    <message>
        <source>The plan&apos;s price is missing from the catalog.</source>
        <translation>Paketin hinta puuttuu tuoteluettelosta.</translation>
    </message>
    <message>
        <source>An add-on&apos;s price is missing from the catalog.</source>
        <translation>Lisäosan hinta puuttuu tuoteluettelosta.</translation>
    </message>
</context>
<context>
    <name>subdesk::billing::EngineRun</name>
    <message>
        <source>Subscription %1: %2 is missing from the catalog.</source>
        <translation>Tilaus %1: %2 puuttuu tuoteluettelosta.</translation>
    </message>
    <message>
        <source>%1; total %2</source>
        <translation>%1; yhteensä %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) × %3</source>
        <translation>%1 (%2) × %3</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Setup fee: %1</source>
        <translation>Aloitusmaksu: %1</translation>
    </message>
    <message>
        <source>One-time setup fee = %1</source>
        <translation>Kertaluonteinen aloitusmaksu = %1</translation>
    </message>
    <message>
        <source>Coupon %1 (%2)</source>
        <translation>Kuponki %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3, kausi %4)</translation>
    </message>
    <message>
        <source>%1, unused time</source>
        <translation>%1, käyttämätön aika</translation>
    </message>
    <message>
        <source>%1, remaining time</source>
        <translation>%1, jäljellä oleva aika</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>Kuponki %1</translation>
    </message>
    <message>
        <source>Coupon %1 (%2), unused time</source>
        <translation>Kuponki %1 (%2), käyttämätön aika</translation>
    </message>
    <message>
        <source>Coupon %1: %2 of %3 = %4</source>
        <translation>Kuponki %1: %2 summasta %3 = %4</translation>
    </message>
</context>
<context>
    <name>subdesk::metrics::MetricsEngine</name>
    <message>
        <source>Give the month of the movements.</source>
        <translation>Anna muutosten kuukausi.</translation>
    </message>
    <message>
        <source>Give the day to list the paying customers of.</source>
        <translation>Anna päivä, jonka maksavat asiakkaat luetellaan.</translation>
    </message>
    <message>
        <source>The amounts are too large to add up into the figures.</source>
        <translation>Määrät ovat liian suuria laskettaviksi yhteen lukuihin.</translation>
    </message>
    <message>
        <source>Choose the reporting currency first.</source>
        <translation>Valitse ensin raportointivaluutta.</translation>
    </message>
    <message>
        <source>Give the first and the last month of the report.</source>
        <translation>Anna raportin ensimmäinen ja viimeinen kuukausi.</translation>
    </message>
    <message>
        <source>A report month is given by its first day.</source>
        <translation>Raportin kuukausi annetaan sen ensimmäisenä päivänä.</translation>
    </message>
    <message>
        <source>The report ends (%1) before it starts (%2).</source>
        <translation>Raportti päättyy (%1) ennen kuin se alkaa (%2).</translation>
    </message>
    <message>
        <source>A report covers at most %1 months.</source>
        <translation>Raportti kattaa enintään %1 kuukautta.</translation>
    </message>
</context>
<context>
    <name>subdesk::subscriptions::ConfigResolver</name>
    <message>
        <source>%1 has no %2 price in %3.</source>
        <translation>%1: ei hintaa valuutassa %3, kun laskutetaan %2.</translation>
    </message>
    <message>
        <source>%1 has no price in %2.</source>
        <translation>%1: ei hintaa valuutassa %2.</translation>
    </message>
    <message>
        <source>The price of %1 takes effect on %2, after %3.</source>
        <translation>%1: hinta tulee voimaan %2 eli vasta päivän %3 jälkeen.</translation>
    </message>
    <message>
        <source>The plan does not exist.</source>
        <translation>Pakettia ei ole olemassa.</translation>
    </message>
    <message>
        <source>The plan %1 is archived: it can no longer be sold.</source>
        <translation>Paketti %1 on arkistoitu: sitä ei voi enää myydä.</translation>
    </message>
    <message>
        <source>The plan %1</source>
        <translation>Paketti %1</translation>
    </message>
    <message>
        <source>The add-on does not exist.</source>
        <translation>Lisäosaa ei ole olemassa.</translation>
    </message>
    <message>
        <source>The plan %1 does not allow the add-on %2.</source>
        <translation>Paketti %1 ei salli lisäosaa %2.</translation>
    </message>
    <message>
        <source>The quantity of the add-on %1 must be at least 1.</source>
        <translation>Lisäosan %1 määrän on oltava vähintään 1.</translation>
    </message>
    <message>
        <source>The add-on %1</source>
        <translation>Lisäosa %1</translation>
    </message>
    <message>
        <source>The add-on %1 is chosen twice.</source>
        <translation>Lisäosa %1 on valittu kahdesti.</translation>
    </message>
    <message>
        <source>The metered charge %1</source>
        <translation>Käyttöperusteinen maksu %1</translation>
    </message>
    <message>
        <source>There is no coupon with the code %1.</source>
        <translation>Kuponkia, jonka koodi on %1, ei ole.</translation>
    </message>
    <message>
        <source>The coupon %1 does not apply to the plan %2.</source>
        <translation>Kuponki %1 ei koske pakettia %2.</translation>
    </message>
    <message>
        <source>The coupon %1 is in %2, but the subscription is billed in %3.</source>
        <translation>Kuponki %1 on valuutassa %2, mutta tilaus laskutetaan valuutassa %3.</translation>
    </message>
</context>
<context>
    <name>subdesk::subscriptions::SubscriptionService</name>
    <message>
        <source>The customer does not exist.</source>
        <translation>Asiakasta ei ole olemassa.</translation>
    </message>
    <message>
        <source>The customer %1 is archived.</source>
        <translation>Asiakas %1 on arkistoitu.</translation>
    </message>
    <message>
        <source>The customer %1 has no valid currency.</source>
        <translation>Asiakkaalla %1 ei ole kelvollista valuuttaa.</translation>
    </message>
    <message>
        <source>The subscription needs a start date.</source>
        <translation>Tilauksella on oltava aloituspäivä.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>Määrän on oltava vähintään 1.</translation>
    </message>
    <message>
        <source>The plan does not exist.</source>
        <translation>Pakettia ei ole olemassa.</translation>
    </message>
    <message>
        <source>The trial must be 0 to %1 days.</source>
        <translation>Kokeilujakson on oltava 0–%1 päivää.</translation>
    </message>
    <message>
        <source>Daily billing has no anchor day.</source>
        <translation>Päivittäisellä laskutuksella ei ole laskutuspäivää.</translation>
    </message>
    <message>
        <source>The anchor day must be 1 to %1.</source>
        <translation>Laskutuspäivän on oltava 1–%1.</translation>
    </message>
    <message>
        <source>Subscription %1 is already billed for the period from %2, so this can take effect on %2 at the earliest.</source>
        <translation>Tilaus %1 on jo laskutettu %2 alkavalta kaudelta, joten tämä voi tulla voimaan aikaisintaan %2.</translation>
    </message>
    <message>
        <source>Give the date the change takes effect.</source>
        <translation>Anna päivä, jona muutos tulee voimaan.</translation>
    </message>
    <message>
        <source>The subscription has ended; reactivate it before changing it.</source>
        <translation>Tilaus on päättynyt; aktivoi se uudelleen ennen muuttamista.</translation>
    </message>
    <message>
        <source>A change (%1) is already scheduled for %2; this change can take effect on that day or later.</source>
        <translation>Muutos (%1) on jo ajoitettu päivälle %2; tämä muutos voi tulla voimaan sinä päivänä tai myöhemmin.</translation>
    </message>
    <message>
        <source>A temporary change keeps the billing interval.</source>
        <translation>Tilapäinen muutos ei muuta laskutusväliä.</translation>
    </message>
    <message>
        <source>Nothing changes: the subscription already has these terms.</source>
        <translation>Mikään ei muutu: tilauksella on jo nämä ehdot.</translation>
    </message>
    <message>
        <source>A trial cannot be paused: cancel it or let it run.</source>
        <translation>Kokeilujaksoa ei voi keskeyttää: peruuta se tai anna sen jatkua.</translation>
    </message>
    <message>
        <source>Only an active subscription can be paused.</source>
        <translation>Vain aktiivisen tilauksen voi keskeyttää.</translation>
    </message>
    <message>
        <source>The subscription has already ended.</source>
        <translation>Tilaus on jo päättynyt.</translation>
    </message>
    <message>
        <source>The subscription is already %1 from %2.</source>
        <translation>Tilaus on jo %1 %2 alkaen.</translation>
    </message>
    <message>
        <source>Only a paused subscription can be resumed.</source>
        <translation>Vain keskeytettyä tilausta voi jatkaa.</translation>
    </message>
    <message>
        <source>Only a cancelled or expired subscription can be reactivated.</source>
        <translation>Vain peruutetun tai päättyneen tilauksen voi aktivoida uudelleen.</translation>
    </message>
    <message>
        <source>The price version does not exist.</source>
        <translation>Hintaversiota ei ole olemassa.</translation>
    </message>
    <message>
        <source>The new prices take effect on %1: migrate from that day or later.</source>
        <translation>Uudet hinnat tulevat voimaan %1: siirrä tilaukset sinä päivänä tai myöhemmin.</translation>
    </message>
    <message>
        <source>Subscription %1: %2</source>
        <translation>Tilaus %1: %2</translation>
    </message>
    <message>
        <source>Usage record %1: %2</source>
        <translation>Käyttölukema %1: %2</translation>
    </message>
    <message>
        <source>the date is missing or not a valid date.</source>
        <translation>päivämäärä puuttuu tai ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>the quantity %1 is negative.</source>
        <translation>määrä %1 on negatiivinen.</translation>
    </message>
    <message>
        <source>there is no subscription %1.</source>
        <translation>tilausta %1 ei ole.</translation>
    </message>
    <message>
        <source>subscription %1 has no metered charge &quot;%2&quot; on %3.</source>
        <translation>tilauksella %1 ei ole käyttöperusteista maksua &quot;%2&quot; päivänä %3.</translation>
    </message>
    <message>
        <source>subscription %1 is not billed on %2 (trial, pause, or time already paid), so its usage then is not charged.</source>
        <translation>tilausta %1 ei laskuteta päivältä %2 (kokeilujakso, keskeytys tai jo maksettu aika), joten sen silloista käyttöä ei veloiteta.</translation>
    </message>
    <message>
        <source>the period %1 is already billed (billing ran through %2).</source>
        <translation>kausi %1 on jo laskutettu (laskutettu päivään %2 asti).</translation>
    </message>
    <message>
        <source>the usage of %1 is already billed for the period %2.</source>
        <translation>mittarin %1 käyttö on jo laskutettu kaudelta %2.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::AddOnDialog</name>
    <message>
        <source>Edit add-on — %1</source>
        <translation>Muokkaa lisäosaa — %1</translation>
    </message>
    <message>
        <source>New add-on</source>
        <translation>Uusi lisäosa</translation>
    </message>
    <message>
        <source>e.g. STORAGE-100</source>
        <translation>esim. STORAGE-100</translation>
    </message>
    <message>
        <source>As customers read it, e.g. Extra storage 100 GB</source>
        <translation>Asiakkaille näkyvä nimi, esim. Lisätallennustila 100 Gt</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Koodi</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>K&amp;uvaus</translation>
    </message>
    <message>
        <source>&amp;Billed</source>
        <translation>&amp;Laskutus</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Hinnat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Add add-on</source>
        <translation>Lisää lisäosa</translation>
    </message>
    <message>
        <source>Billed every period together with the plan, in advance.</source>
        <translation>Laskutetaan joka kausi paketin kanssa etukäteen.</translation>
    </message>
    <message>
        <source>Billed once, on the next invoice after it is added to a subscription.</source>
        <translation>Laskutetaan kerran seuraavalla laskulla sen jälkeen, kun lisäosa on lisätty tilaukseen.</translation>
    </message>
    <message>
        <source>The kind is fixed once the add-on has a price</source>
        <translation>Tyyppiä ei voi muuttaa, kun lisäosalla on hinta</translation>
    </message>
    <message>
        <source>add-on</source>
        <translation>lisäosan</translation>
    </message>
    <message>
        <source>The code %1 is already used by the add-on %2.</source>
        <translation>Koodi %1 on jo lisäosan %2 käytössä.</translation>
    </message>
    <message>
        <source>Enter the add-on&apos;s name.</source>
        <translation>Anna lisäosan nimi.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::AddOnPicker</name>
    <message>
        <source>This plan has no add-ons.</source>
        <translation>Tällä paketilla ei ole lisäosia.</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>Määrä: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 once</source>
        <translation>%1 kerran</translation>
    </message>
    <message>
        <source>no %1 price in %2</source>
        <translation>ei hintaa valuutassa %2 (%1)</translation>
    </message>
    <message>
        <source>no price in %1</source>
        <translation>ei hintaa valuutassa %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::AddOnTableModel</name>
    <message>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Laskutus</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Hinnat</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::AgingPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>Vie CSV…</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Tilanne:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Laskut</translation>
    </message>
    <message>
        <source>Days past the due date; balances as they stand today.</source>
        <translation>Päivää eräpäivän jälkeen; saldot tämän päivän tilanteen mukaan.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Yhteensä %1</translation>
    </message>
    <message>
        <source>aging-%1.csv</source>
        <translation>ikajakauma-%1.csv</translation>
    </message>
    <message>
        <source>Export aging report</source>
        <translation>Vie ikäjakaumaraportti</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::BankAccountDialog</name>
    <message>
        <source>New bank account</source>
        <translation>Uusi pankkitili</translation>
    </message>
    <message>
        <source>Edit bank account</source>
        <translation>Muokkaa pankkitiliä</translation>
    </message>
    <message>
        <source>Your name for it, e.g. Main EUR account</source>
        <translation>Oma nimesi tilille, esim. EUR-päätili</translation>
    </message>
    <message>
        <source>e.g. FI21 1234 5600 0007 85</source>
        <translation>esim. FI21 1234 5600 0007 85</translation>
    </message>
    <message>
        <source>8 or 11 characters, e.g. NDEAFIHH</source>
        <translation>8 tai 11 merkkiä, esim. NDEAFIHH</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Mikä tahansa valuutta</translation>
    </message>
    <message>
        <source>Print this account on documents by default</source>
        <translation>Tulosta tämä tili asiakirjoihin oletuksena</translation>
    </message>
    <message>
        <source>Documents in the account&apos;s currency (or any, if it has none) show this account</source>
        <translation>Tilin valuutan asiakirjoissa (tai kaikissa, jos tilillä ei ole valuuttaa) näytetään tämä tili</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Pankki</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Give the account a name, so you can tell it from the others.</source>
        <translation>Anna tilille nimi, jotta erotat sen muista.</translation>
    </message>
    <message>
        <source>The IBAN is required: customers pay to it.</source>
        <translation>IBAN on pakollinen: asiakkaat maksavat sille.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::BankAccountsPage</name>
    <message>
        <source>Bank accounts</source>
        <translation>Pankkitilit</translation>
    </message>
    <message>
        <source>Where customers pay by transfer. A document shows the default account of its currency, else the default account for any currency.</source>
        <translation>Tilit, joille asiakkaat maksavat tilisiirrolla. Asiakirjassa näytetään sen valuutan oletustili tai muuten kaikkien valuuttojen oletustili.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Pankki</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Oletus</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkistoi</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Näytä arkistoidut</translation>
    </message>
    <message>
        <source>The bank accounts could not be read: %1</source>
        <translation>Pankkitilejä ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (arkistoitu)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Mikä tahansa</translation>
    </message>
    <message>
        <source>No bank accounts yet: add the one customers pay to.</source>
        <translation>Ei vielä pankkitilejä: lisää tili, jolle asiakkaat maksavat.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Added the bank account %1.</source>
        <translation>Pankkitili %1 lisätty.</translation>
    </message>
    <message>
        <source>Saved the bank account %1.</source>
        <translation>Pankkitili %1 tallennettu.</translation>
    </message>
    <message>
        <source>The bank account %1 was not changed: %2</source>
        <translation>Pankkitiliä %1 ei muutettu: %2</translation>
    </message>
    <message>
        <source>Archived the bank account %1; documents no longer show it.</source>
        <translation>Pankkitili %1 arkistoitu; asiakirjoissa ei enää näytetä sitä.</translation>
    </message>
    <message>
        <source>Restored the bank account %1.</source>
        <translation>Pankkitili %1 palautettu.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::BatchExportDialog</name>
    <message>
        <source>PDF documents (&lt;number&gt;.pdf)</source>
        <translation>PDF-asiakirjat (&lt;numero&gt;.pdf)</translation>
    </message>
    <message>
        <source>UBL e-invoices (&lt;number&gt;.xml)</source>
        <translation>UBL-verkkolaskut (&lt;numero&gt;.xml)</translation>
    </message>
    <message>
        <source>Export documents</source>
        <translation>Vie asiakirjat</translation>
    </message>
    <message>
        <source>Saves every invoice and credit note issued in the date range into the folder, named by its number. Drafts are not exported: issue them first.</source>
        <translation>Tallentaa kaikki aikavälillä vahvistetut laskut ja hyvityslaskut kansioon numeronsa mukaan nimettyinä. Luonnoksia ei viedä: vahvista ne ensin.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>Issued from:</source>
        <translation>Vahvistettu alkaen:</translation>
    </message>
    <message>
        <source>Into folder:</source>
        <translation>Kansioon:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Tiedostot:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Vie</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>Aikaväli päättyy ennen kuin se alkaa.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) issued in the range</source>
        <translation>
            <numerusform>%Ln asiakirja vahvistettu aikavälillä</numerusform>
            <numerusform>%Ln asiakirjaa vahvistettu aikavälillä</numerusform>
        </translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Vie kansioon</translation>
    </message>
    <message>
        <source>Choose the folder to export into.</source>
        <translation>Valitse kansio, johon viedään.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1.</source>
        <translation>Kansioon %1 ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>Choose PDF, UBL or both.</source>
        <translation>Valitse PDF, UBL tai molemmat.</translation>
    </message>
    <message>
        <source>No document was issued in the range.</source>
        <translation>Aikavälillä ei vahvistettu yhtään asiakirjaa.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) of this export already exist in the folder.</source>
        <translation>
            <numerusform>%Ln tämän viennin tiedosto on jo kansiossa.</numerusform>
            <numerusform>%Ln tämän viennin tiedostoa on jo kansiossa.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace them</source>
        <translation>&amp;Korvaa ne</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Säilytä ne</translation>
    </message>
    <message>
        <source>Exporting documents…</source>
        <translation>Viedään asiakirjoja…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Viedään %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln file(s) to %1.</source>
        <translation>
            <numerusform>Kirjoitettiin %Ln tiedosto kansioon %1.</numerusform>
            <numerusform>Kirjoitettiin %Ln tiedostoa kansioon %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %Ln existing file(s).</source>
        <translation>
            <numerusform>Säilytettiin %Ln olemassa oleva tiedosto.</numerusform>
            <numerusform>Säilytettiin %Ln olemassa olevaa tiedostoa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be written.</source>
        <translation>
            <numerusform>%Ln tiedoston kirjoittaminen epäonnistui.</numerusform>
            <numerusform>%Ln tiedoston kirjoittaminen epäonnistui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln document(s) not exported, from %1 on.</source>
        <translation>
            <numerusform>Peruutettu: %Ln asiakirja jäi viemättä alkaen %1.</numerusform>
            <numerusform>Peruutettu: %Ln asiakirjaa jäi viemättä alkaen %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::BillingRunDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Esikatsele</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Pysäytä</translation>
    </message>
    <message>
        <source>&amp;Run billing</source>
        <translation>&amp;Aja laskutus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Run billing</source>
        <translation>Aja laskutus</translation>
    </message>
    <message>
        <source>List what a run would write, without writing anything</source>
        <translation>Luettele, mitä ajo kirjoittaisi, kirjoittamatta mitään</translation>
    </message>
    <message>
        <source>Write the invoices and credit notes that are due</source>
        <translation>Kirjoita erääntyneet laskut ja hyvityslaskut</translation>
    </message>
    <message>
        <source>Stop the run; a stopped run writes nothing</source>
        <translation>Pysäytä ajo; pysäytetty ajo ei kirjoita mitään</translation>
    </message>
    <message>
        <source>Bill everything due on or &amp;before:</source>
        <translation>Laskuta kaikki erääntynyt &amp;viimeistään:</translation>
    </message>
    <message>
        <source>Lines of the selected document</source>
        <translation>Valitun asiakirjan rivit</translation>
    </message>
    <message>
        <source>Preview to see what a run up to this date writes.</source>
        <translation>Esikatsele nähdäksesi, mitä tähän päivään asti ulottuva ajo kirjoittaa.</translation>
    </message>
    <message>
        <source>Preview to see what a run up to this date writes, or run billing at once.</source>
        <translation>Esikatsele nähdäksesi, mitä tähän päivään asti ulottuva ajo kirjoittaa, tai aja laskutus heti.</translation>
    </message>
    <message>
        <source>%1 of %2 subscriptions</source>
        <translation>%1 / %2 tilausta</translation>
    </message>
    <message>
        <source>%1 and %2 with %3</source>
        <translation>%1 ja %2, joissa %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln lasku</numerusform>
            <numerusform>%Ln laskua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit note(s)</source>
        <translation>
            <numerusform>%Ln hyvityslasku</numerusform>
            <numerusform>%Ln hyvityslaskua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln rivi</numerusform>
            <numerusform>%Ln riviä</numerusform>
        </translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Esikatsellaan…</translation>
    </message>
    <message>
        <source>Preview stopped.</source>
        <translation>Esikatselu pysäytetty.</translation>
    </message>
    <message>
        <source>Nothing is due on or before %1.</source>
        <translation>Mitään ei ole erääntynyt viimeistään %1.</translation>
    </message>
    <message>
        <source>A run up to %1 would write %2 (%3 checked). Nothing is written until you run billing.</source>
        <translation>Päivään %1 asti ulottuva ajo kirjoittaisi %2 (tarkistettu %3). Mitään ei kirjoiteta, ennen kuin ajat laskutuksen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln tilaus</numerusform>
            <numerusform>%Ln tilausta</numerusform>
        </translation>
    </message>
    <message>
        <source>Running billing…</source>
        <translation>Laskutus käynnissä…</translation>
    </message>
    <message>
        <source>Billing run stopped: nothing was written.</source>
        <translation>Laskutusajo pysäytetty: mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Nothing is due on or before %1: no documents were written.</source>
        <translation>Mitään ei ole erääntynyt viimeistään %1: asiakirjoja ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Kirjoitettiin %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fixed term(s) renewed or ended.</source>
        <translation>
            <numerusform>%Ln määräaikainen sopimuskausi uusittiin tai päättyi.</numerusform>
            <numerusform>%Ln määräaikaista sopimuskautta uusittiin tai päättyi.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Issue the documents at once</source>
        <translation>&amp;Vahvista asiakirjat heti</translation>
    </message>
    <message>
        <source>Give the documents their numbers and tax right after the run; otherwise they stay drafts to check and issue from the Invoices section</source>
        <translation>Anna asiakirjoille numerot ja verot heti ajon jälkeen; muuten ne jäävät luonnoksiksi, jotka tarkistetaan ja vahvistetaan Laskut-osiossa</translation>
    </message>
    <message>
        <source>They stay drafts: issuing them failed: %1</source>
        <translation>Ne jäävät luonnoksiksi: vahvistaminen epäonnistui: %1</translation>
    </message>
    <message numerus="yes">
        <source>Issued %Ln document(s), %1 to %2.</source>
        <translation>
            <numerusform>Vahvistettiin %Ln asiakirja, %1–%2.</numerusform>
            <numerusform>Vahvistettiin %Ln asiakirjaa, %1–%2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CatalogListPage</name>
    <message>
        <source>Show archived</source>
        <translation>Näytä arkistoidut</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Hae</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ChangeSubscriptionDialog</name>
    <message>
        <source>Proration</source>
        <translation>Suhteutus</translation>
    </message>
    <message>
        <source>Change subscription %1</source>
        <translation>Muuta tilausta %1</translation>
    </message>
    <message>
        <source>Apply change</source>
        <translation>Tee muutos</translation>
    </message>
    <message>
        <source>%1. The current period runs %2 → %3.</source>
        <translation>%1. Nykyinen kausi: %2 → %3.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <source>Temporary, for</source>
        <translation>Tilapäisesti</translation>
    </message>
    <message>
        <source>The subscription goes back to what it is now by itself after these days, prorated both ways</source>
        <translation>Tilaus palautuu näiden päivien jälkeen itsestään nykyiseen muotoonsa, suhteutettuna molempiin suuntiin</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivän ajan</translation>
    </message>
    <message>
        <source>Optional, kept with the subscription&apos;s history</source>
        <translation>Valinnainen, säilytetään tilauksen historiassa</translation>
    </message>
    <message>
        <source>then back by itself</source>
        <translation>ja palautuu sitten itsestään</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Paketti:</translation>
    </message>
    <message>
        <source>&amp;Billed:</source>
        <translation>&amp;Laskutus:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Määrä:</translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation>K&amp;uponki:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Huomautus:</translation>
    </message>
    <message>
        <source>Takes effect:</source>
        <translation>Tulee voimaan:</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Lisäosat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change the plan, interval, quantity, add-ons or coupon to see what the customer is charged or credited.</source>
        <translation>Muuta pakettia, laskutusväliä, määrää, lisäosia tai kuponkia nähdäksesi, mitä asiakkaalta veloitetaan tai hyvitetään.</translation>
    </message>
    <message>
        <source>No proration: the new configuration is billed from %1.</source>
        <translation>Ei suhteutusta: uusi kokoonpano laskutetaan %1 alkaen.</translation>
    </message>
    <message>
        <source>Nothing is charged or credited.</source>
        <translation>Mitään ei veloiteta eikä hyvitetä.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ChartPage</name>
    <message>
        <source>Export PNG…</source>
        <translation>Vie PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Vie CSV…</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Vie kaavio PNG-kuvana</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-kuvat (*.png)</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Vie kaavion tiedot CSV-muodossa</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ChurnChartPage</name>
    <message>
        <source>Logo churn: customers lost ÷ customers paying at the month&apos;s start. Gross MRR churn: (churn + contraction) ÷ MRR at start; net MRR churn also subtracts expansion and reactivation. Click a point for the customers behind it.</source>
        <translation>Asiakaspoistuma: menetetyt asiakkaat ÷ kuukauden alussa maksavat asiakkaat. MRR:n bruttopoistuma: (poistuma + supistuminen) ÷ MRR alussa; MRR:n nettopoistumasta vähennetään lisäksi laajentuminen ja uudelleenaktivointi. Napsauta pistettä nähdäksesi sen taustalla olevat asiakkaat.</translation>
    </message>
    <message>
        <source>Rate per month</source>
        <translation>Osuus kuukaudessa</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>Asiakaspoistuma</translation>
    </message>
    <message>
        <source>Gross MRR churn</source>
        <translation>MRR:n bruttopoistuma</translation>
    </message>
    <message>
        <source>Net MRR churn</source>
        <translation>MRR:n nettopoistuma</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Paying customers at start</source>
        <translation>Maksavat asiakkaat alussa</translation>
    </message>
    <message>
        <source>Churned customers</source>
        <translation>Poistuneet asiakkaat</translation>
    </message>
    <message>
        <source>Logo churn (%)</source>
        <translation>Asiakaspoistuma (%)</translation>
    </message>
    <message>
        <source>Gross MRR churn (%)</source>
        <translation>MRR:n bruttopoistuma (%)</translation>
    </message>
    <message>
        <source>Net MRR churn (%)</source>
        <translation>MRR:n nettopoistuma (%)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ColumnsMenu</name>
    <message>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Oletussarakkeet</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CompanyProfilePage</name>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>The seller on every invoice and credit note: what the VAT rules require on a document, how customers reach you and how documents look.</source>
        <translation>Myyjä jokaisessa laskussa ja hyvityslaskussa: mitä ALV-säännöt edellyttävät asiakirjassa, miten asiakkaat tavoittavat sinut ja miltä asiakirjat näyttävät.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Forget the changes and show what is stored</source>
        <translation>Hylkää muutokset ja näytä tallennetut tiedot</translation>
    </message>
    <message>
        <source>Legal name, as printed on documents</source>
        <translation>Virallinen nimi asiakirjoihin tulostettuna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>With country prefix, e.g. FI12345678</source>
        <translation>Maatunnuksen kanssa, esim. FI12345678</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>ALV-tunnus</translation>
    </message>
    <message>
        <source>Company register or tax number</source>
        <translation>Kaupparekisterinumero tai Y-tunnus</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Small business exempt from VAT</source>
        <translation>Vähäisen toiminnan vuoksi ALV:sta vapautettu</translation>
    </message>
    <message>
        <source>Documents then charge no VAT and print the exemption text instead</source>
        <translation>Asiakirjoilla ei tällöin veloiteta arvonlisäveroa, vaan niihin tulostetaan verovapauden perusteteksti</translation>
    </message>
    <message>
        <source>e.g. VAT exempt under art. 113 of Directive 2006/112/EC</source>
        <translation>esim. ALV-vapaa direktiivin 2006/112/EY 113 artiklan nojalla</translation>
    </message>
    <message>
        <source>Exemption text</source>
        <translation>Verovapauden perusteteksti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Street and number; up to three lines</source>
        <translation>Katu ja numero; enintään kolme riviä</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <source>State, province or county, where addresses use one</source>
        <translation>Osavaltio, provinssi tai lääni, jos osoitteissa käytetään sellaista</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>billing@example.com</source>
        <translation>laskutus@example.com</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Verkkosivusto</translation>
    </message>
    <message>
        <source>Scheme and ID, e.g. 0088:5790000435968</source>
        <translation>Tunnistetyyppi ja tunnus, esim. 0088:5790000435968</translation>
    </message>
    <message>
        <source>Your Peppol address, written on e-invoices as the seller&apos;s electronic address</source>
        <translation>Peppol-osoitteesi, joka kirjoitetaan verkkolaskuihin myyjän sähköiseksi osoitteeksi</translation>
    </message>
    <message>
        <source>E-invoice endpoint</source>
        <translation>Verkkolaskuosoite</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Asiakirjat</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <source>Days from the issue date to the due date, for customers without their own terms</source>
        <translation>Päiviä laskun päivämäärästä eräpäivään asiakkaille, joilla ei ole omaa maksuehtoa</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Maksuehto</translation>
    </message>
    <message>
        <source>Printed at the foot of every document</source>
        <translation>Tulostetaan jokaisen asiakirjan alatunnisteeseen</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Alatunniste</translation>
    </message>
    <message>
        <source>The name is required: it is printed on every document.</source>
        <translation>Nimi on pakollinen: se tulostetaan jokaiseen asiakirjaan.</translation>
    </message>
    <message>
        <source>The country is required: it decides the VAT rates of your documents.</source>
        <translation>Maa on pakollinen: se määrää asiakirjojesi ALV-kannat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (e.g. FI, PL, IT).</source>
        <translation>&quot;%1&quot; ei ole ISO 3166 -maakoodi (esim. FI, PL, IT).</translation>
    </message>
    <message>
        <source>The VAT ID is from %1 but the address is in %2.</source>
        <translation>ALV-tunnus on maasta %1, mutta osoite on maassa %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; ei ole sähköpostiosoite.</translation>
    </message>
    <message>
        <source>Exempt documents must say why no VAT is charged: enter the text to print.</source>
        <translation>Verottomissa asiakirjoissa on kerrottava, miksi arvonlisäveroa ei veloiteta: anna tulostettava teksti.</translation>
    </message>
    <message>
        <source>Fix the marked field before saving.</source>
        <translation>Korjaa merkitty kenttä ennen tallentamista.</translation>
    </message>
    <message>
        <source>Fix the %1 marked fields before saving.</source>
        <translation>Korjaa %1 merkittyä kenttää ennen tallentamista.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <source>The company details were not saved: %1</source>
        <translation>Yrityksen tietoja ei tallennettu: %1</translation>
    </message>
    <message>
        <source>Saved the company details.</source>
        <translation>Yrityksen tiedot tallennettu.</translation>
    </message>
    <message>
        <source>The company details could not be read: %1</source>
        <translation>Yrityksen tietoja ei voitu lukea: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CountryComboBox</name>
    <message>
        <source>Code or name, e.g. FI or Finland</source>
        <translation>Koodi tai nimi, esim. FI tai Finland</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Country entry: ISO code, dash, English name</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CouponDialog</name>
    <message>
        <source>Edit coupon — %1</source>
        <translation>Muokkaa kuponkia — %1</translation>
    </message>
    <message>
        <source>New coupon</source>
        <translation>Uusi kuponki</translation>
    </message>
    <message>
        <source>e.g. SPRING25; what customers type</source>
        <translation>esim. SPRING25; asiakkaan kirjoittama koodi</translation>
    </message>
    <message>
        <source>As invoices show it, e.g. Spring sale 2026</source>
        <translation>Laskuilla näkyvä nimi, esim. Kevätale 2026</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Koodi</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Discount</source>
        <translation>&amp;Alennus</translation>
    </message>
    <message>
        <source>&amp;Lasts</source>
        <translation>&amp;Voimassa</translation>
    </message>
    <message>
        <source>None checked: the coupon applies to every plan.</source>
        <translation>Ei valintoja: kuponki koskee kaikkia paketteja.</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Paketit</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Rajoitukset</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Käytetty</translation>
    </message>
    <message>
        <source>Check the plans the coupon is limited to; none checked: every plan</source>
        <translation>Valitse paketit, joihin kuponki rajataan; ei valintoja: kaikki paketit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Add coupon</source>
        <translation>Lisää kuponki</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>for </source>
        <translation>kesto </translation>
    </message>
    <message>
        <source> billing periods</source>
        <translation> laskutuskautta</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Enintään</translation>
    </message>
    <message>
        <source> redemptions</source>
        <translation> käyttökertaa</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vanhenee</translation>
    </message>
    <message>
        <source>Redemptions on or after this day are refused</source>
        <translation>Tänä päivänä tai myöhemmin tapahtuvat käytöt hylätään</translation>
    </message>
    <message>
        <source>The code stays as it is: subscriptions refer to it</source>
        <translation>Koodia ei voi muuttaa: tilaukset viittaavat siihen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ei vielä</translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln kerta</numerusform>
            <numerusform>%Ln kertaa</numerusform>
        </translation>
    </message>
    <message>
        <source>The code %1 is already used by the coupon %2.</source>
        <translation>Koodi %1 on jo kupongin %2 käytössä.</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Alennussumma</translation>
    </message>
    <message>
        <source>Enter the name invoices show.</source>
        <translation>Anna laskuilla näkyvä nimi.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CouponTableModel</name>
    <message>
        <source>once</source>
        <translation>kerran</translation>
    </message>
    <message numerus="yes">
        <source>%Ln period(s)</source>
        <translation>
            <numerusform>%Ln kausi</numerusform>
            <numerusform>%Ln kautta</numerusform>
        </translation>
    </message>
    <message>
        <source>forever</source>
        <translation>pysyvästi</translation>
    </message>
    <message>
        <source>all plans</source>
        <translation>kaikki paketit</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <source>No longer redeemable: %1</source>
        <translation>Ei enää käytettävissä: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Alennus</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Paketit</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Käytetty</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vanhenee</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CreditNoteDialog</name>
    <message>
        <source>Credit invoice</source>
        <translation>Hyvitä lasku</translation>
    </message>
    <message>
        <source>&amp;Everything not yet credited</source>
        <translation>&amp;Kaikki vielä hyvittämätön</translation>
    </message>
    <message>
        <source>C&amp;hosen lines</source>
        <translation>&amp;Valitut rivit</translation>
    </message>
    <message>
        <source>An a&amp;mount (gross), spread over the lines:</source>
        <translation>S&amp;umma (brutto) jaettuna riveille:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Not yet credited</source>
        <translation>Hyvittämättä</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Hyvitys</translation>
    </message>
    <message>
        <source>Printed on the credit note, e.g. &quot;Service outage in March&quot;</source>
        <translation>Tulostetaan hyvityslaskuun, esim. &quot;Palvelukatko maaliskuussa&quot;</translation>
    </message>
    <message>
        <source>What to credit</source>
        <translation>Mitä hyvitetään</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Hyvityslasku</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Veroton</translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation>Laadi hyvityslasku</translation>
    </message>
    <message>
        <source>Only an issued invoice can be credited.</source>
        <translation>Vain vahvistetun laskun voi hyvittää.</translation>
    </message>
    <message>
        <source>Credit invoice %1</source>
        <translation>Hyvitä lasku %1</translation>
    </message>
    <message>
        <source>Invoice %1 to %2 of %3: total %4, already credited %5, balance %6.</source>
        <translation>Lasku %1 asiakkaalle %2, päivätty %3: yhteensä %4, jo hyvitetty %5, avoinna %6.</translation>
    </message>
    <message>
        <source>less</source>
        <translation>vähemmän</translation>
    </message>
    <message>
        <source>The invoice has less than this line left to credit; the preview shows whether an amount fits.</source>
        <translation>Laskussa on hyvittämättä vähemmän kuin tämä rivi; esikatselu näyttää, mahtuuko summa.</translation>
    </message>
    <message>
        <source>the credit for line %1</source>
        <translation>rivin %1 hyvitys</translation>
    </message>
    <message>
        <source>Line %1: the credit cannot be negative.</source>
        <translation>Rivi %1: hyvitys ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Line %1: at most %2 can be credited.</source>
        <translation>Rivi %1: enintään %2 voidaan hyvittää.</translation>
    </message>
    <message>
        <source>Enter the amount to credit on at least one line.</source>
        <translation>Anna hyvitettävä summa vähintään yhdelle riville.</translation>
    </message>
    <message>
        <source>the amount to credit</source>
        <translation>hyvitettävä summa</translation>
    </message>
    <message>
        <source>The amount to credit must be more than zero.</source>
        <translation>Hyvitettävän summan on oltava suurempi kuin nolla.</translation>
    </message>
    <message>
        <source>Give a reason; it is printed on the credit note.</source>
        <translation>Anna syy; se tulostetaan hyvityslaskuun.</translation>
    </message>
    <message>
        <source>Net %1</source>
        <translation>Veroton %1</translation>
    </message>
    <message>
        <source>VAT %1 on %2: %3</source>
        <translation>ALV %1 summasta %2: %3</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Yhteensä %1</translation>
    </message>
    <message>
        <source>Capped by %1: credit notes never total more than the invoice.</source>
        <translation>Rajattu summaan %1: hyvityslaskut eivät koskaan ylitä laskun summaa.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>Edit customer — %1</source>
        <translation>Muokkaa asiakasta — %1</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Lisää asiakas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n highlighted field(s) to save.</source>
        <translation>
            <numerusform>Korjaa %n korostettu kenttä, jotta voit tallentaa.</numerusform>
            <numerusform>Korjaa %n korostettua kenttää, jotta voit tallentaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what to fix</source>
        <translation>Näytä korjattavat</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerFeedbackPanel</name>
    <message>
        <source>Add answer…</source>
        <translation>Lisää vastaus…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Record an NPS or CSAT answer of the selected customer</source>
        <translation>Kirjaa valitun asiakkaan NPS- tai CSAT-vastaus</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Tilaukset</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <source>Select a customer to see their survey answers.</source>
        <translation>Valitse asiakas nähdäksesi hänen kyselyvastauksensa.</translation>
    </message>
    <message>
        <source>Feedback of %1</source>
        <translation>Asiakkaan %1 palaute</translation>
    </message>
    <message numerus="yes">
        <source>%n NPS answer(s), NPS %1</source>
        <translation>
            <numerusform>%n NPS-vastaus, NPS %1</numerusform>
            <numerusform>%n NPS-vastausta, NPS %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CSAT answer(s), %1 % satisfied</source>
        <translation>
            <numerusform>%n CSAT-vastaus, %1 % tyytyväisiä</numerusform>
            <numerusform>%n CSAT-vastausta, %1 % tyytyväisiä</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey answers yet.</source>
        <translation>Ei vielä kyselyvastauksia.</translation>
    </message>
    <message>
        <source>Answer of %1 recorded.</source>
        <translation>Asiakkaan %1 vastaus kirjattu.</translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation>Vastaus tallennettu.</translation>
    </message>
    <message>
        <source>Delete answer</source>
        <translation>Poista vastaus</translation>
    </message>
    <message>
        <source>Delete the %1 answer of %2 given on %3 (score %4)? This cannot be undone.</source>
        <translation>Poistetaanko asiakkaan %2 %1-vastaus, annettu %3 (pisteet %4)? Toimintoa ei voi kumota.</translation>
    </message>
    <message>
        <source>Answer deleted.</source>
        <translation>Vastaus poistettu.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerFilterBar</name>
    <message>
        <source>Search name, e-mail, VAT ID or city</source>
        <translation>Hae nimeä, sähköpostia, ALV-tunnusta tai kaupunkia</translation>
    </message>
    <message>
        <source>Shows the customers whose name, e-mail, VAT ID or city contain every word typed</source>
        <translation>Näyttää asiakkaat, joiden nimessä, sähköpostissa, ALV-tunnuksessa tai kaupungissa esiintyvät kaikki kirjoitetut sanat</translation>
    </message>
    <message>
        <source>Show one segment only</source>
        <translation>Näytä vain yksi segmentti</translation>
    </message>
    <message>
        <source>Show customers with this tag only</source>
        <translation>Näytä vain asiakkaat, joilla on tämä tunniste</translation>
    </message>
    <message>
        <source>Show customers in this country only</source>
        <translation>Näytä vain tämän maan asiakkaat</translation>
    </message>
    <message>
        <source>Active, archived or all customers</source>
        <translation>Aktiiviset, arkistoidut tai kaikki asiakkaat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiiviset</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkistoidut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Kaikki segmentit</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Kaikki tunnisteet</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Kaikki maat</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerForm</name>
    <message>
        <source>General</source>
        <translation>Yleiset</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Laskutus</translation>
    </message>
    <message>
        <source>Company or person, as it appears on invoices</source>
        <translation>Yritys tai henkilö siinä muodossa kuin laskuilla</translation>
    </message>
    <message>
        <source>billing@example.com; several separated by commas or semicolons</source>
        <translation>billing@example.com; useita pilkuilla tai puolipisteillä erotettuina</translation>
    </message>
    <message>
        <source>e.g. SMB, Enterprise</source>
        <translation>esim. pk-yritys, suuryritys</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Erota tunnisteet pilkuilla</translation>
    </message>
    <message>
        <source>Street and number; up to three lines</source>
        <translation>Katu ja numero; enintään kolme riviä</translation>
    </message>
    <message>
        <source>State, province or county, where addresses use one</source>
        <translation>Osavaltio, provinssi tai lääni, jos osoitteissa käytetään sellaista</translation>
    </message>
    <message>
        <source>With country prefix, e.g. FI12345678</source>
        <translation>Maatunnuksen kanssa, esim. FI12345678</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Asiakirjojen kieli</translation>
    </message>
    <message>
        <source>SEPA direct debit mandate</source>
        <translation>SEPA-suoraveloitusvaltuutus</translation>
    </message>
    <message>
        <source>e.g. FI21 1234 5600 0007 85</source>
        <translation>esim. FI21 1234 5600 0007 85</translation>
    </message>
    <message>
        <source>Scheme and ID, e.g. 0088:5790000435968</source>
        <translation>Tunnistetyyppi ja tunnus, esim. 0088:5790000435968</translation>
    </message>
    <message>
        <source>This page has fields to fix</source>
        <translation>Tällä sivulla on korjattavia kenttiä</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Ei vielä allekirjoitettu</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>Tuo asiakkaita</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerPicker</name>
    <message>
        <source>Type to search customers</source>
        <translation>Hae asiakkaita kirjoittamalla</translation>
    </message>
    <message>
        <source>Customer %1, billed in %2</source>
        <translation>Asiakas %1, laskutusvaluutta %2</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerSubscriptionsPanel</name>
    <message>
        <source>New subscription…</source>
        <translation>Uusi tilaus…</translation>
    </message>
    <message>
        <source>Subscribe the selected customer to a plan</source>
        <translation>Tee valitulle asiakkaalle paketin tilaus</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Paketti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Laskutus</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>Kaudelta</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>Seuraava laskutus</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>Subscriptions of %1</source>
        <translation>Asiakkaan %1 tilaukset</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Tilaukset</translation>
    </message>
    <message>
        <source>Select a customer to see their subscriptions.</source>
        <translation>Valitse asiakas nähdäksesi sen tilaukset.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no subscriptions yet.</source>
        <translation>Asiakkaalla %1 ei ole vielä tilauksia.</translation>
    </message>
    <message>
        <source>Subscription %1 created for %2.</source>
        <translation>Tilaus %1 luotu asiakkaalle %2.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomersView</name>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Uusi asiakas…</translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation>Lisää asiakas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>&amp;Muokkaa asiakasta…</translation>
    </message>
    <message>
        <source>Edit the selected customer</source>
        <translation>Muokkaa valittua asiakasta</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Archive customer</source>
        <translation>&amp;Arkistoi asiakas</translation>
    </message>
    <message>
        <source>Archive the selected customer</source>
        <translation>Arkistoi valittu asiakas</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Tuo asiakkaita…</translation>
    </message>
    <message>
        <source>Add customers from a CSV file</source>
        <translation>Lisää asiakkaita CSV-tiedostosta</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>E&amp;xport customers…</source>
        <translation>V&amp;ie asiakkaat…</translation>
    </message>
    <message>
        <source>Save the customers shown as a CSV file</source>
        <translation>Tallenna näytetyt asiakkaat CSV-tiedostoksi</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Vie CSV</translation>
    </message>
    <message>
        <source>Find customers</source>
        <translation>Etsi asiakkaita</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Valitse näytettävät sarakkeet</translation>
    </message>
    <message>
        <source>&amp;Restore customer</source>
        <translation>&amp;Palauta asiakas</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkistoi</translation>
    </message>
    <message>
        <source>Make the selected customer active again</source>
        <translation>Palauta valittu asiakas aktiiviseksi</translation>
    </message>
    <message>
        <source>Archive the selected customer; archived customers are kept but hidden</source>
        <translation>Arkistoi valittu asiakas; arkistoidut asiakkaat säilytetään mutta piilotetaan</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln customer(s)</source>
        <translation>
            <numerusform>Näytetään %1 / %Ln asiakkaasta</numerusform>
            <numerusform>Näytetään %1 / %Ln asiakkaasta</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers yet.
Add one with New or bring a list in with Import.</source>
        <translation>Ei vielä asiakkaita.
Lisää asiakas valitsemalla Uusi tai tuo luettelo valitsemalla Tuo.</translation>
    </message>
    <message>
        <source>No customers match the search and filters.</source>
        <translation>Yksikään asiakas ei vastaa hakua ja suodattimia.</translation>
    </message>
    <message>
        <source>Added %1. The current search or filters hide it.</source>
        <translation>Lisätty: %1. Nykyinen haku tai suodattimet piilottavat sen.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Lisätty: %1.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Palautettu: %1.</translation>
    </message>
    <message>
        <source>Archived %1. Undo brings it back.</source>
        <translation>Arkistoitu: %1. Kumoa palauttaa sen.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln customer(s).</source>
        <translation>
            <numerusform>Tuotiin %Ln asiakas.</numerusform>
            <numerusform>Tuotiin %Ln asiakasta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Vie asiakkaat</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>asiakkaat</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-tiedostot (*.csv);;Kaikki tiedostot (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>Vietiin %Ln asiakas tiedostoon %1.</numerusform>
            <numerusform>Vietiin %Ln asiakasta tiedostoon %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DashboardFilterBar</name>
    <message>
        <source>Last 12 months</source>
        <translation>Viimeiset 12 kuukautta</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tämä vuosi</translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation>Viimeiset 3 vuotta</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Mukautettu</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Kaikki segmentit</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Kaikki paketit</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Kaikki maat</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Lasketaan lukuja…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Ei segmenttiä</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Määrät valuutassa %1</translation>
    </message>
    <message>
        <source>Other currencies are converted at the stored monthly exchange rates.</source>
        <translation>Muut valuutat muunnetaan tallennetuilla kuukausittaisilla valuuttakursseilla.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DashboardTiles</name>
    <message>
        <source>unchanged</source>
        <translation>ennallaan</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>Percentage points: the change of a rate (&quot;0.5 pp&quot;).</extracomment>
        <translation>%1 %-yks.</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Monthly recurring revenue at the month&apos;s end, tax, one-time fees and usage excluded.</source>
        <translation>Kuukausittainen toistuva liikevaihto kuukauden lopussa ilman veroja, kertamaksuja ja käyttöä.</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Annual run rate: 12 × MRR.</source>
        <translation>Vuosittainen toistuva liikevaihto: 12 × MRR.</translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation>Maksavat asiakkaat</translation>
    </message>
    <message>
        <source>Customers with MRR above zero at the month&apos;s end.</source>
        <translation>Asiakkaat, joiden MRR on kuukauden lopussa yli nollan.</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>Asiakaspoistuma</translation>
    </message>
    <message>
        <source>Customers lost in the month ÷ customers paying at its start.</source>
        <translation>Kuukauden aikana menetetyt asiakkaat ÷ kuukauden alussa maksavat asiakkaat.</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>Net revenue retention over the 12 months to the month&apos;s end, for the customers paying before them.</source>
        <translation>Nettoliikevaihdon pysyvyys kuukauden loppuun päättyvän 12 kuukauden ajalta niille asiakkaille, jotka maksoivat ennen jaksoa.</translation>
    </message>
    <message>
        <source>ARPA</source>
        <translation>ARPA</translation>
    </message>
    <message>
        <source>Average revenue per account: MRR ÷ paying customers.</source>
        <translation>Keskimääräinen liikevaihto asiakasta kohden: MRR ÷ maksavat asiakkaat.</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Customer lifetime value: ARPA ÷ the mean monthly logo churn of the trailing 6 months (× gross margin when set).</source>
        <translation>Asiakkaan elinkaaren arvo: ARPA ÷ edellisten 6 kuukauden keskimääräinen kuukausittainen asiakaspoistuma (× bruttokate, jos asetettu).</translation>
    </message>
    <message>
        <source>NPS (90 days)</source>
        <translation>NPS (90 päivää)</translation>
    </message>
    <message>
        <source>Net promoter score of the answers in the 90 days to the month&apos;s end.</source>
        <translation>Net Promoter Score kuukauden loppuun päättyvän 90 päivän vastauksista.</translation>
    </message>
    <message>
        <source>No paying customers</source>
        <translation>Ei maksavia asiakkaita</translation>
    </message>
    <message>
        <source>Not enough churn to estimate</source>
        <translation>Asiakaspoistuma liian pieni arvioon</translation>
    </message>
    <message>
        <source>No answers</source>
        <translation>Ei vastauksia</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <extracomment>NPS points (&quot;3 points&quot;)</extracomment>
        <translation>
            <numerusform>%Ln piste</numerusform>
            <numerusform>%Ln pistettä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DashboardView</name>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Asiakaspoistuma</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Pysyvyys</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Täsmäytys</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Tallennettu %1.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DocumentFileCommands</name>
    <message>
        <source>Saved %1.</source>
        <translation>Tallennettu %1.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Tallenna PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Save UBL e-invoice</source>
        <translation>Tallenna UBL-verkkolasku</translation>
    </message>
    <message>
        <source>UBL e-invoices (*.xml)</source>
        <translation>UBL-verkkolaskut (*.xml)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DocumentLinesTree</name>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>How it was computed</source>
        <translation>Miten summa laskettiin</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln rivi</numerusform>
            <numerusform>%Ln riviä</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 paid from the customer&apos;s credit</source>
        <translation>%1; %2 maksettu asiakkaan hyvityssaldosta</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>Erääntyy %1</translation>
    </message>
    <message>
        <source>billed by the billing run that covers that day</source>
        <translation>laskutetaan sen päivän kattavalla laskutusajolla</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DrillDownDialog</name>
    <message>
        <source>Export CSV…</source>
        <translation>Vie CSV…</translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>Vie rivit</translation>
    </message>
    <message>
        <source>rows.csv</source>
        <translation>rivit.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Tallennettu %1.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ExchangeRateDialog</name>
    <message>
        <source>Edit exchange rate</source>
        <translation>Muokkaa valuuttakurssia</translation>
    </message>
    <message>
        <source>New exchange rate</source>
        <translation>Uusi valuuttakurssi</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>esim. %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurssi</translation>
    </message>
    <message>
        <source>What one unit of the currency was worth in the reporting currency that month, with up to 8 decimals. Months without their own rate use the latest earlier one.</source>
        <translation>Mitä yksi valuutan yksikkö oli arvoltaan raportointivaluutassa kyseisenä kuukautena, enintään 8 desimaalia. Kuukaudet ilman omaa kurssia käyttävät viimeisintä aiempaa kurssia.</translation>
    </message>
    <message>
        <source>Choose the currency the rate converts.</source>
        <translation>Valitse valuutta, jonka kurssi muuntaa.</translation>
    </message>
    <message>
        <source>Enter what one %1 is worth in the reporting currency, e.g. 0.087312.</source>
        <translation>Anna, mitä yksi %1 on arvoltaan raportointivaluutassa, esim. 0.087312.</translation>
    </message>
    <message>
        <source>(reporting currency)</source>
        <translation>(raportointivaluutta)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ExchangeRatesPage</name>
    <message>
        <source>Metrics</source>
        <translation>Tunnusluvut</translation>
    </message>
    <message>
        <source>The currency the dashboards report in, the gross margin the customer lifetime value uses, and the monthly rates that convert other currencies.</source>
        <translation>Valuutta, jossa yleiskatsaukset raportoidaan, bruttokate, jota asiakkaan elinkaaren arvo käyttää, sekä kuukausittaiset kurssit, joilla muut valuutat muunnetaan.</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Raportointi</translation>
    </message>
    <message>
        <source>Automatic: the currency most customers use</source>
        <translation>Automaattinen: valuutta, jota useimmat asiakkaat käyttävät</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>esim. %1</translation>
    </message>
    <message>
        <source>CLV is multiplied by it. Leave it empty to show CLV as revenue.</source>
        <translation>CLV kerrotaan sillä. Jätä tyhjäksi, jos haluat näyttää CLV:n liikevaihtona.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Raportointivaluutta</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Bruttokate</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Valuuttakurssit</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Tuo CSV…</translation>
    </message>
    <message>
        <source>Read rates from a CSV file with the columns month (YYYY-MM), currency and rate</source>
        <translation>Lue kurssit CSV-tiedostosta, jossa on sarakkeet kuukausi (YYYY-MM), valuutta ja kurssi</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurssi</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Merkitys</translation>
    </message>
    <message>
        <source>A month without its own rate uses the latest earlier rate of its currency. Amounts in a currency without any rate are left out of the figures.</source>
        <translation>Kuukausi, jolla ei ole omaa kurssia, käyttää valuuttansa viimeisintä aiempaa kurssia. Valuutan, jolla ei ole yhtään kurssia, määrät jätetään luvuista pois.</translation>
    </message>
    <message>
        <source>The metrics settings could not be read: %1</source>
        <translation>Tunnuslukujen asetuksia ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The exchange rates could not be read: %1</source>
        <translation>Valuuttakursseja ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage from 0 to 100 with at most two decimals (e.g. %2).</source>
        <translation>&quot;%1&quot; ei ole prosenttiluku väliltä 0–100 enintään kahdella desimaalilla (esim. %2).</translation>
    </message>
    <message>
        <source>The metrics settings were not saved: the gross margin is not a percentage.</source>
        <translation>Tunnuslukujen asetuksia ei tallennettu: bruttokate ei ole prosenttiluku.</translation>
    </message>
    <message>
        <source>The metrics settings were not saved: %1</source>
        <translation>Tunnuslukujen asetuksia ei tallennettu: %1</translation>
    </message>
    <message>
        <source>Saved the metrics settings.</source>
        <translation>Tunnuslukujen asetukset tallennettu.</translation>
    </message>
    <message>
        <source>Saved the rate %1 for %2.</source>
        <translation>Kurssi %1 tallennettu kuukaudelle %2.</translation>
    </message>
    <message>
        <source>Remove exchange rate</source>
        <translation>Poista valuuttakurssi</translation>
    </message>
    <message>
        <source>Remove the rate of %1 for %2?</source>
        <translation>Poistetaanko valuutan %1 kurssi kuukaudelta %2?</translation>
    </message>
    <message>
        <source>The month then uses the latest earlier rate of %1, if there is one.</source>
        <translation>Kuukausi käyttää silloin valuutan %1 viimeisintä aiempaa kurssia, jos sellainen on.</translation>
    </message>
    <message>
        <source>The rate was not removed: %1</source>
        <translation>Kurssia ei poistettu: %1</translation>
    </message>
    <message>
        <source>Removed the rate of %1 for %2.</source>
        <translation>Valuutan %1 kurssi kuukaudelta %2 poistettu.</translation>
    </message>
    <message>
        <source>Import exchange rates</source>
        <translation>Tuo valuuttakurssit</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-tiedostot (*.csv *.txt);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Tiedostoa ei voitu lukea: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ja %n muu.</numerusform>
            <numerusform>… ja %n muuta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows have problems (listed below the rates).</source>
        <translation>Mitään ei tuotu: ongelmia on %1 rivissä %2 rivistä (lueteltu kurssien alla).</translation>
    </message>
    <message>
        <source>Nothing to import: the file has no rates.</source>
        <translation>Ei tuotavaa: tiedostossa ei ole kursseja.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Mitään ei tuotu: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n exchange rate(s).</source>
        <translation>
            <numerusform>%n valuuttakurssi tuotu.</numerusform>
            <numerusform>%n valuuttakurssia tuotu.</numerusform>
        </translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Kaikki valuutat</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::FeatureListEditor</name>
    <message>
        <source>Add feature</source>
        <translation>Lisää ominaisuus</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>One feature per line, as customers read it; double-click a line to change it</source>
        <translation>Yksi ominaisuus riviä kohden siinä muodossa kuin asiakkaat sen lukevat; muuta riviä kaksoisnapsauttamalla</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::FeedbackTableModel</name>
    <message>
        <source>Satisfied</source>
        <translation>Tyytyväinen</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Ei tyytyväinen</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>Suosittelija</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passiivinen</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Arvostelija</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Asiakas %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Kysely</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::FeedbackView</name>
    <message>
        <source>Edit tags</source>
        <translation>Muokkaa tunnisteita</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Tuo…</translation>
    </message>
    <message>
        <source>CSAT scores</source>
        <translation>CSAT-pisteet</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>Kaikki kommentit</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Suosittelijat (9–10)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passiiviset (7–8)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Arvostelijat (0–6)</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>CSAT-vastaukset</translation>
    </message>
    <message>
        <source>Show the comments with any tag</source>
        <translation>Näytä kommentit millä tahansa tunnisteella</translation>
    </message>
    <message>
        <source>Edit the tags of the selected answer (or double-click its Tags cell)</source>
        <translation>Muokkaa valitun vastauksen tunnisteita (tai kaksoisnapsauta sen Tunnisteet-solua)</translation>
    </message>
    <message>
        <source>Import survey answers from a CSV file</source>
        <translation>Tuo kyselyvastaukset CSV-tiedostosta</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Vastaukset</translation>
    </message>
    <message>
        <source>Click a tag to see its comments</source>
        <translation>Napsauta tunnistetta nähdäksesi sen kommentit</translation>
    </message>
    <message>
        <source>NPS scores</source>
        <translation>NPS-pisteet</translation>
    </message>
    <message>
        <source>Tags per group</source>
        <translation>Tunnisteet ryhmittäin</translation>
    </message>
    <message>
        <source>Choose months on the dashboard to see the feedback of that time.</source>
        <translation>Valitse kuukaudet yleiskatsauksessa nähdäksesi kyseisen ajan palautteen.</translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 from %n answer(s): promoters %2 %, passives %3 %, detractors %4 %.</source>
        <translation>
            <numerusform>NPS %1 %n vastauksesta: suosittelijat %2 %, passiiviset %3 %, arvostelijat %4 %.</numerusform>
            <numerusform>NPS %1 %n vastauksesta: suosittelijat %2 %, passiiviset %3 %, arvostelijat %4 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>No NPS answers in these months.</source>
        <translation>Näinä kuukausina ei ole NPS-vastauksia.</translation>
    </message>
    <message numerus="yes">
        <source>CSAT %1 % satisfied from %n answer(s).</source>
        <translation>
            <numerusform>CSAT %1 % tyytyväisiä %n vastauksesta.</numerusform>
            <numerusform>CSAT %1 % tyytyväisiä %n vastauksesta.</numerusform>
        </translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>ei tunnisteita</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Arvostelijat</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passiiviset</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Suosittelijat</translation>
    </message>
    <message>
        <source>Tag: %1  ✕</source>
        <translation>Tunniste: %1  ✕</translation>
    </message>
    <message>
        <source>Select an answer first, then edit its tags.</source>
        <translation>Valitse ensin vastaus ja muokkaa sitten sen tunnisteita.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n survey answer(s).</source>
        <translation>
            <numerusform>%n kyselyvastaus tuotu.</numerusform>
            <numerusform>%n kyselyvastausta tuotu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ImportCheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Tarkista rivit</translation>
    </message>
    <message>
        <source>Every row was checked with the same rules as the customer form. Nothing is stored until you choose Import.</source>
        <translation>Jokainen rivi tarkistettiin samoilla säännöillä kuin asiakaslomakkeessa. Mitään ei tallenneta, ennen kuin valitset Tuo.</translation>
    </message>
    <message>
        <source>The customers are added in one step: all of them, or none if something goes wrong. An import cannot be undone with Edit › Undo; archive customers you do not want.</source>
        <translation>Asiakkaat lisätään yhdellä kertaa: kaikki, tai virheen sattuessa ei yhtään. Tuontia ei voi perua valinnalla Muokkaa › Kumoa; arkistoi asiakkaat, joita et halua.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read.</source>
        <translation>
            <numerusform>Luettiin %Ln rivi.</numerusform>
            <numerusform>Luettiin %Ln riviä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) ready to import.</source>
        <translation>
            <numerusform>%Ln asiakas valmiina tuotavaksi.</numerusform>
            <numerusform>%Ln asiakasta valmiina tuotavaksi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems, listed below.</source>
        <translation>
            <numerusform>%Ln rivi, jossa on ongelmia (lueteltu alla).</numerusform>
            <numerusform>%Ln riviä, joissa on ongelmia (lueteltu alla).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): these rows will be imported.</source>
        <translation>
            <numerusform>%Ln varoitus: tämä rivi tuodaan.</numerusform>
            <numerusform>%Ln varoitusta: nämä rivit tuodaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varoitus: %1</translation>
    </message>
    <message numerus="yes">
        <source>Import only the valid rows (%Ln customer(s)) and skip the others</source>
        <translation>
            <numerusform>Tuo vain kelvolliset rivit (%Ln asiakas) ja ohita muut</numerusform>
            <numerusform>Tuo vain kelvolliset rivit (%Ln asiakasta) ja ohita muut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ImportFilePage</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>Valitse CSV-tiedosto</translation>
    </message>
    <message>
        <source>One customer per row, with a header row naming the columns. SubDesk&apos;s own export, spreadsheets saved as CSV and most accounting programs&apos; exports work.</source>
        <translation>Yksi asiakas riviä kohden, ja otsikkorivillä sarakkeiden nimet. SubDeskin oma vienti, CSV-muotoon tallennetut laskentataulukot ja useimpien kirjanpito-ohjelmien viennit kelpaavat.</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>Tuotavan tiedoston polku</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Tunnista automaattisesti</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Pilkku ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Puolipiste ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Sarkain</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (länsieurooppalainen)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Erotin</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Merkistö</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Tuo asiakkaita</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-tiedostot (*.csv *.txt);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Yhdistä sarakkeet</translation>
    </message>
    <message>
        <source>Choose which customer field each column of the file fills. SubDesk guessed from the column names; columns set to Ignore are skipped.</source>
        <translation>Valitse, mihin asiakaskenttään kunkin tiedoston sarakkeen tiedot tuodaan. SubDesk on arvannut kentät sarakkeiden nimien perusteella; sarakkeet, joiden kohdalla on Ohita, jätetään pois.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Sarake tiedostossa</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Esimerkkiarvot</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>Tuodaan kenttään</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer&apos;s name.</source>
        <translation>Valitse sarake, jossa on asiakkaan nimi.</translation>
    </message>
    <message>
        <source>Only one column can fill &quot;%1&quot;.</source>
        <translation>Vain yksi sarake voi täyttää kentän &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoiceCommands</name>
    <message>
        <source>Invoice %1 issued.</source>
        <translation>Lasku %1 vahvistettu.</translation>
    </message>
    <message>
        <source>Draft invoice saved.</source>
        <translation>Laskuluonnos tallennettu.</translation>
    </message>
    <message>
        <source>%1 %2 issued.</source>
        <translation>%1 %2 vahvistettu.</translation>
    </message>
    <message>
        <source>There are no drafts dated up to today to issue.</source>
        <translation>Vahvistettavia, viimeistään tänään päivättyjä luonnoksia ei ole.</translation>
    </message>
    <message>
        <source>No draft was issued: %1</source>
        <translation>Yhtään luonnosta ei vahvistettu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) issued</source>
        <translation>
            <numerusform>%Ln asiakirja vahvistettu</numerusform>
            <numerusform>%Ln asiakirjaa vahvistettu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 to %3.</source>
        <translation>%1: %2–%3.</translation>
    </message>
    <message>
        <source>Payment of %1 recorded.</source>
        <translation>Maksu %1 kirjattu.</translation>
    </message>
    <message>
        <source>Credit note %1 issued against %2.</source>
        <translation>Hyvityslasku %1 laadittu laskusta %2.</translation>
    </message>
    <message>
        <source>Invoice %1 marked uncollectible.</source>
        <translation>Lasku %1 kirjattu luottotappioksi.</translation>
    </message>
    <message>
        <source>Applied %1 of customer credit to %2.</source>
        <translation>Asiakkaan hyvityssaldoa käytetty %1 asiakirjaan %2.</translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation>Luonnos poistettu.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoiceDetailPane</name>
    <message>
        <source>Select a document to see its lines, tax, payments and credit notes.</source>
        <translation>Valitse asiakirja nähdäksesi sen rivit, verot, maksut ja hyvityslaskut.</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numero:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Asiakas:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Päivämäärä:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Eräpäivä:</translation>
    </message>
    <message>
        <source>Supply period:</source>
        <translation>Toimitusjakso:</translation>
    </message>
    <message>
        <source>Corrects:</source>
        <translation>Korjaa:</translation>
    </message>
    <message>
        <source>Net:</source>
        <translation>Veroton:</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Vero:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Yhteensä:</translation>
    </message>
    <message>
        <source>Paid from credit:</source>
        <translation>Maksettu hyvityssaldosta:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Maksettu:</translation>
    </message>
    <message>
        <source>Credited:</source>
        <translation>Hyvitetty:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Avoinna:</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Verokanta</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Veron peruste</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Vero</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Verovapaus</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Maksutapa</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <source>For this document</source>
        <translation>Tälle asiakirjalle</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Maksu</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Rivit</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Maksut</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Hyvityslaskut</translation>
    </message>
    <message>
        <source>Issuing it today gives it the number %1, %2 tax and a total of %3.</source>
        <translation>Jos se vahvistetaan tänään, se saa numeron %1, veroa %2 ja loppusumman %3.</translation>
    </message>
    <message>
        <source>It cannot be issued as it is: %1</source>
        <translation>Sitä ei voi vahvistaa sellaisenaan: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Luonnos %1</translation>
    </message>
    <message>
        <source>%1 when issued today</source>
        <translation>%1, jos vahvistetaan tänään</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ei vielä</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Asiakas %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>No tax</source>
        <translation>Ei veroa</translation>
    </message>
    <message>
        <source>Tax is computed when the draft is issued</source>
        <translation>Vero lasketaan, kun luonnos vahvistetaan</translation>
    </message>
    <message>
        <source>Tax (%1)</source>
        <translation>Vero (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Shared over %Ln invoice(s)</source>
        <translation>
            <numerusform>Jaettu %Ln laskulle</numerusform>
            <numerusform>Jaettu %Ln laskulle</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer credit</source>
        <translation>Asiakkaan hyvityssaldo</translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation>Maksut (%1)</translation>
    </message>
    <message>
        <source>Credit notes (%1)</source>
        <translation>Hyvityslaskut (%1)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoiceFilterBar</name>
    <message>
        <source>Overdue only</source>
        <translation>Vain erääntyneet</translation>
    </message>
    <message>
        <source>Show invoices, credit notes or both</source>
        <translation>Näytä laskut, hyvityslaskut tai molemmat</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Kaikki asiakirjat</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Laskut</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Hyvityslaskut</translation>
    </message>
    <message>
        <source>Show documents with the ticked statuses only</source>
        <translation>Näytä vain asiakirjat, joilla on valittu tila</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mikä tahansa tila</translation>
    </message>
    <message>
        <source>Search number or customer</source>
        <translation>Hae numeroa tai asiakasta</translation>
    </message>
    <message>
        <source>Shows documents whose number or customer name contains the text</source>
        <translation>Näyttää asiakirjat, joiden numero tai asiakkaan nimi sisältää tekstin</translation>
    </message>
    <message>
        <source>Show documents numbered in this series only</source>
        <translation>Näytä vain tämän sarjan numeroimat asiakirjat</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>Kaikki sarjat</translation>
    </message>
    <message>
        <source>Show documents dated on or after this day</source>
        <translation>Näytä asiakirjat, jotka on päivätty tänä päivänä tai myöhemmin</translation>
    </message>
    <message>
        <source>Show documents dated on or before this day</source>
        <translation>Näytä asiakirjat, jotka on päivätty tänä päivänä tai aiemmin</translation>
    </message>
    <message>
        <source>Show only invoices past their due date with something left to pay</source>
        <translation>Näytä vain eräpäivän ylittäneet laskut, joissa on vielä maksettavaa</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>Show every document again</source>
        <translation>Näytä taas kaikki asiakirjat</translation>
    </message>
    <message>
        <source>Show documents dated within a range (the issue date; a draft&apos;s own date)</source>
        <translation>Näytä aikavälillä päivätyt asiakirjat (laskun päivämäärä; luonnoksella sen oma päivämäärä)</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Mikä tahansa päivä</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tämä kuukausi</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Edellinen kuukausi</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Tämä neljännes</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Edellinen neljännes</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tämä vuosi</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Edellinen vuosi</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Alkaen:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Asti:</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1 alkaen</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>%1 asti</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Mikä tahansa</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (arkistoitu)</translation>
    </message>
    <message>
        <source>%1 statuses</source>
        <translation>%1 tilaa</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoiceTableModel</name>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Not issued yet: the number is given when the draft is issued</source>
        <translation>Ei vielä vahvistettu: numero annetaan, kun luonnos vahvistetaan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Avoinna</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoicesView</name>
    <message>
        <source>Partially paid</source>
        <translation>Osittain maksettu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln asiakirja</numerusform>
            <numerusform>%Ln asiakirjaa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: Total %2 · Balance %3</source>
        <translation>%1: Yhteensä %2 · Avoinna %3</translation>
    </message>
    <message>
        <source>Total %1 · Balance %2</source>
        <translation>Yhteensä %1 · Avoinna %2</translation>
    </message>
    <message>
        <source>No documents match the filters.</source>
        <translation>Mikään asiakirja ei vastaa suodattimia.</translation>
    </message>
    <message>
        <source>No invoices yet.
Run billing on the Subscriptions page or write one with New.</source>
        <translation>Ei vielä laskuja.
Aja laskutus Tilaukset-sivulla tai laadi lasku Uusi-toiminnolla.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoicingSettingsPage</name>
    <message>
        <source>Invoicing</source>
        <translation>Laskutus</translation>
    </message>
    <message>
        <source>How documents are issued. Changes apply to documents issued from now on.</source>
        <translation>Miten asiakirjat vahvistetaan. Muutokset koskevat tästä lähtien vahvistettavia asiakirjoja.</translation>
    </message>
    <message>
        <source>Prices that include VAT</source>
        <translation>Verolliset hinnat</translation>
    </message>
    <message>
        <source>Tick the currencies whose prices you enter with VAT included (as consumers see them). Invoices then work the VAT out of the price. Prices in the other currencies are net and VAT is added on top.</source>
        <translation>Valitse valuutat, joiden hinnat syötät arvonlisäveron sisältävinä (kuten kuluttajat ne näkevät). Laskuissa arvonlisävero tällöin lasketaan hinnan sisältä. Muiden valuuttojen hinnat ovat verottomia, ja arvonlisävero lisätään niiden päälle.</translation>
    </message>
    <message>
        <source>List currency</source>
        <translation>Lisää valuutta luetteloon</translation>
    </message>
    <message>
        <source>Show another currency in the list so you can tick it</source>
        <translation>Näytä luettelossa toinen valuutta, jotta voit valita sen</translation>
    </message>
    <message>
        <source>Customer credit</source>
        <translation>Asiakkaan hyvityssaldo</translation>
    </message>
    <message>
        <source>Apply the customer&apos;s credit when issuing an invoice</source>
        <translation>Käytä asiakkaan hyvityssaldo laskua vahvistettaessa</translation>
    </message>
    <message>
        <source>Credit from overpayments and credit notes in the invoice&apos;s currency then pays the invoice at once. Without it, you apply credit by hand.</source>
        <translation>Liikamaksuista ja hyvityslaskuista kertynyt laskun valuutan hyvityssaldo maksaa tällöin laskun heti. Muuten hyvitys käytetään käsin.</translation>
    </message>
    <message>
        <source>The invoicing settings could not be read: %1</source>
        <translation>Laskutusasetuksia ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>%1 (in your price lists)</source>
        <translation>%1 (hinnastoissasi)</translation>
    </message>
    <message>
        <source>The invoicing settings were not saved: %1</source>
        <translation>Laskutusasetuksia ei tallennettu: %1</translation>
    </message>
    <message>
        <source>Saved the invoicing settings.</source>
        <translation>Laskutusasetukset tallennettu.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::IssueDialog</name>
    <message>
        <source>Issue draft</source>
        <translation>Vahvista luonnos</translation>
    </message>
    <message>
        <source>Issuing gives the draft the next number of its series, computes its tax and makes it final: afterwards it can be credited but never changed or deleted.</source>
        <translation>Vahvistaminen antaa luonnokselle sarjansa seuraavan numeron, laskee sen verot ja tekee siitä lopullisen: sen jälkeen sen voi hyvittää, mutta sitä ei voi koskaan muuttaa tai poistaa.</translation>
    </message>
    <message>
        <source>The issue date printed on the document; the due date follows from it</source>
        <translation>Asiakirjaan tulostettava laskun päivämäärä; eräpäivä määräytyy sen mukaan</translation>
    </message>
    <message>
        <source>Issue &amp;date:</source>
        <translation>Laskun &amp;päivämäärä:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numero:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Asiakas:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Eräpäivä:</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>Summat:</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Verokanta</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Veron peruste</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Vero</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Vahvista</translation>
    </message>
    <message>
        <source>Tax per rate</source>
        <translation>Verot verokannoittain</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Rivit</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <source>Net %1 + tax %2 = %3</source>
        <translation>Veroton %1 + vero %2 = %3</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::LogoPicker</name>
    <message>
        <source>Choose file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most 1 MB, printed at the top of documents</source>
        <translation>Enintään 1 Mt:n PNG- tai JPEG-kuva, joka tulostetaan asiakirjojen yläreunaan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Tiedostoa %1 ei voitu lukea: %2</translation>
    </message>
    <message>
        <source>%1 is %2; a logo may be at most %3. Save it smaller and choose it again.</source>
        <translation>%1 on kooltaan %2; logo voi olla enintään %3. Tallenna se pienempänä ja valitse uudelleen.</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>%1 ei ole PNG- tai JPEG-kuva.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Valitse logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Kuvat (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ei logoa</translation>
    </message>
    <message>
        <source>The stored logo cannot be shown</source>
        <translation>Tallennettua logoa ei voi näyttää</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MainWindow</name>
    <message>
        <source>SubDesk</source>
        <translation>SubDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Uusi yritys…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Avaa…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Tallenna &amp;kopio…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About SubDesk</source>
        <translation>&amp;Tietoja SubDeskistä</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 on jo auki.</translation>
    </message>
    <message>
        <source>Created the company %1.</source>
        <translation>Yritys %1 luotiin.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Avattu: %1.</translation>
    </message>
    <message>
        <source>SubDesk — %1</source>
        <translation>SubDesk — %1</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Uusi yritys</translation>
    </message>
    <message>
        <source>Open company</source>
        <translation>Avaa yritys</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 - kopio</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Tallenna kopio</translation>
    </message>
    <message>
        <source>Copy saved to %1.</source>
        <translation>Kopio tallennettiin tiedostoon %1.</translation>
    </message>
    <message>
        <source>About SubDesk</source>
        <translation>Tietoja SubDeskistä</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SubDesk %1&lt;/h3&gt;&lt;p&gt;Subscription billing for small businesses.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SubDesk %1&lt;/h3&gt;&lt;p&gt;Tilauslaskutus pienyrityksille.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Company file:&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Yritystiedosto:&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;Käännetty Qt %2 -versiolla.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ManualInvoiceDialog</name>
    <message>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <source>Edit draft invoice</source>
        <translation>Muokkaa laskuluonnosta</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Uusi lasku</translation>
    </message>
    <message>
        <source>Optional, printed on the invoice</source>
        <translation>Valinnainen, tulostetaan laskuun</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Asiakas:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Huomautus:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuutta:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Yksikköhinta</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>Veroluokka</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Kausi alkaen</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Kausi asti</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Veroton</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Lisää rivi</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>P&amp;oista rivi</translation>
    </message>
    <message>
        <source>&amp;Issue now (gives the invoice its number; it cannot be edited afterwards)</source>
        <translation>Vahvista &amp;heti (antaa laskulle numeron; sitä ei voi muokata jälkeenpäin)</translation>
    </message>
    <message>
        <source>What is charged</source>
        <translation>Mitä veloitetaan</translation>
    </message>
    <message>
        <source>The day after the last day supplied (periods run [from, to))</source>
        <translation>Viimeistä toimituspäivää seuraava päivä (kausi kattaa välin [alkaen, asti))</translation>
    </message>
    <message>
        <source>Invoice %1 is issued and can no longer be edited.</source>
        <translation>Lasku %1 on vahvistettu, eikä sitä voi enää muokata.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Rivi %1</translation>
    </message>
    <message>
        <source>%1: enter a description.</source>
        <translation>%1: anna kuvaus.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: give both ends of the period, or neither.</source>
        <translation>%1: anna kauden molemmat päät tai ei kumpaakaan.</translation>
    </message>
    <message>
        <source>%1: the period must end after it starts.</source>
        <translation>%1: kauden on päätyttävä alkamisen jälkeen.</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Valitse asiakas.</translation>
    </message>
    <message>
        <source>Choose a currency (an ISO 4217 code such as EUR).</source>
        <translation>Valitse valuutta (ISO 4217 -koodi, esim. EUR).</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Lisää vähintään yksi rivi.</translation>
    </message>
    <message>
        <source>Net total: %1 (tax is added when the invoice is issued)</source>
        <translation>Veroton yhteensä: %1 (vero lisätään, kun lasku vahvistetaan)</translation>
    </message>
    <message>
        <source>Net total: —</source>
        <translation>Veroton yhteensä: —</translation>
    </message>
    <message>
        <source>Save and issue</source>
        <translation>Tallenna ja vahvista</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Tallenna luonnos</translation>
    </message>
    <message>
        <source>Saved as a draft, but not issued: %1</source>
        <translation>Tallennettu luonnoksena, mutta ei vahvistettu: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Sulje ilmoitus</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MeteredChargeDialog</name>
    <message>
        <source>New metered charge</source>
        <translation>Uusi käyttöperusteinen maksu</translation>
    </message>
    <message>
        <source>Metered charge — %1</source>
        <translation>Käyttöperusteinen maksu — %1</translation>
    </message>
    <message>
        <source>e.g. api_calls, storage_gb</source>
        <translation>esim. api_calls, storage_gb</translation>
    </message>
    <message>
        <source>The code usage records carry; lower-case letters, digits, &quot;_&quot; and &quot;.&quot;</source>
        <translation>Käyttölukemien koodi; pieniä kirjaimia, numeroita, &quot;_&quot; ja &quot;.&quot;</translation>
    </message>
    <message>
        <source>As it appears on invoices, e.g. API calls</source>
        <translation>Laskuilla näkyvä nimi, esim. API-kutsut</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>&amp;Mittari</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Usage in a period</source>
        <translation>&amp;Käyttö kaudella</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Hinnat</translation>
    </message>
    <message>
        <source>The plan already has a charge for %1.</source>
        <translation>Paketilla on jo maksu mittarille %1.</translation>
    </message>
    <message>
        <source>Enter the name invoices show.</source>
        <translation>Anna laskuilla näkyvä nimi.</translation>
    </message>
    <message>
        <source>Add a price: usage is charged at it, per currency.</source>
        <translation>Lisää hinta: käyttö veloitetaan sen mukaan, valuuttakohtaisesti.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MeteredChargeList</name>
    <message>
        <source>Add &amp;metered charge…</source>
        <translation>Lisää &amp;käyttöperusteinen maksu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Usage in a period</source>
        <translation>Käyttö kaudella</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Hinnat</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (ei vielä tallennettu)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MetricTile</name>
    <message>
        <source>—</source>
        <comment>no figure yet</comment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MigratePriceDialog</name>
    <message>
        <source>Migrate subscriptions</source>
        <translation>Siirrä tilaukset</translation>
    </message>
    <message>
        <source>Subscriptions on an older version of this price move to the latest version (from %1: %2), starting with their first billing period that begins on or after the date below. Periods already billed are not changed.</source>
        <translation>Tämän hinnan vanhemmissa versioissa olevat tilaukset siirretään uusimpaan versioon (%1 alkaen: %2) alkaen niiden ensimmäisestä laskutuskaudesta, joka alkaa alla olevana päivänä tai myöhemmin. Jo laskutettuja kausia ei muuteta.</translation>
    </message>
    <message>
        <source>Move &amp;from</source>
        <translation>Siirrä &amp;alkaen</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Siirrä</translation>
    </message>
    <message>
        <source>The latest version takes effect on %1; subscriptions can move to it from then on.</source>
        <translation>Uusin versio tulee voimaan %1; tilaukset voi siirtää siihen siitä päivästä alkaen.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MoneyEdit</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Anna summa.</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>Anna %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MrrChartPage</name>
    <message>
        <source>MRR at each month&apos;s end (line) and the month&apos;s movements (bars: new, reactivation and expansion add, contraction and churn subtract). Click a bar or a point for the customers behind it.</source>
        <translation>MRR kunkin kuukauden lopussa (viiva) ja kuukauden muutokset (palkit: uudet, uudelleenaktivoinnit ja laajentumiset lisäävät, supistumiset ja asiakaspoistuma vähentävät). Napsauta palkkia tai pistettä nähdäksesi sen taustalla olevat asiakkaat.</translation>
    </message>
    <message>
        <source>MRR (%1)</source>
        <translation>MRR (%1)</translation>
    </message>
    <message>
        <source>Movements (%1)</source>
        <translation>Muutokset (%1)</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>MRR at start (%1)</source>
        <translation>MRR alussa (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Exchange rate effect (%1)</source>
        <translation>Valuuttakurssivaikutus (%1)</translation>
    </message>
    <message>
        <source>MRR at end (%1)</source>
        <translation>MRR lopussa (%1)</translation>
    </message>
    <message>
        <source>ARR (%1)</source>
        <translation>ARR (%1)</translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation>Maksavat asiakkaat</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::NewSubscriptionDialog</name>
    <message>
        <source>Customer %1, billed in %2</source>
        <translation>Asiakas %1, laskutusvaluutta %2</translation>
    </message>
    <message>
        <source>First invoice</source>
        <translation>Ensimmäinen lasku</translation>
    </message>
    <message>
        <source>New subscription</source>
        <translation>Uusi tilaus</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Tilaa</translation>
    </message>
    <message>
        <source>Type to search customers</source>
        <translation>Hae asiakkaita kirjoittamalla</translation>
    </message>
    <message>
        <source>The day every period starts on. A start on another day is charged prorated up to it.</source>
        <translation>Päivä, jona jokainen kausi alkaa. Muuna päivänä alkava tilaus veloitetaan suhteutettuna siihen asti.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <source>Optional, kept with the subscription&apos;s history</source>
        <translation>Valinnainen, säilytetään tilauksen historiassa</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Asiakas:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Paketti:</translation>
    </message>
    <message>
        <source>&amp;Billed:</source>
        <translation>&amp;Laskutus:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Määrä:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Alo&amp;itus:</translation>
    </message>
    <message>
        <source>&amp;Billing day:</source>
        <translation>Las&amp;kutuspäivä:</translation>
    </message>
    <message>
        <source>&amp;Trial:</source>
        <translation>K&amp;okeilujakso:</translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation>K&amp;uponki:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Huomautus:</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Lisäosat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>plan default: %Ln day(s)</source>
        <translation>
            <numerusform>paketin oletus: %Ln päivä</numerusform>
            <numerusform>paketin oletus: %Ln päivää</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no price in %2.</source>
        <translation>%1: ei hintaa valuutassa %2.</translation>
    </message>
    <message>
        <source>%1; setup fee %2 once</source>
        <translation>%1; aloitusmaksu %2 kerran</translation>
    </message>
    <message>
        <source>None (the start day)</source>
        <translation>Ei mitään (aloituspäivä)</translation>
    </message>
    <message>
        <source>Choose the customer to see the first invoice.</source>
        <translation>Valitse asiakas nähdäksesi ensimmäisen laskun.</translation>
    </message>
    <message>
        <source>There are no plans yet: add one on the Plans page.</source>
        <translation>Paketteja ei ole vielä: lisää paketti Paketit-sivulla.</translation>
    </message>
    <message>
        <source>Choose a plan to see the first invoice.</source>
        <translation>Valitse paketti nähdäksesi ensimmäisen laskun.</translation>
    </message>
    <message>
        <source>Nothing is billed now.</source>
        <translation>Nyt ei laskuteta mitään.</translation>
    </message>
    <message>
        <source>Nothing is billed now: the first invoice comes with the billing run on %1.</source>
        <translation>Nyt ei laskuteta mitään: ensimmäinen lasku tulee laskutusajossa %1.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::NpsChartPage</name>
    <message>
        <source>NPS = % promoters (9–10) − % detractors (0–6), per month and over the 90 days ending with it; the bars split each month&apos;s answers. Months without answers show no NPS. Click a bar or a point for the answers.</source>
        <translation>NPS = suosittelijoiden % (9–10) − arvostelijoiden % (0–6), kuukausittain ja kuukauteen päättyvän 90 päivän ajalta; palkit jakavat kunkin kuukauden vastaukset. Kuukausille, joilla ei ole vastauksia, ei näytetä NPS:ää. Napsauta palkkia tai pistettä nähdäksesi vastaukset.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Share of answers</source>
        <translation>Vastausten osuus</translation>
    </message>
    <message>
        <source>NPS per month</source>
        <translation>NPS kuukausittain</translation>
    </message>
    <message>
        <source>NPS, trailing 90 days</source>
        <translation>NPS, edelliset 90 päivää</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Vastaukset</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Suosittelijat</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passiiviset</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Arvostelijat</translation>
    </message>
    <message>
        <source>Answers, trailing 90 days</source>
        <translation>Vastaukset, edelliset 90 päivää</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::NumberSeriesDialog</name>
    <message>
        <source>New numbering series</source>
        <translation>Uusi numerosarja</translation>
    </message>
    <message>
        <source>Edit numbering series</source>
        <translation>Muokkaa numerosarjaa</translation>
    </message>
    <message>
        <source>e.g. Invoices</source>
        <translation>esim. Laskut</translation>
    </message>
    <message>
        <source>{YYYY} year, {YY} year in two digits, {MM} month, {#####} the counter with as many digits as #. Everything else is copied as written.</source>
        <translation>{YYYY} vuosi, {YY} vuosi kahdella numerolla, {MM} kuukausi, {#####} laskuri, jossa on yhtä monta numeroa kuin #-merkkejä. Kaikki muu kopioidaan sellaisenaan.</translation>
    </message>
    <message>
        <source>Start again at 1 every year</source>
        <translation>Aloita joka vuosi uudelleen numerosta 1</translation>
    </message>
    <message>
        <source>Number new documents of this kind in this series</source>
        <translation>Numeroi tämän tyypin uudet asiakirjat tässä sarjassa</translation>
    </message>
    <message>
        <source>Archived (kept for the documents numbered in it)</source>
        <translation>Arkistoitu (säilytetään siinä numeroituja asiakirjoja varten)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Asiakirjat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Malli</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Seuraava numero</translation>
    </message>
    <message>
        <source>The name is required; the invoice filters list it.</source>
        <translation>Nimi on pakollinen; laskujen suodattimet näyttävät sen.</translation>
    </message>
    <message>
        <source>The pattern is required, e.g. INV-{YYYY}-{#####}.</source>
        <translation>Malli on pakollinen, esim. INV-{YYYY}-{#####}.</translation>
    </message>
    <message>
        <source>The number a document issued today, %1, would get</source>
        <translation>Numero, jonka tänään (%1) vahvistettu asiakirja saisi</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::NumberSeriesPage</name>
    <message>
        <source>Numbering</source>
        <translation>Numerointi</translation>
    </message>
    <message>
        <source>Issuing a document gives it the next number of its series, without gaps. Invoices and credit notes are numbered in the default series of their kind.</source>
        <translation>Asiakirjan vahvistaminen antaa sille sarjansa seuraavan numeron aukottomasti. Laskut ja hyvityslaskut numeroidaan tyyppinsä oletussarjassa.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Asiakirjat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Malli</translation>
    </message>
    <message>
        <source>Yearly reset</source>
        <translation>Vuosittainen nollaus</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Oletus</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Seuraava numero</translation>
    </message>
    <message>
        <source>The number a document issued today, %1, would get</source>
        <translation>Numero, jonka tänään (%1) vahvistettu asiakirja saisi</translation>
    </message>
    <message>
        <source>The numbering series could not be read: %1</source>
        <translation>Numerosarjoja ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (arkistoitu)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>(pattern error)</source>
        <translation>(virhe mallissa)</translation>
    </message>
    <message>
        <source>Added the numbering series %1.</source>
        <translation>Numerosarja %1 lisätty.</translation>
    </message>
    <message>
        <source>Saved the numbering series %1.</source>
        <translation>Numerosarja %1 tallennettu.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::OutcomePreview</name>
    <message>
        <source>Customer gets a credit note of %1.</source>
        <translation>Asiakas saa hyvityslaskun, summa %1.</translation>
    </message>
    <message>
        <source>Customer will be charged %1.</source>
        <translation>Asiakkaalta veloitetaan %1.</translation>
    </message>
    <message>
        <source>%1 of it is paid from the customer&apos;s credit.</source>
        <translation>Siitä %1 maksetaan asiakkaan hyvityssaldosta.</translation>
    </message>
    <message>
        <source>The billing run on %1 writes a credit note of %2.</source>
        <translation>Laskutusajo %1 kirjoittaa hyvityslaskun, summa %2.</translation>
    </message>
    <message>
        <source>The billing run on %1 invoices %2.</source>
        <translation>Laskutusajo %1 laskuttaa %2.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PaymentListPage</name>
    <message>
        <source>Any</source>
        <translation>Mikä tahansa</translation>
    </message>
    <message>
        <source>Customer, reference or note</source>
        <translation>Asiakas, viite tai huomautus</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>Kaikki maksutavat</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Alkaen:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Asti:</translation>
    </message>
    <message>
        <source>%1: received %2</source>
        <translation>%1: vastaanotettu %2</translation>
    </message>
    <message>
        <source>%1, refunded %2</source>
        <translation>%1, palautettu %2</translation>
    </message>
    <message>
        <source>No payments match.</source>
        <translation>Ei vastaavia maksuja.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) shown.</source>
        <translation>
            <numerusform>%n maksu näytetään.</numerusform>
            <numerusform>%n maksua näytetään.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PaymentTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Maksutapa</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation>Kohdistettu</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Hyvityssaldo</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PaymentsView</name>
    <message>
        <source>&amp;Record payment…</source>
        <translation>&amp;Kirjaa maksu…</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Kirjaa maksu</translation>
    </message>
    <message>
        <source>Record a payment received and apply it to open invoices</source>
        <translation>Kirjaa vastaanotettu maksu ja kohdista se avoimille laskuille</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>&amp;Palauta…</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Palautus</translation>
    </message>
    <message>
        <source>Pay a customer&apos;s credit back</source>
        <translation>Maksa asiakkaan hyvityssaldo takaisin</translation>
    </message>
    <message>
        <source>&amp;Statement of account…</source>
        <translation>&amp;Tiliote…</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Tiliote</translation>
    </message>
    <message>
        <source>Save a customer&apos;s statement of account as PDF</source>
        <translation>Tallenna asiakkaan tiliote PDF-tiedostoksi</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Maksut</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Ikäjakauma</translation>
    </message>
    <message>
        <source>Saved the aging report as %1.</source>
        <translation>Ikäjakaumaraportti tallennettu nimellä %1.</translation>
    </message>
    <message>
        <source>Recorded %1 from %2.</source>
        <translation>Kirjattu %1, maksaja: %2.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>asiakas</translation>
    </message>
    <message>
        <source>Refunded %1.</source>
        <translation>Palautettu %1.</translation>
    </message>
    <message>
        <source>Saved the statement as %1.</source>
        <translation>Tiliote tallennettu nimellä %1.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PlanDialog</name>
    <message>
        <source>Edit plan — %1</source>
        <translation>Muokkaa pakettia — %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Uusi paketti</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Yleiset</translation>
    </message>
    <message>
        <source>What the plan includes, one feature per line, in the order customers read them.</source>
        <translation>Mitä paketti sisältää, yksi ominaisuus riviä kohden siinä järjestyksessä kuin asiakkaat ne lukevat.</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Ominaisuudet</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Hinnat</translation>
    </message>
    <message>
        <source>Metered usage</source>
        <translation>Käyttöperusteinen laskutus</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Lisäosat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation>Lisää paketti</translation>
    </message>
    <message>
        <source>e.g. PRO-M; letters A–Z, digits, &quot;-&quot; and &quot;_&quot;</source>
        <translation>esim. PRO-M; kirjaimet A–Z, numerot, &quot;-&quot; ja &quot;_&quot;</translation>
    </message>
    <message>
        <source>A short unique code for files, the command line and subscriptions</source>
        <translation>Lyhyt yksilöllinen koodi tiedostoja, komentoriviä ja tilauksia varten</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Koodi</translation>
    </message>
    <message>
        <source>As customers read it on invoices, e.g. Pro</source>
        <translation>Asiakkaille laskuilla näkyvä nimi, esim. Pro</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>Choose a product or type a new one</source>
        <translation>Valitse tuote tai kirjoita uusi</translation>
    </message>
    <message>
        <source>What the plan sells; a new name creates the product when the plan is saved</source>
        <translation>Mitä paketti myy; uusi nimi luo tuotteen, kun paketti tallennetaan</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Tuote</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>K&amp;uvaus</translation>
    </message>
    <message>
        <source>No trial</source>
        <translation>Ei kokeilujaksoa</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <source>Days new subscriptions run free before the first paid period</source>
        <translation>Päivät, jotka uudet tilaukset ovat maksuttomia ennen ensimmäistä maksullista kautta</translation>
    </message>
    <message>
        <source>&amp;Trial</source>
        <translation>K&amp;okeilujakso</translation>
    </message>
    <message>
        <source>&amp;Evergreen: runs until cancelled</source>
        <translation>Toistaiseksi &amp;voimassa: jatkuu, kunnes peruutetaan</translation>
    </message>
    <message>
        <source>&amp;Fixed:</source>
        <translation>&amp;Määräaikainen:</translation>
    </message>
    <message>
        <source> billing periods, then</source>
        <translation> laskutuskautta, sitten</translation>
    </message>
    <message>
        <source>renews for the same term</source>
        <translation>uusiutuu samanpituisena</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>päättyy</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Sopimuskausi</translation>
    </message>
    <message>
        <source>One price per currency and billing interval, e.g. 20.00 EUR monthly and 200.00 EUR yearly. A price keeps its versions: a new version changes it from a date on.</source>
        <translation>Yksi hinta kutakin valuuttaa ja laskutusväliä kohden, esim. 20,00 EUR kuukausittain ja 200,00 EUR vuosittain. Hinta säilyttää versionsa: uusi versio muuttaa hintaa tietystä päivästä alkaen.</translation>
    </message>
    <message>
        <source>Usage-based charges, billed after each period for the usage recorded in it (API calls, storage). Saved with the plan.</source>
        <translation>Käyttöperusteiset maksut laskutetaan kunkin kauden jälkeen kaudella kirjatun käytön mukaan (API-kutsut, tallennustila). Tallennetaan paketin mukana.</translation>
    </message>
    <message>
        <source>The add-ons a subscription to this plan may carry.</source>
        <translation>Lisäosat, jotka tämän paketin tilauksella voi olla.</translation>
    </message>
    <message>
        <source>%1 — %2 (archived)</source>
        <translation>%1 — %2 (arkistoitu)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No add-ons yet: create them on the Add-ons tab of the Plans page.</source>
        <translation>Lisäosia ei ole vielä: luo niitä Paketit-sivun Lisäosat-välilehdellä.</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>paketin</translation>
    </message>
    <message>
        <source>The code %1 is already used by the plan %2.</source>
        <translation>Koodi %1 on jo paketin %2 käytössä.</translation>
    </message>
    <message>
        <source>Coupons limited to %1 (%2) will no longer apply to this plan; edit them to use the new code.</source>
        <translation>Pakettiin %1 (%2) rajatut kupongit eivät enää koske tätä pakettia; muokkaa niitä käyttämään uutta koodia.</translation>
    </message>
    <message>
        <source>Enter the plan&apos;s name, as customers read it.</source>
        <translation>Anna paketin nimi siinä muodossa kuin asiakkaat sen lukevat.</translation>
    </message>
    <message>
        <source>No price yet: a plan is sold at one of its prices, so subscriptions need one in their currency and interval.</source>
        <translation>Ei vielä hintaa: paketti myydään jollakin sen hinnoista, joten tilaukset tarvitsevat hinnan omassa valuutassaan ja laskutusvälillään.</translation>
    </message>
    <message>
        <source>Fix the highlighted fields to save.</source>
        <translation>Korjaa korostetut kentät, jotta voit tallentaa.</translation>
    </message>
    <message>
        <source>The plan is saved, but a metered charge is not: %1</source>
        <translation>Paketti on tallennettu, mutta käyttöperusteista maksua ei: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PlanTableModel</name>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln päivä</numerusform>
            <numerusform>%Ln päivää</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (arkistoitu)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Hinnat</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Kokeilujakso</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Sopimuskausi</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PlansView</name>
    <message>
        <source>New &amp;plan…</source>
        <translation>Uusi &amp;paketti…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>Add a plan</source>
        <translation>Lisää paketti</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>&amp;Muokkaa pakettia…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <source>Edit the selected plan, its prices and versions</source>
        <translation>Muokkaa valittua pakettia, sen hintoja ja versioita</translation>
    </message>
    <message>
        <source>&amp;Archive plan</source>
        <translation>&amp;Arkistoi paketti</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkistoi</translation>
    </message>
    <message>
        <source>New a&amp;dd-on…</source>
        <translation>Uusi &amp;lisäosa…</translation>
    </message>
    <message>
        <source>Add an add-on</source>
        <translation>Lisää lisäosa</translation>
    </message>
    <message>
        <source>Edit add-on…</source>
        <translation>Muokkaa lisäosaa…</translation>
    </message>
    <message>
        <source>Edit the selected add-on and its prices</source>
        <translation>Muokkaa valittua lisäosaa ja sen hintoja</translation>
    </message>
    <message>
        <source>Archive add-on</source>
        <translation>Arkistoi lisäosa</translation>
    </message>
    <message>
        <source>New &amp;coupon…</source>
        <translation>Uusi &amp;kuponki…</translation>
    </message>
    <message>
        <source>Add a coupon</source>
        <translation>Lisää kuponki</translation>
    </message>
    <message>
        <source>Edit coupon…</source>
        <translation>Muokkaa kuponkia…</translation>
    </message>
    <message>
        <source>Edit the selected coupon</source>
        <translation>Muokkaa valittua kuponkia</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Paketit</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Lisäosat</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Kupongit</translation>
    </message>
    <message>
        <source>Search code, name, product or price</source>
        <translation>Hae koodia, nimeä, tuotetta tai hintaa</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Näytä arkistoidut</translation>
    </message>
    <message>
        <source>Archived plans are kept for their subscriptions but not offered any more</source>
        <translation>Arkistoidut paketit säilytetään niiden tilauksia varten, mutta niitä ei enää tarjota</translation>
    </message>
    <message>
        <source>No plans yet.
Add one with New: a code, a name and a price are enough.</source>
        <translation>Ei vielä paketteja.
Lisää paketti valitsemalla Uusi: koodi, nimi ja hinta riittävät.</translation>
    </message>
    <message>
        <source>No plans match the search.</source>
        <translation>Yksikään paketti ei vastaa hakua.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln plan(s)</source>
        <translation>
            <numerusform>Näytetään %1 / %Ln paketista</numerusform>
            <numerusform>Näytetään %1 / %Ln paketista</numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, name or price</source>
        <translation>Hae koodia, nimeä tai hintaa</translation>
    </message>
    <message>
        <source>Archived add-ons are kept but not offered any more</source>
        <translation>Arkistoidut lisäosat säilytetään, mutta niitä ei enää tarjota</translation>
    </message>
    <message>
        <source>No add-ons yet.
Add-ons are extras a subscription may carry, such as more storage or an onboarding session.</source>
        <translation>Ei vielä lisäosia.
Lisäosat ovat lisäpalveluja, joita tilaukseen voi kuulua, kuten lisätallennustila tai käyttöönottokoulutus.</translation>
    </message>
    <message>
        <source>No add-ons match the search.</source>
        <translation>Yksikään lisäosa ei vastaa hakua.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln add-on(s)</source>
        <translation>
            <numerusform>Näytetään %1 / %Ln lisäosasta</numerusform>
            <numerusform>Näytetään %1 / %Ln lisäosasta</numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, name or plan</source>
        <translation>Hae koodia, nimeä tai pakettia</translation>
    </message>
    <message>
        <source>Show expired and used up</source>
        <translation>Näytä vanhentuneet ja loppuun käytetyt</translation>
    </message>
    <message>
        <source>Coupons past their expiry date or redemption limit</source>
        <translation>Kupongit, joiden voimassaolo on päättynyt tai käyttökertojen raja täyttynyt</translation>
    </message>
    <message>
        <source>No coupons yet.</source>
        <translation>Ei vielä kuponkeja.</translation>
    </message>
    <message>
        <source>No coupons match the search.</source>
        <translation>Yksikään kuponki ei vastaa hakua.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln coupon(s)</source>
        <translation>
            <numerusform>Näytetään %1 / %Ln kupongista</numerusform>
            <numerusform>Näytetään %1 / %Ln kupongista</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore plan</source>
        <translation>Palau&amp;ta paketti</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Offer the selected plan again</source>
        <translation>Tarjoa valittua pakettia uudelleen</translation>
    </message>
    <message>
        <source>Stop offering the selected plan; its subscriptions continue</source>
        <translation>Lopeta valitun paketin tarjoaminen; sen tilaukset jatkuvat</translation>
    </message>
    <message>
        <source>Restore add-on</source>
        <translation>Palauta lisäosa</translation>
    </message>
    <message>
        <source>Offer the selected add-on again</source>
        <translation>Tarjoa valittua lisäosaa uudelleen</translation>
    </message>
    <message>
        <source>Stop offering the selected add-on; subscriptions keep it</source>
        <translation>Lopeta valitun lisäosan tarjoaminen; tilaukset säilyttävät sen</translation>
    </message>
    <message>
        <source>Added the plan %1.</source>
        <translation>Paketti %1 lisätty.</translation>
    </message>
    <message>
        <source>Archived the plan %1. Its subscriptions continue; Show archived lists it.</source>
        <translation>Paketti %1 arkistoitu. Sen tilaukset jatkuvat; se näkyy valinnalla Näytä arkistoidut.</translation>
    </message>
    <message>
        <source>The plan %1 is offered again.</source>
        <translation>Pakettia %1 tarjotaan taas.</translation>
    </message>
    <message>
        <source>Added the add-on %1.</source>
        <translation>Lisäosa %1 lisätty.</translation>
    </message>
    <message>
        <source>Archived the add-on %1.</source>
        <translation>Lisäosa %1 arkistoitu.</translation>
    </message>
    <message>
        <source>The add-on %1 is offered again.</source>
        <translation>Lisäosaa %1 tarjotaan taas.</translation>
    </message>
    <message>
        <source>Added the coupon %1.</source>
        <translation>Kuponki %1 lisätty.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PriceDialog</name>
    <message>
        <source>Takes &amp;effect on</source>
        <translation>Tulee voimaan &amp;päivänä</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Uusi hinta</translation>
    </message>
    <message>
        <source>Add price</source>
        <translation>Lisää hinta</translation>
    </message>
    <message>
        <source>New version of the %1 price in %2</source>
        <translation>Uusi versio hinnasta valuutassa %2 (laskutus %1)</translation>
    </message>
    <message>
        <source>New version of the price in %1</source>
        <translation>Uusi versio hinnasta valuutassa %1</translation>
    </message>
    <message>
        <source>Add version</source>
        <translation>Lisää versio</translation>
    </message>
    <message>
        <source>Subscriptions keep the version they were sold at (grandfathering) until you migrate them; new subscriptions get this version from the date it takes effect.</source>
        <translation>Tilaukset säilyttävät version, jolla ne on myyty (vanha hinta säilyy), kunnes siirrät ne; uudet tilaukset saavat tämän version sen voimaantulopäivästä alkaen.</translation>
    </message>
    <message>
        <source>Choose the date the price takes effect.</source>
        <translation>Valitse päivä, jona hinta tulee voimaan.</translation>
    </message>
    <message>
        <source>A new version must take effect after the current one (%1).</source>
        <translation>Uuden version on tultava voimaan nykyisen version (%1) jälkeen.</translation>
    </message>
    <message>
        <source>There is already a %1 price in %2; add a new version of it instead.</source>
        <translation>Valuutassa %2 on jo hinta (laskutus %1); lisää sille uusi versio.</translation>
    </message>
    <message>
        <source>There is already a price in %1; add a new version of it instead.</source>
        <translation>Valuutassa %1 on jo hinta; lisää sille uusi versio.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PriceEditor</name>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Valuutta</translation>
    </message>
    <message>
        <source>every</source>
        <translation>aina</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Laskutetaan</translation>
    </message>
    <message>
        <source>Pricing &amp;model</source>
        <translation>Hinta&amp;malli</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>&amp;Free units</source>
        <translation>Maksuttomat &amp;yksiköt</translation>
    </message>
    <message>
        <source>Units per package</source>
        <translation>Yksiköitä paketissa</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Portaat</translation>
    </message>
    <message>
        <source>Charged once when a subscription starts; empty for none</source>
        <translation>Veloitetaan kerran tilauksen alkaessa; tyhjä, jos ei aloitusmaksua</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>Aloitusmaksu</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Yksikköhinta</translation>
    </message>
    <message>
        <source>Package price</source>
        <translation>Paketin hinta</translation>
    </message>
    <message>
        <source>A setup fee cannot be negative.</source>
        <translation>Aloitusmaksu ei voi olla negatiivinen.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PriceListEditor</name>
    <message>
        <source>&amp;Add price…</source>
        <translation>&amp;Lisää hinta…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkistoi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Laskutus</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Hinnoittelu</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Archived prices are not offered to new subscriptions; takes effect at once</source>
        <translation>Arkistoituja hintoja ei tarjota uusille tilauksille; tulee voimaan heti</translation>
    </message>
    <message>
        <source>Removes a price that is not saved yet</source>
        <translation>Poistaa hinnan, jota ei ole vielä tallennettu</translation>
    </message>
    <message>
        <source>new, saved with the rest</source>
        <translation>uusi, tallennetaan muiden mukana</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkistoitu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln versio</numerusform>
            <numerusform>%Ln versiota</numerusform>
        </translation>
    </message>
    <message>
        <source>per period</source>
        <translation>kaudelta</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versiot…</translation>
    </message>
    <message>
        <source>Change the new price</source>
        <translation>Muuta uutta hintaa</translation>
    </message>
    <message>
        <source>Show the versions of the price and add one</source>
        <translation>Näytä hinnan versiot ja lisää uusi</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Edit new price</source>
        <translation>Muokkaa uutta hintaa</translation>
    </message>
    <message>
        <source>The %1 price in %2</source>
        <translation>Hinta valuutassa %2 (laskutus %1)</translation>
    </message>
    <message>
        <source>The price in %1</source>
        <translation>Hinta valuutassa %1</translation>
    </message>
    <message>
        <source>%1 is offered again.</source>
        <translation>%1: tarjotaan taas.</translation>
    </message>
    <message>
        <source>%1 is archived: new subscriptions no longer get it; current ones keep it.</source>
        <translation>%1: arkistoitu; uudet tilaukset eivät enää saa sitä, nykyiset säilyttävät sen.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PricePreview</name>
    <message>
        <source>Units in one period: seats, or the usage of a metered charge</source>
        <translation>Yksiköt yhdellä kaudella: käyttäjäpaikat tai käyttöperusteisen maksun käyttö</translation>
    </message>
    <message>
        <source>Price for &amp;quantity</source>
        <translation>Hinta mää&amp;rälle</translation>
    </message>
    <message>
        <source>Complete the price to see what it charges.</source>
        <translation>Täydennä hinta nähdäksesi, mitä se veloittaa.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln yksikkö</numerusform>
            <numerusform>%Ln yksikköä</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PriceVersionsDialog</name>
    <message>
        <source>&amp;New version…</source>
        <translation>&amp;Uusi versio…</translation>
    </message>
    <message>
        <source>&amp;Migrate subscriptions…</source>
        <translation>&amp;Siirrä tilaukset…</translation>
    </message>
    <message>
        <source>Subscriptions keep the price version they were sold at (grandfathering) until you migrate them to the latest version.</source>
        <translation>Tilaukset säilyttävät hintaversion, jolla ne on myyty (vanha hinta säilyy), kunnes siirrät ne uusimpaan versioon.</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Tulee voimaan</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Hinnoittelu</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>Aloitusmaksu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>A new pricing that takes effect on a later date</source>
        <translation>Uusi hinnoittelu, joka tulee voimaan myöhempänä päivänä</translation>
    </message>
    <message>
        <source>Move subscriptions on older versions to the latest one</source>
        <translation>Siirrä vanhemmissa versioissa olevat tilaukset uusimpaan versioon</translation>
    </message>
    <message>
        <source>the %1 price in %2</source>
        <translation>hinta valuutassa %2 (laskutus %1)</translation>
    </message>
    <message>
        <source>the price in %1</source>
        <translation>hinta valuutassa %1</translation>
    </message>
    <message>
        <source>Versions of %1</source>
        <translation>Versiot: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>current</source>
        <translation>nykyinen</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>ajoitettu</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 asti</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Added the version that takes effect on %1.</source>
        <translation>Lisättiin versio, joka tulee voimaan %1.</translation>
    </message>
    <message>
        <source>No subscription was on an older version; nothing moved.</source>
        <translation>Yksikään tilaus ei ollut vanhemmassa versiossa; mitään ei siirretty.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln subscription(s) to the latest version.</source>
        <translation>
            <numerusform>%Ln tilaus siirrettiin uusimpaan versioon.</numerusform>
            <numerusform>%Ln tilausta siirrettiin uusimpaan versioon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RecentFilesMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>Avaa &amp;viimeaikainen</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent company files</source>
        <translation>Ei viimeaikaisia yritystiedostoja</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Tyhjennä luettelo</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ReconciliationPage</name>
    <message>
        <source>Invoiced (gross) = MRR + timing + tax + one-time fees + usage + proration − credit notes. Timing is what the recurring lines invoiced in the month differ from MRR: yearly and quarterly plans billed in advance, first short periods, changes during the month and once-only coupons. MRR here covers the whole company in the selected currencies: invoices have no segment, plan or country filter.</source>
        <translation>Laskutettu (brutto) = MRR + ajoitus + vero + kertamaksut + käyttö + suhteutus − hyvityslaskut. Ajoitus on se, mitä kuukauden aikana laskutetut toistuvat rivit poikkeavat MRR:stä: etukäteen laskutetut vuosi- ja neljännesvuosipaketit, lyhyet ensimmäiset jaksot, kuukauden aikaiset muutokset ja kertakäyttöiset kupongit. MRR kattaa tässä koko yrityksen valituissa valuutoissa: laskuilla ei ole segmentti-, paketti- tai maasuodatinta.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Vie CSV…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export reconciliation</source>
        <translation>Vie täsmäytys</translation>
    </message>
    <message>
        <source>reconciliation.csv</source>
        <translation>tasmaytys.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RecordPaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>Kirjaa maksu</translation>
    </message>
    <message>
        <source>Record payment for %1</source>
        <translation>Kirjaa maksu: %1</translation>
    </message>
    <message>
        <source>Bank reference, card slip, …</source>
        <translation>Pankin viite, korttikuitti, …</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Asiakas:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Summa:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Maksutapa:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>V&amp;iite:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Huomautus:</translation>
    </message>
    <message>
        <source>Applied to open invoices</source>
        <translation>Kohdistettu avoimille laskuille</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Avoinna</translation>
    </message>
    <message>
        <source>Amount to apply</source>
        <translation>Kohdistettava summa</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Erääntynyt</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Valitse asiakas.</translation>
    </message>
    <message>
        <source>Choose a currency (an ISO 4217 code such as EUR).</source>
        <translation>Valitse valuutta (ISO 4217 -koodi, esim. EUR).</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>summa</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Summan on oltava suurempi kuin nolla.</translation>
    </message>
    <message>
        <source>the amount for %1</source>
        <translation>summa kohteelle %1</translation>
    </message>
    <message>
        <source>The amount for %1 cannot be negative.</source>
        <translation>Kohteen %1 summa ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Left over as customer credit: —</source>
        <translation>Jää asiakkaan hyvityssaldoksi: —</translation>
    </message>
    <message>
        <source>Left over as customer credit: %1</source>
        <translation>Jää asiakkaan hyvityssaldoksi: %1</translation>
    </message>
    <message>
        <source>Nothing is applied by hand, so the payment goes to the oldest invoices first.</source>
        <translation>Mitään ei ole kohdistettu käsin, joten maksu kohdistetaan ensin vanhimmille laskuille.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RefundDialog</name>
    <message>
        <source>Refund customer credit</source>
        <translation>Palauta asiakkaan hyvityssaldo</translation>
    </message>
    <message>
        <source>Bank reference of the transfer</source>
        <translation>Tilisiirron pankkiviite</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Asiakas:</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Hyvityssaldo:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuutta:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Summa:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Maksutapa:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>V&amp;iite:</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Palautus</translation>
    </message>
    <message>
        <source>Choose a customer to see their credit.</source>
        <translation>Valitse asiakas nähdäksesi tämän hyvityssaldon.</translation>
    </message>
    <message>
        <source>No credit to refund.</source>
        <translation>Ei palautettavaa hyvityssaldoa.</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>Käytettävissä: %1</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Valitse asiakas.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Valitse valuutta.</translation>
    </message>
    <message>
        <source>%1 has no credit in %2 to refund.</source>
        <translation>Asiakkaalla %1 ei ole palautettavaa hyvityssaldoa valuutassa %2.</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>summa</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Summan on oltava suurempi kuin nolla.</translation>
    </message>
    <message>
        <source>At most %1 can be refunded: that is all the credit in %2.</source>
        <translation>Enintään %1 voidaan palauttaa: se on koko hyvityssaldo valuutassa %2.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RestartSubscriptionDialog</name>
    <message>
        <source>First invoice after the restart</source>
        <translation>Ensimmäinen lasku uudelleenkäynnistyksen jälkeen</translation>
    </message>
    <message>
        <source>Resume subscription %1</source>
        <translation>Jatka tilausta %1</translation>
    </message>
    <message>
        <source>Reactivate subscription %1</source>
        <translation>Aktivoi tilaus %1 uudelleen</translation>
    </message>
    <message>
        <source>Resume subscription</source>
        <translation>Jatka tilausta</translation>
    </message>
    <message>
        <source>Reactivate subscription</source>
        <translation>Aktivoi tilaus uudelleen</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), %4.</source>
        <translation>%1 — %2 (%3), %4.</translation>
    </message>
    <message>
        <source>Resume &amp;on:</source>
        <translation>Jatka &amp;päivänä:</translation>
    </message>
    <message>
        <source>Reactivate &amp;on:</source>
        <translation>Aktivoi uudelleen &amp;päivänä:</translation>
    </message>
    <message>
        <source>Nothing is billed now; billing continues with the next billing run.</source>
        <translation>Nyt ei laskuteta mitään; laskutus jatkuu seuraavassa laskutusajossa.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RetentionChartPage</name>
    <message>
        <source>Over the 12 months ending with each month, for the customers paying the day before: NRR = (their MRR then + expansion − contraction − churn) ÷ their MRR then; GRR leaves out expansion. Click a point for those customers.</source>
        <translation>Kuhunkin kuukauteen päättyvän 12 kuukauden ajalta niille asiakkaille, jotka maksoivat edeltävänä päivänä: NRR = (heidän silloinen MRR:nsä + laajentuminen − supistuminen − poistuma) ÷ heidän silloinen MRR:nsä; GRR jättää laajentumisen pois. Napsauta pistettä nähdäksesi nämä asiakkaat.</translation>
    </message>
    <message>
        <source>Trailing 12 months</source>
        <translation>Edelliset 12 kuukautta</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>NRR (%)</source>
        <translation>NRR (%)</translation>
    </message>
    <message>
        <source>GRR (%)</source>
        <translation>GRR (%)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RunDocumentTableModel</name>
    <message>
        <source>Customer %1</source>
        <translation>Asiakas %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Rivit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Credit applied</source>
        <translation>Käytetty hyvitys</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Maksettavaa</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ScoreDistributionWidget</name>
    <message numerus="yes">
        <source>Score %1 (%2): %n answer(s), %3 %</source>
        <translation>
            <numerusform>Pisteet %1 (%2): %n vastaus, %3 %</numerusform>
            <numerusform>Pisteet %1 (%2): %n vastausta, %3 %</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SettingsPage</name>
    <message>
        <source>Add…</source>
        <translation>Lisää…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SettingsView</name>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Käynnistä uudelleen nyt</translation>
    </message>
    <message>
        <source>Close SubDesk and start it again with the chosen language</source>
        <translation>Sulje SubDesk ja käynnistä se uudelleen valitulla kielellä</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Käyttöliittymän kieli</translation>
    </message>
    <message>
        <source>Company file</source>
        <translation>Yritystiedosto</translation>
    </message>
    <message>
        <source>%1 (the current one)</source>
        <translation>%1 (nykyinen)</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Tarkista tietokanta</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s integrity and foreign key checks on the company file</source>
        <translation>Suorita yritystiedostolle SQLiten eheys- ja viiteavaintarkistukset</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Skeeman versio</translation>
    </message>
    <message>
        <source>SubDesk will use %1 from its next start.</source>
        <translation>SubDesk käyttää kieltä %1 seuraavasta käynnistyksestä alkaen.</translation>
    </message>
    <message>
        <source>The language applies from the next start of SubDesk.</source>
        <translation>Kieli otetaan käyttöön, kun SubDesk käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Tarkistusta ei voitu suorittaa: %1</translation>
    </message>
    <message>
        <source>The company file is sound: the integrity check found no problems.</source>
        <translation>Yritystiedosto on kunnossa: eheystarkistus ei löytänyt ongelmia.</translation>
    </message>
    <message numerus="yes">
        <source>The integrity check found %Ln problem(s): %1. Open a backup copy, or keep this file for support.</source>
        <translation>
            <numerusform>Eheystarkistus löysi %Ln ongelman: %1. Avaa varmuuskopio tai säilytä tämä tiedosto tukea varten.</numerusform>
            <numerusform>Eheystarkistus löysi %Ln ongelmaa: %1. Avaa varmuuskopio tai säilytä tämä tiedosto tukea varten.</numerusform>
        </translation>
    </message>
    <message>
        <source>SubDesk could not be started again. Close it and start it yourself.</source>
        <translation>SubDeskiä ei voitu käynnistää uudelleen. Sulje se ja käynnistä se itse.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Yleiset</translation>
    </message>
    <message>
        <source>How SubDesk looks, and the company file it has open.</source>
        <translation>SubDeskin ulkoasu ja avoinna oleva yritystiedosto.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::StatementDialog</name>
    <message>
        <source>Statement of account</source>
        <translation>Tiliote</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Asiakas:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuutta:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kausi:</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>Tiliote:</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Tallenna PDF…</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Valitse asiakas.</translation>
    </message>
    <message>
        <source>Choose a currency (an ISO 4217 code such as EUR).</source>
        <translation>Valitse valuutta (ISO 4217 -koodi, esim. EUR).</translation>
    </message>
    <message>
        <source>The period must not end before it starts.</source>
        <translation>Kausi ei voi päättyä ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>Opening balance %1, %2, closing balance %3.</source>
        <translation>Alkusaldo %1, %2, loppusaldo %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n tapahtuma</numerusform>
            <numerusform>%n tapahtumaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement %1 %2.pdf</source>
        <translation>Tiliote %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>Tallenna tiliote</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::StopSubscriptionDialog</name>
    <message>
        <source>Credit the unused time</source>
        <translation>Hyvitä käyttämätön aika</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Hyvitys</translation>
    </message>
    <message>
        <source>Pause subscription %1</source>
        <translation>Keskeytä tilaus %1</translation>
    </message>
    <message>
        <source>Cancel subscription %1</source>
        <translation>Peruuta tilaus %1</translation>
    </message>
    <message>
        <source>Pause subscription</source>
        <translation>Keskeytä tilaus</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>Peruuta tilaus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>A credit note for the part of the paid period after the stop</source>
        <translation>Hyvityslasku maksetun kauden lopetuksen jälkeisestä osasta</translation>
    </message>
    <message>
        <source>Optional, e.g. why the customer pauses</source>
        <translation>Valinnainen, esim. miksi asiakas keskeyttää</translation>
    </message>
    <message>
        <source>Optional, e.g. why the customer leaves</source>
        <translation>Valinnainen, esim. miksi asiakas lopettaa</translation>
    </message>
    <message>
        <source>%1. The current period, already billed, runs %2 → %3.</source>
        <translation>%1. Nykyinen, jo laskutettu kausi: %2 → %3.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Pause:</source>
        <translation>Keskeytys:</translation>
    </message>
    <message>
        <source>Cancel:</source>
        <translation>Peruutus:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Huomautus:</translation>
    </message>
    <message>
        <source>Nothing is credited: the subscription runs until %1 and is paused from then on.</source>
        <translation>Mitään ei hyvitetä: tilaus jatkuu %1 asti ja on keskeytettynä siitä alkaen.</translation>
    </message>
    <message>
        <source>Nothing is credited: the subscription runs until %1 and ends then.</source>
        <translation>Mitään ei hyvitetä: tilaus jatkuu %1 asti ja päättyy silloin.</translation>
    </message>
    <message>
        <source>Nothing is credited.</source>
        <translation>Mitään ei hyvitetä.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SubscriptionDetailPane</name>
    <message>
        <source>Select a subscription to see its history and documents.</source>
        <translation>Valitse tilaus nähdäksesi sen historian ja asiakirjat.</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Asiakas:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Paketti:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Hinta:</translation>
    </message>
    <message>
        <source>Add-ons:</source>
        <translation>Lisäosat:</translation>
    </message>
    <message>
        <source>Coupon:</source>
        <translation>Kuponki:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Alkanut:</translation>
    </message>
    <message>
        <source>Next billing:</source>
        <translation>Seuraava laskutus:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Päättyy:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Sopimuskausi:</translation>
    </message>
    <message>
        <source>Billed through:</source>
        <translation>Laskutettu asti:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Mitä muuttui</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Asiakirjat</translation>
    </message>
    <message>
        <source>Subscription %1 — %2</source>
        <translation>Tilaus %1 — %2</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Asiakirjat (%1)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, ends on %2</source>
        <translation>%1, päättyy %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) × %3</source>
        <translation>%1 (%2) × %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln trial day(s)</source>
        <translation>
            <numerusform>%Ln kokeilupäivä</numerusform>
            <numerusform>%Ln kokeilupäivää</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing more to bill</source>
        <translation>Ei enää laskutettavaa</translation>
    </message>
    <message>
        <source>Runs until cancelled</source>
        <translation>Voimassa, kunnes peruutetaan</translation>
    </message>
    <message>
        <source>Not billed by a run yet</source>
        <translation>Ei vielä laskutettu ajossa</translation>
    </message>
    <message>
        <source>prorated</source>
        <translation>suhteutettu</translation>
    </message>
    <message>
        <source>from the next period, not prorated</source>
        <translation>seuraavasta kaudesta alkaen, ei suhteutettu</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 asti</translation>
    </message>
    <message>
        <source>unused time credited</source>
        <translation>käyttämätön aika hyvitetty</translation>
    </message>
    <message>
        <source>no credit</source>
        <translation>ei hyvitystä</translation>
    </message>
    <message>
        <source>billing starts again</source>
        <translation>laskutus jatkuu</translation>
    </message>
    <message>
        <source>a new term starts</source>
        <translation>uusi sopimuskausi alkaa</translation>
    </message>
    <message>
        <source>the term ended</source>
        <translation>sopimuskausi päättyi</translation>
    </message>
    <message>
        <source>bought %1 × %2 once</source>
        <translation>ostettu %1 × %2 kerran</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Kirjattu %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SubscriptionTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancels on %1</source>
        <translation>Peruuntuu %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Paketti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Laskutus</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>Kaudelta</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>Seuraava laskutus</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Alkanut</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Kuponki</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SubscriptionsView</name>
    <message>
        <source>&amp;New subscription…</source>
        <translation>&amp;Uusi tilaus…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Uusi…</translation>
    </message>
    <message>
        <source>Subscribe a customer to a plan</source>
        <translation>Tee asiakkaalle paketin tilaus</translation>
    </message>
    <message>
        <source>C&amp;hange subscription…</source>
        <translation>&amp;Muuta tilausta…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Muuta…</translation>
    </message>
    <message>
        <source>Change the plan, quantity, add-ons, interval or coupon of the selected subscription</source>
        <translation>Muuta valitun tilauksen pakettia, määrää, lisäosia, laskutusväliä tai kuponkia</translation>
    </message>
    <message>
        <source>&amp;Pause subscription…</source>
        <translation>&amp;Keskeytä tilaus…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Keskeytä…</translation>
    </message>
    <message>
        <source>Stop billing the selected subscription for a while</source>
        <translation>Keskeytä valitun tilauksen laskutus joksikin aikaa</translation>
    </message>
    <message>
        <source>&amp;Resume subscription…</source>
        <translation>&amp;Jatka tilausta…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Jatka…</translation>
    </message>
    <message>
        <source>Start billing the selected paused subscription again</source>
        <translation>Aloita valitun keskeytetyn tilauksen laskutus uudelleen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel subscription…</source>
        <translation>&amp;Peruuta tilaus…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Peruuta…</translation>
    </message>
    <message>
        <source>End the selected subscription</source>
        <translation>Päätä valittu tilaus</translation>
    </message>
    <message>
        <source>Reac&amp;tivate subscription…</source>
        <translation>&amp;Aktivoi tilaus uudelleen…</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Aktivoi uudelleen…</translation>
    </message>
    <message>
        <source>Continue the selected cancelled or cancelling subscription</source>
        <translation>Jatka valittua peruutettua tai peruutettavana olevaa tilausta</translation>
    </message>
    <message>
        <source>Run &amp;billing…</source>
        <translation>Aja &amp;laskutus…</translation>
    </message>
    <message>
        <source>Run billing…</source>
        <translation>Aja laskutus…</translation>
    </message>
    <message>
        <source>Write the invoices and credit notes that are due</source>
        <translation>Kirjoita erääntyneet laskut ja hyvityslaskut</translation>
    </message>
    <message>
        <source>Search customer</source>
        <translation>Hae asiakasta</translation>
    </message>
    <message>
        <source>Shows the subscriptions of customers whose name contains every word typed</source>
        <translation>Näyttää niiden asiakkaiden tilaukset, joiden nimessä esiintyvät kaikki kirjoitetut sanat</translation>
    </message>
    <message>
        <source>Show subscriptions with this status only</source>
        <translation>Näytä vain tilaukset, joilla on tämä tila</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Show subscriptions to this plan only</source>
        <translation>Näytä vain tämän paketin tilaukset</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Kaikki paketit</translation>
    </message>
    <message>
        <source>%1 (%2, archived)</source>
        <translation>%1 (%2, arkistoitu)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln subscription(s)</source>
        <translation>
            <numerusform>Näytetään %1 / %Ln tilauksesta</numerusform>
            <numerusform>Näytetään %1 / %Ln tilauksesta</numerusform>
        </translation>
    </message>
    <message>
        <source>No subscriptions yet.
Subscribe a customer to a plan with New.</source>
        <translation>Ei vielä tilauksia.
Tee asiakkaalle paketin tilaus valitsemalla Uusi.</translation>
    </message>
    <message>
        <source>No subscriptions match the search and filters.</source>
        <translation>Yksikään tilaus ei vastaa hakua ja suodattimia.</translation>
    </message>
    <message>
        <source>Subscription %1 created.</source>
        <translation>Tilaus %1 luotu.</translation>
    </message>
    <message>
        <source>Subscription %1 changed.</source>
        <translation>Tilausta %1 muutettu.</translation>
    </message>
    <message>
        <source>Subscription %1 paused.</source>
        <translation>Tilaus %1 keskeytetty.</translation>
    </message>
    <message>
        <source>Subscription %1 cancelled.</source>
        <translation>Tilaus %1 peruutettu.</translation>
    </message>
    <message>
        <source>Subscription %1 resumed.</source>
        <translation>Tilausta %1 jatkettu.</translation>
    </message>
    <message>
        <source>Subscription %1 reactivated.</source>
        <translation>Tilaus %1 aktivoitu uudelleen.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SurveyAnswerDialog</name>
    <message>
        <source>Edit survey answer</source>
        <translation>Muokkaa kyselyvastausta</translation>
    </message>
    <message>
        <source>New survey answer</source>
        <translation>Uusi kyselyvastaus</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>NPS: how likely to recommend us (0–10)</source>
        <translation>NPS: kuinka todennäköisesti suosittelisi meitä (0–10)</translation>
    </message>
    <message>
        <source>CSAT: how satisfied (1–5)</source>
        <translation>CSAT: kuinka tyytyväinen (1–5)</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Kysely</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>What the customer wrote, in their words</source>
        <translation>Mitä asiakas kirjoitti, hänen omin sanoin</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>e.g. pricing, support</source>
        <translation>esim. hinnoittelu, tuki</translation>
    </message>
    <message>
        <source>Separate tags with commas. Tags group recurring themes; their counts show on the dashboard&apos;s Feedback tab.</source>
        <translation>Erota tunnisteet pilkuilla. Tunnisteet ryhmittelevät toistuvia teemoja; niiden määrät näkyvät yleiskatsauksen Palaute-välilehdellä.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>There are no customers to record an answer for.</source>
        <translation>Ei asiakkaita, joille vastauksen voisi kirjata.</translation>
    </message>
    <message>
        <source>Choose the customer who answered.</source>
        <translation>Valitse vastannut asiakas.</translation>
    </message>
    <message>
        <source>The answer was not stored.</source>
        <translation>Vastausta ei tallennettu.</translation>
    </message>
    <message>
        <source>Promoters answer 9–10, passives 7–8, detractors 0–6.</source>
        <translation>Suosittelijat vastaavat 9–10, passiiviset 7–8, arvostelijat 0–6.</translation>
    </message>
    <message>
        <source>Answers of 4 and 5 count as satisfied.</source>
        <translation>Vastaukset 4 ja 5 lasketaan tyytyväisiksi.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SurveyImportDialog</name>
    <message>
        <source>Import survey answers</source>
        <translation>Tuo kyselyvastaukset</translation>
    </message>
    <message>
        <source>A CSV file exported from your survey tool</source>
        <translation>Kyselytyökalusta viety CSV-tiedosto</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>NPS answers (0–10)</source>
        <translation>NPS-vastaukset (0–10)</translation>
    </message>
    <message>
        <source>CSAT answers (1–5)</source>
        <translation>CSAT-vastaukset (1–5)</translation>
    </message>
    <message>
        <source>Decide from the file</source>
        <translation>Päätä tiedoston perusteella</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Päivä ensin (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Kuukausi ensin (12/31/2026)</translation>
    </message>
    <message>
        <source>A date such as 04/03/2026 may be 4 March or 3 April. SubDesk reads it as the file&apos;s other dates show (one with a day above 12 decides) and refuses it when nothing tells; choose the order here if you know it.</source>
        <translation>Päivämäärä kuten 04/03/2026 voi olla 4. maaliskuuta tai 3. huhtikuuta. SubDesk lukee sen tiedoston muiden päivämäärien mukaisesti (päivämäärä, jonka päivä on yli 12, ratkaisee) ja hylkää sen, jos mikään ei ratkaise; valitse järjestys tässä, jos tiedät sen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Rows without a kind are</source>
        <translation>Rivit ilman tyyppiä ovat</translation>
    </message>
    <message>
        <source>Dates like 04/03/2026</source>
        <translation>Päivämäärät kuten 04/03/2026</translation>
    </message>
    <message>
        <source>Columns are found by their names, as Delighted, Typeform, SurveyMonkey or Hotjar export them: a date, the customer&apos;s e-mail or customer number, and the score; optionally a comment, channel, tags and kind (nps or csat).</source>
        <translation>Sarakkeet tunnistetaan niiden nimistä sellaisina kuin Delighted, Typeform, SurveyMonkey tai Hotjar ne vievät: päivämäärä, asiakkaan sähköpostiosoite tai asiakasnumero sekä pisteet; valinnaisesti kommentti, kanava, tunnisteet ja tyyppi (nps tai csat).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sarake</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rivit</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-tiedostot (*.csv *.txt);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation>%1 (ohitetaan)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Ongelmat (%1)</translation>
    </message>
    <message>
        <source>Choose a file to see its rows and whether they can be imported.</source>
        <translation>Valitse tiedosto nähdäksesi sen rivit ja sen, voidaanko ne tuoda.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing can be imported until the file is corrected. Every problem is listed with its line and column.</source>
        <translation>
            <numerusform>Löytyi %n ongelma: mitään ei voi tuoda ennen kuin tiedosto on korjattu. Jokainen ongelma luetellaan rivi- ja sarakenumeroineen.</numerusform>
            <numerusform>Löytyi %n ongelmaa: mitään ei voi tuoda ennen kuin tiedosto on korjattu. Jokainen ongelma luetellaan rivi- ja sarakenumeroineen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) ready to import.</source>
        <translation>
            <numerusform>%n vastaus valmiina tuotavaksi.</numerusform>
            <numerusform>%n vastausta valmiina tuotavaksi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates are read month first (MM/DD/YYYY).</source>
        <translation>Päivämäärät luetaan kuukausi ensin (MM/DD/YYYY).</translation>
    </message>
    <message>
        <source>Dates are read day first (DD/MM/YYYY).</source>
        <translation>Päivämäärät luetaan päivä ensin (DD/MM/YYYY).</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::TaxRateDialog</name>
    <message>
        <source>New tax rate</source>
        <translation>Uusi verokanta</translation>
    </message>
    <message>
        <source>Edit tax rate</source>
        <translation>Muokkaa verokantaa</translation>
    </message>
    <message>
        <source>e.g. Reduced rate (books)</source>
        <translation>esim. Alennettu verokanta (kirjat)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>esim. %1</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Verokanta</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>Leave &quot;Ends on&quot; unticked while the rate still applies. Rates already used on issued documents stay on those documents when you change them here.</source>
        <translation>Jätä &quot;Päättyy&quot; valitsematta, kun verokanta on vielä voimassa. Vahvistetuissa asiakirjoissa jo käytetyt verokannat säilyvät niissä, vaikka muutat niitä tässä.</translation>
    </message>
    <message>
        <source>Choose the country the rate applies in.</source>
        <translation>Valitse maa, jossa verokantaa sovelletaan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (e.g. FI, PL, IT).</source>
        <translation>&quot;%1&quot; ei ole ISO 3166 -maakoodi (esim. FI, PL, IT).</translation>
    </message>
    <message>
        <source>The name is required; documents and reports show it.</source>
        <translation>Nimi on pakollinen; asiakirjat ja raportit näyttävät sen.</translation>
    </message>
    <message>
        <source>Enter the rate as a percentage, e.g. %1.</source>
        <translation>Anna verokanta prosentteina, esim. %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage from 0 to 100 with at most two decimals (e.g. %2).</source>
        <translation>&quot;%1&quot; ei ole prosenttiluku väliltä 0–100 enintään kahdella desimaalilla (esim. %2).</translation>
    </message>
    <message>
        <source>The rate cannot end before it starts.</source>
        <translation>Verokanta ei voi päättyä ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::TaxRatesPage</name>
    <message>
        <source>Tax rates</source>
        <translation>Verokannat</translation>
    </message>
    <message>
        <source>VAT rates by country and class. An invoice line takes the rate of its class in the customer&apos;s country (or yours) that is valid on its date.</source>
        <translation>ALV-kannat maittain ja luokittain. Laskurivi saa luokkansa verokannan, joka on voimassa sen päivämääränä asiakkaan maassa (tai omassasi).</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Show expired</source>
        <translation>Näytä päättyneet</translation>
    </message>
    <message>
        <source>Also list rates that ended before today</source>
        <translation>Näytä myös ennen tätä päivää päättyneet verokannat</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Verokanta</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>The tax rates could not be read: %1</source>
        <translation>Verokantoja ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Kaikki maat</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (päättynyt)</translation>
    </message>
    <message>
        <source>%1 (upcoming)</source>
        <translation>%1 (tuleva)</translation>
    </message>
    <message>
        <source>Added the rate %1 %2 for %3.</source>
        <translation>Verokanta %1 %2 lisätty maalle %3.</translation>
    </message>
    <message>
        <source>Saved the rate %1.</source>
        <translation>Verokanta %1 tallennettu.</translation>
    </message>
    <message>
        <source>Remove tax rate</source>
        <translation>Poista verokanta</translation>
    </message>
    <message>
        <source>Remove the rate &quot;%1&quot; (%2) for %3?</source>
        <translation>Poistetaanko verokanta &quot;%1&quot; (%2) maalta %3?</translation>
    </message>
    <message>
        <source>Issued documents keep the rate they were issued with. Drafts and new invoices will no longer find it.</source>
        <translation>Vahvistetut asiakirjat säilyttävät verokannan, jolla ne vahvistettiin. Luonnokset ja uudet laskut eivät enää löydä sitä.</translation>
    </message>
    <message>
        <source>The rate %1 was not removed: %2</source>
        <translation>Verokantaa %1 ei poistettu: %2</translation>
    </message>
    <message>
        <source>Removed the rate %1.</source>
        <translation>Verokanta %1 poistettu.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::TierEditor</name>
    <message>
        <source>Add tier</source>
        <translation>Lisää porras</translation>
    </message>
    <message>
        <source>Adds a tier at the end; the tier before it then needs an upper bound</source>
        <translation>Lisää portaan loppuun; sitä edeltävälle portaalle on silloin annettava yläraja</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Porras</translation>
    </message>
    <message>
        <source>From unit</source>
        <translation>Yksiköstä</translation>
    </message>
    <message>
        <source>Up to unit</source>
        <translation>Yksikköön asti</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Yksikköhinta</translation>
    </message>
    <message>
        <source>Flat fee</source>
        <translation>Kiinteä maksu</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ei rajaa</translation>
    </message>
    <message>
        <source>The last unit of this tier; leave empty on the last tier</source>
        <translation>Tämän portaan viimeinen yksikkö; jätä tyhjäksi viimeisessä portaassa</translation>
    </message>
    <message>
        <source>Charged once when a quantity reaches this tier; empty for none</source>
        <translation>Veloitetaan kerran, kun määrä saavuttaa tämän portaan; tyhjä, jos ei maksua</translation>
    </message>
    <message>
        <source>Remove this tier</source>
        <translation>Poista tämä porras</translation>
    </message>
    <message>
        <source>Tier %1: &quot;%2&quot; is not a whole number of units.</source>
        <translation>Porras %1: &quot;%2&quot; ei ole kokonainen yksikkömäärä.</translation>
    </message>
    <message>
        <source>Tier %1 unit price</source>
        <translation>Portaan %1 yksikköhinta</translation>
    </message>
    <message>
        <source>Tier %1 flat fee</source>
        <translation>Portaan %1 kiinteä maksu</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::TimingSelector</name>
    <message>
        <source>Now (%1), prorated</source>
        <translation>Nyt (%1), suhteutettuna</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Päivänä</translation>
    </message>
    <message>
        <source>At the end of the current period (%1), not prorated</source>
        <translation>Nykyisen kauden lopussa (%1), ei suhteutettuna</translation>
    </message>
    <message>
        <source>At the end of the current period</source>
        <translation>Nykyisen kauden lopussa</translation>
    </message>
    <message>
        <source>The subscription has no billed period running today.</source>
        <translation>Tilauksella ei ole tänään käynnissä olevaa laskutettua kautta.</translation>
    </message>
    <message>
        <source>, prorated</source>
        <translation>, suhteutettuna</translation>
    </message>
</context>
</TS>
