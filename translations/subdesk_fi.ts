<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
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
    <name>Cli</name>
    <message>
        <source>Usage: subdesk-cli [--db PATH] [--lang CODE] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Käyttö: subdesk-cli [--db PATH] [--lang CODE] KOMENTO [ARGUMENTIT] [VALITSIMET]</translation>
    </message>
    <message>
        <source>Works with the customers of a SubDesk company file.</source>
        <translation>Käsittelee SubDesk-yritystiedoston asiakkaita.</translation>
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
        <source>Exit status: 0 success, 1 refused (invalid data, no such customer, a file SubDesk cannot open), 2 wrong usage.</source>
        <translation>Paluukoodi: 0 onnistui, 1 hylätty (virheelliset tiedot, asiakasta ei ole, tiedosto, jota SubDesk ei voi avata), 2 virheellinen käyttö.</translation>
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
        <source>Fills an empty company file with demo customers. They are realistic, stored in one transaction, and the same seed gives the same customers.</source>
        <translation>Täyttää tyhjän yritystiedoston esittelyasiakkailla. Ne ovat realistisia, ne tallennetaan yhdessä transaktiossa, ja sama siemenluku tuottaa samat asiakkaat.</translation>
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
        <source>The demo customers could not be added: %1</source>
        <translation>Esittelyasiakkaita ei voitu lisätä: %1</translation>
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
    <name>subdesk::ui::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Sulje ilmoitus</translation>
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
    <name>subdesk::ui::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
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
</context>
</TS>
