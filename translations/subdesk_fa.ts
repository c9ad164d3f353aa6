<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AddOn</name>
    <message>
        <source>Recurring</source>
        <translation>تکرارشونده</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>یک‌بار</translation>
    </message>
    <message>
        <source>add-on</source>
        <translation>افزونه</translation>
    </message>
    <message>
        <source>The add-on %1 needs a name.</source>
        <translation>افزونه %1 باید نام داشته باشد.</translation>
    </message>
</context>
<context>
    <name>AgingReport</name>
    <message>
        <source>Current</source>
        <translation>جاری</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1 تا 30 روز</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31 تا 60 روز</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61 تا 90 روز</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>بیش از 90 روز</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن در %1 ممکن نیست: %2</translation>
    </message>
</context>
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
    <name>BillingEngine</name>
    <message>
        <source>its plan</source>
        <translation>طرح آن</translation>
    </message>
    <message>
        <source>its plan&apos;s price</source>
        <translation>قیمت طرح آن</translation>
    </message>
    <message>
        <source>an add-on or its price</source>
        <translation>یک افزونه یا قیمت آن</translation>
    </message>
    <message>
        <source>a one-time add-on or its price</source>
        <translation>یک افزونه یک‌باره یا قیمت آن</translation>
    </message>
    <message>
        <source>a metered charge or its price</source>
        <translation>یک هزینه مصرفی یا قیمت آن</translation>
    </message>
</context>
<context>
    <name>BillingItem</name>
    <message>
        <source>Plan</source>
        <translation>طرح</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>افزونه</translation>
    </message>
    <message>
        <source>One-time charge</source>
        <translation>هزینه یک‌باره</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>هزینه راه‌اندازی</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>مصرف</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>Credit for unused time</source>
        <translation>بستانکاری بابت زمان استفاده‌نشده</translation>
    </message>
    <message>
        <source>Charge for remaining time</source>
        <translation>هزینه زمان باقی‌مانده</translation>
    </message>
    <message>
        <source>Credit on cancellation</source>
        <translation>بستانکاری هنگام لغو</translation>
    </message>
</context>
<context>
    <name>BillingRunner</name>
    <message>
        <source>The billing run was cancelled; nothing was written.</source>
        <translation>اجرای صورتحساب لغو شد؛ هیچ چیزی ثبت نشد.</translation>
    </message>
    <message>
        <source>The billing date is not valid.</source>
        <translation>تاریخ صورتحساب معتبر نیست.</translation>
    </message>
    <message>
        <source>Subscription %1: %2</source>
        <translation>اشتراک %1: %2</translation>
    </message>
    <message>
        <source>Billing can run as of today (%1) at the latest; preview a later date instead.</source>
        <translation>صورتحساب را حداکثر تا امروز (%1) می‌توان اجرا کرد؛ برای تاریخ‌های بعدی از پیش‌نمایش استفاده کنید.</translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>The add-on does not exist.</source>
        <translation>افزونه وجود ندارد.</translation>
    </message>
    <message>
        <source>A recurring price needs a billing interval.</source>
        <translation>قیمت تکرارشونده به بازه صورتحساب نیاز دارد.</translation>
    </message>
    <message>
        <source>One-time and metered prices have no billing interval: they follow the subscription&apos;s periods.</source>
        <translation>قیمت‌های یک‌باره و مصرفی بازه صورتحساب ندارند: از دوره‌های اشتراک پیروی می‌کنند.</translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation>محصول باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>The plan&apos;s product does not exist.</source>
        <translation>محصول طرح وجود ندارد.</translation>
    </message>
    <message>
        <source>An allowed add-on does not exist.</source>
        <translation>یکی از افزونه‌های مجاز وجود ندارد.</translation>
    </message>
    <message>
        <source>The plan does not exist.</source>
        <translation>طرح وجود ندارد.</translation>
    </message>
    <message>
        <source>The metered charge does not exist.</source>
        <translation>هزینه مصرفی وجود ندارد.</translation>
    </message>
    <message>
        <source>The new price was not stored.</source>
        <translation>قیمت جدید ذخیره نشد.</translation>
    </message>
    <message>
        <source>The price does not exist.</source>
        <translation>قیمت وجود ندارد.</translation>
    </message>
    <message>
        <source>The new version needs the date it takes effect.</source>
        <translation>نسخه جدید به تاریخ اجرا نیاز دارد.</translation>
    </message>
    <message>
        <source>A new version must take effect after the current one (%1).</source>
        <translation>نسخه جدید باید پس از نسخه فعلی (%1) اجرا شود.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>million %1</source>
        <translation>%1 میلیون</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>%1 هزار</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: subdesk-cli [--db PATH] [--lang CODE] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>نحوه استفاده: subdesk-cli [--db PATH] [--lang CODE] COMMAND [ARGUMENTS] [OPTIONS]</translation>
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
    <message>
        <source>Add-on %1</source>
        <translation>افزونه %1</translation>
    </message>
    <message>
        <source>--interval does not apply to a one-time add-on: it is billed once.</source>
        <translation>--interval برای افزونه یک‌باره کاربرد ندارد: این افزونه فقط یک بار صورتحساب می‌شود.</translation>
    </message>
    <message>
        <source>No add-ons found.</source>
        <translation>هیچ افزونه‌ای یافت نشد.</translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation>قیمت‌ها:</translation>
    </message>
    <message>
        <source>An add-on with the code %1 already exists.</source>
        <translation>افزونه‌ای با کد %1 از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>Add-on %1 added.</source>
        <translation>افزونه %1 اضافه شد.</translation>
    </message>
    <message>
        <source>Nothing to change: give --name or --description.</source>
        <translation>تغییری مشخص نشده است: --name یا --description را بدهید.</translation>
    </message>
    <message>
        <source>Add-on %1 updated.</source>
        <translation>افزونه %1 به‌روزرسانی شد.</translation>
    </message>
    <message>
        <source>Add-on %1 archived.</source>
        <translation>افزونه %1 بایگانی شد.</translation>
    </message>
    <message>
        <source>Add-on %1 restored.</source>
        <translation>افزونه %1 بازگردانی شد.</translation>
    </message>
    <message>
        <source>Price added to add-on %1: %2, %3.</source>
        <translation>قیمت به افزونه %1 اضافه شد: %2، %3.</translation>
    </message>
    <message>
        <source>Metered charge %1 of plan %2</source>
        <translation>هزینه مصرفی %1 از طرح %2</translation>
    </message>
    <message>
        <source>No metered charges found.</source>
        <translation>هیچ هزینه مصرفی‌ای یافت نشد.</translation>
    </message>
    <message>
        <source>Plan %1 already has a metered charge &quot;%2&quot;.</source>
        <translation>طرح %1 از قبل هزینه مصرفی «%2» دارد.</translation>
    </message>
    <message>
        <source>Metered charge %1 added to plan %2.</source>
        <translation>هزینه مصرفی %1 به طرح %2 اضافه شد.</translation>
    </message>
    <message>
        <source>Price added to %1: %2, %3.</source>
        <translation>قیمت به %1 اضافه شد: %2، %3.</translation>
    </message>
    <message>
        <source>The plan (required).</source>
        <translation>طرح (الزامی).</translation>
    </message>
    <message>
        <source>The metric code, e.g. api_calls (required).</source>
        <translation>کد سنجه، مثلاً api_calls (الزامی).</translation>
    </message>
    <message>
        <source>The price&apos;s currency (needed when there are several).</source>
        <translation>ارز قیمت (وقتی چند قیمت وجود دارد لازم است).</translation>
    </message>
    <message>
        <source>The price&apos;s interval (needed when there are several).</source>
        <translation>بازه قیمت (وقتی چند قیمت وجود دارد لازم است).</translation>
    </message>
    <message>
        <source>The day the new version takes effect (required).</source>
        <translation>روزی که نسخه جدید اجرا می‌شود (الزامی).</translation>
    </message>
    <message>
        <source>Upper-case letters, digits, - and _ (required).</source>
        <translation>حروف بزرگ، ارقام، - و _ (الزامی).</translation>
    </message>
    <message>
        <source>The name (required).</source>
        <translation>نام (الزامی).</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>توضیحات.</translation>
    </message>
    <message>
        <source>Billed every period or once (default recurring).</source>
        <translation>صورتحساب در هر دوره یا یک بار (پیش‌فرض recurring).</translation>
    </message>
    <message>
        <source>Lists add-ons with their current prices.</source>
        <translation>فهرست افزونه‌ها را با قیمت‌های فعلی‌شان نمایش می‌دهد.</translation>
    </message>
    <message>
        <source>Shows an add-on with every price version.</source>
        <translation>یک افزونه را با همه نسخه‌های قیمت آن نمایش می‌دهد.</translation>
    </message>
    <message>
        <source>Adds an add-on. --code and --name are required; price flags add its first price (recurring: with --interval; one-time: without).</source>
        <translation>یک افزونه اضافه می‌کند. --code و --name الزامی‌اند؛ گزینه‌های قیمت، نخستین قیمت آن را اضافه می‌کنند (تکرارشونده: با --interval؛ یک‌باره: بدون آن).</translation>
    </message>
    <message>
        <source>Changes an add-on&apos;s name or description.</source>
        <translation>نام یا توضیحات یک افزونه را تغییر می‌دهد.</translation>
    </message>
    <message>
        <source>Archives an add-on: not offered any more; subscriptions keep it.</source>
        <translation>افزونه را بایگانی می‌کند: دیگر عرضه نمی‌شود، اما اشتراک‌ها آن را نگه می‌دارند.</translation>
    </message>
    <message>
        <source>Makes an archived add-on available again.</source>
        <translation>افزونه بایگانی‌شده را دوباره در دسترس قرار می‌دهد.</translation>
    </message>
    <message>
        <source>Adds a price in another currency or interval to an add-on.</source>
        <translation>قیمتی به ارز یا بازه دیگر به یک افزونه اضافه می‌کند.</translation>
    </message>
    <message>
        <source>Adds a new version of an add-on&apos;s price from a date.</source>
        <translation>نسخه جدیدی از قیمت یک افزونه را از یک تاریخ اضافه می‌کند.</translation>
    </message>
    <message>
        <source>What documents call it, e.g. &quot;API calls&quot; (required).</source>
        <translation>نامی که در اسناد درج می‌شود، مثلاً &quot;API calls&quot; (الزامی).</translation>
    </message>
    <message>
        <source>How a period&apos;s readings become one quantity (default sum).</source>
        <translation>نحوه تبدیل قرائت‌های یک دوره به یک تعداد (پیش‌فرض sum).</translation>
    </message>
    <message>
        <source>Lists the metered charges of every plan, or of one.</source>
        <translation>هزینه‌های مصرفی همه طرح‌ها یا یک طرح را فهرست می‌کند.</translation>
    </message>
    <message>
        <source>Only this plan.</source>
        <translation>فقط این طرح.</translation>
    </message>
    <message>
        <source>Adds a usage-based charge to a plan, billed in arrears; price flags add its first price.</source>
        <translation>یک هزینه مبتنی بر مصرف به طرح اضافه می‌کند که در پایان دوره صورتحساب می‌شود؛ گزینه‌های قیمت، نخستین قیمت آن را اضافه می‌کنند.</translation>
    </message>
    <message>
        <source>Adds a price in another currency to a metered charge.</source>
        <translation>قیمتی به ارز دیگر به یک هزینه مصرفی اضافه می‌کند.</translation>
    </message>
    <message>
        <source>Adds a new version of a metered charge&apos;s price from a date.</source>
        <translation>نسخه جدیدی از قیمت یک هزینه مصرفی را از یک تاریخ اضافه می‌کند.</translation>
    </message>
    <message>
        <source>--customer: &quot;%1&quot; is not a customer number.</source>
        <translation>--customer: «%1» شماره مشتری معتبری نیست.</translation>
    </message>
    <message>
        <source>--customer works only with --preview: a billing run bills every customer.</source>
        <translation>--customer فقط همراه با --preview کار می‌کند: اجرای صورتحساب برای همه مشتریان صورتحساب صادر می‌کند.</translation>
    </message>
    <message>
        <source>Bills everything due on or before a day that is not billed yet, one document per customer, in one transaction; running it again bills nothing twice.</source>
        <translation>هر آنچه را تا یک روز معین سررسید شده و هنوز صورتحساب نشده است، در یک تراکنش و با یک سند برای هر مشتری صورتحساب می‌کند؛ اجرای دوباره هیچ چیزی را دو بار صورتحساب نمی‌کند.</translation>
    </message>
    <message>
        <source>Bill what is due on or before this day (default: today).</source>
        <translation>صورتحساب هر آنچه تا این روز سررسید شده است (پیش‌فرض: امروز).</translation>
    </message>
    <message>
        <source>Show the documents the run would write; write nothing.</source>
        <translation>نمایش اسنادی که اجرا ثبت می‌کرد، بدون ثبت هیچ چیز.</translation>
    </message>
    <message>
        <source>With --preview: only this customer.</source>
        <translation>همراه با --preview: فقط این مشتری.</translation>
    </message>
    <message>
        <source>%1, %2, customer %3</source>
        <translation>%1، %2، مشتری %3</translation>
    </message>
    <message>
        <source>Total %1, credit applied %2, due %3</source>
        <translation>جمع %1، اعتبار اعمال‌شده %2، قابل پرداخت %3</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Derivation</source>
        <translation>نحوه محاسبه</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to bill as of %1 (%n subscription(s) checked).</source>
        <translation>
            <numerusform>تا %1 چیزی برای صورتحساب وجود ندارد (%n اشتراک بررسی شد).</numerusform>
        </translation>
    </message>
    <message>
        <source>Billing preview as of %1: nothing was written.</source>
        <translation>پیش‌نمایش صورتحساب تا %1: هیچ چیزی ثبت نشد.</translation>
    </message>
    <message>
        <source>Billing run as of %1.</source>
        <translation>اجرای صورتحساب تا %1.</translation>
    </message>
    <message>
        <source>Subscription %1: %2 on %3.</source>
        <translation>اشتراک %1: %2 در %3.</translation>
    </message>
    <message>
        <source>Invoices: %1, credit notes: %2, lines: %3, subscriptions checked: %4.</source>
        <translation>فاکتورها: %1، اعلامیه‌های بستانکاری: %2، ردیف‌ها: %3، اشتراک‌های بررسی‌شده: %4.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>از %1: %2</translation>
    </message>
    <message>
        <source>, setup fee %1</source>
        <translation>، هزینه راه‌اندازی %1</translation>
    </message>
    <message>
        <source>(no price)</source>
        <translation>(بدون قیمت)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <source>Trial days</source>
        <translation>روزهای آزمایشی</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>قیمت‌ها</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>ویژگی‌ها</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>افزونه‌ها</translation>
    </message>
    <message>
        <source>Metered charges:</source>
        <translation>هزینه‌های مصرفی:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>طرح</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>سنجه</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>نحوه تجمیع</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>تخفیف %1</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n دوره</numerusform>
        </translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>طرح‌ها</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>انقضا</translation>
    </message>
    <message>
        <source>all</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ‌کدام</translation>
    </message>
    <message>
        <source>Redemption limit</source>
        <translation>سقف استفاده</translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation>دفعات استفاده</translation>
    </message>
    <message>
        <source>Recurring discount</source>
        <translation>تخفیف تکرارشونده</translation>
    </message>
    <message>
        <source>%1 × %2 (%3, price from %4)</source>
        <translation>%1 × %2 (%3، قیمت از %4)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Setup fee, once: %1</source>
        <translation>هزینه راه‌اندازی، یک بار: %1</translation>
    </message>
    <message>
        <source>Which entries (default: active).</source>
        <translation>کدام موارد (پیش‌فرض: active).</translation>
    </message>
    <message>
        <source>The plan&apos;s name.</source>
        <translation>نام طرح.</translation>
    </message>
    <message>
        <source>The product it belongs to; created when no product has this name.</source>
        <translation>محصولی که طرح به آن تعلق دارد؛ اگر محصولی با این نام وجود نداشته باشد ایجاد می‌شود.</translation>
    </message>
    <message>
        <source>A feature line, e.g. &quot;5 users&quot;; repeated flags replace the list.</source>
        <translation>یک سطر ویژگی، مثلاً &quot;5 users&quot;؛ تکرار این گزینه کل فهرست را جایگزین می‌کند.</translation>
    </message>
    <message>
        <source>Free trial days a new subscription gets (0 to %1, default 0).</source>
        <translation>تعداد روزهای آزمایشی رایگان برای اشتراک جدید (0 تا %1، پیش‌فرض 0).</translation>
    </message>
    <message>
        <source>Billing periods of a fixed term (0, the default: runs until cancelled).</source>
        <translation>تعداد دوره‌های صورتحساب در مدت ثابت (0، پیش‌فرض: تا زمان لغو ادامه دارد).</translation>
    </message>
    <message>
        <source>What happens when a fixed term ends (default renew).</source>
        <translation>آنچه در پایان مدت ثابت رخ می‌دهد (پیش‌فرض renew).</translation>
    </message>
    <message>
        <source>An add-on subscriptions to the plan may have; repeated flags make the set.</source>
        <translation>افزونه‌ای که اشتراک‌های این طرح می‌توانند داشته باشند؛ تکرار این گزینه مجموعه را می‌سازد.</translation>
    </message>
    <message>
        <source>Remove every feature line (before --feature).</source>
        <translation>حذف همه سطرهای ویژگی (پیش از اعمال --feature).</translation>
    </message>
    <message>
        <source>Allow no add-ons (before --addon).</source>
        <translation>هیچ افزونه‌ای مجاز نباشد (پیش از اعمال --addon).</translation>
    </message>
    <message>
        <source>--product needs the product&apos;s name.</source>
        <translation>--product به نام محصول نیاز دارد.</translation>
    </message>
    <message>
        <source>What the clerk and the customer read, e.g. &quot;Spring sale&quot;.</source>
        <translation>آنچه کارمند و مشتری می‌خوانند، مثلاً &quot;Spring sale&quot;.</translation>
    </message>
    <message>
        <source>A percentage off, e.g. 25 or 12.5.</source>
        <translation>درصد تخفیف، مثلاً 25 یا 12.5.</translation>
    </message>
    <message>
        <source>A fixed amount off, e.g. 10.00 (with --currency).</source>
        <translation>مبلغ ثابت تخفیف، مثلاً 10.00 (همراه با --currency).</translation>
    </message>
    <message>
        <source>Currency of --amount.</source>
        <translation>ارز --amount.</translation>
    </message>
    <message>
        <source>How long it applies (default once; --periods implies repeating).</source>
        <translation>مدت اعمال (پیش‌فرض once؛ --periods یعنی repeating).</translation>
    </message>
    <message>
        <source>repeating: how many billed periods.</source>
        <translation>repeating: تعداد دوره‌های صورتحساب‌شده.</translation>
    </message>
    <message>
        <source>Limit it to a plan; repeated flags make the set (default: every plan).</source>
        <translation>محدود کردن به یک طرح؛ تکرار این گزینه مجموعه را می‌سازد (پیش‌فرض: همه طرح‌ها).</translation>
    </message>
    <message>
        <source>How many redemptions in total; empty: no limit.</source>
        <translation>تعداد کل دفعات استفاده؛ مقدار خالی: بدون سقف.</translation>
    </message>
    <message>
        <source>How many redemptions in total (default: no limit).</source>
        <translation>تعداد کل دفعات استفاده (پیش‌فرض: بدون سقف).</translation>
    </message>
    <message>
        <source>Refused for redemptions on or after this day; empty: never.</source>
        <translation>استفاده در این روز یا پس از آن پذیرفته نمی‌شود؛ مقدار خالی: هرگز.</translation>
    </message>
    <message>
        <source>Refused for redemptions on or after this day.</source>
        <translation>استفاده در این روز یا پس از آن پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <source>Let it apply to every plan (before --plan).</source>
        <translation>اعمال روی همه طرح‌ها (پیش از اعمال --plan).</translation>
    </message>
    <message>
        <source>Give either --percent or --amount, not both.</source>
        <translation>یا --percent یا --amount را بدهید، نه هر دو.</translation>
    </message>
    <message>
        <source>--percent must be a percentage such as 25 or 12.5, not &quot;%1&quot;.</source>
        <translation>مقدار --percent باید درصدی مانند 25 یا 12.5 باشد، نه «%1».</translation>
    </message>
    <message>
        <source>--amount needs --currency.</source>
        <translation>--amount به --currency نیاز دارد.</translation>
    </message>
    <message>
        <source>--currency needs --amount.</source>
        <translation>--currency به --amount نیاز دارد.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 refused (invalid data, no such customer, plan or subscription, a file SubDesk cannot open), 2 wrong usage.</source>
        <translation>وضعیت خروج: 0 موفق، 1 رد شده (داده نامعتبر، مشتری، طرح یا اشتراک ناموجود، پرونده‌ای که SubDesk نمی‌تواند باز کند)، 2 استفاده نادرست.</translation>
    </message>
    <message>
        <source>Show the events and documents it would write; write nothing.</source>
        <translation>نمایش رویدادها و اسنادی که ثبت می‌شد، بدون ثبت هیچ چیز.</translation>
    </message>
    <message>
        <source>A note kept with the subscription&apos;s event.</source>
        <translation>یادداشتی که همراه رویداد اشتراک نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>مقدار --%1 باید تاریخی به شکل YYYY-MM-DD باشد، نه «%2».</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>مقدار --%1 باید عددی صحیح و دست‌کم %2 باشد، نه «%3».</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>مقدار --%1 باید عددی صحیح از %2 تا %3 باشد، نه «%4».</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an ISO 4217 currency code such as EUR.</source>
        <translation>--%1: «%2» کد ارز ISO 4217 مانند EUR نیست.</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>مقدار --%1 باید یکی از %2 باشد، نه «%3».</translation>
    </message>
    <message>
        <source>There is no plan &quot;%1&quot;.</source>
        <translation>طرح «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no add-on &quot;%1&quot;.</source>
        <translation>افزونه «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no coupon &quot;%1&quot;.</source>
        <translation>کوپن «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>Plan %1 has no metered charge &quot;%2&quot;.</source>
        <translation>طرح %1 هزینه مصرفی «%2» ندارد.</translation>
    </message>
    <message>
        <source>No coupons found.</source>
        <translation>هیچ کوپنی یافت نشد.</translation>
    </message>
    <message>
        <source>Give --percent or --amount: what the coupon takes off.</source>
        <translation>--percent یا --amount را بدهید: مقداری که کوپن کسر می‌کند.</translation>
    </message>
    <message>
        <source>A coupon with the code %1 already exists.</source>
        <translation>کوپنی با کد %1 از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>Coupon %1 added.</source>
        <translation>کوپن %1 اضافه شد.</translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to set, e.g. --expires DATE.</source>
        <translation>تغییری مشخص نشده است: فیلدهای موردنظر را تعیین کنید، مثلاً --expires DATE.</translation>
    </message>
    <message>
        <source>Coupon %1 updated.</source>
        <translation>کوپن %1 به‌روزرسانی شد.</translation>
    </message>
    <message>
        <source>Upper-case letters, digits, - and _, e.g. SPRING25 (required).</source>
        <translation>حروف بزرگ، ارقام، - و _، مثلاً SPRING25 (الزامی).</translation>
    </message>
    <message>
        <source>Lists coupons; --json adds how often each was redeemed.</source>
        <translation>کوپن‌ها را فهرست می‌کند؛ --json تعداد دفعات استفاده از هر کوپن را هم اضافه می‌کند.</translation>
    </message>
    <message>
        <source>Shows a coupon and how often it was redeemed.</source>
        <translation>یک کوپن و تعداد دفعات استفاده از آن را نمایش می‌دهد.</translation>
    </message>
    <message>
        <source>Adds a coupon. --code, --name and --percent or --amount with --currency are required.</source>
        <translation>یک کوپن اضافه می‌کند. --code، --name و --percent یا --amount همراه با --currency الزامی‌اند.</translation>
    </message>
    <message>
        <source>Changes the given fields of a coupon. To retire a coupon, give it an expiry date (--expires) or a limit.</source>
        <translation>فیلدهای مشخص‌شده یک کوپن را تغییر می‌دهد. برای کنار گذاشتن یک کوپن، برای آن تاریخ انقضا (--expires) یا سقف استفاده تعیین کنید.</translation>
    </message>
    <message>
        <source>%1 already has a catalog; the demo company goes only into an empty company file. Choose another file with --db, or add only customers with --customers-only.</source>
        <translation>%1 از قبل کاتالوگ دارد؛ شرکت نمونه فقط به پرونده شرکت خالی افزوده می‌شود. با --db پرونده دیگری انتخاب کنید، یا با --customers-only فقط مشتریان را اضافه کنید.</translation>
    </message>
    <message>
        <source>Only the customers: no catalog, subscriptions or history.</source>
        <translation>فقط مشتریان: بدون کاتالوگ، اشتراک یا سابقه.</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>طرح %1</translation>
    </message>
    <message>
        <source>No plans found.</source>
        <translation>هیچ طرحی یافت نشد.</translation>
    </message>
    <message>
        <source>A plan with the code %1 already exists.</source>
        <translation>طرحی با کد %1 از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>Plan %1 added.</source>
        <translation>طرح %1 اضافه شد.</translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to set, e.g. --name TEXT.</source>
        <translation>تغییری مشخص نشده است: فیلدهای موردنظر را تعیین کنید، مثلاً --name TEXT.</translation>
    </message>
    <message>
        <source>Plan %1 updated.</source>
        <translation>طرح %1 به‌روزرسانی شد.</translation>
    </message>
    <message>
        <source>Plan %1 is already archived.</source>
        <translation>طرح %1 از قبل بایگانی شده است.</translation>
    </message>
    <message>
        <source>Plan %1 is already active.</source>
        <translation>طرح %1 از قبل فعال است.</translation>
    </message>
    <message>
        <source>Plan %1 archived: no new subscriptions; existing ones continue.</source>
        <translation>طرح %1 بایگانی شد: اشتراک جدیدی نمی‌پذیرد؛ اشتراک‌های موجود ادامه می‌یابند.</translation>
    </message>
    <message>
        <source>Plan %1 restored.</source>
        <translation>طرح %1 بازگردانی شد.</translation>
    </message>
    <message>
        <source>Price added to plan %1: %2, %3.</source>
        <translation>قیمت به طرح %1 اضافه شد: %2، %3.</translation>
    </message>
    <message>
        <source>--subscription: &quot;%1&quot; is not a subscription number.</source>
        <translation>--subscription: «%1» شماره اشتراک معتبری نیست.</translation>
    </message>
    <message>
        <source>Subscriptions moved to the price of plan %1 (%2) from %3, as of their first period from %4: %5.</source>
        <translation>تعداد اشتراک‌های منتقل‌شده به قیمت طرح %1 (%2) از %3، از نخستین دوره آن‌ها که از %4 شروع می‌شود: %5.</translation>
    </message>
    <message>
        <source>The price of plan %1 (%2) starts on %3, after %4.</source>
        <translation>قیمت طرح %1 (%2) از %3 شروع می‌شود، که پس از %4 است.</translation>
    </message>
    <message>
        <source>The price&apos;s currency (needed when the plan has several).</source>
        <translation>ارز قیمت (وقتی طرح چند قیمت دارد لازم است).</translation>
    </message>
    <message>
        <source>The price&apos;s billing interval (needed when the plan has several).</source>
        <translation>بازه صورتحساب قیمت (وقتی طرح چند قیمت دارد لازم است).</translation>
    </message>
    <message>
        <source>Upper-case letters, digits, - and _, e.g. PRO-M (required).</source>
        <translation>حروف بزرگ، ارقام، - و _، مثلاً PRO-M (الزامی).</translation>
    </message>
    <message>
        <source>Setup fee of the new version (default: as before).</source>
        <translation>هزینه راه‌اندازی نسخه جدید (پیش‌فرض: مانند قبل).</translation>
    </message>
    <message>
        <source>Move them from their first period starting on or after this day (required).</source>
        <translation>انتقال آن‌ها از نخستین دوره‌شان که در این روز یا پس از آن شروع می‌شود (الزامی).</translation>
    </message>
    <message>
        <source>Only this subscription (default: every one on an older version).</source>
        <translation>فقط این اشتراک (پیش‌فرض: همه اشتراک‌هایی که روی نسخه قدیمی‌تر هستند).</translation>
    </message>
    <message>
        <source>Units for one period (required).</source>
        <translation>تعداد واحدها برای یک دوره (الزامی).</translation>
    </message>
    <message>
        <source>Use the price version in effect on this day (default: today).</source>
        <translation>استفاده از نسخه قیمتی که در این روز معتبر است (پیش‌فرض: امروز).</translation>
    </message>
    <message>
        <source>Lists plans with their current prices.</source>
        <translation>طرح‌ها را با قیمت‌های فعلی‌شان فهرست می‌کند.</translation>
    </message>
    <message>
        <source>Only the plans of this product.</source>
        <translation>فقط طرح‌های این محصول.</translation>
    </message>
    <message>
        <source>Shows a plan with every price version and metered charge.</source>
        <translation>یک طرح را با همه نسخه‌های قیمت و هزینه‌های مصرفی آن نمایش می‌دهد.</translation>
    </message>
    <message>
        <source>Adds a plan. --code, --name and --product are required; price flags add its first price in the same step.</source>
        <translation>یک طرح اضافه می‌کند. --code، --name و --product الزامی‌اند؛ گزینه‌های قیمت، نخستین قیمت آن را در همان مرحله اضافه می‌کنند.</translation>
    </message>
    <message>
        <source>Changes the given fields of a plan; prices change with price and version.</source>
        <translation>فیلدهای مشخص‌شده یک طرح را تغییر می‌دهد؛ قیمت‌ها با price و version تغییر می‌کنند.</translation>
    </message>
    <message>
        <source>Archives a plan: no new subscriptions; existing ones continue.</source>
        <translation>طرح را بایگانی می‌کند: اشتراک جدیدی نمی‌پذیرد؛ اشتراک‌های موجود ادامه می‌یابند.</translation>
    </message>
    <message>
        <source>Makes an archived plan available again.</source>
        <translation>طرح بایگانی‌شده را دوباره در دسترس قرار می‌دهد.</translation>
    </message>
    <message>
        <source>Adds a price in another currency or interval to a plan.</source>
        <translation>قیمتی به ارز یا بازه دیگر به یک طرح اضافه می‌کند.</translation>
    </message>
    <message>
        <source>Adds a new version of a plan&apos;s price from a date; subscriptions keep their version until migrated.</source>
        <translation>نسخه جدیدی از قیمت یک طرح را از یک تاریخ اضافه می‌کند؛ اشتراک‌ها تا زمان انتقال، نسخه خود را نگه می‌دارند.</translation>
    </message>
    <message>
        <source>Moves subscriptions on older versions of a plan&apos;s price to the latest version.</source>
        <translation>اشتراک‌هایی را که روی نسخه‌های قدیمی‌تر قیمت یک طرح هستند به آخرین نسخه منتقل می‌کند.</translation>
    </message>
    <message>
        <source>Prints a plan&apos;s price for a quantity with its breakdown.</source>
        <translation>قیمت یک طرح را برای یک تعداد، همراه با جزئیات محاسبه، چاپ می‌کند.</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2 prices.</source>
        <translation>--%1 برای قیمت‌های %2 کاربرد ندارد.</translation>
    </message>
    <message>
        <source>How the price turns a quantity into an amount.</source>
        <translation>نحوه تبدیل تعداد به مبلغ توسط قیمت.</translation>
    </message>
    <message>
        <source>flat: the amount; per_unit: the unit price; package: the price of a package (e.g. 20.00).</source>
        <translation>flat: مبلغ؛ per_unit: قیمت واحد؛ package: قیمت یک بسته (مثلاً 20.00).</translation>
    </message>
    <message>
        <source>graduated and volume: a tier up to UPTO units (&quot;inf&quot; for the last) at UNIT each, plus an optional flat fee, e.g. --tier 10:5.00 --tier inf:4.00:10.00.</source>
        <translation>graduated و volume: یک پله تا UPTO واحد (&quot;inf&quot; برای آخرین پله) با قیمت UNIT برای هر واحد، به‌علاوه هزینه ثابت اختیاری، مثلاً --tier 10:5.00 --tier inf:4.00:10.00.</translation>
    </message>
    <message>
        <source>package: units per package.</source>
        <translation>package: تعداد واحد در هر بسته.</translation>
    </message>
    <message>
        <source>package: units free of charge (default 0).</source>
        <translation>package: واحدهای رایگان (پیش‌فرض 0).</translation>
    </message>
    <message>
        <source>ISO 4217 currency of the price, e.g. EUR.</source>
        <translation>ارز ISO 4217 قیمت، مثلاً EUR.</translation>
    </message>
    <message>
        <source>Billing interval: &quot;1 month&quot;, &quot;3 months&quot;, &quot;1 year&quot;...</source>
        <translation>بازه صورتحساب: &quot;1 month&quot;، &quot;3 months&quot;، &quot;1 year&quot;...</translation>
    </message>
    <message>
        <source>Charged once when a subscription starts (default 0).</source>
        <translation>یک بار هنگام شروع اشتراک دریافت می‌شود (پیش‌فرض 0).</translation>
    </message>
    <message>
        <source>The day the price takes effect (required).</source>
        <translation>روزی که قیمت اجرا می‌شود (الزامی).</translation>
    </message>
    <message>
        <source>The day the price takes effect (default: today).</source>
        <translation>روزی که قیمت اجرا می‌شود (پیش‌فرض: امروز).</translation>
    </message>
    <message>
        <source>--tier &quot;%1&quot;: %2 Write it as UPTO:UNIT_PRICE[:FLAT_FEE], e.g. 10:5.00 or inf:4.00:10.00.</source>
        <translation>--tier «%1»: %2 آن را به شکل UPTO:UNIT_PRICE[:FLAT_FEE] بنویسید، مثلاً 10:5.00 یا inf:4.00:10.00.</translation>
    </message>
    <message>
        <source>it needs two or three parts.</source>
        <translation>باید دو یا سه بخش داشته باشد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of units or inf.</source>
        <translation>«%1» تعداد واحد یا inf نیست.</translation>
    </message>
    <message>
        <source>--model is required: one of %1.</source>
        <translation>--model الزامی است: یکی از %1.</translation>
    </message>
    <message>
        <source>%1 has no price yet.</source>
        <translation>%1 هنوز قیمتی ندارد.</translation>
    </message>
    <message>
        <source>%1 has no price for %2 (it has: %3).</source>
        <translation>%1 قیمتی برای %2 ندارد (قیمت‌های موجود: %3).</translation>
    </message>
    <message>
        <source>%1 has several prices (%2): choose one with --currency%3.</source>
        <translation>%1 چند قیمت دارد (%2): با --currency%3 یکی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 (%2) costs from %3: %4.</source>
        <translation>قیمت %1 (%2) از %3: %4.</translation>
    </message>
    <message>
        <source>one-time %1 × %2</source>
        <translation>یک‌باره %1 × %2</translation>
    </message>
    <message>
        <source>prorated</source>
        <translation>تناسبی</translation>
    </message>
    <message>
        <source>not prorated</source>
        <translation>غیرتناسبی</translation>
    </message>
    <message>
        <source>, add-ons %1</source>
        <translation>، افزونه‌ها %1</translation>
    </message>
    <message>
        <source>, coupon %1</source>
        <translation>، کوپن %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>اشتراک</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Price per period</source>
        <translation>قیمت هر دوره</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>کوپن</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>صورتحساب بعدی</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Preview: nothing was written.</source>
        <translation>پیش‌نمایش: هیچ چیزی ثبت نشد.</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>رویدادها:</translation>
    </message>
    <message>
        <source>No document would be written now.</source>
        <translation>در حال حاضر هیچ سندی ثبت نمی‌شد.</translation>
    </message>
    <message>
        <source>No document was written now.</source>
        <translation>در حال حاضر هیچ سندی ثبت نشد.</translation>
    </message>
    <message>
        <source>Documents it would write:</source>
        <translation>اسنادی که ثبت می‌شد:</translation>
    </message>
    <message>
        <source>Documents written:</source>
        <translation>اسناد ثبت‌شده:</translation>
    </message>
    <message>
        <source>Billed later:</source>
        <translation>صورتحساب در آینده:</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>--addon &quot;%1&quot;: write the add-on&apos;s code and, optionally, a quantity of at least 1, e.g. EXTRA-STORAGE or EXTRA-STORAGE:3.</source>
        <translation>--addon «%1»: کد افزونه و در صورت نیاز تعدادی دست‌کم 1 را بنویسید، مثلاً EXTRA-STORAGE یا EXTRA-STORAGE:3.</translation>
    </message>
    <message>
        <source>Today, prorated (the default).</source>
        <translation>امروز، به‌صورت تناسبی (پیش‌فرض).</translation>
    </message>
    <message>
        <source>On this day (today or later), prorated.</source>
        <translation>در این روز (امروز یا بعد از آن)، به‌صورت تناسبی.</translation>
    </message>
    <message>
        <source>At the end of the current period, not prorated.</source>
        <translation>در پایان دوره فعلی، بدون محاسبه تناسبی.</translation>
    </message>
    <message>
        <source>Give only one of --now, --on and --at-period-end.</source>
        <translation>فقط یکی از --now، --on و --at-period-end را بدهید.</translation>
    </message>
    <message>
        <source>Plan %1 has no price yet; add one with &quot;subdesk-cli plans price %1&quot;.</source>
        <translation>طرح %1 هنوز قیمتی ندارد؛ با &quot;subdesk-cli plans price %1&quot; یک قیمت اضافه کنید.</translation>
    </message>
    <message>
        <source>Plan %1 is sold at several intervals (%2): choose one with --interval.</source>
        <translation>طرح %1 در چند بازه فروخته می‌شود (%2): با --interval یکی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subscription number.</source>
        <translation>«%1» شماره اشتراک معتبری نیست.</translation>
    </message>
    <message>
        <source>--customer: there is no customer %1.</source>
        <translation>--customer: مشتری %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Give either --addon or --no-addons, not both.</source>
        <translation>یا --addon یا --no-addons را بدهید، نه هر دو.</translation>
    </message>
    <message>
        <source>Nothing to change: give --plan, --quantity, --interval, --addon, --no-addons or --coupon.</source>
        <translation>تغییری مشخص نشده است: --plan، --quantity، --interval، --addon، --no-addons یا --coupon را بدهید.</translation>
    </message>
    <message>
        <source>Subscription %1 changed.</source>
        <translation>اشتراک %1 تغییر کرد.</translation>
    </message>
    <message>
        <source>Subscription %1 cancelled.</source>
        <translation>اشتراک %1 لغو شد.</translation>
    </message>
    <message>
        <source>Subscription %1 paused.</source>
        <translation>اشتراک %1 به‌طور موقت متوقف شد.</translation>
    </message>
    <message>
        <source>Subscription %1 reactivated.</source>
        <translation>اشتراک %1 دوباره فعال شد.</translation>
    </message>
    <message>
        <source>Subscription %1 resumed.</source>
        <translation>اشتراک %1 از سر گرفته شد.</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>هنوز سندی وجود ندارد.</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>اسناد:</translation>
    </message>
    <message>
        <source>No subscriptions found.</source>
        <translation>هیچ اشتراکی یافت نشد.</translation>
    </message>
    <message>
        <source>Do not credit the unused part of the period.</source>
        <translation>بخش استفاده‌نشده دوره بستانکار نشود.</translation>
    </message>
    <message>
        <source>The day billing starts again (default: today).</source>
        <translation>روزی که صورتحساب دوباره شروع می‌شود (پیش‌فرض: امروز).</translation>
    </message>
    <message>
        <source>An add-on, with a quantity (default 1).</source>
        <translation>یک افزونه، همراه با تعداد (پیش‌فرض 1).</translation>
    </message>
    <message>
        <source>Billing interval, e.g. &quot;1 month&quot; or &quot;1 year&quot;.</source>
        <translation>بازه صورتحساب، مثلاً &quot;1 month&quot; یا &quot;1 year&quot;.</translation>
    </message>
    <message>
        <source>The customer&apos;s number (required).</source>
        <translation>شماره مشتری (الزامی).</translation>
    </message>
    <message>
        <source>Units or seats (default 1).</source>
        <translation>تعداد واحد یا کاربر (پیش‌فرض 1).</translation>
    </message>
    <message>
        <source>The first day (default: today).</source>
        <translation>نخستین روز (پیش‌فرض: امروز).</translation>
    </message>
    <message>
        <source>The day of the month periods start on; the first period is prorated up to it (default: the start day).</source>
        <translation>روزی از ماه که دوره‌ها در آن شروع می‌شوند؛ نخستین دوره تا آن روز به‌صورت تناسبی محاسبه می‌شود (پیش‌فرض: روز شروع).</translation>
    </message>
    <message>
        <source>Free trial days (default: the plan&apos;s).</source>
        <translation>روزهای آزمایشی رایگان (پیش‌فرض: مقدار طرح).</translation>
    </message>
    <message>
        <source>A coupon to redeem.</source>
        <translation>کوپنی برای استفاده.</translation>
    </message>
    <message>
        <source>The new plan.</source>
        <translation>طرح جدید.</translation>
    </message>
    <message>
        <source>The new quantity.</source>
        <translation>تعداد جدید.</translation>
    </message>
    <message>
        <source>The complete new set of add-ons (CODE or CODE:QTY).</source>
        <translation>مجموعه کامل جدید افزونه‌ها (CODE یا CODE:QTY).</translation>
    </message>
    <message>
        <source>Remove every add-on.</source>
        <translation>حذف همه افزونه‌ها.</translation>
    </message>
    <message>
        <source>A new coupon; an empty value removes the coupon.</source>
        <translation>کوپن جدید؛ مقدار خالی کوپن را حذف می‌کند.</translation>
    </message>
    <message>
        <source>Change for N days only, then back by itself.</source>
        <translation>تغییر فقط برای N روز، سپس بازگشت خودکار.</translation>
    </message>
    <message>
        <source>Only subscriptions in this state.</source>
        <translation>فقط اشتراک‌های دارای این وضعیت.</translation>
    </message>
    <message>
        <source>Only this customer.</source>
        <translation>فقط این مشتری.</translation>
    </message>
    <message>
        <source>The state as of this day (default: today).</source>
        <translation>وضعیت در این روز (پیش‌فرض: امروز).</translation>
    </message>
    <message>
        <source>Subscribes a customer to a plan and prints the subscription&apos;s number. --customer and --plan are required.</source>
        <translation>یک مشتری را مشترک یک طرح می‌کند و شماره اشتراک را چاپ می‌کند. --customer و --plan الزامی‌اند.</translation>
    </message>
    <message>
        <source>Changes plan, quantity, interval, add-ons or coupon; prorated unless --at-period-end.</source>
        <translation>طرح، تعداد، بازه، افزونه‌ها یا کوپن را تغییر می‌دهد؛ به‌صورت تناسبی، مگر با --at-period-end.</translation>
    </message>
    <message>
        <source>Pauses billing; the unused part is credited unless --no-credit.</source>
        <translation>صورتحساب را به‌طور موقت متوقف می‌کند؛ بخش استفاده‌نشده بستانکار می‌شود، مگر با --no-credit.</translation>
    </message>
    <message>
        <source>Resumes a paused subscription.</source>
        <translation>اشتراک متوقف‌شده را از سر می‌گیرد.</translation>
    </message>
    <message>
        <source>Cancels a subscription; immediately with credit for the unused part, or at the period end.</source>
        <translation>اشتراک را لغو می‌کند؛ یا فوراً با بستانکاری بخش استفاده‌نشده، یا در پایان دوره.</translation>
    </message>
    <message>
        <source>Continues a cancelled or expired subscription.</source>
        <translation>اشتراک لغوشده یا منقضی‌شده را ادامه می‌دهد.</translation>
    </message>
    <message>
        <source>Shows a subscription, its events and its documents with every line.</source>
        <translation>یک اشتراک، رویدادها و اسناد آن را با همه ردیف‌ها نمایش می‌دهد.</translation>
    </message>
    <message>
        <source>Lists subscriptions as a table or as JSON.</source>
        <translation>اشتراک‌ها را به صورت جدول یا JSON فهرست می‌کند.</translation>
    </message>
    <message>
        <source>--metric needs a metric code, e.g. api_calls.</source>
        <translation>--metric به یک کد سنجه نیاز دارد، مثلاً api_calls.</translation>
    </message>
    <message>
        <source>--subscription: there is no subscription %1.</source>
        <translation>--subscription: اشتراک %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Usage records imported: %1.</source>
        <translation>رکوردهای مصرف واردشده: %1.</translation>
    </message>
    <message>
        <source>Records one reading of a metric and prints its number.</source>
        <translation>یک قرائت از یک سنجه را ثبت می‌کند و شماره آن را چاپ می‌کند.</translation>
    </message>
    <message>
        <source>The subscription (required).</source>
        <translation>اشتراک (الزامی).</translation>
    </message>
    <message>
        <source>The metric code of one of its metered charges (required).</source>
        <translation>کد سنجه یکی از هزینه‌های مصرفی آن (الزامی).</translation>
    </message>
    <message>
        <source>A whole number of 0 or more (required).</source>
        <translation>عددی صحیح برابر 0 یا بیشتر (الزامی).</translation>
    </message>
    <message>
        <source>The day of the reading (default: today).</source>
        <translation>روز قرائت (پیش‌فرض: امروز).</translation>
    </message>
    <message>
        <source>Imports readings from a CSV file with the columns subscription, metric, quantity and date, all of them or none. Bad rows are listed as &quot;Line N: reason&quot; on stderr.</source>
        <translation>قرائت‌ها را از یک پرونده CSV با ستون‌های subscription، metric، quantity و date وارد می‌کند؛ یا همه یا هیچ‌کدام. سطرهای نادرست به شکل &quot;سطر N: علت&quot; در stderr فهرست می‌شوند.</translation>
    </message>
    <message>
        <source>SUBDESK_TODAY must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>SUBDESK_TODAY باید تاریخی به شکل YYYY-MM-DD باشد، نه «%1».</translation>
    </message>
    <message>
        <source>--issue works only for a real run, not with --preview.</source>
        <translation>--issue فقط برای اجرای واقعی کار می‌کند، نه همراه با --preview.</translation>
    </message>
    <message>
        <source>The run was written, but its documents were not issued: %1</source>
        <translation>اجرا ثبت شد، اما اسناد آن صادر نشدند: %1</translation>
    </message>
    <message>
        <source>Issue the run&apos;s documents at once (numbered, taxed, final).</source>
        <translation>صدور فوری اسناد این اجرا (شماره‌گذاری‌شده، با مالیات، نهایی).</translation>
    </message>
    <message>
        <source>(no company name)</source>
        <translation>(بدون نام شرکت)</translation>
    </message>
    <message>
        <source>VAT ID: %1</source>
        <translation>شناسه مالیاتی: %1</translation>
    </message>
    <message numerus="yes">
        <source>Payment terms: %n day(s)</source>
        <translation>
            <numerusform>مهلت پرداخت: %n روز</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete: documents cannot be issued until the name and the country are set (&quot;company set&quot;).</source>
        <translation>ناقص: تا زمانی که نام و کشور تنظیم نشوند («company set»)، اسناد قابل صدور نیستند.</translation>
    </message>
    <message>
        <source>Bank accounts:</source>
        <translation>حساب‌های بانکی:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>عنوان</translation>
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
        <translation>ارز</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>پیش‌فرض</translation>
    </message>
    <message>
        <source>Numbering series:</source>
        <translation>سری‌های شماره‌گذاری:</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>الگو</translation>
    </message>
    <message>
        <source>--vat-exempt must be yes or no, not &quot;%1&quot;.</source>
        <translation>مقدار --vat-exempt باید yes یا no باشد، نه «%1».</translation>
    </message>
    <message>
        <source>--logo: &quot;%1&quot; cannot be read: %2</source>
        <translation>--logo: خواندن «%1» ممکن نیست: %2</translation>
    </message>
    <message>
        <source>Nothing to change: give --name, --country or another field.</source>
        <translation>چیزی برای تغییر نیست: --name، --country یا فیلد دیگری را بدهید.</translation>
    </message>
    <message>
        <source>Company profile saved.</source>
        <translation>مشخصات شرکت ذخیره شد.</translation>
    </message>
    <message>
        <source>Shows the company profile printed on every document, the bank accounts and the numbering series.</source>
        <translation>مشخصات شرکت را که روی همه اسناد چاپ می‌شود، به همراه حساب‌های بانکی و سری‌های شماره‌گذاری نمایش می‌دهد.</translation>
    </message>
    <message>
        <source>Changes fields of the company profile (the seller on documents); fields not given stay as they are.</source>
        <translation>فیلدهای مشخصات شرکت (فروشنده در اسناد) را تغییر می‌دهد؛ فیلدهایی که داده نشوند بدون تغییر می‌مانند.</translation>
    </message>
    <message>
        <source>The legal name.</source>
        <translation>نام قانونی.</translation>
    </message>
    <message>
        <source>A street line (replaces all of them).</source>
        <translation>یک سطر نشانی خیابان (جایگزین همه سطرها می‌شود).</translation>
    </message>
    <message>
        <source>The postal code.</source>
        <translation>کد پستی.</translation>
    </message>
    <message>
        <source>The city.</source>
        <translation>شهر.</translation>
    </message>
    <message>
        <source>The region or province.</source>
        <translation>استان یا منطقه.</translation>
    </message>
    <message>
        <source>ISO 3166 country code, such as FI.</source>
        <translation>کد کشور ISO 3166، مانند FI.</translation>
    </message>
    <message>
        <source>The VAT ID, such as FI12345671.</source>
        <translation>شناسه مالیاتی، مانند FI12345671.</translation>
    </message>
    <message>
        <source>The company register number.</source>
        <translation>شماره ثبت شرکت.</translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation>نشانی ایمیل.</translation>
    </message>
    <message>
        <source>The phone number.</source>
        <translation>شماره تلفن.</translation>
    </message>
    <message>
        <source>The website.</source>
        <translation>وب‌سایت.</translation>
    </message>
    <message>
        <source>The Peppol participant id, such as 0088:5790000435968.</source>
        <translation>شناسه مشارکت‌کننده Peppol، مانند 0088:5790000435968.</translation>
    </message>
    <message>
        <source>Days to pay for customers without their own terms (0–365).</source>
        <translation>مهلت پرداخت برای مشتریانی که مهلت خاص خود را ندارند (0 تا 365 روز).</translation>
    </message>
    <message>
        <source>Small-business VAT exemption: no VAT on any document.</source>
        <translation>معافیت مالیات بر ارزش افزوده کسب‌وکارهای کوچک: بدون مالیات بر ارزش افزوده در هیچ سندی.</translation>
    </message>
    <message>
        <source>The exemption&apos;s legal text.</source>
        <translation>متن قانونی معافیت.</translation>
    </message>
    <message>
        <source>Free text at the foot of documents.</source>
        <translation>متن آزاد در پاورقی اسناد.</translation>
    </message>
    <message>
        <source>A PNG or JPEG logo; empty removes it.</source>
        <translation>لوگوی PNG یا JPEG؛ مقدار خالی آن را حذف می‌کند.</translation>
    </message>
    <message>
        <source>Adds a bank account printed on documents for payment by transfer; prints its id.</source>
        <translation>یک حساب بانکی برای پرداخت از طریق انتقال بانکی اضافه می‌کند که روی اسناد چاپ می‌شود؛ شناسه آن را نمایش می‌دهد.</translation>
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
        <translation>نام بانک.</translation>
    </message>
    <message>
        <source>Your name for the account.</source>
        <translation>نام دلخواه شما برای حساب.</translation>
    </message>
    <message>
        <source>The currency it is for (default: any).</source>
        <translation>ارزی که حساب برای آن است (پیش‌فرض: هر ارزی).</translation>
    </message>
    <message>
        <source>Print it on documents in its currency.</source>
        <translation>چاپ آن روی اسناد به ارز خودش.</translation>
    </message>
    <message>
        <source>%1 is not issued; issue it first (&quot;invoices issue %2&quot;).</source>
        <translation>%1 صادر نشده است؛ ابتدا آن را صادر کنید («invoices issue %2»).</translation>
    </message>
    <message>
        <source>--dir: the folder &quot;%1&quot; cannot be created.</source>
        <translation>--dir: ایجاد پوشه «%1» ممکن نیست.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n پرونده در %1 نوشته شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a document or --dir, not both.</source>
        <translation>یک سند یا --dir را بدهید، نه هر دو را.</translation>
    </message>
    <message>
        <source>Give a document&apos;s number or id, or --dir with --from and --to.</source>
        <translation>شماره یا شناسه یک سند را بدهید، یا --dir را همراه با --from و --to.</translation>
    </message>
    <message>
        <source>--%1 works only with --dir.</source>
        <translation>--%1 فقط همراه با --dir کار می‌کند.</translation>
    </message>
    <message>
        <source>--output works only for one document, not with --dir.</source>
        <translation>--output فقط برای یک سند کار می‌کند، نه همراه با --dir.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from نباید بعد از --to باشد.</translation>
    </message>
    <message>
        <source>Write every document issued from --from to --to into this folder.</source>
        <translation>همه اسناد صادرشده از --from تا --to را در این پوشه می‌نویسد.</translation>
    </message>
    <message>
        <source>With --dir: issued on or after this day.</source>
        <translation>همراه با --dir: صادرشده در این روز یا پس از آن.</translation>
    </message>
    <message>
        <source>With --dir: issued on or before this day.</source>
        <translation>همراه با --dir: صادرشده در این روز یا پیش از آن.</translation>
    </message>
    <message>
        <source>With --dir: only this customer&apos;s documents.</source>
        <translation>همراه با --dir: فقط اسناد این مشتری.</translation>
    </message>
    <message>
        <source>Writes an issued invoice or credit note as a PDF in the customer&apos;s language, or every document of a date range into a folder.</source>
        <translation>یک فاکتور یا اعلامیه بستانکاری صادرشده را به صورت PDF به زبان مشتری، یا همه اسناد یک بازه تاریخ را در یک پوشه می‌نویسد.</translation>
    </message>
    <message>
        <source>The PDF file, or - for stdout (default: NUMBER.pdf).</source>
        <translation>پرونده PDF، یا - برای stdout (پیش‌فرض: NUMBER.pdf).</translation>
    </message>
    <message>
        <source>Writes an issued invoice or credit note as an EN 16931 UBL e-invoice for Peppol (BIS Billing 3), or every document of a date range into a folder.</source>
        <translation>یک فاکتور یا اعلامیه بستانکاری صادرشده را به صورت فاکتور الکترونیکی UBL مطابق EN 16931 برای Peppol (BIS Billing 3)، یا همه اسناد یک بازه تاریخ را در یک پوشه می‌نویسد.</translation>
    </message>
    <message>
        <source>The XML file, or - for stdout (default: NUMBER.xml).</source>
        <translation>پرونده XML، یا - برای stdout (پیش‌فرض: NUMBER.xml).</translation>
    </message>
    <message>
        <source>Line ID</source>
        <translation>شناسه ردیف</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>مالیات</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>مشمول مالیات</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>معافیت</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>پیش‌نویس %1</translation>
    </message>
    <message>
        <source>%1 %2 (document %3), %4</source>
        <translation>%1 %2 (سند %3)، %4</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>مشتری: %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>صادرشده در %1</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>، سررسید %1</translation>
    </message>
    <message>
        <source>, supply %1</source>
        <translation>، عرضه %1</translation>
    </message>
    <message>
        <source>Net %1, tax %2, total %3 (%4)</source>
        <translation>خالص %1، مالیات %2، جمع %3 (%4)</translation>
    </message>
    <message>
        <source>prices include tax</source>
        <translation>قیمت‌ها شامل مالیات هستند</translation>
    </message>
    <message>
        <source>prices exclude tax</source>
        <translation>قیمت‌ها بدون مالیات هستند</translation>
    </message>
    <message>
        <source>Dated %1, total %2 before tax; not issued</source>
        <translation>مورخ %1، جمع پیش از مالیات %2؛ صادر نشده</translation>
    </message>
    <message>
        <source>Paid %1, credited %2, credit applied %3, balance %4</source>
        <translation>پرداخت‌شده %1، بستانکارشده %2، اعتبار اعمال‌شده %3، مانده %4</translation>
    </message>
    <message>
        <source>Corrects %1 of %2</source>
        <translation>اصلاح %1 مورخ %2</translation>
    </message>
    <message>
        <source>Payment reference: %1</source>
        <translation>شناسه پرداخت: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>یادداشت: %1</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>ردیف‌ها:</translation>
    </message>
    <message>
        <source>Taxes:</source>
        <translation>مالیات‌ها:</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>پرداخت‌ها:</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>مرجع</translation>
    </message>
    <message>
        <source>Credit notes:</source>
        <translation>اعلامیه‌های بستانکاری:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Would issue %1 (document %2): %3 %4, due %5.</source>
        <translation>%1 صادر می‌شد (سند %2): %3 %4، سررسید %5.</translation>
    </message>
    <message>
        <source>Issued %1 (document %2): %3 %4, due %5.</source>
        <translation>%1 صادر شد (سند %2): %3 %4، سررسید %5.</translation>
    </message>
    <message>
        <source>No documents found.</source>
        <translation>هیچ سندی یافت نشد.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>مانده</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s), total %2, balance %3.</source>
        <translation>
            <numerusform>%1: %n سند، جمع %2، مانده %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no invoice or credit note &quot;%1&quot;.</source>
        <translation>فاکتور یا اعلامیه بستانکاری «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency.</source>
        <translation>«%1» ارز نیست.</translation>
    </message>
    <message>
        <source>--status must be one or more of %1, not &quot;%2&quot;.</source>
        <translation>--status باید یکی یا چند مورد از %1 باشد، نه «%2».</translation>
    </message>
    <message>
        <source>--series: &quot;%1&quot; is not a series number.</source>
        <translation>--series: «%1» شماره سری نیست.</translation>
    </message>
    <message>
        <source>Give draft ids or --all-drafts, not both.</source>
        <translation>شناسه‌های پیش‌نویس یا --all-drafts را بدهید، نه هر دو را.</translation>
    </message>
    <message>
        <source>Give the ids of the drafts to issue, or --all-drafts.</source>
        <translation>شناسه‌های پیش‌نویس‌هایی را که باید صادر شوند بدهید، یا --all-drafts.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a draft id.</source>
        <translation>«%1» شناسه پیش‌نویس نیست.</translation>
    </message>
    <message>
        <source>No drafts to issue.</source>
        <translation>هیچ پیش‌نویسی برای صدور وجود ندارد.</translation>
    </message>
    <message>
        <source>--line &quot;%1&quot;: %2</source>
        <translation>--line «%1»: %2</translation>
    </message>
    <message>
        <source>write &quot;description;quantity;unit price[;tax class]&quot;.</source>
        <translation>به شکل &quot;description;quantity;unit price[;tax class]&quot; بنویسید.</translation>
    </message>
    <message>
        <source>the description is empty.</source>
        <translation>شرح خالی است.</translation>
    </message>
    <message>
        <source>the quantity must be a whole number of at least 1.</source>
        <translation>تعداد باید عدد صحیحی دست‌کم برابر 1 باشد.</translation>
    </message>
    <message>
        <source>the unit price must be written like 12.50.</source>
        <translation>قیمت واحد باید به شکل 12.50 نوشته شود.</translation>
    </message>
    <message>
        <source>the tax class must be one of %1.</source>
        <translation>طبقه مالیاتی باید یکی از %1 باشد.</translation>
    </message>
    <message>
        <source>Give --amount or --line, not both.</source>
        <translation>--amount یا --line را بدهید، نه هر دو را.</translation>
    </message>
    <message>
        <source>--amount must be a positive amount such as 12.50, not &quot;%1&quot;.</source>
        <translation>--amount باید مبلغی مثبت مانند 12.50 باشد، نه «%1».</translation>
    </message>
    <message>
        <source>--line must be LINEID=AMOUNT such as 14=5.00, not &quot;%1&quot;.</source>
        <translation>--line باید به شکل LINEID=AMOUNT مانند 14=5.00 باشد، نه «%1».</translation>
    </message>
    <message>
        <source>Would issue credit note %1: %2 for %3.</source>
        <translation>اعلامیه بستانکاری %1 صادر می‌شد: %2 برای %3.</translation>
    </message>
    <message>
        <source>Issued credit note %1 (document %2): %3 for %4.</source>
        <translation>اعلامیه بستانکاری %1 صادر شد (سند %2): %3 برای %4.</translation>
    </message>
    <message>
        <source>%1 is written off as uncollectible (balance %2).</source>
        <translation>%1 به‌عنوان مطالبات غیرقابل وصول سوخت شد (مانده %2).</translation>
    </message>
    <message>
        <source>Lists invoices and credit notes with status and balance, then the totals per currency.</source>
        <translation>فاکتورها و اعلامیه‌های بستانکاری را با وضعیت و مانده، و سپس جمع‌ها را به تفکیک ارز فهرست می‌کند.</translation>
    </message>
    <message>
        <source>Only these statuses: draft, issued, open, overdue, partially_paid, paid, credited, uncollectible.</source>
        <translation>فقط این وضعیت‌ها: draft، issued، open، overdue، partially_paid، paid، credited، uncollectible.</translation>
    </message>
    <message>
        <source>Only overdue invoices.</source>
        <translation>فقط فاکتورهای سررسیدگذشته.</translation>
    </message>
    <message>
        <source>Only this numbering series.</source>
        <translation>فقط این سری شماره‌گذاری.</translation>
    </message>
    <message>
        <source>Only invoices or only credit notes.</source>
        <translation>فقط فاکتورها یا فقط اعلامیه‌های بستانکاری.</translation>
    </message>
    <message>
        <source>Only this currency.</source>
        <translation>فقط این ارز.</translation>
    </message>
    <message>
        <source>Dated on or after this day.</source>
        <translation>مورخ این روز یا پس از آن.</translation>
    </message>
    <message>
        <source>Dated on or before this day.</source>
        <translation>مورخ این روز یا پیش از آن.</translation>
    </message>
    <message>
        <source>Shows a document: lines with derivations and tax, tax groups, payments and credit notes.</source>
        <translation>یک سند را نمایش می‌دهد: ردیف‌ها با نحوه محاسبه و مالیات، گروه‌های مالیاتی، پرداخت‌ها و اعلامیه‌های بستانکاری.</translation>
    </message>
    <message>
        <source>Issues drafts: each gets the next number of its series, its tax and both parties, in one transaction.</source>
        <translation>پیش‌نویس‌ها را صادر می‌کند: هر کدام شماره بعدی سری خود، مالیات و مشخصات هر دو طرف را در یک تراکنش دریافت می‌کند.</translation>
    </message>
    <message>
        <source>Every draft dated on or before the issue date.</source>
        <translation>همه پیش‌نویس‌های مورخ تاریخ صدور یا پیش از آن.</translation>
    </message>
    <message>
        <source>The issue date (default: today).</source>
        <translation>تاریخ صدور (پیش‌فرض: امروز).</translation>
    </message>
    <message>
        <source>Show each document as issuing would make it; write nothing.</source>
        <translation>هر سند را همان‌طور که صدور آن را می‌سازد نمایش می‌دهد؛ چیزی ثبت نمی‌کند.</translation>
    </message>
    <message>
        <source>Creates a manual invoice or one-off charge as a draft (or issues it at once) and prints its id (its number with --issue).</source>
        <translation>یک فاکتور دستی یا هزینه یک‌باره را به صورت پیش‌نویس ایجاد می‌کند (یا فوراً صادر می‌کند) و شناسه آن را نمایش می‌دهد (همراه با --issue، شماره آن را).</translation>
    </message>
    <message>
        <source>The customer.</source>
        <translation>مشتری.</translation>
    </message>
    <message>
        <source>The currency (default: the customer&apos;s).</source>
        <translation>ارز (پیش‌فرض: ارز مشتری).</translation>
    </message>
    <message>
        <source>The invoice&apos;s date (default: today).</source>
        <translation>تاریخ فاکتور (پیش‌فرض: امروز).</translation>
    </message>
    <message>
        <source>A line: description, quantity, unit price and tax class (standard, reduced, reduced2, super_reduced, zero; default standard).</source>
        <translation>یک ردیف: شرح، تعداد، قیمت واحد و طبقه مالیاتی (standard، reduced، reduced2، super_reduced، zero؛ پیش‌فرض standard).</translation>
    </message>
    <message>
        <source>A note printed on it.</source>
        <translation>یادداشتی که روی آن چاپ می‌شود.</translation>
    </message>
    <message>
        <source>Issue it at once.</source>
        <translation>فوراً صادر شود.</translation>
    </message>
    <message>
        <source>Issues a credit note against an invoice: the whole of what is not credited yet, an amount, or chosen lines; never more than the invoice.</source>
        <translation>یک اعلامیه بستانکاری در برابر یک فاکتور صادر می‌کند: کل مبلغی که هنوز بستانکار نشده، یک مبلغ، یا ردیف‌های انتخابی؛ هرگز بیش از مبلغ فاکتور.</translation>
    </message>
    <message>
        <source>A gross amount, spread over the lines in proportion.</source>
        <translation>مبلغ ناخالص که به نسبت میان ردیف‌ها تقسیم می‌شود.</translation>
    </message>
    <message>
        <source>Credit this much of a line (ids from &quot;invoices show&quot;).</source>
        <translation>بستانکار کردن این مقدار از یک ردیف (شناسه‌ها از «invoices show»).</translation>
    </message>
    <message>
        <source>Printed on the credit note.</source>
        <translation>روی اعلامیه بستانکاری چاپ می‌شود.</translation>
    </message>
    <message>
        <source>Show the credit note it would issue; write nothing.</source>
        <translation>اعلامیه بستانکاری‌ای را که صادر می‌شد نمایش می‌دهد؛ چیزی ثبت نمی‌کند.</translation>
    </message>
    <message>
        <source>Writes an issued invoice off as uncollectible.</source>
        <translation>یک فاکتور صادرشده را به‌عنوان مطالبات غیرقابل وصول سوخت می‌کند.</translation>
    </message>
    <message>
        <source>Refund of %1 to customer %2 on %3.</source>
        <translation>استرداد %1 به مشتری %2 در %3.</translation>
    </message>
    <message>
        <source>Refund %1: %2 to customer %3 on %4.</source>
        <translation>استرداد %1: %2 به مشتری %3 در %4.</translation>
    </message>
    <message>
        <source>Payment of %1 from customer %2 on %3.</source>
        <translation>پرداخت %1 از مشتری %2 در %3.</translation>
    </message>
    <message>
        <source>Payment %1: %2 from customer %3 on %4.</source>
        <translation>پرداخت %1: %2 از مشتری %3 در %4.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 به %2</translation>
    </message>
    <message>
        <source>%1 to the customer&apos;s credit</source>
        <translation>%1 به اعتبار مشتری</translation>
    </message>
    <message>
        <source>No payments found.</source>
        <translation>هیچ پرداختی یافت نشد.</translation>
    </message>
    <message>
        <source>Allocated to</source>
        <translation>تخصیص‌یافته به</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>اعتبار</translation>
    </message>
    <message>
        <source>%1: received %2, refunded %3.</source>
        <translation>%1: دریافتی %2، مسترد شده %3.</translation>
    </message>
    <message>
        <source>Nothing is owed as of %1.</source>
        <translation>تا %1 هیچ بدهی‌ای وجود ندارد.</translation>
    </message>
    <message>
        <source>Aging as of %1</source>
        <translation>سن مطالبات تا %1</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>فاکتورها</translation>
    </message>
    <message>
        <source>Statement of account: customer %1, %2, %3 → %4</source>
        <translation>صورت وضعیت حساب: مشتری %1، %2، %3 → %4</translation>
    </message>
    <message>
        <source>Opening balance %1</source>
        <translation>مانده ابتدای دوره %1</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>بدهکار</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>بستانکار</translation>
    </message>
    <message>
        <source>Closing balance %1</source>
        <translation>مانده پایان دوره %1</translation>
    </message>
    <message>
        <source>--allocate must be NUMBER=AMOUNT such as INV-2026-00001=50.00, not &quot;%1&quot;.</source>
        <translation>--allocate باید به شکل NUMBER=AMOUNT مانند INV-2026-00001=50.00 باشد، نه «%1».</translation>
    </message>
    <message>
        <source>The day of the payment (default: today).</source>
        <translation>روز پرداخت (پیش‌فرض: امروز).</translation>
    </message>
    <message>
        <source>How it was paid (default: bank_transfer).</source>
        <translation>نحوه پرداخت (پیش‌فرض: bank_transfer).</translation>
    </message>
    <message>
        <source>The bank reference, card slip or receipt number.</source>
        <translation>شماره مرجع بانکی، رسید کارت یا شماره رسید.</translation>
    </message>
    <message>
        <source>The amount received, such as 120.00.</source>
        <translation>مبلغ دریافتی، مانند 120.00.</translation>
    </message>
    <message>
        <source>Settle this much of an invoice (default: the open invoices in the currency, oldest due first); what is left becomes customer credit.</source>
        <translation>تسویه این مقدار از یک فاکتور (پیش‌فرض: فاکتورهای باز به همان ارز، به ترتیب قدیمی‌ترین سررسید)؛ باقی‌مانده به اعتبار مشتری تبدیل می‌شود.</translation>
    </message>
    <message>
        <source>A note kept with it.</source>
        <translation>یادداشتی که همراه آن نگهداری می‌شود.</translation>
    </message>
    <message>
        <source>Show how it would be allocated; write nothing.</source>
        <translation>نحوه تخصیص را نمایش می‌دهد؛ چیزی ثبت نمی‌کند.</translation>
    </message>
    <message>
        <source>The amount paid back, at most the customer&apos;s credit.</source>
        <translation>مبلغ بازپرداخت‌شده، حداکثر به اندازه اعتبار مشتری.</translation>
    </message>
    <message>
        <source>Records a payment received and allocates it to invoices; an overpayment becomes customer credit.</source>
        <translation>یک پرداخت دریافتی را ثبت و به فاکتورها تخصیص می‌دهد؛ اضافه‌پرداخت به اعتبار مشتری تبدیل می‌شود.</translation>
    </message>
    <message>
        <source>Lists payments and refunds, newest first, with their allocations.</source>
        <translation>پرداخت‌ها و استردادها را، از جدیدترین، همراه با تخصیص‌هایشان فهرست می‌کند.</translation>
    </message>
    <message>
        <source>Only this method.</source>
        <translation>فقط این روش.</translation>
    </message>
    <message>
        <source>Paid on or after this day.</source>
        <translation>پرداخت‌شده در این روز یا پس از آن.</translation>
    </message>
    <message>
        <source>Paid on or before this day.</source>
        <translation>پرداخت‌شده در این روز یا پیش از آن.</translation>
    </message>
    <message>
        <source>Pays customer credit back to the customer.</source>
        <translation>اعتبار مشتری را به مشتری بازپرداخت می‌کند.</translation>
    </message>
    <message>
        <source>Who owes what and for how long: open invoice balances by days past due (current, 1–30, 31–60, 61–90, over 90), per customer and in total.</source>
        <translation>چه کسی چه مبلغی و برای چه مدت بدهکار است: مانده فاکتورهای باز بر حسب روزهای گذشته از سررسید (جاری، 1–30، 31–60، 61–90، بیش از 90)، به تفکیک مشتری و در مجموع.</translation>
    </message>
    <message>
        <source>Age the balances as of this day (default: today).</source>
        <translation>محاسبه سن مانده‌ها تا این روز (پیش‌فرض: امروز).</translation>
    </message>
    <message>
        <source>--from must not be after today.</source>
        <translation>--from نباید بعد از امروز باشد.</translation>
    </message>
    <message>
        <source>Give --output or --json, not both.</source>
        <translation>--output یا --json را بدهید، نه هر دو را.</translation>
    </message>
    <message>
        <source>A customer&apos;s statement of account in one currency: opening balance, documents and payments with the running balance, closing balance.</source>
        <translation>صورت وضعیت حساب یک مشتری به یک ارز: مانده ابتدای دوره، اسناد و پرداخت‌ها با مانده جاری، مانده پایان دوره.</translation>
    </message>
    <message>
        <source>The first day (default: the customer&apos;s first document or payment).</source>
        <translation>نخستین روز (پیش‌فرض: نخستین سند یا پرداخت مشتری).</translation>
    </message>
    <message>
        <source>The last day (default: today).</source>
        <translation>آخرین روز (پیش‌فرض: امروز).</translation>
    </message>
    <message>
        <source>Write it as a PDF in the customer&apos;s language.</source>
        <translation>آن را به صورت PDF به زبان مشتری بنویسید.</translation>
    </message>
    <message>
        <source>Applied %1 of customer credit to %2.</source>
        <translation>%1 از اعتبار مشتری برای %2 به کار رفت.</translation>
    </message>
    <message>
        <source>Applies the customer&apos;s credit to an issued invoice&apos;s balance.</source>
        <translation>اعتبار مشتری را برای مانده یک فاکتور صادرشده به کار می‌برد.</translation>
    </message>
    <message>
        <source>At most this much (default: as much as credit and balance allow).</source>
        <translation>حداکثر این مبلغ (پیش‌فرض: هر قدر اعتبار و مانده اجازه دهند).</translation>
    </message>
    <message>
        <source>Works with a SubDesk company file: customers, the catalog, subscriptions, billing, invoices, payments and the metrics.</source>
        <translation>با یک فایل شرکت SubDesk کار می‌کند: مشتریان، کاتالوگ، اشتراک‌ها، صورتحساب‌دهی، فاکتورها، پرداخت‌ها و شاخص‌ها.</translation>
    </message>
    <message>
        <source>Demo catalog and %1 subscriptions with their history since %2: %3 billing runs, %4 invoices, %5 credit notes, %6 survey answers.</source>
        <translation>کاتالوگ نمایشی و %1 اشتراک با سابقه آن‌ها از %2: %3 اجرای صورتحساب‌دهی، %4 فاکتور، %5 اعلامیه بستانکاری، %6 پاسخ نظرسنجی.</translation>
    </message>
    <message>
        <source>Demo catalog and %1 subscriptions of the first %2 customers, with their history since %3: %4 billing runs, %5 invoices, %6 credit notes, %7 survey answers.</source>
        <translation>کاتالوگ نمایشی و %1 اشتراک از %2 مشتری نخست، با سابقه آن‌ها از %3: %4 اجرای صورتحساب‌دهی، %5 فاکتور، %6 اعلامیه بستانکاری، %7 پاسخ نظرسنجی.</translation>
    </message>
    <message>
        <source>Fills an empty company file with a demo company: realistic customers, a catalog, and subscriptions with five years of history (events, usage, billing runs, invoices and payments), monthly exchange rates and NPS and CSAT answers. The same seed and day give the same company.</source>
        <translation>یک فایل شرکت خالی را با یک شرکت نمایشی پر می‌کند: مشتریان واقع‌گرایانه، یک کاتالوگ و اشتراک‌هایی با پنج سال سابقه (رویدادها، مصرف، اجراهای صورتحساب‌دهی، فاکتورها و پرداخت‌ها)، نرخ‌های ارز ماهانه و پاسخ‌های NPS و CSAT. بذر و روز یکسان، شرکت یکسانی می‌سازند.</translation>
    </message>
    <message>
        <source>No exchange rates. Amounts in other currencies than %1 are left out of the metrics until they have one: fx set MONTH CURRENCY RATE.</source>
        <translation>نرخ ارزی وجود ندارد. مبالغ به ارزهای غیر از %1 تا زمانی که نرخی نداشته باشند از شاخص‌ها کنار گذاشته می‌شوند: fx set MONTH CURRENCY RATE.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>معنا</translation>
    </message>
    <message>
        <source>A month without its own rate uses the latest earlier rate of its currency.</source>
        <translation>ماهی که نرخ خود را ندارد، از آخرین نرخ پیشین ارز خود استفاده می‌کند.</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MONTH</translation>
    </message>
    <message>
        <source>CURRENCY: &quot;%1&quot; is not an ISO 4217 currency code such as SEK.</source>
        <translation>CURRENCY: «%1» کد ارز ISO 4217 مانند SEK نیست.</translation>
    </message>
    <message>
        <source>Rate for %1 in %2: %3.</source>
        <translation>نرخ %1 در %2: %3.</translation>
    </message>
    <message>
        <source>There is no rate for %1 in %2.</source>
        <translation>برای %1 در %2 نرخی وجود ندارد.</translation>
    </message>
    <message>
        <source>Removed the rate for %1 in %2.</source>
        <translation>نرخ %1 در %2 حذف شد.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows have problems (listed above).</source>
        <translation>چیزی وارد نشد: %1 از %2 ردیف مشکل دارند (در بالا فهرست شده‌اند).</translation>
    </message>
    <message>
        <source>Nothing to import: the file has no rates.</source>
        <translation>چیزی برای وارد کردن نیست: فایل هیچ نرخی ندارد.</translation>
    </message>
    <message>
        <source>Dry run: %1 rates would be imported; nothing was written.</source>
        <translation>اجرای آزمایشی: %1 نرخ وارد می‌شد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>Exchange rates imported: %1.</source>
        <translation>نرخ‌های ارز وارد شدند: %1.</translation>
    </message>
    <message>
        <source>List the monthly exchange rates into the reporting currency that the metrics convert other currencies with.</source>
        <translation>نرخ‌های ارز ماهانه به ارز گزارش‌دهی را که شاخص‌ها ارزهای دیگر را با آن‌ها تبدیل می‌کنند، فهرست می‌کند.</translation>
    </message>
    <message>
        <source>Only the rates of this currency.</source>
        <translation>فقط نرخ‌های این ارز.</translation>
    </message>
    <message>
        <source>Store the rate of a currency for a month (YYYY-MM): what one unit is worth in the reporting currency, with at most 8 decimals. Example: fx set 2026-03 SEK 0.0873.</source>
        <translation>نرخ یک ارز را برای یک ماه (YYYY-MM) ذخیره می‌کند: ارزش یک واحد به ارز گزارش‌دهی، با حداکثر ۸ رقم اعشار. مثال: fx set 2026-03 SEK 0.0873.</translation>
    </message>
    <message>
        <source>Remove the rate of a currency for a month.</source>
        <translation>نرخ یک ارز را برای یک ماه حذف می‌کند.</translation>
    </message>
    <message>
        <source>Import rates from a CSV file with the columns month, currency, rate: all rows or none; every bad row is listed with its line.</source>
        <translation>نرخ‌ها را از یک فایل CSV با ستون‌های month، currency و rate وارد می‌کند: همه ردیف‌ها یا هیچ‌کدام؛ هر ردیف نادرست با شماره خطش فهرست می‌شود.</translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined; choose one.</source>
        <translation>--json و --csv را نمی‌توان با هم به کار برد؛ یکی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>--rows and --paying cannot be combined; choose one.</source>
        <translation>--rows و --paying را نمی‌توان با هم به کار برد؛ یکی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>--movement needs --rows MONTH.</source>
        <translation>--movement به --rows MONTH نیاز دارد.</translation>
    </message>
    <message>
        <source>--reconcile cannot be combined with --rows or --paying.</source>
        <translation>--reconcile را نمی‌توان با --rows یا --paying به کار برد.</translation>
    </message>
    <message>
        <source>--by cannot be combined with --reconcile, --rows or --paying.</source>
        <translation>--by را نمی‌توان با --reconcile، --rows یا --paying به کار برد.</translation>
    </message>
    <message>
        <source>--csv is for the monthly figures; it cannot be combined with --reconcile, --rows or --paying.</source>
        <translation>--csv برای ارقام ماهانه است؛ نمی‌توان آن را با --reconcile، --rows یا --paying به کار برد.</translation>
    </message>
    <message>
        <source>Customers without a segment</source>
        <translation>مشتریان بدون بخش</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>بخش %1</translation>
    </message>
    <message>
        <source>No customers in the selection.</source>
        <translation>هیچ مشتری‌ای در انتخاب نیست.</translation>
    </message>
    <message>
        <source>not set (the currency most customers use)</source>
        <translation>تنظیم نشده (ارزی که بیشتر مشتریان استفاده می‌کنند)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not set (CLV is not multiplied by a margin)</source>
        <translation>تنظیم نشده (CLV در حاشیه سود ضرب نمی‌شود)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>تنظیم</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>ارز گزارش‌دهی</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>حاشیه سود ناخالص</translation>
    </message>
    <message>
        <source>--gross-margin must be a percentage from 0 to 100 with at most two decimals, such as 72.5, not &quot;%1&quot;.</source>
        <translation>--gross-margin باید درصدی از ۰ تا ۱۰۰ با حداکثر دو رقم اعشار باشد، مانند 72.5، نه «%1».</translation>
    </message>
    <message>
        <source>--gross-margin and --no-gross-margin cannot be combined.</source>
        <translation>--gross-margin و --no-gross-margin را نمی‌توان با هم به کار برد.</translation>
    </message>
    <message>
        <source>Reconcile MRR with invoiced revenue month by month: tax, one-time fees, usage, proration, credit notes, timing.</source>
        <translation>تطبیق MRR با درآمد فاکتورشده ماه به ماه: مالیات، هزینه‌های یک‌باره، مصرف، محاسبه تناسبی، اعلامیه‌های بستانکاری، زمان‌بندی.</translation>
    </message>
    <message>
        <source>List the customer changes behind a month&apos;s movements.</source>
        <translation>تغییرات مشتریان در پشت حرکت‌های یک ماه را فهرست می‌کند.</translation>
    </message>
    <message>
        <source>With --rows: only this movement.</source>
        <translation>با --rows: فقط این حرکت.</translation>
    </message>
    <message>
        <source>List the customers paying at the month&apos;s end with their MRR (behind MRR, ARR, ARPA and paying customers).</source>
        <translation>مشتریانی را که در پایان ماه پرداخت می‌کنند با MRR آن‌ها فهرست می‌کند (پشتوانه MRR، ARR، ARPA و مشتریان پرداخت‌کننده).</translation>
    </message>
    <message>
        <source>Print the monthly figures as CSV, one row per month.</source>
        <translation>ارقام ماهانه را به صورت CSV چاپ می‌کند، یک ردیف برای هر ماه.</translation>
    </message>
    <message>
        <source>Show or change the metrics settings: the reporting currency and the gross margin CLV is multiplied by.</source>
        <translation>تنظیمات شاخص‌ها را نمایش می‌دهد یا تغییر می‌دهد: ارز گزارش‌دهی و حاشیه سود ناخالصی که CLV در آن ضرب می‌شود.</translation>
    </message>
    <message>
        <source>The currency the figures are reported in.</source>
        <translation>ارزی که ارقام به آن گزارش می‌شوند.</translation>
    </message>
    <message>
        <source>The gross margin, such as 72.5 (CLV is multiplied by it).</source>
        <translation>حاشیه سود ناخالص، مانند 72.5 (CLV در آن ضرب می‌شود).</translation>
    </message>
    <message>
        <source>Clear the gross margin.</source>
        <translation>پاک کردن حاشیه سود ناخالص.</translation>
    </message>
    <message>
        <source>MRR and its movements, ARR, paying customers, churn, NRR, GRR, ARPA and CLV per month, in the reporting currency (default: the last 12 months).</source>
        <translation>MRR و حرکت‌های آن، ARR، مشتریان پرداخت‌کننده، ریزش، NRR، GRR، ARPA و CLV برای هر ماه، به ارز گزارش‌دهی (پیش‌فرض: ۱۲ ماه گذشته).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>MRR at start</source>
        <translation>MRR در آغاز</translation>
    </message>
    <message>
        <source>Exchange-rate effect</source>
        <translation>اثر نرخ ارز</translation>
    </message>
    <message>
        <source>MRR at end</source>
        <translation>MRR در پایان</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation>مشتریان پرداخت‌کننده</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>ریزش مشتری</translation>
    </message>
    <message>
        <source>Gross MRR churn</source>
        <translation>ریزش ناخالص MRR</translation>
    </message>
    <message>
        <source>Net MRR churn</source>
        <translation>ریزش خالص MRR</translation>
    </message>
    <message>
        <source>NRR (12 months)</source>
        <translation>NRR (۱۲ ماه)</translation>
    </message>
    <message>
        <source>GRR (12 months)</source>
        <translation>GRR (۱۲ ماه)</translation>
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
        <translation>ریزش برای برآورد کافی نیست</translation>
    </message>
    <message>
        <source>No months in the range.</source>
        <translation>هیچ ماهی در بازه نیست.</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>+ Timing</source>
        <translation>+ زمان‌بندی</translation>
    </message>
    <message>
        <source>+ Tax</source>
        <translation>+ مالیات</translation>
    </message>
    <message>
        <source>+ One-time</source>
        <translation>+ یک‌باره</translation>
    </message>
    <message>
        <source>+ Usage</source>
        <translation>+ مصرف</translation>
    </message>
    <message>
        <source>+ Proration</source>
        <translation>+ محاسبه تناسبی</translation>
    </message>
    <message>
        <source>− Credit notes</source>
        <translation>− اعلامیه‌های بستانکاری</translation>
    </message>
    <message>
        <source>= Invoiced</source>
        <translation>= فاکتورشده</translation>
    </message>
    <message>
        <source>Timing: recurring lines invoiced in the month minus the MRR (periods billed in advance, first short periods, changes during the month, once-only coupons).</source>
        <translation>زمان‌بندی: اقلام تکرارشونده فاکتورشده در ماه منهای MRR (دوره‌هایی که پیشاپیش صورتحساب شده‌اند، نخستین دوره‌های کوتاه، تغییرات در طول ماه، کوپن‌های یک‌باره).</translation>
    </message>
    <message>
        <source>No customer changes behind this figure.</source>
        <translation>هیچ تغییر مشتری‌ای پشت این رقم نیست.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>حرکت</translation>
    </message>
    <message>
        <source>MRR before</source>
        <translation>MRR پیش از</translation>
    </message>
    <message>
        <source>MRR after</source>
        <translation>MRR پس از</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1 in total.</source>
        <translation>
            <numerusform>%n ردیف، در مجموع %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No paying customers on that day.</source>
        <translation>در آن روز هیچ مشتری پرداخت‌کننده‌ای نیست.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>اشتراک‌ها</translation>
    </message>
    <message numerus="yes">
        <source>%n paying customer(s), MRR %1.</source>
        <translation>
            <numerusform>%n مشتری پرداخت‌کننده، MRR %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be a month written YYYY-MM such as 2026-03, not &quot;%2&quot;.</source>
        <translation>%1 باید ماهی به شکل YYYY-MM مانند 2026-03 باشد، نه «%2».</translation>
    </message>
    <message>
        <source>--from (%1) must not be after --to (%2).</source>
        <translation>--from (%1) نباید پس از --to (%2) باشد.</translation>
    </message>
    <message>
        <source>--country must be a two-letter code such as SE, not &quot;%1&quot;.</source>
        <translation>--country باید کدی دوحرفی مانند SE باشد، نه «%1».</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not an ISO 4217 currency code such as EUR.</source>
        <translation>--currency: «%1» کد ارز ISO 4217 مانند EUR نیست.</translation>
    </message>
    <message>
        <source>The first month (default: 11 months before --to).</source>
        <translation>نخستین ماه (پیش‌فرض: ۱۱ ماه پیش از --to).</translation>
    </message>
    <message>
        <source>The last month (default: this month).</source>
        <translation>آخرین ماه (پیش‌فرض: این ماه).</translation>
    </message>
    <message>
        <source>Only customers of this segment (&quot;&quot; for none).</source>
        <translation>فقط مشتریان این بخش (&quot;&quot; برای بدون بخش).</translation>
    </message>
    <message>
        <source>Only subscriptions to this plan.</source>
        <translation>فقط اشتراک‌های این طرح.</translation>
    </message>
    <message>
        <source>Only customers in this country.</source>
        <translation>فقط مشتریان این کشور.</translation>
    </message>
    <message>
        <source>Only subscriptions in this currency.</source>
        <translation>فقط اشتراک‌های این ارز.</translation>
    </message>
    <message>
        <source>Split the figures per segment or per plan.</source>
        <translation>تفکیک ارقام بر اساس بخش یا طرح.</translation>
    </message>
    <message>
        <source>--email: no customer has the e-mail address %1.</source>
        <translation>--email: هیچ مشتری‌ای نشانی ایمیل %1 را ندارد.</translation>
    </message>
    <message>
        <source>--email: customers %1 all have the e-mail address %2; use --customer.</source>
        <translation>--email: مشتریان %1 همگی نشانی ایمیل %2 را دارند؛ از --customer استفاده کنید.</translation>
    </message>
    <message>
        <source>Give the customer with either --customer ID or --email ADDRESS.</source>
        <translation>مشتری را با --customer ID یا --email ADDRESS مشخص کنید.</translation>
    </message>
    <message>
        <source>--score must be a whole number (0–10 for NPS, 1–5 for CSAT), not &quot;%1&quot;.</source>
        <translation>--score باید عددی صحیح باشد (۰–۱۰ برای NPS، ۱–۵ برای CSAT)، نه «%1».</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has %1 problems in %2 rows (listed above).</source>
        <translation>چیزی وارد نشد: فایل %1 مشکل در %2 ردیف دارد (در بالا فهرست شده‌اند).</translation>
    </message>
    <message>
        <source>Nothing to import: the file has no answers.</source>
        <translation>چیزی برای وارد کردن نیست: فایل هیچ پاسخی ندارد.</translation>
    </message>
    <message>
        <source>Dry run: %1 answers would be imported; nothing was written.</source>
        <translation>اجرای آزمایشی: %1 پاسخ وارد می‌شد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>Survey answers imported: %1.</source>
        <translation>پاسخ‌های نظرسنجی وارد شدند: %1.</translation>
    </message>
    <message>
        <source>--group is for NPS answers; it cannot be combined with --kind csat.</source>
        <translation>--group برای پاسخ‌های NPS است؛ نمی‌توان آن را با --kind csat به کار برد.</translation>
    </message>
    <message>
        <source>NPS (0–10, the default) or CSAT (1–5).</source>
        <translation>NPS (۰–۱۰، پیش‌فرض) یا CSAT (۱–۵).</translation>
    </message>
    <message>
        <source>How dates like 04/03/2026 are read (default: decided per file).</source>
        <translation>تاریخ‌هایی مانند 04/03/2026 چگونه خوانده شوند (پیش‌فرض: برای هر فایل تعیین می‌شود).</translation>
    </message>
    <message>
        <source>Record a survey answer of a customer; prints its number.</source>
        <translation>ثبت پاسخ نظرسنجی یک مشتری؛ شماره آن را چاپ می‌کند.</translation>
    </message>
    <message>
        <source>The customer with this e-mail address (instead of --customer).</source>
        <translation>مشتری با این نشانی ایمیل (به جای --customer).</translation>
    </message>
    <message>
        <source>The score: 0–10 for NPS, 1–5 for CSAT.</source>
        <translation>امتیاز: ۰–۱۰ برای NPS، ۱–۵ برای CSAT.</translation>
    </message>
    <message>
        <source>When it was answered (default: today).</source>
        <translation>زمان پاسخ (پیش‌فرض: امروز).</translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation>توضیح.</translation>
    </message>
    <message>
        <source>How the answer reached you (default: other).</source>
        <translation>پاسخ از چه راهی به دست شما رسید (پیش‌فرض: سایر).</translation>
    </message>
    <message>
        <source>Tags that group recurring themes, such as pricing,support.</source>
        <translation>برچسب‌هایی که موضوعات تکرارشونده را گروه‌بندی می‌کنند، مانند pricing,support.</translation>
    </message>
    <message>
        <source>Import survey answers from a CSV file as survey tools export it (date, e-mail or customer number, score, comment): all or nothing; every problem is listed with its line and column.</source>
        <translation>پاسخ‌های نظرسنجی را از یک فایل CSV، همان‌گونه که ابزارهای نظرسنجی صادر می‌کنند (تاریخ، ایمیل یا شماره مشتری، امتیاز، توضیح)، وارد می‌کند: همه یا هیچ؛ هر مشکل با خط و ستونش فهرست می‌شود.</translation>
    </message>
    <message>
        <source>List survey answers and their comments, oldest first.</source>
        <translation>پاسخ‌های نظرسنجی و توضیحات آن‌ها را فهرست می‌کند، قدیمی‌ترین نخست.</translation>
    </message>
    <message>
        <source>Only this customer&apos;s answers.</source>
        <translation>فقط پاسخ‌های این مشتری.</translation>
    </message>
    <message>
        <source>Answers on or after this day.</source>
        <translation>پاسخ‌ها در این روز یا پس از آن.</translation>
    </message>
    <message>
        <source>Answers on or before this day.</source>
        <translation>پاسخ‌ها در این روز یا پیش از آن.</translation>
    </message>
    <message>
        <source>Only NPS answers of this group.</source>
        <translation>فقط پاسخ‌های NPS این گروه.</translation>
    </message>
    <message>
        <source>Only answers with this tag.</source>
        <translation>فقط پاسخ‌های دارای این برچسب.</translation>
    </message>
    <message>
        <source>NPS per month and over the trailing 90 days, CSAT per month, the distribution of scores and the tags of each group (default: the last 12 months).</source>
        <translation>NPS هر ماه و در ۹۰ روز منتهی، CSAT هر ماه، توزیع امتیازها و برچسب‌های هر گروه (پیش‌فرض: ۱۲ ماه گذشته).</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>بدون پاسخ</translation>
    </message>
    <message>
        <source>No answers.</source>
        <translation>هیچ پاسخی نیست.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>توضیح</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s).</source>
        <translation>
            <numerusform>%n پاسخ.</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>پاسخ‌های NPS</translation>
    </message>
    <message>
        <source>P / P / D</source>
        <translation>مروج / منفعل / منتقد</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS 90 days</source>
        <translation>NPS ۹۰ روزه</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>پاسخ‌های CSAT</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>P / P / D: promoters (9–10), passives (7–8), detractors (0–6).</source>
        <translation>مروج / منفعل / منتقد: مروج‌ها (۹–۱۰)، منفعل‌ها (۷–۸)، منتقدان (۰–۶).</translation>
    </message>
    <message>
        <source>Scores (NPS):</source>
        <translation>امتیازها (NPS):</translation>
    </message>
    <message>
        <source>Scores (CSAT):</source>
        <translation>امتیازها (CSAT):</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>برچسب‌ها:</translation>
    </message>
    <message>
        <source>no tagged comments</source>
        <translation>بدون توضیح برچسب‌دار</translation>
    </message>
    <message>
        <source>(no plan)</source>
        <translation>(بدون طرح)</translation>
    </message>
    <message>
        <source>(no segment)</source>
        <translation>(بدون بخش)</translation>
    </message>
</context>
<context>
    <name>CodeRules</name>
    <message>
        <source>The %1 needs a code.</source>
        <translation>%1 باید کد داشته باشد.</translation>
    </message>
    <message>
        <source>The %1 code &quot;%2&quot; must have %3 to %4 characters.</source>
        <translation>کد %1 «%2» باید بین %3 تا %4 نویسه داشته باشد.</translation>
    </message>
    <message>
        <source>The %1 code &quot;%2&quot; may only contain upper-case letters A–Z, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>کد %1 «%2» فقط می‌تواند شامل حروف بزرگ A–Z، ارقام، «-» و «_» باشد.</translation>
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
    <message>
        <source>The demo company could not be completed: %1</source>
        <translation>تکمیل شرکت نمونه ممکن نشد: %1</translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>the company&apos;s legal name is required.</source>
        <translation>نام قانونی شرکت الزامی است.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>the country is required (it decides the VAT treatment).</source>
        <translation>کشور الزامی است (نحوه اعمال مالیات بر ارزش افزوده را تعیین می‌کند).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (e.g. FI, PL, IT).</source>
        <translation>«%1» کد کشور ISO 3166 نیست (مثلاً FI، PL، IT).</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>شناسه مالیاتی</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>«%1» نشانی ایمیل معتبری نیست.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>لوگو</translation>
    </message>
    <message>
        <source>the image is %1 KB; at most %2 KB are allowed.</source>
        <translation>حجم تصویر %1 کیلوبایت است؛ حداکثر %2 کیلوبایت مجاز است.</translation>
    </message>
    <message>
        <source>the file is not a PNG or JPEG image SubDesk can read.</source>
        <translation>پرونده تصویر PNG یا JPEG قابل خواندن برای SubDesk نیست.</translation>
    </message>
    <message>
        <source>Exemption text</source>
        <translation>متن معافیت</translation>
    </message>
    <message>
        <source>a VAT-exempt company must state the exemption on its documents (e.g. &quot;VAT exempt under art. 284 of Directive 2006/112/EC&quot;).</source>
        <translation>شرکت معاف از مالیات بر ارزش افزوده باید معافیت را در اسناد خود ذکر کند (مثلاً «VAT exempt under art. 284 of Directive 2006/112/EC»).</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>مهلت پرداخت</translation>
    </message>
    <message>
        <source>payment terms must be between 0 and %1 days.</source>
        <translation>مهلت پرداخت باید بین 0 تا %1 روز باشد.</translation>
    </message>
    <message>
        <source>Tax-inclusive prices</source>
        <translation>قیمت‌های شامل مالیات</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (e.g. EUR).</source>
        <translation>«%1» کد ارز ISO 4217 نیست (مثلاً EUR).</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>the IBAN is required.</source>
        <translation>IBAN الزامی است.</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>پیش‌فرض</translation>
    </message>
    <message>
        <source>an archived account cannot be the default one.</source>
        <translation>حساب بایگانی‌شده نمی‌تواند حساب پیش‌فرض باشد.</translation>
    </message>
    <message>
        <source>a name is required (e.g. &quot;Standard rate&quot;).</source>
        <translation>نام الزامی است (مثلاً «نرخ استاندارد»).</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>the rate must be between 0 % and 100 %.</source>
        <translation>نرخ باید بین 0 % تا 100 % باشد.</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>معتبر از</translation>
    </message>
    <message>
        <source>the first day the rate applies is required.</source>
        <translation>نخستین روز اعمال نرخ الزامی است.</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <source>the last day (%1) is before the first day (%2).</source>
        <translation>آخرین روز (%1) پیش از نخستین روز (%2) است.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>از %1 به بعد</translation>
    </message>
    <message>
        <source>Valid from: the %1 rate of %2 already has &quot;%3&quot; for %4; end that one first.</source>
        <translation>معتبر از: نرخ %1 کشور %2 از قبل «%3» را برای %4 دارد؛ ابتدا آن را پایان دهید.</translation>
    </message>
    <message>
        <source>a name is required (e.g. &quot;Invoices&quot;).</source>
        <translation>نام الزامی است (مثلاً «فاکتورها»).</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>الگو</translation>
    </message>
    <message>
        <source>an archived series cannot be the default one.</source>
        <translation>سری بایگانی‌شده نمی‌تواند سری پیش‌فرض باشد.</translation>
    </message>
    <message>
        <source>There is no default numbering series for credit notes; choose one in Settings.</source>
        <translation>هیچ سری شماره‌گذاری پیش‌فرضی برای اعلامیه‌های بستانکاری وجود ندارد؛ در تنظیمات یکی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>There is no default numbering series for invoices; choose one in Settings.</source>
        <translation>هیچ سری شماره‌گذاری پیش‌فرضی برای فاکتورها وجود ندارد؛ در تنظیمات یکی را انتخاب کنید.</translation>
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
    <name>CreditNoteBuilder</name>
    <message>
        <source>Credit on %1, line %2: −%3</source>
        <translation>بستانکاری در %1، ردیف %2: −%3</translation>
    </message>
    <message>
        <source>Only an issued invoice can be credited.</source>
        <translation>فقط فاکتور صادرشده را می‌توان بستانکار کرد.</translation>
    </message>
    <message>
        <source>Invoice %1 is already credited in full.</source>
        <translation>فاکتور %1 از قبل به‌طور کامل بستانکار شده است.</translation>
    </message>
    <message>
        <source>Choose at least one line to credit.</source>
        <translation>دست‌کم یک ردیف را برای بستانکاری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Invoice %1 has no line %2.</source>
        <translation>فاکتور %1 ردیف %2 ندارد.</translation>
    </message>
    <message>
        <source>The amount to credit on line %1 must be more than zero.</source>
        <translation>مبلغ بستانکاری در ردیف %1 باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>Line %1 can be credited up to %2.</source>
        <translation>ردیف %1 را حداکثر تا %2 می‌توان بستانکار کرد.</translation>
    </message>
    <message>
        <source>The amount to credit must be more than zero.</source>
        <translation>مبلغ بستانکاری باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>At most %1 of invoice %2 is left to credit.</source>
        <translation>حداکثر %1 از فاکتور %2 برای بستانکاری باقی مانده است.</translation>
    </message>
    <message>
        <source>Invoice %1 has no taxed lines to credit.</source>
        <translation>فاکتور %1 هیچ ردیف مشمول مالیاتی برای بستانکاری ندارد.</translation>
    </message>
    <message>
        <source>Credit on invoice %1</source>
        <translation>بستانکاری فاکتور %1</translation>
    </message>
    <message>
        <source>A credit note cannot be dated before the invoice it corrects (%1).</source>
        <translation>تاریخ اعلامیه بستانکاری نمی‌تواند پیش از فاکتوری باشد که اصلاح می‌کند (%1).</translation>
    </message>
    <message>
        <source>Nothing of invoice %1 is left to credit.</source>
        <translation>از فاکتور %1 چیزی برای بستانکاری باقی نمانده است.</translation>
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
        <translation>نخستین ماه نباید پس از آخرین ماه باشد.</translation>
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
    <message>
        <source>There is no product number %1.</source>
        <translation>محصول با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>A plan with the code %1 already exists.</source>
        <translation>طرحی با کد %1 از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>There is no plan number %1.</source>
        <translation>طرح با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no add-on number %1.</source>
        <translation>افزونه با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The plan %1 lists the add-on number %2 twice.</source>
        <translation>طرح %1 افزونه شماره %2 را دو بار فهرست کرده است.</translation>
    </message>
    <message>
        <source>An add-on with the code %1 already exists.</source>
        <translation>افزونه‌ای با کد %1 از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>The plan already has a metered charge for the metric %1.</source>
        <translation>طرح از قبل برای سنجه %1 هزینه مصرفی دارد.</translation>
    </message>
    <message>
        <source>There is no metered charge number %1.</source>
        <translation>هزینه مصرفی با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The plan %1 already has a price in %2 (%3).</source>
        <translation>طرح %1 از قبل قیمتی به %2 (%3) دارد.</translation>
    </message>
    <message>
        <source>The add-on %1 already has a price in %2 (%3).</source>
        <translation>افزونه %1 از قبل قیمتی به %2 (%3) دارد.</translation>
    </message>
    <message>
        <source>The metered charge %1 already has a price in %2 (%3).</source>
        <translation>هزینه مصرفی %1 از قبل قیمتی به %2 (%3) دارد.</translation>
    </message>
    <message>
        <source>The plan %1 already has a price in %2.</source>
        <translation>طرح %1 از قبل قیمتی به %2 دارد.</translation>
    </message>
    <message>
        <source>The add-on %1 already has a price in %2.</source>
        <translation>افزونه %1 از قبل قیمتی به %2 دارد.</translation>
    </message>
    <message>
        <source>The metered charge %1 already has a price in %2.</source>
        <translation>هزینه مصرفی %1 از قبل قیمتی به %2 دارد.</translation>
    </message>
    <message>
        <source>The price version is in %1 but its price is in %2.</source>
        <translation>ارز نسخه قیمت %1 است، اما ارز قیمت %2 است.</translation>
    </message>
    <message>
        <source>The price already has a version that takes effect on %1.</source>
        <translation>قیمت از قبل نسخه‌ای دارد که در %1 اجرا می‌شود.</translation>
    </message>
    <message>
        <source>There is no price number %1.</source>
        <translation>قیمت با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>A coupon with the code %1 already exists.</source>
        <translation>کوپنی با کد %1 از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>There is no coupon number %1.</source>
        <translation>کوپن با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no document number %1.</source>
        <translation>سند با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Subscription %1 is already billed for %2 (charge %3) for the period starting %4; nothing was stored.</source>
        <translation>اشتراک %1 از قبل برای %2 (هزینه %3) در دوره‌ای که از %4 شروع می‌شود صورتحساب شده است؛ هیچ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>There is no subscription number %1.</source>
        <translation>اشتراک با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; of subscription %2 refers to a subscription, plan, price or event that does not exist.</source>
        <translation>رویداد «%1» اشتراک %2 به اشتراک، طرح، قیمت یا رویدادی ارجاع می‌دهد که وجود ندارد.</translation>
    </message>
    <message>
        <source>The company file cancelled the change after an error; nothing was saved.</source>
        <translation>پرونده شرکت پس از بروز خطا تغییر را لغو کرد؛ هیچ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>There is no bank account number %1.</source>
        <translation>حساب بانکی با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no tax rate number %1.</source>
        <translation>نرخ مالیات با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no numbering series number %1.</source>
        <translation>سری شماره‌گذاری با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The numbering series &quot;%1&quot; has issued documents: its pattern, kind and yearly restart can no longer change. Create a new series instead.</source>
        <translation>سری شماره‌گذاری «%1» اسناد صادرشده دارد: الگو، نوع و شروع مجدد سالانه آن دیگر قابل تغییر نیست. به جای آن یک سری جدید ایجاد کنید.</translation>
    </message>
    <message>
        <source>A credit entry of customer %1 refers to a customer, document or payment that does not exist.</source>
        <translation>یک ردیف اعتبار مشتری %1 به مشتری، سند یا پرداختی اشاره می‌کند که وجود ندارد.</translation>
    </message>
    <message>
        <source>Only drafts can be stored as new documents (document of customer %1 is %2).</source>
        <translation>فقط پیش‌نویس‌ها را می‌توان به‌عنوان سند جدید ذخیره کرد (سند مشتری %1، %2 است).</translation>
    </message>
    <message>
        <source>A document for customer %1 refers to a customer, billing run or corrected document that does not exist.</source>
        <translation>سندی برای مشتری %1 به مشتری، اجرای صورتحساب یا سند اصلاح‌شده‌ای اشاره می‌کند که وجود ندارد.</translation>
    </message>
    <message>
        <source>Document %1 is issued already and cannot be changed.</source>
        <translation>سند %1 از قبل صادر شده و قابل تغییر نیست.</translation>
    </message>
    <message>
        <source>Document %1 has no line number %2.</source>
        <translation>سند %1 ردیف شماره %2 ندارد.</translation>
    </message>
    <message>
        <source>The number %1 is taken already.</source>
        <translation>شماره %1 از قبل استفاده شده است.</translation>
    </message>
    <message>
        <source>Document %1 refers to a numbering series or corrected document that does not exist.</source>
        <translation>سند %1 به سری شماره‌گذاری یا سند اصلاح‌شده‌ای اشاره می‌کند که وجود ندارد.</translation>
    </message>
    <message>
        <source>Document %1 can move between issued and uncollectible only; drafts are issued by issuing them.</source>
        <translation>سند %1 فقط می‌تواند بین وضعیت صادرشده و غیرقابل وصول جابه‌جا شود؛ پیش‌نویس‌ها با صدور، صادر می‌شوند.</translation>
    </message>
    <message>
        <source>The settlement of document %1 would fall below zero.</source>
        <translation>تسویه سند %1 به کمتر از صفر می‌رسید.</translation>
    </message>
    <message>
        <source>The settlement of invoice %1 would exceed its total.</source>
        <translation>تسویه فاکتور %1 از مبلغ کل آن بیشتر می‌شد.</translation>
    </message>
    <message>
        <source>A payment allocates to document %1 more than once.</source>
        <translation>یک پرداخت بیش از یک بار به سند %1 تخصیص می‌یابد.</translation>
    </message>
    <message>
        <source>There is no payment number %1.</source>
        <translation>پرداخت با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Cannot read the figures of %1: %2</source>
        <translation>خواندن ارقام %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>فایل وجود ندارد.</translation>
    </message>
    <message>
        <source>it is not a SubDesk company file.</source>
        <translation>فایل شرکت SubDesk نیست.</translation>
    </message>
    <message>
        <source>it was written by an older SubDesk. Open it once to update it.</source>
        <translation>با نسخه قدیمی‌تری از SubDesk نوشته شده است. یک بار آن را باز کنید تا به‌روز شود.</translation>
    </message>
    <message>
        <source>it was written by a newer SubDesk.</source>
        <translation>با نسخه جدیدتری از SubDesk نوشته شده است.</translation>
    </message>
    <message>
        <source>An MRR span of subscription %1 is not valid.</source>
        <translation>یک بازه MRR از اشتراک %1 معتبر نیست.</translation>
    </message>
    <message>
        <source>An MRR span names a subscription, customer or plan that does not exist (subscription %1).</source>
        <translation>یک بازه MRR به اشتراک، مشتری یا طرحی اشاره می‌کند که وجود ندارد (اشتراک %1).</translation>
    </message>
    <message>
        <source>Two MRR spans of subscription %1 start on the same day.</source>
        <translation>دو بازه MRR از اشتراک %1 در یک روز آغاز می‌شوند.</translation>
    </message>
    <message>
        <source>An exchange rate of %1 has no valid month.</source>
        <translation>یک نرخ ارز %1 ماه معتبری ندارد.</translation>
    </message>
    <message>
        <source>There is no %1 exchange rate for %2.</source>
        <translation>نرخ ارز %1 برای %2 وجود ندارد.</translation>
    </message>
    <message>
        <source>The company file holds an unreadable row in %1.</source>
        <translation>فایل شرکت یک ردیف ناخوانا در %1 دارد.</translation>
    </message>
    <message>
        <source>There is no survey answer number %1.</source>
        <translation>پاسخ نظرسنجی شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The survey answer of customer %1 on %2 is not valid.</source>
        <translation>پاسخ نظرسنجی مشتری %1 در %2 معتبر نیست.</translation>
    </message>
</context>
<context>
    <name>DemoCatalog</name>
    <message>
        <source>The company already has a catalog; the demo catalog goes only into an empty company file.</source>
        <translation>شرکت از قبل کاتالوگ دارد؛ کاتالوگ نمونه فقط به پرونده شرکت خالی افزوده می‌شود.</translation>
    </message>
</context>
<context>
    <name>DemoInvoicing</name>
    <message>
        <source>Demo %1: %2</source>
        <translation>نمونه %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoSubscriptions</name>
    <message>
        <source>subscribing</source>
        <translation>ایجاد اشتراک</translation>
    </message>
    <message>
        <source>changing</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>pausing</source>
        <translation>توقف موقت</translation>
    </message>
    <message>
        <source>resuming</source>
        <translation>ازسرگیری</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>reactivating</source>
        <translation>فعال‌سازی مجدد</translation>
    </message>
    <message>
        <source>Demo billing run of %1: %2</source>
        <translation>اجرای صورتحساب نمونه در %1: %2</translation>
    </message>
    <message>
        <source>Demo usage of %1: %2</source>
        <translation>مصرف نمونه در %1: %2</translation>
    </message>
    <message>
        <source>Demo price migration: %1</source>
        <translation>انتقال قیمت نمونه: %1</translation>
    </message>
    <message>
        <source>Demo history, %1 %2 on %3: %4</source>
        <translation>سابقه نمونه، %1 برای %2 در %3: %4</translation>
    </message>
    <message>
        <source>Demo %1: %2</source>
        <translation>نمایشی %1: %2</translation>
    </message>
    <message>
        <source>metrics settings</source>
        <translation>تنظیمات شاخص‌ها</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>نرخ‌های ارز</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>پاسخ‌های نظرسنجی</translation>
    </message>
    <message>
        <source>MRR spans</source>
        <translation>بازه‌های MRR</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Invoice</source>
        <translation>فاکتور</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>اعلامیه بستانکاری</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صادرشده</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>سررسیدگذشته</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>پرداخت جزئی</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>بستانکارشده</translation>
    </message>
    <message>
        <source>Uncollectible</source>
        <translation>غیرقابل وصول</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>Print %1</source>
        <translation>چاپ %1</translation>
    </message>
</context>
<context>
    <name>DocumentIssuer</name>
    <message>
        <source>Fill in the company&apos;s name and country (Settings → Company) before issuing documents: every document must name its seller.</source>
        <translation>پیش از صدور اسناد، نام و کشور شرکت را وارد کنید (تنظیمات ← شرکت): هر سند باید فروشنده خود را معرفی کند.</translation>
    </message>
    <message>
        <source>A document without lines cannot be issued.</source>
        <translation>سند بدون ردیف قابل صدور نیست.</translation>
    </message>
    <message>
        <source>An invoice cannot total less than zero; issue a credit note instead.</source>
        <translation>جمع فاکتور نمی‌تواند کمتر از صفر باشد؛ به جای آن اعلامیه بستانکاری صادر کنید.</translation>
    </message>
    <message>
        <source>A credit note must total less than zero.</source>
        <translation>جمع اعلامیه بستانکاری باید کمتر از صفر باشد.</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>Reverse charge</source>
        <translation>سازوکار معکوس مالیاتی (Reverse charge)</translation>
    </message>
    <message>
        <source>Export outside the EU — VAT not charged</source>
        <translation>صادرات به خارج از اتحادیه اروپا — بدون مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Intra-community supply exempt from VAT</source>
        <translation>عرضه درون‌جامعه‌ای معاف از مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation>خارج از شمول مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Exempt from VAT</source>
        <translation>معاف از مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Zero-rated supply</source>
        <translation>عرضه با نرخ صفر</translation>
    </message>
    <message>
        <source>Standard rate</source>
        <translation>نرخ استاندارد</translation>
    </message>
    <message>
        <source>Zero rate</source>
        <translation>نرخ صفر</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>معاف</translation>
    </message>
    <message>
        <source>Intra-community supply</source>
        <translation>عرضه درون‌جامعه‌ای</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>صادرات</translation>
    </message>
    <message>
        <source>VAT ID: %1</source>
        <translation>شناسه مالیاتی: %1</translation>
    </message>
    <message>
        <source>Reg. no.: %1</source>
        <translation>شماره ثبت: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحه %1 از %2</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>اعلامیه بستانکاری</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاکتور</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>تاریخ صدور</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاریخ سررسید</translation>
    </message>
    <message>
        <source>Supply period</source>
        <translation>دوره عرضه</translation>
    </message>
    <message>
        <source>Corrects invoice</source>
        <translation>اصلاح فاکتور</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>صورتحساب به نام</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>مالیات</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>مبلغ خالص</translation>
    </message>
    <message>
        <source>VAT summary</source>
        <translation>خلاصه مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>مشمول مالیات</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>جمع خالص</translation>
    </message>
    <message>
        <source>VAT total</source>
        <translation>جمع مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Total credited</source>
        <translation>جمع بستانکاری</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Credit applied</source>
        <translation>اعتبار اعمال‌شده</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>بستانکارشده</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>مبلغ قابل پرداخت</translation>
    </message>
    <message>
        <source>Seller&apos;s VAT ID: %1 · Customer&apos;s VAT ID: %2</source>
        <translation>شناسه مالیاتی فروشنده: %1 · شناسه مالیاتی خریدار: %2</translation>
    </message>
    <message>
        <source>Corrects invoice %1 of %2</source>
        <translation>اصلاح فاکتور %1 مورخ %2</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>بانک</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>صاحب حساب</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>شناسه پرداخت</translation>
    </message>
    <message>
        <source>Payable by %1</source>
        <translation>قابل پرداخت تا %1</translation>
    </message>
    <message>
        <source>Paid in full. Thank you.</source>
        <translation>به‌طور کامل پرداخت شده است. سپاسگزاریم.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>صورت وضعیت حساب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>مرجع</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>بدهکار</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>بستانکار</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>مانده</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>مانده ابتدای دوره</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>مانده پایان دوره</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>مانده قابل پرداخت</translation>
    </message>
    <message>
        <source>Balance in your favour</source>
        <translation>مانده به نفع شما</translation>
    </message>
    <message>
        <source>Nothing is due</source>
        <translation>مبلغی قابل پرداخت نیست</translation>
    </message>
</context>
<context>
    <name>DrillDowns</name>
    <message>
        <source>Plan %1</source>
        <translation>طرح %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>مشتری %1</translation>
    </message>
    <message>
        <source>Unknown figure.</source>
        <translation>رقم ناشناخته.</translation>
    </message>
    <message>
        <source>%1: customers paying on %2, the day before the 12 months to %3</source>
        <translation>%1: مشتریان پرداخت‌کننده در %2، روز پیش از ۱۲ ماه منتهی به %3</translation>
    </message>
    <message>
        <source>%1: customers paying on %2</source>
        <translation>%1: مشتریان پرداخت‌کننده در %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>MRR (%1)</source>
        <translation>MRR (%1)</translation>
    </message>
    <message>
        <source>Subscription %1 · %2</source>
        <translation>اشتراک %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln مشتری</numerusform>
        </translation>
    </message>
    <message>
        <source>NRR and GRR follow these customers over the 12 months that start the next day: what they pay at the end, without new customers, against what they paid here.</source>
        <translation>NRR و GRR این مشتریان را در ۱۲ ماهی که از روز بعد آغاز می‌شود دنبال می‌کنند: آنچه در پایان می‌پردازند، بدون مشتریان جدید، در برابر آنچه در اینجا پرداخته‌اند.</translation>
    </message>
    <message>
        <source>%1, MRR at the window&apos;s start %2</source>
        <translation>%1، MRR در آغاز بازه %2</translation>
    </message>
    <message>
        <source>%1, MRR %2 × 12 = ARR %3</source>
        <translation>%1، MRR %2 × 12 = ARR %3</translation>
    </message>
    <message>
        <source>MRR %1 ÷ %2 = ARPA %3</source>
        <translation>MRR %1 ÷ %2 = ARPA %3</translation>
    </message>
    <message>
        <source>CLV is ARPA divided by the mean monthly logo churn of the trailing 6 months.</source>
        <translation>CLV برابر ARPA تقسیم بر میانگین ریزش ماهانه مشتری در ۶ ماه گذشته است.</translation>
    </message>
    <message>
        <source>%1 with MRR %2</source>
        <translation>%1 با MRR %2</translation>
    </message>
    <message>
        <source>Total MRR %1 (%2)</source>
        <translation>مجموع MRR %1 (%2)</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>حرکت‌های MRR</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 در %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>حرکت</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln تغییر</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1، %2 %3</translation>
    </message>
    <message>
        <source>Logo churn counts these customers against those paying at the month&apos;s start.</source>
        <translation>ریزش مشتری این مشتریان را در برابر مشتریانی که در آغاز ماه پرداخت می‌کردند می‌شمارد.</translation>
    </message>
    <message>
        <source>%1, net %2</source>
        <translation>%1، خالص %2</translation>
    </message>
    <message>
        <source>the 90 days to %1</source>
        <translation>۹۰ روز منتهی به %1</translation>
    </message>
    <message>
        <source>NPS answers in %1</source>
        <translation>پاسخ‌های NPS در %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>توضیح</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln پاسخ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 promoters, %3 passives, %4 detractors, NPS %5</source>
        <translation>%1: %2 مروج، %3 منفعل، %4 منتقد، NPS %5</translation>
    </message>
</context>
<context>
    <name>FxRateCsv</name>
    <message numerus="yes">
        <source>the row has %n column(s); it needs three: month, currency, rate.</source>
        <translation>
            <numerusform>ردیف %n ستون دارد؛ به سه ستون نیاز است: ماه، ارز، نرخ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Month (column 1): &quot;%1&quot; is not a month written YYYY-MM.</source>
        <translation>ماه (ستون ۱): «%1» ماهی به شکل YYYY-MM نیست.</translation>
    </message>
    <message>
        <source>Currency (column 2): &quot;%1&quot; is not an ISO 4217 currency code such as SEK.</source>
        <translation>ارز (ستون ۲): «%1» کد ارز ISO 4217 مانند SEK نیست.</translation>
    </message>
    <message>
        <source>Currency (column 2): %1 is the reporting currency; it needs no rate.</source>
        <translation>ارز (ستون ۲): %1 ارز گزارش‌دهی است؛ به نرخ نیاز ندارد.</translation>
    </message>
    <message>
        <source>Rate (column 3): %1</source>
        <translation>نرخ (ستون ۳): %1</translation>
    </message>
    <message>
        <source>%1 %2 is given twice in the file.</source>
        <translation>%1 %2 دو بار در فایل آمده است.</translation>
    </message>
</context>
<context>
    <name>FxTable</name>
    <message>
        <source>&quot;%1&quot; is not an exchange rate: give a number above 0 with at most 8 decimals, e.g. 0.087312.</source>
        <translation>«%1» نرخ ارز نیست: عددی بزرگ‌تر از ۰ با حداکثر ۸ رقم اعشار وارد کنید، مثلاً 0.087312.</translation>
    </message>
</context>
<context>
    <name>InvoiceActions</name>
    <message>
        <source>&amp;New invoice…</source>
        <translation>فاکتور &amp;جدید…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>جدید…</translation>
    </message>
    <message>
        <source>Write a manual invoice or a one-off charge</source>
        <translation>نوشتن فاکتور دستی یا هزینه یک‌باره</translation>
    </message>
    <message>
        <source>&amp;Edit draft…</source>
        <translation>&amp;ویرایش پیش‌نویس…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Change the lines of the selected manual draft</source>
        <translation>تغییر ردیف‌های پیش‌نویس دستی انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;صدور…</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>صدور…</translation>
    </message>
    <message>
        <source>Number the selected draft and make it final</source>
        <translation>شماره‌گذاری پیش‌نویس انتخاب‌شده و نهایی کردن آن</translation>
    </message>
    <message>
        <source>Issue &amp;all drafts…</source>
        <translation>صدور &amp;همه پیش‌نویس‌ها…</translation>
    </message>
    <message>
        <source>Issue all drafts…</source>
        <translation>صدور همه پیش‌نویس‌ها…</translation>
    </message>
    <message>
        <source>Number every draft dated up to today and make them final</source>
        <translation>شماره‌گذاری همه پیش‌نویس‌های مورخ تا امروز و نهایی کردن آن‌ها</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>ثبت &amp;پرداخت…</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>پرداخت…</translation>
    </message>
    <message>
        <source>Record money received for the selected invoice</source>
        <translation>ثبت وجه دریافتی برای فاکتور انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Credit…</source>
        <translation>&amp;بستانکاری…</translation>
    </message>
    <message>
        <source>Credit…</source>
        <translation>بستانکاری…</translation>
    </message>
    <message>
        <source>Issue a credit note against the selected invoice</source>
        <translation>صدور اعلامیه بستانکاری برای فاکتور انتخاب‌شده</translation>
    </message>
    <message>
        <source>Mark &amp;uncollectible…</source>
        <translation>علامت‌گذاری به‌عنوان &amp;غیرقابل وصول…</translation>
    </message>
    <message>
        <source>Uncollectible…</source>
        <translation>غیرقابل وصول…</translation>
    </message>
    <message>
        <source>Write the selected invoice off as never to be paid</source>
        <translation>سوخت کردن فاکتور انتخاب‌شده به‌عنوان فاکتوری که هرگز پرداخت نخواهد شد</translation>
    </message>
    <message>
        <source>Apply customer cre&amp;dit</source>
        <translation>به‌کارگیری ا&amp;عتبار مشتری</translation>
    </message>
    <message>
        <source>Apply credit</source>
        <translation>به‌کارگیری اعتبار</translation>
    </message>
    <message>
        <source>Settle the selected invoice with the customer&apos;s credit balance in its currency</source>
        <translation>تسویه فاکتور انتخاب‌شده با اعتبار مشتری در ارز آن</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>&amp;حذف پیش‌نویس…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete the selected draft</source>
        <translation>حذف پیش‌نویس انتخاب‌شده</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>ذخیره &amp;PDF…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the selected document as a PDF file</source>
        <translation>ذخیره سند انتخاب‌شده به صورت پرونده PDF</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Print the selected document, with a preview</source>
        <translation>چاپ سند انتخاب‌شده، همراه با پیش‌نمایش</translation>
    </message>
    <message>
        <source>Save &amp;UBL…</source>
        <translation>ذخیره &amp;UBL…</translation>
    </message>
    <message>
        <source>UBL…</source>
        <translation>UBL…</translation>
    </message>
    <message>
        <source>Save the selected document as a UBL e-invoice (EN 16931, Peppol BIS 3.0)</source>
        <translation>ذخیره سند انتخاب‌شده به صورت فاکتور الکترونیکی UBL (EN 16931، Peppol BIS 3.0)</translation>
    </message>
    <message>
        <source>E&amp;xport documents…</source>
        <translation>&amp;صدور اسناد…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>صدور…</translation>
    </message>
    <message>
        <source>Save the PDF and UBL files of every document issued in a date range</source>
        <translation>ذخیره پرونده‌های PDF و UBL همه اسناد صادرشده در یک بازه تاریخ</translation>
    </message>
</context>
<context>
    <name>InvoicePrompts</name>
    <message>
        <source>Issue all drafts</source>
        <translation>صدور همه پیش‌نویس‌ها</translation>
    </message>
    <message numerus="yes">
        <source>Issue %Ln draft(s) dated up to %1?</source>
        <translation>
            <numerusform>%Ln پیش‌نویس با تاریخ تا %1 صادر شود؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Each gets the next number of its series, dated today, and can no longer be changed or deleted. Either all are issued or, if one cannot be, none.</source>
        <translation>هر کدام شماره بعدی سری خود را با تاریخ امروز می‌گیرد و دیگر قابل تغییر یا حذف نیست. یا همه صادر می‌شوند، یا اگر یکی قابل صدور نباشد، هیچ‌کدام.</translation>
    </message>
    <message>
        <source>&amp;Issue all</source>
        <translation>&amp;صدور همه</translation>
    </message>
    <message>
        <source>Mark uncollectible</source>
        <translation>علامت‌گذاری به‌عنوان غیرقابل وصول</translation>
    </message>
    <message>
        <source>Write off invoice %1 with %2 still unpaid?</source>
        <translation>فاکتور %1 با %2 مبلغ پرداخت‌نشده سوخت شود؟</translation>
    </message>
    <message>
        <source>It stays on the customer&apos;s statement and in the aging report&apos;s totals as uncollectible, and is no longer offered for payments.</source>
        <translation>در صورت وضعیت حساب مشتری و در جمع‌های گزارش سن مطالبات به‌عنوان غیرقابل وصول باقی می‌ماند و دیگر برای پرداخت‌ها پیشنهاد نمی‌شود.</translation>
    </message>
    <message>
        <source>&amp;Mark uncollectible</source>
        <translation>&amp;علامت‌گذاری به‌عنوان غیرقابل وصول</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>حذف پیش‌نویس</translation>
    </message>
    <message>
        <source>Delete the draft %1 of %2 for %3?</source>
        <translation>پیش‌نویس %1 مورخ %2 برای %3 حذف شود؟</translation>
    </message>
    <message>
        <source>Its lines are deleted with it. A draft has no number yet, so no number is lost.</source>
        <translation>ردیف‌های آن نیز همراهش حذف می‌شوند. پیش‌نویس هنوز شماره‌ای ندارد، بنابراین هیچ شماره‌ای از دست نمی‌رود.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
</context>
<context>
    <name>InvoiceService</name>
    <message>
        <source>%1 is issued and can no longer be edited.</source>
        <translation>%1 صادر شده و دیگر قابل ویرایش نیست.</translation>
    </message>
    <message>
        <source>%1 is issued and can never be deleted; credit it instead.</source>
        <translation>%1 صادر شده و هرگز قابل حذف نیست؛ به جای آن بستانکارش کنید.</translation>
    </message>
    <message>
        <source>%1 is issued already.</source>
        <translation>%1 از قبل صادر شده است.</translation>
    </message>
    <message>
        <source>The issue date is not valid.</source>
        <translation>تاریخ صدور معتبر نیست.</translation>
    </message>
    <message>
        <source>A document dated %1 cannot be issued on an earlier day (%2).</source>
        <translation>سندی با تاریخ %1 را نمی‌توان در روزی زودتر (%2) صادر کرد.</translation>
    </message>
    <message>
        <source>The series &quot;%1&quot; has a document issued on %2; a later number cannot carry an earlier date.</source>
        <translation>سری «%1» سندی صادرشده در %2 دارد؛ شماره بعدی نمی‌تواند تاریخ زودتری داشته باشد.</translation>
    </message>
    <message>
        <source>Document of %1 for customer %2</source>
        <translation>سند مورخ %1 برای مشتری %2</translation>
    </message>
    <message>
        <source> (reduced by %1 so the credit stays within the invoice)</source>
        <translation> (به اندازه %1 کاهش یافت تا بستانکاری از مبلغ فاکتور فراتر نرود)</translation>
    </message>
    <message>
        <source>Only an issued invoice can be written off as uncollectible.</source>
        <translation>فقط فاکتور صادرشده را می‌توان به‌عنوان غیرقابل وصول سوخت کرد.</translation>
    </message>
    <message>
        <source>Invoice %1 has nothing left to collect.</source>
        <translation>فاکتور %1 مبلغی برای وصول ندارد.</translation>
    </message>
    <message>
        <source>Credit can only be applied to an issued invoice.</source>
        <translation>اعتبار فقط به فاکتور صادرشده قابل اعمال است.</translation>
    </message>
    <message>
        <source>The amount of credit to apply must be more than zero.</source>
        <translation>مبلغ اعتبار قابل اعمال باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>Invoice %1 has nothing left to pay.</source>
        <translation>فاکتور %1 مبلغی برای پرداخت ندارد.</translation>
    </message>
    <message>
        <source>The customer has no credit in %1 to apply.</source>
        <translation>مشتری اعتباری به %1 برای اعمال ندارد.</translation>
    </message>
    <message>
        <source>A document cannot be issued on a day after today (%1).</source>
        <translation>سند را نمی‌توان با تاریخی پس از امروز (%1) صادر کرد.</translation>
    </message>
    <message>
        <source>The credit note would credit %1, more than the %2 of invoice %3 left to credit (in all or at one of its VAT rates).</source>
        <translation>اعلامیه بستانکاری %1 را بستانکار می‌کند، بیش از %2 باقی‌مانده فاکتور %3 (در مجموع یا در یکی از نرخ‌های مالیات بر ارزش افزوده).</translation>
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
        <translation>«%1» کد ارز شناخته‌شده‌ای نیست.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>فاکتور دست‌کم به یک ردیف نیاز دارد.</translation>
    </message>
    <message>
        <source>Line %1: the description is empty.</source>
        <translation>ردیف %1: شرح خالی است.</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be at least 1.</source>
        <translation>ردیف %1: تعداد باید دست‌کم 1 باشد.</translation>
    </message>
    <message>
        <source>Line %1: the period needs a start and a later end, or neither.</source>
        <translation>ردیف %1: دوره باید شروع و پایانی دیرتر داشته باشد، یا هیچ‌کدام.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>ردیف %1: %2</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>The lines total less than zero; credit an invoice with a credit note instead.</source>
        <translation>جمع ردیف‌ها کمتر از صفر است؛ به جای آن، فاکتور را با اعلامیه بستانکاری بستانکار کنید.</translation>
    </message>
</context>
<context>
    <name>MeteredCharge</name>
    <message>
        <source>Sum</source>
        <translation>مجموع</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>بیشینه</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>آخرین مقدار</translation>
    </message>
    <message>
        <source>A metered charge needs a metric code of 1 to %1 characters.</source>
        <translation>هزینه مصرفی به کد سنجه‌ای با 1 تا %1 نویسه نیاز دارد.</translation>
    </message>
    <message>
        <source>The metric code &quot;%1&quot; may only contain lower-case letters a–z, digits, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>کد سنجه «%1» فقط می‌تواند شامل حروف کوچک a–z، ارقام، «_» و «.» باشد.</translation>
    </message>
    <message>
        <source>The metered charge %1 needs a name.</source>
        <translation>هزینه مصرفی %1 باید نام داشته باشد.</translation>
    </message>
</context>
<context>
    <name>MeteredChargeDialog</name>
    <message>
        <source>All usage in the period added up: API calls, messages sent.</source>
        <translation>جمع همه مصرف در دوره: تماس‌های API، پیام‌های ارسال‌شده.</translation>
    </message>
    <message>
        <source>The highest value in the period: peak storage, peak seats.</source>
        <translation>بالاترین مقدار در دوره: اوج فضای ذخیره‌سازی، بیشترین تعداد کاربر.</translation>
    </message>
    <message>
        <source>The latest value in the period: a meter read at the period&apos;s end.</source>
        <translation>آخرین مقدار در دوره: قرائت کنتور در پایان دوره.</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>گسترش</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>کاهش</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>ریزش</translation>
    </message>
    <message>
        <source>%1 has no exchange rate to %2 for %3: its amounts are left out of that month.</source>
        <translation>%1 برای %3 نرخ ارزی به %2 ندارد: مبالغ آن از آن ماه کنار گذاشته می‌شوند.</translation>
    </message>
    <message>
        <source>%1 has no exchange rate to %2 from %3 to %4: its amounts are left out of those months.</source>
        <translation>%1 از %3 تا %4 نرخ ارزی به %2 ندارد: مبالغ آن از آن ماه‌ها کنار گذاشته می‌شوند.</translation>
    </message>
    <message>
        <source>Invoices in %1 have no exchange rate to %2 for %3: they are left out of the reconciliation.</source>
        <translation>فاکتورهای %1 برای %3 نرخ ارزی به %2 ندارند: از تطبیق کنار گذاشته می‌شوند.</translation>
    </message>
    <message>
        <source>Invoices in %1 have no exchange rate to %2 from %3 to %4: they are left out of the reconciliation.</source>
        <translation>فاکتورهای %1 از %3 تا %4 نرخ ارزی به %2 ندارند: از تطبیق کنار گذاشته می‌شوند.</translation>
    </message>
</context>
<context>
    <name>MetricsService</name>
    <message>
        <source>Subscription %1 is left out of the refreshed figures: %2</source>
        <translation>اشتراک %1 از ارقام به‌روزشده کنار گذاشته شد: %2</translation>
    </message>
    <message>
        <source>An exchange rate of %1 has no month.</source>
        <translation>یک نرخ ارز %1 ماه ندارد.</translation>
    </message>
    <message>
        <source>Currency: “%1” is not an ISO 4217 code in capitals (e.g. SEK).</source>
        <translation>ارز: «%1» کد ISO 4217 با حروف بزرگ نیست (مثلاً SEK).</translation>
    </message>
    <message>
        <source>%1 is the reporting currency: its rate is always 1 and is not stored.</source>
        <translation>%1 ارز گزارش‌دهی است: نرخ آن همیشه ۱ است و ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <source>Rate: the %1 rate for %2 must be greater than zero.</source>
        <translation>نرخ: نرخ %1 برای %2 باید بزرگ‌تر از صفر باشد.</translation>
    </message>
    <message>
        <source>Rate: the %1 rate for %2 is larger than 1,000,000.</source>
        <translation>نرخ: نرخ %1 برای %2 بزرگ‌تر از ۱٬۰۰۰٬۰۰۰ است.</translation>
    </message>
    <message>
        <source>The %1 rate for %2 is given twice.</source>
        <translation>نرخ %1 برای %2 دو بار آمده است.</translation>
    </message>
    <message>
        <source>Reporting currency: “%1” is not an ISO 4217 code (e.g. EUR).</source>
        <translation>ارز گزارش‌دهی: «%1» کد ISO 4217 نیست (مثلاً EUR).</translation>
    </message>
    <message>
        <source>Gross margin: it must be between 0 % and 100 %.</source>
        <translation>حاشیه سود ناخالص: باید بین ۰ % و ۱۰۰ % باشد.</translation>
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
    <name>NumberSeries</name>
    <message>
        <source>The pattern has a &quot;}&quot; without a matching &quot;{&quot; at position %1.</source>
        <translation>الگو در موقعیت %1 یک «}» بدون «{» متناظر دارد.</translation>
    </message>
    <message>
        <source>The pattern has a &quot;{&quot; without a matching &quot;}&quot; at position %1.</source>
        <translation>الگو در موقعیت %1 یک «{» بدون «}» متناظر دارد.</translation>
    </message>
    <message>
        <source>The pattern has an unknown token %1; use {YYYY}, {YY}, {MM} and {#…} (one # per digit).</source>
        <translation>الگو توکن ناشناخته %1 دارد؛ از {YYYY}، {YY}، {MM} و {#…} (یک # برای هر رقم) استفاده کنید.</translation>
    </message>
    <message>
        <source>The pattern is empty.</source>
        <translation>الگو خالی است.</translation>
    </message>
    <message>
        <source>The pattern starts or ends with a space.</source>
        <translation>الگو با فاصله شروع یا تمام می‌شود.</translation>
    </message>
    <message>
        <source>The pattern has no counter: add {#…} with one # per digit, e.g. {#####}.</source>
        <translation>الگو شمارنده ندارد: {#…} را با یک # برای هر رقم اضافه کنید، مثلاً {#####}.</translation>
    </message>
    <message>
        <source>The pattern has more than one counter {#…}.</source>
        <translation>الگو بیش از یک شمارنده {#…} دارد.</translation>
    </message>
    <message>
        <source>A series that restarts every year needs the year in its pattern ({YYYY} or {YY}); otherwise numbers would repeat.</source>
        <translation>سری‌ای که هر سال از نو شروع می‌شود به سال در الگوی خود نیاز دارد ({YYYY} یا {YY})؛ در غیر این صورت شماره‌ها تکرار می‌شوند.</translation>
    </message>
    <message>
        <source>The pattern gives numbers of %1 characters; at most %2 are allowed.</source>
        <translation>الگو شماره‌هایی با %1 نویسه تولید می‌کند؛ حداکثر %2 نویسه مجاز است.</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>نوشتن در %1 ممکن نیست: %2.</translation>
    </message>
    <message>
        <source>the file could not be renamed</source>
        <translation>تغییر نام پرونده ممکن نشد</translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; cannot be written: the output is not open for writing.</source>
        <translation>نوشتن PDF «%1» ممکن نیست: خروجی برای نوشتن باز نیست.</translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; could not be started.</source>
        <translation>شروع PDF «%1» ممکن نشد.</translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; could not be finished.</source>
        <translation>تکمیل PDF «%1» ممکن نشد.</translation>
    </message>
    <message>
        <source>Only an issued document can be exported as an e-invoice.</source>
        <translation>فقط سند صادرشده را می‌توان به صورت فاکتور الکترونیکی صادر کرد.</translation>
    </message>
    <message>
        <source>The document %1 has no lines to export.</source>
        <translation>سند %1 ردیفی برای صدور ندارد.</translation>
    </message>
    <message>
        <source>The e-invoice %1 could not be written: %2.</source>
        <translation>نوشتن فاکتور الکترونیکی %1 ممکن نشد: %2.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>انتقال بانکی</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>برداشت مستقیم</translation>
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
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>&quot;%1&quot; is not a known currency code.</source>
        <translation>«%1» کد ارز شناخته‌شده‌ای نیست.</translation>
    </message>
    <message>
        <source>The amount of a payment must be more than zero.</source>
        <translation>مبلغ پرداخت باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>A payment cannot be dated after today (%1).</source>
        <translation>تاریخ پرداخت نمی‌تواند بعد از امروز (%1) باشد.</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>%1 is not an issued invoice; payments settle invoices.</source>
        <translation>%1 فاکتور صادرشده نیست؛ پرداخت‌ها فاکتورها را تسویه می‌کنند.</translation>
    </message>
    <message>
        <source>%1 belongs to another customer.</source>
        <translation>%1 متعلق به مشتری دیگری است.</translation>
    </message>
    <message>
        <source>%1 is in %2, the payment in %3.</source>
        <translation>%1 به %2 است، اما پرداخت به %3.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 دو بار فهرست شده است.</translation>
    </message>
    <message>
        <source>The amount applied to %1 must be more than zero.</source>
        <translation>مبلغ اعمال‌شده به %1 باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>%1 has %2 left to pay; %3 cannot be applied to it.</source>
        <translation>%1 مبلغ %2 برای پرداخت باقی دارد؛ %3 را نمی‌توان به آن اعمال کرد.</translation>
    </message>
    <message>
        <source>The amounts applied to invoices add up to more than the payment (%1).</source>
        <translation>جمع مبالغ اعمال‌شده به فاکتورها بیشتر از مبلغ پرداخت (%1) است.</translation>
    </message>
    <message>
        <source>The amount of a refund must be more than zero.</source>
        <translation>مبلغ استرداد باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>A refund cannot be dated after today (%1).</source>
        <translation>تاریخ استرداد نمی‌تواند بعد از امروز (%1) باشد.</translation>
    </message>
    <message>
        <source>The customer has %1 of credit in %2; a refund cannot be more.</source>
        <translation>مشتری %1 اعتبار به %2 دارد؛ استرداد نمی‌تواند بیشتر از آن باشد.</translation>
    </message>
</context>
<context>
    <name>Percent</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number with the locale&apos;s digits (&quot;5.5&quot;). Write the percent sign as your language does.</extracomment>
        <translation>%1٪</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Renews</source>
        <translation>تمدید می‌شود</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>منقضی می‌شود</translation>
    </message>
    <message>
        <source>Evergreen</source>
        <translation>نامحدود</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), then renews</source>
        <translation>
            <numerusform>%n دوره، سپس تمدید می‌شود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), then expires</source>
        <translation>
            <numerusform>%n دوره، سپس منقضی می‌شود</numerusform>
        </translation>
    </message>
    <message>
        <source>plan</source>
        <translation>طرح</translation>
    </message>
    <message>
        <source>The plan %1 needs a name.</source>
        <translation>طرح %1 باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>The trial of plan %1 must be 0 to %2 days, not %3.</source>
        <translation>دوره آزمایشی طرح %1 باید بین 0 تا %2 روز باشد، نه %3.</translation>
    </message>
    <message>
        <source>The term of plan %1 must be 0 (evergreen) to %2 periods, not %3.</source>
        <translation>مدت طرح %1 باید بین 0 (نامحدود) تا %2 دوره باشد، نه %3.</translation>
    </message>
    <message>
        <source>The plan %1 has an empty feature line.</source>
        <translation>طرح %1 یک سطر ویژگی خالی دارد.</translation>
    </message>
</context>
<context>
    <name>Price</name>
    <message>
        <source>A price needs a currency.</source>
        <translation>قیمت باید ارز داشته باشد.</translation>
    </message>
    <message>
        <source>A price needs at least one version.</source>
        <translation>قیمت باید دست‌کم یک نسخه داشته باشد.</translation>
    </message>
    <message>
        <source>Every price version needs the date it takes effect.</source>
        <translation>هر نسخه قیمت به تاریخ اجرا نیاز دارد.</translation>
    </message>
    <message>
        <source>Price versions must take effect on different dates, in order; %1 comes twice or out of order.</source>
        <translation>نسخه‌های قیمت باید به ترتیب و در تاریخ‌های متفاوت اجرا شوند؛ %1 تکراری است یا ترتیب آن درست نیست.</translation>
    </message>
    <message>
        <source>The pricing model is in %1 but the price is in %2.</source>
        <translation>ارز مدل قیمت‌گذاری %1 است، اما ارز قیمت %2 است.</translation>
    </message>
    <message>
        <source>The setup fee is in %1 but the price is in %2.</source>
        <translation>ارز هزینه راه‌اندازی %1 است، اما ارز قیمت %2 است.</translation>
    </message>
    <message>
        <source>A setup fee cannot be negative.</source>
        <translation>هزینه راه‌اندازی نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Only plan prices have a setup fee.</source>
        <translation>فقط قیمت‌های طرح هزینه راه‌اندازی دارند.</translation>
    </message>
</context>
<context>
    <name>PriceEditor</name>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>روز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>هفته</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>ماه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>سال</numerusform>
        </translation>
    </message>
    <message>
        <source>One amount per period, whatever the quantity.</source>
        <translation>یک مبلغ برای هر دوره، صرف‌نظر از تعداد.</translation>
    </message>
    <message>
        <source>The unit price times the quantity, e.g. per seat.</source>
        <translation>قیمت واحد ضرب در تعداد، مثلاً به ازای هر کاربر.</translation>
    </message>
    <message>
        <source>Each unit costs the price of the tier it falls in, plus the flat fee of every tier reached.</source>
        <translation>هر واحد به قیمت پله‌ای که در آن قرار می‌گیرد محاسبه می‌شود، به‌علاوه هزینه ثابت هر پله‌ای که به آن رسیده است.</translation>
    </message>
    <message>
        <source>All units cost the price of the tier the quantity falls in, plus that tier&apos;s flat fee.</source>
        <translation>همه واحدها به قیمت پله‌ای محاسبه می‌شوند که تعداد در آن قرار می‌گیرد، به‌علاوه هزینه ثابت همان پله.</translation>
    </message>
    <message>
        <source>Units are sold in packages; a started package counts as a whole one.</source>
        <translation>واحدها در قالب بسته فروخته می‌شوند؛ بسته شروع‌شده یک بسته کامل حساب می‌شود.</translation>
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
        <translation>روزانه</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>ماهانه</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>سالانه</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>هر %n روز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>هر %n هفته</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>هر %n ماه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>هر %n سال</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation>%1 برای هر واحد</translation>
    </message>
    <message>
        <source>graduated from %1 per unit</source>
        <translation>پلکانی از %1 برای هر واحد</translation>
    </message>
    <message>
        <source>volume from %1 per unit</source>
        <translation>حجمی از %1 برای هر واحد</translation>
    </message>
    <message>
        <source>%1 per %2 units</source>
        <translation>%1 برای هر %2 واحد</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>price, then how often</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no price yet</source>
        <translation>هنوز قیمتی ندارد</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 و %2 مورد دیگر</translation>
    </message>
    <message>
        <source>%1 (also in %2)</source>
        <translation>%1 (همچنین به %2)</translation>
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
    <name>ReconciliationPage</name>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>زمان‌بندی</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>مالیات</translation>
    </message>
    <message>
        <source>One-time fees</source>
        <translation>هزینه‌های یک‌باره</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>مصرف</translation>
    </message>
    <message>
        <source>Proration</source>
        <translation>محاسبه تناسبی</translation>
    </message>
    <message>
        <source>Credit notes (−)</source>
        <translation>اعلامیه‌های بستانکاری (−)</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>فاکتورشده</translation>
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
    <name>Statement</name>
    <message>
        <source>Invoice</source>
        <translation>فاکتور</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>اعلامیه بستانکاری</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>A statement needs a first day on or before its last day.</source>
        <translation>صورت وضعیت حساب به نخستین روزی نیاز دارد که در آخرین روز آن یا پیش از آن باشد.</translation>
    </message>
</context>
<context>
    <name>Subscription</name>
    <message>
        <source>Scheduled</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>دوره آزمایشی</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف‌شده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی‌شده</translation>
    </message>
</context>
<context>
    <name>SubscriptionEvent</name>
    <message>
        <source>Created</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>Temporary change</source>
        <translation>تغییر موقت</translation>
    </message>
    <message>
        <source>Temporary change ended</source>
        <translation>پایان تغییر موقت</translation>
    </message>
    <message>
        <source>Moved to new prices</source>
        <translation>انتقال به قیمت‌های جدید</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>توقف موقت</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>ازسرگیری</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>فعال‌سازی مجدد</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>تمدید</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>انقضا</translation>
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
        <translation>مشتری %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>طرح %1</translation>
    </message>
    <message>
        <source>Add-on %1</source>
        <translation>افزونه %1</translation>
    </message>
    <message>
        <source>, + %1</source>
        <translation>، + %1</translation>
    </message>
    <message>
        <source>, coupon %1</source>
        <translation>، کوپن %1</translation>
    </message>
    <message>
        <source>plan %1 → %2</source>
        <translation>طرح %1 → %2</translation>
    </message>
    <message>
        <source>new price of %1</source>
        <translation>قیمت جدید %1</translation>
    </message>
    <message>
        <source>quantity %1 → %2</source>
        <translation>تعداد %1 → %2</translation>
    </message>
    <message>
        <source>interval %1 → %2</source>
        <translation>بازه %1 → %2</translation>
    </message>
    <message>
        <source>billing day %1 → %2</source>
        <translation>روز صورتحساب %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>add-on prices updated</source>
        <translation>قیمت‌های افزونه به‌روزرسانی شد</translation>
    </message>
    <message>
        <source>add-ons %1 → %2</source>
        <translation>افزونه‌ها %1 → %2</translation>
    </message>
    <message>
        <source>coupon %1 → %2</source>
        <translation>کوپن %1 → %2</translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation>%1 برای هر واحد</translation>
    </message>
    <message>
        <source>None</source>
        <translation>بدون</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>روز %1</translation>
    </message>
</context>
<context>
    <name>SubscriptionTimeline</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 در %2</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; is not possible: %2</source>
        <translation>رویداد «%1» ممکن نیست: %2</translation>
    </message>
    <message>
        <source>The subscription has no &quot;Created&quot; event.</source>
        <translation>اشتراک رویداد «ایجاد» ندارد.</translation>
    </message>
    <message>
        <source>it must be dated on the start date and carry the configuration.</source>
        <translation>باید در تاریخ شروع ثبت شده باشد و پیکربندی را در بر داشته باشد.</translation>
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
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>وب</translation>
    </message>
    <message>
        <source>In app</source>
        <translation>درون برنامه</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>مروج‌ها</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>منفعل‌ها</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>منتقدان</translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <source>&quot;%1&quot; is not a valid date.</source>
        <translation>«%1» تاریخ معتبری نیست.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a two-digit year; write the year with four digits or the date as YYYY-MM-DD.</source>
        <translation>«%1» سال دورقمی دارد؛ سال را با چهار رقم یا تاریخ را به شکل YYYY-MM-DD بنویسید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date SubDesk can read; write it as YYYY-MM-DD (e.g. 2026-03-14).</source>
        <translation>«%1» تاریخی نیست که SubDesk بتواند بخواند؛ آن را به شکل YYYY-MM-DD بنویسید (مثلاً 2026-03-14).</translation>
    </message>
    <message>
        <source>the customer is missing: give an e-mail address or a customer number.</source>
        <translation>مشتری مشخص نشده است: نشانی ایمیل یا شماره مشتری را وارد کنید.</translation>
    </message>
    <message>
        <source>there is no customer %1.</source>
        <translation>مشتری %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer number.</source>
        <translation>«%1» شماره مشتری نیست.</translation>
    </message>
    <message>
        <source>no customer has the e-mail address %1.</source>
        <translation>هیچ مشتری‌ای نشانی ایمیل %1 را ندارد.</translation>
    </message>
    <message>
        <source>%1 is the e-mail address of customer %2, not of customer %3 (%4).</source>
        <translation>%1 نشانی ایمیل مشتری %2 است، نه مشتری %3 (%4).</translation>
    </message>
    <message>
        <source>%1 belongs to several customers (%2); give the customer number in a customer column.</source>
        <translation>%1 به چند مشتری تعلق دارد (%2)؛ شماره مشتری را در ستون مشتری وارد کنید.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>خط %1، ستون %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>خط %1: %2</translation>
    </message>
    <message>
        <source>The file is empty: it needs a first line naming the columns (date, e-mail or customer, score, comment) and a line per answer.</source>
        <translation>فایل خالی است: به خط نخستی که ستون‌ها را نام ببرد (تاریخ، ایمیل یا مشتری، امتیاز، توضیح) و یک خط برای هر پاسخ نیاز است.</translation>
    </message>
    <message>
        <source>E-mail or Customer</source>
        <translation>ایمیل یا مشتری</translation>
    </message>
    <message>
        <source>The first line must name the columns date, e-mail or customer number, and score; no column is named for: %1. The first line reads: %2.</source>
        <translation>خط نخست باید ستون‌های تاریخ، ایمیل یا شماره مشتری، و امتیاز را نام ببرد؛ هیچ ستونی برای این موارد نام برده نشده است: %1. خط نخست چنین است: %2.</translation>
    </message>
    <message>
        <source>The file has a header line but no answers.</source>
        <translation>فایل یک خط سرستون دارد اما هیچ پاسخی ندارد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither nps nor csat.</source>
        <translation>«%1» نه nps است نه csat.</translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation>تاریخ وارد نشده است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: the file has day-first dates (line %2) and month-first dates (line %3). Choose the date order, or write dates as YYYY-MM-DD.</source>
        <translation>«%1» خوانده نمی‌شود: فایل هم تاریخ‌های روز‌اول (خط %2) و هم تاریخ‌های ماه‌اول (خط %3) دارد. ترتیب تاریخ را انتخاب کنید یا تاریخ‌ها را به شکل YYYY-MM-DD بنویسید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: it may be %2 or %3, and no date in the file has a day above 12 to tell. Choose the date order, or write dates as YYYY-MM-DD.</source>
        <translation>«%1» مبهم است: ممکن است %2 یا %3 باشد، و هیچ تاریخی در فایل روزی بزرگ‌تر از ۱۲ ندارد که مشخص کند. ترتیب تاریخ را انتخاب کنید یا تاریخ‌ها را به شکل YYYY-MM-DD بنویسید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid month-first date (MM/DD/YYYY).</source>
        <translation>«%1» تاریخ ماه‌اول معتبری نیست (MM/DD/YYYY).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid day-first date (DD/MM/YYYY).</source>
        <translation>«%1» تاریخ روز‌اول معتبری نیست (DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 در آینده است.</translation>
    </message>
    <message>
        <source>the score is missing.</source>
        <translation>امتیاز وارد نشده است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>«%1» عدد صحیح نیست.</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3, the range of %4 answers.</source>
        <translation>%1 خارج از %2–%3، بازه پاسخ‌های %4، است.</translation>
    </message>
    <message>
        <source>the comment has %1 characters; at most %2 are allowed.</source>
        <translation>توضیح %1 نویسه دارد؛ حداکثر %2 نویسه مجاز است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel; use one of: %2.</source>
        <translation>«%1» کانال نیست؛ یکی از این‌ها را به کار ببرید: %2.</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is longer than %2 characters.</source>
        <translation>برچسب «%1» بلندتر از %2 نویسه است.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s), so nothing was imported. Correct the file and import it again.</source>
        <translation>
            <numerusform>فایل %n مشکل دارد، بنابراین چیزی وارد نشد. فایل را اصلاح کنید و دوباره وارد کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no answer to import.</source>
        <translation>فایل هیچ پاسخی برای وارد کردن ندارد.</translation>
    </message>
</context>
<context>
    <name>SurveyService</name>
    <message>
        <source>Score: an NPS answer is from 0 to 10, not %1.</source>
        <translation>امتیاز: پاسخ NPS از ۰ تا ۱۰ است، نه %1.</translation>
    </message>
    <message>
        <source>Score: a CSAT answer is from 1 to 5, not %1.</source>
        <translation>امتیاز: پاسخ CSAT از ۱ تا ۵ است، نه %1.</translation>
    </message>
    <message>
        <source>Date: the date is missing or not a valid date.</source>
        <translation>تاریخ: تاریخ وارد نشده یا معتبر نیست.</translation>
    </message>
    <message>
        <source>Date: %1 is in the future; an answer is dated when it was given.</source>
        <translation>تاریخ: %1 در آینده است؛ تاریخ پاسخ، زمانی است که داده شده است.</translation>
    </message>
    <message>
        <source>Comment: at most %1 characters (this one has %2).</source>
        <translation>توضیح: حداکثر %1 نویسه (این یکی %2 نویسه دارد).</translation>
    </message>
    <message>
        <source>Tags: “%1” is longer than %2 characters.</source>
        <translation>برچسب‌ها: «%1» بلندتر از %2 نویسه است.</translation>
    </message>
    <message>
        <source>Customer: choose the customer who answered.</source>
        <translation>مشتری: مشتری‌ای را که پاسخ داده است انتخاب کنید.</translation>
    </message>
    <message>
        <source>Customer: there is no customer number %1.</source>
        <translation>مشتری: شماره مشتری %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>پاسخ %1: %2</translation>
    </message>
    <message>
        <source>The survey answer is not stored yet.</source>
        <translation>پاسخ نظرسنجی هنوز ذخیره نشده است.</translation>
    </message>
</context>
<context>
    <name>Tax</name>
    <message>
        <source>Standard</source>
        <translation>استاندارد</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>کاهش‌یافته</translation>
    </message>
    <message>
        <source>Second reduced</source>
        <translation>کاهش‌یافته دوم</translation>
    </message>
    <message>
        <source>Super-reduced</source>
        <translation>فوق‌کاهش‌یافته</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>نرخ صفر</translation>
    </message>
    <message>
        <source>Standard rate</source>
        <translation>نرخ استاندارد</translation>
    </message>
    <message>
        <source>Zero rated</source>
        <translation>نرخ صفر</translation>
    </message>
    <message>
        <source>Exempt from VAT</source>
        <translation>معاف از مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>سازوکار معکوس مالیاتی</translation>
    </message>
    <message>
        <source>Intra-community supply</source>
        <translation>عرضه درون‌جامعه‌ای</translation>
    </message>
    <message>
        <source>Export outside the EU</source>
        <translation>صادرات به خارج از اتحادیه اروپا</translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation>خارج از شمول مالیات بر ارزش افزوده</translation>
    </message>
</context>
<context>
    <name>TaxCalculator</name>
    <message>
        <source>No %1 rate for %2 on %3 in the tax-rate table.</source>
        <translation>در جدول نرخ‌های مالیات، نرخ %1 برای %2 در %3 وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>UsageImport</name>
    <message>
        <source>Subscription</source>
        <translation>اشتراک</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>سنجه</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>The file is empty: it needs a first line naming the columns (subscription, metric, quantity, date) and a line per reading.</source>
        <translation>پرونده خالی است: باید یک سطر اول با نام ستون‌ها (subscription، metric، quantity، date) و برای هر قرائت یک سطر داشته باشد.</translation>
    </message>
    <message>
        <source>%1 is before subscription %2 started (%3).</source>
        <translation>%1 پیش از شروع اشتراک %2 (%3) است.</translation>
    </message>
    <message>
        <source>subscription %1 has no metered charges on %2, so no usage can be recorded for &quot;%3&quot;.</source>
        <translation>اشتراک %1 در %2 هزینه مصرفی ندارد، بنابراین برای «%3» مصرفی ثبت نمی‌شود.</translation>
    </message>
    <message>
        <source>subscription %1 has no metered charge &quot;%2&quot; on %3 (it has: %4).</source>
        <translation>اشتراک %1 در %3 هزینه مصرفی «%2» ندارد (هزینه‌های موجود: %4).</translation>
    </message>
    <message>
        <source>the usage of %1 for %2 is already billed.</source>
        <translation>مصرف %1 برای %2 از قبل صورتحساب شده است.</translation>
    </message>
    <message>
        <source>The first line must name the columns subscription, metric, quantity and date; no column is named for: %1.</source>
        <translation>سطر اول باید نام ستون‌های subscription، metric، quantity و date را داشته باشد؛ هیچ ستونی برای این موارد نام‌گذاری نشده است: %1.</translation>
    </message>
    <message>
        <source>The file has a header line but no usage rows.</source>
        <translation>پرونده سطر سرعنوان دارد، اما هیچ سطر مصرفی ندارد.</translation>
    </message>
    <message>
        <source>the subscription number is missing.</source>
        <translation>شماره اشتراک وارد نشده است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subscription number.</source>
        <translation>«%1» شماره اشتراک معتبری نیست.</translation>
    </message>
    <message>
        <source>there is no subscription %1.</source>
        <translation>اشتراک %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>the metric code is missing.</source>
        <translation>کد سنجه وارد نشده است.</translation>
    </message>
    <message>
        <source>the quantity is missing.</source>
        <translation>تعداد وارد نشده است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation>«%1» عددی صحیح برابر 0 یا بیشتر نیست.</translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation>تاریخ وارد نشده است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>«%1» تاریخی به شکل YYYY-MM-DD نیست.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing was imported. Correct the file, or import only the valid rows.</source>
        <translation>
            <numerusform>%n سطر قابل ورود نیست، بنابراین هیچ چیزی وارد نشد. پرونده را اصلاح کنید یا فقط سطرهای معتبر را وارد کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no valid usage row to import.</source>
        <translation>پرونده هیچ سطر مصرف معتبری برای ورود ندارد.</translation>
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
    <name>subdesk::billing::BillingEngine</name>
    <message>
        <source>The plan&apos;s price is missing from the catalog.</source>
        <translation>قیمت طرح در کاتالوگ وجود ندارد.</translation>
    </message>
    <message>
        <source>An add-on&apos;s price is missing from the catalog.</source>
        <translation>قیمت یکی از افزونه‌ها در کاتالوگ وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>subdesk::billing::EngineRun</name>
    <message>
        <source>Subscription %1: %2 is missing from the catalog.</source>
        <translation>اشتراک %1: %2 در کاتالوگ وجود ندارد.</translation>
    </message>
    <message>
        <source>%1; total %2</source>
        <translation>%1؛ جمع %2</translation>
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
        <translation>هزینه راه‌اندازی: %1</translation>
    </message>
    <message>
        <source>One-time setup fee = %1</source>
        <translation>هزینه راه‌اندازی یک‌باره = %1</translation>
    </message>
    <message>
        <source>Coupon %1 (%2)</source>
        <translation>کوپن %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3، دوره %4)</translation>
    </message>
    <message>
        <source>%1, unused time</source>
        <translation>%1، زمان استفاده‌نشده</translation>
    </message>
    <message>
        <source>%1, remaining time</source>
        <translation>%1، زمان باقی‌مانده</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>کوپن %1</translation>
    </message>
    <message>
        <source>Coupon %1 (%2), unused time</source>
        <translation>کوپن %1 (%2)، زمان استفاده‌نشده</translation>
    </message>
    <message>
        <source>Coupon %1: %2 of %3 = %4</source>
        <translation>کوپن %1: %2 از %3 = %4</translation>
    </message>
</context>
<context>
    <name>subdesk::metrics::MetricsEngine</name>
    <message>
        <source>Give the month of the movements.</source>
        <translation>ماه حرکت‌ها را مشخص کنید.</translation>
    </message>
    <message>
        <source>Give the day to list the paying customers of.</source>
        <translation>روزی را که مشتریان پرداخت‌کننده‌اش فهرست شوند مشخص کنید.</translation>
    </message>
    <message>
        <source>The amounts are too large to add up into the figures.</source>
        <translation>مبالغ برای جمع شدن در ارقام بیش از حد بزرگ‌اند.</translation>
    </message>
    <message>
        <source>Choose the reporting currency first.</source>
        <translation>نخست ارز گزارش‌دهی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Give the first and the last month of the report.</source>
        <translation>نخستین و آخرین ماه گزارش را مشخص کنید.</translation>
    </message>
    <message>
        <source>A report month is given by its first day.</source>
        <translation>ماه گزارش با نخستین روزش مشخص می‌شود.</translation>
    </message>
    <message>
        <source>The report ends (%1) before it starts (%2).</source>
        <translation>گزارش (%1) پیش از آغازش (%2) پایان می‌یابد.</translation>
    </message>
    <message>
        <source>A report covers at most %1 months.</source>
        <translation>یک گزارش حداکثر %1 ماه را در بر می‌گیرد.</translation>
    </message>
</context>
<context>
    <name>subdesk::subscriptions::ConfigResolver</name>
    <message>
        <source>%1 has no %2 price in %3.</source>
        <translation>%1 قیمت %2 به %3 ندارد.</translation>
    </message>
    <message>
        <source>%1 has no price in %2.</source>
        <translation>%1 قیمتی به %2 ندارد.</translation>
    </message>
    <message>
        <source>The price of %1 takes effect on %2, after %3.</source>
        <translation>قیمت %1 از %2 اجرا می‌شود، یعنی پس از %3.</translation>
    </message>
    <message>
        <source>The plan does not exist.</source>
        <translation>طرح وجود ندارد.</translation>
    </message>
    <message>
        <source>The plan %1 is archived: it can no longer be sold.</source>
        <translation>طرح %1 بایگانی شده است: دیگر قابل فروش نیست.</translation>
    </message>
    <message>
        <source>The plan %1</source>
        <translation>طرح %1</translation>
    </message>
    <message>
        <source>The add-on does not exist.</source>
        <translation>افزونه وجود ندارد.</translation>
    </message>
    <message>
        <source>The plan %1 does not allow the add-on %2.</source>
        <translation>طرح %1 افزونه %2 را مجاز نمی‌داند.</translation>
    </message>
    <message>
        <source>The quantity of the add-on %1 must be at least 1.</source>
        <translation>تعداد افزونه %1 باید دست‌کم 1 باشد.</translation>
    </message>
    <message>
        <source>The add-on %1</source>
        <translation>افزونه %1</translation>
    </message>
    <message>
        <source>The add-on %1 is chosen twice.</source>
        <translation>افزونه %1 دو بار انتخاب شده است.</translation>
    </message>
    <message>
        <source>The metered charge %1</source>
        <translation>هزینه مصرفی %1</translation>
    </message>
    <message>
        <source>There is no coupon with the code %1.</source>
        <translation>کوپنی با کد %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The coupon %1 does not apply to the plan %2.</source>
        <translation>کوپن %1 روی طرح %2 اعمال نمی‌شود.</translation>
    </message>
    <message>
        <source>The coupon %1 is in %2, but the subscription is billed in %3.</source>
        <translation>کوپن %1 به ارز %2 است، اما صورتحساب اشتراک به ارز %3 صادر می‌شود.</translation>
    </message>
</context>
<context>
    <name>subdesk::subscriptions::SubscriptionService</name>
    <message>
        <source>The customer does not exist.</source>
        <translation>مشتری وجود ندارد.</translation>
    </message>
    <message>
        <source>The customer %1 is archived.</source>
        <translation>مشتری %1 بایگانی شده است.</translation>
    </message>
    <message>
        <source>The customer %1 has no valid currency.</source>
        <translation>مشتری %1 ارز معتبری ندارد.</translation>
    </message>
    <message>
        <source>The subscription needs a start date.</source>
        <translation>اشتراک به تاریخ شروع نیاز دارد.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>تعداد باید دست‌کم 1 باشد.</translation>
    </message>
    <message>
        <source>The plan does not exist.</source>
        <translation>طرح وجود ندارد.</translation>
    </message>
    <message>
        <source>The trial must be 0 to %1 days.</source>
        <translation>دوره آزمایشی باید بین 0 تا %1 روز باشد.</translation>
    </message>
    <message>
        <source>Daily billing has no anchor day.</source>
        <translation>صورتحساب روزانه روز صورتحساب ثابت ندارد.</translation>
    </message>
    <message>
        <source>The anchor day must be 1 to %1.</source>
        <translation>روز صورتحساب باید بین 1 تا %1 باشد.</translation>
    </message>
    <message>
        <source>Subscription %1 is already billed for the period from %2, so this can take effect on %2 at the earliest.</source>
        <translation>اشتراک %1 از قبل برای دوره‌ای که از %2 شروع می‌شود صورتحساب شده است، بنابراین این تغییر زودتر از %2 اجرا نمی‌شود.</translation>
    </message>
    <message>
        <source>Give the date the change takes effect.</source>
        <translation>تاریخ اجرای تغییر را مشخص کنید.</translation>
    </message>
    <message>
        <source>The subscription has ended; reactivate it before changing it.</source>
        <translation>اشتراک پایان یافته است؛ پیش از تغییر، آن را دوباره فعال کنید.</translation>
    </message>
    <message>
        <source>A change (%1) is already scheduled for %2; this change can take effect on that day or later.</source>
        <translation>یک تغییر (%1) از قبل برای %2 زمان‌بندی شده است؛ این تغییر می‌تواند در همان روز یا پس از آن اجرا شود.</translation>
    </message>
    <message>
        <source>A temporary change keeps the billing interval.</source>
        <translation>تغییر موقت، بازه صورتحساب را تغییر نمی‌دهد.</translation>
    </message>
    <message>
        <source>Nothing changes: the subscription already has these terms.</source>
        <translation>تغییری رخ نمی‌دهد: اشتراک از قبل همین شرایط را دارد.</translation>
    </message>
    <message>
        <source>A trial cannot be paused: cancel it or let it run.</source>
        <translation>دوره آزمایشی را نمی‌توان به‌طور موقت متوقف کرد: آن را لغو کنید یا بگذارید ادامه یابد.</translation>
    </message>
    <message>
        <source>Only an active subscription can be paused.</source>
        <translation>فقط اشتراک فعال را می‌توان به‌طور موقت متوقف کرد.</translation>
    </message>
    <message>
        <source>The subscription has already ended.</source>
        <translation>اشتراک از قبل پایان یافته است.</translation>
    </message>
    <message>
        <source>The subscription is already %1 from %2.</source>
        <translation>برای اشتراک از قبل «%1» از %2 ثبت شده است.</translation>
    </message>
    <message>
        <source>Only a paused subscription can be resumed.</source>
        <translation>فقط اشتراک متوقف‌شده را می‌توان از سر گرفت.</translation>
    </message>
    <message>
        <source>Only a cancelled or expired subscription can be reactivated.</source>
        <translation>فقط اشتراک لغوشده یا منقضی‌شده را می‌توان دوباره فعال کرد.</translation>
    </message>
    <message>
        <source>The price version does not exist.</source>
        <translation>نسخه قیمت وجود ندارد.</translation>
    </message>
    <message>
        <source>The new prices take effect on %1: migrate from that day or later.</source>
        <translation>قیمت‌های جدید از %1 اجرا می‌شوند: انتقال را از همان روز یا پس از آن انجام دهید.</translation>
    </message>
    <message>
        <source>Subscription %1: %2</source>
        <translation>اشتراک %1: %2</translation>
    </message>
    <message>
        <source>Usage record %1: %2</source>
        <translation>رکورد مصرف %1: %2</translation>
    </message>
    <message>
        <source>the date is missing or not a valid date.</source>
        <translation>تاریخ وارد نشده یا معتبر نیست.</translation>
    </message>
    <message>
        <source>the quantity %1 is negative.</source>
        <translation>تعداد %1 منفی است.</translation>
    </message>
    <message>
        <source>there is no subscription %1.</source>
        <translation>اشتراک %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>subscription %1 has no metered charge &quot;%2&quot; on %3.</source>
        <translation>اشتراک %1 در %3 هزینه مصرفی «%2» ندارد.</translation>
    </message>
    <message>
        <source>subscription %1 is not billed on %2 (trial, pause, or time already paid), so its usage then is not charged.</source>
        <translation>اشتراک %1 در %2 صورتحساب نمی‌شود (دوره آزمایشی، توقف موقت یا زمانی که از قبل پرداخت شده)، بنابراین مصرف آن روز هزینه‌ای ندارد.</translation>
    </message>
    <message>
        <source>the period %1 is already billed (billing ran through %2).</source>
        <translation>دوره %1 از قبل صورتحساب شده است (صورتحساب تا %2 اجرا شده است).</translation>
    </message>
    <message>
        <source>the usage of %1 is already billed for the period %2.</source>
        <translation>مصرف %1 برای دوره %2 از قبل صورتحساب شده است.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::AddOnDialog</name>
    <message>
        <source>Edit add-on — %1</source>
        <translation>ویرایش افزونه — %1</translation>
    </message>
    <message>
        <source>New add-on</source>
        <translation>افزونه جدید</translation>
    </message>
    <message>
        <source>e.g. STORAGE-100</source>
        <translation>مثلاً STORAGE-100</translation>
    </message>
    <message>
        <source>As customers read it, e.g. Extra storage 100 GB</source>
        <translation>همان‌طور که مشتریان می‌خوانند، مثلاً فضای ذخیره‌سازی اضافی 100 گیگابایت</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;کد</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;توضیحات</translation>
    </message>
    <message>
        <source>&amp;Billed</source>
        <translation>نوع &amp;صورتحساب</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>قیمت‌ها</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Add add-on</source>
        <translation>افزودن افزونه</translation>
    </message>
    <message>
        <source>Billed every period together with the plan, in advance.</source>
        <translation>در هر دوره همراه با طرح و به‌صورت پیش‌پرداخت صورتحساب می‌شود.</translation>
    </message>
    <message>
        <source>Billed once, on the next invoice after it is added to a subscription.</source>
        <translation>یک بار صورتحساب می‌شود، در نخستین فاکتور پس از افزوده شدن به اشتراک.</translation>
    </message>
    <message>
        <source>The kind is fixed once the add-on has a price</source>
        <translation>پس از آنکه افزونه قیمت داشته باشد، نوع آن قابل تغییر نیست</translation>
    </message>
    <message>
        <source>add-on</source>
        <translation>افزونه</translation>
    </message>
    <message>
        <source>The code %1 is already used by the add-on %2.</source>
        <translation>کد %1 از قبل برای افزونه %2 به کار رفته است.</translation>
    </message>
    <message>
        <source>Enter the add-on&apos;s name.</source>
        <translation>نام افزونه را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::AddOnPicker</name>
    <message>
        <source>This plan has no add-ons.</source>
        <translation>این طرح افزونه‌ای ندارد.</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>تعداد %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 once</source>
        <translation>%1 یک بار</translation>
    </message>
    <message>
        <source>no %1 price in %2</source>
        <translation>بدون قیمت %1 به %2</translation>
    </message>
    <message>
        <source>no price in %1</source>
        <translation>بدون قیمت به %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::AddOnTableModel</name>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>نوع صورتحساب</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>قیمت‌ها</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیحات</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::AgingPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>صدور CSV…</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>تا تاریخ:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>فاکتورها</translation>
    </message>
    <message>
        <source>Days past the due date; balances as they stand today.</source>
        <translation>روزهای گذشته از تاریخ سررسید؛ مانده‌ها به وضعیت امروز.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>جمع %1</translation>
    </message>
    <message>
        <source>aging-%1.csv</source>
        <translation>aging-%1.csv</translation>
    </message>
    <message>
        <source>Export aging report</source>
        <translation>صدور گزارش سن مطالبات</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::BankAccountDialog</name>
    <message>
        <source>New bank account</source>
        <translation>حساب بانکی جدید</translation>
    </message>
    <message>
        <source>Edit bank account</source>
        <translation>ویرایش حساب بانکی</translation>
    </message>
    <message>
        <source>Your name for it, e.g. Main EUR account</source>
        <translation>نام دلخواه شما برای آن، مثلاً حساب اصلی یورو</translation>
    </message>
    <message>
        <source>e.g. FI21 1234 5600 0007 85</source>
        <translation>مثلاً FI21 1234 5600 0007 85</translation>
    </message>
    <message>
        <source>8 or 11 characters, e.g. NDEAFIHH</source>
        <translation>8 یا 11 نویسه، مثلاً NDEAFIHH</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>هر ارزی</translation>
    </message>
    <message>
        <source>Print this account on documents by default</source>
        <translation>چاپ پیش‌فرض این حساب روی اسناد</translation>
    </message>
    <message>
        <source>Documents in the account&apos;s currency (or any, if it has none) show this account</source>
        <translation>اسناد به ارز این حساب (یا به هر ارزی، اگر ارزی نداشته باشد) این حساب را نمایش می‌دهند</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>بانک</translation>
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
        <translation>ارز</translation>
    </message>
    <message>
        <source>Give the account a name, so you can tell it from the others.</source>
        <translation>برای حساب نامی بگذارید تا بتوانید آن را از بقیه تشخیص دهید.</translation>
    </message>
    <message>
        <source>The IBAN is required: customers pay to it.</source>
        <translation>IBAN الزامی است: مشتریان به آن پرداخت می‌کنند.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::BankAccountsPage</name>
    <message>
        <source>Bank accounts</source>
        <translation>حساب‌های بانکی</translation>
    </message>
    <message>
        <source>Where customers pay by transfer. A document shows the default account of its currency, else the default account for any currency.</source>
        <translation>حساب‌هایی که مشتریان از طریق انتقال بانکی به آن‌ها پرداخت می‌کنند. هر سند حساب پیش‌فرض ارز خود، و در غیر این صورت حساب پیش‌فرض برای هر ارزی را نمایش می‌دهد.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>بانک</translation>
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
        <translation>ارز</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>پیش‌فرض</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>نمایش بایگانی‌شده‌ها</translation>
    </message>
    <message>
        <source>The bank accounts could not be read: %1</source>
        <translation>خواندن حساب‌های بانکی ممکن نشد: %1</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (بایگانی‌شده)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>هر ارزی</translation>
    </message>
    <message>
        <source>No bank accounts yet: add the one customers pay to.</source>
        <translation>هنوز حساب بانکی‌ای وجود ندارد: حسابی را که مشتریان به آن پرداخت می‌کنند اضافه کنید.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>Added the bank account %1.</source>
        <translation>حساب بانکی %1 اضافه شد.</translation>
    </message>
    <message>
        <source>Saved the bank account %1.</source>
        <translation>حساب بانکی %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>The bank account %1 was not changed: %2</source>
        <translation>حساب بانکی %1 تغییر نکرد: %2</translation>
    </message>
    <message>
        <source>Archived the bank account %1; documents no longer show it.</source>
        <translation>حساب بانکی %1 بایگانی شد؛ اسناد دیگر آن را نمایش نمی‌دهند.</translation>
    </message>
    <message>
        <source>Restored the bank account %1.</source>
        <translation>حساب بانکی %1 بازگردانی شد.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::BatchExportDialog</name>
    <message>
        <source>PDF documents (&lt;number&gt;.pdf)</source>
        <translation>اسناد PDF (&lt;number&gt;.pdf)</translation>
    </message>
    <message>
        <source>UBL e-invoices (&lt;number&gt;.xml)</source>
        <translation>فاکتورهای الکترونیکی UBL (&lt;number&gt;.xml)</translation>
    </message>
    <message>
        <source>Export documents</source>
        <translation>صدور اسناد</translation>
    </message>
    <message>
        <source>Saves every invoice and credit note issued in the date range into the folder, named by its number. Drafts are not exported: issue them first.</source>
        <translation>همه فاکتورها و اعلامیه‌های بستانکاری صادرشده در بازه تاریخ را با نامی برابر شماره‌شان در پوشه ذخیره می‌کند. پیش‌نویس‌ها صادر نمی‌شوند: ابتدا آن‌ها را صادر کنید.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;مرور…</translation>
    </message>
    <message>
        <source>Issued from:</source>
        <translation>صادرشده از:</translation>
    </message>
    <message>
        <source>Into folder:</source>
        <translation>در پوشه:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>پرونده‌ها:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;صدور</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>بازه پیش از شروع خود پایان می‌یابد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) issued in the range</source>
        <translation>
            <numerusform>%Ln سند صادرشده در این بازه</numerusform>
        </translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>صدور در پوشه</translation>
    </message>
    <message>
        <source>Choose the folder to export into.</source>
        <translation>پوشه مقصد صدور را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1.</source>
        <translation>نوشتن در پوشه %1 ممکن نیست.</translation>
    </message>
    <message>
        <source>Choose PDF, UBL or both.</source>
        <translation>PDF، UBL یا هر دو را انتخاب کنید.</translation>
    </message>
    <message>
        <source>No document was issued in the range.</source>
        <translation>هیچ سندی در این بازه صادر نشده است.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) of this export already exist in the folder.</source>
        <translation>
            <numerusform>%Ln پرونده از این صدور از قبل در پوشه وجود دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace them</source>
        <translation>&amp;جایگزین شوند</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;نگه داشته شوند</translation>
    </message>
    <message>
        <source>Exporting documents…</source>
        <translation>در حال صدور اسناد…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>در حال صدور %1…</translation>
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
            <numerusform>%Ln پرونده در %1 نوشته شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %Ln existing file(s).</source>
        <translation>
            <numerusform>%Ln پرونده موجود نگه داشته شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be written.</source>
        <translation>
            <numerusform>نوشتن %Ln پرونده ممکن نشد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln document(s) not exported, from %1 on.</source>
        <translation>
            <numerusform>لغو شد: %Ln سند از %1 به بعد صادر نشد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::BillingRunDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;پیش‌نمایش</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;توقف</translation>
    </message>
    <message>
        <source>&amp;Run billing</source>
        <translation>&amp;اجرای صورتحساب</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Run billing</source>
        <translation>اجرای صورتحساب</translation>
    </message>
    <message>
        <source>List what a run would write, without writing anything</source>
        <translation>فهرست آنچه اجرا ثبت می‌کرد، بدون ثبت هیچ چیز</translation>
    </message>
    <message>
        <source>Write the invoices and credit notes that are due</source>
        <translation>ثبت فاکتورها و اعلامیه‌های بستانکاری سررسیدشده</translation>
    </message>
    <message>
        <source>Stop the run; a stopped run writes nothing</source>
        <translation>توقف اجرا؛ اجرای متوقف‌شده هیچ چیزی ثبت نمی‌کند</translation>
    </message>
    <message>
        <source>Bill everything due on or &amp;before:</source>
        <translation>صورتحساب همه موارد سررسید تا &amp;تاریخ:</translation>
    </message>
    <message>
        <source>Lines of the selected document</source>
        <translation>ردیف‌های سند انتخاب‌شده</translation>
    </message>
    <message>
        <source>Preview to see what a run up to this date writes.</source>
        <translation>برای دیدن آنچه اجرا تا این تاریخ ثبت می‌کند، پیش‌نمایش بگیرید.</translation>
    </message>
    <message>
        <source>Preview to see what a run up to this date writes, or run billing at once.</source>
        <translation>برای دیدن آنچه اجرا تا این تاریخ ثبت می‌کند پیش‌نمایش بگیرید، یا صورتحساب را فوراً اجرا کنید.</translation>
    </message>
    <message>
        <source>%1 of %2 subscriptions</source>
        <translation>%1 از %2 اشتراک</translation>
    </message>
    <message>
        <source>%1 and %2 with %3</source>
        <translation>%1 و %2 با %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln فاکتور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit note(s)</source>
        <translation>
            <numerusform>%Ln اعلامیه بستانکاری</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln ردیف</numerusform>
        </translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>در حال تهیه پیش‌نمایش…</translation>
    </message>
    <message>
        <source>Preview stopped.</source>
        <translation>پیش‌نمایش متوقف شد.</translation>
    </message>
    <message>
        <source>Nothing is due on or before %1.</source>
        <translation>تا %1 هیچ مورد سررسیدی وجود ندارد.</translation>
    </message>
    <message>
        <source>A run up to %1 would write %2 (%3 checked). Nothing is written until you run billing.</source>
        <translation>اجرا تا %1، %2 ثبت می‌کرد (%3 بررسی شد). تا زمانی که صورتحساب را اجرا نکنید، چیزی ثبت نمی‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln اشتراک</numerusform>
        </translation>
    </message>
    <message>
        <source>Running billing…</source>
        <translation>در حال اجرای صورتحساب…</translation>
    </message>
    <message>
        <source>Billing run stopped: nothing was written.</source>
        <translation>اجرای صورتحساب متوقف شد: هیچ چیزی ثبت نشد.</translation>
    </message>
    <message>
        <source>Nothing is due on or before %1: no documents were written.</source>
        <translation>تا %1 هیچ مورد سررسیدی وجود ندارد: هیچ سندی ثبت نشد.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 ثبت شد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fixed term(s) renewed or ended.</source>
        <translation>
            <numerusform>%Ln مدت ثابت تمدید شد یا پایان یافت.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Issue the documents at once</source>
        <translation>&amp;صدور فوری اسناد</translation>
    </message>
    <message>
        <source>Give the documents their numbers and tax right after the run; otherwise they stay drafts to check and issue from the Invoices section</source>
        <translation>بلافاصله پس از اجرا، شماره و مالیات اسناد تعیین شود؛ در غیر این صورت به‌صورت پیش‌نویس می‌مانند تا در بخش فاکتورها بررسی و صادر شوند</translation>
    </message>
    <message>
        <source>They stay drafts: issuing them failed: %1</source>
        <translation>به‌صورت پیش‌نویس باقی ماندند: صدور آن‌ها ناموفق بود: %1</translation>
    </message>
    <message numerus="yes">
        <source>Issued %Ln document(s), %1 to %2.</source>
        <translation>
            <numerusform>%Ln سند صادر شد، از %1 تا %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CatalogListPage</name>
    <message>
        <source>Show archived</source>
        <translation>نمایش بایگانی‌شده‌ها</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ChangeSubscriptionDialog</name>
    <message>
        <source>Proration</source>
        <translation>محاسبه تناسبی</translation>
    </message>
    <message>
        <source>Change subscription %1</source>
        <translation>تغییر اشتراک %1</translation>
    </message>
    <message>
        <source>Apply change</source>
        <translation>اعمال تغییر</translation>
    </message>
    <message>
        <source>%1. The current period runs %2 → %3.</source>
        <translation>%1. دوره فعلی: %2 → %3.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Temporary, for</source>
        <translation>موقت، به مدت</translation>
    </message>
    <message>
        <source>The subscription goes back to what it is now by itself after these days, prorated both ways</source>
        <translation>اشتراک پس از این تعداد روز خودبه‌خود به وضعیت فعلی بازمی‌گردد، با محاسبه تناسبی در هر دو جهت</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>Optional, kept with the subscription&apos;s history</source>
        <translation>اختیاری، همراه با سابقه اشتراک نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>then back by itself</source>
        <translation>سپس بازگشت خودکار</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;طرح:</translation>
    </message>
    <message>
        <source>&amp;Billed:</source>
        <translation>&amp;بازه صورتحساب:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;تعداد:</translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation>&amp;کوپن:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
    <message>
        <source>Takes effect:</source>
        <translation>زمان اجرا:</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>افزونه‌ها</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change the plan, interval, quantity, add-ons or coupon to see what the customer is charged or credited.</source>
        <translation>طرح، بازه، تعداد، افزونه‌ها یا کوپن را تغییر دهید تا ببینید چه مبلغی از مشتری دریافت یا به او بستانکار می‌شود.</translation>
    </message>
    <message>
        <source>No proration: the new configuration is billed from %1.</source>
        <translation>بدون محاسبه تناسبی: پیکربندی جدید از %1 صورتحساب می‌شود.</translation>
    </message>
    <message>
        <source>Nothing is charged or credited.</source>
        <translation>هیچ مبلغی دریافت یا بستانکار نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ChartPage</name>
    <message>
        <source>Export PNG…</source>
        <translation>خروجی PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>نوشتن در %1 ممکن نیست.</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>خروجی نمودار به صورت PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>تصاویر PNG (*.png)</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>خروجی داده‌های نمودار به صورت CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ChurnChartPage</name>
    <message>
        <source>Logo churn: customers lost ÷ customers paying at the month&apos;s start. Gross MRR churn: (churn + contraction) ÷ MRR at start; net MRR churn also subtracts expansion and reactivation. Click a point for the customers behind it.</source>
        <translation>ریزش مشتری: مشتریان از دست رفته ÷ مشتریان پرداخت‌کننده در آغاز ماه. ریزش ناخالص MRR: (ریزش + کاهش) ÷ MRR در آغاز؛ ریزش خالص MRR گسترش و بازگشت را نیز کم می‌کند. برای دیدن مشتریان پشت هر نقطه، روی آن کلیک کنید.</translation>
    </message>
    <message>
        <source>Rate per month</source>
        <translation>نرخ ماهانه</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>ریزش مشتری</translation>
    </message>
    <message>
        <source>Gross MRR churn</source>
        <translation>ریزش ناخالص MRR</translation>
    </message>
    <message>
        <source>Net MRR churn</source>
        <translation>ریزش خالص MRR</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Paying customers at start</source>
        <translation>مشتریان پرداخت‌کننده در آغاز</translation>
    </message>
    <message>
        <source>Churned customers</source>
        <translation>مشتریان ریزش‌کرده</translation>
    </message>
    <message>
        <source>Logo churn (%)</source>
        <translation>ریزش مشتری (%)</translation>
    </message>
    <message>
        <source>Gross MRR churn (%)</source>
        <translation>ریزش ناخالص MRR (%)</translation>
    </message>
    <message>
        <source>Net MRR churn (%)</source>
        <translation>ریزش خالص MRR (%)</translation>
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
    <name>subdesk::ui::CompanyProfilePage</name>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>The seller on every invoice and credit note: what the VAT rules require on a document, how customers reach you and how documents look.</source>
        <translation>فروشنده در همه فاکتورها و اعلامیه‌های بستانکاری: آنچه قوانین مالیات بر ارزش افزوده در سند الزامی می‌دانند، راه‌های ارتباط مشتریان با شما و ظاهر اسناد.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>بازگردانی تغییرات</translation>
    </message>
    <message>
        <source>Forget the changes and show what is stored</source>
        <translation>تغییرات را کنار بگذارید و مقادیر ذخیره‌شده را نمایش دهید</translation>
    </message>
    <message>
        <source>Legal name, as printed on documents</source>
        <translation>نام قانونی، همان‌طور که روی اسناد چاپ می‌شود</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>With country prefix, e.g. FI12345678</source>
        <translation>با پیشوند کشور، مثلاً FI12345678</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>شناسه مالیاتی</translation>
    </message>
    <message>
        <source>Company register or tax number</source>
        <translation>شماره ثبت شرکت یا شماره مالیاتی</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>شناسه ثبت</translation>
    </message>
    <message>
        <source>Small business exempt from VAT</source>
        <translation>کسب‌وکار کوچک معاف از مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Documents then charge no VAT and print the exemption text instead</source>
        <translation>در این صورت اسناد مالیات بر ارزش افزوده دریافت نمی‌کنند و به جای آن متن معافیت را چاپ می‌کنند</translation>
    </message>
    <message>
        <source>e.g. VAT exempt under art. 113 of Directive 2006/112/EC</source>
        <translation>مثلاً VAT exempt under art. 113 of Directive 2006/112/EC</translation>
    </message>
    <message>
        <source>Exemption text</source>
        <translation>متن معافیت</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Street and number; up to three lines</source>
        <translation>خیابان و پلاک؛ حداکثر سه سطر</translation>
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
        <source>State, province or county, where addresses use one</source>
        <translation>ایالت، استان یا شهرستان، در صورتی که در نشانی به کار رود</translation>
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
        <source>Contact</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>billing@example.com</source>
        <translation>billing@example.com</translation>
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
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Scheme and ID, e.g. 0088:5790000435968</source>
        <translation>کد طرح و شناسه، مثلاً 0088:5790000435968</translation>
    </message>
    <message>
        <source>Your Peppol address, written on e-invoices as the seller&apos;s electronic address</source>
        <translation>نشانی Peppol شما که در فاکتورهای الکترونیکی به‌عنوان نشانی الکترونیکی فروشنده درج می‌شود</translation>
    </message>
    <message>
        <source>E-invoice endpoint</source>
        <translation>نشانی فاکتور الکترونیکی</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>لوگو</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>Days from the issue date to the due date, for customers without their own terms</source>
        <translation>تعداد روزها از تاریخ صدور تا تاریخ سررسید، برای مشتریانی که مهلت خاص خود را ندارند</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>مهلت پرداخت</translation>
    </message>
    <message>
        <source>Printed at the foot of every document</source>
        <translation>در پاورقی همه اسناد چاپ می‌شود</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>پاورقی</translation>
    </message>
    <message>
        <source>The name is required: it is printed on every document.</source>
        <translation>نام الزامی است: روی همه اسناد چاپ می‌شود.</translation>
    </message>
    <message>
        <source>The country is required: it decides the VAT rates of your documents.</source>
        <translation>کشور الزامی است: نرخ‌های مالیات بر ارزش افزوده اسناد شما را تعیین می‌کند.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (e.g. FI, PL, IT).</source>
        <translation>«%1» کد کشور ISO 3166 نیست (مثلاً FI، PL، IT).</translation>
    </message>
    <message>
        <source>The VAT ID is from %1 but the address is in %2.</source>
        <translation>شناسه مالیاتی متعلق به %1 است، اما نشانی در %2 است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» نشانی ایمیل نیست.</translation>
    </message>
    <message>
        <source>Exempt documents must say why no VAT is charged: enter the text to print.</source>
        <translation>اسناد معاف باید دلیل عدم دریافت مالیات بر ارزش افزوده را ذکر کنند: متن قابل چاپ را وارد کنید.</translation>
    </message>
    <message>
        <source>Fix the marked field before saving.</source>
        <translation>پیش از ذخیره، فیلد مشخص‌شده را اصلاح کنید.</translation>
    </message>
    <message>
        <source>Fix the %1 marked fields before saving.</source>
        <translation>پیش از ذخیره، %1 فیلد مشخص‌شده را اصلاح کنید.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>The company details were not saved: %1</source>
        <translation>مشخصات شرکت ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Saved the company details.</source>
        <translation>مشخصات شرکت ذخیره شد.</translation>
    </message>
    <message>
        <source>The company details could not be read: %1</source>
        <translation>خواندن مشخصات شرکت ممکن نشد: %1</translation>
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
    <name>subdesk::ui::CouponDialog</name>
    <message>
        <source>Edit coupon — %1</source>
        <translation>ویرایش کوپن — %1</translation>
    </message>
    <message>
        <source>New coupon</source>
        <translation>کوپن جدید</translation>
    </message>
    <message>
        <source>e.g. SPRING25; what customers type</source>
        <translation>مثلاً SPRING25؛ همان چیزی که مشتریان وارد می‌کنند</translation>
    </message>
    <message>
        <source>As invoices show it, e.g. Spring sale 2026</source>
        <translation>همان‌طور که در فاکتورها نمایش داده می‌شود، مثلاً حراج بهاره 2026</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;کد</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>&amp;Discount</source>
        <translation>&amp;تخفیف</translation>
    </message>
    <message>
        <source>&amp;Lasts</source>
        <translation>&amp;مدت اعمال</translation>
    </message>
    <message>
        <source>None checked: the coupon applies to every plan.</source>
        <translation>هیچ طرحی انتخاب نشده: کوپن روی همه طرح‌ها اعمال می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;طرح‌ها</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>محدودیت‌ها</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>دفعات استفاده</translation>
    </message>
    <message>
        <source>Check the plans the coupon is limited to; none checked: every plan</source>
        <translation>طرح‌هایی را که کوپن به آن‌ها محدود است انتخاب کنید؛ اگر هیچ‌کدام انتخاب نشود: همه طرح‌ها</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Add coupon</source>
        <translation>افزودن کوپن</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>for </source>
        <translation>به مدت </translation>
    </message>
    <message>
        <source> billing periods</source>
        <translation> دوره صورتحساب</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>حداکثر</translation>
    </message>
    <message>
        <source> redemptions</source>
        <translation> بار استفاده</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>انقضا در</translation>
    </message>
    <message>
        <source>Redemptions on or after this day are refused</source>
        <translation>استفاده در این روز یا پس از آن پذیرفته نمی‌شود</translation>
    </message>
    <message>
        <source>The code stays as it is: subscriptions refer to it</source>
        <translation>کد بدون تغییر می‌ماند: اشتراک‌ها به آن ارجاع می‌دهند</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>هنوز استفاده نشده</translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln بار</numerusform>
        </translation>
    </message>
    <message>
        <source>The code %1 is already used by the coupon %2.</source>
        <translation>کد %1 از قبل برای کوپن %2 به کار رفته است.</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>مبلغ تخفیف</translation>
    </message>
    <message>
        <source>Enter the name invoices show.</source>
        <translation>نامی را که در فاکتورها نمایش داده می‌شود وارد کنید.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CouponTableModel</name>
    <message>
        <source>once</source>
        <translation>یک بار</translation>
    </message>
    <message numerus="yes">
        <source>%Ln period(s)</source>
        <translation>
            <numerusform>%Ln دوره</numerusform>
        </translation>
    </message>
    <message>
        <source>forever</source>
        <translation>همیشگی</translation>
    </message>
    <message>
        <source>all plans</source>
        <translation>همه طرح‌ها</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>No longer redeemable: %1</source>
        <translation>دیگر قابل استفاده نیست: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>مدت اعمال</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>طرح‌ها</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>دفعات استفاده</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>انقضا</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CreditNoteDialog</name>
    <message>
        <source>Credit invoice</source>
        <translation>بستانکاری فاکتور</translation>
    </message>
    <message>
        <source>&amp;Everything not yet credited</source>
        <translation>&amp;همه مبالغی که هنوز بستانکار نشده‌اند</translation>
    </message>
    <message>
        <source>C&amp;hosen lines</source>
        <translation>ردیف‌های ان&amp;تخابی</translation>
    </message>
    <message>
        <source>An a&amp;mount (gross), spread over the lines:</source>
        <translation>یک &amp;مبلغ (ناخالص)، تقسیم‌شده میان ردیف‌ها:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Not yet credited</source>
        <translation>هنوز بستانکار نشده</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>بستانکاری</translation>
    </message>
    <message>
        <source>Printed on the credit note, e.g. &quot;Service outage in March&quot;</source>
        <translation>روی اعلامیه بستانکاری چاپ می‌شود، مثلاً «قطعی سرویس در ماه مارس»</translation>
    </message>
    <message>
        <source>What to credit</source>
        <translation>موارد بستانکاری</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;دلیل:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;تاریخ:</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>اعلامیه بستانکاری</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>خالص</translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation>صدور اعلامیه بستانکاری</translation>
    </message>
    <message>
        <source>Only an issued invoice can be credited.</source>
        <translation>فقط فاکتور صادرشده را می‌توان بستانکار کرد.</translation>
    </message>
    <message>
        <source>Credit invoice %1</source>
        <translation>بستانکاری فاکتور %1</translation>
    </message>
    <message>
        <source>Invoice %1 to %2 of %3: total %4, already credited %5, balance %6.</source>
        <translation>فاکتور %1 به %2 مورخ %3: جمع %4، بستانکارشده تاکنون %5، مانده %6.</translation>
    </message>
    <message>
        <source>less</source>
        <translation>کمتر</translation>
    </message>
    <message>
        <source>The invoice has less than this line left to credit; the preview shows whether an amount fits.</source>
        <translation>باقی‌مانده قابل بستانکاری فاکتور کمتر از این ردیف است؛ پیش‌نمایش نشان می‌دهد که آیا مبلغ جا می‌شود یا نه.</translation>
    </message>
    <message>
        <source>the credit for line %1</source>
        <translation>بستانکاری ردیف %1</translation>
    </message>
    <message>
        <source>Line %1: the credit cannot be negative.</source>
        <translation>ردیف %1: بستانکاری نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Line %1: at most %2 can be credited.</source>
        <translation>ردیف %1: حداکثر %2 قابل بستانکاری است.</translation>
    </message>
    <message>
        <source>Enter the amount to credit on at least one line.</source>
        <translation>مبلغ بستانکاری را دست‌کم برای یک ردیف وارد کنید.</translation>
    </message>
    <message>
        <source>the amount to credit</source>
        <translation>مبلغ بستانکاری</translation>
    </message>
    <message>
        <source>The amount to credit must be more than zero.</source>
        <translation>مبلغ بستانکاری باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>Give a reason; it is printed on the credit note.</source>
        <translation>دلیلی وارد کنید؛ روی اعلامیه بستانکاری چاپ می‌شود.</translation>
    </message>
    <message>
        <source>Net %1</source>
        <translation>خالص %1</translation>
    </message>
    <message>
        <source>VAT %1 on %2: %3</source>
        <translation>مالیات بر ارزش افزوده %1 روی %2: %3</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>جمع %1</translation>
    </message>
    <message>
        <source>Capped by %1: credit notes never total more than the invoice.</source>
        <translation>محدودشده به %1: جمع اعلامیه‌های بستانکاری هرگز از فاکتور بیشتر نمی‌شود.</translation>
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
    <name>subdesk::ui::CustomerFeedbackPanel</name>
    <message>
        <source>Add answer…</source>
        <translation>افزودن پاسخ…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Record an NPS or CSAT answer of the selected customer</source>
        <translation>ثبت پاسخ NPS یا CSAT مشتری انتخاب‌شده</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>اشتراک‌ها</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>بازخورد</translation>
    </message>
    <message>
        <source>Select a customer to see their survey answers.</source>
        <translation>برای دیدن پاسخ‌های نظرسنجی یک مشتری، آن را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Feedback of %1</source>
        <translation>بازخورد %1</translation>
    </message>
    <message numerus="yes">
        <source>%n NPS answer(s), NPS %1</source>
        <translation>
            <numerusform>%n پاسخ NPS، NPS %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CSAT answer(s), %1 % satisfied</source>
        <translation>
            <numerusform>%n پاسخ CSAT، %1 % راضی</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey answers yet.</source>
        <translation>هنوز پاسخ نظرسنجی‌ای نیست.</translation>
    </message>
    <message>
        <source>Answer of %1 recorded.</source>
        <translation>پاسخ %1 ثبت شد.</translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation>پاسخ ذخیره شد.</translation>
    </message>
    <message>
        <source>Delete answer</source>
        <translation>حذف پاسخ</translation>
    </message>
    <message>
        <source>Delete the %1 answer of %2 given on %3 (score %4)? This cannot be undone.</source>
        <translation>پاسخ %1 از %2 در تاریخ %3 (امتیاز %4) حذف شود؟ این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>Answer deleted.</source>
        <translation>پاسخ حذف شد.</translation>
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
    <name>subdesk::ui::CustomerPicker</name>
    <message>
        <source>Type to search customers</source>
        <translation>برای جستجوی مشتریان تایپ کنید</translation>
    </message>
    <message>
        <source>Customer %1, billed in %2</source>
        <translation>مشتری %1، صورتحساب به ارز %2</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::CustomerSubscriptionsPanel</name>
    <message>
        <source>New subscription…</source>
        <translation>اشتراک جدید…</translation>
    </message>
    <message>
        <source>Subscribe the selected customer to a plan</source>
        <translation>مشترک کردن مشتری انتخاب‌شده در یک طرح</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>طرح</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>بازه صورتحساب</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>هر دوره</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>صورتحساب بعدی</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Subscriptions of %1</source>
        <translation>اشتراک‌های %1</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>اشتراک‌ها</translation>
    </message>
    <message>
        <source>Select a customer to see their subscriptions.</source>
        <translation>برای دیدن اشتراک‌های یک مشتری، آن را انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no subscriptions yet.</source>
        <translation>%1 هنوز اشتراکی ندارد.</translation>
    </message>
    <message>
        <source>Subscription %1 created for %2.</source>
        <translation>اشتراک %1 برای %2 ایجاد شد.</translation>
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
    <name>subdesk::ui::DashboardFilterBar</name>
    <message>
        <source>Last 12 months</source>
        <translation>۱۲ ماه گذشته</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation>۳ سال گذشته</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>سفارشی</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>همه بخش‌ها</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>همه طرح‌ها</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>همه کشورها</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>در حال محاسبه ارقام…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>بدون بخش</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>مبالغ به %1</translation>
    </message>
    <message>
        <source>Other currencies are converted at the stored monthly exchange rates.</source>
        <translation>ارزهای دیگر با نرخ‌های ارز ماهانه ذخیره‌شده تبدیل می‌شوند.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DashboardTiles</name>
    <message>
        <source>unchanged</source>
        <translation>بدون تغییر</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>Percentage points: the change of a rate (&quot;0.5 pp&quot;).</extracomment>
        <translation>%1 واحد درصد</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Monthly recurring revenue at the month&apos;s end, tax, one-time fees and usage excluded.</source>
        <translation>درآمد تکرارشونده ماهانه در پایان ماه، بدون مالیات، هزینه‌های یک‌باره و مصرف.</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Annual run rate: 12 × MRR.</source>
        <translation>نرخ سالانه: ۱۲ × MRR.</translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation>مشتریان پرداخت‌کننده</translation>
    </message>
    <message>
        <source>Customers with MRR above zero at the month&apos;s end.</source>
        <translation>مشتریانی با MRR بیش از صفر در پایان ماه.</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>ریزش مشتری</translation>
    </message>
    <message>
        <source>Customers lost in the month ÷ customers paying at its start.</source>
        <translation>مشتریان از دست رفته در ماه ÷ مشتریان پرداخت‌کننده در آغاز آن.</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>Net revenue retention over the 12 months to the month&apos;s end, for the customers paying before them.</source>
        <translation>نگهداشت خالص درآمد در ۱۲ ماه منتهی به پایان ماه، برای مشتریانی که پیش از آن پرداخت می‌کردند.</translation>
    </message>
    <message>
        <source>ARPA</source>
        <translation>ARPA</translation>
    </message>
    <message>
        <source>Average revenue per account: MRR ÷ paying customers.</source>
        <translation>میانگین درآمد هر حساب: MRR ÷ مشتریان پرداخت‌کننده.</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Customer lifetime value: ARPA ÷ the mean monthly logo churn of the trailing 6 months (× gross margin when set).</source>
        <translation>ارزش طول عمر مشتری: ARPA ÷ میانگین ریزش ماهانه مشتری در ۶ ماه گذشته (× حاشیه سود ناخالص در صورت تنظیم).</translation>
    </message>
    <message>
        <source>NPS (90 days)</source>
        <translation>NPS (۹۰ روز)</translation>
    </message>
    <message>
        <source>Net promoter score of the answers in the 90 days to the month&apos;s end.</source>
        <translation>امتیاز خالص مروجان برای پاسخ‌های ۹۰ روز منتهی به پایان ماه.</translation>
    </message>
    <message>
        <source>No paying customers</source>
        <translation>هیچ مشتری پرداخت‌کننده‌ای نیست</translation>
    </message>
    <message>
        <source>Not enough churn to estimate</source>
        <translation>ریزش برای برآورد کافی نیست</translation>
    </message>
    <message>
        <source>No answers</source>
        <translation>بدون پاسخ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <extracomment>NPS points (&quot;3 points&quot;)</extracomment>
        <translation>
            <numerusform>%Ln امتیاز</numerusform>
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
        <translation>ریزش</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>نگهداشت</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>تطبیق</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>بازخورد</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DocumentFileCommands</name>
    <message>
        <source>Saved %1.</source>
        <translation>%1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>ذخیره PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>اسناد PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save UBL e-invoice</source>
        <translation>ذخیره فاکتور الکترونیکی UBL</translation>
    </message>
    <message>
        <source>UBL e-invoices (*.xml)</source>
        <translation>فاکتورهای الکترونیکی UBL (*.xml)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DocumentLinesTree</name>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>How it was computed</source>
        <translation>نحوه محاسبه</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 مورخ %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln ردیف</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 paid from the customer&apos;s credit</source>
        <translation>%1؛ %2 از اعتبار مشتری پرداخت شد</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>سررسید در %1</translation>
    </message>
    <message>
        <source>billed by the billing run that covers that day</source>
        <translation>در اجرای صورتحسابی که آن روز را در بر می‌گیرد صورتحساب می‌شود</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::DrillDownDialog</name>
    <message>
        <source>Export CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>خروجی ردیف‌ها</translation>
    </message>
    <message>
        <source>rows.csv</source>
        <translation>rows.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ExchangeRateDialog</name>
    <message>
        <source>Edit exchange rate</source>
        <translation>ویرایش نرخ ارز</translation>
    </message>
    <message>
        <source>New exchange rate</source>
        <translation>نرخ ارز جدید</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>مثلاً %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>What one unit of the currency was worth in the reporting currency that month, with up to 8 decimals. Months without their own rate use the latest earlier one.</source>
        <translation>ارزش یک واحد از ارز به ارز گزارش‌دهی در آن ماه، با حداکثر ۸ رقم اعشار. ماه‌هایی که نرخ خود را ندارند از آخرین نرخ پیشین استفاده می‌کنند.</translation>
    </message>
    <message>
        <source>Choose the currency the rate converts.</source>
        <translation>ارزی را که نرخ تبدیل می‌کند انتخاب کنید.</translation>
    </message>
    <message>
        <source>Enter what one %1 is worth in the reporting currency, e.g. 0.087312.</source>
        <translation>ارزش یک %1 را به ارز گزارش‌دهی وارد کنید، مثلاً 0.087312.</translation>
    </message>
    <message>
        <source>(reporting currency)</source>
        <translation>(ارز گزارش‌دهی)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ExchangeRatesPage</name>
    <message>
        <source>Metrics</source>
        <translation>شاخص‌ها</translation>
    </message>
    <message>
        <source>The currency the dashboards report in, the gross margin the customer lifetime value uses, and the monthly rates that convert other currencies.</source>
        <translation>ارزی که داشبوردها به آن گزارش می‌دهند، حاشیه سود ناخالصی که ارزش طول عمر مشتری به کار می‌برد، و نرخ‌های ماهانه‌ای که ارزهای دیگر را تبدیل می‌کنند.</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>گزارش‌دهی</translation>
    </message>
    <message>
        <source>Automatic: the currency most customers use</source>
        <translation>خودکار: ارزی که بیشتر مشتریان استفاده می‌کنند</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>مثلاً %1</translation>
    </message>
    <message>
        <source>CLV is multiplied by it. Leave it empty to show CLV as revenue.</source>
        <translation>CLV در آن ضرب می‌شود. برای نمایش CLV به صورت درآمد، خالی بگذارید.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>ارز گزارش‌دهی</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>حاشیه سود ناخالص</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>نرخ‌های ارز</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>وارد کردن CSV…</translation>
    </message>
    <message>
        <source>Read rates from a CSV file with the columns month (YYYY-MM), currency and rate</source>
        <translation>خواندن نرخ‌ها از فایل CSV با ستون‌های ماه (YYYY-MM)، ارز و نرخ</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>معنا</translation>
    </message>
    <message>
        <source>A month without its own rate uses the latest earlier rate of its currency. Amounts in a currency without any rate are left out of the figures.</source>
        <translation>ماهی که نرخ خود را ندارد، از آخرین نرخ پیشین ارز خود استفاده می‌کند. مبالغ به ارزی که هیچ نرخی ندارد از ارقام کنار گذاشته می‌شوند.</translation>
    </message>
    <message>
        <source>The metrics settings could not be read: %1</source>
        <translation>تنظیمات شاخص‌ها خوانده نشد: %1</translation>
    </message>
    <message>
        <source>The exchange rates could not be read: %1</source>
        <translation>نرخ‌های ارز خوانده نشدند: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage from 0 to 100 with at most two decimals (e.g. %2).</source>
        <translation>«%1» درصدی از ۰ تا ۱۰۰ با حداکثر دو رقم اعشار نیست (مثلاً %2).</translation>
    </message>
    <message>
        <source>The metrics settings were not saved: the gross margin is not a percentage.</source>
        <translation>تنظیمات شاخص‌ها ذخیره نشد: حاشیه سود ناخالص درصد نیست.</translation>
    </message>
    <message>
        <source>The metrics settings were not saved: %1</source>
        <translation>تنظیمات شاخص‌ها ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Saved the metrics settings.</source>
        <translation>تنظیمات شاخص‌ها ذخیره شد.</translation>
    </message>
    <message>
        <source>Saved the rate %1 for %2.</source>
        <translation>نرخ %1 برای %2 ذخیره شد.</translation>
    </message>
    <message>
        <source>Remove exchange rate</source>
        <translation>حذف نرخ ارز</translation>
    </message>
    <message>
        <source>Remove the rate of %1 for %2?</source>
        <translation>نرخ %1 برای %2 حذف شود؟</translation>
    </message>
    <message>
        <source>The month then uses the latest earlier rate of %1, if there is one.</source>
        <translation>آن ماه سپس از آخرین نرخ پیشین %1 استفاده می‌کند، اگر وجود داشته باشد.</translation>
    </message>
    <message>
        <source>The rate was not removed: %1</source>
        <translation>نرخ حذف نشد: %1</translation>
    </message>
    <message>
        <source>Removed the rate of %1 for %2.</source>
        <translation>نرخ %1 برای %2 حذف شد.</translation>
    </message>
    <message>
        <source>Import exchange rates</source>
        <translation>وارد کردن نرخ‌های ارز</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>فایل‌های CSV (*.csv *.txt);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>فایل خوانده نشد: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… و %n مورد دیگر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows have problems (listed below the rates).</source>
        <translation>چیزی وارد نشد: %1 از %2 ردیف مشکل دارند (زیر نرخ‌ها فهرست شده‌اند).</translation>
    </message>
    <message>
        <source>Nothing to import: the file has no rates.</source>
        <translation>چیزی برای وارد کردن نیست: فایل هیچ نرخی ندارد.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>چیزی وارد نشد: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n exchange rate(s).</source>
        <translation>
            <numerusform>%n نرخ ارز وارد شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>همه ارزها</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::FeatureListEditor</name>
    <message>
        <source>Add feature</source>
        <translation>افزودن ویژگی</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>انتقال به بالا</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>انتقال به پایین</translation>
    </message>
    <message>
        <source>One feature per line, as customers read it; double-click a line to change it</source>
        <translation>هر سطر یک ویژگی، همان‌طور که مشتریان می‌خوانند؛ برای تغییر یک سطر روی آن دوبار کلیک کنید</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::FeedbackTableModel</name>
    <message>
        <source>Satisfied</source>
        <translation>راضی</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>ناراضی</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>مروج</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>منفعل</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>منتقد</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>مشتری %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>توضیح</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::FeedbackView</name>
    <message>
        <source>Edit tags</source>
        <translation>ویرایش برچسب‌ها</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>وارد کردن…</translation>
    </message>
    <message>
        <source>CSAT scores</source>
        <translation>امتیازهای CSAT</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>همه توضیحات</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>مروج‌ها (۹–۱۰)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>منفعل‌ها (۷–۸)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>منتقدان (۰–۶)</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>پاسخ‌های CSAT</translation>
    </message>
    <message>
        <source>Show the comments with any tag</source>
        <translation>نمایش توضیحات با هر برچسب</translation>
    </message>
    <message>
        <source>Edit the tags of the selected answer (or double-click its Tags cell)</source>
        <translation>ویرایش برچسب‌های پاسخ انتخاب‌شده (یا روی خانه برچسب‌های آن دوبار کلیک کنید)</translation>
    </message>
    <message>
        <source>Import survey answers from a CSV file</source>
        <translation>وارد کردن پاسخ‌های نظرسنجی از فایل CSV</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>پاسخ‌ها</translation>
    </message>
    <message>
        <source>Click a tag to see its comments</source>
        <translation>برای دیدن توضیحات یک برچسب، روی آن کلیک کنید</translation>
    </message>
    <message>
        <source>NPS scores</source>
        <translation>امتیازهای NPS</translation>
    </message>
    <message>
        <source>Tags per group</source>
        <translation>برچسب‌ها به تفکیک گروه</translation>
    </message>
    <message>
        <source>Choose months on the dashboard to see the feedback of that time.</source>
        <translation>برای دیدن بازخورد یک دوره، ماه‌ها را در داشبورد انتخاب کنید.</translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 from %n answer(s): promoters %2 %, passives %3 %, detractors %4 %.</source>
        <translation>
            <numerusform>NPS %1 از %n پاسخ: مروج‌ها %2 %، منفعل‌ها %3 %، منتقدان %4 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>No NPS answers in these months.</source>
        <translation>در این ماه‌ها هیچ پاسخ NPS نیست.</translation>
    </message>
    <message numerus="yes">
        <source>CSAT %1 % satisfied from %n answer(s).</source>
        <translation>
            <numerusform>CSAT %1 % راضی از %n پاسخ.</numerusform>
        </translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>بدون برچسب</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>منتقدان</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>منفعل‌ها</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>مروج‌ها</translation>
    </message>
    <message>
        <source>Tag: %1  ✕</source>
        <translation>برچسب: %1  ✕</translation>
    </message>
    <message>
        <source>Select an answer first, then edit its tags.</source>
        <translation>نخست یک پاسخ را انتخاب کنید، سپس برچسب‌هایش را ویرایش کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n survey answer(s).</source>
        <translation>
            <numerusform>%n پاسخ نظرسنجی وارد شد.</numerusform>
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
    <name>subdesk::ui::InvoiceCommands</name>
    <message>
        <source>Invoice %1 issued.</source>
        <translation>فاکتور %1 صادر شد.</translation>
    </message>
    <message>
        <source>Draft invoice saved.</source>
        <translation>پیش‌نویس فاکتور ذخیره شد.</translation>
    </message>
    <message>
        <source>%1 %2 issued.</source>
        <translation>%1 %2 صادر شد.</translation>
    </message>
    <message>
        <source>There are no drafts dated up to today to issue.</source>
        <translation>هیچ پیش‌نویسی با تاریخ تا امروز برای صدور وجود ندارد.</translation>
    </message>
    <message>
        <source>No draft was issued: %1</source>
        <translation>هیچ پیش‌نویسی صادر نشد: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) issued</source>
        <translation>
            <numerusform>%Ln سند صادر شد</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 to %3.</source>
        <translation>%1: %2 تا %3.</translation>
    </message>
    <message>
        <source>Payment of %1 recorded.</source>
        <translation>پرداخت %1 ثبت شد.</translation>
    </message>
    <message>
        <source>Credit note %1 issued against %2.</source>
        <translation>اعلامیه بستانکاری %1 برای %2 صادر شد.</translation>
    </message>
    <message>
        <source>Invoice %1 marked uncollectible.</source>
        <translation>فاکتور %1 به‌عنوان غیرقابل وصول علامت‌گذاری شد.</translation>
    </message>
    <message>
        <source>Applied %1 of customer credit to %2.</source>
        <translation>%1 از اعتبار مشتری برای %2 به کار رفت.</translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation>پیش‌نویس حذف شد.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoiceDetailPane</name>
    <message>
        <source>Select a document to see its lines, tax, payments and credit notes.</source>
        <translation>یک سند را انتخاب کنید تا ردیف‌ها، مالیات، پرداخت‌ها و اعلامیه‌های بستانکاری آن را ببینید.</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>شماره:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>مشتری:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>تاریخ:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>سررسید:</translation>
    </message>
    <message>
        <source>Supply period:</source>
        <translation>دوره عرضه:</translation>
    </message>
    <message>
        <source>Corrects:</source>
        <translation>اصلاح:</translation>
    </message>
    <message>
        <source>Net:</source>
        <translation>خالص:</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>مالیات:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>جمع:</translation>
    </message>
    <message>
        <source>Paid from credit:</source>
        <translation>پرداخت از اعتبار:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>پرداخت‌شده:</translation>
    </message>
    <message>
        <source>Credited:</source>
        <translation>بستانکارشده:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>مانده:</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>مشمول مالیات</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>مالیات</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>معافیت</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>مرجع</translation>
    </message>
    <message>
        <source>For this document</source>
        <translation>برای این سند</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>اعلامیه‌های بستانکاری</translation>
    </message>
    <message>
        <source>Issuing it today gives it the number %1, %2 tax and a total of %3.</source>
        <translation>صدور آن در امروز شماره %1، مالیات %2 و جمع %3 را به آن می‌دهد.</translation>
    </message>
    <message>
        <source>It cannot be issued as it is: %1</source>
        <translation>در وضعیت فعلی قابل صدور نیست: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>پیش‌نویس %1</translation>
    </message>
    <message>
        <source>%1 when issued today</source>
        <translation>%1 در صورت صدور امروز</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>هنوز هیچ</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>مشتری %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 مورخ %2</translation>
    </message>
    <message>
        <source>No tax</source>
        <translation>بدون مالیات</translation>
    </message>
    <message>
        <source>Tax is computed when the draft is issued</source>
        <translation>مالیات هنگام صدور پیش‌نویس محاسبه می‌شود</translation>
    </message>
    <message>
        <source>Tax (%1)</source>
        <translation>مالیات (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Shared over %Ln invoice(s)</source>
        <translation>
            <numerusform>تقسیم‌شده میان %Ln فاکتور</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer credit</source>
        <translation>اعتبار مشتری</translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation>پرداخت‌ها (%1)</translation>
    </message>
    <message>
        <source>Credit notes (%1)</source>
        <translation>اعلامیه‌های بستانکاری (%1)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoiceFilterBar</name>
    <message>
        <source>Overdue only</source>
        <translation>فقط سررسیدگذشته</translation>
    </message>
    <message>
        <source>Show invoices, credit notes or both</source>
        <translation>نمایش فاکتورها، اعلامیه‌های بستانکاری یا هر دو</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>همه اسناد</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>فاکتورها</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>اعلامیه‌های بستانکاری</translation>
    </message>
    <message>
        <source>Show documents with the ticked statuses only</source>
        <translation>نمایش فقط اسناد دارای وضعیت‌های علامت‌خورده</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>هر وضعیتی</translation>
    </message>
    <message>
        <source>Search number or customer</source>
        <translation>جستجوی شماره یا مشتری</translation>
    </message>
    <message>
        <source>Shows documents whose number or customer name contains the text</source>
        <translation>اسنادی را نشان می‌دهد که شماره یا نام مشتری آن‌ها شامل این متن باشد</translation>
    </message>
    <message>
        <source>Show documents numbered in this series only</source>
        <translation>نمایش فقط اسناد شماره‌گذاری‌شده در این سری</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>همه سری‌ها</translation>
    </message>
    <message>
        <source>Show documents dated on or after this day</source>
        <translation>نمایش اسناد مورخ این روز یا پس از آن</translation>
    </message>
    <message>
        <source>Show documents dated on or before this day</source>
        <translation>نمایش اسناد مورخ این روز یا پیش از آن</translation>
    </message>
    <message>
        <source>Show only invoices past their due date with something left to pay</source>
        <translation>نمایش فقط فاکتورهای گذشته از سررسید که مبلغی از آن‌ها پرداخت‌نشده مانده است</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Show every document again</source>
        <translation>نمایش دوباره همه اسناد</translation>
    </message>
    <message>
        <source>Show documents dated within a range (the issue date; a draft&apos;s own date)</source>
        <translation>نمایش اسناد مورخ در یک بازه (تاریخ صدور؛ برای پیش‌نویس، تاریخ خود آن)</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>هر تاریخی</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>ماه گذشته</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>این فصل</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>فصل گذشته</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>سال گذشته</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>از:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>تا:</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>از %1</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>تا %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>هر</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (بایگانی‌شده)</translation>
    </message>
    <message>
        <source>%1 statuses</source>
        <translation>%1 وضعیت</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoiceTableModel</name>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>Not issued yet: the number is given when the draft is issued</source>
        <translation>هنوز صادر نشده: شماره هنگام صدور پیش‌نویس داده می‌شود</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>مانده</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoicesView</name>
    <message>
        <source>Partially paid</source>
        <translation>پرداخت جزئی</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln سند</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: Total %2 · Balance %3</source>
        <translation>%1: جمع %2 · مانده %3</translation>
    </message>
    <message>
        <source>Total %1 · Balance %2</source>
        <translation>جمع %1 · مانده %2</translation>
    </message>
    <message>
        <source>No documents match the filters.</source>
        <translation>هیچ سندی با فیلترها مطابقت ندارد.</translation>
    </message>
    <message>
        <source>No invoices yet.
Run billing on the Subscriptions page or write one with New.</source>
        <translation>هنوز فاکتوری وجود ندارد.
در صفحه اشتراک‌ها صورتحساب را اجرا کنید یا با «جدید» یک فاکتور بنویسید.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::InvoicingSettingsPage</name>
    <message>
        <source>Invoicing</source>
        <translation>صدور فاکتور</translation>
    </message>
    <message>
        <source>How documents are issued. Changes apply to documents issued from now on.</source>
        <translation>نحوه صدور اسناد. تغییرات برای اسنادی اعمال می‌شود که از این پس صادر می‌شوند.</translation>
    </message>
    <message>
        <source>Prices that include VAT</source>
        <translation>قیمت‌های شامل مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Tick the currencies whose prices you enter with VAT included (as consumers see them). Invoices then work the VAT out of the price. Prices in the other currencies are net and VAT is added on top.</source>
        <translation>ارزهایی را علامت بزنید که قیمت‌هایشان را با احتساب مالیات بر ارزش افزوده وارد می‌کنید (همان‌طور که مصرف‌کنندگان می‌بینند). در این صورت فاکتورها مالیات را از قیمت استخراج می‌کنند. قیمت‌ها به سایر ارزها خالص هستند و مالیات بر ارزش افزوده به آن‌ها افزوده می‌شود.</translation>
    </message>
    <message>
        <source>List currency</source>
        <translation>افزودن ارز به فهرست</translation>
    </message>
    <message>
        <source>Show another currency in the list so you can tick it</source>
        <translation>نمایش ارز دیگری در فهرست تا بتوانید آن را علامت بزنید</translation>
    </message>
    <message>
        <source>Customer credit</source>
        <translation>اعتبار مشتری</translation>
    </message>
    <message>
        <source>Apply the customer&apos;s credit when issuing an invoice</source>
        <translation>اعمال اعتبار مشتری هنگام صدور فاکتور</translation>
    </message>
    <message>
        <source>Credit from overpayments and credit notes in the invoice&apos;s currency then pays the invoice at once. Without it, you apply credit by hand.</source>
        <translation>در این صورت اعتبار حاصل از اضافه‌پرداخت‌ها و اعلامیه‌های بستانکاری به ارز فاکتور، فوراً فاکتور را پرداخت می‌کند. بدون این گزینه، اعتبار را دستی اعمال می‌کنید.</translation>
    </message>
    <message>
        <source>The invoicing settings could not be read: %1</source>
        <translation>خواندن تنظیمات صدور فاکتور ممکن نشد: %1</translation>
    </message>
    <message>
        <source>%1 (in your price lists)</source>
        <translation>%1 (در فهرست قیمت‌های شما)</translation>
    </message>
    <message>
        <source>The invoicing settings were not saved: %1</source>
        <translation>تنظیمات صدور فاکتور ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Saved the invoicing settings.</source>
        <translation>تنظیمات صدور فاکتور ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::IssueDialog</name>
    <message>
        <source>Issue draft</source>
        <translation>صدور پیش‌نویس</translation>
    </message>
    <message>
        <source>Issuing gives the draft the next number of its series, computes its tax and makes it final: afterwards it can be credited but never changed or deleted.</source>
        <translation>صدور، شماره بعدی سری را به پیش‌نویس می‌دهد، مالیات آن را محاسبه می‌کند و آن را نهایی می‌کند: پس از آن می‌توان آن را بستانکار کرد، اما هرگز قابل تغییر یا حذف نیست.</translation>
    </message>
    <message>
        <source>The issue date printed on the document; the due date follows from it</source>
        <translation>تاریخ صدوری که روی سند چاپ می‌شود؛ تاریخ سررسید از آن به دست می‌آید</translation>
    </message>
    <message>
        <source>Issue &amp;date:</source>
        <translation>&amp;تاریخ صدور:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>شماره:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>مشتری:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>سررسید:</translation>
    </message>
    <message>
        <source>Totals:</source>
        <translation>جمع‌ها:</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>مشمول مالیات</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>مالیات</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;صدور</translation>
    </message>
    <message>
        <source>Tax per rate</source>
        <translation>مالیات به تفکیک نرخ</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Net %1 + tax %2 = %3</source>
        <translation>خالص %1 + مالیات %2 = %3</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::LogoPicker</name>
    <message>
        <source>Choose file…</source>
        <translation>انتخاب پرونده…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most 1 MB, printed at the top of documents</source>
        <translation>تصویر PNG یا JPEG حداکثر 1 مگابایت که در بالای اسناد چاپ می‌شود</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>خواندن %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <source>%1 is %2; a logo may be at most %3. Save it smaller and choose it again.</source>
        <translation>حجم %1، %2 است؛ لوگو حداکثر می‌تواند %3 باشد. آن را کوچک‌تر ذخیره کنید و دوباره انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>%1 تصویر PNG یا JPEG نیست.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>انتخاب لوگو</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>تصاویر (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>بدون لوگو</translation>
    </message>
    <message>
        <source>The stored logo cannot be shown</source>
        <translation>نمایش لوگوی ذخیره‌شده ممکن نیست</translation>
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
    <name>subdesk::ui::ManualInvoiceDialog</name>
    <message>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Edit draft invoice</source>
        <translation>ویرایش پیش‌نویس فاکتور</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>فاکتور جدید</translation>
    </message>
    <message>
        <source>Optional, printed on the invoice</source>
        <translation>اختیاری، روی فاکتور چاپ می‌شود</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;مشتری:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;ارز:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;تاریخ:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>طبقه مالیاتی</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>دوره از</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>دوره تا</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>خالص</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;افزودن ردیف</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;حذف ردیف</translation>
    </message>
    <message>
        <source>&amp;Issue now (gives the invoice its number; it cannot be edited afterwards)</source>
        <translation>&amp;صدور فوری (شماره فاکتور را تعیین می‌کند؛ پس از آن قابل ویرایش نیست)</translation>
    </message>
    <message>
        <source>What is charged</source>
        <translation>موارد قابل صورتحساب</translation>
    </message>
    <message>
        <source>The day after the last day supplied (periods run [from, to))</source>
        <translation>روز پس از آخرین روز عرضه (دوره‌ها به شکل [از، تا) هستند)</translation>
    </message>
    <message>
        <source>Invoice %1 is issued and can no longer be edited.</source>
        <translation>فاکتور %1 صادر شده و دیگر قابل ویرایش نیست.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>ردیف %1</translation>
    </message>
    <message>
        <source>%1: enter a description.</source>
        <translation>%1: شرح را وارد کنید.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: give both ends of the period, or neither.</source>
        <translation>%1: هر دو سر دوره را بدهید، یا هیچ‌کدام را.</translation>
    </message>
    <message>
        <source>%1: the period must end after it starts.</source>
        <translation>%1: دوره باید پس از شروع خود پایان یابد.</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>یک مشتری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose a currency (an ISO 4217 code such as EUR).</source>
        <translation>یک ارز انتخاب کنید (کد ISO 4217 مانند EUR).</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>دست‌کم یک ردیف اضافه کنید.</translation>
    </message>
    <message>
        <source>Net total: %1 (tax is added when the invoice is issued)</source>
        <translation>جمع خالص: %1 (مالیات هنگام صدور فاکتور افزوده می‌شود)</translation>
    </message>
    <message>
        <source>Net total: —</source>
        <translation>جمع خالص: —</translation>
    </message>
    <message>
        <source>Save and issue</source>
        <translation>ذخیره و صدور</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>ذخیره پیش‌نویس</translation>
    </message>
    <message>
        <source>Saved as a draft, but not issued: %1</source>
        <translation>به‌صورت پیش‌نویس ذخیره شد، اما صادر نشد: %1</translation>
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
    <name>subdesk::ui::MeteredChargeDialog</name>
    <message>
        <source>New metered charge</source>
        <translation>هزینه مصرفی جدید</translation>
    </message>
    <message>
        <source>Metered charge — %1</source>
        <translation>هزینه مصرفی — %1</translation>
    </message>
    <message>
        <source>e.g. api_calls, storage_gb</source>
        <translation>مثلاً api_calls، storage_gb</translation>
    </message>
    <message>
        <source>The code usage records carry; lower-case letters, digits, &quot;_&quot; and &quot;.&quot;</source>
        <translation>کدی که رکوردهای مصرف با خود دارند؛ حروف کوچک، ارقام، «_» و «.»</translation>
    </message>
    <message>
        <source>As it appears on invoices, e.g. API calls</source>
        <translation>همان‌طور که در فاکتورها نمایش داده می‌شود، مثلاً تماس‌های API</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>&amp;سنجه</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>&amp;Usage in a period</source>
        <translation>&amp;مصرف در یک دوره</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>قیمت‌ها</translation>
    </message>
    <message>
        <source>The plan already has a charge for %1.</source>
        <translation>طرح از قبل برای %1 هزینه مصرفی دارد.</translation>
    </message>
    <message>
        <source>Enter the name invoices show.</source>
        <translation>نامی را که در فاکتورها نمایش داده می‌شود وارد کنید.</translation>
    </message>
    <message>
        <source>Add a price: usage is charged at it, per currency.</source>
        <translation>یک قیمت اضافه کنید: مصرف به ازای هر ارز با این قیمت محاسبه می‌شود.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MeteredChargeList</name>
    <message>
        <source>Add &amp;metered charge…</source>
        <translation>افزودن هزینه &amp;مصرفی…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>سنجه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Usage in a period</source>
        <translation>مصرف در یک دوره</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>قیمت‌ها</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (هنوز ذخیره نشده)</translation>
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
        <translation>انتقال اشتراک‌ها</translation>
    </message>
    <message>
        <source>Subscriptions on an older version of this price move to the latest version (from %1: %2), starting with their first billing period that begins on or after the date below. Periods already billed are not changed.</source>
        <translation>اشتراک‌هایی که روی نسخه قدیمی‌تری از این قیمت هستند به آخرین نسخه (از %1: %2) منتقل می‌شوند، از نخستین دوره صورتحساب آن‌ها که در تاریخ زیر یا پس از آن شروع می‌شود. دوره‌هایی که از قبل صورتحساب شده‌اند تغییر نمی‌کنند.</translation>
    </message>
    <message>
        <source>Move &amp;from</source>
        <translation>انتقال &amp;از</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>The latest version takes effect on %1; subscriptions can move to it from then on.</source>
        <translation>آخرین نسخه از %1 اجرا می‌شود؛ اشتراک‌ها از آن زمان به بعد می‌توانند به آن منتقل شوند.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::MoneyEdit</name>
    <message>
        <source>Enter an amount.</source>
        <translation>یک مبلغ وارد کنید.</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>%1 را وارد کنید.</translation>
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
        <translation>MRR در پایان هر ماه (خط) و حرکت‌های ماه (ستون‌ها: جدید، بازگشت و گسترش می‌افزایند، کاهش و ریزش می‌کاهند). برای دیدن مشتریان پشت هر ستون یا نقطه، روی آن کلیک کنید.</translation>
    </message>
    <message>
        <source>MRR (%1)</source>
        <translation>MRR (%1)</translation>
    </message>
    <message>
        <source>Movements (%1)</source>
        <translation>حرکت‌ها (%1)</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>MRR at start (%1)</source>
        <translation>MRR در آغاز (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Exchange rate effect (%1)</source>
        <translation>اثر نرخ ارز (%1)</translation>
    </message>
    <message>
        <source>MRR at end (%1)</source>
        <translation>MRR در پایان (%1)</translation>
    </message>
    <message>
        <source>ARR (%1)</source>
        <translation>ARR (%1)</translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation>مشتریان پرداخت‌کننده</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::NewSubscriptionDialog</name>
    <message>
        <source>Customer %1, billed in %2</source>
        <translation>مشتری %1، صورتحساب به ارز %2</translation>
    </message>
    <message>
        <source>First invoice</source>
        <translation>نخستین فاکتور</translation>
    </message>
    <message>
        <source>New subscription</source>
        <translation>اشتراک جدید</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>ایجاد اشتراک</translation>
    </message>
    <message>
        <source>Type to search customers</source>
        <translation>برای جستجوی مشتریان تایپ کنید</translation>
    </message>
    <message>
        <source>The day every period starts on. A start on another day is charged prorated up to it.</source>
        <translation>روزی که هر دوره در آن شروع می‌شود. شروع در روزی دیگر، تا آن روز به‌صورت تناسبی محاسبه می‌شود.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Optional, kept with the subscription&apos;s history</source>
        <translation>اختیاری، همراه با سابقه اشتراک نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;مشتری:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;طرح:</translation>
    </message>
    <message>
        <source>&amp;Billed:</source>
        <translation>&amp;بازه صورتحساب:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;تعداد:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;شروع:</translation>
    </message>
    <message>
        <source>&amp;Billing day:</source>
        <translation>&amp;روز صورتحساب:</translation>
    </message>
    <message>
        <source>&amp;Trial:</source>
        <translation>دوره &amp;آزمایشی:</translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation>&amp;کوپن:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>افزونه‌ها</translation>
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
            <numerusform>پیش‌فرض طرح: %Ln روز</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no price in %2.</source>
        <translation>%1 قیمتی به %2 ندارد.</translation>
    </message>
    <message>
        <source>%1; setup fee %2 once</source>
        <translation>%1؛ هزینه راه‌اندازی یک‌باره %2</translation>
    </message>
    <message>
        <source>None (the start day)</source>
        <translation>هیچ (روز شروع)</translation>
    </message>
    <message>
        <source>Choose the customer to see the first invoice.</source>
        <translation>برای دیدن نخستین فاکتور، مشتری را انتخاب کنید.</translation>
    </message>
    <message>
        <source>There are no plans yet: add one on the Plans page.</source>
        <translation>هنوز طرحی وجود ندارد: در صفحه طرح‌ها یک طرح اضافه کنید.</translation>
    </message>
    <message>
        <source>Choose a plan to see the first invoice.</source>
        <translation>برای دیدن نخستین فاکتور، یک طرح انتخاب کنید.</translation>
    </message>
    <message>
        <source>Nothing is billed now.</source>
        <translation>اکنون چیزی صورتحساب نمی‌شود.</translation>
    </message>
    <message>
        <source>Nothing is billed now: the first invoice comes with the billing run on %1.</source>
        <translation>اکنون چیزی صورتحساب نمی‌شود: نخستین فاکتور با اجرای صورتحساب در %1 صادر می‌شود.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::NpsChartPage</name>
    <message>
        <source>NPS = % promoters (9–10) − % detractors (0–6), per month and over the 90 days ending with it; the bars split each month&apos;s answers. Months without answers show no NPS. Click a bar or a point for the answers.</source>
        <translation>NPS = % مروج‌ها (۹–۱۰) − % منتقدان (۰–۶)، برای هر ماه و در ۹۰ روز منتهی به آن؛ ستون‌ها پاسخ‌های هر ماه را تفکیک می‌کنند. ماه‌های بدون پاسخ NPS ندارند. برای دیدن پاسخ‌ها روی یک ستون یا نقطه کلیک کنید.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Share of answers</source>
        <translation>سهم پاسخ‌ها</translation>
    </message>
    <message>
        <source>NPS per month</source>
        <translation>NPS ماهانه</translation>
    </message>
    <message>
        <source>NPS, trailing 90 days</source>
        <translation>NPS، ۹۰ روز گذشته</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>پاسخ‌ها</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>مروج‌ها</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>منفعل‌ها</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>منتقدان</translation>
    </message>
    <message>
        <source>Answers, trailing 90 days</source>
        <translation>پاسخ‌ها، ۹۰ روز گذشته</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::NumberSeriesDialog</name>
    <message>
        <source>New numbering series</source>
        <translation>سری شماره‌گذاری جدید</translation>
    </message>
    <message>
        <source>Edit numbering series</source>
        <translation>ویرایش سری شماره‌گذاری</translation>
    </message>
    <message>
        <source>e.g. Invoices</source>
        <translation>مثلاً فاکتورها</translation>
    </message>
    <message>
        <source>{YYYY} year, {YY} year in two digits, {MM} month, {#####} the counter with as many digits as #. Everything else is copied as written.</source>
        <translation>{YYYY} سال، {YY} سال دورقمی، {MM} ماه، {#####} شمارنده با تعداد رقم برابر تعداد #. بقیه موارد همان‌طور که نوشته شده‌اند کپی می‌شوند.</translation>
    </message>
    <message>
        <source>Start again at 1 every year</source>
        <translation>شروع دوباره از 1 در هر سال</translation>
    </message>
    <message>
        <source>Number new documents of this kind in this series</source>
        <translation>شماره‌گذاری اسناد جدید از این نوع در این سری</translation>
    </message>
    <message>
        <source>Archived (kept for the documents numbered in it)</source>
        <translation>بایگانی‌شده (برای اسنادی که در آن شماره‌گذاری شده‌اند نگه داشته می‌شود)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>الگو</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>شماره بعدی</translation>
    </message>
    <message>
        <source>The name is required; the invoice filters list it.</source>
        <translation>نام الزامی است؛ در فیلترهای فاکتور فهرست می‌شود.</translation>
    </message>
    <message>
        <source>The pattern is required, e.g. INV-{YYYY}-{#####}.</source>
        <translation>الگو الزامی است، مثلاً INV-{YYYY}-{#####}.</translation>
    </message>
    <message>
        <source>The number a document issued today, %1, would get</source>
        <translation>شماره‌ای که سندی صادرشده در امروز، %1، دریافت می‌کرد</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::NumberSeriesPage</name>
    <message>
        <source>Numbering</source>
        <translation>شماره‌گذاری</translation>
    </message>
    <message>
        <source>Issuing a document gives it the next number of its series, without gaps. Invoices and credit notes are numbered in the default series of their kind.</source>
        <translation>صدور یک سند، شماره بعدی سری آن را بدون فاصله به آن می‌دهد. فاکتورها و اعلامیه‌های بستانکاری در سری پیش‌فرض نوع خود شماره‌گذاری می‌شوند.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>الگو</translation>
    </message>
    <message>
        <source>Yearly reset</source>
        <translation>شروع دوباره سالانه</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>پیش‌فرض</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>شماره بعدی</translation>
    </message>
    <message>
        <source>The number a document issued today, %1, would get</source>
        <translation>شماره‌ای که سندی صادرشده در امروز، %1، دریافت می‌کرد</translation>
    </message>
    <message>
        <source>The numbering series could not be read: %1</source>
        <translation>خواندن سری‌های شماره‌گذاری ممکن نشد: %1</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (بایگانی‌شده)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>(pattern error)</source>
        <translation>(خطای الگو)</translation>
    </message>
    <message>
        <source>Added the numbering series %1.</source>
        <translation>سری شماره‌گذاری %1 اضافه شد.</translation>
    </message>
    <message>
        <source>Saved the numbering series %1.</source>
        <translation>سری شماره‌گذاری %1 ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::OutcomePreview</name>
    <message>
        <source>Customer gets a credit note of %1.</source>
        <translation>برای مشتری یک اعلامیه بستانکاری به مبلغ %1 صادر می‌شود.</translation>
    </message>
    <message>
        <source>Customer will be charged %1.</source>
        <translation>از مشتری %1 دریافت خواهد شد.</translation>
    </message>
    <message>
        <source>%1 of it is paid from the customer&apos;s credit.</source>
        <translation>%1 از آن از محل اعتبار مشتری پرداخت می‌شود.</translation>
    </message>
    <message>
        <source>The billing run on %1 writes a credit note of %2.</source>
        <translation>اجرای صورتحساب در %1 یک اعلامیه بستانکاری به مبلغ %2 ثبت می‌کند.</translation>
    </message>
    <message>
        <source>The billing run on %1 invoices %2.</source>
        <translation>اجرای صورتحساب در %1 فاکتوری به مبلغ %2 صادر می‌کند.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PaymentListPage</name>
    <message>
        <source>Any</source>
        <translation>هر</translation>
    </message>
    <message>
        <source>Customer, reference or note</source>
        <translation>مشتری، مرجع یا یادداشت</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>همه روش‌ها</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>از:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>تا:</translation>
    </message>
    <message>
        <source>%1: received %2</source>
        <translation>%1: دریافتی %2</translation>
    </message>
    <message>
        <source>%1, refunded %2</source>
        <translation>%1، مسترد شده %2</translation>
    </message>
    <message>
        <source>No payments match.</source>
        <translation>هیچ پرداختی مطابقت ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) shown.</source>
        <translation>
            <numerusform>%n پرداخت نمایش داده شد.</numerusform>
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
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>مرجع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation>اعمال‌شده به</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>اعتبار</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PaymentsView</name>
    <message>
        <source>&amp;Record payment…</source>
        <translation>&amp;ثبت پرداخت…</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>ثبت پرداخت</translation>
    </message>
    <message>
        <source>Record a payment received and apply it to open invoices</source>
        <translation>ثبت یک پرداخت دریافتی و اعمال آن به فاکتورهای باز</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>&amp;استرداد…</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>Pay a customer&apos;s credit back</source>
        <translation>بازپرداخت اعتبار یک مشتری</translation>
    </message>
    <message>
        <source>&amp;Statement of account…</source>
        <translation>&amp;صورت وضعیت حساب…</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>صورت وضعیت</translation>
    </message>
    <message>
        <source>Save a customer&apos;s statement of account as PDF</source>
        <translation>ذخیره صورت وضعیت حساب یک مشتری به صورت PDF</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>سن مطالبات</translation>
    </message>
    <message>
        <source>Saved the aging report as %1.</source>
        <translation>گزارش سن مطالبات با نام %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Recorded %1 from %2.</source>
        <translation>%1 از %2 ثبت شد.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Refunded %1.</source>
        <translation>%1 مسترد شد.</translation>
    </message>
    <message>
        <source>Saved the statement as %1.</source>
        <translation>صورت وضعیت با نام %1 ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PlanDialog</name>
    <message>
        <source>Edit plan — %1</source>
        <translation>ویرایش طرح — %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>طرح جدید</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>What the plan includes, one feature per line, in the order customers read them.</source>
        <translation>آنچه طرح شامل می‌شود، هر سطر یک ویژگی، به همان ترتیبی که مشتریان می‌خوانند.</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>ویژگی‌ها</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>قیمت‌ها</translation>
    </message>
    <message>
        <source>Metered usage</source>
        <translation>مصرف اندازه‌گیری‌شده</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>افزونه‌ها</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation>افزودن طرح</translation>
    </message>
    <message>
        <source>e.g. PRO-M; letters A–Z, digits, &quot;-&quot; and &quot;_&quot;</source>
        <translation>مثلاً PRO-M؛ حروف A–Z، ارقام، «-» و «_»</translation>
    </message>
    <message>
        <source>A short unique code for files, the command line and subscriptions</source>
        <translation>یک کد کوتاه و یکتا برای پرونده‌ها، خط فرمان و اشتراک‌ها</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;کد</translation>
    </message>
    <message>
        <source>As customers read it on invoices, e.g. Pro</source>
        <translation>همان‌طور که مشتریان در فاکتورها می‌خوانند، مثلاً Pro</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>Choose a product or type a new one</source>
        <translation>یک محصول انتخاب کنید یا نام محصول جدیدی را تایپ کنید</translation>
    </message>
    <message>
        <source>What the plan sells; a new name creates the product when the plan is saved</source>
        <translation>آنچه طرح می‌فروشد؛ نام جدید هنگام ذخیره طرح، محصول را ایجاد می‌کند</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;محصول</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;توضیحات</translation>
    </message>
    <message>
        <source>No trial</source>
        <translation>بدون دوره آزمایشی</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>Days new subscriptions run free before the first paid period</source>
        <translation>تعداد روزهایی که اشتراک‌های جدید پیش از نخستین دوره پولی رایگان اجرا می‌شوند</translation>
    </message>
    <message>
        <source>&amp;Trial</source>
        <translation>دوره &amp;آزمایشی</translation>
    </message>
    <message>
        <source>&amp;Evergreen: runs until cancelled</source>
        <translation>&amp;نامحدود: تا زمان لغو ادامه دارد</translation>
    </message>
    <message>
        <source>&amp;Fixed:</source>
        <translation>&amp;ثابت:</translation>
    </message>
    <message>
        <source> billing periods, then</source>
        <translation> دوره صورتحساب، سپس</translation>
    </message>
    <message>
        <source>renews for the same term</source>
        <translation>برای همان مدت تمدید می‌شود</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>منقضی می‌شود</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>One price per currency and billing interval, e.g. 20.00 EUR monthly and 200.00 EUR yearly. A price keeps its versions: a new version changes it from a date on.</source>
        <translation>یک قیمت برای هر ارز و بازه صورتحساب، مثلاً 20.00 EUR ماهانه و 200.00 EUR سالانه. هر قیمت نسخه‌های خود را نگه می‌دارد: نسخه جدید قیمت را از یک تاریخ به بعد تغییر می‌دهد.</translation>
    </message>
    <message>
        <source>Usage-based charges, billed after each period for the usage recorded in it (API calls, storage). Saved with the plan.</source>
        <translation>هزینه‌های مبتنی بر مصرف که پس از هر دوره برای مصرف ثبت‌شده در آن صورتحساب می‌شوند (تماس‌های API، فضای ذخیره‌سازی). همراه با طرح ذخیره می‌شوند.</translation>
    </message>
    <message>
        <source>The add-ons a subscription to this plan may carry.</source>
        <translation>افزونه‌هایی که اشتراک این طرح می‌تواند داشته باشد.</translation>
    </message>
    <message>
        <source>%1 — %2 (archived)</source>
        <translation>%1 — %2 (بایگانی‌شده)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No add-ons yet: create them on the Add-ons tab of the Plans page.</source>
        <translation>هنوز افزونه‌ای وجود ندارد: آن‌ها را در زبانه افزونه‌ها در صفحه طرح‌ها ایجاد کنید.</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>طرح</translation>
    </message>
    <message>
        <source>The code %1 is already used by the plan %2.</source>
        <translation>کد %1 از قبل برای طرح %2 به کار رفته است.</translation>
    </message>
    <message>
        <source>Coupons limited to %1 (%2) will no longer apply to this plan; edit them to use the new code.</source>
        <translation>کوپن‌هایی که به %1 (%2) محدود شده‌اند دیگر روی این طرح اعمال نمی‌شوند؛ برای استفاده از کد جدید آن‌ها را ویرایش کنید.</translation>
    </message>
    <message>
        <source>Enter the plan&apos;s name, as customers read it.</source>
        <translation>نام طرح را همان‌طور که مشتریان می‌خوانند وارد کنید.</translation>
    </message>
    <message>
        <source>No price yet: a plan is sold at one of its prices, so subscriptions need one in their currency and interval.</source>
        <translation>هنوز قیمتی وجود ندارد: طرح با یکی از قیمت‌هایش فروخته می‌شود، بنابراین اشتراک‌ها به قیمتی با ارز و بازه خود نیاز دارند.</translation>
    </message>
    <message>
        <source>Fix the highlighted fields to save.</source>
        <translation>برای ذخیره، فیلدهای مشخص‌شده را اصلاح کنید.</translation>
    </message>
    <message>
        <source>The plan is saved, but a metered charge is not: %1</source>
        <translation>طرح ذخیره شد، اما یک هزینه مصرفی ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PlanTableModel</name>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln روز</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (بایگانی‌شده)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>قیمت‌ها</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>دوره آزمایشی</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>مدت</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PlansView</name>
    <message>
        <source>New &amp;plan…</source>
        <translation>طرح &amp;جدید…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Add a plan</source>
        <translation>افزودن طرح</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>&amp;ویرایش طرح…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>Edit the selected plan, its prices and versions</source>
        <translation>ویرایش طرح انتخاب‌شده، قیمت‌ها و نسخه‌های آن</translation>
    </message>
    <message>
        <source>&amp;Archive plan</source>
        <translation>&amp;بایگانی طرح</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>New a&amp;dd-on…</source>
        <translation>افزونه &amp;جدید…</translation>
    </message>
    <message>
        <source>Add an add-on</source>
        <translation>افزودن افزونه</translation>
    </message>
    <message>
        <source>Edit add-on…</source>
        <translation>ویرایش افزونه…</translation>
    </message>
    <message>
        <source>Edit the selected add-on and its prices</source>
        <translation>ویرایش افزونه انتخاب‌شده و قیمت‌های آن</translation>
    </message>
    <message>
        <source>Archive add-on</source>
        <translation>بایگانی افزونه</translation>
    </message>
    <message>
        <source>New &amp;coupon…</source>
        <translation>کوپن &amp;جدید…</translation>
    </message>
    <message>
        <source>Add a coupon</source>
        <translation>افزودن کوپن</translation>
    </message>
    <message>
        <source>Edit coupon…</source>
        <translation>ویرایش کوپن…</translation>
    </message>
    <message>
        <source>Edit the selected coupon</source>
        <translation>ویرایش کوپن انتخاب‌شده</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>طرح‌ها</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>افزونه‌ها</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>کوپن‌ها</translation>
    </message>
    <message>
        <source>Search code, name, product or price</source>
        <translation>جستجوی کد، نام، محصول یا قیمت</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>نمایش بایگانی‌شده‌ها</translation>
    </message>
    <message>
        <source>Archived plans are kept for their subscriptions but not offered any more</source>
        <translation>طرح‌های بایگانی‌شده برای اشتراک‌هایشان نگه داشته می‌شوند، اما دیگر عرضه نمی‌شوند</translation>
    </message>
    <message>
        <source>No plans yet.
Add one with New: a code, a name and a price are enough.</source>
        <translation>هنوز طرحی وجود ندارد.
با «جدید» یک طرح اضافه کنید: یک کد، یک نام و یک قیمت کافی است.</translation>
    </message>
    <message>
        <source>No plans match the search.</source>
        <translation>هیچ طرحی با جستجو مطابقت ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln plan(s)</source>
        <translation>
            <numerusform>نمایش %1 از %Ln طرح</numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, name or price</source>
        <translation>جستجوی کد، نام یا قیمت</translation>
    </message>
    <message>
        <source>Archived add-ons are kept but not offered any more</source>
        <translation>افزونه‌های بایگانی‌شده نگه داشته می‌شوند، اما دیگر عرضه نمی‌شوند</translation>
    </message>
    <message>
        <source>No add-ons yet.
Add-ons are extras a subscription may carry, such as more storage or an onboarding session.</source>
        <translation>هنوز افزونه‌ای وجود ندارد.
افزونه‌ها موارد اضافی‌ای هستند که اشتراک می‌تواند داشته باشد، مانند فضای ذخیره‌سازی بیشتر یا یک جلسه آشناسازی.</translation>
    </message>
    <message>
        <source>No add-ons match the search.</source>
        <translation>هیچ افزونه‌ای با جستجو مطابقت ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln add-on(s)</source>
        <translation>
            <numerusform>نمایش %1 از %Ln افزونه</numerusform>
        </translation>
    </message>
    <message>
        <source>Search code, name or plan</source>
        <translation>جستجوی کد، نام یا طرح</translation>
    </message>
    <message>
        <source>Show expired and used up</source>
        <translation>نمایش منقضی‌شده‌ها و به سقف رسیده‌ها</translation>
    </message>
    <message>
        <source>Coupons past their expiry date or redemption limit</source>
        <translation>کوپن‌هایی که از تاریخ انقضا یا سقف استفاده خود گذشته‌اند</translation>
    </message>
    <message>
        <source>No coupons yet.</source>
        <translation>هنوز کوپنی وجود ندارد.</translation>
    </message>
    <message>
        <source>No coupons match the search.</source>
        <translation>هیچ کوپنی با جستجو مطابقت ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln coupon(s)</source>
        <translation>
            <numerusform>نمایش %1 از %Ln کوپن</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore plan</source>
        <translation>&amp;بازگردانی طرح</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>Offer the selected plan again</source>
        <translation>عرضه دوباره طرح انتخاب‌شده</translation>
    </message>
    <message>
        <source>Stop offering the selected plan; its subscriptions continue</source>
        <translation>توقف عرضه طرح انتخاب‌شده؛ اشتراک‌های آن ادامه می‌یابند</translation>
    </message>
    <message>
        <source>Restore add-on</source>
        <translation>بازگردانی افزونه</translation>
    </message>
    <message>
        <source>Offer the selected add-on again</source>
        <translation>عرضه دوباره افزونه انتخاب‌شده</translation>
    </message>
    <message>
        <source>Stop offering the selected add-on; subscriptions keep it</source>
        <translation>توقف عرضه افزونه انتخاب‌شده؛ اشتراک‌ها آن را نگه می‌دارند</translation>
    </message>
    <message>
        <source>Added the plan %1.</source>
        <translation>طرح %1 اضافه شد.</translation>
    </message>
    <message>
        <source>Archived the plan %1. Its subscriptions continue; Show archived lists it.</source>
        <translation>طرح %1 بایگانی شد. اشتراک‌های آن ادامه می‌یابند؛ با «نمایش بایگانی‌شده‌ها» فهرست می‌شود.</translation>
    </message>
    <message>
        <source>The plan %1 is offered again.</source>
        <translation>طرح %1 دوباره عرضه می‌شود.</translation>
    </message>
    <message>
        <source>Added the add-on %1.</source>
        <translation>افزونه %1 اضافه شد.</translation>
    </message>
    <message>
        <source>Archived the add-on %1.</source>
        <translation>افزونه %1 بایگانی شد.</translation>
    </message>
    <message>
        <source>The add-on %1 is offered again.</source>
        <translation>افزونه %1 دوباره عرضه می‌شود.</translation>
    </message>
    <message>
        <source>Added the coupon %1.</source>
        <translation>کوپن %1 اضافه شد.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PriceDialog</name>
    <message>
        <source>Takes &amp;effect on</source>
        <translation>&amp;تاریخ اجرا</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>قیمت جدید</translation>
    </message>
    <message>
        <source>Add price</source>
        <translation>افزودن قیمت</translation>
    </message>
    <message>
        <source>New version of the %1 price in %2</source>
        <translation>نسخه جدید قیمت %1 به %2</translation>
    </message>
    <message>
        <source>New version of the price in %1</source>
        <translation>نسخه جدید قیمت به %1</translation>
    </message>
    <message>
        <source>Add version</source>
        <translation>افزودن نسخه</translation>
    </message>
    <message>
        <source>Subscriptions keep the version they were sold at (grandfathering) until you migrate them; new subscriptions get this version from the date it takes effect.</source>
        <translation>اشتراک‌ها نسخه‌ای را که با آن فروخته شده‌اند نگه می‌دارند (حفظ قیمت قبلی) تا زمانی که آن‌ها را منتقل کنید؛ اشتراک‌های جدید این نسخه را از تاریخ اجرای آن دریافت می‌کنند.</translation>
    </message>
    <message>
        <source>Choose the date the price takes effect.</source>
        <translation>تاریخ اجرای قیمت را انتخاب کنید.</translation>
    </message>
    <message>
        <source>A new version must take effect after the current one (%1).</source>
        <translation>نسخه جدید باید پس از نسخه فعلی (%1) اجرا شود.</translation>
    </message>
    <message>
        <source>There is already a %1 price in %2; add a new version of it instead.</source>
        <translation>از قبل یک قیمت %1 به %2 وجود دارد؛ به جای آن، نسخه جدیدی از آن اضافه کنید.</translation>
    </message>
    <message>
        <source>There is already a price in %1; add a new version of it instead.</source>
        <translation>از قبل قیمتی به %1 وجود دارد؛ به جای آن، نسخه جدیدی از آن اضافه کنید.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PriceEditor</name>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;ارز</translation>
    </message>
    <message>
        <source>every</source>
        <translation>هر</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>بازه صورتحساب</translation>
    </message>
    <message>
        <source>Pricing &amp;model</source>
        <translation>&amp;مدل قیمت‌گذاری</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>&amp;Free units</source>
        <translation>واحدهای &amp;رایگان</translation>
    </message>
    <message>
        <source>Units per package</source>
        <translation>تعداد واحد در هر بسته</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>پله‌ها</translation>
    </message>
    <message>
        <source>Charged once when a subscription starts; empty for none</source>
        <translation>یک بار هنگام شروع اشتراک دریافت می‌شود؛ برای هیچ، خالی بگذارید</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>هزینه راه‌اندازی</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>Package price</source>
        <translation>قیمت بسته</translation>
    </message>
    <message>
        <source>A setup fee cannot be negative.</source>
        <translation>هزینه راه‌اندازی نمی‌تواند منفی باشد.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PriceListEditor</name>
    <message>
        <source>&amp;Add price…</source>
        <translation>&amp;افزودن قیمت…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>بازه صورتحساب</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>قیمت‌گذاری</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Archived prices are not offered to new subscriptions; takes effect at once</source>
        <translation>قیمت‌های بایگانی‌شده به اشتراک‌های جدید عرضه نمی‌شوند؛ فوراً اعمال می‌شود</translation>
    </message>
    <message>
        <source>Removes a price that is not saved yet</source>
        <translation>قیمتی را که هنوز ذخیره نشده حذف می‌کند</translation>
    </message>
    <message>
        <source>new, saved with the rest</source>
        <translation>جدید، همراه با بقیه ذخیره می‌شود</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln نسخه</numerusform>
        </translation>
    </message>
    <message>
        <source>per period</source>
        <translation>هر دوره</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;نسخه‌ها…</translation>
    </message>
    <message>
        <source>Change the new price</source>
        <translation>تغییر قیمت جدید</translation>
    </message>
    <message>
        <source>Show the versions of the price and add one</source>
        <translation>نمایش نسخه‌های قیمت و افزودن نسخه</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>Edit new price</source>
        <translation>ویرایش قیمت جدید</translation>
    </message>
    <message>
        <source>The %1 price in %2</source>
        <translation>قیمت %1 به %2</translation>
    </message>
    <message>
        <source>The price in %1</source>
        <translation>قیمت به %1</translation>
    </message>
    <message>
        <source>%1 is offered again.</source>
        <translation>%1 دوباره عرضه می‌شود.</translation>
    </message>
    <message>
        <source>%1 is archived: new subscriptions no longer get it; current ones keep it.</source>
        <translation>%1 بایگانی شد: اشتراک‌های جدید دیگر آن را دریافت نمی‌کنند؛ اشتراک‌های فعلی آن را نگه می‌دارند.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::PricePreview</name>
    <message>
        <source>Units in one period: seats, or the usage of a metered charge</source>
        <translation>واحدها در یک دوره: کاربران یا مصرف یک هزینه مصرفی</translation>
    </message>
    <message>
        <source>Price for &amp;quantity</source>
        <translation>قیمت برای &amp;تعداد</translation>
    </message>
    <message>
        <source>Complete the price to see what it charges.</source>
        <translation>برای دیدن مبلغ محاسبه‌شده، قیمت را کامل کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln واحد</numerusform>
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
        <translation>نسخه &amp;جدید…</translation>
    </message>
    <message>
        <source>&amp;Migrate subscriptions…</source>
        <translation>&amp;انتقال اشتراک‌ها…</translation>
    </message>
    <message>
        <source>Subscriptions keep the price version they were sold at (grandfathering) until you migrate them to the latest version.</source>
        <translation>اشتراک‌ها نسخه قیمتی را که با آن فروخته شده‌اند نگه می‌دارند (حفظ قیمت قبلی) تا زمانی که آن‌ها را به آخرین نسخه منتقل کنید.</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>تاریخ اجرا</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>قیمت‌گذاری</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>هزینه راه‌اندازی</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>A new pricing that takes effect on a later date</source>
        <translation>قیمت‌گذاری جدیدی که در تاریخی دیرتر اجرا می‌شود</translation>
    </message>
    <message>
        <source>Move subscriptions on older versions to the latest one</source>
        <translation>انتقال اشتراک‌هایی که روی نسخه‌های قدیمی‌تر هستند به آخرین نسخه</translation>
    </message>
    <message>
        <source>the %1 price in %2</source>
        <translation>قیمت %1 به %2</translation>
    </message>
    <message>
        <source>the price in %1</source>
        <translation>قیمت به %1</translation>
    </message>
    <message>
        <source>Versions of %1</source>
        <translation>نسخه‌های %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>current</source>
        <translation>فعلی</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>تا %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Added the version that takes effect on %1.</source>
        <translation>نسخه‌ای که از %1 اجرا می‌شود اضافه شد.</translation>
    </message>
    <message>
        <source>No subscription was on an older version; nothing moved.</source>
        <translation>هیچ اشتراکی روی نسخه قدیمی‌تر نبود؛ چیزی منتقل نشد.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln subscription(s) to the latest version.</source>
        <translation>
            <numerusform>%Ln اشتراک به آخرین نسخه منتقل شد.</numerusform>
        </translation>
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
    <name>subdesk::ui::ReconciliationPage</name>
    <message>
        <source>Invoiced (gross) = MRR + timing + tax + one-time fees + usage + proration − credit notes. Timing is what the recurring lines invoiced in the month differ from MRR: yearly and quarterly plans billed in advance, first short periods, changes during the month and once-only coupons. MRR here covers the whole company in the selected currencies: invoices have no segment, plan or country filter.</source>
        <translation>فاکتورشده (ناخالص) = MRR + زمان‌بندی + مالیات + هزینه‌های یک‌باره + مصرف + محاسبه تناسبی − اعلامیه‌های بستانکاری. زمان‌بندی تفاوت اقلام تکرارشونده فاکتورشده در ماه با MRR است: طرح‌های سالانه و فصلی که پیشاپیش صورتحساب می‌شوند، نخستین دوره‌های کوتاه، تغییرات در طول ماه و کوپن‌های یک‌باره. MRR در اینجا کل شرکت را در ارزهای انتخاب‌شده در بر می‌گیرد: فاکتورها فیلتر بخش، طرح یا کشور ندارند.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export reconciliation</source>
        <translation>خروجی تطبیق</translation>
    </message>
    <message>
        <source>reconciliation.csv</source>
        <translation>reconciliation.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RecordPaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>ثبت پرداخت</translation>
    </message>
    <message>
        <source>Record payment for %1</source>
        <translation>ثبت پرداخت برای %1</translation>
    </message>
    <message>
        <source>Bank reference, card slip, …</source>
        <translation>مرجع بانکی، رسید کارت، …</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;مشتری:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>م&amp;بلغ:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;تاریخ:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;روش:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>م&amp;رجع:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
    <message>
        <source>Applied to open invoices</source>
        <translation>اعمال‌شده به فاکتورهای باز</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاکتور</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>مانده</translation>
    </message>
    <message>
        <source>Amount to apply</source>
        <translation>مبلغ قابل اعمال</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>سررسیدگذشته</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>یک مشتری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose a currency (an ISO 4217 code such as EUR).</source>
        <translation>یک ارز انتخاب کنید (کد ISO 4217 مانند EUR).</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>مبلغ باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>the amount for %1</source>
        <translation>مبلغ برای %1</translation>
    </message>
    <message>
        <source>The amount for %1 cannot be negative.</source>
        <translation>مبلغ برای %1 نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Left over as customer credit: —</source>
        <translation>باقی‌مانده به‌عنوان اعتبار مشتری: —</translation>
    </message>
    <message>
        <source>Left over as customer credit: %1</source>
        <translation>باقی‌مانده به‌عنوان اعتبار مشتری: %1</translation>
    </message>
    <message>
        <source>Nothing is applied by hand, so the payment goes to the oldest invoices first.</source>
        <translation>هیچ مبلغی دستی اعمال نشده است، بنابراین پرداخت ابتدا به قدیمی‌ترین فاکتورها اعمال می‌شود.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RefundDialog</name>
    <message>
        <source>Refund customer credit</source>
        <translation>استرداد اعتبار مشتری</translation>
    </message>
    <message>
        <source>Bank reference of the transfer</source>
        <translation>مرجع بانکی انتقال</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;مشتری:</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>اعتبار:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;ارز:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>م&amp;بلغ:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;تاریخ:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;روش:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>م&amp;رجع:</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>Choose a customer to see their credit.</source>
        <translation>یک مشتری انتخاب کنید تا اعتبار او را ببینید.</translation>
    </message>
    <message>
        <source>No credit to refund.</source>
        <translation>اعتباری برای استرداد وجود ندارد.</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>موجود: %1</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>یک مشتری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>یک ارز انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 has no credit in %2 to refund.</source>
        <translation>%1 اعتباری به %2 برای استرداد ندارد.</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>مبلغ باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>At most %1 can be refunded: that is all the credit in %2.</source>
        <translation>حداکثر %1 قابل استرداد است: این کل اعتبار به %2 است.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RestartSubscriptionDialog</name>
    <message>
        <source>First invoice after the restart</source>
        <translation>نخستین فاکتور پس از شروع دوباره</translation>
    </message>
    <message>
        <source>Resume subscription %1</source>
        <translation>ازسرگیری اشتراک %1</translation>
    </message>
    <message>
        <source>Reactivate subscription %1</source>
        <translation>فعال‌سازی مجدد اشتراک %1</translation>
    </message>
    <message>
        <source>Resume subscription</source>
        <translation>ازسرگیری اشتراک</translation>
    </message>
    <message>
        <source>Reactivate subscription</source>
        <translation>فعال‌سازی مجدد اشتراک</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), %4.</source>
        <translation>%1 — %2 (%3)، %4.</translation>
    </message>
    <message>
        <source>Resume &amp;on:</source>
        <translation>ازسرگیری در &amp;تاریخ:</translation>
    </message>
    <message>
        <source>Reactivate &amp;on:</source>
        <translation>فعال‌سازی مجدد در &amp;تاریخ:</translation>
    </message>
    <message>
        <source>Nothing is billed now; billing continues with the next billing run.</source>
        <translation>اکنون چیزی صورتحساب نمی‌شود؛ صورتحساب با اجرای بعدی صورتحساب ادامه می‌یابد.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::RetentionChartPage</name>
    <message>
        <source>Over the 12 months ending with each month, for the customers paying the day before: NRR = (their MRR then + expansion − contraction − churn) ÷ their MRR then; GRR leaves out expansion. Click a point for those customers.</source>
        <translation>در ۱۲ ماه منتهی به هر ماه، برای مشتریانی که روز پیش از آن پرداخت می‌کردند: NRR = (MRR آن زمانشان + گسترش − کاهش − ریزش) ÷ MRR آن زمانشان؛ GRR گسترش را کنار می‌گذارد. برای دیدن آن مشتریان روی یک نقطه کلیک کنید.</translation>
    </message>
    <message>
        <source>Trailing 12 months</source>
        <translation>۱۲ ماه گذشته</translation>
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
        <translation>ماه</translation>
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
        <translation>مشتری %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Credit applied</source>
        <translation>اعتبار اعمال‌شده</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>مبلغ قابل پرداخت</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::ScoreDistributionWidget</name>
    <message numerus="yes">
        <source>Score %1 (%2): %n answer(s), %3 %</source>
        <translation>
            <numerusform>امتیاز %1 (%2): %n پاسخ، %3 %</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SettingsPage</name>
    <message>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SettingsView</name>
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
    <message>
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>How SubDesk looks, and the company file it has open.</source>
        <translation>ظاهر SubDesk و پرونده شرکتی که باز است.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::StatementDialog</name>
    <message>
        <source>Statement of account</source>
        <translation>صورت وضعیت حساب</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;مشتری:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;ارز:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;دوره:</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>صورت وضعیت:</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>ذخیره PDF…</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>یک مشتری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose a currency (an ISO 4217 code such as EUR).</source>
        <translation>یک ارز انتخاب کنید (کد ISO 4217 مانند EUR).</translation>
    </message>
    <message>
        <source>The period must not end before it starts.</source>
        <translation>دوره نباید پیش از شروع خود پایان یابد.</translation>
    </message>
    <message>
        <source>Opening balance %1, %2, closing balance %3.</source>
        <translation>مانده ابتدای دوره %1، %2، مانده پایان دوره %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n مورد</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement %1 %2.pdf</source>
        <translation>صورت وضعیت %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>ذخیره صورت وضعیت</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>پرونده‌های PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::StopSubscriptionDialog</name>
    <message>
        <source>Credit the unused time</source>
        <translation>بستانکاری زمان استفاده‌نشده</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>بستانکاری</translation>
    </message>
    <message>
        <source>Pause subscription %1</source>
        <translation>توقف موقت اشتراک %1</translation>
    </message>
    <message>
        <source>Cancel subscription %1</source>
        <translation>لغو اشتراک %1</translation>
    </message>
    <message>
        <source>Pause subscription</source>
        <translation>توقف موقت اشتراک</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>لغو اشتراک</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>A credit note for the part of the paid period after the stop</source>
        <translation>اعلامیه بستانکاری برای بخشی از دوره پرداخت‌شده که پس از توقف است</translation>
    </message>
    <message>
        <source>Optional, e.g. why the customer pauses</source>
        <translation>اختیاری، مثلاً دلیل توقف موقت از سوی مشتری</translation>
    </message>
    <message>
        <source>Optional, e.g. why the customer leaves</source>
        <translation>اختیاری، مثلاً دلیل ترک مشتری</translation>
    </message>
    <message>
        <source>%1. The current period, already billed, runs %2 → %3.</source>
        <translation>%1. دوره فعلی که از قبل صورتحساب شده: %2 → %3.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Pause:</source>
        <translation>توقف موقت:</translation>
    </message>
    <message>
        <source>Cancel:</source>
        <translation>لغو:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
    <message>
        <source>Nothing is credited: the subscription runs until %1 and is paused from then on.</source>
        <translation>چیزی بستانکار نمی‌شود: اشتراک تا %1 ادامه دارد و از آن زمان به‌طور موقت متوقف می‌شود.</translation>
    </message>
    <message>
        <source>Nothing is credited: the subscription runs until %1 and ends then.</source>
        <translation>چیزی بستانکار نمی‌شود: اشتراک تا %1 ادامه دارد و سپس پایان می‌یابد.</translation>
    </message>
    <message>
        <source>Nothing is credited.</source>
        <translation>چیزی بستانکار نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SubscriptionDetailPane</name>
    <message>
        <source>Select a subscription to see its history and documents.</source>
        <translation>برای دیدن سابقه و اسناد یک اشتراک، آن را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>مشتری:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>طرح:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>قیمت:</translation>
    </message>
    <message>
        <source>Add-ons:</source>
        <translation>افزونه‌ها:</translation>
    </message>
    <message>
        <source>Coupon:</source>
        <translation>کوپن:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>شروع:</translation>
    </message>
    <message>
        <source>Next billing:</source>
        <translation>صورتحساب بعدی:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>پایان:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>مدت:</translation>
    </message>
    <message>
        <source>Billed through:</source>
        <translation>صورتحساب‌شده تا:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>تغییرات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Subscription %1 — %2</source>
        <translation>اشتراک %1 — %2</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>اسناد (%1)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, ends on %2</source>
        <translation>%1، پایان در %2</translation>
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
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln trial day(s)</source>
        <translation>
            <numerusform>%Ln روز آزمایشی</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing more to bill</source>
        <translation>چیز دیگری برای صورتحساب نمانده است</translation>
    </message>
    <message>
        <source>Runs until cancelled</source>
        <translation>تا زمان لغو ادامه دارد</translation>
    </message>
    <message>
        <source>Not billed by a run yet</source>
        <translation>هنوز در هیچ اجرایی صورتحساب نشده</translation>
    </message>
    <message>
        <source>prorated</source>
        <translation>تناسبی</translation>
    </message>
    <message>
        <source>from the next period, not prorated</source>
        <translation>از دوره بعد، بدون محاسبه تناسبی</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>تا %1</translation>
    </message>
    <message>
        <source>unused time credited</source>
        <translation>زمان استفاده‌نشده بستانکار شد</translation>
    </message>
    <message>
        <source>no credit</source>
        <translation>بدون بستانکاری</translation>
    </message>
    <message>
        <source>billing starts again</source>
        <translation>صورتحساب دوباره شروع می‌شود</translation>
    </message>
    <message>
        <source>a new term starts</source>
        <translation>مدت جدیدی شروع می‌شود</translation>
    </message>
    <message>
        <source>the term ended</source>
        <translation>مدت پایان یافت</translation>
    </message>
    <message>
        <source>bought %1 × %2 once</source>
        <translation>خرید یک‌باره %1 × %2</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>ثبت‌شده در %1</translation>
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
        <translation>لغو در %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>طرح</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>بازه صورتحساب</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>هر دوره</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>صورتحساب بعدی</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>کوپن</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SubscriptionsView</name>
    <message>
        <source>&amp;New subscription…</source>
        <translation>اشتراک &amp;جدید…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>جدید…</translation>
    </message>
    <message>
        <source>Subscribe a customer to a plan</source>
        <translation>مشترک کردن یک مشتری در یک طرح</translation>
    </message>
    <message>
        <source>C&amp;hange subscription…</source>
        <translation>&amp;تغییر اشتراک…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>تغییر…</translation>
    </message>
    <message>
        <source>Change the plan, quantity, add-ons, interval or coupon of the selected subscription</source>
        <translation>تغییر طرح، تعداد، افزونه‌ها، بازه یا کوپن اشتراک انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Pause subscription…</source>
        <translation>&amp;توقف موقت اشتراک…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>توقف موقت…</translation>
    </message>
    <message>
        <source>Stop billing the selected subscription for a while</source>
        <translation>توقف موقت صورتحساب اشتراک انتخاب‌شده برای مدتی</translation>
    </message>
    <message>
        <source>&amp;Resume subscription…</source>
        <translation>&amp;ازسرگیری اشتراک…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>ازسرگیری…</translation>
    </message>
    <message>
        <source>Start billing the selected paused subscription again</source>
        <translation>شروع دوباره صورتحساب اشتراک متوقف‌شده انتخاب‌شده</translation>
    </message>
    <message>
        <source>Ca&amp;ncel subscription…</source>
        <translation>&amp;لغو اشتراک…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>لغو…</translation>
    </message>
    <message>
        <source>End the selected subscription</source>
        <translation>پایان دادن به اشتراک انتخاب‌شده</translation>
    </message>
    <message>
        <source>Reac&amp;tivate subscription…</source>
        <translation>&amp;فعال‌سازی مجدد اشتراک…</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>فعال‌سازی مجدد…</translation>
    </message>
    <message>
        <source>Continue the selected cancelled or cancelling subscription</source>
        <translation>ادامه اشتراک انتخاب‌شده‌ای که لغو شده یا در حال لغو است</translation>
    </message>
    <message>
        <source>Run &amp;billing…</source>
        <translation>اجرای &amp;صورتحساب…</translation>
    </message>
    <message>
        <source>Run billing…</source>
        <translation>اجرای صورتحساب…</translation>
    </message>
    <message>
        <source>Write the invoices and credit notes that are due</source>
        <translation>ثبت فاکتورها و اعلامیه‌های بستانکاری سررسیدشده</translation>
    </message>
    <message>
        <source>Search customer</source>
        <translation>جستجوی مشتری</translation>
    </message>
    <message>
        <source>Shows the subscriptions of customers whose name contains every word typed</source>
        <translation>اشتراک‌های مشتریانی را نشان می‌دهد که نامشان همه واژه‌های تایپ‌شده را داشته باشد</translation>
    </message>
    <message>
        <source>Show subscriptions with this status only</source>
        <translation>نمایش فقط اشتراک‌های دارای این وضعیت</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>همه وضعیت‌ها</translation>
    </message>
    <message>
        <source>Show subscriptions to this plan only</source>
        <translation>نمایش فقط اشتراک‌های این طرح</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>همه طرح‌ها</translation>
    </message>
    <message>
        <source>%1 (%2, archived)</source>
        <translation>%1 (%2، بایگانی‌شده)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln subscription(s)</source>
        <translation>
            <numerusform>نمایش %1 از %Ln اشتراک</numerusform>
        </translation>
    </message>
    <message>
        <source>No subscriptions yet.
Subscribe a customer to a plan with New.</source>
        <translation>هنوز اشتراکی وجود ندارد.
با «جدید» یک مشتری را مشترک یک طرح کنید.</translation>
    </message>
    <message>
        <source>No subscriptions match the search and filters.</source>
        <translation>هیچ اشتراکی با جستجو و فیلترها مطابقت ندارد.</translation>
    </message>
    <message>
        <source>Subscription %1 created.</source>
        <translation>اشتراک %1 ایجاد شد.</translation>
    </message>
    <message>
        <source>Subscription %1 changed.</source>
        <translation>اشتراک %1 تغییر کرد.</translation>
    </message>
    <message>
        <source>Subscription %1 paused.</source>
        <translation>اشتراک %1 به‌طور موقت متوقف شد.</translation>
    </message>
    <message>
        <source>Subscription %1 cancelled.</source>
        <translation>اشتراک %1 لغو شد.</translation>
    </message>
    <message>
        <source>Subscription %1 resumed.</source>
        <translation>اشتراک %1 از سر گرفته شد.</translation>
    </message>
    <message>
        <source>Subscription %1 reactivated.</source>
        <translation>اشتراک %1 دوباره فعال شد.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SurveyAnswerDialog</name>
    <message>
        <source>Edit survey answer</source>
        <translation>ویرایش پاسخ نظرسنجی</translation>
    </message>
    <message>
        <source>New survey answer</source>
        <translation>پاسخ نظرسنجی جدید</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>NPS: how likely to recommend us (0–10)</source>
        <translation>NPS: چقدر احتمال دارد ما را توصیه کند (۰–۱۰)</translation>
    </message>
    <message>
        <source>CSAT: how satisfied (1–5)</source>
        <translation>CSAT: میزان رضایت (۱–۵)</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>What the customer wrote, in their words</source>
        <translation>آنچه مشتری نوشته است، با کلمات خودش</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>e.g. pricing, support</source>
        <translation>مثلاً pricing, support</translation>
    </message>
    <message>
        <source>Separate tags with commas. Tags group recurring themes; their counts show on the dashboard&apos;s Feedback tab.</source>
        <translation>برچسب‌ها را با ویرگول جدا کنید. برچسب‌ها موضوعات تکرارشونده را گروه‌بندی می‌کنند؛ شمار آن‌ها در زبانه بازخورد داشبورد نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>There are no customers to record an answer for.</source>
        <translation>هیچ مشتری‌ای برای ثبت پاسخ وجود ندارد.</translation>
    </message>
    <message>
        <source>Choose the customer who answered.</source>
        <translation>مشتری‌ای را که پاسخ داده است انتخاب کنید.</translation>
    </message>
    <message>
        <source>The answer was not stored.</source>
        <translation>پاسخ ذخیره نشد.</translation>
    </message>
    <message>
        <source>Promoters answer 9–10, passives 7–8, detractors 0–6.</source>
        <translation>مروج‌ها ۹ تا ۱۰، منفعل‌ها ۷ تا ۸ و منتقدان ۰ تا ۶ پاسخ می‌دهند.</translation>
    </message>
    <message>
        <source>Answers of 4 and 5 count as satisfied.</source>
        <translation>پاسخ‌های ۴ و ۵ رضایت به شمار می‌آیند.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::SurveyImportDialog</name>
    <message>
        <source>Import survey answers</source>
        <translation>وارد کردن پاسخ‌های نظرسنجی</translation>
    </message>
    <message>
        <source>A CSV file exported from your survey tool</source>
        <translation>یک فایل CSV صادرشده از ابزار نظرسنجی شما</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>NPS answers (0–10)</source>
        <translation>پاسخ‌های NPS (۰–۱۰)</translation>
    </message>
    <message>
        <source>CSAT answers (1–5)</source>
        <translation>پاسخ‌های CSAT (۱–۵)</translation>
    </message>
    <message>
        <source>Decide from the file</source>
        <translation>تعیین بر اساس فایل</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>روز اول (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>ماه اول (12/31/2026)</translation>
    </message>
    <message>
        <source>A date such as 04/03/2026 may be 4 March or 3 April. SubDesk reads it as the file&apos;s other dates show (one with a day above 12 decides) and refuses it when nothing tells; choose the order here if you know it.</source>
        <translation>تاریخی مانند 04/03/2026 ممکن است ۴ مارس یا ۳ آوریل باشد. SubDesk آن را همان‌گونه می‌خواند که تاریخ‌های دیگر فایل نشان می‌دهند (تاریخی با روز بزرگ‌تر از ۱۲ تعیین‌کننده است) و اگر چیزی مشخص نکند آن را نمی‌پذیرد؛ اگر ترتیب را می‌دانید، اینجا انتخاب کنید.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Rows without a kind are</source>
        <translation>ردیف‌های بدون نوع، این‌گونه‌اند</translation>
    </message>
    <message>
        <source>Dates like 04/03/2026</source>
        <translation>تاریخ‌هایی مانند 04/03/2026</translation>
    </message>
    <message>
        <source>Columns are found by their names, as Delighted, Typeform, SurveyMonkey or Hotjar export them: a date, the customer&apos;s e-mail or customer number, and the score; optionally a comment, channel, tags and kind (nps or csat).</source>
        <translation>ستون‌ها از روی نامشان پیدا می‌شوند، همان‌گونه که Delighted، Typeform، SurveyMonkey یا Hotjar صادر می‌کنند: تاریخ، ایمیل یا شماره مشتری، و امتیاز؛ و به دلخواه توضیح، کانال، برچسب‌ها و نوع (nps یا csat).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>خط</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>مشکلات</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>فایل‌های CSV (*.csv *.txt);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation>%1 (نادیده گرفته شد)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>مشکلات (%1)</translation>
    </message>
    <message>
        <source>Choose a file to see its rows and whether they can be imported.</source>
        <translation>یک فایل انتخاب کنید تا ردیف‌هایش و امکان وارد کردن آن‌ها را ببینید.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing can be imported until the file is corrected. Every problem is listed with its line and column.</source>
        <translation>
            <numerusform>%n مشکل یافت شد: تا اصلاح فایل، چیزی وارد نمی‌شود. هر مشکل با خط و ستونش فهرست شده است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) ready to import.</source>
        <translation>
            <numerusform>%n پاسخ آماده وارد کردن است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates are read month first (MM/DD/YYYY).</source>
        <translation>تاریخ‌ها ماه‌اول خوانده می‌شوند (MM/DD/YYYY).</translation>
    </message>
    <message>
        <source>Dates are read day first (DD/MM/YYYY).</source>
        <translation>تاریخ‌ها روز‌اول خوانده می‌شوند (DD/MM/YYYY).</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::TaxRateDialog</name>
    <message>
        <source>New tax rate</source>
        <translation>نرخ مالیات جدید</translation>
    </message>
    <message>
        <source>Edit tax rate</source>
        <translation>ویرایش نرخ مالیات</translation>
    </message>
    <message>
        <source>e.g. Reduced rate (books)</source>
        <translation>مثلاً نرخ کاهش‌یافته (کتاب)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>مثلاً %1</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>پایان در</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>طبقه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>معتبر از</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <source>Leave &quot;Ends on&quot; unticked while the rate still applies. Rates already used on issued documents stay on those documents when you change them here.</source>
        <translation>تا زمانی که نرخ هنوز اعمال می‌شود، «پایان در» را علامت نزنید. نرخ‌هایی که در اسناد صادرشده به کار رفته‌اند، در صورت تغییر در اینجا، در همان اسناد باقی می‌مانند.</translation>
    </message>
    <message>
        <source>Choose the country the rate applies in.</source>
        <translation>کشوری را که نرخ در آن اعمال می‌شود انتخاب کنید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (e.g. FI, PL, IT).</source>
        <translation>«%1» کد کشور ISO 3166 نیست (مثلاً FI، PL، IT).</translation>
    </message>
    <message>
        <source>The name is required; documents and reports show it.</source>
        <translation>نام الزامی است؛ اسناد و گزارش‌ها آن را نمایش می‌دهند.</translation>
    </message>
    <message>
        <source>Enter the rate as a percentage, e.g. %1.</source>
        <translation>نرخ را به صورت درصد وارد کنید، مثلاً %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage from 0 to 100 with at most two decimals (e.g. %2).</source>
        <translation>«%1» درصدی بین 0 تا 100 با حداکثر دو رقم اعشار نیست (مثلاً %2).</translation>
    </message>
    <message>
        <source>The rate cannot end before it starts.</source>
        <translation>نرخ نمی‌تواند پیش از شروع خود پایان یابد.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::TaxRatesPage</name>
    <message>
        <source>Tax rates</source>
        <translation>نرخ‌های مالیات</translation>
    </message>
    <message>
        <source>VAT rates by country and class. An invoice line takes the rate of its class in the customer&apos;s country (or yours) that is valid on its date.</source>
        <translation>نرخ‌های مالیات بر ارزش افزوده به تفکیک کشور و طبقه. هر ردیف فاکتور نرخ طبقه خود را در کشور مشتری (یا کشور شما) که در تاریخ آن معتبر است می‌گیرد.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Show expired</source>
        <translation>نمایش منقضی‌شده‌ها</translation>
    </message>
    <message>
        <source>Also list rates that ended before today</source>
        <translation>فهرست کردن نرخ‌هایی که پیش از امروز پایان یافته‌اند نیز</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>طبقه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>معتبر از</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <source>The tax rates could not be read: %1</source>
        <translation>خواندن نرخ‌های مالیات ممکن نشد: %1</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>همه کشورها</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (منقضی‌شده)</translation>
    </message>
    <message>
        <source>%1 (upcoming)</source>
        <translation>%1 (آینده)</translation>
    </message>
    <message>
        <source>Added the rate %1 %2 for %3.</source>
        <translation>نرخ %1 %2 برای %3 اضافه شد.</translation>
    </message>
    <message>
        <source>Saved the rate %1.</source>
        <translation>نرخ %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Remove tax rate</source>
        <translation>حذف نرخ مالیات</translation>
    </message>
    <message>
        <source>Remove the rate &quot;%1&quot; (%2) for %3?</source>
        <translation>نرخ «%1» (%2) برای %3 حذف شود؟</translation>
    </message>
    <message>
        <source>Issued documents keep the rate they were issued with. Drafts and new invoices will no longer find it.</source>
        <translation>اسناد صادرشده نرخی را که با آن صادر شده‌اند حفظ می‌کنند. پیش‌نویس‌ها و فاکتورهای جدید دیگر آن را نخواهند یافت.</translation>
    </message>
    <message>
        <source>The rate %1 was not removed: %2</source>
        <translation>نرخ %1 حذف نشد: %2</translation>
    </message>
    <message>
        <source>Removed the rate %1.</source>
        <translation>نرخ %1 حذف شد.</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::TierEditor</name>
    <message>
        <source>Add tier</source>
        <translation>افزودن پله</translation>
    </message>
    <message>
        <source>Adds a tier at the end; the tier before it then needs an upper bound</source>
        <translation>یک پله در انتها اضافه می‌کند؛ پله پیش از آن باید حد بالا داشته باشد</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>پله</translation>
    </message>
    <message>
        <source>From unit</source>
        <translation>از واحد</translation>
    </message>
    <message>
        <source>Up to unit</source>
        <translation>تا واحد</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>Flat fee</source>
        <translation>هزینه ثابت</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بدون سقف</translation>
    </message>
    <message>
        <source>The last unit of this tier; leave empty on the last tier</source>
        <translation>آخرین واحد این پله؛ در آخرین پله خالی بگذارید</translation>
    </message>
    <message>
        <source>Charged once when a quantity reaches this tier; empty for none</source>
        <translation>یک بار وقتی تعداد به این پله برسد دریافت می‌شود؛ برای هیچ، خالی بگذارید</translation>
    </message>
    <message>
        <source>Remove this tier</source>
        <translation>حذف این پله</translation>
    </message>
    <message>
        <source>Tier %1: &quot;%2&quot; is not a whole number of units.</source>
        <translation>پله %1: «%2» تعداد صحیحی از واحدها نیست.</translation>
    </message>
    <message>
        <source>Tier %1 unit price</source>
        <translation>قیمت واحد پله %1</translation>
    </message>
    <message>
        <source>Tier %1 flat fee</source>
        <translation>هزینه ثابت پله %1</translation>
    </message>
</context>
<context>
    <name>subdesk::ui::TimingSelector</name>
    <message>
        <source>Now (%1), prorated</source>
        <translation>اکنون (%1)، به‌صورت تناسبی</translation>
    </message>
    <message>
        <source>On</source>
        <translation>در تاریخ</translation>
    </message>
    <message>
        <source>At the end of the current period (%1), not prorated</source>
        <translation>در پایان دوره فعلی (%1)، بدون محاسبه تناسبی</translation>
    </message>
    <message>
        <source>At the end of the current period</source>
        <translation>در پایان دوره فعلی</translation>
    </message>
    <message>
        <source>The subscription has no billed period running today.</source>
        <translation>اشتراک امروز هیچ دوره صورتحساب‌شده جاری‌ای ندارد.</translation>
    </message>
    <message>
        <source>, prorated</source>
        <translation>، به‌صورت تناسبی</translation>
    </message>
</context>
</TS>
