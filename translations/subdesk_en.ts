<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Billing</name>
    <message>
        <source>A billing interval counts between %1 and %2 units, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a billing interval (expected e.g. &quot;1 month&quot;, &quot;3 months&quot;, &quot;2 weeks&quot; or &quot;1 year&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Every week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Every month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s)</source>
        <translation>
            <numerusform>Every year</numerusform>
            <numerusform>Every %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>The billing period %1 is empty or not a valid period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not inside the billing period %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 is not inside the billing period %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 × %3/%4 days (%5 → %6) = %7</source>
        <extracomment>How a prorated line was computed: %1 plan or item, %2 price, %3 days charged, %4 days in the full period, %5 and %6 first and end date of the part (end excluded), %7 the result.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change from a price in %1 to a price in %2 within a period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: subdesk-cli [--db PATH] [--lang CODE] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works with the customers of a SubDesk company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file (default: $SUBDESK_DB, else the standard one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: en, pl, it, fi or fa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;subdesk-cli help COMMAND&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 refused (invalid data, no such customer, a file SubDesk cannot open), 2 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;; %1 has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 can be given only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO code such as FI, PL, IT; required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en, pl, it, fi or fa; default en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 code; default EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0216:003712345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that must all occur in the name, e-mail, VAT ID or city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers with this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which customers (default: active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--country: &quot;%1&quot; is not an ISO 3166 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be active, archived or all, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--add-tag needs a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to set, e.g. --email ADDRESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 is already active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 (%2) archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 (%2) restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag, keeping the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every tag (before --tag and --add-tag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a customer and prints its number. --name and --country are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists customers as a table or as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows every field of one customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the given fields of a customer; an empty value clears a field. Repeated --email, --street or --tag replace the whole list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives a customer: hidden from lists, kept with its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes an archived customer active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity problems in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok (schema version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the company file&apos;s integrity. Prints &quot;ok&quot; and the schema version, or the problems with exit status 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the path of the company file. It is --db if given, else $SUBDESK_DB, else the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the company file to FILE. The copy is consistent even while SubDesk has the file open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customers must be a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds customers (%2); demo customers go only into an empty company file. Choose another file with --db, e.g. subdesk-cli --db demo.subdesk demo --customers %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo customers created in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills an empty company file with demo customers. They are realistic, stored in one transaction, and the same seed gives the same customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many customers (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be &quot;,&quot;, &quot;;&quot;, tab or auto, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or windows-1252, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: write it as &quot;Column header=field_key&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: the file has no column &quot;%1&quot; (it has: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not a field; fields are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows have problems. Fix them, or use --valid-only to import the other rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows would be imported; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows skipped because of problems: %1 (listed above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers exported to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report what would happen; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows even when others have problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column separator (default: detected from the header line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding (default: auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the column HEADER into the field FIELD (a key such as vat_id; empty or - ignores the column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON report instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports customers from a CSV file (- reads standard input), all of them or none. Bad rows are listed as &quot;Line N: reason&quot; on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes customers as CSV to FILE or standard output. UTF-8, every field; FILE - or no FILE means standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the file has no valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>SubDesk: subscription billing for small businesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company file to open (default: $SUBDESK_DB, else company.subdesk in the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en, pl, it, fi or fa (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after the given milliseconds (smoke tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company file to open (the same as --db; used when a file manager opens a .subdesk file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one company file, either as --db or as the file argument.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyOpener</name>
    <message>
        <source>SubDesk companies (*.subdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo customers could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was left as it is. Open another company file, create a new company, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company.subdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coupon</name>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon code &quot;%1&quot; has %2 characters; it must have %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon code &quot;%1&quot; may only contain upper-case letters A–Z, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon takes off %1; it must take off 0.01% to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount off has no currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount off is %1 %2; it must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repeating coupon must last at least 1 billing period; it is set to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the coupon&apos;s plan codes is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redemption limit is %1; it must be at least 1 (or no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redemption date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon %1 has reached its redemption limit (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; has no currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; is in %2, but the coupon %3 takes off an amount in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; is in %2, but the lines before it are in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; is %2; a coupon only discounts lines of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1: %2 of %3 = %4</source>
        <extracomment>Derivation of a percentage discount line: %1 coupon code, %2 percentage, %3 the line&apos;s amount, %4 the (negative) discount.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1: %2 of each line (%3) = %4</source>
        <extracomment>Derivation of a percentage discount over several lines, rounded per line: %1 coupon code, %2 percentage, %3 &quot;line amount → amount off&quot; for each line, %4 the (negative) discount.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1: %2 off %3 = %4</source>
        <extracomment>Derivation of a fixed discount on one line: %1 coupon code, %2 amount off, %3 the line&apos;s amount, %4 the (negative) discount.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1: %2 off %3 (capped at the lines&apos; total) = %4</source>
        <extracomment>Derivation of a fixed discount larger than its one line: %1 coupon code, %2 amount off, %3 the line&apos;s amount, %4 the (negative) discount, which equals the line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1: %2 off %3, split in proportion (%4) = %5</source>
        <extracomment>Derivation of a fixed discount split over several lines: %1 coupon code, %2 amount off, %3 the lines&apos; total, %4 &quot;line amount → share of the discount&quot; for each line, %5 the (negative) discount.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1: %2 off %3 (capped at the lines&apos; total), split in proportion (%4) = %5</source>
        <extracomment>As &quot;Coupon %1: %2 off %3, split in proportion (%4) = %5&quot;, for an amount off larger than the lines&apos; total %3, which is then taken off entirely.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing), so the rest of the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a first line naming the columns (e.g. Name, E-mail, Country) and a line per customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the column names is known, so the first line seems not to be a header. It must name the columns, e.g. Name, E-mail, Country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the customer&apos;s name. Name a column &quot;Name&quot; or choose the column for the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header line but no customer rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 cells but the header names only %2 columns; a delimiter or a quote may be misplaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is already used by the customer on line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing was imported. Correct the file, or import only the valid rows.</source>
        <translation>
            <numerusform>%n row cannot be imported, so nothing was imported. Correct the file, or import only the valid rows.</numerusform>
            <numerusform>%n rows cannot be imported, so nothing was imported. Correct the file, or import only the valid rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no valid customer row to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is in UTF-16. Save it as UTF-8 (in spreadsheets: &quot;CSV UTF-8&quot;) or as Windows-1252 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the file is not valid UTF-8 (byte 0x%2). Choose Windows-1252, or let SubDesk detect the encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 already belongs to customer number %3; the import adds another customer with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEPA direct debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Add customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore customer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a customer&apos;s number cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date like 2026-03-31</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>Customer %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is not stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the company file to schema %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubDesk cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; SubDesk will not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you do not have permission to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only. Make it writable, or copy it to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a SubDesk company file (not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an SQLite database of another program, not a SubDesk company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer SubDesk (schema %1; this version knows up to %2). Update SubDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (%1). Open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different file for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file is in use by another program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file is read-only, so SubDesk cannot save changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file is damaged (%1). Open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file could not be read or written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder is read-only, and SubDesk keeps a journal beside the file. Copy it to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <extracomment>Name of the English language in English; keep it as is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polski</source>
        <extracomment>Name of the Polish language in Polish; keep it as is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italiano</source>
        <extracomment>Name of the Italian language in Italian; keep it as is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suomi</source>
        <extracomment>Name of the Finnish language in Finnish; keep it as is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>فارسی</source>
        <extracomment>Name of the Persian language in Persian; keep it as is</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division by zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2 (expected e.g. %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (expected e.g. %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to split the amount over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A split weight is negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>Tier %1 flat fee %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 × %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units %1–%2 × %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity %1 at tier %2 (%3) × %4 = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity %1 within %2 free units = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity %1 in packages of %2: %3 × %4 = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity %1 − %2 free = %3 in packages of %4: %5 × %6 = %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat price (any quantity) = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity %1 × %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per unit: %1 %2 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 + %3 flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package: %1 %2 per package of %3, the first %4 units free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package: %1 %2 per package of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity is %1; it must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price has no currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price %1 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package size is %1; a package must hold at least 1 unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of free units is %1; it must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tiered price needs at least one tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 has no upper bound, but only the last tier may be unbounded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last tier (tier %1) ends at %2; it must have no upper bound, so that every quantity has a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 1 ends at %1; it must cover at least unit 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 ends at %2, which is not above the end of tier %3 (%4); upper bounds must strictly increase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 ends at %2, which leaves no units for the tiers after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 has a negative unit price (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 has a negative flat fee (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A VAT ID starts with its two-letter country prefix (e.g. FI12345678).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek VAT IDs use the prefix EL, not GR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubDesk does not know VAT IDs with the prefix %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid %2 VAT ID (expected e.g. %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IBAN starts with a two-letter country code and two check digits, then letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not use IBANs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IBAN from %1 has %2 characters, this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBAN&apos;s check digits do not match: a character is probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 characters: bank code, country, location and optional branch (e.g. DEUTDEFF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BIC&apos;s country code %1 is not a country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents go out by e-mail, so an e-mail address is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country is required (it decides the VAT treatment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (e.g. FI, PL, IT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents go out on paper, so a street and a city are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT ID is from %1 but the address is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents can be written in %1; &quot;%2&quot; is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (e.g. EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEPA direct debit needs the customer&apos;s IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mandate reference has at most 35 characters: letters, digits, spaces and + ? / - : ( ) . , &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEPA direct debit needs the mandate reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEPA direct debit needs the date the mandate was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mandate&apos;s signature date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoicing needs the customer&apos;s endpoint ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint ID is a four-digit scheme, a colon and the ID (e.g. 0088:5790000435968).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot contain a comma or semicolon: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Welcome to SubDesk. This new company file holds a demo company to look around in; start your own with File › New company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the new, empty company file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ColumnsMenu</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CountryComboBox</name>
    <message>
        <source>Code or name, e.g. FI or Finland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Country entry: ISO code, dash, English name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fix %n highlighted field(s) to save.</source>
        <translation>
            <numerusform>Fix %n highlighted field to save.</numerusform>
            <numerusform>Fix %n highlighted fields to save.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what to fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerFilterBar</name>
    <message>
        <source>Search name, e-mail, VAT ID or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the customers whose name, e-mail, VAT ID or city contain every word typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one segment only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show customers with this tag only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show customers in this country only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, archived or all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerForm</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company or person, as it appears on invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing@example.com; several separated by commas or semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SMB, Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number; up to three lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State, province or county, where addresses use one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With country prefix, e.g. FI12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEPA direct debit mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. FI21 1234 5600 0007 85</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme and ID, e.g. 0088:5790000435968</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has fields to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomersView</name>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the selected customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customers from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the customers shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected customer active again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the selected customer; archived customers are kept but hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln customer(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln customer</numerusform>
            <numerusform>Showing %1 of %Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers yet.
Add one with New or bring a list in with Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers match the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1. The current search or filters hide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %1. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln customer(s).</source>
        <translation>
            <numerusform>Imported %Ln customer.</numerusform>
            <numerusform>Imported %Ln customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln customer to %1.</numerusform>
            <numerusform>Exported %Ln customers to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ImportCheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row was checked with the same rules as the customer form. Nothing is stored until you choose Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers are added in one step: all of them, or none if something goes wrong. An import cannot be undone with Edit › Undo; archive customers you do not want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read.</source>
        <translation>
            <numerusform>%Ln row read.</numerusform>
            <numerusform>%Ln rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) ready to import.</source>
        <translation>
            <numerusform>%Ln customer ready to import.</numerusform>
            <numerusform>%Ln customers ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems, listed below.</source>
        <translation>
            <numerusform>%Ln row with problems, listed below.</numerusform>
            <numerusform>%Ln rows with problems, listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): these rows will be imported.</source>
        <translation>
            <numerusform>%Ln warning: these rows will be imported.</numerusform>
            <numerusform>%Ln warnings: these rows will be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import only the valid rows (%Ln customer(s)) and skip the others</source>
        <translation>
            <numerusform>Import only the valid rows (%Ln customer) and skip the others</numerusform>
            <numerusform>Import only the valid rows (%Ln customers) and skip the others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ImportFilePage</name>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One customer per row, with a header row naming the columns. SubDesk&apos;s own export, spreadsheets saved as CSV and most accounting programs&apos; exports work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which customer field each column of the file fills. SubDesk guessed from the column names; columns set to Ignore are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one column can fill &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MainWindow</name>
    <message>
        <source>SubDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SubDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the company %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SubDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SubDesk %1&lt;/h3&gt;&lt;p&gt;Subscription billing for small businesses.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Company file:&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RecentFilesMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent company files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close SubDesk and start it again with the chosen language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the current one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run SQLite&apos;s integrity and foreign key checks on the company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubDesk will use %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language applies from the next start of SubDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file is sound: the integrity check found no problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The integrity check found %Ln problem(s): %1. Open a backup copy, or keep this file for support.</source>
        <translation>
            <numerusform>The integrity check found %Ln problem: %1. Open a backup copy, or keep this file for support.</numerusform>
            <numerusform>The integrity check found %Ln problems: %1. Open a backup copy, or keep this file for support.</numerusform>
        </translation>
    </message>
    <message>
        <source>SubDesk could not be started again. Close it and start it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
