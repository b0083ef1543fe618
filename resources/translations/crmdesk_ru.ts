<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name />
    <message>
        <source>{value0:,.1f} M</source>
        <translation>{value0:,.1f} млн</translation>
    </message>
    <message>
        <source>{value0:,.0f} k</source>
        <translation>{value0:,.0f} тыс.</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Ряд</translation>
    </message>
    <message>
        <source>{name} is damaged: looking for a good backup…</source>
        <translation>Файл {name} повреждён: поиск исправной резервной копии…</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>Восстановление {name}…</translation>
    </message>
    <message>
        <source>Open a crmdesk database</source>
        <translation>Открыть базу данных crmdesk</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>Открытие {path}…</translation>
    </message>
    <message>
        <source>{APP_NAME} — cannot open the database</source>
        <translation>{APP_NAME} — не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>crmdesk cannot open {name}.</source>
        <translation>crmdesk не удаётся открыть {name}.</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Открыть другой файл…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Backups go to {folder}. Use File ▸ Backup now.</source>
        <translation>Резервные копии сохраняются в {folder}. Используйте «Файл ▸ Создать резервную копию».</translation>
    </message>
    <message>
        <source>Backup: {age}</source>
        <translation>Резервная копия: {age}</translation>
    </message>
    <message>
        <source>Last backup {last_taken_at:%Y-%m-%d %H:%M} UTC in {folder}</source>
        <translation>Последняя резервная копия: {last_taken_at:%Y-%m-%d %H:%M} UTC в {folder}</translation>
    </message>
    <message>
        <source>Read-only: no backups</source>
        <translation>Только чтение: без резервных копий</translation>
    </message>
    <message>
        <source>The file was opened read-only; crmdesk takes no backups of it.</source>
        <translation>Файл открыт только для чтения; crmdesk не создаёт его резервные копии.</translation>
    </message>
    <message>
        <source>⚠ no backup yet</source>
        <translation>⚠ резервных копий ещё нет</translation>
    </message>
    <message>
        <source>⚠ last backup {days} days ago</source>
        <translation>⚠ последняя резервная копия: дней назад — {days}</translation>
    </message>
    <message>
        <source>⚠ last backup {hours} hours ago</source>
        <translation>⚠ последняя резервная копия: часов назад — {hours}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <source>{value0} min ago</source>
        <translation>{value0} мин назад</translation>
    </message>
    <message>
        <source>{value0} h ago</source>
        <translation>{value0} ч назад</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Резервное копирование перед закрытием…</translation>
    </message>
    <message>
        <source>on close</source>
        <translation>при закрытии</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>Открытая жалоба</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Журнал контактов</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Open complaints only</source>
        <translation>Только открытые жалобы</translation>
    </message>
    <message>
        <source>Resolve complaint…</source>
        <translation>Закрыть жалобу…</translation>
    </message>
    <message>
        <source>{count:,} entry</source>
        <translation>{count:,} запись</translation>
    </message>
    <message>
        <source>{count:,} entries</source>
        <translation>Записей: {count:,}</translation>
    </message>
    <message>
        <source>Reading the contact log</source>
        <translation>Чтение журнала контактов</translation>
    </message>
    <message>
        <source>Resolve complaint</source>
        <translation>Закрыть жалобу</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>Как была решена проблема?</translation>
    </message>
    <message>
        <source>Resolving the complaint</source>
        <translation>Закрытие жалобы</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Snooze to tomorrow</source>
        <translation>Отложить до завтра</translation>
    </message>
    <message>
        <source>Snooze a week</source>
        <translation>Отложить на неделю</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Undo the last Done or Snooze (Ctrl+Z)</source>
        <translation>Отменить последнее «Выполнено» или «Отложить» (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Reading today's follow-ups</source>
        <translation>Чтение напоминаний на сегодня</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>На сегодня ничего нет.</translation>
    </message>
    <message>
        <source>Today — {count} follow-up due</source>
        <translation>Сегодня — {count} напоминание</translation>
    </message>
    <message>
        <source>Today — {count} follow-ups due</source>
        <translation>Сегодня — напоминаний: {count}</translation>
    </message>
    <message>
        <source>Undo {value1}</source>
        <translation>Отменить: {value1}</translation>
    </message>
    <message>
        <source>Marking done</source>
        <translation>Отметка о выполнении</translation>
    </message>
    <message>
        <source>Snoozing</source>
        <translation>Откладывание</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Attach files to this customer (or drop them on the list)</source>
        <translation>Прикрепить файлы к этому клиенту (или перетащите их в список)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Listing the attachments</source>
        <translation>Получение списка вложений</translation>
    </message>
    <message>
        <source>  · from the contact log</source>
        <translation>  · из журнала контактов</translation>
    </message>
    <message>
        <source>{filename}
{mime_type}, {size:,} bytes</source>
        <translation>{filename}
{mime_type}, {size:,} байт</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>Attaching {name}</source>
        <translation>Прикрепление {name}</translation>
    </message>
    <message>
        <source>Opening the attachment</source>
        <translation>Открытие вложения</translation>
    </message>
    <message>
        <source>Reading the attachment</source>
        <translation>Чтение вложения</translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation>Сохранить вложение как</translation>
    </message>
    <message>
        <source>Saving {name}</source>
        <translation>Сохранение {name}</translation>
    </message>
    <message>
        <source>Remove attachment?</source>
        <translation>Удалить вложение?</translation>
    </message>
    <message>
        <source>Remove {name}? It is deleted from the database file (backups keep their copy).</source>
        <translation>Удалить {name}? Вложение будет удалено из файла базы данных (в резервных копиях оно сохранится).</translation>
    </message>
    <message>
        <source>Removing {name}</source>
        <translation>Удаление {name}</translation>
    </message>
    <message>
        <source>Customer — {name}</source>
        <translation>Клиент — {name}</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Notes and custom fields</source>
        <translation>Заметки и дополнительные поля</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Добавить эл. почту</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Добавить телефон</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>VAT / tax id</source>
        <translation>ИНН / номер плательщика НДС</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Условия оплаты</translation>
    </message>
    <message>
        <source>comma-separated, e.g. wholesale, vip</source>
        <translation>через запятую, например: опт, vip</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Адрес для счетов</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Адрес доставки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Enter the contact person's name.</source>
        <translation>Введите имя контактного лица.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>This customer has changes that are not saved. Discard them?</source>
        <translation>У этого клиента есть несохранённые изменения. Отменить их?</translation>
    </message>
    <message>
        <source>Saving the customer</source>
        <translation>Сохранение клиента</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Line 2</source>
        <translation>Строка 2</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Country (LV, SE…)</source>
        <translation>Страна (LV, SE…)</translation>
    </message>
    <message>
        <source>Edit {key}</source>
        <translation>Изменить {key}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Add contact person</source>
        <translation>Добавить контактное лицо</translation>
    </message>
    <message>
        <source>Contact person {value1}</source>
        <translation>Контактное лицо {value1}</translation>
    </message>
    <message>
        <source>Enter the customer's name.</source>
        <translation>Введите имя клиента.</translation>
    </message>
    <message>
        <source>{text!r} is not a country code (e.g. LV, SE).</source>
        <translation>{text!r} не является кодом страны (например, LV, SE).</translation>
    </message>
    <message>
        <source>{text!r} is not a language code (e.g. en, lv, fa).</source>
        <translation>{text!r} не является кодом языка (например, en, lv, fa).</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>Активные и архивные</translation>
    </message>
    <message>
        <source>Archived only</source>
        <translation>Только архивные</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>RFM segments (computed over the whole history) and saved filters</source>
        <translation>RFM-сегменты (рассчитаны по всей истории) и сохранённые фильтры</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Save filters as segment…</source>
        <translation>Сохранить фильтры как сегмент…</translation>
    </message>
    <message>
        <source>Delete this saved segment</source>
        <translation>Удалить этот сохранённый сегмент</translation>
    </message>
    <message>
        <source>Log campaign…</source>
        <translation>Записать кампанию…</translation>
    </message>
    <message>
        <source>Record one interaction on every customer of the current segment</source>
        <translation>Записать одно взаимодействие для каждого клиента текущего сегмента</translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>Экспорт контактов…</translation>
    </message>
    <message>
        <source>Any city</source>
        <translation>Любой город</translation>
    </message>
    <message>
        <source>Only customers with a complaint that is not resolved yet</source>
        <translation>Только клиенты с ещё не решённой жалобой</translation>
    </message>
    <message>
        <source>Overdue follow-up</source>
        <translation>Просроченное напоминание</translation>
    </message>
    <message>
        <source>Only customers with a follow-up that was due before now and is not done</source>
        <translation>Только клиенты с невыполненным напоминанием, срок которого уже прошёл</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Show every active customer again</source>
        <translation>Снова показать всех активных клиентов</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Се&amp;гмент:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Любая страна</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Любой сегмент</translation>
    </message>
    <message>
        <source>the current filters</source>
        <translation>текущие фильтры</translation>
    </message>
    <message>
        <source>Reading the saved segments</source>
        <translation>Чтение сохранённых сегментов</translation>
    </message>
    <message>
        <source>Saving the segment</source>
        <translation>Сохранение сегмента</translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation>Сохранить как сегмент</translation>
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation>Название сегмента:</translation>
    </message>
    <message>
        <source>Deleting the segment</source>
        <translation>Удаление сегмента</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Удалить сегмент</translation>
    </message>
    <message>
        <source>Delete the saved segment “{name}”? The customers stay as they are.</source>
        <translation>Удалить сохранённый сегмент «{name}»? Клиенты останутся без изменений.</translation>
    </message>
    <message>
        <source>Logging the campaign</source>
        <translation>Запись кампании</translation>
    </message>
    <message>
        <source>Counting the segment</source>
        <translation>Подсчёт сегмента</translation>
    </message>
    <message>
        <source>Exporting the contacts</source>
        <translation>Экспорт контактов</translation>
    </message>
    <message>
        <source>Export the segment's contacts</source>
        <translation>Экспорт контактов сегмента</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Log campaign</source>
        <translation>Записать кампанию</translation>
    </message>
    <message>
        <source>e.g. Spring offer sent</source>
        <translation>например: Отправлено весеннее предложение</translation>
    </message>
    <message>
        <source>Counting the customers…</source>
        <translation>Подсчёт клиентов…</translation>
    </message>
    <message>
        <source>Segment: &lt;b&gt;{escape}&lt;/b&gt;</source>
        <translation>Сегмент: &lt;b&gt;{escape}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>One entry will be logged on {count:,} customer.</source>
        <translation>Будет добавлена одна запись для {count:,} клиента.</translation>
    </message>
    <message>
        <source>One entry will be logged on each of {count:,} customers.</source>
        <translation>Клиентов: {count:,}; каждому будет добавлено по одной записи.</translation>
    </message>
    <message>
        <source>Write what was sent (the subject).</source>
        <translation>Укажите, что было отправлено (тему).</translation>
    </message>
    <message>
        <source>Log “{subject}” on {value3:,} customers of {name}?</source>
        <translation>Записать «{subject}» для {value3:,} клиентов сегмента {name}?</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>Log an interaction — {customer_name}</source>
        <translation>Записать взаимодействие — {customer_name}</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Напомнить</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Удовлетворённость (1–5)</translation>
    </message>
    <message>
        <source>Logging the interaction</source>
        <translation>Запись взаимодействия</translation>
    </message>
    <message>
        <source>Archive {len} customers</source>
        <translation>Архивировать клиентов: {len}</translation>
    </message>
    <message>
        <source>Unarchiving</source>
        <translation>Разархивирование</translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation>Архивирование</translation>
    </message>
    <message>
        <source>Unarchive {len} customers</source>
        <translation>Разархивировать клиентов: {len}</translation>
    </message>
    <message>
        <source>Tag {len} customers “{tag}”</source>
        <translation>Присвоить метку «{tag}» клиентам: {len}</translation>
    </message>
    <message>
        <source>Untagging</source>
        <translation>Снятие меток</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Присвоение меток</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архивировать</translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>&amp;Разархивировать</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Метка…</translation>
    </message>
    <message>
        <source>E&amp;xport selected…</source>
        <translation>&amp;Экспорт выбранных…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Найти &amp;дубликаты…</translation>
    </message>
    <message>
        <source>Export personal &amp;data…</source>
        <translation>Экспорт персональных &amp;данных…</translation>
    </message>
    <message>
        <source>&amp;Erase personal data…</source>
        <translation>&amp;Удалить персональные данные…</translation>
    </message>
    <message>
        <source>Opening the customer</source>
        <translation>Открытие клиента</translation>
    </message>
    <message>
        <source>Tag customers</source>
        <translation>Присвоить метку клиентам</translation>
    </message>
    <message>
        <source>Tag for {len} customers:</source>
        <translation>Метка для клиентов ({len}):</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv);;vCard (*.vcf)</source>
        <translation>Книга Excel (*.xlsx);;CSV для электронных таблиц (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>{rows} customers exported to {name}</source>
        <translation>Клиентов экспортировано в {name}: {rows}</translation>
    </message>
    <message>
        <source>Select one customer to export their personal data.</source>
        <translation>Выберите одного клиента, чтобы экспортировать его персональные данные.</translation>
    </message>
    <message>
        <source>Folder for the personal data export</source>
        <translation>Папка для экспорта персональных данных</translation>
    </message>
    <message>
        <source>Personal data export</source>
        <translation>Экспорт персональных данных</translation>
    </message>
    <message>
        <source>Personal data written to {path}</source>
        <translation>Персональные данные записаны в {path}</translation>
    </message>
    <message>
        <source>Select one customer to erase their personal data.</source>
        <translation>Выберите одного клиента, чтобы удалить его персональные данные.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Удалить персональные данные</translation>
    </message>
    <message>
        <source>Erasing personal data</source>
        <translation>Удаление персональных данных</translation>
    </message>
    <message>
        <source>Balance owed</source>
        <translation>Задолженность</translation>
    </message>
    <message>
        <source>Lifetime revenue</source>
        <translation>Выручка за всё время</translation>
    </message>
    <message>
        <source>Lifetime margin</source>
        <translation>Маржа за всё время</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <source>Days between purchases</source>
        <translation>Дней между покупками</translation>
    </message>
    <message>
        <source>Open quotes</source>
        <translation>Открытые предложения</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Открытые жалобы</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Следующее напоминание</translation>
    </message>
    <message>
        <source>Select a customer</source>
        <translation>Выберите клиента</translation>
    </message>
    <message>
        <source>Products often bought by customers who bought what this customer bought</source>
        <translation>Товары, которые часто покупают клиенты, купившие то же, что и этот клиент</translation>
    </message>
    <message>
        <source>Suggested next</source>
        <translation>Рекомендуем далее</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>Вложения ({count})</translation>
    </message>
    <message>
        <source>Reading the customer</source>
        <translation>Чтение данных клиента</translation>
    </message>
    <message>
        <source>{text}  ({overdue} overdue)</source>
        <translation>{text}  (просрочено: {overdue})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <source>crmdesk databases (*{DATABASE_SUFFIX} *.db);;All files (*)</source>
        <translation>Базы данных crmdesk (*{DATABASE_SUFFIX} *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>&amp;Создать резервную копию</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>&amp;Папка резервных копий…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Последние файлы</translation>
    </message>
    <message>
        <source>New crmdesk database</source>
        <translation>Новая база данных crmdesk</translation>
    </message>
    <message>
        <source>crmdesk — New database</source>
        <translation>crmdesk — Новая база данных</translation>
    </message>
    <message>
        <source>No other recent files</source>
        <translation>Других последних файлов нет</translation>
    </message>
    <message>
        <source>{name} is already open.</source>
        <translation>{name} уже открыт.</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Открыт {path}</translation>
    </message>
    <message>
        <source> (upgraded; the old version was saved to {backup})</source>
        <translation> (обновлено; старая версия сохранена в {backup})</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>Открытие {name}</translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation>Резервное копирование уже выполняется.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <source>Backups now go to {folder}</source>
        <translation>Теперь резервные копии сохраняются в {folder}</translation>
    </message>
    <message>
        <source>crmdesk — the database is damaged</source>
        <translation>crmdesk — база данных повреждена</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be opened.</source>
        <translation>{name} повреждён, его невозможно открыть.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Восстановить эту резервную копию</translation>
    </message>
    <message>
        <source>{stem} — preview</source>
        <translation>{stem} — предварительный просмотр</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Email draft</source>
        <translation>Черновик письма</translation>
    </message>
    <message>
        <source>Write an email with the PDF attached and open it in your mail program</source>
        <translation>Создать письмо с вложенным PDF и открыть его в почтовой программе</translation>
    </message>
    <message>
        <source>Send via SMTP…</source>
        <translation>Отправить через SMTP…</translation>
    </message>
    <message>
        <source>Send the email now through the mail server set in Settings</source>
        <translation>Отправить письмо сейчас через почтовый сервер, указанный в настройках</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Уменьшить (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Увеличить (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>Предыдущая страница (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>Следующая страница (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source> of {page_count} </source>
        <translation> из {page_count} </translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Сохранение {name}…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Сохранено в {path}</translation>
    </message>
    <message>
        <source>Writing the email draft…</source>
        <translation>Создание черновика письма…</translation>
    </message>
    <message>
        <source>Email draft to {to} written to {path}</source>
        <translation>Черновик письма для {to} записан в {path}</translation>
    </message>
    <message>
        <source>No mail program opened the draft; it is at {path}</source>
        <translation>Ни одна почтовая программа не открыла черновик; он находится в {path}</translation>
    </message>
    <message>
        <source>Sending the email…</source>
        <translation>Отправка письма…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Sent to {to} through {server}</source>
        <translation>Отправлено {to} через {server}</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Не отправлено.</translation>
    </message>
    <message>
        <source>{doing} failed.</source>
        <translation>Ошибка: {doing}.</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (порт 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (порт 465)</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Нет (без шифрования)</translation>
    </message>
    <message>
        <source>stored in the system keyring — type to replace</source>
        <translation>хранится в системной связке ключей — введите, чтобы заменить</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in the database</source>
        <translation>хранится в системной связке ключей, а не в базе данных</translation>
    </message>
    <message>
        <source>usually your email address</source>
        <translation>обычно ваш адрес эл. почты</translation>
    </message>
    <message>
        <source>Your Company &lt;office@example.com&gt;</source>
        <translation>Ваша компания &lt;office@example.com&gt;</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Отправить тестовое письмо</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Почтовый сервер</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Sender (From)</source>
        <translation>Отправитель (От)</translation>
    </message>
    <message>
        <source>Reading the mail settings</source>
        <translation>Чтение настроек почты</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saving the mail settings</source>
        <translation>Сохранение настроек почты</translation>
    </message>
    <message>
        <source>Saved. Emails go out through {host}:{port}.</source>
        <translation>Сохранено. Письма отправляются через {host}:{port}.</translation>
    </message>
    <message>
        <source>Sending a test email through {value1}…</source>
        <translation>Отправка тестового письма через {value1}…</translation>
    </message>
    <message>
        <source>Test email</source>
        <translation>Тестовое письмо</translation>
    </message>
    <message>
        <source>Test email sent to {to}. Check that it arrived.</source>
        <translation>Тестовое письмо отправлено на {to}. Проверьте, дошло ли оно.</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Найти дубликаты</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Поиск дубликатов…</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>&amp;Compare and merge…</source>
        <translation>&amp;Сравнить и объединить…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <source>{len} possible duplicate pair(s), most likely first. Open one to compare and merge.</source>
        <translation>Возможных пар дубликатов: {len}, сначала наиболее вероятные. Откройте пару, чтобы сравнить и объединить.</translation>
    </message>
    <message>
        <source>No likely duplicates among the active customers.</source>
        <translation>Среди активных клиентов вероятных дубликатов нет.</translation>
    </message>
    <message>
        <source>contact-log entry</source>
        <translation>запись журнала контактов</translation>
    </message>
    <message>
        <source>contact-log entries</source>
        <translation>записи журнала контактов</translation>
    </message>
    <message>
        <source>draft invoice</source>
        <translation>черновик счёта</translation>
    </message>
    <message>
        <source>draft invoices</source>
        <translation>черновики счетов</translation>
    </message>
    <message>
        <source>delivery note</source>
        <translation>накладная</translation>
    </message>
    <message>
        <source>delivery notes</source>
        <translation>накладные</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>контактное лицо</translation>
    </message>
    <message>
        <source>contact persons</source>
        <translation>контактные лица</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>адрес эл. почты</translation>
    </message>
    <message>
        <source>email addresses</source>
        <translation>адреса эл. почты</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>номер телефона</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>номера телефонов</translation>
    </message>
    <message>
        <source>Moves to the kept customer: </source>
        <translation>Переходит к сохраняемому клиенту: </translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>больше ничего</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Объединить клиентов</translation>
    </message>
    <message>
        <source>S&amp;wap sides</source>
        <translation>&amp;Поменять местами</translation>
    </message>
    <message>
        <source>Keep the right-hand customer instead</source>
        <translation>Сохранить вместо этого клиента справа</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Отменить объединение</translation>
    </message>
    <message>
        <source>Put both customers back as they were (Ctrl+Z)</source>
        <translation>Вернуть обоих клиентов в исходное состояние (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Comparing the customers</source>
        <translation>Сравнение клиентов</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Kept #{survivor_id}</source>
        <translation>Сохраняется #{survivor_id}</translation>
    </message>
    <message>
        <source>Merged #{duplicate_id}</source>
        <translation>Объединяется #{duplicate_id}</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Объединение…</translation>
    </message>
    <message>
        <source>Merged: {moved} record(s) moved to #{survivor_id}. Undo puts everything back.</source>
        <translation>Объединено: записей перенесено в #{survivor_id}: {moved}. Отмена вернёт всё обратно.</translation>
    </message>
    <message>
        <source>Undoing the merge…</source>
        <translation>Отмена объединения…</translation>
    </message>
    <message>
        <source>The merge was undone: both customers are back as they were.</source>
        <translation>Объединение отменено: оба клиента возвращены в исходное состояние.</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <source>{APP_TITLE} — {doing} failed</source>
        <translation>{APP_TITLE} — ошибка: {doing}</translation>
    </message>
    <message>
        <source>{APP_TITLE} — unexpected error</source>
        <translation>{APP_TITLE} — непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong that crmdesk did not expect. The action may not have been completed; what was saved before stays saved.</source>
        <translation>Произошла ошибка, которую crmdesk не ожидал. Действие могло быть не завершено; то, что было сохранено ранее, осталось сохранённым.</translation>
    </message>
    <message>
        <source>{name__}: {error}

The details below are also in crmdesk's log file.</source>
        <translation>{name__}: {error}

Подробности ниже также записаны в журнал crmdesk.</translation>
    </message>
    <message>
        <source>The action failed.</source>
        <translation>Действие не выполнено.</translation>
    </message>
    <message>
        <source>Set up for {name}. Change anything in Settings.</source>
        <translation>Настроено для {name}. Любые параметры можно изменить в настройках.</translation>
    </message>
    <message>
        <source>Saving the setup</source>
        <translation>Сохранение настроек</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Создание демонстрационных данных…</translation>
    </message>
    <message>
        <source>Creating demo data: {step}…</source>
        <translation>Создание демонстрационных данных: {step}…</translation>
    </message>
    <message>
        <source>Demo data added: {customers:,} customers.</source>
        <translation>Демонстрационные данные добавлены: клиентов — {customers:,}.</translation>
    </message>
    <message>
        <source>Creating demo data</source>
        <translation>Создание демонстрационных данных</translation>
    </message>
    <message>
        <source>SQLAlchemy</source>
        <translation>SQLAlchemy</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>In tables: Enter opens the selected row. In editors: Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>В таблицах: Enter открывает выбранную строку. В редакторах: Ctrl+Z отменяет, Ctrl+Shift+Z повторяет.</translation>
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
        <translation>База данных</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <source>Customer files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>Файлы клиентов (*.csv *.tsv *.txt *.xlsx *.vcf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— пропустить —</translation>
    </message>
    <message>
        <source>Skip them (keep the customer as it is)</source>
        <translation>Пропустить их (оставить клиента как есть)</translation>
    </message>
    <message>
        <source>Merge into the existing customer (fill empty fields, add emails, phones, tags)</source>
        <translation>Объединить с существующим клиентом (заполнить пустые поля, добавить адреса эл. почты, телефоны, метки)</translation>
    </message>
    <message>
        <source>Create them as new customers anyway</source>
        <translation>Всё равно создать их как новых клиентов</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>CSV or text (any encoding, comma, semicolon or tab), Excel .xlsx, or vCard .vcf.</source>
        <translation>CSV или текст (любая кодировка, запятая, точка с запятой или табуляция), Excel .xlsx или vCard .vcf.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Импортируемый файл</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>header in row {header_row}</source>
        <translation>заголовок в строке {header_row}</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Сопоставьте столбцы</translation>
    </message>
    <message>
        <source>crmdesk recognised what it could; choose a field for the others or leave them ignored.</source>
        <translation>crmdesk распознал всё, что смог; для остальных выберите поле или оставьте их пропущенными.</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Сохранить сопоставление…</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>Сохранённые сопоставления:</translation>
    </message>
    <message>
        <source>(the recognised mapping)</source>
        <translation>(распознанное сопоставление)</translation>
    </message>
    <message>
        <source>(none saved yet)</source>
        <translation>(пока ничего не сохранено)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <source>Name for this column mapping:</source>
        <translation>Название для этого сопоставления столбцов:</translation>
    </message>
    <message>
        <source>Saving the mapping</source>
        <translation>Сохранение сопоставления</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Проверьте строки</translation>
    </message>
    <message>
        <source>Rows with a problem are left out; rows that look like a customer you have wait for your choice.</source>
        <translation>Строки с ошибками пропускаются; строки, похожие на существующих клиентов, ждут вашего решения.</translation>
    </message>
    <message>
        <source>&amp;Import the valid rows</source>
        <translation>&amp;Импортировать допустимые строки</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Сохранить &amp;отчёт…</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Похоже на</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Потому что</translation>
    </message>
    <message>
        <source>Rows left out:</source>
        <translation>Пропущенные строки:</translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>Все строки допустимы.</translation>
    </message>
    <message>
        <source>{customer_name} (customer {customer_id})</source>
        <translation>{customer_name} (клиент {customer_id})</translation>
    </message>
    <message>
        <source>row {earlier_row} of this file</source>
        <translation>строка {earlier_row} этого файла</translation>
    </message>
    <message>
        <source>{rows} looks like a customer you already have (or an earlier row):</source>
        <translation>{rows} — похоже, такой клиент уже есть (или он есть в одной из предыдущих строк):</translation>
    </message>
    <message>
        <source>{rows} look like customers you already have (or an earlier row):</source>
        <translation>{rows} — похоже, такие клиенты уже есть (или они есть в предыдущих строках):</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report saved to {written}</source>
        <translation>Отчёт сохранён в {written}</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>One step: either every valid row is imported or none is.</source>
        <translation>Одним шагом: импортируются либо все допустимые строки, либо ни одна.</translation>
    </message>
    <message>
        <source>Taking a backup, then importing…</source>
        <translation>Создание резервной копии, затем импорт…</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Ничего не импортировано: {error}</translation>
    </message>
    <message>
        <source>The customers are on the Customers page; Undo removes this import as a whole.</source>
        <translation>Клиенты находятся на странице «Клиенты»; «Отменить» удаляет весь этот импорт целиком.</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <source>A backup was taken first: {name}</source>
        <translation>Сначала создана резервная копия: {name}</translation>
    </message>
    <message>
        <source>Import undone: {removed:,} customer(s) removed.</source>
        <translation>Импорт отменён: удалено клиентов — {removed:,}.</translation>
    </message>
    <message>
        <source>{count:,} row</source>
        <translation>{count:,} строка</translation>
    </message>
    <message>
        <source>{count:,} rows</source>
        <translation>{count:,} строк(и)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Отгружено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>New from invoice…</source>
        <translation>Новая из счёта…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Listing delivery notes</source>
        <translation>Получение списка накладных</translation>
    </message>
    <message>
        <source>{count:,} delivery note</source>
        <translation>{count:,} накладная</translation>
    </message>
    <message>
        <source>{count:,} delivery notes</source>
        <translation>Накладных: {count:,}</translation>
    </message>
    <message>
        <source>New delivery note</source>
        <translation>Новая накладная</translation>
    </message>
    <message>
        <source>Invoice number:</source>
        <translation>Номер счёта:</translation>
    </message>
    <message>
        <source>Making the delivery note</source>
        <translation>Создание накладной</translation>
    </message>
    <message>
        <source>Opening the delivery note</source>
        <translation>Открытие накладной</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Сохранить данные</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Отгрузить</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Отметить как доставленную</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Delivery note {label}</source>
        <translation>Накладная {label}</translation>
    </message>
    <message>
        <source>Delivery note {label} — {NOTE_LABELS}</source>
        <translation>Накладная {label} — {NOTE_LABELS}</translation>
    </message>
    <message>
        <source>Customer: {customer_name}</source>
        <translation>Клиент: {customer_name}</translation>
    </message>
    <message>
        <source>Shipped: {iso}</source>
        <translation>Отгружено: {iso}</translation>
    </message>
    <message>
        <source>Shipping takes these goods out of stock.</source>
        <translation>При отгрузке эти товары списываются со склада.</translation>
    </message>
    <message>
        <source>Stock was taken out by the issued invoice.</source>
        <translation>Товар списан со склада выставленным счётом.</translation>
    </message>
    <message>
        <source>Stock went below zero: </source>
        <translation>Остаток ушёл в минус: </translation>
    </message>
    <message>
        <source>Saving the delivery note</source>
        <translation>Сохранение накладной</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Отгрузка</translation>
    </message>
    <message>
        <source>Marking delivered</source>
        <translation>Отметка о доставке</translation>
    </message>
    <message>
        <source>Deleting the draft</source>
        <translation>Удаление черновика</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Начальный остаток</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Поступление товара</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Корректировка</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Partially received</source>
        <translation>Получен частично</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Налог</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>С НДС</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Total {cur}</source>
        <translation>Итого, {cur}</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Add expense…</source>
        <translation>Добавить расход…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>&lt;b&gt;By category&lt;/b&gt;</source>
        <translation>&lt;b&gt;По категориям&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;By month&lt;/b&gt;</source>
        <translation>&lt;b&gt;По месяцам&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Listing expenses</source>
        <translation>Получение списка расходов</translation>
    </message>
    <message>
        <source>{count:,} expense</source>
        <translation>{count:,} расход</translation>
    </message>
    <message>
        <source>{count:,} expenses</source>
        <translation>Расходов: {count:,}</translation>
    </message>
    <message>
        <source>Opening the expense</source>
        <translation>Открытие расхода</translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation>Добавить расход</translation>
    </message>
    <message>
        <source>Rent, fuel, tools…</source>
        <translation>Аренда, топливо, инструменты…</translation>
    </message>
    <message>
        <source>No supplier</source>
        <translation>Без поставщика</translation>
    </message>
    <message>
        <source>Attach receipt…</source>
        <translation>Прикрепить чек…</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Нет чека</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Сумма без НДС</translation>
    </message>
    <message>
        <source>Attach receipt</source>
        <translation>Прикрепить чек</translation>
    </message>
    <message>
        <source>Receipts (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Чеки (*.pdf *.png *.jpg *.jpeg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Enter a category (rent, fuel, tools…).</source>
        <translation>Введите категорию (аренда, топливо, инструменты…).</translation>
    </message>
    <message>
        <source>net amount</source>
        <translation>сумма без НДС</translation>
    </message>
    <message>
        <source>Enter the {what} as a number, e.g. 12.50.</source>
        <translation>Введите значение «{what}» числом, например 12.50.</translation>
    </message>
    <message>
        <source>The {what} cannot be negative.</source>
        <translation>Значение «{what}» не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The {what} has at most {MONEY_SCALE} decimal places.</source>
        <translation>В значении «{what}» может быть не более {MONEY_SCALE} знаков после запятой.</translation>
    </message>
    <message>
        <source>Enter the amount spent.</source>
        <translation>Введите потраченную сумму.</translation>
    </message>
    <message>
        <source>Saving the expense</source>
        <translation>Сохранение расхода</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Активировать снова</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Деактивировать</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Склад</translation>
    </message>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>Поиск по артикулу, названию или штрихкоду</translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation>Только с низким остатком</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Показать неактивные</translation>
    </message>
    <message>
        <source>Show low stock</source>
        <translation>Показать низкий остаток</translation>
    </message>
    <message>
        <source>Draft purchase orders</source>
        <translation>Черновики заказов поставщикам</translation>
    </message>
    <message>
        <source>One draft order per preferred supplier, from the reorder suggestions</source>
        <translation>Один черновик заказа на каждого основного поставщика по рекомендациям пополнения</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;Новый товар…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Stock &amp;history…</source>
        <translation>&amp;История остатков…</translation>
    </message>
    <message>
        <source>&amp;Adjust stock…</source>
        <translation>&amp;Корректировать остаток…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Деактивировать</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Активировать снова</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Заказы поставщикам</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>Накладные</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Поставщики</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source> low on stock</source>
        <translation> — низкий остаток</translation>
    </message>
    <message>
        <source>Listing products</source>
        <translation>Получение списка товаров</translation>
    </message>
    <message>
        <source>Checking stock levels</source>
        <translation>Проверка остатков</translation>
    </message>
    <message>
        <source>Opening the product</source>
        <translation>Открытие товара</translation>
    </message>
    <message>
        <source>{sku} is a service and has no stock</source>
        <translation>{sku} — услуга, складского остатка нет</translation>
    </message>
    <message>
        <source>Adjusting stock</source>
        <translation>Корректировка остатка</translation>
    </message>
    <message>
        <source>Deactivating the product</source>
        <translation>Деактивация товара</translation>
    </message>
    <message>
        <source>⚠ {count} product is at or below the reorder level.</source>
        <translation>⚠ {count} товар на уровне пополнения или ниже.</translation>
    </message>
    <message>
        <source>⚠ {count} products are at or below the reorder level.</source>
        <translation>⚠ Товаров на уровне пополнения или ниже: {count}.</translation>
    </message>
    <message>
        <source> and {more} more</source>
        <translation> и ещё {more}</translation>
    </message>
    <message>
        <source> Everything low is already on order.</source>
        <translation> Всё, чего мало, уже заказано.</translation>
    </message>
    <message>
        <source>Enter {what} as a number, e.g. 12.50.</source>
        <translation>Введите значение «{what}» числом, например 12.50.</translation>
    </message>
    <message>
        <source>{upper}{what} cannot be negative.</source>
        <translation>{upper}{what}: значение не может быть отрицательным.</translation>
    </message>
    <message>
        <source>At most {scale} decimal places.</source>
        <translation>Не более {scale} знаков после запятой.</translation>
    </message>
    <message>
        <source>Enter a SKU (the product's short code).</source>
        <translation>Введите артикул (краткий код товара).</translation>
    </message>
    <message>
        <source>A SKU is one word of at most 60 characters.</source>
        <translation>Артикул — одно слово длиной не более 60 символов.</translation>
    </message>
    <message>
        <source>Enter the product's name.</source>
        <translation>Введите название товара.</translation>
    </message>
    <message>
        <source>Enter a unit (pcs, kg, h…).</source>
        <translation>Введите единицу измерения (шт, кг, ч…).</translation>
    </message>
    <message>
        <source>the sale price</source>
        <translation>цена продажи</translation>
    </message>
    <message>
        <source>the cost price</source>
        <translation>себестоимость</translation>
    </message>
    <message>
        <source>the reorder level</source>
        <translation>уровень пополнения</translation>
    </message>
    <message>
        <source>A service is not kept in stock: leave the reorder level at 0.</source>
        <translation>Услуга не хранится на складе: оставьте уровень пополнения равным 0.</translation>
    </message>
    <message>
        <source>A barcode is letters and digits only, at most 64.</source>
        <translation>Штрихкод может содержать только буквы и цифры, не более 64.</translation>
    </message>
    <message>
        <source>Product — {sku} {name}</source>
        <translation>Товар — {sku} {name}</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <source>Product (kept in stock)</source>
        <translation>Товар (хранится на складе)</translation>
    </message>
    <message>
        <source>Service (no stock)</source>
        <translation>Услуга (без складского учёта)</translation>
    </message>
    <message>
        <source>e.g. CHAIN-9</source>
        <translation>например: CHAIN-9</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Цена продажи</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>Себестоимость</translation>
    </message>
    <message>
        <source>No tax rate</source>
        <translation>Без ставки налога</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Ставка налога</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Warn when stock falls to this quantity (0: never)</source>
        <translation>Предупреждать, когда остаток снизится до этого количества (0 — никогда)</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Уровень пополнения</translation>
    </message>
    <message>
        <source>No preferred supplier</source>
        <translation>Без основного поставщика</translation>
    </message>
    <message>
        <source>Preferred supplier</source>
        <translation>Основной поставщик</translation>
    </message>
    <message>
        <source>Active (offered on new documents)</source>
        <translation>Активен (предлагается в новых документах)</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>{quantity} {unit} on hand, average cost {price_text}</source>
        <translation>В наличии: {quantity} {unit}, средняя себестоимость {price_text}</translation>
    </message>
    <message>
        <source>Saving the product</source>
        <translation>Сохранение товара</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Пополнять при</translation>
    </message>
    <message>
        <source>At or below the reorder level ({quantity} {unit})</source>
        <translation>На уровне пополнения или ниже ({quantity} {unit})</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Заказан</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Итого без НДС</translation>
    </message>
    <message>
        <source>New purchase order…</source>
        <translation>Новый заказ поставщику…</translation>
    </message>
    <message>
        <source>Draft orders from reorder suggestions</source>
        <translation>Черновики заказов по рекомендациям пополнения</translation>
    </message>
    <message>
        <source>Listing purchase orders</source>
        <translation>Получение списка заказов поставщикам</translation>
    </message>
    <message>
        <source>{count:,} order</source>
        <translation>{count:,} заказ</translation>
    </message>
    <message>
        <source>{count:,} orders</source>
        <translation>Заказов: {count:,}</translation>
    </message>
    <message>
        <source>Opening the purchase order</source>
        <translation>Открытие заказа поставщику</translation>
    </message>
    <message>
        <source>Drafting purchase orders</source>
        <translation>Создание черновиков заказов поставщикам</translation>
    </message>
    <message>
        <source>New purchase order</source>
        <translation>Новый заказ поставщику</translation>
    </message>
    <message>
        <source>Purchase order — draft</source>
        <translation>Заказ поставщику — черновик</translation>
    </message>
    <message>
        <source>Draft purchase order #{id}</source>
        <translation>Черновик заказа поставщику #{id}</translation>
    </message>
    <message>
        <source>Choose the supplier and the products to order; Send gives the order its number.</source>
        <translation>Выберите поставщика и товары для заказа; при отправке заказу присваивается номер.</translation>
    </message>
    <message>
        <source>Choose a supplier…</source>
        <translation>Выберите поставщика…</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Цена за ед.</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Сумма строки</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation>Сохранить и отправить</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>Выберите товар…</translation>
    </message>
    <message>
        <source>cost price</source>
        <translation>себестоимость</translation>
    </message>
    <message>
        <source>Purchase order {label}</source>
        <translation>Заказ поставщику {label}</translation>
    </message>
    <message>
        <source>Purchase order {label} — {ORDER_LABELS}</source>
        <translation>Заказ поставщику {label} — {ORDER_LABELS}</translation>
    </message>
    <message>
        <source>Supplier: {supplier_name}</source>
        <translation>Поставщик: {supplier_name}</translation>
    </message>
    <message>
        <source>Ordered: {value1}</source>
        <translation>Заказан: {value1}</translation>
    </message>
    <message>
        <source>Expected: {iso}</source>
        <translation>Ожидается: {iso}</translation>
    </message>
    <message>
        <source>Net total: {money}</source>
        <translation>Итого без НДС: {money}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Заметки: {notes}</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Осталось получить</translation>
    </message>
    <message>
        <source>Receive now</source>
        <translation>Получить сейчас</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Отменить заказ</translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation>Получение товара</translation>
    </message>
    <message>
        <source>no lines</source>
        <translation>нет строк</translation>
    </message>
    <message>
        <source>Line {value1}: the quantity must be a number more than 0.</source>
        <translation>Строка {value1}: количество должно быть числом больше 0.</translation>
    </message>
    <message>
        <source>Line {value1}: the unit cost must be a number of 0 or more.</source>
        <translation>Строка {value1}: цена за единицу должна быть числом не меньше 0.</translation>
    </message>
    <message>
        <source>Choose at least one product to order.</source>
        <translation>Выберите хотя бы один товар для заказа.</translation>
    </message>
    <message>
        <source>Net total: {format}</source>
        <translation>Итого без НДС: {format}</translation>
    </message>
    <message>
        <source>Enter the quantities received as numbers of 0 or more.</source>
        <translation>Введите полученные количества числами не меньше 0.</translation>
    </message>
    <message>
        <source>Only {quantity} left to receive on a line.</source>
        <translation>В строке осталось получить только {quantity}.</translation>
    </message>
    <message>
        <source>Enter a quantity to receive.</source>
        <translation>Введите количество для получения.</translation>
    </message>
    <message>
        <source>Choose a supplier.</source>
        <translation>Выберите поставщика.</translation>
    </message>
    <message>
        <source>Sending the purchase order</source>
        <translation>Отправка заказа поставщику</translation>
    </message>
    <message>
        <source>Saving the purchase order</source>
        <translation>Сохранение заказа поставщику</translation>
    </message>
    <message>
        <source>Receiving goods</source>
        <translation>Получение товара</translation>
    </message>
    <message>
        <source>Cancelling the purchase order</source>
        <translation>Отмена заказа поставщику</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Корректировочный счёт</translation>
    </message>
    <message>
        <source>Delivery note {reference}</source>
        <translation>Накладная {reference}</translation>
    </message>
    <message>
        <source>Stock history</source>
        <translation>История остатков</translation>
    </message>
    <message>
        <source>Adjust stock…</source>
        <translation>Корректировать остаток…</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>Чтение истории</translation>
    </message>
    <message>
        <source>Stock history — {sku}</source>
        <translation>История остатков — {sku}</translation>
    </message>
    <message>
        <source>A service is not kept in stock.</source>
        <translation>Услуга не хранится на складе.</translation>
    </message>
    <message>
        <source>Adjust stock — {sku}</source>
        <translation>Корректировка остатка — {sku}</translation>
    </message>
    <message>
        <source>+5 or -2</source>
        <translation>+5 или -2</translation>
    </message>
    <message>
        <source>Counted, broken, lost…</source>
        <translation>Пересчёт, бой, потеря…</translation>
    </message>
    <message>
        <source>On hand now</source>
        <translation>В наличии сейчас</translation>
    </message>
    <message>
        <source>Change by</source>
        <translation>Изменить на</translation>
    </message>
    <message>
        <source>On hand after</source>
        <translation>В наличии после</translation>
    </message>
    <message>
        <source>Enter a number such as 5 or -2 (at most 3 decimals).</source>
        <translation>Введите число, например 5 или -2 (не более 3 знаков после запятой).</translation>
    </message>
    <message>
        <source>An adjustment changes stock by more or less than 0.</source>
        <translation>Корректировка должна изменять остаток на величину, отличную от 0.</translation>
    </message>
    <message>
        <source>Say why stock is adjusted.</source>
        <translation>Укажите причину корректировки остатка.</translation>
    </message>
    <message>
        <source>Stock cannot go below zero (Settings: negative stock is blocked).</source>
        <translation>Остаток не может быть меньше нуля (в настройках отрицательный остаток запрещён).</translation>
    </message>
    <message>
        <source>Warning: this takes stock below zero ({quantity}).</source>
        <translation>Внимание: после этого остаток станет отрицательным ({quantity}).</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>Номер плательщика НДС</translation>
    </message>
    <message>
        <source>Include archived</source>
        <translation>Включая архивные</translation>
    </message>
    <message>
        <source>New supplier…</source>
        <translation>Новый поставщик…</translation>
    </message>
    <message>
        <source>Archive / unarchive</source>
        <translation>Архивировать / разархивировать</translation>
    </message>
    <message>
        <source>Listing suppliers</source>
        <translation>Получение списка поставщиков</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Архивный</translation>
    </message>
    <message>
        <source>{count:,} supplier</source>
        <translation>{count:,} поставщик</translation>
    </message>
    <message>
        <source>{count:,} suppliers</source>
        <translation>Поставщиков: {count:,}</translation>
    </message>
    <message>
        <source>Archiving the supplier</source>
        <translation>Архивирование поставщика</translation>
    </message>
    <message>
        <source>Supplier — {name}</source>
        <translation>Поставщик — {name}</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Новый поставщик</translation>
    </message>
    <message>
        <source>LV, SE…</source>
        <translation>LV, SE…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Saving the supplier</source>
        <translation>Сохранение поставщика</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;Find customer…</source>
        <translation>&amp;Найти клиента…</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Искать везде…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About crmdesk</source>
        <translation>&amp;О программе crmdesk</translation>
    </message>
    <message>
        <source>crmdesk — {name}</source>
        <translation>crmdesk — {name}</translation>
    </message>
    <message>
        <source>The open database file: {path}</source>
        <translation>Открытый файл базы данных: {path}</translation>
    </message>
    <message>
        <source>About crmdesk</source>
        <translation>О программе crmdesk</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>{name} is archived</source>
        <translation>{name} в архиве</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Search name or email  (Ctrl+F)</source>
        <translation>Поиск по имени или эл. почте  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Записать взаимодействие…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <source>Reading the filter lists</source>
        <translation>Чтение списков фильтров</translation>
    </message>
    <message>
        <source>Listing customers</source>
        <translation>Получение списка клиентов</translation>
    </message>
    <message>
        <source>No customer matches the filters</source>
        <translation>Ни один клиент не соответствует фильтрам</translation>
    </message>
    <message>
        <source>{count:,} customer matches “{text}” and the filters</source>
        <translation>{count:,} клиент соответствует «{text}» и фильтрам</translation>
    </message>
    <message>
        <source>{count:,} customers match “{text}” and the filters</source>
        <translation>Клиентов, соответствующих «{text}» и фильтрам: {count:,}</translation>
    </message>
    <message>
        <source>{count:,} customer matches the filters</source>
        <translation>{count:,} клиент соответствует фильтрам</translation>
    </message>
    <message>
        <source>{count:,} customers match the filters</source>
        <translation>Клиентов, соответствующих фильтрам: {count:,}</translation>
    </message>
    <message>
        <source>No customer matches</source>
        <translation>Ни один клиент не найден</translation>
    </message>
    <message>
        <source>{count:,} customer matches “{text}”</source>
        <translation>{count:,} клиент соответствует «{text}»</translation>
    </message>
    <message>
        <source>{count:,} customers match “{text}”</source>
        <translation>Клиентов, соответствующих «{text}»: {count:,}</translation>
    </message>
    <message>
        <source>No customers</source>
        <translation>Нет клиентов</translation>
    </message>
    <message>
        <source>No customers (archived ones are hidden)</source>
        <translation>Нет клиентов (архивные скрыты)</translation>
    </message>
    <message>
        <source>{count:,} customer, archived included</source>
        <translation>{count:,} клиент, включая архивных</translation>
    </message>
    <message>
        <source>{count:,} customers, archived included</source>
        <translation>Клиентов (включая архивных): {count:,}</translation>
    </message>
    <message>
        <source>{count:,} customer</source>
        <translation>{count:,} клиент</translation>
    </message>
    <message>
        <source>{count:,} customers</source>
        <translation>Клиентов: {count:,}</translation>
    </message>
    <message>
        <source>Contact log entries</source>
        <translation>Записи журнала контактов</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Счета и корректировочные счета</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Товары и услуги</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Панель мониторинга</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Просроченные счета</translation>
    </message>
    <message>
        <source>Follow-ups due today or earlier</source>
        <translation>Напоминания на сегодня и ранее</translation>
    </message>
    <message>
        <source>Products running low</source>
        <translation>Заканчивающиеся товары</translation>
    </message>
    <message>
        <source>Revenue by month (net)</source>
        <translation>Выручка по месяцам (без НДС)</translation>
    </message>
    <message>
        <source>Customers by segment</source>
        <translation>Клиенты по сегментам</translation>
    </message>
    <message>
        <source>Top 10 customers, last 12 months</source>
        <translation>10 лучших клиентов за последние 12 месяцев</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Продажи без НДС</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Клиенты в зоне риска</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Usual gap</source>
        <translation>Обычный интервал</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Низкий остаток</translation>
    </message>
    <message>
        <source>the database figures</source>
        <translation>показатели базы данных</translation>
    </message>
    <message>
        <source>overdue invoices</source>
        <translation>просроченные счета</translation>
    </message>
    <message>
        <source>the chart library</source>
        <translation>библиотека диаграмм</translation>
    </message>
    <message>
        <source>low stock</source>
        <translation>низкий остаток</translation>
    </message>
    <message>
        <source>the top customers</source>
        <translation>лучшие клиенты</translation>
    </message>
    <message>
        <source>customers at risk</source>
        <translation>клиенты в зоне риска</translation>
    </message>
    <message>
        <source>customer segments</source>
        <translation>сегменты клиентов</translation>
    </message>
    <message>
        <source>Reading {what} for the dashboard</source>
        <translation>Чтение данных для панели мониторинга: {what}</translation>
    </message>
    <message>
        <source>Overdue: {count:,} invoice</source>
        <translation>Просрочено: {count:,} счёт</translation>
    </message>
    <message>
        <source>Overdue: {count:,} invoices</source>
        <translation>Просроченных счетов: {count:,}</translation>
    </message>
    <message>
        <source>No sales in the last 12 months.</source>
        <translation>Нет продаж за последние 12 месяцев.</translation>
    </message>
    <message>
        <source>Nobody is overdue against their usual rhythm of buying.</source>
        <translation>Ни один клиент не отстаёт от своего обычного ритма покупок.</translation>
    </message>
    <message>
        <source>No product is at or below its reorder level.</source>
        <translation>Ни один товар не находится на уровне пополнения или ниже.</translation>
    </message>
    <message>
        <source>{value0:,.0f} KiB</source>
        <translation>{value0:,.0f} КиБ</translation>
    </message>
    <message>
        <source>{value0:,.1f} MiB</source>
        <translation>{value0:,.1f} МиБ</translation>
    </message>
    <message>
        <source>Taxes and numbers</source>
        <translation>Налоги и номера</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Sending documents by email (SMTP)</source>
        <translation>Отправка документов по эл. почте (SMTP)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Where crmdesk keeps things</source>
        <translation>Где crmdesk хранит данные</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Файл базы данных:</translation>
    </message>
    <message>
        <source>Window settings:</source>
        <translation>Настройки окна:</translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation>Файлы журналов:</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <source>Nothing to draw for this range</source>
        <translation>Нет данных для построения за этот период</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>начало</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM-сегменты</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Дней с момента</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>No customer bought anything in this range.</source>
        <translation>За этот период ни один клиент ничего не купил.</translation>
    </message>
    <message>
        <source>Customers per segment</source>
        <translation>Клиентов в сегменте</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Пожизненная ценность клиента</translation>
    </message>
    <message>
        <source>Historic CLV</source>
        <translation>Фактическая CLV</translation>
    </message>
    <message>
        <source>Predicted CLV</source>
        <translation>Прогнозная CLV</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Первая покупка</translation>
    </message>
    <message>
        <source>Tenure (days)</source>
        <translation>Стаж (дней)</translation>
    </message>
    <message>
        <source>Predicted CLV, top customers</source>
        <translation>Прогнозная CLV, лучшие клиенты</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Риск оттока</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Обычный интервал (дней)</translation>
    </message>
    <message>
        <source>Own gap</source>
        <translation>Собственный интервал</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>В зоне риска</translation>
    </message>
    <message>
        <source>{at_risk:,} of {len:,} customers at risk (days since the last purchase ≥ 2 × their usual gap).</source>
        <translation>В зоне риска {at_risk:,} из {len:,} клиентов (дней с последней покупки ≥ 2 × их обычный интервал).</translation>
    </message>
    <message>
        <source>Highest churn risk (ratio)</source>
        <translation>Наибольший риск оттока (отношение)</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Возвращено по корректировкам</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>Себестоимость товаров</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Прибыль</translation>
    </message>
    <message>
        <source>Unprofitable</source>
        <translation>Убыточные</translation>
    </message>
    <message>
        <source>Product profitability</source>
        <translation>Прибыльность товаров</translation>
    </message>
    <message>
        <source>Customer profitability</source>
        <translation>Прибыльность клиентов</translation>
    </message>
    <message>
        <source>{losing:,} of {len:,} products unprofitable; total profit {money}.</source>
        <translation>Убыточных товаров: {losing:,} из {len:,}; общая прибыль {money}.</translation>
    </message>
    <message>
        <source>{losing:,} of {len:,} customers unprofitable; total profit {money}.</source>
        <translation>Убыточных клиентов: {losing:,} из {len:,}; общая прибыль {money}.</translation>
    </message>
    <message>
        <source>Most profitable products</source>
        <translation>Самые прибыльные товары</translation>
    </message>
    <message>
        <source>Most profitable customers</source>
        <translation>Самые прибыльные клиенты</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Net sales by {lower}, beside the year before</source>
        <translation>Продажи без НДС (разбивка: {lower}) в сравнении с предыдущим годом</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>Годом ранее</translation>
    </message>
    <message>
        <source>Net sales by {lower}</source>
        <translation>Продажи без НДС (разбивка: {lower})</translation>
    </message>
    <message>
        <source>Sales by {lower}</source>
        <translation>Продажи (разбивка: {lower})</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Корректировочные счета</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Net sales {money} (net of tax, credit notes subtracted).</source>
        <translation>Продажи без НДС: {money} (без налога, за вычетом корректировочных счетов).</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>Новые клиенты по месяцам</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>{sum:,} registered, {sum2:,} bought for the first time.</source>
        <translation>Зарегистрировано: {sum:,}, впервые купили: {sum2:,}.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <source>no quote decided yet</source>
        <translation>ещё ни одно предложение не решено</translation>
    </message>
    <message>
        <source>Quote win rate and pipeline</source>
        <translation>Доля принятых предложений и воронка продаж</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Status or stage</source>
        <translation>Статус или этап</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Pipeline value by stage ({currency})</source>
        <translation>Сумма воронки по этапам ({currency})</translation>
    </message>
    <message>
        <source>{quantize} of 5</source>
        <translation>{quantize} из 5</translation>
    </message>
    <message>
        <source>no rating given</source>
        <translation>оценка не указана</translation>
    </message>
    <message>
        <source>Complaints and satisfaction</source>
        <translation>Жалобы и удовлетворённость</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>Средняя удовлетворённость</translation>
    </message>
    <message>
        <source>{sum:,} complaints opened, {sum2:,} of them resolved; average satisfaction {average}.</source>
        <translation>Открыто жалоб: {sum:,}, из них решено: {sum2:,}; средняя удовлетворённость {average}.</translation>
    </message>
    <message>
        <source>Complaints per month</source>
        <translation>Жалобы по месяцам</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary scores 1–5 and the segment of each customer.</source>
        <translation>Оценки давности, частоты и суммы покупок от 1 до 5 и сегмент каждого клиента.</translation>
    </message>
    <message>
        <source>Margin to date and predicted future margin per customer.</source>
        <translation>Маржа на сегодня и прогнозируемая будущая маржа по каждому клиенту.</translation>
    </message>
    <message>
        <source>Days since the last purchase against each customer's usual gap.</source>
        <translation>Дней с последней покупки в сравнении с обычным интервалом каждого клиента.</translation>
    </message>
    <message>
        <source>Revenue − credit notes − cost of goods − direct expenses, per customer.</source>
        <translation>Выручка − корректировочные счета − себестоимость товаров − прямые расходы, по клиентам.</translation>
    </message>
    <message>
        <source>Revenue − credit notes − cost of goods − direct expenses, per product.</source>
        <translation>Выручка − корректировочные счета − себестоимость товаров − прямые расходы, по товарам.</translation>
    </message>
    <message>
        <source>Net sales per {lower}, beside the year before.</source>
        <translation>Продажи без НДС (разбивка: {lower}) в сравнении с предыдущим годом.</translation>
    </message>
    <message>
        <source>Customers registered and first purchases, per month.</source>
        <translation>Зарегистрированные клиенты и первые покупки по месяцам.</translation>
    </message>
    <message>
        <source>Quote outcomes and opportunities by stage.</source>
        <translation>Результаты предложений и возможности по этапам.</translation>
    </message>
    <message>
        <source>Complaints opened and resolved, satisfaction given.</source>
        <translation>Открытые и решённые жалобы, оценки удовлетворённости.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Другой</translation>
    </message>
    <message>
        <source>No rows in this range.</source>
        <translation>Нет строк за этот период.</translation>
    </message>
    <message>
        <source>The first {PDF_MAX_ROWS:,} of {len:,} rows; the CSV export has them all.</source>
        <translation>Первые {PDF_MAX_ROWS:,} из {len:,} строк; в экспорте CSV есть все.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Every row of the report, for a spreadsheet  (Ctrl+Shift+C)</source>
        <translation>Все строки отчёта для электронной таблицы  (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>The chart and the table, to print or send  (Ctrl+Shift+P)</source>
        <translation>Диаграмма и таблица для печати или отправки  (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation>Вычисление отчёта</translation>
    </message>
    <message>
        <source>Export the report to CSV</source>
        <translation>Экспорт отчёта в CSV</translation>
    </message>
    <message>
        <source>Export the report to PDF</source>
        <translation>Экспорт отчёта в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {what}…</source>
        <translation>Запись {what}…</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
    <message>
        <source>Exporting the report to {what}</source>
        <translation>Экспорт отчёта в {what}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Invoices issued</source>
        <translation>Выставлено счетов</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>(no manifest)</source>
        <translation>(нет манифеста)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>issued invoices</source>
        <translation>выставленные счета</translation>
    </message>
    <message>
        <source>{name} was opened read-only because {reason}: nothing can be restored into it</source>
        <translation>{name} открыт только для чтения, потому что {reason}: восстановление в него невозможно</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Проверка {name}…</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {fatal}</source>
        <translation>{name} невозможно восстановить: {fatal}</translation>
    </message>
    <message>
        <source>the restore failed</source>
        <translation>восстановление не удалось</translation>
    </message>
    <message>
        <source>Restored {name}</source>
        <translation>Восстановлено: {name}</translation>
    </message>
    <message>
        <source>; the previous file was kept as {name}</source>
        <translation>; предыдущий файл сохранён как {name}</translation>
    </message>
    <message>
        <source>Reopening after the restore</source>
        <translation>Повторное открытие после восстановления</translation>
    </message>
    <message>
        <source>crmdesk — Restore</source>
        <translation>crmdesk — Восстановление</translation>
    </message>
    <message>
        <source>Put the backup of {describe} in place of {name}?</source>
        <translation>Заменить {name} резервной копией от {describe}?</translation>
    </message>
    <message>
        <source>The backup was checked and is intact. Work saved after it was taken is not in it; the current file is kept as a safety copy in the backup folder, and invoice numbers already issued are never given again.</source>
        <translation>Резервная копия проверена и не повреждена. Данных, сохранённых после её создания, в ней нет; текущий файл сохраняется как страховочная копия в папке резервных копий, а уже выставленные номера счетов никогда не будут выданы повторно.</translation>
    </message>
    <message>
        <source>Credit note for {label}</source>
        <translation>Корректировочный счёт к {label}</translation>
    </message>
    <message>
        <source>The whole invoice (full credit note)</source>
        <translation>Весь счёт (полная корректировка)</translation>
    </message>
    <message>
        <source>Chosen lines and quantities</source>
        <translation>Выбранные строки и количества</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Скорректировать</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Выставлено</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за ед.</translation>
    </message>
    <message>
        <source>Reason (printed on the credit note)</source>
        <translation>Причина (печатается в корректировочном счёте)</translation>
    </message>
    <message>
        <source>Make draft credit note</source>
        <translation>Создать черновик корректировочного счёта</translation>
    </message>
    <message>
        <source>Type to search customers…</source>
        <translation>Введите текст для поиска клиентов…</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Оплачен частично</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истекло</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифицирован</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Предложение отправлено</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Change {replace}</source>
        <translation>Изменить {replace}</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Units of this currency per 1 unit of the base currency</source>
        <translation>Единиц этой валюты за 1 единицу базовой валюты</translation>
    </message>
    <message>
        <source>Net (tax is added)</source>
        <translation>Без налога (налог добавляется)</translation>
    </message>
    <message>
        <source>Gross (tax included)</source>
        <translation>С налогом (налог включён)</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>Unticked: the issue date plus the customer's payment terms</source>
        <translation>Если не отмечено: дата выставления плюс условия оплаты клиента</translation>
    </message>
    <message>
        <source>Notes printed on the document</source>
        <translation>Примечания, печатаемые в документе</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Цены</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действительно до</translation>
    </message>
    <message>
        <source>Enter on the last line</source>
        <translation>Enter в последней строке</translation>
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
        <translation>Выставить…</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <source>New {lower}</source>
        <translation>Новый документ: {lower}</translation>
    </message>
    <message>
        <source>per 1 {base_currency}</source>
        <translation>за 1 {base_currency}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Totals appear when the currency is a valid code.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Итоги появятся, когда будет указан допустимый код валюты.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>this draft invoice</source>
        <translation>этот черновик счёта</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Выставить</translation>
    </message>
    <message>
        <source>Issuing</source>
        <translation>Выставление</translation>
    </message>
    <message>
        <source>Issued — check the computer's clock</source>
        <translation>Выставлено — проверьте часы компьютера</translation>
    </message>
    <message>
        <source>Save the quote before sending it.</source>
        <translation>Сохраните предложение перед отправкой.</translation>
    </message>
    <message>
        <source>This document has changes that are not saved. Discard them?</source>
        <translation>В этом документе есть несохранённые изменения. Отменить их?</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Net&lt;/td&gt;&lt;td align='right'&gt;{money}&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Без налога&lt;/td&gt;&lt;td align='right'&gt;{money}&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Total&lt;/b&gt;&lt;/td&gt;&lt;td align='right'&gt;&lt;b&gt;{money}&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Итого&lt;/b&gt;&lt;/td&gt;&lt;td align='right'&gt;&lt;b&gt;{money}&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;Prices include tax&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Цены включают налог&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing='4' align='right'&gt;{join}&lt;/table&gt;{note}</source>
        <translation>&lt;table cellspacing='4' align='right'&gt;{join}&lt;/table&gt;{note}</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Шапка</translation>
    </message>
    <message>
        <source>Product or description</source>
        <translation>Товар или описание</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Налог, %</translation>
    </message>
    <message>
        <source>Line {value1}: {error}</source>
        <translation>Строка {value1}: {error}</translation>
    </message>
    <message>
        <source>Edit line {value1}</source>
        <translation>Изменить строку {value1}</translation>
    </message>
    <message>
        <source>Add line {value1}</source>
        <translation>Добавить строку {value1}</translation>
    </message>
    <message>
        <source>Remove line {value1}</source>
        <translation>Удалить строку {value1}</translation>
    </message>
    <message>
        <source>Issue {label}?

Issuing is final: the document gets its number and can never be changed again. Corrections are made with a credit note.</source>
        <translation>Выставить {label}?

Выставление окончательно: документ получит номер и больше никогда не сможет быть изменён. Исправления вносятся корректировочным счётом.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Записать платёж…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Корректировочный счёт…</translation>
    </message>
    <message>
        <source>Record reminder…</source>
        <translation>Записать напоминание…</translation>
    </message>
    <message>
        <source>Record the next payment reminder (level 1, 2, 3) in the contact log</source>
        <translation>Записать следующее напоминание об оплате (уровень 1, 2, 3) в журнал контактов</translation>
    </message>
    <message>
        <source>A new draft invoice with this invoice's customer and lines</source>
        <translation>Новый черновик счёта с клиентом и строками этого счёта</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Preview, save or email the PDF (Ctrl+P)</source>
        <translation>Просмотреть, сохранить или отправить PDF по эл. почте (Ctrl+P)</translation>
    </message>
    <message>
        <source>Reminder PDF…</source>
        <translation>PDF напоминания…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tax breakdown&lt;/b&gt;</source>
        <translation>&lt;b&gt;Разбивка по налогам&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recording the payment</source>
        <translation>Запись платежа</translation>
    </message>
    <message>
        <source>Making the credit note</source>
        <translation>Создание корректировочного счёта</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Напоминание об оплате</translation>
    </message>
    <message>
        <source>Recording the reminder</source>
        <translation>Запись напоминания</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp; &lt;b&gt;Corrects:&lt;/b&gt; invoice {escape}</source>
        <translation>&amp;nbsp;&amp;nbsp; &lt;b&gt;Исправляет:&lt;/b&gt; счёт {escape}</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp; &lt;b&gt;Due:&lt;/b&gt; {value1}</source>
        <translation>&amp;nbsp;&amp;nbsp; &lt;b&gt;Срок оплаты:&lt;/b&gt; {value1}</translation>
    </message>
    <message>
        <source> (overpaid {money})</source>
        <translation> (переплата {money})</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Status:&lt;/b&gt; Draft — no number until it is issued</source>
        <translation>&lt;br&gt;&lt;b&gt;Статус:&lt;/b&gt; Черновик — номер присваивается при выставлении</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style='color:#b3261e'&gt;{escape}&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style='color:#b3261e'&gt;{escape}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выставлен</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation>Черновик корректировочного счёта</translation>
    </message>
    <message>
        <source>, reminder {last_reminder_level}</source>
        <translation>, напоминание {last_reminder_level}</translation>
    </message>
    <message>
        <source>{label} ({days_late} d{reminded})</source>
        <translation>{label} ({days_late} дн.{reminded})</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <source>Search number or customer</source>
        <translation>Поиск по номеру или клиенту</translation>
    </message>
    <message>
        <source>Issued between</source>
        <translation>Выставлены в период</translation>
    </message>
    <message>
        <source>Record the next payment reminder (level 1, 2, 3) of the selected overdue invoice in the contact log</source>
        <translation>Записать следующее напоминание об оплате (уровень 1, 2, 3) по выбранному просроченному счёту в журнал контактов</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Новый счёт</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>{count:,} document</source>
        <translation>{count:,} документ</translation>
    </message>
    <message>
        <source>{count:,} documents</source>
        <translation>Документов: {count:,}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Listing invoices</source>
        <translation>Получение списка счетов</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Записать платёж</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Сумма ({currency})</translation>
    </message>
    <message>
        <source>Enter an amount above 0 with at most {digits} decimals</source>
        <translation>Введите сумму больше 0 с не более чем {digits} знаками после запятой</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Drag a card to another stage to move it.</source>
        <translation>Перетащите карточку на другой этап, чтобы переместить её.</translation>
    </message>
    <message>
        <source>Reading the pipeline</source>
        <translation>Чтение воронки продаж</translation>
    </message>
    <message>
        <source>&lt;b&gt;{STAGE_LABELS}&lt;/b&gt; ({len}){amount}</source>
        <translation>&lt;b&gt;{STAGE_LABELS}&lt;/b&gt; ({len}){amount}</translation>
    </message>
    <message>
        <source>Why was this opportunity lost?</source>
        <translation>Почему эта возможность упущена?</translation>
    </message>
    <message>
        <source>Moving the card</source>
        <translation>Перемещение карточки</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Convert to invoice</source>
        <translation>Преобразовать в счёт</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>Новая редакция</translation>
    </message>
    <message>
        <source>Quote {label} sent.</source>
        <translation>Предложение {label} отправлено.</translation>
    </message>
    <message>
        <source>Quote {label} accepted.</source>
        <translation>Предложение {label} принято.</translation>
    </message>
    <message>
        <source>Quote {label} declined.</source>
        <translation>Предложение {label} отклонено.</translation>
    </message>
    <message>
        <source>Draft invoice made from {label}: check it and issue it (Invoices page, Drafts).</source>
        <translation>Из {label} создан черновик счёта: проверьте и выставьте его (страница «Счета», «Черновики»).</translation>
    </message>
    <message>
        <source>New draft revision of {label} made.</source>
        <translation>Создана новая черновая редакция {label}.</translation>
    </message>
    <message>
        <source>(draft {id})</source>
        <translation>(черновик {id})</translation>
    </message>
    <message>
        <source>{number} rev. {revision}</source>
        <translation>{number}, ред. {revision}</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Новое предложение</translation>
    </message>
    <message>
        <source>Listing quotes</source>
        <translation>Получение списка предложений</translation>
    </message>
    <message>
        <source> (the latest)</source>
        <translation> (последняя)</translation>
    </message>
    <message>
        <source>{count:,} quote{more}</source>
        <translation>{count:,} предложение{more}</translation>
    </message>
    <message>
        <source>{count:,} quotes{more}</source>
        <translation>Предложений: {count:,}{more}</translation>
    </message>
    <message>
        <source>Quotes and pipeline</source>
        <translation>Предложения и воронка продаж</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Поиск везде</translation>
    </message>
    <message>
        <source>Customers, emails, phones, contact log, documents, products…</source>
        <translation>Клиенты, эл. почта, телефоны, журнал контактов, документы, товары…</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>Найдено: {count}</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматическое резервное копирование</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>Рядом с базой данных</translation>
    </message>
    <message>
        <source>never while open</source>
        <translation>никогда, пока открыта</translation>
    </message>
    <message>
        <source>Back up when crmdesk closes</source>
        <translation>Создавать резервную копию при закрытии crmdesk</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Каждые</translation>
    </message>
    <message>
        <source>A folder on a USB stick or in a synced folder keeps a copy away from this computer. Backups are checked after writing; 7 daily, 4 weekly and 12 monthly ones are kept.</source>
        <translation>Папка на USB-накопителе или в синхронизируемой папке хранит копию вне этого компьютера. Резервные копии проверяются после записи; хранятся 7 ежедневных, 4 еженедельных и 12 ежемесячных копий.</translation>
    </message>
    <message>
        <source>{value0}  (beside the database)</source>
        <translation>{value0}  (рядом с базой данных)</translation>
    </message>
    <message>
        <source>beside the database, in backups/</source>
        <translation>рядом с базой данных, в backups/</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>Базовая валюта</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Язык документов</translation>
    </message>
    <message>
        <source>Street and number
Postal code and city</source>
        <translation>Улица и номер дома
Почтовый индекс и город</translation>
    </message>
    <message>
        <source>LV80 BANK 0000 4351 9500 1 — printed with a payment QR code</source>
        <translation>LV80 BANK 0000 4351 9500 1 — печатается с QR-кодом для оплаты</translation>
    </message>
    <message>
        <source>en, lv, es, fa, ru, sv…</source>
        <translation>en, lv, es, fa, ru, sv…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Выбрать логотип…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Удалить логотип</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation>Логотип (PNG или JPEG)</translation>
    </message>
    <message>
        <source>Save company details</source>
        <translation>Сохранить данные компании</translation>
    </message>
    <message>
        <source>Reading the company details</source>
        <translation>Чтение данных компании</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Saving the company details</source>
        <translation>Сохранение данных компании</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Выберите логотип</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Setting the logo</source>
        <translation>Установка логотипа</translation>
    </message>
    <message>
        <source>Removing the logo</source>
        <translation>Удаление логотипа</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор из списка</translation>
    </message>
    <message>
        <source>Custom fields of customers</source>
        <translation>Дополнительные поля клиентов</translation>
    </message>
    <message>
        <source>Add field…</source>
        <translation>Добавить поле…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Reading the custom fields</source>
        <translation>Чтение дополнительных полей</translation>
    </message>
    <message>
        <source>   — hidden</source>
        <translation>   — скрыто</translation>
    </message>
    <message>
        <source>key: {key}</source>
        <translation>ключ: {key}</translation>
    </message>
    <message>
        <source>No custom fields yet. Add one, e.g. 'Shoe size' (number).</source>
        <translation>Дополнительных полей пока нет. Добавьте, например, «Размер обуви» (число).</translation>
    </message>
    <message>
        <source>Changing the custom field</source>
        <translation>Изменение дополнительного поля</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>Новое дополнительное поле</translation>
    </message>
    <message>
        <source>e.g. Favourite colour</source>
        <translation>например: Любимый цвет</translation>
    </message>
    <message>
        <source>comma-separated, e.g. red, green, blue</source>
        <translation>через запятую, например: красный, зелёный, синий</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>Adding the custom field</source>
        <translation>Добавление дополнительного поля</translation>
    </message>
    <message>
        <source>Language of crmdesk</source>
        <translation>Язык crmdesk</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Перезапустить сейчас</translation>
    </message>
    <message>
        <source>Documents are printed in each customer's own language, set on the customer.</source>
        <translation>Документы печатаются на языке каждого клиента, указанном в его карточке.</translation>
    </message>
    <message>
        <source>crmdesk uses the new language from its next start.</source>
        <translation>crmdesk будет использовать новый язык после следующего запуска.</translation>
    </message>
    <message>
        <source>Rates change: check them with your accountant.</source>
        <translation>Ставки меняются: уточняйте их у своего бухгалтера.</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Ставки налогов</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Add rate…</source>
        <translation>Добавить ставку…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Add this country's rates</source>
        <translation>Добавить ставки этой страны</translation>
    </message>
    <message>
        <source>Reading the tax rates</source>
        <translation>Чтение ставок налогов</translation>
    </message>
    <message>
        <source>Adding the tax rates</source>
        <translation>Добавление ставок налогов</translation>
    </message>
    <message>
        <source>Saving the tax rate</source>
        <translation>Сохранение ставки налога</translation>
    </message>
    <message>
        <source>New tax rate</source>
        <translation>Новая ставка налога</translation>
    </message>
    <message>
        <source>Default for new products and lines</source>
        <translation>По умолчанию для новых товаров и строк</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Ставка (%)</translation>
    </message>
    <message>
        <source>Enter a percent from 0 to 100.</source>
        <translation>Введите процент от 0 до 100.</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>Номера документов</translation>
    </message>
    <message>
        <source>Reading the number patterns</source>
        <translation>Чтение шаблонов номеров</translation>
    </message>
    <message>
        <source>next: {example}</source>
        <translation>следующий: {example}</translation>
    </message>
    <message>
        <source>Saving the number pattern</source>
        <translation>Сохранение шаблона номера</translation>
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
        <translation>Добро пожаловать в crmdesk</translation>
    </message>
    <message>
        <source>Your customers, quotes, invoices and stock, in one file on this computer.</source>
        <translation>Ваши клиенты, предложения, счета и склад — в одном файле на этом компьютере.</translation>
    </message>
    <message>
        <source>Set up my business (about two minutes)</source>
        <translation>Настроить мой бизнес (около двух минут)</translation>
    </message>
    <message>
        <source>Look around with demo data first ({demo_customers:,} made-up customers, three years of history)</source>
        <translation>Сначала осмотреться на демонстрационных данных ({demo_customers:,} вымышленных клиентов, история за три года)</translation>
    </message>
    <message>
        <source>Demo data goes into this database file; start for real later with File ▸ New database.</source>
        <translation>Демонстрационные данные записываются в этот файл базы данных; начать работу по-настоящему можно позже через «Файл ▸ Новая база данных».</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Ваш бизнес</translation>
    </message>
    <message>
        <source>As it should appear on quotes and invoices. The IBAN adds a payment QR code.</source>
        <translation>Как это должно выглядеть в предложениях и счетах. IBAN добавляет QR-код для оплаты.</translation>
    </message>
    <message>
        <source>Country, taxes and invoice numbers</source>
        <translation>Страна, налоги и номера счетов</translation>
    </message>
    <message>
        <source>Rates change: check them with your accountant. Everything here is editable in Settings.</source>
        <translation>Ставки меняются: уточняйте их у своего бухгалтера. Всё здесь можно изменить в настройках.</translation>
    </message>
    <message>
        <source>Another country (add tax rates in Settings)</source>
        <translation>Другая страна (добавьте ставки налогов в настройках)</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Номера счетов</translation>
    </message>
    <message>
        <source>No preset: add your rates in Settings ▸ Taxes and numbers.</source>
        <translation>Нет готовых ставок: добавьте свои ставки в «Настройки ▸ Налоги и номера».</translation>
    </message>
    <message>
        <source>The first invoice will be number {first}.</source>
        <translation>Первый счёт получит номер {first}.</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Где хранятся ваши данные</translation>
    </message>
    <message>
        <source>One file holds everything; verified backups are written automatically.</source>
        <translation>Всё хранится в одном файле; проверенные резервные копии создаются автоматически.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>To keep the database elsewhere (e.g. a synced folder), use File ▸ New database later.</source>
        <translation>Чтобы хранить базу данных в другом месте (например, в синхронизируемой папке), позже используйте «Файл ▸ Новая база данных».</translation>
    </message>
    <message>
        <source>Set up crmdesk</source>
        <translation>Настроить crmdesk</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Восстановить по умолчанию</translation>
    </message>
    <message>
        <source>Email texts per language</source>
        <translation>Тексты писем для каждого языка</translation>
    </message>
    <message>
        <source>Placeholders you can use: {names}</source>
        <translation>Доступные подстановки: {names}</translation>
    </message>
    <message>
        <source>Warn and allow it</source>
        <translation>Предупредить и разрешить</translation>
    </message>
    <message>
        <source>Refuse the movement</source>
        <translation>Отклонить движение</translation>
    </message>
    <message>
        <source>When stock would go below zero:</source>
        <translation>Если остаток станет меньше нуля:</translation>
    </message>
</context>
</TS>