<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa">
<context>
    <name />
    <message>
        <source>{value0:,.1f} M</source>
        <translation>{value0:,.1f} میلیون</translation>
    </message>
    <message>
        <source>{value0:,.0f} k</source>
        <translation>{value0:,.0f} هزار</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>سری</translation>
    </message>
    <message>
        <source>{name} is damaged: looking for a good backup…</source>
        <translation>{name} آسیب دیده است: در حال جستجوی یک پشتیبان سالم…</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>در حال بازیابی {name}…</translation>
    </message>
    <message>
        <source>Open a crmdesk database</source>
        <translation>باز کردن پایگاه داده crmdesk</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>در حال باز کردن {path}…</translation>
    </message>
    <message>
        <source>{APP_NAME} — cannot open the database</source>
        <translation>{APP_NAME} — پایگاه داده باز نمی‌شود</translation>
    </message>
    <message>
        <source>crmdesk cannot open {name}.</source>
        <translation>crmdesk نمی‌تواند {name} را باز کند.</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>باز کردن فایل دیگر…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Backups go to {folder}. Use File ▸ Backup now.</source>
        <translation>پشتیبان‌ها در {folder} ذخیره می‌شوند. از پرونده ▸ پشتیبان‌گیری اکنون استفاده کنید.</translation>
    </message>
    <message>
        <source>Backup: {age}</source>
        <translation>پشتیبان: {age}</translation>
    </message>
    <message>
        <source>Last backup {last_taken_at:%Y-%m-%d %H:%M} UTC in {folder}</source>
        <translation>آخرین پشتیبان {last_taken_at:%Y-%m-%d %H:%M} UTC در {folder}</translation>
    </message>
    <message>
        <source>Read-only: no backups</source>
        <translation>فقط‌خواندنی: بدون پشتیبان</translation>
    </message>
    <message>
        <source>The file was opened read-only; crmdesk takes no backups of it.</source>
        <translation>فایل به صورت فقط‌خواندنی باز شد؛ crmdesk از آن پشتیبان نمی‌گیرد.</translation>
    </message>
    <message>
        <source>⚠ no backup yet</source>
        <translation>⚠ هنوز نسخهٔ پشتیبانی گرفته نشده است</translation>
    </message>
    <message>
        <source>⚠ last backup {days} days ago</source>
        <translation>⚠ آخرین نسخهٔ پشتیبان {days} روز پیش</translation>
    </message>
    <message>
        <source>⚠ last backup {hours} hours ago</source>
        <translation>⚠ آخرین نسخهٔ پشتیبان {hours} ساعت پیش</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>هنوز انجام نشده</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>همین الان</translation>
    </message>
    <message>
        <source>{value0} min ago</source>
        <translation>{value0} دقیقه پیش</translation>
    </message>
    <message>
        <source>{value0} h ago</source>
        <translation>{value0} ساعت پیش</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>در حال پشتیبان‌گیری…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>پشتیبان ذخیره شد: {path}</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>پشتیبان‌گیری</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>در حال پشتیبان‌گیری پیش از بستن…</translation>
    </message>
    <message>
        <source>on close</source>
        <translation>هنگام بستن</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
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
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>شکایت باز</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>حل‌شده</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>گزارش تماس‌ها</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>همه انواع</translation>
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
        <source>Open complaints only</source>
        <translation>فقط شکایت‌های باز</translation>
    </message>
    <message>
        <source>Resolve complaint…</source>
        <translation>حل شکایت…</translation>
    </message>
    <message>
        <source>{count:,} entry</source>
        <translation>{count:,} مورد</translation>
    </message>
    <message>
        <source>{count:,} entries</source>
        <translation>{count:,} مورد</translation>
    </message>
    <message>
        <source>Reading the contact log</source>
        <translation>در حال خواندن گزارش تماس‌ها</translation>
    </message>
    <message>
        <source>Resolve complaint</source>
        <translation>حل شکایت</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>شکایت چگونه حل شد؟</translation>
    </message>
    <message>
        <source>Resolving the complaint</source>
        <translation>در حال ثبت حل شکایت</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>Snooze to tomorrow</source>
        <translation>تعویق تا فردا</translation>
    </message>
    <message>
        <source>Snooze a week</source>
        <translation>تعویق یک هفته</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Undo the last Done or Snooze (Ctrl+Z)</source>
        <translation>واگرد آخرین «انجام شد» یا «تعویق» (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Reading today's follow-ups</source>
        <translation>در حال خواندن پیگیری‌های امروز</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>امروز موردی سررسید نیست.</translation>
    </message>
    <message>
        <source>Today — {count} follow-up due</source>
        <translation>امروز — {count} پیگیری سررسید</translation>
    </message>
    <message>
        <source>Today — {count} follow-ups due</source>
        <translation>امروز — {count} پیگیری سررسید</translation>
    </message>
    <message>
        <source>Undo {value1}</source>
        <translation>واگرد {value1}</translation>
    </message>
    <message>
        <source>Marking done</source>
        <translation>در حال علامت‌گذاری به عنوان انجام‌شده</translation>
    </message>
    <message>
        <source>Snoozing</source>
        <translation>در حال تعویق</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>تعویق</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>در حال واگرد</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <source>Attach files to this customer (or drop them on the list)</source>
        <translation>پیوست فایل به این مشتری (یا فایل‌ها را روی فهرست رها کنید)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>ذخیره به نام…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Listing the attachments</source>
        <translation>در حال فهرست کردن پیوست‌ها</translation>
    </message>
    <message>
        <source>  · from the contact log</source>
        <translation>  · از گزارش تماس‌ها</translation>
    </message>
    <message>
        <source>{filename}
{mime_type}, {size:,} bytes</source>
        <translation>{filename}
{mime_type}، {size:,} بایت</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>پیوست فایل‌ها</translation>
    </message>
    <message>
        <source>Attaching {name}</source>
        <translation>در حال پیوست {name}</translation>
    </message>
    <message>
        <source>Opening the attachment</source>
        <translation>در حال باز کردن پیوست</translation>
    </message>
    <message>
        <source>Reading the attachment</source>
        <translation>در حال خواندن پیوست</translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation>ذخیره پیوست به نام</translation>
    </message>
    <message>
        <source>Saving {name}</source>
        <translation>در حال ذخیره {name}</translation>
    </message>
    <message>
        <source>Remove attachment?</source>
        <translation>پیوست حذف شود؟</translation>
    </message>
    <message>
        <source>Remove {name}? It is deleted from the database file (backups keep their copy).</source>
        <translation>{name} حذف شود؟ از فایل پایگاه داده پاک می‌شود (پشتیبان‌ها نسخه خود را نگه می‌دارند).</translation>
    </message>
    <message>
        <source>Removing {name}</source>
        <translation>در حال حذف {name}</translation>
    </message>
    <message>
        <source>Customer — {name}</source>
        <translation>مشتری — {name}</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>نشانی‌ها</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>اشخاص تماس</translation>
    </message>
    <message>
        <source>Notes and custom fields</source>
        <translation>یادداشت‌ها و فیلدهای سفارشی</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>افزودن ایمیل</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>افزودن تلفن</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <source>VAT / tax id</source>
        <translation>شناسه مالیات بر ارزش افزوده / شناسه مالیاتی</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>شرایط پرداخت</translation>
    </message>
    <message>
        <source>comma-separated, e.g. wholesale, vip</source>
        <translation>جداشده با ویرگول، مثلاً wholesale, vip</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>نشانی صورتحساب</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>نشانی ارسال</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Enter the contact person's name.</source>
        <translation>نام شخص تماس را وارد کنید.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>تغییرات نادیده گرفته شود؟</translation>
    </message>
    <message>
        <source>This customer has changes that are not saved. Discard them?</source>
        <translation>این مشتری تغییرات ذخیره‌نشده دارد. آن‌ها نادیده گرفته شوند؟</translation>
    </message>
    <message>
        <source>Saving the customer</source>
        <translation>در حال ذخیره مشتری</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <source>Line 2</source>
        <translation>خط ۲</translation>
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
        <source>Country (LV, SE…)</source>
        <translation>کشور (LV، SE…)</translation>
    </message>
    <message>
        <source>Edit {key}</source>
        <translation>ویرایش {key}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Add contact person</source>
        <translation>افزودن شخص تماس</translation>
    </message>
    <message>
        <source>Contact person {value1}</source>
        <translation>شخص تماس {value1}</translation>
    </message>
    <message>
        <source>Enter the customer's name.</source>
        <translation>نام مشتری را وارد کنید.</translation>
    </message>
    <message>
        <source>{text!r} is not a country code (e.g. LV, SE).</source>
        <translation>{text!r} کد کشور نیست (مثلاً LV، SE).</translation>
    </message>
    <message>
        <source>{text!r} is not a language code (e.g. en, lv, fa).</source>
        <translation>{text!r} کد زبان نیست (مثلاً en، lv، fa).</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>فعال و بایگانی‌شده</translation>
    </message>
    <message>
        <source>Archived only</source>
        <translation>فقط بایگانی‌شده</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>تماس تلفنی</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>RFM segments (computed over the whole history) and saved filters</source>
        <translation>بخش‌های RFM (محاسبه‌شده بر کل سابقه) و فیلترهای ذخیره‌شده</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Save filters as segment…</source>
        <translation>ذخیره فیلترها به عنوان بخش…</translation>
    </message>
    <message>
        <source>Delete this saved segment</source>
        <translation>حذف این بخش ذخیره‌شده</translation>
    </message>
    <message>
        <source>Log campaign…</source>
        <translation>ثبت کمپین…</translation>
    </message>
    <message>
        <source>Record one interaction on every customer of the current segment</source>
        <translation>ثبت یک تعامل برای همه مشتریان بخش فعلی</translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>صدور مخاطبان…</translation>
    </message>
    <message>
        <source>Any city</source>
        <translation>هر شهری</translation>
    </message>
    <message>
        <source>Only customers with a complaint that is not resolved yet</source>
        <translation>فقط مشتریانی که شکایت حل‌نشده دارند</translation>
    </message>
    <message>
        <source>Overdue follow-up</source>
        <translation>پیگیری معوق</translation>
    </message>
    <message>
        <source>Only customers with a follow-up that was due before now and is not done</source>
        <translation>فقط مشتریانی که پیگیری‌ای دارند که سررسید آن گذشته و انجام نشده است</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>پاک کردن فیلترها</translation>
    </message>
    <message>
        <source>Show every active customer again</source>
        <translation>نمایش دوباره همه مشتریان فعال</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>&amp;بخش:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>هر برچسبی</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>هر کشوری</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>هر بخشی</translation>
    </message>
    <message>
        <source>the current filters</source>
        <translation>فیلترهای فعلی</translation>
    </message>
    <message>
        <source>Reading the saved segments</source>
        <translation>در حال خواندن بخش‌های ذخیره‌شده</translation>
    </message>
    <message>
        <source>Saving the segment</source>
        <translation>در حال ذخیره بخش</translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation>ذخیره به عنوان بخش</translation>
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation>نام بخش:</translation>
    </message>
    <message>
        <source>Deleting the segment</source>
        <translation>در حال حذف بخش</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>حذف بخش</translation>
    </message>
    <message>
        <source>Delete the saved segment “{name}”? The customers stay as they are.</source>
        <translation>بخش ذخیره‌شده «{name}» حذف شود؟ مشتریان همان‌طور که هستند باقی می‌مانند.</translation>
    </message>
    <message>
        <source>Logging the campaign</source>
        <translation>در حال ثبت کمپین</translation>
    </message>
    <message>
        <source>Counting the segment</source>
        <translation>در حال شمارش بخش</translation>
    </message>
    <message>
        <source>Exporting the contacts</source>
        <translation>در حال صدور مخاطبان</translation>
    </message>
    <message>
        <source>Export the segment's contacts</source>
        <translation>صدور مخاطبان بخش</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Log campaign</source>
        <translation>ثبت کمپین</translation>
    </message>
    <message>
        <source>e.g. Spring offer sent</source>
        <translation>مثلاً پیشنهاد بهاره ارسال شد</translation>
    </message>
    <message>
        <source>Counting the customers…</source>
        <translation>در حال شمارش مشتریان…</translation>
    </message>
    <message>
        <source>Segment: &lt;b&gt;{escape}&lt;/b&gt;</source>
        <translation>بخش: &lt;b&gt;{escape}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;موضوع:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;روز:</translation>
    </message>
    <message>
        <source>One entry will be logged on {count:,} customer.</source>
        <translation>برای {count:,} مشتری یک مورد ثبت می‌شود.</translation>
    </message>
    <message>
        <source>One entry will be logged on each of {count:,} customers.</source>
        <translation>برای هر یک از {count:,} مشتری یک مورد ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Write what was sent (the subject).</source>
        <translation>آنچه ارسال شد (موضوع) را بنویسید.</translation>
    </message>
    <message>
        <source>Log “{subject}” on {value3:,} customers of {name}?</source>
        <translation>«{subject}» برای {value3:,} مشتری از {name} ثبت شود؟</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>بازخورد</translation>
    </message>
    <message>
        <source>Log an interaction — {customer_name}</source>
        <translation>ثبت تعامل — {customer_name}</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>پیگیری در تاریخ</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>رضایت (۱–۵)</translation>
    </message>
    <message>
        <source>Logging the interaction</source>
        <translation>در حال ثبت تعامل</translation>
    </message>
    <message>
        <source>Archive {len} customers</source>
        <translation>بایگانی {len} مشتری</translation>
    </message>
    <message>
        <source>Unarchiving</source>
        <translation>در حال خارج کردن از بایگانی</translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation>در حال بایگانی</translation>
    </message>
    <message>
        <source>Unarchive {len} customers</source>
        <translation>خارج کردن {len} مشتری از بایگانی</translation>
    </message>
    <message>
        <source>Tag {len} customers “{tag}”</source>
        <translation>برچسب «{tag}» برای {len} مشتری</translation>
    </message>
    <message>
        <source>Untagging</source>
        <translation>در حال حذف برچسب</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>در حال برچسب‌گذاری</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>مشتری &amp;جدید…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;بایگانی</translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>&amp;خارج کردن از بایگانی</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;برچسب…</translation>
    </message>
    <message>
        <source>E&amp;xport selected…</source>
        <translation>&amp;صدور موارد انتخاب‌شده…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>یافتن موارد &amp;تکراری…</translation>
    </message>
    <message>
        <source>Export personal &amp;data…</source>
        <translation>صدور &amp;داده‌های شخصی…</translation>
    </message>
    <message>
        <source>&amp;Erase personal data…</source>
        <translation>&amp;پاک کردن داده‌های شخصی…</translation>
    </message>
    <message>
        <source>Opening the customer</source>
        <translation>در حال باز کردن مشتری</translation>
    </message>
    <message>
        <source>Tag customers</source>
        <translation>برچسب‌گذاری مشتریان</translation>
    </message>
    <message>
        <source>Tag for {len} customers:</source>
        <translation>برچسب برای {len} مشتری:</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>صدور مشتریان</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv);;vCard (*.vcf)</source>
        <translation>کارپوشه Excel (*.xlsx);;CSV برای صفحه‌گسترده (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>صدور</translation>
    </message>
    <message>
        <source>{rows} customers exported to {name}</source>
        <translation>{rows} مشتری به {name} صادر شد</translation>
    </message>
    <message>
        <source>Select one customer to export their personal data.</source>
        <translation>یک مشتری را برای صدور داده‌های شخصی‌اش انتخاب کنید.</translation>
    </message>
    <message>
        <source>Folder for the personal data export</source>
        <translation>پوشه برای صدور داده‌های شخصی</translation>
    </message>
    <message>
        <source>Personal data export</source>
        <translation>صدور داده‌های شخصی</translation>
    </message>
    <message>
        <source>Personal data written to {path}</source>
        <translation>داده‌های شخصی در {path} نوشته شد</translation>
    </message>
    <message>
        <source>Select one customer to erase their personal data.</source>
        <translation>یک مشتری را برای پاک کردن داده‌های شخصی‌اش انتخاب کنید.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>پاک کردن داده‌های شخصی</translation>
    </message>
    <message>
        <source>Erasing personal data</source>
        <translation>در حال پاک کردن داده‌های شخصی</translation>
    </message>
    <message>
        <source>Balance owed</source>
        <translation>مانده بدهی</translation>
    </message>
    <message>
        <source>Lifetime revenue</source>
        <translation>درآمد کل</translation>
    </message>
    <message>
        <source>Lifetime margin</source>
        <translation>حاشیه سود کل</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>آخرین خرید</translation>
    </message>
    <message>
        <source>Days between purchases</source>
        <translation>فاصله روزهای خرید</translation>
    </message>
    <message>
        <source>Open quotes</source>
        <translation>پیش‌فاکتورهای باز</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>شکایت‌های باز</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>پیگیری بعدی</translation>
    </message>
    <message>
        <source>Select a customer</source>
        <translation>یک مشتری انتخاب کنید</translation>
    </message>
    <message>
        <source>Products often bought by customers who bought what this customer bought</source>
        <translation>محصولاتی که اغلب مشتریانِ خریدار اقلام این مشتری خریده‌اند</translation>
    </message>
    <message>
        <source>Suggested next</source>
        <translation>پیشنهاد بعدی</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>پیوست‌ها ({count})</translation>
    </message>
    <message>
        <source>Reading the customer</source>
        <translation>در حال خواندن مشتری</translation>
    </message>
    <message>
        <source>{text}  ({overdue} overdue)</source>
        <translation>{text}  ({overdue} معوق)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>پیش‌فاکتور</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاکتور</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>crmdesk databases (*{DATABASE_SUFFIX} *.db);;All files (*)</source>
        <translation>پایگاه‌های داده crmdesk (*{DATABASE_SUFFIX} *.db);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>پایگاه داده &amp;جدید…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;باز کردن…</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>&amp;پشتیبان‌گیری اکنون</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;بازیابی…</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>&amp;پوشه پشتیبان…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;اخیراً باز شده</translation>
    </message>
    <message>
        <source>New crmdesk database</source>
        <translation>پایگاه داده جدید crmdesk</translation>
    </message>
    <message>
        <source>crmdesk — New database</source>
        <translation>crmdesk — پایگاه داده جدید</translation>
    </message>
    <message>
        <source>No other recent files</source>
        <translation>فایل اخیر دیگری نیست</translation>
    </message>
    <message>
        <source>{name} is already open.</source>
        <translation>{name} از قبل باز است.</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} باز شد</translation>
    </message>
    <message>
        <source> (upgraded; the old version was saved to {backup})</source>
        <translation> (ارتقا یافت؛ نسخه قدیمی در {backup} ذخیره شد)</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>در حال باز کردن {name}</translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation>یک پشتیبان‌گیری در حال اجراست.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>پوشه پشتیبان‌ها</translation>
    </message>
    <message>
        <source>Backups now go to {folder}</source>
        <translation>پشتیبان‌ها اکنون در {folder} ذخیره می‌شوند</translation>
    </message>
    <message>
        <source>crmdesk — the database is damaged</source>
        <translation>crmdesk — پایگاه داده آسیب دیده است</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be opened.</source>
        <translation>{name} آسیب دیده است و باز نمی‌شود.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>بازیابی این پشتیبان</translation>
    </message>
    <message>
        <source>{stem} — preview</source>
        <translation>{stem} — پیش‌نمایش</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>صفحه</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>باز کردن پوشه</translation>
    </message>
    <message>
        <source>Email draft</source>
        <translation>پیش‌نویس ایمیل</translation>
    </message>
    <message>
        <source>Write an email with the PDF attached and open it in your mail program</source>
        <translation>نوشتن ایمیل با پیوست PDF و باز کردن آن در برنامه ایمیل شما</translation>
    </message>
    <message>
        <source>Send via SMTP…</source>
        <translation>ارسال از طریق SMTP…</translation>
    </message>
    <message>
        <source>Send the email now through the mail server set in Settings</source>
        <translation>ارسال همین حالا از طریق کارساز ایمیل تنظیم‌شده در تنظیمات</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>کوچک‌نمایی (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>بزرگ‌نمایی (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>هم‌عرض صفحه</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>صفحه قبل (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>صفحه بعد (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source> of {page_count} </source>
        <translation> از {page_count} </translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>ذخیره PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>در حال ذخیره {name}…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>ذخیره به نام</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>در {path} ذخیره شد</translation>
    </message>
    <message>
        <source>Writing the email draft…</source>
        <translation>در حال نوشتن پیش‌نویس ایمیل…</translation>
    </message>
    <message>
        <source>Email draft to {to} written to {path}</source>
        <translation>پیش‌نویس ایمیل به {to} در {path} نوشته شد</translation>
    </message>
    <message>
        <source>No mail program opened the draft; it is at {path}</source>
        <translation>هیچ برنامه ایمیلی پیش‌نویس را باز نکرد؛ پیش‌نویس در {path} است</translation>
    </message>
    <message>
        <source>Sending the email…</source>
        <translation>در حال ارسال ایمیل…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>در حال ارسال</translation>
    </message>
    <message>
        <source>Sent to {to} through {server}</source>
        <translation>از طریق {server} به {to} ارسال شد</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>ارسال نشد.</translation>
    </message>
    <message>
        <source>{doing} failed.</source>
        <translation>{doing} ناموفق بود.</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (درگاه 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (درگاه 465)</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>هیچ (بدون رمزنگاری)</translation>
    </message>
    <message>
        <source>stored in the system keyring — type to replace</source>
        <translation>در جاکلیدی سیستم ذخیره شده — برای جایگزینی تایپ کنید</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in the database</source>
        <translation>در جاکلیدی سیستم نگهداری می‌شود، هرگز در پایگاه داده</translation>
    </message>
    <message>
        <source>usually your email address</source>
        <translation>معمولاً نشانی ایمیل شما</translation>
    </message>
    <message>
        <source>Your Company &lt;office@example.com&gt;</source>
        <translation>Your Company &lt;office@example.com&gt;</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>ارسال ایمیل آزمایشی</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>کارساز ایمیل</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>درگاه</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>امنیت</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>Sender (From)</source>
        <translation>فرستنده (From)</translation>
    </message>
    <message>
        <source>Reading the mail settings</source>
        <translation>در حال خواندن تنظیمات ایمیل</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <source>Saving the mail settings</source>
        <translation>در حال ذخیره تنظیمات ایمیل</translation>
    </message>
    <message>
        <source>Saved. Emails go out through {host}:{port}.</source>
        <translation>ذخیره شد. ایمیل‌ها از طریق {host}:{port} ارسال می‌شوند.</translation>
    </message>
    <message>
        <source>Sending a test email through {value1}…</source>
        <translation>در حال ارسال ایمیل آزمایشی از طریق {value1}…</translation>
    </message>
    <message>
        <source>Test email</source>
        <translation>ایمیل آزمایشی</translation>
    </message>
    <message>
        <source>Test email sent to {to}. Check that it arrived.</source>
        <translation>ایمیل آزمایشی به {to} ارسال شد. بررسی کنید که رسیده باشد.</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>یافتن موارد تکراری</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>در حال جستجوی موارد تکراری…</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>تکراری احتمالی</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>&amp;Compare and merge…</source>
        <translation>&amp;مقایسه و ادغام…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translation>در حال یافتن موارد تکراری</translation>
    </message>
    <message>
        <source>{len} possible duplicate pair(s), most likely first. Open one to compare and merge.</source>
        <translation>{len} جفت تکراری احتمالی، به ترتیب احتمال. یکی را برای مقایسه و ادغام باز کنید.</translation>
    </message>
    <message>
        <source>No likely duplicates among the active customers.</source>
        <translation>در میان مشتریان فعال مورد تکراری محتملی نیست.</translation>
    </message>
    <message>
        <source>contact-log entry</source>
        <translation>مورد گزارش تماس</translation>
    </message>
    <message>
        <source>contact-log entries</source>
        <translation>مورد گزارش تماس</translation>
    </message>
    <message>
        <source>draft invoice</source>
        <translation>پیش‌نویس فاکتور</translation>
    </message>
    <message>
        <source>draft invoices</source>
        <translation>پیش‌نویس فاکتور</translation>
    </message>
    <message>
        <source>delivery note</source>
        <translation>حواله تحویل</translation>
    </message>
    <message>
        <source>delivery notes</source>
        <translation>حواله تحویل</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>شخص تماس</translation>
    </message>
    <message>
        <source>contact persons</source>
        <translation>شخص تماس</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>نشانی ایمیل</translation>
    </message>
    <message>
        <source>email addresses</source>
        <translation>نشانی ایمیل</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>شماره تلفن</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>شماره تلفن</translation>
    </message>
    <message>
        <source>Moves to the kept customer: </source>
        <translation>به مشتری نگه‌داشته‌شده منتقل می‌شود: </translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>چیز دیگری نیست</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>ادغام مشتریان</translation>
    </message>
    <message>
        <source>S&amp;wap sides</source>
        <translation>&amp;جابه‌جایی طرفین</translation>
    </message>
    <message>
        <source>Keep the right-hand customer instead</source>
        <translation>به جای آن، مشتری سمت راست نگه داشته شود</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;ادغام</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;واگرد ادغام</translation>
    </message>
    <message>
        <source>Put both customers back as they were (Ctrl+Z)</source>
        <translation>بازگرداندن هر دو مشتری به حالت قبل (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Comparing the customers</source>
        <translation>در حال مقایسه مشتریان</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Kept #{survivor_id}</source>
        <translation>نگه‌داشته #{survivor_id}</translation>
    </message>
    <message>
        <source>Merged #{duplicate_id}</source>
        <translation>ادغام‌شده #{duplicate_id}</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>در حال ادغام…</translation>
    </message>
    <message>
        <source>Merged: {moved} record(s) moved to #{survivor_id}. Undo puts everything back.</source>
        <translation>ادغام شد: {moved} رکورد به #{survivor_id} منتقل شد. واگرد همه‌چیز را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Undoing the merge…</source>
        <translation>در حال واگرد ادغام…</translation>
    </message>
    <message>
        <source>The merge was undone: both customers are back as they were.</source>
        <translation>ادغام واگرد شد: هر دو مشتری به حالت قبل بازگشتند.</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>در حال ادغام</translation>
    </message>
    <message>
        <source>{APP_TITLE} — {doing} failed</source>
        <translation>{APP_TITLE} — {doing} ناموفق بود</translation>
    </message>
    <message>
        <source>{APP_TITLE} — unexpected error</source>
        <translation>{APP_TITLE} — خطای غیرمنتظره</translation>
    </message>
    <message>
        <source>Something went wrong that crmdesk did not expect. The action may not have been completed; what was saved before stays saved.</source>
        <translation>خطایی رخ داد که crmdesk انتظارش را نداشت. ممکن است عملیات کامل نشده باشد؛ آنچه پیش‌تر ذخیره شده بود، ذخیره‌شده باقی می‌ماند.</translation>
    </message>
    <message>
        <source>{name__}: {error}

The details below are also in crmdesk's log file.</source>
        <translation>{name__}: {error}

جزئیات زیر در فایل لاگ crmdesk نیز هست.</translation>
    </message>
    <message>
        <source>The action failed.</source>
        <translation>عملیات ناموفق بود.</translation>
    </message>
    <message>
        <source>Set up for {name}. Change anything in Settings.</source>
        <translation>برای {name} راه‌اندازی شد. هر چیزی را می‌توانید در تنظیمات تغییر دهید.</translation>
    </message>
    <message>
        <source>Saving the setup</source>
        <translation>در حال ذخیره راه‌اندازی</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>در حال ایجاد داده‌های نمونه…</translation>
    </message>
    <message>
        <source>Creating demo data: {step}…</source>
        <translation>در حال ایجاد داده‌های نمونه: {step}…</translation>
    </message>
    <message>
        <source>Demo data added: {customers:,} customers.</source>
        <translation>داده‌های نمونه افزوده شد: {customers:,} مشتری.</translation>
    </message>
    <message>
        <source>Creating demo data</source>
        <translation>در حال ایجاد داده‌های نمونه</translation>
    </message>
    <message>
        <source>SQLAlchemy</source>
        <translation>SQLAlchemy</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>عملیات</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <source>In tables: Enter opens the selected row. In editors: Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>در جدول‌ها: Enter ردیف انتخاب‌شده را باز می‌کند. در ویرایشگرها: Ctrl+Z واگرد و Ctrl+Shift+Z ازنو.</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>پوشه داده‌ها</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>لاگ‌ها</translation>
    </message>
    <message>
        <source>Customer files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>فایل‌های مشتری (*.csv *.tsv *.txt *.xlsx *.vcf);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— نادیده گرفته شود —</translation>
    </message>
    <message>
        <source>Skip them (keep the customer as it is)</source>
        <translation>رد کردن آن‌ها (مشتری همان‌طور که هست بماند)</translation>
    </message>
    <message>
        <source>Merge into the existing customer (fill empty fields, add emails, phones, tags)</source>
        <translation>ادغام با مشتری موجود (پر کردن فیلدهای خالی، افزودن ایمیل‌ها، تلفن‌ها و برچسب‌ها)</translation>
    </message>
    <message>
        <source>Create them as new customers anyway</source>
        <translation>در هر صورت به عنوان مشتری جدید ایجاد شوند</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>ورود مشتریان</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>در حال خواندن فایل…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>در حال بررسی ردیف‌ها…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>انتخاب فایل</translation>
    </message>
    <message>
        <source>CSV or text (any encoding, comma, semicolon or tab), Excel .xlsx, or vCard .vcf.</source>
        <translation>CSV یا متن (هر رمزگذاری، ویرگول، نقطه‌ویرگول یا تب)، Excel .xlsx یا vCard .vcf.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>فایل برای ورود</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;مرور…</translation>
    </message>
    <message>
        <source>header in row {header_row}</source>
        <translation>سرستون در ردیف {header_row}</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>تطبیق ستون‌ها</translation>
    </message>
    <message>
        <source>crmdesk recognised what it could; choose a field for the others or leave them ignored.</source>
        <translation>crmdesk آنچه را توانست تشخیص داد؛ برای بقیه یک فیلد انتخاب کنید یا آن‌ها را نادیده بگذارید.</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;ذخیره نگاشت…</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>نگاشت‌های ذخیره‌شده:</translation>
    </message>
    <message>
        <source>(the recognised mapping)</source>
        <translation>(نگاشت تشخیص‌داده‌شده)</translation>
    </message>
    <message>
        <source>(none saved yet)</source>
        <translation>(هنوز چیزی ذخیره نشده)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>ذخیره نگاشت</translation>
    </message>
    <message>
        <source>Name for this column mapping:</source>
        <translation>نام این نگاشت ستون‌ها:</translation>
    </message>
    <message>
        <source>Saving the mapping</source>
        <translation>در حال ذخیره نگاشت</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>بررسی ردیف‌ها</translation>
    </message>
    <message>
        <source>Rows with a problem are left out; rows that look like a customer you have wait for your choice.</source>
        <translation>ردیف‌های دارای مشکل کنار گذاشته می‌شوند؛ ردیف‌هایی که شبیه مشتریان موجود شما هستند منتظر انتخاب شما می‌مانند.</translation>
    </message>
    <message>
        <source>&amp;Import the valid rows</source>
        <translation>&amp;ورود ردیف‌های معتبر</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>ذخیره &amp;گزارش…</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>شبیه به</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>زیرا</translation>
    </message>
    <message>
        <source>Rows left out:</source>
        <translation>ردیف‌های کنار گذاشته‌شده:</translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>همه ردیف‌ها معتبرند.</translation>
    </message>
    <message>
        <source>{customer_name} (customer {customer_id})</source>
        <translation>{customer_name} (مشتری {customer_id})</translation>
    </message>
    <message>
        <source>row {earlier_row} of this file</source>
        <translation>ردیف {earlier_row} این فایل</translation>
    </message>
    <message>
        <source>{rows} looks like a customer you already have (or an earlier row):</source>
        <translation>{rows} شبیه مشتری‌ای است که از قبل دارید (یا یک ردیف قبلی):</translation>
    </message>
    <message>
        <source>{rows} look like customers you already have (or an earlier row):</source>
        <translation>{rows} شبیه مشتریانی هستند که از قبل دارید (یا ردیف‌های قبلی):</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>ذخیره گزارش</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report saved to {written}</source>
        <translation>گزارش در {written} ذخیره شد</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>در حال ذخیره گزارش</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>در حال ورود</translation>
    </message>
    <message>
        <source>One step: either every valid row is imported or none is.</source>
        <translation>یک مرحله: یا همه ردیف‌های معتبر وارد می‌شوند یا هیچ‌کدام.</translation>
    </message>
    <message>
        <source>Taking a backup, then importing…</source>
        <translation>در حال گرفتن پشتیبان، سپس ورود…</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>چیزی وارد نشد: {error}</translation>
    </message>
    <message>
        <source>The customers are on the Customers page; Undo removes this import as a whole.</source>
        <translation>مشتریان در صفحه «مشتریان» هستند؛ «واگرد» این ورود را به طور کامل حذف می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;واگرد ورود</translation>
    </message>
    <message>
        <source>A backup was taken first: {name}</source>
        <translation>ابتدا یک پشتیبان گرفته شد: {name}</translation>
    </message>
    <message>
        <source>Import undone: {removed:,} customer(s) removed.</source>
        <translation>ورود واگرد شد: {removed:,} مشتری حذف شد.</translation>
    </message>
    <message>
        <source>{count:,} row</source>
        <translation>{count:,} ردیف</translation>
    </message>
    <message>
        <source>{count:,} rows</source>
        <translation>{count:,} ردیف</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تحویل‌شده</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>حمل‌کننده</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>شماره رهگیری</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>New from invoice…</source>
        <translation>جدید از روی فاکتور…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Listing delivery notes</source>
        <translation>در حال فهرست کردن حواله‌های تحویل</translation>
    </message>
    <message>
        <source>{count:,} delivery note</source>
        <translation>{count:,} حواله تحویل</translation>
    </message>
    <message>
        <source>{count:,} delivery notes</source>
        <translation>{count:,} حواله تحویل</translation>
    </message>
    <message>
        <source>New delivery note</source>
        <translation>حواله تحویل جدید</translation>
    </message>
    <message>
        <source>Invoice number:</source>
        <translation>شماره فاکتور:</translation>
    </message>
    <message>
        <source>Making the delivery note</source>
        <translation>در حال ایجاد حواله تحویل</translation>
    </message>
    <message>
        <source>Opening the delivery note</source>
        <translation>در حال باز کردن حواله تحویل</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>ذخیره جزئیات</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>ارسال کالا</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>علامت‌گذاری به عنوان تحویل‌شده</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>حذف پیش‌نویس</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Delivery note {label}</source>
        <translation>حواله تحویل {label}</translation>
    </message>
    <message>
        <source>Delivery note {label} — {NOTE_LABELS}</source>
        <translation>حواله تحویل {label} — {NOTE_LABELS}</translation>
    </message>
    <message>
        <source>Customer: {customer_name}</source>
        <translation>مشتری: {customer_name}</translation>
    </message>
    <message>
        <source>Shipped: {iso}</source>
        <translation>ارسال‌شده: {iso}</translation>
    </message>
    <message>
        <source>Shipping takes these goods out of stock.</source>
        <translation>ارسال، این کالاها را از موجودی خارج می‌کند.</translation>
    </message>
    <message>
        <source>Stock was taken out by the issued invoice.</source>
        <translation>موجودی با فاکتور صادرشده خارج شد.</translation>
    </message>
    <message>
        <source>Stock went below zero: </source>
        <translation>موجودی زیر صفر رفت: </translation>
    </message>
    <message>
        <source>Saving the delivery note</source>
        <translation>در حال ذخیره حواله تحویل</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>در حال ارسال کالا</translation>
    </message>
    <message>
        <source>Marking delivered</source>
        <translation>در حال علامت‌گذاری به عنوان تحویل‌شده</translation>
    </message>
    <message>
        <source>Deleting the draft</source>
        <translation>در حال حذف پیش‌نویس</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>موجودی اول دوره</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>کالای دریافتی</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>فروخته‌شده</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>مرجوعی</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>تحویل</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>تعدیل</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>Partially received</source>
        <translation>دریافت جزئی</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافت‌شده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>۱۲ ماه گذشته</translation>
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
        <source>All time</source>
        <translation>همه زمان‌ها</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>تأمین‌کننده</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>خالص</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>مالیات</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>ناخالص</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Total {cur}</source>
        <translation>جمع {cur}</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>همه دسته‌ها</translation>
    </message>
    <message>
        <source>Add expense…</source>
        <translation>افزودن هزینه…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>&lt;b&gt;By category&lt;/b&gt;</source>
        <translation>&lt;b&gt;بر اساس دسته&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;By month&lt;/b&gt;</source>
        <translation>&lt;b&gt;بر اساس ماه&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Listing expenses</source>
        <translation>در حال فهرست کردن هزینه‌ها</translation>
    </message>
    <message>
        <source>{count:,} expense</source>
        <translation>{count:,} هزینه</translation>
    </message>
    <message>
        <source>{count:,} expenses</source>
        <translation>{count:,} هزینه</translation>
    </message>
    <message>
        <source>Opening the expense</source>
        <translation>در حال باز کردن هزینه</translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation>افزودن هزینه</translation>
    </message>
    <message>
        <source>Rent, fuel, tools…</source>
        <translation>اجاره، سوخت، ابزار…</translation>
    </message>
    <message>
        <source>No supplier</source>
        <translation>بدون تأمین‌کننده</translation>
    </message>
    <message>
        <source>Attach receipt…</source>
        <translation>پیوست رسید…</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>بدون رسید</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>مبلغ خالص</translation>
    </message>
    <message>
        <source>Attach receipt</source>
        <translation>پیوست رسید</translation>
    </message>
    <message>
        <source>Receipts (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>رسیدها (*.pdf *.png *.jpg *.jpeg);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Enter a category (rent, fuel, tools…).</source>
        <translation>یک دسته وارد کنید (اجاره، سوخت، ابزار…).</translation>
    </message>
    <message>
        <source>net amount</source>
        <translation>مبلغ خالص</translation>
    </message>
    <message>
        <source>Enter the {what} as a number, e.g. 12.50.</source>
        <translation>{what} را به صورت عدد وارد کنید، مثلاً 12.50.</translation>
    </message>
    <message>
        <source>The {what} cannot be negative.</source>
        <translation>{what} نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>The {what} has at most {MONEY_SCALE} decimal places.</source>
        <translation>{what} حداکثر {MONEY_SCALE} رقم اعشار دارد.</translation>
    </message>
    <message>
        <source>Enter the amount spent.</source>
        <translation>مبلغ هزینه‌شده را وارد کنید.</translation>
    </message>
    <message>
        <source>Saving the expense</source>
        <translation>در حال ذخیره هزینه</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>فعال‌سازی دوباره</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>غیرفعال‌سازی</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>موجودی انبار</translation>
    </message>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>جستجوی SKU، نام یا بارکد</translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation>فقط موجودی کم</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>نمایش غیرفعال‌ها</translation>
    </message>
    <message>
        <source>Show low stock</source>
        <translation>نمایش موجودی کم</translation>
    </message>
    <message>
        <source>Draft purchase orders</source>
        <translation>پیش‌نویس سفارش‌های خرید</translation>
    </message>
    <message>
        <source>One draft order per preferred supplier, from the reorder suggestions</source>
        <translation>یک پیش‌نویس سفارش برای هر تأمین‌کننده ترجیحی، بر اساس پیشنهادهای سفارش مجدد</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>محصول &amp;جدید…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <source>Stock &amp;history…</source>
        <translation>&amp;سابقه موجودی…</translation>
    </message>
    <message>
        <source>&amp;Adjust stock…</source>
        <translation>&amp;تعدیل موجودی…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;غیرفعال‌سازی</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;فعال‌سازی دوباره</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>محصولات</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>سفارش‌های خرید</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>حواله‌های تحویل</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>تأمین‌کنندگان</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>هزینه‌ها</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <source> low on stock</source>
        <translation> با موجودی کم</translation>
    </message>
    <message>
        <source>Listing products</source>
        <translation>در حال فهرست کردن محصولات</translation>
    </message>
    <message>
        <source>Checking stock levels</source>
        <translation>در حال بررسی سطح موجودی</translation>
    </message>
    <message>
        <source>Opening the product</source>
        <translation>در حال باز کردن محصول</translation>
    </message>
    <message>
        <source>{sku} is a service and has no stock</source>
        <translation>{sku} یک خدمت است و موجودی ندارد</translation>
    </message>
    <message>
        <source>Adjusting stock</source>
        <translation>در حال تعدیل موجودی</translation>
    </message>
    <message>
        <source>Deactivating the product</source>
        <translation>در حال غیرفعال‌سازی محصول</translation>
    </message>
    <message>
        <source>⚠ {count} product is at or below the reorder level.</source>
        <translation>⚠ {count} محصول در سطح سفارش مجدد یا پایین‌تر از آن است.</translation>
    </message>
    <message>
        <source>⚠ {count} products are at or below the reorder level.</source>
        <translation>⚠ {count} محصول در سطح سفارش مجدد یا پایین‌تر از آن هستند.</translation>
    </message>
    <message>
        <source> and {more} more</source>
        <translation> و {more} مورد دیگر</translation>
    </message>
    <message>
        <source> Everything low is already on order.</source>
        <translation> همه اقلام کم‌موجودی از قبل سفارش داده شده‌اند.</translation>
    </message>
    <message>
        <source>Enter {what} as a number, e.g. 12.50.</source>
        <translation>{what} را به صورت عدد وارد کنید، مثلاً 12.50.</translation>
    </message>
    <message>
        <source>{upper}{what} cannot be negative.</source>
        <translation>{upper}{what} نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>At most {scale} decimal places.</source>
        <translation>حداکثر {scale} رقم اعشار.</translation>
    </message>
    <message>
        <source>Enter a SKU (the product's short code).</source>
        <translation>یک SKU (کد کوتاه محصول) وارد کنید.</translation>
    </message>
    <message>
        <source>A SKU is one word of at most 60 characters.</source>
        <translation>SKU یک کلمه با حداکثر ۶۰ نویسه است.</translation>
    </message>
    <message>
        <source>Enter the product's name.</source>
        <translation>نام محصول را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter a unit (pcs, kg, h…).</source>
        <translation>یک واحد وارد کنید (عدد، کیلوگرم، ساعت…).</translation>
    </message>
    <message>
        <source>the sale price</source>
        <translation>قیمت فروش</translation>
    </message>
    <message>
        <source>the cost price</source>
        <translation>قیمت تمام‌شده</translation>
    </message>
    <message>
        <source>the reorder level</source>
        <translation>سطح سفارش مجدد</translation>
    </message>
    <message>
        <source>A service is not kept in stock: leave the reorder level at 0.</source>
        <translation>خدمت در انبار نگهداری نمی‌شود: سطح سفارش مجدد را 0 بگذارید.</translation>
    </message>
    <message>
        <source>A barcode is letters and digits only, at most 64.</source>
        <translation>بارکد فقط شامل حروف و ارقام است، حداکثر ۶۴ نویسه.</translation>
    </message>
    <message>
        <source>Product — {sku} {name}</source>
        <translation>محصول — {sku} {name}</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>محصول جدید</translation>
    </message>
    <message>
        <source>Product (kept in stock)</source>
        <translation>کالا (نگهداری در انبار)</translation>
    </message>
    <message>
        <source>Service (no stock)</source>
        <translation>خدمت (بدون موجودی)</translation>
    </message>
    <message>
        <source>e.g. CHAIN-9</source>
        <translation>مثلاً CHAIN-9</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>قیمت فروش</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>قیمت تمام‌شده</translation>
    </message>
    <message>
        <source>No tax rate</source>
        <translation>بدون نرخ مالیات</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>نرخ مالیات</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>بارکد</translation>
    </message>
    <message>
        <source>Warn when stock falls to this quantity (0: never)</source>
        <translation>هشدار هنگامی که موجودی به این مقدار برسد (0: هرگز)</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>سطح سفارش مجدد</translation>
    </message>
    <message>
        <source>No preferred supplier</source>
        <translation>بدون تأمین‌کننده ترجیحی</translation>
    </message>
    <message>
        <source>Preferred supplier</source>
        <translation>تأمین‌کننده ترجیحی</translation>
    </message>
    <message>
        <source>Active (offered on new documents)</source>
        <translation>فعال (در سندهای جدید ارائه می‌شود)</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <source>{quantity} {unit} on hand, average cost {price_text}</source>
        <translation>{quantity} {unit} موجود، میانگین بها {price_text}</translation>
    </message>
    <message>
        <source>Saving the product</source>
        <translation>در حال ذخیره محصول</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>موجود</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>سفارش مجدد در</translation>
    </message>
    <message>
        <source>At or below the reorder level ({quantity} {unit})</source>
        <translation>در سطح سفارش مجدد یا پایین‌تر ({quantity} {unit})</translation>
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
        <source>Ordered</source>
        <translation>سفارش‌شده</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>مورد انتظار</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>جمع خالص</translation>
    </message>
    <message>
        <source>New purchase order…</source>
        <translation>سفارش خرید جدید…</translation>
    </message>
    <message>
        <source>Draft orders from reorder suggestions</source>
        <translation>پیش‌نویس سفارش‌ها از پیشنهادهای سفارش مجدد</translation>
    </message>
    <message>
        <source>Listing purchase orders</source>
        <translation>در حال فهرست کردن سفارش‌های خرید</translation>
    </message>
    <message>
        <source>{count:,} order</source>
        <translation>{count:,} سفارش</translation>
    </message>
    <message>
        <source>{count:,} orders</source>
        <translation>{count:,} سفارش</translation>
    </message>
    <message>
        <source>Opening the purchase order</source>
        <translation>در حال باز کردن سفارش خرید</translation>
    </message>
    <message>
        <source>Drafting purchase orders</source>
        <translation>در حال تهیه پیش‌نویس سفارش‌های خرید</translation>
    </message>
    <message>
        <source>New purchase order</source>
        <translation>سفارش خرید جدید</translation>
    </message>
    <message>
        <source>Purchase order — draft</source>
        <translation>سفارش خرید — پیش‌نویس</translation>
    </message>
    <message>
        <source>Draft purchase order #{id}</source>
        <translation>پیش‌نویس سفارش خرید #{id}</translation>
    </message>
    <message>
        <source>Choose the supplier and the products to order; Send gives the order its number.</source>
        <translation>تأمین‌کننده و محصولات مورد سفارش را انتخاب کنید؛ «ارسال» به سفارش شماره می‌دهد.</translation>
    </message>
    <message>
        <source>Choose a supplier…</source>
        <translation>انتخاب تأمین‌کننده…</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>تاریخ مورد انتظار</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>بهای واحد</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>جمع ردیف</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>افزودن ردیف</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>حذف ردیف</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>ذخیره پیش‌نویس</translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation>ذخیره و ارسال</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>انتخاب محصول…</translation>
    </message>
    <message>
        <source>cost price</source>
        <translation>قیمت تمام‌شده</translation>
    </message>
    <message>
        <source>Purchase order {label}</source>
        <translation>سفارش خرید {label}</translation>
    </message>
    <message>
        <source>Purchase order {label} — {ORDER_LABELS}</source>
        <translation>سفارش خرید {label} — {ORDER_LABELS}</translation>
    </message>
    <message>
        <source>Supplier: {supplier_name}</source>
        <translation>تأمین‌کننده: {supplier_name}</translation>
    </message>
    <message>
        <source>Ordered: {value1}</source>
        <translation>تاریخ سفارش: {value1}</translation>
    </message>
    <message>
        <source>Expected: {iso}</source>
        <translation>مورد انتظار: {iso}</translation>
    </message>
    <message>
        <source>Net total: {money}</source>
        <translation>جمع خالص: {money}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>یادداشت‌ها: {notes}</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>باقی‌مانده</translation>
    </message>
    <message>
        <source>Receive now</source>
        <translation>دریافت اکنون</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>لغو سفارش</translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation>دریافت کالا</translation>
    </message>
    <message>
        <source>no lines</source>
        <translation>بدون ردیف</translation>
    </message>
    <message>
        <source>Line {value1}: the quantity must be a number more than 0.</source>
        <translation>ردیف {value1}: مقدار باید عددی بزرگ‌تر از 0 باشد.</translation>
    </message>
    <message>
        <source>Line {value1}: the unit cost must be a number of 0 or more.</source>
        <translation>ردیف {value1}: بهای واحد باید عددی برابر 0 یا بیشتر باشد.</translation>
    </message>
    <message>
        <source>Choose at least one product to order.</source>
        <translation>دست‌کم یک محصول برای سفارش انتخاب کنید.</translation>
    </message>
    <message>
        <source>Net total: {format}</source>
        <translation>جمع خالص: {format}</translation>
    </message>
    <message>
        <source>Enter the quantities received as numbers of 0 or more.</source>
        <translation>مقادیر دریافتی را به صورت اعداد 0 یا بیشتر وارد کنید.</translation>
    </message>
    <message>
        <source>Only {quantity} left to receive on a line.</source>
        <translation>فقط {quantity} برای دریافت در یک ردیف باقی مانده است.</translation>
    </message>
    <message>
        <source>Enter a quantity to receive.</source>
        <translation>مقداری برای دریافت وارد کنید.</translation>
    </message>
    <message>
        <source>Choose a supplier.</source>
        <translation>یک تأمین‌کننده انتخاب کنید.</translation>
    </message>
    <message>
        <source>Sending the purchase order</source>
        <translation>در حال ارسال سفارش خرید</translation>
    </message>
    <message>
        <source>Saving the purchase order</source>
        <translation>در حال ذخیره سفارش خرید</translation>
    </message>
    <message>
        <source>Receiving goods</source>
        <translation>در حال دریافت کالا</translation>
    </message>
    <message>
        <source>Cancelling the purchase order</source>
        <translation>در حال لغو سفارش خرید</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>مانده</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>مرجع</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>یادداشت اعتبار</translation>
    </message>
    <message>
        <source>Delivery note {reference}</source>
        <translation>حواله تحویل {reference}</translation>
    </message>
    <message>
        <source>Stock history</source>
        <translation>سابقه موجودی</translation>
    </message>
    <message>
        <source>Adjust stock…</source>
        <translation>تعدیل موجودی…</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>در حال خواندن سابقه</translation>
    </message>
    <message>
        <source>Stock history — {sku}</source>
        <translation>سابقه موجودی — {sku}</translation>
    </message>
    <message>
        <source>A service is not kept in stock.</source>
        <translation>خدمت در انبار نگهداری نمی‌شود.</translation>
    </message>
    <message>
        <source>Adjust stock — {sku}</source>
        <translation>تعدیل موجودی — {sku}</translation>
    </message>
    <message>
        <source>+5 or -2</source>
        <translation>‎+5 یا ‎-2</translation>
    </message>
    <message>
        <source>Counted, broken, lost…</source>
        <translation>شمارش‌شده، شکسته، گم‌شده…</translation>
    </message>
    <message>
        <source>On hand now</source>
        <translation>موجودی فعلی</translation>
    </message>
    <message>
        <source>Change by</source>
        <translation>تغییر به میزان</translation>
    </message>
    <message>
        <source>On hand after</source>
        <translation>موجودی پس از تغییر</translation>
    </message>
    <message>
        <source>Enter a number such as 5 or -2 (at most 3 decimals).</source>
        <translation>عددی مانند 5 یا ‎-2 وارد کنید (حداکثر ۳ رقم اعشار).</translation>
    </message>
    <message>
        <source>An adjustment changes stock by more or less than 0.</source>
        <translation>تعدیل، موجودی را به میزانی بیشتر یا کمتر از 0 تغییر می‌دهد.</translation>
    </message>
    <message>
        <source>Say why stock is adjusted.</source>
        <translation>دلیل تعدیل موجودی را بنویسید.</translation>
    </message>
    <message>
        <source>Stock cannot go below zero (Settings: negative stock is blocked).</source>
        <translation>موجودی نمی‌تواند زیر صفر برود (تنظیمات: موجودی منفی مسدود است).</translation>
    </message>
    <message>
        <source>Warning: this takes stock below zero ({quantity}).</source>
        <translation>هشدار: با این کار موجودی زیر صفر می‌رود ({quantity}).</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>شناسه مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Include archived</source>
        <translation>شامل بایگانی‌شده‌ها</translation>
    </message>
    <message>
        <source>New supplier…</source>
        <translation>تأمین‌کننده جدید…</translation>
    </message>
    <message>
        <source>Archive / unarchive</source>
        <translation>بایگانی / خارج کردن از بایگانی</translation>
    </message>
    <message>
        <source>Listing suppliers</source>
        <translation>در حال فهرست کردن تأمین‌کنندگان</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>{count:,} supplier</source>
        <translation>{count:,} تأمین‌کننده</translation>
    </message>
    <message>
        <source>{count:,} suppliers</source>
        <translation>{count:,} تأمین‌کننده</translation>
    </message>
    <message>
        <source>Archiving the supplier</source>
        <translation>در حال بایگانی تأمین‌کننده</translation>
    </message>
    <message>
        <source>Supplier — {name}</source>
        <translation>تأمین‌کننده — {name}</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>تأمین‌کننده جدید</translation>
    </message>
    <message>
        <source>LV, SE…</source>
        <translation>LV، SE…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Saving the supplier</source>
        <translation>در حال ذخیره تأمین‌کننده</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;ورود…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;رفتن</translation>
    </message>
    <message>
        <source>&amp;Find customer…</source>
        <translation>&amp;یافتن مشتری…</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;جستجو در همه‌چیز…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>&amp;About crmdesk</source>
        <translation>&amp;درباره crmdesk</translation>
    </message>
    <message>
        <source>crmdesk — {name}</source>
        <translation>crmdesk — {name}</translation>
    </message>
    <message>
        <source>The open database file: {path}</source>
        <translation>فایل پایگاه داده باز: {path}</translation>
    </message>
    <message>
        <source>About crmdesk</source>
        <translation>درباره crmdesk</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>معوق</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ایجادشده</translation>
    </message>
    <message>
        <source>{name} is archived</source>
        <translation>{name} بایگانی شده است</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Search name or email  (Ctrl+F)</source>
        <translation>جستجوی نام یا ایمیل  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>&amp;ثبت تعامل…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>بیشتر</translation>
    </message>
    <message>
        <source>Reading the filter lists</source>
        <translation>در حال خواندن فهرست‌های فیلتر</translation>
    </message>
    <message>
        <source>Listing customers</source>
        <translation>در حال فهرست کردن مشتریان</translation>
    </message>
    <message>
        <source>No customer matches the filters</source>
        <translation>هیچ مشتری‌ای با فیلترها مطابقت ندارد</translation>
    </message>
    <message>
        <source>{count:,} customer matches “{text}” and the filters</source>
        <translation>{count:,} مشتری با «{text}» و فیلترها مطابقت دارد</translation>
    </message>
    <message>
        <source>{count:,} customers match “{text}” and the filters</source>
        <translation>{count:,} مشتری با «{text}» و فیلترها مطابقت دارند</translation>
    </message>
    <message>
        <source>{count:,} customer matches the filters</source>
        <translation>{count:,} مشتری با فیلترها مطابقت دارد</translation>
    </message>
    <message>
        <source>{count:,} customers match the filters</source>
        <translation>{count:,} مشتری با فیلترها مطابقت دارند</translation>
    </message>
    <message>
        <source>No customer matches</source>
        <translation>هیچ مشتری‌ای مطابقت ندارد</translation>
    </message>
    <message>
        <source>{count:,} customer matches “{text}”</source>
        <translation>{count:,} مشتری با «{text}» مطابقت دارد</translation>
    </message>
    <message>
        <source>{count:,} customers match “{text}”</source>
        <translation>{count:,} مشتری با «{text}» مطابقت دارند</translation>
    </message>
    <message>
        <source>No customers</source>
        <translation>مشتری‌ای نیست</translation>
    </message>
    <message>
        <source>No customers (archived ones are hidden)</source>
        <translation>مشتری‌ای نیست (بایگانی‌شده‌ها پنهان‌اند)</translation>
    </message>
    <message>
        <source>{count:,} customer, archived included</source>
        <translation>{count:,} مشتری، شامل بایگانی‌شده‌ها</translation>
    </message>
    <message>
        <source>{count:,} customers, archived included</source>
        <translation>{count:,} مشتری، شامل بایگانی‌شده‌ها</translation>
    </message>
    <message>
        <source>{count:,} customer</source>
        <translation>{count:,} مشتری</translation>
    </message>
    <message>
        <source>{count:,} customers</source>
        <translation>{count:,} مشتری</translation>
    </message>
    <message>
        <source>Contact log entries</source>
        <translation>موارد گزارش تماس</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>فاکتورها و یادداشت‌های اعتبار</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>محصولات و خدمات</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>فاکتورهای معوق</translation>
    </message>
    <message>
        <source>Follow-ups due today or earlier</source>
        <translation>پیگیری‌های سررسید امروز یا پیش از آن</translation>
    </message>
    <message>
        <source>Products running low</source>
        <translation>محصولات رو به اتمام</translation>
    </message>
    <message>
        <source>Revenue by month (net)</source>
        <translation>درآمد ماهانه (خالص)</translation>
    </message>
    <message>
        <source>Customers by segment</source>
        <translation>مشتریان بر اساس بخش</translation>
    </message>
    <message>
        <source>Top 10 customers, last 12 months</source>
        <translation>۱۰ مشتری برتر، ۱۲ ماه گذشته</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>فروش خالص</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>مشتریان در معرض ریزش</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Usual gap</source>
        <translation>فاصله معمول</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>موجودی کم</translation>
    </message>
    <message>
        <source>the database figures</source>
        <translation>ارقام پایگاه داده</translation>
    </message>
    <message>
        <source>overdue invoices</source>
        <translation>فاکتورهای معوق</translation>
    </message>
    <message>
        <source>the chart library</source>
        <translation>کتابخانه نمودار</translation>
    </message>
    <message>
        <source>low stock</source>
        <translation>موجودی کم</translation>
    </message>
    <message>
        <source>the top customers</source>
        <translation>مشتریان برتر</translation>
    </message>
    <message>
        <source>customers at risk</source>
        <translation>مشتریان در معرض ریزش</translation>
    </message>
    <message>
        <source>customer segments</source>
        <translation>بخش‌های مشتریان</translation>
    </message>
    <message>
        <source>Reading {what} for the dashboard</source>
        <translation>در حال خواندن {what} برای داشبورد</translation>
    </message>
    <message>
        <source>Overdue: {count:,} invoice</source>
        <translation>معوق: {count:,} فاکتور</translation>
    </message>
    <message>
        <source>Overdue: {count:,} invoices</source>
        <translation>معوق: {count:,} فاکتور</translation>
    </message>
    <message>
        <source>No sales in the last 12 months.</source>
        <translation>در ۱۲ ماه گذشته فروشی نبوده است.</translation>
    </message>
    <message>
        <source>Nobody is overdue against their usual rhythm of buying.</source>
        <translation>هیچ‌کس نسبت به روال معمول خریدش عقب نیفتاده است.</translation>
    </message>
    <message>
        <source>No product is at or below its reorder level.</source>
        <translation>هیچ محصولی در سطح سفارش مجدد یا پایین‌تر از آن نیست.</translation>
    </message>
    <message>
        <source>{value0:,.0f} KiB</source>
        <translation>{value0:,.0f} KiB</translation>
    </message>
    <message>
        <source>{value0:,.1f} MiB</source>
        <translation>{value0:,.1f} MiB</translation>
    </message>
    <message>
        <source>Taxes and numbers</source>
        <translation>مالیات‌ها و شماره‌ها</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <source>Sending documents by email (SMTP)</source>
        <translation>ارسال سندها با ایمیل (SMTP)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Where crmdesk keeps things</source>
        <translation>محل نگهداری داده‌های crmdesk</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>فایل پایگاه داده:</translation>
    </message>
    <message>
        <source>Window settings:</source>
        <translation>تنظیمات پنجره:</translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation>فایل‌های لاگ:</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>پوشه‌ها</translation>
    </message>
    <message>
        <source>Nothing to draw for this range</source>
        <translation>برای این بازه چیزی برای رسم نیست</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>ابتدا</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>بخش‌های RFM</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>روز از آخرین خرید</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>فاکتورها</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>No customer bought anything in this range.</source>
        <translation>در این بازه هیچ مشتری‌ای خریدی نکرده است.</translation>
    </message>
    <message>
        <source>Customers per segment</source>
        <translation>مشتریان در هر بخش</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>ارزش طول عمر مشتری</translation>
    </message>
    <message>
        <source>Historic CLV</source>
        <translation>CLV تاریخی</translation>
    </message>
    <message>
        <source>Predicted CLV</source>
        <translation>CLV پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>نخستین خرید</translation>
    </message>
    <message>
        <source>Tenure (days)</source>
        <translation>مدت همکاری (روز)</translation>
    </message>
    <message>
        <source>Predicted CLV, top customers</source>
        <translation>CLV پیش‌بینی‌شده، مشتریان برتر</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>خطر ریزش</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>فاصله معمول (روز)</translation>
    </message>
    <message>
        <source>Own gap</source>
        <translation>فاصله خود</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>نسبت</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>در معرض ریزش</translation>
    </message>
    <message>
        <source>{at_risk:,} of {len:,} customers at risk (days since the last purchase ≥ 2 × their usual gap).</source>
        <translation>{at_risk:,} از {len:,} مشتری در معرض ریزش (روزهای سپری‌شده از آخرین خرید ≥ ۲ × فاصله معمول آن‌ها).</translation>
    </message>
    <message>
        <source>Highest churn risk (ratio)</source>
        <translation>بیشترین خطر ریزش (نسبت)</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>اعتبار داده‌شده</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>بهای کالای فروش‌رفته</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>سود</translation>
    </message>
    <message>
        <source>Unprofitable</source>
        <translation>زیان‌ده</translation>
    </message>
    <message>
        <source>Product profitability</source>
        <translation>سودآوری محصولات</translation>
    </message>
    <message>
        <source>Customer profitability</source>
        <translation>سودآوری مشتریان</translation>
    </message>
    <message>
        <source>{losing:,} of {len:,} products unprofitable; total profit {money}.</source>
        <translation>از {len:,} محصول، {losing:,} محصول زیان‌ده است؛ سود کل {money}.</translation>
    </message>
    <message>
        <source>{losing:,} of {len:,} customers unprofitable; total profit {money}.</source>
        <translation>از {len:,} مشتری، {losing:,} مشتری زیان‌ده است؛ سود کل {money}.</translation>
    </message>
    <message>
        <source>Most profitable products</source>
        <translation>سودآورترین محصولات</translation>
    </message>
    <message>
        <source>Most profitable customers</source>
        <translation>سودآورترین مشتریان</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>فصل</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Net sales by {lower}, beside the year before</source>
        <translation>فروش خالص بر اساس {lower}، در کنار سال قبل</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>این دوره</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>یک سال قبل</translation>
    </message>
    <message>
        <source>Net sales by {lower}</source>
        <translation>فروش خالص بر اساس {lower}</translation>
    </message>
    <message>
        <source>Sales by {lower}</source>
        <translation>فروش بر اساس {lower}</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>یادداشت‌های اعتبار</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>Net sales {money} (net of tax, credit notes subtracted).</source>
        <translation>فروش خالص {money} (بدون مالیات، پس از کسر یادداشت‌های اعتبار).</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>مشتریان جدید در هر ماه</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ثبت‌شده</translation>
    </message>
    <message>
        <source>{sum:,} registered, {sum2:,} bought for the first time.</source>
        <translation>{sum:,} ثبت‌نام، {sum2:,} نخستین خرید.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>پیش‌فاکتورها</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>no quote decided yet</source>
        <translation>هنوز درباره هیچ پیش‌فاکتوری تصمیم گرفته نشده</translation>
    </message>
    <message>
        <source>Quote win rate and pipeline</source>
        <translation>نرخ موفقیت پیش‌فاکتورها و قیف فروش</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Status or stage</source>
        <translation>وضعیت یا مرحله</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>Pipeline value by stage ({currency})</source>
        <translation>ارزش قیف فروش بر اساس مرحله ({currency})</translation>
    </message>
    <message>
        <source>{quantize} of 5</source>
        <translation>{quantize} از ۵</translation>
    </message>
    <message>
        <source>no rating given</source>
        <translation>امتیازی داده نشده</translation>
    </message>
    <message>
        <source>Complaints and satisfaction</source>
        <translation>شکایت‌ها و رضایت</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>بازشده</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>امتیازها</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>میانگین رضایت</translation>
    </message>
    <message>
        <source>{sum:,} complaints opened, {sum2:,} of them resolved; average satisfaction {average}.</source>
        <translation>{sum:,} شکایت باز شد که {sum2:,} مورد آن حل شد؛ میانگین رضایت {average}.</translation>
    </message>
    <message>
        <source>Complaints per month</source>
        <translation>شکایت‌ها در هر ماه</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary scores 1–5 and the segment of each customer.</source>
        <translation>امتیازهای تازگی، تکرار و ارزش پولی ۱ تا ۵ و بخش هر مشتری.</translation>
    </message>
    <message>
        <source>Margin to date and predicted future margin per customer.</source>
        <translation>حاشیه سود تا امروز و حاشیه سود پیش‌بینی‌شده آینده برای هر مشتری.</translation>
    </message>
    <message>
        <source>Days since the last purchase against each customer's usual gap.</source>
        <translation>روزهای سپری‌شده از آخرین خرید در مقایسه با فاصله معمول هر مشتری.</translation>
    </message>
    <message>
        <source>Revenue − credit notes − cost of goods − direct expenses, per customer.</source>
        <translation>درآمد − یادداشت‌های اعتبار − بهای کالای فروش‌رفته − هزینه‌های مستقیم، برای هر مشتری.</translation>
    </message>
    <message>
        <source>Revenue − credit notes − cost of goods − direct expenses, per product.</source>
        <translation>درآمد − یادداشت‌های اعتبار − بهای کالای فروش‌رفته − هزینه‌های مستقیم، برای هر محصول.</translation>
    </message>
    <message>
        <source>Net sales per {lower}, beside the year before.</source>
        <translation>فروش خالص برای هر {lower}، در کنار سال قبل.</translation>
    </message>
    <message>
        <source>Customers registered and first purchases, per month.</source>
        <translation>مشتریان ثبت‌شده و نخستین خریدها، در هر ماه.</translation>
    </message>
    <message>
        <source>Quote outcomes and opportunities by stage.</source>
        <translation>نتایج پیش‌فاکتورها و فرصت‌ها بر اساس مرحله.</translation>
    </message>
    <message>
        <source>Complaints opened and resolved, satisfaction given.</source>
        <translation>شکایت‌های باز و حل‌شده، رضایت اعلام‌شده.</translation>
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
        <source>Custom</source>
        <translation>سفارشی</translation>
    </message>
    <message>
        <source>No rows in this range.</source>
        <translation>در این بازه ردیفی نیست.</translation>
    </message>
    <message>
        <source>The first {PDF_MAX_ROWS:,} of {len:,} rows; the CSV export has them all.</source>
        <translation>{PDF_MAX_ROWS:,} ردیف نخست از {len:,} ردیف؛ خروجی CSV همه آن‌ها را دارد.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>صدور CSV…</translation>
    </message>
    <message>
        <source>Every row of the report, for a spreadsheet  (Ctrl+Shift+C)</source>
        <translation>همه ردیف‌های گزارش، برای صفحه‌گسترده  (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>صدور PDF…</translation>
    </message>
    <message>
        <source>The chart and the table, to print or send  (Ctrl+Shift+P)</source>
        <translation>نمودار و جدول، برای چاپ یا ارسال  (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;بازه:</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>در حال محاسبه…</translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation>در حال محاسبه گزارش</translation>
    </message>
    <message>
        <source>Export the report to CSV</source>
        <translation>صدور گزارش به CSV</translation>
    </message>
    <message>
        <source>Export the report to PDF</source>
        <translation>صدور گزارش به PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {what}…</source>
        <translation>در حال نوشتن {what}…</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} ذخیره شد</translation>
    </message>
    <message>
        <source>Exporting the report to {what}</source>
        <translation>در حال صدور گزارش به {what}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>زمان گرفتن</translation>
    </message>
    <message>
        <source>Invoices issued</source>
        <translation>فاکتورهای صادرشده</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>بازیابی از پشتیبان</translation>
    </message>
    <message>
        <source>(no manifest)</source>
        <translation>(بدون مانیفست)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <source>issued invoices</source>
        <translation>فاکتورهای صادرشده</translation>
    </message>
    <message>
        <source>{name} was opened read-only because {reason}: nothing can be restored into it</source>
        <translation>{name} به صورت فقط‌خواندنی باز شد زیرا {reason}: چیزی را نمی‌توان در آن بازیابی کرد</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>در حال بررسی {name}…</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {fatal}</source>
        <translation>{name} قابل بازیابی نیست: {fatal}</translation>
    </message>
    <message>
        <source>the restore failed</source>
        <translation>بازیابی ناموفق بود</translation>
    </message>
    <message>
        <source>Restored {name}</source>
        <translation>{name} بازیابی شد</translation>
    </message>
    <message>
        <source>; the previous file was kept as {name}</source>
        <translation>؛ فایل قبلی با نام {name} نگه داشته شد</translation>
    </message>
    <message>
        <source>Reopening after the restore</source>
        <translation>در حال باز کردن دوباره پس از بازیابی</translation>
    </message>
    <message>
        <source>crmdesk — Restore</source>
        <translation>crmdesk — بازیابی</translation>
    </message>
    <message>
        <source>Put the backup of {describe} in place of {name}?</source>
        <translation>پشتیبانِ {describe} به جای {name} قرار گیرد؟</translation>
    </message>
    <message>
        <source>The backup was checked and is intact. Work saved after it was taken is not in it; the current file is kept as a safety copy in the backup folder, and invoice numbers already issued are never given again.</source>
        <translation>پشتیبان بررسی شد و سالم است. کارهایی که پس از گرفتن آن ذخیره شده‌اند در آن نیستند؛ فایل فعلی به عنوان نسخه ایمنی در پوشه پشتیبان نگه داشته می‌شود و شماره فاکتورهایی که قبلاً صادر شده‌اند هرگز دوباره داده نمی‌شوند.</translation>
    </message>
    <message>
        <source>Credit note for {label}</source>
        <translation>یادداشت اعتبار برای {label}</translation>
    </message>
    <message>
        <source>The whole invoice (full credit note)</source>
        <translation>کل فاکتور (یادداشت اعتبار کامل)</translation>
    </message>
    <message>
        <source>Chosen lines and quantities</source>
        <translation>ردیف‌ها و مقادیر انتخاب‌شده</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>اعتبار</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>فاکتورشده</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>Reason (printed on the credit note)</source>
        <translation>دلیل (روی یادداشت اعتبار چاپ می‌شود)</translation>
    </message>
    <message>
        <source>Make draft credit note</source>
        <translation>ایجاد پیش‌نویس یادداشت اعتبار</translation>
    </message>
    <message>
        <source>Type to search customers…</source>
        <translation>برای جستجوی مشتریان تایپ کنید…</translation>
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
        <source>Accepted</source>
        <translation>پذیرفته‌شده</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>پیش‌فاکتور داده‌شده</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <source>Change {replace}</source>
        <translation>تغییر {replace}</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تکثیر</translation>
    </message>
    <message>
        <source>Units of this currency per 1 unit of the base currency</source>
        <translation>واحد این ارز به ازای ۱ واحد ارز پایه</translation>
    </message>
    <message>
        <source>Net (tax is added)</source>
        <translation>خالص (مالیات افزوده می‌شود)</translation>
    </message>
    <message>
        <source>Gross (tax included)</source>
        <translation>ناخالص (با احتساب مالیات)</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>سررسید در</translation>
    </message>
    <message>
        <source>Unticked: the issue date plus the customer's payment terms</source>
        <translation>بدون تیک: تاریخ صدور به‌علاوه شرایط پرداخت مشتری</translation>
    </message>
    <message>
        <source>Notes printed on the document</source>
        <translation>یادداشت‌های چاپ‌شده روی سند</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;مشتری</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>قیمت‌ها</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <source>Enter on the last line</source>
        <translation>Enter در آخرین ردیف</translation>
    </message>
    <message>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>صدور…</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ازنو</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>در حال باز کردن</translation>
    </message>
    <message>
        <source>New {lower}</source>
        <translation>{lower} جدید</translation>
    </message>
    <message>
        <source>per 1 {base_currency}</source>
        <translation>به ازای ۱ {base_currency}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Totals appear when the currency is a valid code.&lt;/i&gt;</source>
        <translation>&lt;i&gt;جمع‌ها وقتی نمایش داده می‌شوند که ارز یک کد معتبر باشد.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>در حال ذخیره</translation>
    </message>
    <message>
        <source>this draft invoice</source>
        <translation>این پیش‌نویس فاکتور</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>صدور</translation>
    </message>
    <message>
        <source>Issuing</source>
        <translation>در حال صدور</translation>
    </message>
    <message>
        <source>Issued — check the computer's clock</source>
        <translation>صادر شد — ساعت رایانه را بررسی کنید</translation>
    </message>
    <message>
        <source>Save the quote before sending it.</source>
        <translation>پیش از ارسال، پیش‌فاکتور را ذخیره کنید.</translation>
    </message>
    <message>
        <source>This document has changes that are not saved. Discard them?</source>
        <translation>این سند تغییرات ذخیره‌نشده دارد. آن‌ها نادیده گرفته شوند؟</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Net&lt;/td&gt;&lt;td align='right'&gt;{money}&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;خالص&lt;/td&gt;&lt;td align='right'&gt;{money}&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Total&lt;/b&gt;&lt;/td&gt;&lt;td align='right'&gt;&lt;b&gt;{money}&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;جمع کل&lt;/b&gt;&lt;/td&gt;&lt;td align='right'&gt;&lt;b&gt;{money}&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;Prices include tax&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;قیمت‌ها با احتساب مالیات است&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing='4' align='right'&gt;{join}&lt;/table&gt;{note}</source>
        <translation>&lt;table cellspacing='4' align='right'&gt;{join}&lt;/table&gt;{note}</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>سربرگ</translation>
    </message>
    <message>
        <source>Product or description</source>
        <translation>محصول یا شرح</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>مالیات %</translation>
    </message>
    <message>
        <source>Line {value1}: {error}</source>
        <translation>ردیف {value1}: {error}</translation>
    </message>
    <message>
        <source>Edit line {value1}</source>
        <translation>ویرایش ردیف {value1}</translation>
    </message>
    <message>
        <source>Add line {value1}</source>
        <translation>افزودن ردیف {value1}</translation>
    </message>
    <message>
        <source>Remove line {value1}</source>
        <translation>حذف ردیف {value1}</translation>
    </message>
    <message>
        <source>Issue {label}?

Issuing is final: the document gets its number and can never be changed again. Corrections are made with a credit note.</source>
        <translation>{label} صادر شود؟

صدور قطعی است: سند شماره می‌گیرد و دیگر هرگز قابل تغییر نیست. اصلاحات با یادداشت اعتبار انجام می‌شود.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>ثبت پرداخت…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>یادداشت اعتبار…</translation>
    </message>
    <message>
        <source>Record reminder…</source>
        <translation>ثبت یادآوری…</translation>
    </message>
    <message>
        <source>Record the next payment reminder (level 1, 2, 3) in the contact log</source>
        <translation>ثبت یادآوری پرداخت بعدی (سطح ۱، ۲، ۳) در گزارش تماس‌ها</translation>
    </message>
    <message>
        <source>A new draft invoice with this invoice's customer and lines</source>
        <translation>یک پیش‌نویس فاکتور جدید با مشتری و ردیف‌های این فاکتور</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Preview, save or email the PDF (Ctrl+P)</source>
        <translation>پیش‌نمایش، ذخیره یا ارسال PDF با ایمیل (Ctrl+P)</translation>
    </message>
    <message>
        <source>Reminder PDF…</source>
        <translation>PDF یادآوری…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tax breakdown&lt;/b&gt;</source>
        <translation>&lt;b&gt;تفکیک مالیات&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recording the payment</source>
        <translation>در حال ثبت پرداخت</translation>
    </message>
    <message>
        <source>Making the credit note</source>
        <translation>در حال ایجاد یادداشت اعتبار</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>یادآوری پرداخت</translation>
    </message>
    <message>
        <source>Recording the reminder</source>
        <translation>در حال ثبت یادآوری</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp; &lt;b&gt;Corrects:&lt;/b&gt; invoice {escape}</source>
        <translation>&amp;nbsp;&amp;nbsp; &lt;b&gt;اصلاح می‌کند:&lt;/b&gt; فاکتور {escape}</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp; &lt;b&gt;Due:&lt;/b&gt; {value1}</source>
        <translation>&amp;nbsp;&amp;nbsp; &lt;b&gt;سررسید:&lt;/b&gt; {value1}</translation>
    </message>
    <message>
        <source> (overpaid {money})</source>
        <translation> (اضافه‌پرداخت {money})</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Status:&lt;/b&gt; Draft — no number until it is issued</source>
        <translation>&lt;br&gt;&lt;b&gt;وضعیت:&lt;/b&gt; پیش‌نویس — تا زمان صدور شماره ندارد</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style='color:#b3261e'&gt;{escape}&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style='color:#b3261e'&gt;{escape}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صادرشده</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation>پیش‌نویس یادداشت اعتبار</translation>
    </message>
    <message>
        <source>, reminder {last_reminder_level}</source>
        <translation>، یادآوری {last_reminder_level}</translation>
    </message>
    <message>
        <source>{label} ({days_late} d{reminded})</source>
        <translation>{label} ({days_late} روز{reminded})</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>پیش‌نویس‌ها</translation>
    </message>
    <message>
        <source>Search number or customer</source>
        <translation>جستجوی شماره یا مشتری</translation>
    </message>
    <message>
        <source>Issued between</source>
        <translation>صادرشده بین</translation>
    </message>
    <message>
        <source>Record the next payment reminder (level 1, 2, 3) of the selected overdue invoice in the contact log</source>
        <translation>ثبت یادآوری پرداخت بعدی (سطح ۱، ۲، ۳) برای فاکتور معوق انتخاب‌شده در گزارش تماس‌ها</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>فاکتور جدید</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>{count:,} document</source>
        <translation>{count:,} سند</translation>
    </message>
    <message>
        <source>{count:,} documents</source>
        <translation>{count:,} سند</translation>
    </message>
    <message>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Listing invoices</source>
        <translation>در حال فهرست کردن فاکتورها</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>انتقال بانکی</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقد</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>ثبت پرداخت</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>مبلغ ({currency})</translation>
    </message>
    <message>
        <source>Enter an amount above 0 with at most {digits} decimals</source>
        <translation>مبلغی بیشتر از 0 با حداکثر {digits} رقم اعشار وارد کنید</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>تاریخ بستن مورد انتظار</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>تابلو</translation>
    </message>
    <message>
        <source>List</source>
        <translation>فهرست</translation>
    </message>
    <message>
        <source>Drag a card to another stage to move it.</source>
        <translation>برای جابه‌جایی، کارت را به مرحله دیگری بکشید.</translation>
    </message>
    <message>
        <source>Reading the pipeline</source>
        <translation>در حال خواندن قیف فروش</translation>
    </message>
    <message>
        <source>&lt;b&gt;{STAGE_LABELS}&lt;/b&gt; ({len}){amount}</source>
        <translation>&lt;b&gt;{STAGE_LABELS}&lt;/b&gt; ({len}){amount}</translation>
    </message>
    <message>
        <source>Why was this opportunity lost?</source>
        <translation>چرا این فرصت از دست رفت؟</translation>
    </message>
    <message>
        <source>Moving the card</source>
        <translation>در حال جابه‌جایی کارت</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>پذیرش</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>Convert to invoice</source>
        <translation>تبدیل به فاکتور</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>بازنگری جدید</translation>
    </message>
    <message>
        <source>Quote {label} sent.</source>
        <translation>پیش‌فاکتور {label} ارسال شد.</translation>
    </message>
    <message>
        <source>Quote {label} accepted.</source>
        <translation>پیش‌فاکتور {label} پذیرفته شد.</translation>
    </message>
    <message>
        <source>Quote {label} declined.</source>
        <translation>پیش‌فاکتور {label} رد شد.</translation>
    </message>
    <message>
        <source>Draft invoice made from {label}: check it and issue it (Invoices page, Drafts).</source>
        <translation>پیش‌نویس فاکتور از {label} ایجاد شد: آن را بررسی و صادر کنید (صفحه فاکتورها، پیش‌نویس‌ها).</translation>
    </message>
    <message>
        <source>New draft revision of {label} made.</source>
        <translation>بازنگری پیش‌نویس جدید از {label} ایجاد شد.</translation>
    </message>
    <message>
        <source>(draft {id})</source>
        <translation>(پیش‌نویس {id})</translation>
    </message>
    <message>
        <source>{number} rev. {revision}</source>
        <translation>{number} بازنگری {revision}</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>پیش‌فاکتور جدید</translation>
    </message>
    <message>
        <source>Listing quotes</source>
        <translation>در حال فهرست کردن پیش‌فاکتورها</translation>
    </message>
    <message>
        <source> (the latest)</source>
        <translation> (آخرین)</translation>
    </message>
    <message>
        <source>{count:,} quote{more}</source>
        <translation>{count:,} پیش‌فاکتور{more}</translation>
    </message>
    <message>
        <source>{count:,} quotes{more}</source>
        <translation>{count:,} پیش‌فاکتور{more}</translation>
    </message>
    <message>
        <source>Quotes and pipeline</source>
        <translation>پیش‌فاکتورها و قیف فروش</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>جستجو در همه‌چیز</translation>
    </message>
    <message>
        <source>Customers, emails, phones, contact log, documents, products…</source>
        <translation>مشتریان، ایمیل‌ها، تلفن‌ها، گزارش تماس‌ها، سندها، محصولات…</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} مورد یافت شد</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>چیزی یافت نشد</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>در حال جستجو</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>پشتیبان‌گیری خودکار</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>انتخاب پوشه…</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>کنار پایگاه داده</translation>
    </message>
    <message>
        <source>never while open</source>
        <translation>هرگز هنگام باز بودن</translation>
    </message>
    <message>
        <source>Back up when crmdesk closes</source>
        <translation>پشتیبان‌گیری هنگام بستن crmdesk</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>پوشه</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>هر</translation>
    </message>
    <message>
        <source>A folder on a USB stick or in a synced folder keeps a copy away from this computer. Backups are checked after writing; 7 daily, 4 weekly and 12 monthly ones are kept.</source>
        <translation>پوشه‌ای روی حافظه USB یا در یک پوشه همگام‌شده، نسخه‌ای دور از این رایانه نگه می‌دارد. پشتیبان‌ها پس از نوشتن بررسی می‌شوند؛ ۷ پشتیبان روزانه، ۴ هفتگی و ۱۲ ماهانه نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>{value0}  (beside the database)</source>
        <translation>{value0}  (کنار پایگاه داده)</translation>
    </message>
    <message>
        <source>beside the database, in backups/</source>
        <translation>کنار پایگاه داده، در backups/</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>نام شرکت</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>شماره ثبت</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>بانک</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>ارز پایه</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>زبان سند</translation>
    </message>
    <message>
        <source>Street and number
Postal code and city</source>
        <translation>خیابان و پلاک
کد پستی و شهر</translation>
    </message>
    <message>
        <source>LV80 BANK 0000 4351 9500 1 — printed with a payment QR code</source>
        <translation>LV80 BANK 0000 4351 9500 1 — همراه با کد QR پرداخت چاپ می‌شود</translation>
    </message>
    <message>
        <source>en, lv, es, fa, ru, sv…</source>
        <translation>en، lv، es، fa، ru، sv…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>بدون لوگو</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>انتخاب لوگو…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>حذف لوگو</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation>لوگو (PNG یا JPEG)</translation>
    </message>
    <message>
        <source>Save company details</source>
        <translation>ذخیره مشخصات شرکت</translation>
    </message>
    <message>
        <source>Reading the company details</source>
        <translation>در حال خواندن مشخصات شرکت</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>Saving the company details</source>
        <translation>در حال ذخیره مشخصات شرکت</translation>
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
        <source>Setting the logo</source>
        <translation>در حال تنظیم لوگو</translation>
    </message>
    <message>
        <source>Removing the logo</source>
        <translation>در حال حذف لوگو</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>گزینه</translation>
    </message>
    <message>
        <source>Custom fields of customers</source>
        <translation>فیلدهای سفارشی مشتریان</translation>
    </message>
    <message>
        <source>Add field…</source>
        <translation>افزودن فیلد…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>پنهان کردن</translation>
    </message>
    <message>
        <source>Reading the custom fields</source>
        <translation>در حال خواندن فیلدهای سفارشی</translation>
    </message>
    <message>
        <source>   — hidden</source>
        <translation>   — پنهان</translation>
    </message>
    <message>
        <source>key: {key}</source>
        <translation>کلید: {key}</translation>
    </message>
    <message>
        <source>No custom fields yet. Add one, e.g. 'Shoe size' (number).</source>
        <translation>هنوز فیلد سفارشی‌ای نیست. یکی اضافه کنید، مثلاً «سایز کفش» (عدد).</translation>
    </message>
    <message>
        <source>Changing the custom field</source>
        <translation>در حال تغییر فیلد سفارشی</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>فیلد سفارشی جدید</translation>
    </message>
    <message>
        <source>e.g. Favourite colour</source>
        <translation>مثلاً رنگ دلخواه</translation>
    </message>
    <message>
        <source>comma-separated, e.g. red, green, blue</source>
        <translation>جداشده با ویرگول، مثلاً قرمز، سبز، آبی</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>گزینه‌ها</translation>
    </message>
    <message>
        <source>Adding the custom field</source>
        <translation>در حال افزودن فیلد سفارشی</translation>
    </message>
    <message>
        <source>Language of crmdesk</source>
        <translation>زبان crmdesk</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>راه‌اندازی مجدد اکنون</translation>
    </message>
    <message>
        <source>Documents are printed in each customer's own language, set on the customer.</source>
        <translation>سندها به زبان خود هر مشتری چاپ می‌شوند که در مشخصات مشتری تنظیم شده است.</translation>
    </message>
    <message>
        <source>crmdesk uses the new language from its next start.</source>
        <translation>crmdesk از اجرای بعدی از زبان جدید استفاده می‌کند.</translation>
    </message>
    <message>
        <source>Rates change: check them with your accountant.</source>
        <translation>نرخ‌ها تغییر می‌کنند: آن‌ها را با حسابدار خود بررسی کنید.</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>نرخ‌های مالیات</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>پیش‌فرض</translation>
    </message>
    <message>
        <source>Add rate…</source>
        <translation>افزودن نرخ…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Add this country's rates</source>
        <translation>افزودن نرخ‌های این کشور</translation>
    </message>
    <message>
        <source>Reading the tax rates</source>
        <translation>در حال خواندن نرخ‌های مالیات</translation>
    </message>
    <message>
        <source>Adding the tax rates</source>
        <translation>در حال افزودن نرخ‌های مالیات</translation>
    </message>
    <message>
        <source>Saving the tax rate</source>
        <translation>در حال ذخیره نرخ مالیات</translation>
    </message>
    <message>
        <source>New tax rate</source>
        <translation>نرخ مالیات جدید</translation>
    </message>
    <message>
        <source>Default for new products and lines</source>
        <translation>پیش‌فرض برای محصولات و ردیف‌های جدید</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>نرخ (%)</translation>
    </message>
    <message>
        <source>Enter a percent from 0 to 100.</source>
        <translation>درصدی بین 0 تا 100 وارد کنید.</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>شماره سندها</translation>
    </message>
    <message>
        <source>Reading the number patterns</source>
        <translation>در حال خواندن الگوهای شماره‌گذاری</translation>
    </message>
    <message>
        <source>next: {example}</source>
        <translation>بعدی: {example}</translation>
    </message>
    <message>
        <source>Saving the number pattern</source>
        <translation>در حال ذخیره الگوی شماره‌گذاری</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Latviešu</source>
        <translation>Latviešu</translation>
    </message>
    <message>
        <source>Español</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Svenska</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Welcome to crmdesk</source>
        <translation>به crmdesk خوش آمدید</translation>
    </message>
    <message>
        <source>Your customers, quotes, invoices and stock, in one file on this computer.</source>
        <translation>مشتریان، پیش‌فاکتورها، فاکتورها و موجودی شما، در یک فایل روی همین رایانه.</translation>
    </message>
    <message>
        <source>Set up my business (about two minutes)</source>
        <translation>راه‌اندازی کسب‌وکار من (حدود دو دقیقه)</translation>
    </message>
    <message>
        <source>Look around with demo data first ({demo_customers:,} made-up customers, three years of history)</source>
        <translation>ابتدا با داده‌های نمونه نگاهی بیندازید ({demo_customers:,} مشتری ساختگی، سه سال سابقه)</translation>
    </message>
    <message>
        <source>Demo data goes into this database file; start for real later with File ▸ New database.</source>
        <translation>داده‌های نمونه در همین فایل پایگاه داده قرار می‌گیرند؛ بعداً با پرونده ▸ پایگاه داده جدید، کار واقعی را شروع کنید.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>کسب‌وکار شما</translation>
    </message>
    <message>
        <source>As it should appear on quotes and invoices. The IBAN adds a payment QR code.</source>
        <translation>همان‌طور که باید روی پیش‌فاکتورها و فاکتورها نمایش داده شود. IBAN یک کد QR پرداخت اضافه می‌کند.</translation>
    </message>
    <message>
        <source>Country, taxes and invoice numbers</source>
        <translation>کشور، مالیات‌ها و شماره فاکتورها</translation>
    </message>
    <message>
        <source>Rates change: check them with your accountant. Everything here is editable in Settings.</source>
        <translation>نرخ‌ها تغییر می‌کنند: آن‌ها را با حسابدار خود بررسی کنید. همه موارد اینجا در تنظیمات قابل ویرایش است.</translation>
    </message>
    <message>
        <source>Another country (add tax rates in Settings)</source>
        <translation>کشوری دیگر (نرخ‌های مالیات را در تنظیمات اضافه کنید)</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>شماره فاکتورها</translation>
    </message>
    <message>
        <source>No preset: add your rates in Settings ▸ Taxes and numbers.</source>
        <translation>پیش‌تنظیمی نیست: نرخ‌های خود را در تنظیمات ▸ مالیات‌ها و شماره‌ها اضافه کنید.</translation>
    </message>
    <message>
        <source>The first invoice will be number {first}.</source>
        <translation>نخستین فاکتور شماره {first} خواهد بود.</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>محل نگهداری داده‌های شما</translation>
    </message>
    <message>
        <source>One file holds everything; verified backups are written automatically.</source>
        <translation>یک فایل همه‌چیز را نگه می‌دارد؛ پشتیبان‌های تأییدشده به طور خودکار نوشته می‌شوند.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>فایل پایگاه داده</translation>
    </message>
    <message>
        <source>To keep the database elsewhere (e.g. a synced folder), use File ▸ New database later.</source>
        <translation>برای نگهداری پایگاه داده در جای دیگر (مثلاً یک پوشه همگام‌شده)، بعداً از پرونده ▸ پایگاه داده جدید استفاده کنید.</translation>
    </message>
    <message>
        <source>Set up crmdesk</source>
        <translation>راه‌اندازی crmdesk</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>بازگشت به پیش‌فرض</translation>
    </message>
    <message>
        <source>Email texts per language</source>
        <translation>متن‌های ایمیل برای هر زبان</translation>
    </message>
    <message>
        <source>Placeholders you can use: {names}</source>
        <translation>جای‌نگهدارهای قابل استفاده: {names}</translation>
    </message>
    <message>
        <source>Warn and allow it</source>
        <translation>هشدار بده و اجازه بده</translation>
    </message>
    <message>
        <source>Refuse the movement</source>
        <translation>رد کردن جابه‌جایی</translation>
    </message>
    <message>
        <source>When stock would go below zero:</source>
        <translation>وقتی موجودی کمتر از صفر شود:</translation>
    </message>
</context>
</TS>