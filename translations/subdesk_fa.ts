<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>Billing</name>
    <message>
        <source>A billing interval counts between %1 and %2 units, not %3.</source>
        <translation>بازه صورتحساب باید بین %1 تا %2 واحد باشد، نه %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a billing interval (expected e.g. &quot;1 month&quot;, &quot;3 months&quot;, &quot;2 weeks&quot; or &quot;1 year&quot;).</source>
        <translation>«%1» بازه صورتحساب معتبری نیست (قالب مورد انتظار، مثلاً &quot;1 month&quot;، &quot;3 months&quot;، &quot;2 weeks&quot; یا &quot;1 year&quot;).</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>ماهانه</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>سالانه</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>هر %n روز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>هر %n هفته</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>هر %n ماه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s)</source>
        <translation>
            <numerusform>هر %n سال</numerusform>
        </translation>
    </message>
    <message>
        <source>The billing period %1 is empty or not a valid period.</source>
        <translation>دوره صورتحساب %1 خالی است یا دوره معتبری نیست.</translation>
    </message>
    <message>
        <source>%1 is not inside the billing period %2.</source>
        <translation>%1 در دوره صورتحساب %2 قرار ندارد.</translation>
    </message>
    <message>
        <source>The part %1 is not inside the billing period %2.</source>
        <translation>بخش %1 در محدوده دوره صورتحساب %2 قرار ندارد.</translation>
    </message>
    <message>
        <source>%1 %2 × %3/%4 days (%5 → %6) = %7</source>
        <extracomment>How a prorated line was computed: %1 plan or item, %2 price, %3 days charged, %4 days in the full period, %5 and %6 first and end date of the part (end excluded), %7 the result.</extracomment>
        <translation>%1 %2 × %3/%4 روز (%5 → %6) = %7</translation>
    </message>
    <message>
        <source>Cannot change from a price in %1 to a price in %2 within a period.</source>
        <translation>در میانه یک دوره نمی‌توان قیمتی به ارز %1 را به قیمتی به ارز %2 تغییر داد.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: subdesk-cli [--db PATH] [--lang CODE] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>نحوه استفاده: subdesk-cli [--db PATH] [--lang CODE] COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Works with the customers of a SubDesk company file.</source>
        <translation>با مشتریان یک پرونده شرکت SubDesk کار می‌کند.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>فرمان‌ها:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>گزینه‌های عمومی:</translation>
    </message>
    <message>
        <source>The company file (default: $SUBDESK_DB, else the standard one).</source>
        <translation>پرونده شرکت (پیش‌فرض: $SUBDESK_DB، در غیر این صورت پرونده استاندارد).</translation>
    </message>
    <message>
        <source>Language of messages: en, pl, it, fi or fa.</source>
        <translation>زبان پیام‌ها: en، pl، it، fi یا fa.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>نمایش نسخه.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>نمایش همین راهنما.</translation>
    </message>
    <message>
        <source>Run &quot;subdesk-cli help COMMAND&quot; for the options of a command.</source>
        <translation>برای دیدن گزینه‌های هر فرمان، &quot;subdesk-cli help COMMAND&quot; را اجرا کنید.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 refused (invalid data, no such customer, a file SubDesk cannot open), 2 wrong usage.</source>
        <translation>وضعیت خروج: 0 موفق، 1 رد شده (داده نامعتبر، مشتری ناموجود، پرونده‌ای که SubDesk نمی‌تواند باز کند)، 2 استفاده نادرست.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>فرمان ناشناخته «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command: %2.</source>
        <translation>«%1» به یک فرمان نیاز دارد: %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;; %1 has: %3.</source>
        <translation>فرمان ناشناخته «%1 %2»؛ فرمان‌های %1: %3.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;.</source>
        <translation>مقدار --lang باید یکی از %1 باشد، نه «%2».</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>هیچ فرمانی داده نشده است.</translation>
    </message>
    <message>
        <source>--%1 can be given only once.</source>
        <translation>گزینه --%1 را فقط یک بار می‌توان داد.</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>آرگومان لازم داده نشده است: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>آرگومان غیرمنتظره: «%1».</translation>
    </message>
    <message>
        <source> [options]</source>
        <translation> [گزینه‌ها]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>نحوه استفاده: %1</translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation> (قابل تکرار)</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>گزینه‌ها:</translation>
    </message>
    <message>
        <source>required</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <source>ISO code such as FI, PL, IT; required</source>
        <translation>کد ISO مانند FI، PL، IT؛ الزامی</translation>
    </message>
    <message>
        <source>en, pl, it, fi or fa; default en</source>
        <translation>en، pl، it، fi یا fa؛ پیش‌فرض en</translation>
    </message>
    <message>
        <source>ISO 4217 code; default EUR</source>
        <translation>کد ISO 4217؛ پیش‌فرض EUR</translation>
    </message>
    <message>
        <source>default 14</source>
        <translation>پیش‌فرض 14</translation>
    </message>
    <message>
        <source>e.g. 0216:003712345678</source>
        <translation>مثلاً 0216:003712345678</translation>
    </message>
    <message>
        <source>Words that must all occur in the name, e-mail, VAT ID or city.</source>
        <translation>واژه‌هایی که همگی باید در نام، ایمیل، شناسه مالیاتی یا شهر وجود داشته باشند.</translation>
    </message>
    <message>
        <source>Only this segment.</source>
        <translation>فقط این بخش.</translation>
    </message>
    <message>
        <source>Only customers with this tag.</source>
        <translation>فقط مشتریان دارای این برچسب.</translation>
    </message>
    <message>
        <source>Only this country.</source>
        <translation>فقط این کشور.</translation>
    </message>
    <message>
        <source>Which customers (default: active).</source>
        <translation>کدام مشتریان (پیش‌فرض: active).</translation>
    </message>
    <message>
        <source>--country: &quot;%1&quot; is not an ISO 3166 country code.</source>
        <translation>--country: «%1» کد کشور ISO 3166 نیست.</translation>
    </message>
    <message>
        <source>--status must be active, archived or all, not &quot;%1&quot;.</source>
        <translation>مقدار --status باید active، archived یا all باشد، نه «%1».</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>چاپ خروجی JSON به جای متن.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer number.</source>
        <translation>«%1» شماره مشتری معتبری نیست.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>گزینه --%1 الزامی است.</translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation>هیچ مشتری‌ای یافت نشد.</translation>
    </message>
    <message>
        <source>--add-tag needs a tag.</source>
        <translation>--add-tag به یک برچسب نیاز دارد.</translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to set, e.g. --email ADDRESS.</source>
        <translation>تغییری مشخص نشده است: فیلدهای موردنظر را تعیین کنید، مثلاً --email ADDRESS.</translation>
    </message>
    <message>
        <source>Customer %1 updated.</source>
        <translation>مشتری %1 به‌روزرسانی شد.</translation>
    </message>
    <message>
        <source>Customer %1 is already archived.</source>
        <translation>مشتری %1 از قبل بایگانی شده است.</translation>
    </message>
    <message>
        <source>Customer %1 is already active.</source>
        <translation>مشتری %1 از قبل فعال است.</translation>
    </message>
    <message>
        <source>Customer %1 (%2) archived.</source>
        <translation>مشتری %1 (%2) بایگانی شد.</translation>
    </message>
    <message>
        <source>Customer %1 (%2) restored.</source>
        <translation>مشتری %1 (%2) بازگردانی شد.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>هیچ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>Add a tag, keeping the others.</source>
        <translation>افزودن یک برچسب با حفظ برچسب‌های دیگر.</translation>
    </message>
    <message>
        <source>Remove a tag.</source>
        <translation>حذف یک برچسب.</translation>
    </message>
    <message>
        <source>Remove every tag (before --tag and --add-tag).</source>
        <translation>حذف همه برچسب‌ها (پیش از اعمال --tag و --add-tag).</translation>
    </message>
    <message>
        <source>Adds a customer and prints its number. --name and --country are required.</source>
        <translation>یک مشتری اضافه می‌کند و شماره آن را چاپ می‌کند. --name و --country الزامی‌اند.</translation>
    </message>
    <message>
        <source>Lists customers as a table or as JSON.</source>
        <translation>فهرست مشتریان را به صورت جدول یا JSON نمایش می‌دهد.</translation>
    </message>
    <message>
        <source>Shows every field of one customer.</source>
        <translation>همه فیلدهای یک مشتری را نمایش می‌دهد.</translation>
    </message>
    <message>
        <source>Changes the given fields of a customer; an empty value clears a field. Repeated --email, --street or --tag replace the whole list.</source>
        <translation>فیلدهای مشخص‌شده یک مشتری را تغییر می‌دهد؛ مقدار خالی، فیلد را پاک می‌کند. تکرار --email، --street یا --tag کل فهرست را جایگزین می‌کند.</translation>
    </message>
    <message>
        <source>Archives a customer: hidden from lists, kept with its history.</source>
        <translation>مشتری را بایگانی می‌کند: از فهرست‌ها پنهان می‌شود، اما همراه با سابقه‌اش نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Makes an archived customer active again.</source>
        <translation>مشتری بایگانی‌شده را دوباره فعال می‌کند.</translation>
    </message>
    <message>
        <source>Integrity problems in %1: %2.</source>
        <translation>مشکلات یکپارچگی در %1: %2.</translation>
    </message>
    <message>
        <source>ok (schema version %1)</source>
        <translation>ok (نسخه طرح‌واره %1)</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 از قبل وجود دارد؛ برای جایگزینی آن، --force را اضافه کنید.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>از %1 در %2 نسخه پشتیبان تهیه شد.</translation>
    </message>
    <message>
        <source>Checks the company file&apos;s integrity. Prints &quot;ok&quot; and the schema version, or the problems with exit status 1.</source>
        <translation>یکپارچگی پرونده شرکت را بررسی می‌کند. &quot;ok&quot; و نسخه طرح‌واره را چاپ می‌کند، یا مشکلات را با وضعیت خروج 1 گزارش می‌دهد.</translation>
    </message>
    <message>
        <source>Prints the path of the company file. It is --db if given, else $SUBDESK_DB, else the default.</source>
        <translation>مسیر پرونده شرکت را چاپ می‌کند: مقدار --db در صورت تعیین، در غیر این صورت $SUBDESK_DB، و در غیر این صورت مسیر پیش‌فرض.</translation>
    </message>
    <message>
        <source>Copies the company file to FILE. The copy is consistent even while SubDesk has the file open.</source>
        <translation>از پرونده شرکت در FILE رونوشت تهیه می‌کند. رونوشت حتی زمانی که پرونده در SubDesk باز است، سالم و یکپارچه خواهد بود.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>اگر FILE وجود دارد، جایگزین شود.</translation>
    </message>
    <message>
        <source>--customers must be a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>مقدار --customers باید عددی از 1 تا %1 باشد، نه «%2».</translation>
    </message>
    <message>
        <source>--seed must be a number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>مقدار --seed باید عددی از 0 تا 4294967295 باشد، نه «%1».</translation>
    </message>
    <message>
        <source>%1 already holds customers (%2); demo customers go only into an empty company file. Choose another file with --db, e.g. subdesk-cli --db demo.subdesk demo --customers %3</source>
        <translation>%1 از قبل مشتری دارد (%2)؛ مشتریان نمونه فقط به پرونده شرکت خالی افزوده می‌شوند. با --db پرونده دیگری انتخاب کنید، مثلاً subdesk-cli --db demo.subdesk demo --customers %3</translation>
    </message>
    <message>
        <source>Demo customers created in %1: %2.</source>
        <translation>مشتریان نمونه در %1 ایجاد شدند: %2.</translation>
    </message>
    <message>
        <source>Fills an empty company file with demo customers. They are realistic, stored in one transaction, and the same seed gives the same customers.</source>
        <translation>یک پرونده شرکت خالی را با مشتریان نمونه پر می‌کند. این مشتریان واقع‌گرایانه‌اند، در یک تراکنش ذخیره می‌شوند و seed یکسان همیشه همان مشتریان را ایجاد می‌کند.</translation>
    </message>
    <message>
        <source>How many customers (default 200).</source>
        <translation>تعداد مشتریان (پیش‌فرض 200).</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>مقدار seed مولد داده (پیش‌فرض 1).</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; for the usage.</source>
        <translation>برای دیدن نحوه استفاده، &quot;%1&quot; را اجرا کنید.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>هشدار: %1</translation>
    </message>
    <message>
        <source>--delimiter must be &quot;,&quot;, &quot;;&quot;, tab or auto, not &quot;%1&quot;.</source>
        <translation>مقدار --delimiter باید &quot;,&quot;، &quot;;&quot;، tab یا auto باشد، نه «%1».</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or windows-1252, not &quot;%1&quot;.</source>
        <translation>مقدار --encoding باید auto، utf-8 یا windows-1252 باشد، نه «%1».</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: write it as &quot;Column header=field_key&quot;.</source>
        <translation>--map «%1»: آن را به شکل &quot;عنوان ستون=field_key&quot; بنویسید.</translation>
    </message>
    <message>
        <source>--map: the file has no column &quot;%1&quot; (it has: %2).</source>
        <translation>--map: پرونده ستونی با نام «%1» ندارد (ستون‌های موجود: %2).</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not a field; fields are %2.</source>
        <translation>--map: «%1» فیلد نیست؛ فیلدها عبارت‌اند از: %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>سطر %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows have problems. Fix them, or use --valid-only to import the other rows.</source>
        <translation>هیچ چیزی وارد نشد: %1 سطر از %2 سطر مشکل دارند. آن‌ها را اصلاح کنید، یا با --valid-only سطرهای دیگر را وارد کنید.</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows would be imported; nothing was written.</source>
        <translation>اجرای آزمایشی: %1 سطر از %2 سطر وارد می‌شد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>Customers imported: %1.</source>
        <translation>مشتریان واردشده: %1.</translation>
    </message>
    <message>
        <source>Rows skipped because of problems: %1 (listed above).</source>
        <translation>سطرهای کنارگذاشته‌شده به دلیل مشکل: %1 (فهرست در بالا).</translation>
    </message>
    <message>
        <source>Customers exported to %1: %2.</source>
        <translation>مشتریان صادرشده به %1: %2.</translation>
    </message>
    <message>
        <source>Check the file and report what would happen; write nothing.</source>
        <translation>بررسی پرونده و گزارش نتیجه، بدون نوشتن هیچ چیز.</translation>
    </message>
    <message>
        <source>Import the valid rows even when others have problems.</source>
        <translation>وارد کردن سطرهای معتبر، حتی اگر سطرهای دیگر مشکل داشته باشند.</translation>
    </message>
    <message>
        <source>Column separator (default: detected from the header line).</source>
        <translation>جداکننده ستون‌ها (پیش‌فرض: تشخیص از سطر سرعنوان).</translation>
    </message>
    <message>
        <source>Text encoding (default: auto).</source>
        <translation>کدگذاری متن (پیش‌فرض: auto).</translation>
    </message>
    <message>
        <source>Read the column HEADER into the field FIELD (a key such as vat_id; empty or - ignores the column).</source>
        <translation>خواندن ستون HEADER در فیلد FIELD (کلیدی مانند vat_id؛ مقدار خالی یا - ستون را نادیده می‌گیرد).</translation>
    </message>
    <message>
        <source>Print a JSON report instead of text.</source>
        <translation>چاپ گزارش JSON به جای متن.</translation>
    </message>
    <message>
        <source>Imports customers from a CSV file (- reads standard input), all of them or none. Bad rows are listed as &quot;Line N: reason&quot; on stderr.</source>
        <translation>مشتریان را از یک پرونده CSV وارد می‌کند (- از ورودی استاندارد می‌خواند)؛ یا همه یا هیچ‌کدام. سطرهای نادرست به شکل &quot;سطر N: علت&quot; در stderr فهرست می‌شوند.</translation>
    </message>
    <message>
        <source>Writes customers as CSV to FILE or standard output. UTF-8, every field; FILE - or no FILE means standard output.</source>
        <translation>مشتریان را به صورت CSV در FILE یا خروجی استاندارد می‌نویسد، با کدگذاری UTF-8 و همه فیلدها؛ FILE برابر - یا نبودن FILE یعنی خروجی استاندارد.</translation>
    </message>
    <message>
        <source>Nothing to import: the file has no valid rows.</source>
        <translation>چیزی برای وارد کردن نیست: پرونده هیچ سطر معتبری ندارد.</translation>
    </message>
    <message>
        <source>The output could not be written.</source>
        <translation>خروجی نوشته نشد.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>SubDesk: subscription billing for small businesses.</source>
        <translation>SubDesk: صدور صورتحساب اشتراک برای کسب‌وکارهای کوچک.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>نمایش نسخه و خروج.</translation>
    </message>
    <message>
        <source>Company file to open (default: $SUBDESK_DB, else company.subdesk in the application data folder).</source>
        <translation>پرونده شرکتی که باز می‌شود (پیش‌فرض: $SUBDESK_DB، در غیر این صورت company.subdesk در پوشه داده‌های برنامه).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>مسیر</translation>
    </message>
    <message>
        <source>Interface language: en, pl, it, fi or fa (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>زبان رابط کاربری: en، pl، it، fi یا fa (پیش‌فرض: زبان انتخاب‌شده در تنظیمات، در غیر این صورت زبان سیستم).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Quit after the given milliseconds (smoke tests).</source>
        <translation>خروج پس از مدت تعیین‌شده بر حسب میلی‌ثانیه (آزمون‌های سریع).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>میلی‌ثانیه</translation>
    </message>
    <message>
        <source>Save a picture of the window once it is shown, then quit.</source>
        <translation>ذخیره تصویر پنجره پس از نمایش و سپس خروج.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds.</source>
        <translation>--quit-after به عددی بر حسب میلی‌ثانیه نیاز دارد.</translation>
    </message>
    <message>
        <source>Company file to open (the same as --db; used when a file manager opens a .subdesk file).</source>
        <translation>پرونده شرکت برای باز کردن (همانند --db؛ وقتی مدیر پرونده‌ها یک پرونده .subdesk را باز می‌کند به کار می‌رود).</translation>
    </message>
    <message>
        <source>Give one company file, either as --db or as the file argument.</source>
        <translation>فقط یک پرونده شرکت بدهید، یا با --db یا به صورت آرگومان.</translation>
    </message>
</context>
<context>
    <name>CompanyOpener</name>
    <message>
        <source>SubDesk companies (*.subdesk);;All files (*)</source>
        <translation>شرکت‌های SubDesk (*.subdesk);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>The demo customers could not be added: %1</source>
        <translation>افزودن مشتریان نمونه ممکن نشد: %1</translation>
    </message>
    <message>
        <source>SubDesk</source>
        <translation>SubDesk</translation>
    </message>
    <message>
        <source>The file was left as it is. Open another company file, create a new company, or quit.</source>
        <translation>پرونده بدون تغییر باقی ماند. پرونده شرکت دیگری را باز کنید، شرکت جدیدی بسازید یا خارج شوید.</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>باز کردن پرونده دیگر…</translation>
    </message>
    <message>
        <source>Create a new company…</source>
        <translation>ایجاد شرکت جدید…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Open company</source>
        <translation>باز کردن شرکت</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>شرکت جدید</translation>
    </message>
    <message>
        <source>New company.subdesk</source>
        <translation>شرکت جدید.subdesk</translation>
    </message>
</context>
<context>
    <name>Coupon</name>
    <message>
        <source>Percentage</source>
        <translation>تخفیف درصدی</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>تخفیف مبلغ ثابت</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>یک‌بار</translation>
    </message>
    <message>
        <source>Repeating</source>
        <translation>تکرارشونده</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>همیشگی</translation>
    </message>
    <message>
        <source>The coupon needs a code.</source>
        <translation>کوپن باید کد داشته باشد.</translation>
    </message>
    <message>
        <source>The coupon code &quot;%1&quot; has %2 characters; it must have %3 to %4.</source>
        <translation>کد کوپن «%1» دارای %2 نویسه است؛ باید بین %3 تا %4 نویسه داشته باشد.</translation>
    </message>
    <message>
        <source>The coupon code &quot;%1&quot; may only contain upper-case letters A–Z, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>کد کوپن «%1» فقط می‌تواند شامل حروف بزرگ A–Z، ارقام، «-» و «_» باشد.</translation>
    </message>
    <message>
        <source>The coupon %1 needs a name.</source>
        <translation>کوپن %1 باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>The coupon takes off %1; it must take off 0.01% to 100%.</source>
        <translation>تخفیف کوپن %1 است؛ تخفیف باید بین 0.01% تا 100% باشد.</translation>
    </message>
    <message>
        <source>The amount off has no currency.</source>
        <translation>ارز مبلغ تخفیف مشخص نشده است.</translation>
    </message>
    <message>
        <source>The amount off is %1 %2; it must be more than zero.</source>
        <translation>مبلغ تخفیف %1 %2 است؛ این مبلغ باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>A repeating coupon must last at least 1 billing period; it is set to %1.</source>
        <translation>کوپن تکرارشونده باید دست‌کم به مدت 1 دوره صورتحساب اعمال شود؛ مقدار تنظیم‌شده %1 است.</translation>
    </message>
    <message>
        <source>One of the coupon&apos;s plan codes is empty.</source>
        <translation>یکی از کدهای طرح کوپن خالی است.</translation>
    </message>
    <message>
        <source>The redemption limit is %1; it must be at least 1 (or no limit).</source>
        <translation>سقف استفاده %1 است؛ باید دست‌کم 1 باشد (یا بدون سقف).</translation>
    </message>
    <message>
        <source>The expiry date is not a valid date.</source>
        <translation>تاریخ انقضا تاریخ معتبری نیست.</translation>
    </message>
    <message>
        <source>The redemption date is not a valid date.</source>
        <translation>تاریخ استفاده از کوپن تاریخ معتبری نیست.</translation>
    </message>
    <message>
        <source>The coupon %1 expired on %2.</source>
        <translation>کوپن %1 در تاریخ %2 منقضی شده است.</translation>
    </message>
    <message>
        <source>The coupon %1 has reached its redemption limit (%2).</source>
        <translation>کوپن %1 به سقف استفاده خود (%2) رسیده است.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; has no currency.</source>
        <translation>ارز ردیف «%1» مشخص نشده است.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; is in %2, but the coupon %3 takes off an amount in %4.</source>
        <translation>ردیف «%1» به ارز %2 است، اما کوپن %3 مبلغی به ارز %4 کسر می‌کند.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; is in %2, but the lines before it are in %3.</source>
        <translation>ردیف «%1» به ارز %2 است، اما ردیف‌های پیش از آن به ارز %3 هستند.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; is %2; a coupon only discounts lines of zero or more.</source>
        <translation>مبلغ ردیف «%1» برابر %2 است؛ کوپن فقط به ردیف‌هایی با مبلغ صفر یا بیشتر تخفیف می‌دهد.</translation>
    </message>
    <message>
        <source>Coupon %1: %2 of %3 = %4</source>
        <extracomment>Derivation of a percentage discount line: %1 coupon code, %2 percentage, %3 the line&apos;s amount, %4 the (negative) discount.</extracomment>
        <translation>کوپن %1: %2 از %3 = %4</translation>
    </message>
    <message>
        <source>Coupon %1: %2 of each line (%3) = %4</source>
        <extracomment>Derivation of a percentage discount over several lines, rounded per line: %1 coupon code, %2 percentage, %3 &quot;line amount → amount off&quot; for each line, %4 the (negative) discount.</extracomment>
        <translation>کوپن %1: %2 از هر ردیف (%3) = %4</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off %3 = %4</source>
        <extracomment>Derivation of a fixed discount on one line: %1 coupon code, %2 amount off, %3 the line&apos;s amount, %4 the (negative) discount.</extracomment>
        <translation>کوپن %1: تخفیف %2 از %3 = %4</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off %3 (capped at the lines&apos; total) = %4</source>
        <extracomment>Derivation of a fixed discount larger than its one line: %1 coupon code, %2 amount off, %3 the line&apos;s amount, %4 the (negative) discount, which equals the line.</extracomment>
        <translation>کوپن %1: تخفیف %2 از %3 (حداکثر تا جمع ردیف‌ها) = %4</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off %3, split in proportion (%4) = %5</source>
        <extracomment>Derivation of a fixed discount split over several lines: %1 coupon code, %2 amount off, %3 the lines&apos; total, %4 &quot;line amount → share of the discount&quot; for each line, %5 the (negative) discount.</extracomment>
        <translation>کوپن %1: تخفیف %2 از %3، تقسیم‌شده به نسبت مبلغ ردیف‌ها (%4) = %5</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off %3 (capped at the lines&apos; total), split in proportion (%4) = %5</source>
        <extracomment>As &quot;Coupon %1: %2 off %3, split in proportion (%4) = %5&quot;, for an amount off larger than the lines&apos; total %3, which is then taken off entirely.</extracomment>
        <translation>کوپن %1: تخفیف %2 از %3 (حداکثر تا جمع ردیف‌ها)، تقسیم‌شده به نسبت مبلغ ردیف‌ها (%4) = %5</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>نوشتن در «%1» ممکن نیست: %2.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing), so the rest of the file cannot be read.</source>
        <translation>سطر %1: یک فیلد داخل علامت نقل‌قول بسته نشده است (یک &quot; جا افتاده است)، بنابراین بقیه پرونده خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate fields.</source>
        <translation>علامت نقل‌قول یا شکست سطر نمی‌تواند فیلدها را از هم جدا کند.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>خواندن «%1» ممکن نیست: %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>سطر %1: %2</translation>
    </message>
    <message>
        <source>The file is empty: it needs a first line naming the columns (e.g. Name, E-mail, Country) and a line per customer.</source>
        <translation>پرونده خالی است: باید یک سطر اول با نام ستون‌ها (مثلاً نام، ایمیل، کشور) و برای هر مشتری یک سطر داشته باشد.</translation>
    </message>
    <message>
        <source>None of the column names is known, so the first line seems not to be a header. It must name the columns, e.g. Name, E-mail, Country.</source>
        <translation>هیچ‌یک از نام‌های ستون شناخته نشد، پس به نظر می‌رسد سطر اول سطر سرعنوان نیست. این سطر باید نام ستون‌ها را داشته باشد، مثلاً نام، ایمیل، کشور.</translation>
    </message>
    <message>
        <source>No column holds the customer&apos;s name. Name a column &quot;Name&quot; or choose the column for the name.</source>
        <translation>هیچ ستونی نام مشتری را ندارد. نام یک ستون را «نام» بگذارید یا ستون مربوط به نام را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The file has a header line but no customer rows.</source>
        <translation>پرونده سطر سرعنوان دارد، اما هیچ سطر مشتری ندارد.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header names only %2 columns; a delimiter or a quote may be misplaced.</source>
        <translation>این سطر %1 خانه دارد، اما سطر سرعنوان فقط %2 ستون دارد؛ ممکن است جداکننده یا علامت نقل‌قول در جای نادرستی باشد.</translation>
    </message>
    <message>
        <source>%1: %2 is already used by the customer on line %3.</source>
        <translation>%1: %2 قبلاً برای مشتری سطر %3 به کار رفته است.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing was imported. Correct the file, or import only the valid rows.</source>
        <translation>
            <numerusform>%n سطر قابل ورود نیست، بنابراین هیچ چیزی وارد نشد. پرونده را اصلاح کنید یا فقط سطرهای معتبر را وارد کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no valid customer row to import.</source>
        <translation>پرونده هیچ سطر مشتری معتبری برای ورود ندارد.</translation>
    </message>
    <message>
        <source>The file is in UTF-16. Save it as UTF-8 (in spreadsheets: &quot;CSV UTF-8&quot;) or as Windows-1252 and try again.</source>
        <translation>کدگذاری پرونده UTF-16 است. آن را با کدگذاری UTF-8 (در صفحه‌گسترده‌ها: &quot;CSV UTF-8&quot;) یا Windows-1252 ذخیره کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Line %1: the file is not valid UTF-8 (byte 0x%2). Choose Windows-1252, or let SubDesk detect the encoding.</source>
        <translation>سطر %1: پرونده UTF-8 معتبر نیست (بایت 0x%2). Windows-1252 را انتخاب کنید یا بگذارید SubDesk کدگذاری را تشخیص دهد.</translation>
    </message>
    <message>
        <source>%1: %2 already belongs to customer number %3; the import adds another customer with it.</source>
        <translation>%1: %2 از قبل متعلق به مشتری شماره %3 است؛ وارد کردن، مشتری دیگری با همین شناسه می‌افزاید.</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>Business</source>
        <translation>حقوقی</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>حقیقی</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>انتقال بانکی</translation>
    </message>
    <message>
        <source>SEPA direct debit</source>
        <translation>برداشت مستقیم SEPA</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدی</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>کاغذی</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>فاکتور الکترونیکی</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Add customer %1</source>
        <translation>افزودن مشتری %1</translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>ویرایش مشتری %1</translation>
    </message>
    <message>
        <source>Archive customer %1</source>
        <translation>بایگانی مشتری %1</translation>
    </message>
    <message>
        <source>Restore customer %1</source>
        <translation>بازگردانی مشتری %1</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <source>No.</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>شخص رابط</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>شناسه مالیاتی</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>مهلت پرداخت (روز)</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>روش پرداخت</translation>
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
        <translation>شناسه مجوز برداشت</translation>
    </message>
    <message>
        <source>Mandate signed on</source>
        <translation>تاریخ امضای مجوز</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>روش ارسال ترجیحی</translation>
    </message>
    <message>
        <source>E-invoice endpoint</source>
        <translation>نشانی فاکتور الکترونیکی</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاریخ ایجاد</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not %3.</source>
        <translation>%1: «%2» %3 نیست.</translation>
    </message>
    <message>
        <source>%1: a customer&apos;s number cannot be changed.</source>
        <translation>%1: شماره مشتری قابل تغییر نیست.</translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation>تعداد روز معتبر</translation>
    </message>
    <message>
        <source>a date like 2026-03-31</source>
        <translation>تاریخی به شکل 2026-03-31</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>Customer %1 of %2: %3</source>
        <translation>مشتری %1 از %2: %3</translation>
    </message>
    <message>
        <source>The customer is not stored yet.</source>
        <translation>مشتری هنوز ذخیره نشده است.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not read the schema version: %1</source>
        <translation>خواندن نسخه طرح‌واره ممکن نشد: %1</translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>مهاجرت شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Updating the company file to schema %1 (%2) failed: %3</source>
        <translation>به‌روزرسانی پرونده شرکت به طرح‌واره %1 (%2) ناموفق بود: %3</translation>
    </message>
    <message>
        <source>The company file is not open.</source>
        <translation>پرونده شرکت باز نیست.</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>مشتری با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Customer &quot;%1&quot;: %2</source>
        <translation>مشتری «%1»: %2</translation>
    </message>
    <message>
        <source>SubDesk cannot open %1: %2</source>
        <translation>SubDesk نمی‌تواند %1 را باز کند: %2</translation>
    </message>
    <message>
        <source>it is a folder, not a company file.</source>
        <translation>این یک پوشه است، نه پرونده شرکت.</translation>
    </message>
    <message>
        <source>The company file %1 does not exist.</source>
        <translation>پرونده شرکت %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>%1 already exists; SubDesk will not overwrite it.</source>
        <translation>%1 از قبل وجود دارد؛ SubDesk آن را بازنویسی نمی‌کند.</translation>
    </message>
    <message>
        <source>its folder cannot be created.</source>
        <translation>ایجاد پوشه آن ممکن نیست.</translation>
    </message>
    <message>
        <source>you do not have permission to read it.</source>
        <translation>اجازه خواندن آن را ندارید.</translation>
    </message>
    <message>
        <source>the file is read-only. Make it writable, or copy it to a folder you can write to.</source>
        <translation>پرونده فقط‌خواندنی است. آن را قابل نوشتن کنید، یا در پوشه‌ای که اجازه نوشتن در آن را دارید رونوشت کنید.</translation>
    </message>
    <message>
        <source>it is not a SubDesk company file (not an SQLite database).</source>
        <translation>پرونده شرکت SubDesk نیست (پایگاه داده SQLite نیست).</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>درایور SQLite برای Qt نصب نشده است (بسته libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program, not a SubDesk company file.</source>
        <translation>پایگاه داده SQLite متعلق به برنامه دیگری است، نه پرونده شرکت SubDesk.</translation>
    </message>
    <message>
        <source>it was written by a newer SubDesk (schema %1; this version knows up to %2). Update SubDesk to open it.</source>
        <translation>با نسخه جدیدتری از SubDesk ذخیره شده است (طرح‌واره %1؛ این نسخه تا %2 را می‌شناسد). برای باز کردن آن، SubDesk را به‌روزرسانی کنید.</translation>
    </message>
    <message>
        <source>the file is damaged (%1). Open a backup copy instead.</source>
        <translation>پرونده آسیب دیده است (%1). به جای آن یک نسخه پشتیبان را باز کنید.</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its handle.</source>
        <translation>درایور SQLite دستگیره (handle) خود را در دسترس قرار نمی‌دهد.</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>سطر %1 از جدول %2 به سطری ناموجود در %3 ارجاع می‌دهد</translation>
    </message>
    <message>
        <source>Choose a different file for the copy.</source>
        <translation>برای رونوشت، پرونده دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>could not replace %1</source>
        <translation>جایگزینی %1 ممکن نشد</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>ذخیره رونوشت ممکن نشد: %1</translation>
    </message>
    <message>
        <source>The company file is in use by another program. Close it there and try again.</source>
        <translation>پرونده شرکت در حال استفاده توسط برنامه دیگری است. آن را در آن برنامه ببندید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The company file is read-only, so SubDesk cannot save changes.</source>
        <translation>پرونده شرکت فقط‌خواندنی است، بنابراین SubDesk نمی‌تواند تغییرات را ذخیره کند.</translation>
    </message>
    <message>
        <source>The company file is damaged (%1). Open a backup copy instead.</source>
        <translation>پرونده شرکت آسیب دیده است (%1). به جای آن یک نسخه پشتیبان را باز کنید.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved.</source>
        <translation>دیسک پر است: هیچ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>The company file could not be read or written (%1).</source>
        <translation>خواندن یا نوشتن پرونده شرکت ممکن نشد (%1).</translation>
    </message>
    <message>
        <source>The database refused the change (%1).</source>
        <translation>پایگاه داده تغییر را نپذیرفت (%1).</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>خطای پایگاه داده: %1</translation>
    </message>
    <message>
        <source>its folder is read-only, and SubDesk keeps a journal beside the file. Copy it to a folder you can write to.</source>
        <translation>پوشه آن فقط‌خواندنی است و SubDesk کنار پرونده یک دفترچه ثبت نگه می‌دارد. آن را به پوشه‌ای کپی کنید که بتوانید در آن بنویسید.</translation>
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
        <translation>مبالغ به %1 و %2 را نمی‌توان با هم ترکیب کرد.</translation>
    </message>
    <message>
        <source>Division by zero.</source>
        <translation>تقسیم بر صفر.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>مبلغ بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2 (expected e.g. %3).</source>
        <translation>«%1» مبلغ معتبری به %2 نیست (قالب مورد انتظار، مثلاً %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3).</source>
        <translation>تعداد ارقام اعشار «%1» بیش از حد مجاز برای %2 (%3) است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (expected e.g. %2).</source>
        <translation>«%1» مبلغ معتبری نیست (قالب مورد انتظار، مثلاً %2).</translation>
    </message>
    <message>
        <source>Nothing to split the amount over.</source>
        <translation>هیچ سهمی برای تقسیم مبلغ وجود ندارد.</translation>
    </message>
    <message>
        <source>A split weight is negative.</source>
        <translation>یکی از ضرایب تقسیم منفی است.</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>Tier %1 flat fee %2</source>
        <translation>هزینه ثابت پله %1: %2</translation>
    </message>
    <message>
        <source>Unit %1 × %2 = %3</source>
        <translation>واحد %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Units %1–%2 × %3 = %4</source>
        <translation>واحدهای %1–%2 × %3 = %4</translation>
    </message>
    <message>
        <source>Quantity %1 = %2</source>
        <translation>تعداد %1 = %2</translation>
    </message>
    <message>
        <source>Quantity %1 at tier %2 (%3) × %4 = %5</source>
        <translation>تعداد %1 در پله %2 (%3) × %4 = %5</translation>
    </message>
    <message>
        <source>Quantity %1 within %2 free units = %3</source>
        <translation>تعداد %1 در محدوده واحدهای رایگان (%2) = %3</translation>
    </message>
    <message>
        <source>Quantity %1 in packages of %2: %3 × %4 = %5</source>
        <translation>تعداد %1 در بسته‌های %2 واحدی: %3 × %4 = %5</translation>
    </message>
    <message>
        <source>Quantity %1 − %2 free = %3 in packages of %4: %5 × %6 = %7</source>
        <translation>تعداد %1 − %2 رایگان = %3 در بسته‌های %4 واحدی: %5 × %6 = %7</translation>
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
        <translation>قیمت ثابت (برای هر تعداد) = %1</translation>
    </message>
    <message>
        <source>Quantity %1 × %2 = %3</source>
        <translation>تعداد %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Flat: %1 %2</source>
        <translation>قیمت ثابت: %1 %2</translation>
    </message>
    <message>
        <source>Per unit: %1 %2 each</source>
        <translation>قیمت واحد: هر واحد %1 %2</translation>
    </message>
    <message>
        <source>%1 at %2 + %3 flat</source>
        <translation>%1 با قیمت واحد %2 + هزینه ثابت %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 با قیمت واحد %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Package: %1 %2 per package of %3, the first %4 units free</source>
        <translation>بسته‌ای: %1 %2 برای هر بسته %3 واحدی، %4 واحد اول رایگان</translation>
    </message>
    <message>
        <source>Package: %1 %2 per package of %3</source>
        <translation>بسته‌ای: %1 %2 برای هر بسته %3 واحدی</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>ثابت</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>به ازای هر واحد</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>پلکانی</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>حجمی</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>بسته‌ای</translation>
    </message>
    <message>
        <source>The quantity is %1; it must not be negative.</source>
        <translation>تعداد %1 است؛ تعداد نباید منفی باشد.</translation>
    </message>
    <message>
        <source>The price has no currency.</source>
        <translation>ارز قیمت مشخص نشده است.</translation>
    </message>
    <message>
        <source>The price %1 is negative.</source>
        <translation>قیمت %1 منفی است.</translation>
    </message>
    <message>
        <source>The package size is %1; a package must hold at least 1 unit.</source>
        <translation>اندازه بسته %1 است؛ هر بسته باید دست‌کم 1 واحد داشته باشد.</translation>
    </message>
    <message>
        <source>The number of free units is %1; it must not be negative.</source>
        <translation>تعداد واحدهای رایگان %1 است؛ این تعداد نباید منفی باشد.</translation>
    </message>
    <message>
        <source>A tiered price needs at least one tier.</source>
        <translation>قیمت پلکانی دست‌کم به یک پله نیاز دارد.</translation>
    </message>
    <message>
        <source>Tier %1 has no upper bound, but only the last tier may be unbounded.</source>
        <translation>پله %1 حد بالا ندارد، اما فقط آخرین پله می‌تواند بدون حد بالا باشد.</translation>
    </message>
    <message>
        <source>The last tier (tier %1) ends at %2; it must have no upper bound, so that every quantity has a price.</source>
        <translation>آخرین پله (پله %1) در %2 پایان می‌یابد؛ این پله نباید حد بالا داشته باشد تا هر تعدادی قیمت داشته باشد.</translation>
    </message>
    <message>
        <source>Tier 1 ends at %1; it must cover at least unit 1.</source>
        <translation>پله 1 در %1 پایان می‌یابد؛ این پله باید دست‌کم واحد 1 را در بر بگیرد.</translation>
    </message>
    <message>
        <source>Tier %1 ends at %2, which is not above the end of tier %3 (%4); upper bounds must strictly increase.</source>
        <translation>پله %1 در %2 پایان می‌یابد که بیشتر از پایان پله %3 (%4) نیست؛ حدهای بالا باید اکیداً صعودی باشند.</translation>
    </message>
    <message>
        <source>Tier %1 ends at %2, which leaves no units for the tiers after it.</source>
        <translation>پله %1 در %2 پایان می‌یابد و هیچ واحدی برای پله‌های بعدی باقی نمی‌گذارد.</translation>
    </message>
    <message>
        <source>Tier %1 has a negative unit price (%2).</source>
        <translation>قیمت واحد پله %1 منفی است (%2).</translation>
    </message>
    <message>
        <source>Tier %1 has a negative flat fee (%2).</source>
        <translation>هزینه ثابت پله %1 منفی است (%2).</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>طرح‌ها</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>اشتراک‌ها</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>فاکتورها</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A VAT ID starts with its two-letter country prefix (e.g. FI12345678).</source>
        <translation>شناسه مالیاتی با پیشوند دوحرفی کشور شروع می‌شود (مثلاً FI12345678).</translation>
    </message>
    <message>
        <source>Greek VAT IDs use the prefix EL, not GR.</source>
        <translation>شناسه‌های مالیاتی یونان پیشوند EL دارند، نه GR.</translation>
    </message>
    <message>
        <source>SubDesk does not know VAT IDs with the prefix %1.</source>
        <translation>SubDesk شناسه‌های مالیاتی با پیشوند %1 را نمی‌شناسد.</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 VAT ID (expected e.g. %3).</source>
        <translation>%1 شناسه مالیاتی معتبری برای %2 نیست (قالب مورد انتظار، مثلاً %3).</translation>
    </message>
    <message>
        <source>An IBAN starts with a two-letter country code and two check digits, then letters and digits.</source>
        <translation>IBAN با کد دوحرفی کشور و دو رقم کنترلی شروع می‌شود و پس از آن حروف و ارقام می‌آیند.</translation>
    </message>
    <message>
        <source>%1 does not use IBANs.</source>
        <translation>%1 از IBAN استفاده نمی‌کند.</translation>
    </message>
    <message>
        <source>An IBAN from %1 has %2 characters, this one has %3.</source>
        <translation>IBAN کشور %1 دارای %2 نویسه است، اما این یکی %3 نویسه دارد.</translation>
    </message>
    <message>
        <source>The IBAN&apos;s check digits do not match: a character is probably mistyped.</source>
        <translation>ارقام کنترلی IBAN مطابقت ندارند: احتمالاً یک نویسه اشتباه تایپ شده است.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 characters: bank code, country, location and optional branch (e.g. DEUTDEFF).</source>
        <translation>BIC دارای 8 یا 11 نویسه است: کد بانک، کشور، محل و در صورت نیاز شعبه (مثلاً DEUTDEFF).</translation>
    </message>
    <message>
        <source>The BIC&apos;s country code %1 is not a country.</source>
        <translation>کد کشور %1 در BIC به هیچ کشوری تعلق ندارد.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>نام الزامی است.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>نام بیش از %1 نویسه است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>«%1» نشانی ایمیل معتبری نیست.</translation>
    </message>
    <message>
        <source>Documents go out by e-mail, so an e-mail address is needed.</source>
        <translation>اسناد از طریق ایمیل ارسال می‌شوند، بنابراین نشانی ایمیل لازم است.</translation>
    </message>
    <message>
        <source>The country is required (it decides the VAT treatment).</source>
        <translation>کشور الزامی است (نحوه اعمال مالیات بر ارزش افزوده را تعیین می‌کند).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (e.g. FI, PL, IT).</source>
        <translation>«%1» کد کشور ISO 3166 نیست (مثلاً FI، PL، IT).</translation>
    </message>
    <message>
        <source>Documents go out on paper, so a street and a city are needed.</source>
        <translation>اسناد به صورت کاغذی ارسال می‌شوند، بنابراین خیابان و شهر لازم است.</translation>
    </message>
    <message>
        <source>The VAT ID is from %1 but the address is in %2.</source>
        <translation>شناسه مالیاتی متعلق به %1 است، اما نشانی در %2 است.</translation>
    </message>
    <message>
        <source>Documents can be written in %1; &quot;%2&quot; is not one of them.</source>
        <translation>اسناد را می‌توان به این زبان‌ها نوشت: %1؛ «%2» جزو آن‌ها نیست.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (e.g. EUR).</source>
        <translation>«%1» کد ارز ISO 4217 نیست (مثلاً EUR).</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and %1 days.</source>
        <translation>مهلت پرداخت باید بین 0 تا %1 روز باشد.</translation>
    </message>
    <message>
        <source>SEPA direct debit needs the customer&apos;s IBAN.</source>
        <translation>برداشت مستقیم SEPA به IBAN مشتری نیاز دارد.</translation>
    </message>
    <message>
        <source>A mandate reference has at most 35 characters: letters, digits, spaces and + ? / - : ( ) . , &apos;</source>
        <translation>شناسه مجوز برداشت حداکثر 35 نویسه دارد: حروف، ارقام، فاصله و + ? / - : ( ) . , &apos;</translation>
    </message>
    <message>
        <source>SEPA direct debit needs the mandate reference.</source>
        <translation>برداشت مستقیم SEPA به شناسه مجوز برداشت نیاز دارد.</translation>
    </message>
    <message>
        <source>SEPA direct debit needs the date the mandate was signed.</source>
        <translation>برداشت مستقیم SEPA به تاریخ امضای مجوز برداشت نیاز دارد.</translation>
    </message>
    <message>
        <source>The mandate&apos;s signature date is in the future.</source>
        <translation>تاریخ امضای مجوز برداشت در آینده است.</translation>
    </message>
    <message>
        <source>E-invoicing needs the customer&apos;s endpoint ID.</source>
        <translation>ارسال فاکتور الکترونیکی به نشانی فاکتور الکترونیکی مشتری نیاز دارد.</translation>
    </message>
    <message>
        <source>An endpoint ID is a four-digit scheme, a colon and the ID (e.g. 0088:5790000435968).</source>
        <translation>نشانی فاکتور الکترونیکی از یک کد طرح چهاررقمی، یک دونقطه و شناسه تشکیل می‌شود (مثلاً 0088:5790000435968).</translation>
    </message>
    <message>
        <source>A tag cannot contain a comma or semicolon: &quot;%1&quot;.</source>
        <translation>برچسب نمی‌تواند ویرگول یا نقطه‌ویرگول داشته باشد: «%1».</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Welcome to SubDesk. This new company file holds a demo company to look around in; start your own with File › New company.</source>
        <translation>به SubDesk خوش آمدید. این پرونده شرکت جدید یک شرکت نمونه برای آشنایی با برنامه دارد؛ شرکت خودتان را از پرونده › شرکت جدید شروع کنید.</translation>
    </message>
    <message>
        <source>Created the new, empty company file %1.</source>
        <translation>پرونده شرکت جدید و خالی %1 ساخته شد.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ColumnsMenu</name>
    <message>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>ستون‌های پیش‌فرض</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CountryComboBox</name>
    <message>
        <source>Code or name, e.g. FI or Finland</source>
        <translation>کد یا نام، مثلاً FI یا Finland</translation>
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
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <source>Edit customer — %1</source>
        <translation>ویرایش مشتری — %1</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>افزودن مشتری</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n highlighted field(s) to save.</source>
        <translation>
            <numerusform>برای ذخیره، %n فیلد مشخص‌شده را اصلاح کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what to fix</source>
        <translation>نمایش موارد نیازمند اصلاح</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerFilterBar</name>
    <message>
        <source>Search name, e-mail, VAT ID or city</source>
        <translation>جستجوی نام، ایمیل، شناسه مالیاتی یا شهر</translation>
    </message>
    <message>
        <source>Shows the customers whose name, e-mail, VAT ID or city contain every word typed</source>
        <translation>مشتریانی را نشان می‌دهد که نام، ایمیل، شناسه مالیاتی یا شهرشان همه واژه‌های تایپ‌شده را داشته باشد</translation>
    </message>
    <message>
        <source>Show one segment only</source>
        <translation>نمایش فقط یک بخش</translation>
    </message>
    <message>
        <source>Show customers with this tag only</source>
        <translation>نمایش فقط مشتریان دارای این برچسب</translation>
    </message>
    <message>
        <source>Show customers in this country only</source>
        <translation>نمایش فقط مشتریان این کشور</translation>
    </message>
    <message>
        <source>Active, archived or all customers</source>
        <translation>مشتریان فعال، بایگانی‌شده یا همه</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>همه وضعیت‌ها</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>همه بخش‌ها</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>همه برچسب‌ها</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>همه کشورها</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerForm</name>
    <message>
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>صورتحساب</translation>
    </message>
    <message>
        <source>Company or person, as it appears on invoices</source>
        <translation>شرکت یا شخص، همان‌طور که روی فاکتورها درج می‌شود</translation>
    </message>
    <message>
        <source>billing@example.com; several separated by commas or semicolons</source>
        <translation>billing@example.com؛ چند نشانی را با ویرگول یا نقطه‌ویرگول جدا کنید</translation>
    </message>
    <message>
        <source>e.g. SMB, Enterprise</source>
        <translation>مثلاً کسب‌وکار کوچک، سازمانی</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>برچسب‌ها را با ویرگول جدا کنید</translation>
    </message>
    <message>
        <source>Street and number; up to three lines</source>
        <translation>خیابان و پلاک؛ حداکثر سه سطر</translation>
    </message>
    <message>
        <source>State, province or county, where addresses use one</source>
        <translation>ایالت، استان یا شهرستان، در صورتی که در نشانی به کار رود</translation>
    </message>
    <message>
        <source>With country prefix, e.g. FI12345678</source>
        <translation>با پیشوند کشور، مثلاً FI12345678</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>زبان اسناد</translation>
    </message>
    <message>
        <source>SEPA direct debit mandate</source>
        <translation>مجوز برداشت مستقیم SEPA</translation>
    </message>
    <message>
        <source>e.g. FI21 1234 5600 0007 85</source>
        <translation>مثلاً FI21 1234 5600 0007 85</translation>
    </message>
    <message>
        <source>Scheme and ID, e.g. 0088:5790000435968</source>
        <translation>کد طرح و شناسه، مثلاً 0088:5790000435968</translation>
    </message>
    <message>
        <source>This page has fields to fix</source>
        <translation>این صفحه فیلدهایی دارد که باید اصلاح شوند</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>هنوز امضا نشده</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>وارد کردن مشتریان</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomersView</name>
    <message>
        <source>&amp;New customer…</source>
        <translation>مشتری &amp;جدید…</translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation>افزودن مشتری</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>&amp;ویرایش مشتری…</translation>
    </message>
    <message>
        <source>Edit the selected customer</source>
        <translation>ویرایش مشتری انتخاب‌شده</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>&amp;Archive customer</source>
        <translation>&amp;بایگانی مشتری</translation>
    </message>
    <message>
        <source>Archive the selected customer</source>
        <translation>بایگانی مشتری انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;وارد کردن مشتریان…</translation>
    </message>
    <message>
        <source>Add customers from a CSV file</source>
        <translation>افزودن مشتریان از پرونده CSV</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>E&amp;xport customers…</source>
        <translation>&amp;صدور مشتریان…</translation>
    </message>
    <message>
        <source>Save the customers shown as a CSV file</source>
        <translation>ذخیره مشتریان نمایش‌داده‌شده در یک پرونده CSV</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>صدور CSV</translation>
    </message>
    <message>
        <source>Find customers</source>
        <translation>جستجوی مشتریان</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>انتخاب ستون‌های قابل نمایش</translation>
    </message>
    <message>
        <source>&amp;Restore customer</source>
        <translation>&amp;بازگردانی مشتری</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>Make the selected customer active again</source>
        <translation>فعال کردن دوباره مشتری انتخاب‌شده</translation>
    </message>
    <message>
        <source>Archive the selected customer; archived customers are kept but hidden</source>
        <translation>بایگانی مشتری انتخاب‌شده؛ مشتریان بایگانی‌شده نگه داشته می‌شوند اما نمایش داده نمی‌شوند</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln customer(s)</source>
        <translation>
            <numerusform>نمایش %1 از %Ln مشتری</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers yet.
Add one with New or bring a list in with Import.</source>
        <translation>هنوز مشتری‌ای ثبت نشده است.
با «جدید» یک مشتری اضافه کنید یا با «وارد کردن» فهرستی از مشتریان را وارد کنید.</translation>
    </message>
    <message>
        <source>No customers match the search and filters.</source>
        <translation>هیچ مشتری‌ای با جستجو و فیلترها مطابقت ندارد.</translation>
    </message>
    <message>
        <source>Added %1. The current search or filters hide it.</source>
        <translation>%1 اضافه شد. جستجو یا فیلترهای فعلی آن را پنهان کرده‌اند.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 اضافه شد.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 بازگردانی شد.</translation>
    </message>
    <message>
        <source>Archived %1. Undo brings it back.</source>
        <translation>%1 بایگانی شد. با واگرد می‌توانید آن را بازگردانید.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln customer(s).</source>
        <translation>
            <numerusform>%Ln مشتری وارد شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>صدور مشتریان</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>پرونده‌های CSV (*.csv);;همه پرونده‌ها (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>%Ln مشتری به %1 صادر شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ImportCheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation>بررسی سطرها</translation>
    </message>
    <message>
        <source>Every row was checked with the same rules as the customer form. Nothing is stored until you choose Import.</source>
        <translation>هر سطر با همان قواعد فرم مشتری بررسی شد. تا زمانی که «وارد کردن» را انتخاب نکنید، چیزی ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <source>The customers are added in one step: all of them, or none if something goes wrong. An import cannot be undone with Edit › Undo; archive customers you do not want.</source>
        <translation>مشتریان در یک مرحله اضافه می‌شوند: همه آن‌ها، یا اگر مشکلی پیش بیاید هیچ‌کدام. ورود مشتریان را نمی‌توان با ویرایش › واگرد برگرداند؛ مشتریانی را که نمی‌خواهید بایگانی کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read.</source>
        <translation>
            <numerusform>%Ln سطر خوانده شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) ready to import.</source>
        <translation>
            <numerusform>%Ln مشتری آماده ورود است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems, listed below.</source>
        <translation>
            <numerusform>%Ln سطر دارای مشکل (فهرست در ادامه).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): these rows will be imported.</source>
        <translation>
            <numerusform>%Ln هشدار: این سطرها وارد خواهند شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>هشدار: %1</translation>
    </message>
    <message numerus="yes">
        <source>Import only the valid rows (%Ln customer(s)) and skip the others</source>
        <translation>
            <numerusform>فقط سطرهای معتبر (%Ln مشتری) وارد شوند و بقیه کنار گذاشته شوند</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ImportFilePage</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>انتخاب پرونده CSV</translation>
    </message>
    <message>
        <source>One customer per row, with a header row naming the columns. SubDesk&apos;s own export, spreadsheets saved as CSV and most accounting programs&apos; exports work.</source>
        <translation>هر سطر یک مشتری، همراه با یک سطر سرعنوان که نام ستون‌ها را مشخص می‌کند. خروجی خود SubDesk، صفحه‌گسترده‌هایی که با قالب CSV ذخیره شده‌اند و خروجی بیشتر نرم‌افزارهای حسابداری قابل استفاده‌اند.</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>مسیر پرونده‌ای که وارد می‌شود</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>تشخیص خودکار</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>ویرگول ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>نقطه‌ویرگول ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (اروپای غربی)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>جداکننده</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>کدگذاری</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>وارد کردن مشتریان</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>پرونده‌های CSV (*.csv *.txt);;همه پرونده‌ها (*)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>تطبیق ستون‌ها</translation>
    </message>
    <message>
        <source>Choose which customer field each column of the file fills. SubDesk guessed from the column names; columns set to Ignore are skipped.</source>
        <translation>مشخص کنید هر ستون پرونده کدام فیلد مشتری را پر کند. SubDesk بر اساس نام ستون‌ها حدس زده است؛ ستون‌هایی که روی «نادیده گرفتن» تنظیم شده‌اند کنار گذاشته می‌شوند.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ستون در پرونده</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>مقادیر نمونه</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>فیلد مقصد</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer&apos;s name.</source>
        <translation>ستونی را که نام مشتری در آن است انتخاب کنید.</translation>
    </message>
    <message>
        <source>Only one column can fill &quot;%1&quot;.</source>
        <translation>فقط یک ستون می‌تواند «%1» را پر کند.</translation>
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
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>شرکت &amp;جدید…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;باز کردن…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>ذخیره &amp;رونوشت…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;About SubDesk</source>
        <translation>&amp;درباره SubDesk</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 از قبل باز است.</translation>
    </message>
    <message>
        <source>Created the company %1.</source>
        <translation>شرکت %1 ایجاد شد.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 باز شد.</translation>
    </message>
    <message>
        <source>SubDesk — %1</source>
        <translation>SubDesk — %1</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>شرکت جدید</translation>
    </message>
    <message>
        <source>Open company</source>
        <translation>باز کردن شرکت</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>رونوشت %1</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>ذخیره رونوشت</translation>
    </message>
    <message>
        <source>Copy saved to %1.</source>
        <translation>رونوشت در %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>About SubDesk</source>
        <translation>درباره SubDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SubDesk %1&lt;/h3&gt;&lt;p&gt;Subscription billing for small businesses.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SubDesk %1&lt;/h3&gt;&lt;p&gt;صدور صورتحساب اشتراک برای کسب‌وکارهای کوچک.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Company file:&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;پرونده شرکت:&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;ساخته‌شده با Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>بستن پیام</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RecentFilesMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>پرونده‌های &amp;اخیر</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent company files</source>
        <translation>پرونده شرکت اخیری وجود ندارد</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;پاک کردن فهرست</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>راه‌اندازی مجدد</translation>
    </message>
    <message>
        <source>Close SubDesk and start it again with the chosen language</source>
        <translation>بستن SubDesk و اجرای دوباره آن با زبان انتخاب‌شده</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>زبان رابط کاربری</translation>
    </message>
    <message>
        <source>Company file</source>
        <translation>پرونده شرکت</translation>
    </message>
    <message>
        <source>%1 (the current one)</source>
        <translation>%1 (نسخه فعلی)</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>بررسی پایگاه داده</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s integrity and foreign key checks on the company file</source>
        <translation>اجرای بررسی‌های یکپارچگی و کلید خارجی SQLite روی پرونده شرکت</translation>
    </message>
    <message>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>نسخه طرح‌واره</translation>
    </message>
    <message>
        <source>SubDesk will use %1 from its next start.</source>
        <translation>SubDesk از اجرای بعدی، %1 را به کار می‌برد.</translation>
    </message>
    <message>
        <source>The language applies from the next start of SubDesk.</source>
        <translation>زبان از اجرای بعدی SubDesk اعمال می‌شود.</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>اجرای بررسی ممکن نشد: %1</translation>
    </message>
    <message>
        <source>The company file is sound: the integrity check found no problems.</source>
        <translation>پرونده شرکت سالم است: بررسی یکپارچگی هیچ مشکلی پیدا نکرد.</translation>
    </message>
    <message numerus="yes">
        <source>The integrity check found %Ln problem(s): %1. Open a backup copy, or keep this file for support.</source>
        <translation>
            <numerusform>بررسی یکپارچگی %Ln مشکل پیدا کرد: %1. یک نسخه پشتیبان را باز کنید، یا این پرونده را برای پشتیبانی نگه دارید.</numerusform>
        </translation>
    </message>
    <message>
        <source>SubDesk could not be started again. Close it and start it yourself.</source>
        <translation>اجرای دوباره SubDesk ممکن نشد. آن را ببندید و خودتان دوباره اجرا کنید.</translation>
    </message>
</context>
</TS>
