<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddOn</name>
    <message>
        <source>Recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The add-on %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgingReport</name>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>BillingEngine</name>
    <message>
        <source>its plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its plan&apos;s price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an add-on or its price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a one-time add-on or its price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a metered charge or its price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingItem</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit for unused time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge for remaining time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit on cancellation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingRunner</name>
    <message>
        <source>The billing run was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing date is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing can run as of today (%1) at the latest; preview a later date instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>The add-on does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recurring price needs a billing interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time and metered prices have no billing interval: they follow the subscription&apos;s periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s product does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allowed add-on does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metered charge does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new price was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version needs the date it takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version must take effect after the current one (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>million %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousand %1</source>
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
    <message>
        <source>Add-on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval does not apply to a one-time add-on: it is billed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No add-ons found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An add-on with the code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-on %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give --name or --description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-on %1 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-on %1 archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-on %1 restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price added to add-on %1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metered charge %1 of plan %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metered charges found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 already has a metered charge &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metered charge %1 added to plan %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price added to %1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric code, e.g. api_calls (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price&apos;s currency (needed when there are several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price&apos;s interval (needed when there are several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the new version takes effect (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper-case letters, digits, - and _ (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed every period or once (default recurring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists add-ons with their current prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows an add-on with every price version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an add-on. --code and --name are required; price flags add its first price (recurring: with --interval; one-time: without).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes an add-on&apos;s name or description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives an add-on: not offered any more; subscriptions keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes an archived add-on available again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a price in another currency or interval to an add-on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a new version of an add-on&apos;s price from a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What documents call it, e.g. &quot;API calls&quot; (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a period&apos;s readings become one quantity (default sum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the metered charges of every plan, or of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a usage-based charge to a plan, billed in arrears; price flags add its first price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a price in another currency to a metered charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a new version of a metered charge&apos;s price from a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customer: &quot;%1&quot; is not a customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customer works only with --preview: a billing run bills every customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills everything due on or before a day that is not billed yet, one document per customer, in one transaction; running it again bills nothing twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill what is due on or before this day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the documents the run would write; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --preview: only this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, customer %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1, credit applied %2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing to bill as of %1 (%n subscription(s) checked).</source>
        <translation>
            <numerusform>Nothing to bill as of %1 (%n subscription checked).</numerusform>
            <numerusform>Nothing to bill as of %1 (%n subscriptions checked).</numerusform>
        </translation>
    </message>
    <message>
        <source>Billing preview as of %1: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing run as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1: %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices: %1, credit notes: %2, lines: %3, subscriptions checked: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, setup fee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metered charges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n period</numerusform>
            <numerusform>%n periods</numerusform>
        </translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 (%3, price from %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup fee, once: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which entries (default: active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product it belongs to; created when no product has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feature line, e.g. &quot;5 users&quot;; repeated flags replace the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free trial days a new subscription gets (0 to %1, default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing periods of a fixed term (0, the default: runs until cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens when a fixed term ends (default renew).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An add-on subscriptions to the plan may have; repeated flags make the set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every feature line (before --feature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow no add-ons (before --addon).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--product needs the product&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the clerk and the customer read, e.g. &quot;Spring sale&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage off, e.g. 25 or 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed amount off, e.g. 10.00 (with --currency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of --amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it applies (default once; --periods implies repeating).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeating: how many billed periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit it to a plan; repeated flags make the set (default: every plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many redemptions in total; empty: no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many redemptions in total (default: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused for redemptions on or after this day; empty: never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused for redemptions on or after this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let it apply to every plan (before --plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --percent or --amount, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--percent must be a percentage such as 25 or 12.5, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount needs --currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--currency needs --amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 refused (invalid data, no such customer, plan or subscription, a file SubDesk cannot open), 2 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the events and documents it would write; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note kept with the subscription&apos;s event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an ISO 4217 currency code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no add-on &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no coupon &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 has no metered charge &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coupons found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --percent or --amount: what the coupon takes off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coupon with the code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to set, e.g. --expires DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper-case letters, digits, - and _, e.g. SPRING25 (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists coupons; --json adds how often each was redeemed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a coupon and how often it was redeemed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a coupon. --code, --name and --percent or --amount with --currency are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the given fields of a coupon. To retire a coupon, give it an expiry date (--expires) or a limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a catalog; the demo company goes only into an empty company file. Choose another file with --db, or add only customers with --customers-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customers: no catalog, subscriptions or history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plans found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan with the code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to set, e.g. --name TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 is already active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 archived: no new subscriptions; existing ones continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price added to plan %1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--subscription: &quot;%1&quot; is not a subscription number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions moved to the price of plan %1 (%2) from %3, as of their first period from %4: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of plan %1 (%2) starts on %3, after %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price&apos;s currency (needed when the plan has several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price&apos;s billing interval (needed when the plan has several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper-case letters, digits, - and _, e.g. PRO-M (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup fee of the new version (default: as before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move them from their first period starting on or after this day (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this subscription (default: every one on an older version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units for one period (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the price version in effect on this day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists plans with their current prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the plans of this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a plan with every price version and metered charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a plan. --code, --name and --product are required; price flags add its first price in the same step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the given fields of a plan; prices change with price and version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives a plan: no new subscriptions; existing ones continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes an archived plan available again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a price in another currency or interval to a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a new version of a plan&apos;s price from a date; subscriptions keep their version until migrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves subscriptions on older versions of a plan&apos;s price to the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints a plan&apos;s price for a quantity with its breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to %2 prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the price turns a quantity into an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flat: the amount; per_unit: the unit price; package: the price of a package (e.g. 20.00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graduated and volume: a tier up to UPTO units (&quot;inf&quot; for the last) at UNIT each, plus an optional flat fee, e.g. --tier 10:5.00 --tier inf:4.00:10.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package: units per package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package: units free of charge (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 currency of the price, e.g. EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing interval: &quot;1 month&quot;, &quot;3 months&quot;, &quot;1 year&quot;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged once when a subscription starts (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the price takes effect (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the price takes effect (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tier &quot;%1&quot;: %2 Write it as UPTO:UNIT_PRICE[:FLAT_FEE], e.g. 10:5.00 or inf:4.00:10.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs two or three parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of units or inf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--model is required: one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no price yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no price for %2 (it has: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has several prices (%2): choose one with --currency%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) costs from %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-time %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prorated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not prorated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, add-ons %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, coupon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document would be written now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document was written now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents it would write:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed later:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--addon &quot;%1&quot;: write the add-on&apos;s code and, optionally, a quantity of at least 1, e.g. EXTRA-STORAGE or EXTRA-STORAGE:3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, prorated (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this day (today or later), prorated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the current period, not prorated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only one of --now, --on and --at-period-end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 has no price yet; add one with &quot;subdesk-cli plans price %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 is sold at several intervals (%2): choose one with --interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subscription number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customer: there is no customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --addon or --no-addons, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give --plan, --quantity, --interval, --addon, --no-addons or --coupon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscriptions found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not credit the unused part of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day billing starts again (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An add-on, with a quantity (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing interval, e.g. &quot;1 month&quot; or &quot;1 year&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s number (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units or seats (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the month periods start on; the first period is prorated up to it (default: the start day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free trial days (default: the plan&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coupon to redeem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complete new set of add-ons (CODE or CODE:QTY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every add-on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new coupon; an empty value removes the coupon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change for N days only, then back by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only subscriptions in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state as of this day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribes a customer to a plan and prints the subscription&apos;s number. --customer and --plan are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes plan, quantity, interval, add-ons or coupon; prorated unless --at-period-end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses billing; the unused part is credited unless --no-credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumes a paused subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancels a subscription; immediately with credit for the unused part, or at the period end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues a cancelled or expired subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a subscription, its events and its documents with every line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists subscriptions as a table or as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metric needs a metric code, e.g. api_calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--subscription: there is no subscription %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage records imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records one reading of a metric and prints its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric code of one of its metered charges (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number of 0 or more (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the reading (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports readings from a CSV file with the columns subscription, metric, quantity and date, all of them or none. Bad rows are listed as &quot;Line N: reason&quot; on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBDESK_TODAY must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--issue works only for a real run, not with --preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was written, but its documents were not issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the run&apos;s documents at once (numbered, taxed, final).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no company name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Payment terms: %n day(s)</source>
        <translation>
            <numerusform>Payment terms: %n day</numerusform>
            <numerusform>Payment terms: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete: documents cannot be issued until the name and the country are set (&quot;company set&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
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
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vat-exempt must be yes or no, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--logo: &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give --name, --country or another field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company profile saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the company profile printed on every document, the bank accounts and the numbering series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes fields of the company profile (the seller on documents); fields not given stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A street line (replaces all of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region or province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166 country code, such as FI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT ID, such as FI12345671.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company register number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Peppol participant id, such as 0088:5790000435968.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to pay for customers without their own terms (0–365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small-business VAT exemption: no VAT on any document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exemption&apos;s legal text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text at the foot of documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG logo; empty removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a bank account printed on documents for payment by transfer; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name for the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency it is for (default: any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print it on documents in its currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not issued; issue it first (&quot;invoices issue %2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dir: the folder &quot;%1&quot; cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n file written to %1.</numerusform>
            <numerusform>%n files written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a document or --dir, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a document&apos;s number or id, or --dir with --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 works only with --dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output works only for one document, not with --dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every document issued from --from to --to into this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --dir: issued on or after this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --dir: issued on or before this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --dir: only this customer&apos;s documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an issued invoice or credit note as a PDF in the customer&apos;s language, or every document of a date range into a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file, or - for stdout (default: NUMBER.pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an issued invoice or credit note as an EN 16931 UBL e-invoice for Peppol (BIS Billing 3), or every document of a date range into a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML file, or - for stdout (default: NUMBER.xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (document %3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, supply %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net %1, tax %2, total %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices include tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices exclude tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated %1, total %2 before tax; not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1, credited %2, credit applied %3, balance %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would issue %1 (document %2): %3 %4, due %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1 (document %2): %3 %4, due %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s), total %2, balance %3.</source>
        <translation>
            <numerusform>%1: %n document, total %2, balance %3.</numerusform>
            <numerusform>%1: %n documents, total %2, balance %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no invoice or credit note &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be one or more of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--series: &quot;%1&quot; is not a series number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give draft ids or --all-drafts, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the ids of the drafts to issue, or --all-drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a draft id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts to issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--line &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &quot;description;quantity;unit price[;tax class]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity must be a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit price must be written like 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tax class must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --amount or --line, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount must be a positive amount such as 12.50, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--line must be LINEID=AMOUNT such as 14=5.00, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would issue credit note %1: %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued credit note %1 (document %2): %3 for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is written off as uncollectible (balance %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists invoices and credit notes with status and balance, then the totals per currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these statuses: draft, issued, open, overdue, partially_paid, paid, credited, uncollectible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this numbering series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only invoices or only credit notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated on or after this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated on or before this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a document: lines with derivations and tax, tax groups, payments and credit notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues drafts: each gets the next number of its series, its tax and both parties, in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every draft dated on or before the issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each document as issuing would make it; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a manual invoice or one-off charge as a draft (or issues it at once) and prints its id (its number with --issue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency (default: the customer&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice&apos;s date (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line: description, quantity, unit price and tax class (standard, reduced, reduced2, super_reduced, zero; default standard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note printed on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues a credit note against an invoice: the whole of what is not credited yet, an amount, or chosen lines; never more than the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gross amount, spread over the lines in proportion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit this much of a line (ids from &quot;invoices show&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the credit note it would issue; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an issued invoice off as uncollectible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of %1 to customer %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1: %2 to customer %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of %1 from customer %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1: %2 from customer %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to the customer&apos;s credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: received %2, refunded %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is owed as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aging as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of account: customer %1, %2, %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allocate must be NUMBER=AMOUNT such as INV-2026-00001=50.00, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the payment (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was paid (default: bank_transfer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank reference, card slip or receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount received, such as 120.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle this much of an invoice (default: the open invoices in the currency, oldest due first); what is left becomes customer credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how it would be allocated; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount paid back, at most the customer&apos;s credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a payment received and allocates it to invoices; an overpayment becomes customer credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists payments and refunds, newest first, with their allocations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on or after this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on or before this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays customer credit back to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owes what and for how long: open invoice balances by days past due (current, 1–30, 31–60, 61–90, over 90), per customer and in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age the balances as of this day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must not be after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --output or --json, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer&apos;s statement of account in one currency: opening balance, documents and payments with the running balance, closing balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day (default: the customer&apos;s first document or payment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as a PDF in the customer&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1 of customer credit to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies the customer&apos;s credit to an issued invoice&apos;s balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this much (default: as much as credit and balance allow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works with a SubDesk company file: customers, the catalog, subscriptions, billing, invoices, payments and the metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo catalog and %1 subscriptions with their history since %2: %3 billing runs, %4 invoices, %5 credit notes, %6 survey answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo catalog and %1 subscriptions of the first %2 customers, with their history since %3: %4 billing runs, %5 invoices, %6 credit notes, %7 survey answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills an empty company file with a demo company: realistic customers, a catalog, and subscriptions with five years of history (events, usage, billing runs, invoices and payments), monthly exchange rates and NPS and CSAT answers. The same seed and day give the same company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange rates. Amounts in other currencies than %1 are left out of the metrics until they have one: fx set MONTH CURRENCY RATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month without its own rate uses the latest earlier rate of its currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CURRENCY: &quot;%1&quot; is not an ISO 4217 currency code such as SEK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate for %1 in %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rate for %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the rate for %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows have problems (listed above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the file has no rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 rates would be imported; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the monthly exchange rates into the reporting currency that the metrics convert other currencies with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the rates of this currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the rate of a currency for a month (YYYY-MM): what one unit is worth in the reporting currency, with at most 8 decimals. Example: fx set 2026-03 SEK 0.0873.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rate of a currency for a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import rates from a CSV file with the columns month, currency, rate: all rows or none; every bad row is listed with its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rows and --paying cannot be combined; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--movement needs --rows MONTH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reconcile cannot be combined with --rows or --paying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by cannot be combined with --reconcile, --rows or --paying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--csv is for the monthly figures; it cannot be combined with --reconcile, --rows or --paying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers without a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers in the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set (the currency most customers use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set (CLV is not multiplied by a margin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gross-margin must be a percentage from 0 to 100 with at most two decimals, such as 72.5, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gross-margin and --no-gross-margin cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile MRR with invoiced revenue month by month: tax, one-time fees, usage, proration, credit notes, timing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the customer changes behind a month&apos;s movements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --rows: only this movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the customers paying at the month&apos;s end with their MRR (behind MRR, ARR, ARPA and paying customers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the monthly figures as CSV, one row per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change the metrics settings: the reporting currency and the gross margin CLV is multiplied by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency the figures are reported in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gross margin, such as 72.5 (CLV is multiplied by it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the gross margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR and its movements, ARR, paying customers, churn, NRR, GRR, ARPA and CLV per month, in the reporting currency (default: the last 12 months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange-rate effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross MRR churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net MRR churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRR (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRR (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough churn to estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No months in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ One-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Proration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing: recurring lines invoiced in the month minus the MRR (periods billed in advance, first short periods, changes during the month, once-only coupons).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer changes behind this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1 in total.</source>
        <translation>
            <numerusform>%n row, %1 in total.</numerusform>
            <numerusform>%n rows, %1 in total.</numerusform>
        </translation>
    </message>
    <message>
        <source>No paying customers on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paying customer(s), MRR %1.</source>
        <translation>
            <numerusform>%n paying customer, MRR %1.</numerusform>
            <numerusform>%n paying customers, MRR %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be a month written YYYY-MM such as 2026-03, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from (%1) must not be after --to (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--country must be a two-letter code such as SE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not an ISO 4217 currency code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first month (default: 11 months before --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last month (default: this month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers of this segment (&quot;&quot; for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only subscriptions to this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers in this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only subscriptions in this currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the figures per segment or per plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--email: no customer has the e-mail address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--email: customers %1 all have the e-mail address %2; use --customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer with either --customer ID or --email ADDRESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--score must be a whole number (0–10 for NPS, 1–5 for CSAT), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the file has %1 problems in %2 rows (listed above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the file has no answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 answers would be imported; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey answers imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--group is for NPS answers; it cannot be combined with --kind csat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS (0–10, the default) or CSAT (1–5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How dates like 04/03/2026 are read (default: decided per file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a survey answer of a customer; prints its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer with this e-mail address (instead of --customer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score: 0–10 for NPS, 1–5 for CSAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was answered (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the answer reached you (default: other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags that group recurring themes, such as pricing,support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import survey answers from a CSV file as survey tools export it (date, e-mail or customer number, score, comment): all or nothing; every problem is listed with its line and column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List survey answers and their comments, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this customer&apos;s answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers on or after this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers on or before this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only NPS answers of this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only answers with this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS per month and over the trailing 90 days, CSAT per month, the distribution of scores and the tags of each group (default: the last 12 months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s).</source>
        <translation>
            <numerusform>%n answer.</numerusform>
            <numerusform>%n answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P / P / D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P / P / D: promoters (9–10), passives (7–8), detractors (0–6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores (NPS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores (CSAT):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tagged comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no segment)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeRules</name>
    <message>
        <source>The %1 needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 code &quot;%2&quot; must have %3 to %4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 code &quot;%2&quot; may only contain upper-case letters A–Z, digits, &quot;-&quot; and &quot;_&quot;.</source>
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
    <message>
        <source>The demo company could not be completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company&apos;s legal name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the country is required (it decides the VAT treatment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (e.g. FI, PL, IT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is %1 KB; at most %2 KB are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a PNG or JPEG image SubDesk can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VAT-exempt company must state the exemption on its documents (e.g. &quot;VAT exempt under art. 284 of Directive 2006/112/EC&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment terms must be between 0 and %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax-inclusive prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (e.g. EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IBAN is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an archived account cannot be the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is required (e.g. &quot;Standard rate&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rate must be between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day the rate applies is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day (%1) is before the first day (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from: the %1 rate of %2 already has &quot;%3&quot; for %4; end that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is required (e.g. &quot;Invoices&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an archived series cannot be the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no default numbering series for credit notes; choose one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no default numbering series for invoices; choose one in Settings.</source>
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
    <name>CreditNoteBuilder</name>
    <message>
        <source>Credit on %1, line %2: −%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an issued invoice can be credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is already credited in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one line to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has no line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount to credit on line %1 must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 can be credited up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount to credit must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 of invoice %2 is left to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has no taxed lines to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit on invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note cannot be dated before the invoice it corrects (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of invoice %1 is left to credit.</source>
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
    <name>DashboardFormat</name>
    <message>
        <source>—</source>
        <comment>no figure</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardJob</name>
    <message>
        <source>The first month must not be after the last month.</source>
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
    <message>
        <source>There is no product number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan with the code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no add-on number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 lists the add-on number %2 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An add-on with the code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan already has a metered charge for the metric %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no metered charge number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 already has a price in %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The add-on %1 already has a price in %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metered charge %1 already has a price in %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 already has a price in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The add-on %1 already has a price in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metered charge %1 already has a price in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price version is in %1 but its price is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price already has a version that takes effect on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no price number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coupon with the code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no coupon number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 is already billed for %2 (charge %3) for the period starting %4; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no subscription number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; of subscription %2 refers to a subscription, plan, price or event that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file cancelled the change after an error; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bank account number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tax rate number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no numbering series number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering series &quot;%1&quot; has issued documents: its pattern, kind and yearly restart can no longer change. Create a new series instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit entry of customer %1 refers to a customer, document or payment that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only drafts can be stored as new documents (document of customer %1 is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document for customer %1 refers to a customer, billing run or corrected document that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 is issued already and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 has no line number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is taken already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 refers to a numbering series or corrected document that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 can move between issued and uncollectible only; drafts are issued by issuing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement of document %1 would fall below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement of invoice %1 would exceed its total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment allocates to document %1 more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payment number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the figures of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a SubDesk company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by an older SubDesk. Open it once to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer SubDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MRR span of subscription %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MRR span names a subscription, customer or plan that does not exist (subscription %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two MRR spans of subscription %1 start on the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exchange rate of %1 has no valid month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 exchange rate for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file holds an unreadable row in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no survey answer number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey answer of customer %1 on %2 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCatalog</name>
    <message>
        <source>The company already has a catalog; the demo catalog goes only into an empty company file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoInvoicing</name>
    <message>
        <source>Demo %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSubscriptions</name>
    <message>
        <source>subscribing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pausing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reactivating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo billing run of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo usage of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo price migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo history, %1 %2 on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR spans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncollectible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentIssuer</name>
    <message>
        <source>Fill in the company&apos;s name and country (Settings → Company) before issuing documents: every document must name its seller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document without lines cannot be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice cannot total less than zero; issue a credit note instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note must total less than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>Reverse charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export outside the EU — VAT not charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intra-community supply exempt from VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt from VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-rated supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intra-community supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reg. no.: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller&apos;s VAT ID: %1 · Customer&apos;s VAT ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects invoice %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payable by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in full. Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance in your favour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDowns</name>
    <message>
        <source>Plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: customers paying on %2, the day before the 12 months to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: customers paying on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>NRR and GRR follow these customers over the 12 months that start the next day: what they pay at the end, without new customers, against what they paid here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, MRR at the window&apos;s start %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, MRR %2 × 12 = ARR %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR %1 ÷ %2 = ARPA %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV is ARPA divided by the mean monthly logo churn of the trailing 6 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with MRR %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total MRR %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo churn counts these customers against those paying at the month&apos;s start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, net %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 90 days to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS answers in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln answer</numerusform>
            <numerusform>%Ln answers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 promoters, %3 passives, %4 detractors, NPS %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FxRateCsv</name>
    <message numerus="yes">
        <source>the row has %n column(s); it needs three: month, currency, rate.</source>
        <translation>
            <numerusform>the row has %n column; it needs three: month, currency, rate.</numerusform>
            <numerusform>the row has %n columns; it needs three: month, currency, rate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Month (column 1): &quot;%1&quot; is not a month written YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency (column 2): &quot;%1&quot; is not an ISO 4217 currency code such as SEK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency (column 2): %1 is the reporting currency; it needs no rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (column 3): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is given twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FxTable</name>
    <message>
        <source>&quot;%1&quot; is not an exchange rate: give a number above 0 with at most 8 decimals, e.g. 0.087312.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceActions</name>
    <message>
        <source>&amp;New invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a manual invoice or a one-off charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the lines of the selected manual draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number the selected draft and make it final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue &amp;all drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue all drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number every draft dated up to today and make them final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record money received for the selected invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a credit note against the selected invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;uncollectible…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncollectible…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected invoice off as never to be paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply customer cre&amp;dit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the selected invoice with the customer&apos;s credit balance in its currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected document as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected document, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;UBL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UBL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected document as a UBL e-invoice (EN 16931, Peppol BIS 3.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF and UBL files of every document issued in a date range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicePrompts</name>
    <message>
        <source>Issue all drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issue %Ln draft(s) dated up to %1?</source>
        <translation>
            <numerusform>Issue %Ln draft dated up to %1?</numerusform>
            <numerusform>Issue %Ln drafts dated up to %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each gets the next number of its series, dated today, and can no longer be changed or deleted. Either all are issued or, if one cannot be, none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark uncollectible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write off invoice %1 with %2 still unpaid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays on the customer&apos;s statement and in the aging report&apos;s totals as uncollectible, and is no longer offered for payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark uncollectible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft %1 of %2 for %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its lines are deleted with it. A draft has no number yet, so no number is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceService</name>
    <message>
        <source>%1 is issued and can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is issued and can never be deleted; credit it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is issued already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document dated %1 cannot be issued on an earlier day (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series &quot;%1&quot; has a document issued on %2; a later number cannot carry an earlier date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document of %1 for customer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (reduced by %1 so the credit stays within the invoice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an issued invoice can be written off as uncollectible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has nothing left to collect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit can only be applied to an issued invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount of credit to apply must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has nothing left to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has no credit in %1 to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document cannot be issued on a day after today (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit note would credit %1, more than the %2 of invoice %3 left to credit (in all or at one of its VAT rates).</source>
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
    <name>ManualInvoiceBuilder</name>
    <message>
        <source>&quot;%1&quot; is not a known currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the description is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quantity must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the period needs a start and a later end, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines total less than zero; credit an invoice with a credit note instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeteredCharge</name>
    <message>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metered charge needs a metric code of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric code &quot;%1&quot; may only contain lower-case letters a–z, digits, &quot;_&quot; and &quot;.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metered charge %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeteredChargeDialog</name>
    <message>
        <source>All usage in the period added up: API calls, messages sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest value in the period: peak storage, peak seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest value in the period: a meter read at the period&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no exchange rate to %2 for %3: its amounts are left out of that month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no exchange rate to %2 from %3 to %4: its amounts are left out of those months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices in %1 have no exchange rate to %2 for %3: they are left out of the reconciliation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices in %1 have no exchange rate to %2 from %3 to %4: they are left out of the reconciliation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsService</name>
    <message>
        <source>Subscription %1 is left out of the refreshed figures: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exchange rate of %1 has no month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency: “%1” is not an ISO 4217 code in capitals (e.g. SEK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the reporting currency: its rate is always 1 and is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate: the %1 rate for %2 must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate: the %1 rate for %2 is larger than 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 rate for %2 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting currency: “%1” is not an ISO 4217 code (e.g. EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin: it must be between 0 % and 100 %.</source>
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
    <name>NumberSeries</name>
    <message>
        <source>The pattern has a &quot;}&quot; without a matching &quot;{&quot; at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern has a &quot;{&quot; without a matching &quot;}&quot; at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern has an unknown token %1; use {YYYY}, {YY}, {MM} and {#…} (one # per digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern starts or ends with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern has no counter: add {#…} with one # per digit, e.g. {#####}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern has more than one counter {#…}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series that restarts every year needs the year in its pattern ({YYYY} or {YY}); otherwise numbers would repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern gives numbers of %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; cannot be written: the output is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an issued document can be exported as an e-invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document %1 has no lines to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-invoice %1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct debit</source>
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
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>&quot;%1&quot; is not a known currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount of a payment must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment cannot be dated after today (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an issued invoice; payments settle invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2, the payment in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount applied to %1 must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 left to pay; %3 cannot be applied to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts applied to invoices add up to more than the payment (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount of a refund must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund cannot be dated after today (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has %1 of credit in %2; a refund cannot be more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Percent</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number with the locale&apos;s digits (&quot;5.5&quot;). Write the percent sign as your language does.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Renews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evergreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), then renews</source>
        <translation>
            <numerusform>%n period, then renews</numerusform>
            <numerusform>%n periods, then renews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), then expires</source>
        <translation>
            <numerusform>%n period, then expires</numerusform>
            <numerusform>%n periods, then expires</numerusform>
        </translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial of plan %1 must be 0 to %2 days, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term of plan %1 must be 0 (evergreen) to %2 periods, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 has an empty feature line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Price</name>
    <message>
        <source>A price needs a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price needs at least one version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every price version needs the date it takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price versions must take effect on different dates, in order; %1 comes twice or out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pricing model is in %1 but the price is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup fee is in %1 but the price is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setup fee cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only plan prices have a setup fee.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceEditor</name>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>year</numerusform>
            <numerusform>years</numerusform>
        </translation>
    </message>
    <message>
        <source>One amount per period, whatever the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit price times the quantity, e.g. per seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each unit costs the price of the tier it falls in, plus the flat fee of every tier reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units cost the price of the tier the quantity falls in, plus that tier&apos;s flat fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units are sold in packages; a started package counts as a whole one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceText</name>
    <message>
        <source>%1 %2</source>
        <comment>amount, then currency code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every %n week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every %n month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>every %n year</numerusform>
            <numerusform>every %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graduated from %1 per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume from %1 per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per %2 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>price, then how often</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (also in %2)</source>
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
    <name>ReconciliationPage</name>
    <message>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
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
    <name>Statement</name>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement needs a first day on or before its last day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Subscription</name>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionEvent</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary change ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to new prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionTexts</name>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, + %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, coupon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new price of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing day %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-on prices updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-ons %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionTimeline</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; is not possible: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription has no &quot;Created&quot; event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be dated on the start date and carry the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <source>&quot;%1&quot; is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a two-digit year; write the year with four digits or the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date SubDesk can read; write it as YYYY-MM-DD (e.g. 2026-03-14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer is missing: give an e-mail address or a customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer has the e-mail address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the e-mail address of customer %2, not of customer %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to several customers (%2); give the customer number in a customer column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a first line naming the columns (date, e-mail or customer, score, comment) and a line per answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail or Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must name the columns date, e-mail or customer number, and score; no column is named for: %1. The first line reads: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header line but no answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither nps nor csat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: the file has day-first dates (line %2) and month-first dates (line %3). Choose the date order, or write dates as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: it may be %2 or %3, and no date in the file has a day above 12 to tell. Choose the date order, or write dates as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid month-first date (MM/DD/YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid day-first date (DD/MM/YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2–%3, the range of %4 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comment has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s), so nothing was imported. Correct the file and import it again.</source>
        <translation>
            <numerusform>The file has %n problem, so nothing was imported. Correct the file and import it again.</numerusform>
            <numerusform>The file has %n problems, so nothing was imported. Correct the file and import it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no answer to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyService</name>
    <message>
        <source>Score: an NPS answer is from 0 to 10, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: a CSAT answer is from 1 to 5, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: the date is missing or not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1 is in the future; an answer is dated when it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: at most %1 characters (this one has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: “%1” is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: choose the customer who answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: there is no customer number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey answer is not stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tax</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super-reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt from VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intra-community supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export outside the EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxCalculator</name>
    <message>
        <source>No %1 rate for %2 on %3 in the tax-rate table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageImport</name>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a first line naming the columns (subscription, metric, quantity, date) and a line per reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before subscription %2 started (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription %1 has no metered charges on %2, so no usage can be recorded for &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription %1 has no metered charge &quot;%2&quot; on %3 (it has: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the usage of %1 for %2 is already billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must name the columns subscription, metric, quantity and date; no column is named for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header line but no usage rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subscription number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subscription number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no subscription %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metric code is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
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
        <source>The file has no valid usage row to import.</source>
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
    <name>subdesk::billing::BillingEngine</name>
    <message>
        <source>The plan&apos;s price is missing from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An add-on&apos;s price is missing from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::billing::EngineRun</name>
    <message>
        <source>Subscription %1: %2 is missing from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; total %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time setup fee = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, unused time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, remaining time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 (%2), unused time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1: %2 of %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::metrics::MetricsEngine</name>
    <message>
        <source>Give the month of the movements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day to list the paying customers of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts are too large to add up into the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reporting currency first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first and the last month of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report month is given by its first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report covers at most %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::subscriptions::ConfigResolver</name>
    <message>
        <source>%1 has no %2 price in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no price in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of %1 takes effect on %2, after %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 is archived: it can no longer be sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The add-on does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 does not allow the add-on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity of the add-on %1 must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The add-on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The add-on %1 is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metered charge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no coupon with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon %1 does not apply to the plan %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon %1 is in %2, but the subscription is billed in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::subscriptions::SubscriptionService</name>
    <message>
        <source>The customer does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer %1 is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer %1 has no valid currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial must be 0 to %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily billing has no anchor day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor day must be 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 is already billed for the period from %2, so this can take effect on %2 at the earliest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the change takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription has ended; reactivate it before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change (%1) is already scheduled for %2; this change can take effect on that day or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary change keeps the billing interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes: the subscription already has these terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trial cannot be paused: cancel it or let it run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active subscription can be paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription is already %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a paused subscription can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a cancelled or expired subscription can be reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price version does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new prices take effect on %1: migrate from that day or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is missing or not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity %1 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no subscription %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription %1 has no metered charge &quot;%2&quot; on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription %1 is not billed on %2 (trial, pause, or time already paid), so its usage then is not charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period %1 is already billed (billing ran through %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the usage of %1 is already billed for the period %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::AddOnDialog</name>
    <message>
        <source>Edit add-on — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New add-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. STORAGE-100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As customers read it, e.g. Extra storage 100 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add add-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed every period together with the plan, in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed once, on the next invoice after it is added to a subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind is fixed once the add-on has a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by the add-on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the add-on&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::AddOnPicker</name>
    <message>
        <source>This plan has no add-ons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 price in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::AddOnTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::AgingPage</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past the due date; balances as they stand today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aging-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export aging report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::BankAccountDialog</name>
    <message>
        <source>New bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name for it, e.g. Main EUR account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. FI21 1234 5600 0007 85</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 or 11 characters, e.g. NDEAFIHH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this account on documents by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents in the account&apos;s currency (or any, if it has none) show this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
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
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name, so you can tell it from the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBAN is required: customers pay to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::BankAccountsPage</name>
    <message>
        <source>Bank accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where customers pay by transfer. A document shows the default account of its currency, else the default account for any currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
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
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank accounts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bank accounts yet: add the one customers pay to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the bank account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the bank account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank account %1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived the bank account %1; documents no longer show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the bank account %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::BatchExportDialog</name>
    <message>
        <source>PDF documents (&lt;number&gt;.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UBL e-invoices (&lt;number&gt;.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves every invoice and credit note issued in the date range into the folder, named by its number. Drafts are not exported: issue them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) issued in the range</source>
        <translation>
            <numerusform>%Ln document issued in the range</numerusform>
            <numerusform>%Ln documents issued in the range</numerusform>
        </translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to export into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write into the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose PDF, UBL or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document was issued in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) of this export already exist in the folder.</source>
        <translation>
            <numerusform>%Ln file of this export already exist in the folder.</numerusform>
            <numerusform>%Ln files of this export already exist in the folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln file to %1.</numerusform>
            <numerusform>Wrote %Ln files to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %Ln existing file(s).</source>
        <translation>
            <numerusform>Kept %Ln existing file.</numerusform>
            <numerusform>Kept %Ln existing files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be written.</source>
        <translation>
            <numerusform>%Ln file could not be written.</numerusform>
            <numerusform>%Ln files could not be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln document(s) not exported, from %1 on.</source>
        <translation>
            <numerusform>Cancelled: %Ln document not exported, from %1 on.</numerusform>
            <numerusform>Cancelled: %Ln documents not exported, from %1 on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::BillingRunDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what a run would write, without writing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the invoices and credit notes that are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run; a stopped run writes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill everything due on or &amp;before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview to see what a run up to this date writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview to see what a run up to this date writes, or run billing at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln invoice</numerusform>
            <numerusform>%Ln invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit note(s)</source>
        <translation>
            <numerusform>%Ln credit note</numerusform>
            <numerusform>%Ln credit notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due on or before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run up to %1 would write %2 (%3 checked). Nothing is written until you run billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln subscription</numerusform>
            <numerusform>%Ln subscriptions</numerusform>
        </translation>
    </message>
    <message>
        <source>Running billing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing run stopped: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due on or before %1: no documents were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln fixed term(s) renewed or ended.</source>
        <translation>
            <numerusform>%Ln fixed term renewed or ended.</numerusform>
            <numerusform>%Ln fixed terms renewed or ended.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Issue the documents at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the documents their numbers and tax right after the run; otherwise they stay drafts to check and issue from the Invoices section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They stay drafts: issuing them failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issued %Ln document(s), %1 to %2.</source>
        <translation>
            <numerusform>Issued %Ln document, %1 to %2.</numerusform>
            <numerusform>Issued %Ln documents, %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CatalogListPage</name>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ChangeSubscriptionDialog</name>
    <message>
        <source>Proration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change subscription %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The current period runs %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary, for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription goes back to what it is now by itself after these days, prorated both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, kept with the subscription&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then back by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the plan, interval, quantity, add-ons or coupon to see what the customer is charged or credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proration: the new configuration is billed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is charged or credited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ChartPage</name>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ChurnChartPage</name>
    <message>
        <source>Logo churn: customers lost ÷ customers paying at the month&apos;s start. Gross MRR churn: (churn + contraction) ÷ MRR at start; net MRR churn also subtracts expansion and reactivation. Click a point for the customers behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross MRR churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net MRR churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying customers at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo churn (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross MRR churn (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net MRR churn (%)</source>
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
    <name>subdesk::ui::CompanyProfilePage</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller on every invoice and credit note: what the VAT rules require on a document, how customers reach you and how documents look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the changes and show what is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name, as printed on documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With country prefix, e.g. FI12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company register or tax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small business exempt from VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents then charge no VAT and print the exemption text instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. VAT exempt under art. 113 of Directive 2006/112/EC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number; up to three lines</source>
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
        <source>State, province or county, where addresses use one</source>
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
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing@example.com</source>
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
        <source>www.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme and ID, e.g. 0088:5790000435968</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Peppol address, written on e-invoices as the seller&apos;s electronic address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from the issue date to the due date, for customers without their own terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the foot of every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required: it is printed on every document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country is required: it decides the VAT rates of your documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (e.g. FI, PL, IT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT ID is from %1 but the address is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt documents must say why no VAT is charged: enter the text to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked field before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the %1 marked fields before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company details were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the company details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company details could not be read: %1</source>
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
    <name>subdesk::ui::CouponDialog</name>
    <message>
        <source>Edit coupon — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SPRING25; what customers type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As invoices show it, e.g. Spring sale 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None checked: the coupon applies to every plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the plans the coupon is limited to; none checked: every plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> billing periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> redemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemptions on or after this day are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code stays as it is: subscriptions refer to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln time</numerusform>
            <numerusform>%Ln times</numerusform>
        </translation>
    </message>
    <message>
        <source>The code %1 is already used by the coupon %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name invoices show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CouponTableModel</name>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln period(s)</source>
        <translation>
            <numerusform>%Ln period</numerusform>
            <numerusform>%Ln periods</numerusform>
        </translation>
    </message>
    <message>
        <source>forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer redeemable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CreditNoteDialog</name>
    <message>
        <source>Credit invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everything not yet credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hosen lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An a&amp;mount (gross), spread over the lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the credit note, e.g. &quot;Service outage in March&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an issued invoice can be credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 to %2 of %3: total %4, already credited %5, balance %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice has less than this line left to credit; the preview shows whether an amount fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credit for line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the credit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: at most %2 can be credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount to credit on at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount to credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount to credit must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason; it is printed on the credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capped by %1: credit notes never total more than the invoice.</source>
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
    <name>subdesk::ui::CustomerFeedbackPanel</name>
    <message>
        <source>Add answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an NPS or CSAT answer of the selected customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer to see their survey answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n NPS answer(s), NPS %1</source>
        <translation>
            <numerusform>%n NPS answer, NPS %1</numerusform>
            <numerusform>%n NPS answers, NPS %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CSAT answer(s), %1 % satisfied</source>
        <translation>
            <numerusform>%n CSAT answer, %1 % satisfied</numerusform>
            <numerusform>%n CSAT answers, %1 % satisfied</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer of %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 answer of %2 given on %3 (score %4)? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer deleted.</source>
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
    <name>subdesk::ui::CustomerPicker</name>
    <message>
        <source>Type to search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1, billed in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerSubscriptionsPanel</name>
    <message>
        <source>New subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe the selected customer to a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer to see their subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no subscriptions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 created for %2.</source>
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
    <name>subdesk::ui::DashboardFilterBar</name>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other currencies are converted at the stored monthly exchange rates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DashboardTiles</name>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>Percentage points: the change of a rate (&quot;0.5 pp&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly recurring revenue at the month&apos;s end, tax, one-time fees and usage excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual run rate: 12 × MRR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with MRR above zero at the month&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers lost in the month ÷ customers paying at its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net revenue retention over the 12 months to the month&apos;s end, for the customers paying before them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average revenue per account: MRR ÷ paying customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lifetime value: ARPA ÷ the mean monthly logo churn of the trailing 6 months (× gross margin when set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS (90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net promoter score of the answers in the 90 days to the month&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paying customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough churn to estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <extracomment>NPS points (&quot;3 points&quot;)</extracomment>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DashboardView</name>
    <message>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DocumentFileCommands</name>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save UBL e-invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UBL e-invoices (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DocumentLinesTree</name>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 paid from the customer&apos;s credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed by the billing run that covers that day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DrillDownDialog</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ExchangeRateDialog</name>
    <message>
        <source>Edit exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one unit of the currency was worth in the reporting currency that month, with up to 8 decimals. Months without their own rate use the latest earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the currency the rate converts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what one %1 is worth in the reporting currency, e.g. 0.087312.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reporting currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ExchangeRatesPage</name>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency the dashboards report in, the gross margin the customer lifetime value uses, and the monthly rates that convert other currencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: the currency most customers use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV is multiplied by it. Leave it empty to show CLV as revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read rates from a CSV file with the columns month (YYYY-MM), currency and rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month without its own rate uses the latest earlier rate of its currency. Amounts in a currency without any rate are left out of the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange rates could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage from 0 to 100 with at most two decimals (e.g. %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics settings were not saved: the gross margin is not a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics settings were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the metrics settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the rate %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rate of %1 for %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month then uses the latest earlier rate of %1, if there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the rate of %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows have problems (listed below the rates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the file has no rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n exchange rate(s).</source>
        <translation>
            <numerusform>Imported %n exchange rate.</numerusform>
            <numerusform>Imported %n exchange rates.</numerusform>
        </translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::FeatureListEditor</name>
    <message>
        <source>Add feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One feature per line, as customers read it; double-click a line to change it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::FeedbackTableModel</name>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::FeedbackView</name>
    <message>
        <source>Edit tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the comments with any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the tags of the selected answer (or double-click its Tags cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import survey answers from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a tag to see its comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose months on the dashboard to see the feedback of that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 from %n answer(s): promoters %2 %, passives %3 %, detractors %4 %.</source>
        <translation>
            <numerusform>NPS %1 from %n answer: promoters %2 %, passives %3 %, detractors %4 %.</numerusform>
            <numerusform>NPS %1 from %n answers: promoters %2 %, passives %3 %, detractors %4 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>No NPS answers in these months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CSAT %1 % satisfied from %n answer(s).</source>
        <translation>
            <numerusform>CSAT %1 % satisfied from %n answer.</numerusform>
            <numerusform>CSAT %1 % satisfied from %n answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>no tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: %1  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an answer first, then edit its tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n survey answer(s).</source>
        <translation>
            <numerusform>Imported %n survey answer.</numerusform>
            <numerusform>Imported %n survey answers.</numerusform>
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
    <name>subdesk::ui::InvoiceCommands</name>
    <message>
        <source>Invoice %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft invoice saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no drafts dated up to today to issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft was issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) issued</source>
        <translation type="unfinished">
            <numerusform>%Ln document issued</numerusform>
            <numerusform>%Ln documents issued</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1 issued against %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 marked uncollectible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1 of customer credit to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoiceDetailPane</name>
    <message>
        <source>Select a document to see its lines, tax, payments and credit notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid from credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing it today gives it the number %1, %2 tax and a total of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be issued as it is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 when issued today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax is computed when the draft is issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shared over %Ln invoice(s)</source>
        <translation>
            <numerusform>Shared over %Ln invoice</numerusform>
            <numerusform>Shared over %Ln invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoiceFilterBar</name>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show invoices, credit notes or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show documents with the ticked statuses only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows documents whose number or customer name contains the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show documents numbered in this series only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show documents dated on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show documents dated on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only invoices past their due date with something left to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every document again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show documents dated within a range (the issue date; a draft&apos;s own date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 statuses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoiceTableModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not issued yet: the number is given when the draft is issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoicesView</name>
    <message>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: Total %2 · Balance %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 · Balance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices yet.
Run billing on the Subscriptions page or write one with New.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoicingSettingsPage</name>
    <message>
        <source>Invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How documents are issued. Changes apply to documents issued from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices that include VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the currencies whose prices you enter with VAT included (as consumers see them). Invoices then work the VAT out of the price. Prices in the other currencies are net and VAT is added on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show another currency in the list so you can tick it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the customer&apos;s credit when issuing an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit from overpayments and credit notes in the invoice&apos;s currency then pays the invoice at once. Without it, you apply credit by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoicing settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in your price lists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoicing settings were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the invoicing settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::IssueDialog</name>
    <message>
        <source>Issue draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing gives the draft the next number of its series, computes its tax and makes it final: afterwards it can be credited but never changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date printed on the document; the due date follows from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax per rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net %1 + tax %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::LogoPicker</name>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most 1 MB, printed at the top of documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; a logo may be at most %3. Save it smaller and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored logo cannot be shown</source>
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
    <name>subdesk::ui::ManualInvoiceDialog</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit draft invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, printed on the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue now (gives the invoice its number; it cannot be edited afterwards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day after the last day supplied (periods run [from, to))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is issued and can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give both ends of the period, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a currency (an ISO 4217 code such as EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net total: %1 (tax is added when the invoice is issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net total: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a draft, but not issued: %1</source>
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
    <name>subdesk::ui::MeteredChargeDialog</name>
    <message>
        <source>New metered charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metered charge — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. api_calls, storage_gb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code usage records carry; lower-case letters, digits, &quot;_&quot; and &quot;.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it appears on invoices, e.g. API calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usage in a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan already has a charge for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name invoices show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a price: usage is charged at it, per currency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MeteredChargeList</name>
    <message>
        <source>Add &amp;metered charge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage in a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MetricTile</name>
    <message>
        <source>—</source>
        <comment>no figure yet</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MigratePriceDialog</name>
    <message>
        <source>Migrate subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions on an older version of this price move to the latest version (from %1: %2), starting with their first billing period that begins on or after the date below. Periods already billed are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest version takes effect on %1; subscriptions can move to it from then on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MoneyEdit</name>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MrrChartPage</name>
    <message>
        <source>MRR at each month&apos;s end (line) and the month&apos;s movements (bars: new, reactivation and expansion add, contraction and churn subtract). Click a bar or a point for the customers behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR at start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rate effect (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR at end (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::NewSubscriptionDialog</name>
    <message>
        <source>Customer %1, billed in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day every period starts on. A start on another day is charged prorated up to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, kept with the subscription&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>plan default: %Ln day(s)</source>
        <translation>
            <numerusform>plan default: %Ln day</numerusform>
            <numerusform>plan default: %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no price in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; setup fee %2 once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (the start day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer to see the first invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no plans yet: add one on the Plans page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan to see the first invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is billed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is billed now: the first invoice comes with the billing run on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::NpsChartPage</name>
    <message>
        <source>NPS = % promoters (9–10) − % detractors (0–6), per month and over the 90 days ending with it; the bars split each month&apos;s answers. Months without answers show no NPS. Click a bar or a point for the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS, trailing 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers, trailing 90 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::NumberSeriesDialog</name>
    <message>
        <source>New numbering series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit numbering series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{YYYY} year, {YY} year in two digits, {MM} month, {#####} the counter with as many digits as #. Everything else is copied as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again at 1 every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number new documents of this kind in this series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived (kept for the documents numbered in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required; the invoice filters list it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern is required, e.g. INV-{YYYY}-{#####}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number a document issued today, %1, would get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::NumberSeriesPage</name>
    <message>
        <source>Numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing a document gives it the next number of its series, without gaps. Invoices and credit notes are numbered in the default series of their kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number a document issued today, %1, would get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering series could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pattern error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the numbering series %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the numbering series %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::OutcomePreview</name>
    <message>
        <source>Customer gets a credit note of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer will be charged %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of it is paid from the customer&apos;s credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing run on %1 writes a credit note of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing run on %1 invoices %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PaymentListPage</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer, reference or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, refunded %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) shown.</source>
        <translation>
            <numerusform>%n payment shown.</numerusform>
            <numerusform>%n payments shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PaymentTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PaymentsView</name>
    <message>
        <source>&amp;Record payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a payment received and apply it to open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay a customer&apos;s credit back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement of account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a customer&apos;s statement of account as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the aging report as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the statement as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PlanDialog</name>
    <message>
        <source>Edit plan — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the plan includes, one feature per line, in the order customers read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metered usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PRO-M; letters A–Z, digits, &quot;-&quot; and &quot;_&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short unique code for files, the command line and subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As customers read it on invoices, e.g. Pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the plan sells; a new name creates the product when the plan is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days new subscriptions run free before the first paid period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evergreen: runs until cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> billing periods, then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renews for the same term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One price per currency and billing interval, e.g. 20.00 EUR monthly and 200.00 EUR yearly. A price keeps its versions: a new version changes it from a date on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage-based charges, billed after each period for the usage recorded in it (API calls, storage). Saved with the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The add-ons a subscription to this plan may carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No add-ons yet: create them on the Add-ons tab of the Plans page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by the plan %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons limited to %1 (%2) will no longer apply to this plan; edit them to use the new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the plan&apos;s name, as customers read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price yet: a plan is sold at one of its prices, so subscriptions need one in their currency and interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the highlighted fields to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is saved, but a metered charge is not: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PlanTableModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PlansView</name>
    <message>
        <source>New &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected plan, its prices and versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New a&amp;dd-on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an add-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit add-on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected add-on and its prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive add-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;coupon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit coupon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code, name, product or price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived plans are kept for their subscriptions but not offered any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plans yet.
Add one with New: a code, a name and a price are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plans match the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln plan(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln plan</numerusform>
            <numerusform>Showing %1 of %Ln plans</numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, name or price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived add-ons are kept but not offered any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No add-ons yet.
Add-ons are extras a subscription may carry, such as more storage or an onboarding session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No add-ons match the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln add-on(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln add-on</numerusform>
            <numerusform>Showing %1 of %Ln add-ons</numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, name or plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show expired and used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons past their expiry date or redemption limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coupons yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coupons match the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln coupon(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln coupon</numerusform>
            <numerusform>Showing %1 of %Ln coupons</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the selected plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop offering the selected plan; its subscriptions continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore add-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the selected add-on again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop offering the selected add-on; subscriptions keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the plan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived the plan %1. Its subscriptions continue; Show archived lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 is offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the add-on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived the add-on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The add-on %1 is offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the coupon %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PriceDialog</name>
    <message>
        <source>Takes &amp;effect on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version of the %1 price in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version of the price in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions keep the version they were sold at (grandfathering) until you migrate them; new subscriptions get this version from the date it takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date the price takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version must take effect after the current one (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a %1 price in %2; add a new version of it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a price in %1; add a new version of it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PriceEditor</name>
    <message>
        <source>&amp;Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing &amp;model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Free units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged once when a subscription starts; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setup fee cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PriceListEditor</name>
    <message>
        <source>&amp;Add price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived prices are not offered to new subscriptions; takes effect at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a price that is not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new, saved with the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln version</numerusform>
            <numerusform>%Ln versions</numerusform>
        </translation>
    </message>
    <message>
        <source>per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the new price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the versions of the price and add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit new price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 price in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is archived: new subscriptions no longer get it; current ones keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PricePreview</name>
    <message>
        <source>Units in one period: seats, or the usage of a metered charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price for &amp;quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the price to see what it charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unit</numerusform>
            <numerusform>%Ln units</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PriceVersionsDialog</name>
    <message>
        <source>&amp;New version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migrate subscriptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions keep the price version they were sold at (grandfathering) until you migrate them to the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new pricing that takes effect on a later date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move subscriptions on older versions to the latest one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 price in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the version that takes effect on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription was on an older version; nothing moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln subscription(s) to the latest version.</source>
        <translation>
            <numerusform>Moved %Ln subscription to the latest version.</numerusform>
            <numerusform>Moved %Ln subscriptions to the latest version.</numerusform>
        </translation>
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
    <name>subdesk::ui::ReconciliationPage</name>
    <message>
        <source>Invoiced (gross) = MRR + timing + tax + one-time fees + usage + proration − credit notes. Timing is what the recurring lines invoiced in the month differ from MRR: yearly and quarterly plans billed in advance, first short periods, changes during the month and once-only coupons. MRR here covers the whole company in the selected currencies: invoices have no segment, plan or country filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciliation.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RecordPaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank reference, card slip, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a currency (an ISO 4217 code such as EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount for %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left over as customer credit: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left over as customer credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is applied by hand, so the payment goes to the oldest invoices first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RefundDialog</name>
    <message>
        <source>Refund customer credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank reference of the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer to see their credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credit to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no credit in %2 to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 can be refunded: that is all the credit in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RestartSubscriptionDialog</name>
    <message>
        <source>First invoice after the restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume subscription %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate subscription %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3), %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is billed now; billing continues with the next billing run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RetentionChartPage</name>
    <message>
        <source>Over the 12 months ending with each month, for the customers paying the day before: NRR = (their MRR then + expansion − contraction − churn) ÷ their MRR then; GRR leaves out expansion. Click a point for those customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trailing 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRR (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRR (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RunDocumentTableModel</name>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ScoreDistributionWidget</name>
    <message numerus="yes">
        <source>Score %1 (%2): %n answer(s), %3 %</source>
        <translation>
            <numerusform>Score %1 (%2): %n answer, %3 %</numerusform>
            <numerusform>Score %1 (%2): %n answers, %3 %</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SettingsPage</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SettingsView</name>
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
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How SubDesk looks, and the company file it has open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::StatementDialog</name>
    <message>
        <source>Statement of account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a currency (an ISO 4217 code such as EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must not end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance %1, %2, closing balance %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement %1 %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::StopSubscriptionDialog</name>
    <message>
        <source>Credit the unused time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause subscription %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel subscription %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note for the part of the paid period after the stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. why the customer pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. why the customer leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The current period, already billed, runs %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is credited: the subscription runs until %1 and is paused from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is credited: the subscription runs until %1 and ends then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is credited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SubscriptionDetailPane</name>
    <message>
        <source>Select a subscription to see its history and documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-ons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next billing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ends on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln trial day(s)</source>
        <translation>
            <numerusform>%Ln trial day</numerusform>
            <numerusform>%Ln trial days</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing more to bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs until cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not billed by a run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prorated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the next period, not prorated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused time credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new term starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the term ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought %1 × %2 once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SubscriptionTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancels on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SubscriptionsView</name>
    <message>
        <source>&amp;New subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe a customer to a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the plan, quantity, add-ons, interval or coupon of the selected subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop billing the selected subscription for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start billing the selected paused subscription again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reac&amp;tivate subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the selected cancelled or cancelling subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;billing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run billing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the invoices and credit notes that are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the subscriptions of customers whose name contains every word typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show subscriptions with this status only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show subscriptions to this plan only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln subscription(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln subscription</numerusform>
            <numerusform>Showing %1 of %Ln subscriptions</numerusform>
        </translation>
    </message>
    <message>
        <source>No subscriptions yet.
Subscribe a customer to a plan with New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscriptions match the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SurveyAnswerDialog</name>
    <message>
        <source>Edit survey answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New survey answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS: how likely to recommend us (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT: how satisfied (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer wrote, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pricing, support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas. Tags group recurring themes; their counts show on the dashboard&apos;s Feedback tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no customers to record an answer for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer who answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters answer 9–10, passives 7–8, detractors 0–6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers of 4 and 5 count as satisfied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SurveyImportDialog</name>
    <message>
        <source>Import survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file exported from your survey tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS answers (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT answers (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date such as 04/03/2026 may be 4 March or 3 April. SubDesk reads it as the file&apos;s other dates show (one with a day above 12 decides) and refuses it when nothing tells; choose the order here if you know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows without a kind are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates like 04/03/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns are found by their names, as Delighted, Typeform, SurveyMonkey or Hotjar export them: a date, the customer&apos;s e-mail or customer number, and the score; optionally a comment, channel, tags and kind (nps or csat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see its rows and whether they can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing can be imported until the file is corrected. Every problem is listed with its line and column.</source>
        <translation>
            <numerusform>%n problem found: nothing can be imported until the file is corrected. Every problem is listed with its line and column.</numerusform>
            <numerusform>%n problems found: nothing can be imported until the file is corrected. Every problem is listed with its line and column.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) ready to import.</source>
        <translation>
            <numerusform>%n answer ready to import.</numerusform>
            <numerusform>%n answers ready to import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates are read month first (MM/DD/YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are read day first (DD/MM/YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::TaxRateDialog</name>
    <message>
        <source>New tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Reduced rate (books)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave &quot;Ends on&quot; unticked while the rate still applies. Rates already used on issued documents stay on those documents when you change them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the country the rate applies in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (e.g. FI, PL, IT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required; documents and reports show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the rate as a percentage, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage from 0 to 100 with at most two decimals (e.g. %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::TaxRatesPage</name>
    <message>
        <source>Tax rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rates by country and class. An invoice line takes the rate of its class in the customer&apos;s country (or yours) that is valid on its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list rates that ended before today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rates could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (upcoming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the rate %1 %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the rate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rate &quot;%1&quot; (%2) for %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued documents keep the rate they were issued with. Drafts and new invoices will no longer find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate %1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the rate %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::TierEditor</name>
    <message>
        <source>Add tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a tier at the end; the tier before it then needs an upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last unit of this tier; leave empty on the last tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged once when a quantity reaches this tier; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1: &quot;%2&quot; is not a whole number of units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 flat fee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subdesk::ui::TimingSelector</name>
    <message>
        <source>Now (%1), prorated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the current period (%1), not prorated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the current period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription has no billed period running today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, prorated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
