<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv">
<context>
    <name />
    <message>
        <source>{value0:,.1f} M</source>
        <translation>{value0:,.1f} milj.</translation>
    </message>
    <message>
        <source>{value0:,.0f} k</source>
        <translation>{value0:,.0f} tūkst.</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Sērija</translation>
    </message>
    <message>
        <source>{name} is damaged: looking for a good backup…</source>
        <translation>{name} ir bojāts: meklē derīgu rezerves kopiju…</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>Atjauno {name}…</translation>
    </message>
    <message>
        <source>Open a crmdesk database</source>
        <translation>Atvērt crmdesk datubāzi</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>Atver {path}…</translation>
    </message>
    <message>
        <source>{APP_NAME} — cannot open the database</source>
        <translation>{APP_NAME} — nevar atvērt datubāzi</translation>
    </message>
    <message>
        <source>crmdesk cannot open {name}.</source>
        <translation>crmdesk nevar atvērt {name}.</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Atvērt citu failu…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <source>Backups go to {folder}. Use File ▸ Backup now.</source>
        <translation>Rezerves kopijas tiek saglabātas mapē {folder}. Izmantojiet Fails ▸ Veidot rezerves kopiju tagad.</translation>
    </message>
    <message>
        <source>Backup: {age}</source>
        <translation>Rezerves kopija: {age}</translation>
    </message>
    <message>
        <source>Last backup {last_taken_at:%Y-%m-%d %H:%M} UTC in {folder}</source>
        <translation>Pēdējā rezerves kopija {last_taken_at:%Y-%m-%d %H:%M} UTC mapē {folder}</translation>
    </message>
    <message>
        <source>Read-only: no backups</source>
        <translation>Tikai lasāms: nav rezerves kopiju</translation>
    </message>
    <message>
        <source>The file was opened read-only; crmdesk takes no backups of it.</source>
        <translation>Fails tika atvērts tikai lasīšanai; crmdesk neveido tā rezerves kopijas.</translation>
    </message>
    <message>
        <source>⚠ no backup yet</source>
        <translation>⚠ vēl nav rezerves kopijas</translation>
    </message>
    <message>
        <source>⚠ last backup {days} days ago</source>
        <translation>⚠ pēdējā rezerves kopija pirms {days} dienām</translation>
    </message>
    <message>
        <source>⚠ last backup {hours} hours ago</source>
        <translation>⚠ pēdējā rezerves kopija pirms {hours} stundām</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>vēl nav</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>tikko</translation>
    </message>
    <message>
        <source>{value0} min ago</source>
        <translation>pirms {value0} min</translation>
    </message>
    <message>
        <source>{value0} h ago</source>
        <translation>pirms {value0} h</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Veido rezerves kopiju…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Rezerves kopija saglabāta: {path}</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Rezerves kopija</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Pirms aizvēršanas veido rezerves kopiju…</translation>
    </message>
    <message>
        <source>on close</source>
        <translation>aizverot</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klients</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temats</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Turpmākā darbība</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>Atvērta sūdzība</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Atrisināta</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Kontaktu žurnāls</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Visi veidi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Līdz</translation>
    </message>
    <message>
        <source>Open complaints only</source>
        <translation>Tikai atvērtās sūdzības</translation>
    </message>
    <message>
        <source>Resolve complaint…</source>
        <translation>Atrisināt sūdzību…</translation>
    </message>
    <message>
        <source>{count:,} entry</source>
        <translation>{count:,} ieraksts</translation>
    </message>
    <message>
        <source>{count:,} entries</source>
        <translation>Ieraksti: {count:,}</translation>
    </message>
    <message>
        <source>Reading the contact log</source>
        <translation>Lasa kontaktu žurnālu</translation>
    </message>
    <message>
        <source>Resolve complaint</source>
        <translation>Atrisināt sūdzību</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>Kā tā tika atrisināta?</translation>
    </message>
    <message>
        <source>Resolving the complaint</source>
        <translation>Atrisina sūdzību</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Izpildīts</translation>
    </message>
    <message>
        <source>Snooze to tomorrow</source>
        <translation>Atlikt līdz rītdienai</translation>
    </message>
    <message>
        <source>Snooze a week</source>
        <translation>Atlikt uz nedēļu</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Atsaukt</translation>
    </message>
    <message>
        <source>Undo the last Done or Snooze (Ctrl+Z)</source>
        <translation>Atsaukt pēdējo “Izpildīts” vai “Atlikt” (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Reading today's follow-ups</source>
        <translation>Lasa šodienas turpmākās darbības</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Šodien nekas nav jādara.</translation>
    </message>
    <message>
        <source>Today — {count} follow-up due</source>
        <translation>Šodien — jāveic {count} turpmākā darbība</translation>
    </message>
    <message>
        <source>Today — {count} follow-ups due</source>
        <translation>Šodien — jāveic turpmākās darbības: {count}</translation>
    </message>
    <message>
        <source>Undo {value1}</source>
        <translation>Atsaukt: {value1}</translation>
    </message>
    <message>
        <source>Marking done</source>
        <translation>Atzīmē kā izpildītu</translation>
    </message>
    <message>
        <source>Snoozing</source>
        <translation>Atliek</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Atlikt</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>Atsauc</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Pievienot…</translation>
    </message>
    <message>
        <source>Attach files to this customer (or drop them on the list)</source>
        <translation>Pievienot failus šim klientam (vai ievelciet tos sarakstā)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Saglabāt kā…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <source>Listing the attachments</source>
        <translation>Ielādē pielikumu sarakstu</translation>
    </message>
    <message>
        <source>  · from the contact log</source>
        <translation>  · no kontaktu žurnāla</translation>
    </message>
    <message>
        <source>{filename}
{mime_type}, {size:,} bytes</source>
        <translation>{filename}
{mime_type}, {size:,} baiti</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Pievienot failus</translation>
    </message>
    <message>
        <source>Attaching {name}</source>
        <translation>Pievieno {name}</translation>
    </message>
    <message>
        <source>Opening the attachment</source>
        <translation>Atver pielikumu</translation>
    </message>
    <message>
        <source>Reading the attachment</source>
        <translation>Lasa pielikumu</translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation>Saglabāt pielikumu kā</translation>
    </message>
    <message>
        <source>Saving {name}</source>
        <translation>Saglabā {name}</translation>
    </message>
    <message>
        <source>Remove attachment?</source>
        <translation>Noņemt pielikumu?</translation>
    </message>
    <message>
        <source>Remove {name}? It is deleted from the database file (backups keep their copy).</source>
        <translation>Noņemt {name}? Tas tiks izdzēsts no datubāzes faila (rezerves kopijās tā kopija saglabāsies).</translation>
    </message>
    <message>
        <source>Removing {name}</source>
        <translation>Noņem {name}</translation>
    </message>
    <message>
        <source>Customer — {name}</source>
        <translation>Klients — {name}</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Jauns klients</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Vispārīgi</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adreses</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersonas</translation>
    </message>
    <message>
        <source>Notes and custom fields</source>
        <translation>Piezīmes un pielāgotie lauki</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Privātpersona</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Uzņēmums</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Pievienot e-pastu</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-pasti</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Pievienot tālruni</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Tālruņi</translation>
    </message>
    <message>
        <source>VAT / tax id</source>
        <translation>PVN / nodokļu maksātāja nr.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valūta</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Apmaksas noteikumi</translation>
    </message>
    <message>
        <source>comma-separated, e.g. wholesale, vip</source>
        <translation>atdalīti ar komatu, piem., vairumtirdzniecība, vip</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Birkas</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Norēķinu adrese</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Piegādes adrese</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>GGGG-MM-DD</translation>
    </message>
    <message>
        <source>Enter the contact person's name.</source>
        <translation>Ievadiet kontaktpersonas vārdu.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Atmest izmaiņas?</translation>
    </message>
    <message>
        <source>This customer has changes that are not saved. Discard them?</source>
        <translation>Šim klientam ir nesaglabātas izmaiņas. Vai tās atmest?</translation>
    </message>
    <message>
        <source>Saving the customer</source>
        <translation>Saglabā klientu</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Iela</translation>
    </message>
    <message>
        <source>Line 2</source>
        <translation>2. rinda</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Pasta indekss</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Reģions</translation>
    </message>
    <message>
        <source>Country (LV, SE…)</source>
        <translation>Valsts (LV, SE…)</translation>
    </message>
    <message>
        <source>Edit {key}</source>
        <translation>Rediģēt: {key}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Add contact person</source>
        <translation>Pievienot kontaktpersonu</translation>
    </message>
    <message>
        <source>Contact person {value1}</source>
        <translation>Kontaktpersona {value1}</translation>
    </message>
    <message>
        <source>Enter the customer's name.</source>
        <translation>Ievadiet klienta nosaukumu.</translation>
    </message>
    <message>
        <source>{text!r} is not a country code (e.g. LV, SE).</source>
        <translation>{text!r} nav valsts kods (piem., LV, SE).</translation>
    </message>
    <message>
        <source>{text!r} is not a language code (e.g. en, lv, fa).</source>
        <translation>{text!r} nav valodas kods (piem., en, lv, fa).</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktīvie</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>Aktīvie un arhivētie</translation>
    </message>
    <message>
        <source>Archived only</source>
        <translation>Tikai arhivētie</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Zvans</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Tikšanās</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>RFM segments (computed over the whole history) and saved filters</source>
        <translation>RFM segmenti (aprēķināti par visu vēsturi) un saglabātie filtri</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Save filters as segment…</source>
        <translation>Saglabāt filtrus kā segmentu…</translation>
    </message>
    <message>
        <source>Delete this saved segment</source>
        <translation>Dzēst šo saglabāto segmentu</translation>
    </message>
    <message>
        <source>Log campaign…</source>
        <translation>Reģistrēt kampaņu…</translation>
    </message>
    <message>
        <source>Record one interaction on every customer of the current segment</source>
        <translation>Reģistrēt vienu mijiedarbību katram pašreizējā segmenta klientam</translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>Eksportēt kontaktus…</translation>
    </message>
    <message>
        <source>Any city</source>
        <translation>Jebkura pilsēta</translation>
    </message>
    <message>
        <source>Only customers with a complaint that is not resolved yet</source>
        <translation>Tikai klienti ar vēl neatrisinātu sūdzību</translation>
    </message>
    <message>
        <source>Overdue follow-up</source>
        <translation>Nokavēta turpmākā darbība</translation>
    </message>
    <message>
        <source>Only customers with a follow-up that was due before now and is not done</source>
        <translation>Tikai klienti ar turpmāko darbību, kuras termiņš jau pagājis un kura nav izpildīta</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Notīrīt filtrus</translation>
    </message>
    <message>
        <source>Show every active customer again</source>
        <translation>Atkal rādīt visus aktīvos klientus</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gments:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Birka</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jebkura birka</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Jebkura valsts</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Jebkurš segments</translation>
    </message>
    <message>
        <source>the current filters</source>
        <translation>pašreizējie filtri</translation>
    </message>
    <message>
        <source>Reading the saved segments</source>
        <translation>Lasa saglabātos segmentus</translation>
    </message>
    <message>
        <source>Saving the segment</source>
        <translation>Saglabā segmentu</translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation>Saglabāt kā segmentu</translation>
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation>Segmenta nosaukums:</translation>
    </message>
    <message>
        <source>Deleting the segment</source>
        <translation>Dzēš segmentu</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Dzēst segmentu</translation>
    </message>
    <message>
        <source>Delete the saved segment “{name}”? The customers stay as they are.</source>
        <translation>Dzēst saglabāto segmentu “{name}”? Klienti paliks nemainīti.</translation>
    </message>
    <message>
        <source>Logging the campaign</source>
        <translation>Reģistrē kampaņu</translation>
    </message>
    <message>
        <source>Counting the segment</source>
        <translation>Skaita segmentu</translation>
    </message>
    <message>
        <source>Exporting the contacts</source>
        <translation>Eksportē kontaktus</translation>
    </message>
    <message>
        <source>Export the segment's contacts</source>
        <translation>Eksportēt segmenta kontaktus</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV faili (*.csv)</translation>
    </message>
    <message>
        <source>Log campaign</source>
        <translation>Reģistrēt kampaņu</translation>
    </message>
    <message>
        <source>e.g. Spring offer sent</source>
        <translation>piem., Nosūtīts pavasara piedāvājums</translation>
    </message>
    <message>
        <source>Counting the customers…</source>
        <translation>Skaita klientus…</translation>
    </message>
    <message>
        <source>Segment: &lt;b&gt;{escape}&lt;/b&gt;</source>
        <translation>Segments: &lt;b&gt;{escape}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Temats:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Diena:</translation>
    </message>
    <message>
        <source>One entry will be logged on {count:,} customer.</source>
        <translation>Viens ieraksts tiks reģistrēts {count:,} klientam.</translation>
    </message>
    <message>
        <source>One entry will be logged on each of {count:,} customers.</source>
        <translation>Katram no {count:,} klientiem tiks reģistrēts viens ieraksts.</translation>
    </message>
    <message>
        <source>Write what was sent (the subject).</source>
        <translation>Ierakstiet, kas tika nosūtīts (temats).</translation>
    </message>
    <message>
        <source>Log “{subject}” on {value3:,} customers of {name}?</source>
        <translation>Reģistrēt “{subject}” {value3:,} klientiem (atlase: {name})?</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Sūdzība</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Atsauksme</translation>
    </message>
    <message>
        <source>Log an interaction — {customer_name}</source>
        <translation>Reģistrēt mijiedarbību — {customer_name}</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Turpmākā darbība</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Apmierinātība (1–5)</translation>
    </message>
    <message>
        <source>Logging the interaction</source>
        <translation>Reģistrē mijiedarbību</translation>
    </message>
    <message>
        <source>Archive {len} customers</source>
        <translation>Arhivēt {len} klientus</translation>
    </message>
    <message>
        <source>Unarchiving</source>
        <translation>Atceļ arhivēšanu</translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation>Arhivē</translation>
    </message>
    <message>
        <source>Unarchive {len} customers</source>
        <translation>Atcelt {len} klientu arhivēšanu</translation>
    </message>
    <message>
        <source>Tag {len} customers “{tag}”</source>
        <translation>Piešķirt {len} klientiem birku “{tag}”</translation>
    </message>
    <message>
        <source>Untagging</source>
        <translation>Noņem birku</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Piešķir birku</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Jauns klients…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arhivēt</translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>At&amp;celt arhivēšanu</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Birka…</translation>
    </message>
    <message>
        <source>E&amp;xport selected…</source>
        <translation>E&amp;ksportēt atlasītos…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Atrast &amp;dublikātus…</translation>
    </message>
    <message>
        <source>Export personal &amp;data…</source>
        <translation>Eksportēt personas &amp;datus…</translation>
    </message>
    <message>
        <source>&amp;Erase personal data…</source>
        <translation>Dzēst &amp;personas datus…</translation>
    </message>
    <message>
        <source>Opening the customer</source>
        <translation>Atver klientu</translation>
    </message>
    <message>
        <source>Tag customers</source>
        <translation>Piešķirt klientiem birku</translation>
    </message>
    <message>
        <source>Tag for {len} customers:</source>
        <translation>Birka {len} klientiem:</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Eksportēt klientus</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv);;vCard (*.vcf)</source>
        <translation>Excel darbgrāmata (*.xlsx);;CSV izklājlapām (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportēt</translation>
    </message>
    <message>
        <source>{rows} customers exported to {name}</source>
        <translation>{rows} klienti eksportēti uz {name}</translation>
    </message>
    <message>
        <source>Select one customer to export their personal data.</source>
        <translation>Atlasiet vienu klientu, lai eksportētu viņa personas datus.</translation>
    </message>
    <message>
        <source>Folder for the personal data export</source>
        <translation>Mape personas datu eksportam</translation>
    </message>
    <message>
        <source>Personal data export</source>
        <translation>Personas datu eksports</translation>
    </message>
    <message>
        <source>Personal data written to {path}</source>
        <translation>Personas dati ierakstīti: {path}</translation>
    </message>
    <message>
        <source>Select one customer to erase their personal data.</source>
        <translation>Atlasiet vienu klientu, lai dzēstu viņa personas datus.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Dzēst personas datus</translation>
    </message>
    <message>
        <source>Erasing personal data</source>
        <translation>Dzēš personas datus</translation>
    </message>
    <message>
        <source>Balance owed</source>
        <translation>Parāds</translation>
    </message>
    <message>
        <source>Lifetime revenue</source>
        <translation>Kopējie ieņēmumi</translation>
    </message>
    <message>
        <source>Lifetime margin</source>
        <translation>Kopējā peļņa</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pasūtījumi</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Pēdējais pirkums</translation>
    </message>
    <message>
        <source>Days between purchases</source>
        <translation>Dienas starp pirkumiem</translation>
    </message>
    <message>
        <source>Open quotes</source>
        <translation>Atvērtie piedāvājumi</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Atvērtās sūdzības</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nākamā turpmākā darbība</translation>
    </message>
    <message>
        <source>Select a customer</source>
        <translation>Atlasiet klientu</translation>
    </message>
    <message>
        <source>Products often bought by customers who bought what this customer bought</source>
        <translation>Preces, ko bieži pērk klienti, kuri pirka to pašu, ko šis klients</translation>
    </message>
    <message>
        <source>Suggested next</source>
        <translation>Ieteicamās preces</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Hronoloģija</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pielikumi</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>Pielikumi ({count})</translation>
    </message>
    <message>
        <source>Reading the customer</source>
        <translation>Lasa klientu</translation>
    </message>
    <message>
        <source>{text}  ({overdue} overdue)</source>
        <translation>{text}  ({overdue} nokavētas)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Piedāvājums</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rēķins</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Maksājums</translation>
    </message>
    <message>
        <source>crmdesk databases (*{DATABASE_SUFFIX} *.db);;All files (*)</source>
        <translation>crmdesk datubāzes (*{DATABASE_SUFFIX} *.db);;Visi faili (*)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Jauna datubāze…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Atvērt…</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>&amp;Veidot rezerves kopiju tagad</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Atjau&amp;not…</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>Rezerves kopiju &amp;mape…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Atvērt &amp;nesenos</translation>
    </message>
    <message>
        <source>New crmdesk database</source>
        <translation>Jauna crmdesk datubāze</translation>
    </message>
    <message>
        <source>crmdesk — New database</source>
        <translation>crmdesk — Jauna datubāze</translation>
    </message>
    <message>
        <source>No other recent files</source>
        <translation>Nav citu nesen atvērtu failu</translation>
    </message>
    <message>
        <source>{name} is already open.</source>
        <translation>{name} jau ir atvērts.</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Atvērts {path}</translation>
    </message>
    <message>
        <source> (upgraded; the old version was saved to {backup})</source>
        <translation> (atjaunināts; vecā versija saglabāta kā {backup})</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>Atver {name}</translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation>Rezerves kopēšana jau notiek.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Rezerves kopiju mape</translation>
    </message>
    <message>
        <source>Backups now go to {folder}</source>
        <translation>Rezerves kopijas tagad tiek saglabātas mapē {folder}</translation>
    </message>
    <message>
        <source>crmdesk — the database is damaged</source>
        <translation>crmdesk — datubāze ir bojāta</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be opened.</source>
        <translation>{name} ir bojāts, un to nevar atvērt.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Atjaunot no šīs rezerves kopijas</translation>
    </message>
    <message>
        <source>{stem} — preview</source>
        <translation>{stem} — priekšskatījums</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Lappuse</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Atvērt mapi</translation>
    </message>
    <message>
        <source>Email draft</source>
        <translation>E-pasta melnraksts</translation>
    </message>
    <message>
        <source>Write an email with the PDF attached and open it in your mail program</source>
        <translation>Sagatavot e-pastu ar pievienotu PDF un atvērt to jūsu pasta programmā</translation>
    </message>
    <message>
        <source>Send via SMTP…</source>
        <translation>Sūtīt caur SMTP…</translation>
    </message>
    <message>
        <source>Send the email now through the mail server set in Settings</source>
        <translation>Sūtīt e-pastu tagad caur iestatījumos norādīto pasta serveri</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Tālināt (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Tuvināt (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ietilpināt platumā</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>Iepriekšējā lappuse (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>Nākamā lappuse (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source> of {page_count} </source>
        <translation> no {page_count} </translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Saglabāt PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Saglabā {name}…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Saglabāt kā</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saglabāts: {path}</translation>
    </message>
    <message>
        <source>Writing the email draft…</source>
        <translation>Raksta e-pasta melnrakstu…</translation>
    </message>
    <message>
        <source>Email draft to {to} written to {path}</source>
        <translation>E-pasta melnraksts adresātam {to} ierakstīts: {path}</translation>
    </message>
    <message>
        <source>No mail program opened the draft; it is at {path}</source>
        <translation>Neviena pasta programma neatvēra melnrakstu; tas atrodas šeit: {path}</translation>
    </message>
    <message>
        <source>Sending the email…</source>
        <translation>Sūta e-pastu…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sūta</translation>
    </message>
    <message>
        <source>Sent to {to} through {server}</source>
        <translation>Nosūtīts adresātam {to} caur {server}</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nav nosūtīts.</translation>
    </message>
    <message>
        <source>{doing} failed.</source>
        <translation>{doing} neizdevās.</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (ports 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (ports 465)</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Nav (nešifrēts)</translation>
    </message>
    <message>
        <source>stored in the system keyring — type to replace</source>
        <translation>glabājas sistēmas atslēgu glabātavā — rakstiet, lai aizstātu</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in the database</source>
        <translation>glabājas sistēmas atslēgu glabātavā, nekad datubāzē</translation>
    </message>
    <message>
        <source>usually your email address</source>
        <translation>parasti jūsu e-pasta adrese</translation>
    </message>
    <message>
        <source>Your Company &lt;office@example.com&gt;</source>
        <translation>Jūsu Uzņēmums &lt;office@example.com&gt;</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Sūtīt testa e-pastu</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Pasta serveris</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Drošība</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Sender (From)</source>
        <translation>Sūtītājs (No)</translation>
    </message>
    <message>
        <source>Reading the mail settings</source>
        <translation>Lasa pasta iestatījumus</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saglabā…</translation>
    </message>
    <message>
        <source>Saving the mail settings</source>
        <translation>Saglabā pasta iestatījumus</translation>
    </message>
    <message>
        <source>Saved. Emails go out through {host}:{port}.</source>
        <translation>Saglabāts. E-pasti tiek sūtīti caur {host}:{port}.</translation>
    </message>
    <message>
        <source>Sending a test email through {value1}…</source>
        <translation>Sūta testa e-pastu caur {value1}…</translation>
    </message>
    <message>
        <source>Test email</source>
        <translation>Testa e-pasts</translation>
    </message>
    <message>
        <source>Test email sent to {to}. Check that it arrived.</source>
        <translation>Testa e-pasts nosūtīts adresātam {to}. Pārbaudiet, vai tas ir saņemts.</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Atrast dublikātus</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Meklē dublikātus…</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Iespējamais dublikāts</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kāpēc</translation>
    </message>
    <message>
        <source>&amp;Compare and merge…</source>
        <translation>&amp;Salīdzināt un apvienot…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atsvaidzināt</translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translation>Meklē dublikātus</translation>
    </message>
    <message>
        <source>{len} possible duplicate pair(s), most likely first. Open one to compare and merge.</source>
        <translation>{len} iespējamie dublikātu pāri, visticamākie vispirms. Atveriet kādu, lai salīdzinātu un apvienotu.</translation>
    </message>
    <message>
        <source>No likely duplicates among the active customers.</source>
        <translation>Starp aktīvajiem klientiem nav iespējamu dublikātu.</translation>
    </message>
    <message>
        <source>contact-log entry</source>
        <translation>kontaktu žurnāla ieraksts</translation>
    </message>
    <message>
        <source>contact-log entries</source>
        <translation>kontaktu žurnāla ieraksti</translation>
    </message>
    <message>
        <source>draft invoice</source>
        <translation>rēķina melnraksts</translation>
    </message>
    <message>
        <source>draft invoices</source>
        <translation>rēķinu melnraksti</translation>
    </message>
    <message>
        <source>delivery note</source>
        <translation>pavadzīme</translation>
    </message>
    <message>
        <source>delivery notes</source>
        <translation>pavadzīmes</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>kontaktpersona</translation>
    </message>
    <message>
        <source>contact persons</source>
        <translation>kontaktpersonas</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>e-pasta adrese</translation>
    </message>
    <message>
        <source>email addresses</source>
        <translation>e-pasta adreses</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>tālruņa numurs</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>tālruņa numuri</translation>
    </message>
    <message>
        <source>Moves to the kept customer: </source>
        <translation>Uz saglabāto klientu tiks pārvietots: </translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>nekas cits</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Apvienot klientus</translation>
    </message>
    <message>
        <source>S&amp;wap sides</source>
        <translation>Sa&amp;mainīt puses</translation>
    </message>
    <message>
        <source>Keep the right-hand customer instead</source>
        <translation>Saglabāt labās puses klientu</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Apvienot</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Atsaukt apvienošanu</translation>
    </message>
    <message>
        <source>Put both customers back as they were (Ctrl+Z)</source>
        <translation>Atjaunot abus klientus, kādi tie bija (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Comparing the customers</source>
        <translation>Salīdzina klientus</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <source>Kept #{survivor_id}</source>
        <translation>Saglabāts #{survivor_id}</translation>
    </message>
    <message>
        <source>Merged #{duplicate_id}</source>
        <translation>Apvienots #{duplicate_id}</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Apvieno…</translation>
    </message>
    <message>
        <source>Merged: {moved} record(s) moved to #{survivor_id}. Undo puts everything back.</source>
        <translation>Apvienots: {moved} ieraksti pārvietoti uz #{survivor_id}. Atsaukšana visu atjauno.</translation>
    </message>
    <message>
        <source>Undoing the merge…</source>
        <translation>Atsauc apvienošanu…</translation>
    </message>
    <message>
        <source>The merge was undone: both customers are back as they were.</source>
        <translation>Apvienošana atsaukta: abi klienti ir atjaunoti, kādi tie bija.</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Apvieno</translation>
    </message>
    <message>
        <source>{APP_TITLE} — {doing} failed</source>
        <translation>{APP_TITLE} — {doing} neizdevās</translation>
    </message>
    <message>
        <source>{APP_TITLE} — unexpected error</source>
        <translation>{APP_TITLE} — negaidīta kļūda</translation>
    </message>
    <message>
        <source>Something went wrong that crmdesk did not expect. The action may not have been completed; what was saved before stays saved.</source>
        <translation>Notika kaut kas, ko crmdesk negaidīja. Darbība, iespējams, netika pabeigta; tas, kas tika saglabāts iepriekš, paliek saglabāts.</translation>
    </message>
    <message>
        <source>{name__}: {error}

The details below are also in crmdesk's log file.</source>
        <translation>{name__}: {error}

Sīkāka informācija ir arī crmdesk žurnālfailā.</translation>
    </message>
    <message>
        <source>The action failed.</source>
        <translation>Darbība neizdevās.</translation>
    </message>
    <message>
        <source>Set up for {name}. Change anything in Settings.</source>
        <translation>Iestatīts uzņēmumam {name}. Jebko var mainīt iestatījumos.</translation>
    </message>
    <message>
        <source>Saving the setup</source>
        <translation>Saglabā iestatījumus</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Veido demonstrācijas datus…</translation>
    </message>
    <message>
        <source>Creating demo data: {step}…</source>
        <translation>Veido demonstrācijas datus: {step}…</translation>
    </message>
    <message>
        <source>Demo data added: {customers:,} customers.</source>
        <translation>Demonstrācijas dati pievienoti: {customers:,} klienti.</translation>
    </message>
    <message>
        <source>Creating demo data</source>
        <translation>Veido demonstrācijas datus</translation>
    </message>
    <message>
        <source>SQLAlchemy</source>
        <translation>SQLAlchemy</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Īsinājumtaustiņi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taustiņi</translation>
    </message>
    <message>
        <source>In tables: Enter opens the selected row. In editors: Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>Tabulās: Enter atver atlasīto rindu. Redaktoros: Ctrl+Z atsauc, Ctrl+Shift+Z atkārto.</translation>
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
        <translation>Datubāze</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datu mape</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Žurnāli</translation>
    </message>
    <message>
        <source>Customer files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>Klientu faili (*.csv *.tsv *.txt *.xlsx *.vcf);;Visi faili (*)</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorēt —</translation>
    </message>
    <message>
        <source>Skip them (keep the customer as it is)</source>
        <translation>Izlaist tos (klientu atstāt nemainītu)</translation>
    </message>
    <message>
        <source>Merge into the existing customer (fill empty fields, add emails, phones, tags)</source>
        <translation>Apvienot ar esošo klientu (aizpildīt tukšos laukus, pievienot e-pastus, tālruņus, birkas)</translation>
    </message>
    <message>
        <source>Create them as new customers anyway</source>
        <translation>Tomēr izveidot tos kā jaunus klientus</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importēt klientus</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lasa failu…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Pārbauda rindas…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importēt</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Izvēlieties failu</translation>
    </message>
    <message>
        <source>CSV or text (any encoding, comma, semicolon or tab), Excel .xlsx, or vCard .vcf.</source>
        <translation>CSV vai teksts (jebkurš kodējums, komats, semikols vai tabulācija), Excel .xlsx vai vCard .vcf.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Importējamais fails</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pārlūkot…</translation>
    </message>
    <message>
        <source>header in row {header_row}</source>
        <translation>galvene rindā {header_row}</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Kolonnu sasaiste</translation>
    </message>
    <message>
        <source>crmdesk recognised what it could; choose a field for the others or leave them ignored.</source>
        <translation>crmdesk atpazina, ko varēja; pārējām izvēlieties lauku vai atstājiet tās ignorētas.</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Saglabāt sasaisti…</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>Saglabātās sasaistes:</translation>
    </message>
    <message>
        <source>(the recognised mapping)</source>
        <translation>(atpazītā sasaiste)</translation>
    </message>
    <message>
        <source>(none saved yet)</source>
        <translation>(vēl nav saglabātu)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Saglabāt sasaisti</translation>
    </message>
    <message>
        <source>Name for this column mapping:</source>
        <translation>Šīs kolonnu sasaistes nosaukums:</translation>
    </message>
    <message>
        <source>Saving the mapping</source>
        <translation>Saglabā sasaisti</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Rindu pārbaude</translation>
    </message>
    <message>
        <source>Rows with a problem are left out; rows that look like a customer you have wait for your choice.</source>
        <translation>Rindas ar problēmām tiek izlaistas; rindas, kas atgādina esošu klientu, gaida jūsu izvēli.</translation>
    </message>
    <message>
        <source>&amp;Import the valid rows</source>
        <translation>&amp;Importēt derīgās rindas</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rinda</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonna</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Saglabāt &amp;pārskatu…</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Atgādina</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Jo</translation>
    </message>
    <message>
        <source>Rows left out:</source>
        <translation>Izlaistās rindas:</translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>Visas rindas ir derīgas.</translation>
    </message>
    <message>
        <source>{customer_name} (customer {customer_id})</source>
        <translation>{customer_name} (klients {customer_id})</translation>
    </message>
    <message>
        <source>row {earlier_row} of this file</source>
        <translation>šī faila {earlier_row}. rinda</translation>
    </message>
    <message>
        <source>{rows} looks like a customer you already have (or an earlier row):</source>
        <translation>{rows} atgādina esošu klientu (vai kādu iepriekšējo rindu):</translation>
    </message>
    <message>
        <source>{rows} look like customers you already have (or an earlier row):</source>
        <translation>{rows} atgādina esošus klientus (vai kādu iepriekšējo rindu):</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Saglabāt pārskatu</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report saved to {written}</source>
        <translation>Pārskats saglabāts: {written}</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Saglabā pārskatu</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importē</translation>
    </message>
    <message>
        <source>One step: either every valid row is imported or none is.</source>
        <translation>Viens solis: tiek importētas vai nu visas derīgās rindas, vai neviena.</translation>
    </message>
    <message>
        <source>Taking a backup, then importing…</source>
        <translation>Veido rezerves kopiju, pēc tam importē…</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Nekas netika importēts: {error}</translation>
    </message>
    <message>
        <source>The customers are on the Customers page; Undo removes this import as a whole.</source>
        <translation>Klienti ir lapā “Klienti”; atsaukšana noņem visu šo importu kopumā.</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Atsaukt importu</translation>
    </message>
    <message>
        <source>A backup was taken first: {name}</source>
        <translation>Vispirms tika izveidota rezerves kopija: {name}</translation>
    </message>
    <message>
        <source>Import undone: {removed:,} customer(s) removed.</source>
        <translation>Imports atsaukts: noņemti {removed:,} klienti.</translation>
    </message>
    <message>
        <source>{count:,} row</source>
        <translation>{count:,} rinda</translation>
    </message>
    <message>
        <source>{count:,} rows</source>
        <translation>{count:,} rindas</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Melnraksts</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Nosūtīta</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Piegādāta</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Pārvadātājs</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Izsekošanas numurs</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Visas</translation>
    </message>
    <message>
        <source>New from invoice…</source>
        <translation>Jauna no rēķina…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Rādīt</translation>
    </message>
    <message>
        <source>Listing delivery notes</source>
        <translation>Ielādē pavadzīmju sarakstu</translation>
    </message>
    <message>
        <source>{count:,} delivery note</source>
        <translation>{count:,} pavadzīme</translation>
    </message>
    <message>
        <source>{count:,} delivery notes</source>
        <translation>Pavadzīmes: {count:,}</translation>
    </message>
    <message>
        <source>New delivery note</source>
        <translation>Jauna pavadzīme</translation>
    </message>
    <message>
        <source>Invoice number:</source>
        <translation>Rēķina numurs:</translation>
    </message>
    <message>
        <source>Making the delivery note</source>
        <translation>Veido pavadzīmi</translation>
    </message>
    <message>
        <source>Opening the delivery note</source>
        <translation>Atver pavadzīmi</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prece</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Daudzums</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Saglabāt informāciju</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Nosūtīt</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Atzīmēt kā piegādātu</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Dzēst melnrakstu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <source>Delivery note {label}</source>
        <translation>Pavadzīme {label}</translation>
    </message>
    <message>
        <source>Delivery note {label} — {NOTE_LABELS}</source>
        <translation>Pavadzīme {label} — {NOTE_LABELS}</translation>
    </message>
    <message>
        <source>Customer: {customer_name}</source>
        <translation>Klients: {customer_name}</translation>
    </message>
    <message>
        <source>Shipped: {iso}</source>
        <translation>Nosūtīta: {iso}</translation>
    </message>
    <message>
        <source>Shipping takes these goods out of stock.</source>
        <translation>Nosūtot šīs preces tiek noņemtas no krājumiem.</translation>
    </message>
    <message>
        <source>Stock was taken out by the issued invoice.</source>
        <translation>Krājumi tika noņemti ar izrakstīto rēķinu.</translation>
    </message>
    <message>
        <source>Stock went below zero: </source>
        <translation>Krājumi kļuva negatīvi: </translation>
    </message>
    <message>
        <source>Saving the delivery note</source>
        <translation>Saglabā pavadzīmi</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Nosūta</translation>
    </message>
    <message>
        <source>Marking delivered</source>
        <translation>Atzīmē kā piegādātu</translation>
    </message>
    <message>
        <source>Deleting the draft</source>
        <translation>Dzēš melnrakstu</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Sākuma atlikums</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Saņemtās preces</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Pārdots</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Atgriezts</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Piegāde</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Korekcija</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Nosūtīts</translation>
    </message>
    <message>
        <source>Partially received</source>
        <translation>Daļēji saņemts</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saņemts</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Atcelts</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Pēdējie 12 mēneši</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Šis gads</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Pagājušais gads</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Viss laiks</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Piegādātājs</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Nodoklis</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Čeks</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Skaits</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mēnesis</translation>
    </message>
    <message>
        <source>Total {cur}</source>
        <translation>Kopā {cur}</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Visas kategorijas</translation>
    </message>
    <message>
        <source>Add expense…</source>
        <translation>Pievienot izdevumu…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>&lt;b&gt;By category&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pa kategorijām&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;By month&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pa mēnešiem&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Listing expenses</source>
        <translation>Ielādē izdevumu sarakstu</translation>
    </message>
    <message>
        <source>{count:,} expense</source>
        <translation>{count:,} izdevums</translation>
    </message>
    <message>
        <source>{count:,} expenses</source>
        <translation>Izdevumi: {count:,}</translation>
    </message>
    <message>
        <source>Opening the expense</source>
        <translation>Atver izdevumu</translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation>Pievienot izdevumu</translation>
    </message>
    <message>
        <source>Rent, fuel, tools…</source>
        <translation>Īre, degviela, instrumenti…</translation>
    </message>
    <message>
        <source>No supplier</source>
        <translation>Nav piegādātāja</translation>
    </message>
    <message>
        <source>Attach receipt…</source>
        <translation>Pievienot čeku…</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Nav čeka</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Neto summa</translation>
    </message>
    <message>
        <source>Attach receipt</source>
        <translation>Pievienot čeku</translation>
    </message>
    <message>
        <source>Receipts (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Čeki (*.pdf *.png *.jpg *.jpeg);;Visi faili (*)</translation>
    </message>
    <message>
        <source>Enter a category (rent, fuel, tools…).</source>
        <translation>Ievadiet kategoriju (īre, degviela, instrumenti…).</translation>
    </message>
    <message>
        <source>net amount</source>
        <translation>neto summa</translation>
    </message>
    <message>
        <source>Enter the {what} as a number, e.g. 12.50.</source>
        <translation>Laukā “{what}” ievadiet skaitli, piem., 12.50.</translation>
    </message>
    <message>
        <source>The {what} cannot be negative.</source>
        <translation>Vērtība “{what}” nevar būt negatīva.</translation>
    </message>
    <message>
        <source>The {what} has at most {MONEY_SCALE} decimal places.</source>
        <translation>Vērtībai “{what}” var būt ne vairāk kā {MONEY_SCALE} zīmes aiz komata.</translation>
    </message>
    <message>
        <source>Enter the amount spent.</source>
        <translation>Ievadiet iztērēto summu.</translation>
    </message>
    <message>
        <source>Saving the expense</source>
        <translation>Saglabā izdevumu</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Aktivizēt atkārtoti</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivizēt</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Krājumi</translation>
    </message>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>Meklēt pēc SKU, nosaukuma vai svītrkoda</translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation>Tikai mazi krājumi</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Rādīt neaktīvās</translation>
    </message>
    <message>
        <source>Show low stock</source>
        <translation>Rādīt mazos krājumus</translation>
    </message>
    <message>
        <source>Draft purchase orders</source>
        <translation>Iepirkuma pasūtījumu melnraksti</translation>
    </message>
    <message>
        <source>One draft order per preferred supplier, from the reorder suggestions</source>
        <translation>Viens pasūtījuma melnraksts katram vēlamajam piegādātājam, pēc papildināšanas ieteikumiem</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;Jauna prece…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediģēt…</translation>
    </message>
    <message>
        <source>Stock &amp;history…</source>
        <translation>Krājumu &amp;vēsture…</translation>
    </message>
    <message>
        <source>&amp;Adjust stock…</source>
        <translation>&amp;Koriģēt krājumus…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivizēt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>Aktivizēt at&amp;kārtoti</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Preces</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Iepirkuma pasūtījumi</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>Pavadzīmes</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Piegādātāji</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Izdevumi</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ielādē…</translation>
    </message>
    <message>
        <source> low on stock</source>
        <translation> ar maziem krājumiem</translation>
    </message>
    <message>
        <source>Listing products</source>
        <translation>Ielādē preču sarakstu</translation>
    </message>
    <message>
        <source>Checking stock levels</source>
        <translation>Pārbauda krājumu līmeņus</translation>
    </message>
    <message>
        <source>Opening the product</source>
        <translation>Atver preci</translation>
    </message>
    <message>
        <source>{sku} is a service and has no stock</source>
        <translation>{sku} ir pakalpojums, un tam nav krājumu</translation>
    </message>
    <message>
        <source>Adjusting stock</source>
        <translation>Koriģē krājumus</translation>
    </message>
    <message>
        <source>Deactivating the product</source>
        <translation>Deaktivizē preci</translation>
    </message>
    <message>
        <source>⚠ {count} product is at or below the reorder level.</source>
        <translation>⚠ {count} prece ir papildināšanas līmenī vai zem tā.</translation>
    </message>
    <message>
        <source>⚠ {count} products are at or below the reorder level.</source>
        <translation>⚠ {count} preces ir papildināšanas līmenī vai zem tā.</translation>
    </message>
    <message>
        <source> and {more} more</source>
        <translation> un vēl {more}</translation>
    </message>
    <message>
        <source> Everything low is already on order.</source>
        <translation> Viss, kā trūkst, jau ir pasūtīts.</translation>
    </message>
    <message>
        <source>Enter {what} as a number, e.g. 12.50.</source>
        <translation>Laukā “{what}” ievadiet skaitli, piem., 12.50.</translation>
    </message>
    <message>
        <source>{upper}{what} cannot be negative.</source>
        <translation>{upper}{what}: vērtība nevar būt negatīva.</translation>
    </message>
    <message>
        <source>At most {scale} decimal places.</source>
        <translation>Ne vairāk kā {scale} zīmes aiz komata.</translation>
    </message>
    <message>
        <source>Enter a SKU (the product's short code).</source>
        <translation>Ievadiet SKU (preces īso kodu).</translation>
    </message>
    <message>
        <source>A SKU is one word of at most 60 characters.</source>
        <translation>SKU ir viens vārds, ne garāks par 60 rakstzīmēm.</translation>
    </message>
    <message>
        <source>Enter the product's name.</source>
        <translation>Ievadiet preces nosaukumu.</translation>
    </message>
    <message>
        <source>Enter a unit (pcs, kg, h…).</source>
        <translation>Ievadiet mērvienību (gab., kg, h…).</translation>
    </message>
    <message>
        <source>the sale price</source>
        <translation>pārdošanas cena</translation>
    </message>
    <message>
        <source>the cost price</source>
        <translation>pašizmaksa</translation>
    </message>
    <message>
        <source>the reorder level</source>
        <translation>papildināšanas līmenis</translation>
    </message>
    <message>
        <source>A service is not kept in stock: leave the reorder level at 0.</source>
        <translation>Pakalpojums netiek glabāts krājumos: atstājiet papildināšanas līmeni 0.</translation>
    </message>
    <message>
        <source>A barcode is letters and digits only, at most 64.</source>
        <translation>Svītrkods sastāv tikai no burtiem un cipariem, ne vairāk kā 64.</translation>
    </message>
    <message>
        <source>Product — {sku} {name}</source>
        <translation>Prece — {sku} {name}</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Jauna prece</translation>
    </message>
    <message>
        <source>Product (kept in stock)</source>
        <translation>Prece (glabājas krājumos)</translation>
    </message>
    <message>
        <source>Service (no stock)</source>
        <translation>Pakalpojums (bez krājumiem)</translation>
    </message>
    <message>
        <source>e.g. CHAIN-9</source>
        <translation>piem., CHAIN-9</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mērvienība</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Pārdošanas cena</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>Pašizmaksa</translation>
    </message>
    <message>
        <source>No tax rate</source>
        <translation>Nav nodokļa likmes</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Nodokļa likme</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Svītrkods</translation>
    </message>
    <message>
        <source>Warn when stock falls to this quantity (0: never)</source>
        <translation>Brīdināt, kad krājumi nokrītas līdz šim daudzumam (0: nekad)</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Papildināšanas līmenis</translation>
    </message>
    <message>
        <source>No preferred supplier</source>
        <translation>Nav vēlamā piegādātāja</translation>
    </message>
    <message>
        <source>Preferred supplier</source>
        <translation>Vēlamais piegādātājs</translation>
    </message>
    <message>
        <source>Active (offered on new documents)</source>
        <translation>Aktīva (piedāvāta jaunos dokumentos)</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Krājumi</translation>
    </message>
    <message>
        <source>{quantity} {unit} on hand, average cost {price_text}</source>
        <translation>Noliktavā {quantity} {unit}, vidējā pašizmaksa {price_text}</translation>
    </message>
    <message>
        <source>Saving the product</source>
        <translation>Saglabā preci</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Noliktavā</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Papildināt pie</translation>
    </message>
    <message>
        <source>At or below the reorder level ({quantity} {unit})</source>
        <translation>Papildināšanas līmenī vai zem tā ({quantity} {unit})</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nē</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pasūtīts</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Gaidāms</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Neto kopā</translation>
    </message>
    <message>
        <source>New purchase order…</source>
        <translation>Jauns iepirkuma pasūtījums…</translation>
    </message>
    <message>
        <source>Draft orders from reorder suggestions</source>
        <translation>Pasūtījumu melnraksti pēc papildināšanas ieteikumiem</translation>
    </message>
    <message>
        <source>Listing purchase orders</source>
        <translation>Ielādē iepirkuma pasūtījumu sarakstu</translation>
    </message>
    <message>
        <source>{count:,} order</source>
        <translation>{count:,} pasūtījums</translation>
    </message>
    <message>
        <source>{count:,} orders</source>
        <translation>Pasūtījumi: {count:,}</translation>
    </message>
    <message>
        <source>Opening the purchase order</source>
        <translation>Atver iepirkuma pasūtījumu</translation>
    </message>
    <message>
        <source>Drafting purchase orders</source>
        <translation>Sagatavo iepirkuma pasūtījumu melnrakstus</translation>
    </message>
    <message>
        <source>New purchase order</source>
        <translation>Jauns iepirkuma pasūtījums</translation>
    </message>
    <message>
        <source>Purchase order — draft</source>
        <translation>Iepirkuma pasūtījums — melnraksts</translation>
    </message>
    <message>
        <source>Draft purchase order #{id}</source>
        <translation>Iepirkuma pasūtījuma melnraksts #{id}</translation>
    </message>
    <message>
        <source>Choose the supplier and the products to order; Send gives the order its number.</source>
        <translation>Izvēlieties piegādātāju un pasūtāmās preces; nosūtot pasūtījums saņem savu numuru.</translation>
    </message>
    <message>
        <source>Choose a supplier…</source>
        <translation>Izvēlieties piegādātāju…</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>Gaidāms</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Vienības cena</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Rindas summa</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Pievienot rindu</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Noņemt rindu</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Saglabāt melnrakstu</translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation>Saglabāt un nosūtīt</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>Izvēlieties preci…</translation>
    </message>
    <message>
        <source>cost price</source>
        <translation>pašizmaksa</translation>
    </message>
    <message>
        <source>Purchase order {label}</source>
        <translation>Iepirkuma pasūtījums {label}</translation>
    </message>
    <message>
        <source>Purchase order {label} — {ORDER_LABELS}</source>
        <translation>Iepirkuma pasūtījums {label} — {ORDER_LABELS}</translation>
    </message>
    <message>
        <source>Supplier: {supplier_name}</source>
        <translation>Piegādātājs: {supplier_name}</translation>
    </message>
    <message>
        <source>Ordered: {value1}</source>
        <translation>Pasūtīts: {value1}</translation>
    </message>
    <message>
        <source>Expected: {iso}</source>
        <translation>Gaidāms: {iso}</translation>
    </message>
    <message>
        <source>Net total: {money}</source>
        <translation>Neto kopā: {money}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Piezīmes: {notes}</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Atlikušais</translation>
    </message>
    <message>
        <source>Receive now</source>
        <translation>Saņemt tagad</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Atcelt pasūtījumu</translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation>Saņemt preces</translation>
    </message>
    <message>
        <source>no lines</source>
        <translation>nav rindu</translation>
    </message>
    <message>
        <source>Line {value1}: the quantity must be a number more than 0.</source>
        <translation>{value1}. rinda: daudzumam jābūt skaitlim, kas lielāks par 0.</translation>
    </message>
    <message>
        <source>Line {value1}: the unit cost must be a number of 0 or more.</source>
        <translation>{value1}. rinda: vienības cenai jābūt skaitlim, kas ir 0 vai lielāks.</translation>
    </message>
    <message>
        <source>Choose at least one product to order.</source>
        <translation>Izvēlieties vismaz vienu pasūtāmo preci.</translation>
    </message>
    <message>
        <source>Net total: {format}</source>
        <translation>Neto kopā: {format}</translation>
    </message>
    <message>
        <source>Enter the quantities received as numbers of 0 or more.</source>
        <translation>Ievadiet saņemtos daudzumus kā skaitļus, kas ir 0 vai lielāki.</translation>
    </message>
    <message>
        <source>Only {quantity} left to receive on a line.</source>
        <translation>Rindā atlicis saņemt tikai {quantity}.</translation>
    </message>
    <message>
        <source>Enter a quantity to receive.</source>
        <translation>Ievadiet saņemamo daudzumu.</translation>
    </message>
    <message>
        <source>Choose a supplier.</source>
        <translation>Izvēlieties piegādātāju.</translation>
    </message>
    <message>
        <source>Sending the purchase order</source>
        <translation>Nosūta iepirkuma pasūtījumu</translation>
    </message>
    <message>
        <source>Saving the purchase order</source>
        <translation>Saglabā iepirkuma pasūtījumu</translation>
    </message>
    <message>
        <source>Receiving goods</source>
        <translation>Saņem preces</translation>
    </message>
    <message>
        <source>Cancelling the purchase order</source>
        <translation>Atceļ iepirkuma pasūtījumu</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Atlikums</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Atsauce</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kredītrēķins</translation>
    </message>
    <message>
        <source>Delivery note {reference}</source>
        <translation>Pavadzīme {reference}</translation>
    </message>
    <message>
        <source>Stock history</source>
        <translation>Krājumu vēsture</translation>
    </message>
    <message>
        <source>Adjust stock…</source>
        <translation>Koriģēt krājumus…</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>Lasa vēsturi</translation>
    </message>
    <message>
        <source>Stock history — {sku}</source>
        <translation>Krājumu vēsture — {sku}</translation>
    </message>
    <message>
        <source>A service is not kept in stock.</source>
        <translation>Pakalpojums netiek glabāts krājumos.</translation>
    </message>
    <message>
        <source>Adjust stock — {sku}</source>
        <translation>Koriģēt krājumus — {sku}</translation>
    </message>
    <message>
        <source>+5 or -2</source>
        <translation>+5 vai -2</translation>
    </message>
    <message>
        <source>Counted, broken, lost…</source>
        <translation>Saskaitīts, saplīsis, pazudis…</translation>
    </message>
    <message>
        <source>On hand now</source>
        <translation>Noliktavā tagad</translation>
    </message>
    <message>
        <source>Change by</source>
        <translation>Mainīt par</translation>
    </message>
    <message>
        <source>On hand after</source>
        <translation>Noliktavā pēc tam</translation>
    </message>
    <message>
        <source>Enter a number such as 5 or -2 (at most 3 decimals).</source>
        <translation>Ievadiet skaitli, piemēram, 5 vai -2 (ne vairāk kā 3 zīmes aiz komata).</translation>
    </message>
    <message>
        <source>An adjustment changes stock by more or less than 0.</source>
        <translation>Korekcijai jāmaina krājumi par vairāk vai mazāk nekā 0.</translation>
    </message>
    <message>
        <source>Say why stock is adjusted.</source>
        <translation>Norādiet, kāpēc krājumi tiek koriģēti.</translation>
    </message>
    <message>
        <source>Stock cannot go below zero (Settings: negative stock is blocked).</source>
        <translation>Krājumi nevar kļūt negatīvi (iestatījumos negatīvi krājumi ir bloķēti).</translation>
    </message>
    <message>
        <source>Warning: this takes stock below zero ({quantity}).</source>
        <translation>Brīdinājums: tādējādi krājumi kļūs negatīvi ({quantity}).</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>PVN numurs</translation>
    </message>
    <message>
        <source>Include archived</source>
        <translation>Iekļaut arhivētos</translation>
    </message>
    <message>
        <source>New supplier…</source>
        <translation>Jauns piegādātājs…</translation>
    </message>
    <message>
        <source>Archive / unarchive</source>
        <translation>Arhivēt / atcelt arhivēšanu</translation>
    </message>
    <message>
        <source>Listing suppliers</source>
        <translation>Ielādē piegādātāju sarakstu</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arhivēts</translation>
    </message>
    <message>
        <source>{count:,} supplier</source>
        <translation>{count:,} piegādātājs</translation>
    </message>
    <message>
        <source>{count:,} suppliers</source>
        <translation>Piegādātāji: {count:,}</translation>
    </message>
    <message>
        <source>Archiving the supplier</source>
        <translation>Arhivē piegādātāju</translation>
    </message>
    <message>
        <source>Supplier — {name}</source>
        <translation>Piegādātājs — {name}</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Jauns piegādātājs</translation>
    </message>
    <message>
        <source>LV, SE…</source>
        <translation>LV, SE…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <source>Saving the supplier</source>
        <translation>Saglabā piegādātāju</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importēt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Doties</translation>
    </message>
    <message>
        <source>&amp;Find customer…</source>
        <translation>Atrast &amp;klientu…</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Meklēt visur…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Ī&amp;sinājumtaustiņi</translation>
    </message>
    <message>
        <source>&amp;About crmdesk</source>
        <translation>P&amp;ar crmdesk</translation>
    </message>
    <message>
        <source>crmdesk — {name}</source>
        <translation>crmdesk — {name}</translation>
    </message>
    <message>
        <source>The open database file: {path}</source>
        <translation>Atvērtais datubāzes fails: {path}</translation>
    </message>
    <message>
        <source>About crmdesk</source>
        <translation>Par crmdesk</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Nokavēts</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Izveidots</translation>
    </message>
    <message>
        <source>{name} is archived</source>
        <translation>{name} ir arhivēts</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Search name or email  (Ctrl+F)</source>
        <translation>Meklēt pēc vārda vai e-pasta  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Reģistrēt mijiedarbību…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Vairāk</translation>
    </message>
    <message>
        <source>Reading the filter lists</source>
        <translation>Lasa filtru sarakstus</translation>
    </message>
    <message>
        <source>Listing customers</source>
        <translation>Ielādē klientu sarakstu</translation>
    </message>
    <message>
        <source>No customer matches the filters</source>
        <translation>Neviens klients neatbilst filtriem</translation>
    </message>
    <message>
        <source>{count:,} customer matches “{text}” and the filters</source>
        <translation>{count:,} klients atbilst “{text}” un filtriem</translation>
    </message>
    <message>
        <source>{count:,} customers match “{text}” and the filters</source>
        <translation>Klienti, kas atbilst “{text}” un filtriem: {count:,}</translation>
    </message>
    <message>
        <source>{count:,} customer matches the filters</source>
        <translation>{count:,} klients atbilst filtriem</translation>
    </message>
    <message>
        <source>{count:,} customers match the filters</source>
        <translation>Klienti, kas atbilst filtriem: {count:,}</translation>
    </message>
    <message>
        <source>No customer matches</source>
        <translation>Neviens klients neatbilst</translation>
    </message>
    <message>
        <source>{count:,} customer matches “{text}”</source>
        <translation>{count:,} klients atbilst “{text}”</translation>
    </message>
    <message>
        <source>{count:,} customers match “{text}”</source>
        <translation>Klienti, kas atbilst “{text}”: {count:,}</translation>
    </message>
    <message>
        <source>No customers</source>
        <translation>Nav klientu</translation>
    </message>
    <message>
        <source>No customers (archived ones are hidden)</source>
        <translation>Nav klientu (arhivētie ir paslēpti)</translation>
    </message>
    <message>
        <source>{count:,} customer, archived included</source>
        <translation>{count:,} klients, ieskaitot arhivētos</translation>
    </message>
    <message>
        <source>{count:,} customers, archived included</source>
        <translation>Klienti: {count:,}, ieskaitot arhivētos</translation>
    </message>
    <message>
        <source>{count:,} customer</source>
        <translation>{count:,} klients</translation>
    </message>
    <message>
        <source>{count:,} customers</source>
        <translation>Klienti: {count:,}</translation>
    </message>
    <message>
        <source>Contact log entries</source>
        <translation>Kontaktu žurnāla ieraksti</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Rēķini un kredītrēķini</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Preces un pakalpojumi</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Informācijas panelis</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Nokavētie rēķini</translation>
    </message>
    <message>
        <source>Follow-ups due today or earlier</source>
        <translation>Turpmākās darbības ar termiņu šodien vai agrāk</translation>
    </message>
    <message>
        <source>Products running low</source>
        <translation>Preces, kuru krājumi beidzas</translation>
    </message>
    <message>
        <source>Revenue by month (net)</source>
        <translation>Ieņēmumi pa mēnešiem (neto)</translation>
    </message>
    <message>
        <source>Customers by segment</source>
        <translation>Klienti pa segmentiem</translation>
    </message>
    <message>
        <source>Top 10 customers, last 12 months</source>
        <translation>10 labākie klienti, pēdējie 12 mēneši</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Neto pārdošana</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Riska klienti</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dienas</translation>
    </message>
    <message>
        <source>Usual gap</source>
        <translation>Parastais intervāls</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Mazi krājumi</translation>
    </message>
    <message>
        <source>the database figures</source>
        <translation>datubāzes rādītājus</translation>
    </message>
    <message>
        <source>overdue invoices</source>
        <translation>nokavētos rēķinus</translation>
    </message>
    <message>
        <source>the chart library</source>
        <translation>diagrammu bibliotēku</translation>
    </message>
    <message>
        <source>low stock</source>
        <translation>mazos krājumus</translation>
    </message>
    <message>
        <source>the top customers</source>
        <translation>labākos klientus</translation>
    </message>
    <message>
        <source>customers at risk</source>
        <translation>riska klientus</translation>
    </message>
    <message>
        <source>customer segments</source>
        <translation>klientu segmentus</translation>
    </message>
    <message>
        <source>Reading {what} for the dashboard</source>
        <translation>Lasa {what} informācijas panelim</translation>
    </message>
    <message>
        <source>Overdue: {count:,} invoice</source>
        <translation>Nokavēts: {count:,} rēķins</translation>
    </message>
    <message>
        <source>Overdue: {count:,} invoices</source>
        <translation>Nokavētie rēķini: {count:,}</translation>
    </message>
    <message>
        <source>No sales in the last 12 months.</source>
        <translation>Pēdējos 12 mēnešos nav pārdošanas.</translation>
    </message>
    <message>
        <source>Nobody is overdue against their usual rhythm of buying.</source>
        <translation>Neviens nav nokavējis savu parasto pirkšanas ritmu.</translation>
    </message>
    <message>
        <source>No product is at or below its reorder level.</source>
        <translation>Nevienas preces krājumi nav papildināšanas līmenī vai zem tā.</translation>
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
        <translation>Nodokļi un numuri</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Pielāgotie lauki</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Rezerves kopijas</translation>
    </message>
    <message>
        <source>Sending documents by email (SMTP)</source>
        <translation>Dokumentu sūtīšana pa e-pastu (SMTP)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenti</translation>
    </message>
    <message>
        <source>Where crmdesk keeps things</source>
        <translation>Kur crmdesk glabā datus</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Datubāzes fails:</translation>
    </message>
    <message>
        <source>Window settings:</source>
        <translation>Logu iestatījumi:</translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation>Žurnālfaili:</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Mapes</translation>
    </message>
    <message>
        <source>Nothing to draw for this range</source>
        <translation>Šim periodam nav ko attēlot</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>sākums</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM segmenti</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Dienas kopš</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rēķini</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ieņēmumi</translation>
    </message>
    <message>
        <source>No customer bought anything in this range.</source>
        <translation>Šajā periodā neviens klients neko nav pircis.</translation>
    </message>
    <message>
        <source>Customers per segment</source>
        <translation>Klienti katrā segmentā</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Klienta mūža vērtība</translation>
    </message>
    <message>
        <source>Historic CLV</source>
        <translation>Vēsturiskā CLV</translation>
    </message>
    <message>
        <source>Predicted CLV</source>
        <translation>Prognozētā CLV</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Pirmais pirkums</translation>
    </message>
    <message>
        <source>Tenure (days)</source>
        <translation>Sadarbības ilgums (dienas)</translation>
    </message>
    <message>
        <source>Predicted CLV, top customers</source>
        <translation>Prognozētā CLV, labākie klienti</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prognozēts</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Aiziešanas risks</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Parastais intervāls (dienas)</translation>
    </message>
    <message>
        <source>Own gap</source>
        <translation>Savs intervāls</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Attiecība</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Riskā</translation>
    </message>
    <message>
        <source>{at_risk:,} of {len:,} customers at risk (days since the last purchase ≥ 2 × their usual gap).</source>
        <translation>Riskā ir {at_risk:,} no {len:,} klientiem (dienas kopš pēdējā pirkuma ≥ 2 × viņu parastais intervāls).</translation>
    </message>
    <message>
        <source>Highest churn risk (ratio)</source>
        <translation>Augstākais aiziešanas risks (attiecība)</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Kreditēts</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>Preču pašizmaksa</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Peļņa</translation>
    </message>
    <message>
        <source>Unprofitable</source>
        <translation>Nerentabli</translation>
    </message>
    <message>
        <source>Product profitability</source>
        <translation>Preču rentabilitāte</translation>
    </message>
    <message>
        <source>Customer profitability</source>
        <translation>Klientu rentabilitāte</translation>
    </message>
    <message>
        <source>{losing:,} of {len:,} products unprofitable; total profit {money}.</source>
        <translation>Nerentablas preces: {losing:,} no {len:,}; kopējā peļņa {money}.</translation>
    </message>
    <message>
        <source>{losing:,} of {len:,} customers unprofitable; total profit {money}.</source>
        <translation>Nerentabli klienti: {losing:,} no {len:,}; kopējā peļņa {money}.</translation>
    </message>
    <message>
        <source>Most profitable products</source>
        <translation>Rentablākās preces</translation>
    </message>
    <message>
        <source>Most profitable customers</source>
        <translation>Rentablākie klienti</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Ceturksnis</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Gads</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <source>Net sales by {lower}, beside the year before</source>
        <translation>Neto pārdošana ({lower}), salīdzinot ar iepriekšējo gadu</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Šis periods</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>Gadu iepriekš</translation>
    </message>
    <message>
        <source>Net sales by {lower}</source>
        <translation>Neto pārdošana ({lower})</translation>
    </message>
    <message>
        <source>Sales by {lower}</source>
        <translation>Pārdošana ({lower})</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Kredītrēķini</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Izmaiņas</translation>
    </message>
    <message>
        <source>Net sales {money} (net of tax, credit notes subtracted).</source>
        <translation>Neto pārdošana {money} (bez nodokļiem, atskaitot kredītrēķinus).</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>Jauni klienti mēnesī</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Reģistrēti</translation>
    </message>
    <message>
        <source>{sum:,} registered, {sum2:,} bought for the first time.</source>
        <translation>{sum:,} reģistrēti, {sum2:,} pirka pirmo reizi.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Piedāvājumi</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pārdošanas piltuve</translation>
    </message>
    <message>
        <source>no quote decided yet</source>
        <translation>vēl neviens piedāvājums nav izlemts</translation>
    </message>
    <message>
        <source>Quote win rate and pipeline</source>
        <translation>Piedāvājumu veiksmes rādītājs un pārdošanas piltuve</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Status or stage</source>
        <translation>Statuss vai posms</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <source>Pipeline value by stage ({currency})</source>
        <translation>Piltuves vērtība pa posmiem ({currency})</translation>
    </message>
    <message>
        <source>{quantize} of 5</source>
        <translation>{quantize} no 5</translation>
    </message>
    <message>
        <source>no rating given</source>
        <translation>vērtējums nav dots</translation>
    </message>
    <message>
        <source>Complaints and satisfaction</source>
        <translation>Sūdzības un apmierinātība</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Atvērtas</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Vērtējumi</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>Vidējā apmierinātība</translation>
    </message>
    <message>
        <source>{sum:,} complaints opened, {sum2:,} of them resolved; average satisfaction {average}.</source>
        <translation>Atvērtas {sum:,} sūdzības, no tām atrisinātas {sum2:,}; vidējā apmierinātība {average}.</translation>
    </message>
    <message>
        <source>Complaints per month</source>
        <translation>Sūdzības mēnesī</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary scores 1–5 and the segment of each customer.</source>
        <translation>Nesenuma, biežuma un naudas vērtējumi 1–5 un katra klienta segments.</translation>
    </message>
    <message>
        <source>Margin to date and predicted future margin per customer.</source>
        <translation>Līdzšinējā peļņa un prognozētā nākotnes peļņa katram klientam.</translation>
    </message>
    <message>
        <source>Days since the last purchase against each customer's usual gap.</source>
        <translation>Dienas kopš pēdējā pirkuma salīdzinājumā ar katra klienta parasto intervālu.</translation>
    </message>
    <message>
        <source>Revenue − credit notes − cost of goods − direct expenses, per customer.</source>
        <translation>Ieņēmumi − kredītrēķini − preču pašizmaksa − tiešie izdevumi, katram klientam.</translation>
    </message>
    <message>
        <source>Revenue − credit notes − cost of goods − direct expenses, per product.</source>
        <translation>Ieņēmumi − kredītrēķini − preču pašizmaksa − tiešie izdevumi, katrai precei.</translation>
    </message>
    <message>
        <source>Net sales per {lower}, beside the year before.</source>
        <translation>Neto pārdošana ({lower}), salīdzinot ar iepriekšējo gadu.</translation>
    </message>
    <message>
        <source>Customers registered and first purchases, per month.</source>
        <translation>Reģistrētie klienti un pirmie pirkumi pa mēnešiem.</translation>
    </message>
    <message>
        <source>Quote outcomes and opportunities by stage.</source>
        <translation>Piedāvājumu rezultāti un iespējas pa posmiem.</translation>
    </message>
    <message>
        <source>Complaints opened and resolved, satisfaction given.</source>
        <translation>Atvērtās un atrisinātās sūdzības, sniegtie apmierinātības vērtējumi.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Šis mēnesis</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Pagājušais mēnesis</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Pielāgots</translation>
    </message>
    <message>
        <source>No rows in this range.</source>
        <translation>Šajā periodā nav rindu.</translation>
    </message>
    <message>
        <source>The first {PDF_MAX_ROWS:,} of {len:,} rows; the CSV export has them all.</source>
        <translation>Pirmās {PDF_MAX_ROWS:,} no {len:,} rindām; CSV eksportā ir visas.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Pārskati</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportēt CSV…</translation>
    </message>
    <message>
        <source>Every row of the report, for a spreadsheet  (Ctrl+Shift+C)</source>
        <translation>Visas pārskata rindas izklājlapai  (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksportēt PDF…</translation>
    </message>
    <message>
        <source>The chart and the table, to print or send  (Ctrl+Shift+P)</source>
        <translation>Diagramma un tabula drukāšanai vai nosūtīšanai  (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Periods:</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Aprēķina…</translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation>Aprēķina pārskatu</translation>
    </message>
    <message>
        <source>Export the report to CSV</source>
        <translation>Eksportēt pārskatu uz CSV</translation>
    </message>
    <message>
        <source>Export the report to PDF</source>
        <translation>Eksportēt pārskatu uz PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faili (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {what}…</source>
        <translation>Raksta {what}…</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Saglabāts {name}</translation>
    </message>
    <message>
        <source>Exporting the report to {what}</source>
        <translation>Eksportē pārskatu uz {what}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Izveidota</translation>
    </message>
    <message>
        <source>Invoices issued</source>
        <translation>Izrakstītie rēķini</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Maksājumi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Izmērs</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Atjaunot no rezerves kopijas</translation>
    </message>
    <message>
        <source>(no manifest)</source>
        <translation>(nav manifesta)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Atjaunot</translation>
    </message>
    <message>
        <source>issued invoices</source>
        <translation>izrakstītie rēķini</translation>
    </message>
    <message>
        <source>{name} was opened read-only because {reason}: nothing can be restored into it</source>
        <translation>{name} tika atvērts tikai lasīšanai, jo {reason}: tajā neko nevar atjaunot</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Pārbauda {name}…</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {fatal}</source>
        <translation>{name} nevar atjaunot: {fatal}</translation>
    </message>
    <message>
        <source>the restore failed</source>
        <translation>atjaunošana neizdevās</translation>
    </message>
    <message>
        <source>Restored {name}</source>
        <translation>Atjaunots {name}</translation>
    </message>
    <message>
        <source>; the previous file was kept as {name}</source>
        <translation>; iepriekšējais fails saglabāts kā {name}</translation>
    </message>
    <message>
        <source>Reopening after the restore</source>
        <translation>Pēc atjaunošanas atver no jauna</translation>
    </message>
    <message>
        <source>crmdesk — Restore</source>
        <translation>crmdesk — Atjaunošana</translation>
    </message>
    <message>
        <source>Put the backup of {describe} in place of {name}?</source>
        <translation>Aizstāt {name} ar rezerves kopiju no {describe}?</translation>
    </message>
    <message>
        <source>The backup was checked and is intact. Work saved after it was taken is not in it; the current file is kept as a safety copy in the backup folder, and invoice numbers already issued are never given again.</source>
        <translation>Rezerves kopija tika pārbaudīta un ir nebojāta. Darbs, kas saglabāts pēc tās izveides, tajā nav iekļauts; pašreizējais fails tiek saglabāts kā drošības kopija rezerves kopiju mapē, un jau izrakstīto rēķinu numuri nekad netiek piešķirti atkārtoti.</translation>
    </message>
    <message>
        <source>Credit note for {label}</source>
        <translation>Kredītrēķins rēķinam {label}</translation>
    </message>
    <message>
        <source>The whole invoice (full credit note)</source>
        <translation>Viss rēķins (pilns kredītrēķins)</translation>
    </message>
    <message>
        <source>Chosen lines and quantities</source>
        <translation>Izvēlētās rindas un daudzumi</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kreditēt</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Rēķinā</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Vienības cena</translation>
    </message>
    <message>
        <source>Reason (printed on the credit note)</source>
        <translation>Iemesls (drukāts kredītrēķinā)</translation>
    </message>
    <message>
        <source>Make draft credit note</source>
        <translation>Izveidot kredītrēķina melnrakstu</translation>
    </message>
    <message>
        <source>Type to search customers…</source>
        <translation>Rakstiet, lai meklētu klientus…</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Daļēji apmaksāts</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Apmaksāts</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Pieņemts</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Noraidīts</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Beidzies termiņš</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Potenciālais klients</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalificēts</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Piedāvāts</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Iegūts</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Zaudēts</translation>
    </message>
    <message>
        <source>Change {replace}</source>
        <translation>Mainīt: {replace}</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dublēt</translation>
    </message>
    <message>
        <source>Units of this currency per 1 unit of the base currency</source>
        <translation>Šīs valūtas vienības par 1 bāzes valūtas vienību</translation>
    </message>
    <message>
        <source>Net (tax is added)</source>
        <translation>Neto (nodoklis tiek pieskaitīts)</translation>
    </message>
    <message>
        <source>Gross (tax included)</source>
        <translation>Bruto (ar nodokli)</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Apmaksas termiņš</translation>
    </message>
    <message>
        <source>Unticked: the issue date plus the customer's payment terms</source>
        <translation>Neatzīmēts: izrakstīšanas datums plus klienta apmaksas noteikumi</translation>
    </message>
    <message>
        <source>Notes printed on the document</source>
        <translation>Dokumentā drukātās piezīmes</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Klients</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurss</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Cenas</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Derīgs līdz</translation>
    </message>
    <message>
        <source>Enter on the last line</source>
        <translation>Enter pēdējā rindā</translation>
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
        <translation>Izrakstīt…</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Atkārtot</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Atver</translation>
    </message>
    <message>
        <source>New {lower}</source>
        <translation>Jauns: {lower}</translation>
    </message>
    <message>
        <source>per 1 {base_currency}</source>
        <translation>par 1 {base_currency}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Totals appear when the currency is a valid code.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Summas tiek parādītas, kad valūtas kods ir derīgs.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Saglabā</translation>
    </message>
    <message>
        <source>this draft invoice</source>
        <translation>šo rēķina melnrakstu</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Izrakstīt</translation>
    </message>
    <message>
        <source>Issuing</source>
        <translation>Izraksta</translation>
    </message>
    <message>
        <source>Issued — check the computer's clock</source>
        <translation>Izrakstīts — pārbaudiet datora pulksteni</translation>
    </message>
    <message>
        <source>Save the quote before sending it.</source>
        <translation>Pirms nosūtīšanas saglabājiet piedāvājumu.</translation>
    </message>
    <message>
        <source>This document has changes that are not saved. Discard them?</source>
        <translation>Šim dokumentam ir nesaglabātas izmaiņas. Vai tās atmest?</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Net&lt;/td&gt;&lt;td align='right'&gt;{money}&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Neto&lt;/td&gt;&lt;td align='right'&gt;{money}&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Total&lt;/b&gt;&lt;/td&gt;&lt;td align='right'&gt;&lt;b&gt;{money}&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Kopā&lt;/b&gt;&lt;/td&gt;&lt;td align='right'&gt;&lt;b&gt;{money}&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;Prices include tax&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Cenas ietver nodokli&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing='4' align='right'&gt;{join}&lt;/table&gt;{note}</source>
        <translation>&lt;table cellspacing='4' align='right'&gt;{join}&lt;/table&gt;{note}</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Galvene</translation>
    </message>
    <message>
        <source>Product or description</source>
        <translation>Prece vai apraksts</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Atlaide</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Nodoklis %</translation>
    </message>
    <message>
        <source>Line {value1}: {error}</source>
        <translation>{value1}. rinda: {error}</translation>
    </message>
    <message>
        <source>Edit line {value1}</source>
        <translation>Rediģēt {value1}. rindu</translation>
    </message>
    <message>
        <source>Add line {value1}</source>
        <translation>Pievienot {value1}. rindu</translation>
    </message>
    <message>
        <source>Remove line {value1}</source>
        <translation>Noņemt {value1}. rindu</translation>
    </message>
    <message>
        <source>Issue {label}?

Issuing is final: the document gets its number and can never be changed again. Corrections are made with a credit note.</source>
        <translation>Izrakstīt {label}?

Izrakstīšana ir galīga: dokuments saņem savu numuru, un to vairs nekad nevar mainīt. Labojumus veic ar kredītrēķinu.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Reģistrēt maksājumu…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Kredītrēķins…</translation>
    </message>
    <message>
        <source>Record reminder…</source>
        <translation>Reģistrēt atgādinājumu…</translation>
    </message>
    <message>
        <source>Record the next payment reminder (level 1, 2, 3) in the contact log</source>
        <translation>Reģistrēt nākamo maksājuma atgādinājumu (1., 2., 3. līmenis) kontaktu žurnālā</translation>
    </message>
    <message>
        <source>A new draft invoice with this invoice's customer and lines</source>
        <translation>Jauns rēķina melnraksts ar šī rēķina klientu un rindām</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Preview, save or email the PDF (Ctrl+P)</source>
        <translation>Priekšskatīt, saglabāt vai nosūtīt PDF pa e-pastu (Ctrl+P)</translation>
    </message>
    <message>
        <source>Reminder PDF…</source>
        <translation>Atgādinājuma PDF…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tax breakdown&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nodokļu sadalījums&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recording the payment</source>
        <translation>Reģistrē maksājumu</translation>
    </message>
    <message>
        <source>Making the credit note</source>
        <translation>Veido kredītrēķinu</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Maksājuma atgādinājums</translation>
    </message>
    <message>
        <source>Recording the reminder</source>
        <translation>Reģistrē atgādinājumu</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp; &lt;b&gt;Corrects:&lt;/b&gt; invoice {escape}</source>
        <translation>&amp;nbsp;&amp;nbsp; &lt;b&gt;Labo:&lt;/b&gt; rēķinu {escape}</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp; &lt;b&gt;Due:&lt;/b&gt; {value1}</source>
        <translation>&amp;nbsp;&amp;nbsp; &lt;b&gt;Termiņš:&lt;/b&gt; {value1}</translation>
    </message>
    <message>
        <source> (overpaid {money})</source>
        <translation> (pārmaksāts {money})</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Status:&lt;/b&gt; Draft — no number until it is issued</source>
        <translation>&lt;br&gt;&lt;b&gt;Statuss:&lt;/b&gt; Melnraksts — numura nav, kamēr tas nav izrakstīts</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style='color:#b3261e'&gt;{escape}&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style='color:#b3261e'&gt;{escape}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Izrakstīts</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation>Kredītrēķina melnraksts</translation>
    </message>
    <message>
        <source>, reminder {last_reminder_level}</source>
        <translation>, atgādinājums {last_reminder_level}</translation>
    </message>
    <message>
        <source>{label} ({days_late} d{reminded})</source>
        <translation>{label} ({days_late} d.{reminded})</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Melnraksti</translation>
    </message>
    <message>
        <source>Search number or customer</source>
        <translation>Meklēt pēc numura vai klienta</translation>
    </message>
    <message>
        <source>Issued between</source>
        <translation>Izrakstīts laikā no</translation>
    </message>
    <message>
        <source>Record the next payment reminder (level 1, 2, 3) of the selected overdue invoice in the contact log</source>
        <translation>Reģistrēt atlasītā nokavētā rēķina nākamo maksājuma atgādinājumu (1., 2., 3. līmenis) kontaktu žurnālā</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Jauns rēķins</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>{count:,} document</source>
        <translation>{count:,} dokuments</translation>
    </message>
    <message>
        <source>{count:,} documents</source>
        <translation>Dokumenti: {count:,}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nav</translation>
    </message>
    <message>
        <source>Listing invoices</source>
        <translation>Ielādē rēķinu sarakstu</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bankas pārskaitījums</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Skaidra nauda</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Cits</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Reģistrēt maksājumu</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Summa ({currency})</translation>
    </message>
    <message>
        <source>Enter an amount above 0 with at most {digits} decimals</source>
        <translation>Ievadiet summu, kas lielāka par 0, ar ne vairāk kā {digits} zīmēm aiz komata</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Posms</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Paredzētā noslēgšana</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tāfele</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Saraksts</translation>
    </message>
    <message>
        <source>Drag a card to another stage to move it.</source>
        <translation>Velciet kartīti uz citu posmu, lai to pārvietotu.</translation>
    </message>
    <message>
        <source>Reading the pipeline</source>
        <translation>Lasa pārdošanas piltuvi</translation>
    </message>
    <message>
        <source>&lt;b&gt;{STAGE_LABELS}&lt;/b&gt; ({len}){amount}</source>
        <translation>&lt;b&gt;{STAGE_LABELS}&lt;/b&gt; ({len}){amount}</translation>
    </message>
    <message>
        <source>Why was this opportunity lost?</source>
        <translation>Kāpēc šī iespēja tika zaudēta?</translation>
    </message>
    <message>
        <source>Moving the card</source>
        <translation>Pārvieto kartīti</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Nosūtīt</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Pieņemt</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Noraidīt</translation>
    </message>
    <message>
        <source>Convert to invoice</source>
        <translation>Pārvērst rēķinā</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>Jauna redakcija</translation>
    </message>
    <message>
        <source>Quote {label} sent.</source>
        <translation>Piedāvājums {label} nosūtīts.</translation>
    </message>
    <message>
        <source>Quote {label} accepted.</source>
        <translation>Piedāvājums {label} pieņemts.</translation>
    </message>
    <message>
        <source>Quote {label} declined.</source>
        <translation>Piedāvājums {label} noraidīts.</translation>
    </message>
    <message>
        <source>Draft invoice made from {label}: check it and issue it (Invoices page, Drafts).</source>
        <translation>No {label} izveidots rēķina melnraksts: pārbaudiet un izrakstiet to (lapa “Rēķini”, “Melnraksti”).</translation>
    </message>
    <message>
        <source>New draft revision of {label} made.</source>
        <translation>Izveidots jauns {label} redakcijas melnraksts.</translation>
    </message>
    <message>
        <source>(draft {id})</source>
        <translation>(melnraksts {id})</translation>
    </message>
    <message>
        <source>{number} rev. {revision}</source>
        <translation>{number} red. {revision}</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Jauns piedāvājums</translation>
    </message>
    <message>
        <source>Listing quotes</source>
        <translation>Ielādē piedāvājumu sarakstu</translation>
    </message>
    <message>
        <source> (the latest)</source>
        <translation> (jaunākā)</translation>
    </message>
    <message>
        <source>{count:,} quote{more}</source>
        <translation>{count:,} piedāvājums{more}</translation>
    </message>
    <message>
        <source>{count:,} quotes{more}</source>
        <translation>Piedāvājumi: {count:,}{more}</translation>
    </message>
    <message>
        <source>Quotes and pipeline</source>
        <translation>Piedāvājumi un pārdošanas piltuve</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Meklēt visur</translation>
    </message>
    <message>
        <source>Customers, emails, phones, contact log, documents, products…</source>
        <translation>Klienti, e-pasti, tālruņi, kontaktu žurnāls, dokumenti, preces…</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>Atrasti: {count}</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nekas nav atrasts</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Meklē</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automātiskās rezerves kopijas</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Izvēlēties mapi…</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>Blakus datubāzei</translation>
    </message>
    <message>
        <source>never while open</source>
        <translation>nekad, kamēr atvērts</translation>
    </message>
    <message>
        <source>Back up when crmdesk closes</source>
        <translation>Veidot rezerves kopiju, kad crmdesk tiek aizvērts</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mape</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Ik pēc</translation>
    </message>
    <message>
        <source>A folder on a USB stick or in a synced folder keeps a copy away from this computer. Backups are checked after writing; 7 daily, 4 weekly and 12 monthly ones are kept.</source>
        <translation>Mape USB zibatmiņā vai sinhronizētā mapē glabā kopiju ārpus šī datora. Rezerves kopijas pēc ierakstīšanas tiek pārbaudītas; tiek glabātas 7 ikdienas, 4 iknedēļas un 12 ikmēneša kopijas.</translation>
    </message>
    <message>
        <source>{value0}  (beside the database)</source>
        <translation>{value0}  (blakus datubāzei)</translation>
    </message>
    <message>
        <source>beside the database, in backups/</source>
        <translation>blakus datubāzei, mapē backups/</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Uzņēmuma nosaukums</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Reģistrācijas nr.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Tīmekļa vietne</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banka</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>Bāzes valūta</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Dokumentu valoda</translation>
    </message>
    <message>
        <source>Street and number
Postal code and city</source>
        <translation>Iela un numurs
Pasta indekss un pilsēta</translation>
    </message>
    <message>
        <source>LV80 BANK 0000 4351 9500 1 — printed with a payment QR code</source>
        <translation>LV80 BANK 0000 4351 9500 1 — drukāts ar maksājuma QR kodu</translation>
    </message>
    <message>
        <source>en, lv, es, fa, ru, sv…</source>
        <translation>en, lv, es, fa, ru, sv…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Nav logotipa</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Izvēlēties logotipu…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Noņemt logotipu</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation>Logotips (PNG vai JPEG)</translation>
    </message>
    <message>
        <source>Save company details</source>
        <translation>Saglabāt uzņēmuma informāciju</translation>
    </message>
    <message>
        <source>Reading the company details</source>
        <translation>Lasa uzņēmuma informāciju</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saglabāts.</translation>
    </message>
    <message>
        <source>Saving the company details</source>
        <translation>Saglabā uzņēmuma informāciju</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Izvēlieties logotipu</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Attēli (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Setting the logo</source>
        <translation>Iestata logotipu</translation>
    </message>
    <message>
        <source>Removing the logo</source>
        <translation>Noņem logotipu</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksts</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Izvēle</translation>
    </message>
    <message>
        <source>Custom fields of customers</source>
        <translation>Klientu pielāgotie lauki</translation>
    </message>
    <message>
        <source>Add field…</source>
        <translation>Pievienot lauku…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Paslēpt</translation>
    </message>
    <message>
        <source>Reading the custom fields</source>
        <translation>Lasa pielāgotos laukus</translation>
    </message>
    <message>
        <source>   — hidden</source>
        <translation>   — paslēpts</translation>
    </message>
    <message>
        <source>key: {key}</source>
        <translation>atslēga: {key}</translation>
    </message>
    <message>
        <source>No custom fields yet. Add one, e.g. 'Shoe size' (number).</source>
        <translation>Pielāgotu lauku vēl nav. Pievienojiet kādu, piem., “Apavu izmērs” (skaitlis).</translation>
    </message>
    <message>
        <source>Changing the custom field</source>
        <translation>Maina pielāgoto lauku</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>Jauns pielāgotais lauks</translation>
    </message>
    <message>
        <source>e.g. Favourite colour</source>
        <translation>piem., Mīļākā krāsa</translation>
    </message>
    <message>
        <source>comma-separated, e.g. red, green, blue</source>
        <translation>atdalītas ar komatu, piem., sarkana, zaļa, zila</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Izvēles</translation>
    </message>
    <message>
        <source>Adding the custom field</source>
        <translation>Pievieno pielāgoto lauku</translation>
    </message>
    <message>
        <source>Language of crmdesk</source>
        <translation>crmdesk valoda</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Restartēt tagad</translation>
    </message>
    <message>
        <source>Documents are printed in each customer's own language, set on the customer.</source>
        <translation>Dokumenti tiek drukāti katra klienta valodā, kas iestatīta pie klienta.</translation>
    </message>
    <message>
        <source>crmdesk uses the new language from its next start.</source>
        <translation>crmdesk izmantos jauno valodu pēc nākamās palaišanas.</translation>
    </message>
    <message>
        <source>Rates change: check them with your accountant.</source>
        <translation>Likmes mainās: pārbaudiet tās pie sava grāmatveža.</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Nodokļu likmes</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Noklusējums</translation>
    </message>
    <message>
        <source>Add rate…</source>
        <translation>Pievienot likmi…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediģēt…</translation>
    </message>
    <message>
        <source>Add this country's rates</source>
        <translation>Pievienot šīs valsts likmes</translation>
    </message>
    <message>
        <source>Reading the tax rates</source>
        <translation>Lasa nodokļu likmes</translation>
    </message>
    <message>
        <source>Adding the tax rates</source>
        <translation>Pievieno nodokļu likmes</translation>
    </message>
    <message>
        <source>Saving the tax rate</source>
        <translation>Saglabā nodokļa likmi</translation>
    </message>
    <message>
        <source>New tax rate</source>
        <translation>Jauna nodokļa likme</translation>
    </message>
    <message>
        <source>Default for new products and lines</source>
        <translation>Noklusējums jaunām precēm un rindām</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Likme (%)</translation>
    </message>
    <message>
        <source>Enter a percent from 0 to 100.</source>
        <translation>Ievadiet procentus no 0 līdz 100.</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>Dokumentu numuri</translation>
    </message>
    <message>
        <source>Reading the number patterns</source>
        <translation>Lasa numuru veidnes</translation>
    </message>
    <message>
        <source>next: {example}</source>
        <translation>nākamais: {example}</translation>
    </message>
    <message>
        <source>Saving the number pattern</source>
        <translation>Saglabā numura veidni</translation>
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
        <translation>Laipni lūdzam crmdesk</translation>
    </message>
    <message>
        <source>Your customers, quotes, invoices and stock, in one file on this computer.</source>
        <translation>Jūsu klienti, piedāvājumi, rēķini un krājumi vienā failā šajā datorā.</translation>
    </message>
    <message>
        <source>Set up my business (about two minutes)</source>
        <translation>Iestatīt manu uzņēmumu (aptuveni divas minūtes)</translation>
    </message>
    <message>
        <source>Look around with demo data first ({demo_customers:,} made-up customers, three years of history)</source>
        <translation>Vispirms apskatīties ar demonstrācijas datiem ({demo_customers:,} izdomāti klienti, trīs gadu vēsture)</translation>
    </message>
    <message>
        <source>Demo data goes into this database file; start for real later with File ▸ New database.</source>
        <translation>Demonstrācijas dati tiek ievietoti šajā datubāzes failā; vēlāk sāciet īsto darbu ar Fails ▸ Jauna datubāze.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Jūsu uzņēmums</translation>
    </message>
    <message>
        <source>As it should appear on quotes and invoices. The IBAN adds a payment QR code.</source>
        <translation>Kā tam jāparādās piedāvājumos un rēķinos. IBAN pievieno maksājuma QR kodu.</translation>
    </message>
    <message>
        <source>Country, taxes and invoice numbers</source>
        <translation>Valsts, nodokļi un rēķinu numuri</translation>
    </message>
    <message>
        <source>Rates change: check them with your accountant. Everything here is editable in Settings.</source>
        <translation>Likmes mainās: pārbaudiet tās pie sava grāmatveža. Visu šeit var rediģēt iestatījumos.</translation>
    </message>
    <message>
        <source>Another country (add tax rates in Settings)</source>
        <translation>Cita valsts (nodokļu likmes pievienojiet iestatījumos)</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Rēķinu numuri</translation>
    </message>
    <message>
        <source>No preset: add your rates in Settings ▸ Taxes and numbers.</source>
        <translation>Nav iepriekš iestatītu likmju: pievienojiet savas likmes sadaļā Iestatījumi ▸ Nodokļi un numuri.</translation>
    </message>
    <message>
        <source>The first invoice will be number {first}.</source>
        <translation>Pirmā rēķina numurs būs {first}.</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Kur glabājas jūsu dati</translation>
    </message>
    <message>
        <source>One file holds everything; verified backups are written automatically.</source>
        <translation>Viens fails satur visu; pārbaudītas rezerves kopijas tiek rakstītas automātiski.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datubāzes fails</translation>
    </message>
    <message>
        <source>To keep the database elsewhere (e.g. a synced folder), use File ▸ New database later.</source>
        <translation>Lai datubāzi glabātu citur (piem., sinhronizētā mapē), vēlāk izmantojiet Fails ▸ Jauna datubāze.</translation>
    </message>
    <message>
        <source>Set up crmdesk</source>
        <translation>Iestatīt crmdesk</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Atjaunot noklusējumu</translation>
    </message>
    <message>
        <source>Email texts per language</source>
        <translation>E-pasta teksti katrā valodā</translation>
    </message>
    <message>
        <source>Placeholders you can use: {names}</source>
        <translation>Izmantojamie aizstājēji: {names}</translation>
    </message>
    <message>
        <source>Warn and allow it</source>
        <translation>Brīdināt un atļaut</translation>
    </message>
    <message>
        <source>Refuse the movement</source>
        <translation>Atteikt kustību</translation>
    </message>
    <message>
        <source>When stock would go below zero:</source>
        <translation>Ja krājums kļūtu mazāks par nulli:</translation>
    </message>
</context>
</TS>