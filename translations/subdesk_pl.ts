<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AddOn</name>
    <message>
        <source>Recurring</source>
        <translation>Cykliczny</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Jednorazowy</translation>
    </message>
    <message>
        <source>add-on</source>
        <translation>dodatek</translation>
    </message>
    <message>
        <source>The add-on %1 needs a name.</source>
        <translation>Dodatek %1 musi mieć nazwę.</translation>
    </message>
</context>
<context>
    <name>AgingReport</name>
    <message>
        <source>Current</source>
        <translation>Bieżące</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 dni</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 dni</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 dni</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Powyżej 90 dni</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>Billing</name>
    <message>
        <source>A billing interval counts between %1 and %2 units, not %3.</source>
        <translation>Interwał rozliczeniowy musi obejmować od %1 do %2 jednostek, a nie %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a billing interval (expected e.g. &quot;1 month&quot;, &quot;3 months&quot;, &quot;2 weeks&quot; or &quot;1 year&quot;).</source>
        <translation>„%1” nie jest interwałem rozliczeniowym (oczekiwano np. „1 month”, „3 months”, „2 weeks” lub „1 year”).</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Dziennie</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Tygodniowo</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Miesięcznie</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Rocznie</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Co %n dzień</numerusform>
            <numerusform>Co %n dni</numerusform>
            <numerusform>Co %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Co %n tydzień</numerusform>
            <numerusform>Co %n tygodnie</numerusform>
            <numerusform>Co %n tygodni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Co %n miesiąc</numerusform>
            <numerusform>Co %n miesiące</numerusform>
            <numerusform>Co %n miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s)</source>
        <translation>
            <numerusform>Co %n rok</numerusform>
            <numerusform>Co %n lata</numerusform>
            <numerusform>Co %n lat</numerusform>
        </translation>
    </message>
    <message>
        <source>The billing period %1 is empty or not a valid period.</source>
        <translation>Okres rozliczeniowy %1 jest pusty lub nieprawidłowy.</translation>
    </message>
    <message>
        <source>%1 is not inside the billing period %2.</source>
        <translation>Data %1 nie mieści się w okresie rozliczeniowym %2.</translation>
    </message>
    <message>
        <source>The part %1 is not inside the billing period %2.</source>
        <translation>Część okresu %1 nie mieści się w okresie rozliczeniowym %2.</translation>
    </message>
    <message>
        <source>%1 %2 × %3/%4 days (%5 → %6) = %7</source>
        <extracomment>How a prorated line was computed: %1 plan or item, %2 price, %3 days charged, %4 days in the full period, %5 and %6 first and end date of the part (end excluded), %7 the result.</extracomment>
        <translation>%1 %2 × %3/%4 dni (%5 → %6) = %7</translation>
    </message>
    <message>
        <source>Cannot change from a price in %1 to a price in %2 within a period.</source>
        <translation>W trakcie okresu rozliczeniowego nie można zmienić ceny w %1 na cenę w %2.</translation>
    </message>
</context>
<context>
    <name>BillingEngine</name>
    <message>
        <source>its plan</source>
        <translation>jej planu</translation>
    </message>
    <message>
        <source>its plan&apos;s price</source>
        <translation>ceny jej planu</translation>
    </message>
    <message>
        <source>an add-on or its price</source>
        <translation>dodatku lub jego ceny</translation>
    </message>
    <message>
        <source>a one-time add-on or its price</source>
        <translation>dodatku jednorazowego lub jego ceny</translation>
    </message>
    <message>
        <source>a metered charge or its price</source>
        <translation>opłaty za użycie lub jej ceny</translation>
    </message>
</context>
<context>
    <name>BillingItem</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Dodatek</translation>
    </message>
    <message>
        <source>One-time charge</source>
        <translation>Opłata jednorazowa</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>Opłata aktywacyjna</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Użycie</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>Credit for unused time</source>
        <translation>Zwrot za niewykorzystany okres</translation>
    </message>
    <message>
        <source>Charge for remaining time</source>
        <translation>Opłata za pozostały okres</translation>
    </message>
    <message>
        <source>Credit on cancellation</source>
        <translation>Zwrot przy anulowaniu</translation>
    </message>
</context>
<context>
    <name>BillingRunner</name>
    <message>
        <source>The billing run was cancelled; nothing was written.</source>
        <translation>Przebieg rozliczeń został anulowany; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>The billing date is not valid.</source>
        <translation>Data rozliczenia jest nieprawidłowa.</translation>
    </message>
    <message>
        <source>Subscription %1: %2</source>
        <translation>Subskrypcja %1: %2</translation>
    </message>
    <message>
        <source>Billing can run as of today (%1) at the latest; preview a later date instead.</source>
        <translation>Rozliczenie można przeprowadzić najpóźniej na dzień dzisiejszy (%1); dla późniejszej daty użyj podglądu.</translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>The add-on does not exist.</source>
        <translation>Dodatek nie istnieje.</translation>
    </message>
    <message>
        <source>A recurring price needs a billing interval.</source>
        <translation>Cena cykliczna wymaga interwału rozliczeniowego.</translation>
    </message>
    <message>
        <source>One-time and metered prices have no billing interval: they follow the subscription&apos;s periods.</source>
        <translation>Ceny jednorazowe i ceny za użycie nie mają interwału rozliczeniowego: są naliczane zgodnie z okresami subskrypcji.</translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation>Produkt musi mieć nazwę.</translation>
    </message>
    <message>
        <source>The plan&apos;s product does not exist.</source>
        <translation>Produkt planu nie istnieje.</translation>
    </message>
    <message>
        <source>An allowed add-on does not exist.</source>
        <translation>Jeden z dozwolonych dodatków nie istnieje.</translation>
    </message>
    <message>
        <source>The plan does not exist.</source>
        <translation>Plan nie istnieje.</translation>
    </message>
    <message>
        <source>The metered charge does not exist.</source>
        <translation>Opłata za użycie nie istnieje.</translation>
    </message>
    <message>
        <source>The new price was not stored.</source>
        <translation>Nowa cena nie została zapisana.</translation>
    </message>
    <message>
        <source>The price does not exist.</source>
        <translation>Cena nie istnieje.</translation>
    </message>
    <message>
        <source>The new version needs the date it takes effect.</source>
        <translation>Nowa wersja wymaga daty wejścia w życie.</translation>
    </message>
    <message>
        <source>A new version must take effect after the current one (%1).</source>
        <translation>Nowa wersja musi wejść w życie później niż bieżąca (%1).</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>million %1</source>
        <translation>mln %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>tys. %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: subdesk-cli [--db PATH] [--lang CODE] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Użycie: subdesk-cli [--db PATH] [--lang CODE] POLECENIE [ARGUMENTY] [OPCJE]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Polecenia:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opcje globalne:</translation>
    </message>
    <message>
        <source>The company file (default: $SUBDESK_DB, else the standard one).</source>
        <translation>Plik firmy (domyślnie: $SUBDESK_DB, a jeśli nie ustawiono – plik standardowy).</translation>
    </message>
    <message>
        <source>Language of messages: en, pl, it, fi or fa.</source>
        <translation>Język komunikatów: en, pl, it, fi lub fa.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Wyświetl wersję.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Wyświetl tę pomoc.</translation>
    </message>
    <message>
        <source>Run &quot;subdesk-cli help COMMAND&quot; for the options of a command.</source>
        <translation>Uruchom „subdesk-cli help POLECENIE”, aby zobaczyć opcje polecenia.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Nieznane polecenie „%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command: %2.</source>
        <translation>„%1” wymaga polecenia: %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;; %1 has: %3.</source>
        <translation>Nieznane polecenie „%1 %2”; dostępne polecenia %1: %3.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;.</source>
        <translation>--lang musi mieć jedną z wartości %1, a nie „%2”.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nie podano polecenia.</translation>
    </message>
    <message>
        <source>--%1 can be given only once.</source>
        <translation>--%1 można podać tylko raz.</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Brak argumentu: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Nieoczekiwany argument „%1”.</translation>
    </message>
    <message>
        <source> [options]</source>
        <translation> [opcje]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Użycie: %1</translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation> (można powtarzać)</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opcje:</translation>
    </message>
    <message>
        <source>required</source>
        <translation>wymagane</translation>
    </message>
    <message>
        <source>ISO code such as FI, PL, IT; required</source>
        <translation>kod ISO, np. FI, PL, IT; wymagane</translation>
    </message>
    <message>
        <source>en, pl, it, fi or fa; default en</source>
        <translation>en, pl, it, fi lub fa; domyślnie en</translation>
    </message>
    <message>
        <source>ISO 4217 code; default EUR</source>
        <translation>kod ISO 4217; domyślnie EUR</translation>
    </message>
    <message>
        <source>default 14</source>
        <translation>domyślnie 14</translation>
    </message>
    <message>
        <source>e.g. 0216:003712345678</source>
        <translation>np. 0216:003712345678</translation>
    </message>
    <message>
        <source>Words that must all occur in the name, e-mail, VAT ID or city.</source>
        <translation>Słowa, z których każde musi wystąpić w nazwie, adresie e-mail, NIP UE lub miejscowości.</translation>
    </message>
    <message>
        <source>Only this segment.</source>
        <translation>Tylko ten segment.</translation>
    </message>
    <message>
        <source>Only customers with this tag.</source>
        <translation>Tylko klienci z tym tagiem.</translation>
    </message>
    <message>
        <source>Only this country.</source>
        <translation>Tylko ten kraj.</translation>
    </message>
    <message>
        <source>Which customers (default: active).</source>
        <translation>Których klientów pokazać (domyślnie: aktywnych).</translation>
    </message>
    <message>
        <source>--country: &quot;%1&quot; is not an ISO 3166 country code.</source>
        <translation>--country: „%1” nie jest kodem kraju ISO 3166.</translation>
    </message>
    <message>
        <source>--status must be active, archived or all, not &quot;%1&quot;.</source>
        <translation>--status musi mieć wartość active, archived lub all, a nie „%1”.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Wypisz JSON zamiast tekstu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer number.</source>
        <translation>„%1” nie jest numerem klienta.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>Opcja --%1 jest wymagana.</translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation>Nie znaleziono klientów.</translation>
    </message>
    <message>
        <source>--add-tag needs a tag.</source>
        <translation>--add-tag wymaga podania tagu.</translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to set, e.g. --email ADDRESS.</source>
        <translation>Brak zmian: podaj pola do ustawienia, np. --email ADDRESS.</translation>
    </message>
    <message>
        <source>Customer %1 updated.</source>
        <translation>Zaktualizowano klienta %1.</translation>
    </message>
    <message>
        <source>Customer %1 is already archived.</source>
        <translation>Klient %1 jest już zarchiwizowany.</translation>
    </message>
    <message>
        <source>Customer %1 is already active.</source>
        <translation>Klient %1 jest już aktywny.</translation>
    </message>
    <message>
        <source>Customer %1 (%2) archived.</source>
        <translation>Zarchiwizowano klienta %1 (%2).</translation>
    </message>
    <message>
        <source>Customer %1 (%2) restored.</source>
        <translation>Przywrócono klienta %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Add a tag, keeping the others.</source>
        <translation>Dodaj tag, zachowując pozostałe.</translation>
    </message>
    <message>
        <source>Remove a tag.</source>
        <translation>Usuń tag.</translation>
    </message>
    <message>
        <source>Remove every tag (before --tag and --add-tag).</source>
        <translation>Usuń wszystkie tagi (przed --tag i --add-tag).</translation>
    </message>
    <message>
        <source>Adds a customer and prints its number. --name and --country are required.</source>
        <translation>Dodaje klienta i wypisuje jego numer. Opcje --name i --country są wymagane.</translation>
    </message>
    <message>
        <source>Lists customers as a table or as JSON.</source>
        <translation>Wyświetla listę klientów jako tabelę lub w formacie JSON.</translation>
    </message>
    <message>
        <source>Shows every field of one customer.</source>
        <translation>Pokazuje wszystkie pola jednego klienta.</translation>
    </message>
    <message>
        <source>Changes the given fields of a customer; an empty value clears a field. Repeated --email, --street or --tag replace the whole list.</source>
        <translation>Zmienia podane pola klienta; pusta wartość czyści pole. Powtórzone opcje --email, --street lub --tag zastępują całą listę.</translation>
    </message>
    <message>
        <source>Archives a customer: hidden from lists, kept with its history.</source>
        <translation>Archiwizuje klienta: znika on z list, ale zostaje zachowany wraz z historią.</translation>
    </message>
    <message>
        <source>Makes an archived customer active again.</source>
        <translation>Przywraca zarchiwizowanego klienta do aktywnych.</translation>
    </message>
    <message>
        <source>Integrity problems in %1: %2.</source>
        <translation>Problemy z integralnością w %1: %2.</translation>
    </message>
    <message>
        <source>ok (schema version %1)</source>
        <translation>ok (wersja schematu %1)</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 już istnieje; dodaj --force, aby go zastąpić.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Utworzono kopię zapasową %1 w %2.</translation>
    </message>
    <message>
        <source>Checks the company file&apos;s integrity. Prints &quot;ok&quot; and the schema version, or the problems with exit status 1.</source>
        <translation>Sprawdza integralność pliku firmy. Wypisuje „ok” i wersję schematu albo wykryte problemy z kodem wyjścia 1.</translation>
    </message>
    <message>
        <source>Prints the path of the company file. It is --db if given, else $SUBDESK_DB, else the default.</source>
        <translation>Wypisuje ścieżkę pliku firmy: --db, jeśli podano, w przeciwnym razie $SUBDESK_DB, a jeśli i tej brak – ścieżkę domyślną.</translation>
    </message>
    <message>
        <source>Copies the company file to FILE. The copy is consistent even while SubDesk has the file open.</source>
        <translation>Kopiuje plik firmy do FILE. Kopia jest spójna, nawet gdy plik jest otwarty w SubDesk.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Zastąp FILE, jeśli istnieje.</translation>
    </message>
    <message>
        <source>--customers must be a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--customers musi być liczbą od 1 do %1, a nie „%2”.</translation>
    </message>
    <message>
        <source>--seed must be a number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>--seed musi być liczbą od 0 do 4294967295, a nie „%1”.</translation>
    </message>
    <message>
        <source>%1 already holds customers (%2); demo customers go only into an empty company file. Choose another file with --db, e.g. subdesk-cli --db demo.subdesk demo --customers %3</source>
        <translation>%1 zawiera już klientów (%2); klientów demonstracyjnych można dodać tylko do pustego pliku firmy. Wybierz inny plik za pomocą --db, np. subdesk-cli --db demo.subdesk demo --customers %3</translation>
    </message>
    <message>
        <source>Demo customers created in %1: %2.</source>
        <translation>Utworzono klientów demonstracyjnych w %1: %2.</translation>
    </message>
    <message>
        <source>How many customers (default 200).</source>
        <translation>Liczba klientów (domyślnie 200).</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>Ziarno generatora (domyślnie 1).</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; for the usage.</source>
        <translation>Uruchom „%1”, aby zobaczyć sposób użycia.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Ostrzeżenie: %1</translation>
    </message>
    <message>
        <source>--delimiter must be &quot;,&quot;, &quot;;&quot;, tab or auto, not &quot;%1&quot;.</source>
        <translation>--delimiter musi mieć wartość &quot;,&quot;, &quot;;&quot;, tab lub auto, a nie &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or windows-1252, not &quot;%1&quot;.</source>
        <translation>--encoding musi mieć wartość auto, utf-8 lub windows-1252, a nie „%1”.</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: write it as &quot;Column header=field_key&quot;.</source>
        <translation>--map „%1”: zapisz w postaci „Nagłówek kolumny=klucz_pola”.</translation>
    </message>
    <message>
        <source>--map: the file has no column &quot;%1&quot; (it has: %2).</source>
        <translation>--map: plik nie ma kolumny „%1” (dostępne kolumny: %2).</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not a field; fields are %2.</source>
        <translation>--map: „%1” nie jest polem; dostępne pola: %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Wiersz %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows have problems. Fix them, or use --valid-only to import the other rows.</source>
        <translation>Niczego nie zaimportowano: problemy występują w %1 z %2 wierszy. Popraw je lub użyj --valid-only, aby zaimportować pozostałe wiersze.</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows would be imported; nothing was written.</source>
        <translation>Tryb próbny: zaimportowanych zostałoby %1 z %2 wierszy; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Customers imported: %1.</source>
        <translation>Zaimportowano klientów: %1.</translation>
    </message>
    <message>
        <source>Rows skipped because of problems: %1 (listed above).</source>
        <translation>Wiersze pominięte z powodu problemów: %1 (wymienione powyżej).</translation>
    </message>
    <message>
        <source>Customers exported to %1: %2.</source>
        <translation>Wyeksportowano klientów do %1: %2.</translation>
    </message>
    <message>
        <source>Check the file and report what would happen; write nothing.</source>
        <translation>Sprawdź plik i pokaż, co by się stało; niczego nie zapisuj.</translation>
    </message>
    <message>
        <source>Import the valid rows even when others have problems.</source>
        <translation>Zaimportuj poprawne wiersze, nawet jeśli inne zawierają błędy.</translation>
    </message>
    <message>
        <source>Column separator (default: detected from the header line).</source>
        <translation>Separator kolumn (domyślnie: wykrywany na podstawie wiersza nagłówka).</translation>
    </message>
    <message>
        <source>Text encoding (default: auto).</source>
        <translation>Kodowanie tekstu (domyślnie: auto).</translation>
    </message>
    <message>
        <source>Read the column HEADER into the field FIELD (a key such as vat_id; empty or - ignores the column).</source>
        <translation>Wczytaj kolumnę HEADER do pola FIELD (klucz, np. vat_id; wartość pusta lub - pomija kolumnę).</translation>
    </message>
    <message>
        <source>Print a JSON report instead of text.</source>
        <translation>Wypisz raport JSON zamiast tekstu.</translation>
    </message>
    <message>
        <source>Imports customers from a CSV file (- reads standard input), all of them or none. Bad rows are listed as &quot;Line N: reason&quot; on stderr.</source>
        <translation>Importuje klientów z pliku CSV (- czyta ze standardowego wejścia): wszystkich albo żadnego. Błędne wiersze są wypisywane na stderr jako „Wiersz N: przyczyna”.</translation>
    </message>
    <message>
        <source>Writes customers as CSV to FILE or standard output. UTF-8, every field; FILE - or no FILE means standard output.</source>
        <translation>Zapisuje klientów w formacie CSV do FILE lub na standardowe wyjście. UTF-8, wszystkie pola; FILE - lub brak FILE oznacza standardowe wyjście.</translation>
    </message>
    <message>
        <source>Nothing to import: the file has no valid rows.</source>
        <translation>Nie ma czego importować: plik nie zawiera poprawnych wierszy.</translation>
    </message>
    <message>
        <source>The output could not be written.</source>
        <translation>Nie można zapisać wyniku.</translation>
    </message>
    <message>
        <source>Add-on %1</source>
        <translation>Dodatek %1</translation>
    </message>
    <message>
        <source>--interval does not apply to a one-time add-on: it is billed once.</source>
        <translation>--interval nie dotyczy dodatku jednorazowego: jest on rozliczany tylko raz.</translation>
    </message>
    <message>
        <source>No add-ons found.</source>
        <translation>Nie znaleziono dodatków.</translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation>Ceny:</translation>
    </message>
    <message>
        <source>An add-on with the code %1 already exists.</source>
        <translation>Dodatek o kodzie %1 już istnieje.</translation>
    </message>
    <message>
        <source>Add-on %1 added.</source>
        <translation>Dodano dodatek %1.</translation>
    </message>
    <message>
        <source>Nothing to change: give --name or --description.</source>
        <translation>Brak zmian: podaj --name lub --description.</translation>
    </message>
    <message>
        <source>Add-on %1 updated.</source>
        <translation>Zaktualizowano dodatek %1.</translation>
    </message>
    <message>
        <source>Add-on %1 archived.</source>
        <translation>Zarchiwizowano dodatek %1.</translation>
    </message>
    <message>
        <source>Add-on %1 restored.</source>
        <translation>Przywrócono dodatek %1.</translation>
    </message>
    <message>
        <source>Price added to add-on %1: %2, %3.</source>
        <translation>Dodano cenę do dodatku %1: %2, %3.</translation>
    </message>
    <message>
        <source>Metered charge %1 of plan %2</source>
        <translation>Opłata za użycie %1 planu %2</translation>
    </message>
    <message>
        <source>No metered charges found.</source>
        <translation>Nie znaleziono opłat za użycie.</translation>
    </message>
    <message>
        <source>Plan %1 already has a metered charge &quot;%2&quot;.</source>
        <translation>Plan %1 ma już opłatę za użycie „%2”.</translation>
    </message>
    <message>
        <source>Metered charge %1 added to plan %2.</source>
        <translation>Dodano opłatę za użycie %1 do planu %2.</translation>
    </message>
    <message>
        <source>Price added to %1: %2, %3.</source>
        <translation>Dodano cenę do %1: %2, %3.</translation>
    </message>
    <message>
        <source>The plan (required).</source>
        <translation>Plan (wymagane).</translation>
    </message>
    <message>
        <source>The metric code, e.g. api_calls (required).</source>
        <translation>Kod metryki, np. api_calls (wymagane).</translation>
    </message>
    <message>
        <source>The price&apos;s currency (needed when there are several).</source>
        <translation>Waluta ceny (wymagana, gdy cen jest kilka).</translation>
    </message>
    <message>
        <source>The price&apos;s interval (needed when there are several).</source>
        <translation>Interwał ceny (wymagany, gdy cen jest kilka).</translation>
    </message>
    <message>
        <source>The day the new version takes effect (required).</source>
        <translation>Dzień wejścia w życie nowej wersji (wymagane).</translation>
    </message>
    <message>
        <source>Upper-case letters, digits, - and _ (required).</source>
        <translation>Wielkie litery, cyfry, - i _ (wymagane).</translation>
    </message>
    <message>
        <source>The name (required).</source>
        <translation>Nazwa (wymagane).</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>Opis.</translation>
    </message>
    <message>
        <source>Billed every period or once (default recurring).</source>
        <translation>Rozliczany w każdym okresie lub jednorazowo (domyślnie recurring).</translation>
    </message>
    <message>
        <source>Lists add-ons with their current prices.</source>
        <translation>Wyświetla listę dodatków z ich bieżącymi cenami.</translation>
    </message>
    <message>
        <source>Shows an add-on with every price version.</source>
        <translation>Pokazuje dodatek ze wszystkimi wersjami cen.</translation>
    </message>
    <message>
        <source>Adds an add-on. --code and --name are required; price flags add its first price (recurring: with --interval; one-time: without).</source>
        <translation>Dodaje dodatek. Opcje --code i --name są wymagane; opcje ceny dodają jego pierwszą cenę (cykliczną: z --interval; jednorazową: bez).</translation>
    </message>
    <message>
        <source>Changes an add-on&apos;s name or description.</source>
        <translation>Zmienia nazwę lub opis dodatku.</translation>
    </message>
    <message>
        <source>Archives an add-on: not offered any more; subscriptions keep it.</source>
        <translation>Archiwizuje dodatek: nie jest już oferowany; subskrypcje go zachowują.</translation>
    </message>
    <message>
        <source>Makes an archived add-on available again.</source>
        <translation>Ponownie udostępnia zarchiwizowany dodatek.</translation>
    </message>
    <message>
        <source>Adds a price in another currency or interval to an add-on.</source>
        <translation>Dodaje do dodatku cenę w innej walucie lub z innym interwałem.</translation>
    </message>
    <message>
        <source>Adds a new version of an add-on&apos;s price from a date.</source>
        <translation>Dodaje nową wersję ceny dodatku obowiązującą od podanej daty.</translation>
    </message>
    <message>
        <source>What documents call it, e.g. &quot;API calls&quot; (required).</source>
        <translation>Nazwa na dokumentach, np. „Wywołania API” (wymagane).</translation>
    </message>
    <message>
        <source>How a period&apos;s readings become one quantity (default sum).</source>
        <translation>Sposób łączenia odczytów z okresu w jedną ilość (domyślnie sum).</translation>
    </message>
    <message>
        <source>Lists the metered charges of every plan, or of one.</source>
        <translation>Wyświetla opłaty za użycie wszystkich planów lub jednego planu.</translation>
    </message>
    <message>
        <source>Only this plan.</source>
        <translation>Tylko ten plan.</translation>
    </message>
    <message>
        <source>Adds a usage-based charge to a plan, billed in arrears; price flags add its first price.</source>
        <translation>Dodaje do planu opłatę zależną od użycia, rozliczaną z dołu; opcje ceny dodają jej pierwszą cenę.</translation>
    </message>
    <message>
        <source>Adds a price in another currency to a metered charge.</source>
        <translation>Dodaje do opłaty za użycie cenę w innej walucie.</translation>
    </message>
    <message>
        <source>Adds a new version of a metered charge&apos;s price from a date.</source>
        <translation>Dodaje nową wersję ceny opłaty za użycie obowiązującą od podanej daty.</translation>
    </message>
    <message>
        <source>--customer: &quot;%1&quot; is not a customer number.</source>
        <translation>--customer: „%1” nie jest numerem klienta.</translation>
    </message>
    <message>
        <source>--customer works only with --preview: a billing run bills every customer.</source>
        <translation>--customer działa tylko z --preview: przebieg rozliczeń obejmuje wszystkich klientów.</translation>
    </message>
    <message>
        <source>Bills everything due on or before a day that is not billed yet, one document per customer, in one transaction; running it again bills nothing twice.</source>
        <translation>Rozlicza wszystko, co jest należne w podanym dniu lub wcześniej i nie zostało jeszcze rozliczone – jeden dokument na klienta, w jednej transakcji; ponowne uruchomienie niczego nie rozliczy dwukrotnie.</translation>
    </message>
    <message>
        <source>Bill what is due on or before this day (default: today).</source>
        <translation>Rozlicz to, co jest należne w tym dniu lub wcześniej (domyślnie: dzisiaj).</translation>
    </message>
    <message>
        <source>Show the documents the run would write; write nothing.</source>
        <translation>Pokaż dokumenty, które utworzyłby przebieg rozliczeń; niczego nie zapisuj.</translation>
    </message>
    <message>
        <source>With --preview: only this customer.</source>
        <translation>Z --preview: tylko ten klient.</translation>
    </message>
    <message>
        <source>%1, %2, customer %3</source>
        <translation>%1, %2, klient %3</translation>
    </message>
    <message>
        <source>Total %1, credit applied %2, due %3</source>
        <translation>Razem %1, zaliczone saldo kredytowe %2, do zapłaty %3</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Derivation</source>
        <translation>Wyliczenie</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to bill as of %1 (%n subscription(s) checked).</source>
        <translation>
            <numerusform>Brak pozycji do rozliczenia na dzień %1 (sprawdzono %n subskrypcję).</numerusform>
            <numerusform>Brak pozycji do rozliczenia na dzień %1 (sprawdzono %n subskrypcje).</numerusform>
            <numerusform>Brak pozycji do rozliczenia na dzień %1 (sprawdzono %n subskrypcji).</numerusform>
        </translation>
    </message>
    <message>
        <source>Billing preview as of %1: nothing was written.</source>
        <translation>Podgląd rozliczenia na dzień %1: niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Billing run as of %1.</source>
        <translation>Przebieg rozliczeń na dzień %1.</translation>
    </message>
    <message>
        <source>Subscription %1: %2 on %3.</source>
        <translation>Subskrypcja %1: %2 w dniu %3.</translation>
    </message>
    <message>
        <source>Invoices: %1, credit notes: %2, lines: %3, subscriptions checked: %4.</source>
        <translation>Faktury: %1, noty kredytowe: %2, pozycje: %3, sprawdzone subskrypcje: %4.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>zarchiwizowany</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywny</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>od %1: %2</translation>
    </message>
    <message>
        <source>, setup fee %1</source>
        <translation>, opłata aktywacyjna %1</translation>
    </message>
    <message>
        <source>(no price)</source>
        <translation>(brak ceny)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Trial days</source>
        <translation>Dni okresu próbnego</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Okres umowy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Ceny</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funkcje</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Dodatki</translation>
    </message>
    <message>
        <source>Metered charges:</source>
        <translation>Opłaty za użycie:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metryka</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Agregacja</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>rabat %1</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n okres</numerusform>
            <numerusform>%n okresy</numerusform>
            <numerusform>%n okresów</numerusform>
        </translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas obowiązywania</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plany</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Wygasa</translation>
    </message>
    <message>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Redemption limit</source>
        <translation>Limit wykorzystań</translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation>Wykorzystania</translation>
    </message>
    <message>
        <source>Recurring discount</source>
        <translation>Rabat cykliczny</translation>
    </message>
    <message>
        <source>%1 × %2 (%3, price from %4)</source>
        <translation>%1 × %2 (%3, cena od %4)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Setup fee, once: %1</source>
        <translation>Opłata aktywacyjna, jednorazowo: %1</translation>
    </message>
    <message>
        <source>Which entries (default: active).</source>
        <translation>Które pozycje pokazać (domyślnie: aktywne).</translation>
    </message>
    <message>
        <source>The plan&apos;s name.</source>
        <translation>Nazwa planu.</translation>
    </message>
    <message>
        <source>The product it belongs to; created when no product has this name.</source>
        <translation>Produkt, do którego należy; tworzony, jeśli żaden produkt nie ma tej nazwy.</translation>
    </message>
    <message>
        <source>A feature line, e.g. &quot;5 users&quot;; repeated flags replace the list.</source>
        <translation>Wiersz opisu funkcji, np. „5 użytkowników”; powtórzone opcje zastępują listę.</translation>
    </message>
    <message>
        <source>Free trial days a new subscription gets (0 to %1, default 0).</source>
        <translation>Liczba dni bezpłatnego okresu próbnego dla nowej subskrypcji (od 0 do %1, domyślnie 0).</translation>
    </message>
    <message>
        <source>Billing periods of a fixed term (0, the default: runs until cancelled).</source>
        <translation>Liczba okresów rozliczeniowych umowy na czas określony (0, domyślnie: do czasu anulowania).</translation>
    </message>
    <message>
        <source>What happens when a fixed term ends (default renew).</source>
        <translation>Co się dzieje po zakończeniu okresu umowy (domyślnie renew).</translation>
    </message>
    <message>
        <source>An add-on subscriptions to the plan may have; repeated flags make the set.</source>
        <translation>Dodatek, który mogą mieć subskrypcje planu; powtórzone opcje tworzą zbiór.</translation>
    </message>
    <message>
        <source>Remove every feature line (before --feature).</source>
        <translation>Usuń wszystkie wiersze funkcji (przed --feature).</translation>
    </message>
    <message>
        <source>Allow no add-ons (before --addon).</source>
        <translation>Nie zezwalaj na żadne dodatki (przed --addon).</translation>
    </message>
    <message>
        <source>--product needs the product&apos;s name.</source>
        <translation>--product wymaga podania nazwy produktu.</translation>
    </message>
    <message>
        <source>What the clerk and the customer read, e.g. &quot;Spring sale&quot;.</source>
        <translation>Tekst widoczny dla pracownika i klienta, np. „Wiosenna promocja”.</translation>
    </message>
    <message>
        <source>A percentage off, e.g. 25 or 12.5.</source>
        <translation>Rabat procentowy, np. 25 lub 12.5.</translation>
    </message>
    <message>
        <source>A fixed amount off, e.g. 10.00 (with --currency).</source>
        <translation>Rabat kwotowy, np. 10.00 (z --currency).</translation>
    </message>
    <message>
        <source>Currency of --amount.</source>
        <translation>Waluta dla --amount.</translation>
    </message>
    <message>
        <source>How long it applies (default once; --periods implies repeating).</source>
        <translation>Jak długo obowiązuje (domyślnie once; --periods oznacza repeating).</translation>
    </message>
    <message>
        <source>repeating: how many billed periods.</source>
        <translation>repeating: przez ile rozliczonych okresów.</translation>
    </message>
    <message>
        <source>Limit it to a plan; repeated flags make the set (default: every plan).</source>
        <translation>Ogranicz do planu; powtórzone opcje tworzą zbiór (domyślnie: każdy plan).</translation>
    </message>
    <message>
        <source>How many redemptions in total; empty: no limit.</source>
        <translation>Łączna liczba wykorzystań; wartość pusta: bez limitu.</translation>
    </message>
    <message>
        <source>How many redemptions in total (default: no limit).</source>
        <translation>Łączna liczba wykorzystań (domyślnie: bez limitu).</translation>
    </message>
    <message>
        <source>Refused for redemptions on or after this day; empty: never.</source>
        <translation>Odrzucany przy wykorzystaniu w tym dniu lub później; wartość pusta: nigdy.</translation>
    </message>
    <message>
        <source>Refused for redemptions on or after this day.</source>
        <translation>Odrzucany przy wykorzystaniu w tym dniu lub później.</translation>
    </message>
    <message>
        <source>Let it apply to every plan (before --plan).</source>
        <translation>Zezwól na stosowanie do każdego planu (przed --plan).</translation>
    </message>
    <message>
        <source>Give either --percent or --amount, not both.</source>
        <translation>Podaj --percent albo --amount, nie obie opcje naraz.</translation>
    </message>
    <message>
        <source>--percent must be a percentage such as 25 or 12.5, not &quot;%1&quot;.</source>
        <translation>--percent musi być wartością procentową, np. 25 lub 12.5, a nie „%1”.</translation>
    </message>
    <message>
        <source>--amount needs --currency.</source>
        <translation>--amount wymaga --currency.</translation>
    </message>
    <message>
        <source>--currency needs --amount.</source>
        <translation>--currency wymaga --amount.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 refused (invalid data, no such customer, plan or subscription, a file SubDesk cannot open), 2 wrong usage.</source>
        <translation>Kod wyjścia: 0 – sukces, 1 – odmowa (nieprawidłowe dane, brak takiego klienta, planu lub subskrypcji, plik, którego SubDesk nie może otworzyć), 2 – nieprawidłowe użycie.</translation>
    </message>
    <message>
        <source>Show the events and documents it would write; write nothing.</source>
        <translation>Pokaż zdarzenia i dokumenty, które zostałyby zapisane; niczego nie zapisuj.</translation>
    </message>
    <message>
        <source>A note kept with the subscription&apos;s event.</source>
        <translation>Notatka zapisywana ze zdarzeniem subskrypcji.</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 musi być datą w formacie RRRR-MM-DD, a nie „%2”.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>--%1 musi być liczbą całkowitą nie mniejszą niż %2, a nie „%3”.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 musi być liczbą całkowitą od %2 do %3, a nie „%4”.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an ISO 4217 currency code such as EUR.</source>
        <translation>--%1: „%2” nie jest kodem waluty ISO 4217, takim jak EUR.</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>--%1 musi mieć jedną z wartości %2, a nie „%3”.</translation>
    </message>
    <message>
        <source>There is no plan &quot;%1&quot;.</source>
        <translation>Nie ma planu „%1”.</translation>
    </message>
    <message>
        <source>There is no add-on &quot;%1&quot;.</source>
        <translation>Nie ma dodatku „%1”.</translation>
    </message>
    <message>
        <source>There is no coupon &quot;%1&quot;.</source>
        <translation>Nie ma kuponu „%1”.</translation>
    </message>
    <message>
        <source>Plan %1 has no metered charge &quot;%2&quot;.</source>
        <translation>Plan %1 nie ma opłaty za użycie „%2”.</translation>
    </message>
    <message>
        <source>No coupons found.</source>
        <translation>Nie znaleziono kuponów.</translation>
    </message>
    <message>
        <source>Give --percent or --amount: what the coupon takes off.</source>
        <translation>Podaj --percent lub --amount: wysokość rabatu kuponu.</translation>
    </message>
    <message>
        <source>A coupon with the code %1 already exists.</source>
        <translation>Kupon o kodzie %1 już istnieje.</translation>
    </message>
    <message>
        <source>Coupon %1 added.</source>
        <translation>Dodano kupon %1.</translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to set, e.g. --expires DATE.</source>
        <translation>Brak zmian: podaj pola do ustawienia, np. --expires DATE.</translation>
    </message>
    <message>
        <source>Coupon %1 updated.</source>
        <translation>Zaktualizowano kupon %1.</translation>
    </message>
    <message>
        <source>Upper-case letters, digits, - and _, e.g. SPRING25 (required).</source>
        <translation>Wielkie litery, cyfry, - i _, np. SPRING25 (wymagane).</translation>
    </message>
    <message>
        <source>Lists coupons; --json adds how often each was redeemed.</source>
        <translation>Wyświetla listę kuponów; --json dodaje liczbę wykorzystań każdego z nich.</translation>
    </message>
    <message>
        <source>Shows a coupon and how often it was redeemed.</source>
        <translation>Pokazuje kupon i liczbę jego wykorzystań.</translation>
    </message>
    <message>
        <source>Adds a coupon. --code, --name and --percent or --amount with --currency are required.</source>
        <translation>Dodaje kupon. Wymagane są opcje --code, --name oraz --percent lub --amount z --currency.</translation>
    </message>
    <message>
        <source>Changes the given fields of a coupon. To retire a coupon, give it an expiry date (--expires) or a limit.</source>
        <translation>Zmienia podane pola kuponu. Aby wycofać kupon, nadaj mu datę ważności (--expires) lub limit.</translation>
    </message>
    <message>
        <source>%1 already has a catalog; the demo company goes only into an empty company file. Choose another file with --db, or add only customers with --customers-only.</source>
        <translation>%1 ma już katalog; firmę demonstracyjną można dodać tylko do pustego pliku firmy. Wybierz inny plik za pomocą --db lub dodaj tylko klientów za pomocą --customers-only.</translation>
    </message>
    <message>
        <source>Only the customers: no catalog, subscriptions or history.</source>
        <translation>Tylko klienci: bez katalogu, subskrypcji i historii.</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>No plans found.</source>
        <translation>Nie znaleziono planów.</translation>
    </message>
    <message>
        <source>A plan with the code %1 already exists.</source>
        <translation>Plan o kodzie %1 już istnieje.</translation>
    </message>
    <message>
        <source>Plan %1 added.</source>
        <translation>Dodano plan %1.</translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to set, e.g. --name TEXT.</source>
        <translation>Brak zmian: podaj pola do ustawienia, np. --name TEXT.</translation>
    </message>
    <message>
        <source>Plan %1 updated.</source>
        <translation>Zaktualizowano plan %1.</translation>
    </message>
    <message>
        <source>Plan %1 is already archived.</source>
        <translation>Plan %1 jest już zarchiwizowany.</translation>
    </message>
    <message>
        <source>Plan %1 is already active.</source>
        <translation>Plan %1 jest już aktywny.</translation>
    </message>
    <message>
        <source>Plan %1 archived: no new subscriptions; existing ones continue.</source>
        <translation>Zarchiwizowano plan %1: nowe subskrypcje nie są możliwe; istniejące trwają dalej.</translation>
    </message>
    <message>
        <source>Plan %1 restored.</source>
        <translation>Przywrócono plan %1.</translation>
    </message>
    <message>
        <source>Price added to plan %1: %2, %3.</source>
        <translation>Dodano cenę do planu %1: %2, %3.</translation>
    </message>
    <message>
        <source>--subscription: &quot;%1&quot; is not a subscription number.</source>
        <translation>--subscription: „%1” nie jest numerem subskrypcji.</translation>
    </message>
    <message>
        <source>Subscriptions moved to the price of plan %1 (%2) from %3, as of their first period from %4: %5.</source>
        <translation>Subskrypcje przeniesione na cenę planu %1 (%2) obowiązującą od %3, począwszy od ich pierwszego okresu od %4: %5.</translation>
    </message>
    <message>
        <source>The price of plan %1 (%2) starts on %3, after %4.</source>
        <translation>Cena planu %1 (%2) obowiązuje od %3, czyli po %4.</translation>
    </message>
    <message>
        <source>The price&apos;s currency (needed when the plan has several).</source>
        <translation>Waluta ceny (wymagana, gdy plan ma kilka cen).</translation>
    </message>
    <message>
        <source>The price&apos;s billing interval (needed when the plan has several).</source>
        <translation>Interwał rozliczeniowy ceny (wymagany, gdy plan ma kilka cen).</translation>
    </message>
    <message>
        <source>Upper-case letters, digits, - and _, e.g. PRO-M (required).</source>
        <translation>Wielkie litery, cyfry, - i _, np. PRO-M (wymagane).</translation>
    </message>
    <message>
        <source>Setup fee of the new version (default: as before).</source>
        <translation>Opłata aktywacyjna nowej wersji (domyślnie: jak dotychczas).</translation>
    </message>
    <message>
        <source>Move them from their first period starting on or after this day (required).</source>
        <translation>Przenieś je od ich pierwszego okresu rozpoczynającego się w tym dniu lub później (wymagane).</translation>
    </message>
    <message>
        <source>Only this subscription (default: every one on an older version).</source>
        <translation>Tylko ta subskrypcja (domyślnie: każda na starszej wersji).</translation>
    </message>
    <message>
        <source>Units for one period (required).</source>
        <translation>Liczba jednostek w jednym okresie (wymagane).</translation>
    </message>
    <message>
        <source>Use the price version in effect on this day (default: today).</source>
        <translation>Użyj wersji ceny obowiązującej w tym dniu (domyślnie: dzisiaj).</translation>
    </message>
    <message>
        <source>Lists plans with their current prices.</source>
        <translation>Wyświetla listę planów z ich bieżącymi cenami.</translation>
    </message>
    <message>
        <source>Only the plans of this product.</source>
        <translation>Tylko plany tego produktu.</translation>
    </message>
    <message>
        <source>Shows a plan with every price version and metered charge.</source>
        <translation>Pokazuje plan ze wszystkimi wersjami cen i opłatami za użycie.</translation>
    </message>
    <message>
        <source>Adds a plan. --code, --name and --product are required; price flags add its first price in the same step.</source>
        <translation>Dodaje plan. Opcje --code, --name i --product są wymagane; opcje ceny dodają w tym samym kroku jego pierwszą cenę.</translation>
    </message>
    <message>
        <source>Changes the given fields of a plan; prices change with price and version.</source>
        <translation>Zmienia podane pola planu; ceny zmienia się poleceniami price i version.</translation>
    </message>
    <message>
        <source>Archives a plan: no new subscriptions; existing ones continue.</source>
        <translation>Archiwizuje plan: nowe subskrypcje nie są możliwe; istniejące trwają dalej.</translation>
    </message>
    <message>
        <source>Makes an archived plan available again.</source>
        <translation>Ponownie udostępnia zarchiwizowany plan.</translation>
    </message>
    <message>
        <source>Adds a price in another currency or interval to a plan.</source>
        <translation>Dodaje do planu cenę w innej walucie lub z innym interwałem.</translation>
    </message>
    <message>
        <source>Adds a new version of a plan&apos;s price from a date; subscriptions keep their version until migrated.</source>
        <translation>Dodaje nową wersję ceny planu obowiązującą od podanej daty; subskrypcje zachowują swoją wersję do czasu migracji.</translation>
    </message>
    <message>
        <source>Moves subscriptions on older versions of a plan&apos;s price to the latest version.</source>
        <translation>Przenosi subskrypcje ze starszych wersji ceny planu na najnowszą wersję.</translation>
    </message>
    <message>
        <source>Prints a plan&apos;s price for a quantity with its breakdown.</source>
        <translation>Wypisuje cenę planu dla podanej ilości wraz z wyliczeniem.</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2 prices.</source>
        <translation>--%1 nie dotyczy cen typu %2.</translation>
    </message>
    <message>
        <source>How the price turns a quantity into an amount.</source>
        <translation>Sposób, w jaki cena przelicza ilość na kwotę.</translation>
    </message>
    <message>
        <source>flat: the amount; per_unit: the unit price; package: the price of a package (e.g. 20.00).</source>
        <translation>flat: kwota; per_unit: cena jednostkowa; package: cena pakietu (np. 20.00).</translation>
    </message>
    <message>
        <source>graduated and volume: a tier up to UPTO units (&quot;inf&quot; for the last) at UNIT each, plus an optional flat fee, e.g. --tier 10:5.00 --tier inf:4.00:10.00.</source>
        <translation>graduated i volume: próg do UPTO jednostek („inf” dla ostatniego) po UNIT za jednostkę, plus opcjonalna opłata stała, np. --tier 10:5.00 --tier inf:4.00:10.00.</translation>
    </message>
    <message>
        <source>package: units per package.</source>
        <translation>package: liczba jednostek w pakiecie.</translation>
    </message>
    <message>
        <source>package: units free of charge (default 0).</source>
        <translation>package: liczba bezpłatnych jednostek (domyślnie 0).</translation>
    </message>
    <message>
        <source>ISO 4217 currency of the price, e.g. EUR.</source>
        <translation>Waluta ceny wg ISO 4217, np. EUR.</translation>
    </message>
    <message>
        <source>Billing interval: &quot;1 month&quot;, &quot;3 months&quot;, &quot;1 year&quot;...</source>
        <translation>Interwał rozliczeniowy: „1 month”, „3 months”, „1 year”...</translation>
    </message>
    <message>
        <source>Charged once when a subscription starts (default 0).</source>
        <translation>Naliczana jednorazowo przy rozpoczęciu subskrypcji (domyślnie 0).</translation>
    </message>
    <message>
        <source>The day the price takes effect (required).</source>
        <translation>Dzień wejścia ceny w życie (wymagane).</translation>
    </message>
    <message>
        <source>The day the price takes effect (default: today).</source>
        <translation>Dzień wejścia ceny w życie (domyślnie: dzisiaj).</translation>
    </message>
    <message>
        <source>--tier &quot;%1&quot;: %2 Write it as UPTO:UNIT_PRICE[:FLAT_FEE], e.g. 10:5.00 or inf:4.00:10.00.</source>
        <translation>--tier „%1”: %2 Zapisz w postaci UPTO:UNIT_PRICE[:FLAT_FEE], np. 10:5.00 lub inf:4.00:10.00.</translation>
    </message>
    <message>
        <source>it needs two or three parts.</source>
        <translation>wymaga dwóch lub trzech części.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of units or inf.</source>
        <translation>„%1” nie jest liczbą jednostek ani wartością inf.</translation>
    </message>
    <message>
        <source>--model is required: one of %1.</source>
        <translation>--model jest wymagane: jedna z wartości %1.</translation>
    </message>
    <message>
        <source>%1 has no price yet.</source>
        <translation>%1 nie ma jeszcze ceny.</translation>
    </message>
    <message>
        <source>%1 has no price for %2 (it has: %3).</source>
        <translation>%1 nie ma ceny dla %2 (dostępne: %3).</translation>
    </message>
    <message>
        <source>%1 has several prices (%2): choose one with --currency%3.</source>
        <translation>%1 ma kilka cen (%2): wybierz jedną za pomocą --currency%3.</translation>
    </message>
    <message>
        <source>%1 (%2) costs from %3: %4.</source>
        <translation>%1 (%2) kosztuje od %3: %4.</translation>
    </message>
    <message>
        <source>one-time %1 × %2</source>
        <translation>jednorazowo %1 × %2</translation>
    </message>
    <message>
        <source>prorated</source>
        <translation>proporcjonalnie</translation>
    </message>
    <message>
        <source>not prorated</source>
        <translation>bez proporcji</translation>
    </message>
    <message>
        <source>, add-ons %1</source>
        <translation>, dodatki %1</translation>
    </message>
    <message>
        <source>, coupon %1</source>
        <translation>, kupon %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subskrypcja</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Price per period</source>
        <translation>Cena za okres</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Kupon</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęta</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>Następne rozliczenie</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Il.</translation>
    </message>
    <message>
        <source>Preview: nothing was written.</source>
        <translation>Podgląd: niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Zdarzenia:</translation>
    </message>
    <message>
        <source>No document would be written now.</source>
        <translation>Teraz nie zostałby zapisany żaden dokument.</translation>
    </message>
    <message>
        <source>No document was written now.</source>
        <translation>Tym razem nie zapisano żadnego dokumentu.</translation>
    </message>
    <message>
        <source>Documents it would write:</source>
        <translation>Dokumenty, które zostałyby zapisane:</translation>
    </message>
    <message>
        <source>Documents written:</source>
        <translation>Zapisane dokumenty:</translation>
    </message>
    <message>
        <source>Billed later:</source>
        <translation>Rozliczane później:</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>--addon &quot;%1&quot;: write the add-on&apos;s code and, optionally, a quantity of at least 1, e.g. EXTRA-STORAGE or EXTRA-STORAGE:3.</source>
        <translation>--addon „%1”: podaj kod dodatku i opcjonalnie ilość nie mniejszą niż 1, np. EXTRA-STORAGE lub EXTRA-STORAGE:3.</translation>
    </message>
    <message>
        <source>Today, prorated (the default).</source>
        <translation>Dzisiaj, proporcjonalnie (domyślnie).</translation>
    </message>
    <message>
        <source>On this day (today or later), prorated.</source>
        <translation>W tym dniu (dzisiaj lub później), proporcjonalnie.</translation>
    </message>
    <message>
        <source>At the end of the current period, not prorated.</source>
        <translation>Na koniec bieżącego okresu, bez proporcji.</translation>
    </message>
    <message>
        <source>Give only one of --now, --on and --at-period-end.</source>
        <translation>Podaj tylko jedną z opcji --now, --on i --at-period-end.</translation>
    </message>
    <message>
        <source>Plan %1 has no price yet; add one with &quot;subdesk-cli plans price %1&quot;.</source>
        <translation>Plan %1 nie ma jeszcze ceny; dodaj ją poleceniem „subdesk-cli plans price %1”.</translation>
    </message>
    <message>
        <source>Plan %1 is sold at several intervals (%2): choose one with --interval.</source>
        <translation>Plan %1 jest sprzedawany z kilkoma interwałami (%2): wybierz jeden za pomocą --interval.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subscription number.</source>
        <translation>„%1” nie jest numerem subskrypcji.</translation>
    </message>
    <message>
        <source>--customer: there is no customer %1.</source>
        <translation>--customer: nie ma klienta %1.</translation>
    </message>
    <message>
        <source>Give either --addon or --no-addons, not both.</source>
        <translation>Podaj --addon albo --no-addons, nie obie opcje naraz.</translation>
    </message>
    <message>
        <source>Nothing to change: give --plan, --quantity, --interval, --addon, --no-addons or --coupon.</source>
        <translation>Brak zmian: podaj --plan, --quantity, --interval, --addon, --no-addons lub --coupon.</translation>
    </message>
    <message>
        <source>Subscription %1 changed.</source>
        <translation>Zmieniono subskrypcję %1.</translation>
    </message>
    <message>
        <source>Subscription %1 cancelled.</source>
        <translation>Anulowano subskrypcję %1.</translation>
    </message>
    <message>
        <source>Subscription %1 paused.</source>
        <translation>Wstrzymano subskrypcję %1.</translation>
    </message>
    <message>
        <source>Subscription %1 reactivated.</source>
        <translation>Reaktywowano subskrypcję %1.</translation>
    </message>
    <message>
        <source>Subscription %1 resumed.</source>
        <translation>Wznowiono subskrypcję %1.</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Nie ma jeszcze dokumentów.</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Dokumenty:</translation>
    </message>
    <message>
        <source>No subscriptions found.</source>
        <translation>Nie znaleziono subskrypcji.</translation>
    </message>
    <message>
        <source>Do not credit the unused part of the period.</source>
        <translation>Nie zwracaj za niewykorzystaną część okresu.</translation>
    </message>
    <message>
        <source>The day billing starts again (default: today).</source>
        <translation>Dzień wznowienia rozliczeń (domyślnie: dzisiaj).</translation>
    </message>
    <message>
        <source>An add-on, with a quantity (default 1).</source>
        <translation>Dodatek z ilością (domyślnie 1).</translation>
    </message>
    <message>
        <source>Billing interval, e.g. &quot;1 month&quot; or &quot;1 year&quot;.</source>
        <translation>Interwał rozliczeniowy, np. „1 month” lub „1 year”.</translation>
    </message>
    <message>
        <source>The customer&apos;s number (required).</source>
        <translation>Numer klienta (wymagane).</translation>
    </message>
    <message>
        <source>Units or seats (default 1).</source>
        <translation>Liczba jednostek lub stanowisk (domyślnie 1).</translation>
    </message>
    <message>
        <source>The first day (default: today).</source>
        <translation>Pierwszy dzień (domyślnie: dzisiaj).</translation>
    </message>
    <message>
        <source>The day of the month periods start on; the first period is prorated up to it (default: the start day).</source>
        <translation>Dzień miesiąca, w którym zaczynają się okresy; pierwszy okres jest rozliczany proporcjonalnie do tego dnia (domyślnie: dzień rozpoczęcia).</translation>
    </message>
    <message>
        <source>Free trial days (default: the plan&apos;s).</source>
        <translation>Dni bezpłatnego okresu próbnego (domyślnie: według planu).</translation>
    </message>
    <message>
        <source>A coupon to redeem.</source>
        <translation>Kupon do wykorzystania.</translation>
    </message>
    <message>
        <source>The new plan.</source>
        <translation>Nowy plan.</translation>
    </message>
    <message>
        <source>The new quantity.</source>
        <translation>Nowa ilość.</translation>
    </message>
    <message>
        <source>The complete new set of add-ons (CODE or CODE:QTY).</source>
        <translation>Pełny nowy zestaw dodatków (CODE lub CODE:QTY).</translation>
    </message>
    <message>
        <source>Remove every add-on.</source>
        <translation>Usuń wszystkie dodatki.</translation>
    </message>
    <message>
        <source>A new coupon; an empty value removes the coupon.</source>
        <translation>Nowy kupon; wartość pusta usuwa kupon.</translation>
    </message>
    <message>
        <source>Change for N days only, then back by itself.</source>
        <translation>Zmiana tylko na N dni, po czym następuje automatyczny powrót.</translation>
    </message>
    <message>
        <source>Only subscriptions in this state.</source>
        <translation>Tylko subskrypcje w tym stanie.</translation>
    </message>
    <message>
        <source>Only this customer.</source>
        <translation>Tylko ten klient.</translation>
    </message>
    <message>
        <source>The state as of this day (default: today).</source>
        <translation>Stan na ten dzień (domyślnie: dzisiaj).</translation>
    </message>
    <message>
        <source>Subscribes a customer to a plan and prints the subscription&apos;s number. --customer and --plan are required.</source>
        <translation>Zapisuje klienta do planu i wypisuje numer subskrypcji. Opcje --customer i --plan są wymagane.</translation>
    </message>
    <message>
        <source>Changes plan, quantity, interval, add-ons or coupon; prorated unless --at-period-end.</source>
        <translation>Zmienia plan, ilość, interwał, dodatki lub kupon; proporcjonalnie, chyba że podano --at-period-end.</translation>
    </message>
    <message>
        <source>Pauses billing; the unused part is credited unless --no-credit.</source>
        <translation>Wstrzymuje rozliczanie; niewykorzystana część jest zwracana, chyba że podano --no-credit.</translation>
    </message>
    <message>
        <source>Resumes a paused subscription.</source>
        <translation>Wznawia wstrzymaną subskrypcję.</translation>
    </message>
    <message>
        <source>Cancels a subscription; immediately with credit for the unused part, or at the period end.</source>
        <translation>Anuluje subskrypcję: od razu, ze zwrotem za niewykorzystaną część, lub na koniec okresu.</translation>
    </message>
    <message>
        <source>Continues a cancelled or expired subscription.</source>
        <translation>Kontynuuje anulowaną lub wygasłą subskrypcję.</translation>
    </message>
    <message>
        <source>Shows a subscription, its events and its documents with every line.</source>
        <translation>Pokazuje subskrypcję, jej zdarzenia i dokumenty ze wszystkimi pozycjami.</translation>
    </message>
    <message>
        <source>Lists subscriptions as a table or as JSON.</source>
        <translation>Wyświetla listę subskrypcji jako tabelę lub w formacie JSON.</translation>
    </message>
    <message>
        <source>--metric needs a metric code, e.g. api_calls.</source>
        <translation>--metric wymaga kodu metryki, np. api_calls.</translation>
    </message>
    <message>
        <source>--subscription: there is no subscription %1.</source>
        <translation>--subscription: nie ma subskrypcji %1.</translation>
    </message>
    <message>
        <source>Usage records imported: %1.</source>
        <translation>Zaimportowano rekordy użycia: %1.</translation>
    </message>
    <message>
        <source>Records one reading of a metric and prints its number.</source>
        <translation>Zapisuje jeden odczyt metryki i wypisuje jego numer.</translation>
    </message>
    <message>
        <source>The subscription (required).</source>
        <translation>Subskrypcja (wymagane).</translation>
    </message>
    <message>
        <source>The metric code of one of its metered charges (required).</source>
        <translation>Kod metryki jednej z jej opłat za użycie (wymagane).</translation>
    </message>
    <message>
        <source>A whole number of 0 or more (required).</source>
        <translation>Liczba całkowita nie mniejsza niż 0 (wymagane).</translation>
    </message>
    <message>
        <source>The day of the reading (default: today).</source>
        <translation>Dzień odczytu (domyślnie: dzisiaj).</translation>
    </message>
    <message>
        <source>Imports readings from a CSV file with the columns subscription, metric, quantity and date, all of them or none. Bad rows are listed as &quot;Line N: reason&quot; on stderr.</source>
        <translation>Importuje odczyty z pliku CSV z kolumnami subscription, metric, quantity i date: wszystkie albo żaden. Błędne wiersze są wypisywane na stderr jako „Wiersz N: przyczyna”.</translation>
    </message>
    <message>
        <source>SUBDESK_TODAY must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>SUBDESK_TODAY musi być datą w formacie RRRR-MM-DD, a nie „%1”.</translation>
    </message>
    <message>
        <source>--issue works only for a real run, not with --preview.</source>
        <translation>--issue działa tylko przy rzeczywistym przebiegu, nie z --preview.</translation>
    </message>
    <message>
        <source>The run was written, but its documents were not issued: %1</source>
        <translation>Przebieg został zapisany, ale jego dokumenty nie zostały wystawione: %1</translation>
    </message>
    <message>
        <source>Issue the run&apos;s documents at once (numbered, taxed, final).</source>
        <translation>Od razu wystaw dokumenty przebiegu (numerowane, z podatkiem, ostateczne).</translation>
    </message>
    <message>
        <source>(no company name)</source>
        <translation>(brak nazwy firmy)</translation>
    </message>
    <message>
        <source>VAT ID: %1</source>
        <translation>NIP UE: %1</translation>
    </message>
    <message numerus="yes">
        <source>Payment terms: %n day(s)</source>
        <translation>
            <numerusform>Termin płatności: %n dzień</numerusform>
            <numerusform>Termin płatności: %n dni</numerusform>
            <numerusform>Termin płatności: %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete: documents cannot be issued until the name and the country are set (&quot;company set&quot;).</source>
        <translation>Niekompletne: nie można wystawiać dokumentów, dopóki nie zostaną ustawione nazwa i kraj („company set”).</translation>
    </message>
    <message>
        <source>Bank accounts:</source>
        <translation>Rachunki bankowe:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
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
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Domyślny</translation>
    </message>
    <message>
        <source>Numbering series:</source>
        <translation>Serie numeracji:</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Wzorzec</translation>
    </message>
    <message>
        <source>--vat-exempt must be yes or no, not &quot;%1&quot;.</source>
        <translation>--vat-exempt musi mieć wartość yes lub no, a nie „%1”.</translation>
    </message>
    <message>
        <source>--logo: &quot;%1&quot; cannot be read: %2</source>
        <translation>--logo: nie można odczytać „%1”: %2</translation>
    </message>
    <message>
        <source>Nothing to change: give --name, --country or another field.</source>
        <translation>Nic do zmiany: podaj --name, --country lub inne pole.</translation>
    </message>
    <message>
        <source>Company profile saved.</source>
        <translation>Zapisano profil firmy.</translation>
    </message>
    <message>
        <source>Shows the company profile printed on every document, the bank accounts and the numbering series.</source>
        <translation>Pokazuje profil firmy drukowany na każdym dokumencie, rachunki bankowe i serie numeracji.</translation>
    </message>
    <message>
        <source>Changes fields of the company profile (the seller on documents); fields not given stay as they are.</source>
        <translation>Zmienia pola profilu firmy (sprzedawcy na dokumentach); niepodane pola pozostają bez zmian.</translation>
    </message>
    <message>
        <source>The legal name.</source>
        <translation>Pełna nazwa prawna.</translation>
    </message>
    <message>
        <source>A street line (replaces all of them).</source>
        <translation>Wiersz adresu (zastępuje wszystkie).</translation>
    </message>
    <message>
        <source>The postal code.</source>
        <translation>Kod pocztowy.</translation>
    </message>
    <message>
        <source>The city.</source>
        <translation>Miejscowość.</translation>
    </message>
    <message>
        <source>The region or province.</source>
        <translation>Region lub województwo.</translation>
    </message>
    <message>
        <source>ISO 3166 country code, such as FI.</source>
        <translation>Kod kraju ISO 3166, np. FI.</translation>
    </message>
    <message>
        <source>The VAT ID, such as FI12345671.</source>
        <translation>NIP UE, np. FI12345671.</translation>
    </message>
    <message>
        <source>The company register number.</source>
        <translation>Numer w rejestrze przedsiębiorców.</translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation>Adres e-mail.</translation>
    </message>
    <message>
        <source>The phone number.</source>
        <translation>Numer telefonu.</translation>
    </message>
    <message>
        <source>The website.</source>
        <translation>Strona internetowa.</translation>
    </message>
    <message>
        <source>The Peppol participant id, such as 0088:5790000435968.</source>
        <translation>Identyfikator uczestnika Peppol, np. 0088:5790000435968.</translation>
    </message>
    <message>
        <source>Days to pay for customers without their own terms (0–365).</source>
        <translation>Termin płatności w dniach dla klientów bez własnych warunków (0–365).</translation>
    </message>
    <message>
        <source>Small-business VAT exemption: no VAT on any document.</source>
        <translation>Zwolnienie z VAT dla małych firm: brak VAT na wszystkich dokumentach.</translation>
    </message>
    <message>
        <source>The exemption&apos;s legal text.</source>
        <translation>Podstawa prawna zwolnienia.</translation>
    </message>
    <message>
        <source>Free text at the foot of documents.</source>
        <translation>Dowolny tekst w stopce dokumentów.</translation>
    </message>
    <message>
        <source>A PNG or JPEG logo; empty removes it.</source>
        <translation>Logo PNG lub JPEG; pusta wartość je usuwa.</translation>
    </message>
    <message>
        <source>Adds a bank account printed on documents for payment by transfer; prints its id.</source>
        <translation>Dodaje rachunek bankowy drukowany na dokumentach do zapłaty przelewem; wyświetla jego identyfikator.</translation>
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
        <translation>Nazwa banku.</translation>
    </message>
    <message>
        <source>Your name for the account.</source>
        <translation>Twoja nazwa rachunku.</translation>
    </message>
    <message>
        <source>The currency it is for (default: any).</source>
        <translation>Waluta rachunku (domyślnie: dowolna).</translation>
    </message>
    <message>
        <source>Print it on documents in its currency.</source>
        <translation>Drukuj go na dokumentach w jego walucie.</translation>
    </message>
    <message>
        <source>%1 is not issued; issue it first (&quot;invoices issue %2&quot;).</source>
        <translation>Dokument %1 nie został wystawiony; najpierw go wystaw („invoices issue %2”).</translation>
    </message>
    <message>
        <source>--dir: the folder &quot;%1&quot; cannot be created.</source>
        <translation>--dir: nie można utworzyć folderu „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>Zapisano %n plik w %1.</numerusform>
            <numerusform>Zapisano %n pliki w %1.</numerusform>
            <numerusform>Zapisano %n plików w %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a document or --dir, not both.</source>
        <translation>Podaj dokument albo --dir, nie oba naraz.</translation>
    </message>
    <message>
        <source>Give a document&apos;s number or id, or --dir with --from and --to.</source>
        <translation>Podaj numer lub identyfikator dokumentu albo --dir z --from i --to.</translation>
    </message>
    <message>
        <source>--%1 works only with --dir.</source>
        <translation>--%1 działa tylko z --dir.</translation>
    </message>
    <message>
        <source>--output works only for one document, not with --dir.</source>
        <translation>--output działa tylko dla jednego dokumentu, nie z --dir.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from nie może być późniejsze niż --to.</translation>
    </message>
    <message>
        <source>Write every document issued from --from to --to into this folder.</source>
        <translation>Zapisz do tego folderu wszystkie dokumenty wystawione od --from do --to.</translation>
    </message>
    <message>
        <source>With --dir: issued on or after this day.</source>
        <translation>Z --dir: wystawione w tym dniu lub później.</translation>
    </message>
    <message>
        <source>With --dir: issued on or before this day.</source>
        <translation>Z --dir: wystawione w tym dniu lub wcześniej.</translation>
    </message>
    <message>
        <source>With --dir: only this customer&apos;s documents.</source>
        <translation>Z --dir: tylko dokumenty tego klienta.</translation>
    </message>
    <message>
        <source>Writes an issued invoice or credit note as a PDF in the customer&apos;s language, or every document of a date range into a folder.</source>
        <translation>Zapisuje wystawioną fakturę lub notę kredytową jako PDF w języku klienta albo wszystkie dokumenty z zakresu dat do folderu.</translation>
    </message>
    <message>
        <source>The PDF file, or - for stdout (default: NUMBER.pdf).</source>
        <translation>Plik PDF lub - dla standardowego wyjścia (domyślnie: NUMER.pdf).</translation>
    </message>
    <message>
        <source>Writes an issued invoice or credit note as an EN 16931 UBL e-invoice for Peppol (BIS Billing 3), or every document of a date range into a folder.</source>
        <translation>Zapisuje wystawioną fakturę lub notę kredytową jako e-fakturę UBL EN 16931 dla Peppol (BIS Billing 3) albo wszystkie dokumenty z zakresu dat do folderu.</translation>
    </message>
    <message>
        <source>The XML file, or - for stdout (default: NUMBER.xml).</source>
        <translation>Plik XML lub - dla standardowego wyjścia (domyślnie: NUMER.xml).</translation>
    </message>
    <message>
        <source>Line ID</source>
        <translation>ID pozycji</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jednostkowa</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Podatek</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Stawka</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Podstawa opodatkowania</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Zwolnienie</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>wersja robocza %1</translation>
    </message>
    <message>
        <source>%1 %2 (document %3), %4</source>
        <translation>%1 %2 (dokument %3), %4</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Klient: %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Wystawiono %1</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, termin płatności %1</translation>
    </message>
    <message>
        <source>, supply %1</source>
        <translation>, dostawa %1</translation>
    </message>
    <message>
        <source>Net %1, tax %2, total %3 (%4)</source>
        <translation>Netto %1, podatek %2, brutto %3 (%4)</translation>
    </message>
    <message>
        <source>prices include tax</source>
        <translation>ceny zawierają podatek</translation>
    </message>
    <message>
        <source>prices exclude tax</source>
        <translation>ceny nie zawierają podatku</translation>
    </message>
    <message>
        <source>Dated %1, total %2 before tax; not issued</source>
        <translation>Z dnia %1, razem netto %2; niewystawiona</translation>
    </message>
    <message>
        <source>Paid %1, credited %2, credit applied %3, balance %4</source>
        <translation>Zapłacono %1, skorygowano %2, zaliczone saldo kredytowe %3, saldo %4</translation>
    </message>
    <message>
        <source>Corrects %1 of %2</source>
        <translation>Koryguje %1 z dnia %2</translation>
    </message>
    <message>
        <source>Payment reference: %1</source>
        <translation>Tytuł płatności: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Uwaga: %1</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Pozycje:</translation>
    </message>
    <message>
        <source>Taxes:</source>
        <translation>Podatki:</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>Płatności:</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencja</translation>
    </message>
    <message>
        <source>Credit notes:</source>
        <translation>Noty kredytowe:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Would issue %1 (document %2): %3 %4, due %5.</source>
        <translation>Zostałby wystawiony dokument %1 (dokument %2): %3 %4, termin płatności %5.</translation>
    </message>
    <message>
        <source>Issued %1 (document %2): %3 %4, due %5.</source>
        <translation>Wystawiono %1 (dokument %2): %3 %4, termin płatności %5.</translation>
    </message>
    <message>
        <source>No documents found.</source>
        <translation>Nie znaleziono dokumentów.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s), total %2, balance %3.</source>
        <translation>
            <numerusform>%1: %n dokument, razem %2, saldo %3.</numerusform>
            <numerusform>%1: %n dokumenty, razem %2, saldo %3.</numerusform>
            <numerusform>%1: %n dokumentów, razem %2, saldo %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no invoice or credit note &quot;%1&quot;.</source>
        <translation>Nie ma faktury ani noty kredytowej „%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency.</source>
        <translation>„%1” nie jest walutą.</translation>
    </message>
    <message>
        <source>--status must be one or more of %1, not &quot;%2&quot;.</source>
        <translation>--status musi być jedną lub kilkoma wartościami spośród %1, a nie „%2”.</translation>
    </message>
    <message>
        <source>--series: &quot;%1&quot; is not a series number.</source>
        <translation>--series: „%1” nie jest numerem serii.</translation>
    </message>
    <message>
        <source>Give draft ids or --all-drafts, not both.</source>
        <translation>Podaj identyfikatory wersji roboczych albo --all-drafts, nie oba naraz.</translation>
    </message>
    <message>
        <source>Give the ids of the drafts to issue, or --all-drafts.</source>
        <translation>Podaj identyfikatory wersji roboczych do wystawienia albo --all-drafts.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a draft id.</source>
        <translation>„%1” nie jest identyfikatorem wersji roboczej.</translation>
    </message>
    <message>
        <source>No drafts to issue.</source>
        <translation>Brak wersji roboczych do wystawienia.</translation>
    </message>
    <message>
        <source>--line &quot;%1&quot;: %2</source>
        <translation>--line „%1”: %2</translation>
    </message>
    <message>
        <source>write &quot;description;quantity;unit price[;tax class]&quot;.</source>
        <translation>zapisz jako „opis;ilość;cena jednostkowa[;klasa podatkowa]”.</translation>
    </message>
    <message>
        <source>the description is empty.</source>
        <translation>opis jest pusty.</translation>
    </message>
    <message>
        <source>the quantity must be a whole number of at least 1.</source>
        <translation>ilość musi być liczbą całkowitą nie mniejszą niż 1.</translation>
    </message>
    <message>
        <source>the unit price must be written like 12.50.</source>
        <translation>cenę jednostkową należy zapisać w postaci 12.50.</translation>
    </message>
    <message>
        <source>the tax class must be one of %1.</source>
        <translation>klasa podatkowa musi być jedną z: %1.</translation>
    </message>
    <message>
        <source>Give --amount or --line, not both.</source>
        <translation>Podaj --amount albo --line, nie oba naraz.</translation>
    </message>
    <message>
        <source>--amount must be a positive amount such as 12.50, not &quot;%1&quot;.</source>
        <translation>--amount musi być kwotą dodatnią, np. 12.50, a nie „%1”.</translation>
    </message>
    <message>
        <source>--line must be LINEID=AMOUNT such as 14=5.00, not &quot;%1&quot;.</source>
        <translation>--line musi mieć postać LINEID=AMOUNT, np. 14=5.00, a nie „%1”.</translation>
    </message>
    <message>
        <source>Would issue credit note %1: %2 for %3.</source>
        <translation>Zostałaby wystawiona nota kredytowa %1: %2 na kwotę %3.</translation>
    </message>
    <message>
        <source>Issued credit note %1 (document %2): %3 for %4.</source>
        <translation>Wystawiono notę kredytową %1 (dokument %2): %3 na kwotę %4.</translation>
    </message>
    <message>
        <source>%1 is written off as uncollectible (balance %2).</source>
        <translation>Dokument %1 spisano jako nieściągalny (saldo %2).</translation>
    </message>
    <message>
        <source>Lists invoices and credit notes with status and balance, then the totals per currency.</source>
        <translation>Wyświetla listę faktur i not kredytowych ze statusem i saldem, a następnie sumy dla każdej waluty.</translation>
    </message>
    <message>
        <source>Only these statuses: draft, issued, open, overdue, partially_paid, paid, credited, uncollectible.</source>
        <translation>Tylko te statusy: draft, issued, open, overdue, partially_paid, paid, credited, uncollectible.</translation>
    </message>
    <message>
        <source>Only overdue invoices.</source>
        <translation>Tylko przeterminowane faktury.</translation>
    </message>
    <message>
        <source>Only this numbering series.</source>
        <translation>Tylko ta seria numeracji.</translation>
    </message>
    <message>
        <source>Only invoices or only credit notes.</source>
        <translation>Tylko faktury albo tylko noty kredytowe.</translation>
    </message>
    <message>
        <source>Only this currency.</source>
        <translation>Tylko ta waluta.</translation>
    </message>
    <message>
        <source>Dated on or after this day.</source>
        <translation>Z datą w tym dniu lub później.</translation>
    </message>
    <message>
        <source>Dated on or before this day.</source>
        <translation>Z datą w tym dniu lub wcześniej.</translation>
    </message>
    <message>
        <source>Shows a document: lines with derivations and tax, tax groups, payments and credit notes.</source>
        <translation>Pokazuje dokument: pozycje z wyliczeniami i podatkiem, grupy podatkowe, płatności i noty kredytowe.</translation>
    </message>
    <message>
        <source>Issues drafts: each gets the next number of its series, its tax and both parties, in one transaction.</source>
        <translation>Wystawia wersje robocze: każda otrzymuje kolejny numer ze swojej serii, podatek i dane obu stron, w jednej transakcji.</translation>
    </message>
    <message>
        <source>Every draft dated on or before the issue date.</source>
        <translation>Wszystkie wersje robocze z datą w dniu wystawienia lub wcześniejszą.</translation>
    </message>
    <message>
        <source>The issue date (default: today).</source>
        <translation>Data wystawienia (domyślnie: dzisiaj).</translation>
    </message>
    <message>
        <source>Show each document as issuing would make it; write nothing.</source>
        <translation>Pokaż każdy dokument tak, jak wyglądałby po wystawieniu; niczego nie zapisuj.</translation>
    </message>
    <message>
        <source>Creates a manual invoice or one-off charge as a draft (or issues it at once) and prints its id (its number with --issue).</source>
        <translation>Tworzy ręczną fakturę lub jednorazową opłatę jako wersję roboczą (lub od razu ją wystawia) i wyświetla jej identyfikator (z --issue jej numer).</translation>
    </message>
    <message>
        <source>The customer.</source>
        <translation>Klient.</translation>
    </message>
    <message>
        <source>The currency (default: the customer&apos;s).</source>
        <translation>Waluta (domyślnie: waluta klienta).</translation>
    </message>
    <message>
        <source>The invoice&apos;s date (default: today).</source>
        <translation>Data faktury (domyślnie: dzisiaj).</translation>
    </message>
    <message>
        <source>A line: description, quantity, unit price and tax class (standard, reduced, reduced2, super_reduced, zero; default standard).</source>
        <translation>Pozycja: opis, ilość, cena jednostkowa i klasa podatkowa (standard, reduced, reduced2, super_reduced, zero; domyślnie standard).</translation>
    </message>
    <message>
        <source>A note printed on it.</source>
        <translation>Uwaga drukowana na dokumencie.</translation>
    </message>
    <message>
        <source>Issue it at once.</source>
        <translation>Wystaw od razu.</translation>
    </message>
    <message>
        <source>Issues a credit note against an invoice: the whole of what is not credited yet, an amount, or chosen lines; never more than the invoice.</source>
        <translation>Wystawia notę kredytową do faktury: na całą jeszcze nieskorygowaną kwotę, na podaną kwotę lub na wybrane pozycje; nigdy ponad wartość faktury.</translation>
    </message>
    <message>
        <source>A gross amount, spread over the lines in proportion.</source>
        <translation>Kwota brutto rozłożona proporcjonalnie na pozycje.</translation>
    </message>
    <message>
        <source>Credit this much of a line (ids from &quot;invoices show&quot;).</source>
        <translation>Skoryguj taką część pozycji (identyfikatory z „invoices show”).</translation>
    </message>
    <message>
        <source>Printed on the credit note.</source>
        <translation>Drukowane na nocie kredytowej.</translation>
    </message>
    <message>
        <source>Show the credit note it would issue; write nothing.</source>
        <translation>Pokaż notę kredytową, która zostałaby wystawiona; niczego nie zapisuj.</translation>
    </message>
    <message>
        <source>Writes an issued invoice off as uncollectible.</source>
        <translation>Spisuje wystawioną fakturę jako nieściągalną.</translation>
    </message>
    <message>
        <source>Refund of %1 to customer %2 on %3.</source>
        <translation>Zwrot %1 dla klienta %2 w dniu %3.</translation>
    </message>
    <message>
        <source>Refund %1: %2 to customer %3 on %4.</source>
        <translation>Zwrot %1: %2 dla klienta %3 w dniu %4.</translation>
    </message>
    <message>
        <source>Payment of %1 from customer %2 on %3.</source>
        <translation>Płatność %1 od klienta %2 w dniu %3.</translation>
    </message>
    <message>
        <source>Payment %1: %2 from customer %3 on %4.</source>
        <translation>Płatność %1: %2 od klienta %3 w dniu %4.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <source>%1 to the customer&apos;s credit</source>
        <translation>%1 na saldo kredytowe klienta</translation>
    </message>
    <message>
        <source>No payments found.</source>
        <translation>Nie znaleziono płatności.</translation>
    </message>
    <message>
        <source>Allocated to</source>
        <translation>Przypisano do</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>saldo kredytowe</translation>
    </message>
    <message>
        <source>%1: received %2, refunded %3.</source>
        <translation>%1: otrzymano %2, zwrócono %3.</translation>
    </message>
    <message>
        <source>Nothing is owed as of %1.</source>
        <translation>Brak należności na dzień %1.</translation>
    </message>
    <message>
        <source>Aging as of %1</source>
        <translation>Wiekowanie należności na dzień %1</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>Statement of account: customer %1, %2, %3 → %4</source>
        <translation>Zestawienie rozrachunków: klient %1, %2, %3 → %4</translation>
    </message>
    <message>
        <source>Opening balance %1</source>
        <translation>Saldo początkowe %1</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Winien</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Ma</translation>
    </message>
    <message>
        <source>Closing balance %1</source>
        <translation>Saldo końcowe %1</translation>
    </message>
    <message>
        <source>--allocate must be NUMBER=AMOUNT such as INV-2026-00001=50.00, not &quot;%1&quot;.</source>
        <translation>--allocate musi mieć postać NUMBER=AMOUNT, np. INV-2026-00001=50.00, a nie „%1”.</translation>
    </message>
    <message>
        <source>The day of the payment (default: today).</source>
        <translation>Dzień płatności (domyślnie: dzisiaj).</translation>
    </message>
    <message>
        <source>How it was paid (default: bank_transfer).</source>
        <translation>Sposób zapłaty (domyślnie: bank_transfer).</translation>
    </message>
    <message>
        <source>The bank reference, card slip or receipt number.</source>
        <translation>Numer referencyjny przelewu, potwierdzenia karty lub paragonu.</translation>
    </message>
    <message>
        <source>The amount received, such as 120.00.</source>
        <translation>Otrzymana kwota, np. 120.00.</translation>
    </message>
    <message>
        <source>Settle this much of an invoice (default: the open invoices in the currency, oldest due first); what is left becomes customer credit.</source>
        <translation>Rozlicz taką część faktury (domyślnie: otwarte faktury w danej walucie, od najstarszego terminu); pozostała kwota trafia na saldo kredytowe klienta.</translation>
    </message>
    <message>
        <source>A note kept with it.</source>
        <translation>Notatka zapisywana razem z płatnością.</translation>
    </message>
    <message>
        <source>Show how it would be allocated; write nothing.</source>
        <translation>Pokaż, jak płatność zostałaby przypisana; niczego nie zapisuj.</translation>
    </message>
    <message>
        <source>The amount paid back, at most the customer&apos;s credit.</source>
        <translation>Zwracana kwota, najwyżej do wysokości salda kredytowego klienta.</translation>
    </message>
    <message>
        <source>Records a payment received and allocates it to invoices; an overpayment becomes customer credit.</source>
        <translation>Rejestruje otrzymaną płatność i przypisuje ją do faktur; nadpłata trafia na saldo kredytowe klienta.</translation>
    </message>
    <message>
        <source>Lists payments and refunds, newest first, with their allocations.</source>
        <translation>Wyświetla listę płatności i zwrotów, od najnowszych, wraz z ich przypisaniami.</translation>
    </message>
    <message>
        <source>Only this method.</source>
        <translation>Tylko ta metoda.</translation>
    </message>
    <message>
        <source>Paid on or after this day.</source>
        <translation>Zapłacone w tym dniu lub później.</translation>
    </message>
    <message>
        <source>Paid on or before this day.</source>
        <translation>Zapłacone w tym dniu lub wcześniej.</translation>
    </message>
    <message>
        <source>Pays customer credit back to the customer.</source>
        <translation>Zwraca klientowi środki z jego salda kredytowego.</translation>
    </message>
    <message>
        <source>Who owes what and for how long: open invoice balances by days past due (current, 1–30, 31–60, 61–90, over 90), per customer and in total.</source>
        <translation>Kto, ile i od jak dawna jest winien: salda otwartych faktur według liczby dni po terminie (bieżące, 1–30, 31–60, 61–90, powyżej 90), dla każdego klienta i łącznie.</translation>
    </message>
    <message>
        <source>Age the balances as of this day (default: today).</source>
        <translation>Wiekuj salda na ten dzień (domyślnie: dzisiaj).</translation>
    </message>
    <message>
        <source>--from must not be after today.</source>
        <translation>--from nie może być późniejsze niż dzisiaj.</translation>
    </message>
    <message>
        <source>Give --output or --json, not both.</source>
        <translation>Podaj --output albo --json, nie oba naraz.</translation>
    </message>
    <message>
        <source>A customer&apos;s statement of account in one currency: opening balance, documents and payments with the running balance, closing balance.</source>
        <translation>Zestawienie rozrachunków klienta w jednej walucie: saldo początkowe, dokumenty i płatności z saldem bieżącym, saldo końcowe.</translation>
    </message>
    <message>
        <source>The first day (default: the customer&apos;s first document or payment).</source>
        <translation>Pierwszy dzień (domyślnie: pierwszy dokument lub płatność klienta).</translation>
    </message>
    <message>
        <source>The last day (default: today).</source>
        <translation>Ostatni dzień (domyślnie: dzisiaj).</translation>
    </message>
    <message>
        <source>Write it as a PDF in the customer&apos;s language.</source>
        <translation>Zapisz jako PDF w języku klienta.</translation>
    </message>
    <message>
        <source>Applied %1 of customer credit to %2.</source>
        <translation>Zastosowano %1 salda kredytowego klienta do %2.</translation>
    </message>
    <message>
        <source>Applies the customer&apos;s credit to an issued invoice&apos;s balance.</source>
        <translation>Rozlicza saldo wystawionej faktury saldem kredytowym klienta.</translation>
    </message>
    <message>
        <source>At most this much (default: as much as credit and balance allow).</source>
        <translation>Najwyżej tyle (domyślnie: tyle, ile pozwalają saldo kredytowe i saldo faktury).</translation>
    </message>
    <message>
        <source>Works with a SubDesk company file: customers, the catalog, subscriptions, billing, invoices, payments and the metrics.</source>
        <translation>Obsługuje plik firmy SubDesk: klientów, katalog, subskrypcje, rozliczenia, faktury, płatności i wskaźniki.</translation>
    </message>
    <message>
        <source>Demo catalog and %1 subscriptions with their history since %2: %3 billing runs, %4 invoices, %5 credit notes, %6 survey answers.</source>
        <translation>Katalog demonstracyjny i %1 subskrypcji z historią od %2: przebiegi rozliczeń: %3, faktury: %4, noty kredytowe: %5, odpowiedzi z ankiet: %6.</translation>
    </message>
    <message>
        <source>Demo catalog and %1 subscriptions of the first %2 customers, with their history since %3: %4 billing runs, %5 invoices, %6 credit notes, %7 survey answers.</source>
        <translation>Katalog demonstracyjny i %1 subskrypcji pierwszych %2 klientów z historią od %3: przebiegi rozliczeń: %4, faktury: %5, noty kredytowe: %6, odpowiedzi z ankiet: %7.</translation>
    </message>
    <message>
        <source>Fills an empty company file with a demo company: realistic customers, a catalog, and subscriptions with five years of history (events, usage, billing runs, invoices and payments), monthly exchange rates and NPS and CSAT answers. The same seed and day give the same company.</source>
        <translation>Wypełnia pusty plik firmy firmą demonstracyjną: realistycznymi klientami, katalogiem i subskrypcjami z pięcioletnią historią (zdarzenia, użycie, przebiegi rozliczeń, faktury i płatności), miesięcznymi kursami walut oraz odpowiedziami NPS i CSAT. To samo ziarno i ten sam dzień dają tę samą firmę.</translation>
    </message>
    <message>
        <source>No exchange rates. Amounts in other currencies than %1 are left out of the metrics until they have one: fx set MONTH CURRENCY RATE.</source>
        <translation>Brak kursów walut. Kwoty w walutach innych niż %1 są pomijane we wskaźnikach, dopóki nie mają kursu: fx set MONTH CURRENCY RATE.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Znaczenie</translation>
    </message>
    <message>
        <source>A month without its own rate uses the latest earlier rate of its currency.</source>
        <translation>Miesiąc bez własnego kursu używa ostatniego wcześniejszego kursu swojej waluty.</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MONTH</translation>
    </message>
    <message>
        <source>CURRENCY: &quot;%1&quot; is not an ISO 4217 currency code such as SEK.</source>
        <translation>CURRENCY: „%1” nie jest kodem waluty ISO 4217, takim jak SEK.</translation>
    </message>
    <message>
        <source>Rate for %1 in %2: %3.</source>
        <translation>Kurs %1 w %2: %3.</translation>
    </message>
    <message>
        <source>There is no rate for %1 in %2.</source>
        <translation>Brak kursu %1 w %2.</translation>
    </message>
    <message>
        <source>Removed the rate for %1 in %2.</source>
        <translation>Usunięto kurs %1 w %2.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows have problems (listed above).</source>
        <translation>Niczego nie zaimportowano: %1 z %2 wierszy zawiera problemy (wymienione powyżej).</translation>
    </message>
    <message>
        <source>Nothing to import: the file has no rates.</source>
        <translation>Nie ma czego importować: plik nie zawiera kursów.</translation>
    </message>
    <message>
        <source>Dry run: %1 rates would be imported; nothing was written.</source>
        <translation>Tryb próbny: zaimportowanych zostałoby %1 kursów; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Exchange rates imported: %1.</source>
        <translation>Zaimportowane kursy walut: %1.</translation>
    </message>
    <message>
        <source>List the monthly exchange rates into the reporting currency that the metrics convert other currencies with.</source>
        <translation>Wyświetla miesięczne kursy przeliczenia na walutę raportowania, którymi wskaźniki przeliczają inne waluty.</translation>
    </message>
    <message>
        <source>Only the rates of this currency.</source>
        <translation>Tylko kursy tej waluty.</translation>
    </message>
    <message>
        <source>Store the rate of a currency for a month (YYYY-MM): what one unit is worth in the reporting currency, with at most 8 decimals. Example: fx set 2026-03 SEK 0.0873.</source>
        <translation>Zapisuje kurs waluty dla miesiąca (YYYY-MM): wartość jednej jednostki w walucie raportowania, z co najwyżej 8 miejscami po przecinku. Przykład: fx set 2026-03 SEK 0.0873.</translation>
    </message>
    <message>
        <source>Remove the rate of a currency for a month.</source>
        <translation>Usuwa kurs waluty dla miesiąca.</translation>
    </message>
    <message>
        <source>Import rates from a CSV file with the columns month, currency, rate: all rows or none; every bad row is listed with its line.</source>
        <translation>Importuje kursy z pliku CSV z kolumnami month, currency, rate: wszystkie wiersze albo żaden; każdy błędny wiersz jest wypisywany wraz z numerem wiersza.</translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined; choose one.</source>
        <translation>Nie można łączyć --json i --csv; wybierz jedną z opcji.</translation>
    </message>
    <message>
        <source>--rows and --paying cannot be combined; choose one.</source>
        <translation>Nie można łączyć --rows i --paying; wybierz jedną z opcji.</translation>
    </message>
    <message>
        <source>--movement needs --rows MONTH.</source>
        <translation>--movement wymaga --rows MONTH.</translation>
    </message>
    <message>
        <source>--reconcile cannot be combined with --rows or --paying.</source>
        <translation>Nie można łączyć --reconcile z --rows ani --paying.</translation>
    </message>
    <message>
        <source>--by cannot be combined with --reconcile, --rows or --paying.</source>
        <translation>Nie można łączyć --by z --reconcile, --rows ani --paying.</translation>
    </message>
    <message>
        <source>--csv is for the monthly figures; it cannot be combined with --reconcile, --rows or --paying.</source>
        <translation>--csv służy do wartości miesięcznych; nie można go łączyć z --reconcile, --rows ani --paying.</translation>
    </message>
    <message>
        <source>Customers without a segment</source>
        <translation>Klienci bez segmentu</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>No customers in the selection.</source>
        <translation>Brak klientów w wybranym zakresie.</translation>
    </message>
    <message>
        <source>not set (the currency most customers use)</source>
        <translation>nie ustawiono (waluta używana przez większość klientów)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not set (CLV is not multiplied by a margin)</source>
        <translation>nie ustawiono (CLV nie jest mnożone przez marżę)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ustawienie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Waluta raportowania</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Marża brutto</translation>
    </message>
    <message>
        <source>--gross-margin must be a percentage from 0 to 100 with at most two decimals, such as 72.5, not &quot;%1&quot;.</source>
        <translation>--gross-margin musi być wartością procentową od 0 do 100 z co najwyżej dwoma miejscami po przecinku, np. 72.5, a nie „%1”.</translation>
    </message>
    <message>
        <source>--gross-margin and --no-gross-margin cannot be combined.</source>
        <translation>Nie można łączyć --gross-margin i --no-gross-margin.</translation>
    </message>
    <message>
        <source>Reconcile MRR with invoiced revenue month by month: tax, one-time fees, usage, proration, credit notes, timing.</source>
        <translation>Uzgadnia MRR z zafakturowanym przychodem miesiąc po miesiącu: podatek, opłaty jednorazowe, użycie, rozliczenie proporcjonalne, noty kredytowe, przesunięcia w czasie.</translation>
    </message>
    <message>
        <source>List the customer changes behind a month&apos;s movements.</source>
        <translation>Wyświetla zmiany u klientów, które złożyły się na zmiany MRR w danym miesiącu.</translation>
    </message>
    <message>
        <source>With --rows: only this movement.</source>
        <translation>Z --rows: tylko ten rodzaj zmiany.</translation>
    </message>
    <message>
        <source>List the customers paying at the month&apos;s end with their MRR (behind MRR, ARR, ARPA and paying customers).</source>
        <translation>Wyświetla klientów płacących na koniec miesiąca wraz z ich MRR (podstawa MRR, ARR, ARPA i liczby płacących klientów).</translation>
    </message>
    <message>
        <source>Print the monthly figures as CSV, one row per month.</source>
        <translation>Wypisuje wartości miesięczne w formacie CSV, jeden wiersz na miesiąc.</translation>
    </message>
    <message>
        <source>Show or change the metrics settings: the reporting currency and the gross margin CLV is multiplied by.</source>
        <translation>Wyświetla lub zmienia ustawienia wskaźników: walutę raportowania i marżę brutto, przez którą mnożone jest CLV.</translation>
    </message>
    <message>
        <source>The currency the figures are reported in.</source>
        <translation>Waluta, w której raportowane są wartości.</translation>
    </message>
    <message>
        <source>The gross margin, such as 72.5 (CLV is multiplied by it).</source>
        <translation>Marża brutto, np. 72.5 (CLV jest przez nią mnożone).</translation>
    </message>
    <message>
        <source>Clear the gross margin.</source>
        <translation>Usuwa marżę brutto.</translation>
    </message>
    <message>
        <source>MRR and its movements, ARR, paying customers, churn, NRR, GRR, ARPA and CLV per month, in the reporting currency (default: the last 12 months).</source>
        <translation>MRR i jego zmiany, ARR, płacący klienci, odpływ klientów (churn), NRR, GRR, ARPA i CLV w poszczególnych miesiącach, w walucie raportowania (domyślnie: ostatnie 12 miesięcy).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>MRR at start</source>
        <translation>MRR na początek</translation>
    </message>
    <message>
        <source>Exchange-rate effect</source>
        <translation>Efekt kursowy</translation>
    </message>
    <message>
        <source>MRR at end</source>
        <translation>MRR na koniec</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation>Płacący klienci</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>Odpływ klientów</translation>
    </message>
    <message>
        <source>Gross MRR churn</source>
        <translation>Odpływ MRR brutto</translation>
    </message>
    <message>
        <source>Net MRR churn</source>
        <translation>Odpływ MRR netto</translation>
    </message>
    <message>
        <source>NRR (12 months)</source>
        <translation>NRR (12 miesięcy)</translation>
    </message>
    <message>
        <source>GRR (12 months)</source>
        <translation>GRR (12 miesięcy)</translation>
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
        <translation>za mały odpływ, by oszacować</translation>
    </message>
    <message>
        <source>No months in the range.</source>
        <translation>Brak miesięcy w zakresie.</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>+ Timing</source>
        <translation>+ Przesunięcia w czasie</translation>
    </message>
    <message>
        <source>+ Tax</source>
        <translation>+ Podatek</translation>
    </message>
    <message>
        <source>+ One-time</source>
        <translation>+ Jednorazowe</translation>
    </message>
    <message>
        <source>+ Usage</source>
        <translation>+ Użycie</translation>
    </message>
    <message>
        <source>+ Proration</source>
        <translation>+ Rozliczenie proporcjonalne</translation>
    </message>
    <message>
        <source>− Credit notes</source>
        <translation>− Noty kredytowe</translation>
    </message>
    <message>
        <source>= Invoiced</source>
        <translation>= Zafakturowano</translation>
    </message>
    <message>
        <source>Timing: recurring lines invoiced in the month minus the MRR (periods billed in advance, first short periods, changes during the month, once-only coupons).</source>
        <translation>Przesunięcia w czasie: pozycje cykliczne zafakturowane w miesiącu minus MRR (okresy rozliczane z góry, pierwsze skrócone okresy, zmiany w trakcie miesiąca, kupony jednorazowe).</translation>
    </message>
    <message>
        <source>No customer changes behind this figure.</source>
        <translation>Za tą wartością nie stoją żadne zmiany u klientów.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>MRR before</source>
        <translation>MRR przed</translation>
    </message>
    <message>
        <source>MRR after</source>
        <translation>MRR po</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1 in total.</source>
        <translation>
            <numerusform>%n wiersz, łącznie %1.</numerusform>
            <numerusform>%n wiersze, łącznie %1.</numerusform>
            <numerusform>%n wierszy, łącznie %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No paying customers on that day.</source>
        <translation>Brak płacących klientów w tym dniu.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subskrypcje</translation>
    </message>
    <message numerus="yes">
        <source>%n paying customer(s), MRR %1.</source>
        <translation>
            <numerusform>%n płacący klient, MRR %1.</numerusform>
            <numerusform>%n płacących klientów, MRR %1.</numerusform>
            <numerusform>%n płacących klientów, MRR %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be a month written YYYY-MM such as 2026-03, not &quot;%2&quot;.</source>
        <translation>%1 musi być miesiącem w formacie YYYY-MM, np. 2026-03, a nie „%2”.</translation>
    </message>
    <message>
        <source>--from (%1) must not be after --to (%2).</source>
        <translation>--from (%1) nie może być późniejsze niż --to (%2).</translation>
    </message>
    <message>
        <source>--country must be a two-letter code such as SE, not &quot;%1&quot;.</source>
        <translation>--country musi być dwuliterowym kodem, np. SE, a nie „%1”.</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not an ISO 4217 currency code such as EUR.</source>
        <translation>--currency: „%1” nie jest kodem waluty ISO 4217, takim jak EUR.</translation>
    </message>
    <message>
        <source>The first month (default: 11 months before --to).</source>
        <translation>Pierwszy miesiąc (domyślnie: 11 miesięcy przed --to).</translation>
    </message>
    <message>
        <source>The last month (default: this month).</source>
        <translation>Ostatni miesiąc (domyślnie: bieżący miesiąc).</translation>
    </message>
    <message>
        <source>Only customers of this segment (&quot;&quot; for none).</source>
        <translation>Tylko klienci z tego segmentu (&quot;&quot; – bez segmentu).</translation>
    </message>
    <message>
        <source>Only subscriptions to this plan.</source>
        <translation>Tylko subskrypcje tego planu.</translation>
    </message>
    <message>
        <source>Only customers in this country.</source>
        <translation>Tylko klienci z tego kraju.</translation>
    </message>
    <message>
        <source>Only subscriptions in this currency.</source>
        <translation>Tylko subskrypcje w tej walucie.</translation>
    </message>
    <message>
        <source>Split the figures per segment or per plan.</source>
        <translation>Dzieli wartości według segmentu lub planu.</translation>
    </message>
    <message>
        <source>--email: no customer has the e-mail address %1.</source>
        <translation>--email: żaden klient nie ma adresu e-mail %1.</translation>
    </message>
    <message>
        <source>--email: customers %1 all have the e-mail address %2; use --customer.</source>
        <translation>--email: klienci %1 mają ten sam adres e-mail %2; użyj --customer.</translation>
    </message>
    <message>
        <source>Give the customer with either --customer ID or --email ADDRESS.</source>
        <translation>Wskaż klienta za pomocą --customer ID albo --email ADDRESS.</translation>
    </message>
    <message>
        <source>--score must be a whole number (0–10 for NPS, 1–5 for CSAT), not &quot;%1&quot;.</source>
        <translation>--score musi być liczbą całkowitą (0–10 dla NPS, 1–5 dla CSAT), a nie „%1”.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has %1 problems in %2 rows (listed above).</source>
        <translation>Niczego nie zaimportowano: plik zawiera problemy (%1) w wierszach (%2) (wymienione powyżej).</translation>
    </message>
    <message>
        <source>Nothing to import: the file has no answers.</source>
        <translation>Nie ma czego importować: plik nie zawiera odpowiedzi.</translation>
    </message>
    <message>
        <source>Dry run: %1 answers would be imported; nothing was written.</source>
        <translation>Tryb próbny: zaimportowanych zostałoby %1 odpowiedzi; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Survey answers imported: %1.</source>
        <translation>Zaimportowane odpowiedzi z ankiet: %1.</translation>
    </message>
    <message>
        <source>--group is for NPS answers; it cannot be combined with --kind csat.</source>
        <translation>--group dotyczy odpowiedzi NPS; nie można go łączyć z --kind csat.</translation>
    </message>
    <message>
        <source>NPS (0–10, the default) or CSAT (1–5).</source>
        <translation>NPS (0–10, domyślnie) lub CSAT (1–5).</translation>
    </message>
    <message>
        <source>How dates like 04/03/2026 are read (default: decided per file).</source>
        <translation>Sposób odczytu dat takich jak 04/03/2026 (domyślnie: ustalany dla każdego pliku).</translation>
    </message>
    <message>
        <source>Record a survey answer of a customer; prints its number.</source>
        <translation>Zapisuje odpowiedź klienta z ankiety; wypisuje jej numer.</translation>
    </message>
    <message>
        <source>The customer with this e-mail address (instead of --customer).</source>
        <translation>Klient z tym adresem e-mail (zamiast --customer).</translation>
    </message>
    <message>
        <source>The score: 0–10 for NPS, 1–5 for CSAT.</source>
        <translation>Ocena: 0–10 dla NPS, 1–5 dla CSAT.</translation>
    </message>
    <message>
        <source>When it was answered (default: today).</source>
        <translation>Data udzielenia odpowiedzi (domyślnie: dzisiaj).</translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation>Komentarz.</translation>
    </message>
    <message>
        <source>How the answer reached you (default: other).</source>
        <translation>Kanał, którym dotarła odpowiedź (domyślnie: other).</translation>
    </message>
    <message>
        <source>Tags that group recurring themes, such as pricing,support.</source>
        <translation>Tagi grupujące powtarzające się tematy, np. pricing,support.</translation>
    </message>
    <message>
        <source>Import survey answers from a CSV file as survey tools export it (date, e-mail or customer number, score, comment): all or nothing; every problem is listed with its line and column.</source>
        <translation>Importuje odpowiedzi z ankiet z pliku CSV w postaci eksportowanej przez narzędzia ankietowe (data, e-mail lub numer klienta, ocena, komentarz): wszystkie albo żadna; każdy problem jest wypisywany wraz z numerem wiersza i kolumną.</translation>
    </message>
    <message>
        <source>List survey answers and their comments, oldest first.</source>
        <translation>Wyświetla odpowiedzi z ankiet i ich komentarze, od najstarszych.</translation>
    </message>
    <message>
        <source>Only this customer&apos;s answers.</source>
        <translation>Tylko odpowiedzi tego klienta.</translation>
    </message>
    <message>
        <source>Answers on or after this day.</source>
        <translation>Odpowiedzi z tego dnia lub późniejsze.</translation>
    </message>
    <message>
        <source>Answers on or before this day.</source>
        <translation>Odpowiedzi z tego dnia lub wcześniejsze.</translation>
    </message>
    <message>
        <source>Only NPS answers of this group.</source>
        <translation>Tylko odpowiedzi NPS z tej grupy.</translation>
    </message>
    <message>
        <source>Only answers with this tag.</source>
        <translation>Tylko odpowiedzi z tym tagiem.</translation>
    </message>
    <message>
        <source>NPS per month and over the trailing 90 days, CSAT per month, the distribution of scores and the tags of each group (default: the last 12 months).</source>
        <translation>NPS w poszczególnych miesiącach i za ostatnie 90 dni, CSAT w poszczególnych miesiącach, rozkład ocen i tagi każdej grupy (domyślnie: ostatnie 12 miesięcy).</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>brak odpowiedzi</translation>
    </message>
    <message>
        <source>No answers.</source>
        <translation>Brak odpowiedzi.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s).</source>
        <translation>
            <numerusform>%n odpowiedź.</numerusform>
            <numerusform>%n odpowiedzi.</numerusform>
            <numerusform>%n odpowiedzi.</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>Odpowiedzi NPS</translation>
    </message>
    <message>
        <source>P / P / D</source>
        <translation>P / P / K</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS 90 days</source>
        <translation>NPS 90 dni</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>Odpowiedzi CSAT</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>P / P / D: promoters (9–10), passives (7–8), detractors (0–6).</source>
        <translation>P / P / K: promotorzy (9–10), pasywni (7–8), krytycy (0–6).</translation>
    </message>
    <message>
        <source>Scores (NPS):</source>
        <translation>Oceny (NPS):</translation>
    </message>
    <message>
        <source>Scores (CSAT):</source>
        <translation>Oceny (CSAT):</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tagi:</translation>
    </message>
    <message>
        <source>no tagged comments</source>
        <translation>brak otagowanych komentarzy</translation>
    </message>
    <message>
        <source>(no plan)</source>
        <translation>(bez planu)</translation>
    </message>
    <message>
        <source>(no segment)</source>
        <translation>(bez segmentu)</translation>
    </message>
</context>
<context>
    <name>CodeRules</name>
    <message>
        <source>The %1 needs a code.</source>
        <translation>Kod jest wymagany (%1).</translation>
    </message>
    <message>
        <source>The %1 code &quot;%2&quot; must have %3 to %4 characters.</source>
        <translation>Kod „%2” (%1) musi mieć od %3 do %4 znaków.</translation>
    </message>
    <message>
        <source>The %1 code &quot;%2&quot; may only contain upper-case letters A–Z, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>Kod „%2” (%1) może zawierać tylko wielkie litery A–Z, cyfry oraz znaki „-” i „_”.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>SubDesk: subscription billing for small businesses.</source>
        <translation>SubDesk: rozliczanie subskrypcji dla małych firm.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Wyświetl wersję i zakończ.</translation>
    </message>
    <message>
        <source>Company file to open (default: $SUBDESK_DB, else company.subdesk in the application data folder).</source>
        <translation>Plik firmy do otwarcia (domyślnie: $SUBDESK_DB, a jeśli nie ustawiono – company.subdesk w folderze danych aplikacji).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ścieżka</translation>
    </message>
    <message>
        <source>Interface language: en, pl, it, fi or fa (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Język interfejsu: en, pl, it, fi lub fa (domyślnie: wybrany w Ustawieniach, a jeśli go brak – język systemu).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>Quit after the given milliseconds (smoke tests).</source>
        <translation>Zakończ po podanej liczbie milisekund (testy dymne).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Save a picture of the window once it is shown, then quit.</source>
        <translation>Zapisz obraz okna po jego wyświetleniu, a następnie zakończ.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds.</source>
        <translation>--quit-after wymaga podania liczby milisekund.</translation>
    </message>
    <message>
        <source>Company file to open (the same as --db; used when a file manager opens a .subdesk file).</source>
        <translation>Plik firmy do otwarcia (to samo co --db; używane, gdy menedżer plików otwiera plik .subdesk).</translation>
    </message>
    <message>
        <source>Give one company file, either as --db or as the file argument.</source>
        <translation>Podaj jeden plik firmy: jako --db albo jako argument.</translation>
    </message>
</context>
<context>
    <name>CompanyOpener</name>
    <message>
        <source>SubDesk companies (*.subdesk);;All files (*)</source>
        <translation>Firmy SubDesk (*.subdesk);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>SubDesk</source>
        <translation>SubDesk</translation>
    </message>
    <message>
        <source>The file was left as it is. Open another company file, create a new company, or quit.</source>
        <translation>Plik pozostawiono bez zmian. Otwórz inny plik firmy, utwórz nową firmę lub zakończ program.</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Otwórz inny plik…</translation>
    </message>
    <message>
        <source>Create a new company…</source>
        <translation>Utwórz nową firmę…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Open company</source>
        <translation>Otwórz firmę</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nowa firma</translation>
    </message>
    <message>
        <source>New company.subdesk</source>
        <translation>Nowa firma.subdesk</translation>
    </message>
    <message>
        <source>The demo company could not be completed: %1</source>
        <translation>Nie udało się utworzyć całej firmy demonstracyjnej: %1</translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>the company&apos;s legal name is required.</source>
        <translation>pełna nazwa prawna firmy jest wymagana.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>the country is required (it decides the VAT treatment).</source>
        <translation>kraj jest wymagany (od niego zależy sposób rozliczenia VAT).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (e.g. FI, PL, IT).</source>
        <translation>„%1” nie jest kodem kraju ISO 3166 (np. FI, PL, IT).</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>NIP UE</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>„%1” nie jest prawidłowym adresem e-mail.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>the image is %1 KB; at most %2 KB are allowed.</source>
        <translation>obraz ma %1 KB; dozwolone jest najwyżej %2 KB.</translation>
    </message>
    <message>
        <source>the file is not a PNG or JPEG image SubDesk can read.</source>
        <translation>plik nie jest obrazem PNG ani JPEG, który SubDesk potrafi odczytać.</translation>
    </message>
    <message>
        <source>Exemption text</source>
        <translation>Tekst zwolnienia</translation>
    </message>
    <message>
        <source>a VAT-exempt company must state the exemption on its documents (e.g. &quot;VAT exempt under art. 284 of Directive 2006/112/EC&quot;).</source>
        <translation>firma zwolniona z VAT musi podawać podstawę zwolnienia na dokumentach (np. „Zwolnienie podmiotowe na podstawie art. 113 ust. 1 ustawy o VAT”).</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Termin płatności</translation>
    </message>
    <message>
        <source>payment terms must be between 0 and %1 days.</source>
        <translation>termin płatności musi wynosić od 0 do %1 dni.</translation>
    </message>
    <message>
        <source>Tax-inclusive prices</source>
        <translation>Ceny zawierające podatek</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (e.g. EUR).</source>
        <translation>„%1” nie jest kodem waluty ISO 4217 (np. EUR).</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>the IBAN is required.</source>
        <translation>IBAN jest wymagany.</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Domyślny</translation>
    </message>
    <message>
        <source>an archived account cannot be the default one.</source>
        <translation>zarchiwizowany rachunek nie może być domyślny.</translation>
    </message>
    <message>
        <source>a name is required (e.g. &quot;Standard rate&quot;).</source>
        <translation>nazwa jest wymagana (np. „Stawka podstawowa”).</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Stawka</translation>
    </message>
    <message>
        <source>the rate must be between 0 % and 100 %.</source>
        <translation>stawka musi wynosić od 0 % do 100 %.</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Obowiązuje od</translation>
    </message>
    <message>
        <source>the first day the rate applies is required.</source>
        <translation>pierwszy dzień obowiązywania stawki jest wymagany.</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Obowiązuje do</translation>
    </message>
    <message>
        <source>the last day (%1) is before the first day (%2).</source>
        <translation>ostatni dzień (%1) przypada przed pierwszym dniem (%2).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 do %2</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>od %1</translation>
    </message>
    <message>
        <source>Valid from: the %1 rate of %2 already has &quot;%3&quot; for %4; end that one first.</source>
        <translation>Obowiązuje od: stawka %1 dla %2 ma już „%3” od %4; najpierw ją zakończ.</translation>
    </message>
    <message>
        <source>a name is required (e.g. &quot;Invoices&quot;).</source>
        <translation>nazwa jest wymagana (np. „Faktury”).</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Wzorzec</translation>
    </message>
    <message>
        <source>an archived series cannot be the default one.</source>
        <translation>zarchiwizowana seria nie może być domyślna.</translation>
    </message>
    <message>
        <source>There is no default numbering series for credit notes; choose one in Settings.</source>
        <translation>Brak domyślnej serii numeracji dla not kredytowych; wybierz ją w Ustawieniach.</translation>
    </message>
    <message>
        <source>There is no default numbering series for invoices; choose one in Settings.</source>
        <translation>Brak domyślnej serii numeracji dla faktur; wybierz ją w Ustawieniach.</translation>
    </message>
</context>
<context>
    <name>Coupon</name>
    <message>
        <source>Percentage</source>
        <translation>Rabat procentowy</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Rabat kwotowy</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Jednorazowo</translation>
    </message>
    <message>
        <source>Repeating</source>
        <translation>Przez określoną liczbę okresów</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Bezterminowo</translation>
    </message>
    <message>
        <source>The coupon needs a code.</source>
        <translation>Kupon musi mieć kod.</translation>
    </message>
    <message>
        <source>The coupon code &quot;%1&quot; has %2 characters; it must have %3 to %4.</source>
        <translation>Kod kuponu „%1” ma długość %2; musi mieć od %3 do %4 znaków.</translation>
    </message>
    <message>
        <source>The coupon code &quot;%1&quot; may only contain upper-case letters A–Z, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>Kod kuponu „%1” może zawierać tylko wielkie litery A–Z, cyfry oraz znaki „-” i „_”.</translation>
    </message>
    <message>
        <source>The coupon %1 needs a name.</source>
        <translation>Kupon %1 musi mieć nazwę.</translation>
    </message>
    <message>
        <source>The coupon takes off %1; it must take off 0.01% to 100%.</source>
        <translation>Kupon daje rabat %1; rabat musi wynosić od 0,01% do 100%.</translation>
    </message>
    <message>
        <source>The amount off has no currency.</source>
        <translation>Kwota rabatu nie ma określonej waluty.</translation>
    </message>
    <message>
        <source>The amount off is %1 %2; it must be more than zero.</source>
        <translation>Kwota rabatu wynosi %1 %2; musi być większa od zera.</translation>
    </message>
    <message>
        <source>A repeating coupon must last at least 1 billing period; it is set to %1.</source>
        <translation>Kupon obowiązujący przez określoną liczbę okresów musi obejmować co najmniej 1 okres rozliczeniowy; ustawiono %1.</translation>
    </message>
    <message>
        <source>One of the coupon&apos;s plan codes is empty.</source>
        <translation>Jeden z kodów planów przypisanych do kuponu jest pusty.</translation>
    </message>
    <message>
        <source>The redemption limit is %1; it must be at least 1 (or no limit).</source>
        <translation>Limit wykorzystań wynosi %1; musi wynosić co najmniej 1 (albo brak limitu).</translation>
    </message>
    <message>
        <source>The expiry date is not a valid date.</source>
        <translation>Data ważności nie jest prawidłową datą.</translation>
    </message>
    <message>
        <source>The redemption date is not a valid date.</source>
        <translation>Data wykorzystania nie jest prawidłową datą.</translation>
    </message>
    <message>
        <source>The coupon %1 expired on %2.</source>
        <translation>Kupon %1 utracił ważność %2.</translation>
    </message>
    <message>
        <source>The coupon %1 has reached its redemption limit (%2).</source>
        <translation>Kupon %1 osiągnął limit wykorzystań (%2).</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; has no currency.</source>
        <translation>Pozycja „%1” nie ma określonej waluty.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; is in %2, but the coupon %3 takes off an amount in %4.</source>
        <translation>Pozycja „%1” jest wyrażona w %2, a kupon %3 daje rabat kwotowy w %4.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; is in %2, but the lines before it are in %3.</source>
        <translation>Pozycja „%1” jest wyrażona w %2, a poprzednie pozycje – w %3.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; is %2; a coupon only discounts lines of zero or more.</source>
        <translation>Kwota pozycji „%1” wynosi %2; kupon może obniżać tylko pozycje o wartości zero lub większej.</translation>
    </message>
    <message>
        <source>Coupon %1: %2 of %3 = %4</source>
        <extracomment>Derivation of a percentage discount line: %1 coupon code, %2 percentage, %3 the line&apos;s amount, %4 the (negative) discount.</extracomment>
        <translation>Kupon %1: %2 z %3 = %4</translation>
    </message>
    <message>
        <source>Coupon %1: %2 of each line (%3) = %4</source>
        <extracomment>Derivation of a percentage discount over several lines, rounded per line: %1 coupon code, %2 percentage, %3 &quot;line amount → amount off&quot; for each line, %4 the (negative) discount.</extracomment>
        <translation>Kupon %1: %2 z każdej pozycji (%3) = %4</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off %3 = %4</source>
        <extracomment>Derivation of a fixed discount on one line: %1 coupon code, %2 amount off, %3 the line&apos;s amount, %4 the (negative) discount.</extracomment>
        <translation>Kupon %1: rabat %2 od kwoty %3 = %4</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off %3 (capped at the lines&apos; total) = %4</source>
        <extracomment>Derivation of a fixed discount larger than its one line: %1 coupon code, %2 amount off, %3 the line&apos;s amount, %4 the (negative) discount, which equals the line.</extracomment>
        <translation>Kupon %1: rabat %2 od kwoty %3 (ograniczony do sumy pozycji) = %4</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off %3, split in proportion (%4) = %5</source>
        <extracomment>Derivation of a fixed discount split over several lines: %1 coupon code, %2 amount off, %3 the lines&apos; total, %4 &quot;line amount → share of the discount&quot; for each line, %5 the (negative) discount.</extracomment>
        <translation>Kupon %1: rabat %2 od kwoty %3, podzielony proporcjonalnie (%4) = %5</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off %3 (capped at the lines&apos; total), split in proportion (%4) = %5</source>
        <extracomment>As &quot;Coupon %1: %2 off %3, split in proportion (%4) = %5&quot;, for an amount off larger than the lines&apos; total %3, which is then taken off entirely.</extracomment>
        <translation>Kupon %1: rabat %2 od kwoty %3 (ograniczony do sumy pozycji), podzielony proporcjonalnie (%4) = %5</translation>
    </message>
</context>
<context>
    <name>CreditNoteBuilder</name>
    <message>
        <source>Credit on %1, line %2: −%3</source>
        <translation>Korekta w dniu %1, pozycja %2: −%3</translation>
    </message>
    <message>
        <source>Only an issued invoice can be credited.</source>
        <translation>Korygować można tylko wystawioną fakturę.</translation>
    </message>
    <message>
        <source>Invoice %1 is already credited in full.</source>
        <translation>Faktura %1 jest już w całości skorygowana.</translation>
    </message>
    <message>
        <source>Choose at least one line to credit.</source>
        <translation>Wybierz co najmniej jedną pozycję do skorygowania.</translation>
    </message>
    <message>
        <source>Invoice %1 has no line %2.</source>
        <translation>Faktura %1 nie ma pozycji %2.</translation>
    </message>
    <message>
        <source>The amount to credit on line %1 must be more than zero.</source>
        <translation>Kwota korekty pozycji %1 musi być większa od zera.</translation>
    </message>
    <message>
        <source>Line %1 can be credited up to %2.</source>
        <translation>Pozycję %1 można skorygować najwyżej o %2.</translation>
    </message>
    <message>
        <source>The amount to credit must be more than zero.</source>
        <translation>Kwota korekty musi być większa od zera.</translation>
    </message>
    <message>
        <source>At most %1 of invoice %2 is left to credit.</source>
        <translation>Do skorygowania na fakturze %2 pozostało najwyżej %1.</translation>
    </message>
    <message>
        <source>Invoice %1 has no taxed lines to credit.</source>
        <translation>Faktura %1 nie ma opodatkowanych pozycji do skorygowania.</translation>
    </message>
    <message>
        <source>Credit on invoice %1</source>
        <translation>Korekta faktury %1</translation>
    </message>
    <message>
        <source>A credit note cannot be dated before the invoice it corrects (%1).</source>
        <translation>Nota kredytowa nie może mieć daty wcześniejszej niż korygowana faktura (%1).</translation>
    </message>
    <message>
        <source>Nothing of invoice %1 is left to credit.</source>
        <translation>Z faktury %1 nie pozostało nic do skorygowania.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>Nie można zapisać „%1”: %2.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing), so the rest of the file cannot be read.</source>
        <translation>Wiersz %1: pole w cudzysłowie nie zostało zamknięte (brakuje znaku &quot;), więc nie można odczytać reszty pliku.</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate fields.</source>
        <translation>Cudzysłów ani znak nowego wiersza nie mogą rozdzielać pól.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Nie można odczytać „%1”: %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Wiersz %1: %2</translation>
    </message>
    <message>
        <source>The file is empty: it needs a first line naming the columns (e.g. Name, E-mail, Country) and a line per customer.</source>
        <translation>Plik jest pusty: musi zawierać pierwszy wiersz z nazwami kolumn (np. Nazwa, E-mail, Kraj) i po jednym wierszu na każdego klienta.</translation>
    </message>
    <message>
        <source>None of the column names is known, so the first line seems not to be a header. It must name the columns, e.g. Name, E-mail, Country.</source>
        <translation>Żadna z nazw kolumn nie została rozpoznana, więc pierwszy wiersz nie wygląda na nagłówek. Musi on zawierać nazwy kolumn, np. Nazwa, E-mail, Kraj.</translation>
    </message>
    <message>
        <source>No column holds the customer&apos;s name. Name a column &quot;Name&quot; or choose the column for the name.</source>
        <translation>Żadna kolumna nie zawiera nazwy klienta. Nazwij kolumnę „Nazwa” lub wskaż kolumnę z nazwą.</translation>
    </message>
    <message>
        <source>The file has a header line but no customer rows.</source>
        <translation>Plik ma wiersz nagłówka, ale nie zawiera wierszy z klientami.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header names only %2 columns; a delimiter or a quote may be misplaced.</source>
        <translation>Liczba komórek w wierszu (%1) przekracza liczbę kolumn w nagłówku (%2); separator lub cudzysłów może być w niewłaściwym miejscu.</translation>
    </message>
    <message>
        <source>%1: %2 is already used by the customer on line %3.</source>
        <translation>%1: wartość %2 jest już użyta przez klienta w wierszu %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing was imported. Correct the file, or import only the valid rows.</source>
        <translation>
            <numerusform>%n wiersz nie może zostać zaimportowany, więc niczego nie zaimportowano. Popraw plik lub zaimportuj tylko poprawne wiersze.</numerusform>
            <numerusform>%n wiersze nie mogą zostać zaimportowane, więc niczego nie zaimportowano. Popraw plik lub zaimportuj tylko poprawne wiersze.</numerusform>
            <numerusform>%n wierszy nie może zostać zaimportowanych, więc niczego nie zaimportowano. Popraw plik lub zaimportuj tylko poprawne wiersze.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no valid customer row to import.</source>
        <translation>Plik nie zawiera żadnego poprawnego wiersza z klientem do zaimportowania.</translation>
    </message>
    <message>
        <source>The file is in UTF-16. Save it as UTF-8 (in spreadsheets: &quot;CSV UTF-8&quot;) or as Windows-1252 and try again.</source>
        <translation>Plik jest zapisany w UTF-16. Zapisz go jako UTF-8 (w arkuszach kalkulacyjnych: „CSV UTF-8”) lub jako Windows-1252 i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Line %1: the file is not valid UTF-8 (byte 0x%2). Choose Windows-1252, or let SubDesk detect the encoding.</source>
        <translation>Wiersz %1: plik nie jest poprawnym tekstem UTF-8 (bajt 0x%2). Wybierz Windows-1252 lub pozwól SubDesk wykryć kodowanie.</translation>
    </message>
    <message>
        <source>%1: %2 already belongs to customer number %3; the import adds another customer with it.</source>
        <translation>%1: %2 należy już do klienta nr %3; import doda kolejnego klienta z tym numerem.</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>Business</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Osoba prywatna</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Przelew bankowy</translation>
    </message>
    <message>
        <source>SEPA direct debit</source>
        <translation>Polecenie zapłaty SEPA</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Gotówka</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inna</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>E-faktura</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Zarchiwizowany</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Add customer %1</source>
        <translation>Dodanie klienta %1</translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>Edycja klienta %1</translation>
    </message>
    <message>
        <source>Archive customer %1</source>
        <translation>Archiwizacja klienta %1</translation>
    </message>
    <message>
        <source>Restore customer %1</source>
        <translation>Przywrócenie klienta %1</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Osoba kontaktowa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>NIP UE</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Termin płatności (dni)</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Metoda płatności</translation>
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
        <translation>Numer mandatu</translation>
    </message>
    <message>
        <source>Mandate signed on</source>
        <translation>Data podpisania mandatu</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Preferowany kanał</translation>
    </message>
    <message>
        <source>E-invoice endpoint</source>
        <translation>Adres e-faktury</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Data utworzenia</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not %3.</source>
        <translation>%1: nieprawidłowa wartość „%2” (oczekiwano: %3).</translation>
    </message>
    <message>
        <source>%1: a customer&apos;s number cannot be changed.</source>
        <translation>%1: nie można zmienić numeru klienta.</translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation>liczba dni</translation>
    </message>
    <message>
        <source>a date like 2026-03-31</source>
        <translation>data w formacie 2026-03-31</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>Customer %1 of %2: %3</source>
        <translation>Klient %1 z %2: %3</translation>
    </message>
    <message>
        <source>The customer is not stored yet.</source>
        <translation>Klient nie został jeszcze zapisany.</translation>
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
        <translation>Pierwszy miesiąc nie może być późniejszy niż ostatni.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not read the schema version: %1</source>
        <translation>Nie można odczytać wersji schematu: %1</translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>Brak migracji %1.</translation>
    </message>
    <message>
        <source>Updating the company file to schema %1 (%2) failed: %3</source>
        <translation>Aktualizacja pliku firmy do schematu %1 (%2) nie powiodła się: %3</translation>
    </message>
    <message>
        <source>The company file is not open.</source>
        <translation>Plik firmy nie jest otwarty.</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>Nie ma klienta o numerze %1.</translation>
    </message>
    <message>
        <source>Customer &quot;%1&quot;: %2</source>
        <translation>Klient „%1”: %2</translation>
    </message>
    <message>
        <source>SubDesk cannot open %1: %2</source>
        <translation>SubDesk nie może otworzyć %1: %2</translation>
    </message>
    <message>
        <source>it is a folder, not a company file.</source>
        <translation>to jest folder, a nie plik firmy.</translation>
    </message>
    <message>
        <source>The company file %1 does not exist.</source>
        <translation>Plik firmy %1 nie istnieje.</translation>
    </message>
    <message>
        <source>%1 already exists; SubDesk will not overwrite it.</source>
        <translation>%1 już istnieje; SubDesk go nie nadpisze.</translation>
    </message>
    <message>
        <source>its folder cannot be created.</source>
        <translation>nie można utworzyć folderu dla tego pliku.</translation>
    </message>
    <message>
        <source>you do not have permission to read it.</source>
        <translation>nie masz uprawnień do odczytu tego pliku.</translation>
    </message>
    <message>
        <source>the file is read-only. Make it writable, or copy it to a folder you can write to.</source>
        <translation>plik jest tylko do odczytu. Zezwól na zapis do pliku lub skopiuj go do folderu, w którym masz prawo zapisu.</translation>
    </message>
    <message>
        <source>it is not a SubDesk company file (not an SQLite database).</source>
        <translation>to nie jest plik firmy SubDesk (nie jest to baza danych SQLite).</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Sterownik SQLite dla Qt nie jest zainstalowany (pakiet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program, not a SubDesk company file.</source>
        <translation>to baza danych SQLite innego programu, a nie plik firmy SubDesk.</translation>
    </message>
    <message>
        <source>it was written by a newer SubDesk (schema %1; this version knows up to %2). Update SubDesk to open it.</source>
        <translation>plik został zapisany przez nowszą wersję SubDesk (schemat %1; ta wersja obsługuje schematy do %2). Zaktualizuj SubDesk, aby go otworzyć.</translation>
    </message>
    <message>
        <source>the file is damaged (%1). Open a backup copy instead.</source>
        <translation>plik jest uszkodzony (%1). Otwórz zamiast niego kopię zapasową.</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its handle.</source>
        <translation>Sterownik SQLite nie udostępnia swojego uchwytu.</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>wiersz %1 tabeli %2 odwołuje się do nieistniejącego wiersza tabeli %3</translation>
    </message>
    <message>
        <source>Choose a different file for the copy.</source>
        <translation>Wybierz inny plik dla kopii.</translation>
    </message>
    <message>
        <source>could not replace %1</source>
        <translation>nie można zastąpić %1</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>Nie można zapisać kopii: %1</translation>
    </message>
    <message>
        <source>The company file is in use by another program. Close it there and try again.</source>
        <translation>Plik firmy jest używany przez inny program. Zamknij go w tamtym programie i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The company file is read-only, so SubDesk cannot save changes.</source>
        <translation>Plik firmy jest tylko do odczytu, więc SubDesk nie może zapisać zmian.</translation>
    </message>
    <message>
        <source>The company file is damaged (%1). Open a backup copy instead.</source>
        <translation>Plik firmy jest uszkodzony (%1). Otwórz zamiast niego kopię zapasową.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved.</source>
        <translation>Dysk jest pełny: niczego nie zapisano.</translation>
    </message>
    <message>
        <source>The company file could not be read or written (%1).</source>
        <translation>Nie można odczytać ani zapisać pliku firmy (%1).</translation>
    </message>
    <message>
        <source>The database refused the change (%1).</source>
        <translation>Baza danych odrzuciła zmianę (%1).</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Błąd bazy danych: %1</translation>
    </message>
    <message>
        <source>its folder is read-only, and SubDesk keeps a journal beside the file. Copy it to a folder you can write to.</source>
        <translation>jego folder jest tylko do odczytu, a SubDesk prowadzi dziennik obok pliku. Skopiuj plik do folderu z prawem zapisu.</translation>
    </message>
    <message>
        <source>There is no product number %1.</source>
        <translation>Nie ma produktu o numerze %1.</translation>
    </message>
    <message>
        <source>A plan with the code %1 already exists.</source>
        <translation>Plan o kodzie %1 już istnieje.</translation>
    </message>
    <message>
        <source>There is no plan number %1.</source>
        <translation>Nie ma planu o numerze %1.</translation>
    </message>
    <message>
        <source>There is no add-on number %1.</source>
        <translation>Nie ma dodatku o numerze %1.</translation>
    </message>
    <message>
        <source>The plan %1 lists the add-on number %2 twice.</source>
        <translation>Plan %1 zawiera dwukrotnie dodatek o numerze %2.</translation>
    </message>
    <message>
        <source>An add-on with the code %1 already exists.</source>
        <translation>Dodatek o kodzie %1 już istnieje.</translation>
    </message>
    <message>
        <source>The plan already has a metered charge for the metric %1.</source>
        <translation>Plan ma już opłatę za użycie dla metryki %1.</translation>
    </message>
    <message>
        <source>There is no metered charge number %1.</source>
        <translation>Nie ma opłaty za użycie o numerze %1.</translation>
    </message>
    <message>
        <source>The plan %1 already has a price in %2 (%3).</source>
        <translation>Plan %1 ma już cenę w %2 (%3).</translation>
    </message>
    <message>
        <source>The add-on %1 already has a price in %2 (%3).</source>
        <translation>Dodatek %1 ma już cenę w %2 (%3).</translation>
    </message>
    <message>
        <source>The metered charge %1 already has a price in %2 (%3).</source>
        <translation>Opłata za użycie %1 ma już cenę w %2 (%3).</translation>
    </message>
    <message>
        <source>The plan %1 already has a price in %2.</source>
        <translation>Plan %1 ma już cenę w %2.</translation>
    </message>
    <message>
        <source>The add-on %1 already has a price in %2.</source>
        <translation>Dodatek %1 ma już cenę w %2.</translation>
    </message>
    <message>
        <source>The metered charge %1 already has a price in %2.</source>
        <translation>Opłata za użycie %1 ma już cenę w %2.</translation>
    </message>
    <message>
        <source>The price version is in %1 but its price is in %2.</source>
        <translation>Wersja ceny jest wyrażona w %1, a cena – w %2.</translation>
    </message>
    <message>
        <source>The price already has a version that takes effect on %1.</source>
        <translation>Cena ma już wersję obowiązującą od %1.</translation>
    </message>
    <message>
        <source>There is no price number %1.</source>
        <translation>Nie ma ceny o numerze %1.</translation>
    </message>
    <message>
        <source>A coupon with the code %1 already exists.</source>
        <translation>Kupon o kodzie %1 już istnieje.</translation>
    </message>
    <message>
        <source>There is no coupon number %1.</source>
        <translation>Nie ma kuponu o numerze %1.</translation>
    </message>
    <message>
        <source>There is no document number %1.</source>
        <translation>Nie ma dokumentu o numerze %1.</translation>
    </message>
    <message>
        <source>Subscription %1 is already billed for %2 (charge %3) for the period starting %4; nothing was stored.</source>
        <translation>Subskrypcja %1 jest już rozliczona w zakresie %2 (opłata %3) za okres rozpoczynający się %4; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>There is no subscription number %1.</source>
        <translation>Nie ma subskrypcji o numerze %1.</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; of subscription %2 refers to a subscription, plan, price or event that does not exist.</source>
        <translation>Zdarzenie „%1” subskrypcji %2 odwołuje się do nieistniejącej subskrypcji, planu, ceny lub zdarzenia.</translation>
    </message>
    <message>
        <source>The company file cancelled the change after an error; nothing was saved.</source>
        <translation>Plik firmy wycofał zmianę po wystąpieniu błędu; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>There is no bank account number %1.</source>
        <translation>Nie ma rachunku bankowego o numerze %1.</translation>
    </message>
    <message>
        <source>There is no tax rate number %1.</source>
        <translation>Nie ma stawki podatku o numerze %1.</translation>
    </message>
    <message>
        <source>There is no numbering series number %1.</source>
        <translation>Nie ma serii numeracji o numerze %1.</translation>
    </message>
    <message>
        <source>The numbering series &quot;%1&quot; has issued documents: its pattern, kind and yearly restart can no longer change. Create a new series instead.</source>
        <translation>Seria numeracji „%1” ma wystawione dokumenty: nie można już zmienić jej wzorca, rodzaju ani corocznego zerowania. Zamiast tego utwórz nową serię.</translation>
    </message>
    <message>
        <source>A credit entry of customer %1 refers to a customer, document or payment that does not exist.</source>
        <translation>Zapis salda kredytowego klienta %1 odwołuje się do nieistniejącego klienta, dokumentu lub płatności.</translation>
    </message>
    <message>
        <source>Only drafts can be stored as new documents (document of customer %1 is %2).</source>
        <translation>Jako nowe dokumenty można zapisywać tylko wersje robocze (dokument klienta %1 ma status %2).</translation>
    </message>
    <message>
        <source>A document for customer %1 refers to a customer, billing run or corrected document that does not exist.</source>
        <translation>Dokument klienta %1 odwołuje się do nieistniejącego klienta, przebiegu rozliczeń lub korygowanego dokumentu.</translation>
    </message>
    <message>
        <source>Document %1 is issued already and cannot be changed.</source>
        <translation>Dokument %1 jest już wystawiony i nie można go zmienić.</translation>
    </message>
    <message>
        <source>Document %1 has no line number %2.</source>
        <translation>Dokument %1 nie ma pozycji o numerze %2.</translation>
    </message>
    <message>
        <source>The number %1 is taken already.</source>
        <translation>Numer %1 jest już zajęty.</translation>
    </message>
    <message>
        <source>Document %1 refers to a numbering series or corrected document that does not exist.</source>
        <translation>Dokument %1 odwołuje się do nieistniejącej serii numeracji lub korygowanego dokumentu.</translation>
    </message>
    <message>
        <source>Document %1 can move between issued and uncollectible only; drafts are issued by issuing them.</source>
        <translation>Dokument %1 może przechodzić tylko między statusami wystawiony i nieściągalny; wersje robocze zmieniają status przez wystawienie.</translation>
    </message>
    <message>
        <source>The settlement of document %1 would fall below zero.</source>
        <translation>Rozliczenie dokumentu %1 spadłoby poniżej zera.</translation>
    </message>
    <message>
        <source>The settlement of invoice %1 would exceed its total.</source>
        <translation>Rozliczenie faktury %1 przekroczyłoby jej sumę.</translation>
    </message>
    <message>
        <source>A payment allocates to document %1 more than once.</source>
        <translation>Płatność jest przypisana do dokumentu %1 więcej niż raz.</translation>
    </message>
    <message>
        <source>There is no payment number %1.</source>
        <translation>Nie ma płatności o numerze %1.</translation>
    </message>
    <message>
        <source>Cannot read the figures of %1: %2</source>
        <translation>Nie można odczytać wartości z %1: %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>plik nie istnieje.</translation>
    </message>
    <message>
        <source>it is not a SubDesk company file.</source>
        <translation>to nie jest plik firmy SubDesk.</translation>
    </message>
    <message>
        <source>it was written by an older SubDesk. Open it once to update it.</source>
        <translation>został zapisany przez starszą wersję SubDesk. Otwórz go raz, aby go zaktualizować.</translation>
    </message>
    <message>
        <source>it was written by a newer SubDesk.</source>
        <translation>został zapisany przez nowszą wersję SubDesk.</translation>
    </message>
    <message>
        <source>An MRR span of subscription %1 is not valid.</source>
        <translation>Okres MRR subskrypcji %1 jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>An MRR span names a subscription, customer or plan that does not exist (subscription %1).</source>
        <translation>Okres MRR odwołuje się do nieistniejącej subskrypcji, klienta lub planu (subskrypcja %1).</translation>
    </message>
    <message>
        <source>Two MRR spans of subscription %1 start on the same day.</source>
        <translation>Dwa okresy MRR subskrypcji %1 zaczynają się tego samego dnia.</translation>
    </message>
    <message>
        <source>An exchange rate of %1 has no valid month.</source>
        <translation>Kurs waluty %1 nie ma prawidłowego miesiąca.</translation>
    </message>
    <message>
        <source>There is no %1 exchange rate for %2.</source>
        <translation>Brak kursu %1 dla %2.</translation>
    </message>
    <message>
        <source>The company file holds an unreadable row in %1.</source>
        <translation>Plik firmy zawiera nieczytelny wiersz w %1.</translation>
    </message>
    <message>
        <source>There is no survey answer number %1.</source>
        <translation>Nie ma odpowiedzi z ankiety o numerze %1.</translation>
    </message>
    <message>
        <source>The survey answer of customer %1 on %2 is not valid.</source>
        <translation>Odpowiedź z ankiety klienta %1 z dnia %2 jest nieprawidłowa.</translation>
    </message>
</context>
<context>
    <name>DemoCatalog</name>
    <message>
        <source>The company already has a catalog; the demo catalog goes only into an empty company file.</source>
        <translation>Firma ma już katalog; katalog demonstracyjny można dodać tylko do pustego pliku firmy.</translation>
    </message>
</context>
<context>
    <name>DemoInvoicing</name>
    <message>
        <source>Demo %1: %2</source>
        <translation>Demo %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoSubscriptions</name>
    <message>
        <source>subscribing</source>
        <translation>zapisanie do planu</translation>
    </message>
    <message>
        <source>changing</source>
        <translation>zmiana</translation>
    </message>
    <message>
        <source>pausing</source>
        <translation>wstrzymanie</translation>
    </message>
    <message>
        <source>resuming</source>
        <translation>wznowienie</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>anulowanie</translation>
    </message>
    <message>
        <source>reactivating</source>
        <translation>reaktywacja</translation>
    </message>
    <message>
        <source>Demo billing run of %1: %2</source>
        <translation>Demonstracyjny przebieg rozliczeń na dzień %1: %2</translation>
    </message>
    <message>
        <source>Demo usage of %1: %2</source>
        <translation>Demonstracyjne użycie – %1: %2</translation>
    </message>
    <message>
        <source>Demo price migration: %1</source>
        <translation>Demonstracyjna migracja cen: %1</translation>
    </message>
    <message>
        <source>Demo history, %1 %2 on %3: %4</source>
        <translation>Historia demonstracyjna: %1 (%2) w dniu %3: %4</translation>
    </message>
    <message>
        <source>Demo %1: %2</source>
        <translation>Dane demonstracyjne – %1: %2</translation>
    </message>
    <message>
        <source>metrics settings</source>
        <translation>ustawienia wskaźników</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>kursy walut</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>odpowiedzi z ankiet</translation>
    </message>
    <message>
        <source>MRR spans</source>
        <translation>okresy MRR</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota kredytowa</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Wersja robocza</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Wystawiona</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Przeterminowana</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Częściowo opłacona</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Opłacona</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Skorygowana</translation>
    </message>
    <message>
        <source>Uncollectible</source>
        <translation>Nieściągalna</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>Print %1</source>
        <translation>Drukuj %1</translation>
    </message>
</context>
<context>
    <name>DocumentIssuer</name>
    <message>
        <source>Fill in the company&apos;s name and country (Settings → Company) before issuing documents: every document must name its seller.</source>
        <translation>Przed wystawieniem dokumentów uzupełnij nazwę i kraj firmy (Ustawienia → Firma): każdy dokument musi wskazywać sprzedawcę.</translation>
    </message>
    <message>
        <source>A document without lines cannot be issued.</source>
        <translation>Nie można wystawić dokumentu bez pozycji.</translation>
    </message>
    <message>
        <source>An invoice cannot total less than zero; issue a credit note instead.</source>
        <translation>Wartość faktury nie może być mniejsza od zera; zamiast tego wystaw notę kredytową.</translation>
    </message>
    <message>
        <source>A credit note must total less than zero.</source>
        <translation>Wartość noty kredytowej musi być mniejsza od zera.</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>Reverse charge</source>
        <translation>Odwrotne obciążenie</translation>
    </message>
    <message>
        <source>Export outside the EU — VAT not charged</source>
        <translation>Eksport poza UE — VAT nie naliczono</translation>
    </message>
    <message>
        <source>Intra-community supply exempt from VAT</source>
        <translation>Wewnątrzwspólnotowa dostawa towarów zwolniona z VAT</translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation>Nie podlega VAT</translation>
    </message>
    <message>
        <source>Exempt from VAT</source>
        <translation>Zwolnione z VAT</translation>
    </message>
    <message>
        <source>Zero-rated supply</source>
        <translation>Dostawa opodatkowana stawką 0%</translation>
    </message>
    <message>
        <source>Standard rate</source>
        <translation>Stawka podstawowa</translation>
    </message>
    <message>
        <source>Zero rate</source>
        <translation>Stawka 0%</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Zwolnione</translation>
    </message>
    <message>
        <source>Intra-community supply</source>
        <translation>Wewnątrzwspólnotowa dostawa towarów</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>VAT ID: %1</source>
        <translation>NIP: %1</translation>
    </message>
    <message>
        <source>Reg. no.: %1</source>
        <translation>Nr rejestrowy: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Faktura korygująca</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Data wystawienia</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin płatności</translation>
    </message>
    <message>
        <source>Supply period</source>
        <translation>Okres dostawy</translation>
    </message>
    <message>
        <source>Corrects invoice</source>
        <translation>Korygowana faktura</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Nabywca</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Płatnik</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jednostkowa</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Wartość netto</translation>
    </message>
    <message>
        <source>VAT summary</source>
        <translation>Podsumowanie VAT</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Stawka</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Podstawa</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Razem netto</translation>
    </message>
    <message>
        <source>VAT total</source>
        <translation>Razem VAT</translation>
    </message>
    <message>
        <source>Total credited</source>
        <translation>Razem korekta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Credit applied</source>
        <translation>Zaliczone saldo kredytowe</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Skorygowano</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zapłacono</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Do zapłaty</translation>
    </message>
    <message>
        <source>Seller&apos;s VAT ID: %1 · Customer&apos;s VAT ID: %2</source>
        <translation>NIP sprzedawcy: %1 · NIP nabywcy: %2</translation>
    </message>
    <message>
        <source>Corrects invoice %1 of %2</source>
        <translation>Korekta faktury %1 z dnia %2</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Właściciel rachunku</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Tytuł płatności</translation>
    </message>
    <message>
        <source>Payable by %1</source>
        <translation>Płatne do %1</translation>
    </message>
    <message>
        <source>Paid in full. Thank you.</source>
        <translation>Zapłacono w całości. Dziękujemy.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Zestawienie rozrachunków</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin płatności</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Winien</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Ma</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Saldo początkowe</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Saldo końcowe</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Saldo do zapłaty</translation>
    </message>
    <message>
        <source>Balance in your favour</source>
        <translation>Saldo na Państwa korzyść</translation>
    </message>
    <message>
        <source>Nothing is due</source>
        <translation>Brak należności</translation>
    </message>
</context>
<context>
    <name>DrillDowns</name>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Klient %1</translation>
    </message>
    <message>
        <source>Unknown figure.</source>
        <translation>Nieznany wskaźnik.</translation>
    </message>
    <message>
        <source>%1: customers paying on %2, the day before the 12 months to %3</source>
        <translation>%1: klienci płacący w dniu %2, dzień przed 12 miesiącami do %3</translation>
    </message>
    <message>
        <source>%1: customers paying on %2</source>
        <translation>%1: klienci płacący w dniu %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>MRR (%1)</source>
        <translation>MRR (%1)</translation>
    </message>
    <message>
        <source>Subscription %1 · %2</source>
        <translation>Subskrypcja %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln klient</numerusform>
            <numerusform>%Ln klientów</numerusform>
            <numerusform>%Ln klientów</numerusform>
        </translation>
    </message>
    <message>
        <source>NRR and GRR follow these customers over the 12 months that start the next day: what they pay at the end, without new customers, against what they paid here.</source>
        <translation>NRR i GRR śledzą tych klientów przez 12 miesięcy zaczynających się następnego dnia: ile płacą na końcu, bez nowych klientów, w porównaniu z tym, ile płacili tutaj.</translation>
    </message>
    <message>
        <source>%1, MRR at the window&apos;s start %2</source>
        <translation>%1, MRR na początku okresu %2</translation>
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
        <translation>CLV to ARPA podzielone przez średni miesięczny odpływ klientów z ostatnich 6 miesięcy.</translation>
    </message>
    <message>
        <source>%1 with MRR %2</source>
        <translation>%1 z MRR %2</translation>
    </message>
    <message>
        <source>Total MRR %1 (%2)</source>
        <translation>Łączne MRR %1 (%2)</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>Zmiany MRR</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 w %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln zmiana</numerusform>
            <numerusform>%Ln zmiany</numerusform>
            <numerusform>%Ln zmian</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>Logo churn counts these customers against those paying at the month&apos;s start.</source>
        <translation>Odpływ klientów odnosi liczbę tych klientów do liczby klientów płacących na początku miesiąca.</translation>
    </message>
    <message>
        <source>%1, net %2</source>
        <translation>%1, netto %2</translation>
    </message>
    <message>
        <source>the 90 days to %1</source>
        <translation>90 dni do %1</translation>
    </message>
    <message>
        <source>NPS answers in %1</source>
        <translation>Odpowiedzi NPS w %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln odpowiedź</numerusform>
            <numerusform>%Ln odpowiedzi</numerusform>
            <numerusform>%Ln odpowiedzi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 promoters, %3 passives, %4 detractors, NPS %5</source>
        <translation>%1: promotorzy: %2, pasywni: %3, krytycy: %4, NPS %5</translation>
    </message>
</context>
<context>
    <name>FxRateCsv</name>
    <message numerus="yes">
        <source>the row has %n column(s); it needs three: month, currency, rate.</source>
        <translation>
            <numerusform>wiersz ma %n kolumnę; wymagane są trzy: month, currency, rate.</numerusform>
            <numerusform>wiersz ma %n kolumny; wymagane są trzy: month, currency, rate.</numerusform>
            <numerusform>wiersz ma %n kolumn; wymagane są trzy: month, currency, rate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Month (column 1): &quot;%1&quot; is not a month written YYYY-MM.</source>
        <translation>Miesiąc (kolumna 1): „%1” nie jest miesiącem w formacie YYYY-MM.</translation>
    </message>
    <message>
        <source>Currency (column 2): &quot;%1&quot; is not an ISO 4217 currency code such as SEK.</source>
        <translation>Waluta (kolumna 2): „%1” nie jest kodem waluty ISO 4217, takim jak SEK.</translation>
    </message>
    <message>
        <source>Currency (column 2): %1 is the reporting currency; it needs no rate.</source>
        <translation>Waluta (kolumna 2): %1 jest walutą raportowania; nie wymaga kursu.</translation>
    </message>
    <message>
        <source>Rate (column 3): %1</source>
        <translation>Kurs (kolumna 3): %1</translation>
    </message>
    <message>
        <source>%1 %2 is given twice in the file.</source>
        <translation>%1 %2 występuje w pliku dwukrotnie.</translation>
    </message>
</context>
<context>
    <name>FxTable</name>
    <message>
        <source>&quot;%1&quot; is not an exchange rate: give a number above 0 with at most 8 decimals, e.g. 0.087312.</source>
        <translation>„%1” nie jest kursem walutowym: podaj liczbę większą od 0 z co najwyżej 8 miejscami po przecinku, np. 0,087312.</translation>
    </message>
</context>
<context>
    <name>InvoiceActions</name>
    <message>
        <source>&amp;New invoice…</source>
        <translation>&amp;Nowa faktura…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nowa…</translation>
    </message>
    <message>
        <source>Write a manual invoice or a one-off charge</source>
        <translation>Wystaw ręczną fakturę lub jednorazową opłatę</translation>
    </message>
    <message>
        <source>&amp;Edit draft…</source>
        <translation>&amp;Edytuj wersję roboczą…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Change the lines of the selected manual draft</source>
        <translation>Zmień pozycje zaznaczonej ręcznej wersji roboczej</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Wystaw…</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Wystaw…</translation>
    </message>
    <message>
        <source>Number the selected draft and make it final</source>
        <translation>Nadaj numer zaznaczonej wersji roboczej i zatwierdź ją jako ostateczną</translation>
    </message>
    <message>
        <source>Issue &amp;all drafts…</source>
        <translation>Wystaw &amp;wszystkie wersje robocze…</translation>
    </message>
    <message>
        <source>Issue all drafts…</source>
        <translation>Wystaw wszystkie wersje robocze…</translation>
    </message>
    <message>
        <source>Number every draft dated up to today and make them final</source>
        <translation>Nadaj numery wszystkim wersjom roboczym z datą do dzisiaj i zatwierdź je jako ostateczne</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Zarejestruj &amp;płatność…</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>Płatność…</translation>
    </message>
    <message>
        <source>Record money received for the selected invoice</source>
        <translation>Zarejestruj wpłatę otrzymaną za zaznaczoną fakturę</translation>
    </message>
    <message>
        <source>&amp;Credit…</source>
        <translation>&amp;Koryguj…</translation>
    </message>
    <message>
        <source>Credit…</source>
        <translation>Koryguj…</translation>
    </message>
    <message>
        <source>Issue a credit note against the selected invoice</source>
        <translation>Wystaw notę kredytową do zaznaczonej faktury</translation>
    </message>
    <message>
        <source>Mark &amp;uncollectible…</source>
        <translation>Oznacz jako &amp;nieściągalną…</translation>
    </message>
    <message>
        <source>Uncollectible…</source>
        <translation>Nieściągalna…</translation>
    </message>
    <message>
        <source>Write the selected invoice off as never to be paid</source>
        <translation>Spisz zaznaczoną fakturę jako taką, która nigdy nie zostanie zapłacona</translation>
    </message>
    <message>
        <source>Apply customer cre&amp;dit</source>
        <translation>Zastosuj saldo &amp;kredytowe klienta</translation>
    </message>
    <message>
        <source>Apply credit</source>
        <translation>Zastosuj kredyt</translation>
    </message>
    <message>
        <source>Settle the selected invoice with the customer&apos;s credit balance in its currency</source>
        <translation>Rozlicz wybraną fakturę saldem kredytowym klienta w jej walucie</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Usuń wersję roboczą…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Delete the selected draft</source>
        <translation>Usuń zaznaczoną wersję roboczą</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Zapisz &amp;PDF…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the selected document as a PDF file</source>
        <translation>Zapisz zaznaczony dokument jako plik PDF</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Dr&amp;ukuj…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Print the selected document, with a preview</source>
        <translation>Drukuj zaznaczony dokument z podglądem</translation>
    </message>
    <message>
        <source>Save &amp;UBL…</source>
        <translation>Zapisz &amp;UBL…</translation>
    </message>
    <message>
        <source>UBL…</source>
        <translation>UBL…</translation>
    </message>
    <message>
        <source>Save the selected document as a UBL e-invoice (EN 16931, Peppol BIS 3.0)</source>
        <translation>Zapisz zaznaczony dokument jako e-fakturę UBL (EN 16931, Peppol BIS 3.0)</translation>
    </message>
    <message>
        <source>E&amp;xport documents…</source>
        <translation>E&amp;ksportuj dokumenty…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Save the PDF and UBL files of every document issued in a date range</source>
        <translation>Zapisz pliki PDF i UBL wszystkich dokumentów wystawionych w zakresie dat</translation>
    </message>
</context>
<context>
    <name>InvoicePrompts</name>
    <message>
        <source>Issue all drafts</source>
        <translation>Wystaw wszystkie wersje robocze</translation>
    </message>
    <message numerus="yes">
        <source>Issue %Ln draft(s) dated up to %1?</source>
        <translation>
            <numerusform>Wystawić %Ln wersję roboczą z datą do %1?</numerusform>
            <numerusform>Wystawić %Ln wersje robocze z datą do %1?</numerusform>
            <numerusform>Wystawić %Ln wersji roboczych z datą do %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each gets the next number of its series, dated today, and can no longer be changed or deleted. Either all are issued or, if one cannot be, none.</source>
        <translation>Każda otrzyma kolejny numer ze swojej serii i dzisiejszą datę, a potem nie będzie można jej zmienić ani usunąć. Zostaną wystawione wszystkie albo — jeśli którejś nie można wystawić — żadna.</translation>
    </message>
    <message>
        <source>&amp;Issue all</source>
        <translation>&amp;Wystaw wszystkie</translation>
    </message>
    <message>
        <source>Mark uncollectible</source>
        <translation>Oznacz jako nieściągalną</translation>
    </message>
    <message>
        <source>Write off invoice %1 with %2 still unpaid?</source>
        <translation>Spisać fakturę %1 z niezapłaconą kwotą %2?</translation>
    </message>
    <message>
        <source>It stays on the customer&apos;s statement and in the aging report&apos;s totals as uncollectible, and is no longer offered for payments.</source>
        <translation>Pozostanie w zestawieniu rozrachunków klienta i w sumach raportu wiekowania jako nieściągalna i nie będzie już proponowana przy płatnościach.</translation>
    </message>
    <message>
        <source>&amp;Mark uncollectible</source>
        <translation>&amp;Oznacz jako nieściągalną</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Usuń wersję roboczą</translation>
    </message>
    <message>
        <source>Delete the draft %1 of %2 for %3?</source>
        <translation>Usunąć wersję roboczą %1 z dnia %2 dla %3?</translation>
    </message>
    <message>
        <source>Its lines are deleted with it. A draft has no number yet, so no number is lost.</source>
        <translation>Jej pozycje zostaną usunięte razem z nią. Wersja robocza nie ma jeszcze numeru, więc żaden numer nie przepadnie.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
</context>
<context>
    <name>InvoiceService</name>
    <message>
        <source>%1 is issued and can no longer be edited.</source>
        <translation>Dokument %1 jest wystawiony i nie można go już edytować.</translation>
    </message>
    <message>
        <source>%1 is issued and can never be deleted; credit it instead.</source>
        <translation>Dokument %1 jest wystawiony i nigdy nie może zostać usunięty; zamiast tego go skoryguj.</translation>
    </message>
    <message>
        <source>%1 is issued already.</source>
        <translation>Dokument %1 jest już wystawiony.</translation>
    </message>
    <message>
        <source>The issue date is not valid.</source>
        <translation>Data wystawienia jest nieprawidłowa.</translation>
    </message>
    <message>
        <source>A document dated %1 cannot be issued on an earlier day (%2).</source>
        <translation>Dokumentu z datą %1 nie można wystawić z wcześniejszym dniem (%2).</translation>
    </message>
    <message>
        <source>The series &quot;%1&quot; has a document issued on %2; a later number cannot carry an earlier date.</source>
        <translation>Seria „%1” ma dokument wystawiony %2; późniejszy numer nie może mieć wcześniejszej daty.</translation>
    </message>
    <message>
        <source>Document of %1 for customer %2</source>
        <translation>Dokument z dnia %1 dla klienta %2</translation>
    </message>
    <message>
        <source> (reduced by %1 so the credit stays within the invoice)</source>
        <translation> (pomniejszono o %1, aby korekta nie przekroczyła wartości faktury)</translation>
    </message>
    <message>
        <source>Only an issued invoice can be written off as uncollectible.</source>
        <translation>Jako nieściągalną można spisać tylko wystawioną fakturę.</translation>
    </message>
    <message>
        <source>Invoice %1 has nothing left to collect.</source>
        <translation>Na fakturze %1 nie pozostało nic do ściągnięcia.</translation>
    </message>
    <message>
        <source>Credit can only be applied to an issued invoice.</source>
        <translation>Saldo kredytowe można zaliczyć tylko na poczet wystawionej faktury.</translation>
    </message>
    <message>
        <source>The amount of credit to apply must be more than zero.</source>
        <translation>Kwota zaliczanego salda kredytowego musi być większa od zera.</translation>
    </message>
    <message>
        <source>Invoice %1 has nothing left to pay.</source>
        <translation>Na fakturze %1 nie pozostało nic do zapłaty.</translation>
    </message>
    <message>
        <source>The customer has no credit in %1 to apply.</source>
        <translation>Klient nie ma salda kredytowego w %1 do zaliczenia.</translation>
    </message>
    <message>
        <source>A document cannot be issued on a day after today (%1).</source>
        <translation>Dokumentu nie można wystawić z datą późniejszą niż dzisiejsza (%1).</translation>
    </message>
    <message>
        <source>The credit note would credit %1, more than the %2 of invoice %3 left to credit (in all or at one of its VAT rates).</source>
        <translation>Nota kredytowa skorygowałaby %1, więcej niż %2 pozostałe do skorygowania z faktury %3 (łącznie lub w jednej ze stawek VAT).</translation>
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
        <translation>„%1” nie jest znanym kodem waluty.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>Faktura musi mieć co najmniej jedną pozycję.</translation>
    </message>
    <message>
        <source>Line %1: the description is empty.</source>
        <translation>Pozycja %1: opis jest pusty.</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be at least 1.</source>
        <translation>Pozycja %1: ilość musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <source>Line %1: the period needs a start and a later end, or neither.</source>
        <translation>Pozycja %1: okres wymaga początku i późniejszego końca albo żadnego z nich.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Pozycja %1: %2</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>The lines total less than zero; credit an invoice with a credit note instead.</source>
        <translation>Suma pozycji jest mniejsza od zera; zamiast tego skoryguj fakturę notą kredytową.</translation>
    </message>
</context>
<context>
    <name>MeteredCharge</name>
    <message>
        <source>Sum</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maksimum</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Ostatnia wartość</translation>
    </message>
    <message>
        <source>A metered charge needs a metric code of 1 to %1 characters.</source>
        <translation>Opłata za użycie wymaga kodu metryki o długości od 1 do %1 znaków.</translation>
    </message>
    <message>
        <source>The metric code &quot;%1&quot; may only contain lower-case letters a–z, digits, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>Kod metryki „%1” może zawierać tylko małe litery a–z, cyfry oraz znaki „_” i „.”.</translation>
    </message>
    <message>
        <source>The metered charge %1 needs a name.</source>
        <translation>Opłata za użycie %1 musi mieć nazwę.</translation>
    </message>
</context>
<context>
    <name>MeteredChargeDialog</name>
    <message>
        <source>All usage in the period added up: API calls, messages sent.</source>
        <translation>Suma całego użycia w okresie: wywołania API, wysłane wiadomości.</translation>
    </message>
    <message>
        <source>The highest value in the period: peak storage, peak seats.</source>
        <translation>Najwyższa wartość w okresie: szczytowe wykorzystanie przestrzeni, maksymalna liczba stanowisk.</translation>
    </message>
    <message>
        <source>The latest value in the period: a meter read at the period&apos;s end.</source>
        <translation>Ostatnia wartość w okresie: odczyt licznika na koniec okresu.</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reaktywacja</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Rozszerzenie</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Zmniejszenie</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Odpływ</translation>
    </message>
    <message>
        <source>%1 has no exchange rate to %2 for %3: its amounts are left out of that month.</source>
        <translation>%1 nie ma kursu wymiany na %2 dla %3: kwoty w tej walucie są pominięte w tym miesiącu.</translation>
    </message>
    <message>
        <source>%1 has no exchange rate to %2 from %3 to %4: its amounts are left out of those months.</source>
        <translation>%1 nie ma kursu wymiany na %2 od %3 do %4: kwoty w tej walucie są pominięte w tych miesiącach.</translation>
    </message>
    <message>
        <source>Invoices in %1 have no exchange rate to %2 for %3: they are left out of the reconciliation.</source>
        <translation>Faktury w %1 nie mają kursu wymiany na %2 dla %3: są pominięte w uzgodnieniu.</translation>
    </message>
    <message>
        <source>Invoices in %1 have no exchange rate to %2 from %3 to %4: they are left out of the reconciliation.</source>
        <translation>Faktury w %1 nie mają kursu wymiany na %2 od %3 do %4: są pominięte w uzgodnieniu.</translation>
    </message>
</context>
<context>
    <name>MetricsService</name>
    <message>
        <source>Subscription %1 is left out of the refreshed figures: %2</source>
        <translation>Subskrypcja %1 została pominięta w odświeżonych wartościach: %2</translation>
    </message>
    <message>
        <source>An exchange rate of %1 has no month.</source>
        <translation>Kurs waluty %1 nie ma miesiąca.</translation>
    </message>
    <message>
        <source>Currency: “%1” is not an ISO 4217 code in capitals (e.g. SEK).</source>
        <translation>Waluta: „%1” nie jest kodem ISO 4217 zapisanym wielkimi literami (np. SEK).</translation>
    </message>
    <message>
        <source>%1 is the reporting currency: its rate is always 1 and is not stored.</source>
        <translation>%1 jest walutą raportowania: jej kurs zawsze wynosi 1 i nie jest zapisywany.</translation>
    </message>
    <message>
        <source>Rate: the %1 rate for %2 must be greater than zero.</source>
        <translation>Kurs: kurs %1 dla %2 musi być większy od zera.</translation>
    </message>
    <message>
        <source>Rate: the %1 rate for %2 is larger than 1,000,000.</source>
        <translation>Kurs: kurs %1 dla %2 przekracza 1 000 000.</translation>
    </message>
    <message>
        <source>The %1 rate for %2 is given twice.</source>
        <translation>Kurs %1 dla %2 podano dwukrotnie.</translation>
    </message>
    <message>
        <source>Reporting currency: “%1” is not an ISO 4217 code (e.g. EUR).</source>
        <translation>Waluta raportowania: „%1” nie jest kodem ISO 4217 (np. EUR).</translation>
    </message>
    <message>
        <source>Gross margin: it must be between 0 % and 100 %.</source>
        <translation>Marża brutto: musi wynosić od 0 % do 100 %.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation>Nie można łączyć kwot w %1 i %2.</translation>
    </message>
    <message>
        <source>Division by zero.</source>
        <translation>Dzielenie przez zero.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Kwota jest za duża.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2 (expected e.g. %3).</source>
        <translation>„%1” nie jest kwotą w %2 (oczekiwano np. %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3).</source>
        <translation>„%1” ma więcej miejsc po przecinku, niż dopuszcza %2 (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (expected e.g. %2).</source>
        <translation>„%1” nie jest kwotą (oczekiwano np. %2).</translation>
    </message>
    <message>
        <source>Nothing to split the amount over.</source>
        <translation>Brak pozycji, na które można podzielić kwotę.</translation>
    </message>
    <message>
        <source>A split weight is negative.</source>
        <translation>Waga podziału jest ujemna.</translation>
    </message>
</context>
<context>
    <name>NumberSeries</name>
    <message>
        <source>The pattern has a &quot;}&quot; without a matching &quot;{&quot; at position %1.</source>
        <translation>Wzorzec zawiera „}” bez odpowiadającego „{” na pozycji %1.</translation>
    </message>
    <message>
        <source>The pattern has a &quot;{&quot; without a matching &quot;}&quot; at position %1.</source>
        <translation>Wzorzec zawiera „{” bez odpowiadającego „}” na pozycji %1.</translation>
    </message>
    <message>
        <source>The pattern has an unknown token %1; use {YYYY}, {YY}, {MM} and {#…} (one # per digit).</source>
        <translation>Wzorzec zawiera nieznany element %1; użyj {YYYY}, {YY}, {MM} i {#…} (jeden # na cyfrę).</translation>
    </message>
    <message>
        <source>The pattern is empty.</source>
        <translation>Wzorzec jest pusty.</translation>
    </message>
    <message>
        <source>The pattern starts or ends with a space.</source>
        <translation>Wzorzec zaczyna się lub kończy spacją.</translation>
    </message>
    <message>
        <source>The pattern has no counter: add {#…} with one # per digit, e.g. {#####}.</source>
        <translation>Wzorzec nie ma licznika: dodaj {#…} z jednym # na cyfrę, np. {#####}.</translation>
    </message>
    <message>
        <source>The pattern has more than one counter {#…}.</source>
        <translation>Wzorzec ma więcej niż jeden licznik {#…}.</translation>
    </message>
    <message>
        <source>A series that restarts every year needs the year in its pattern ({YYYY} or {YY}); otherwise numbers would repeat.</source>
        <translation>Seria numerowana od nowa co roku wymaga roku we wzorcu ({YYYY} lub {YY}); w przeciwnym razie numery by się powtarzały.</translation>
    </message>
    <message>
        <source>The pattern gives numbers of %1 characters; at most %2 are allowed.</source>
        <translation>Wzorzec daje numery o długości %1 znaków; dozwolone jest najwyżej %2.</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Nie można zapisać %1: %2.</translation>
    </message>
    <message>
        <source>the file could not be renamed</source>
        <translation>nie można zmienić nazwy pliku</translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; cannot be written: the output is not open for writing.</source>
        <translation>Nie można zapisać pliku PDF „%1”: wyjście nie jest otwarte do zapisu.</translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; could not be started.</source>
        <translation>Nie można rozpocząć tworzenia pliku PDF „%1”.</translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; could not be finished.</source>
        <translation>Nie można ukończyć pliku PDF „%1”.</translation>
    </message>
    <message>
        <source>Only an issued document can be exported as an e-invoice.</source>
        <translation>Jako e-fakturę można wyeksportować tylko wystawiony dokument.</translation>
    </message>
    <message>
        <source>The document %1 has no lines to export.</source>
        <translation>Dokument %1 nie ma pozycji do wyeksportowania.</translation>
    </message>
    <message>
        <source>The e-invoice %1 could not be written: %2.</source>
        <translation>Nie można zapisać e-faktury %1: %2.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Przelew bankowy</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Polecenie zapłaty</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Gotówka</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inna</translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>&quot;%1&quot; is not a known currency code.</source>
        <translation>„%1” nie jest znanym kodem waluty.</translation>
    </message>
    <message>
        <source>The amount of a payment must be more than zero.</source>
        <translation>Kwota płatności musi być większa od zera.</translation>
    </message>
    <message>
        <source>A payment cannot be dated after today (%1).</source>
        <translation>Data płatności nie może być późniejsza niż dzisiaj (%1).</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>wersja robocza</translation>
    </message>
    <message>
        <source>%1 is not an issued invoice; payments settle invoices.</source>
        <translation>%1 nie jest wystawioną fakturą; płatności rozliczają faktury.</translation>
    </message>
    <message>
        <source>%1 belongs to another customer.</source>
        <translation>%1 należy do innego klienta.</translation>
    </message>
    <message>
        <source>%1 is in %2, the payment in %3.</source>
        <translation>%1 jest w %2, a płatność w %3.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 występuje dwukrotnie.</translation>
    </message>
    <message>
        <source>The amount applied to %1 must be more than zero.</source>
        <translation>Kwota przypisana do %1 musi być większa od zera.</translation>
    </message>
    <message>
        <source>%1 has %2 left to pay; %3 cannot be applied to it.</source>
        <translation>Do zapłaty na %1 pozostało %2; nie można przypisać %3.</translation>
    </message>
    <message>
        <source>The amounts applied to invoices add up to more than the payment (%1).</source>
        <translation>Kwoty przypisane do faktur przekraczają kwotę płatności (%1).</translation>
    </message>
    <message>
        <source>The amount of a refund must be more than zero.</source>
        <translation>Kwota zwrotu musi być większa od zera.</translation>
    </message>
    <message>
        <source>A refund cannot be dated after today (%1).</source>
        <translation>Data zwrotu nie może być późniejsza niż dzisiaj (%1).</translation>
    </message>
    <message>
        <source>The customer has %1 of credit in %2; a refund cannot be more.</source>
        <translation>Klient ma saldo kredytowe %1 w %2; zwrot nie może być wyższy.</translation>
    </message>
</context>
<context>
    <name>Percent</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number with the locale&apos;s digits (&quot;5.5&quot;). Write the percent sign as your language does.</extracomment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Renews</source>
        <translation>Odnawia się</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Wygasa</translation>
    </message>
    <message>
        <source>Evergreen</source>
        <translation>Bezterminowo</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), then renews</source>
        <translation>
            <numerusform>%n okres, potem odnowienie</numerusform>
            <numerusform>%n okresy, potem odnowienie</numerusform>
            <numerusform>%n okresów, potem odnowienie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), then expires</source>
        <translation>
            <numerusform>%n okres, potem wygaśnięcie</numerusform>
            <numerusform>%n okresy, potem wygaśnięcie</numerusform>
            <numerusform>%n okresów, potem wygaśnięcie</numerusform>
        </translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>The plan %1 needs a name.</source>
        <translation>Plan %1 musi mieć nazwę.</translation>
    </message>
    <message>
        <source>The trial of plan %1 must be 0 to %2 days, not %3.</source>
        <translation>Okres próbny planu %1 musi wynosić od 0 do %2 dni, a nie %3.</translation>
    </message>
    <message>
        <source>The term of plan %1 must be 0 (evergreen) to %2 periods, not %3.</source>
        <translation>Okres umowy planu %1 musi wynosić od 0 (bezterminowo) do %2 okresów, a nie %3.</translation>
    </message>
    <message>
        <source>The plan %1 has an empty feature line.</source>
        <translation>Plan %1 ma pusty wiersz funkcji.</translation>
    </message>
</context>
<context>
    <name>Price</name>
    <message>
        <source>A price needs a currency.</source>
        <translation>Cena musi mieć walutę.</translation>
    </message>
    <message>
        <source>A price needs at least one version.</source>
        <translation>Cena musi mieć co najmniej jedną wersję.</translation>
    </message>
    <message>
        <source>Every price version needs the date it takes effect.</source>
        <translation>Każda wersja ceny musi mieć datę wejścia w życie.</translation>
    </message>
    <message>
        <source>Price versions must take effect on different dates, in order; %1 comes twice or out of order.</source>
        <translation>Wersje ceny muszą wchodzić w życie w różnych dniach, po kolei; data %1 występuje dwukrotnie lub nie po kolei.</translation>
    </message>
    <message>
        <source>The pricing model is in %1 but the price is in %2.</source>
        <translation>Model cenowy jest wyrażony w %1, a cena – w %2.</translation>
    </message>
    <message>
        <source>The setup fee is in %1 but the price is in %2.</source>
        <translation>Opłata aktywacyjna jest wyrażona w %1, a cena – w %2.</translation>
    </message>
    <message>
        <source>A setup fee cannot be negative.</source>
        <translation>Opłata aktywacyjna nie może być ujemna.</translation>
    </message>
    <message>
        <source>Only plan prices have a setup fee.</source>
        <translation>Opłatę aktywacyjną mogą mieć tylko ceny planów.</translation>
    </message>
</context>
<context>
    <name>PriceEditor</name>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>dzień</numerusform>
            <numerusform>dni</numerusform>
            <numerusform>dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>tydzień</numerusform>
            <numerusform>tygodnie</numerusform>
            <numerusform>tygodni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>miesiąc</numerusform>
            <numerusform>miesiące</numerusform>
            <numerusform>miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>rok</numerusform>
            <numerusform>lata</numerusform>
            <numerusform>lat</numerusform>
        </translation>
    </message>
    <message>
        <source>One amount per period, whatever the quantity.</source>
        <translation>Jedna kwota za okres, niezależnie od ilości.</translation>
    </message>
    <message>
        <source>The unit price times the quantity, e.g. per seat.</source>
        <translation>Cena jednostkowa pomnożona przez ilość, np. za stanowisko.</translation>
    </message>
    <message>
        <source>Each unit costs the price of the tier it falls in, plus the flat fee of every tier reached.</source>
        <translation>Każda jednostka kosztuje tyle, ile cena progu, do którego należy, plus opłata stała każdego osiągniętego progu.</translation>
    </message>
    <message>
        <source>All units cost the price of the tier the quantity falls in, plus that tier&apos;s flat fee.</source>
        <translation>Wszystkie jednostki kosztują tyle, ile cena progu, do którego należy ilość, plus opłata stała tego progu.</translation>
    </message>
    <message>
        <source>Units are sold in packages; a started package counts as a whole one.</source>
        <translation>Jednostki są sprzedawane w pakietach; rozpoczęty pakiet liczy się jako cały.</translation>
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
        <translation>dziennie</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>tygodniowo</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>miesięcznie</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>rocznie</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>co %n dzień</numerusform>
            <numerusform>co %n dni</numerusform>
            <numerusform>co %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>co %n tydzień</numerusform>
            <numerusform>co %n tygodnie</numerusform>
            <numerusform>co %n tygodni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>co %n miesiąc</numerusform>
            <numerusform>co %n miesiące</numerusform>
            <numerusform>co %n miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>co %n rok</numerusform>
            <numerusform>co %n lata</numerusform>
            <numerusform>co %n lat</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation>%1 za jednostkę</translation>
    </message>
    <message>
        <source>graduated from %1 per unit</source>
        <translation>stopniowana, od %1 za jednostkę</translation>
    </message>
    <message>
        <source>volume from %1 per unit</source>
        <translation>wolumenowa, od %1 za jednostkę</translation>
    </message>
    <message>
        <source>%1 per %2 units</source>
        <translation>%1 za %2 jedn.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>price, then how often</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no price yet</source>
        <translation>brak ceny</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 i jeszcze %2</translation>
    </message>
    <message>
        <source>%1 (also in %2)</source>
        <translation>%1 (również w %2)</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>Tier %1 flat fee %2</source>
        <translation>Próg %1 – opłata stała %2</translation>
    </message>
    <message>
        <source>Unit %1 × %2 = %3</source>
        <translation>Jednostka %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Units %1–%2 × %3 = %4</source>
        <translation>Jednostki %1–%2 × %3 = %4</translation>
    </message>
    <message>
        <source>Quantity %1 = %2</source>
        <translation>Ilość %1 = %2</translation>
    </message>
    <message>
        <source>Quantity %1 at tier %2 (%3) × %4 = %5</source>
        <translation>Ilość %1 w progu %2 (%3) × %4 = %5</translation>
    </message>
    <message>
        <source>Quantity %1 within %2 free units = %3</source>
        <translation>Ilość %1 w limicie bezpłatnych jednostek (%2) = %3</translation>
    </message>
    <message>
        <source>Quantity %1 in packages of %2: %3 × %4 = %5</source>
        <translation>Ilość %1 w pakietach po %2 jedn.: %3 × %4 = %5</translation>
    </message>
    <message>
        <source>Quantity %1 − %2 free = %3 in packages of %4: %5 × %6 = %7</source>
        <translation>Ilość %1 − bezpłatne jednostki %2 = %3 w pakietach po %4 jedn.: %5 × %6 = %7</translation>
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
        <translation>Cena stała (niezależnie od ilości) = %1</translation>
    </message>
    <message>
        <source>Quantity %1 × %2 = %3</source>
        <translation>Ilość %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Flat: %1 %2</source>
        <translation>Cena stała: %1 %2</translation>
    </message>
    <message>
        <source>Per unit: %1 %2 each</source>
        <translation>Cena za jednostkę: %1 %2 za każdą jednostkę</translation>
    </message>
    <message>
        <source>%1 at %2 + %3 flat</source>
        <translation>%1 po %2 + opłata stała %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 po %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Package: %1 %2 per package of %3, the first %4 units free</source>
        <translation>Cena pakietowa: %1 %2 za pakiet %3 jedn., pierwsze bezpłatne jednostki: %4</translation>
    </message>
    <message>
        <source>Package: %1 %2 per package of %3</source>
        <translation>Cena pakietowa: %1 %2 za pakiet %3 jedn.</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Cena stała</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Cena za jednostkę</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Cena stopniowana</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Cena wolumenowa</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Cena pakietowa</translation>
    </message>
    <message>
        <source>The quantity is %1; it must not be negative.</source>
        <translation>Ilość wynosi %1; nie może być ujemna.</translation>
    </message>
    <message>
        <source>The price has no currency.</source>
        <translation>Cena nie ma określonej waluty.</translation>
    </message>
    <message>
        <source>The price %1 is negative.</source>
        <translation>Cena %1 jest ujemna.</translation>
    </message>
    <message>
        <source>The package size is %1; a package must hold at least 1 unit.</source>
        <translation>Rozmiar pakietu wynosi %1; pakiet musi zawierać co najmniej 1 jednostkę.</translation>
    </message>
    <message>
        <source>The number of free units is %1; it must not be negative.</source>
        <translation>Liczba bezpłatnych jednostek wynosi %1; nie może być ujemna.</translation>
    </message>
    <message>
        <source>A tiered price needs at least one tier.</source>
        <translation>Cena z progami wymaga co najmniej jednego progu.</translation>
    </message>
    <message>
        <source>Tier %1 has no upper bound, but only the last tier may be unbounded.</source>
        <translation>Próg %1 nie ma górnej granicy, a bez górnej granicy może być tylko ostatni próg.</translation>
    </message>
    <message>
        <source>The last tier (tier %1) ends at %2; it must have no upper bound, so that every quantity has a price.</source>
        <translation>Ostatni próg (próg %1) kończy się na %2; nie może mieć górnej granicy, aby każda ilość miała cenę.</translation>
    </message>
    <message>
        <source>Tier 1 ends at %1; it must cover at least unit 1.</source>
        <translation>Próg 1 kończy się na %1; musi obejmować co najmniej jednostkę 1.</translation>
    </message>
    <message>
        <source>Tier %1 ends at %2, which is not above the end of tier %3 (%4); upper bounds must strictly increase.</source>
        <translation>Próg %1 kończy się na %2, czyli nie później niż próg %3 (%4); górne granice muszą być ściśle rosnące.</translation>
    </message>
    <message>
        <source>Tier %1 ends at %2, which leaves no units for the tiers after it.</source>
        <translation>Próg %1 kończy się na %2, przez co dla kolejnych progów nie zostają żadne jednostki.</translation>
    </message>
    <message>
        <source>Tier %1 has a negative unit price (%2).</source>
        <translation>Próg %1 ma ujemną cenę jednostkową (%2).</translation>
    </message>
    <message>
        <source>Tier %1 has a negative flat fee (%2).</source>
        <translation>Próg %1 ma ujemną opłatę stałą (%2).</translation>
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
        <translation>Przesunięcia w czasie</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Podatek</translation>
    </message>
    <message>
        <source>One-time fees</source>
        <translation>Opłaty jednorazowe</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Użycie</translation>
    </message>
    <message>
        <source>Proration</source>
        <translation>Rozliczenie proporcjonalne</translation>
    </message>
    <message>
        <source>Credit notes (−)</source>
        <translation>Noty kredytowe (−)</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Zafakturowano</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plany</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subskrypcje</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Płatności</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Faktura korygująca</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>A statement needs a first day on or before its last day.</source>
        <translation>Pierwszy dzień zestawienia musi przypadać w jego ostatnim dniu lub wcześniej.</translation>
    </message>
</context>
<context>
    <name>Subscription</name>
    <message>
        <source>Scheduled</source>
        <translation>Zaplanowana</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Okres próbny</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymana</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowana</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wygasła</translation>
    </message>
</context>
<context>
    <name>SubscriptionEvent</name>
    <message>
        <source>Created</source>
        <translation>Utworzenie</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Temporary change</source>
        <translation>Zmiana tymczasowa</translation>
    </message>
    <message>
        <source>Temporary change ended</source>
        <translation>Koniec zmiany tymczasowej</translation>
    </message>
    <message>
        <source>Moved to new prices</source>
        <translation>Przeniesienie na nowe ceny</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymanie</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Wznowienie</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowanie</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reaktywacja</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Odnowienie</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wygaśnięcie</translation>
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
        <translation>Klient %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>Add-on %1</source>
        <translation>Dodatek %1</translation>
    </message>
    <message>
        <source>, + %1</source>
        <translation>, + %1</translation>
    </message>
    <message>
        <source>, coupon %1</source>
        <translation>, kupon %1</translation>
    </message>
    <message>
        <source>plan %1 → %2</source>
        <translation>plan %1 → %2</translation>
    </message>
    <message>
        <source>new price of %1</source>
        <translation>nowa cena planu %1</translation>
    </message>
    <message>
        <source>quantity %1 → %2</source>
        <translation>ilość %1 → %2</translation>
    </message>
    <message>
        <source>interval %1 → %2</source>
        <translation>interwał %1 → %2</translation>
    </message>
    <message>
        <source>billing day %1 → %2</source>
        <translation>dzień rozliczeniowy %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>add-on prices updated</source>
        <translation>zaktualizowano ceny dodatków</translation>
    </message>
    <message>
        <source>add-ons %1 → %2</source>
        <translation>dodatki %1 → %2</translation>
    </message>
    <message>
        <source>coupon %1 → %2</source>
        <translation>kupon %1 → %2</translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation>%1 za jednostkę</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Dzień %1</translation>
    </message>
</context>
<context>
    <name>SubscriptionTimeline</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 w dniu %2</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; is not possible: %2</source>
        <translation>Zdarzenie „%1” nie jest możliwe: %2</translation>
    </message>
    <message>
        <source>The subscription has no &quot;Created&quot; event.</source>
        <translation>Subskrypcja nie ma zdarzenia „Utworzenie”.</translation>
    </message>
    <message>
        <source>it must be dated on the start date and carry the configuration.</source>
        <translation>musi być datowane na dzień rozpoczęcia i zawierać konfigurację.</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>In app</source>
        <translation>W aplikacji</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inny</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotorzy</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Pasywni</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Krytycy</translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <source>&quot;%1&quot; is not a valid date.</source>
        <translation>„%1” nie jest prawidłową datą.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a two-digit year; write the year with four digits or the date as YYYY-MM-DD.</source>
        <translation>„%1” ma dwucyfrowy rok; zapisz rok czterema cyframi albo datę w formacie YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date SubDesk can read; write it as YYYY-MM-DD (e.g. 2026-03-14).</source>
        <translation>„%1” nie jest datą, którą SubDesk potrafi odczytać; zapisz ją w formacie YYYY-MM-DD (np. 2026-03-14).</translation>
    </message>
    <message>
        <source>the customer is missing: give an e-mail address or a customer number.</source>
        <translation>brak klienta: podaj adres e-mail lub numer klienta.</translation>
    </message>
    <message>
        <source>there is no customer %1.</source>
        <translation>nie ma klienta %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer number.</source>
        <translation>„%1” nie jest numerem klienta.</translation>
    </message>
    <message>
        <source>no customer has the e-mail address %1.</source>
        <translation>żaden klient nie ma adresu e-mail %1.</translation>
    </message>
    <message>
        <source>%1 is the e-mail address of customer %2, not of customer %3 (%4).</source>
        <translation>%1 to adres e-mail klienta %2, a nie klienta %3 (%4).</translation>
    </message>
    <message>
        <source>%1 belongs to several customers (%2); give the customer number in a customer column.</source>
        <translation>%1 należy do kilku klientów (%2); podaj numer klienta w kolumnie klienta.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Wiersz %1, kolumna %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Wiersz %1: %2</translation>
    </message>
    <message>
        <source>The file is empty: it needs a first line naming the columns (date, e-mail or customer, score, comment) and a line per answer.</source>
        <translation>Plik jest pusty: potrzebny jest pierwszy wiersz z nazwami kolumn (data, e-mail lub klient, ocena, komentarz) oraz po jednym wierszu na odpowiedź.</translation>
    </message>
    <message>
        <source>E-mail or Customer</source>
        <translation>E-mail lub Klient</translation>
    </message>
    <message>
        <source>The first line must name the columns date, e-mail or customer number, and score; no column is named for: %1. The first line reads: %2.</source>
        <translation>Pierwszy wiersz musi zawierać nazwy kolumn: data, e-mail lub numer klienta oraz ocena; brak kolumny dla: %1. Pierwszy wiersz brzmi: %2.</translation>
    </message>
    <message>
        <source>The file has a header line but no answers.</source>
        <translation>Plik ma wiersz nagłówka, ale nie zawiera odpowiedzi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither nps nor csat.</source>
        <translation>„%1” nie jest ani nps, ani csat.</translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation>brak daty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: the file has day-first dates (line %2) and month-first dates (line %3). Choose the date order, or write dates as YYYY-MM-DD.</source>
        <translation>Nie można odczytać „%1”: plik zawiera daty z dniem na początku (wiersz %2) i daty z miesiącem na początku (wiersz %3). Wybierz kolejność w dacie albo zapisz daty w formacie YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: it may be %2 or %3, and no date in the file has a day above 12 to tell. Choose the date order, or write dates as YYYY-MM-DD.</source>
        <translation>„%1” jest niejednoznaczne: może oznaczać %2 lub %3, a żadna data w pliku nie ma dnia większego niż 12, który by to rozstrzygnął. Wybierz kolejność w dacie albo zapisz daty w formacie YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid month-first date (MM/DD/YYYY).</source>
        <translation>„%1” nie jest prawidłową datą z miesiącem na początku (MM/DD/YYYY).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid day-first date (DD/MM/YYYY).</source>
        <translation>„%1” nie jest prawidłową datą z dniem na początku (DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 to data w przyszłości.</translation>
    </message>
    <message>
        <source>the score is missing.</source>
        <translation>brak oceny.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>„%1” nie jest liczbą całkowitą.</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3, the range of %4 answers.</source>
        <translation>%1 wykracza poza zakres %2–%3 odpowiedzi %4.</translation>
    </message>
    <message>
        <source>the comment has %1 characters; at most %2 are allowed.</source>
        <translation>komentarz ma %1 znaków; dozwolonych jest najwyżej %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel; use one of: %2.</source>
        <translation>„%1” nie jest kanałem; użyj jednego z: %2.</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is longer than %2 characters.</source>
        <translation>tag „%1” jest dłuższy niż %2 znaków.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s), so nothing was imported. Correct the file and import it again.</source>
        <translation>
            <numerusform>Plik zawiera %n problem, więc niczego nie zaimportowano. Popraw plik i zaimportuj go ponownie.</numerusform>
            <numerusform>Plik zawiera %n problemy, więc niczego nie zaimportowano. Popraw plik i zaimportuj go ponownie.</numerusform>
            <numerusform>Plik zawiera %n problemów, więc niczego nie zaimportowano. Popraw plik i zaimportuj go ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no answer to import.</source>
        <translation>Plik nie zawiera odpowiedzi do zaimportowania.</translation>
    </message>
</context>
<context>
    <name>SurveyService</name>
    <message>
        <source>Score: an NPS answer is from 0 to 10, not %1.</source>
        <translation>Ocena: odpowiedź NPS musi mieścić się w zakresie od 0 do 10, a nie %1.</translation>
    </message>
    <message>
        <source>Score: a CSAT answer is from 1 to 5, not %1.</source>
        <translation>Ocena: odpowiedź CSAT musi mieścić się w zakresie od 1 do 5, a nie %1.</translation>
    </message>
    <message>
        <source>Date: the date is missing or not a valid date.</source>
        <translation>Data: brak daty lub data jest nieprawidłowa.</translation>
    </message>
    <message>
        <source>Date: %1 is in the future; an answer is dated when it was given.</source>
        <translation>Data: %1 to data w przyszłości; odpowiedź datuje się dniem jej udzielenia.</translation>
    </message>
    <message>
        <source>Comment: at most %1 characters (this one has %2).</source>
        <translation>Komentarz: najwyżej %1 znaków (ten ma %2).</translation>
    </message>
    <message>
        <source>Tags: “%1” is longer than %2 characters.</source>
        <translation>Tagi: „%1” jest dłuższy niż %2 znaków.</translation>
    </message>
    <message>
        <source>Customer: choose the customer who answered.</source>
        <translation>Klient: wybierz klienta, który udzielił odpowiedzi.</translation>
    </message>
    <message>
        <source>Customer: there is no customer number %1.</source>
        <translation>Klient: nie ma klienta o numerze %1.</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>Odpowiedź %1: %2</translation>
    </message>
    <message>
        <source>The survey answer is not stored yet.</source>
        <translation>Odpowiedź z ankiety nie została jeszcze zapisana.</translation>
    </message>
</context>
<context>
    <name>Tax</name>
    <message>
        <source>Standard</source>
        <translation>Podstawowa</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Obniżona</translation>
    </message>
    <message>
        <source>Second reduced</source>
        <translation>Druga obniżona</translation>
    </message>
    <message>
        <source>Super-reduced</source>
        <translation>Superobniżona</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>Zerowa</translation>
    </message>
    <message>
        <source>Standard rate</source>
        <translation>Stawka podstawowa</translation>
    </message>
    <message>
        <source>Zero rated</source>
        <translation>Stawka 0%</translation>
    </message>
    <message>
        <source>Exempt from VAT</source>
        <translation>Zwolnione z VAT</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Odwrotne obciążenie</translation>
    </message>
    <message>
        <source>Intra-community supply</source>
        <translation>Wewnątrzwspólnotowa dostawa towarów</translation>
    </message>
    <message>
        <source>Export outside the EU</source>
        <translation>Eksport poza UE</translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation>Nie podlega VAT</translation>
    </message>
</context>
<context>
    <name>TaxCalculator</name>
    <message>
        <source>No %1 rate for %2 on %3 in the tax-rate table.</source>
        <translation>Brak stawki %1 dla %2 w dniu %3 w tabeli stawek podatku.</translation>
    </message>
</context>
<context>
    <name>UsageImport</name>
    <message>
        <source>Subscription</source>
        <translation>Subskrypcja</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metryka</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>The file is empty: it needs a first line naming the columns (subscription, metric, quantity, date) and a line per reading.</source>
        <translation>Plik jest pusty: musi zawierać pierwszy wiersz z nazwami kolumn (subscription, metric, quantity, date) i po jednym wierszu na każdy odczyt.</translation>
    </message>
    <message>
        <source>%1 is before subscription %2 started (%3).</source>
        <translation>Data %1 przypada przed rozpoczęciem subskrypcji %2 (%3).</translation>
    </message>
    <message>
        <source>subscription %1 has no metered charges on %2, so no usage can be recorded for &quot;%3&quot;.</source>
        <translation>subskrypcja %1 nie ma opłat za użycie w dniu %2, więc nie można zapisać użycia dla „%3”.</translation>
    </message>
    <message>
        <source>subscription %1 has no metered charge &quot;%2&quot; on %3 (it has: %4).</source>
        <translation>subskrypcja %1 nie ma opłaty za użycie „%2” w dniu %3 (dostępne: %4).</translation>
    </message>
    <message>
        <source>the usage of %1 for %2 is already billed.</source>
        <translation>użycie %1 za %2 jest już rozliczone.</translation>
    </message>
    <message>
        <source>The first line must name the columns subscription, metric, quantity and date; no column is named for: %1.</source>
        <translation>Pierwszy wiersz musi zawierać nazwy kolumn subscription, metric, quantity i date; brak kolumny dla: %1.</translation>
    </message>
    <message>
        <source>The file has a header line but no usage rows.</source>
        <translation>Plik ma wiersz nagłówka, ale nie zawiera wierszy z użyciem.</translation>
    </message>
    <message>
        <source>the subscription number is missing.</source>
        <translation>brak numeru subskrypcji.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subscription number.</source>
        <translation>„%1” nie jest numerem subskrypcji.</translation>
    </message>
    <message>
        <source>there is no subscription %1.</source>
        <translation>nie ma subskrypcji %1.</translation>
    </message>
    <message>
        <source>the metric code is missing.</source>
        <translation>brak kodu metryki.</translation>
    </message>
    <message>
        <source>the quantity is missing.</source>
        <translation>brak ilości.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation>„%1” nie jest liczbą całkowitą nie mniejszą niż 0.</translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation>brak daty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>„%1” nie jest datą w formacie RRRR-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing was imported. Correct the file, or import only the valid rows.</source>
        <translation>
            <numerusform>%n wiersz nie może zostać zaimportowany, więc niczego nie zaimportowano. Popraw plik lub zaimportuj tylko poprawne wiersze.</numerusform>
            <numerusform>%n wiersze nie mogą zostać zaimportowane, więc niczego nie zaimportowano. Popraw plik lub zaimportuj tylko poprawne wiersze.</numerusform>
            <numerusform>%n wierszy nie może zostać zaimportowanych, więc niczego nie zaimportowano. Popraw plik lub zaimportuj tylko poprawne wiersze.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no valid usage row to import.</source>
        <translation>Plik nie zawiera żadnego poprawnego wiersza z użyciem do zaimportowania.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A VAT ID starts with its two-letter country prefix (e.g. FI12345678).</source>
        <translation>NIP UE zaczyna się od dwuliterowego prefiksu kraju (np. FI12345678).</translation>
    </message>
    <message>
        <source>Greek VAT IDs use the prefix EL, not GR.</source>
        <translation>Greckie numery NIP UE mają prefiks EL, a nie GR.</translation>
    </message>
    <message>
        <source>SubDesk does not know VAT IDs with the prefix %1.</source>
        <translation>SubDesk nie obsługuje numerów NIP UE z prefiksem %1.</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 VAT ID (expected e.g. %3).</source>
        <translation>%1 nie jest prawidłowym NIP UE z prefiksem %2 (oczekiwano np. %3).</translation>
    </message>
    <message>
        <source>An IBAN starts with a two-letter country code and two check digits, then letters and digits.</source>
        <translation>IBAN zaczyna się od dwuliterowego kodu kraju i dwóch cyfr kontrolnych, po których następują litery i cyfry.</translation>
    </message>
    <message>
        <source>%1 does not use IBANs.</source>
        <translation>Kraj %1 nie stosuje numerów IBAN.</translation>
    </message>
    <message>
        <source>An IBAN from %1 has %2 characters, this one has %3.</source>
        <translation>IBAN z kraju %1 powinien mieć długość %2, a ten ma długość %3.</translation>
    </message>
    <message>
        <source>The IBAN&apos;s check digits do not match: a character is probably mistyped.</source>
        <translation>Cyfry kontrolne IBAN się nie zgadzają: prawdopodobnie jeden ze znaków został błędnie wpisany.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 characters: bank code, country, location and optional branch (e.g. DEUTDEFF).</source>
        <translation>BIC ma 8 lub 11 znaków: kod banku, kraj, lokalizacja i opcjonalnie oddział (np. DEUTDEFF).</translation>
    </message>
    <message>
        <source>The BIC&apos;s country code %1 is not a country.</source>
        <translation>Kod kraju %1 w numerze BIC nie oznacza żadnego kraju.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Nazwa jest wymagana.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Nazwa jest dłuższa niż %1 znaków.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>„%1” nie jest prawidłowym adresem e-mail.</translation>
    </message>
    <message>
        <source>Documents go out by e-mail, so an e-mail address is needed.</source>
        <translation>Dokumenty są wysyłane e-mailem, więc wymagany jest adres e-mail.</translation>
    </message>
    <message>
        <source>The country is required (it decides the VAT treatment).</source>
        <translation>Kraj jest wymagany (od niego zależy sposób rozliczenia VAT).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (e.g. FI, PL, IT).</source>
        <translation>„%1” nie jest kodem kraju ISO 3166 (np. FI, PL, IT).</translation>
    </message>
    <message>
        <source>Documents go out on paper, so a street and a city are needed.</source>
        <translation>Dokumenty są wysyłane w wersji papierowej, więc wymagane są ulica i miejscowość.</translation>
    </message>
    <message>
        <source>The VAT ID is from %1 but the address is in %2.</source>
        <translation>NIP UE pochodzi z kraju %1, ale adres znajduje się w kraju %2.</translation>
    </message>
    <message>
        <source>Documents can be written in %1; &quot;%2&quot; is not one of them.</source>
        <translation>Dokumenty mogą być sporządzane w językach: %1; „%2” nie należy do nich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (e.g. EUR).</source>
        <translation>„%1” nie jest kodem waluty ISO 4217 (np. EUR).</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and %1 days.</source>
        <translation>Termin płatności musi wynosić od 0 do %1 dni.</translation>
    </message>
    <message>
        <source>SEPA direct debit needs the customer&apos;s IBAN.</source>
        <translation>Polecenie zapłaty SEPA wymaga numeru IBAN klienta.</translation>
    </message>
    <message>
        <source>A mandate reference has at most 35 characters: letters, digits, spaces and + ? / - : ( ) . , &apos;</source>
        <translation>Numer mandatu może mieć najwyżej 35 znaków: litery, cyfry, spacje oraz + ? / - : ( ) . , &apos;</translation>
    </message>
    <message>
        <source>SEPA direct debit needs the mandate reference.</source>
        <translation>Polecenie zapłaty SEPA wymaga numeru mandatu.</translation>
    </message>
    <message>
        <source>SEPA direct debit needs the date the mandate was signed.</source>
        <translation>Polecenie zapłaty SEPA wymaga daty podpisania mandatu.</translation>
    </message>
    <message>
        <source>The mandate&apos;s signature date is in the future.</source>
        <translation>Data podpisania mandatu przypada w przyszłości.</translation>
    </message>
    <message>
        <source>E-invoicing needs the customer&apos;s endpoint ID.</source>
        <translation>Wysyłka e-faktur wymaga adresu e-faktury klienta.</translation>
    </message>
    <message>
        <source>An endpoint ID is a four-digit scheme, a colon and the ID (e.g. 0088:5790000435968).</source>
        <translation>Adres e-faktury składa się z czterocyfrowego kodu schematu, dwukropka i identyfikatora (np. 0088:5790000435968).</translation>
    </message>
    <message>
        <source>A tag cannot contain a comma or semicolon: &quot;%1&quot;.</source>
        <translation>Tag nie może zawierać przecinka ani średnika: „%1”.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Welcome to SubDesk. This new company file holds a demo company to look around in; start your own with File › New company.</source>
        <translation>Witamy w SubDesk. Ten nowy plik firmy zawiera firmę demonstracyjną, na której możesz poznać program; własną firmę utworzysz poleceniem Plik › Nowa firma.</translation>
    </message>
    <message>
        <source>Created the new, empty company file %1.</source>
        <translation>Utworzono nowy, pusty plik firmy %1.</translation>
    </message>
</context>
<context>
    <name>subdesk::billing::BillingEngine</name>
    <message>
        <source>The plan&apos;s price is missing from the catalog.</source>
        <translation>W katalogu brakuje ceny planu.</translation>
    </message>
    <message>
        <source>An add-on&apos;s price is missing from the catalog.</source>
        <translation>W katalogu brakuje ceny dodatku.</translation>
    </message>
</context>
<context>
    <name>subdesk::billing::EngineRun</name>
    <message>
        <source>Subscription %1: %2 is missing from the catalog.</source>
        <translation>Subskrypcja %1: w katalogu brakuje %2.</translation>
    </message>
    <message>
        <source>%1; total %2</source>
        <translation>%1; razem %2</translation>
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
        <translation>Opłata aktywacyjna: %1</translation>
    </message>
    <message>
        <source>One-time setup fee = %1</source>
        <translation>Jednorazowa opłata aktywacyjna = %1</translation>
    </message>
    <message>
        <source>Coupon %1 (%2)</source>
        <translation>Kupon %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 za okres %4)</translation>
    </message>
    <message>
        <source>%1, unused time</source>
        <translation>%1, niewykorzystany okres</translation>
    </message>
    <message>
        <source>%1, remaining time</source>
        <translation>%1, pozostały okres</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>Kupon %1</translation>
    </message>
    <message>
        <source>Coupon %1 (%2), unused time</source>
        <translation>Kupon %1 (%2), niewykorzystany okres</translation>
    </message>
    <message>
        <source>Coupon %1: %2 of %3 = %4</source>
        <translation>Kupon %1: %2 z %3 = %4</translation>
    </message>
</context>
<context>
    <name>subdesk::metrics::MetricsEngine</name>
    <message>
        <source>Give the month of the movements.</source>
        <translation>Podaj miesiąc zmian.</translation>
    </message>
    <message>
        <source>Give the day to list the paying customers of.</source>
        <translation>Podaj dzień, dla którego mają zostać wyświetleni płacący klienci.</translation>
    </message>
    <message>
        <source>The amounts are too large to add up into the figures.</source>
        <translation>Kwoty są zbyt duże, aby je zsumować we wskaźnikach.</translation>
    </message>
    <message>
        <source>Choose the reporting currency first.</source>
        <translation>Najpierw wybierz walutę raportowania.</translation>
    </message>
    <message>
        <source>Give the first and the last month of the report.</source>
        <translation>Podaj pierwszy i ostatni miesiąc raportu.</translation>
    </message>
    <message>
        <source>A report month is given by its first day.</source>
        <translation>Miesiąc raportu podaje się jako jego pierwszy dzień.</translation>
    </message>
    <message>
        <source>The report ends (%1) before it starts (%2).</source>
        <translation>Raport kończy się (%1) przed swoim początkiem (%2).</translation>
    </message>
    <message>
        <source>A report covers at most %1 months.</source>
        <translation>Raport może obejmować najwyżej %1 miesięcy.</translation>
    </message>
</context>
<context>
    <name>subdesk::subscriptions::ConfigResolver</name>
    <message>
        <source>%1 has no %2 price in %3.</source>
        <translation>%1 nie ma ceny w %3 naliczanej %2.</translation>
    </message>
    <message>
        <source>%1 has no price in %2.</source>
        <translation>%1 nie ma ceny w %2.</translation>
    </message>
    <message>
        <source>The price of %1 takes effect on %2, after %3.</source>
        <translation>%1: cena obowiązuje od %2, czyli po %3.</translation>
    </message>
    <message>
        <source>The plan does not exist.</source>
        <translation>Plan nie istnieje.</translation>
    </message>
    <message>
        <source>The plan %1 is archived: it can no longer be sold.</source>
        <translation>Plan %1 jest zarchiwizowany: nie można go już sprzedawać.</translation>
    </message>
    <message>
        <source>The plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>The add-on does not exist.</source>
        <translation>Dodatek nie istnieje.</translation>
    </message>
    <message>
        <source>The plan %1 does not allow the add-on %2.</source>
        <translation>Plan %1 nie zezwala na dodatek %2.</translation>
    </message>
    <message>
        <source>The quantity of the add-on %1 must be at least 1.</source>
        <translation>Ilość dodatku %1 musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <source>The add-on %1</source>
        <translation>Dodatek %1</translation>
    </message>
    <message>
        <source>The add-on %1 is chosen twice.</source>
        <translation>Dodatek %1 został wybrany dwukrotnie.</translation>
    </message>
    <message>
        <source>The metered charge %1</source>
        <translation>Opłata za użycie %1</translation>
    </message>
    <message>
        <source>There is no coupon with the code %1.</source>
        <translation>Nie ma kuponu o kodzie %1.</translation>
    </message>
    <message>
        <source>The coupon %1 does not apply to the plan %2.</source>
        <translation>Kupon %1 nie dotyczy planu %2.</translation>
    </message>
    <message>
        <source>The coupon %1 is in %2, but the subscription is billed in %3.</source>
        <translation>Kupon %1 jest wyrażony w %2, a subskrypcja jest rozliczana w %3.</translation>
    </message>
</context>
<context>
    <name>subdesk::subscriptions::SubscriptionService</name>
    <message>
        <source>The customer does not exist.</source>
        <translation>Klient nie istnieje.</translation>
    </message>
    <message>
        <source>The customer %1 is archived.</source>
        <translation>Klient %1 jest zarchiwizowany.</translation>
    </message>
    <message>
        <source>The customer %1 has no valid currency.</source>
        <translation>Klient %1 nie ma prawidłowej waluty.</translation>
    </message>
    <message>
        <source>The subscription needs a start date.</source>
        <translation>Subskrypcja musi mieć datę rozpoczęcia.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>Ilość musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <source>The plan does not exist.</source>
        <translation>Plan nie istnieje.</translation>
    </message>
    <message>
        <source>The trial must be 0 to %1 days.</source>
        <translation>Okres próbny musi wynosić od 0 do %1 dni.</translation>
    </message>
    <message>
        <source>Daily billing has no anchor day.</source>
        <translation>Rozliczanie dzienne nie ma dnia rozliczeniowego.</translation>
    </message>
    <message>
        <source>The anchor day must be 1 to %1.</source>
        <translation>Dzień rozliczeniowy musi mieć wartość od 1 do %1.</translation>
    </message>
    <message>
        <source>Subscription %1 is already billed for the period from %2, so this can take effect on %2 at the earliest.</source>
        <translation>Subskrypcja %1 jest już rozliczona za okres od %2, więc ta operacja może wejść w życie najwcześniej %2.</translation>
    </message>
    <message>
        <source>Give the date the change takes effect.</source>
        <translation>Podaj datę wejścia zmiany w życie.</translation>
    </message>
    <message>
        <source>The subscription has ended; reactivate it before changing it.</source>
        <translation>Subskrypcja została zakończona; reaktywuj ją przed wprowadzeniem zmian.</translation>
    </message>
    <message>
        <source>A change (%1) is already scheduled for %2; this change can take effect on that day or later.</source>
        <translation>Na %2 zaplanowano już zmianę (%1); ta zmiana może wejść w życie tego dnia lub później.</translation>
    </message>
    <message>
        <source>A temporary change keeps the billing interval.</source>
        <translation>Zmiana tymczasowa zachowuje interwał rozliczeniowy.</translation>
    </message>
    <message>
        <source>Nothing changes: the subscription already has these terms.</source>
        <translation>Nic się nie zmienia: subskrypcja ma już te warunki.</translation>
    </message>
    <message>
        <source>A trial cannot be paused: cancel it or let it run.</source>
        <translation>Okresu próbnego nie można wstrzymać: anuluj go lub pozwól mu trwać.</translation>
    </message>
    <message>
        <source>Only an active subscription can be paused.</source>
        <translation>Wstrzymać można tylko aktywną subskrypcję.</translation>
    </message>
    <message>
        <source>The subscription has already ended.</source>
        <translation>Subskrypcja została już zakończona.</translation>
    </message>
    <message>
        <source>The subscription is already %1 from %2.</source>
        <translation>Dla subskrypcji zaplanowano już: %1 od %2.</translation>
    </message>
    <message>
        <source>Only a paused subscription can be resumed.</source>
        <translation>Wznowić można tylko wstrzymaną subskrypcję.</translation>
    </message>
    <message>
        <source>Only a cancelled or expired subscription can be reactivated.</source>
        <translation>Reaktywować można tylko anulowaną lub wygasłą subskrypcję.</translation>
    </message>
    <message>
        <source>The price version does not exist.</source>
        <translation>Wersja ceny nie istnieje.</translation>
    </message>
    <message>
        <source>The new prices take effect on %1: migrate from that day or later.</source>
        <translation>Nowe ceny obowiązują od %1: migracja możliwa od tego dnia lub później.</translation>
    </message>
    <message>
        <source>Subscription %1: %2</source>
        <translation>Subskrypcja %1: %2</translation>
    </message>
    <message>
        <source>Usage record %1: %2</source>
        <translation>Rekord użycia %1: %2</translation>
    </message>
    <message>
        <source>the date is missing or not a valid date.</source>
        <translation>brak daty lub data jest nieprawidłowa.</translation>
    </message>
    <message>
        <source>the quantity %1 is negative.</source>
        <translation>ilość %1 jest ujemna.</translation>
    </message>
    <message>
        <source>there is no subscription %1.</source>
        <translation>nie ma subskrypcji %1.</translation>
    </message>
    <message>
        <source>subscription %1 has no metered charge &quot;%2&quot; on %3.</source>
        <translation>subskrypcja %1 nie ma opłaty za użycie „%2” w dniu %3.</translation>
    </message>
    <message>
        <source>subscription %1 is not billed on %2 (trial, pause, or time already paid), so its usage then is not charged.</source>
        <translation>subskrypcja %1 nie jest rozliczana w dniu %2 (okres próbny, wstrzymanie lub okres już opłacony), więc użycie z tego dnia nie jest naliczane.</translation>
    </message>
    <message>
        <source>the period %1 is already billed (billing ran through %2).</source>
        <translation>okres %1 jest już rozliczony (rozliczenie objęło okres do %2).</translation>
    </message>
    <message>
        <source>the usage of %1 is already billed for the period %2.</source>
        <translation>użycie %1 jest już rozliczone za okres %2.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::AddOnDialog</name>
    <message>
        <source>Edit add-on — %1</source>
        <translation>Edycja dodatku — %1</translation>
    </message>
    <message>
        <source>New add-on</source>
        <translation>Nowy dodatek</translation>
    </message>
    <message>
        <source>e.g. STORAGE-100</source>
        <translation>np. STORAGE-100</translation>
    </message>
    <message>
        <source>As customers read it, e.g. Extra storage 100 GB</source>
        <translation>Tak jak widzą go klienci, np. Dodatkowa przestrzeń 100 GB</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Opis</translation>
    </message>
    <message>
        <source>&amp;Billed</source>
        <translation>&amp;Rozliczanie</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Ceny</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Add add-on</source>
        <translation>Dodaj dodatek</translation>
    </message>
    <message>
        <source>Billed every period together with the plan, in advance.</source>
        <translation>Rozliczany w każdym okresie razem z planem, z góry.</translation>
    </message>
    <message>
        <source>Billed once, on the next invoice after it is added to a subscription.</source>
        <translation>Rozliczany jednorazowo, na najbliższej fakturze po dodaniu do subskrypcji.</translation>
    </message>
    <message>
        <source>The kind is fixed once the add-on has a price</source>
        <translation>Rodzaju nie można zmienić, gdy dodatek ma już cenę</translation>
    </message>
    <message>
        <source>add-on</source>
        <translation>dodatek</translation>
    </message>
    <message>
        <source>The code %1 is already used by the add-on %2.</source>
        <translation>Kod %1 jest już używany przez dodatek %2.</translation>
    </message>
    <message>
        <source>Enter the add-on&apos;s name.</source>
        <translation>Wpisz nazwę dodatku.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::AddOnPicker</name>
    <message>
        <source>This plan has no add-ons.</source>
        <translation>Ten plan nie ma dodatków.</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>Ilość: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 once</source>
        <translation>%1 jednorazowo</translation>
    </message>
    <message>
        <source>no %1 price in %2</source>
        <translation>brak ceny w %2 naliczanej %1</translation>
    </message>
    <message>
        <source>no price in %1</source>
        <translation>brak ceny w %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::AddOnTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Rozliczanie</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Ceny</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::AgingPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Na dzień:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>Days past the due date; balances as they stand today.</source>
        <translation>Dni po terminie płatności; salda według stanu na dzisiaj.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Razem %1</translation>
    </message>
    <message>
        <source>aging-%1.csv</source>
        <translation>wiekowanie-%1.csv</translation>
    </message>
    <message>
        <source>Export aging report</source>
        <translation>Eksport raportu wiekowania należności</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::BankAccountDialog</name>
    <message>
        <source>New bank account</source>
        <translation>Nowy rachunek bankowy</translation>
    </message>
    <message>
        <source>Edit bank account</source>
        <translation>Edycja rachunku bankowego</translation>
    </message>
    <message>
        <source>Your name for it, e.g. Main EUR account</source>
        <translation>Twoja nazwa, np. Główny rachunek EUR</translation>
    </message>
    <message>
        <source>e.g. FI21 1234 5600 0007 85</source>
        <translation>np. PL61 1090 1014 0000 0712 1981 2874</translation>
    </message>
    <message>
        <source>8 or 11 characters, e.g. NDEAFIHH</source>
        <translation>8 lub 11 znaków, np. BPKOPLPW</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Dowolna waluta</translation>
    </message>
    <message>
        <source>Print this account on documents by default</source>
        <translation>Domyślnie drukuj ten rachunek na dokumentach</translation>
    </message>
    <message>
        <source>Documents in the account&apos;s currency (or any, if it has none) show this account</source>
        <translation>Dokumenty w walucie rachunku (lub w dowolnej, jeśli jej nie określono) pokazują ten rachunek</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
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
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Give the account a name, so you can tell it from the others.</source>
        <translation>Nadaj rachunkowi nazwę, aby odróżnić go od pozostałych.</translation>
    </message>
    <message>
        <source>The IBAN is required: customers pay to it.</source>
        <translation>IBAN jest wymagany: na ten rachunek płacą klienci.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::BankAccountsPage</name>
    <message>
        <source>Bank accounts</source>
        <translation>Rachunki bankowe</translation>
    </message>
    <message>
        <source>Where customers pay by transfer. A document shows the default account of its currency, else the default account for any currency.</source>
        <translation>Rachunki, na które klienci płacą przelewem. Dokument pokazuje domyślny rachunek w swojej walucie, a w razie jego braku domyślny rachunek dla dowolnej waluty.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
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
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Domyślny</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Pokaż zarchiwizowane</translation>
    </message>
    <message>
        <source>The bank accounts could not be read: %1</source>
        <translation>Nie można odczytać rachunków bankowych: %1</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (zarchiwizowany)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Dowolna</translation>
    </message>
    <message>
        <source>No bank accounts yet: add the one customers pay to.</source>
        <translation>Nie ma jeszcze rachunków bankowych: dodaj rachunek, na który płacą klienci.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Added the bank account %1.</source>
        <translation>Dodano rachunek bankowy %1.</translation>
    </message>
    <message>
        <source>Saved the bank account %1.</source>
        <translation>Zapisano rachunek bankowy %1.</translation>
    </message>
    <message>
        <source>The bank account %1 was not changed: %2</source>
        <translation>Nie zmieniono rachunku bankowego %1: %2</translation>
    </message>
    <message>
        <source>Archived the bank account %1; documents no longer show it.</source>
        <translation>Zarchiwizowano rachunek bankowy %1; dokumenty już go nie pokazują.</translation>
    </message>
    <message>
        <source>Restored the bank account %1.</source>
        <translation>Przywrócono rachunek bankowy %1.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::BatchExportDialog</name>
    <message>
        <source>PDF documents (&lt;number&gt;.pdf)</source>
        <translation>Dokumenty PDF (&lt;numer&gt;.pdf)</translation>
    </message>
    <message>
        <source>UBL e-invoices (&lt;number&gt;.xml)</source>
        <translation>E-faktury UBL (&lt;numer&gt;.xml)</translation>
    </message>
    <message>
        <source>Export documents</source>
        <translation>Eksport dokumentów</translation>
    </message>
    <message>
        <source>Saves every invoice and credit note issued in the date range into the folder, named by its number. Drafts are not exported: issue them first.</source>
        <translation>Zapisuje do folderu wszystkie faktury i noty kredytowe wystawione w zakresie dat, nazwane według numeru. Wersje robocze nie są eksportowane: najpierw je wystaw.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>Issued from:</source>
        <translation>Wystawione od:</translation>
    </message>
    <message>
        <source>Into folder:</source>
        <translation>Do folderu:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Pliki:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>Zakres kończy się przed początkiem.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) issued in the range</source>
        <translation>
            <numerusform>%Ln dokument wystawiony w zakresie</numerusform>
            <numerusform>%Ln dokumenty wystawione w zakresie</numerusform>
            <numerusform>%Ln dokumentów wystawionych w zakresie</numerusform>
        </translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Eksportuj do folderu</translation>
    </message>
    <message>
        <source>Choose the folder to export into.</source>
        <translation>Wybierz folder docelowy eksportu.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1.</source>
        <translation>Nie można zapisywać w folderze %1.</translation>
    </message>
    <message>
        <source>Choose PDF, UBL or both.</source>
        <translation>Wybierz PDF, UBL lub oba.</translation>
    </message>
    <message>
        <source>No document was issued in the range.</source>
        <translation>W tym zakresie nie wystawiono żadnego dokumentu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) of this export already exist in the folder.</source>
        <translation>
            <numerusform>%Ln plik z tego eksportu już istnieje w folderze.</numerusform>
            <numerusform>%Ln pliki z tego eksportu już istnieją w folderze.</numerusform>
            <numerusform>%Ln plików z tego eksportu już istnieje w folderze.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace them</source>
        <translation>&amp;Zastąp je</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Zachowaj je</translation>
    </message>
    <message>
        <source>Exporting documents…</source>
        <translation>Eksportowanie dokumentów…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Eksportowanie %1…</translation>
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
            <numerusform>Zapisano %Ln plik w %1.</numerusform>
            <numerusform>Zapisano %Ln pliki w %1.</numerusform>
            <numerusform>Zapisano %Ln plików w %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %Ln existing file(s).</source>
        <translation>
            <numerusform>Zachowano %Ln istniejący plik.</numerusform>
            <numerusform>Zachowano %Ln istniejące pliki.</numerusform>
            <numerusform>Zachowano %Ln istniejących plików.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be written.</source>
        <translation>
            <numerusform>Nie można zapisać %Ln pliku.</numerusform>
            <numerusform>Nie można zapisać %Ln plików.</numerusform>
            <numerusform>Nie można zapisać %Ln plików.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln document(s) not exported, from %1 on.</source>
        <translation>
            <numerusform>Anulowano: nie wyeksportowano %Ln dokumentu, od %1.</numerusform>
            <numerusform>Anulowano: nie wyeksportowano %Ln dokumentów, od %1.</numerusform>
            <numerusform>Anulowano: nie wyeksportowano %Ln dokumentów, od %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::BillingRunDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Podgląd</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>&amp;Run billing</source>
        <translation>&amp;Rozlicz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Run billing</source>
        <translation>Rozlicz</translation>
    </message>
    <message>
        <source>List what a run would write, without writing anything</source>
        <translation>Pokaż, co zapisałby przebieg rozliczeń, niczego nie zapisując</translation>
    </message>
    <message>
        <source>Write the invoices and credit notes that are due</source>
        <translation>Zapisz należne faktury i noty kredytowe</translation>
    </message>
    <message>
        <source>Stop the run; a stopped run writes nothing</source>
        <translation>Zatrzymaj przebieg; zatrzymany przebieg niczego nie zapisuje</translation>
    </message>
    <message>
        <source>Bill everything due on or &amp;before:</source>
        <translation>Rozlicz wszystko, co jest należne &amp;do dnia (włącznie):</translation>
    </message>
    <message>
        <source>Lines of the selected document</source>
        <translation>Pozycje zaznaczonego dokumentu</translation>
    </message>
    <message>
        <source>Preview to see what a run up to this date writes.</source>
        <translation>Użyj podglądu, aby zobaczyć, co zapisze przebieg rozliczeń do tej daty.</translation>
    </message>
    <message>
        <source>Preview to see what a run up to this date writes, or run billing at once.</source>
        <translation>Użyj podglądu, aby zobaczyć, co zapisze przebieg rozliczeń do tej daty, lub od razu przeprowadź rozliczenie.</translation>
    </message>
    <message>
        <source>%1 of %2 subscriptions</source>
        <translation>%1 z %2 subskrypcji</translation>
    </message>
    <message>
        <source>%1 and %2 with %3</source>
        <translation>%1 i %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln faktura</numerusform>
            <numerusform>%Ln faktury</numerusform>
            <numerusform>%Ln faktur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit note(s)</source>
        <translation>
            <numerusform>%Ln nota kredytowa</numerusform>
            <numerusform>%Ln noty kredytowe</numerusform>
            <numerusform>%Ln not kredytowych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln pozycja</numerusform>
            <numerusform>%Ln pozycje</numerusform>
            <numerusform>%Ln pozycji</numerusform>
        </translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Tworzenie podglądu…</translation>
    </message>
    <message>
        <source>Preview stopped.</source>
        <translation>Podgląd zatrzymany.</translation>
    </message>
    <message>
        <source>Nothing is due on or before %1.</source>
        <translation>Nic nie jest należne w dniu %1 ani wcześniej.</translation>
    </message>
    <message>
        <source>A run up to %1 would write %2 (%3 checked). Nothing is written until you run billing.</source>
        <translation>Przebieg rozliczeń do %1 zapisałby: %2 (sprawdzono: %3). Nic nie zostanie zapisane, dopóki nie przeprowadzisz rozliczenia.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln subskrypcja</numerusform>
            <numerusform>%Ln subskrypcje</numerusform>
            <numerusform>%Ln subskrypcji</numerusform>
        </translation>
    </message>
    <message>
        <source>Running billing…</source>
        <translation>Trwa rozliczanie…</translation>
    </message>
    <message>
        <source>Billing run stopped: nothing was written.</source>
        <translation>Przebieg rozliczeń zatrzymany: niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Nothing is due on or before %1: no documents were written.</source>
        <translation>Nic nie jest należne w dniu %1 ani wcześniej: nie zapisano żadnych dokumentów.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Zapisano: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fixed term(s) renewed or ended.</source>
        <translation>
            <numerusform>Odnowiono lub zakończono %Ln okres umowy.</numerusform>
            <numerusform>Odnowiono lub zakończono %Ln okresy umowy.</numerusform>
            <numerusform>Odnowiono lub zakończono %Ln okresów umowy.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Issue the documents at once</source>
        <translation>&amp;Wystaw dokumenty od razu</translation>
    </message>
    <message>
        <source>Give the documents their numbers and tax right after the run; otherwise they stay drafts to check and issue from the Invoices section</source>
        <translation>Nadaj dokumentom numery i podatek zaraz po przebiegu; w przeciwnym razie pozostaną wersjami roboczymi do sprawdzenia i wystawienia w sekcji Faktury</translation>
    </message>
    <message>
        <source>They stay drafts: issuing them failed: %1</source>
        <translation>Pozostają wersjami roboczymi: wystawienie się nie powiodło: %1</translation>
    </message>
    <message numerus="yes">
        <source>Issued %Ln document(s), %1 to %2.</source>
        <translation>
            <numerusform>Wystawiono %Ln dokument, od %1 do %2.</numerusform>
            <numerusform>Wystawiono %Ln dokumenty, od %1 do %2.</numerusform>
            <numerusform>Wystawiono %Ln dokumentów, od %1 do %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CatalogListPage</name>
    <message>
        <source>Show archived</source>
        <translation>Pokaż zarchiwizowane</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ChangeSubscriptionDialog</name>
    <message>
        <source>Proration</source>
        <translation>Rozliczenie proporcjonalne</translation>
    </message>
    <message>
        <source>Change subscription %1</source>
        <translation>Zmiana subskrypcji %1</translation>
    </message>
    <message>
        <source>Apply change</source>
        <translation>Zastosuj zmianę</translation>
    </message>
    <message>
        <source>%1. The current period runs %2 → %3.</source>
        <translation>%1. Bieżący okres: %2 → %3.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Temporary, for</source>
        <translation>Tymczasowo, na</translation>
    </message>
    <message>
        <source>The subscription goes back to what it is now by itself after these days, prorated both ways</source>
        <translation>Po tej liczbie dni subskrypcja sama wraca do obecnych warunków; obie zmiany są rozliczane proporcjonalnie</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Optional, kept with the subscription&apos;s history</source>
        <translation>Opcjonalnie; zapisywana w historii subskrypcji</translation>
    </message>
    <message>
        <source>then back by itself</source>
        <translation>potem automatyczny powrót</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;Billed:</source>
        <translation>&amp;Rozliczanie:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Ilość:</translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation>K&amp;upon:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <source>Takes effect:</source>
        <translation>Wchodzi w życie:</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Dodatki</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change the plan, interval, quantity, add-ons or coupon to see what the customer is charged or credited.</source>
        <translation>Zmień plan, interwał, ilość, dodatki lub kupon, aby zobaczyć, co zostanie naliczone klientowi lub mu zwrócone.</translation>
    </message>
    <message>
        <source>No proration: the new configuration is billed from %1.</source>
        <translation>Bez rozliczenia proporcjonalnego: nowa konfiguracja jest rozliczana od %1.</translation>
    </message>
    <message>
        <source>Nothing is charged or credited.</source>
        <translation>Nic nie zostanie naliczone ani zwrócone.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ChartPage</name>
    <message>
        <source>Export PNG…</source>
        <translation>Eksportuj PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Eksportuj wykres jako PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Obrazy PNG (*.png)</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Eksportuj dane wykresu jako CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ChurnChartPage</name>
    <message>
        <source>Logo churn: customers lost ÷ customers paying at the month&apos;s start. Gross MRR churn: (churn + contraction) ÷ MRR at start; net MRR churn also subtracts expansion and reactivation. Click a point for the customers behind it.</source>
        <translation>Odpływ klientów: utraceni klienci ÷ klienci płacący na początku miesiąca. Odpływ MRR brutto: (odpływ + zmniejszenie) ÷ MRR na początku; odpływ MRR netto odejmuje także rozszerzenie i reaktywację. Kliknij punkt, aby zobaczyć klientów, których dotyczy.</translation>
    </message>
    <message>
        <source>Rate per month</source>
        <translation>Wskaźnik miesięczny</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>Odpływ klientów</translation>
    </message>
    <message>
        <source>Gross MRR churn</source>
        <translation>Odpływ MRR brutto</translation>
    </message>
    <message>
        <source>Net MRR churn</source>
        <translation>Odpływ MRR netto</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Paying customers at start</source>
        <translation>Płacący klienci na początku</translation>
    </message>
    <message>
        <source>Churned customers</source>
        <translation>Utraceni klienci</translation>
    </message>
    <message>
        <source>Logo churn (%)</source>
        <translation>Odpływ klientów (%)</translation>
    </message>
    <message>
        <source>Gross MRR churn (%)</source>
        <translation>Odpływ MRR brutto (%)</translation>
    </message>
    <message>
        <source>Net MRR churn (%)</source>
        <translation>Odpływ MRR netto (%)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ColumnsMenu</name>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Kolumny domyślne</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CompanyProfilePage</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>The seller on every invoice and credit note: what the VAT rules require on a document, how customers reach you and how documents look.</source>
        <translation>Sprzedawca na każdej fakturze i nocie kredytowej: dane wymagane na dokumencie przez przepisy o VAT, dane kontaktowe dla klientów i wygląd dokumentów.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Forget the changes and show what is stored</source>
        <translation>Odrzuć zmiany i pokaż zapisane dane</translation>
    </message>
    <message>
        <source>Legal name, as printed on documents</source>
        <translation>Pełna nazwa prawna, tak jak na dokumentach</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>With country prefix, e.g. FI12345678</source>
        <translation>Z prefiksem kraju, np. PL1234567890</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>NIP UE</translation>
    </message>
    <message>
        <source>Company register or tax number</source>
        <translation>Numer rejestrowy firmy lub numer podatkowy</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>Numer rejestrowy</translation>
    </message>
    <message>
        <source>Small business exempt from VAT</source>
        <translation>Mała firma zwolniona z VAT</translation>
    </message>
    <message>
        <source>Documents then charge no VAT and print the exemption text instead</source>
        <translation>Dokumenty nie naliczają wtedy VAT i zamiast tego zawierają tekst zwolnienia</translation>
    </message>
    <message>
        <source>e.g. VAT exempt under art. 113 of Directive 2006/112/EC</source>
        <translation>np. Zwolnienie podmiotowe na podstawie art. 113 ust. 1 ustawy o VAT</translation>
    </message>
    <message>
        <source>Exemption text</source>
        <translation>Tekst zwolnienia</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Street and number; up to three lines</source>
        <translation>Ulica i numer; do trzech wierszy</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>State, province or county, where addresses use one</source>
        <translation>Województwo, prowincja lub hrabstwo, jeśli adresy je zawierają</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>billing@example.com</source>
        <translation>faktury@example.com</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Scheme and ID, e.g. 0088:5790000435968</source>
        <translation>Schemat i identyfikator, np. 0088:5790000435968</translation>
    </message>
    <message>
        <source>Your Peppol address, written on e-invoices as the seller&apos;s electronic address</source>
        <translation>Twój adres Peppol, podawany na e-fakturach jako adres elektroniczny sprzedawcy</translation>
    </message>
    <message>
        <source>E-invoice endpoint</source>
        <translation>Adres e-faktury</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Days from the issue date to the due date, for customers without their own terms</source>
        <translation>Liczba dni od daty wystawienia do terminu płatności dla klientów bez własnych warunków</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Termin płatności</translation>
    </message>
    <message>
        <source>Printed at the foot of every document</source>
        <translation>Drukowane w stopce każdego dokumentu</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Stopka</translation>
    </message>
    <message>
        <source>The name is required: it is printed on every document.</source>
        <translation>Nazwa jest wymagana: jest drukowana na każdym dokumencie.</translation>
    </message>
    <message>
        <source>The country is required: it decides the VAT rates of your documents.</source>
        <translation>Kraj jest wymagany: od niego zależą stawki VAT na Twoich dokumentach.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (e.g. FI, PL, IT).</source>
        <translation>„%1” nie jest kodem kraju ISO 3166 (np. FI, PL, IT).</translation>
    </message>
    <message>
        <source>The VAT ID is from %1 but the address is in %2.</source>
        <translation>NIP UE pochodzi z kraju %1, ale adres znajduje się w kraju %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1” nie jest adresem e-mail.</translation>
    </message>
    <message>
        <source>Exempt documents must say why no VAT is charged: enter the text to print.</source>
        <translation>Dokumenty zwolnione muszą podawać, dlaczego nie naliczono VAT: wpisz tekst do wydrukowania.</translation>
    </message>
    <message>
        <source>Fix the marked field before saving.</source>
        <translation>Przed zapisaniem popraw oznaczone pole.</translation>
    </message>
    <message>
        <source>Fix the %1 marked fields before saving.</source>
        <translation>Przed zapisaniem popraw oznaczone pola (%1).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
    <message>
        <source>The company details were not saved: %1</source>
        <translation>Nie zapisano danych firmy: %1</translation>
    </message>
    <message>
        <source>Saved the company details.</source>
        <translation>Zapisano dane firmy.</translation>
    </message>
    <message>
        <source>The company details could not be read: %1</source>
        <translation>Nie można odczytać danych firmy: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CountryComboBox</name>
    <message>
        <source>Code or name, e.g. FI or Finland</source>
        <translation>Kod lub nazwa, np. FI lub Finland</translation>
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
        <translation>Edycja kuponu — %1</translation>
    </message>
    <message>
        <source>New coupon</source>
        <translation>Nowy kupon</translation>
    </message>
    <message>
        <source>e.g. SPRING25; what customers type</source>
        <translation>np. SPRING25; kod wpisywany przez klientów</translation>
    </message>
    <message>
        <source>As invoices show it, e.g. Spring sale 2026</source>
        <translation>Tak jak na fakturach, np. Wiosenna promocja 2026</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Discount</source>
        <translation>&amp;Rabat</translation>
    </message>
    <message>
        <source>&amp;Lasts</source>
        <translation>&amp;Czas obowiązywania</translation>
    </message>
    <message>
        <source>None checked: the coupon applies to every plan.</source>
        <translation>Nic nie zaznaczono: kupon dotyczy każdego planu.</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Plany</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limity</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Wykorzystania</translation>
    </message>
    <message>
        <source>Check the plans the coupon is limited to; none checked: every plan</source>
        <translation>Zaznacz plany, do których kupon jest ograniczony; nic nie zaznaczono: każdy plan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Add coupon</source>
        <translation>Dodaj kupon</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>for </source>
        <translation>przez </translation>
    </message>
    <message>
        <source> billing periods</source>
        <translation> okr. rozl.</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Można wykorzystać maksymalnie</translation>
    </message>
    <message>
        <source> redemptions</source>
        <translation> razy</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Wygasa dnia</translation>
    </message>
    <message>
        <source>Redemptions on or after this day are refused</source>
        <translation>Wykorzystania w tym dniu lub później są odrzucane</translation>
    </message>
    <message>
        <source>The code stays as it is: subscriptions refer to it</source>
        <translation>Kodu nie można zmienić: odwołują się do niego subskrypcje</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Jeszcze nie</translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln raz</numerusform>
            <numerusform>%Ln razy</numerusform>
            <numerusform>%Ln razy</numerusform>
        </translation>
    </message>
    <message>
        <source>The code %1 is already used by the coupon %2.</source>
        <translation>Kod %1 jest już używany przez kupon %2.</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Kwota rabatu</translation>
    </message>
    <message>
        <source>Enter the name invoices show.</source>
        <translation>Wpisz nazwę widoczną na fakturach.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CouponTableModel</name>
    <message>
        <source>once</source>
        <translation>jednorazowo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln period(s)</source>
        <translation>
            <numerusform>%Ln okres</numerusform>
            <numerusform>%Ln okresy</numerusform>
            <numerusform>%Ln okresów</numerusform>
        </translation>
    </message>
    <message>
        <source>forever</source>
        <translation>bezterminowo</translation>
    </message>
    <message>
        <source>all plans</source>
        <translation>wszystkie plany</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>No longer redeemable: %1</source>
        <translation>Nie można już wykorzystać: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Czas obowiązywania</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plany</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Wykorzystania</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Wygasa</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CreditNoteDialog</name>
    <message>
        <source>Credit invoice</source>
        <translation>Korekta faktury</translation>
    </message>
    <message>
        <source>&amp;Everything not yet credited</source>
        <translation>&amp;Wszystko, co nie zostało jeszcze skorygowane</translation>
    </message>
    <message>
        <source>C&amp;hosen lines</source>
        <translation>&amp;Wybrane pozycje</translation>
    </message>
    <message>
        <source>An a&amp;mount (gross), spread over the lines:</source>
        <translation>&amp;Kwota (brutto) rozłożona na pozycje:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Not yet credited</source>
        <translation>Jeszcze nieskorygowane</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Korekta</translation>
    </message>
    <message>
        <source>Printed on the credit note, e.g. &quot;Service outage in March&quot;</source>
        <translation>Drukowane na nocie kredytowej, np. „Awaria usługi w marcu”</translation>
    </message>
    <message>
        <source>What to credit</source>
        <translation>Co skorygować</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Przyczyna:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota kredytowa</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation>Wystaw notę kredytową</translation>
    </message>
    <message>
        <source>Only an issued invoice can be credited.</source>
        <translation>Korygować można tylko wystawioną fakturę.</translation>
    </message>
    <message>
        <source>Credit invoice %1</source>
        <translation>Korekta faktury %1</translation>
    </message>
    <message>
        <source>Invoice %1 to %2 of %3: total %4, already credited %5, balance %6.</source>
        <translation>Faktura %1 dla %2 z dnia %3: razem %4, już skorygowano %5, saldo %6.</translation>
    </message>
    <message>
        <source>less</source>
        <translation>mniej</translation>
    </message>
    <message>
        <source>The invoice has less than this line left to credit; the preview shows whether an amount fits.</source>
        <translation>Na fakturze pozostało do skorygowania mniej niż wartość tej pozycji; podgląd pokazuje, czy kwota się mieści.</translation>
    </message>
    <message>
        <source>the credit for line %1</source>
        <translation>korekta pozycji %1</translation>
    </message>
    <message>
        <source>Line %1: the credit cannot be negative.</source>
        <translation>Pozycja %1: korekta nie może być ujemna.</translation>
    </message>
    <message>
        <source>Line %1: at most %2 can be credited.</source>
        <translation>Pozycja %1: można skorygować najwyżej %2.</translation>
    </message>
    <message>
        <source>Enter the amount to credit on at least one line.</source>
        <translation>Wpisz kwotę korekty dla co najmniej jednej pozycji.</translation>
    </message>
    <message>
        <source>the amount to credit</source>
        <translation>kwotę korekty</translation>
    </message>
    <message>
        <source>The amount to credit must be more than zero.</source>
        <translation>Kwota korekty musi być większa od zera.</translation>
    </message>
    <message>
        <source>Give a reason; it is printed on the credit note.</source>
        <translation>Podaj przyczynę; zostanie wydrukowana na nocie kredytowej.</translation>
    </message>
    <message>
        <source>Net %1</source>
        <translation>Netto %1</translation>
    </message>
    <message>
        <source>VAT %1 on %2: %3</source>
        <translation>VAT %1 od %2: %3</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Razem %1</translation>
    </message>
    <message>
        <source>Capped by %1: credit notes never total more than the invoice.</source>
        <translation>Ograniczono przez %1: noty kredytowe nigdy nie przekraczają wartości faktury.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>Edit customer — %1</source>
        <translation>Edycja klienta — %1</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Dodaj klienta</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n highlighted field(s) to save.</source>
        <translation>
            <numerusform>Popraw %n wyróżnione pole, aby zapisać.</numerusform>
            <numerusform>Popraw %n wyróżnione pola, aby zapisać.</numerusform>
            <numerusform>Popraw %n wyróżnionych pól, aby zapisać.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what to fix</source>
        <translation>Pokaż, co poprawić</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerFeedbackPanel</name>
    <message>
        <source>Add answer…</source>
        <translation>Dodaj odpowiedź…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Record an NPS or CSAT answer of the selected customer</source>
        <translation>Zapisz odpowiedź NPS lub CSAT zaznaczonego klienta</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subskrypcje</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Opinie</translation>
    </message>
    <message>
        <source>Select a customer to see their survey answers.</source>
        <translation>Zaznacz klienta, aby zobaczyć jego odpowiedzi z ankiet.</translation>
    </message>
    <message>
        <source>Feedback of %1</source>
        <translation>Opinie: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n NPS answer(s), NPS %1</source>
        <translation>
            <numerusform>%n odpowiedź NPS, NPS %1</numerusform>
            <numerusform>%n odpowiedzi NPS, NPS %1</numerusform>
            <numerusform>%n odpowiedzi NPS, NPS %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CSAT answer(s), %1 % satisfied</source>
        <translation>
            <numerusform>%n odpowiedź CSAT, %1 % zadowolonych</numerusform>
            <numerusform>%n odpowiedzi CSAT, %1 % zadowolonych</numerusform>
            <numerusform>%n odpowiedzi CSAT, %1 % zadowolonych</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey answers yet.</source>
        <translation>Brak odpowiedzi z ankiet.</translation>
    </message>
    <message>
        <source>Answer of %1 recorded.</source>
        <translation>Zapisano odpowiedź klienta %1.</translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation>Odpowiedź zapisana.</translation>
    </message>
    <message>
        <source>Delete answer</source>
        <translation>Usuń odpowiedź</translation>
    </message>
    <message>
        <source>Delete the %1 answer of %2 given on %3 (score %4)? This cannot be undone.</source>
        <translation>Usunąć odpowiedź %1 klienta %2 udzieloną %3 (ocena %4)? Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>Answer deleted.</source>
        <translation>Odpowiedź usunięta.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerFilterBar</name>
    <message>
        <source>Search name, e-mail, VAT ID or city</source>
        <translation>Szukaj: nazwa, e-mail, NIP UE, miejscowość</translation>
    </message>
    <message>
        <source>Shows the customers whose name, e-mail, VAT ID or city contain every word typed</source>
        <translation>Pokazuje klientów, których nazwa, e-mail, NIP UE lub miejscowość zawierają każde z wpisanych słów</translation>
    </message>
    <message>
        <source>Show one segment only</source>
        <translation>Pokaż tylko jeden segment</translation>
    </message>
    <message>
        <source>Show customers with this tag only</source>
        <translation>Pokaż tylko klientów z tym tagiem</translation>
    </message>
    <message>
        <source>Show customers in this country only</source>
        <translation>Pokaż tylko klientów z tego kraju</translation>
    </message>
    <message>
        <source>Active, archived or all customers</source>
        <translation>Klienci aktywni, zarchiwizowani lub wszyscy</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywni</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Zarchiwizowani</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Wszystkie segmenty</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Wszystkie tagi</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Wszystkie kraje</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerForm</name>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Rozliczenia</translation>
    </message>
    <message>
        <source>Company or person, as it appears on invoices</source>
        <translation>Firma lub osoba, tak jak na fakturach</translation>
    </message>
    <message>
        <source>billing@example.com; several separated by commas or semicolons</source>
        <translation>billing@example.com; kilka adresów oddziel przecinkami lub średnikami</translation>
    </message>
    <message>
        <source>e.g. SMB, Enterprise</source>
        <translation>np. MŚP, Korporacje</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Tagi oddzielaj przecinkami</translation>
    </message>
    <message>
        <source>Street and number; up to three lines</source>
        <translation>Ulica i numer; maksymalnie trzy wiersze</translation>
    </message>
    <message>
        <source>State, province or county, where addresses use one</source>
        <translation>Województwo, stan lub prowincja, jeśli występuje w adresie</translation>
    </message>
    <message>
        <source>With country prefix, e.g. FI12345678</source>
        <translation>Z prefiksem kraju, np. FI12345678</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Język dokumentów</translation>
    </message>
    <message>
        <source>SEPA direct debit mandate</source>
        <translation>Mandat SEPA (polecenie zapłaty)</translation>
    </message>
    <message>
        <source>e.g. FI21 1234 5600 0007 85</source>
        <translation>np. FI21 1234 5600 0007 85</translation>
    </message>
    <message>
        <source>Scheme and ID, e.g. 0088:5790000435968</source>
        <translation>Schemat i identyfikator, np. 0088:5790000435968</translation>
    </message>
    <message>
        <source>This page has fields to fix</source>
        <translation>Na tej stronie są pola do poprawienia</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Jeszcze nie podpisano</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>Import klientów</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerPicker</name>
    <message>
        <source>Type to search customers</source>
        <translation>Wpisz, aby wyszukać klientów</translation>
    </message>
    <message>
        <source>Customer %1, billed in %2</source>
        <translation>Klient %1, rozliczany w %2</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerSubscriptionsPanel</name>
    <message>
        <source>New subscription…</source>
        <translation>Nowa subskrypcja…</translation>
    </message>
    <message>
        <source>Subscribe the selected customer to a plan</source>
        <translation>Zapisz zaznaczonego klienta do planu</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Il.</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Rozliczanie</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>Za okres</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>Następne rozliczenie</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Subscriptions of %1</source>
        <translation>Subskrypcje klienta %1</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subskrypcje</translation>
    </message>
    <message>
        <source>Select a customer to see their subscriptions.</source>
        <translation>Zaznacz klienta, aby zobaczyć jego subskrypcje.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no subscriptions yet.</source>
        <translation>%1 nie ma jeszcze subskrypcji.</translation>
    </message>
    <message>
        <source>Subscription %1 created for %2.</source>
        <translation>Utworzono subskrypcję %1 dla klienta %2.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomersView</name>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Nowy klient…</translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation>Dodaj klienta</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>&amp;Edytuj klienta…</translation>
    </message>
    <message>
        <source>Edit the selected customer</source>
        <translation>Edytuj zaznaczonego klienta</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>&amp;Archive customer</source>
        <translation>&amp;Archiwizuj klienta</translation>
    </message>
    <message>
        <source>Archive the selected customer</source>
        <translation>Archiwizuj zaznaczonego klienta</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importuj klientów…</translation>
    </message>
    <message>
        <source>Add customers from a CSV file</source>
        <translation>Dodaj klientów z pliku CSV</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>E&amp;xport customers…</source>
        <translation>E&amp;ksportuj klientów…</translation>
    </message>
    <message>
        <source>Save the customers shown as a CSV file</source>
        <translation>Zapisz wyświetlanych klientów do pliku CSV</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksportuj CSV</translation>
    </message>
    <message>
        <source>Find customers</source>
        <translation>Znajdź klientów</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Wybierz kolumny do wyświetlenia</translation>
    </message>
    <message>
        <source>&amp;Restore customer</source>
        <translation>Przy&amp;wróć klienta</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
    <message>
        <source>Make the selected customer active again</source>
        <translation>Przywróć zaznaczonego klienta do aktywnych</translation>
    </message>
    <message>
        <source>Archive the selected customer; archived customers are kept but hidden</source>
        <translation>Archiwizuj zaznaczonego klienta; zarchiwizowani klienci są zachowywani, ale ukryci</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln customer(s)</source>
        <translation>
            <numerusform>Wyświetlono %1 z %Ln klienta</numerusform>
            <numerusform>Wyświetlono %1 z %Ln klientów</numerusform>
            <numerusform>Wyświetlono %1 z %Ln klientów</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers yet.
Add one with New or bring a list in with Import.</source>
        <translation>Nie ma jeszcze klientów.
Dodaj klienta przyciskiem Nowy lub wczytaj listę przyciskiem Importuj.</translation>
    </message>
    <message>
        <source>No customers match the search and filters.</source>
        <translation>Żaden klient nie pasuje do wyszukiwania i filtrów.</translation>
    </message>
    <message>
        <source>Added %1. The current search or filters hide it.</source>
        <translation>Dodano %1. Bieżące wyszukiwanie lub filtry ukrywają tego klienta.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Dodano %1.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Przywrócono %1.</translation>
    </message>
    <message>
        <source>Archived %1. Undo brings it back.</source>
        <translation>Zarchiwizowano %1. Cofnięcie przywróci klienta.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln customer(s).</source>
        <translation>
            <numerusform>Zaimportowano %Ln klienta.</numerusform>
            <numerusform>Zaimportowano %Ln klientów.</numerusform>
            <numerusform>Zaimportowano %Ln klientów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Eksport klientów</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>klienci</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Pliki CSV (*.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>Wyeksportowano %Ln klienta do %1.</numerusform>
            <numerusform>Wyeksportowano %Ln klientów do %1.</numerusform>
            <numerusform>Wyeksportowano %Ln klientów do %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DashboardFilterBar</name>
    <message>
        <source>Last 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Bieżący rok</translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation>Ostatnie 3 lata</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystko</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Niestandardowy</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Wszystkie segmenty</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Wszystkie plany</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Wszystkie kraje</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Obliczanie wskaźników…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Bez segmentu</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Kwoty w %1</translation>
    </message>
    <message>
        <source>Other currencies are converted at the stored monthly exchange rates.</source>
        <translation>Inne waluty są przeliczane po zapisanych miesięcznych kursach walut.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DashboardTiles</name>
    <message>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>Percentage points: the change of a rate (&quot;0.5 pp&quot;).</extracomment>
        <translation>%1 p.p.</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Monthly recurring revenue at the month&apos;s end, tax, one-time fees and usage excluded.</source>
        <translation>Miesięczny przychód cykliczny na koniec miesiąca, bez podatku, opłat jednorazowych i użycia.</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Annual run rate: 12 × MRR.</source>
        <translation>Roczny przychód w ujęciu bieżącym: 12 × MRR.</translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation>Płacący klienci</translation>
    </message>
    <message>
        <source>Customers with MRR above zero at the month&apos;s end.</source>
        <translation>Klienci z MRR większym od zera na koniec miesiąca.</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>Odpływ klientów</translation>
    </message>
    <message>
        <source>Customers lost in the month ÷ customers paying at its start.</source>
        <translation>Klienci utraceni w miesiącu ÷ klienci płacący na jego początku.</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>Net revenue retention over the 12 months to the month&apos;s end, for the customers paying before them.</source>
        <translation>Retencja przychodu netto w ciągu 12 miesięcy do końca miesiąca, dla klientów płacących przed tym okresem.</translation>
    </message>
    <message>
        <source>ARPA</source>
        <translation>ARPA</translation>
    </message>
    <message>
        <source>Average revenue per account: MRR ÷ paying customers.</source>
        <translation>Średni przychód na klienta: MRR ÷ płacący klienci.</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Customer lifetime value: ARPA ÷ the mean monthly logo churn of the trailing 6 months (× gross margin when set).</source>
        <translation>Wartość klienta w całym okresie współpracy: ARPA ÷ średni miesięczny odpływ klientów z ostatnich 6 miesięcy (× marża brutto, jeśli ustawiona).</translation>
    </message>
    <message>
        <source>NPS (90 days)</source>
        <translation>NPS (90 dni)</translation>
    </message>
    <message>
        <source>Net promoter score of the answers in the 90 days to the month&apos;s end.</source>
        <translation>Wskaźnik NPS (Net Promoter Score) z odpowiedzi z 90 dni do końca miesiąca.</translation>
    </message>
    <message>
        <source>No paying customers</source>
        <translation>Brak płacących klientów</translation>
    </message>
    <message>
        <source>Not enough churn to estimate</source>
        <translation>Za mały odpływ, by oszacować</translation>
    </message>
    <message>
        <source>No answers</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <extracomment>NPS points (&quot;3 points&quot;)</extracomment>
        <translation>
            <numerusform>%Ln pkt</numerusform>
            <numerusform>%Ln pkt</numerusform>
            <numerusform>%Ln pkt</numerusform>
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
        <translation>Odpływ</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retencja</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Uzgodnienie</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Opinie</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DocumentFileCommands</name>
    <message>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Zapisz PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save UBL e-invoice</source>
        <translation>Zapisz e-fakturę UBL</translation>
    </message>
    <message>
        <source>UBL e-invoices (*.xml)</source>
        <translation>E-faktury UBL (*.xml)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DocumentLinesTree</name>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>How it was computed</source>
        <translation>Sposób wyliczenia</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z dnia %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln pozycja</numerusform>
            <numerusform>%Ln pozycje</numerusform>
            <numerusform>%Ln pozycji</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 paid from the customer&apos;s credit</source>
        <translation>%1; %2 pokryto z salda kredytowego klienta</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>Termin: %1</translation>
    </message>
    <message>
        <source>billed by the billing run that covers that day</source>
        <translation>rozliczane przez przebieg rozliczeń obejmujący ten dzień</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DrillDownDialog</name>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>Eksportuj wiersze</translation>
    </message>
    <message>
        <source>rows.csv</source>
        <translation>wiersze.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ExchangeRateDialog</name>
    <message>
        <source>Edit exchange rate</source>
        <translation>Edytuj kurs waluty</translation>
    </message>
    <message>
        <source>New exchange rate</source>
        <translation>Nowy kurs waluty</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>np. %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>What one unit of the currency was worth in the reporting currency that month, with up to 8 decimals. Months without their own rate use the latest earlier one.</source>
        <translation>Wartość jednej jednostki waluty w walucie raportowania w danym miesiącu, z maksymalnie 8 miejscami po przecinku. Miesiące bez własnego kursu używają ostatniego wcześniejszego.</translation>
    </message>
    <message>
        <source>Choose the currency the rate converts.</source>
        <translation>Wybierz walutę, którą przelicza ten kurs.</translation>
    </message>
    <message>
        <source>Enter what one %1 is worth in the reporting currency, e.g. 0.087312.</source>
        <translation>Wpisz wartość jednego %1 w walucie raportowania, np. 0,087312.</translation>
    </message>
    <message>
        <source>(reporting currency)</source>
        <translation>(waluta raportowania)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ExchangeRatesPage</name>
    <message>
        <source>Metrics</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>The currency the dashboards report in, the gross margin the customer lifetime value uses, and the monthly rates that convert other currencies.</source>
        <translation>Waluta, w której raportują pulpity, marża brutto używana do obliczania wartości klienta w całym okresie współpracy (CLV) oraz miesięczne kursy przeliczające inne waluty.</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Raportowanie</translation>
    </message>
    <message>
        <source>Automatic: the currency most customers use</source>
        <translation>Automatycznie: waluta używana przez większość klientów</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>np. %1</translation>
    </message>
    <message>
        <source>CLV is multiplied by it. Leave it empty to show CLV as revenue.</source>
        <translation>CLV jest przez nią mnożone. Pozostaw puste, aby pokazywać CLV jako przychód.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Waluta raportowania</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Marża brutto</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Kursy walut</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importuj CSV…</translation>
    </message>
    <message>
        <source>Read rates from a CSV file with the columns month (YYYY-MM), currency and rate</source>
        <translation>Wczytaj kursy z pliku CSV z kolumnami month (YYYY-MM), currency i rate</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Znaczenie</translation>
    </message>
    <message>
        <source>A month without its own rate uses the latest earlier rate of its currency. Amounts in a currency without any rate are left out of the figures.</source>
        <translation>Miesiąc bez własnego kursu używa ostatniego wcześniejszego kursu swojej waluty. Kwoty w walucie bez żadnego kursu są pomijane we wskaźnikach.</translation>
    </message>
    <message>
        <source>The metrics settings could not be read: %1</source>
        <translation>Nie można odczytać ustawień wskaźników: %1</translation>
    </message>
    <message>
        <source>The exchange rates could not be read: %1</source>
        <translation>Nie można odczytać kursów walut: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage from 0 to 100 with at most two decimals (e.g. %2).</source>
        <translation>„%1” nie jest wartością procentową od 0 do 100 z co najwyżej dwoma miejscami po przecinku (np. %2).</translation>
    </message>
    <message>
        <source>The metrics settings were not saved: the gross margin is not a percentage.</source>
        <translation>Nie zapisano ustawień wskaźników: marża brutto nie jest wartością procentową.</translation>
    </message>
    <message>
        <source>The metrics settings were not saved: %1</source>
        <translation>Nie zapisano ustawień wskaźników: %1</translation>
    </message>
    <message>
        <source>Saved the metrics settings.</source>
        <translation>Zapisano ustawienia wskaźników.</translation>
    </message>
    <message>
        <source>Saved the rate %1 for %2.</source>
        <translation>Zapisano kurs %1 dla %2.</translation>
    </message>
    <message>
        <source>Remove exchange rate</source>
        <translation>Usuń kurs waluty</translation>
    </message>
    <message>
        <source>Remove the rate of %1 for %2?</source>
        <translation>Usunąć kurs %1 dla %2?</translation>
    </message>
    <message>
        <source>The month then uses the latest earlier rate of %1, if there is one.</source>
        <translation>Miesiąc będzie wtedy używał ostatniego wcześniejszego kursu %1, jeśli taki istnieje.</translation>
    </message>
    <message>
        <source>The rate was not removed: %1</source>
        <translation>Nie usunięto kursu: %1</translation>
    </message>
    <message>
        <source>Removed the rate of %1 for %2.</source>
        <translation>Usunięto kurs %1 dla %2.</translation>
    </message>
    <message>
        <source>Import exchange rates</source>
        <translation>Importuj kursy walut</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Nie można odczytać pliku: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… i jeszcze %n.</numerusform>
            <numerusform>… i jeszcze %n.</numerusform>
            <numerusform>… i jeszcze %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows have problems (listed below the rates).</source>
        <translation>Niczego nie zaimportowano: %1 z %2 wierszy zawiera problemy (wymienione pod kursami).</translation>
    </message>
    <message>
        <source>Nothing to import: the file has no rates.</source>
        <translation>Nie ma czego importować: plik nie zawiera kursów.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Niczego nie zaimportowano: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n exchange rate(s).</source>
        <translation>
            <numerusform>Zaimportowano %n kurs waluty.</numerusform>
            <numerusform>Zaimportowano %n kursy walut.</numerusform>
            <numerusform>Zaimportowano %n kursów walut.</numerusform>
        </translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Wszystkie waluty</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::FeatureListEditor</name>
    <message>
        <source>Add feature</source>
        <translation>Dodaj funkcję</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Przesuń w górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Przesuń w dół</translation>
    </message>
    <message>
        <source>One feature per line, as customers read it; double-click a line to change it</source>
        <translation>Jedna funkcja w wierszu, tak jak widzą ją klienci; kliknij dwukrotnie wiersz, aby go zmienić</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::FeedbackTableModel</name>
    <message>
        <source>Satisfied</source>
        <translation>Zadowolony</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Niezadowolony</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Pasywny</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Krytyk</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Klient %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Ankieta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::FeedbackView</name>
    <message>
        <source>Edit tags</source>
        <translation>Edytuj tagi</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>CSAT scores</source>
        <translation>Oceny CSAT</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>Wszystkie komentarze</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotorzy (9–10)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Pasywni (7–8)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Krytycy (0–6)</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>Odpowiedzi CSAT</translation>
    </message>
    <message>
        <source>Show the comments with any tag</source>
        <translation>Pokaż komentarze z dowolnym tagiem</translation>
    </message>
    <message>
        <source>Edit the tags of the selected answer (or double-click its Tags cell)</source>
        <translation>Edytuj tagi zaznaczonej odpowiedzi (lub kliknij dwukrotnie jej komórkę Tagi)</translation>
    </message>
    <message>
        <source>Import survey answers from a CSV file</source>
        <translation>Importuj odpowiedzi z ankiet z pliku CSV</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <source>Click a tag to see its comments</source>
        <translation>Kliknij tag, aby zobaczyć jego komentarze</translation>
    </message>
    <message>
        <source>NPS scores</source>
        <translation>Oceny NPS</translation>
    </message>
    <message>
        <source>Tags per group</source>
        <translation>Tagi według grup</translation>
    </message>
    <message>
        <source>Choose months on the dashboard to see the feedback of that time.</source>
        <translation>Wybierz miesiące na pulpicie, aby zobaczyć opinie z tego okresu.</translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 from %n answer(s): promoters %2 %, passives %3 %, detractors %4 %.</source>
        <translation>
            <numerusform>NPS %1 z %n odpowiedzi: promotorzy %2 %, pasywni %3 %, krytycy %4 %.</numerusform>
            <numerusform>NPS %1 z %n odpowiedzi: promotorzy %2 %, pasywni %3 %, krytycy %4 %.</numerusform>
            <numerusform>NPS %1 z %n odpowiedzi: promotorzy %2 %, pasywni %3 %, krytycy %4 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>No NPS answers in these months.</source>
        <translation>Brak odpowiedzi NPS w tych miesiącach.</translation>
    </message>
    <message numerus="yes">
        <source>CSAT %1 % satisfied from %n answer(s).</source>
        <translation>
            <numerusform>CSAT: %1 % zadowolonych z %n odpowiedzi.</numerusform>
            <numerusform>CSAT: %1 % zadowolonych z %n odpowiedzi.</numerusform>
            <numerusform>CSAT: %1 % zadowolonych z %n odpowiedzi.</numerusform>
        </translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>brak tagów</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Krytycy</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Pasywni</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotorzy</translation>
    </message>
    <message>
        <source>Tag: %1  ✕</source>
        <translation>Tag: %1  ✕</translation>
    </message>
    <message>
        <source>Select an answer first, then edit its tags.</source>
        <translation>Najpierw zaznacz odpowiedź, a potem edytuj jej tagi.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n survey answer(s).</source>
        <translation>
            <numerusform>Zaimportowano %n odpowiedź z ankiety.</numerusform>
            <numerusform>Zaimportowano %n odpowiedzi z ankiet.</numerusform>
            <numerusform>Zaimportowano %n odpowiedzi z ankiet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ImportCheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Sprawdź wiersze</translation>
    </message>
    <message>
        <source>Every row was checked with the same rules as the customer form. Nothing is stored until you choose Import.</source>
        <translation>Każdy wiersz sprawdzono według tych samych reguł co w formularzu klienta. Nic nie zostanie zapisane, dopóki nie wybierzesz Importuj.</translation>
    </message>
    <message>
        <source>The customers are added in one step: all of them, or none if something goes wrong. An import cannot be undone with Edit › Undo; archive customers you do not want.</source>
        <translation>Klienci są dodawani w jednym kroku: wszyscy albo – jeśli coś pójdzie nie tak – żaden. Importu nie można cofnąć poleceniem Edycja › Cofnij; niepotrzebnych klientów zarchiwizuj.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read.</source>
        <translation>
            <numerusform>Odczytano %Ln wiersz.</numerusform>
            <numerusform>Odczytano %Ln wiersze.</numerusform>
            <numerusform>Odczytano %Ln wierszy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) ready to import.</source>
        <translation>
            <numerusform>%Ln klient gotowy do importu.</numerusform>
            <numerusform>%Ln klientów gotowych do importu.</numerusform>
            <numerusform>%Ln klientów gotowych do importu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems, listed below.</source>
        <translation>
            <numerusform>%Ln wiersz z problemami (lista poniżej).</numerusform>
            <numerusform>%Ln wiersze z problemami (lista poniżej).</numerusform>
            <numerusform>%Ln wierszy z problemami (lista poniżej).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): these rows will be imported.</source>
        <translation>
            <numerusform>%Ln ostrzeżenie: ten wiersz zostanie zaimportowany.</numerusform>
            <numerusform>%Ln ostrzeżenia: te wiersze zostaną zaimportowane.</numerusform>
            <numerusform>%Ln ostrzeżeń: te wiersze zostaną zaimportowane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Ostrzeżenie: %1</translation>
    </message>
    <message numerus="yes">
        <source>Import only the valid rows (%Ln customer(s)) and skip the others</source>
        <translation>
            <numerusform>Importuj tylko poprawne wiersze (%Ln klient) i pomiń pozostałe</numerusform>
            <numerusform>Importuj tylko poprawne wiersze (%Ln klientów) i pomiń pozostałe</numerusform>
            <numerusform>Importuj tylko poprawne wiersze (%Ln klientów) i pomiń pozostałe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ImportFilePage</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>Wybierz plik CSV</translation>
    </message>
    <message>
        <source>One customer per row, with a header row naming the columns. SubDesk&apos;s own export, spreadsheets saved as CSV and most accounting programs&apos; exports work.</source>
        <translation>Jeden klient w każdym wierszu, a w pierwszym wierszu nagłówek z nazwami kolumn. Obsługiwane są eksporty z SubDesk, arkusze kalkulacyjne zapisane jako CSV oraz eksporty z większości programów księgowych.</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>Ścieżka pliku do zaimportowania</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Wykryj automatycznie</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Przecinek ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Średnik ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (zachodnioeuropejskie)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Separator</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodowanie</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Import klientów</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Dopasuj kolumny</translation>
    </message>
    <message>
        <source>Choose which customer field each column of the file fills. SubDesk guessed from the column names; columns set to Ignore are skipped.</source>
        <translation>Wybierz, które pole klienta wypełnia każda kolumna pliku. SubDesk dobrał pola na podstawie nazw kolumn; kolumny ustawione na „Pomiń” nie są importowane.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Przykładowe wartości</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>Pole docelowe</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer&apos;s name.</source>
        <translation>Wybierz kolumnę zawierającą nazwę klienta.</translation>
    </message>
    <message>
        <source>Only one column can fill &quot;%1&quot;.</source>
        <translation>Tylko jedna kolumna może wypełniać pole „%1”.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoiceCommands</name>
    <message>
        <source>Invoice %1 issued.</source>
        <translation>Wystawiono fakturę %1.</translation>
    </message>
    <message>
        <source>Draft invoice saved.</source>
        <translation>Zapisano wersję roboczą faktury.</translation>
    </message>
    <message>
        <source>%1 %2 issued.</source>
        <translation>Wystawiono: %1 %2.</translation>
    </message>
    <message>
        <source>There are no drafts dated up to today to issue.</source>
        <translation>Brak wersji roboczych z datą do dzisiaj do wystawienia.</translation>
    </message>
    <message>
        <source>No draft was issued: %1</source>
        <translation>Nie wystawiono żadnej wersji roboczej: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) issued</source>
        <translation>
            <numerusform>Wystawiono %Ln dokument</numerusform>
            <numerusform>Wystawiono %Ln dokumenty</numerusform>
            <numerusform>Wystawiono %Ln dokumentów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 to %3.</source>
        <translation>%1: od %2 do %3.</translation>
    </message>
    <message>
        <source>Payment of %1 recorded.</source>
        <translation>Zarejestrowano płatność %1.</translation>
    </message>
    <message>
        <source>Credit note %1 issued against %2.</source>
        <translation>Wystawiono notę kredytową %1 do %2.</translation>
    </message>
    <message>
        <source>Invoice %1 marked uncollectible.</source>
        <translation>Fakturę %1 oznaczono jako nieściągalną.</translation>
    </message>
    <message>
        <source>Applied %1 of customer credit to %2.</source>
        <translation>Zastosowano %1 salda kredytowego klienta do %2.</translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation>Usunięto wersję roboczą.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoiceDetailPane</name>
    <message>
        <source>Select a document to see its lines, tax, payments and credit notes.</source>
        <translation>Wybierz dokument, aby zobaczyć jego pozycje, podatek, płatności i noty kredytowe.</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numer:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Termin płatności:</translation>
    </message>
    <message>
        <source>Supply period:</source>
        <translation>Okres dostawy:</translation>
    </message>
    <message>
        <source>Corrects:</source>
        <translation>Koryguje:</translation>
    </message>
    <message>
        <source>Net:</source>
        <translation>Netto:</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Podatek:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Razem:</translation>
    </message>
    <message>
        <source>Paid from credit:</source>
        <translation>Zapłacono z salda kredytowego:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Zapłacono:</translation>
    </message>
    <message>
        <source>Credited:</source>
        <translation>Skorygowano:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Stawka</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Podstawa opodatkowania</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Podatek</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Zwolnienie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencja</translation>
    </message>
    <message>
        <source>For this document</source>
        <translation>Na ten dokument</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Płatności</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Noty kredytowe</translation>
    </message>
    <message>
        <source>Issuing it today gives it the number %1, %2 tax and a total of %3.</source>
        <translation>Wystawienie dzisiaj nada mu numer %1, podatek %2 i wartość razem %3.</translation>
    </message>
    <message>
        <source>It cannot be issued as it is: %1</source>
        <translation>Nie można go wystawić w obecnej postaci: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Wersja robocza %1</translation>
    </message>
    <message>
        <source>%1 when issued today</source>
        <translation>%1 przy wystawieniu dzisiaj</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Jeszcze brak</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Klient %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z dnia %2</translation>
    </message>
    <message>
        <source>No tax</source>
        <translation>Bez podatku</translation>
    </message>
    <message>
        <source>Tax is computed when the draft is issued</source>
        <translation>Podatek zostanie wyliczony przy wystawieniu wersji roboczej</translation>
    </message>
    <message>
        <source>Tax (%1)</source>
        <translation>Podatek (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Shared over %Ln invoice(s)</source>
        <translation>
            <numerusform>Podzielone na %Ln fakturę</numerusform>
            <numerusform>Podzielone na %Ln faktury</numerusform>
            <numerusform>Podzielone na %Ln faktur</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer credit</source>
        <translation>Saldo kredytowe klienta</translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation>Płatności (%1)</translation>
    </message>
    <message>
        <source>Credit notes (%1)</source>
        <translation>Noty kredytowe (%1)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoiceFilterBar</name>
    <message>
        <source>Overdue only</source>
        <translation>Tylko przeterminowane</translation>
    </message>
    <message>
        <source>Show invoices, credit notes or both</source>
        <translation>Pokaż faktury, noty kredytowe lub oba rodzaje</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Wszystkie dokumenty</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faktury</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Noty kredytowe</translation>
    </message>
    <message>
        <source>Show documents with the ticked statuses only</source>
        <translation>Pokaż tylko dokumenty o zaznaczonych statusach</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Dowolny status</translation>
    </message>
    <message>
        <source>Search number or customer</source>
        <translation>Szukaj numeru lub klienta</translation>
    </message>
    <message>
        <source>Shows documents whose number or customer name contains the text</source>
        <translation>Pokazuje dokumenty, których numer lub nazwa klienta zawiera tekst</translation>
    </message>
    <message>
        <source>Show documents numbered in this series only</source>
        <translation>Pokaż tylko dokumenty numerowane w tej serii</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>Wszystkie serie</translation>
    </message>
    <message>
        <source>Show documents dated on or after this day</source>
        <translation>Pokaż dokumenty z datą w tym dniu lub później</translation>
    </message>
    <message>
        <source>Show documents dated on or before this day</source>
        <translation>Pokaż dokumenty z datą w tym dniu lub wcześniej</translation>
    </message>
    <message>
        <source>Show only invoices past their due date with something left to pay</source>
        <translation>Pokaż tylko faktury po terminie płatności z pozostałą kwotą do zapłaty</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Show every document again</source>
        <translation>Pokaż ponownie wszystkie dokumenty</translation>
    </message>
    <message>
        <source>Show documents dated within a range (the issue date; a draft&apos;s own date)</source>
        <translation>Pokaż dokumenty z datą w zakresie (data wystawienia; dla wersji roboczej jej własna data)</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Dowolna data</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bieżący miesiąc</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Bieżący kwartał</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Poprzedni kwartał</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Bieżący rok</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Poprzedni rok</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Od %1</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Do %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Dowolna</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (zarchiwizowana)</translation>
    </message>
    <message>
        <source>%1 statuses</source>
        <translation>Statusy: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoiceTableModel</name>
    <message>
        <source>Draft</source>
        <translation>Wersja robocza</translation>
    </message>
    <message>
        <source>Not issued yet: the number is given when the draft is issued</source>
        <translation>Jeszcze niewystawiony: numer zostanie nadany przy wystawieniu wersji roboczej</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin płatności</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoicesView</name>
    <message>
        <source>Partially paid</source>
        <translation>Częściowo opłacona</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln dokument</numerusform>
            <numerusform>%Ln dokumenty</numerusform>
            <numerusform>%Ln dokumentów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: Total %2 · Balance %3</source>
        <translation>%1: razem %2 · saldo %3</translation>
    </message>
    <message>
        <source>Total %1 · Balance %2</source>
        <translation>Razem %1 · saldo %2</translation>
    </message>
    <message>
        <source>No documents match the filters.</source>
        <translation>Żaden dokument nie pasuje do filtrów.</translation>
    </message>
    <message>
        <source>No invoices yet.
Run billing on the Subscriptions page or write one with New.</source>
        <translation>Nie ma jeszcze faktur.
Przeprowadź rozliczenie na stronie Subskrypcje lub wystaw fakturę przyciskiem Nowa.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoicingSettingsPage</name>
    <message>
        <source>Invoicing</source>
        <translation>Fakturowanie</translation>
    </message>
    <message>
        <source>How documents are issued. Changes apply to documents issued from now on.</source>
        <translation>Sposób wystawiania dokumentów. Zmiany dotyczą dokumentów wystawianych od teraz.</translation>
    </message>
    <message>
        <source>Prices that include VAT</source>
        <translation>Ceny zawierające VAT</translation>
    </message>
    <message>
        <source>Tick the currencies whose prices you enter with VAT included (as consumers see them). Invoices then work the VAT out of the price. Prices in the other currencies are net and VAT is added on top.</source>
        <translation>Zaznacz waluty, w których wpisujesz ceny z VAT (brutto, tak jak widzą je konsumenci). Faktury wyliczają wtedy VAT z ceny. Ceny w pozostałych walutach są cenami netto, a VAT jest doliczany.</translation>
    </message>
    <message>
        <source>List currency</source>
        <translation>Dodaj walutę do listy</translation>
    </message>
    <message>
        <source>Show another currency in the list so you can tick it</source>
        <translation>Pokaż na liście inną walutę, aby można ją było zaznaczyć</translation>
    </message>
    <message>
        <source>Customer credit</source>
        <translation>Saldo kredytowe klienta</translation>
    </message>
    <message>
        <source>Apply the customer&apos;s credit when issuing an invoice</source>
        <translation>Zaliczaj saldo kredytowe klienta przy wystawianiu faktury</translation>
    </message>
    <message>
        <source>Credit from overpayments and credit notes in the invoice&apos;s currency then pays the invoice at once. Without it, you apply credit by hand.</source>
        <translation>Saldo kredytowe z nadpłat i not kredytowych w walucie faktury od razu pokrywa wtedy fakturę. Bez tej opcji saldo kredytowe zaliczasz ręcznie.</translation>
    </message>
    <message>
        <source>The invoicing settings could not be read: %1</source>
        <translation>Nie można odczytać ustawień fakturowania: %1</translation>
    </message>
    <message>
        <source>%1 (in your price lists)</source>
        <translation>%1 (w Twoich cennikach)</translation>
    </message>
    <message>
        <source>The invoicing settings were not saved: %1</source>
        <translation>Nie zapisano ustawień fakturowania: %1</translation>
    </message>
    <message>
        <source>Saved the invoicing settings.</source>
        <translation>Zapisano ustawienia fakturowania.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::IssueDialog</name>
    <message>
        <source>Issue draft</source>
        <translation>Wystaw wersję roboczą</translation>
    </message>
    <message>
        <source>Issuing gives the draft the next number of its series, computes its tax and makes it final: afterwards it can be credited but never changed or deleted.</source>
        <translation>Wystawienie nadaje wersji roboczej kolejny numer z jej serii, wylicza podatek i zatwierdza ją jako ostateczną: potem można ją skorygować, ale nigdy zmienić ani usunąć.</translation>
    </message>
    <message>
        <source>The issue date printed on the document; the due date follows from it</source>
        <translation>Data wystawienia drukowana na dokumencie; wynika z niej termin płatności</translation>
    </message>
    <message>
        <source>Issue &amp;date:</source>
        <translation>&amp;Data wystawienia:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numer:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Termin płatności:</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>Sumy:</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Stawka</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Podstawa opodatkowania</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Podatek</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Wystaw</translation>
    </message>
    <message>
        <source>Tax per rate</source>
        <translation>Podatek według stawek</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Net %1 + tax %2 = %3</source>
        <translation>Netto %1 + podatek %2 = %3</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::LogoPicker</name>
    <message>
        <source>Choose file…</source>
        <translation>Wybierz plik…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most 1 MB, printed at the top of documents</source>
        <translation>Obraz PNG lub JPEG o rozmiarze najwyżej 1 MB, drukowany w nagłówku dokumentów</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2; a logo may be at most %3. Save it smaller and choose it again.</source>
        <translation>%1 ma rozmiar %2; logo może mieć najwyżej %3. Zapisz je w mniejszym rozmiarze i wybierz ponownie.</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>%1 nie jest obrazem PNG ani JPEG.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Wybierz logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Brak logo</translation>
    </message>
    <message>
        <source>The stored logo cannot be shown</source>
        <translation>Nie można wyświetlić zapisanego logo</translation>
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
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Nowa firma…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Zapisz ko&amp;pię…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About SubDesk</source>
        <translation>&amp;O programie SubDesk</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>Plik %1 jest już otwarty.</translation>
    </message>
    <message>
        <source>Created the company %1.</source>
        <translation>Utworzono firmę %1.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Otwarto %1.</translation>
    </message>
    <message>
        <source>SubDesk — %1</source>
        <translation>SubDesk — %1</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nowa firma</translation>
    </message>
    <message>
        <source>Open company</source>
        <translation>Otwórz firmę</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 - kopia</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Zapisz kopię</translation>
    </message>
    <message>
        <source>Copy saved to %1.</source>
        <translation>Kopię zapisano w %1.</translation>
    </message>
    <message>
        <source>About SubDesk</source>
        <translation>O programie SubDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SubDesk %1&lt;/h3&gt;&lt;p&gt;Subscription billing for small businesses.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SubDesk %1&lt;/h3&gt;&lt;p&gt;Rozliczanie subskrypcji dla małych firm.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Company file:&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Plik firmy:&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;Zbudowano z użyciem Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ManualInvoiceDialog</name>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Edit draft invoice</source>
        <translation>Edycja wersji roboczej faktury</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nowa faktura</translation>
    </message>
    <message>
        <source>Optional, printed on the invoice</source>
        <translation>Opcjonalnie, drukowane na fakturze</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Waluta:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jednostkowa</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>Klasa podatkowa</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Okres od</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Okres do</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Dodaj &amp;pozycję</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Usuń pozycję</translation>
    </message>
    <message>
        <source>&amp;Issue now (gives the invoice its number; it cannot be edited afterwards)</source>
        <translation>Wy&amp;staw teraz (nadaje fakturze numer; potem nie można jej edytować)</translation>
    </message>
    <message>
        <source>What is charged</source>
        <translation>Co jest naliczane</translation>
    </message>
    <message>
        <source>The day after the last day supplied (periods run [from, to))</source>
        <translation>Dzień po ostatnim dniu dostawy (okresy obejmują [od, do))</translation>
    </message>
    <message>
        <source>Invoice %1 is issued and can no longer be edited.</source>
        <translation>Faktura %1 jest wystawiona i nie można jej już edytować.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Pozycja %1</translation>
    </message>
    <message>
        <source>%1: enter a description.</source>
        <translation>%1: wpisz opis.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: give both ends of the period, or neither.</source>
        <translation>%1: podaj oba końce okresu albo żadnego.</translation>
    </message>
    <message>
        <source>%1: the period must end after it starts.</source>
        <translation>%1: okres musi kończyć się po swoim początku.</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Wybierz klienta.</translation>
    </message>
    <message>
        <source>Choose a currency (an ISO 4217 code such as EUR).</source>
        <translation>Wybierz walutę (kod ISO 4217, np. EUR).</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Dodaj co najmniej jedną pozycję.</translation>
    </message>
    <message>
        <source>Net total: %1 (tax is added when the invoice is issued)</source>
        <translation>Razem netto: %1 (podatek zostanie doliczony przy wystawieniu faktury)</translation>
    </message>
    <message>
        <source>Net total: —</source>
        <translation>Razem netto: —</translation>
    </message>
    <message>
        <source>Save and issue</source>
        <translation>Zapisz i wystaw</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Zapisz wersję roboczą</translation>
    </message>
    <message>
        <source>Saved as a draft, but not issued: %1</source>
        <translation>Zapisano jako wersję roboczą, ale nie wystawiono: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Zamknij komunikat</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MeteredChargeDialog</name>
    <message>
        <source>New metered charge</source>
        <translation>Nowa opłata za użycie</translation>
    </message>
    <message>
        <source>Metered charge — %1</source>
        <translation>Opłata za użycie — %1</translation>
    </message>
    <message>
        <source>e.g. api_calls, storage_gb</source>
        <translation>np. api_calls, storage_gb</translation>
    </message>
    <message>
        <source>The code usage records carry; lower-case letters, digits, &quot;_&quot; and &quot;.&quot;</source>
        <translation>Kod zawarty w rekordach użycia; małe litery, cyfry, „_” i „.”</translation>
    </message>
    <message>
        <source>As it appears on invoices, e.g. API calls</source>
        <translation>Tak jak na fakturach, np. Wywołania API</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>&amp;Metryka</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Usage in a period</source>
        <translation>&amp;Użycie w okresie</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Ceny</translation>
    </message>
    <message>
        <source>The plan already has a charge for %1.</source>
        <translation>Plan ma już opłatę dla %1.</translation>
    </message>
    <message>
        <source>Enter the name invoices show.</source>
        <translation>Wpisz nazwę widoczną na fakturach.</translation>
    </message>
    <message>
        <source>Add a price: usage is charged at it, per currency.</source>
        <translation>Dodaj cenę: według niej naliczane jest użycie, osobno dla każdej waluty.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MeteredChargeList</name>
    <message>
        <source>Add &amp;metered charge…</source>
        <translation>Dodaj opłatę za &amp;użycie…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metryka</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Usage in a period</source>
        <translation>Użycie w okresie</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Ceny</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (jeszcze niezapisana)</translation>
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
        <translation>Migracja subskrypcji</translation>
    </message>
    <message>
        <source>Subscriptions on an older version of this price move to the latest version (from %1: %2), starting with their first billing period that begins on or after the date below. Periods already billed are not changed.</source>
        <translation>Subskrypcje korzystające ze starszej wersji tej ceny zostaną przeniesione na najnowszą wersję (od %1: %2), począwszy od pierwszego okresu rozliczeniowego, który zaczyna się w podanym niżej dniu lub później. Okresy już rozliczone nie są zmieniane.</translation>
    </message>
    <message>
        <source>Move &amp;from</source>
        <translation>Przenieś &amp;od</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migruj</translation>
    </message>
    <message>
        <source>The latest version takes effect on %1; subscriptions can move to it from then on.</source>
        <translation>Najnowsza wersja obowiązuje od %1; od tego dnia można na nią przenosić subskrypcje.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MoneyEdit</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Wpisz kwotę.</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>Wpisz %1.</translation>
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
        <translation>MRR na koniec każdego miesiąca (linia) i zmiany w miesiącu (słupki: nowe, reaktywacja i rozszerzenie zwiększają, zmniejszenie i odpływ zmniejszają). Kliknij słupek lub punkt, aby zobaczyć klientów, których dotyczy.</translation>
    </message>
    <message>
        <source>MRR (%1)</source>
        <translation>MRR (%1)</translation>
    </message>
    <message>
        <source>Movements (%1)</source>
        <translation>Zmiany (%1)</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>MRR at start (%1)</source>
        <translation>MRR na początek (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Exchange rate effect (%1)</source>
        <translation>Efekt kursowy (%1)</translation>
    </message>
    <message>
        <source>MRR at end (%1)</source>
        <translation>MRR na koniec (%1)</translation>
    </message>
    <message>
        <source>ARR (%1)</source>
        <translation>ARR (%1)</translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation>Płacący klienci</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::NewSubscriptionDialog</name>
    <message>
        <source>Customer %1, billed in %2</source>
        <translation>Klient %1, rozliczany w %2</translation>
    </message>
    <message>
        <source>First invoice</source>
        <translation>Pierwsza faktura</translation>
    </message>
    <message>
        <source>New subscription</source>
        <translation>Nowa subskrypcja</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Zapisz do planu</translation>
    </message>
    <message>
        <source>Type to search customers</source>
        <translation>Wpisz, aby wyszukać klientów</translation>
    </message>
    <message>
        <source>The day every period starts on. A start on another day is charged prorated up to it.</source>
        <translation>Dzień, w którym zaczyna się każdy okres. Rozpoczęcie w innym dniu jest rozliczane proporcjonalnie do tego dnia.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Optional, kept with the subscription&apos;s history</source>
        <translation>Opcjonalnie; zapisywana w historii subskrypcji</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;Billed:</source>
        <translation>&amp;Rozliczanie:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Ilość:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Po&amp;czątek:</translation>
    </message>
    <message>
        <source>&amp;Billing day:</source>
        <translation>&amp;Dzień rozliczeniowy:</translation>
    </message>
    <message>
        <source>&amp;Trial:</source>
        <translation>&amp;Okres próbny:</translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation>K&amp;upon:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Dodatki</translation>
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
            <numerusform>domyślnie w planie: %Ln dzień</numerusform>
            <numerusform>domyślnie w planie: %Ln dni</numerusform>
            <numerusform>domyślnie w planie: %Ln dni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no price in %2.</source>
        <translation>%1 nie ma ceny w %2.</translation>
    </message>
    <message>
        <source>%1; setup fee %2 once</source>
        <translation>%1; opłata aktywacyjna %2 jednorazowo</translation>
    </message>
    <message>
        <source>None (the start day)</source>
        <translation>Brak (dzień rozpoczęcia)</translation>
    </message>
    <message>
        <source>Choose the customer to see the first invoice.</source>
        <translation>Wybierz klienta, aby zobaczyć pierwszą fakturę.</translation>
    </message>
    <message>
        <source>There are no plans yet: add one on the Plans page.</source>
        <translation>Nie ma jeszcze planów: dodaj plan na stronie Plany.</translation>
    </message>
    <message>
        <source>Choose a plan to see the first invoice.</source>
        <translation>Wybierz plan, aby zobaczyć pierwszą fakturę.</translation>
    </message>
    <message>
        <source>Nothing is billed now.</source>
        <translation>Teraz nic nie zostanie rozliczone.</translation>
    </message>
    <message>
        <source>Nothing is billed now: the first invoice comes with the billing run on %1.</source>
        <translation>Teraz nic nie zostanie rozliczone: pierwsza faktura zostanie wystawiona w przebiegu rozliczeń w dniu %1.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::NpsChartPage</name>
    <message>
        <source>NPS = % promoters (9–10) − % detractors (0–6), per month and over the 90 days ending with it; the bars split each month&apos;s answers. Months without answers show no NPS. Click a bar or a point for the answers.</source>
        <translation>NPS = % promotorów (9–10) − % krytyków (0–6), w poszczególnych miesiącach i za 90 dni kończących się danym miesiącem; słupki dzielą odpowiedzi z każdego miesiąca. Miesiące bez odpowiedzi nie mają NPS. Kliknij słupek lub punkt, aby zobaczyć odpowiedzi.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Share of answers</source>
        <translation>Udział odpowiedzi</translation>
    </message>
    <message>
        <source>NPS per month</source>
        <translation>NPS miesięczny</translation>
    </message>
    <message>
        <source>NPS, trailing 90 days</source>
        <translation>NPS, ostatnie 90 dni</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotorzy</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Pasywni</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Krytycy</translation>
    </message>
    <message>
        <source>Answers, trailing 90 days</source>
        <translation>Odpowiedzi, ostatnie 90 dni</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::NumberSeriesDialog</name>
    <message>
        <source>New numbering series</source>
        <translation>Nowa seria numeracji</translation>
    </message>
    <message>
        <source>Edit numbering series</source>
        <translation>Edycja serii numeracji</translation>
    </message>
    <message>
        <source>e.g. Invoices</source>
        <translation>np. Faktury</translation>
    </message>
    <message>
        <source>{YYYY} year, {YY} year in two digits, {MM} month, {#####} the counter with as many digits as #. Everything else is copied as written.</source>
        <translation>{YYYY} rok, {YY} rok dwucyfrowo, {MM} miesiąc, {#####} licznik o tylu cyfrach, ile jest znaków #. Wszystko inne jest kopiowane bez zmian.</translation>
    </message>
    <message>
        <source>Start again at 1 every year</source>
        <translation>Zaczynaj od 1 co roku</translation>
    </message>
    <message>
        <source>Number new documents of this kind in this series</source>
        <translation>Numeruj nowe dokumenty tego rodzaju w tej serii</translation>
    </message>
    <message>
        <source>Archived (kept for the documents numbered in it)</source>
        <translation>Zarchiwizowana (zachowana dla dokumentów w niej numerowanych)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Wzorzec</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Następny numer</translation>
    </message>
    <message>
        <source>The name is required; the invoice filters list it.</source>
        <translation>Nazwa jest wymagana; jest wyświetlana w filtrach faktur.</translation>
    </message>
    <message>
        <source>The pattern is required, e.g. INV-{YYYY}-{#####}.</source>
        <translation>Wzorzec jest wymagany, np. FV/{YYYY}/{#####}.</translation>
    </message>
    <message>
        <source>The number a document issued today, %1, would get</source>
        <translation>Numer, który otrzymałby dokument wystawiony dzisiaj, %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::NumberSeriesPage</name>
    <message>
        <source>Numbering</source>
        <translation>Numeracja</translation>
    </message>
    <message>
        <source>Issuing a document gives it the next number of its series, without gaps. Invoices and credit notes are numbered in the default series of their kind.</source>
        <translation>Wystawienie dokumentu nadaje mu kolejny numer z jego serii, bez luk. Faktury i noty kredytowe są numerowane w domyślnej serii swojego rodzaju.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Wzorzec</translation>
    </message>
    <message>
        <source>Yearly reset</source>
        <translation>Zerowanie co rok</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Domyślna</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Następny numer</translation>
    </message>
    <message>
        <source>The number a document issued today, %1, would get</source>
        <translation>Numer, który otrzymałby dokument wystawiony dzisiaj, %1</translation>
    </message>
    <message>
        <source>The numbering series could not be read: %1</source>
        <translation>Nie można odczytać serii numeracji: %1</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (zarchiwizowana)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>(pattern error)</source>
        <translation>(błąd wzorca)</translation>
    </message>
    <message>
        <source>Added the numbering series %1.</source>
        <translation>Dodano serię numeracji %1.</translation>
    </message>
    <message>
        <source>Saved the numbering series %1.</source>
        <translation>Zapisano serię numeracji %1.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::OutcomePreview</name>
    <message>
        <source>Customer gets a credit note of %1.</source>
        <translation>Klient otrzyma notę kredytową na kwotę %1.</translation>
    </message>
    <message>
        <source>Customer will be charged %1.</source>
        <translation>Klient zostanie obciążony kwotą %1.</translation>
    </message>
    <message>
        <source>%1 of it is paid from the customer&apos;s credit.</source>
        <translation>Z tej kwoty %1 zostanie pokryte z salda kredytowego klienta.</translation>
    </message>
    <message>
        <source>The billing run on %1 writes a credit note of %2.</source>
        <translation>Przebieg rozliczeń w dniu %1 zapisze notę kredytową na kwotę %2.</translation>
    </message>
    <message>
        <source>The billing run on %1 invoices %2.</source>
        <translation>Przebieg rozliczeń w dniu %1 zafakturuje %2.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PaymentListPage</name>
    <message>
        <source>Any</source>
        <translation>Dowolna</translation>
    </message>
    <message>
        <source>Customer, reference or note</source>
        <translation>Klient, referencja lub notatka</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>Wszystkie metody</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <source>%1: received %2</source>
        <translation>%1: otrzymano %2</translation>
    </message>
    <message>
        <source>%1, refunded %2</source>
        <translation>%1, zwrócono %2</translation>
    </message>
    <message>
        <source>No payments match.</source>
        <translation>Żadna płatność nie pasuje.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) shown.</source>
        <translation>
            <numerusform>Wyświetlono %n płatność.</numerusform>
            <numerusform>Wyświetlono %n płatności.</numerusform>
            <numerusform>Wyświetlono %n płatności.</numerusform>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencja</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation>Przypisano do</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Saldo kredytowe</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PaymentsView</name>
    <message>
        <source>&amp;Record payment…</source>
        <translation>Zarejestruj &amp;płatność…</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Zarejestruj płatność</translation>
    </message>
    <message>
        <source>Record a payment received and apply it to open invoices</source>
        <translation>Zarejestruj otrzymaną płatność i przypisz ją do otwartych faktur</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>&amp;Zwrot…</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>Pay a customer&apos;s credit back</source>
        <translation>Zwróć klientowi środki z salda kredytowego</translation>
    </message>
    <message>
        <source>&amp;Statement of account…</source>
        <translation>Zestawienie &amp;rozrachunków…</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Zestawienie</translation>
    </message>
    <message>
        <source>Save a customer&apos;s statement of account as PDF</source>
        <translation>Zapisz zestawienie rozrachunków klienta jako PDF</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Płatności</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Wiekowanie</translation>
    </message>
    <message>
        <source>Saved the aging report as %1.</source>
        <translation>Zapisano raport wiekowania należności jako %1.</translation>
    </message>
    <message>
        <source>Recorded %1 from %2.</source>
        <translation>Zarejestrowano %1 od %2.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>klienta</translation>
    </message>
    <message>
        <source>Refunded %1.</source>
        <translation>Zwrócono %1.</translation>
    </message>
    <message>
        <source>Saved the statement as %1.</source>
        <translation>Zapisano zestawienie jako %1.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PlanDialog</name>
    <message>
        <source>Edit plan — %1</source>
        <translation>Edycja planu — %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nowy plan</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>What the plan includes, one feature per line, in the order customers read them.</source>
        <translation>Co obejmuje plan: jedna funkcja w wierszu, w kolejności, w jakiej czytają je klienci.</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funkcje</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Ceny</translation>
    </message>
    <message>
        <source>Metered usage</source>
        <translation>Opłaty za użycie</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Dodatki</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation>Dodaj plan</translation>
    </message>
    <message>
        <source>e.g. PRO-M; letters A–Z, digits, &quot;-&quot; and &quot;_&quot;</source>
        <translation>np. PRO-M; litery A–Z, cyfry, „-” i „_”</translation>
    </message>
    <message>
        <source>A short unique code for files, the command line and subscriptions</source>
        <translation>Krótki, unikatowy kod używany w plikach, wierszu poleceń i subskrypcjach</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <source>As customers read it on invoices, e.g. Pro</source>
        <translation>Tak jak widzą ją klienci na fakturach, np. Pro</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>Choose a product or type a new one</source>
        <translation>Wybierz produkt lub wpisz nowy</translation>
    </message>
    <message>
        <source>What the plan sells; a new name creates the product when the plan is saved</source>
        <translation>Co sprzedaje plan; nowa nazwa tworzy produkt przy zapisie planu</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Produkt</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Opis</translation>
    </message>
    <message>
        <source>No trial</source>
        <translation>Bez okresu próbnego</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Days new subscriptions run free before the first paid period</source>
        <translation>Liczba dni, przez które nowe subskrypcje działają bezpłatnie przed pierwszym płatnym okresem</translation>
    </message>
    <message>
        <source>&amp;Trial</source>
        <translation>Okres pró&amp;bny</translation>
    </message>
    <message>
        <source>&amp;Evergreen: runs until cancelled</source>
        <translation>Bez&amp;terminowo: do czasu anulowania</translation>
    </message>
    <message>
        <source>&amp;Fixed:</source>
        <translation>Na &amp;czas określony:</translation>
    </message>
    <message>
        <source> billing periods, then</source>
        <translation> okr. rozl., potem</translation>
    </message>
    <message>
        <source>renews for the same term</source>
        <translation>odnawia się na ten sam okres</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>wygasa</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Okres umowy</translation>
    </message>
    <message>
        <source>One price per currency and billing interval, e.g. 20.00 EUR monthly and 200.00 EUR yearly. A price keeps its versions: a new version changes it from a date on.</source>
        <translation>Jedna cena na walutę i interwał rozliczeniowy, np. 20.00 EUR miesięcznie i 200.00 EUR rocznie. Cena zachowuje swoje wersje: nowa wersja zmienia ją od określonej daty.</translation>
    </message>
    <message>
        <source>Usage-based charges, billed after each period for the usage recorded in it (API calls, storage). Saved with the plan.</source>
        <translation>Opłaty zależne od użycia, rozliczane po każdym okresie za zarejestrowane w nim użycie (wywołania API, przestrzeń dyskowa). Zapisywane razem z planem.</translation>
    </message>
    <message>
        <source>The add-ons a subscription to this plan may carry.</source>
        <translation>Dodatki, które może mieć subskrypcja tego planu.</translation>
    </message>
    <message>
        <source>%1 — %2 (archived)</source>
        <translation>%1 — %2 (zarchiwizowany)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No add-ons yet: create them on the Add-ons tab of the Plans page.</source>
        <translation>Nie ma jeszcze dodatków: utwórz je na karcie Dodatki na stronie Plany.</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>The code %1 is already used by the plan %2.</source>
        <translation>Kod %1 jest już używany przez plan %2.</translation>
    </message>
    <message>
        <source>Coupons limited to %1 (%2) will no longer apply to this plan; edit them to use the new code.</source>
        <translation>Kupony ograniczone do %1 (%2) przestaną dotyczyć tego planu; zmień je, aby używały nowego kodu.</translation>
    </message>
    <message>
        <source>Enter the plan&apos;s name, as customers read it.</source>
        <translation>Wpisz nazwę planu tak, jak widzą ją klienci.</translation>
    </message>
    <message>
        <source>No price yet: a plan is sold at one of its prices, so subscriptions need one in their currency and interval.</source>
        <translation>Brak ceny: plan jest sprzedawany według jednej ze swoich cen, więc subskrypcje potrzebują ceny w swojej walucie i interwale.</translation>
    </message>
    <message>
        <source>Fix the highlighted fields to save.</source>
        <translation>Popraw wyróżnione pola, aby zapisać.</translation>
    </message>
    <message>
        <source>The plan is saved, but a metered charge is not: %1</source>
        <translation>Plan został zapisany, ale opłata za użycie nie: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PlanTableModel</name>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (zarchiwizowany)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Ceny</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Okres próbny</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Okres umowy</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PlansView</name>
    <message>
        <source>New &amp;plan…</source>
        <translation>Nowy &amp;plan…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>Add a plan</source>
        <translation>Dodaj plan</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>&amp;Edytuj plan…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Edit the selected plan, its prices and versions</source>
        <translation>Edytuj zaznaczony plan, jego ceny i wersje</translation>
    </message>
    <message>
        <source>&amp;Archive plan</source>
        <translation>&amp;Archiwizuj plan</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
    <message>
        <source>New a&amp;dd-on…</source>
        <translation>Nowy &amp;dodatek…</translation>
    </message>
    <message>
        <source>Add an add-on</source>
        <translation>Dodaj dodatek</translation>
    </message>
    <message>
        <source>Edit add-on…</source>
        <translation>Edytuj dodatek…</translation>
    </message>
    <message>
        <source>Edit the selected add-on and its prices</source>
        <translation>Edytuj zaznaczony dodatek i jego ceny</translation>
    </message>
    <message>
        <source>Archive add-on</source>
        <translation>Archiwizuj dodatek</translation>
    </message>
    <message>
        <source>New &amp;coupon…</source>
        <translation>Nowy &amp;kupon…</translation>
    </message>
    <message>
        <source>Add a coupon</source>
        <translation>Dodaj kupon</translation>
    </message>
    <message>
        <source>Edit coupon…</source>
        <translation>Edytuj kupon…</translation>
    </message>
    <message>
        <source>Edit the selected coupon</source>
        <translation>Edytuj zaznaczony kupon</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plany</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Dodatki</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Kupony</translation>
    </message>
    <message>
        <source>Search code, name, product or price</source>
        <translation>Szukaj: kod, nazwa, produkt, cena</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Pokaż zarchiwizowane</translation>
    </message>
    <message>
        <source>Archived plans are kept for their subscriptions but not offered any more</source>
        <translation>Zarchiwizowane plany są zachowywane dla ich subskrypcji, ale nie są już oferowane</translation>
    </message>
    <message>
        <source>No plans yet.
Add one with New: a code, a name and a price are enough.</source>
        <translation>Nie ma jeszcze planów.
Dodaj plan przyciskiem Nowy: wystarczą kod, nazwa i cena.</translation>
    </message>
    <message>
        <source>No plans match the search.</source>
        <translation>Żaden plan nie pasuje do wyszukiwania.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln plan(s)</source>
        <translation>
            <numerusform>Wyświetlono %1 z %Ln planu</numerusform>
            <numerusform>Wyświetlono %1 z %Ln planów</numerusform>
            <numerusform>Wyświetlono %1 z %Ln planów</numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, name or price</source>
        <translation>Szukaj: kod, nazwa, cena</translation>
    </message>
    <message>
        <source>Archived add-ons are kept but not offered any more</source>
        <translation>Zarchiwizowane dodatki są zachowywane, ale nie są już oferowane</translation>
    </message>
    <message>
        <source>No add-ons yet.
Add-ons are extras a subscription may carry, such as more storage or an onboarding session.</source>
        <translation>Nie ma jeszcze dodatków.
Dodatki to elementy dodatkowe, które może mieć subskrypcja, np. więcej przestrzeni dyskowej lub szkolenie wdrożeniowe.</translation>
    </message>
    <message>
        <source>No add-ons match the search.</source>
        <translation>Żaden dodatek nie pasuje do wyszukiwania.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln add-on(s)</source>
        <translation>
            <numerusform>Wyświetlono %1 z %Ln dodatku</numerusform>
            <numerusform>Wyświetlono %1 z %Ln dodatków</numerusform>
            <numerusform>Wyświetlono %1 z %Ln dodatków</numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, name or plan</source>
        <translation>Szukaj: kod, nazwa, plan</translation>
    </message>
    <message>
        <source>Show expired and used up</source>
        <translation>Pokaż wygasłe i wykorzystane</translation>
    </message>
    <message>
        <source>Coupons past their expiry date or redemption limit</source>
        <translation>Kupony po dacie ważności lub po osiągnięciu limitu wykorzystań</translation>
    </message>
    <message>
        <source>No coupons yet.</source>
        <translation>Nie ma jeszcze kuponów.</translation>
    </message>
    <message>
        <source>No coupons match the search.</source>
        <translation>Żaden kupon nie pasuje do wyszukiwania.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln coupon(s)</source>
        <translation>
            <numerusform>Wyświetlono %1 z %Ln kuponu</numerusform>
            <numerusform>Wyświetlono %1 z %Ln kuponów</numerusform>
            <numerusform>Wyświetlono %1 z %Ln kuponów</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore plan</source>
        <translation>Przy&amp;wróć plan</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Offer the selected plan again</source>
        <translation>Ponownie oferuj zaznaczony plan</translation>
    </message>
    <message>
        <source>Stop offering the selected plan; its subscriptions continue</source>
        <translation>Przestań oferować zaznaczony plan; jego subskrypcje trwają dalej</translation>
    </message>
    <message>
        <source>Restore add-on</source>
        <translation>Przywróć dodatek</translation>
    </message>
    <message>
        <source>Offer the selected add-on again</source>
        <translation>Ponownie oferuj zaznaczony dodatek</translation>
    </message>
    <message>
        <source>Stop offering the selected add-on; subscriptions keep it</source>
        <translation>Przestań oferować zaznaczony dodatek; subskrypcje go zachowują</translation>
    </message>
    <message>
        <source>Added the plan %1.</source>
        <translation>Dodano plan %1.</translation>
    </message>
    <message>
        <source>Archived the plan %1. Its subscriptions continue; Show archived lists it.</source>
        <translation>Zarchiwizowano plan %1. Jego subskrypcje trwają dalej; można go zobaczyć po zaznaczeniu opcji Pokaż zarchiwizowane.</translation>
    </message>
    <message>
        <source>The plan %1 is offered again.</source>
        <translation>Plan %1 jest ponownie oferowany.</translation>
    </message>
    <message>
        <source>Added the add-on %1.</source>
        <translation>Dodano dodatek %1.</translation>
    </message>
    <message>
        <source>Archived the add-on %1.</source>
        <translation>Zarchiwizowano dodatek %1.</translation>
    </message>
    <message>
        <source>The add-on %1 is offered again.</source>
        <translation>Dodatek %1 jest ponownie oferowany.</translation>
    </message>
    <message>
        <source>Added the coupon %1.</source>
        <translation>Dodano kupon %1.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PriceDialog</name>
    <message>
        <source>Takes &amp;effect on</source>
        <translation>Wchodzi w &amp;życie</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Nowa cena</translation>
    </message>
    <message>
        <source>Add price</source>
        <translation>Dodaj cenę</translation>
    </message>
    <message>
        <source>New version of the %1 price in %2</source>
        <translation>Nowa wersja ceny w %2 naliczanej %1</translation>
    </message>
    <message>
        <source>New version of the price in %1</source>
        <translation>Nowa wersja ceny w %1</translation>
    </message>
    <message>
        <source>Add version</source>
        <translation>Dodaj wersję</translation>
    </message>
    <message>
        <source>Subscriptions keep the version they were sold at (grandfathering) until you migrate them; new subscriptions get this version from the date it takes effect.</source>
        <translation>Subskrypcje zachowują wersję, w której zostały sprzedane (zachowanie dotychczasowej ceny), dopóki ich nie przeniesiesz; nowe subskrypcje otrzymują tę wersję od dnia jej wejścia w życie.</translation>
    </message>
    <message>
        <source>Choose the date the price takes effect.</source>
        <translation>Wybierz datę wejścia ceny w życie.</translation>
    </message>
    <message>
        <source>A new version must take effect after the current one (%1).</source>
        <translation>Nowa wersja musi wejść w życie później niż bieżąca (%1).</translation>
    </message>
    <message>
        <source>There is already a %1 price in %2; add a new version of it instead.</source>
        <translation>Istnieje już cena w %2 naliczana %1; zamiast tego dodaj jej nową wersję.</translation>
    </message>
    <message>
        <source>There is already a price in %1; add a new version of it instead.</source>
        <translation>Istnieje już cena w %1; zamiast tego dodaj jej nową wersję.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PriceEditor</name>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Waluta</translation>
    </message>
    <message>
        <source>every</source>
        <translation>co</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Rozliczanie</translation>
    </message>
    <message>
        <source>Pricing &amp;model</source>
        <translation>&amp;Model cenowy</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>&amp;Free units</source>
        <translation>&amp;Bezpłatne jednostki</translation>
    </message>
    <message>
        <source>Units per package</source>
        <translation>Jednostki w pakiecie</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Progi</translation>
    </message>
    <message>
        <source>Charged once when a subscription starts; empty for none</source>
        <translation>Naliczana jednorazowo przy rozpoczęciu subskrypcji; puste pole oznacza brak opłaty</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>Opłata aktywacyjna</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jednostkowa</translation>
    </message>
    <message>
        <source>Package price</source>
        <translation>Cena pakietu</translation>
    </message>
    <message>
        <source>A setup fee cannot be negative.</source>
        <translation>Opłata aktywacyjna nie może być ujemna.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PriceListEditor</name>
    <message>
        <source>&amp;Add price…</source>
        <translation>&amp;Dodaj cenę…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Rozliczanie</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Wycena</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Archived prices are not offered to new subscriptions; takes effect at once</source>
        <translation>Zarchiwizowane ceny nie są oferowane nowym subskrypcjom; zmiana obowiązuje natychmiast</translation>
    </message>
    <message>
        <source>Removes a price that is not saved yet</source>
        <translation>Usuwa cenę, która nie została jeszcze zapisana</translation>
    </message>
    <message>
        <source>new, saved with the rest</source>
        <translation>nowa, zapisywana wraz z resztą</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>zarchiwizowana</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln wersja</numerusform>
            <numerusform>%Ln wersje</numerusform>
            <numerusform>%Ln wersji</numerusform>
        </translation>
    </message>
    <message>
        <source>per period</source>
        <translation>za okres</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Wersje…</translation>
    </message>
    <message>
        <source>Change the new price</source>
        <translation>Zmień nową cenę</translation>
    </message>
    <message>
        <source>Show the versions of the price and add one</source>
        <translation>Pokaż wersje ceny i dodaj nową</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Edit new price</source>
        <translation>Edycja nowej ceny</translation>
    </message>
    <message>
        <source>The %1 price in %2</source>
        <translation>Cena w %2 naliczana %1</translation>
    </message>
    <message>
        <source>The price in %1</source>
        <translation>Cena w %1</translation>
    </message>
    <message>
        <source>%1 is offered again.</source>
        <translation>%1 – ponownie w ofercie.</translation>
    </message>
    <message>
        <source>%1 is archived: new subscriptions no longer get it; current ones keep it.</source>
        <translation>%1 – zarchiwizowano: nowe subskrypcje już jej nie otrzymują; obecne ją zachowują.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PricePreview</name>
    <message>
        <source>Units in one period: seats, or the usage of a metered charge</source>
        <translation>Liczba jednostek w jednym okresie: stanowiska lub użycie w ramach opłaty za użycie</translation>
    </message>
    <message>
        <source>Price for &amp;quantity</source>
        <translation>Cena dla &amp;ilości</translation>
    </message>
    <message>
        <source>Complete the price to see what it charges.</source>
        <translation>Uzupełnij cenę, aby zobaczyć, ile nalicza.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln jednostka</numerusform>
            <numerusform>%Ln jednostki</numerusform>
            <numerusform>%Ln jednostek</numerusform>
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
        <translation>&amp;Nowa wersja…</translation>
    </message>
    <message>
        <source>&amp;Migrate subscriptions…</source>
        <translation>&amp;Migruj subskrypcje…</translation>
    </message>
    <message>
        <source>Subscriptions keep the price version they were sold at (grandfathering) until you migrate them to the latest version.</source>
        <translation>Subskrypcje zachowują wersję ceny, w której zostały sprzedane (zachowanie dotychczasowej ceny), dopóki nie przeniesiesz ich na najnowszą wersję.</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Wchodzi w życie</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Wycena</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>Opłata aktywacyjna</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A new pricing that takes effect on a later date</source>
        <translation>Nowa wycena obowiązująca od późniejszej daty</translation>
    </message>
    <message>
        <source>Move subscriptions on older versions to the latest one</source>
        <translation>Przenieś subskrypcje ze starszych wersji na najnowszą</translation>
    </message>
    <message>
        <source>the %1 price in %2</source>
        <translation>cena w %2 naliczana %1</translation>
    </message>
    <message>
        <source>the price in %1</source>
        <translation>cena w %1</translation>
    </message>
    <message>
        <source>Versions of %1</source>
        <translation>Wersje: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>current</source>
        <translation>bieżąca</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>zaplanowana</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Added the version that takes effect on %1.</source>
        <translation>Dodano wersję obowiązującą od %1.</translation>
    </message>
    <message>
        <source>No subscription was on an older version; nothing moved.</source>
        <translation>Żadna subskrypcja nie korzystała ze starszej wersji; niczego nie przeniesiono.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln subscription(s) to the latest version.</source>
        <translation>
            <numerusform>Przeniesiono %Ln subskrypcję na najnowszą wersję.</numerusform>
            <numerusform>Przeniesiono %Ln subskrypcje na najnowszą wersję.</numerusform>
            <numerusform>Przeniesiono %Ln subskrypcji na najnowszą wersję.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RecentFilesMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>Otwórz o&amp;statnie</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent company files</source>
        <translation>Brak ostatnio otwieranych plików firm</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Wyczyść listę</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ReconciliationPage</name>
    <message>
        <source>Invoiced (gross) = MRR + timing + tax + one-time fees + usage + proration − credit notes. Timing is what the recurring lines invoiced in the month differ from MRR: yearly and quarterly plans billed in advance, first short periods, changes during the month and once-only coupons. MRR here covers the whole company in the selected currencies: invoices have no segment, plan or country filter.</source>
        <translation>Zafakturowano (brutto) = MRR + przesunięcia w czasie + podatek + opłaty jednorazowe + użycie + rozliczenie proporcjonalne − noty kredytowe. Przesunięcia w czasie to różnica między pozycjami cyklicznymi zafakturowanymi w miesiącu a MRR: plany roczne i kwartalne rozliczane z góry, pierwsze skrócone okresy, zmiany w trakcie miesiąca i kupony jednorazowe. MRR obejmuje tu całą firmę w wybranych walutach: faktury nie mają filtra segmentu, planu ani kraju.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export reconciliation</source>
        <translation>Eksportuj uzgodnienie</translation>
    </message>
    <message>
        <source>reconciliation.csv</source>
        <translation>uzgodnienie.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RecordPaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>Zarejestruj płatność</translation>
    </message>
    <message>
        <source>Record payment for %1</source>
        <translation>Zarejestruj płatność dla %1</translation>
    </message>
    <message>
        <source>Bank reference, card slip, …</source>
        <translation>Numer przelewu, potwierdzenie karty, …</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;lient:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Kwota:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metoda:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencja:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <source>Applied to open invoices</source>
        <translation>Przypisanie do otwartych faktur</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin płatności</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Amount to apply</source>
        <translation>Kwota do przypisania</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Przeterminowana</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Wybierz klienta.</translation>
    </message>
    <message>
        <source>Choose a currency (an ISO 4217 code such as EUR).</source>
        <translation>Wybierz walutę (kod ISO 4217, np. EUR).</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>kwota</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Kwota musi być większa od zera.</translation>
    </message>
    <message>
        <source>the amount for %1</source>
        <translation>kwota dla %1</translation>
    </message>
    <message>
        <source>The amount for %1 cannot be negative.</source>
        <translation>Kwota dla %1 nie może być ujemna.</translation>
    </message>
    <message>
        <source>Left over as customer credit: —</source>
        <translation>Pozostaje jako saldo kredytowe klienta: —</translation>
    </message>
    <message>
        <source>Left over as customer credit: %1</source>
        <translation>Pozostaje jako saldo kredytowe klienta: %1</translation>
    </message>
    <message>
        <source>Nothing is applied by hand, so the payment goes to the oldest invoices first.</source>
        <translation>Nic nie przypisano ręcznie, więc płatność trafia najpierw na najstarsze faktury.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RefundDialog</name>
    <message>
        <source>Refund customer credit</source>
        <translation>Zwrot salda kredytowego klienta</translation>
    </message>
    <message>
        <source>Bank reference of the transfer</source>
        <translation>Numer referencyjny przelewu</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;lient:</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Saldo kredytowe:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Waluta:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Kwota:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metoda:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencja:</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Zwróć</translation>
    </message>
    <message>
        <source>Choose a customer to see their credit.</source>
        <translation>Wybierz klienta, aby zobaczyć jego saldo kredytowe.</translation>
    </message>
    <message>
        <source>No credit to refund.</source>
        <translation>Brak salda kredytowego do zwrotu.</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>Dostępne: %1</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Wybierz klienta.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Wybierz walutę.</translation>
    </message>
    <message>
        <source>%1 has no credit in %2 to refund.</source>
        <translation>%1 nie ma salda kredytowego w %2 do zwrotu.</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>kwota</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Kwota musi być większa od zera.</translation>
    </message>
    <message>
        <source>At most %1 can be refunded: that is all the credit in %2.</source>
        <translation>Można zwrócić najwyżej %1: to całe saldo kredytowe w %2.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RestartSubscriptionDialog</name>
    <message>
        <source>First invoice after the restart</source>
        <translation>Pierwsza faktura po wznowieniu</translation>
    </message>
    <message>
        <source>Resume subscription %1</source>
        <translation>Wznowienie subskrypcji %1</translation>
    </message>
    <message>
        <source>Reactivate subscription %1</source>
        <translation>Reaktywacja subskrypcji %1</translation>
    </message>
    <message>
        <source>Resume subscription</source>
        <translation>Wznów subskrypcję</translation>
    </message>
    <message>
        <source>Reactivate subscription</source>
        <translation>Reaktywuj subskrypcję</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), %4.</source>
        <translation>%1 — %2 (%3), %4.</translation>
    </message>
    <message>
        <source>Resume &amp;on:</source>
        <translation>Wznów &amp;w dniu:</translation>
    </message>
    <message>
        <source>Reactivate &amp;on:</source>
        <translation>Reaktywuj &amp;w dniu:</translation>
    </message>
    <message>
        <source>Nothing is billed now; billing continues with the next billing run.</source>
        <translation>Teraz nic nie zostanie rozliczone; rozliczanie będzie kontynuowane w następnym przebiegu rozliczeń.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RetentionChartPage</name>
    <message>
        <source>Over the 12 months ending with each month, for the customers paying the day before: NRR = (their MRR then + expansion − contraction − churn) ÷ their MRR then; GRR leaves out expansion. Click a point for those customers.</source>
        <translation>W ciągu 12 miesięcy kończących się danym miesiącem, dla klientów płacących dzień przed tym okresem: NRR = (ich ówczesne MRR + rozszerzenie − zmniejszenie − odpływ) ÷ ich ówczesne MRR; GRR pomija rozszerzenie. Kliknij punkt, aby zobaczyć tych klientów.</translation>
    </message>
    <message>
        <source>Trailing 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
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
        <translation>Miesiąc</translation>
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
        <translation>Klient %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Credit applied</source>
        <translation>Zaliczone saldo kredytowe</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Do zapłaty</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ScoreDistributionWidget</name>
    <message numerus="yes">
        <source>Score %1 (%2): %n answer(s), %3 %</source>
        <translation>
            <numerusform>Ocena %1 (%2): %n odpowiedź, %3 %</numerusform>
            <numerusform>Ocena %1 (%2): %n odpowiedzi, %3 %</numerusform>
            <numerusform>Ocena %1 (%2): %n odpowiedzi, %3 %</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SettingsPage</name>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SettingsView</name>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Uruchom ponownie</translation>
    </message>
    <message>
        <source>Close SubDesk and start it again with the chosen language</source>
        <translation>Zamknij SubDesk i uruchom go ponownie w wybranym języku</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Język interfejsu</translation>
    </message>
    <message>
        <source>Company file</source>
        <translation>Plik firmy</translation>
    </message>
    <message>
        <source>%1 (the current one)</source>
        <translation>%1 (aktualna)</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Sprawdź bazę danych</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s integrity and foreign key checks on the company file</source>
        <translation>Uruchom kontrolę integralności i kluczy obcych SQLite dla pliku firmy</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Wersja schematu</translation>
    </message>
    <message>
        <source>SubDesk will use %1 from its next start.</source>
        <translation>Od następnego uruchomienia SubDesk będzie używać języka: %1.</translation>
    </message>
    <message>
        <source>The language applies from the next start of SubDesk.</source>
        <translation>Język zostanie zastosowany od następnego uruchomienia SubDesk.</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Nie udało się przeprowadzić kontroli: %1</translation>
    </message>
    <message>
        <source>The company file is sound: the integrity check found no problems.</source>
        <translation>Plik firmy jest w porządku: kontrola integralności nie wykryła problemów.</translation>
    </message>
    <message numerus="yes">
        <source>The integrity check found %Ln problem(s): %1. Open a backup copy, or keep this file for support.</source>
        <translation>
            <numerusform>Kontrola integralności wykryła %Ln problem: %1. Otwórz kopię zapasową lub zachowaj ten plik dla pomocy technicznej.</numerusform>
            <numerusform>Kontrola integralności wykryła %Ln problemy: %1. Otwórz kopię zapasową lub zachowaj ten plik dla pomocy technicznej.</numerusform>
            <numerusform>Kontrola integralności wykryła %Ln problemów: %1. Otwórz kopię zapasową lub zachowaj ten plik dla pomocy technicznej.</numerusform>
        </translation>
    </message>
    <message>
        <source>SubDesk could not be started again. Close it and start it yourself.</source>
        <translation>Nie udało się ponownie uruchomić SubDesk. Zamknij program i uruchom go samodzielnie.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>How SubDesk looks, and the company file it has open.</source>
        <translation>Wygląd programu SubDesk i otwarty plik firmy.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::StatementDialog</name>
    <message>
        <source>Statement of account</source>
        <translation>Zestawienie rozrachunków</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Waluta:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>Zestawienie:</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Zapisz PDF…</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Wybierz klienta.</translation>
    </message>
    <message>
        <source>Choose a currency (an ISO 4217 code such as EUR).</source>
        <translation>Wybierz walutę (kod ISO 4217, np. EUR).</translation>
    </message>
    <message>
        <source>The period must not end before it starts.</source>
        <translation>Okres nie może kończyć się przed swoim początkiem.</translation>
    </message>
    <message>
        <source>Opening balance %1, %2, closing balance %3.</source>
        <translation>Saldo początkowe %1, %2, saldo końcowe %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n pozycja</numerusform>
            <numerusform>%n pozycje</numerusform>
            <numerusform>%n pozycji</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement %1 %2.pdf</source>
        <translation>Zestawienie %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>Zapisz zestawienie</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::StopSubscriptionDialog</name>
    <message>
        <source>Credit the unused time</source>
        <translation>Zwróć za niewykorzystany okres</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>Pause subscription %1</source>
        <translation>Wstrzymanie subskrypcji %1</translation>
    </message>
    <message>
        <source>Cancel subscription %1</source>
        <translation>Anulowanie subskrypcji %1</translation>
    </message>
    <message>
        <source>Pause subscription</source>
        <translation>Wstrzymaj subskrypcję</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>Anuluj subskrypcję</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>A credit note for the part of the paid period after the stop</source>
        <translation>Nota kredytowa za część opłaconego okresu po zatrzymaniu</translation>
    </message>
    <message>
        <source>Optional, e.g. why the customer pauses</source>
        <translation>Opcjonalnie, np. dlaczego klient wstrzymuje subskrypcję</translation>
    </message>
    <message>
        <source>Optional, e.g. why the customer leaves</source>
        <translation>Opcjonalnie, np. dlaczego klient rezygnuje</translation>
    </message>
    <message>
        <source>%1. The current period, already billed, runs %2 → %3.</source>
        <translation>%1. Bieżący, już rozliczony okres: %2 → %3.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Pause:</source>
        <translation>Wstrzymanie:</translation>
    </message>
    <message>
        <source>Cancel:</source>
        <translation>Anulowanie:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <source>Nothing is credited: the subscription runs until %1 and is paused from then on.</source>
        <translation>Nic nie zostanie zwrócone: subskrypcja trwa do %1 i od tego dnia jest wstrzymana.</translation>
    </message>
    <message>
        <source>Nothing is credited: the subscription runs until %1 and ends then.</source>
        <translation>Nic nie zostanie zwrócone: subskrypcja trwa do %1 i wtedy się kończy.</translation>
    </message>
    <message>
        <source>Nothing is credited.</source>
        <translation>Nic nie zostanie zwrócone.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SubscriptionDetailPane</name>
    <message>
        <source>Select a subscription to see its history and documents.</source>
        <translation>Zaznacz subskrypcję, aby zobaczyć jej historię i dokumenty.</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Cena:</translation>
    </message>
    <message>
        <source>Add-ons:</source>
        <translation>Dodatki:</translation>
    </message>
    <message>
        <source>Coupon:</source>
        <translation>Kupon:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Rozpoczęta:</translation>
    </message>
    <message>
        <source>Next billing:</source>
        <translation>Następne rozliczenie:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Koniec:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Okres umowy:</translation>
    </message>
    <message>
        <source>Billed through:</source>
        <translation>Rozliczona do:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Co się zmieniło</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Subscription %1 — %2</source>
        <translation>Subskrypcja %1 — %2</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Dokumenty (%1)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, ends on %2</source>
        <translation>%1, koniec %2</translation>
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
            <numerusform>%Ln dzień okresu próbnego</numerusform>
            <numerusform>%Ln dni okresu próbnego</numerusform>
            <numerusform>%Ln dni okresu próbnego</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing more to bill</source>
        <translation>Nic więcej do rozliczenia</translation>
    </message>
    <message>
        <source>Runs until cancelled</source>
        <translation>Do czasu anulowania</translation>
    </message>
    <message>
        <source>Not billed by a run yet</source>
        <translation>Jeszcze nie rozliczona w przebiegu rozliczeń</translation>
    </message>
    <message>
        <source>prorated</source>
        <translation>proporcjonalnie</translation>
    </message>
    <message>
        <source>from the next period, not prorated</source>
        <translation>od następnego okresu, bez proporcji</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <source>unused time credited</source>
        <translation>zwrot za niewykorzystany okres</translation>
    </message>
    <message>
        <source>no credit</source>
        <translation>bez zwrotu</translation>
    </message>
    <message>
        <source>billing starts again</source>
        <translation>rozliczanie zaczyna się ponownie</translation>
    </message>
    <message>
        <source>a new term starts</source>
        <translation>rozpoczyna się nowy okres umowy</translation>
    </message>
    <message>
        <source>the term ended</source>
        <translation>okres umowy się zakończył</translation>
    </message>
    <message>
        <source>bought %1 × %2 once</source>
        <translation>kupiono jednorazowo %1 × %2</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Zapisano %1</translation>
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
        <translation>Anulowanie od %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Il.</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Rozliczanie</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>Za okres</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>Następne rozliczenie</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęta</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Kupon</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SubscriptionsView</name>
    <message>
        <source>&amp;New subscription…</source>
        <translation>&amp;Nowa subskrypcja…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nowa…</translation>
    </message>
    <message>
        <source>Subscribe a customer to a plan</source>
        <translation>Zapisz klienta do planu</translation>
    </message>
    <message>
        <source>C&amp;hange subscription…</source>
        <translation>&amp;Zmień subskrypcję…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Zmień…</translation>
    </message>
    <message>
        <source>Change the plan, quantity, add-ons, interval or coupon of the selected subscription</source>
        <translation>Zmień plan, ilość, dodatki, interwał lub kupon zaznaczonej subskrypcji</translation>
    </message>
    <message>
        <source>&amp;Pause subscription…</source>
        <translation>&amp;Wstrzymaj subskrypcję…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Wstrzymaj…</translation>
    </message>
    <message>
        <source>Stop billing the selected subscription for a while</source>
        <translation>Wstrzymaj na pewien czas rozliczanie zaznaczonej subskrypcji</translation>
    </message>
    <message>
        <source>&amp;Resume subscription…</source>
        <translation>Wznów &amp;subskrypcję…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Wznów…</translation>
    </message>
    <message>
        <source>Start billing the selected paused subscription again</source>
        <translation>Wznów rozliczanie zaznaczonej wstrzymanej subskrypcji</translation>
    </message>
    <message>
        <source>Ca&amp;ncel subscription…</source>
        <translation>&amp;Anuluj subskrypcję…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Anuluj…</translation>
    </message>
    <message>
        <source>End the selected subscription</source>
        <translation>Zakończ zaznaczoną subskrypcję</translation>
    </message>
    <message>
        <source>Reac&amp;tivate subscription…</source>
        <translation>&amp;Reaktywuj subskrypcję…</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Reaktywuj…</translation>
    </message>
    <message>
        <source>Continue the selected cancelled or cancelling subscription</source>
        <translation>Kontynuuj zaznaczoną subskrypcję, która została anulowana lub ma zaplanowane anulowanie</translation>
    </message>
    <message>
        <source>Run &amp;billing…</source>
        <translation>Roz&amp;licz…</translation>
    </message>
    <message>
        <source>Run billing…</source>
        <translation>Rozlicz…</translation>
    </message>
    <message>
        <source>Write the invoices and credit notes that are due</source>
        <translation>Zapisz należne faktury i noty kredytowe</translation>
    </message>
    <message>
        <source>Search customer</source>
        <translation>Szukaj klienta</translation>
    </message>
    <message>
        <source>Shows the subscriptions of customers whose name contains every word typed</source>
        <translation>Pokazuje subskrypcje klientów, których nazwa zawiera każde z wpisanych słów</translation>
    </message>
    <message>
        <source>Show subscriptions with this status only</source>
        <translation>Pokaż tylko subskrypcje o tym statusie</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <source>Show subscriptions to this plan only</source>
        <translation>Pokaż tylko subskrypcje tego planu</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Wszystkie plany</translation>
    </message>
    <message>
        <source>%1 (%2, archived)</source>
        <translation>%1 (%2, zarchiwizowany)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln subscription(s)</source>
        <translation>
            <numerusform>Wyświetlono %1 z %Ln subskrypcji</numerusform>
            <numerusform>Wyświetlono %1 z %Ln subskrypcji</numerusform>
            <numerusform>Wyświetlono %1 z %Ln subskrypcji</numerusform>
        </translation>
    </message>
    <message>
        <source>No subscriptions yet.
Subscribe a customer to a plan with New.</source>
        <translation>Nie ma jeszcze subskrypcji.
Zapisz klienta do planu przyciskiem Nowa.</translation>
    </message>
    <message>
        <source>No subscriptions match the search and filters.</source>
        <translation>Żadna subskrypcja nie pasuje do wyszukiwania i filtrów.</translation>
    </message>
    <message>
        <source>Subscription %1 created.</source>
        <translation>Utworzono subskrypcję %1.</translation>
    </message>
    <message>
        <source>Subscription %1 changed.</source>
        <translation>Zmieniono subskrypcję %1.</translation>
    </message>
    <message>
        <source>Subscription %1 paused.</source>
        <translation>Wstrzymano subskrypcję %1.</translation>
    </message>
    <message>
        <source>Subscription %1 cancelled.</source>
        <translation>Anulowano subskrypcję %1.</translation>
    </message>
    <message>
        <source>Subscription %1 resumed.</source>
        <translation>Wznowiono subskrypcję %1.</translation>
    </message>
    <message>
        <source>Subscription %1 reactivated.</source>
        <translation>Reaktywowano subskrypcję %1.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SurveyAnswerDialog</name>
    <message>
        <source>Edit survey answer</source>
        <translation>Edytuj odpowiedź z ankiety</translation>
    </message>
    <message>
        <source>New survey answer</source>
        <translation>Nowa odpowiedź z ankiety</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>NPS: how likely to recommend us (0–10)</source>
        <translation>NPS: jak prawdopodobne jest polecenie nas (0–10)</translation>
    </message>
    <message>
        <source>CSAT: how satisfied (1–5)</source>
        <translation>CSAT: poziom zadowolenia (1–5)</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Ankieta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>What the customer wrote, in their words</source>
        <translation>Co napisał klient, jego własnymi słowami</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>e.g. pricing, support</source>
        <translation>np. cennik, wsparcie</translation>
    </message>
    <message>
        <source>Separate tags with commas. Tags group recurring themes; their counts show on the dashboard&apos;s Feedback tab.</source>
        <translation>Oddzielaj tagi przecinkami. Tagi grupują powtarzające się tematy; ich liczba jest widoczna na karcie Opinie pulpitu.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>There are no customers to record an answer for.</source>
        <translation>Brak klientów, dla których można zapisać odpowiedź.</translation>
    </message>
    <message>
        <source>Choose the customer who answered.</source>
        <translation>Wybierz klienta, który udzielił odpowiedzi.</translation>
    </message>
    <message>
        <source>The answer was not stored.</source>
        <translation>Odpowiedź nie została zapisana.</translation>
    </message>
    <message>
        <source>Promoters answer 9–10, passives 7–8, detractors 0–6.</source>
        <translation>Promotorzy odpowiadają 9–10, pasywni 7–8, krytycy 0–6.</translation>
    </message>
    <message>
        <source>Answers of 4 and 5 count as satisfied.</source>
        <translation>Odpowiedzi 4 i 5 liczą się jako zadowolenie.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SurveyImportDialog</name>
    <message>
        <source>Import survey answers</source>
        <translation>Importuj odpowiedzi z ankiet</translation>
    </message>
    <message>
        <source>A CSV file exported from your survey tool</source>
        <translation>Plik CSV wyeksportowany z narzędzia ankietowego</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>NPS answers (0–10)</source>
        <translation>Odpowiedzi NPS (0–10)</translation>
    </message>
    <message>
        <source>CSAT answers (1–5)</source>
        <translation>Odpowiedzi CSAT (1–5)</translation>
    </message>
    <message>
        <source>Decide from the file</source>
        <translation>Ustal na podstawie pliku</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Najpierw dzień (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Najpierw miesiąc (12/31/2026)</translation>
    </message>
    <message>
        <source>A date such as 04/03/2026 may be 4 March or 3 April. SubDesk reads it as the file&apos;s other dates show (one with a day above 12 decides) and refuses it when nothing tells; choose the order here if you know it.</source>
        <translation>Data taka jak 04/03/2026 może oznaczać 4 marca lub 3 kwietnia. SubDesk odczytuje ją zgodnie z pozostałymi datami w pliku (rozstrzyga data z dniem większym niż 12), a gdy nic tego nie wskazuje, odrzuca ją; jeśli znasz kolejność, wybierz ją tutaj.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Rows without a kind are</source>
        <translation>Wiersze bez rodzaju to</translation>
    </message>
    <message>
        <source>Dates like 04/03/2026</source>
        <translation>Daty takie jak 04/03/2026</translation>
    </message>
    <message>
        <source>Columns are found by their names, as Delighted, Typeform, SurveyMonkey or Hotjar export them: a date, the customer&apos;s e-mail or customer number, and the score; optionally a comment, channel, tags and kind (nps or csat).</source>
        <translation>Kolumny są rozpoznawane po nazwach, w postaci eksportowanej przez Delighted, Typeform, SurveyMonkey lub Hotjar: data, e-mail lub numer klienta oraz ocena; opcjonalnie komentarz, kanał, tagi i rodzaj (nps lub csat).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation>%1 (pomijana)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemy (%1)</translation>
    </message>
    <message>
        <source>Choose a file to see its rows and whether they can be imported.</source>
        <translation>Wybierz plik, aby zobaczyć jego wiersze i sprawdzić, czy można je zaimportować.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing can be imported until the file is corrected. Every problem is listed with its line and column.</source>
        <translation>
            <numerusform>Znaleziono %n problem: niczego nie można zaimportować, dopóki plik nie zostanie poprawiony. Każdy problem jest wymieniony wraz z wierszem i kolumną.</numerusform>
            <numerusform>Znaleziono %n problemy: niczego nie można zaimportować, dopóki plik nie zostanie poprawiony. Każdy problem jest wymieniony wraz z wierszem i kolumną.</numerusform>
            <numerusform>Znaleziono %n problemów: niczego nie można zaimportować, dopóki plik nie zostanie poprawiony. Każdy problem jest wymieniony wraz z wierszem i kolumną.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) ready to import.</source>
        <translation>
            <numerusform>%n odpowiedź gotowa do zaimportowania.</numerusform>
            <numerusform>%n odpowiedzi gotowe do zaimportowania.</numerusform>
            <numerusform>%n odpowiedzi gotowych do zaimportowania.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates are read month first (MM/DD/YYYY).</source>
        <translation>Daty są odczytywane z miesiącem na początku (MM/DD/YYYY).</translation>
    </message>
    <message>
        <source>Dates are read day first (DD/MM/YYYY).</source>
        <translation>Daty są odczytywane z dniem na początku (DD/MM/YYYY).</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::TaxRateDialog</name>
    <message>
        <source>New tax rate</source>
        <translation>Nowa stawka podatku</translation>
    </message>
    <message>
        <source>Edit tax rate</source>
        <translation>Edycja stawki podatku</translation>
    </message>
    <message>
        <source>e.g. Reduced rate (books)</source>
        <translation>np. Stawka obniżona (książki)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>np. %1</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Koniec obowiązywania</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Stawka</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Obowiązuje od</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Obowiązuje do</translation>
    </message>
    <message>
        <source>Leave &quot;Ends on&quot; unticked while the rate still applies. Rates already used on issued documents stay on those documents when you change them here.</source>
        <translation>Pozostaw pole „Koniec obowiązywania” niezaznaczone, dopóki stawka obowiązuje. Stawki już użyte na wystawionych dokumentach pozostają na tych dokumentach, gdy zmienisz je tutaj.</translation>
    </message>
    <message>
        <source>Choose the country the rate applies in.</source>
        <translation>Wybierz kraj, w którym obowiązuje stawka.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (e.g. FI, PL, IT).</source>
        <translation>„%1” nie jest kodem kraju ISO 3166 (np. FI, PL, IT).</translation>
    </message>
    <message>
        <source>The name is required; documents and reports show it.</source>
        <translation>Nazwa jest wymagana; wyświetlają ją dokumenty i raporty.</translation>
    </message>
    <message>
        <source>Enter the rate as a percentage, e.g. %1.</source>
        <translation>Wpisz stawkę jako wartość procentową, np. %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage from 0 to 100 with at most two decimals (e.g. %2).</source>
        <translation>„%1” nie jest wartością procentową od 0 do 100 z najwyżej dwoma miejscami po przecinku (np. %2).</translation>
    </message>
    <message>
        <source>The rate cannot end before it starts.</source>
        <translation>Stawka nie może kończyć się przed swoim początkiem.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::TaxRatesPage</name>
    <message>
        <source>Tax rates</source>
        <translation>Stawki podatku</translation>
    </message>
    <message>
        <source>VAT rates by country and class. An invoice line takes the rate of its class in the customer&apos;s country (or yours) that is valid on its date.</source>
        <translation>Stawki VAT według kraju i klasy. Pozycja faktury otrzymuje stawkę swojej klasy obowiązującą w kraju klienta (lub Twoim) w dniu jej daty.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Show expired</source>
        <translation>Pokaż wygasłe</translation>
    </message>
    <message>
        <source>Also list rates that ended before today</source>
        <translation>Pokaż również stawki, które przestały obowiązywać przed dzisiejszym dniem</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Stawka</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Obowiązuje od</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Obowiązuje do</translation>
    </message>
    <message>
        <source>The tax rates could not be read: %1</source>
        <translation>Nie można odczytać stawek podatku: %1</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Wszystkie kraje</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (wygasła)</translation>
    </message>
    <message>
        <source>%1 (upcoming)</source>
        <translation>%1 (przyszła)</translation>
    </message>
    <message>
        <source>Added the rate %1 %2 for %3.</source>
        <translation>Dodano stawkę %1 %2 dla %3.</translation>
    </message>
    <message>
        <source>Saved the rate %1.</source>
        <translation>Zapisano stawkę %1.</translation>
    </message>
    <message>
        <source>Remove tax rate</source>
        <translation>Usuń stawkę podatku</translation>
    </message>
    <message>
        <source>Remove the rate &quot;%1&quot; (%2) for %3?</source>
        <translation>Usunąć stawkę „%1” (%2) dla %3?</translation>
    </message>
    <message>
        <source>Issued documents keep the rate they were issued with. Drafts and new invoices will no longer find it.</source>
        <translation>Wystawione dokumenty zachowują stawkę, z którą je wystawiono. Wersje robocze i nowe faktury nie będą już jej znajdować.</translation>
    </message>
    <message>
        <source>The rate %1 was not removed: %2</source>
        <translation>Nie usunięto stawki %1: %2</translation>
    </message>
    <message>
        <source>Removed the rate %1.</source>
        <translation>Usunięto stawkę %1.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::TierEditor</name>
    <message>
        <source>Add tier</source>
        <translation>Dodaj próg</translation>
    </message>
    <message>
        <source>Adds a tier at the end; the tier before it then needs an upper bound</source>
        <translation>Dodaje próg na końcu; poprzedni próg musi wtedy mieć górną granicę</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Próg</translation>
    </message>
    <message>
        <source>From unit</source>
        <translation>Od jednostki</translation>
    </message>
    <message>
        <source>Up to unit</source>
        <translation>Do jednostki</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jednostkowa</translation>
    </message>
    <message>
        <source>Flat fee</source>
        <translation>Opłata stała</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>The last unit of this tier; leave empty on the last tier</source>
        <translation>Ostatnia jednostka tego progu; w ostatnim progu pozostaw puste</translation>
    </message>
    <message>
        <source>Charged once when a quantity reaches this tier; empty for none</source>
        <translation>Naliczana jednorazowo, gdy ilość osiągnie ten próg; puste pole oznacza brak opłaty</translation>
    </message>
    <message>
        <source>Remove this tier</source>
        <translation>Usuń ten próg</translation>
    </message>
    <message>
        <source>Tier %1: &quot;%2&quot; is not a whole number of units.</source>
        <translation>Próg %1: „%2” nie jest całkowitą liczbą jednostek.</translation>
    </message>
    <message>
        <source>Tier %1 unit price</source>
        <translation>Cena jednostkowa progu %1</translation>
    </message>
    <message>
        <source>Tier %1 flat fee</source>
        <translation>Opłata stała progu %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::TimingSelector</name>
    <message>
        <source>Now (%1), prorated</source>
        <translation>Teraz (%1), proporcjonalnie</translation>
    </message>
    <message>
        <source>On</source>
        <translation>W dniu</translation>
    </message>
    <message>
        <source>At the end of the current period (%1), not prorated</source>
        <translation>Na koniec bieżącego okresu (%1), bez proporcji</translation>
    </message>
    <message>
        <source>At the end of the current period</source>
        <translation>Na koniec bieżącego okresu</translation>
    </message>
    <message>
        <source>The subscription has no billed period running today.</source>
        <translation>Subskrypcja nie ma dzisiaj trwającego, rozliczonego okresu.</translation>
    </message>
    <message>
        <source>, prorated</source>
        <translation>, proporcjonalnie</translation>
    </message>
</context>
</TS>
