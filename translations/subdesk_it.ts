<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AddOn</name>
    <message>
        <source>Recurring</source>
        <translation>Ricorrente</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Una tantum</translation>
    </message>
    <message>
        <source>add-on</source>
        <translation>add-on</translation>
    </message>
    <message>
        <source>The add-on %1 needs a name.</source>
        <translation>L&apos;add-on %1 deve avere un nome.</translation>
    </message>
</context>
<context>
    <name>AgingReport</name>
    <message>
        <source>Current</source>
        <translation>Non scaduto</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 giorni</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 giorni</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 giorni</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Oltre 90 giorni</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
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
    <name>BillingEngine</name>
    <message>
        <source>its plan</source>
        <translation>il suo piano</translation>
    </message>
    <message>
        <source>its plan&apos;s price</source>
        <translation>il prezzo del suo piano</translation>
    </message>
    <message>
        <source>an add-on or its price</source>
        <translation>un add-on o il suo prezzo</translation>
    </message>
    <message>
        <source>a one-time add-on or its price</source>
        <translation>un add-on una tantum o il suo prezzo</translation>
    </message>
    <message>
        <source>a metered charge or its price</source>
        <translation>un addebito a consumo o il suo prezzo</translation>
    </message>
</context>
<context>
    <name>BillingItem</name>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Add-on</translation>
    </message>
    <message>
        <source>One-time charge</source>
        <translation>Addebito una tantum</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>Costo di attivazione</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Sconto</translation>
    </message>
    <message>
        <source>Credit for unused time</source>
        <translation>Accredito per il tempo non utilizzato</translation>
    </message>
    <message>
        <source>Charge for remaining time</source>
        <translation>Addebito per il tempo residuo</translation>
    </message>
    <message>
        <source>Credit on cancellation</source>
        <translation>Accredito per disdetta</translation>
    </message>
</context>
<context>
    <name>BillingRunner</name>
    <message>
        <source>The billing run was cancelled; nothing was written.</source>
        <translation>Il ciclo di fatturazione è stato annullato; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>The billing date is not valid.</source>
        <translation>La data di fatturazione non è valida.</translation>
    </message>
    <message>
        <source>Subscription %1: %2</source>
        <translation>Abbonamento %1: %2</translation>
    </message>
    <message>
        <source>Billing can run as of today (%1) at the latest; preview a later date instead.</source>
        <translation>La fatturazione può essere eseguita al massimo fino alla data odierna (%1); per una data successiva usare l&apos;anteprima.</translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>The add-on does not exist.</source>
        <translation>L&apos;add-on non esiste.</translation>
    </message>
    <message>
        <source>A recurring price needs a billing interval.</source>
        <translation>Un prezzo ricorrente richiede un intervallo di fatturazione.</translation>
    </message>
    <message>
        <source>One-time and metered prices have no billing interval: they follow the subscription&apos;s periods.</source>
        <translation>I prezzi una tantum e a consumo non hanno un intervallo di fatturazione: seguono i periodi dell&apos;abbonamento.</translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation>Il prodotto deve avere un nome.</translation>
    </message>
    <message>
        <source>The plan&apos;s product does not exist.</source>
        <translation>Il prodotto del piano non esiste.</translation>
    </message>
    <message>
        <source>An allowed add-on does not exist.</source>
        <translation>Uno degli add-on consentiti non esiste.</translation>
    </message>
    <message>
        <source>The plan does not exist.</source>
        <translation>Il piano non esiste.</translation>
    </message>
    <message>
        <source>The metered charge does not exist.</source>
        <translation>L&apos;addebito a consumo non esiste.</translation>
    </message>
    <message>
        <source>The new price was not stored.</source>
        <translation>Il nuovo prezzo non è stato salvato.</translation>
    </message>
    <message>
        <source>The price does not exist.</source>
        <translation>Il prezzo non esiste.</translation>
    </message>
    <message>
        <source>The new version needs the date it takes effect.</source>
        <translation>La nuova versione richiede la data di entrata in vigore.</translation>
    </message>
    <message>
        <source>A new version must take effect after the current one (%1).</source>
        <translation>Una nuova versione deve entrare in vigore dopo quella attuale (%1).</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>million %1</source>
        <translation>milioni di %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>migliaia di %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: subdesk-cli [--db PATH] [--lang CODE] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Uso: subdesk-cli [--db PATH] [--lang CODE] COMANDO [ARGOMENTI] [OPZIONI]</translation>
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
    <message>
        <source>Add-on %1</source>
        <translation>Add-on %1</translation>
    </message>
    <message>
        <source>--interval does not apply to a one-time add-on: it is billed once.</source>
        <translation>--interval non si applica a un add-on una tantum: viene fatturato una sola volta.</translation>
    </message>
    <message>
        <source>No add-ons found.</source>
        <translation>Nessun add-on trovato.</translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation>Prezzi:</translation>
    </message>
    <message>
        <source>An add-on with the code %1 already exists.</source>
        <translation>Esiste già un add-on con il codice %1.</translation>
    </message>
    <message>
        <source>Add-on %1 added.</source>
        <translation>Add-on %1 aggiunto.</translation>
    </message>
    <message>
        <source>Nothing to change: give --name or --description.</source>
        <translation>Niente da modificare: indicare --name o --description.</translation>
    </message>
    <message>
        <source>Add-on %1 updated.</source>
        <translation>Add-on %1 aggiornato.</translation>
    </message>
    <message>
        <source>Add-on %1 archived.</source>
        <translation>Add-on %1 archiviato.</translation>
    </message>
    <message>
        <source>Add-on %1 restored.</source>
        <translation>Add-on %1 ripristinato.</translation>
    </message>
    <message>
        <source>Price added to add-on %1: %2, %3.</source>
        <translation>Prezzo aggiunto all&apos;add-on %1: %2, %3.</translation>
    </message>
    <message>
        <source>Metered charge %1 of plan %2</source>
        <translation>Addebito a consumo %1 del piano %2</translation>
    </message>
    <message>
        <source>No metered charges found.</source>
        <translation>Nessun addebito a consumo trovato.</translation>
    </message>
    <message>
        <source>Plan %1 already has a metered charge &quot;%2&quot;.</source>
        <translation>Il piano %1 ha già un addebito a consumo &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Metered charge %1 added to plan %2.</source>
        <translation>Addebito a consumo %1 aggiunto al piano %2.</translation>
    </message>
    <message>
        <source>Price added to %1: %2, %3.</source>
        <translation>Prezzo aggiunto a %1: %2, %3.</translation>
    </message>
    <message>
        <source>The plan (required).</source>
        <translation>Il piano (obbligatorio).</translation>
    </message>
    <message>
        <source>The metric code, e.g. api_calls (required).</source>
        <translation>Il codice della metrica, ad es. api_calls (obbligatorio).</translation>
    </message>
    <message>
        <source>The price&apos;s currency (needed when there are several).</source>
        <translation>La valuta del prezzo (necessaria se ce ne sono diverse).</translation>
    </message>
    <message>
        <source>The price&apos;s interval (needed when there are several).</source>
        <translation>L&apos;intervallo del prezzo (necessario se ce ne sono diversi).</translation>
    </message>
    <message>
        <source>The day the new version takes effect (required).</source>
        <translation>Il giorno di entrata in vigore della nuova versione (obbligatorio).</translation>
    </message>
    <message>
        <source>Upper-case letters, digits, - and _ (required).</source>
        <translation>Lettere maiuscole, cifre, - e _ (obbligatorio).</translation>
    </message>
    <message>
        <source>The name (required).</source>
        <translation>Il nome (obbligatorio).</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>Descrizione.</translation>
    </message>
    <message>
        <source>Billed every period or once (default recurring).</source>
        <translation>Fatturato a ogni periodo o una sola volta (predefinito: recurring).</translation>
    </message>
    <message>
        <source>Lists add-ons with their current prices.</source>
        <translation>Elenca gli add-on con i prezzi attuali.</translation>
    </message>
    <message>
        <source>Shows an add-on with every price version.</source>
        <translation>Mostra un add-on con tutte le versioni dei prezzi.</translation>
    </message>
    <message>
        <source>Adds an add-on. --code and --name are required; price flags add its first price (recurring: with --interval; one-time: without).</source>
        <translation>Aggiunge un add-on. --code e --name sono obbligatori; le opzioni di prezzo aggiungono il primo prezzo (ricorrente: con --interval; una tantum: senza).</translation>
    </message>
    <message>
        <source>Changes an add-on&apos;s name or description.</source>
        <translation>Modifica il nome o la descrizione di un add-on.</translation>
    </message>
    <message>
        <source>Archives an add-on: not offered any more; subscriptions keep it.</source>
        <translation>Archivia un add-on: non viene più offerto; gli abbonamenti che lo hanno lo mantengono.</translation>
    </message>
    <message>
        <source>Makes an archived add-on available again.</source>
        <translation>Rende di nuovo disponibile un add-on archiviato.</translation>
    </message>
    <message>
        <source>Adds a price in another currency or interval to an add-on.</source>
        <translation>Aggiunge a un add-on un prezzo in un&apos;altra valuta o con un altro intervallo.</translation>
    </message>
    <message>
        <source>Adds a new version of an add-on&apos;s price from a date.</source>
        <translation>Aggiunge una nuova versione del prezzo di un add-on a partire da una data.</translation>
    </message>
    <message>
        <source>What documents call it, e.g. &quot;API calls&quot; (required).</source>
        <translation>Come viene chiamato nei documenti, ad es. &quot;Chiamate API&quot; (obbligatorio).</translation>
    </message>
    <message>
        <source>How a period&apos;s readings become one quantity (default sum).</source>
        <translation>Come le rilevazioni di un periodo diventano un&apos;unica quantità (predefinito: sum).</translation>
    </message>
    <message>
        <source>Lists the metered charges of every plan, or of one.</source>
        <translation>Elenca gli addebiti a consumo di tutti i piani o di un solo piano.</translation>
    </message>
    <message>
        <source>Only this plan.</source>
        <translation>Solo questo piano.</translation>
    </message>
    <message>
        <source>Adds a usage-based charge to a plan, billed in arrears; price flags add its first price.</source>
        <translation>Aggiunge a un piano un addebito basato sul consumo, fatturato in via posticipata; le opzioni di prezzo aggiungono il primo prezzo.</translation>
    </message>
    <message>
        <source>Adds a price in another currency to a metered charge.</source>
        <translation>Aggiunge a un addebito a consumo un prezzo in un&apos;altra valuta.</translation>
    </message>
    <message>
        <source>Adds a new version of a metered charge&apos;s price from a date.</source>
        <translation>Aggiunge una nuova versione del prezzo di un addebito a consumo a partire da una data.</translation>
    </message>
    <message>
        <source>--customer: &quot;%1&quot; is not a customer number.</source>
        <translation>--customer: &quot;%1&quot; non è un numero cliente.</translation>
    </message>
    <message>
        <source>--customer works only with --preview: a billing run bills every customer.</source>
        <translation>--customer funziona solo con --preview: un ciclo di fatturazione fattura tutti i clienti.</translation>
    </message>
    <message>
        <source>Bills everything due on or before a day that is not billed yet, one document per customer, in one transaction; running it again bills nothing twice.</source>
        <translation>Fattura tutto ciò che è dovuto entro un giorno e non è ancora stato fatturato, un documento per cliente, in un&apos;unica transazione; rieseguendolo non si fattura nulla due volte.</translation>
    </message>
    <message>
        <source>Bill what is due on or before this day (default: today).</source>
        <translation>Fattura ciò che è dovuto entro questo giorno (predefinito: oggi).</translation>
    </message>
    <message>
        <source>Show the documents the run would write; write nothing.</source>
        <translation>Mostra i documenti che il ciclo scriverebbe, senza scrivere nulla.</translation>
    </message>
    <message>
        <source>With --preview: only this customer.</source>
        <translation>Con --preview: solo questo cliente.</translation>
    </message>
    <message>
        <source>%1, %2, customer %3</source>
        <translation>%1, %2, cliente %3</translation>
    </message>
    <message>
        <source>Total %1, credit applied %2, due %3</source>
        <translation>Totale %1, credito utilizzato %2, da pagare %3</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Derivation</source>
        <translation>Calcolo</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to bill as of %1 (%n subscription(s) checked).</source>
        <translation>
            <numerusform>Niente da fatturare al %1 (%n abbonamento controllato).</numerusform>
            <numerusform>Niente da fatturare al %1 (%n abbonamenti controllati).</numerusform>
        </translation>
    </message>
    <message>
        <source>Billing preview as of %1: nothing was written.</source>
        <translation>Anteprima di fatturazione al %1: non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Billing run as of %1.</source>
        <translation>Ciclo di fatturazione al %1.</translation>
    </message>
    <message>
        <source>Subscription %1: %2 on %3.</source>
        <translation>Abbonamento %1: %2 il %3.</translation>
    </message>
    <message>
        <source>Invoices: %1, credit notes: %2, lines: %3, subscriptions checked: %4.</source>
        <translation>Fatture: %1, note di credito: %2, righe: %3, abbonamenti controllati: %4.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviato</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>dal %1: %2</translation>
    </message>
    <message>
        <source>, setup fee %1</source>
        <translation>, costo di attivazione %1</translation>
    </message>
    <message>
        <source>(no price)</source>
        <translation>(nessun prezzo)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Trial days</source>
        <translation>Giorni di prova</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prezzi</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funzionalità</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Add-on</translation>
    </message>
    <message>
        <source>Metered charges:</source>
        <translation>Addebiti a consumo:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrica</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Aggregazione</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>sconto di %1</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n periodo</numerusform>
            <numerusform>%n periodi</numerusform>
        </translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Sconto</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Piani</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tutti</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Redemption limit</source>
        <translation>Limite di utilizzi</translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation>Utilizzi</translation>
    </message>
    <message>
        <source>Recurring discount</source>
        <translation>Sconto ricorrente</translation>
    </message>
    <message>
        <source>%1 × %2 (%3, price from %4)</source>
        <translation>%1 × %2 (%3, prezzo dal %4)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Setup fee, once: %1</source>
        <translation>Costo di attivazione, una tantum: %1</translation>
    </message>
    <message>
        <source>Which entries (default: active).</source>
        <translation>Quali voci (predefinito: active).</translation>
    </message>
    <message>
        <source>The plan&apos;s name.</source>
        <translation>Il nome del piano.</translation>
    </message>
    <message>
        <source>The product it belongs to; created when no product has this name.</source>
        <translation>Il prodotto a cui appartiene; viene creato se non esiste un prodotto con questo nome.</translation>
    </message>
    <message>
        <source>A feature line, e.g. &quot;5 users&quot;; repeated flags replace the list.</source>
        <translation>Una riga delle funzionalità, ad es. &quot;5 utenti&quot;; se ripetuta, sostituisce l&apos;elenco.</translation>
    </message>
    <message>
        <source>Free trial days a new subscription gets (0 to %1, default 0).</source>
        <translation>Giorni di prova gratuita per un nuovo abbonamento (da 0 a %1, predefinito 0).</translation>
    </message>
    <message>
        <source>Billing periods of a fixed term (0, the default: runs until cancelled).</source>
        <translation>Periodi di fatturazione di una durata fissa (0, il valore predefinito: dura fino alla disdetta).</translation>
    </message>
    <message>
        <source>What happens when a fixed term ends (default renew).</source>
        <translation>Cosa succede alla fine di una durata fissa (predefinito: renew).</translation>
    </message>
    <message>
        <source>An add-on subscriptions to the plan may have; repeated flags make the set.</source>
        <translation>Un add-on che gli abbonamenti al piano possono avere; se ripetuta, definisce l&apos;insieme.</translation>
    </message>
    <message>
        <source>Remove every feature line (before --feature).</source>
        <translation>Rimuove tutte le righe delle funzionalità (prima di --feature).</translation>
    </message>
    <message>
        <source>Allow no add-ons (before --addon).</source>
        <translation>Non consente alcun add-on (prima di --addon).</translation>
    </message>
    <message>
        <source>--product needs the product&apos;s name.</source>
        <translation>--product richiede il nome del prodotto.</translation>
    </message>
    <message>
        <source>What the clerk and the customer read, e.g. &quot;Spring sale&quot;.</source>
        <translation>Il testo letto dall&apos;operatore e dal cliente, ad es. &quot;Saldi di primavera&quot;.</translation>
    </message>
    <message>
        <source>A percentage off, e.g. 25 or 12.5.</source>
        <translation>Uno sconto percentuale, ad es. 25 o 12.5.</translation>
    </message>
    <message>
        <source>A fixed amount off, e.g. 10.00 (with --currency).</source>
        <translation>Uno sconto di importo fisso, ad es. 10.00 (con --currency).</translation>
    </message>
    <message>
        <source>Currency of --amount.</source>
        <translation>Valuta di --amount.</translation>
    </message>
    <message>
        <source>How long it applies (default once; --periods implies repeating).</source>
        <translation>Per quanto tempo si applica (predefinito: once; --periods implica repeating).</translation>
    </message>
    <message>
        <source>repeating: how many billed periods.</source>
        <translation>repeating: quanti periodi fatturati.</translation>
    </message>
    <message>
        <source>Limit it to a plan; repeated flags make the set (default: every plan).</source>
        <translation>Lo limita a un piano; se ripetuta, definisce l&apos;insieme (predefinito: tutti i piani).</translation>
    </message>
    <message>
        <source>How many redemptions in total; empty: no limit.</source>
        <translation>Numero totale di utilizzi; vuoto: nessun limite.</translation>
    </message>
    <message>
        <source>How many redemptions in total (default: no limit).</source>
        <translation>Numero totale di utilizzi (predefinito: nessun limite).</translation>
    </message>
    <message>
        <source>Refused for redemptions on or after this day; empty: never.</source>
        <translation>Rifiutato per gli utilizzi da questo giorno in poi; vuoto: mai.</translation>
    </message>
    <message>
        <source>Refused for redemptions on or after this day.</source>
        <translation>Rifiutato per gli utilizzi da questo giorno in poi.</translation>
    </message>
    <message>
        <source>Let it apply to every plan (before --plan).</source>
        <translation>Lo rende applicabile a tutti i piani (prima di --plan).</translation>
    </message>
    <message>
        <source>Give either --percent or --amount, not both.</source>
        <translation>Indicare --percent oppure --amount, non entrambi.</translation>
    </message>
    <message>
        <source>--percent must be a percentage such as 25 or 12.5, not &quot;%1&quot;.</source>
        <translation>--percent deve essere una percentuale come 25 o 12.5, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--amount needs --currency.</source>
        <translation>--amount richiede --currency.</translation>
    </message>
    <message>
        <source>--currency needs --amount.</source>
        <translation>--currency richiede --amount.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 refused (invalid data, no such customer, plan or subscription, a file SubDesk cannot open), 2 wrong usage.</source>
        <translation>Codice di uscita: 0 successo, 1 rifiutato (dati non validi, cliente, piano o abbonamento inesistente, file che SubDesk non può aprire), 2 uso errato.</translation>
    </message>
    <message>
        <source>Show the events and documents it would write; write nothing.</source>
        <translation>Mostra gli eventi e i documenti che scriverebbe, senza scrivere nulla.</translation>
    </message>
    <message>
        <source>A note kept with the subscription&apos;s event.</source>
        <translation>Una nota conservata con l&apos;evento dell&apos;abbonamento.</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 deve essere una data nel formato YYYY-MM-DD, non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>--%1 deve essere un numero intero non inferiore a %2, non &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 deve essere un numero intero da %2 a %3, non &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an ISO 4217 currency code such as EUR.</source>
        <translation>--%1: &quot;%2&quot; non è un codice valuta ISO 4217 come EUR.</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>--%1 deve essere uno tra %2, non &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>There is no plan &quot;%1&quot;.</source>
        <translation>Non esiste il piano &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no add-on &quot;%1&quot;.</source>
        <translation>Non esiste l&apos;add-on &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no coupon &quot;%1&quot;.</source>
        <translation>Non esiste il coupon &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Plan %1 has no metered charge &quot;%2&quot;.</source>
        <translation>Il piano %1 non ha l&apos;addebito a consumo &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No coupons found.</source>
        <translation>Nessun coupon trovato.</translation>
    </message>
    <message>
        <source>Give --percent or --amount: what the coupon takes off.</source>
        <translation>Indicare --percent o --amount: lo sconto applicato dal coupon.</translation>
    </message>
    <message>
        <source>A coupon with the code %1 already exists.</source>
        <translation>Esiste già un coupon con il codice %1.</translation>
    </message>
    <message>
        <source>Coupon %1 added.</source>
        <translation>Coupon %1 aggiunto.</translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to set, e.g. --expires DATE.</source>
        <translation>Niente da modificare: indicare i campi da impostare, ad es. --expires DATE.</translation>
    </message>
    <message>
        <source>Coupon %1 updated.</source>
        <translation>Coupon %1 aggiornato.</translation>
    </message>
    <message>
        <source>Upper-case letters, digits, - and _, e.g. SPRING25 (required).</source>
        <translation>Lettere maiuscole, cifre, - e _, ad es. SPRING25 (obbligatorio).</translation>
    </message>
    <message>
        <source>Lists coupons; --json adds how often each was redeemed.</source>
        <translation>Elenca i coupon; --json aggiunge quante volte è stato utilizzato ciascuno.</translation>
    </message>
    <message>
        <source>Shows a coupon and how often it was redeemed.</source>
        <translation>Mostra un coupon e quante volte è stato utilizzato.</translation>
    </message>
    <message>
        <source>Adds a coupon. --code, --name and --percent or --amount with --currency are required.</source>
        <translation>Aggiunge un coupon. Sono obbligatori --code, --name e --percent oppure --amount con --currency.</translation>
    </message>
    <message>
        <source>Changes the given fields of a coupon. To retire a coupon, give it an expiry date (--expires) or a limit.</source>
        <translation>Modifica i campi indicati di un coupon. Per ritirare un coupon, assegnargli una data di scadenza (--expires) o un limite.</translation>
    </message>
    <message>
        <source>%1 already has a catalog; the demo company goes only into an empty company file. Choose another file with --db, or add only customers with --customers-only.</source>
        <translation>%1 ha già un catalogo; l&apos;azienda dimostrativa può essere aggiunta solo a un file dell&apos;azienda vuoto. Scegliere un altro file con --db oppure aggiungere solo i clienti con --customers-only.</translation>
    </message>
    <message>
        <source>Only the customers: no catalog, subscriptions or history.</source>
        <translation>Solo i clienti: nessun catalogo, abbonamento o storico.</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Piano %1</translation>
    </message>
    <message>
        <source>No plans found.</source>
        <translation>Nessun piano trovato.</translation>
    </message>
    <message>
        <source>A plan with the code %1 already exists.</source>
        <translation>Esiste già un piano con il codice %1.</translation>
    </message>
    <message>
        <source>Plan %1 added.</source>
        <translation>Piano %1 aggiunto.</translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to set, e.g. --name TEXT.</source>
        <translation>Niente da modificare: indicare i campi da impostare, ad es. --name TEXT.</translation>
    </message>
    <message>
        <source>Plan %1 updated.</source>
        <translation>Piano %1 aggiornato.</translation>
    </message>
    <message>
        <source>Plan %1 is already archived.</source>
        <translation>Il piano %1 è già archiviato.</translation>
    </message>
    <message>
        <source>Plan %1 is already active.</source>
        <translation>Il piano %1 è già attivo.</translation>
    </message>
    <message>
        <source>Plan %1 archived: no new subscriptions; existing ones continue.</source>
        <translation>Piano %1 archiviato: nessun nuovo abbonamento; quelli esistenti proseguono.</translation>
    </message>
    <message>
        <source>Plan %1 restored.</source>
        <translation>Piano %1 ripristinato.</translation>
    </message>
    <message>
        <source>Price added to plan %1: %2, %3.</source>
        <translation>Prezzo aggiunto al piano %1: %2, %3.</translation>
    </message>
    <message>
        <source>--subscription: &quot;%1&quot; is not a subscription number.</source>
        <translation>--subscription: &quot;%1&quot; non è un numero di abbonamento.</translation>
    </message>
    <message>
        <source>Subscriptions moved to the price of plan %1 (%2) from %3, as of their first period from %4: %5.</source>
        <translation>Abbonamenti passati al prezzo del piano %1 (%2) in vigore dal %3, a partire dal primo periodo dal %4 in poi: %5.</translation>
    </message>
    <message>
        <source>The price of plan %1 (%2) starts on %3, after %4.</source>
        <translation>Il prezzo del piano %1 (%2) decorre dal %3, dopo il %4.</translation>
    </message>
    <message>
        <source>The price&apos;s currency (needed when the plan has several).</source>
        <translation>La valuta del prezzo (necessaria se il piano ne ha diverse).</translation>
    </message>
    <message>
        <source>The price&apos;s billing interval (needed when the plan has several).</source>
        <translation>L&apos;intervallo di fatturazione del prezzo (necessario se il piano ne ha diversi).</translation>
    </message>
    <message>
        <source>Upper-case letters, digits, - and _, e.g. PRO-M (required).</source>
        <translation>Lettere maiuscole, cifre, - e _, ad es. PRO-M (obbligatorio).</translation>
    </message>
    <message>
        <source>Setup fee of the new version (default: as before).</source>
        <translation>Costo di attivazione della nuova versione (predefinito: come prima).</translation>
    </message>
    <message>
        <source>Move them from their first period starting on or after this day (required).</source>
        <translation>Li sposta a partire dal primo periodo che inizia in questo giorno o dopo (obbligatorio).</translation>
    </message>
    <message>
        <source>Only this subscription (default: every one on an older version).</source>
        <translation>Solo questo abbonamento (predefinito: tutti quelli su una versione precedente).</translation>
    </message>
    <message>
        <source>Units for one period (required).</source>
        <translation>Unità per un periodo (obbligatorio).</translation>
    </message>
    <message>
        <source>Use the price version in effect on this day (default: today).</source>
        <translation>Usa la versione del prezzo in vigore in questo giorno (predefinito: oggi).</translation>
    </message>
    <message>
        <source>Lists plans with their current prices.</source>
        <translation>Elenca i piani con i prezzi attuali.</translation>
    </message>
    <message>
        <source>Only the plans of this product.</source>
        <translation>Solo i piani di questo prodotto.</translation>
    </message>
    <message>
        <source>Shows a plan with every price version and metered charge.</source>
        <translation>Mostra un piano con tutte le versioni dei prezzi e gli addebiti a consumo.</translation>
    </message>
    <message>
        <source>Adds a plan. --code, --name and --product are required; price flags add its first price in the same step.</source>
        <translation>Aggiunge un piano. --code, --name e --product sono obbligatori; le opzioni di prezzo aggiungono il primo prezzo nella stessa operazione.</translation>
    </message>
    <message>
        <source>Changes the given fields of a plan; prices change with price and version.</source>
        <translation>Modifica i campi indicati di un piano; i prezzi si modificano con price e version.</translation>
    </message>
    <message>
        <source>Archives a plan: no new subscriptions; existing ones continue.</source>
        <translation>Archivia un piano: nessun nuovo abbonamento; quelli esistenti proseguono.</translation>
    </message>
    <message>
        <source>Makes an archived plan available again.</source>
        <translation>Rende di nuovo disponibile un piano archiviato.</translation>
    </message>
    <message>
        <source>Adds a price in another currency or interval to a plan.</source>
        <translation>Aggiunge a un piano un prezzo in un&apos;altra valuta o con un altro intervallo.</translation>
    </message>
    <message>
        <source>Adds a new version of a plan&apos;s price from a date; subscriptions keep their version until migrated.</source>
        <translation>Aggiunge una nuova versione del prezzo di un piano a partire da una data; gli abbonamenti mantengono la propria versione finché non vengono migrati.</translation>
    </message>
    <message>
        <source>Moves subscriptions on older versions of a plan&apos;s price to the latest version.</source>
        <translation>Sposta gli abbonamenti che usano versioni precedenti del prezzo di un piano all&apos;ultima versione.</translation>
    </message>
    <message>
        <source>Prints a plan&apos;s price for a quantity with its breakdown.</source>
        <translation>Stampa il prezzo di un piano per una quantità, con il dettaglio del calcolo.</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2 prices.</source>
        <translation>--%1 non si applica ai prezzi %2.</translation>
    </message>
    <message>
        <source>How the price turns a quantity into an amount.</source>
        <translation>Come il prezzo trasforma una quantità in un importo.</translation>
    </message>
    <message>
        <source>flat: the amount; per_unit: the unit price; package: the price of a package (e.g. 20.00).</source>
        <translation>flat: l&apos;importo; per_unit: il prezzo unitario; package: il prezzo di un pacchetto (ad es. 20.00).</translation>
    </message>
    <message>
        <source>graduated and volume: a tier up to UPTO units (&quot;inf&quot; for the last) at UNIT each, plus an optional flat fee, e.g. --tier 10:5.00 --tier inf:4.00:10.00.</source>
        <translation>graduated e volume: uno scaglione fino a UPTO unità (&quot;inf&quot; per l&apos;ultimo) a UNIT ciascuna, più una quota fissa facoltativa, ad es. --tier 10:5.00 --tier inf:4.00:10.00.</translation>
    </message>
    <message>
        <source>package: units per package.</source>
        <translation>package: unità per pacchetto.</translation>
    </message>
    <message>
        <source>package: units free of charge (default 0).</source>
        <translation>package: unità gratuite (predefinito 0).</translation>
    </message>
    <message>
        <source>ISO 4217 currency of the price, e.g. EUR.</source>
        <translation>Valuta ISO 4217 del prezzo, ad es. EUR.</translation>
    </message>
    <message>
        <source>Billing interval: &quot;1 month&quot;, &quot;3 months&quot;, &quot;1 year&quot;...</source>
        <translation>Intervallo di fatturazione: &quot;1 month&quot;, &quot;3 months&quot;, &quot;1 year&quot;...</translation>
    </message>
    <message>
        <source>Charged once when a subscription starts (default 0).</source>
        <translation>Addebitato una sola volta all&apos;inizio di un abbonamento (predefinito 0).</translation>
    </message>
    <message>
        <source>The day the price takes effect (required).</source>
        <translation>Il giorno di entrata in vigore del prezzo (obbligatorio).</translation>
    </message>
    <message>
        <source>The day the price takes effect (default: today).</source>
        <translation>Il giorno di entrata in vigore del prezzo (predefinito: oggi).</translation>
    </message>
    <message>
        <source>--tier &quot;%1&quot;: %2 Write it as UPTO:UNIT_PRICE[:FLAT_FEE], e.g. 10:5.00 or inf:4.00:10.00.</source>
        <translation>--tier &quot;%1&quot;: %2 Scriverlo nella forma UPTO:UNIT_PRICE[:FLAT_FEE], ad es. 10:5.00 o inf:4.00:10.00.</translation>
    </message>
    <message>
        <source>it needs two or three parts.</source>
        <translation>deve avere due o tre parti.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of units or inf.</source>
        <translation>&quot;%1&quot; non è un numero di unità né inf.</translation>
    </message>
    <message>
        <source>--model is required: one of %1.</source>
        <translation>--model è obbligatorio: uno tra %1.</translation>
    </message>
    <message>
        <source>%1 has no price yet.</source>
        <translation>%1 non ha ancora un prezzo.</translation>
    </message>
    <message>
        <source>%1 has no price for %2 (it has: %3).</source>
        <translation>%1 non ha un prezzo per %2 (prezzi presenti: %3).</translation>
    </message>
    <message>
        <source>%1 has several prices (%2): choose one with --currency%3.</source>
        <translation>%1 ha diversi prezzi (%2): sceglierne uno con --currency%3.</translation>
    </message>
    <message>
        <source>%1 (%2) costs from %3: %4.</source>
        <translation>%1 (%2) costa dal %3: %4.</translation>
    </message>
    <message>
        <source>one-time %1 × %2</source>
        <translation>una tantum %1 × %2</translation>
    </message>
    <message>
        <source>prorated</source>
        <translation>pro rata</translation>
    </message>
    <message>
        <source>not prorated</source>
        <translation>non pro rata</translation>
    </message>
    <message>
        <source>, add-ons %1</source>
        <translation>, add-on %1</translation>
    </message>
    <message>
        <source>, coupon %1</source>
        <translation>, coupon %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abbonamento</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Price per period</source>
        <translation>Prezzo per periodo</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>Prossima fatturazione</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Q.tà</translation>
    </message>
    <message>
        <source>Preview: nothing was written.</source>
        <translation>Anteprima: non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Eventi:</translation>
    </message>
    <message>
        <source>No document would be written now.</source>
        <translation>Al momento non verrebbe scritto alcun documento.</translation>
    </message>
    <message>
        <source>No document was written now.</source>
        <translation>Al momento non è stato scritto alcun documento.</translation>
    </message>
    <message>
        <source>Documents it would write:</source>
        <translation>Documenti che verrebbero scritti:</translation>
    </message>
    <message>
        <source>Documents written:</source>
        <translation>Documenti scritti:</translation>
    </message>
    <message>
        <source>Billed later:</source>
        <translation>Fatturato in seguito:</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>--addon &quot;%1&quot;: write the add-on&apos;s code and, optionally, a quantity of at least 1, e.g. EXTRA-STORAGE or EXTRA-STORAGE:3.</source>
        <translation>--addon &quot;%1&quot;: indicare il codice dell&apos;add-on e, facoltativamente, una quantità di almeno 1, ad es. EXTRA-STORAGE o EXTRA-STORAGE:3.</translation>
    </message>
    <message>
        <source>Today, prorated (the default).</source>
        <translation>Oggi, pro rata (predefinito).</translation>
    </message>
    <message>
        <source>On this day (today or later), prorated.</source>
        <translation>In questo giorno (oggi o successivo), pro rata.</translation>
    </message>
    <message>
        <source>At the end of the current period, not prorated.</source>
        <translation>Alla fine del periodo in corso, non pro rata.</translation>
    </message>
    <message>
        <source>Give only one of --now, --on and --at-period-end.</source>
        <translation>Indicare solo una tra --now, --on e --at-period-end.</translation>
    </message>
    <message>
        <source>Plan %1 has no price yet; add one with &quot;subdesk-cli plans price %1&quot;.</source>
        <translation>Il piano %1 non ha ancora un prezzo; aggiungerne uno con &quot;subdesk-cli plans price %1&quot;.</translation>
    </message>
    <message>
        <source>Plan %1 is sold at several intervals (%2): choose one with --interval.</source>
        <translation>Il piano %1 è venduto con diversi intervalli (%2): sceglierne uno con --interval.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subscription number.</source>
        <translation>&quot;%1&quot; non è un numero di abbonamento.</translation>
    </message>
    <message>
        <source>--customer: there is no customer %1.</source>
        <translation>--customer: non esiste il cliente %1.</translation>
    </message>
    <message>
        <source>Give either --addon or --no-addons, not both.</source>
        <translation>Indicare --addon oppure --no-addons, non entrambi.</translation>
    </message>
    <message>
        <source>Nothing to change: give --plan, --quantity, --interval, --addon, --no-addons or --coupon.</source>
        <translation>Niente da modificare: indicare --plan, --quantity, --interval, --addon, --no-addons o --coupon.</translation>
    </message>
    <message>
        <source>Subscription %1 changed.</source>
        <translation>Abbonamento %1 modificato.</translation>
    </message>
    <message>
        <source>Subscription %1 cancelled.</source>
        <translation>Abbonamento %1 disdetto.</translation>
    </message>
    <message>
        <source>Subscription %1 paused.</source>
        <translation>Abbonamento %1 sospeso.</translation>
    </message>
    <message>
        <source>Subscription %1 reactivated.</source>
        <translation>Abbonamento %1 riattivato.</translation>
    </message>
    <message>
        <source>Subscription %1 resumed.</source>
        <translation>Abbonamento %1 ripreso.</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Ancora nessun documento.</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documenti:</translation>
    </message>
    <message>
        <source>No subscriptions found.</source>
        <translation>Nessun abbonamento trovato.</translation>
    </message>
    <message>
        <source>Do not credit the unused part of the period.</source>
        <translation>Non accredita la parte non utilizzata del periodo.</translation>
    </message>
    <message>
        <source>The day billing starts again (default: today).</source>
        <translation>Il giorno in cui riprende la fatturazione (predefinito: oggi).</translation>
    </message>
    <message>
        <source>An add-on, with a quantity (default 1).</source>
        <translation>Un add-on, con una quantità (predefinita 1).</translation>
    </message>
    <message>
        <source>Billing interval, e.g. &quot;1 month&quot; or &quot;1 year&quot;.</source>
        <translation>Intervallo di fatturazione, ad es. &quot;1 month&quot; o &quot;1 year&quot;.</translation>
    </message>
    <message>
        <source>The customer&apos;s number (required).</source>
        <translation>Il numero del cliente (obbligatorio).</translation>
    </message>
    <message>
        <source>Units or seats (default 1).</source>
        <translation>Unità o postazioni (predefinito 1).</translation>
    </message>
    <message>
        <source>The first day (default: today).</source>
        <translation>Il primo giorno (predefinito: oggi).</translation>
    </message>
    <message>
        <source>The day of the month periods start on; the first period is prorated up to it (default: the start day).</source>
        <translation>Il giorno del mese in cui iniziano i periodi; il primo periodo è calcolato pro rata fino a quel giorno (predefinito: il giorno di inizio).</translation>
    </message>
    <message>
        <source>Free trial days (default: the plan&apos;s).</source>
        <translation>Giorni di prova gratuita (predefinito: quelli del piano).</translation>
    </message>
    <message>
        <source>A coupon to redeem.</source>
        <translation>Un coupon da utilizzare.</translation>
    </message>
    <message>
        <source>The new plan.</source>
        <translation>Il nuovo piano.</translation>
    </message>
    <message>
        <source>The new quantity.</source>
        <translation>La nuova quantità.</translation>
    </message>
    <message>
        <source>The complete new set of add-ons (CODE or CODE:QTY).</source>
        <translation>Il nuovo insieme completo di add-on (CODE o CODE:QTY).</translation>
    </message>
    <message>
        <source>Remove every add-on.</source>
        <translation>Rimuove tutti gli add-on.</translation>
    </message>
    <message>
        <source>A new coupon; an empty value removes the coupon.</source>
        <translation>Un nuovo coupon; un valore vuoto rimuove il coupon.</translation>
    </message>
    <message>
        <source>Change for N days only, then back by itself.</source>
        <translation>Modifica solo per N giorni, poi ripristino automatico.</translation>
    </message>
    <message>
        <source>Only subscriptions in this state.</source>
        <translation>Solo gli abbonamenti in questo stato.</translation>
    </message>
    <message>
        <source>Only this customer.</source>
        <translation>Solo questo cliente.</translation>
    </message>
    <message>
        <source>The state as of this day (default: today).</source>
        <translation>Lo stato in questo giorno (predefinito: oggi).</translation>
    </message>
    <message>
        <source>Subscribes a customer to a plan and prints the subscription&apos;s number. --customer and --plan are required.</source>
        <translation>Abbona un cliente a un piano e stampa il numero dell&apos;abbonamento. --customer e --plan sono obbligatori.</translation>
    </message>
    <message>
        <source>Changes plan, quantity, interval, add-ons or coupon; prorated unless --at-period-end.</source>
        <translation>Modifica piano, quantità, intervallo, add-on o coupon; pro rata, salvo con --at-period-end.</translation>
    </message>
    <message>
        <source>Pauses billing; the unused part is credited unless --no-credit.</source>
        <translation>Sospende la fatturazione; la parte non utilizzata viene accreditata, salvo con --no-credit.</translation>
    </message>
    <message>
        <source>Resumes a paused subscription.</source>
        <translation>Riprende un abbonamento sospeso.</translation>
    </message>
    <message>
        <source>Cancels a subscription; immediately with credit for the unused part, or at the period end.</source>
        <translation>Disdice un abbonamento: subito, con accredito della parte non utilizzata, oppure alla fine del periodo.</translation>
    </message>
    <message>
        <source>Continues a cancelled or expired subscription.</source>
        <translation>Riattiva un abbonamento disdetto o scaduto.</translation>
    </message>
    <message>
        <source>Shows a subscription, its events and its documents with every line.</source>
        <translation>Mostra un abbonamento, i suoi eventi e i suoi documenti con tutte le righe.</translation>
    </message>
    <message>
        <source>Lists subscriptions as a table or as JSON.</source>
        <translation>Elenca gli abbonamenti in forma di tabella o in formato JSON.</translation>
    </message>
    <message>
        <source>--metric needs a metric code, e.g. api_calls.</source>
        <translation>--metric richiede un codice metrica, ad es. api_calls.</translation>
    </message>
    <message>
        <source>--subscription: there is no subscription %1.</source>
        <translation>--subscription: non esiste l&apos;abbonamento %1.</translation>
    </message>
    <message>
        <source>Usage records imported: %1.</source>
        <translation>Rilevazioni di consumo importate: %1.</translation>
    </message>
    <message>
        <source>Records one reading of a metric and prints its number.</source>
        <translation>Registra una rilevazione di una metrica e ne stampa il numero.</translation>
    </message>
    <message>
        <source>The subscription (required).</source>
        <translation>L&apos;abbonamento (obbligatorio).</translation>
    </message>
    <message>
        <source>The metric code of one of its metered charges (required).</source>
        <translation>Il codice metrica di uno dei suoi addebiti a consumo (obbligatorio).</translation>
    </message>
    <message>
        <source>A whole number of 0 or more (required).</source>
        <translation>Un numero intero pari a 0 o superiore (obbligatorio).</translation>
    </message>
    <message>
        <source>The day of the reading (default: today).</source>
        <translation>Il giorno della rilevazione (predefinito: oggi).</translation>
    </message>
    <message>
        <source>Imports readings from a CSV file with the columns subscription, metric, quantity and date, all of them or none. Bad rows are listed as &quot;Line N: reason&quot; on stderr.</source>
        <translation>Importa le rilevazioni da un file CSV con le colonne subscription, metric, quantity e date: tutte o nessuna. Le righe errate sono elencate su stderr come &quot;Riga N: motivo&quot;.</translation>
    </message>
    <message>
        <source>SUBDESK_TODAY must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>SUBDESK_TODAY deve essere una data nel formato YYYY-MM-DD, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--issue works only for a real run, not with --preview.</source>
        <translation>--issue funziona solo con un&apos;esecuzione effettiva, non con --preview.</translation>
    </message>
    <message>
        <source>The run was written, but its documents were not issued: %1</source>
        <translation>Il ciclo è stato scritto, ma i suoi documenti non sono stati emessi: %1</translation>
    </message>
    <message>
        <source>Issue the run&apos;s documents at once (numbered, taxed, final).</source>
        <translation>Emette subito i documenti del ciclo (numerati, con imposte, definitivi).</translation>
    </message>
    <message>
        <source>(no company name)</source>
        <translation>(nessuna ragione sociale)</translation>
    </message>
    <message>
        <source>VAT ID: %1</source>
        <translation>Partita IVA: %1</translation>
    </message>
    <message numerus="yes">
        <source>Payment terms: %n day(s)</source>
        <translation>
            <numerusform>Termini di pagamento: %n giorno</numerusform>
            <numerusform>Termini di pagamento: %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete: documents cannot be issued until the name and the country are set (&quot;company set&quot;).</source>
        <translation>Incompleto: non è possibile emettere documenti finché non sono impostati il nome e il paese (&quot;company set&quot;).</translation>
    </message>
    <message>
        <source>Bank accounts:</source>
        <translation>Conti bancari:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
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
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>Numbering series:</source>
        <translation>Serie di numerazione:</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>--vat-exempt must be yes or no, not &quot;%1&quot;.</source>
        <translation>--vat-exempt deve essere yes o no, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--logo: &quot;%1&quot; cannot be read: %2</source>
        <translation>--logo: impossibile leggere &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Nothing to change: give --name, --country or another field.</source>
        <translation>Niente da modificare: indicare --name, --country o un altro campo.</translation>
    </message>
    <message>
        <source>Company profile saved.</source>
        <translation>Profilo aziendale salvato.</translation>
    </message>
    <message>
        <source>Shows the company profile printed on every document, the bank accounts and the numbering series.</source>
        <translation>Mostra il profilo aziendale stampato su ogni documento, i conti bancari e le serie di numerazione.</translation>
    </message>
    <message>
        <source>Changes fields of the company profile (the seller on documents); fields not given stay as they are.</source>
        <translation>Modifica i campi del profilo aziendale (il cedente sui documenti); i campi non indicati restano invariati.</translation>
    </message>
    <message>
        <source>The legal name.</source>
        <translation>La ragione sociale.</translation>
    </message>
    <message>
        <source>A street line (replaces all of them).</source>
        <translation>Una riga dell&apos;indirizzo (sostituisce tutte quelle esistenti).</translation>
    </message>
    <message>
        <source>The postal code.</source>
        <translation>Il CAP.</translation>
    </message>
    <message>
        <source>The city.</source>
        <translation>La città.</translation>
    </message>
    <message>
        <source>The region or province.</source>
        <translation>La regione o provincia.</translation>
    </message>
    <message>
        <source>ISO 3166 country code, such as FI.</source>
        <translation>Codice paese ISO 3166, ad es. FI.</translation>
    </message>
    <message>
        <source>The VAT ID, such as FI12345671.</source>
        <translation>La partita IVA, ad es. FI12345671.</translation>
    </message>
    <message>
        <source>The company register number.</source>
        <translation>Il numero di iscrizione al registro delle imprese.</translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation>L&apos;indirizzo e-mail.</translation>
    </message>
    <message>
        <source>The phone number.</source>
        <translation>Il numero di telefono.</translation>
    </message>
    <message>
        <source>The website.</source>
        <translation>Il sito web.</translation>
    </message>
    <message>
        <source>The Peppol participant id, such as 0088:5790000435968.</source>
        <translation>L&apos;ID partecipante Peppol, ad es. 0088:5790000435968.</translation>
    </message>
    <message>
        <source>Days to pay for customers without their own terms (0–365).</source>
        <translation>Giorni per il pagamento per i clienti senza termini propri (0–365).</translation>
    </message>
    <message>
        <source>Small-business VAT exemption: no VAT on any document.</source>
        <translation>Regime di esenzione IVA per piccole imprese: nessuna IVA su alcun documento.</translation>
    </message>
    <message>
        <source>The exemption&apos;s legal text.</source>
        <translation>Il testo normativo dell&apos;esenzione.</translation>
    </message>
    <message>
        <source>Free text at the foot of documents.</source>
        <translation>Testo libero a piè di pagina dei documenti.</translation>
    </message>
    <message>
        <source>A PNG or JPEG logo; empty removes it.</source>
        <translation>Un logo PNG o JPEG; se vuoto, viene rimosso.</translation>
    </message>
    <message>
        <source>Adds a bank account printed on documents for payment by transfer; prints its id.</source>
        <translation>Aggiunge un conto bancario stampato sui documenti per il pagamento tramite bonifico; ne stampa l&apos;ID.</translation>
    </message>
    <message>
        <source>The IBAN.</source>
        <translation>L&apos;IBAN.</translation>
    </message>
    <message>
        <source>The BIC.</source>
        <translation>Il BIC.</translation>
    </message>
    <message>
        <source>The bank&apos;s name.</source>
        <translation>Il nome della banca.</translation>
    </message>
    <message>
        <source>Your name for the account.</source>
        <translation>Il nome che si assegna al conto.</translation>
    </message>
    <message>
        <source>The currency it is for (default: any).</source>
        <translation>La valuta a cui è destinato (predefinito: qualsiasi).</translation>
    </message>
    <message>
        <source>Print it on documents in its currency.</source>
        <translation>Lo stampa sui documenti nella sua valuta.</translation>
    </message>
    <message>
        <source>%1 is not issued; issue it first (&quot;invoices issue %2&quot;).</source>
        <translation>%1 non è emesso; emetterlo prima (&quot;invoices issue %2&quot;).</translation>
    </message>
    <message>
        <source>--dir: the folder &quot;%1&quot; cannot be created.</source>
        <translation>--dir: impossibile creare la cartella &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n file scritto in %1.</numerusform>
            <numerusform>%n file scritti in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a document or --dir, not both.</source>
        <translation>Indicare un documento oppure --dir, non entrambi.</translation>
    </message>
    <message>
        <source>Give a document&apos;s number or id, or --dir with --from and --to.</source>
        <translation>Indicare il numero o l&apos;ID di un documento, oppure --dir con --from e --to.</translation>
    </message>
    <message>
        <source>--%1 works only with --dir.</source>
        <translation>--%1 funziona solo con --dir.</translation>
    </message>
    <message>
        <source>--output works only for one document, not with --dir.</source>
        <translation>--output funziona solo per un documento, non con --dir.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from non può essere successivo a --to.</translation>
    </message>
    <message>
        <source>Write every document issued from --from to --to into this folder.</source>
        <translation>Scrive in questa cartella tutti i documenti emessi da --from a --to.</translation>
    </message>
    <message>
        <source>With --dir: issued on or after this day.</source>
        <translation>Con --dir: emessi in questo giorno o dopo.</translation>
    </message>
    <message>
        <source>With --dir: issued on or before this day.</source>
        <translation>Con --dir: emessi in questo giorno o prima.</translation>
    </message>
    <message>
        <source>With --dir: only this customer&apos;s documents.</source>
        <translation>Con --dir: solo i documenti di questo cliente.</translation>
    </message>
    <message>
        <source>Writes an issued invoice or credit note as a PDF in the customer&apos;s language, or every document of a date range into a folder.</source>
        <translation>Scrive una fattura o nota di credito emessa come PDF nella lingua del cliente, oppure tutti i documenti di un intervallo di date in una cartella.</translation>
    </message>
    <message>
        <source>The PDF file, or - for stdout (default: NUMBER.pdf).</source>
        <translation>Il file PDF, oppure - per stdout (predefinito: NUMBER.pdf).</translation>
    </message>
    <message>
        <source>Writes an issued invoice or credit note as an EN 16931 UBL e-invoice for Peppol (BIS Billing 3), or every document of a date range into a folder.</source>
        <translation>Scrive una fattura o nota di credito emessa come fattura elettronica UBL EN 16931 per Peppol (BIS Billing 3), oppure tutti i documenti di un intervallo di date in una cartella.</translation>
    </message>
    <message>
        <source>The XML file, or - for stdout (default: NUMBER.xml).</source>
        <translation>Il file XML, oppure - per stdout (predefinito: NUMBER.xml).</translation>
    </message>
    <message>
        <source>Line ID</source>
        <translation>ID riga</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposta</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Aliquota</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Imponibile</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Esenzione</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>bozza %1</translation>
    </message>
    <message>
        <source>%1 %2 (document %3), %4</source>
        <translation>%1 %2 (documento %3), %4</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Emesso il %1</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, scadenza %1</translation>
    </message>
    <message>
        <source>, supply %1</source>
        <translation>, fornitura %1</translation>
    </message>
    <message>
        <source>Net %1, tax %2, total %3 (%4)</source>
        <translation>Imponibile %1, imposta %2, totale %3 (%4)</translation>
    </message>
    <message>
        <source>prices include tax</source>
        <translation>prezzi IVA inclusa</translation>
    </message>
    <message>
        <source>prices exclude tax</source>
        <translation>prezzi IVA esclusa</translation>
    </message>
    <message>
        <source>Dated %1, total %2 before tax; not issued</source>
        <translation>Data %1, totale %2 al netto delle imposte; non emesso</translation>
    </message>
    <message>
        <source>Paid %1, credited %2, credit applied %3, balance %4</source>
        <translation>Pagato %1, stornato %2, credito utilizzato %3, saldo %4</translation>
    </message>
    <message>
        <source>Corrects %1 of %2</source>
        <translation>Rettifica %1 del %2</translation>
    </message>
    <message>
        <source>Payment reference: %1</source>
        <translation>Riferimento pagamento: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Righe:</translation>
    </message>
    <message>
        <source>Taxes:</source>
        <translation>Imposte:</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>Pagamenti:</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Credit notes:</source>
        <translation>Note di credito:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Would issue %1 (document %2): %3 %4, due %5.</source>
        <translation>Verrebbe emesso %1 (documento %2): %3 %4, scadenza %5.</translation>
    </message>
    <message>
        <source>Issued %1 (document %2): %3 %4, due %5.</source>
        <translation>Emesso %1 (documento %2): %3 %4, scadenza %5.</translation>
    </message>
    <message>
        <source>No documents found.</source>
        <translation>Nessun documento trovato.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s), total %2, balance %3.</source>
        <translation>
            <numerusform>%1: %n documento, totale %2, saldo %3.</numerusform>
            <numerusform>%1: %n documenti, totale %2, saldo %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no invoice or credit note &quot;%1&quot;.</source>
        <translation>Non esiste la fattura o nota di credito &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency.</source>
        <translation>&quot;%1&quot; non è una valuta.</translation>
    </message>
    <message>
        <source>--status must be one or more of %1, not &quot;%2&quot;.</source>
        <translation>--status deve essere uno o più tra %1, non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--series: &quot;%1&quot; is not a series number.</source>
        <translation>--series: &quot;%1&quot; non è un numero di serie di numerazione.</translation>
    </message>
    <message>
        <source>Give draft ids or --all-drafts, not both.</source>
        <translation>Indicare gli ID delle bozze oppure --all-drafts, non entrambi.</translation>
    </message>
    <message>
        <source>Give the ids of the drafts to issue, or --all-drafts.</source>
        <translation>Indicare gli ID delle bozze da emettere, oppure --all-drafts.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a draft id.</source>
        <translation>&quot;%1&quot; non è l&apos;ID di una bozza.</translation>
    </message>
    <message>
        <source>No drafts to issue.</source>
        <translation>Nessuna bozza da emettere.</translation>
    </message>
    <message>
        <source>--line &quot;%1&quot;: %2</source>
        <translation>--line &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>write &quot;description;quantity;unit price[;tax class]&quot;.</source>
        <translation>scrivere &quot;descrizione;quantità;prezzo unitario[;classe d&apos;imposta]&quot;.</translation>
    </message>
    <message>
        <source>the description is empty.</source>
        <translation>la descrizione è vuota.</translation>
    </message>
    <message>
        <source>the quantity must be a whole number of at least 1.</source>
        <translation>la quantità deve essere un numero intero non inferiore a 1.</translation>
    </message>
    <message>
        <source>the unit price must be written like 12.50.</source>
        <translation>il prezzo unitario deve essere scritto nel formato 12.50.</translation>
    </message>
    <message>
        <source>the tax class must be one of %1.</source>
        <translation>la classe d&apos;imposta deve essere una tra %1.</translation>
    </message>
    <message>
        <source>Give --amount or --line, not both.</source>
        <translation>Indicare --amount oppure --line, non entrambi.</translation>
    </message>
    <message>
        <source>--amount must be a positive amount such as 12.50, not &quot;%1&quot;.</source>
        <translation>--amount deve essere un importo positivo, ad es. 12.50, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--line must be LINEID=AMOUNT such as 14=5.00, not &quot;%1&quot;.</source>
        <translation>--line deve essere nel formato LINEID=AMOUNT, ad es. 14=5.00, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Would issue credit note %1: %2 for %3.</source>
        <translation>Verrebbe emessa la nota di credito %1: %2 per %3.</translation>
    </message>
    <message>
        <source>Issued credit note %1 (document %2): %3 for %4.</source>
        <translation>Emessa la nota di credito %1 (documento %2): %3 per %4.</translation>
    </message>
    <message>
        <source>%1 is written off as uncollectible (balance %2).</source>
        <translation>%1 è stato stralciato come inesigibile (saldo %2).</translation>
    </message>
    <message>
        <source>Lists invoices and credit notes with status and balance, then the totals per currency.</source>
        <translation>Elenca fatture e note di credito con stato e saldo, poi i totali per valuta.</translation>
    </message>
    <message>
        <source>Only these statuses: draft, issued, open, overdue, partially_paid, paid, credited, uncollectible.</source>
        <translation>Solo questi stati: draft, issued, open, overdue, partially_paid, paid, credited, uncollectible.</translation>
    </message>
    <message>
        <source>Only overdue invoices.</source>
        <translation>Solo le fatture scadute.</translation>
    </message>
    <message>
        <source>Only this numbering series.</source>
        <translation>Solo questa serie di numerazione.</translation>
    </message>
    <message>
        <source>Only invoices or only credit notes.</source>
        <translation>Solo fatture o solo note di credito.</translation>
    </message>
    <message>
        <source>Only this currency.</source>
        <translation>Solo questa valuta.</translation>
    </message>
    <message>
        <source>Dated on or after this day.</source>
        <translation>Con data uguale o successiva a questo giorno.</translation>
    </message>
    <message>
        <source>Dated on or before this day.</source>
        <translation>Con data uguale o precedente a questo giorno.</translation>
    </message>
    <message>
        <source>Shows a document: lines with derivations and tax, tax groups, payments and credit notes.</source>
        <translation>Mostra un documento: righe con calcolo e imposta, riepilogo per aliquota, pagamenti e note di credito.</translation>
    </message>
    <message>
        <source>Issues drafts: each gets the next number of its series, its tax and both parties, in one transaction.</source>
        <translation>Emette le bozze: ciascuna riceve il numero successivo della sua serie, le imposte ed entrambe le parti, in un&apos;unica transazione.</translation>
    </message>
    <message>
        <source>Every draft dated on or before the issue date.</source>
        <translation>Tutte le bozze con data uguale o precedente alla data di emissione.</translation>
    </message>
    <message>
        <source>The issue date (default: today).</source>
        <translation>La data di emissione (predefinito: oggi).</translation>
    </message>
    <message>
        <source>Show each document as issuing would make it; write nothing.</source>
        <translation>Mostra ogni documento come risulterebbe dopo l&apos;emissione, senza scrivere nulla.</translation>
    </message>
    <message>
        <source>Creates a manual invoice or one-off charge as a draft (or issues it at once) and prints its id (its number with --issue).</source>
        <translation>Crea una fattura manuale o un addebito una tantum come bozza (o lo emette subito) e ne stampa l&apos;ID (il numero con --issue).</translation>
    </message>
    <message>
        <source>The customer.</source>
        <translation>Il cliente.</translation>
    </message>
    <message>
        <source>The currency (default: the customer&apos;s).</source>
        <translation>La valuta (predefinito: quella del cliente).</translation>
    </message>
    <message>
        <source>The invoice&apos;s date (default: today).</source>
        <translation>La data della fattura (predefinito: oggi).</translation>
    </message>
    <message>
        <source>A line: description, quantity, unit price and tax class (standard, reduced, reduced2, super_reduced, zero; default standard).</source>
        <translation>Una riga: descrizione, quantità, prezzo unitario e classe d&apos;imposta (standard, reduced, reduced2, super_reduced, zero; predefinito: standard).</translation>
    </message>
    <message>
        <source>A note printed on it.</source>
        <translation>Una nota stampata sul documento.</translation>
    </message>
    <message>
        <source>Issue it at once.</source>
        <translation>La emette subito.</translation>
    </message>
    <message>
        <source>Issues a credit note against an invoice: the whole of what is not credited yet, an amount, or chosen lines; never more than the invoice.</source>
        <translation>Emette una nota di credito a fronte di una fattura: tutto ciò che non è ancora stato stornato, un importo o le righe scelte; mai più della fattura.</translation>
    </message>
    <message>
        <source>A gross amount, spread over the lines in proportion.</source>
        <translation>Un importo lordo, ripartito proporzionalmente sulle righe.</translation>
    </message>
    <message>
        <source>Credit this much of a line (ids from &quot;invoices show&quot;).</source>
        <translation>Storna questo importo di una riga (ID da &quot;invoices show&quot;).</translation>
    </message>
    <message>
        <source>Printed on the credit note.</source>
        <translation>Stampato sulla nota di credito.</translation>
    </message>
    <message>
        <source>Show the credit note it would issue; write nothing.</source>
        <translation>Mostra la nota di credito che verrebbe emessa, senza scrivere nulla.</translation>
    </message>
    <message>
        <source>Writes an issued invoice off as uncollectible.</source>
        <translation>Stralcia una fattura emessa come inesigibile.</translation>
    </message>
    <message>
        <source>Refund of %1 to customer %2 on %3.</source>
        <translation>Rimborso di %1 al cliente %2 il %3.</translation>
    </message>
    <message>
        <source>Refund %1: %2 to customer %3 on %4.</source>
        <translation>Rimborso %1: %2 al cliente %3 il %4.</translation>
    </message>
    <message>
        <source>Payment of %1 from customer %2 on %3.</source>
        <translation>Pagamento di %1 dal cliente %2 il %3.</translation>
    </message>
    <message>
        <source>Payment %1: %2 from customer %3 on %4.</source>
        <translation>Pagamento %1: %2 dal cliente %3 il %4.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 to the customer&apos;s credit</source>
        <translation>%1 a credito del cliente</translation>
    </message>
    <message>
        <source>No payments found.</source>
        <translation>Nessun pagamento trovato.</translation>
    </message>
    <message>
        <source>Allocated to</source>
        <translation>Imputato a</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>credito</translation>
    </message>
    <message>
        <source>%1: received %2, refunded %3.</source>
        <translation>%1: incassato %2, rimborsato %3.</translation>
    </message>
    <message>
        <source>Nothing is owed as of %1.</source>
        <translation>Nessun importo dovuto al %1.</translation>
    </message>
    <message>
        <source>Aging as of %1</source>
        <translation>Anzianità crediti al %1</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <source>Statement of account: customer %1, %2, %3 → %4</source>
        <translation>Estratto conto: cliente %1, %2, %3 → %4</translation>
    </message>
    <message>
        <source>Opening balance %1</source>
        <translation>Saldo iniziale %1</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Dare</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Avere</translation>
    </message>
    <message>
        <source>Closing balance %1</source>
        <translation>Saldo finale %1</translation>
    </message>
    <message>
        <source>--allocate must be NUMBER=AMOUNT such as INV-2026-00001=50.00, not &quot;%1&quot;.</source>
        <translation>--allocate deve essere nel formato NUMBER=AMOUNT, ad es. INV-2026-00001=50.00, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The day of the payment (default: today).</source>
        <translation>Il giorno del pagamento (predefinito: oggi).</translation>
    </message>
    <message>
        <source>How it was paid (default: bank_transfer).</source>
        <translation>Come è stato pagato (predefinito: bank_transfer).</translation>
    </message>
    <message>
        <source>The bank reference, card slip or receipt number.</source>
        <translation>Il riferimento bancario, la ricevuta della carta o il numero della ricevuta.</translation>
    </message>
    <message>
        <source>The amount received, such as 120.00.</source>
        <translation>L&apos;importo incassato, ad es. 120.00.</translation>
    </message>
    <message>
        <source>Settle this much of an invoice (default: the open invoices in the currency, oldest due first); what is left becomes customer credit.</source>
        <translation>Salda questo importo di una fattura (predefinito: le fatture aperte nella valuta, a partire dalla scadenza più vecchia); il resto diventa credito del cliente.</translation>
    </message>
    <message>
        <source>A note kept with it.</source>
        <translation>Una nota conservata insieme al pagamento.</translation>
    </message>
    <message>
        <source>Show how it would be allocated; write nothing.</source>
        <translation>Mostra come verrebbe imputato, senza scrivere nulla.</translation>
    </message>
    <message>
        <source>The amount paid back, at most the customer&apos;s credit.</source>
        <translation>L&apos;importo rimborsato, al massimo pari al credito del cliente.</translation>
    </message>
    <message>
        <source>Records a payment received and allocates it to invoices; an overpayment becomes customer credit.</source>
        <translation>Registra un pagamento ricevuto e lo imputa alle fatture; un pagamento in eccesso diventa credito del cliente.</translation>
    </message>
    <message>
        <source>Lists payments and refunds, newest first, with their allocations.</source>
        <translation>Elenca pagamenti e rimborsi, dal più recente, con le relative imputazioni.</translation>
    </message>
    <message>
        <source>Only this method.</source>
        <translation>Solo questo metodo.</translation>
    </message>
    <message>
        <source>Paid on or after this day.</source>
        <translation>Pagati in questo giorno o dopo.</translation>
    </message>
    <message>
        <source>Paid on or before this day.</source>
        <translation>Pagati in questo giorno o prima.</translation>
    </message>
    <message>
        <source>Pays customer credit back to the customer.</source>
        <translation>Rimborsa al cliente il suo credito.</translation>
    </message>
    <message>
        <source>Who owes what and for how long: open invoice balances by days past due (current, 1–30, 31–60, 61–90, over 90), per customer and in total.</source>
        <translation>Chi deve cosa e da quanto tempo: saldi delle fatture aperte per giorni di ritardo (non scaduto, 1–30, 31–60, 61–90, oltre 90), per cliente e in totale.</translation>
    </message>
    <message>
        <source>Age the balances as of this day (default: today).</source>
        <translation>Calcola l&apos;anzianità dei saldi a questo giorno (predefinito: oggi).</translation>
    </message>
    <message>
        <source>--from must not be after today.</source>
        <translation>--from non può essere successivo a oggi.</translation>
    </message>
    <message>
        <source>Give --output or --json, not both.</source>
        <translation>Indicare --output oppure --json, non entrambi.</translation>
    </message>
    <message>
        <source>A customer&apos;s statement of account in one currency: opening balance, documents and payments with the running balance, closing balance.</source>
        <translation>L&apos;estratto conto di un cliente in una valuta: saldo iniziale, documenti e pagamenti con il saldo progressivo, saldo finale.</translation>
    </message>
    <message>
        <source>The first day (default: the customer&apos;s first document or payment).</source>
        <translation>Il primo giorno (predefinito: il primo documento o pagamento del cliente).</translation>
    </message>
    <message>
        <source>The last day (default: today).</source>
        <translation>L&apos;ultimo giorno (predefinito: oggi).</translation>
    </message>
    <message>
        <source>Write it as a PDF in the customer&apos;s language.</source>
        <translation>Lo scrive come PDF nella lingua del cliente.</translation>
    </message>
    <message>
        <source>Applied %1 of customer credit to %2.</source>
        <translation>Applicato %1 di credito del cliente a %2.</translation>
    </message>
    <message>
        <source>Applies the customer&apos;s credit to an issued invoice&apos;s balance.</source>
        <translation>Applica il credito del cliente al saldo di una fattura emessa.</translation>
    </message>
    <message>
        <source>At most this much (default: as much as credit and balance allow).</source>
        <translation>Al massimo questo importo (predefinito: quanto consentono credito e saldo).</translation>
    </message>
    <message>
        <source>Works with a SubDesk company file: customers, the catalog, subscriptions, billing, invoices, payments and the metrics.</source>
        <translation>Opera su un file dell&apos;azienda SubDesk: clienti, catalogo, abbonamenti, fatturazione, fatture, pagamenti e metriche.</translation>
    </message>
    <message>
        <source>Demo catalog and %1 subscriptions with their history since %2: %3 billing runs, %4 invoices, %5 credit notes, %6 survey answers.</source>
        <translation>Catalogo dimostrativo e %1 abbonamenti con il loro storico dal %2: %3 cicli di fatturazione, %4 fatture, %5 note di credito, %6 risposte ai sondaggi.</translation>
    </message>
    <message>
        <source>Demo catalog and %1 subscriptions of the first %2 customers, with their history since %3: %4 billing runs, %5 invoices, %6 credit notes, %7 survey answers.</source>
        <translation>Catalogo dimostrativo e %1 abbonamenti dei primi %2 clienti, con il loro storico dal %3: %4 cicli di fatturazione, %5 fatture, %6 note di credito, %7 risposte ai sondaggi.</translation>
    </message>
    <message>
        <source>Fills an empty company file with a demo company: realistic customers, a catalog, and subscriptions with five years of history (events, usage, billing runs, invoices and payments), monthly exchange rates and NPS and CSAT answers. The same seed and day give the same company.</source>
        <translation>Popola un file dell&apos;azienda vuoto con un&apos;azienda dimostrativa: clienti realistici, un catalogo e abbonamenti con cinque anni di storico (eventi, consumi, cicli di fatturazione, fatture e pagamenti), tassi di cambio mensili e risposte NPS e CSAT. Lo stesso seed e lo stesso giorno producono la stessa azienda.</translation>
    </message>
    <message>
        <source>No exchange rates. Amounts in other currencies than %1 are left out of the metrics until they have one: fx set MONTH CURRENCY RATE.</source>
        <translation>Nessun tasso di cambio. Gli importi in valute diverse da %1 sono esclusi dalle metriche finché non ne hanno uno: fx set MESE VALUTA TASSO.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significato</translation>
    </message>
    <message>
        <source>A month without its own rate uses the latest earlier rate of its currency.</source>
        <translation>Un mese senza un proprio tasso usa il tasso precedente più recente della sua valuta.</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MESE</translation>
    </message>
    <message>
        <source>CURRENCY: &quot;%1&quot; is not an ISO 4217 currency code such as SEK.</source>
        <translation>VALUTA: &quot;%1&quot; non è un codice valuta ISO 4217 come SEK.</translation>
    </message>
    <message>
        <source>Rate for %1 in %2: %3.</source>
        <translation>Tasso per %1 in %2: %3.</translation>
    </message>
    <message>
        <source>There is no rate for %1 in %2.</source>
        <translation>Non esiste un tasso per %1 in %2.</translation>
    </message>
    <message>
        <source>Removed the rate for %1 in %2.</source>
        <translation>Tasso per %1 in %2 rimosso.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows have problems (listed above).</source>
        <translation>Non è stato importato nulla: %1 righe su %2 presentano problemi (elencati sopra).</translation>
    </message>
    <message>
        <source>Nothing to import: the file has no rates.</source>
        <translation>Niente da importare: il file non contiene tassi.</translation>
    </message>
    <message>
        <source>Dry run: %1 rates would be imported; nothing was written.</source>
        <translation>Simulazione: verrebbero importati %1 tassi; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Exchange rates imported: %1.</source>
        <translation>Tassi di cambio importati: %1.</translation>
    </message>
    <message>
        <source>List the monthly exchange rates into the reporting currency that the metrics convert other currencies with.</source>
        <translation>Elenca i tassi di cambio mensili verso la valuta di riferimento con cui le metriche convertono le altre valute.</translation>
    </message>
    <message>
        <source>Only the rates of this currency.</source>
        <translation>Solo i tassi di questa valuta.</translation>
    </message>
    <message>
        <source>Store the rate of a currency for a month (YYYY-MM): what one unit is worth in the reporting currency, with at most 8 decimals. Example: fx set 2026-03 SEK 0.0873.</source>
        <translation>Memorizza il tasso di una valuta per un mese (AAAA-MM): quanto vale un&apos;unità nella valuta di riferimento, con al massimo 8 decimali. Esempio: fx set 2026-03 SEK 0.0873.</translation>
    </message>
    <message>
        <source>Remove the rate of a currency for a month.</source>
        <translation>Rimuove il tasso di una valuta per un mese.</translation>
    </message>
    <message>
        <source>Import rates from a CSV file with the columns month, currency, rate: all rows or none; every bad row is listed with its line.</source>
        <translation>Importa i tassi da un file CSV con le colonne mese, valuta, tasso: tutte le righe o nessuna; ogni riga errata viene elencata con il suo numero di riga.</translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined; choose one.</source>
        <translation>--json e --csv non possono essere combinati; sceglierne uno.</translation>
    </message>
    <message>
        <source>--rows and --paying cannot be combined; choose one.</source>
        <translation>--rows e --paying non possono essere combinati; sceglierne uno.</translation>
    </message>
    <message>
        <source>--movement needs --rows MONTH.</source>
        <translation>--movement richiede --rows MESE.</translation>
    </message>
    <message>
        <source>--reconcile cannot be combined with --rows or --paying.</source>
        <translation>--reconcile non può essere combinato con --rows o --paying.</translation>
    </message>
    <message>
        <source>--by cannot be combined with --reconcile, --rows or --paying.</source>
        <translation>--by non può essere combinato con --reconcile, --rows o --paying.</translation>
    </message>
    <message>
        <source>--csv is for the monthly figures; it cannot be combined with --reconcile, --rows or --paying.</source>
        <translation>--csv è per i valori mensili; non può essere combinato con --reconcile, --rows o --paying.</translation>
    </message>
    <message>
        <source>Customers without a segment</source>
        <translation>Clienti senza segmento</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segmento %1</translation>
    </message>
    <message>
        <source>No customers in the selection.</source>
        <translation>Nessun cliente nella selezione.</translation>
    </message>
    <message>
        <source>not set (the currency most customers use)</source>
        <translation>non impostata (la valuta usata dalla maggior parte dei clienti)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not set (CLV is not multiplied by a margin)</source>
        <translation>non impostato (il CLV non viene moltiplicato per un margine)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Impostazione</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Valuta di riferimento</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Margine lordo</translation>
    </message>
    <message>
        <source>--gross-margin must be a percentage from 0 to 100 with at most two decimals, such as 72.5, not &quot;%1&quot;.</source>
        <translation>--gross-margin deve essere una percentuale da 0 a 100 con al massimo due decimali, ad es. 72.5, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--gross-margin and --no-gross-margin cannot be combined.</source>
        <translation>--gross-margin e --no-gross-margin non possono essere combinati.</translation>
    </message>
    <message>
        <source>Reconcile MRR with invoiced revenue month by month: tax, one-time fees, usage, proration, credit notes, timing.</source>
        <translation>Riconcilia l&apos;MRR con i ricavi fatturati mese per mese: imposte, importi una tantum, consumi, pro rata, note di credito, sfasamento temporale.</translation>
    </message>
    <message>
        <source>List the customer changes behind a month&apos;s movements.</source>
        <translation>Elenca le variazioni dei clienti dietro i movimenti di un mese.</translation>
    </message>
    <message>
        <source>With --rows: only this movement.</source>
        <translation>Con --rows: solo questo movimento.</translation>
    </message>
    <message>
        <source>List the customers paying at the month&apos;s end with their MRR (behind MRR, ARR, ARPA and paying customers).</source>
        <translation>Elenca i clienti paganti alla fine del mese con il loro MRR (alla base di MRR, ARR, ARPA e clienti paganti).</translation>
    </message>
    <message>
        <source>Print the monthly figures as CSV, one row per month.</source>
        <translation>Stampa i valori mensili in formato CSV, una riga per mese.</translation>
    </message>
    <message>
        <source>Show or change the metrics settings: the reporting currency and the gross margin CLV is multiplied by.</source>
        <translation>Mostra o modifica le impostazioni delle metriche: la valuta di riferimento e il margine lordo per cui viene moltiplicato il CLV.</translation>
    </message>
    <message>
        <source>The currency the figures are reported in.</source>
        <translation>La valuta in cui sono espressi i valori.</translation>
    </message>
    <message>
        <source>The gross margin, such as 72.5 (CLV is multiplied by it).</source>
        <translation>Il margine lordo, ad es. 72.5 (il CLV viene moltiplicato per esso).</translation>
    </message>
    <message>
        <source>Clear the gross margin.</source>
        <translation>Cancella il margine lordo.</translation>
    </message>
    <message>
        <source>MRR and its movements, ARR, paying customers, churn, NRR, GRR, ARPA and CLV per month, in the reporting currency (default: the last 12 months).</source>
        <translation>MRR e i suoi movimenti, ARR, clienti paganti, abbandono (churn), NRR, GRR, ARPA e CLV per mese, nella valuta di riferimento (predefinito: gli ultimi 12 mesi).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>MRR at start</source>
        <translation>MRR iniziale</translation>
    </message>
    <message>
        <source>Exchange-rate effect</source>
        <translation>Effetto cambio</translation>
    </message>
    <message>
        <source>MRR at end</source>
        <translation>MRR finale</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation>Clienti paganti</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>Abbandono clienti (logo churn)</translation>
    </message>
    <message>
        <source>Gross MRR churn</source>
        <translation>Abbandono MRR lordo</translation>
    </message>
    <message>
        <source>Net MRR churn</source>
        <translation>Abbandono MRR netto</translation>
    </message>
    <message>
        <source>NRR (12 months)</source>
        <translation>NRR (12 mesi)</translation>
    </message>
    <message>
        <source>GRR (12 months)</source>
        <translation>GRR (12 mesi)</translation>
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
        <translation>abbandoni insufficienti per una stima</translation>
    </message>
    <message>
        <source>No months in the range.</source>
        <translation>Nessun mese nell&apos;intervallo.</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>+ Timing</source>
        <translation>+ Sfasamento temporale</translation>
    </message>
    <message>
        <source>+ Tax</source>
        <translation>+ Imposte</translation>
    </message>
    <message>
        <source>+ One-time</source>
        <translation>+ Una tantum</translation>
    </message>
    <message>
        <source>+ Usage</source>
        <translation>+ Consumo</translation>
    </message>
    <message>
        <source>+ Proration</source>
        <translation>+ Pro rata</translation>
    </message>
    <message>
        <source>− Credit notes</source>
        <translation>− Note di credito</translation>
    </message>
    <message>
        <source>= Invoiced</source>
        <translation>= Fatturato</translation>
    </message>
    <message>
        <source>Timing: recurring lines invoiced in the month minus the MRR (periods billed in advance, first short periods, changes during the month, once-only coupons).</source>
        <translation>Sfasamento temporale: righe ricorrenti fatturate nel mese meno l&apos;MRR (periodi fatturati in anticipo, primi periodi brevi, variazioni nel corso del mese, coupon una tantum).</translation>
    </message>
    <message>
        <source>No customer changes behind this figure.</source>
        <translation>Nessuna variazione dei clienti dietro questo valore.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimento</translation>
    </message>
    <message>
        <source>MRR before</source>
        <translation>MRR prima</translation>
    </message>
    <message>
        <source>MRR after</source>
        <translation>MRR dopo</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1 in total.</source>
        <translation>
            <numerusform>%n riga, %1 in totale.</numerusform>
            <numerusform>%n righe, %1 in totale.</numerusform>
        </translation>
    </message>
    <message>
        <source>No paying customers on that day.</source>
        <translation>Nessun cliente pagante in quel giorno.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abbonamenti</translation>
    </message>
    <message numerus="yes">
        <source>%n paying customer(s), MRR %1.</source>
        <translation>
            <numerusform>%n cliente pagante, MRR %1.</numerusform>
            <numerusform>%n clienti paganti, MRR %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be a month written YYYY-MM such as 2026-03, not &quot;%2&quot;.</source>
        <translation>%1 deve essere un mese nel formato AAAA-MM, ad es. 2026-03, non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--from (%1) must not be after --to (%2).</source>
        <translation>--from (%1) non deve essere successivo a --to (%2).</translation>
    </message>
    <message>
        <source>--country must be a two-letter code such as SE, not &quot;%1&quot;.</source>
        <translation>--country deve essere un codice di due lettere come IT, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not an ISO 4217 currency code such as EUR.</source>
        <translation>--currency: &quot;%1&quot; non è un codice valuta ISO 4217 come EUR.</translation>
    </message>
    <message>
        <source>The first month (default: 11 months before --to).</source>
        <translation>Il primo mese (predefinito: 11 mesi prima di --to).</translation>
    </message>
    <message>
        <source>The last month (default: this month).</source>
        <translation>L&apos;ultimo mese (predefinito: questo mese).</translation>
    </message>
    <message>
        <source>Only customers of this segment (&quot;&quot; for none).</source>
        <translation>Solo i clienti di questo segmento (&quot;&quot; per nessuno).</translation>
    </message>
    <message>
        <source>Only subscriptions to this plan.</source>
        <translation>Solo gli abbonamenti a questo piano.</translation>
    </message>
    <message>
        <source>Only customers in this country.</source>
        <translation>Solo i clienti di questo paese.</translation>
    </message>
    <message>
        <source>Only subscriptions in this currency.</source>
        <translation>Solo gli abbonamenti in questa valuta.</translation>
    </message>
    <message>
        <source>Split the figures per segment or per plan.</source>
        <translation>Suddivide i valori per segmento o per piano.</translation>
    </message>
    <message>
        <source>--email: no customer has the e-mail address %1.</source>
        <translation>--email: nessun cliente ha l&apos;indirizzo e-mail %1.</translation>
    </message>
    <message>
        <source>--email: customers %1 all have the e-mail address %2; use --customer.</source>
        <translation>--email: i clienti %1 hanno tutti l&apos;indirizzo e-mail %2; usare --customer.</translation>
    </message>
    <message>
        <source>Give the customer with either --customer ID or --email ADDRESS.</source>
        <translation>Indicare il cliente con --customer ID oppure --email INDIRIZZO.</translation>
    </message>
    <message>
        <source>--score must be a whole number (0–10 for NPS, 1–5 for CSAT), not &quot;%1&quot;.</source>
        <translation>--score deve essere un numero intero (0–10 per NPS, 1–5 per CSAT), non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has %1 problems in %2 rows (listed above).</source>
        <translation>Non è stato importato nulla: il file presenta %1 problemi in %2 righe (elencati sopra).</translation>
    </message>
    <message>
        <source>Nothing to import: the file has no answers.</source>
        <translation>Niente da importare: il file non contiene risposte.</translation>
    </message>
    <message>
        <source>Dry run: %1 answers would be imported; nothing was written.</source>
        <translation>Simulazione: verrebbero importate %1 risposte; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Survey answers imported: %1.</source>
        <translation>Risposte ai sondaggi importate: %1.</translation>
    </message>
    <message>
        <source>--group is for NPS answers; it cannot be combined with --kind csat.</source>
        <translation>--group vale per le risposte NPS; non può essere combinato con --kind csat.</translation>
    </message>
    <message>
        <source>NPS (0–10, the default) or CSAT (1–5).</source>
        <translation>NPS (0–10, predefinito) o CSAT (1–5).</translation>
    </message>
    <message>
        <source>How dates like 04/03/2026 are read (default: decided per file).</source>
        <translation>Come vengono lette date come 04/03/2026 (predefinito: deciso per ciascun file).</translation>
    </message>
    <message>
        <source>Record a survey answer of a customer; prints its number.</source>
        <translation>Registra la risposta di un cliente a un sondaggio; ne stampa il numero.</translation>
    </message>
    <message>
        <source>The customer with this e-mail address (instead of --customer).</source>
        <translation>Il cliente con questo indirizzo e-mail (invece di --customer).</translation>
    </message>
    <message>
        <source>The score: 0–10 for NPS, 1–5 for CSAT.</source>
        <translation>Il punteggio: 0–10 per NPS, 1–5 per CSAT.</translation>
    </message>
    <message>
        <source>When it was answered (default: today).</source>
        <translation>Quando è stata data la risposta (predefinito: oggi).</translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation>Il commento.</translation>
    </message>
    <message>
        <source>How the answer reached you (default: other).</source>
        <translation>Come è arrivata la risposta (predefinito: altro).</translation>
    </message>
    <message>
        <source>Tags that group recurring themes, such as pricing,support.</source>
        <translation>Tag che raggruppano temi ricorrenti, ad es. prezzi,assistenza.</translation>
    </message>
    <message>
        <source>Import survey answers from a CSV file as survey tools export it (date, e-mail or customer number, score, comment): all or nothing; every problem is listed with its line and column.</source>
        <translation>Importa le risposte ai sondaggi da un file CSV come lo esportano gli strumenti di sondaggio (data, e-mail o numero cliente, punteggio, commento): tutto o niente; ogni problema viene elencato con riga e colonna.</translation>
    </message>
    <message>
        <source>List survey answers and their comments, oldest first.</source>
        <translation>Elenca le risposte ai sondaggi e i relativi commenti, dalla meno recente.</translation>
    </message>
    <message>
        <source>Only this customer&apos;s answers.</source>
        <translation>Solo le risposte di questo cliente.</translation>
    </message>
    <message>
        <source>Answers on or after this day.</source>
        <translation>Risposte in questo giorno o successive.</translation>
    </message>
    <message>
        <source>Answers on or before this day.</source>
        <translation>Risposte in questo giorno o precedenti.</translation>
    </message>
    <message>
        <source>Only NPS answers of this group.</source>
        <translation>Solo le risposte NPS di questo gruppo.</translation>
    </message>
    <message>
        <source>Only answers with this tag.</source>
        <translation>Solo le risposte con questo tag.</translation>
    </message>
    <message>
        <source>NPS per month and over the trailing 90 days, CSAT per month, the distribution of scores and the tags of each group (default: the last 12 months).</source>
        <translation>NPS per mese e sugli ultimi 90 giorni, CSAT per mese, la distribuzione dei punteggi e i tag di ciascun gruppo (predefinito: gli ultimi 12 mesi).</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>No answers.</source>
        <translation>Nessuna risposta.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s).</source>
        <translation>
            <numerusform>%n risposta.</numerusform>
            <numerusform>%n risposte.</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>Risposte NPS</translation>
    </message>
    <message>
        <source>P / P / D</source>
        <translation>P / P / D</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS 90 days</source>
        <translation>NPS 90 giorni</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>Risposte CSAT</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>P / P / D: promoters (9–10), passives (7–8), detractors (0–6).</source>
        <translation>P / P / D: promotori (9–10), passivi (7–8), detrattori (0–6).</translation>
    </message>
    <message>
        <source>Scores (NPS):</source>
        <translation>Punteggi (NPS):</translation>
    </message>
    <message>
        <source>Scores (CSAT):</source>
        <translation>Punteggi (CSAT):</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>no tagged comments</source>
        <translation>nessun commento con tag</translation>
    </message>
    <message>
        <source>(no plan)</source>
        <translation>(nessun piano)</translation>
    </message>
    <message>
        <source>(no segment)</source>
        <translation>(nessun segmento)</translation>
    </message>
</context>
<context>
    <name>CodeRules</name>
    <message>
        <source>The %1 needs a code.</source>
        <translation>Il codice %1 è obbligatorio.</translation>
    </message>
    <message>
        <source>The %1 code &quot;%2&quot; must have %3 to %4 characters.</source>
        <translation>Il codice %1 &quot;%2&quot; deve avere da %3 a %4 caratteri.</translation>
    </message>
    <message>
        <source>The %1 code &quot;%2&quot; may only contain upper-case letters A–Z, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>Il codice %1 &quot;%2&quot; può contenere solo lettere maiuscole A–Z, cifre, &quot;-&quot; e &quot;_&quot;.</translation>
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
    <message>
        <source>The demo company could not be completed: %1</source>
        <translation>Impossibile completare l&apos;azienda dimostrativa: %1</translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>the company&apos;s legal name is required.</source>
        <translation>la ragione sociale dell&apos;azienda è obbligatoria.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>the country is required (it decides the VAT treatment).</source>
        <translation>il paese è obbligatorio (determina il trattamento IVA).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (e.g. FI, PL, IT).</source>
        <translation>&quot;%1&quot; non è un codice paese ISO 3166 (ad es. FI, PL, IT).</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>&quot;%1&quot; non è un indirizzo e-mail valido.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>the image is %1 KB; at most %2 KB are allowed.</source>
        <translation>l&apos;immagine è di %1 KB; sono consentiti al massimo %2 KB.</translation>
    </message>
    <message>
        <source>the file is not a PNG or JPEG image SubDesk can read.</source>
        <translation>il file non è un&apos;immagine PNG o JPEG leggibile da SubDesk.</translation>
    </message>
    <message>
        <source>Exemption text</source>
        <translation>Testo dell&apos;esenzione</translation>
    </message>
    <message>
        <source>a VAT-exempt company must state the exemption on its documents (e.g. &quot;VAT exempt under art. 284 of Directive 2006/112/EC&quot;).</source>
        <translation>un&apos;azienda esente IVA deve indicare l&apos;esenzione sui propri documenti (ad es. &quot;Operazione esente IVA ai sensi dell&apos;art. 284 della Direttiva 2006/112/CE&quot;).</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Termini di pagamento</translation>
    </message>
    <message>
        <source>payment terms must be between 0 and %1 days.</source>
        <translation>i termini di pagamento devono essere compresi tra 0 e %1 giorni.</translation>
    </message>
    <message>
        <source>Tax-inclusive prices</source>
        <translation>Prezzi IVA inclusa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (e.g. EUR).</source>
        <translation>&quot;%1&quot; non è un codice valuta ISO 4217 (ad es. EUR).</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>the IBAN is required.</source>
        <translation>l&apos;IBAN è obbligatorio.</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>an archived account cannot be the default one.</source>
        <translation>un conto archiviato non può essere quello predefinito.</translation>
    </message>
    <message>
        <source>a name is required (e.g. &quot;Standard rate&quot;).</source>
        <translation>il nome è obbligatorio (ad es. &quot;Aliquota ordinaria&quot;).</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Aliquota</translation>
    </message>
    <message>
        <source>the rate must be between 0 % and 100 %.</source>
        <translation>l&apos;aliquota deve essere compresa tra 0% e 100%.</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valida dal</translation>
    </message>
    <message>
        <source>the first day the rate applies is required.</source>
        <translation>il primo giorno di applicazione dell&apos;aliquota è obbligatorio.</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valida fino al</translation>
    </message>
    <message>
        <source>the last day (%1) is before the first day (%2).</source>
        <translation>l&apos;ultimo giorno (%1) è precedente al primo giorno (%2).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>Valid from: the %1 rate of %2 already has &quot;%3&quot; for %4; end that one first.</source>
        <translation>Valida dal: per l&apos;aliquota %1 di %2 esiste già &quot;%3&quot; per %4; chiudere prima quella.</translation>
    </message>
    <message>
        <source>a name is required (e.g. &quot;Invoices&quot;).</source>
        <translation>il nome è obbligatorio (ad es. &quot;Fatture&quot;).</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>an archived series cannot be the default one.</source>
        <translation>una serie archiviata non può essere quella predefinita.</translation>
    </message>
    <message>
        <source>There is no default numbering series for credit notes; choose one in Settings.</source>
        <translation>Non esiste una serie di numerazione predefinita per le note di credito; sceglierne una nelle Impostazioni.</translation>
    </message>
    <message>
        <source>There is no default numbering series for invoices; choose one in Settings.</source>
        <translation>Non esiste una serie di numerazione predefinita per le fatture; sceglierne una nelle Impostazioni.</translation>
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
    <name>CreditNoteBuilder</name>
    <message>
        <source>Credit on %1, line %2: −%3</source>
        <translation>Storno su %1, riga %2: −%3</translation>
    </message>
    <message>
        <source>Only an issued invoice can be credited.</source>
        <translation>Solo una fattura emessa può essere stornata.</translation>
    </message>
    <message>
        <source>Invoice %1 is already credited in full.</source>
        <translation>La fattura %1 è già stata stornata per intero.</translation>
    </message>
    <message>
        <source>Choose at least one line to credit.</source>
        <translation>Scegliere almeno una riga da stornare.</translation>
    </message>
    <message>
        <source>Invoice %1 has no line %2.</source>
        <translation>La fattura %1 non ha la riga %2.</translation>
    </message>
    <message>
        <source>The amount to credit on line %1 must be more than zero.</source>
        <translation>L&apos;importo da stornare sulla riga %1 deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>Line %1 can be credited up to %2.</source>
        <translation>La riga %1 può essere stornata fino a %2.</translation>
    </message>
    <message>
        <source>The amount to credit must be more than zero.</source>
        <translation>L&apos;importo da stornare deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>At most %1 of invoice %2 is left to credit.</source>
        <translation>Della fattura %2 restano da stornare al massimo %1.</translation>
    </message>
    <message>
        <source>Invoice %1 has no taxed lines to credit.</source>
        <translation>La fattura %1 non ha righe soggette a imposta da stornare.</translation>
    </message>
    <message>
        <source>Credit on invoice %1</source>
        <translation>Storno della fattura %1</translation>
    </message>
    <message>
        <source>A credit note cannot be dated before the invoice it corrects (%1).</source>
        <translation>Una nota di credito non può avere una data precedente alla fattura che storna (%1).</translation>
    </message>
    <message>
        <source>Nothing of invoice %1 is left to credit.</source>
        <translation>Della fattura %1 non resta nulla da stornare.</translation>
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
        <translation>Il primo mese non deve essere successivo all&apos;ultimo.</translation>
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
    <message>
        <source>There is no product number %1.</source>
        <translation>Non esiste il prodotto numero %1.</translation>
    </message>
    <message>
        <source>A plan with the code %1 already exists.</source>
        <translation>Esiste già un piano con il codice %1.</translation>
    </message>
    <message>
        <source>There is no plan number %1.</source>
        <translation>Non esiste il piano numero %1.</translation>
    </message>
    <message>
        <source>There is no add-on number %1.</source>
        <translation>Non esiste l&apos;add-on numero %1.</translation>
    </message>
    <message>
        <source>The plan %1 lists the add-on number %2 twice.</source>
        <translation>Il piano %1 elenca due volte l&apos;add-on numero %2.</translation>
    </message>
    <message>
        <source>An add-on with the code %1 already exists.</source>
        <translation>Esiste già un add-on con il codice %1.</translation>
    </message>
    <message>
        <source>The plan already has a metered charge for the metric %1.</source>
        <translation>Il piano ha già un addebito a consumo per la metrica %1.</translation>
    </message>
    <message>
        <source>There is no metered charge number %1.</source>
        <translation>Non esiste l&apos;addebito a consumo numero %1.</translation>
    </message>
    <message>
        <source>The plan %1 already has a price in %2 (%3).</source>
        <translation>Il piano %1 ha già un prezzo in %2 (%3).</translation>
    </message>
    <message>
        <source>The add-on %1 already has a price in %2 (%3).</source>
        <translation>L&apos;add-on %1 ha già un prezzo in %2 (%3).</translation>
    </message>
    <message>
        <source>The metered charge %1 already has a price in %2 (%3).</source>
        <translation>L&apos;addebito a consumo %1 ha già un prezzo in %2 (%3).</translation>
    </message>
    <message>
        <source>The plan %1 already has a price in %2.</source>
        <translation>Il piano %1 ha già un prezzo in %2.</translation>
    </message>
    <message>
        <source>The add-on %1 already has a price in %2.</source>
        <translation>L&apos;add-on %1 ha già un prezzo in %2.</translation>
    </message>
    <message>
        <source>The metered charge %1 already has a price in %2.</source>
        <translation>L&apos;addebito a consumo %1 ha già un prezzo in %2.</translation>
    </message>
    <message>
        <source>The price version is in %1 but its price is in %2.</source>
        <translation>La versione del prezzo è in %1, ma il prezzo è in %2.</translation>
    </message>
    <message>
        <source>The price already has a version that takes effect on %1.</source>
        <translation>Il prezzo ha già una versione che entra in vigore il %1.</translation>
    </message>
    <message>
        <source>There is no price number %1.</source>
        <translation>Non esiste il prezzo numero %1.</translation>
    </message>
    <message>
        <source>A coupon with the code %1 already exists.</source>
        <translation>Esiste già un coupon con il codice %1.</translation>
    </message>
    <message>
        <source>There is no coupon number %1.</source>
        <translation>Non esiste il coupon numero %1.</translation>
    </message>
    <message>
        <source>There is no document number %1.</source>
        <translation>Non esiste il documento numero %1.</translation>
    </message>
    <message>
        <source>Subscription %1 is already billed for %2 (charge %3) for the period starting %4; nothing was stored.</source>
        <translation>L&apos;abbonamento %1 è già fatturato per %2 (addebito %3) per il periodo che inizia il %4; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>There is no subscription number %1.</source>
        <translation>Non esiste l&apos;abbonamento numero %1.</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; of subscription %2 refers to a subscription, plan, price or event that does not exist.</source>
        <translation>L&apos;evento &quot;%1&quot; dell&apos;abbonamento %2 fa riferimento a un abbonamento, piano, prezzo o evento inesistente.</translation>
    </message>
    <message>
        <source>The company file cancelled the change after an error; nothing was saved.</source>
        <translation>Il file dell&apos;azienda ha annullato la modifica dopo un errore; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>There is no bank account number %1.</source>
        <translation>Non esiste il conto bancario numero %1.</translation>
    </message>
    <message>
        <source>There is no tax rate number %1.</source>
        <translation>Non esiste l&apos;aliquota numero %1.</translation>
    </message>
    <message>
        <source>There is no numbering series number %1.</source>
        <translation>Non esiste la serie di numerazione numero %1.</translation>
    </message>
    <message>
        <source>The numbering series &quot;%1&quot; has issued documents: its pattern, kind and yearly restart can no longer change. Create a new series instead.</source>
        <translation>La serie di numerazione &quot;%1&quot; ha documenti emessi: il suo schema, il suo tipo e il riavvio annuale non possono più cambiare. Creare invece una nuova serie.</translation>
    </message>
    <message>
        <source>A credit entry of customer %1 refers to a customer, document or payment that does not exist.</source>
        <translation>Una voce di credito del cliente %1 fa riferimento a un cliente, documento o pagamento inesistente.</translation>
    </message>
    <message>
        <source>Only drafts can be stored as new documents (document of customer %1 is %2).</source>
        <translation>Solo le bozze possono essere salvate come nuovi documenti (il documento del cliente %1 è %2).</translation>
    </message>
    <message>
        <source>A document for customer %1 refers to a customer, billing run or corrected document that does not exist.</source>
        <translation>Un documento del cliente %1 fa riferimento a un cliente, ciclo di fatturazione o documento rettificato inesistente.</translation>
    </message>
    <message>
        <source>Document %1 is issued already and cannot be changed.</source>
        <translation>Il documento %1 è già emesso e non può essere modificato.</translation>
    </message>
    <message>
        <source>Document %1 has no line number %2.</source>
        <translation>Il documento %1 non ha la riga numero %2.</translation>
    </message>
    <message>
        <source>The number %1 is taken already.</source>
        <translation>Il numero %1 è già utilizzato.</translation>
    </message>
    <message>
        <source>Document %1 refers to a numbering series or corrected document that does not exist.</source>
        <translation>Il documento %1 fa riferimento a una serie di numerazione o a un documento rettificato inesistente.</translation>
    </message>
    <message>
        <source>Document %1 can move between issued and uncollectible only; drafts are issued by issuing them.</source>
        <translation>Il documento %1 può passare solo tra emesso e inesigibile; le bozze diventano emesse solo tramite emissione.</translation>
    </message>
    <message>
        <source>The settlement of document %1 would fall below zero.</source>
        <translation>Il saldato del documento %1 scenderebbe sotto zero.</translation>
    </message>
    <message>
        <source>The settlement of invoice %1 would exceed its total.</source>
        <translation>Il saldato della fattura %1 supererebbe il suo totale.</translation>
    </message>
    <message>
        <source>A payment allocates to document %1 more than once.</source>
        <translation>Un pagamento è imputato più di una volta al documento %1.</translation>
    </message>
    <message>
        <source>There is no payment number %1.</source>
        <translation>Non esiste il pagamento numero %1.</translation>
    </message>
    <message>
        <source>Cannot read the figures of %1: %2</source>
        <translation>Impossibile leggere i valori di %1: %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>il file non esiste.</translation>
    </message>
    <message>
        <source>it is not a SubDesk company file.</source>
        <translation>non è un file dell&apos;azienda SubDesk.</translation>
    </message>
    <message>
        <source>it was written by an older SubDesk. Open it once to update it.</source>
        <translation>è stato scritto da una versione precedente di SubDesk. Aprirlo una volta per aggiornarlo.</translation>
    </message>
    <message>
        <source>it was written by a newer SubDesk.</source>
        <translation>è stato scritto da una versione più recente di SubDesk.</translation>
    </message>
    <message>
        <source>An MRR span of subscription %1 is not valid.</source>
        <translation>Un intervallo MRR dell&apos;abbonamento %1 non è valido.</translation>
    </message>
    <message>
        <source>An MRR span names a subscription, customer or plan that does not exist (subscription %1).</source>
        <translation>Un intervallo MRR fa riferimento a un abbonamento, cliente o piano inesistente (abbonamento %1).</translation>
    </message>
    <message>
        <source>Two MRR spans of subscription %1 start on the same day.</source>
        <translation>Due intervalli MRR dell&apos;abbonamento %1 iniziano lo stesso giorno.</translation>
    </message>
    <message>
        <source>An exchange rate of %1 has no valid month.</source>
        <translation>Un tasso di cambio di %1 non ha un mese valido.</translation>
    </message>
    <message>
        <source>There is no %1 exchange rate for %2.</source>
        <translation>Non esiste un tasso di cambio %1 per %2.</translation>
    </message>
    <message>
        <source>The company file holds an unreadable row in %1.</source>
        <translation>Il file dell&apos;azienda contiene una riga illeggibile in %1.</translation>
    </message>
    <message>
        <source>There is no survey answer number %1.</source>
        <translation>Non esiste la risposta al sondaggio numero %1.</translation>
    </message>
    <message>
        <source>The survey answer of customer %1 on %2 is not valid.</source>
        <translation>La risposta al sondaggio del cliente %1 del %2 non è valida.</translation>
    </message>
</context>
<context>
    <name>DemoCatalog</name>
    <message>
        <source>The company already has a catalog; the demo catalog goes only into an empty company file.</source>
        <translation>L&apos;azienda ha già un catalogo; il catalogo dimostrativo può essere aggiunto solo a un file dell&apos;azienda vuoto.</translation>
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
        <translation>sottoscrizione</translation>
    </message>
    <message>
        <source>changing</source>
        <translation>modifica</translation>
    </message>
    <message>
        <source>pausing</source>
        <translation>sospensione</translation>
    </message>
    <message>
        <source>resuming</source>
        <translation>ripresa</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>disdetta</translation>
    </message>
    <message>
        <source>reactivating</source>
        <translation>riattivazione</translation>
    </message>
    <message>
        <source>Demo billing run of %1: %2</source>
        <translation>Ciclo di fatturazione dimostrativo del %1: %2</translation>
    </message>
    <message>
        <source>Demo usage of %1: %2</source>
        <translation>Consumo dimostrativo del %1: %2</translation>
    </message>
    <message>
        <source>Demo price migration: %1</source>
        <translation>Migrazione dimostrativa dei prezzi: %1</translation>
    </message>
    <message>
        <source>Demo history, %1 %2 on %3: %4</source>
        <translation>Storico dimostrativo, %1 per %2 il %3: %4</translation>
    </message>
    <message>
        <source>Demo %1: %2</source>
        <translation>Demo %1: %2</translation>
    </message>
    <message>
        <source>metrics settings</source>
        <translation>impostazioni delle metriche</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>tassi di cambio</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>risposte ai sondaggi</translation>
    </message>
    <message>
        <source>MRR spans</source>
        <translation>intervalli MRR</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota di credito</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emesso</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Parzialmente pagato</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Stornato</translation>
    </message>
    <message>
        <source>Uncollectible</source>
        <translation>Inesigibile</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>Print %1</source>
        <translation>Stampa %1</translation>
    </message>
</context>
<context>
    <name>DocumentIssuer</name>
    <message>
        <source>Fill in the company&apos;s name and country (Settings → Company) before issuing documents: every document must name its seller.</source>
        <translation>Compilare il nome e il paese dell&apos;azienda (Impostazioni → Azienda) prima di emettere documenti: ogni documento deve indicare il cedente.</translation>
    </message>
    <message>
        <source>A document without lines cannot be issued.</source>
        <translation>Non è possibile emettere un documento senza righe.</translation>
    </message>
    <message>
        <source>An invoice cannot total less than zero; issue a credit note instead.</source>
        <translation>Il totale di una fattura non può essere inferiore a zero; emettere invece una nota di credito.</translation>
    </message>
    <message>
        <source>A credit note must total less than zero.</source>
        <translation>Il totale di una nota di credito deve essere inferiore a zero.</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>Reverse charge</source>
        <translation>Inversione contabile</translation>
    </message>
    <message>
        <source>Export outside the EU — VAT not charged</source>
        <translation>Esportazione extra UE — operazione non imponibile IVA</translation>
    </message>
    <message>
        <source>Intra-community supply exempt from VAT</source>
        <translation>Cessione intracomunitaria esente IVA</translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation>Operazione fuori campo IVA</translation>
    </message>
    <message>
        <source>Exempt from VAT</source>
        <translation>Esente IVA</translation>
    </message>
    <message>
        <source>Zero-rated supply</source>
        <translation>Operazione ad aliquota zero</translation>
    </message>
    <message>
        <source>Standard rate</source>
        <translation>Aliquota ordinaria</translation>
    </message>
    <message>
        <source>Zero rate</source>
        <translation>Aliquota zero</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Esente</translation>
    </message>
    <message>
        <source>Intra-community supply</source>
        <translation>Cessione intracomunitaria</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esportazione</translation>
    </message>
    <message>
        <source>VAT ID: %1</source>
        <translation>Partita IVA: %1</translation>
    </message>
    <message>
        <source>Reg. no.: %1</source>
        <translation>N. registro imprese: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota di credito</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Data di emissione</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Data di scadenza</translation>
    </message>
    <message>
        <source>Supply period</source>
        <translation>Periodo di fornitura</translation>
    </message>
    <message>
        <source>Corrects invoice</source>
        <translation>Fattura rettificata</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Intestatario</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Q.tà</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Importo netto</translation>
    </message>
    <message>
        <source>VAT summary</source>
        <translation>Riepilogo IVA</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Aliquota</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Imponibile</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Totale imponibile</translation>
    </message>
    <message>
        <source>VAT total</source>
        <translation>Totale IVA</translation>
    </message>
    <message>
        <source>Total credited</source>
        <translation>Totale stornato</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Credit applied</source>
        <translation>Credito utilizzato</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Stornato</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importo dovuto</translation>
    </message>
    <message>
        <source>Seller&apos;s VAT ID: %1 · Customer&apos;s VAT ID: %2</source>
        <translation>Partita IVA del cedente: %1 · Partita IVA del cessionario: %2</translation>
    </message>
    <message>
        <source>Corrects invoice %1 of %2</source>
        <translation>Rettifica la fattura %1 del %2</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banca</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Intestatario del conto</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Riferimento pagamento</translation>
    </message>
    <message>
        <source>Payable by %1</source>
        <translation>Da pagare entro il %1</translation>
    </message>
    <message>
        <source>Paid in full. Thank you.</source>
        <translation>Interamente pagato. Grazie.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Estratto conto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Dare</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Avere</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Saldo iniziale</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Saldo finale</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Saldo da pagare</translation>
    </message>
    <message>
        <source>Balance in your favour</source>
        <translation>Saldo a vostro favore</translation>
    </message>
    <message>
        <source>Nothing is due</source>
        <translation>Nessun importo dovuto</translation>
    </message>
</context>
<context>
    <name>DrillDowns</name>
    <message>
        <source>Plan %1</source>
        <translation>Piano %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Unknown figure.</source>
        <translation>Valore sconosciuto.</translation>
    </message>
    <message>
        <source>%1: customers paying on %2, the day before the 12 months to %3</source>
        <translation>%1: clienti paganti al %2, il giorno prima dei 12 mesi fino al %3</translation>
    </message>
    <message>
        <source>%1: customers paying on %2</source>
        <translation>%1: clienti paganti al %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>MRR (%1)</source>
        <translation>MRR (%1)</translation>
    </message>
    <message>
        <source>Subscription %1 · %2</source>
        <translation>Abbonamento %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clienti</numerusform>
        </translation>
    </message>
    <message>
        <source>NRR and GRR follow these customers over the 12 months that start the next day: what they pay at the end, without new customers, against what they paid here.</source>
        <translation>NRR e GRR seguono questi clienti nei 12 mesi che iniziano il giorno successivo: quanto pagano alla fine, senza nuovi clienti, rispetto a quanto pagavano qui.</translation>
    </message>
    <message>
        <source>%1, MRR at the window&apos;s start %2</source>
        <translation>%1, MRR all&apos;inizio del periodo %2</translation>
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
        <translation>Il CLV è l&apos;ARPA diviso per l&apos;abbandono clienti (logo churn) mensile medio degli ultimi 6 mesi.</translation>
    </message>
    <message>
        <source>%1 with MRR %2</source>
        <translation>%1 con MRR %2</translation>
    </message>
    <message>
        <source>Total MRR %1 (%2)</source>
        <translation>MRR totale %1 (%2)</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>Movimenti MRR</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimento</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln variazione</numerusform>
            <numerusform>%Ln variazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>Logo churn counts these customers against those paying at the month&apos;s start.</source>
        <translation>L&apos;abbandono clienti (logo churn) confronta questi clienti con quelli paganti all&apos;inizio del mese.</translation>
    </message>
    <message>
        <source>%1, net %2</source>
        <translation>%1, netto %2</translation>
    </message>
    <message>
        <source>the 90 days to %1</source>
        <translation>i 90 giorni fino al %1</translation>
    </message>
    <message>
        <source>NPS answers in %1</source>
        <translation>Risposte NPS in %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln risposta</numerusform>
            <numerusform>%Ln risposte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 promoters, %3 passives, %4 detractors, NPS %5</source>
        <translation>%1: %2 promotori, %3 passivi, %4 detrattori, NPS %5</translation>
    </message>
</context>
<context>
    <name>FxRateCsv</name>
    <message numerus="yes">
        <source>the row has %n column(s); it needs three: month, currency, rate.</source>
        <translation>
            <numerusform>la riga ha %n colonna; ne servono tre: mese, valuta, tasso.</numerusform>
            <numerusform>la riga ha %n colonne; ne servono tre: mese, valuta, tasso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Month (column 1): &quot;%1&quot; is not a month written YYYY-MM.</source>
        <translation>Mese (colonna 1): &quot;%1&quot; non è un mese nel formato AAAA-MM.</translation>
    </message>
    <message>
        <source>Currency (column 2): &quot;%1&quot; is not an ISO 4217 currency code such as SEK.</source>
        <translation>Valuta (colonna 2): &quot;%1&quot; non è un codice valuta ISO 4217 come SEK.</translation>
    </message>
    <message>
        <source>Currency (column 2): %1 is the reporting currency; it needs no rate.</source>
        <translation>Valuta (colonna 2): %1 è la valuta di riferimento; non richiede un tasso.</translation>
    </message>
    <message>
        <source>Rate (column 3): %1</source>
        <translation>Tasso (colonna 3): %1</translation>
    </message>
    <message>
        <source>%1 %2 is given twice in the file.</source>
        <translation>%1 %2 compare due volte nel file.</translation>
    </message>
</context>
<context>
    <name>FxTable</name>
    <message>
        <source>&quot;%1&quot; is not an exchange rate: give a number above 0 with at most 8 decimals, e.g. 0.087312.</source>
        <translation>&quot;%1&quot; non è un tasso di cambio: indicare un numero maggiore di 0 con al massimo 8 decimali, ad es. 0.087312.</translation>
    </message>
</context>
<context>
    <name>InvoiceActions</name>
    <message>
        <source>&amp;New invoice…</source>
        <translation>&amp;Nuova fattura…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuovo…</translation>
    </message>
    <message>
        <source>Write a manual invoice or a one-off charge</source>
        <translation>Crea una fattura manuale o un addebito una tantum</translation>
    </message>
    <message>
        <source>&amp;Edit draft…</source>
        <translation>&amp;Modifica bozza…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Change the lines of the selected manual draft</source>
        <translation>Modifica le righe della bozza manuale selezionata</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Emetti…</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Emetti…</translation>
    </message>
    <message>
        <source>Number the selected draft and make it final</source>
        <translation>Numera la bozza selezionata e la rende definitiva</translation>
    </message>
    <message>
        <source>Issue &amp;all drafts…</source>
        <translation>Emetti &amp;tutte le bozze…</translation>
    </message>
    <message>
        <source>Issue all drafts…</source>
        <translation>Emetti tutte le bozze…</translation>
    </message>
    <message>
        <source>Number every draft dated up to today and make them final</source>
        <translation>Numera tutte le bozze con data fino a oggi e le rende definitive</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Registra &amp;pagamento…</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>Pagamento…</translation>
    </message>
    <message>
        <source>Record money received for the selected invoice</source>
        <translation>Registra un incasso per la fattura selezionata</translation>
    </message>
    <message>
        <source>&amp;Credit…</source>
        <translation>&amp;Storna…</translation>
    </message>
    <message>
        <source>Credit…</source>
        <translation>Storna…</translation>
    </message>
    <message>
        <source>Issue a credit note against the selected invoice</source>
        <translation>Emette una nota di credito a fronte della fattura selezionata</translation>
    </message>
    <message>
        <source>Mark &amp;uncollectible…</source>
        <translation>Segna come &amp;inesigibile…</translation>
    </message>
    <message>
        <source>Uncollectible…</source>
        <translation>Inesigibile…</translation>
    </message>
    <message>
        <source>Write the selected invoice off as never to be paid</source>
        <translation>Stralcia la fattura selezionata come definitivamente non pagabile</translation>
    </message>
    <message>
        <source>Apply customer cre&amp;dit</source>
        <translation>Applica &amp;credito del cliente</translation>
    </message>
    <message>
        <source>Apply credit</source>
        <translation>Applica credito</translation>
    </message>
    <message>
        <source>Settle the selected invoice with the customer&apos;s credit balance in its currency</source>
        <translation>Salda la fattura selezionata con il credito del cliente nella sua valuta</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>Elimina &amp;bozza…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Delete the selected draft</source>
        <translation>Elimina la bozza selezionata</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Salva &amp;PDF…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the selected document as a PDF file</source>
        <translation>Salva il documento selezionato come file PDF</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Stamp&amp;a…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>Print the selected document, with a preview</source>
        <translation>Stampa il documento selezionato, con anteprima</translation>
    </message>
    <message>
        <source>Save &amp;UBL…</source>
        <translation>Salva &amp;UBL…</translation>
    </message>
    <message>
        <source>UBL…</source>
        <translation>UBL…</translation>
    </message>
    <message>
        <source>Save the selected document as a UBL e-invoice (EN 16931, Peppol BIS 3.0)</source>
        <translation>Salva il documento selezionato come fattura elettronica UBL (EN 16931, Peppol BIS 3.0)</translation>
    </message>
    <message>
        <source>E&amp;xport documents…</source>
        <translation>E&amp;sporta documenti…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Save the PDF and UBL files of every document issued in a date range</source>
        <translation>Salva i file PDF e UBL di tutti i documenti emessi in un intervallo di date</translation>
    </message>
</context>
<context>
    <name>InvoicePrompts</name>
    <message>
        <source>Issue all drafts</source>
        <translation>Emetti tutte le bozze</translation>
    </message>
    <message numerus="yes">
        <source>Issue %Ln draft(s) dated up to %1?</source>
        <translation>
            <numerusform>Emettere %Ln bozza con data fino al %1?</numerusform>
            <numerusform>Emettere %Ln bozze con data fino al %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each gets the next number of its series, dated today, and can no longer be changed or deleted. Either all are issued or, if one cannot be, none.</source>
        <translation>Ciascuna riceve il numero successivo della sua serie, con la data di oggi, e non potrà più essere modificata o eliminata. Vengono emesse tutte oppure, se una non può esserlo, nessuna.</translation>
    </message>
    <message>
        <source>&amp;Issue all</source>
        <translation>&amp;Emetti tutte</translation>
    </message>
    <message>
        <source>Mark uncollectible</source>
        <translation>Segna come inesigibile</translation>
    </message>
    <message>
        <source>Write off invoice %1 with %2 still unpaid?</source>
        <translation>Stralciare la fattura %1 con %2 ancora da pagare?</translation>
    </message>
    <message>
        <source>It stays on the customer&apos;s statement and in the aging report&apos;s totals as uncollectible, and is no longer offered for payments.</source>
        <translation>Rimane nell&apos;estratto conto del cliente e nei totali del report di anzianità crediti come inesigibile e non viene più proposta per i pagamenti.</translation>
    </message>
    <message>
        <source>&amp;Mark uncollectible</source>
        <translation>&amp;Segna come inesigibile</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Elimina bozza</translation>
    </message>
    <message>
        <source>Delete the draft %1 of %2 for %3?</source>
        <translation>Eliminare la bozza %1 del %2 per %3?</translation>
    </message>
    <message>
        <source>Its lines are deleted with it. A draft has no number yet, so no number is lost.</source>
        <translation>Anche le sue righe vengono eliminate. Una bozza non ha ancora un numero, quindi nessun numero va perso.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
</context>
<context>
    <name>InvoiceService</name>
    <message>
        <source>%1 is issued and can no longer be edited.</source>
        <translation>%1 è emesso e non può più essere modificato.</translation>
    </message>
    <message>
        <source>%1 is issued and can never be deleted; credit it instead.</source>
        <translation>%1 è emesso e non potrà mai essere eliminato; stornarlo invece con una nota di credito.</translation>
    </message>
    <message>
        <source>%1 is issued already.</source>
        <translation>%1 è già emesso.</translation>
    </message>
    <message>
        <source>The issue date is not valid.</source>
        <translation>La data di emissione non è valida.</translation>
    </message>
    <message>
        <source>A document dated %1 cannot be issued on an earlier day (%2).</source>
        <translation>Un documento con data %1 non può essere emesso in un giorno precedente (%2).</translation>
    </message>
    <message>
        <source>The series &quot;%1&quot; has a document issued on %2; a later number cannot carry an earlier date.</source>
        <translation>La serie &quot;%1&quot; ha un documento emesso il %2; un numero successivo non può avere una data precedente.</translation>
    </message>
    <message>
        <source>Document of %1 for customer %2</source>
        <translation>Documento del %1 per il cliente %2</translation>
    </message>
    <message>
        <source> (reduced by %1 so the credit stays within the invoice)</source>
        <translation> (ridotto di %1 affinché lo storno non superi la fattura)</translation>
    </message>
    <message>
        <source>Only an issued invoice can be written off as uncollectible.</source>
        <translation>Solo una fattura emessa può essere stralciata come inesigibile.</translation>
    </message>
    <message>
        <source>Invoice %1 has nothing left to collect.</source>
        <translation>La fattura %1 non ha più nulla da incassare.</translation>
    </message>
    <message>
        <source>Credit can only be applied to an issued invoice.</source>
        <translation>Il credito può essere utilizzato solo su una fattura emessa.</translation>
    </message>
    <message>
        <source>The amount of credit to apply must be more than zero.</source>
        <translation>L&apos;importo del credito da utilizzare deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>Invoice %1 has nothing left to pay.</source>
        <translation>La fattura %1 non ha più nulla da pagare.</translation>
    </message>
    <message>
        <source>The customer has no credit in %1 to apply.</source>
        <translation>Il cliente non ha credito in %1 da utilizzare.</translation>
    </message>
    <message>
        <source>A document cannot be issued on a day after today (%1).</source>
        <translation>Un documento non può essere emesso con una data successiva a oggi (%1).</translation>
    </message>
    <message>
        <source>The credit note would credit %1, more than the %2 of invoice %3 left to credit (in all or at one of its VAT rates).</source>
        <translation>La nota di credito stornerebbe %1, più dei %2 della fattura %3 ancora da stornare (in totale o per una delle sue aliquote IVA).</translation>
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
        <translation>&quot;%1&quot; non è un codice valuta noto.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>Una fattura deve avere almeno una riga.</translation>
    </message>
    <message>
        <source>Line %1: the description is empty.</source>
        <translation>Riga %1: la descrizione è vuota.</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be at least 1.</source>
        <translation>Riga %1: la quantità deve essere almeno 1.</translation>
    </message>
    <message>
        <source>Line %1: the period needs a start and a later end, or neither.</source>
        <translation>Riga %1: il periodo richiede un inizio e una fine successiva, oppure nessuno dei due.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>The lines total less than zero; credit an invoice with a credit note instead.</source>
        <translation>Il totale delle righe è inferiore a zero; stornare invece una fattura con una nota di credito.</translation>
    </message>
</context>
<context>
    <name>MeteredCharge</name>
    <message>
        <source>Sum</source>
        <translation>Somma</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Massimo</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Ultimo valore</translation>
    </message>
    <message>
        <source>A metered charge needs a metric code of 1 to %1 characters.</source>
        <translation>Un addebito a consumo richiede un codice metrica da 1 a %1 caratteri.</translation>
    </message>
    <message>
        <source>The metric code &quot;%1&quot; may only contain lower-case letters a–z, digits, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>Il codice metrica &quot;%1&quot; può contenere solo lettere minuscole a–z, cifre, &quot;_&quot; e &quot;.&quot;.</translation>
    </message>
    <message>
        <source>The metered charge %1 needs a name.</source>
        <translation>L&apos;addebito a consumo %1 deve avere un nome.</translation>
    </message>
</context>
<context>
    <name>MeteredChargeDialog</name>
    <message>
        <source>All usage in the period added up: API calls, messages sent.</source>
        <translation>Tutto il consumo del periodo sommato: chiamate API, messaggi inviati.</translation>
    </message>
    <message>
        <source>The highest value in the period: peak storage, peak seats.</source>
        <translation>Il valore più alto del periodo: picco di spazio di archiviazione, picco di postazioni.</translation>
    </message>
    <message>
        <source>The latest value in the period: a meter read at the period&apos;s end.</source>
        <translation>L&apos;ultimo valore del periodo: una lettura del contatore alla fine del periodo.</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>New</source>
        <translation>Nuovi</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Riattivazione</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Espansione</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Contrazione</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Abbandono (churn)</translation>
    </message>
    <message>
        <source>%1 has no exchange rate to %2 for %3: its amounts are left out of that month.</source>
        <translation>%1 non ha un tasso di cambio verso %2 per %3: i suoi importi sono esclusi da quel mese.</translation>
    </message>
    <message>
        <source>%1 has no exchange rate to %2 from %3 to %4: its amounts are left out of those months.</source>
        <translation>%1 non ha un tasso di cambio verso %2 dal %3 al %4: i suoi importi sono esclusi da quei mesi.</translation>
    </message>
    <message>
        <source>Invoices in %1 have no exchange rate to %2 for %3: they are left out of the reconciliation.</source>
        <translation>Le fatture in %1 non hanno un tasso di cambio verso %2 per %3: sono escluse dalla riconciliazione.</translation>
    </message>
    <message>
        <source>Invoices in %1 have no exchange rate to %2 from %3 to %4: they are left out of the reconciliation.</source>
        <translation>Le fatture in %1 non hanno un tasso di cambio verso %2 dal %3 al %4: sono escluse dalla riconciliazione.</translation>
    </message>
</context>
<context>
    <name>MetricsService</name>
    <message>
        <source>Subscription %1 is left out of the refreshed figures: %2</source>
        <translation>L&apos;abbonamento %1 è escluso dai valori aggiornati: %2</translation>
    </message>
    <message>
        <source>An exchange rate of %1 has no month.</source>
        <translation>Un tasso di cambio di %1 non ha un mese.</translation>
    </message>
    <message>
        <source>Currency: “%1” is not an ISO 4217 code in capitals (e.g. SEK).</source>
        <translation>Valuta: “%1” non è un codice ISO 4217 in maiuscolo (ad es. SEK).</translation>
    </message>
    <message>
        <source>%1 is the reporting currency: its rate is always 1 and is not stored.</source>
        <translation>%1 è la valuta di riferimento: il suo tasso è sempre 1 e non viene memorizzato.</translation>
    </message>
    <message>
        <source>Rate: the %1 rate for %2 must be greater than zero.</source>
        <translation>Tasso: il tasso %1 per %2 deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>Rate: the %1 rate for %2 is larger than 1,000,000.</source>
        <translation>Tasso: il tasso %1 per %2 è superiore a 1.000.000.</translation>
    </message>
    <message>
        <source>The %1 rate for %2 is given twice.</source>
        <translation>Il tasso %1 per %2 è indicato due volte.</translation>
    </message>
    <message>
        <source>Reporting currency: “%1” is not an ISO 4217 code (e.g. EUR).</source>
        <translation>Valuta di riferimento: “%1” non è un codice ISO 4217 (ad es. EUR).</translation>
    </message>
    <message>
        <source>Gross margin: it must be between 0 % and 100 %.</source>
        <translation>Margine lordo: deve essere compreso tra 0 % e 100 %.</translation>
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
    <name>NumberSeries</name>
    <message>
        <source>The pattern has a &quot;}&quot; without a matching &quot;{&quot; at position %1.</source>
        <translation>Lo schema ha una &quot;}&quot; senza la corrispondente &quot;{&quot; alla posizione %1.</translation>
    </message>
    <message>
        <source>The pattern has a &quot;{&quot; without a matching &quot;}&quot; at position %1.</source>
        <translation>Lo schema ha una &quot;{&quot; senza la corrispondente &quot;}&quot; alla posizione %1.</translation>
    </message>
    <message>
        <source>The pattern has an unknown token %1; use {YYYY}, {YY}, {MM} and {#…} (one # per digit).</source>
        <translation>Lo schema contiene un segnaposto sconosciuto %1; usare {YYYY}, {YY}, {MM} e {#…} (un # per cifra).</translation>
    </message>
    <message>
        <source>The pattern is empty.</source>
        <translation>Lo schema è vuoto.</translation>
    </message>
    <message>
        <source>The pattern starts or ends with a space.</source>
        <translation>Lo schema inizia o termina con uno spazio.</translation>
    </message>
    <message>
        <source>The pattern has no counter: add {#…} with one # per digit, e.g. {#####}.</source>
        <translation>Lo schema non ha un contatore: aggiungere {#…} con un # per cifra, ad es. {#####}.</translation>
    </message>
    <message>
        <source>The pattern has more than one counter {#…}.</source>
        <translation>Lo schema ha più di un contatore {#…}.</translation>
    </message>
    <message>
        <source>A series that restarts every year needs the year in its pattern ({YYYY} or {YY}); otherwise numbers would repeat.</source>
        <translation>Una serie che riparte ogni anno richiede l&apos;anno nello schema ({YYYY} o {YY}); altrimenti i numeri si ripeterebbero.</translation>
    </message>
    <message>
        <source>The pattern gives numbers of %1 characters; at most %2 are allowed.</source>
        <translation>Lo schema genera numeri di %1 caratteri; ne sono consentiti al massimo %2.</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossibile scrivere %1: %2.</translation>
    </message>
    <message>
        <source>the file could not be renamed</source>
        <translation>impossibile rinominare il file</translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; cannot be written: the output is not open for writing.</source>
        <translation>Impossibile scrivere il PDF &quot;%1&quot;: l&apos;output non è aperto in scrittura.</translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; could not be started.</source>
        <translation>Impossibile avviare il PDF &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; could not be finished.</source>
        <translation>Impossibile completare il PDF &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only an issued document can be exported as an e-invoice.</source>
        <translation>Solo un documento emesso può essere esportato come fattura elettronica.</translation>
    </message>
    <message>
        <source>The document %1 has no lines to export.</source>
        <translation>Il documento %1 non ha righe da esportare.</translation>
    </message>
    <message>
        <source>The e-invoice %1 could not be written: %2.</source>
        <translation>Impossibile scrivere la fattura elettronica %1: %2.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bonifico bancario</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Addebito diretto</translation>
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
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>&quot;%1&quot; is not a known currency code.</source>
        <translation>&quot;%1&quot; non è un codice valuta noto.</translation>
    </message>
    <message>
        <source>The amount of a payment must be more than zero.</source>
        <translation>L&apos;importo di un pagamento deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>A payment cannot be dated after today (%1).</source>
        <translation>Un pagamento non può avere una data successiva a oggi (%1).</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>la bozza</translation>
    </message>
    <message>
        <source>%1 is not an issued invoice; payments settle invoices.</source>
        <translation>%1 non è una fattura emessa; i pagamenti saldano fatture.</translation>
    </message>
    <message>
        <source>%1 belongs to another customer.</source>
        <translation>%1 appartiene a un altro cliente.</translation>
    </message>
    <message>
        <source>%1 is in %2, the payment in %3.</source>
        <translation>%1 è in %2, il pagamento in %3.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 è indicato due volte.</translation>
    </message>
    <message>
        <source>The amount applied to %1 must be more than zero.</source>
        <translation>L&apos;importo imputato a %1 deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>%1 has %2 left to pay; %3 cannot be applied to it.</source>
        <translation>%1 ha ancora %2 da pagare; non è possibile imputargli %3.</translation>
    </message>
    <message>
        <source>The amounts applied to invoices add up to more than the payment (%1).</source>
        <translation>Gli importi imputati alle fatture superano il pagamento (%1).</translation>
    </message>
    <message>
        <source>The amount of a refund must be more than zero.</source>
        <translation>L&apos;importo di un rimborso deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>A refund cannot be dated after today (%1).</source>
        <translation>Un rimborso non può avere una data successiva a oggi (%1).</translation>
    </message>
    <message>
        <source>The customer has %1 of credit in %2; a refund cannot be more.</source>
        <translation>Il cliente ha un credito di %1 in %2; il rimborso non può essere superiore.</translation>
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
        <translation>Si rinnova</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scade</translation>
    </message>
    <message>
        <source>Evergreen</source>
        <translation>Senza scadenza</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), then renews</source>
        <translation>
            <numerusform>%n periodo, poi si rinnova</numerusform>
            <numerusform>%n periodi, poi si rinnova</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), then expires</source>
        <translation>
            <numerusform>%n periodo, poi scade</numerusform>
            <numerusform>%n periodi, poi scade</numerusform>
        </translation>
    </message>
    <message>
        <source>plan</source>
        <translation>piano</translation>
    </message>
    <message>
        <source>The plan %1 needs a name.</source>
        <translation>Il piano %1 deve avere un nome.</translation>
    </message>
    <message>
        <source>The trial of plan %1 must be 0 to %2 days, not %3.</source>
        <translation>Il periodo di prova del piano %1 deve essere compreso tra 0 e %2 giorni, non %3.</translation>
    </message>
    <message>
        <source>The term of plan %1 must be 0 (evergreen) to %2 periods, not %3.</source>
        <translation>La durata del piano %1 deve essere compresa tra 0 (senza scadenza) e %2 periodi, non %3.</translation>
    </message>
    <message>
        <source>The plan %1 has an empty feature line.</source>
        <translation>Il piano %1 ha una riga delle funzionalità vuota.</translation>
    </message>
</context>
<context>
    <name>Price</name>
    <message>
        <source>A price needs a currency.</source>
        <translation>Un prezzo richiede una valuta.</translation>
    </message>
    <message>
        <source>A price needs at least one version.</source>
        <translation>Un prezzo richiede almeno una versione.</translation>
    </message>
    <message>
        <source>Every price version needs the date it takes effect.</source>
        <translation>Ogni versione del prezzo richiede la data di entrata in vigore.</translation>
    </message>
    <message>
        <source>Price versions must take effect on different dates, in order; %1 comes twice or out of order.</source>
        <translation>Le versioni del prezzo devono entrare in vigore in date diverse, in ordine; %1 compare due volte o fuori ordine.</translation>
    </message>
    <message>
        <source>The pricing model is in %1 but the price is in %2.</source>
        <translation>Il modello di prezzo è in %1, ma il prezzo è in %2.</translation>
    </message>
    <message>
        <source>The setup fee is in %1 but the price is in %2.</source>
        <translation>Il costo di attivazione è in %1, ma il prezzo è in %2.</translation>
    </message>
    <message>
        <source>A setup fee cannot be negative.</source>
        <translation>Il costo di attivazione non può essere negativo.</translation>
    </message>
    <message>
        <source>Only plan prices have a setup fee.</source>
        <translation>Solo i prezzi dei piani hanno un costo di attivazione.</translation>
    </message>
</context>
<context>
    <name>PriceEditor</name>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>giorno</numerusform>
            <numerusform>giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>settimana</numerusform>
            <numerusform>settimane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>mese</numerusform>
            <numerusform>mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>anno</numerusform>
            <numerusform>anni</numerusform>
        </translation>
    </message>
    <message>
        <source>One amount per period, whatever the quantity.</source>
        <translation>Un importo per periodo, indipendentemente dalla quantità.</translation>
    </message>
    <message>
        <source>The unit price times the quantity, e.g. per seat.</source>
        <translation>Il prezzo unitario moltiplicato per la quantità, ad es. per postazione.</translation>
    </message>
    <message>
        <source>Each unit costs the price of the tier it falls in, plus the flat fee of every tier reached.</source>
        <translation>Ogni unità costa il prezzo dello scaglione in cui ricade, più la quota fissa di ogni scaglione raggiunto.</translation>
    </message>
    <message>
        <source>All units cost the price of the tier the quantity falls in, plus that tier&apos;s flat fee.</source>
        <translation>Tutte le unità costano il prezzo dello scaglione in cui ricade la quantità, più la quota fissa di quello scaglione.</translation>
    </message>
    <message>
        <source>Units are sold in packages; a started package counts as a whole one.</source>
        <translation>Le unità sono vendute a pacchetti; un pacchetto iniziato conta come intero.</translation>
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
        <translation>giornaliero</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>settimanale</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensile</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>annuale</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>ogni %n giorno</numerusform>
            <numerusform>ogni %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>ogni %n settimana</numerusform>
            <numerusform>ogni %n settimane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>ogni %n mese</numerusform>
            <numerusform>ogni %n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>ogni %n anno</numerusform>
            <numerusform>ogni %n anni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation>%1 per unità</translation>
    </message>
    <message>
        <source>graduated from %1 per unit</source>
        <translation>a scaglioni da %1 per unità</translation>
    </message>
    <message>
        <source>volume from %1 per unit</source>
        <translation>a volume da %1 per unità</translation>
    </message>
    <message>
        <source>%1 per %2 units</source>
        <translation>%1 per %2 unità</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>price, then how often</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no price yet</source>
        <translation>ancora nessun prezzo</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 e altri %2</translation>
    </message>
    <message>
        <source>%1 (also in %2)</source>
        <translation>%1 (anche in %2)</translation>
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
    <name>ReconciliationPage</name>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Sfasamento temporale</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposte</translation>
    </message>
    <message>
        <source>One-time fees</source>
        <translation>Importi una tantum</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Proration</source>
        <translation>Pro rata</translation>
    </message>
    <message>
        <source>Credit notes (−)</source>
        <translation>Note di credito (−)</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fatturato</translation>
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
    <name>Statement</name>
    <message>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota di credito</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <source>A statement needs a first day on or before its last day.</source>
        <translation>Un estratto conto richiede un primo giorno uguale o precedente all&apos;ultimo.</translation>
    </message>
</context>
<context>
    <name>Subscription</name>
    <message>
        <source>Scheduled</source>
        <translation>Programmato</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>In prova</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Sospeso</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Disdetto</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
</context>
<context>
    <name>SubscriptionEvent</name>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Temporary change</source>
        <translation>Modifica temporanea</translation>
    </message>
    <message>
        <source>Temporary change ended</source>
        <translation>Fine modifica temporanea</translation>
    </message>
    <message>
        <source>Moved to new prices</source>
        <translation>Passato ai nuovi prezzi</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Sospeso</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Ripreso</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Disdetto</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Riattivato</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Rinnovato</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduto</translation>
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
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Piano %1</translation>
    </message>
    <message>
        <source>Add-on %1</source>
        <translation>Add-on %1</translation>
    </message>
    <message>
        <source>, + %1</source>
        <translation>, + %1</translation>
    </message>
    <message>
        <source>, coupon %1</source>
        <translation>, coupon %1</translation>
    </message>
    <message>
        <source>plan %1 → %2</source>
        <translation>piano %1 → %2</translation>
    </message>
    <message>
        <source>new price of %1</source>
        <translation>nuovo prezzo di %1</translation>
    </message>
    <message>
        <source>quantity %1 → %2</source>
        <translation>quantità %1 → %2</translation>
    </message>
    <message>
        <source>interval %1 → %2</source>
        <translation>intervallo %1 → %2</translation>
    </message>
    <message>
        <source>billing day %1 → %2</source>
        <translation>giorno di fatturazione %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>add-on prices updated</source>
        <translation>prezzi degli add-on aggiornati</translation>
    </message>
    <message>
        <source>add-ons %1 → %2</source>
        <translation>add-on %1 → %2</translation>
    </message>
    <message>
        <source>coupon %1 → %2</source>
        <translation>coupon %1 → %2</translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation>%1 per unità</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Giorno %1</translation>
    </message>
</context>
<context>
    <name>SubscriptionTimeline</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 il %2</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; is not possible: %2</source>
        <translation>L&apos;evento &quot;%1&quot; non è possibile: %2</translation>
    </message>
    <message>
        <source>The subscription has no &quot;Created&quot; event.</source>
        <translation>L&apos;abbonamento non ha un evento &quot;Creato&quot;.</translation>
    </message>
    <message>
        <source>it must be dated on the start date and carry the configuration.</source>
        <translation>deve avere come data quella di inizio e contenere la configurazione.</translation>
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
        <translation>Web</translation>
    </message>
    <message>
        <source>In app</source>
        <translation>In app</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotori</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passivi</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detrattori</translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <source>&quot;%1&quot; is not a valid date.</source>
        <translation>&quot;%1&quot; non è una data valida.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a two-digit year; write the year with four digits or the date as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; ha l&apos;anno a due cifre; scrivere l&apos;anno con quattro cifre o la data nel formato AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date SubDesk can read; write it as YYYY-MM-DD (e.g. 2026-03-14).</source>
        <translation>&quot;%1&quot; non è una data leggibile da SubDesk; scriverla nel formato AAAA-MM-GG (ad es. 2026-03-14).</translation>
    </message>
    <message>
        <source>the customer is missing: give an e-mail address or a customer number.</source>
        <translation>manca il cliente: indicare un indirizzo e-mail o un numero cliente.</translation>
    </message>
    <message>
        <source>there is no customer %1.</source>
        <translation>non esiste il cliente %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer number.</source>
        <translation>&quot;%1&quot; non è un numero cliente.</translation>
    </message>
    <message>
        <source>no customer has the e-mail address %1.</source>
        <translation>nessun cliente ha l&apos;indirizzo e-mail %1.</translation>
    </message>
    <message>
        <source>%1 is the e-mail address of customer %2, not of customer %3 (%4).</source>
        <translation>%1 è l&apos;indirizzo e-mail del cliente %2, non del cliente %3 (%4).</translation>
    </message>
    <message>
        <source>%1 belongs to several customers (%2); give the customer number in a customer column.</source>
        <translation>%1 appartiene a più clienti (%2); indicare il numero cliente in una colonna cliente.</translation>
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
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Riga %1, colonna %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <source>The file is empty: it needs a first line naming the columns (date, e-mail or customer, score, comment) and a line per answer.</source>
        <translation>Il file è vuoto: serve una prima riga con i nomi delle colonne (data, e-mail o cliente, punteggio, commento) e una riga per risposta.</translation>
    </message>
    <message>
        <source>E-mail or Customer</source>
        <translation>E-mail o cliente</translation>
    </message>
    <message>
        <source>The first line must name the columns date, e-mail or customer number, and score; no column is named for: %1. The first line reads: %2.</source>
        <translation>La prima riga deve indicare le colonne data, e-mail o numero cliente e punteggio; nessuna colonna è indicata per: %1. La prima riga è: %2.</translation>
    </message>
    <message>
        <source>The file has a header line but no answers.</source>
        <translation>Il file ha una riga di intestazione ma nessuna risposta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither nps nor csat.</source>
        <translation>&quot;%1&quot; non è né nps né csat.</translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation>manca la data.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: the file has day-first dates (line %2) and month-first dates (line %3). Choose the date order, or write dates as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; non può essere letta: il file contiene date con il giorno per primo (riga %2) e date con il mese per primo (riga %3). Scegliere l&apos;ordine della data o scrivere le date nel formato AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: it may be %2 or %3, and no date in the file has a day above 12 to tell. Choose the date order, or write dates as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; è ambigua: può essere %2 o %3 e nessuna data del file ha un giorno superiore a 12 per stabilirlo. Scegliere l&apos;ordine della data o scrivere le date nel formato AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid month-first date (MM/DD/YYYY).</source>
        <translation>&quot;%1&quot; non è una data valida con il mese per primo (MM/GG/AAAA).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid day-first date (DD/MM/YYYY).</source>
        <translation>&quot;%1&quot; non è una data valida con il giorno per primo (GG/MM/AAAA).</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 è nel futuro.</translation>
    </message>
    <message>
        <source>the score is missing.</source>
        <translation>manca il punteggio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; non è un numero intero.</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3, the range of %4 answers.</source>
        <translation>%1 è fuori dall&apos;intervallo %2–%3 delle risposte %4.</translation>
    </message>
    <message>
        <source>the comment has %1 characters; at most %2 are allowed.</source>
        <translation>il commento ha %1 caratteri; ne sono consentiti al massimo %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel; use one of: %2.</source>
        <translation>&quot;%1&quot; non è un canale; usarne uno tra: %2.</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is longer than %2 characters.</source>
        <translation>il tag &quot;%1&quot; supera i %2 caratteri.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s), so nothing was imported. Correct the file and import it again.</source>
        <translation>
            <numerusform>Il file presenta %n problema, quindi non è stato importato nulla. Correggere il file e importarlo di nuovo.</numerusform>
            <numerusform>Il file presenta %n problemi, quindi non è stato importato nulla. Correggere il file e importarlo di nuovo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no answer to import.</source>
        <translation>Il file non contiene risposte da importare.</translation>
    </message>
</context>
<context>
    <name>SurveyService</name>
    <message>
        <source>Score: an NPS answer is from 0 to 10, not %1.</source>
        <translation>Punteggio: una risposta NPS va da 0 a 10, non %1.</translation>
    </message>
    <message>
        <source>Score: a CSAT answer is from 1 to 5, not %1.</source>
        <translation>Punteggio: una risposta CSAT va da 1 a 5, non %1.</translation>
    </message>
    <message>
        <source>Date: the date is missing or not a valid date.</source>
        <translation>Data: la data manca o non è valida.</translation>
    </message>
    <message>
        <source>Date: %1 is in the future; an answer is dated when it was given.</source>
        <translation>Data: %1 è nel futuro; una risposta ha la data in cui è stata data.</translation>
    </message>
    <message>
        <source>Comment: at most %1 characters (this one has %2).</source>
        <translation>Commento: al massimo %1 caratteri (questo ne ha %2).</translation>
    </message>
    <message>
        <source>Tags: “%1” is longer than %2 characters.</source>
        <translation>Tag: “%1” supera i %2 caratteri.</translation>
    </message>
    <message>
        <source>Customer: choose the customer who answered.</source>
        <translation>Cliente: scegliere il cliente che ha risposto.</translation>
    </message>
    <message>
        <source>Customer: there is no customer number %1.</source>
        <translation>Cliente: non esiste il cliente numero %1.</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>Risposta %1: %2</translation>
    </message>
    <message>
        <source>The survey answer is not stored yet.</source>
        <translation>La risposta al sondaggio non è ancora stata memorizzata.</translation>
    </message>
</context>
<context>
    <name>Tax</name>
    <message>
        <source>Standard</source>
        <translation>Ordinaria</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Ridotta</translation>
    </message>
    <message>
        <source>Second reduced</source>
        <translation>Ridotta 2</translation>
    </message>
    <message>
        <source>Super-reduced</source>
        <translation>Super ridotta</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>Aliquota zero</translation>
    </message>
    <message>
        <source>Standard rate</source>
        <translation>Aliquota ordinaria</translation>
    </message>
    <message>
        <source>Zero rated</source>
        <translation>Aliquota zero</translation>
    </message>
    <message>
        <source>Exempt from VAT</source>
        <translation>Esente IVA</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Inversione contabile</translation>
    </message>
    <message>
        <source>Intra-community supply</source>
        <translation>Cessione intracomunitaria</translation>
    </message>
    <message>
        <source>Export outside the EU</source>
        <translation>Esportazione extra UE</translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation>Operazione fuori campo IVA</translation>
    </message>
</context>
<context>
    <name>TaxCalculator</name>
    <message>
        <source>No %1 rate for %2 on %3 in the tax-rate table.</source>
        <translation>Nessuna aliquota %1 per %2 al %3 nella tabella delle aliquote.</translation>
    </message>
</context>
<context>
    <name>UsageImport</name>
    <message>
        <source>Subscription</source>
        <translation>Abbonamento</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrica</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>The file is empty: it needs a first line naming the columns (subscription, metric, quantity, date) and a line per reading.</source>
        <translation>Il file è vuoto: servono una prima riga con i nomi delle colonne (subscription, metric, quantity, date) e una riga per ogni rilevazione.</translation>
    </message>
    <message>
        <source>%1 is before subscription %2 started (%3).</source>
        <translation>%1 è precedente all&apos;inizio dell&apos;abbonamento %2 (%3).</translation>
    </message>
    <message>
        <source>subscription %1 has no metered charges on %2, so no usage can be recorded for &quot;%3&quot;.</source>
        <translation>l&apos;abbonamento %1 non ha addebiti a consumo al %2, quindi non è possibile registrare consumi per &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>subscription %1 has no metered charge &quot;%2&quot; on %3 (it has: %4).</source>
        <translation>l&apos;abbonamento %1 non ha l&apos;addebito a consumo &quot;%2&quot; al %3 (addebiti presenti: %4).</translation>
    </message>
    <message>
        <source>the usage of %1 for %2 is already billed.</source>
        <translation>il consumo di %1 per %2 è già fatturato.</translation>
    </message>
    <message>
        <source>The first line must name the columns subscription, metric, quantity and date; no column is named for: %1.</source>
        <translation>La prima riga deve indicare le colonne subscription, metric, quantity e date; nessuna colonna indicata per: %1.</translation>
    </message>
    <message>
        <source>The file has a header line but no usage rows.</source>
        <translation>Il file ha una riga di intestazione ma nessuna riga di consumi.</translation>
    </message>
    <message>
        <source>the subscription number is missing.</source>
        <translation>manca il numero dell&apos;abbonamento.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subscription number.</source>
        <translation>&quot;%1&quot; non è un numero di abbonamento.</translation>
    </message>
    <message>
        <source>there is no subscription %1.</source>
        <translation>non esiste l&apos;abbonamento %1.</translation>
    </message>
    <message>
        <source>the metric code is missing.</source>
        <translation>manca il codice metrica.</translation>
    </message>
    <message>
        <source>the quantity is missing.</source>
        <translation>manca la quantità.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation>&quot;%1&quot; non è un numero intero pari a 0 o superiore.</translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation>manca la data.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; non è una data nel formato YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing was imported. Correct the file, or import only the valid rows.</source>
        <translation>
            <numerusform>%n riga non può essere importata, quindi non è stato importato nulla. Correggere il file oppure importare solo le righe valide.</numerusform>
            <numerusform>%n righe non possono essere importate, quindi non è stato importato nulla. Correggere il file oppure importare solo le righe valide.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no valid usage row to import.</source>
        <translation>Il file non contiene righe di consumo valide da importare.</translation>
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
    <name>subdesk::billing::BillingEngine</name>
    <message>
        <source>The plan&apos;s price is missing from the catalog.</source>
        <translation>Il prezzo del piano manca nel catalogo.</translation>
    </message>
    <message>
        <source>An add-on&apos;s price is missing from the catalog.</source>
        <translation>Il prezzo di un add-on manca nel catalogo.</translation>
    </message>
</context>
<context>
    <name>subdesk::billing::EngineRun</name>
    <message>
        <source>Subscription %1: %2 is missing from the catalog.</source>
        <translation>Abbonamento %1: nel catalogo manca %2.</translation>
    </message>
    <message>
        <source>%1; total %2</source>
        <translation>%1; totale %2</translation>
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
        <translation>Costo di attivazione: %1</translation>
    </message>
    <message>
        <source>One-time setup fee = %1</source>
        <translation>Costo di attivazione una tantum = %1</translation>
    </message>
    <message>
        <source>Coupon %1 (%2)</source>
        <translation>Coupon %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 nel periodo %4)</translation>
    </message>
    <message>
        <source>%1, unused time</source>
        <translation>%1, tempo non utilizzato</translation>
    </message>
    <message>
        <source>%1, remaining time</source>
        <translation>%1, tempo residuo</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>Coupon %1</translation>
    </message>
    <message>
        <source>Coupon %1 (%2), unused time</source>
        <translation>Coupon %1 (%2), tempo non utilizzato</translation>
    </message>
    <message>
        <source>Coupon %1: %2 of %3 = %4</source>
        <translation>Coupon %1: %2 di %3 = %4</translation>
    </message>
</context>
<context>
    <name>subdesk::metrics::MetricsEngine</name>
    <message>
        <source>Give the month of the movements.</source>
        <translation>Indicare il mese dei movimenti.</translation>
    </message>
    <message>
        <source>Give the day to list the paying customers of.</source>
        <translation>Indicare il giorno di cui elencare i clienti paganti.</translation>
    </message>
    <message>
        <source>The amounts are too large to add up into the figures.</source>
        <translation>Gli importi sono troppo grandi per essere sommati nei valori.</translation>
    </message>
    <message>
        <source>Choose the reporting currency first.</source>
        <translation>Scegliere prima la valuta di riferimento.</translation>
    </message>
    <message>
        <source>Give the first and the last month of the report.</source>
        <translation>Indicare il primo e l&apos;ultimo mese del report.</translation>
    </message>
    <message>
        <source>A report month is given by its first day.</source>
        <translation>Un mese del report è indicato dal suo primo giorno.</translation>
    </message>
    <message>
        <source>The report ends (%1) before it starts (%2).</source>
        <translation>Il report termina (%1) prima di iniziare (%2).</translation>
    </message>
    <message>
        <source>A report covers at most %1 months.</source>
        <translation>Un report copre al massimo %1 mesi.</translation>
    </message>
</context>
<context>
    <name>subdesk::subscriptions::ConfigResolver</name>
    <message>
        <source>%1 has no %2 price in %3.</source>
        <translation>%1 non ha un prezzo %2 in %3.</translation>
    </message>
    <message>
        <source>%1 has no price in %2.</source>
        <translation>%1 non ha un prezzo in %2.</translation>
    </message>
    <message>
        <source>The price of %1 takes effect on %2, after %3.</source>
        <translation>Il prezzo di %1 entra in vigore il %2, dopo il %3.</translation>
    </message>
    <message>
        <source>The plan does not exist.</source>
        <translation>Il piano non esiste.</translation>
    </message>
    <message>
        <source>The plan %1 is archived: it can no longer be sold.</source>
        <translation>Il piano %1 è archiviato: non può più essere venduto.</translation>
    </message>
    <message>
        <source>The plan %1</source>
        <translation>Il piano %1</translation>
    </message>
    <message>
        <source>The add-on does not exist.</source>
        <translation>L&apos;add-on non esiste.</translation>
    </message>
    <message>
        <source>The plan %1 does not allow the add-on %2.</source>
        <translation>Il piano %1 non consente l&apos;add-on %2.</translation>
    </message>
    <message>
        <source>The quantity of the add-on %1 must be at least 1.</source>
        <translation>La quantità dell&apos;add-on %1 deve essere almeno 1.</translation>
    </message>
    <message>
        <source>The add-on %1</source>
        <translation>L&apos;add-on %1</translation>
    </message>
    <message>
        <source>The add-on %1 is chosen twice.</source>
        <translation>L&apos;add-on %1 è stato scelto due volte.</translation>
    </message>
    <message>
        <source>The metered charge %1</source>
        <translation>L&apos;addebito a consumo %1</translation>
    </message>
    <message>
        <source>There is no coupon with the code %1.</source>
        <translation>Non esiste un coupon con il codice %1.</translation>
    </message>
    <message>
        <source>The coupon %1 does not apply to the plan %2.</source>
        <translation>Il coupon %1 non si applica al piano %2.</translation>
    </message>
    <message>
        <source>The coupon %1 is in %2, but the subscription is billed in %3.</source>
        <translation>Il coupon %1 è in %2, ma l&apos;abbonamento è fatturato in %3.</translation>
    </message>
</context>
<context>
    <name>subdesk::subscriptions::SubscriptionService</name>
    <message>
        <source>The customer does not exist.</source>
        <translation>Il cliente non esiste.</translation>
    </message>
    <message>
        <source>The customer %1 is archived.</source>
        <translation>Il cliente %1 è archiviato.</translation>
    </message>
    <message>
        <source>The customer %1 has no valid currency.</source>
        <translation>Il cliente %1 non ha una valuta valida.</translation>
    </message>
    <message>
        <source>The subscription needs a start date.</source>
        <translation>L&apos;abbonamento richiede una data di inizio.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>La quantità deve essere almeno 1.</translation>
    </message>
    <message>
        <source>The plan does not exist.</source>
        <translation>Il piano non esiste.</translation>
    </message>
    <message>
        <source>The trial must be 0 to %1 days.</source>
        <translation>Il periodo di prova deve essere compreso tra 0 e %1 giorni.</translation>
    </message>
    <message>
        <source>Daily billing has no anchor day.</source>
        <translation>La fatturazione giornaliera non prevede un giorno di fatturazione.</translation>
    </message>
    <message>
        <source>The anchor day must be 1 to %1.</source>
        <translation>Il giorno di fatturazione deve essere compreso tra 1 e %1.</translation>
    </message>
    <message>
        <source>Subscription %1 is already billed for the period from %2, so this can take effect on %2 at the earliest.</source>
        <translation>L&apos;abbonamento %1 è già fatturato per il periodo dal %2, quindi questa operazione può avere effetto al più presto il %2.</translation>
    </message>
    <message>
        <source>Give the date the change takes effect.</source>
        <translation>Indicare la data di entrata in vigore della modifica.</translation>
    </message>
    <message>
        <source>The subscription has ended; reactivate it before changing it.</source>
        <translation>L&apos;abbonamento è terminato; riattivarlo prima di modificarlo.</translation>
    </message>
    <message>
        <source>A change (%1) is already scheduled for %2; this change can take effect on that day or later.</source>
        <translation>Una modifica (%1) è già programmata per il %2; questa modifica può avere effetto da quel giorno in poi.</translation>
    </message>
    <message>
        <source>A temporary change keeps the billing interval.</source>
        <translation>Una modifica temporanea mantiene l&apos;intervallo di fatturazione.</translation>
    </message>
    <message>
        <source>Nothing changes: the subscription already has these terms.</source>
        <translation>Nessuna modifica: l&apos;abbonamento ha già queste condizioni.</translation>
    </message>
    <message>
        <source>A trial cannot be paused: cancel it or let it run.</source>
        <translation>Un periodo di prova non può essere sospeso: disdirlo o lasciarlo proseguire.</translation>
    </message>
    <message>
        <source>Only an active subscription can be paused.</source>
        <translation>Solo un abbonamento attivo può essere sospeso.</translation>
    </message>
    <message>
        <source>The subscription has already ended.</source>
        <translation>L&apos;abbonamento è già terminato.</translation>
    </message>
    <message>
        <source>The subscription is already %1 from %2.</source>
        <translation>L&apos;abbonamento è già %1 dal %2.</translation>
    </message>
    <message>
        <source>Only a paused subscription can be resumed.</source>
        <translation>Solo un abbonamento sospeso può essere ripreso.</translation>
    </message>
    <message>
        <source>Only a cancelled or expired subscription can be reactivated.</source>
        <translation>Solo un abbonamento disdetto o scaduto può essere riattivato.</translation>
    </message>
    <message>
        <source>The price version does not exist.</source>
        <translation>La versione del prezzo non esiste.</translation>
    </message>
    <message>
        <source>The new prices take effect on %1: migrate from that day or later.</source>
        <translation>I nuovi prezzi entrano in vigore il %1: eseguire la migrazione da quel giorno in poi.</translation>
    </message>
    <message>
        <source>Subscription %1: %2</source>
        <translation>Abbonamento %1: %2</translation>
    </message>
    <message>
        <source>Usage record %1: %2</source>
        <translation>Rilevazione di consumo %1: %2</translation>
    </message>
    <message>
        <source>the date is missing or not a valid date.</source>
        <translation>la data manca o non è valida.</translation>
    </message>
    <message>
        <source>the quantity %1 is negative.</source>
        <translation>la quantità %1 è negativa.</translation>
    </message>
    <message>
        <source>there is no subscription %1.</source>
        <translation>non esiste l&apos;abbonamento %1.</translation>
    </message>
    <message>
        <source>subscription %1 has no metered charge &quot;%2&quot; on %3.</source>
        <translation>l&apos;abbonamento %1 non ha l&apos;addebito a consumo &quot;%2&quot; al %3.</translation>
    </message>
    <message>
        <source>subscription %1 is not billed on %2 (trial, pause, or time already paid), so its usage then is not charged.</source>
        <translation>l&apos;abbonamento %1 non viene fatturato il %2 (periodo di prova, sospensione o periodo già pagato), quindi il consumo in quella data non viene addebitato.</translation>
    </message>
    <message>
        <source>the period %1 is already billed (billing ran through %2).</source>
        <translation>il periodo %1 è già fatturato (fatturazione eseguita fino al %2).</translation>
    </message>
    <message>
        <source>the usage of %1 is already billed for the period %2.</source>
        <translation>il consumo di %1 è già fatturato per il periodo %2.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::AddOnDialog</name>
    <message>
        <source>Edit add-on — %1</source>
        <translation>Modifica add-on — %1</translation>
    </message>
    <message>
        <source>New add-on</source>
        <translation>Nuovo add-on</translation>
    </message>
    <message>
        <source>e.g. STORAGE-100</source>
        <translation>ad es. STORAGE-100</translation>
    </message>
    <message>
        <source>As customers read it, e.g. Extra storage 100 GB</source>
        <translation>Come lo leggono i clienti, ad es. Spazio aggiuntivo 100 GB</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Codice</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descrizione</translation>
    </message>
    <message>
        <source>&amp;Billed</source>
        <translation>&amp;Fatturazione</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prezzi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Add add-on</source>
        <translation>Aggiungi add-on</translation>
    </message>
    <message>
        <source>Billed every period together with the plan, in advance.</source>
        <translation>Fatturato a ogni periodo insieme al piano, in via anticipata.</translation>
    </message>
    <message>
        <source>Billed once, on the next invoice after it is added to a subscription.</source>
        <translation>Fatturato una sola volta, nella prima fattura successiva all&apos;aggiunta a un abbonamento.</translation>
    </message>
    <message>
        <source>The kind is fixed once the add-on has a price</source>
        <translation>Il tipo non può più essere modificato quando l&apos;add-on ha un prezzo</translation>
    </message>
    <message>
        <source>add-on</source>
        <translation>add-on</translation>
    </message>
    <message>
        <source>The code %1 is already used by the add-on %2.</source>
        <translation>Il codice %1 è già utilizzato dall&apos;add-on %2.</translation>
    </message>
    <message>
        <source>Enter the add-on&apos;s name.</source>
        <translation>Inserire il nome dell&apos;add-on.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::AddOnPicker</name>
    <message>
        <source>This plan has no add-ons.</source>
        <translation>Questo piano non ha add-on.</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>Quantità di %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 once</source>
        <translation>%1 una tantum</translation>
    </message>
    <message>
        <source>no %1 price in %2</source>
        <translation>nessun prezzo %1 in %2</translation>
    </message>
    <message>
        <source>no price in %1</source>
        <translation>nessun prezzo in %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::AddOnTableModel</name>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prezzi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::AgingPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Al:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <source>Days past the due date; balances as they stand today.</source>
        <translation>Giorni trascorsi dalla scadenza; saldi alla data odierna.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totale %1</translation>
    </message>
    <message>
        <source>aging-%1.csv</source>
        <translation>anzianita-crediti-%1.csv</translation>
    </message>
    <message>
        <source>Export aging report</source>
        <translation>Esporta report anzianità crediti</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::BankAccountDialog</name>
    <message>
        <source>New bank account</source>
        <translation>Nuovo conto bancario</translation>
    </message>
    <message>
        <source>Edit bank account</source>
        <translation>Modifica conto bancario</translation>
    </message>
    <message>
        <source>Your name for it, e.g. Main EUR account</source>
        <translation>Il nome che gli si assegna, ad es. Conto principale EUR</translation>
    </message>
    <message>
        <source>e.g. FI21 1234 5600 0007 85</source>
        <translation>ad es. FI21 1234 5600 0007 85</translation>
    </message>
    <message>
        <source>8 or 11 characters, e.g. NDEAFIHH</source>
        <translation>8 o 11 caratteri, ad es. NDEAFIHH</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Qualsiasi valuta</translation>
    </message>
    <message>
        <source>Print this account on documents by default</source>
        <translation>Stampa questo conto sui documenti per impostazione predefinita</translation>
    </message>
    <message>
        <source>Documents in the account&apos;s currency (or any, if it has none) show this account</source>
        <translation>I documenti nella valuta del conto (o in qualsiasi valuta, se non ne ha una) mostrano questo conto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banca</translation>
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
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Give the account a name, so you can tell it from the others.</source>
        <translation>Assegnare un nome al conto, per distinguerlo dagli altri.</translation>
    </message>
    <message>
        <source>The IBAN is required: customers pay to it.</source>
        <translation>L&apos;IBAN è obbligatorio: i clienti pagano su di esso.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::BankAccountsPage</name>
    <message>
        <source>Bank accounts</source>
        <translation>Conti bancari</translation>
    </message>
    <message>
        <source>Where customers pay by transfer. A document shows the default account of its currency, else the default account for any currency.</source>
        <translation>Dove i clienti pagano tramite bonifico. Un documento mostra il conto predefinito della sua valuta, altrimenti il conto predefinito per qualsiasi valuta.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banca</translation>
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
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostra archiviati</translation>
    </message>
    <message>
        <source>The bank accounts could not be read: %1</source>
        <translation>Impossibile leggere i conti bancari: %1</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviato)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <source>No bank accounts yet: add the one customers pay to.</source>
        <translation>Ancora nessun conto bancario: aggiungere quello su cui pagano i clienti.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Added the bank account %1.</source>
        <translation>Conto bancario %1 aggiunto.</translation>
    </message>
    <message>
        <source>Saved the bank account %1.</source>
        <translation>Conto bancario %1 salvato.</translation>
    </message>
    <message>
        <source>The bank account %1 was not changed: %2</source>
        <translation>Il conto bancario %1 non è stato modificato: %2</translation>
    </message>
    <message>
        <source>Archived the bank account %1; documents no longer show it.</source>
        <translation>Conto bancario %1 archiviato; i documenti non lo mostrano più.</translation>
    </message>
    <message>
        <source>Restored the bank account %1.</source>
        <translation>Conto bancario %1 ripristinato.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::BatchExportDialog</name>
    <message>
        <source>PDF documents (&lt;number&gt;.pdf)</source>
        <translation>Documenti PDF (&lt;numero&gt;.pdf)</translation>
    </message>
    <message>
        <source>UBL e-invoices (&lt;number&gt;.xml)</source>
        <translation>Fatture elettroniche UBL (&lt;numero&gt;.xml)</translation>
    </message>
    <message>
        <source>Export documents</source>
        <translation>Esporta documenti</translation>
    </message>
    <message>
        <source>Saves every invoice and credit note issued in the date range into the folder, named by its number. Drafts are not exported: issue them first.</source>
        <translation>Salva nella cartella tutte le fatture e le note di credito emesse nell&apos;intervallo di date, con il loro numero come nome. Le bozze non vengono esportate: emetterle prima.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Issued from:</source>
        <translation>Emessi dal:</translation>
    </message>
    <message>
        <source>Into folder:</source>
        <translation>Nella cartella:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>L&apos;intervallo termina prima di iniziare.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) issued in the range</source>
        <translation>
            <numerusform>%Ln documento emesso nell&apos;intervallo</numerusform>
            <numerusform>%Ln documenti emessi nell&apos;intervallo</numerusform>
        </translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Esporta nella cartella</translation>
    </message>
    <message>
        <source>Choose the folder to export into.</source>
        <translation>Scegliere la cartella in cui esportare.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1.</source>
        <translation>Impossibile scrivere nella cartella %1.</translation>
    </message>
    <message>
        <source>Choose PDF, UBL or both.</source>
        <translation>Scegliere PDF, UBL o entrambi.</translation>
    </message>
    <message>
        <source>No document was issued in the range.</source>
        <translation>Nessun documento è stato emesso nell&apos;intervallo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) of this export already exist in the folder.</source>
        <translation>
            <numerusform>%Ln file di questa esportazione esiste già nella cartella.</numerusform>
            <numerusform>%Ln file di questa esportazione esistono già nella cartella.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace them</source>
        <translation>&amp;Sostituiscili</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Mantienili</translation>
    </message>
    <message>
        <source>Exporting documents…</source>
        <translation>Esportazione dei documenti…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Esportazione di %1…</translation>
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
            <numerusform>Scritto %Ln file in %1.</numerusform>
            <numerusform>Scritti %Ln file in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %Ln existing file(s).</source>
        <translation>
            <numerusform>Mantenuto %Ln file esistente.</numerusform>
            <numerusform>Mantenuti %Ln file esistenti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be written.</source>
        <translation>
            <numerusform>Impossibile scrivere %Ln file.</numerusform>
            <numerusform>Impossibile scrivere %Ln file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln document(s) not exported, from %1 on.</source>
        <translation>
            <numerusform>Annullato: %Ln documento non esportato, dal %1 in poi.</numerusform>
            <numerusform>Annullato: %Ln documenti non esportati, dal %1 in poi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::BillingRunDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Anteprima</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Interrompi</translation>
    </message>
    <message>
        <source>&amp;Run billing</source>
        <translation>&amp;Esegui fatturazione</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Run billing</source>
        <translation>Esegui fatturazione</translation>
    </message>
    <message>
        <source>List what a run would write, without writing anything</source>
        <translation>Elenca ciò che un ciclo scriverebbe, senza scrivere nulla</translation>
    </message>
    <message>
        <source>Write the invoices and credit notes that are due</source>
        <translation>Scrivi le fatture e le note di credito dovute</translation>
    </message>
    <message>
        <source>Stop the run; a stopped run writes nothing</source>
        <translation>Interrompi il ciclo; un ciclo interrotto non scrive nulla</translation>
    </message>
    <message>
        <source>Bill everything due on or &amp;before:</source>
        <translation>Fattura tutto ciò che è &amp;dovuto entro il:</translation>
    </message>
    <message>
        <source>Lines of the selected document</source>
        <translation>Righe del documento selezionato</translation>
    </message>
    <message>
        <source>Preview to see what a run up to this date writes.</source>
        <translation>Usare l&apos;anteprima per vedere cosa scriverebbe un ciclo fino a questa data.</translation>
    </message>
    <message>
        <source>Preview to see what a run up to this date writes, or run billing at once.</source>
        <translation>Usare l&apos;anteprima per vedere cosa scriverebbe un ciclo fino a questa data, oppure eseguire subito la fatturazione.</translation>
    </message>
    <message>
        <source>%1 of %2 subscriptions</source>
        <translation>%1 di %2 abbonamenti</translation>
    </message>
    <message>
        <source>%1 and %2 with %3</source>
        <translation>%1 e %2 con %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln fattura</numerusform>
            <numerusform>%Ln fatture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit note(s)</source>
        <translation>
            <numerusform>%Ln nota di credito</numerusform>
            <numerusform>%Ln note di credito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln riga</numerusform>
            <numerusform>%Ln righe</numerusform>
        </translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Anteprima in corso…</translation>
    </message>
    <message>
        <source>Preview stopped.</source>
        <translation>Anteprima interrotta.</translation>
    </message>
    <message>
        <source>Nothing is due on or before %1.</source>
        <translation>Non c&apos;è nulla di dovuto entro il %1.</translation>
    </message>
    <message>
        <source>A run up to %1 would write %2 (%3 checked). Nothing is written until you run billing.</source>
        <translation>Un ciclo fino al %1 scriverebbe %2 (abbonamenti controllati: %3). Non viene scritto nulla finché non si esegue la fatturazione.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln abbonamento</numerusform>
            <numerusform>%Ln abbonamenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Running billing…</source>
        <translation>Fatturazione in corso…</translation>
    </message>
    <message>
        <source>Billing run stopped: nothing was written.</source>
        <translation>Ciclo di fatturazione interrotto: non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Nothing is due on or before %1: no documents were written.</source>
        <translation>Non c&apos;è nulla di dovuto entro il %1: non è stato scritto alcun documento.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Documenti scritti: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fixed term(s) renewed or ended.</source>
        <translation>
            <numerusform>%Ln contratto a durata fissa rinnovato o terminato.</numerusform>
            <numerusform>%Ln contratti a durata fissa rinnovati o terminati.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Issue the documents at once</source>
        <translation>&amp;Emetti subito i documenti</translation>
    </message>
    <message>
        <source>Give the documents their numbers and tax right after the run; otherwise they stay drafts to check and issue from the Invoices section</source>
        <translation>Assegna numeri e imposte ai documenti subito dopo il ciclo; altrimenti restano bozze da verificare ed emettere dalla sezione Fatture</translation>
    </message>
    <message>
        <source>They stay drafts: issuing them failed: %1</source>
        <translation>Restano bozze: emissione non riuscita: %1</translation>
    </message>
    <message numerus="yes">
        <source>Issued %Ln document(s), %1 to %2.</source>
        <translation>
            <numerusform>Emesso %Ln documento, da %1 a %2.</numerusform>
            <numerusform>Emessi %Ln documenti, da %1 a %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CatalogListPage</name>
    <message>
        <source>Show archived</source>
        <translation>Mostra archiviati</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ChangeSubscriptionDialog</name>
    <message>
        <source>Proration</source>
        <translation>Calcolo pro rata</translation>
    </message>
    <message>
        <source>Change subscription %1</source>
        <translation>Modifica abbonamento %1</translation>
    </message>
    <message>
        <source>Apply change</source>
        <translation>Applica modifica</translation>
    </message>
    <message>
        <source>%1. The current period runs %2 → %3.</source>
        <translation>%1. Periodo in corso: %2 → %3.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Temporary, for</source>
        <translation>Temporanea, per</translation>
    </message>
    <message>
        <source>The subscription goes back to what it is now by itself after these days, prorated both ways</source>
        <translation>Dopo questi giorni l&apos;abbonamento torna automaticamente alla configurazione attuale, con calcolo pro rata in entrambe le direzioni</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Optional, kept with the subscription&apos;s history</source>
        <translation>Facoltativa, conservata nello storico dell&apos;abbonamento</translation>
    </message>
    <message>
        <source>then back by itself</source>
        <translation>poi ripristino automatico</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Piano:</translation>
    </message>
    <message>
        <source>&amp;Billed:</source>
        <translation>&amp;Fatturazione:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantità:</translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation>C&amp;oupon:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Takes effect:</source>
        <translation>Decorrenza:</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Add-on</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change the plan, interval, quantity, add-ons or coupon to see what the customer is charged or credited.</source>
        <translation>Modificare piano, intervallo, quantità, add-on o coupon per vedere cosa viene addebitato o accreditato al cliente.</translation>
    </message>
    <message>
        <source>No proration: the new configuration is billed from %1.</source>
        <translation>Nessun calcolo pro rata: la nuova configurazione viene fatturata dal %1.</translation>
    </message>
    <message>
        <source>Nothing is charged or credited.</source>
        <translation>Non viene addebitato né accreditato nulla.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ChartPage</name>
    <message>
        <source>Export PNG…</source>
        <translation>Esporta PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Esporta grafico come PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Esporta dati del grafico come CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ChurnChartPage</name>
    <message>
        <source>Logo churn: customers lost ÷ customers paying at the month&apos;s start. Gross MRR churn: (churn + contraction) ÷ MRR at start; net MRR churn also subtracts expansion and reactivation. Click a point for the customers behind it.</source>
        <translation>Abbandono clienti (logo churn): clienti persi ÷ clienti paganti all&apos;inizio del mese. Abbandono MRR lordo: (abbandono + contrazione) ÷ MRR iniziale; l&apos;abbandono MRR netto sottrae anche espansione e riattivazione. Fare clic su un punto per vedere i clienti corrispondenti.</translation>
    </message>
    <message>
        <source>Rate per month</source>
        <translation>Tasso mensile</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>Abbandono clienti (logo churn)</translation>
    </message>
    <message>
        <source>Gross MRR churn</source>
        <translation>Abbandono MRR lordo</translation>
    </message>
    <message>
        <source>Net MRR churn</source>
        <translation>Abbandono MRR netto</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Paying customers at start</source>
        <translation>Clienti paganti all&apos;inizio</translation>
    </message>
    <message>
        <source>Churned customers</source>
        <translation>Clienti persi</translation>
    </message>
    <message>
        <source>Logo churn (%)</source>
        <translation>Abbandono clienti (%)</translation>
    </message>
    <message>
        <source>Gross MRR churn (%)</source>
        <translation>Abbandono MRR lordo (%)</translation>
    </message>
    <message>
        <source>Net MRR churn (%)</source>
        <translation>Abbandono MRR netto (%)</translation>
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
    <name>subdesk::ui::CompanyProfilePage</name>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>The seller on every invoice and credit note: what the VAT rules require on a document, how customers reach you and how documents look.</source>
        <translation>Il cedente su ogni fattura e nota di credito: ciò che le norme IVA richiedono su un documento, come i clienti possono contattarvi e l&apos;aspetto dei documenti.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annulla modifiche</translation>
    </message>
    <message>
        <source>Forget the changes and show what is stored</source>
        <translation>Annulla le modifiche e mostra i dati salvati</translation>
    </message>
    <message>
        <source>Legal name, as printed on documents</source>
        <translation>Ragione sociale, come stampata sui documenti</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>With country prefix, e.g. FI12345678</source>
        <translation>Con prefisso del paese, ad es. FI12345678</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Company register or tax number</source>
        <translation>Numero di iscrizione al registro delle imprese o codice fiscale</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>N. registro imprese</translation>
    </message>
    <message>
        <source>Small business exempt from VAT</source>
        <translation>Piccola impresa esente IVA</translation>
    </message>
    <message>
        <source>Documents then charge no VAT and print the exemption text instead</source>
        <translation>I documenti non addebitano IVA e riportano invece il testo dell&apos;esenzione</translation>
    </message>
    <message>
        <source>e.g. VAT exempt under art. 113 of Directive 2006/112/EC</source>
        <translation>ad es. Operazione esente IVA ai sensi dell&apos;art. 113 della Direttiva 2006/112/CE</translation>
    </message>
    <message>
        <source>Exemption text</source>
        <translation>Testo dell&apos;esenzione</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Street and number; up to three lines</source>
        <translation>Via e numero civico; fino a tre righe</translation>
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
        <source>State, province or county, where addresses use one</source>
        <translation>Stato, provincia o contea, se previsti dall&apos;indirizzo</translation>
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
        <source>Contact</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>billing@example.com</source>
        <translation>fatturazione@example.com</translation>
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
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Scheme and ID, e.g. 0088:5790000435968</source>
        <translation>Schema e ID, ad es. 0088:5790000435968</translation>
    </message>
    <message>
        <source>Your Peppol address, written on e-invoices as the seller&apos;s electronic address</source>
        <translation>Il vostro indirizzo Peppol, riportato nelle fatture elettroniche come indirizzo elettronico del cedente</translation>
    </message>
    <message>
        <source>E-invoice endpoint</source>
        <translation>Endpoint fattura elettronica</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Days from the issue date to the due date, for customers without their own terms</source>
        <translation>Giorni dalla data di emissione alla data di scadenza, per i clienti senza termini propri</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Termini di pagamento</translation>
    </message>
    <message>
        <source>Printed at the foot of every document</source>
        <translation>Stampato a piè di pagina di ogni documento</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Piè di pagina</translation>
    </message>
    <message>
        <source>The name is required: it is printed on every document.</source>
        <translation>Il nome è obbligatorio: viene stampato su ogni documento.</translation>
    </message>
    <message>
        <source>The country is required: it decides the VAT rates of your documents.</source>
        <translation>Il paese è obbligatorio: determina le aliquote IVA dei vostri documenti.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (e.g. FI, PL, IT).</source>
        <translation>&quot;%1&quot; non è un codice paese ISO 3166 (ad es. FI, PL, IT).</translation>
    </message>
    <message>
        <source>The VAT ID is from %1 but the address is in %2.</source>
        <translation>La partita IVA è del paese %1, ma l&apos;indirizzo è nel paese %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>Exempt documents must say why no VAT is charged: enter the text to print.</source>
        <translation>I documenti esenti devono indicare perché non viene addebitata l&apos;IVA: inserire il testo da stampare.</translation>
    </message>
    <message>
        <source>Fix the marked field before saving.</source>
        <translation>Correggere il campo evidenziato prima di salvare.</translation>
    </message>
    <message>
        <source>Fix the %1 marked fields before saving.</source>
        <translation>Correggere i %1 campi evidenziati prima di salvare.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <source>The company details were not saved: %1</source>
        <translation>I dati dell&apos;azienda non sono stati salvati: %1</translation>
    </message>
    <message>
        <source>Saved the company details.</source>
        <translation>Dati dell&apos;azienda salvati.</translation>
    </message>
    <message>
        <source>The company details could not be read: %1</source>
        <translation>Impossibile leggere i dati dell&apos;azienda: %1</translation>
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
    <name>subdesk::ui::CouponDialog</name>
    <message>
        <source>Edit coupon — %1</source>
        <translation>Modifica coupon — %1</translation>
    </message>
    <message>
        <source>New coupon</source>
        <translation>Nuovo coupon</translation>
    </message>
    <message>
        <source>e.g. SPRING25; what customers type</source>
        <translation>ad es. SPRING25; il codice che digitano i clienti</translation>
    </message>
    <message>
        <source>As invoices show it, e.g. Spring sale 2026</source>
        <translation>Come appare in fattura, ad es. Saldi di primavera 2026</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Codice</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Discount</source>
        <translation>&amp;Sconto</translation>
    </message>
    <message>
        <source>&amp;Lasts</source>
        <translation>D&amp;urata</translation>
    </message>
    <message>
        <source>None checked: the coupon applies to every plan.</source>
        <translation>Nessuno selezionato: il coupon si applica a tutti i piani.</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Piani</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limiti</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Utilizzi</translation>
    </message>
    <message>
        <source>Check the plans the coupon is limited to; none checked: every plan</source>
        <translation>Selezionare i piani a cui è limitato il coupon; nessuno selezionato: tutti i piani</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Add coupon</source>
        <translation>Aggiungi coupon</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>for </source>
        <translation>per </translation>
    </message>
    <message>
        <source> billing periods</source>
        <translation> periodi di fatturazione</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Al massimo</translation>
    </message>
    <message>
        <source> redemptions</source>
        <translation> utilizzi</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Scade il</translation>
    </message>
    <message>
        <source>Redemptions on or after this day are refused</source>
        <translation>Gli utilizzi da questo giorno in poi vengono rifiutati</translation>
    </message>
    <message>
        <source>The code stays as it is: subscriptions refer to it</source>
        <translation>Il codice non può essere modificato: gli abbonamenti vi fanno riferimento</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Non ancora</translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln volta</numerusform>
            <numerusform>%Ln volte</numerusform>
        </translation>
    </message>
    <message>
        <source>The code %1 is already used by the coupon %2.</source>
        <translation>Il codice %1 è già utilizzato dal coupon %2.</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Importo dello sconto</translation>
    </message>
    <message>
        <source>Enter the name invoices show.</source>
        <translation>Inserire il nome mostrato nelle fatture.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CouponTableModel</name>
    <message>
        <source>once</source>
        <translation>una tantum</translation>
    </message>
    <message numerus="yes">
        <source>%Ln period(s)</source>
        <translation>
            <numerusform>%Ln periodo</numerusform>
            <numerusform>%Ln periodi</numerusform>
        </translation>
    </message>
    <message>
        <source>forever</source>
        <translation>per sempre</translation>
    </message>
    <message>
        <source>all plans</source>
        <translation>tutti i piani</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>No longer redeemable: %1</source>
        <translation>Non più utilizzabile: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Sconto</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Piani</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Utilizzi</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CreditNoteDialog</name>
    <message>
        <source>Credit invoice</source>
        <translation>Storna fattura</translation>
    </message>
    <message>
        <source>&amp;Everything not yet credited</source>
        <translation>&amp;Tutto ciò che non è ancora stornato</translation>
    </message>
    <message>
        <source>C&amp;hosen lines</source>
        <translation>&amp;Righe scelte</translation>
    </message>
    <message>
        <source>An a&amp;mount (gross), spread over the lines:</source>
        <translation>Un &amp;importo (lordo), ripartito sulle righe:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Not yet credited</source>
        <translation>Non ancora stornato</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Storno</translation>
    </message>
    <message>
        <source>Printed on the credit note, e.g. &quot;Service outage in March&quot;</source>
        <translation>Stampato sulla nota di credito, ad es. &quot;Interruzione del servizio a marzo&quot;</translation>
    </message>
    <message>
        <source>What to credit</source>
        <translation>Cosa stornare</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota di credito</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Imponibile</translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation>Emetti nota di credito</translation>
    </message>
    <message>
        <source>Only an issued invoice can be credited.</source>
        <translation>Solo una fattura emessa può essere stornata.</translation>
    </message>
    <message>
        <source>Credit invoice %1</source>
        <translation>Storna fattura %1</translation>
    </message>
    <message>
        <source>Invoice %1 to %2 of %3: total %4, already credited %5, balance %6.</source>
        <translation>Fattura %1 a %2 del %3: totale %4, già stornato %5, saldo %6.</translation>
    </message>
    <message>
        <source>less</source>
        <translation>meno</translation>
    </message>
    <message>
        <source>The invoice has less than this line left to credit; the preview shows whether an amount fits.</source>
        <translation>La fattura ha ancora da stornare meno di questa riga; l&apos;anteprima mostra se un importo rientra.</translation>
    </message>
    <message>
        <source>the credit for line %1</source>
        <translation>lo storno per la riga %1</translation>
    </message>
    <message>
        <source>Line %1: the credit cannot be negative.</source>
        <translation>Riga %1: lo storno non può essere negativo.</translation>
    </message>
    <message>
        <source>Line %1: at most %2 can be credited.</source>
        <translation>Riga %1: è possibile stornare al massimo %2.</translation>
    </message>
    <message>
        <source>Enter the amount to credit on at least one line.</source>
        <translation>Inserire l&apos;importo da stornare su almeno una riga.</translation>
    </message>
    <message>
        <source>the amount to credit</source>
        <translation>l&apos;importo da stornare</translation>
    </message>
    <message>
        <source>The amount to credit must be more than zero.</source>
        <translation>L&apos;importo da stornare deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>Give a reason; it is printed on the credit note.</source>
        <translation>Indicare un motivo; viene stampato sulla nota di credito.</translation>
    </message>
    <message>
        <source>Net %1</source>
        <translation>Imponibile %1</translation>
    </message>
    <message>
        <source>VAT %1 on %2: %3</source>
        <translation>IVA %1 su %2: %3</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totale %1</translation>
    </message>
    <message>
        <source>Capped by %1: credit notes never total more than the invoice.</source>
        <translation>Limitato di %1: le note di credito non superano mai il totale della fattura.</translation>
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
    <name>subdesk::ui::CustomerFeedbackPanel</name>
    <message>
        <source>Add answer…</source>
        <translation>Aggiungi risposta…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Record an NPS or CSAT answer of the selected customer</source>
        <translation>Registra una risposta NPS o CSAT del cliente selezionato</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abbonamenti</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Select a customer to see their survey answers.</source>
        <translation>Selezionare un cliente per vederne le risposte ai sondaggi.</translation>
    </message>
    <message>
        <source>Feedback of %1</source>
        <translation>Feedback di %1</translation>
    </message>
    <message numerus="yes">
        <source>%n NPS answer(s), NPS %1</source>
        <translation>
            <numerusform>%n risposta NPS, NPS %1</numerusform>
            <numerusform>%n risposte NPS, NPS %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CSAT answer(s), %1 % satisfied</source>
        <translation>
            <numerusform>%n risposta CSAT, %1 % soddisfatti</numerusform>
            <numerusform>%n risposte CSAT, %1 % soddisfatti</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey answers yet.</source>
        <translation>Ancora nessuna risposta ai sondaggi.</translation>
    </message>
    <message>
        <source>Answer of %1 recorded.</source>
        <translation>Risposta di %1 registrata.</translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation>Risposta salvata.</translation>
    </message>
    <message>
        <source>Delete answer</source>
        <translation>Elimina risposta</translation>
    </message>
    <message>
        <source>Delete the %1 answer of %2 given on %3 (score %4)? This cannot be undone.</source>
        <translation>Eliminare la risposta %1 di %2 data il %3 (punteggio %4)? L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Answer deleted.</source>
        <translation>Risposta eliminata.</translation>
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
    <name>subdesk::ui::CustomerPicker</name>
    <message>
        <source>Type to search customers</source>
        <translation>Digitare per cercare i clienti</translation>
    </message>
    <message>
        <source>Customer %1, billed in %2</source>
        <translation>Cliente %1, fatturato in %2</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerSubscriptionsPanel</name>
    <message>
        <source>New subscription…</source>
        <translation>Nuovo abbonamento…</translation>
    </message>
    <message>
        <source>Subscribe the selected customer to a plan</source>
        <translation>Abbona il cliente selezionato a un piano</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Q.tà</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>Per periodo</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>Prossima fatturazione</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Subscriptions of %1</source>
        <translation>Abbonamenti di %1</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abbonamenti</translation>
    </message>
    <message>
        <source>Select a customer to see their subscriptions.</source>
        <translation>Selezionare un cliente per vederne gli abbonamenti.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no subscriptions yet.</source>
        <translation>%1 non ha ancora abbonamenti.</translation>
    </message>
    <message>
        <source>Subscription %1 created for %2.</source>
        <translation>Abbonamento %1 creato per %2.</translation>
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
    <name>subdesk::ui::DashboardFilterBar</name>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest&apos;anno</translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation>Ultimi 3 anni</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizzato</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Tutti i segmenti</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Tutti i piani</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tutti i paesi</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Calcolo dei valori…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Nessun segmento</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Importi in %1</translation>
    </message>
    <message>
        <source>Other currencies are converted at the stored monthly exchange rates.</source>
        <translation>Le altre valute sono convertite ai tassi di cambio mensili memorizzati.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DashboardTiles</name>
    <message>
        <source>unchanged</source>
        <translation>invariato</translation>
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
        <translation>Ricavi ricorrenti mensili a fine mese, esclusi imposte, importi una tantum e consumi.</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Annual run rate: 12 × MRR.</source>
        <translation>Ricavi ricorrenti annualizzati: 12 × MRR.</translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation>Clienti paganti</translation>
    </message>
    <message>
        <source>Customers with MRR above zero at the month&apos;s end.</source>
        <translation>Clienti con MRR superiore a zero a fine mese.</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>Abbandono clienti</translation>
    </message>
    <message>
        <source>Customers lost in the month ÷ customers paying at its start.</source>
        <translation>Clienti persi nel mese ÷ clienti paganti all&apos;inizio del mese.</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>Net revenue retention over the 12 months to the month&apos;s end, for the customers paying before them.</source>
        <translation>Net revenue retention (ritenzione netta dei ricavi) nei 12 mesi fino alla fine del mese, per i clienti paganti prima di tale periodo.</translation>
    </message>
    <message>
        <source>ARPA</source>
        <translation>ARPA</translation>
    </message>
    <message>
        <source>Average revenue per account: MRR ÷ paying customers.</source>
        <translation>Ricavo medio per cliente (ARPA): MRR ÷ clienti paganti.</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Customer lifetime value: ARPA ÷ the mean monthly logo churn of the trailing 6 months (× gross margin when set).</source>
        <translation>Valore del cliente nel tempo (CLV): ARPA ÷ abbandono clienti mensile medio degli ultimi 6 mesi (× margine lordo, se impostato).</translation>
    </message>
    <message>
        <source>NPS (90 days)</source>
        <translation>NPS (90 giorni)</translation>
    </message>
    <message>
        <source>Net promoter score of the answers in the 90 days to the month&apos;s end.</source>
        <translation>Net Promoter Score delle risposte nei 90 giorni fino alla fine del mese.</translation>
    </message>
    <message>
        <source>No paying customers</source>
        <translation>Nessun cliente pagante</translation>
    </message>
    <message>
        <source>Not enough churn to estimate</source>
        <translation>Abbandoni insufficienti per una stima</translation>
    </message>
    <message>
        <source>No answers</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <extracomment>NPS points (&quot;3 points&quot;)</extracomment>
        <translation>
            <numerusform>%Ln punto</numerusform>
            <numerusform>%Ln punti</numerusform>
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
        <translation>Abbandono</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Ritenzione</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Riconciliazione</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvato.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DocumentFileCommands</name>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvato.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Salva PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save UBL e-invoice</source>
        <translation>Salva fattura elettronica UBL</translation>
    </message>
    <message>
        <source>UBL e-invoices (*.xml)</source>
        <translation>Fatture elettroniche UBL (*.xml)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DocumentLinesTree</name>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>How it was computed</source>
        <translation>Come è stato calcolato</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln riga</numerusform>
            <numerusform>%Ln righe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 paid from the customer&apos;s credit</source>
        <translation>%1; pagato con il credito del cliente: %2</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>Dovuto il %1</translation>
    </message>
    <message>
        <source>billed by the billing run that covers that day</source>
        <translation>fatturato dal ciclo di fatturazione che comprende quel giorno</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DrillDownDialog</name>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>Esporta righe</translation>
    </message>
    <message>
        <source>rows.csv</source>
        <translation>righe.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvato.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ExchangeRateDialog</name>
    <message>
        <source>Edit exchange rate</source>
        <translation>Modifica tasso di cambio</translation>
    </message>
    <message>
        <source>New exchange rate</source>
        <translation>Nuovo tasso di cambio</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ad es. %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasso</translation>
    </message>
    <message>
        <source>What one unit of the currency was worth in the reporting currency that month, with up to 8 decimals. Months without their own rate use the latest earlier one.</source>
        <translation>Quanto valeva un&apos;unità della valuta nella valuta di riferimento in quel mese, con al massimo 8 decimali. I mesi senza un proprio tasso usano il precedente più recente.</translation>
    </message>
    <message>
        <source>Choose the currency the rate converts.</source>
        <translation>Scegliere la valuta che il tasso converte.</translation>
    </message>
    <message>
        <source>Enter what one %1 is worth in the reporting currency, e.g. 0.087312.</source>
        <translation>Inserire quanto vale un %1 nella valuta di riferimento, ad es. 0.087312.</translation>
    </message>
    <message>
        <source>(reporting currency)</source>
        <translation>(valuta di riferimento)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ExchangeRatesPage</name>
    <message>
        <source>Metrics</source>
        <translation>Metriche</translation>
    </message>
    <message>
        <source>The currency the dashboards report in, the gross margin the customer lifetime value uses, and the monthly rates that convert other currencies.</source>
        <translation>La valuta in cui riportano le dashboard, il margine lordo usato dal valore del cliente nel tempo (CLV) e i tassi mensili che convertono le altre valute.</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Automatic: the currency most customers use</source>
        <translation>Automatica: la valuta usata dalla maggior parte dei clienti</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ad es. %1</translation>
    </message>
    <message>
        <source>CLV is multiplied by it. Leave it empty to show CLV as revenue.</source>
        <translation>Il CLV viene moltiplicato per questo valore. Lasciare vuoto per mostrare il CLV come ricavo.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Valuta di riferimento</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Margine lordo</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Tassi di cambio</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importa CSV…</translation>
    </message>
    <message>
        <source>Read rates from a CSV file with the columns month (YYYY-MM), currency and rate</source>
        <translation>Legge i tassi da un file CSV con le colonne mese (AAAA-MM), valuta e tasso</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasso</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significato</translation>
    </message>
    <message>
        <source>A month without its own rate uses the latest earlier rate of its currency. Amounts in a currency without any rate are left out of the figures.</source>
        <translation>Un mese senza un proprio tasso usa il tasso precedente più recente della sua valuta. Gli importi in una valuta priva di qualsiasi tasso sono esclusi dai valori.</translation>
    </message>
    <message>
        <source>The metrics settings could not be read: %1</source>
        <translation>Impossibile leggere le impostazioni delle metriche: %1</translation>
    </message>
    <message>
        <source>The exchange rates could not be read: %1</source>
        <translation>Impossibile leggere i tassi di cambio: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage from 0 to 100 with at most two decimals (e.g. %2).</source>
        <translation>&quot;%1&quot; non è una percentuale da 0 a 100 con al massimo due decimali (ad es. %2).</translation>
    </message>
    <message>
        <source>The metrics settings were not saved: the gross margin is not a percentage.</source>
        <translation>Le impostazioni delle metriche non sono state salvate: il margine lordo non è una percentuale.</translation>
    </message>
    <message>
        <source>The metrics settings were not saved: %1</source>
        <translation>Le impostazioni delle metriche non sono state salvate: %1</translation>
    </message>
    <message>
        <source>Saved the metrics settings.</source>
        <translation>Impostazioni delle metriche salvate.</translation>
    </message>
    <message>
        <source>Saved the rate %1 for %2.</source>
        <translation>Tasso %1 per %2 salvato.</translation>
    </message>
    <message>
        <source>Remove exchange rate</source>
        <translation>Rimuovi tasso di cambio</translation>
    </message>
    <message>
        <source>Remove the rate of %1 for %2?</source>
        <translation>Rimuovere il tasso di %1 per %2?</translation>
    </message>
    <message>
        <source>The month then uses the latest earlier rate of %1, if there is one.</source>
        <translation>Il mese userà quindi il tasso precedente più recente di %1, se esiste.</translation>
    </message>
    <message>
        <source>The rate was not removed: %1</source>
        <translation>Il tasso non è stato rimosso: %1</translation>
    </message>
    <message>
        <source>Removed the rate of %1 for %2.</source>
        <translation>Tasso di %1 per %2 rimosso.</translation>
    </message>
    <message>
        <source>Import exchange rates</source>
        <translation>Importa tassi di cambio</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Impossibile leggere il file: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… e %n altro.</numerusform>
            <numerusform>… e altri %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows have problems (listed below the rates).</source>
        <translation>Non è stato importato nulla: %1 righe su %2 presentano problemi (elencati sotto i tassi).</translation>
    </message>
    <message>
        <source>Nothing to import: the file has no rates.</source>
        <translation>Niente da importare: il file non contiene tassi.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Non è stato importato nulla: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n exchange rate(s).</source>
        <translation>
            <numerusform>Importato %n tasso di cambio.</numerusform>
            <numerusform>Importati %n tassi di cambio.</numerusform>
        </translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Tutte le valute</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::FeatureListEditor</name>
    <message>
        <source>Add feature</source>
        <translation>Aggiungi funzionalità</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>One feature per line, as customers read it; double-click a line to change it</source>
        <translation>Una funzionalità per riga, come la leggono i clienti; fare doppio clic su una riga per modificarla</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::FeedbackTableModel</name>
    <message>
        <source>Satisfied</source>
        <translation>Soddisfatto</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Non soddisfatto</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>Promotore</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passivo</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Detrattore</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Sondaggio</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::FeedbackView</name>
    <message>
        <source>Edit tags</source>
        <translation>Modifica tag</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>CSAT scores</source>
        <translation>Punteggi CSAT</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>Tutti i commenti</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotori (9–10)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passivi (7–8)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Detrattori (0–6)</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>Risposte CSAT</translation>
    </message>
    <message>
        <source>Show the comments with any tag</source>
        <translation>Mostra i commenti con qualsiasi tag</translation>
    </message>
    <message>
        <source>Edit the tags of the selected answer (or double-click its Tags cell)</source>
        <translation>Modifica i tag della risposta selezionata (o fare doppio clic sulla sua cella Tag)</translation>
    </message>
    <message>
        <source>Import survey answers from a CSV file</source>
        <translation>Importa risposte ai sondaggi da un file CSV</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Click a tag to see its comments</source>
        <translation>Fare clic su un tag per vederne i commenti</translation>
    </message>
    <message>
        <source>NPS scores</source>
        <translation>Punteggi NPS</translation>
    </message>
    <message>
        <source>Tags per group</source>
        <translation>Tag per gruppo</translation>
    </message>
    <message>
        <source>Choose months on the dashboard to see the feedback of that time.</source>
        <translation>Scegliere i mesi nella dashboard per vedere il feedback di quel periodo.</translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 from %n answer(s): promoters %2 %, passives %3 %, detractors %4 %.</source>
        <translation>
            <numerusform>NPS %1 da %n risposta: promotori %2 %, passivi %3 %, detrattori %4 %.</numerusform>
            <numerusform>NPS %1 da %n risposte: promotori %2 %, passivi %3 %, detrattori %4 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>No NPS answers in these months.</source>
        <translation>Nessuna risposta NPS in questi mesi.</translation>
    </message>
    <message numerus="yes">
        <source>CSAT %1 % satisfied from %n answer(s).</source>
        <translation>
            <numerusform>CSAT %1 % soddisfatti da %n risposta.</numerusform>
            <numerusform>CSAT %1 % soddisfatti da %n risposte.</numerusform>
        </translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>nessun tag</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detrattori</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passivi</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotori</translation>
    </message>
    <message>
        <source>Tag: %1  ✕</source>
        <translation>Tag: %1  ✕</translation>
    </message>
    <message>
        <source>Select an answer first, then edit its tags.</source>
        <translation>Selezionare prima una risposta, poi modificarne i tag.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n survey answer(s).</source>
        <translation>
            <numerusform>Importata %n risposta al sondaggio.</numerusform>
            <numerusform>Importate %n risposte ai sondaggi.</numerusform>
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
    <name>subdesk::ui::InvoiceCommands</name>
    <message>
        <source>Invoice %1 issued.</source>
        <translation>Fattura %1 emessa.</translation>
    </message>
    <message>
        <source>Draft invoice saved.</source>
        <translation>Bozza di fattura salvata.</translation>
    </message>
    <message>
        <source>%1 %2 issued.</source>
        <translation>%1 %2 emessa.</translation>
    </message>
    <message>
        <source>There are no drafts dated up to today to issue.</source>
        <translation>Non ci sono bozze con data fino a oggi da emettere.</translation>
    </message>
    <message>
        <source>No draft was issued: %1</source>
        <translation>Nessuna bozza è stata emessa: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) issued</source>
        <translation>
            <numerusform>%Ln documento emesso</numerusform>
            <numerusform>%Ln documenti emessi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 to %3.</source>
        <translation>%1: da %2 a %3.</translation>
    </message>
    <message>
        <source>Payment of %1 recorded.</source>
        <translation>Pagamento di %1 registrato.</translation>
    </message>
    <message>
        <source>Credit note %1 issued against %2.</source>
        <translation>Nota di credito %1 emessa a fronte di %2.</translation>
    </message>
    <message>
        <source>Invoice %1 marked uncollectible.</source>
        <translation>Fattura %1 segnata come inesigibile.</translation>
    </message>
    <message>
        <source>Applied %1 of customer credit to %2.</source>
        <translation>Applicato %1 di credito del cliente a %2.</translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation>Bozza eliminata.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoiceDetailPane</name>
    <message>
        <source>Select a document to see its lines, tax, payments and credit notes.</source>
        <translation>Selezionare un documento per vederne righe, imposte, pagamenti e note di credito.</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numero:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Scadenza:</translation>
    </message>
    <message>
        <source>Supply period:</source>
        <translation>Periodo di fornitura:</translation>
    </message>
    <message>
        <source>Corrects:</source>
        <translation>Rettifica:</translation>
    </message>
    <message>
        <source>Net:</source>
        <translation>Imponibile:</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Imposta:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Totale:</translation>
    </message>
    <message>
        <source>Paid from credit:</source>
        <translation>Pagato con credito:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Pagato:</translation>
    </message>
    <message>
        <source>Credited:</source>
        <translation>Stornato:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Aliquota</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Imponibile</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposta</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Esenzione</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>For this document</source>
        <translation>Per questo documento</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Note di credito</translation>
    </message>
    <message>
        <source>Issuing it today gives it the number %1, %2 tax and a total of %3.</source>
        <translation>Emettendolo oggi riceverà il numero %1, imposte per %2 e un totale di %3.</translation>
    </message>
    <message>
        <source>It cannot be issued as it is: %1</source>
        <translation>Non può essere emesso così com&apos;è: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Bozza %1</translation>
    </message>
    <message>
        <source>%1 when issued today</source>
        <translation>%1 se emesso oggi</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ancora nessuno</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>No tax</source>
        <translation>Nessuna imposta</translation>
    </message>
    <message>
        <source>Tax is computed when the draft is issued</source>
        <translation>Le imposte vengono calcolate all&apos;emissione della bozza</translation>
    </message>
    <message>
        <source>Tax (%1)</source>
        <translation>Imposta (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Shared over %Ln invoice(s)</source>
        <translation>
            <numerusform>Ripartito su %Ln fattura</numerusform>
            <numerusform>Ripartito su %Ln fatture</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer credit</source>
        <translation>Credito del cliente</translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation>Pagamenti (%1)</translation>
    </message>
    <message>
        <source>Credit notes (%1)</source>
        <translation>Note di credito (%1)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoiceFilterBar</name>
    <message>
        <source>Overdue only</source>
        <translation>Solo scaduti</translation>
    </message>
    <message>
        <source>Show invoices, credit notes or both</source>
        <translation>Mostra fatture, note di credito o entrambe</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tutti i documenti</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Note di credito</translation>
    </message>
    <message>
        <source>Show documents with the ticked statuses only</source>
        <translation>Mostra solo i documenti con gli stati selezionati</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Search number or customer</source>
        <translation>Cerca per numero o cliente</translation>
    </message>
    <message>
        <source>Shows documents whose number or customer name contains the text</source>
        <translation>Mostra i documenti il cui numero o nome del cliente contiene il testo</translation>
    </message>
    <message>
        <source>Show documents numbered in this series only</source>
        <translation>Mostra solo i documenti numerati in questa serie</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>Tutte le serie</translation>
    </message>
    <message>
        <source>Show documents dated on or after this day</source>
        <translation>Mostra i documenti con data uguale o successiva a questo giorno</translation>
    </message>
    <message>
        <source>Show documents dated on or before this day</source>
        <translation>Mostra i documenti con data uguale o precedente a questo giorno</translation>
    </message>
    <message>
        <source>Show only invoices past their due date with something left to pay</source>
        <translation>Mostra solo le fatture scadute con un importo ancora da pagare</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella filtri</translation>
    </message>
    <message>
        <source>Show every document again</source>
        <translation>Mostra di nuovo tutti i documenti</translation>
    </message>
    <message>
        <source>Show documents dated within a range (the issue date; a draft&apos;s own date)</source>
        <translation>Mostra i documenti con data in un intervallo (la data di emissione; per una bozza, la sua data)</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Qualsiasi data</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Questo trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre scorso</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest&apos;anno</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Anno scorso</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dal:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Al:</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Dal %1</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Fino al %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviato)</translation>
    </message>
    <message>
        <source>%1 statuses</source>
        <translation>%1 stati</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoiceTableModel</name>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Not issued yet: the number is given when the draft is issued</source>
        <translation>Non ancora emesso: il numero viene assegnato all&apos;emissione della bozza</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
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
        <translation>Parzialmente pagato</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln documento</numerusform>
            <numerusform>%Ln documenti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: Total %2 · Balance %3</source>
        <translation>%1: Totale %2 · Saldo %3</translation>
    </message>
    <message>
        <source>Total %1 · Balance %2</source>
        <translation>Totale %1 · Saldo %2</translation>
    </message>
    <message>
        <source>No documents match the filters.</source>
        <translation>Nessun documento corrisponde ai filtri.</translation>
    </message>
    <message>
        <source>No invoices yet.
Run billing on the Subscriptions page or write one with New.</source>
        <translation>Ancora nessuna fattura.
Eseguire la fatturazione nella pagina Abbonamenti o crearne una con Nuovo.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoicingSettingsPage</name>
    <message>
        <source>Invoicing</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>How documents are issued. Changes apply to documents issued from now on.</source>
        <translation>Come vengono emessi i documenti. Le modifiche si applicano ai documenti emessi da ora in poi.</translation>
    </message>
    <message>
        <source>Prices that include VAT</source>
        <translation>Prezzi IVA inclusa</translation>
    </message>
    <message>
        <source>Tick the currencies whose prices you enter with VAT included (as consumers see them). Invoices then work the VAT out of the price. Prices in the other currencies are net and VAT is added on top.</source>
        <translation>Selezionare le valute i cui prezzi vengono inseriti IVA inclusa (come li vedono i consumatori). Le fatture scorporano quindi l&apos;IVA dal prezzo. I prezzi nelle altre valute sono netti e l&apos;IVA viene aggiunta.</translation>
    </message>
    <message>
        <source>List currency</source>
        <translation>Aggiungi valuta all&apos;elenco</translation>
    </message>
    <message>
        <source>Show another currency in the list so you can tick it</source>
        <translation>Mostra un&apos;altra valuta nell&apos;elenco per poterla selezionare</translation>
    </message>
    <message>
        <source>Customer credit</source>
        <translation>Credito del cliente</translation>
    </message>
    <message>
        <source>Apply the customer&apos;s credit when issuing an invoice</source>
        <translation>Utilizza il credito del cliente all&apos;emissione di una fattura</translation>
    </message>
    <message>
        <source>Credit from overpayments and credit notes in the invoice&apos;s currency then pays the invoice at once. Without it, you apply credit by hand.</source>
        <translation>Il credito derivante da pagamenti in eccesso e note di credito nella valuta della fattura paga così subito la fattura. Altrimenti il credito va utilizzato manualmente.</translation>
    </message>
    <message>
        <source>The invoicing settings could not be read: %1</source>
        <translation>Impossibile leggere le impostazioni di fatturazione: %1</translation>
    </message>
    <message>
        <source>%1 (in your price lists)</source>
        <translation>%1 (nei vostri listini prezzi)</translation>
    </message>
    <message>
        <source>The invoicing settings were not saved: %1</source>
        <translation>Le impostazioni di fatturazione non sono state salvate: %1</translation>
    </message>
    <message>
        <source>Saved the invoicing settings.</source>
        <translation>Impostazioni di fatturazione salvate.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::IssueDialog</name>
    <message>
        <source>Issue draft</source>
        <translation>Emetti bozza</translation>
    </message>
    <message>
        <source>Issuing gives the draft the next number of its series, computes its tax and makes it final: afterwards it can be credited but never changed or deleted.</source>
        <translation>L&apos;emissione assegna alla bozza il numero successivo della sua serie, ne calcola le imposte e la rende definitiva: in seguito potrà essere stornata, ma mai modificata o eliminata.</translation>
    </message>
    <message>
        <source>The issue date printed on the document; the due date follows from it</source>
        <translation>La data di emissione stampata sul documento; da essa deriva la data di scadenza</translation>
    </message>
    <message>
        <source>Issue &amp;date:</source>
        <translation>&amp;Data di emissione:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numero:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Scadenza:</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>Totali:</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Aliquota</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Imponibile</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposta</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Emetti</translation>
    </message>
    <message>
        <source>Tax per rate</source>
        <translation>Imposta per aliquota</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Net %1 + tax %2 = %3</source>
        <translation>Imponibile %1 + imposta %2 = %3</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::LogoPicker</name>
    <message>
        <source>Choose file…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most 1 MB, printed at the top of documents</source>
        <translation>Un&apos;immagine PNG o JPEG di massimo 1 MB, stampata in cima ai documenti</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2; a logo may be at most %3. Save it smaller and choose it again.</source>
        <translation>%1 è di %2; un logo può essere al massimo di %3. Salvarlo in dimensioni minori e sceglierlo di nuovo.</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>%1 non è un&apos;immagine PNG o JPEG.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Scegli un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Nessun logo</translation>
    </message>
    <message>
        <source>The stored logo cannot be shown</source>
        <translation>Impossibile visualizzare il logo salvato</translation>
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
    <name>subdesk::ui::ManualInvoiceDialog</name>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Edit draft invoice</source>
        <translation>Modifica bozza di fattura</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nuova fattura</translation>
    </message>
    <message>
        <source>Optional, printed on the invoice</source>
        <translation>Facoltativa, stampata sulla fattura</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>Classe d&apos;imposta</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periodo dal</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periodo al</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Imponibile</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Aggiungi riga</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Rimuovi riga</translation>
    </message>
    <message>
        <source>&amp;Issue now (gives the invoice its number; it cannot be edited afterwards)</source>
        <translation>&amp;Emetti ora (assegna il numero alla fattura; in seguito non potrà essere modificata)</translation>
    </message>
    <message>
        <source>What is charged</source>
        <translation>Cosa viene addebitato</translation>
    </message>
    <message>
        <source>The day after the last day supplied (periods run [from, to))</source>
        <translation>Il giorno successivo all&apos;ultimo giorno di fornitura (i periodi vanno da [dal, al))</translation>
    </message>
    <message>
        <source>Invoice %1 is issued and can no longer be edited.</source>
        <translation>La fattura %1 è emessa e non può più essere modificata.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Riga %1</translation>
    </message>
    <message>
        <source>%1: enter a description.</source>
        <translation>%1: inserire una descrizione.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: give both ends of the period, or neither.</source>
        <translation>%1: indicare entrambi gli estremi del periodo, oppure nessuno.</translation>
    </message>
    <message>
        <source>%1: the period must end after it starts.</source>
        <translation>%1: il periodo deve terminare dopo il suo inizio.</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Scegliere un cliente.</translation>
    </message>
    <message>
        <source>Choose a currency (an ISO 4217 code such as EUR).</source>
        <translation>Scegliere una valuta (un codice ISO 4217, ad es. EUR).</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Aggiungere almeno una riga.</translation>
    </message>
    <message>
        <source>Net total: %1 (tax is added when the invoice is issued)</source>
        <translation>Totale imponibile: %1 (le imposte vengono aggiunte all&apos;emissione della fattura)</translation>
    </message>
    <message>
        <source>Net total: —</source>
        <translation>Totale imponibile: —</translation>
    </message>
    <message>
        <source>Save and issue</source>
        <translation>Salva ed emetti</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Salva bozza</translation>
    </message>
    <message>
        <source>Saved as a draft, but not issued: %1</source>
        <translation>Salvata come bozza, ma non emessa: %1</translation>
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
    <name>subdesk::ui::MeteredChargeDialog</name>
    <message>
        <source>New metered charge</source>
        <translation>Nuovo addebito a consumo</translation>
    </message>
    <message>
        <source>Metered charge — %1</source>
        <translation>Addebito a consumo — %1</translation>
    </message>
    <message>
        <source>e.g. api_calls, storage_gb</source>
        <translation>ad es. api_calls, storage_gb</translation>
    </message>
    <message>
        <source>The code usage records carry; lower-case letters, digits, &quot;_&quot; and &quot;.&quot;</source>
        <translation>Il codice riportato nelle rilevazioni di consumo; lettere minuscole, cifre, &quot;_&quot; e &quot;.&quot;</translation>
    </message>
    <message>
        <source>As it appears on invoices, e.g. API calls</source>
        <translation>Come appare in fattura, ad es. Chiamate API</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>&amp;Metrica</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Usage in a period</source>
        <translation>&amp;Consumo nel periodo</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prezzi</translation>
    </message>
    <message>
        <source>The plan already has a charge for %1.</source>
        <translation>Il piano ha già un addebito per %1.</translation>
    </message>
    <message>
        <source>Enter the name invoices show.</source>
        <translation>Inserire il nome mostrato nelle fatture.</translation>
    </message>
    <message>
        <source>Add a price: usage is charged at it, per currency.</source>
        <translation>Aggiungere un prezzo: il consumo viene addebitato in base a questo prezzo, per ciascuna valuta.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MeteredChargeList</name>
    <message>
        <source>Add &amp;metered charge…</source>
        <translation>Aggiungi addebito a &amp;consumo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrica</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Usage in a period</source>
        <translation>Consumo nel periodo</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prezzi</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (non ancora salvato)</translation>
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
        <translation>Migra abbonamenti</translation>
    </message>
    <message>
        <source>Subscriptions on an older version of this price move to the latest version (from %1: %2), starting with their first billing period that begins on or after the date below. Periods already billed are not changed.</source>
        <translation>Gli abbonamenti su una versione precedente di questo prezzo passano all&apos;ultima versione (dal %1: %2), a partire dal primo periodo di fatturazione che inizia alla data indicata sotto o successivamente. I periodi già fatturati non vengono modificati.</translation>
    </message>
    <message>
        <source>Move &amp;from</source>
        <translation>Sposta &amp;dal</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migra</translation>
    </message>
    <message>
        <source>The latest version takes effect on %1; subscriptions can move to it from then on.</source>
        <translation>L&apos;ultima versione entra in vigore il %1; gli abbonamenti possono passarvi da quella data in poi.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MoneyEdit</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Inserire un importo.</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>%1: inserire un importo.</translation>
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
        <translation>MRR a fine di ogni mese (linea) e i movimenti del mese (barre: nuovi, riattivazione ed espansione aggiungono, contrazione e abbandono sottraggono). Fare clic su una barra o su un punto per vedere i clienti corrispondenti.</translation>
    </message>
    <message>
        <source>MRR (%1)</source>
        <translation>MRR (%1)</translation>
    </message>
    <message>
        <source>Movements (%1)</source>
        <translation>Movimenti (%1)</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>MRR at start (%1)</source>
        <translation>MRR iniziale (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Exchange rate effect (%1)</source>
        <translation>Effetto cambio (%1)</translation>
    </message>
    <message>
        <source>MRR at end (%1)</source>
        <translation>MRR finale (%1)</translation>
    </message>
    <message>
        <source>ARR (%1)</source>
        <translation>ARR (%1)</translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation>Clienti paganti</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::NewSubscriptionDialog</name>
    <message>
        <source>Customer %1, billed in %2</source>
        <translation>Cliente %1, fatturato in %2</translation>
    </message>
    <message>
        <source>First invoice</source>
        <translation>Prima fattura</translation>
    </message>
    <message>
        <source>New subscription</source>
        <translation>Nuovo abbonamento</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Abbona</translation>
    </message>
    <message>
        <source>Type to search customers</source>
        <translation>Digitare per cercare i clienti</translation>
    </message>
    <message>
        <source>The day every period starts on. A start on another day is charged prorated up to it.</source>
        <translation>Il giorno in cui inizia ogni periodo. Un inizio in un altro giorno viene addebitato pro rata fino a quel giorno.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Optional, kept with the subscription&apos;s history</source>
        <translation>Facoltativa, conservata nello storico dell&apos;abbonamento</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Piano:</translation>
    </message>
    <message>
        <source>&amp;Billed:</source>
        <translation>&amp;Fatturazione:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantità:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>&amp;Billing day:</source>
        <translation>&amp;Giorno di fatturazione:</translation>
    </message>
    <message>
        <source>&amp;Trial:</source>
        <translation>Periodo di p&amp;rova:</translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation>C&amp;oupon:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Add-on</translation>
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
            <numerusform>predefinito del piano: %Ln giorno</numerusform>
            <numerusform>predefinito del piano: %Ln giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no price in %2.</source>
        <translation>%1 non ha un prezzo in %2.</translation>
    </message>
    <message>
        <source>%1; setup fee %2 once</source>
        <translation>%1; costo di attivazione una tantum %2</translation>
    </message>
    <message>
        <source>None (the start day)</source>
        <translation>Nessuno (il giorno di inizio)</translation>
    </message>
    <message>
        <source>Choose the customer to see the first invoice.</source>
        <translation>Scegliere il cliente per vedere la prima fattura.</translation>
    </message>
    <message>
        <source>There are no plans yet: add one on the Plans page.</source>
        <translation>Non ci sono ancora piani: aggiungerne uno nella pagina Piani.</translation>
    </message>
    <message>
        <source>Choose a plan to see the first invoice.</source>
        <translation>Scegliere un piano per vedere la prima fattura.</translation>
    </message>
    <message>
        <source>Nothing is billed now.</source>
        <translation>Al momento non viene fatturato nulla.</translation>
    </message>
    <message>
        <source>Nothing is billed now: the first invoice comes with the billing run on %1.</source>
        <translation>Al momento non viene fatturato nulla: la prima fattura arriva con il ciclo di fatturazione del %1.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::NpsChartPage</name>
    <message>
        <source>NPS = % promoters (9–10) − % detractors (0–6), per month and over the 90 days ending with it; the bars split each month&apos;s answers. Months without answers show no NPS. Click a bar or a point for the answers.</source>
        <translation>NPS = % promotori (9–10) − % detrattori (0–6), per mese e sui 90 giorni che terminano con esso; le barre suddividono le risposte di ogni mese. I mesi senza risposte non mostrano l&apos;NPS. Fare clic su una barra o su un punto per vedere le risposte.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Share of answers</source>
        <translation>Quota di risposte</translation>
    </message>
    <message>
        <source>NPS per month</source>
        <translation>NPS mensile</translation>
    </message>
    <message>
        <source>NPS, trailing 90 days</source>
        <translation>NPS, ultimi 90 giorni</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotori</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passivi</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detrattori</translation>
    </message>
    <message>
        <source>Answers, trailing 90 days</source>
        <translation>Risposte, ultimi 90 giorni</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::NumberSeriesDialog</name>
    <message>
        <source>New numbering series</source>
        <translation>Nuova serie di numerazione</translation>
    </message>
    <message>
        <source>Edit numbering series</source>
        <translation>Modifica serie di numerazione</translation>
    </message>
    <message>
        <source>e.g. Invoices</source>
        <translation>ad es. Fatture</translation>
    </message>
    <message>
        <source>{YYYY} year, {YY} year in two digits, {MM} month, {#####} the counter with as many digits as #. Everything else is copied as written.</source>
        <translation>{YYYY} anno, {YY} anno a due cifre, {MM} mese, {#####} il contatore con tante cifre quanti sono i #. Tutto il resto viene copiato così com&apos;è.</translation>
    </message>
    <message>
        <source>Start again at 1 every year</source>
        <translation>Ricomincia da 1 ogni anno</translation>
    </message>
    <message>
        <source>Number new documents of this kind in this series</source>
        <translation>Numera in questa serie i nuovi documenti di questo tipo</translation>
    </message>
    <message>
        <source>Archived (kept for the documents numbered in it)</source>
        <translation>Archiviata (conservata per i documenti numerati in essa)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Numero successivo</translation>
    </message>
    <message>
        <source>The name is required; the invoice filters list it.</source>
        <translation>Il nome è obbligatorio; compare nei filtri delle fatture.</translation>
    </message>
    <message>
        <source>The pattern is required, e.g. INV-{YYYY}-{#####}.</source>
        <translation>Lo schema è obbligatorio, ad es. FT-{YYYY}-{#####}.</translation>
    </message>
    <message>
        <source>The number a document issued today, %1, would get</source>
        <translation>Il numero che riceverebbe un documento emesso oggi, %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::NumberSeriesPage</name>
    <message>
        <source>Numbering</source>
        <translation>Numerazione</translation>
    </message>
    <message>
        <source>Issuing a document gives it the next number of its series, without gaps. Invoices and credit notes are numbered in the default series of their kind.</source>
        <translation>L&apos;emissione di un documento gli assegna il numero successivo della sua serie, senza salti. Fatture e note di credito sono numerate nella serie predefinita del loro tipo.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Yearly reset</source>
        <translation>Azzeramento annuale</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Numero successivo</translation>
    </message>
    <message>
        <source>The number a document issued today, %1, would get</source>
        <translation>Il numero che riceverebbe un documento emesso oggi, %1</translation>
    </message>
    <message>
        <source>The numbering series could not be read: %1</source>
        <translation>Impossibile leggere le serie di numerazione: %1</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviato)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(pattern error)</source>
        <translation>(errore nello schema)</translation>
    </message>
    <message>
        <source>Added the numbering series %1.</source>
        <translation>Serie di numerazione %1 aggiunta.</translation>
    </message>
    <message>
        <source>Saved the numbering series %1.</source>
        <translation>Serie di numerazione %1 salvata.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::OutcomePreview</name>
    <message>
        <source>Customer gets a credit note of %1.</source>
        <translation>Il cliente riceve una nota di credito di %1.</translation>
    </message>
    <message>
        <source>Customer will be charged %1.</source>
        <translation>Al cliente verrà addebitato un importo di %1.</translation>
    </message>
    <message>
        <source>%1 of it is paid from the customer&apos;s credit.</source>
        <translation>Di questo importo, %1 viene pagato con il credito del cliente.</translation>
    </message>
    <message>
        <source>The billing run on %1 writes a credit note of %2.</source>
        <translation>Il ciclo di fatturazione del %1 emette una nota di credito di %2.</translation>
    </message>
    <message>
        <source>The billing run on %1 invoices %2.</source>
        <translation>Il ciclo di fatturazione del %1 fattura %2.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PaymentListPage</name>
    <message>
        <source>Any</source>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <source>Customer, reference or note</source>
        <translation>Cliente, riferimento o nota</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>Tutti i metodi</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dal:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Al:</translation>
    </message>
    <message>
        <source>%1: received %2</source>
        <translation>%1: incassato %2</translation>
    </message>
    <message>
        <source>%1, refunded %2</source>
        <translation>%1, rimborsato %2</translation>
    </message>
    <message>
        <source>No payments match.</source>
        <translation>Nessun pagamento corrispondente.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) shown.</source>
        <translation>
            <numerusform>%n pagamento visualizzato.</numerusform>
            <numerusform>%n pagamenti visualizzati.</numerusform>
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
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation>Imputato a</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credito</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PaymentsView</name>
    <message>
        <source>&amp;Record payment…</source>
        <translation>&amp;Registra pagamento…</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Registra pagamento</translation>
    </message>
    <message>
        <source>Record a payment received and apply it to open invoices</source>
        <translation>Registra un pagamento ricevuto e lo imputa alle fatture aperte</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Rim&amp;borso…</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <source>Pay a customer&apos;s credit back</source>
        <translation>Rimborsa il credito di un cliente</translation>
    </message>
    <message>
        <source>&amp;Statement of account…</source>
        <translation>&amp;Estratto conto…</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Estratto conto</translation>
    </message>
    <message>
        <source>Save a customer&apos;s statement of account as PDF</source>
        <translation>Salva l&apos;estratto conto di un cliente in formato PDF</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Anzianità crediti</translation>
    </message>
    <message>
        <source>Saved the aging report as %1.</source>
        <translation>Report anzianità crediti salvato come %1.</translation>
    </message>
    <message>
        <source>Recorded %1 from %2.</source>
        <translation>Registrato incasso di %1 da %2.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>il cliente</translation>
    </message>
    <message>
        <source>Refunded %1.</source>
        <translation>Rimborsato %1.</translation>
    </message>
    <message>
        <source>Saved the statement as %1.</source>
        <translation>Estratto conto salvato come %1.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PlanDialog</name>
    <message>
        <source>Edit plan — %1</source>
        <translation>Modifica piano — %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nuovo piano</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>What the plan includes, one feature per line, in the order customers read them.</source>
        <translation>Cosa include il piano: una funzionalità per riga, nell&apos;ordine in cui le leggono i clienti.</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funzionalità</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prezzi</translation>
    </message>
    <message>
        <source>Metered usage</source>
        <translation>Addebiti a consumo</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Add-on</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation>Aggiungi piano</translation>
    </message>
    <message>
        <source>e.g. PRO-M; letters A–Z, digits, &quot;-&quot; and &quot;_&quot;</source>
        <translation>ad es. PRO-M; lettere A–Z, cifre, &quot;-&quot; e &quot;_&quot;</translation>
    </message>
    <message>
        <source>A short unique code for files, the command line and subscriptions</source>
        <translation>Un codice breve e univoco per file, riga di comando e abbonamenti</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Codice</translation>
    </message>
    <message>
        <source>As customers read it on invoices, e.g. Pro</source>
        <translation>Come lo leggono i clienti in fattura, ad es. Pro</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Choose a product or type a new one</source>
        <translation>Scegliere un prodotto o digitarne uno nuovo</translation>
    </message>
    <message>
        <source>What the plan sells; a new name creates the product when the plan is saved</source>
        <translation>Ciò che il piano vende; un nuovo nome crea il prodotto quando il piano viene salvato</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Prodotto</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descrizione</translation>
    </message>
    <message>
        <source>No trial</source>
        <translation>Nessun periodo di prova</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Days new subscriptions run free before the first paid period</source>
        <translation>Giorni di utilizzo gratuito dei nuovi abbonamenti prima del primo periodo a pagamento</translation>
    </message>
    <message>
        <source>&amp;Trial</source>
        <translation>Periodo di p&amp;rova</translation>
    </message>
    <message>
        <source>&amp;Evergreen: runs until cancelled</source>
        <translation>&amp;Senza scadenza: dura fino alla disdetta</translation>
    </message>
    <message>
        <source>&amp;Fixed:</source>
        <translation>Durata &amp;fissa:</translation>
    </message>
    <message>
        <source> billing periods, then</source>
        <translation> periodi di fatturazione, poi</translation>
    </message>
    <message>
        <source>renews for the same term</source>
        <translation>si rinnova per la stessa durata</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>scade</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>One price per currency and billing interval, e.g. 20.00 EUR monthly and 200.00 EUR yearly. A price keeps its versions: a new version changes it from a date on.</source>
        <translation>Un prezzo per valuta e intervallo di fatturazione, ad es. 20,00 EUR mensili e 200,00 EUR annuali. Un prezzo conserva le sue versioni: una nuova versione lo modifica a partire da una data.</translation>
    </message>
    <message>
        <source>Usage-based charges, billed after each period for the usage recorded in it (API calls, storage). Saved with the plan.</source>
        <translation>Addebiti basati sul consumo, fatturati dopo ogni periodo per il consumo registrato in quel periodo (chiamate API, spazio di archiviazione). Salvati con il piano.</translation>
    </message>
    <message>
        <source>The add-ons a subscription to this plan may carry.</source>
        <translation>Gli add-on che un abbonamento a questo piano può includere.</translation>
    </message>
    <message>
        <source>%1 — %2 (archived)</source>
        <translation>%1 — %2 (archiviato)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No add-ons yet: create them on the Add-ons tab of the Plans page.</source>
        <translation>Ancora nessun add-on: crearli nella scheda Add-on della pagina Piani.</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>piano</translation>
    </message>
    <message>
        <source>The code %1 is already used by the plan %2.</source>
        <translation>Il codice %1 è già utilizzato dal piano %2.</translation>
    </message>
    <message>
        <source>Coupons limited to %1 (%2) will no longer apply to this plan; edit them to use the new code.</source>
        <translation>I coupon limitati a %1 (%2) non si applicheranno più a questo piano; modificarli per usare il nuovo codice.</translation>
    </message>
    <message>
        <source>Enter the plan&apos;s name, as customers read it.</source>
        <translation>Inserire il nome del piano, come lo leggono i clienti.</translation>
    </message>
    <message>
        <source>No price yet: a plan is sold at one of its prices, so subscriptions need one in their currency and interval.</source>
        <translation>Ancora nessun prezzo: un piano viene venduto a uno dei suoi prezzi, quindi gli abbonamenti ne richiedono uno nella propria valuta e con il proprio intervallo.</translation>
    </message>
    <message>
        <source>Fix the highlighted fields to save.</source>
        <translation>Correggere i campi evidenziati per poter salvare.</translation>
    </message>
    <message>
        <source>The plan is saved, but a metered charge is not: %1</source>
        <translation>Il piano è stato salvato, ma un addebito a consumo no: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PlanTableModel</name>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln giorno</numerusform>
            <numerusform>%Ln giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviato)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prezzi</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Prova</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durata</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PlansView</name>
    <message>
        <source>New &amp;plan…</source>
        <translation>Nuovo &amp;piano…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Add a plan</source>
        <translation>Aggiungi un piano</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>&amp;Modifica piano…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Edit the selected plan, its prices and versions</source>
        <translation>Modifica il piano selezionato, i suoi prezzi e le versioni</translation>
    </message>
    <message>
        <source>&amp;Archive plan</source>
        <translation>&amp;Archivia piano</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>New a&amp;dd-on…</source>
        <translation>Nuovo a&amp;dd-on…</translation>
    </message>
    <message>
        <source>Add an add-on</source>
        <translation>Aggiungi un add-on</translation>
    </message>
    <message>
        <source>Edit add-on…</source>
        <translation>Modifica add-on…</translation>
    </message>
    <message>
        <source>Edit the selected add-on and its prices</source>
        <translation>Modifica l&apos;add-on selezionato e i suoi prezzi</translation>
    </message>
    <message>
        <source>Archive add-on</source>
        <translation>Archivia add-on</translation>
    </message>
    <message>
        <source>New &amp;coupon…</source>
        <translation>Nuovo &amp;coupon…</translation>
    </message>
    <message>
        <source>Add a coupon</source>
        <translation>Aggiungi un coupon</translation>
    </message>
    <message>
        <source>Edit coupon…</source>
        <translation>Modifica coupon…</translation>
    </message>
    <message>
        <source>Edit the selected coupon</source>
        <translation>Modifica il coupon selezionato</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Piani</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Add-on</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>Search code, name, product or price</source>
        <translation>Cerca per codice, nome, prodotto o prezzo</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostra archiviati</translation>
    </message>
    <message>
        <source>Archived plans are kept for their subscriptions but not offered any more</source>
        <translation>I piani archiviati vengono conservati per i relativi abbonamenti, ma non sono più offerti</translation>
    </message>
    <message>
        <source>No plans yet.
Add one with New: a code, a name and a price are enough.</source>
        <translation>Non ci sono ancora piani.
Aggiungerne uno con Nuovo: bastano un codice, un nome e un prezzo.</translation>
    </message>
    <message>
        <source>No plans match the search.</source>
        <translation>Nessun piano corrisponde alla ricerca.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln plan(s)</source>
        <translation>
            <numerusform>Piani visualizzati: %1 di %Ln</numerusform>
            <numerusform>Piani visualizzati: %1 di %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, name or price</source>
        <translation>Cerca per codice, nome o prezzo</translation>
    </message>
    <message>
        <source>Archived add-ons are kept but not offered any more</source>
        <translation>Gli add-on archiviati vengono conservati, ma non sono più offerti</translation>
    </message>
    <message>
        <source>No add-ons yet.
Add-ons are extras a subscription may carry, such as more storage or an onboarding session.</source>
        <translation>Non ci sono ancora add-on.
Gli add-on sono extra che un abbonamento può includere, come spazio di archiviazione aggiuntivo o una sessione di onboarding.</translation>
    </message>
    <message>
        <source>No add-ons match the search.</source>
        <translation>Nessun add-on corrisponde alla ricerca.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln add-on(s)</source>
        <translation>
            <numerusform>Add-on visualizzati: %1 di %Ln</numerusform>
            <numerusform>Add-on visualizzati: %1 di %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, name or plan</source>
        <translation>Cerca per codice, nome o piano</translation>
    </message>
    <message>
        <source>Show expired and used up</source>
        <translation>Mostra scaduti ed esauriti</translation>
    </message>
    <message>
        <source>Coupons past their expiry date or redemption limit</source>
        <translation>Coupon oltre la data di scadenza o il limite di utilizzi</translation>
    </message>
    <message>
        <source>No coupons yet.</source>
        <translation>Non ci sono ancora coupon.</translation>
    </message>
    <message>
        <source>No coupons match the search.</source>
        <translation>Nessun coupon corrisponde alla ricerca.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln coupon(s)</source>
        <translation>
            <numerusform>Coupon visualizzati: %1 di %Ln</numerusform>
            <numerusform>Coupon visualizzati: %1 di %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore plan</source>
        <translation>&amp;Ripristina piano</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Offer the selected plan again</source>
        <translation>Offri di nuovo il piano selezionato</translation>
    </message>
    <message>
        <source>Stop offering the selected plan; its subscriptions continue</source>
        <translation>Non offrire più il piano selezionato; i suoi abbonamenti proseguono</translation>
    </message>
    <message>
        <source>Restore add-on</source>
        <translation>Ripristina add-on</translation>
    </message>
    <message>
        <source>Offer the selected add-on again</source>
        <translation>Offri di nuovo l&apos;add-on selezionato</translation>
    </message>
    <message>
        <source>Stop offering the selected add-on; subscriptions keep it</source>
        <translation>Non offrire più l&apos;add-on selezionato; gli abbonamenti lo mantengono</translation>
    </message>
    <message>
        <source>Added the plan %1.</source>
        <translation>Piano %1 aggiunto.</translation>
    </message>
    <message>
        <source>Archived the plan %1. Its subscriptions continue; Show archived lists it.</source>
        <translation>Piano %1 archiviato. I suoi abbonamenti proseguono; è visibile con Mostra archiviati.</translation>
    </message>
    <message>
        <source>The plan %1 is offered again.</source>
        <translation>Il piano %1 è di nuovo offerto.</translation>
    </message>
    <message>
        <source>Added the add-on %1.</source>
        <translation>Add-on %1 aggiunto.</translation>
    </message>
    <message>
        <source>Archived the add-on %1.</source>
        <translation>Add-on %1 archiviato.</translation>
    </message>
    <message>
        <source>The add-on %1 is offered again.</source>
        <translation>L&apos;add-on %1 è di nuovo offerto.</translation>
    </message>
    <message>
        <source>Added the coupon %1.</source>
        <translation>Coupon %1 aggiunto.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PriceDialog</name>
    <message>
        <source>Takes &amp;effect on</source>
        <translation>In vigore &amp;dal</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Nuovo prezzo</translation>
    </message>
    <message>
        <source>Add price</source>
        <translation>Aggiungi prezzo</translation>
    </message>
    <message>
        <source>New version of the %1 price in %2</source>
        <translation>Nuova versione del prezzo %1 in %2</translation>
    </message>
    <message>
        <source>New version of the price in %1</source>
        <translation>Nuova versione del prezzo in %1</translation>
    </message>
    <message>
        <source>Add version</source>
        <translation>Aggiungi versione</translation>
    </message>
    <message>
        <source>Subscriptions keep the version they were sold at (grandfathering) until you migrate them; new subscriptions get this version from the date it takes effect.</source>
        <translation>Gli abbonamenti mantengono la versione con cui sono stati venduti (grandfathering) finché non vengono migrati; i nuovi abbonamenti ricevono questa versione dalla data di entrata in vigore.</translation>
    </message>
    <message>
        <source>Choose the date the price takes effect.</source>
        <translation>Scegliere la data di entrata in vigore del prezzo.</translation>
    </message>
    <message>
        <source>A new version must take effect after the current one (%1).</source>
        <translation>Una nuova versione deve entrare in vigore dopo quella attuale (%1).</translation>
    </message>
    <message>
        <source>There is already a %1 price in %2; add a new version of it instead.</source>
        <translation>Esiste già un prezzo %1 in %2; aggiungerne invece una nuova versione.</translation>
    </message>
    <message>
        <source>There is already a price in %1; add a new version of it instead.</source>
        <translation>Esiste già un prezzo in %1; aggiungerne invece una nuova versione.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PriceEditor</name>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>every</source>
        <translation>ogni</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>Pricing &amp;model</source>
        <translation>&amp;Modello di prezzo</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>&amp;Free units</source>
        <translation>Unità &amp;gratuite</translation>
    </message>
    <message>
        <source>Units per package</source>
        <translation>Unità per pacchetto</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Scaglioni</translation>
    </message>
    <message>
        <source>Charged once when a subscription starts; empty for none</source>
        <translation>Addebitato una sola volta all&apos;inizio di un abbonamento; vuoto se non previsto</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>Costo di attivazione</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>Package price</source>
        <translation>Prezzo del pacchetto</translation>
    </message>
    <message>
        <source>A setup fee cannot be negative.</source>
        <translation>Il costo di attivazione non può essere negativo.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PriceListEditor</name>
    <message>
        <source>&amp;Add price…</source>
        <translation>&amp;Aggiungi prezzo…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Tariffazione</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Archived prices are not offered to new subscriptions; takes effect at once</source>
        <translation>I prezzi archiviati non vengono offerti ai nuovi abbonamenti; effetto immediato</translation>
    </message>
    <message>
        <source>Removes a price that is not saved yet</source>
        <translation>Rimuove un prezzo non ancora salvato</translation>
    </message>
    <message>
        <source>new, saved with the rest</source>
        <translation>nuovo, salvato insieme al resto</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviato</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln versione</numerusform>
            <numerusform>%Ln versioni</numerusform>
        </translation>
    </message>
    <message>
        <source>per period</source>
        <translation>per periodo</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versioni…</translation>
    </message>
    <message>
        <source>Change the new price</source>
        <translation>Modifica il nuovo prezzo</translation>
    </message>
    <message>
        <source>Show the versions of the price and add one</source>
        <translation>Mostra le versioni del prezzo e aggiungine una</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Edit new price</source>
        <translation>Modifica nuovo prezzo</translation>
    </message>
    <message>
        <source>The %1 price in %2</source>
        <translation>Il prezzo %1 in %2</translation>
    </message>
    <message>
        <source>The price in %1</source>
        <translation>Il prezzo in %1</translation>
    </message>
    <message>
        <source>%1 is offered again.</source>
        <translation>%1 è di nuovo offerto.</translation>
    </message>
    <message>
        <source>%1 is archived: new subscriptions no longer get it; current ones keep it.</source>
        <translation>%1 è archiviato: i nuovi abbonamenti non lo ricevono più; quelli attuali lo mantengono.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PricePreview</name>
    <message>
        <source>Units in one period: seats, or the usage of a metered charge</source>
        <translation>Unità in un periodo: postazioni o consumo di un addebito a consumo</translation>
    </message>
    <message>
        <source>Price for &amp;quantity</source>
        <translation>Prezzo per la &amp;quantità</translation>
    </message>
    <message>
        <source>Complete the price to see what it charges.</source>
        <translation>Completare il prezzo per vedere cosa addebita.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unità</numerusform>
            <numerusform>%Ln unità</numerusform>
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
        <translation>&amp;Nuova versione…</translation>
    </message>
    <message>
        <source>&amp;Migrate subscriptions…</source>
        <translation>&amp;Migra abbonamenti…</translation>
    </message>
    <message>
        <source>Subscriptions keep the price version they were sold at (grandfathering) until you migrate them to the latest version.</source>
        <translation>Gli abbonamenti mantengono la versione del prezzo con cui sono stati venduti (grandfathering) finché non vengono migrati all&apos;ultima versione.</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Entrata in vigore</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Tariffazione</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>Costo di attivazione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>A new pricing that takes effect on a later date</source>
        <translation>Una nuova tariffazione che entra in vigore in una data successiva</translation>
    </message>
    <message>
        <source>Move subscriptions on older versions to the latest one</source>
        <translation>Sposta gli abbonamenti dalle versioni precedenti all&apos;ultima</translation>
    </message>
    <message>
        <source>the %1 price in %2</source>
        <translation>il prezzo %1 in %2</translation>
    </message>
    <message>
        <source>the price in %1</source>
        <translation>il prezzo in %1</translation>
    </message>
    <message>
        <source>Versions of %1</source>
        <translation>Versioni di %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>current</source>
        <translation>attuale</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programmata</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>fino al %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Added the version that takes effect on %1.</source>
        <translation>Aggiunta la versione che entra in vigore il %1.</translation>
    </message>
    <message>
        <source>No subscription was on an older version; nothing moved.</source>
        <translation>Nessun abbonamento era su una versione precedente; non è stato spostato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln subscription(s) to the latest version.</source>
        <translation>
            <numerusform>%Ln abbonamento spostato all&apos;ultima versione.</numerusform>
            <numerusform>%Ln abbonamenti spostati all&apos;ultima versione.</numerusform>
        </translation>
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
    <name>subdesk::ui::ReconciliationPage</name>
    <message>
        <source>Invoiced (gross) = MRR + timing + tax + one-time fees + usage + proration − credit notes. Timing is what the recurring lines invoiced in the month differ from MRR: yearly and quarterly plans billed in advance, first short periods, changes during the month and once-only coupons. MRR here covers the whole company in the selected currencies: invoices have no segment, plan or country filter.</source>
        <translation>Fatturato (lordo) = MRR + sfasamento temporale + imposte + importi una tantum + consumi + pro rata − note di credito. Lo sfasamento temporale è la differenza tra le righe ricorrenti fatturate nel mese e l&apos;MRR: piani annuali e trimestrali fatturati in anticipo, primi periodi brevi, variazioni nel corso del mese e coupon una tantum. Qui l&apos;MRR copre l&apos;intera azienda nelle valute selezionate: le fatture non hanno filtri per segmento, piano o paese.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export reconciliation</source>
        <translation>Esporta riconciliazione</translation>
    </message>
    <message>
        <source>reconciliation.csv</source>
        <translation>riconciliazione.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RecordPaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>Registra pagamento</translation>
    </message>
    <message>
        <source>Record payment for %1</source>
        <translation>Registra pagamento per %1</translation>
    </message>
    <message>
        <source>Bank reference, card slip, …</source>
        <translation>Riferimento bancario, ricevuta della carta, …</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metodo:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Riferimento:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Applied to open invoices</source>
        <translation>Imputato alle fatture aperte</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Amount to apply</source>
        <translation>Importo da imputare</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Scegliere un cliente.</translation>
    </message>
    <message>
        <source>Choose a currency (an ISO 4217 code such as EUR).</source>
        <translation>Scegliere una valuta (un codice ISO 4217, ad es. EUR).</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>l&apos;importo</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>L&apos;importo deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>the amount for %1</source>
        <translation>l&apos;importo per %1</translation>
    </message>
    <message>
        <source>The amount for %1 cannot be negative.</source>
        <translation>L&apos;importo per %1 non può essere negativo.</translation>
    </message>
    <message>
        <source>Left over as customer credit: —</source>
        <translation>Residuo come credito del cliente: —</translation>
    </message>
    <message>
        <source>Left over as customer credit: %1</source>
        <translation>Residuo come credito del cliente: %1</translation>
    </message>
    <message>
        <source>Nothing is applied by hand, so the payment goes to the oldest invoices first.</source>
        <translation>Nessun importo imputato manualmente, quindi il pagamento va prima alle fatture più vecchie.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RefundDialog</name>
    <message>
        <source>Refund customer credit</source>
        <translation>Rimborsa credito del cliente</translation>
    </message>
    <message>
        <source>Bank reference of the transfer</source>
        <translation>Riferimento bancario del bonifico</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Credito:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metodo:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Riferimento:</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <source>Choose a customer to see their credit.</source>
        <translation>Scegliere un cliente per vederne il credito.</translation>
    </message>
    <message>
        <source>No credit to refund.</source>
        <translation>Nessun credito da rimborsare.</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>Disponibile: %1</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Scegliere un cliente.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Scegliere una valuta.</translation>
    </message>
    <message>
        <source>%1 has no credit in %2 to refund.</source>
        <translation>%1 non ha credito in %2 da rimborsare.</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>l&apos;importo</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>L&apos;importo deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>At most %1 can be refunded: that is all the credit in %2.</source>
        <translation>È possibile rimborsare al massimo %1: è tutto il credito in %2.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RestartSubscriptionDialog</name>
    <message>
        <source>First invoice after the restart</source>
        <translation>Prima fattura dopo la ripresa</translation>
    </message>
    <message>
        <source>Resume subscription %1</source>
        <translation>Riprendi abbonamento %1</translation>
    </message>
    <message>
        <source>Reactivate subscription %1</source>
        <translation>Riattiva abbonamento %1</translation>
    </message>
    <message>
        <source>Resume subscription</source>
        <translation>Riprendi abbonamento</translation>
    </message>
    <message>
        <source>Reactivate subscription</source>
        <translation>Riattiva abbonamento</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), %4.</source>
        <translation>%1 — %2 (%3), %4.</translation>
    </message>
    <message>
        <source>Resume &amp;on:</source>
        <translation>Riprendi &amp;il:</translation>
    </message>
    <message>
        <source>Reactivate &amp;on:</source>
        <translation>Riattiva &amp;il:</translation>
    </message>
    <message>
        <source>Nothing is billed now; billing continues with the next billing run.</source>
        <translation>Al momento non viene fatturato nulla; la fatturazione prosegue con il prossimo ciclo di fatturazione.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RetentionChartPage</name>
    <message>
        <source>Over the 12 months ending with each month, for the customers paying the day before: NRR = (their MRR then + expansion − contraction − churn) ÷ their MRR then; GRR leaves out expansion. Click a point for those customers.</source>
        <translation>Nei 12 mesi che terminano con ciascun mese, per i clienti paganti il giorno precedente: NRR = (il loro MRR di allora + espansione − contrazione − abbandono) ÷ il loro MRR di allora; il GRR esclude l&apos;espansione. Fare clic su un punto per vedere quei clienti.</translation>
    </message>
    <message>
        <source>Trailing 12 months</source>
        <translation>Ultimi 12 mesi</translation>
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
        <translation>Mese</translation>
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
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Credit applied</source>
        <translation>Credito utilizzato</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importo dovuto</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ScoreDistributionWidget</name>
    <message numerus="yes">
        <source>Score %1 (%2): %n answer(s), %3 %</source>
        <translation>
            <numerusform>Punteggio %1 (%2): %n risposta, %3 %</numerusform>
            <numerusform>Punteggio %1 (%2): %n risposte, %3 %</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SettingsPage</name>
    <message>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SettingsView</name>
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
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>How SubDesk looks, and the company file it has open.</source>
        <translation>L&apos;aspetto di SubDesk e il file dell&apos;azienda aperto.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::StatementDialog</name>
    <message>
        <source>Statement of account</source>
        <translation>Estratto conto</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>Estratto conto:</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Salva PDF…</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Scegliere un cliente.</translation>
    </message>
    <message>
        <source>Choose a currency (an ISO 4217 code such as EUR).</source>
        <translation>Scegliere una valuta (un codice ISO 4217, ad es. EUR).</translation>
    </message>
    <message>
        <source>The period must not end before it starts.</source>
        <translation>Il periodo non può terminare prima di iniziare.</translation>
    </message>
    <message>
        <source>Opening balance %1, %2, closing balance %3.</source>
        <translation>Saldo iniziale %1, %2, saldo finale %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n voce</numerusform>
            <numerusform>%n voci</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement %1 %2.pdf</source>
        <translation>Estratto conto %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>Salva estratto conto</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::StopSubscriptionDialog</name>
    <message>
        <source>Credit the unused time</source>
        <translation>Accredita il tempo non utilizzato</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Accredito</translation>
    </message>
    <message>
        <source>Pause subscription %1</source>
        <translation>Sospendi abbonamento %1</translation>
    </message>
    <message>
        <source>Cancel subscription %1</source>
        <translation>Disdici abbonamento %1</translation>
    </message>
    <message>
        <source>Pause subscription</source>
        <translation>Sospendi abbonamento</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>Disdici abbonamento</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>A credit note for the part of the paid period after the stop</source>
        <translation>Una nota di credito per la parte del periodo pagato successiva all&apos;interruzione</translation>
    </message>
    <message>
        <source>Optional, e.g. why the customer pauses</source>
        <translation>Facoltativa, ad es. il motivo della sospensione</translation>
    </message>
    <message>
        <source>Optional, e.g. why the customer leaves</source>
        <translation>Facoltativa, ad es. il motivo per cui il cliente lascia</translation>
    </message>
    <message>
        <source>%1. The current period, already billed, runs %2 → %3.</source>
        <translation>%1. Periodo in corso, già fatturato: %2 → %3.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Pause:</source>
        <translation>Sospensione:</translation>
    </message>
    <message>
        <source>Cancel:</source>
        <translation>Disdetta:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Nothing is credited: the subscription runs until %1 and is paused from then on.</source>
        <translation>Non viene accreditato nulla: l&apos;abbonamento prosegue fino al %1 e da allora è sospeso.</translation>
    </message>
    <message>
        <source>Nothing is credited: the subscription runs until %1 and ends then.</source>
        <translation>Non viene accreditato nulla: l&apos;abbonamento prosegue fino al %1 e poi termina.</translation>
    </message>
    <message>
        <source>Nothing is credited.</source>
        <translation>Non viene accreditato nulla.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SubscriptionDetailPane</name>
    <message>
        <source>Select a subscription to see its history and documents.</source>
        <translation>Selezionare un abbonamento per vederne lo storico e i documenti.</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Piano:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prezzo:</translation>
    </message>
    <message>
        <source>Add-ons:</source>
        <translation>Add-on:</translation>
    </message>
    <message>
        <source>Coupon:</source>
        <translation>Coupon:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Inizio:</translation>
    </message>
    <message>
        <source>Next billing:</source>
        <translation>Prossima fatturazione:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Fine:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Durata:</translation>
    </message>
    <message>
        <source>Billed through:</source>
        <translation>Fatturato fino al:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>Subscription %1 — %2</source>
        <translation>Abbonamento %1 — %2</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documenti (%1)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, ends on %2</source>
        <translation>%1, termina il %2</translation>
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
            <numerusform>%Ln giorno di prova</numerusform>
            <numerusform>%Ln giorni di prova</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing more to bill</source>
        <translation>Niente più da fatturare</translation>
    </message>
    <message>
        <source>Runs until cancelled</source>
        <translation>Dura fino alla disdetta</translation>
    </message>
    <message>
        <source>Not billed by a run yet</source>
        <translation>Non ancora fatturato da un ciclo</translation>
    </message>
    <message>
        <source>prorated</source>
        <translation>pro rata</translation>
    </message>
    <message>
        <source>from the next period, not prorated</source>
        <translation>dal periodo successivo, non pro rata</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>fino al %1</translation>
    </message>
    <message>
        <source>unused time credited</source>
        <translation>tempo non utilizzato accreditato</translation>
    </message>
    <message>
        <source>no credit</source>
        <translation>nessun accredito</translation>
    </message>
    <message>
        <source>billing starts again</source>
        <translation>la fatturazione riprende</translation>
    </message>
    <message>
        <source>a new term starts</source>
        <translation>inizia una nuova durata contrattuale</translation>
    </message>
    <message>
        <source>the term ended</source>
        <translation>la durata contrattuale è terminata</translation>
    </message>
    <message>
        <source>bought %1 × %2 once</source>
        <translation>acquistato una tantum %1 × %2</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Registrato il %1</translation>
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
        <translation>Termina il %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Q.tà</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>Per periodo</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>Prossima fatturazione</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SubscriptionsView</name>
    <message>
        <source>&amp;New subscription…</source>
        <translation>&amp;Nuovo abbonamento…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuovo…</translation>
    </message>
    <message>
        <source>Subscribe a customer to a plan</source>
        <translation>Abbona un cliente a un piano</translation>
    </message>
    <message>
        <source>C&amp;hange subscription…</source>
        <translation>Mo&amp;difica abbonamento…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Change the plan, quantity, add-ons, interval or coupon of the selected subscription</source>
        <translation>Modifica piano, quantità, add-on, intervallo o coupon dell&apos;abbonamento selezionato</translation>
    </message>
    <message>
        <source>&amp;Pause subscription…</source>
        <translation>&amp;Sospendi abbonamento…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Sospendi…</translation>
    </message>
    <message>
        <source>Stop billing the selected subscription for a while</source>
        <translation>Sospendi per un certo periodo la fatturazione dell&apos;abbonamento selezionato</translation>
    </message>
    <message>
        <source>&amp;Resume subscription…</source>
        <translation>&amp;Riprendi abbonamento…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Riprendi…</translation>
    </message>
    <message>
        <source>Start billing the selected paused subscription again</source>
        <translation>Riprendi la fatturazione dell&apos;abbonamento sospeso selezionato</translation>
    </message>
    <message>
        <source>Ca&amp;ncel subscription…</source>
        <translation>&amp;Disdici abbonamento…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Disdici…</translation>
    </message>
    <message>
        <source>End the selected subscription</source>
        <translation>Termina l&apos;abbonamento selezionato</translation>
    </message>
    <message>
        <source>Reac&amp;tivate subscription…</source>
        <translation>Ria&amp;ttiva abbonamento…</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Riattiva…</translation>
    </message>
    <message>
        <source>Continue the selected cancelled or cancelling subscription</source>
        <translation>Riattiva l&apos;abbonamento selezionato, disdetto o in corso di disdetta</translation>
    </message>
    <message>
        <source>Run &amp;billing…</source>
        <translation>Esegui &amp;fatturazione…</translation>
    </message>
    <message>
        <source>Run billing…</source>
        <translation>Esegui fatturazione…</translation>
    </message>
    <message>
        <source>Write the invoices and credit notes that are due</source>
        <translation>Scrivi le fatture e le note di credito dovute</translation>
    </message>
    <message>
        <source>Search customer</source>
        <translation>Cerca cliente</translation>
    </message>
    <message>
        <source>Shows the subscriptions of customers whose name contains every word typed</source>
        <translation>Mostra gli abbonamenti dei clienti il cui nome contiene tutte le parole digitate</translation>
    </message>
    <message>
        <source>Show subscriptions with this status only</source>
        <translation>Mostra solo gli abbonamenti con questo stato</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Show subscriptions to this plan only</source>
        <translation>Mostra solo gli abbonamenti a questo piano</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Tutti i piani</translation>
    </message>
    <message>
        <source>%1 (%2, archived)</source>
        <translation>%1 (%2, archiviato)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln subscription(s)</source>
        <translation>
            <numerusform>Abbonamenti visualizzati: %1 di %Ln</numerusform>
            <numerusform>Abbonamenti visualizzati: %1 di %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No subscriptions yet.
Subscribe a customer to a plan with New.</source>
        <translation>Non ci sono ancora abbonamenti.
Abbonare un cliente a un piano con Nuovo.</translation>
    </message>
    <message>
        <source>No subscriptions match the search and filters.</source>
        <translation>Nessun abbonamento corrisponde alla ricerca e ai filtri.</translation>
    </message>
    <message>
        <source>Subscription %1 created.</source>
        <translation>Abbonamento %1 creato.</translation>
    </message>
    <message>
        <source>Subscription %1 changed.</source>
        <translation>Abbonamento %1 modificato.</translation>
    </message>
    <message>
        <source>Subscription %1 paused.</source>
        <translation>Abbonamento %1 sospeso.</translation>
    </message>
    <message>
        <source>Subscription %1 cancelled.</source>
        <translation>Abbonamento %1 disdetto.</translation>
    </message>
    <message>
        <source>Subscription %1 resumed.</source>
        <translation>Abbonamento %1 ripreso.</translation>
    </message>
    <message>
        <source>Subscription %1 reactivated.</source>
        <translation>Abbonamento %1 riattivato.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SurveyAnswerDialog</name>
    <message>
        <source>Edit survey answer</source>
        <translation>Modifica risposta al sondaggio</translation>
    </message>
    <message>
        <source>New survey answer</source>
        <translation>Nuova risposta al sondaggio</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>NPS: how likely to recommend us (0–10)</source>
        <translation>NPS: quanto è probabile che ci raccomandi (0–10)</translation>
    </message>
    <message>
        <source>CSAT: how satisfied (1–5)</source>
        <translation>CSAT: quanto è soddisfatto (1–5)</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Sondaggio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>What the customer wrote, in their words</source>
        <translation>Ciò che ha scritto il cliente, con le sue parole</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>e.g. pricing, support</source>
        <translation>ad es. prezzi, assistenza</translation>
    </message>
    <message>
        <source>Separate tags with commas. Tags group recurring themes; their counts show on the dashboard&apos;s Feedback tab.</source>
        <translation>Separare i tag con virgole. I tag raggruppano temi ricorrenti; i loro conteggi compaiono nella scheda Feedback della dashboard.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>There are no customers to record an answer for.</source>
        <translation>Non ci sono clienti per cui registrare una risposta.</translation>
    </message>
    <message>
        <source>Choose the customer who answered.</source>
        <translation>Scegliere il cliente che ha risposto.</translation>
    </message>
    <message>
        <source>The answer was not stored.</source>
        <translation>La risposta non è stata memorizzata.</translation>
    </message>
    <message>
        <source>Promoters answer 9–10, passives 7–8, detractors 0–6.</source>
        <translation>I promotori rispondono 9–10, i passivi 7–8, i detrattori 0–6.</translation>
    </message>
    <message>
        <source>Answers of 4 and 5 count as satisfied.</source>
        <translation>Le risposte 4 e 5 contano come soddisfatte.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SurveyImportDialog</name>
    <message>
        <source>Import survey answers</source>
        <translation>Importa risposte ai sondaggi</translation>
    </message>
    <message>
        <source>A CSV file exported from your survey tool</source>
        <translation>Un file CSV esportato dal proprio strumento di sondaggio</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>NPS answers (0–10)</source>
        <translation>Risposte NPS (0–10)</translation>
    </message>
    <message>
        <source>CSAT answers (1–5)</source>
        <translation>Risposte CSAT (1–5)</translation>
    </message>
    <message>
        <source>Decide from the file</source>
        <translation>Decidi in base al file</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Prima il giorno (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Prima il mese (12/31/2026)</translation>
    </message>
    <message>
        <source>A date such as 04/03/2026 may be 4 March or 3 April. SubDesk reads it as the file&apos;s other dates show (one with a day above 12 decides) and refuses it when nothing tells; choose the order here if you know it.</source>
        <translation>Una data come 04/03/2026 può essere il 4 marzo o il 3 aprile. SubDesk la legge come indicano le altre date del file (ne basta una con il giorno superiore a 12) e la rifiuta quando nulla lo indica; scegliere qui l&apos;ordine se è noto.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Rows without a kind are</source>
        <translation>Le righe senza tipo sono</translation>
    </message>
    <message>
        <source>Dates like 04/03/2026</source>
        <translation>Date come 04/03/2026</translation>
    </message>
    <message>
        <source>Columns are found by their names, as Delighted, Typeform, SurveyMonkey or Hotjar export them: a date, the customer&apos;s e-mail or customer number, and the score; optionally a comment, channel, tags and kind (nps or csat).</source>
        <translation>Le colonne vengono riconosciute dal nome, come le esportano Delighted, Typeform, SurveyMonkey o Hotjar: una data, l&apos;e-mail o il numero del cliente e il punteggio; facoltativamente commento, canale, tag e tipo (nps o csat).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation>%1 (ignorata)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemi (%1)</translation>
    </message>
    <message>
        <source>Choose a file to see its rows and whether they can be imported.</source>
        <translation>Scegliere un file per vederne le righe e se possono essere importate.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing can be imported until the file is corrected. Every problem is listed with its line and column.</source>
        <translation>
            <numerusform>Trovato %n problema: non è possibile importare nulla finché il file non viene corretto. Ogni problema è elencato con riga e colonna.</numerusform>
            <numerusform>Trovati %n problemi: non è possibile importare nulla finché il file non viene corretto. Ogni problema è elencato con riga e colonna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) ready to import.</source>
        <translation>
            <numerusform>%n risposta pronta per l&apos;importazione.</numerusform>
            <numerusform>%n risposte pronte per l&apos;importazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates are read month first (MM/DD/YYYY).</source>
        <translation>Le date vengono lette con il mese per primo (MM/GG/AAAA).</translation>
    </message>
    <message>
        <source>Dates are read day first (DD/MM/YYYY).</source>
        <translation>Le date vengono lette con il giorno per primo (GG/MM/AAAA).</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::TaxRateDialog</name>
    <message>
        <source>New tax rate</source>
        <translation>Nuova aliquota</translation>
    </message>
    <message>
        <source>Edit tax rate</source>
        <translation>Modifica aliquota</translation>
    </message>
    <message>
        <source>e.g. Reduced rate (books)</source>
        <translation>ad es. Aliquota ridotta (libri)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ad es. %1</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina il</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Aliquota</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valida dal</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valida fino al</translation>
    </message>
    <message>
        <source>Leave &quot;Ends on&quot; unticked while the rate still applies. Rates already used on issued documents stay on those documents when you change them here.</source>
        <translation>Lasciare deselezionato &quot;Termina il&quot; finché l&apos;aliquota è in vigore. Le aliquote già utilizzate nei documenti emessi restano invariate su quei documenti se vengono modificate qui.</translation>
    </message>
    <message>
        <source>Choose the country the rate applies in.</source>
        <translation>Scegliere il paese in cui si applica l&apos;aliquota.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (e.g. FI, PL, IT).</source>
        <translation>&quot;%1&quot; non è un codice paese ISO 3166 (ad es. FI, PL, IT).</translation>
    </message>
    <message>
        <source>The name is required; documents and reports show it.</source>
        <translation>Il nome è obbligatorio; compare nei documenti e nei report.</translation>
    </message>
    <message>
        <source>Enter the rate as a percentage, e.g. %1.</source>
        <translation>Inserire l&apos;aliquota come percentuale, ad es. %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage from 0 to 100 with at most two decimals (e.g. %2).</source>
        <translation>&quot;%1&quot; non è una percentuale da 0 a 100 con al massimo due decimali (ad es. %2).</translation>
    </message>
    <message>
        <source>The rate cannot end before it starts.</source>
        <translation>L&apos;aliquota non può terminare prima di iniziare.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::TaxRatesPage</name>
    <message>
        <source>Tax rates</source>
        <translation>Aliquote IVA</translation>
    </message>
    <message>
        <source>VAT rates by country and class. An invoice line takes the rate of its class in the customer&apos;s country (or yours) that is valid on its date.</source>
        <translation>Aliquote IVA per paese e classe. Una riga di fattura assume l&apos;aliquota della sua classe nel paese del cliente (o nel vostro) valida alla sua data.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Show expired</source>
        <translation>Mostra scadute</translation>
    </message>
    <message>
        <source>Also list rates that ended before today</source>
        <translation>Elenca anche le aliquote terminate prima di oggi</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Aliquota</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valida dal</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valida fino al</translation>
    </message>
    <message>
        <source>The tax rates could not be read: %1</source>
        <translation>Impossibile leggere le aliquote: %1</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tutti i paesi</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (scaduta)</translation>
    </message>
    <message>
        <source>%1 (upcoming)</source>
        <translation>%1 (futura)</translation>
    </message>
    <message>
        <source>Added the rate %1 %2 for %3.</source>
        <translation>Aliquota %1 %2 aggiunta per %3.</translation>
    </message>
    <message>
        <source>Saved the rate %1.</source>
        <translation>Aliquota %1 salvata.</translation>
    </message>
    <message>
        <source>Remove tax rate</source>
        <translation>Rimuovi aliquota</translation>
    </message>
    <message>
        <source>Remove the rate &quot;%1&quot; (%2) for %3?</source>
        <translation>Rimuovere l&apos;aliquota &quot;%1&quot; (%2) per %3?</translation>
    </message>
    <message>
        <source>Issued documents keep the rate they were issued with. Drafts and new invoices will no longer find it.</source>
        <translation>I documenti emessi mantengono l&apos;aliquota con cui sono stati emessi. Le bozze e le nuove fatture non la troveranno più.</translation>
    </message>
    <message>
        <source>The rate %1 was not removed: %2</source>
        <translation>L&apos;aliquota %1 non è stata rimossa: %2</translation>
    </message>
    <message>
        <source>Removed the rate %1.</source>
        <translation>Aliquota %1 rimossa.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::TierEditor</name>
    <message>
        <source>Add tier</source>
        <translation>Aggiungi scaglione</translation>
    </message>
    <message>
        <source>Adds a tier at the end; the tier before it then needs an upper bound</source>
        <translation>Aggiunge uno scaglione alla fine; lo scaglione precedente deve quindi avere un limite superiore</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Scaglione</translation>
    </message>
    <message>
        <source>From unit</source>
        <translation>Da unità</translation>
    </message>
    <message>
        <source>Up to unit</source>
        <translation>Fino a unità</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>Flat fee</source>
        <translation>Quota fissa</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source>The last unit of this tier; leave empty on the last tier</source>
        <translation>L&apos;ultima unità di questo scaglione; lasciare vuoto nell&apos;ultimo scaglione</translation>
    </message>
    <message>
        <source>Charged once when a quantity reaches this tier; empty for none</source>
        <translation>Addebitata una sola volta quando una quantità raggiunge questo scaglione; vuoto se non prevista</translation>
    </message>
    <message>
        <source>Remove this tier</source>
        <translation>Rimuovi questo scaglione</translation>
    </message>
    <message>
        <source>Tier %1: &quot;%2&quot; is not a whole number of units.</source>
        <translation>Scaglione %1: &quot;%2&quot; non è un numero intero di unità.</translation>
    </message>
    <message>
        <source>Tier %1 unit price</source>
        <translation>Prezzo unitario scaglione %1</translation>
    </message>
    <message>
        <source>Tier %1 flat fee</source>
        <translation>Quota fissa scaglione %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::TimingSelector</name>
    <message>
        <source>Now (%1), prorated</source>
        <translation>Ora (%1), pro rata</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Il</translation>
    </message>
    <message>
        <source>At the end of the current period (%1), not prorated</source>
        <translation>Alla fine del periodo in corso (%1), non pro rata</translation>
    </message>
    <message>
        <source>At the end of the current period</source>
        <translation>Alla fine del periodo in corso</translation>
    </message>
    <message>
        <source>The subscription has no billed period running today.</source>
        <translation>L&apos;abbonamento non ha un periodo fatturato in corso oggi.</translation>
    </message>
    <message>
        <source>, prorated</source>
        <translation>, pro rata</translation>
    </message>
</context>
</TS>
