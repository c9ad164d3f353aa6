<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
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
    <name>Cli</name>
    <message>
        <source>Usage: subdesk-cli [--db PATH] [--lang CODE] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Użycie: subdesk-cli [--db PATH] [--lang CODE] POLECENIE [ARGUMENTY] [OPCJE]</translation>
    </message>
    <message>
        <source>Works with the customers of a SubDesk company file.</source>
        <translation>Obsługuje klientów zapisanych w pliku firmy SubDesk.</translation>
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
        <source>Exit status: 0 success, 1 refused (invalid data, no such customer, a file SubDesk cannot open), 2 wrong usage.</source>
        <translation>Kod wyjścia: 0 – powodzenie, 1 – odmowa (nieprawidłowe dane, brak takiego klienta, plik, którego SubDesk nie może otworzyć), 2 – nieprawidłowe użycie.</translation>
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
        <source>Fills an empty company file with demo customers. They are realistic, stored in one transaction, and the same seed gives the same customers.</source>
        <translation>Wypełnia pusty plik firmy klientami demonstracyjnymi. Dane są realistyczne, zapisywane w jednej transakcji, a to samo ziarno daje tych samych klientów.</translation>
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
        <source>The demo customers could not be added: %1</source>
        <translation>Nie udało się dodać klientów demonstracyjnych: %1</translation>
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
    <name>subdesk::ui::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Zamknij komunikat</translation>
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
    <name>subdesk::ui::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
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
</context>
</TS>
