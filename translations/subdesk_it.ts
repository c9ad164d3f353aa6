<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Billing</name>
    <message>
        <source>A billing interval counts between %1 and %2 units, not %3.</source>
        <translation>Un intervallo di fatturazione deve comprendere da %1 a %2 unità, non %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a billing interval (expected e.g. &quot;1 month&quot;, &quot;3 months&quot;, &quot;2 weeks&quot; or &quot;1 year&quot;).</source>
        <translation>&quot;%1&quot; non è un intervallo di fatturazione (formato atteso, ad es. &quot;1 month&quot;, &quot;3 months&quot;, &quot;2 weeks&quot; o &quot;1 year&quot;).</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Giornaliera</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Settimanale</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensile</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuale</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Ogni %n giorno</numerusform>
            <numerusform>Ogni %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Ogni %n settimana</numerusform>
            <numerusform>Ogni %n settimane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Ogni %n mese</numerusform>
            <numerusform>Ogni %n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s)</source>
        <translation>
            <numerusform>Ogni %n anno</numerusform>
            <numerusform>Ogni %n anni</numerusform>
        </translation>
    </message>
    <message>
        <source>The billing period %1 is empty or not a valid period.</source>
        <translation>Il periodo di fatturazione %1 è vuoto o non è un periodo valido.</translation>
    </message>
    <message>
        <source>%1 is not inside the billing period %2.</source>
        <translation>La data %1 non rientra nel periodo di fatturazione %2.</translation>
    </message>
    <message>
        <source>The part %1 is not inside the billing period %2.</source>
        <translation>La frazione di periodo %1 non rientra nel periodo di fatturazione %2.</translation>
    </message>
    <message>
        <source>%1 %2 × %3/%4 days (%5 → %6) = %7</source>
        <extracomment>How a prorated line was computed: %1 plan or item, %2 price, %3 days charged, %4 days in the full period, %5 and %6 first and end date of the part (end excluded), %7 the result.</extracomment>
        <translation>%1 %2 × %3/%4 giorni (%5 → %6) = %7</translation>
    </message>
    <message>
        <source>Cannot change from a price in %1 to a price in %2 within a period.</source>
        <translation>Impossibile passare da un prezzo in %1 a un prezzo in %2 all&apos;interno di un periodo.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: subdesk-cli [--db PATH] [--lang CODE] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Uso: subdesk-cli [--db PATH] [--lang CODE] COMANDO [ARGOMENTI] [OPZIONI]</translation>
    </message>
    <message>
        <source>Works with the customers of a SubDesk company file.</source>
        <translation>Gestisce i clienti di un file dell&apos;azienda SubDesk.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opzioni globali:</translation>
    </message>
    <message>
        <source>The company file (default: $SUBDESK_DB, else the standard one).</source>
        <translation>Il file dell&apos;azienda (predefinito: $SUBDESK_DB, altrimenti quello standard).</translation>
    </message>
    <message>
        <source>Language of messages: en, pl, it, fi or fa.</source>
        <translation>Lingua dei messaggi: en, pl, it, fi o fa.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Stampa la versione.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <source>Run &quot;subdesk-cli help COMMAND&quot; for the options of a command.</source>
        <translation>Eseguire &quot;subdesk-cli help COMANDO&quot; per le opzioni di un comando.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 refused (invalid data, no such customer, a file SubDesk cannot open), 2 wrong usage.</source>
        <translation>Codice di uscita: 0 successo, 1 rifiutato (dati non validi, cliente inesistente, file che SubDesk non riesce ad aprire), 2 uso errato.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando sconosciuto: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command: %2.</source>
        <translation>&quot;%1&quot; richiede un comando: %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;; %1 has: %3.</source>
        <translation>Comando sconosciuto: &quot;%1 %2&quot;; %1 prevede: %3.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;.</source>
        <translation>--lang deve essere uno tra %1, non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nessun comando specificato.</translation>
    </message>
    <message>
        <source>--%1 can be given only once.</source>
        <translation>--%1 può essere specificato una sola volta.</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Argomento mancante: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argomento inatteso: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source> [options]</source>
        <translation> [opzioni]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation> (ripetibile)</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opzioni:</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obbligatorio</translation>
    </message>
    <message>
        <source>ISO code such as FI, PL, IT; required</source>
        <translation>codice ISO come FI, PL, IT; obbligatorio</translation>
    </message>
    <message>
        <source>en, pl, it, fi or fa; default en</source>
        <translation>en, pl, it, fi o fa; predefinito en</translation>
    </message>
    <message>
        <source>ISO 4217 code; default EUR</source>
        <translation>codice ISO 4217; predefinito EUR</translation>
    </message>
    <message>
        <source>default 14</source>
        <translation>predefinito 14</translation>
    </message>
    <message>
        <source>e.g. 0216:003712345678</source>
        <translation>ad es. 0216:003712345678</translation>
    </message>
    <message>
        <source>Words that must all occur in the name, e-mail, VAT ID or city.</source>
        <translation>Parole che devono comparire tutte nel nome, nell&apos;e-mail, nella partita IVA o nella città.</translation>
    </message>
    <message>
        <source>Only this segment.</source>
        <translation>Solo questo segmento.</translation>
    </message>
    <message>
        <source>Only customers with this tag.</source>
        <translation>Solo i clienti con questo tag.</translation>
    </message>
    <message>
        <source>Only this country.</source>
        <translation>Solo questo paese.</translation>
    </message>
    <message>
        <source>Which customers (default: active).</source>
        <translation>Quali clienti (predefinito: active).</translation>
    </message>
    <message>
        <source>--country: &quot;%1&quot; is not an ISO 3166 country code.</source>
        <translation>--country: &quot;%1&quot; non è un codice paese ISO 3166.</translation>
    </message>
    <message>
        <source>--status must be active, archived or all, not &quot;%1&quot;.</source>
        <translation>--status deve essere active, archived o all, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Stampa in formato JSON anziché come testo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer number.</source>
        <translation>&quot;%1&quot; non è un numero cliente.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 è obbligatorio.</translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation>Nessun cliente trovato.</translation>
    </message>
    <message>
        <source>--add-tag needs a tag.</source>
        <translation>--add-tag richiede un tag.</translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to set, e.g. --email ADDRESS.</source>
        <translation>Niente da modificare: indicare i campi da impostare, ad es. --email ADDRESS.</translation>
    </message>
    <message>
        <source>Customer %1 updated.</source>
        <translation>Cliente %1 aggiornato.</translation>
    </message>
    <message>
        <source>Customer %1 is already archived.</source>
        <translation>Il cliente %1 è già archiviato.</translation>
    </message>
    <message>
        <source>Customer %1 is already active.</source>
        <translation>Il cliente %1 è già attivo.</translation>
    </message>
    <message>
        <source>Customer %1 (%2) archived.</source>
        <translation>Cliente %1 (%2) archiviato.</translation>
    </message>
    <message>
        <source>Customer %1 (%2) restored.</source>
        <translation>Cliente %1 (%2) ripristinato.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Add a tag, keeping the others.</source>
        <translation>Aggiunge un tag mantenendo gli altri.</translation>
    </message>
    <message>
        <source>Remove a tag.</source>
        <translation>Rimuove un tag.</translation>
    </message>
    <message>
        <source>Remove every tag (before --tag and --add-tag).</source>
        <translation>Rimuove tutti i tag (prima di --tag e --add-tag).</translation>
    </message>
    <message>
        <source>Adds a customer and prints its number. --name and --country are required.</source>
        <translation>Aggiunge un cliente e ne stampa il numero. --name e --country sono obbligatori.</translation>
    </message>
    <message>
        <source>Lists customers as a table or as JSON.</source>
        <translation>Elenca i clienti in forma di tabella o in formato JSON.</translation>
    </message>
    <message>
        <source>Shows every field of one customer.</source>
        <translation>Mostra tutti i campi di un cliente.</translation>
    </message>
    <message>
        <source>Changes the given fields of a customer; an empty value clears a field. Repeated --email, --street or --tag replace the whole list.</source>
        <translation>Modifica i campi indicati di un cliente; un valore vuoto svuota il campo. Se ripetuti, --email, --street o --tag sostituiscono l&apos;intero elenco.</translation>
    </message>
    <message>
        <source>Archives a customer: hidden from lists, kept with its history.</source>
        <translation>Archivia un cliente: viene nascosto dagli elenchi, ma conservato con il suo storico.</translation>
    </message>
    <message>
        <source>Makes an archived customer active again.</source>
        <translation>Riattiva un cliente archiviato.</translation>
    </message>
    <message>
        <source>Integrity problems in %1: %2.</source>
        <translation>Problemi di integrità in %1: %2.</translation>
    </message>
    <message>
        <source>ok (schema version %1)</source>
        <translation>ok (versione dello schema %1)</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 esiste già; aggiungere --force per sostituirlo.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Copia di backup di %1 salvata in %2.</translation>
    </message>
    <message>
        <source>Checks the company file&apos;s integrity. Prints &quot;ok&quot; and the schema version, or the problems with exit status 1.</source>
        <translation>Verifica l&apos;integrità del file dell&apos;azienda. Stampa &quot;ok&quot; e la versione dello schema, oppure i problemi rilevati con codice di uscita 1.</translation>
    </message>
    <message>
        <source>Prints the path of the company file. It is --db if given, else $SUBDESK_DB, else the default.</source>
        <translation>Stampa il percorso del file dell&apos;azienda: quello di --db se indicato, altrimenti $SUBDESK_DB, altrimenti quello predefinito.</translation>
    </message>
    <message>
        <source>Copies the company file to FILE. The copy is consistent even while SubDesk has the file open.</source>
        <translation>Copia il file dell&apos;azienda in FILE. La copia è coerente anche mentre SubDesk ha il file aperto.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Sostituisce FILE se esiste già.</translation>
    </message>
    <message>
        <source>--customers must be a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--customers deve essere un numero da 1 a %1, non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--seed must be a number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>--seed deve essere un numero da 0 a 4294967295, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 already holds customers (%2); demo customers go only into an empty company file. Choose another file with --db, e.g. subdesk-cli --db demo.subdesk demo --customers %3</source>
        <translation>%1 contiene già dei clienti (%2); i clienti dimostrativi possono essere aggiunti solo a un file dell&apos;azienda vuoto. Scegliere un altro file con --db, ad es. subdesk-cli --db demo.subdesk demo --customers %3</translation>
    </message>
    <message>
        <source>Demo customers created in %1: %2.</source>
        <translation>Clienti dimostrativi creati in %1: %2.</translation>
    </message>
    <message>
        <source>Fills an empty company file with demo customers. They are realistic, stored in one transaction, and the same seed gives the same customers.</source>
        <translation>Popola un file dell&apos;azienda vuoto con clienti dimostrativi: sono realistici, vengono salvati in un&apos;unica transazione e lo stesso seed genera sempre gli stessi clienti.</translation>
    </message>
    <message>
        <source>How many customers (default 200).</source>
        <translation>Numero di clienti (predefinito 200).</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>Seed del generatore (predefinito 1).</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; for the usage.</source>
        <translation>Eseguire &quot;%1&quot; per le istruzioni d&apos;uso.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avviso: %1</translation>
    </message>
    <message>
        <source>--delimiter must be &quot;,&quot;, &quot;;&quot;, tab or auto, not &quot;%1&quot;.</source>
        <translation>--delimiter deve essere &quot;,&quot;, &quot;;&quot;, tab o auto, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or windows-1252, not &quot;%1&quot;.</source>
        <translation>--encoding deve essere auto, utf-8 o windows-1252, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: write it as &quot;Column header=field_key&quot;.</source>
        <translation>--map &quot;%1&quot;: scriverlo nella forma &quot;Intestazione colonna=chiave_campo&quot;.</translation>
    </message>
    <message>
        <source>--map: the file has no column &quot;%1&quot; (it has: %2).</source>
        <translation>--map: il file non contiene la colonna &quot;%1&quot; (colonne presenti: %2).</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not a field; fields are %2.</source>
        <translation>--map: &quot;%1&quot; non è un campo; i campi sono %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows have problems. Fix them, or use --valid-only to import the other rows.</source>
        <translation>Non è stato importato nulla: %1 righe su %2 presentano problemi. Correggerle oppure usare --valid-only per importare le altre righe.</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows would be imported; nothing was written.</source>
        <translation>Simulazione: verrebbero importate %1 righe su %2; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Customers imported: %1.</source>
        <translation>Clienti importati: %1.</translation>
    </message>
    <message>
        <source>Rows skipped because of problems: %1 (listed above).</source>
        <translation>Righe saltate a causa di problemi: %1 (elencate sopra).</translation>
    </message>
    <message>
        <source>Customers exported to %1: %2.</source>
        <translation>Clienti esportati in %1: %2.</translation>
    </message>
    <message>
        <source>Check the file and report what would happen; write nothing.</source>
        <translation>Controlla il file e riporta cosa succederebbe, senza scrivere nulla.</translation>
    </message>
    <message>
        <source>Import the valid rows even when others have problems.</source>
        <translation>Importa le righe valide anche se altre presentano problemi.</translation>
    </message>
    <message>
        <source>Column separator (default: detected from the header line).</source>
        <translation>Separatore di colonna (predefinito: rilevato dalla riga di intestazione).</translation>
    </message>
    <message>
        <source>Text encoding (default: auto).</source>
        <translation>Codifica del testo (predefinita: auto).</translation>
    </message>
    <message>
        <source>Read the column HEADER into the field FIELD (a key such as vat_id; empty or - ignores the column).</source>
        <translation>Legge la colonna HEADER nel campo FIELD (una chiave come vat_id; vuoto o - ignora la colonna).</translation>
    </message>
    <message>
        <source>Print a JSON report instead of text.</source>
        <translation>Stampa un report JSON anziché testo.</translation>
    </message>
    <message>
        <source>Imports customers from a CSV file (- reads standard input), all of them or none. Bad rows are listed as &quot;Line N: reason&quot; on stderr.</source>
        <translation>Importa i clienti da un file CSV (- legge lo standard input): tutti o nessuno. Le righe errate sono elencate su stderr come &quot;Riga N: motivo&quot;.</translation>
    </message>
    <message>
        <source>Writes customers as CSV to FILE or standard output. UTF-8, every field; FILE - or no FILE means standard output.</source>
        <translation>Scrive i clienti in formato CSV in FILE o sullo standard output. UTF-8, tutti i campi; FILE uguale a - o assente indica lo standard output.</translation>
    </message>
    <message>
        <source>Nothing to import: the file has no valid rows.</source>
        <translation>Niente da importare: il file non contiene righe valide.</translation>
    </message>
    <message>
        <source>The output could not be written.</source>
        <translation>Impossibile scrivere l&apos;output.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>SubDesk: subscription billing for small businesses.</source>
        <translation>SubDesk: fatturazione degli abbonamenti per le piccole imprese.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Stampa la versione ed esce.</translation>
    </message>
    <message>
        <source>Company file to open (default: $SUBDESK_DB, else company.subdesk in the application data folder).</source>
        <translation>File dell&apos;azienda da aprire (predefinito: $SUBDESK_DB, altrimenti company.subdesk nella cartella dei dati dell&apos;applicazione).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>percorso</translation>
    </message>
    <message>
        <source>Interface language: en, pl, it, fi or fa (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Lingua dell&apos;interfaccia: en, pl, it, fi o fa (predefinita: quella scelta nelle Impostazioni, altrimenti quella del sistema).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>codice</translation>
    </message>
    <message>
        <source>Quit after the given milliseconds (smoke tests).</source>
        <translation>Esce dopo i millisecondi indicati (smoke test).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Save a picture of the window once it is shown, then quit.</source>
        <translation>Salva un&apos;immagine della finestra appena viene mostrata, quindi esce.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds.</source>
        <translation>--quit-after richiede un numero di millisecondi.</translation>
    </message>
    <message>
        <source>Company file to open (the same as --db; used when a file manager opens a .subdesk file).</source>
        <translation>File dell&apos;azienda da aprire (come --db; usato quando un file manager apre un file .subdesk).</translation>
    </message>
    <message>
        <source>Give one company file, either as --db or as the file argument.</source>
        <translation>Indica un solo file dell&apos;azienda, con --db oppure come argomento.</translation>
    </message>
</context>
<context>
    <name>CompanyOpener</name>
    <message>
        <source>SubDesk companies (*.subdesk);;All files (*)</source>
        <translation>Aziende SubDesk (*.subdesk);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>The demo customers could not be added: %1</source>
        <translation>Impossibile aggiungere i clienti dimostrativi: %1</translation>
    </message>
    <message>
        <source>SubDesk</source>
        <translation>SubDesk</translation>
    </message>
    <message>
        <source>The file was left as it is. Open another company file, create a new company, or quit.</source>
        <translation>Il file non è stato modificato. Aprire un altro file dell&apos;azienda, creare una nuova azienda o uscire.</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Apri un altro file…</translation>
    </message>
    <message>
        <source>Create a new company…</source>
        <translation>Crea una nuova azienda…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Open company</source>
        <translation>Apri azienda</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nuova azienda</translation>
    </message>
    <message>
        <source>New company.subdesk</source>
        <translation>Nuova azienda.subdesk</translation>
    </message>
</context>
<context>
    <name>Coupon</name>
    <message>
        <source>Percentage</source>
        <translation>Sconto percentuale</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Sconto fisso</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una tantum</translation>
    </message>
    <message>
        <source>Repeating</source>
        <translation>Per più periodi</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Per sempre</translation>
    </message>
    <message>
        <source>The coupon needs a code.</source>
        <translation>Il coupon deve avere un codice.</translation>
    </message>
    <message>
        <source>The coupon code &quot;%1&quot; has %2 characters; it must have %3 to %4.</source>
        <translation>Il codice coupon &quot;%1&quot; ha %2 caratteri; deve averne da %3 a %4.</translation>
    </message>
    <message>
        <source>The coupon code &quot;%1&quot; may only contain upper-case letters A–Z, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>Il codice coupon &quot;%1&quot; può contenere solo lettere maiuscole A–Z, cifre, &quot;-&quot; e &quot;_&quot;.</translation>
    </message>
    <message>
        <source>The coupon %1 needs a name.</source>
        <translation>Il coupon %1 deve avere un nome.</translation>
    </message>
    <message>
        <source>The coupon takes off %1; it must take off 0.01% to 100%.</source>
        <translation>Il coupon applica uno sconto del %1; lo sconto deve essere compreso tra lo 0,01% e il 100%.</translation>
    </message>
    <message>
        <source>The amount off has no currency.</source>
        <translation>L&apos;importo dello sconto non ha una valuta.</translation>
    </message>
    <message>
        <source>The amount off is %1 %2; it must be more than zero.</source>
        <translation>L&apos;importo dello sconto è %1 %2; deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>A repeating coupon must last at least 1 billing period; it is set to %1.</source>
        <translation>Un coupon per più periodi deve durare almeno 1 periodo di fatturazione; il valore impostato è %1.</translation>
    </message>
    <message>
        <source>One of the coupon&apos;s plan codes is empty.</source>
        <translation>Uno dei codici piano del coupon è vuoto.</translation>
    </message>
    <message>
        <source>The redemption limit is %1; it must be at least 1 (or no limit).</source>
        <translation>Il limite di utilizzi è %1; deve essere almeno 1 (oppure nessun limite).</translation>
    </message>
    <message>
        <source>The expiry date is not a valid date.</source>
        <translation>La data di scadenza non è una data valida.</translation>
    </message>
    <message>
        <source>The redemption date is not a valid date.</source>
        <translation>La data di utilizzo non è una data valida.</translation>
    </message>
    <message>
        <source>The coupon %1 expired on %2.</source>
        <translation>Il coupon %1 è scaduto il %2.</translation>
    </message>
    <message>
        <source>The coupon %1 has reached its redemption limit (%2).</source>
        <translation>Il coupon %1 ha raggiunto il limite di utilizzi (%2).</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; has no currency.</source>
        <translation>La riga &quot;%1&quot; non ha una valuta.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; is in %2, but the coupon %3 takes off an amount in %4.</source>
        <translation>La riga &quot;%1&quot; è in %2, ma il coupon %3 applica uno sconto fisso in %4.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; is in %2, but the lines before it are in %3.</source>
        <translation>La riga &quot;%1&quot; è in %2, ma le righe precedenti sono in %3.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; is %2; a coupon only discounts lines of zero or more.</source>
        <translation>La riga &quot;%1&quot; è di %2; un coupon sconta solo righe di importo pari o superiore a zero.</translation>
    </message>
    <message>
        <source>Coupon %1: %2 of %3 = %4</source>
        <extracomment>Derivation of a percentage discount line: %1 coupon code, %2 percentage, %3 the line&apos;s amount, %4 the (negative) discount.</extracomment>
        <translation>Coupon %1: %2 di %3 = %4</translation>
    </message>
    <message>
        <source>Coupon %1: %2 of each line (%3) = %4</source>
        <extracomment>Derivation of a percentage discount over several lines, rounded per line: %1 coupon code, %2 percentage, %3 &quot;line amount → amount off&quot; for each line, %4 the (negative) discount.</extracomment>
        <translation>Coupon %1: %2 di ogni riga (%3) = %4</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off %3 = %4</source>
        <extracomment>Derivation of a fixed discount on one line: %1 coupon code, %2 amount off, %3 the line&apos;s amount, %4 the (negative) discount.</extracomment>
        <translation>Coupon %1: sconto di %2 su %3 = %4</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off %3 (capped at the lines&apos; total) = %4</source>
        <extracomment>Derivation of a fixed discount larger than its one line: %1 coupon code, %2 amount off, %3 the line&apos;s amount, %4 the (negative) discount, which equals the line.</extracomment>
        <translation>Coupon %1: sconto di %2 su %3 (limitato al totale delle righe) = %4</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off %3, split in proportion (%4) = %5</source>
        <extracomment>Derivation of a fixed discount split over several lines: %1 coupon code, %2 amount off, %3 the lines&apos; total, %4 &quot;line amount → share of the discount&quot; for each line, %5 the (negative) discount.</extracomment>
        <translation>Coupon %1: sconto di %2 su %3, ripartito in proporzione (%4) = %5</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off %3 (capped at the lines&apos; total), split in proportion (%4) = %5</source>
        <extracomment>As &quot;Coupon %1: %2 off %3, split in proportion (%4) = %5&quot;, for an amount off larger than the lines&apos; total %3, which is then taken off entirely.</extracomment>
        <translation>Coupon %1: sconto di %2 su %3 (limitato al totale delle righe), ripartito in proporzione (%4) = %5</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>Impossibile scrivere &quot;%1&quot;: %2.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing), so the rest of the file cannot be read.</source>
        <translation>Riga %1: un campo tra virgolette non viene mai chiuso (manca un &quot;), quindi il resto del file non può essere letto.</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate fields.</source>
        <translation>Le virgolette o un a capo non possono fare da separatore di campo.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Impossibile leggere &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <source>The file is empty: it needs a first line naming the columns (e.g. Name, E-mail, Country) and a line per customer.</source>
        <translation>Il file è vuoto: servono una prima riga con i nomi delle colonne (ad es. Nome, E-mail, Paese) e una riga per ogni cliente.</translation>
    </message>
    <message>
        <source>None of the column names is known, so the first line seems not to be a header. It must name the columns, e.g. Name, E-mail, Country.</source>
        <translation>Nessuno dei nomi di colonna è riconosciuto, quindi la prima riga non sembra un&apos;intestazione. Deve contenere i nomi delle colonne, ad es. Nome, E-mail, Paese.</translation>
    </message>
    <message>
        <source>No column holds the customer&apos;s name. Name a column &quot;Name&quot; or choose the column for the name.</source>
        <translation>Nessuna colonna contiene il nome del cliente. Chiamare una colonna &quot;Nome&quot; oppure scegliere la colonna per il nome.</translation>
    </message>
    <message>
        <source>The file has a header line but no customer rows.</source>
        <translation>Il file ha una riga di intestazione ma nessuna riga di clienti.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header names only %2 columns; a delimiter or a quote may be misplaced.</source>
        <translation>La riga ha %1 celle ma l&apos;intestazione indica solo %2 colonne; forse un separatore o delle virgolette sono fuori posto.</translation>
    </message>
    <message>
        <source>%1: %2 is already used by the customer on line %3.</source>
        <translation>%1: %2 è già utilizzata dal cliente alla riga %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing was imported. Correct the file, or import only the valid rows.</source>
        <translation>
            <numerusform>%n riga non può essere importata, quindi non è stato importato nulla. Correggere il file oppure importare solo le righe valide.</numerusform>
            <numerusform>%n righe non possono essere importate, quindi non è stato importato nulla. Correggere il file oppure importare solo le righe valide.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no valid customer row to import.</source>
        <translation>Il file non contiene righe di clienti valide da importare.</translation>
    </message>
    <message>
        <source>The file is in UTF-16. Save it as UTF-8 (in spreadsheets: &quot;CSV UTF-8&quot;) or as Windows-1252 and try again.</source>
        <translation>Il file è in UTF-16. Salvarlo in UTF-8 (nei fogli di calcolo: &quot;CSV UTF-8&quot;) o in Windows-1252 e riprovare.</translation>
    </message>
    <message>
        <source>Line %1: the file is not valid UTF-8 (byte 0x%2). Choose Windows-1252, or let SubDesk detect the encoding.</source>
        <translation>Riga %1: il file non è in UTF-8 valido (byte 0x%2). Scegliere Windows-1252 oppure lasciare che SubDesk rilevi la codifica.</translation>
    </message>
    <message>
        <source>%1: %2 already belongs to customer number %3; the import adds another customer with it.</source>
        <translation>%1: %2 appartiene già al cliente numero %3; l&apos;importazione aggiunge un altro cliente con lo stesso valore.</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>Business</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Privato</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bonifico bancario</translation>
    </message>
    <message>
        <source>SEPA direct debit</source>
        <translation>Addebito diretto SEPA</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Cartaceo</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>Fattura elettronica</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviato</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Add customer %1</source>
        <translation>Aggiunta cliente %1</translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>Modifica cliente %1</translation>
    </message>
    <message>
        <source>Archive customer %1</source>
        <translation>Archiviazione cliente %1</translation>
    </message>
    <message>
        <source>Restore customer %1</source>
        <translation>Ripristino cliente %1</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Termini di pagamento (giorni)</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Metodo di pagamento</translation>
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
        <translation>Riferimento mandato</translation>
    </message>
    <message>
        <source>Mandate signed on</source>
        <translation>Data firma mandato</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canale preferito</translation>
    </message>
    <message>
        <source>E-invoice endpoint</source>
        <translation>Endpoint fattura elettronica</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Data creazione</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not %3.</source>
        <translation>%1: &quot;%2&quot; non è %3.</translation>
    </message>
    <message>
        <source>%1: a customer&apos;s number cannot be changed.</source>
        <translation>%1: il numero di un cliente non può essere modificato.</translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation>un numero di giorni</translation>
    </message>
    <message>
        <source>a date like 2026-03-31</source>
        <translation>una data come 2026-03-31</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>Customer %1 of %2: %3</source>
        <translation>Cliente %1 di %2: %3</translation>
    </message>
    <message>
        <source>The customer is not stored yet.</source>
        <translation>Il cliente non è ancora stato salvato.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not read the schema version: %1</source>
        <translation>Impossibile leggere la versione dello schema: %1</translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>Manca la migrazione %1.</translation>
    </message>
    <message>
        <source>Updating the company file to schema %1 (%2) failed: %3</source>
        <translation>Aggiornamento del file dell&apos;azienda allo schema %1 (%2) non riuscito: %3</translation>
    </message>
    <message>
        <source>The company file is not open.</source>
        <translation>Il file dell&apos;azienda non è aperto.</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>Non esiste il cliente numero %1.</translation>
    </message>
    <message>
        <source>Customer &quot;%1&quot;: %2</source>
        <translation>Cliente &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>SubDesk cannot open %1: %2</source>
        <translation>SubDesk non può aprire %1: %2</translation>
    </message>
    <message>
        <source>it is a folder, not a company file.</source>
        <translation>è una cartella, non un file dell&apos;azienda.</translation>
    </message>
    <message>
        <source>The company file %1 does not exist.</source>
        <translation>Il file dell&apos;azienda %1 non esiste.</translation>
    </message>
    <message>
        <source>%1 already exists; SubDesk will not overwrite it.</source>
        <translation>%1 esiste già; SubDesk non lo sovrascriverà.</translation>
    </message>
    <message>
        <source>its folder cannot be created.</source>
        <translation>non è possibile creare la relativa cartella.</translation>
    </message>
    <message>
        <source>you do not have permission to read it.</source>
        <translation>non si dispone dell&apos;autorizzazione per leggerlo.</translation>
    </message>
    <message>
        <source>the file is read-only. Make it writable, or copy it to a folder you can write to.</source>
        <translation>il file è di sola lettura. Renderlo scrivibile oppure copiarlo in una cartella con permessi di scrittura.</translation>
    </message>
    <message>
        <source>it is not a SubDesk company file (not an SQLite database).</source>
        <translation>non è un file dell&apos;azienda SubDesk (non è un database SQLite).</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Il driver SQLite per Qt non è installato (pacchetto libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program, not a SubDesk company file.</source>
        <translation>è un database SQLite di un altro programma, non un file dell&apos;azienda SubDesk.</translation>
    </message>
    <message>
        <source>it was written by a newer SubDesk (schema %1; this version knows up to %2). Update SubDesk to open it.</source>
        <translation>è stato creato da una versione più recente di SubDesk (schema %1; questa versione supporta fino allo schema %2). Aggiornare SubDesk per aprirlo.</translation>
    </message>
    <message>
        <source>the file is damaged (%1). Open a backup copy instead.</source>
        <translation>il file è danneggiato (%1). Aprire invece una copia di backup.</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its handle.</source>
        <translation>Il driver SQLite non espone il proprio handle.</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>la riga %1 della tabella %2 fa riferimento a una riga inesistente di %3</translation>
    </message>
    <message>
        <source>Choose a different file for the copy.</source>
        <translation>Scegliere un file diverso per la copia.</translation>
    </message>
    <message>
        <source>could not replace %1</source>
        <translation>impossibile sostituire %1</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>Impossibile salvare la copia: %1</translation>
    </message>
    <message>
        <source>The company file is in use by another program. Close it there and try again.</source>
        <translation>Il file dell&apos;azienda è in uso da parte di un altro programma. Chiuderlo in quel programma e riprovare.</translation>
    </message>
    <message>
        <source>The company file is read-only, so SubDesk cannot save changes.</source>
        <translation>Il file dell&apos;azienda è di sola lettura, quindi SubDesk non può salvare le modifiche.</translation>
    </message>
    <message>
        <source>The company file is damaged (%1). Open a backup copy instead.</source>
        <translation>Il file dell&apos;azienda è danneggiato (%1). Aprire invece una copia di backup.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved.</source>
        <translation>Il disco è pieno: non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The company file could not be read or written (%1).</source>
        <translation>Impossibile leggere o scrivere il file dell&apos;azienda (%1).</translation>
    </message>
    <message>
        <source>The database refused the change (%1).</source>
        <translation>Il database ha rifiutato la modifica (%1).</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Errore del database: %1</translation>
    </message>
    <message>
        <source>its folder is read-only, and SubDesk keeps a journal beside the file. Copy it to a folder you can write to.</source>
        <translation>la sua cartella è di sola lettura e SubDesk tiene un registro accanto al file. Copialo in una cartella in cui puoi scrivere.</translation>
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
        <translation>Impossibile combinare importi in %1 e in %2.</translation>
    </message>
    <message>
        <source>Division by zero.</source>
        <translation>Divisione per zero.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>L&apos;importo è troppo elevato.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2 (expected e.g. %3).</source>
        <translation>&quot;%1&quot; non è un importo in %2 (formato atteso, ad es. %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3).</source>
        <translation>&quot;%1&quot; ha più decimali di quanti ne consenta %2 (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (expected e.g. %2).</source>
        <translation>&quot;%1&quot; non è un importo (formato atteso, ad es. %2).</translation>
    </message>
    <message>
        <source>Nothing to split the amount over.</source>
        <translation>Non c&apos;è nulla su cui ripartire l&apos;importo.</translation>
    </message>
    <message>
        <source>A split weight is negative.</source>
        <translation>Un peso di ripartizione è negativo.</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>Tier %1 flat fee %2</source>
        <translation>Scaglione %1, quota fissa %2</translation>
    </message>
    <message>
        <source>Unit %1 × %2 = %3</source>
        <translation>Unità %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Units %1–%2 × %3 = %4</source>
        <translation>Unità %1–%2 × %3 = %4</translation>
    </message>
    <message>
        <source>Quantity %1 = %2</source>
        <translation>Quantità %1 = %2</translation>
    </message>
    <message>
        <source>Quantity %1 at tier %2 (%3) × %4 = %5</source>
        <translation>Quantità %1 nello scaglione %2 (%3) × %4 = %5</translation>
    </message>
    <message>
        <source>Quantity %1 within %2 free units = %3</source>
        <translation>Quantità %1 entro il limite di unità gratuite (%2) = %3</translation>
    </message>
    <message>
        <source>Quantity %1 in packages of %2: %3 × %4 = %5</source>
        <translation>Quantità %1 in pacchetti da %2: %3 × %4 = %5</translation>
    </message>
    <message>
        <source>Quantity %1 − %2 free = %3 in packages of %4: %5 × %6 = %7</source>
        <translation>Quantità %1 − unità gratuite %2 = %3 in pacchetti da %4: %5 × %6 = %7</translation>
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
        <translation>Prezzo fisso (qualsiasi quantità) = %1</translation>
    </message>
    <message>
        <source>Quantity %1 × %2 = %3</source>
        <translation>Quantità %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Flat: %1 %2</source>
        <translation>Prezzo fisso: %1 %2</translation>
    </message>
    <message>
        <source>Per unit: %1 %2 each</source>
        <translation>Per unità: %1 %2 ciascuna</translation>
    </message>
    <message>
        <source>%1 at %2 + %3 flat</source>
        <translation>%1 a %2 + quota fissa %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Package: %1 %2 per package of %3, the first %4 units free</source>
        <translation>A pacchetti: %1 %2 per pacchetto da %3 unità, unità gratuite iniziali: %4</translation>
    </message>
    <message>
        <source>Package: %1 %2 per package of %3</source>
        <translation>A pacchetti: %1 %2 per pacchetto da %3 unità</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Prezzo fisso</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Per unità</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>A scaglioni</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>A volume</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>A pacchetti</translation>
    </message>
    <message>
        <source>The quantity is %1; it must not be negative.</source>
        <translation>La quantità è %1; non può essere negativa.</translation>
    </message>
    <message>
        <source>The price has no currency.</source>
        <translation>Il prezzo non ha una valuta.</translation>
    </message>
    <message>
        <source>The price %1 is negative.</source>
        <translation>Il prezzo %1 è negativo.</translation>
    </message>
    <message>
        <source>The package size is %1; a package must hold at least 1 unit.</source>
        <translation>La dimensione del pacchetto è %1; un pacchetto deve contenere almeno 1 unità.</translation>
    </message>
    <message>
        <source>The number of free units is %1; it must not be negative.</source>
        <translation>Il numero di unità gratuite è %1; non può essere negativo.</translation>
    </message>
    <message>
        <source>A tiered price needs at least one tier.</source>
        <translation>Un prezzo a scaglioni richiede almeno uno scaglione.</translation>
    </message>
    <message>
        <source>Tier %1 has no upper bound, but only the last tier may be unbounded.</source>
        <translation>Lo scaglione %1 non ha un limite superiore, ma solo l&apos;ultimo scaglione può essere illimitato.</translation>
    </message>
    <message>
        <source>The last tier (tier %1) ends at %2; it must have no upper bound, so that every quantity has a price.</source>
        <translation>L&apos;ultimo scaglione (scaglione %1) termina a %2; non deve avere un limite superiore, affinché ogni quantità abbia un prezzo.</translation>
    </message>
    <message>
        <source>Tier 1 ends at %1; it must cover at least unit 1.</source>
        <translation>Lo scaglione 1 termina a %1; deve coprire almeno l&apos;unità 1.</translation>
    </message>
    <message>
        <source>Tier %1 ends at %2, which is not above the end of tier %3 (%4); upper bounds must strictly increase.</source>
        <translation>Lo scaglione %1 termina a %2, che non supera la fine dello scaglione %3 (%4); i limiti superiori devono essere strettamente crescenti.</translation>
    </message>
    <message>
        <source>Tier %1 ends at %2, which leaves no units for the tiers after it.</source>
        <translation>Lo scaglione %1 termina a %2 e non lascia unità per gli scaglioni successivi.</translation>
    </message>
    <message>
        <source>Tier %1 has a negative unit price (%2).</source>
        <translation>Lo scaglione %1 ha un prezzo unitario negativo (%2).</translation>
    </message>
    <message>
        <source>Tier %1 has a negative flat fee (%2).</source>
        <translation>Lo scaglione %1 ha una quota fissa negativa (%2).</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Piani</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abbonamenti</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A VAT ID starts with its two-letter country prefix (e.g. FI12345678).</source>
        <translation>Una partita IVA inizia con il prefisso del paese di due lettere (ad es. FI12345678).</translation>
    </message>
    <message>
        <source>Greek VAT IDs use the prefix EL, not GR.</source>
        <translation>Le partite IVA greche usano il prefisso EL, non GR.</translation>
    </message>
    <message>
        <source>SubDesk does not know VAT IDs with the prefix %1.</source>
        <translation>SubDesk non riconosce le partite IVA con prefisso %1.</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 VAT ID (expected e.g. %3).</source>
        <translation>%1 non è una partita IVA %2 valida (formato atteso, ad es. %3).</translation>
    </message>
    <message>
        <source>An IBAN starts with a two-letter country code and two check digits, then letters and digits.</source>
        <translation>Un IBAN inizia con un codice paese di due lettere e due cifre di controllo, seguiti da lettere e cifre.</translation>
    </message>
    <message>
        <source>%1 does not use IBANs.</source>
        <translation>Il paese %1 non usa l&apos;IBAN.</translation>
    </message>
    <message>
        <source>An IBAN from %1 has %2 characters, this one has %3.</source>
        <translation>Un IBAN del paese %1 ha %2 caratteri, questo ne ha %3.</translation>
    </message>
    <message>
        <source>The IBAN&apos;s check digits do not match: a character is probably mistyped.</source>
        <translation>Le cifre di controllo dell&apos;IBAN non corrispondono: probabilmente un carattere è stato digitato in modo errato.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 characters: bank code, country, location and optional branch (e.g. DEUTDEFF).</source>
        <translation>Un BIC ha 8 o 11 caratteri: codice banca, paese, località ed eventuale filiale (ad es. DEUTDEFF).</translation>
    </message>
    <message>
        <source>The BIC&apos;s country code %1 is not a country.</source>
        <translation>Il codice paese %1 del BIC non corrisponde a nessun paese.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Il nome è obbligatorio.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Il nome supera i %1 caratteri.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>&quot;%1&quot; non è un indirizzo e-mail valido.</translation>
    </message>
    <message>
        <source>Documents go out by e-mail, so an e-mail address is needed.</source>
        <translation>I documenti vengono inviati per e-mail, quindi serve un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>The country is required (it decides the VAT treatment).</source>
        <translation>Il paese è obbligatorio (determina il trattamento IVA).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (e.g. FI, PL, IT).</source>
        <translation>&quot;%1&quot; non è un codice paese ISO 3166 (ad es. FI, PL, IT).</translation>
    </message>
    <message>
        <source>Documents go out on paper, so a street and a city are needed.</source>
        <translation>I documenti vengono inviati in forma cartacea, quindi servono via e città.</translation>
    </message>
    <message>
        <source>The VAT ID is from %1 but the address is in %2.</source>
        <translation>La partita IVA è del paese %1, ma l&apos;indirizzo è nel paese %2.</translation>
    </message>
    <message>
        <source>Documents can be written in %1; &quot;%2&quot; is not one of them.</source>
        <translation>Le lingue disponibili per i documenti sono %1; &quot;%2&quot; non è tra queste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (e.g. EUR).</source>
        <translation>&quot;%1&quot; non è un codice valuta ISO 4217 (ad es. EUR).</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and %1 days.</source>
        <translation>I termini di pagamento devono essere compresi tra 0 e %1 giorni.</translation>
    </message>
    <message>
        <source>SEPA direct debit needs the customer&apos;s IBAN.</source>
        <translation>L&apos;addebito diretto SEPA richiede l&apos;IBAN del cliente.</translation>
    </message>
    <message>
        <source>A mandate reference has at most 35 characters: letters, digits, spaces and + ? / - : ( ) . , &apos;</source>
        <translation>Il riferimento del mandato ha al massimo 35 caratteri: lettere, cifre, spazi e + ? / - : ( ) . , &apos;</translation>
    </message>
    <message>
        <source>SEPA direct debit needs the mandate reference.</source>
        <translation>L&apos;addebito diretto SEPA richiede il riferimento del mandato.</translation>
    </message>
    <message>
        <source>SEPA direct debit needs the date the mandate was signed.</source>
        <translation>L&apos;addebito diretto SEPA richiede la data di firma del mandato.</translation>
    </message>
    <message>
        <source>The mandate&apos;s signature date is in the future.</source>
        <translation>La data di firma del mandato è nel futuro.</translation>
    </message>
    <message>
        <source>E-invoicing needs the customer&apos;s endpoint ID.</source>
        <translation>La fatturazione elettronica richiede l&apos;ID endpoint del cliente.</translation>
    </message>
    <message>
        <source>An endpoint ID is a four-digit scheme, a colon and the ID (e.g. 0088:5790000435968).</source>
        <translation>Un ID endpoint è composto da uno schema di quattro cifre, due punti e l&apos;ID (ad es. 0088:5790000435968).</translation>
    </message>
    <message>
        <source>A tag cannot contain a comma or semicolon: &quot;%1&quot;.</source>
        <translation>Un tag non può contenere virgole o punti e virgola: &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Welcome to SubDesk. This new company file holds a demo company to look around in; start your own with File › New company.</source>
        <translation>Benvenuto in SubDesk. Questo nuovo file dell&apos;azienda contiene un&apos;azienda dimostrativa da esplorare; per crearne una propria, usare File › Nuova azienda.</translation>
    </message>
    <message>
        <source>Created the new, empty company file %1.</source>
        <translation>Creato il nuovo file dell&apos;azienda vuoto %1.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ColumnsMenu</name>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Colonne predefinite</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CountryComboBox</name>
    <message>
        <source>Code or name, e.g. FI or Finland</source>
        <translation>Codice o nome, ad es. FI o Finland</translation>
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
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <source>Edit customer — %1</source>
        <translation>Modifica cliente — %1</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Aggiungi cliente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n highlighted field(s) to save.</source>
        <translation>
            <numerusform>Correggere %n campo evidenziato per poter salvare.</numerusform>
            <numerusform>Correggere %n campi evidenziati per poter salvare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what to fix</source>
        <translation>Mostra cosa correggere</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerFilterBar</name>
    <message>
        <source>Search name, e-mail, VAT ID or city</source>
        <translation>Cerca per nome, e-mail, partita IVA o città</translation>
    </message>
    <message>
        <source>Shows the customers whose name, e-mail, VAT ID or city contain every word typed</source>
        <translation>Mostra i clienti il cui nome, e-mail, partita IVA o città contengono tutte le parole digitate</translation>
    </message>
    <message>
        <source>Show one segment only</source>
        <translation>Mostra un solo segmento</translation>
    </message>
    <message>
        <source>Show customers with this tag only</source>
        <translation>Mostra solo i clienti con questo tag</translation>
    </message>
    <message>
        <source>Show customers in this country only</source>
        <translation>Mostra solo i clienti di questo paese</translation>
    </message>
    <message>
        <source>Active, archived or all customers</source>
        <translation>Clienti attivi, archiviati o tutti</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivi</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviati</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Tutti i segmenti</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tutti i tag</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tutti i paesi</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerForm</name>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>Company or person, as it appears on invoices</source>
        <translation>Azienda o persona, come compare in fattura</translation>
    </message>
    <message>
        <source>billing@example.com; several separated by commas or semicolons</source>
        <translation>billing@example.com; più indirizzi separati da virgole o punti e virgola</translation>
    </message>
    <message>
        <source>e.g. SMB, Enterprise</source>
        <translation>ad es. PMI, Grandi aziende</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Separare i tag con virgole</translation>
    </message>
    <message>
        <source>Street and number; up to three lines</source>
        <translation>Via e numero civico; fino a tre righe</translation>
    </message>
    <message>
        <source>State, province or county, where addresses use one</source>
        <translation>Stato, provincia o contea, se previsti dall&apos;indirizzo</translation>
    </message>
    <message>
        <source>With country prefix, e.g. FI12345678</source>
        <translation>Con prefisso del paese, ad es. FI12345678</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Lingua dei documenti</translation>
    </message>
    <message>
        <source>SEPA direct debit mandate</source>
        <translation>Mandato di addebito diretto SEPA</translation>
    </message>
    <message>
        <source>e.g. FI21 1234 5600 0007 85</source>
        <translation>ad es. FI21 1234 5600 0007 85</translation>
    </message>
    <message>
        <source>Scheme and ID, e.g. 0088:5790000435968</source>
        <translation>Schema e ID, ad es. 0088:5790000435968</translation>
    </message>
    <message>
        <source>This page has fields to fix</source>
        <translation>Questa pagina contiene campi da correggere</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Non ancora firmato</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>Importa clienti</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomersView</name>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Nuovo cliente…</translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation>Aggiungi un cliente</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>&amp;Modifica cliente…</translation>
    </message>
    <message>
        <source>Edit the selected customer</source>
        <translation>Modifica il cliente selezionato</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>&amp;Archive customer</source>
        <translation>&amp;Archivia cliente</translation>
    </message>
    <message>
        <source>Archive the selected customer</source>
        <translation>Archivia il cliente selezionato</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importa clienti…</translation>
    </message>
    <message>
        <source>Add customers from a CSV file</source>
        <translation>Aggiungi clienti da un file CSV</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>E&amp;xport customers…</source>
        <translation>E&amp;sporta clienti…</translation>
    </message>
    <message>
        <source>Save the customers shown as a CSV file</source>
        <translation>Salva i clienti visualizzati in un file CSV</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Esporta CSV</translation>
    </message>
    <message>
        <source>Find customers</source>
        <translation>Cerca clienti</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Scegli le colonne da visualizzare</translation>
    </message>
    <message>
        <source>&amp;Restore customer</source>
        <translation>&amp;Ripristina cliente</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>Make the selected customer active again</source>
        <translation>Riattiva il cliente selezionato</translation>
    </message>
    <message>
        <source>Archive the selected customer; archived customers are kept but hidden</source>
        <translation>Archivia il cliente selezionato; i clienti archiviati vengono conservati ma nascosti</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln customer(s)</source>
        <translation>
            <numerusform>Clienti visualizzati: %1 di %Ln</numerusform>
            <numerusform>Clienti visualizzati: %1 di %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers yet.
Add one with New or bring a list in with Import.</source>
        <translation>Non ci sono ancora clienti.
Aggiungerne uno con Nuovo oppure importare un elenco con Importa.</translation>
    </message>
    <message>
        <source>No customers match the search and filters.</source>
        <translation>Nessun cliente corrisponde alla ricerca e ai filtri.</translation>
    </message>
    <message>
        <source>Added %1. The current search or filters hide it.</source>
        <translation>Cliente %1 aggiunto. La ricerca o i filtri attuali lo nascondono.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Cliente %1 aggiunto.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Cliente %1 ripristinato.</translation>
    </message>
    <message>
        <source>Archived %1. Undo brings it back.</source>
        <translation>Cliente %1 archiviato. Con Annulla è possibile ripristinarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln customer(s).</source>
        <translation>
            <numerusform>Importato %Ln cliente.</numerusform>
            <numerusform>Importati %Ln clienti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Esporta clienti</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clienti</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>Esportato %Ln cliente in %1.</numerusform>
            <numerusform>Esportati %Ln clienti in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ImportCheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Controlla le righe</translation>
    </message>
    <message>
        <source>Every row was checked with the same rules as the customer form. Nothing is stored until you choose Import.</source>
        <translation>Ogni riga è stata verificata con le stesse regole della scheda cliente. Non viene salvato nulla finché non si sceglie Importa.</translation>
    </message>
    <message>
        <source>The customers are added in one step: all of them, or none if something goes wrong. An import cannot be undone with Edit › Undo; archive customers you do not want.</source>
        <translation>I clienti vengono aggiunti in un&apos;unica operazione: tutti, oppure nessuno in caso di errore. Un&apos;importazione non può essere annullata con Modifica › Annulla; archiviare i clienti indesiderati.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read.</source>
        <translation>
            <numerusform>%Ln riga letta.</numerusform>
            <numerusform>%Ln righe lette.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) ready to import.</source>
        <translation>
            <numerusform>%Ln cliente pronto per l&apos;importazione.</numerusform>
            <numerusform>%Ln clienti pronti per l&apos;importazione.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems, listed below.</source>
        <translation>
            <numerusform>%Ln riga con problemi, elencata qui sotto.</numerusform>
            <numerusform>%Ln righe con problemi, elencate qui sotto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): these rows will be imported.</source>
        <translation>
            <numerusform>%Ln avviso: la riga verrà comunque importata.</numerusform>
            <numerusform>%Ln avvisi: queste righe verranno comunque importate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avviso: %1</translation>
    </message>
    <message numerus="yes">
        <source>Import only the valid rows (%Ln customer(s)) and skip the others</source>
        <translation>
            <numerusform>Importa solo le righe valide (%Ln cliente) e salta le altre</numerusform>
            <numerusform>Importa solo le righe valide (%Ln clienti) e salta le altre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ImportFilePage</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>Scegli un file CSV</translation>
    </message>
    <message>
        <source>One customer per row, with a header row naming the columns. SubDesk&apos;s own export, spreadsheets saved as CSV and most accounting programs&apos; exports work.</source>
        <translation>Un cliente per riga, con una riga di intestazione che indica i nomi delle colonne. Sono supportati l&apos;esportazione di SubDesk, i fogli di calcolo salvati in CSV e le esportazioni della maggior parte dei programmi di contabilità.</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>Percorso del file da importare</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Rileva automaticamente</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgola ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto e virgola ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulazione</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europa occidentale)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Separatore</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codifica</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importa clienti</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Associa le colonne</translation>
    </message>
    <message>
        <source>Choose which customer field each column of the file fills. SubDesk guessed from the column names; columns set to Ignore are skipped.</source>
        <translation>Scegliere quale campo del cliente compila ciascuna colonna del file. SubDesk ha proposto un&apos;associazione in base ai nomi delle colonne; le colonne impostate su Ignora vengono saltate.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonna nel file</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valori di esempio</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>Campo di destinazione</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer&apos;s name.</source>
        <translation>Scegliere la colonna che contiene il nome del cliente.</translation>
    </message>
    <message>
        <source>Only one column can fill &quot;%1&quot;.</source>
        <translation>Solo una colonna può compilare il campo &quot;%1&quot;.</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Nuova azienda…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Salva una &amp;copia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About SubDesk</source>
        <translation>&amp;Informazioni su SubDesk</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 è già aperto.</translation>
    </message>
    <message>
        <source>Created the company %1.</source>
        <translation>Azienda %1 creata.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Aperto %1.</translation>
    </message>
    <message>
        <source>SubDesk — %1</source>
        <translation>SubDesk — %1</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nuova azienda</translation>
    </message>
    <message>
        <source>Open company</source>
        <translation>Apri azienda</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 - copia</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salva una copia</translation>
    </message>
    <message>
        <source>Copy saved to %1.</source>
        <translation>Copia salvata in %1.</translation>
    </message>
    <message>
        <source>About SubDesk</source>
        <translation>Informazioni su SubDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SubDesk %1&lt;/h3&gt;&lt;p&gt;Subscription billing for small businesses.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SubDesk %1&lt;/h3&gt;&lt;p&gt;Fatturazione degli abbonamenti per le piccole imprese.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Company file:&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;File dell&apos;azienda:&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;Realizzato con Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Chiudi messaggio</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RecentFilesMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent company files</source>
        <translation>Nessun file dell&apos;azienda recente</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Svuota elenco</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Riavvia ora</translation>
    </message>
    <message>
        <source>Close SubDesk and start it again with the chosen language</source>
        <translation>Chiude SubDesk e lo riavvia con la lingua scelta</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Lingua dell&apos;interfaccia</translation>
    </message>
    <message>
        <source>Company file</source>
        <translation>File dell&apos;azienda</translation>
    </message>
    <message>
        <source>%1 (the current one)</source>
        <translation>%1 (attuale)</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Verifica database</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s integrity and foreign key checks on the company file</source>
        <translation>Esegue sul file dell&apos;azienda i controlli SQLite di integrità e delle chiavi esterne</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versione schema</translation>
    </message>
    <message>
        <source>SubDesk will use %1 from its next start.</source>
        <translation>SubDesk userà la lingua %1 dal prossimo avvio.</translation>
    </message>
    <message>
        <source>The language applies from the next start of SubDesk.</source>
        <translation>La lingua verrà applicata dal prossimo avvio di SubDesk.</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Impossibile eseguire la verifica: %1</translation>
    </message>
    <message>
        <source>The company file is sound: the integrity check found no problems.</source>
        <translation>Il file dell&apos;azienda è integro: la verifica di integrità non ha rilevato problemi.</translation>
    </message>
    <message numerus="yes">
        <source>The integrity check found %Ln problem(s): %1. Open a backup copy, or keep this file for support.</source>
        <translation>
            <numerusform>La verifica di integrità ha rilevato %Ln problema: %1. Aprire una copia di backup oppure conservare questo file per l&apos;assistenza.</numerusform>
            <numerusform>La verifica di integrità ha rilevato %Ln problemi: %1. Aprire una copia di backup oppure conservare questo file per l&apos;assistenza.</numerusform>
        </translation>
    </message>
    <message>
        <source>SubDesk could not be started again. Close it and start it yourself.</source>
        <translation>Impossibile riavviare SubDesk. Chiuderlo e avviarlo manualmente.</translation>
    </message>
</context>
</TS>
