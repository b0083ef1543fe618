<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv">
<context>
    <name />
    <message>
        <source>{value0:,.1f} M</source>
        <translation>{value0:,.1f} mn</translation>
    </message>
    <message>
        <source>{value0:,.0f} k</source>
        <translation>{value0:,.0f} tn</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>{name} is damaged: looking for a good backup…</source>
        <translation>{name} är skadad: letar efter en fungerande säkerhetskopia…</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>Återställer {name}…</translation>
    </message>
    <message>
        <source>Open a crmdesk database</source>
        <translation>Öppna en crmdesk-databas</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>Öppnar {path}…</translation>
    </message>
    <message>
        <source>{APP_NAME} — cannot open the database</source>
        <translation>{APP_NAME} — kan inte öppna databasen</translation>
    </message>
    <message>
        <source>crmdesk cannot open {name}.</source>
        <translation>crmdesk kan inte öppna {name}.</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Öppna en annan fil…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Backups go to {folder}. Use File ▸ Backup now.</source>
        <translation>Säkerhetskopior sparas i {folder}. Använd Arkiv ▸ Säkerhetskopiera nu.</translation>
    </message>
    <message>
        <source>Backup: {age}</source>
        <translation>Säkerhetskopia: {age}</translation>
    </message>
    <message>
        <source>Last backup {last_taken_at:%Y-%m-%d %H:%M} UTC in {folder}</source>
        <translation>Senaste säkerhetskopia {last_taken_at:%Y-%m-%d %H:%M} UTC i {folder}</translation>
    </message>
    <message>
        <source>Read-only: no backups</source>
        <translation>Skrivskyddad: inga säkerhetskopior</translation>
    </message>
    <message>
        <source>The file was opened read-only; crmdesk takes no backups of it.</source>
        <translation>Filen öppnades skrivskyddad; crmdesk gör inga säkerhetskopior av den.</translation>
    </message>
    <message>
        <source>⚠ no backup yet</source>
        <translation>⚠ ingen säkerhetskopia ännu</translation>
    </message>
    <message>
        <source>⚠ last backup {days} days ago</source>
        <translation>⚠ senaste säkerhetskopian för {days} dagar sedan</translation>
    </message>
    <message>
        <source>⚠ last backup {hours} hours ago</source>
        <translation>⚠ senaste säkerhetskopian för {hours} timmar sedan</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen ännu</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just nu</translation>
    </message>
    <message>
        <source>{value0} min ago</source>
        <translation>för {value0} min sedan</translation>
    </message>
    <message>
        <source>{value0} h ago</source>
        <translation>för {value0} h sedan</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Säkerhetskopia sparad: {path}</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Säkerhetskopierar före stängning…</translation>
    </message>
    <message>
        <source>on close</source>
        <translation>vid stängning</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>Öppet klagomål</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Kontaktlogg</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Open complaints only</source>
        <translation>Endast öppna klagomål</translation>
    </message>
    <message>
        <source>Resolve complaint…</source>
        <translation>Lös klagomål…</translation>
    </message>
    <message>
        <source>{count:,} entry</source>
        <translation>{count:,} post</translation>
    </message>
    <message>
        <source>{count:,} entries</source>
        <translation>{count:,} poster</translation>
    </message>
    <message>
        <source>Reading the contact log</source>
        <translation>Läser kontaktloggen</translation>
    </message>
    <message>
        <source>Resolve complaint</source>
        <translation>Lös klagomål</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>Hur löstes det?</translation>
    </message>
    <message>
        <source>Resolving the complaint</source>
        <translation>Löser klagomålet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Snooze to tomorrow</source>
        <translation>Skjut upp till i morgon</translation>
    </message>
    <message>
        <source>Snooze a week</source>
        <translation>Skjut upp en vecka</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Undo the last Done or Snooze (Ctrl+Z)</source>
        <translation>Ångra senaste Klar eller Skjut upp (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Reading today's follow-ups</source>
        <translation>Läser dagens uppföljningar</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Inget att göra idag.</translation>
    </message>
    <message>
        <source>Today — {count} follow-up due</source>
        <translation>Idag — {count} uppföljning att göra</translation>
    </message>
    <message>
        <source>Today — {count} follow-ups due</source>
        <translation>Idag — {count} uppföljningar att göra</translation>
    </message>
    <message>
        <source>Undo {value1}</source>
        <translation>Ångra {value1}</translation>
    </message>
    <message>
        <source>Marking done</source>
        <translation>Markerar som klar</translation>
    </message>
    <message>
        <source>Snoozing</source>
        <translation>Skjuter upp</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Skjut upp</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>Ångrar</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Attach files to this customer (or drop them on the list)</source>
        <translation>Bifoga filer till den här kunden (eller släpp dem på listan)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Listing the attachments</source>
        <translation>Listar bilagorna</translation>
    </message>
    <message>
        <source>  · from the contact log</source>
        <translation>  · från kontaktloggen</translation>
    </message>
    <message>
        <source>{filename}
{mime_type}, {size:,} bytes</source>
        <translation>{filename}
{mime_type}, {size:,} byte</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Bifoga filer</translation>
    </message>
    <message>
        <source>Attaching {name}</source>
        <translation>Bifogar {name}</translation>
    </message>
    <message>
        <source>Opening the attachment</source>
        <translation>Öppnar bilagan</translation>
    </message>
    <message>
        <source>Reading the attachment</source>
        <translation>Läser bilagan</translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation>Spara bilaga som</translation>
    </message>
    <message>
        <source>Saving {name}</source>
        <translation>Sparar {name}</translation>
    </message>
    <message>
        <source>Remove attachment?</source>
        <translation>Ta bort bilaga?</translation>
    </message>
    <message>
        <source>Remove {name}? It is deleted from the database file (backups keep their copy).</source>
        <translation>Ta bort {name}? Den raderas ur databasfilen (säkerhetskopiorna behåller sin kopia).</translation>
    </message>
    <message>
        <source>Removing {name}</source>
        <translation>Tar bort {name}</translation>
    </message>
    <message>
        <source>Customer — {name}</source>
        <translation>Kund — {name}</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresser</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Notes and custom fields</source>
        <translation>Anteckningar och egna fält</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Lägg till e-post</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-postadresser</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Lägg till telefon</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoner</translation>
    </message>
    <message>
        <source>VAT / tax id</source>
        <translation>Momsnr / skattenr</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Betalningsvillkor</translation>
    </message>
    <message>
        <source>comma-separated, e.g. wholesale, vip</source>
        <translation>kommaseparerade, t.ex. grossist, vip</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Fakturaadress</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Leveransadress</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Enter the contact person's name.</source>
        <translation>Ange kontaktpersonens namn.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Förkasta ändringar?</translation>
    </message>
    <message>
        <source>This customer has changes that are not saved. Discard them?</source>
        <translation>Den här kunden har ändringar som inte har sparats. Vill du förkasta dem?</translation>
    </message>
    <message>
        <source>Saving the customer</source>
        <translation>Sparar kunden</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>Line 2</source>
        <translation>Rad 2</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country (LV, SE…)</source>
        <translation>Land (LV, SE…)</translation>
    </message>
    <message>
        <source>Edit {key}</source>
        <translation>Redigera {key}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Add contact person</source>
        <translation>Lägg till kontaktperson</translation>
    </message>
    <message>
        <source>Contact person {value1}</source>
        <translation>Kontaktperson {value1}</translation>
    </message>
    <message>
        <source>Enter the customer's name.</source>
        <translation>Ange kundens namn.</translation>
    </message>
    <message>
        <source>{text!r} is not a country code (e.g. LV, SE).</source>
        <translation>{text!r} är inte en landskod (t.ex. LV, SE).</translation>
    </message>
    <message>
        <source>{text!r} is not a language code (e.g. en, lv, fa).</source>
        <translation>{text!r} är inte en språkkod (t.ex. en, lv, fa).</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>Aktiva och arkiverade</translation>
    </message>
    <message>
        <source>Archived only</source>
        <translation>Endast arkiverade</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>RFM segments (computed over the whole history) and saved filters</source>
        <translation>RFM-segment (beräknade över hela historiken) och sparade filter</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Save filters as segment…</source>
        <translation>Spara filter som segment…</translation>
    </message>
    <message>
        <source>Delete this saved segment</source>
        <translation>Ta bort det här sparade segmentet</translation>
    </message>
    <message>
        <source>Log campaign…</source>
        <translation>Logga kampanj…</translation>
    </message>
    <message>
        <source>Record one interaction on every customer of the current segment</source>
        <translation>Registrera en interaktion för varje kund i det aktuella segmentet</translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>Exportera kontakter…</translation>
    </message>
    <message>
        <source>Any city</source>
        <translation>Alla orter</translation>
    </message>
    <message>
        <source>Only customers with a complaint that is not resolved yet</source>
        <translation>Endast kunder med ett klagomål som ännu inte är löst</translation>
    </message>
    <message>
        <source>Overdue follow-up</source>
        <translation>Försenad uppföljning</translation>
    </message>
    <message>
        <source>Only customers with a follow-up that was due before now and is not done</source>
        <translation>Endast kunder med en uppföljning som förföll före nu och inte är klar</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>Show every active customer again</source>
        <translation>Visa alla aktiva kunder igen</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alla taggar</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Alla länder</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Alla segment</translation>
    </message>
    <message>
        <source>the current filters</source>
        <translation>de aktuella filtren</translation>
    </message>
    <message>
        <source>Reading the saved segments</source>
        <translation>Läser de sparade segmenten</translation>
    </message>
    <message>
        <source>Saving the segment</source>
        <translation>Sparar segmentet</translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation>Spara som segment</translation>
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation>Segmentets namn:</translation>
    </message>
    <message>
        <source>Deleting the segment</source>
        <translation>Tar bort segmentet</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Ta bort segment</translation>
    </message>
    <message>
        <source>Delete the saved segment “{name}”? The customers stay as they are.</source>
        <translation>Ta bort det sparade segmentet ”{name}”? Kunderna förblir som de är.</translation>
    </message>
    <message>
        <source>Logging the campaign</source>
        <translation>Loggar kampanjen</translation>
    </message>
    <message>
        <source>Counting the segment</source>
        <translation>Räknar segmentet</translation>
    </message>
    <message>
        <source>Exporting the contacts</source>
        <translation>Exporterar kontakterna</translation>
    </message>
    <message>
        <source>Export the segment's contacts</source>
        <translation>Exportera segmentets kontakter</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Log campaign</source>
        <translation>Logga kampanj</translation>
    </message>
    <message>
        <source>e.g. Spring offer sent</source>
        <translation>t.ex. Vårerbjudande skickat</translation>
    </message>
    <message>
        <source>Counting the customers…</source>
        <translation>Räknar kunderna…</translation>
    </message>
    <message>
        <source>Segment: &lt;b&gt;{escape}&lt;/b&gt;</source>
        <translation>Segment: &lt;b&gt;{escape}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Ä&amp;mne:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>One entry will be logged on {count:,} customer.</source>
        <translation>En post loggas för {count:,} kund.</translation>
    </message>
    <message>
        <source>One entry will be logged on each of {count:,} customers.</source>
        <translation>En post loggas för var och en av {count:,} kunder.</translation>
    </message>
    <message>
        <source>Write what was sent (the subject).</source>
        <translation>Skriv vad som skickades (ämnet).</translation>
    </message>
    <message>
        <source>Log “{subject}” on {value3:,} customers of {name}?</source>
        <translation>Logga ”{subject}” för {value3:,} kunder i {name}?</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klagomål</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Återkoppling</translation>
    </message>
    <message>
        <source>Log an interaction — {customer_name}</source>
        <translation>Logga en interaktion — {customer_name}</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Följ upp den</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Nöjdhet (1–5)</translation>
    </message>
    <message>
        <source>Logging the interaction</source>
        <translation>Loggar interaktionen</translation>
    </message>
    <message>
        <source>Archive {len} customers</source>
        <translation>Arkivera {len} kunder</translation>
    </message>
    <message>
        <source>Unarchiving</source>
        <translation>Återställer från arkiv</translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation>Arkiverar</translation>
    </message>
    <message>
        <source>Unarchive {len} customers</source>
        <translation>Återställ {len} kunder från arkiv</translation>
    </message>
    <message>
        <source>Tag {len} customers “{tag}”</source>
        <translation>Tagga {len} kunder ”{tag}”</translation>
    </message>
    <message>
        <source>Untagging</source>
        <translation>Tar bort tagg</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Ny kund…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arkivera</translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>&amp;Återställ från arkiv</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Tagga…</translation>
    </message>
    <message>
        <source>E&amp;xport selected…</source>
        <translation>E&amp;xportera markerade…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Hitta &amp;dubbletter…</translation>
    </message>
    <message>
        <source>Export personal &amp;data…</source>
        <translation>Exportera person&amp;uppgifter…</translation>
    </message>
    <message>
        <source>&amp;Erase personal data…</source>
        <translation>&amp;Radera personuppgifter…</translation>
    </message>
    <message>
        <source>Opening the customer</source>
        <translation>Öppnar kunden</translation>
    </message>
    <message>
        <source>Tag customers</source>
        <translation>Tagga kunder</translation>
    </message>
    <message>
        <source>Tag for {len} customers:</source>
        <translation>Tagg för {len} kunder:</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Exportera kunder</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv);;vCard (*.vcf)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV för kalkylblad (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>{rows} customers exported to {name}</source>
        <translation>{rows} kunder exporterade till {name}</translation>
    </message>
    <message>
        <source>Select one customer to export their personal data.</source>
        <translation>Markera en kund för att exportera kundens personuppgifter.</translation>
    </message>
    <message>
        <source>Folder for the personal data export</source>
        <translation>Mapp för export av personuppgifter</translation>
    </message>
    <message>
        <source>Personal data export</source>
        <translation>Export av personuppgifter</translation>
    </message>
    <message>
        <source>Personal data written to {path}</source>
        <translation>Personuppgifter skrivna till {path}</translation>
    </message>
    <message>
        <source>Select one customer to erase their personal data.</source>
        <translation>Markera en kund för att radera kundens personuppgifter.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Radera personuppgifter</translation>
    </message>
    <message>
        <source>Erasing personal data</source>
        <translation>Raderar personuppgifter</translation>
    </message>
    <message>
        <source>Balance owed</source>
        <translation>Skuldsaldo</translation>
    </message>
    <message>
        <source>Lifetime revenue</source>
        <translation>Total intäkt</translation>
    </message>
    <message>
        <source>Lifetime margin</source>
        <translation>Total marginal</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Beställningar</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Senaste köp</translation>
    </message>
    <message>
        <source>Days between purchases</source>
        <translation>Dagar mellan köp</translation>
    </message>
    <message>
        <source>Open quotes</source>
        <translation>Öppna offerter</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Öppna klagomål</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>Select a customer</source>
        <translation>Välj en kund</translation>
    </message>
    <message>
        <source>Products often bought by customers who bought what this customer bought</source>
        <translation>Produkter som ofta köps av kunder som köpt det den här kunden köpt</translation>
    </message>
    <message>
        <source>Suggested next</source>
        <translation>Föreslås härnäst</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>Bilagor ({count})</translation>
    </message>
    <message>
        <source>Reading the customer</source>
        <translation>Läser kunden</translation>
    </message>
    <message>
        <source>{text}  ({overdue} overdue)</source>
        <translation>{text}  ({overdue} försenade)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Offert</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <source>crmdesk databases (*{DATABASE_SUFFIX} *.db);;All files (*)</source>
        <translation>crmdesk-databaser (*{DATABASE_SUFFIX} *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>&amp;Mapp för säkerhetskopior…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna s&amp;enaste</translation>
    </message>
    <message>
        <source>New crmdesk database</source>
        <translation>Ny crmdesk-databas</translation>
    </message>
    <message>
        <source>crmdesk — New database</source>
        <translation>crmdesk — Ny databas</translation>
    </message>
    <message>
        <source>No other recent files</source>
        <translation>Inga andra senaste filer</translation>
    </message>
    <message>
        <source>{name} is already open.</source>
        <translation>{name} är redan öppen.</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Öppnade {path}</translation>
    </message>
    <message>
        <source> (upgraded; the old version was saved to {backup})</source>
        <translation> (uppgraderad; den gamla versionen sparades i {backup})</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>Öppnar {name}</translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation>En säkerhetskopiering pågår redan.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <source>Backups now go to {folder}</source>
        <translation>Säkerhetskopior sparas nu i {folder}</translation>
    </message>
    <message>
        <source>crmdesk — the database is damaged</source>
        <translation>crmdesk — databasen är skadad</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be opened.</source>
        <translation>{name} är skadad och kan inte öppnas.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Återställ den här säkerhetskopian</translation>
    </message>
    <message>
        <source>{stem} — preview</source>
        <translation>{stem} — förhandsgranskning</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Öppna mapp</translation>
    </message>
    <message>
        <source>Email draft</source>
        <translation>E-postutkast</translation>
    </message>
    <message>
        <source>Write an email with the PDF attached and open it in your mail program</source>
        <translation>Skriv ett e-postmeddelande med PDF-filen bifogad och öppna det i ditt e-postprogram</translation>
    </message>
    <message>
        <source>Send via SMTP…</source>
        <translation>Skicka via SMTP…</translation>
    </message>
    <message>
        <source>Send the email now through the mail server set in Settings</source>
        <translation>Skicka e-postmeddelandet nu via e-postservern som angetts i Inställningar</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zooma ut (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zooma in (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Anpassa till bredd</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>Föregående sida (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>Nästa sida (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source> of {page_count} </source>
        <translation> av {page_count} </translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Sparar {name}…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Sparad i {path}</translation>
    </message>
    <message>
        <source>Writing the email draft…</source>
        <translation>Skriver e-postutkastet…</translation>
    </message>
    <message>
        <source>Email draft to {to} written to {path}</source>
        <translation>E-postutkast till {to} skrivet till {path}</translation>
    </message>
    <message>
        <source>No mail program opened the draft; it is at {path}</source>
        <translation>Inget e-postprogram öppnade utkastet; det finns i {path}</translation>
    </message>
    <message>
        <source>Sending the email…</source>
        <translation>Skickar e-postmeddelandet…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Skickar</translation>
    </message>
    <message>
        <source>Sent to {to} through {server}</source>
        <translation>Skickat till {to} via {server}</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Inte skickat.</translation>
    </message>
    <message>
        <source>{doing} failed.</source>
        <translation>{doing} misslyckades.</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Ingen (okrypterad)</translation>
    </message>
    <message>
        <source>stored in the system keyring — type to replace</source>
        <translation>lagrat i systemets nyckelring — skriv för att ersätta</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in the database</source>
        <translation>sparas i systemets nyckelring, aldrig i databasen</translation>
    </message>
    <message>
        <source>usually your email address</source>
        <translation>oftast din e-postadress</translation>
    </message>
    <message>
        <source>Your Company &lt;office@example.com&gt;</source>
        <translation>Ditt företag &lt;office@example.com&gt;</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Skicka testmeddelande</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>E-postserver</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Sender (From)</source>
        <translation>Avsändare (Från)</translation>
    </message>
    <message>
        <source>Reading the mail settings</source>
        <translation>Läser e-postinställningarna</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saving the mail settings</source>
        <translation>Sparar e-postinställningarna</translation>
    </message>
    <message>
        <source>Saved. Emails go out through {host}:{port}.</source>
        <translation>Sparat. E-post skickas via {host}:{port}.</translation>
    </message>
    <message>
        <source>Sending a test email through {value1}…</source>
        <translation>Skickar ett testmeddelande via {value1}…</translation>
    </message>
    <message>
        <source>Test email</source>
        <translation>Testmeddelande</translation>
    </message>
    <message>
        <source>Test email sent to {to}. Check that it arrived.</source>
        <translation>Testmeddelande skickat till {to}. Kontrollera att det kom fram.</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Hitta dubbletter</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Letar efter dubbletter…</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Möjlig dubblett</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>&amp;Compare and merge…</source>
        <translation>&amp;Jämför och slå ihop…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translation>Söker dubbletter</translation>
    </message>
    <message>
        <source>{len} possible duplicate pair(s), most likely first. Open one to compare and merge.</source>
        <translation>{len} möjliga dubblettpar, de mest sannolika först. Öppna ett för att jämföra och slå ihop.</translation>
    </message>
    <message>
        <source>No likely duplicates among the active customers.</source>
        <translation>Inga troliga dubbletter bland de aktiva kunderna.</translation>
    </message>
    <message>
        <source>contact-log entry</source>
        <translation>post i kontaktloggen</translation>
    </message>
    <message>
        <source>contact-log entries</source>
        <translation>poster i kontaktloggen</translation>
    </message>
    <message>
        <source>draft invoice</source>
        <translation>fakturautkast</translation>
    </message>
    <message>
        <source>draft invoices</source>
        <translation>fakturautkast</translation>
    </message>
    <message>
        <source>delivery note</source>
        <translation>följesedel</translation>
    </message>
    <message>
        <source>delivery notes</source>
        <translation>följesedlar</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>kontaktperson</translation>
    </message>
    <message>
        <source>contact persons</source>
        <translation>kontaktpersoner</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>e-postadress</translation>
    </message>
    <message>
        <source>email addresses</source>
        <translation>e-postadresser</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <source>Moves to the kept customer: </source>
        <translation>Flyttas till den kund som behålls: </translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>inget annat</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Slå ihop kunder</translation>
    </message>
    <message>
        <source>S&amp;wap sides</source>
        <translation>&amp;Byt sida</translation>
    </message>
    <message>
        <source>Keep the right-hand customer instead</source>
        <translation>Behåll kunden till höger i stället</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Slå ihop</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>Å&amp;ngra sammanslagning</translation>
    </message>
    <message>
        <source>Put both customers back as they were (Ctrl+Z)</source>
        <translation>Återställ båda kunderna som de var (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Comparing the customers</source>
        <translation>Jämför kunderna</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Kept #{survivor_id}</source>
        <translation>Behålls #{survivor_id}</translation>
    </message>
    <message>
        <source>Merged #{duplicate_id}</source>
        <translation>Sammanslagen #{duplicate_id}</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Slår ihop…</translation>
    </message>
    <message>
        <source>Merged: {moved} record(s) moved to #{survivor_id}. Undo puts everything back.</source>
        <translation>Sammanslaget: {moved} post(er) flyttade till #{survivor_id}. Ångra återställer allt.</translation>
    </message>
    <message>
        <source>Undoing the merge…</source>
        <translation>Ångrar sammanslagningen…</translation>
    </message>
    <message>
        <source>The merge was undone: both customers are back as they were.</source>
        <translation>Sammanslagningen ångrades: båda kunderna är som de var.</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Slår ihop</translation>
    </message>
    <message>
        <source>{APP_TITLE} — {doing} failed</source>
        <translation>{APP_TITLE} — {doing} misslyckades</translation>
    </message>
    <message>
        <source>{APP_TITLE} — unexpected error</source>
        <translation>{APP_TITLE} — oväntat fel</translation>
    </message>
    <message>
        <source>Something went wrong that crmdesk did not expect. The action may not have been completed; what was saved before stays saved.</source>
        <translation>Något gick fel som crmdesk inte förväntade sig. Åtgärden kanske inte slutfördes; det som sparades innan förblir sparat.</translation>
    </message>
    <message>
        <source>{name__}: {error}

The details below are also in crmdesk's log file.</source>
        <translation>{name__}: {error}

Informationen nedan finns också i crmdesks loggfil.</translation>
    </message>
    <message>
        <source>The action failed.</source>
        <translation>Åtgärden misslyckades.</translation>
    </message>
    <message>
        <source>Set up for {name}. Change anything in Settings.</source>
        <translation>Konfigurerat för {name}. Du kan ändra allt i Inställningar.</translation>
    </message>
    <message>
        <source>Saving the setup</source>
        <translation>Sparar konfigurationen</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Skapar demodata…</translation>
    </message>
    <message>
        <source>Creating demo data: {step}…</source>
        <translation>Skapar demodata: {step}…</translation>
    </message>
    <message>
        <source>Demo data added: {customers:,} customers.</source>
        <translation>Demodata tillagda: {customers:,} kunder.</translation>
    </message>
    <message>
        <source>Creating demo data</source>
        <translation>Skapar demodata</translation>
    </message>
    <message>
        <source>SQLAlchemy</source>
        <translation>SQLAlchemy</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>In tables: Enter opens the selected row. In editors: Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>I tabeller: Enter öppnar den markerade raden. I redigerare: Ctrl+Z ångrar, Ctrl+Shift+Z gör om.</translation>
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
        <translation>Databas</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Loggar</translation>
    </message>
    <message>
        <source>Customer files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>Kundfiler (*.csv *.tsv *.txt *.xlsx *.vcf);;Alla filer (*)</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorera —</translation>
    </message>
    <message>
        <source>Skip them (keep the customer as it is)</source>
        <translation>Hoppa över dem (behåll kunden som den är)</translation>
    </message>
    <message>
        <source>Merge into the existing customer (fill empty fields, add emails, phones, tags)</source>
        <translation>Slå ihop med den befintliga kunden (fyll tomma fält, lägg till e-post, telefoner, taggar)</translation>
    </message>
    <message>
        <source>Create them as new customers anyway</source>
        <translation>Skapa dem som nya kunder ändå</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importera kunder</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Läser filen…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Kontrollerar raderna…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Välj en fil</translation>
    </message>
    <message>
        <source>CSV or text (any encoding, comma, semicolon or tab), Excel .xlsx, or vCard .vcf.</source>
        <translation>CSV eller text (valfri kodning, komma, semikolon eller tabb), Excel .xlsx eller vCard .vcf.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Filen som ska importeras</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>header in row {header_row}</source>
        <translation>rubrik på rad {header_row}</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Matcha kolumnerna</translation>
    </message>
    <message>
        <source>crmdesk recognised what it could; choose a field for the others or leave them ignored.</source>
        <translation>crmdesk kände igen det som gick; välj ett fält för de övriga eller låt dem ignoreras.</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Spara mappning…</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>Sparade mappningar:</translation>
    </message>
    <message>
        <source>(the recognised mapping)</source>
        <translation>(den igenkända mappningen)</translation>
    </message>
    <message>
        <source>(none saved yet)</source>
        <translation>(inga sparade ännu)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Spara mappning</translation>
    </message>
    <message>
        <source>Name for this column mapping:</source>
        <translation>Namn på den här kolumnmappningen:</translation>
    </message>
    <message>
        <source>Saving the mapping</source>
        <translation>Sparar mappningen</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Kontrollera raderna</translation>
    </message>
    <message>
        <source>Rows with a problem are left out; rows that look like a customer you have wait for your choice.</source>
        <translation>Rader med problem utelämnas; rader som liknar en befintlig kund väntar på ditt val.</translation>
    </message>
    <message>
        <source>&amp;Import the valid rows</source>
        <translation>&amp;Importera de giltiga raderna</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Spara &amp;rapport…</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Liknar</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Eftersom</translation>
    </message>
    <message>
        <source>Rows left out:</source>
        <translation>Utelämnade rader:</translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>Alla rader är giltiga.</translation>
    </message>
    <message>
        <source>{customer_name} (customer {customer_id})</source>
        <translation>{customer_name} (kund {customer_id})</translation>
    </message>
    <message>
        <source>row {earlier_row} of this file</source>
        <translation>rad {earlier_row} i den här filen</translation>
    </message>
    <message>
        <source>{rows} looks like a customer you already have (or an earlier row):</source>
        <translation>{rows} liknar en kund som du redan har (eller en tidigare rad):</translation>
    </message>
    <message>
        <source>{rows} look like customers you already have (or an earlier row):</source>
        <translation>{rows} liknar kunder som du redan har (eller en tidigare rad):</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Spara rapport</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report saved to {written}</source>
        <translation>Rapporten sparad i {written}</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Sparar rapporten</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importerar</translation>
    </message>
    <message>
        <source>One step: either every valid row is imported or none is.</source>
        <translation>Ett steg: antingen importeras alla giltiga rader eller ingen.</translation>
    </message>
    <message>
        <source>Taking a backup, then importing…</source>
        <translation>Tar en säkerhetskopia och importerar sedan…</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Inget importerades: {error}</translation>
    </message>
    <message>
        <source>The customers are on the Customers page; Undo removes this import as a whole.</source>
        <translation>Kunderna finns på sidan Kunder; Ångra tar bort hela den här importen.</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>Å&amp;ngra import</translation>
    </message>
    <message>
        <source>A backup was taken first: {name}</source>
        <translation>En säkerhetskopia togs först: {name}</translation>
    </message>
    <message>
        <source>Import undone: {removed:,} customer(s) removed.</source>
        <translation>Import ångrad: {removed:,} kund(er) borttagna.</translation>
    </message>
    <message>
        <source>{count:,} row</source>
        <translation>{count:,} rad</translation>
    </message>
    <message>
        <source>{count:,} rows</source>
        <translation>{count:,} rader</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levererad</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportör</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Spårningsnummer</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>New from invoice…</source>
        <translation>Ny från faktura…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Listing delivery notes</source>
        <translation>Listar följesedlar</translation>
    </message>
    <message>
        <source>{count:,} delivery note</source>
        <translation>{count:,} följesedel</translation>
    </message>
    <message>
        <source>{count:,} delivery notes</source>
        <translation>{count:,} följesedlar</translation>
    </message>
    <message>
        <source>New delivery note</source>
        <translation>Ny följesedel</translation>
    </message>
    <message>
        <source>Invoice number:</source>
        <translation>Fakturanummer:</translation>
    </message>
    <message>
        <source>Making the delivery note</source>
        <translation>Skapar följesedeln</translation>
    </message>
    <message>
        <source>Opening the delivery note</source>
        <translation>Öppnar följesedeln</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Spara uppgifter</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Markera som levererad</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Ta bort utkast</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Delivery note {label}</source>
        <translation>Följesedel {label}</translation>
    </message>
    <message>
        <source>Delivery note {label} — {NOTE_LABELS}</source>
        <translation>Följesedel {label} — {NOTE_LABELS}</translation>
    </message>
    <message>
        <source>Customer: {customer_name}</source>
        <translation>Kund: {customer_name}</translation>
    </message>
    <message>
        <source>Shipped: {iso}</source>
        <translation>Skickad: {iso}</translation>
    </message>
    <message>
        <source>Shipping takes these goods out of stock.</source>
        <translation>Vid leverans tas varorna ut ur lagret.</translation>
    </message>
    <message>
        <source>Stock was taken out by the issued invoice.</source>
        <translation>Lagret minskades av den utfärdade fakturan.</translation>
    </message>
    <message>
        <source>Stock went below zero: </source>
        <translation>Lagret gick under noll: </translation>
    </message>
    <message>
        <source>Saving the delivery note</source>
        <translation>Sparar följesedeln</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Skickar</translation>
    </message>
    <message>
        <source>Marking delivered</source>
        <translation>Markerar som levererad</translation>
    </message>
    <message>
        <source>Deleting the draft</source>
        <translation>Tar bort utkastet</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Ingående saldo</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Mottagna varor</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Såld</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returnerad</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Leverans</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Justering</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Partially received</source>
        <translation>Delvis mottagen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullerad</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Förra året</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All tid</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Skatt</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvitto</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Total {cur}</source>
        <translation>Totalt {cur}</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <source>Add expense…</source>
        <translation>Lägg till utgift…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>&lt;b&gt;By category&lt;/b&gt;</source>
        <translation>&lt;b&gt;Per kategori&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;By month&lt;/b&gt;</source>
        <translation>&lt;b&gt;Per månad&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Listing expenses</source>
        <translation>Listar utgifter</translation>
    </message>
    <message>
        <source>{count:,} expense</source>
        <translation>{count:,} utgift</translation>
    </message>
    <message>
        <source>{count:,} expenses</source>
        <translation>{count:,} utgifter</translation>
    </message>
    <message>
        <source>Opening the expense</source>
        <translation>Öppnar utgiften</translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation>Lägg till utgift</translation>
    </message>
    <message>
        <source>Rent, fuel, tools…</source>
        <translation>Hyra, bränsle, verktyg…</translation>
    </message>
    <message>
        <source>No supplier</source>
        <translation>Ingen leverantör</translation>
    </message>
    <message>
        <source>Attach receipt…</source>
        <translation>Bifoga kvitto…</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Inget kvitto</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Nettobelopp</translation>
    </message>
    <message>
        <source>Attach receipt</source>
        <translation>Bifoga kvitto</translation>
    </message>
    <message>
        <source>Receipts (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Kvitton (*.pdf *.png *.jpg *.jpeg);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Enter a category (rent, fuel, tools…).</source>
        <translation>Ange en kategori (hyra, bränsle, verktyg…).</translation>
    </message>
    <message>
        <source>net amount</source>
        <translation>nettobelopp</translation>
    </message>
    <message>
        <source>Enter the {what} as a number, e.g. 12.50.</source>
        <translation>Ange {what} som ett tal, t.ex. 12.50.</translation>
    </message>
    <message>
        <source>The {what} cannot be negative.</source>
        <translation>Värdet för {what} kan inte vara negativt.</translation>
    </message>
    <message>
        <source>The {what} has at most {MONEY_SCALE} decimal places.</source>
        <translation>Värdet för {what} får ha högst {MONEY_SCALE} decimaler.</translation>
    </message>
    <message>
        <source>Enter the amount spent.</source>
        <translation>Ange det använda beloppet.</translation>
    </message>
    <message>
        <source>Saving the expense</source>
        <translation>Sparar utgiften</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Återaktivera</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Inaktivera</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>Sök artikelnummer, namn eller streckkod</translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation>Endast lågt lager</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Visa inaktiva</translation>
    </message>
    <message>
        <source>Show low stock</source>
        <translation>Visa lågt lager</translation>
    </message>
    <message>
        <source>Draft purchase orders</source>
        <translation>Utkast till inköpsorder</translation>
    </message>
    <message>
        <source>One draft order per preferred supplier, from the reorder suggestions</source>
        <translation>En utkastorder per föredragen leverantör, utifrån beställningsförslagen</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;Ny produkt…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Stock &amp;history…</source>
        <translation>Lager&amp;historik…</translation>
    </message>
    <message>
        <source>&amp;Adjust stock…</source>
        <translation>&amp;Justera lager…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Återaktivera</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Inköpsorder</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>Följesedlar</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Leverantörer</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Utgifter</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source> low on stock</source>
        <translation> med lågt lager</translation>
    </message>
    <message>
        <source>Listing products</source>
        <translation>Listar produkter</translation>
    </message>
    <message>
        <source>Checking stock levels</source>
        <translation>Kontrollerar lagernivåer</translation>
    </message>
    <message>
        <source>Opening the product</source>
        <translation>Öppnar produkten</translation>
    </message>
    <message>
        <source>{sku} is a service and has no stock</source>
        <translation>{sku} är en tjänst och har inget lager</translation>
    </message>
    <message>
        <source>Adjusting stock</source>
        <translation>Justerar lager</translation>
    </message>
    <message>
        <source>Deactivating the product</source>
        <translation>Inaktiverar produkten</translation>
    </message>
    <message>
        <source>⚠ {count} product is at or below the reorder level.</source>
        <translation>⚠ {count} produkt är på eller under beställningspunkten.</translation>
    </message>
    <message>
        <source>⚠ {count} products are at or below the reorder level.</source>
        <translation>⚠ {count} produkter är på eller under beställningspunkten.</translation>
    </message>
    <message>
        <source> and {more} more</source>
        <translation> och {more} till</translation>
    </message>
    <message>
        <source> Everything low is already on order.</source>
        <translation> Allt med lågt lager är redan beställt.</translation>
    </message>
    <message>
        <source>Enter {what} as a number, e.g. 12.50.</source>
        <translation>Ange {what} som ett tal, t.ex. 12.50.</translation>
    </message>
    <message>
        <source>{upper}{what} cannot be negative.</source>
        <translation>{upper}{what} kan inte vara negativt.</translation>
    </message>
    <message>
        <source>At most {scale} decimal places.</source>
        <translation>Högst {scale} decimaler.</translation>
    </message>
    <message>
        <source>Enter a SKU (the product's short code).</source>
        <translation>Ange ett artikelnummer (SKU, produktens kortkod).</translation>
    </message>
    <message>
        <source>A SKU is one word of at most 60 characters.</source>
        <translation>Ett artikelnummer är ett ord på högst 60 tecken.</translation>
    </message>
    <message>
        <source>Enter the product's name.</source>
        <translation>Ange produktens namn.</translation>
    </message>
    <message>
        <source>Enter a unit (pcs, kg, h…).</source>
        <translation>Ange en enhet (st, kg, h…).</translation>
    </message>
    <message>
        <source>the sale price</source>
        <translation>försäljningspriset</translation>
    </message>
    <message>
        <source>the cost price</source>
        <translation>inköpspriset</translation>
    </message>
    <message>
        <source>the reorder level</source>
        <translation>beställningspunkten</translation>
    </message>
    <message>
        <source>A service is not kept in stock: leave the reorder level at 0.</source>
        <translation>En tjänst lagerhålls inte: låt beställningspunkten vara 0.</translation>
    </message>
    <message>
        <source>A barcode is letters and digits only, at most 64.</source>
        <translation>En streckkod består endast av bokstäver och siffror, högst 64.</translation>
    </message>
    <message>
        <source>Product — {sku} {name}</source>
        <translation>Produkt — {sku} {name}</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Ny produkt</translation>
    </message>
    <message>
        <source>Product (kept in stock)</source>
        <translation>Produkt (lagerförs)</translation>
    </message>
    <message>
        <source>Service (no stock)</source>
        <translation>Tjänst (inget lager)</translation>
    </message>
    <message>
        <source>e.g. CHAIN-9</source>
        <translation>t.ex. CHAIN-9</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Försäljningspris</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>Inköpspris</translation>
    </message>
    <message>
        <source>No tax rate</source>
        <translation>Ingen momssats</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Momssats</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Streckkod</translation>
    </message>
    <message>
        <source>Warn when stock falls to this quantity (0: never)</source>
        <translation>Varna när lagret sjunker till detta antal (0: aldrig)</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Beställningspunkt</translation>
    </message>
    <message>
        <source>No preferred supplier</source>
        <translation>Ingen föredragen leverantör</translation>
    </message>
    <message>
        <source>Preferred supplier</source>
        <translation>Föredragen leverantör</translation>
    </message>
    <message>
        <source>Active (offered on new documents)</source>
        <translation>Aktiv (erbjuds på nya dokument)</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>{quantity} {unit} on hand, average cost {price_text}</source>
        <translation>{quantity} {unit} i lager, genomsnittskostnad {price_text}</translation>
    </message>
    <message>
        <source>Saving the product</source>
        <translation>Sparar produkten</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>I lager</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Beställ vid</translation>
    </message>
    <message>
        <source>At or below the reorder level ({quantity} {unit})</source>
        <translation>På eller under beställningspunkten ({quantity} {unit})</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Beställd</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Förväntad</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Nettosumma</translation>
    </message>
    <message>
        <source>New purchase order…</source>
        <translation>Ny inköpsorder…</translation>
    </message>
    <message>
        <source>Draft orders from reorder suggestions</source>
        <translation>Utkastordrar från beställningsförslag</translation>
    </message>
    <message>
        <source>Listing purchase orders</source>
        <translation>Listar inköpsorder</translation>
    </message>
    <message>
        <source>{count:,} order</source>
        <translation>{count:,} order</translation>
    </message>
    <message>
        <source>{count:,} orders</source>
        <translation>{count:,} order</translation>
    </message>
    <message>
        <source>Opening the purchase order</source>
        <translation>Öppnar inköpsordern</translation>
    </message>
    <message>
        <source>Drafting purchase orders</source>
        <translation>Skapar utkast till inköpsorder</translation>
    </message>
    <message>
        <source>New purchase order</source>
        <translation>Ny inköpsorder</translation>
    </message>
    <message>
        <source>Purchase order — draft</source>
        <translation>Inköpsorder — utkast</translation>
    </message>
    <message>
        <source>Draft purchase order #{id}</source>
        <translation>Utkast till inköpsorder #{id}</translation>
    </message>
    <message>
        <source>Choose the supplier and the products to order; Send gives the order its number.</source>
        <translation>Välj leverantör och de produkter som ska beställas; Skicka ger ordern dess nummer.</translation>
    </message>
    <message>
        <source>Choose a supplier…</source>
        <translation>Välj en leverantör…</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>Förväntas den</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Styckkostnad</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Radsumma</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Spara utkast</translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation>Spara och skicka</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>Välj en produkt…</translation>
    </message>
    <message>
        <source>cost price</source>
        <translation>inköpspris</translation>
    </message>
    <message>
        <source>Purchase order {label}</source>
        <translation>Inköpsorder {label}</translation>
    </message>
    <message>
        <source>Purchase order {label} — {ORDER_LABELS}</source>
        <translation>Inköpsorder {label} — {ORDER_LABELS}</translation>
    </message>
    <message>
        <source>Supplier: {supplier_name}</source>
        <translation>Leverantör: {supplier_name}</translation>
    </message>
    <message>
        <source>Ordered: {value1}</source>
        <translation>Beställd: {value1}</translation>
    </message>
    <message>
        <source>Expected: {iso}</source>
        <translation>Förväntas: {iso}</translation>
    </message>
    <message>
        <source>Net total: {money}</source>
        <translation>Nettosumma: {money}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Anteckningar: {notes}</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Återstår</translation>
    </message>
    <message>
        <source>Receive now</source>
        <translation>Ta emot nu</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Annullera order</translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation>Ta emot varor</translation>
    </message>
    <message>
        <source>no lines</source>
        <translation>inga rader</translation>
    </message>
    <message>
        <source>Line {value1}: the quantity must be a number more than 0.</source>
        <translation>Rad {value1}: antalet måste vara ett tal större än 0.</translation>
    </message>
    <message>
        <source>Line {value1}: the unit cost must be a number of 0 or more.</source>
        <translation>Rad {value1}: styckkostnaden måste vara ett tal som är 0 eller mer.</translation>
    </message>
    <message>
        <source>Choose at least one product to order.</source>
        <translation>Välj minst en produkt att beställa.</translation>
    </message>
    <message>
        <source>Net total: {format}</source>
        <translation>Nettosumma: {format}</translation>
    </message>
    <message>
        <source>Enter the quantities received as numbers of 0 or more.</source>
        <translation>Ange mottagna antal som tal som är 0 eller mer.</translation>
    </message>
    <message>
        <source>Only {quantity} left to receive on a line.</source>
        <translation>Endast {quantity} återstår att ta emot på en rad.</translation>
    </message>
    <message>
        <source>Enter a quantity to receive.</source>
        <translation>Ange ett antal att ta emot.</translation>
    </message>
    <message>
        <source>Choose a supplier.</source>
        <translation>Välj en leverantör.</translation>
    </message>
    <message>
        <source>Sending the purchase order</source>
        <translation>Skickar inköpsordern</translation>
    </message>
    <message>
        <source>Saving the purchase order</source>
        <translation>Sparar inköpsordern</translation>
    </message>
    <message>
        <source>Receiving goods</source>
        <translation>Tar emot varor</translation>
    </message>
    <message>
        <source>Cancelling the purchase order</source>
        <translation>Annullerar inköpsordern</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Kreditfaktura</translation>
    </message>
    <message>
        <source>Delivery note {reference}</source>
        <translation>Följesedel {reference}</translation>
    </message>
    <message>
        <source>Stock history</source>
        <translation>Lagerhistorik</translation>
    </message>
    <message>
        <source>Adjust stock…</source>
        <translation>Justera lager…</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>Läser historiken</translation>
    </message>
    <message>
        <source>Stock history — {sku}</source>
        <translation>Lagerhistorik — {sku}</translation>
    </message>
    <message>
        <source>A service is not kept in stock.</source>
        <translation>En tjänst lagerhålls inte.</translation>
    </message>
    <message>
        <source>Adjust stock — {sku}</source>
        <translation>Justera lager — {sku}</translation>
    </message>
    <message>
        <source>+5 or -2</source>
        <translation>+5 eller -2</translation>
    </message>
    <message>
        <source>Counted, broken, lost…</source>
        <translation>Inventerat, trasigt, förlorat…</translation>
    </message>
    <message>
        <source>On hand now</source>
        <translation>I lager nu</translation>
    </message>
    <message>
        <source>Change by</source>
        <translation>Ändra med</translation>
    </message>
    <message>
        <source>On hand after</source>
        <translation>I lager efter</translation>
    </message>
    <message>
        <source>Enter a number such as 5 or -2 (at most 3 decimals).</source>
        <translation>Ange ett tal som 5 eller -2 (högst 3 decimaler).</translation>
    </message>
    <message>
        <source>An adjustment changes stock by more or less than 0.</source>
        <translation>En justering ändrar lagret med mer eller mindre än 0.</translation>
    </message>
    <message>
        <source>Say why stock is adjusted.</source>
        <translation>Ange varför lagret justeras.</translation>
    </message>
    <message>
        <source>Stock cannot go below zero (Settings: negative stock is blocked).</source>
        <translation>Lagret kan inte gå under noll (Inställningar: negativt lager är spärrat).</translation>
    </message>
    <message>
        <source>Warning: this takes stock below zero ({quantity}).</source>
        <translation>Varning: detta gör lagret negativt ({quantity}).</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>Momsreg.nr</translation>
    </message>
    <message>
        <source>Include archived</source>
        <translation>Inkludera arkiverade</translation>
    </message>
    <message>
        <source>New supplier…</source>
        <translation>Ny leverantör…</translation>
    </message>
    <message>
        <source>Archive / unarchive</source>
        <translation>Arkivera / återställ från arkiv</translation>
    </message>
    <message>
        <source>Listing suppliers</source>
        <translation>Listar leverantörer</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkiverad</translation>
    </message>
    <message>
        <source>{count:,} supplier</source>
        <translation>{count:,} leverantör</translation>
    </message>
    <message>
        <source>{count:,} suppliers</source>
        <translation>{count:,} leverantörer</translation>
    </message>
    <message>
        <source>Archiving the supplier</source>
        <translation>Arkiverar leverantören</translation>
    </message>
    <message>
        <source>Supplier — {name}</source>
        <translation>Leverantör — {name}</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Ny leverantör</translation>
    </message>
    <message>
        <source>LV, SE…</source>
        <translation>LV, SE…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Saving the supplier</source>
        <translation>Sparar leverantören</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;Find customer…</source>
        <translation>&amp;Hitta kund…</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Sök i allt…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About crmdesk</source>
        <translation>&amp;Om crmdesk</translation>
    </message>
    <message>
        <source>crmdesk — {name}</source>
        <translation>crmdesk — {name}</translation>
    </message>
    <message>
        <source>The open database file: {path}</source>
        <translation>Den öppna databasfilen: {path}</translation>
    </message>
    <message>
        <source>About crmdesk</source>
        <translation>Om crmdesk</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>{name} is archived</source>
        <translation>{name} är arkiverad</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Search name or email  (Ctrl+F)</source>
        <translation>Sök namn eller e-post  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Logga interaktion…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Reading the filter lists</source>
        <translation>Läser filterlistorna</translation>
    </message>
    <message>
        <source>Listing customers</source>
        <translation>Listar kunder</translation>
    </message>
    <message>
        <source>No customer matches the filters</source>
        <translation>Ingen kund matchar filtren</translation>
    </message>
    <message>
        <source>{count:,} customer matches “{text}” and the filters</source>
        <translation>{count:,} kund matchar ”{text}” och filtren</translation>
    </message>
    <message>
        <source>{count:,} customers match “{text}” and the filters</source>
        <translation>{count:,} kunder matchar ”{text}” och filtren</translation>
    </message>
    <message>
        <source>{count:,} customer matches the filters</source>
        <translation>{count:,} kund matchar filtren</translation>
    </message>
    <message>
        <source>{count:,} customers match the filters</source>
        <translation>{count:,} kunder matchar filtren</translation>
    </message>
    <message>
        <source>No customer matches</source>
        <translation>Ingen kund matchar</translation>
    </message>
    <message>
        <source>{count:,} customer matches “{text}”</source>
        <translation>{count:,} kund matchar ”{text}”</translation>
    </message>
    <message>
        <source>{count:,} customers match “{text}”</source>
        <translation>{count:,} kunder matchar ”{text}”</translation>
    </message>
    <message>
        <source>No customers</source>
        <translation>Inga kunder</translation>
    </message>
    <message>
        <source>No customers (archived ones are hidden)</source>
        <translation>Inga kunder (arkiverade är dolda)</translation>
    </message>
    <message>
        <source>{count:,} customer, archived included</source>
        <translation>{count:,} kund, inklusive arkiverade</translation>
    </message>
    <message>
        <source>{count:,} customers, archived included</source>
        <translation>{count:,} kunder, inklusive arkiverade</translation>
    </message>
    <message>
        <source>{count:,} customer</source>
        <translation>{count:,} kund</translation>
    </message>
    <message>
        <source>{count:,} customers</source>
        <translation>{count:,} kunder</translation>
    </message>
    <message>
        <source>Contact log entries</source>
        <translation>Poster i kontaktloggen</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Fakturor och kreditfakturor</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Produkter och tjänster</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Förfallna fakturor</translation>
    </message>
    <message>
        <source>Follow-ups due today or earlier</source>
        <translation>Uppföljningar som förfaller idag eller tidigare</translation>
    </message>
    <message>
        <source>Products running low</source>
        <translation>Produkter som börjar ta slut</translation>
    </message>
    <message>
        <source>Revenue by month (net)</source>
        <translation>Intäkter per månad (netto)</translation>
    </message>
    <message>
        <source>Customers by segment</source>
        <translation>Kunder per segment</translation>
    </message>
    <message>
        <source>Top 10 customers, last 12 months</source>
        <translation>Topp 10 kunder, senaste 12 månaderna</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Nettoförsäljning</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Kunder i riskzonen</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>Usual gap</source>
        <translation>Vanligt intervall</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Lågt lager</translation>
    </message>
    <message>
        <source>the database figures</source>
        <translation>databassiffrorna</translation>
    </message>
    <message>
        <source>overdue invoices</source>
        <translation>förfallna fakturor</translation>
    </message>
    <message>
        <source>the chart library</source>
        <translation>diagrambiblioteket</translation>
    </message>
    <message>
        <source>low stock</source>
        <translation>lågt lager</translation>
    </message>
    <message>
        <source>the top customers</source>
        <translation>toppkunderna</translation>
    </message>
    <message>
        <source>customers at risk</source>
        <translation>kunder i riskzonen</translation>
    </message>
    <message>
        <source>customer segments</source>
        <translation>kundsegment</translation>
    </message>
    <message>
        <source>Reading {what} for the dashboard</source>
        <translation>Läser {what} för översikten</translation>
    </message>
    <message>
        <source>Overdue: {count:,} invoice</source>
        <translation>Förfallen: {count:,} faktura</translation>
    </message>
    <message>
        <source>Overdue: {count:,} invoices</source>
        <translation>Förfallna: {count:,} fakturor</translation>
    </message>
    <message>
        <source>No sales in the last 12 months.</source>
        <translation>Ingen försäljning de senaste 12 månaderna.</translation>
    </message>
    <message>
        <source>Nobody is overdue against their usual rhythm of buying.</source>
        <translation>Ingen är försenad jämfört med sin vanliga köprytm.</translation>
    </message>
    <message>
        <source>No product is at or below its reorder level.</source>
        <translation>Ingen produkt är på eller under sin beställningspunkt.</translation>
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
        <translation>Moms och nummer</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Egna fält</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Sending documents by email (SMTP)</source>
        <translation>Skicka dokument via e-post (SMTP)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Where crmdesk keeps things</source>
        <translation>Var crmdesk sparar saker</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Databasfil:</translation>
    </message>
    <message>
        <source>Window settings:</source>
        <translation>Fönsterinställningar:</translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation>Loggfiler:</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Mappar</translation>
    </message>
    <message>
        <source>Nothing to draw for this range</source>
        <translation>Inget att rita för det här intervallet</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>början</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM-segment</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Dagar sedan</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>No customer bought anything in this range.</source>
        <translation>Ingen kund köpte något under det här intervallet.</translation>
    </message>
    <message>
        <source>Customers per segment</source>
        <translation>Kunder per segment</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Kundens livstidsvärde</translation>
    </message>
    <message>
        <source>Historic CLV</source>
        <translation>Historiskt CLV</translation>
    </message>
    <message>
        <source>Predicted CLV</source>
        <translation>Förväntat CLV</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Första köp</translation>
    </message>
    <message>
        <source>Tenure (days)</source>
        <translation>Kundtid (dagar)</translation>
    </message>
    <message>
        <source>Predicted CLV, top customers</source>
        <translation>Förväntat CLV, toppkunder</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Förväntat</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Risk för kundbortfall</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Vanligt intervall (dagar)</translation>
    </message>
    <message>
        <source>Own gap</source>
        <translation>Eget intervall</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Kvot</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>I riskzonen</translation>
    </message>
    <message>
        <source>{at_risk:,} of {len:,} customers at risk (days since the last purchase ≥ 2 × their usual gap).</source>
        <translation>{at_risk:,} av {len:,} kunder i riskzonen (dagar sedan senaste köp ≥ 2 × deras vanliga intervall).</translation>
    </message>
    <message>
        <source>Highest churn risk (ratio)</source>
        <translation>Högst risk för kundbortfall (kvot)</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Krediterat</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>Varukostnad</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Vinst</translation>
    </message>
    <message>
        <source>Unprofitable</source>
        <translation>Olönsam</translation>
    </message>
    <message>
        <source>Product profitability</source>
        <translation>Produktlönsamhet</translation>
    </message>
    <message>
        <source>Customer profitability</source>
        <translation>Kundlönsamhet</translation>
    </message>
    <message>
        <source>{losing:,} of {len:,} products unprofitable; total profit {money}.</source>
        <translation>{losing:,} av {len:,} produkter olönsamma; total vinst {money}.</translation>
    </message>
    <message>
        <source>{losing:,} of {len:,} customers unprofitable; total profit {money}.</source>
        <translation>{losing:,} av {len:,} kunder olönsamma; total vinst {money}.</translation>
    </message>
    <message>
        <source>Most profitable products</source>
        <translation>Mest lönsamma produkter</translation>
    </message>
    <message>
        <source>Most profitable customers</source>
        <translation>Mest lönsamma kunder</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Net sales by {lower}, beside the year before</source>
        <translation>Nettoförsäljning per {lower}, jämfört med året innan</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Denna period</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>Ett år tidigare</translation>
    </message>
    <message>
        <source>Net sales by {lower}</source>
        <translation>Nettoförsäljning per {lower}</translation>
    </message>
    <message>
        <source>Sales by {lower}</source>
        <translation>Försäljning per {lower}</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Kreditfakturor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Net sales {money} (net of tax, credit notes subtracted).</source>
        <translation>Nettoförsäljning {money} (exklusive moms, kreditfakturor avdragna).</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>Nya kunder per månad</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrerade</translation>
    </message>
    <message>
        <source>{sum:,} registered, {sum2:,} bought for the first time.</source>
        <translation>{sum:,} registrerade, {sum2:,} köpte för första gången.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Offerter</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>no quote decided yet</source>
        <translation>ingen offert avgjord ännu</translation>
    </message>
    <message>
        <source>Quote win rate and pipeline</source>
        <translation>Offerternas vinstandel och pipeline</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Status or stage</source>
        <translation>Status eller fas</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Pipeline value by stage ({currency})</source>
        <translation>Pipelinevärde per fas ({currency})</translation>
    </message>
    <message>
        <source>{quantize} of 5</source>
        <translation>{quantize} av 5</translation>
    </message>
    <message>
        <source>no rating given</source>
        <translation>inget betyg givet</translation>
    </message>
    <message>
        <source>Complaints and satisfaction</source>
        <translation>Klagomål och nöjdhet</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Öppnade</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>Genomsnittlig nöjdhet</translation>
    </message>
    <message>
        <source>{sum:,} complaints opened, {sum2:,} of them resolved; average satisfaction {average}.</source>
        <translation>{sum:,} klagomål öppnade, {sum2:,} av dem lösta; genomsnittlig nöjdhet {average}.</translation>
    </message>
    <message>
        <source>Complaints per month</source>
        <translation>Klagomål per månad</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary scores 1–5 and the segment of each customer.</source>
        <translation>Poäng 1–5 för senaste köp, frekvens och belopp samt varje kunds segment.</translation>
    </message>
    <message>
        <source>Margin to date and predicted future margin per customer.</source>
        <translation>Marginal hittills och förväntad framtida marginal per kund.</translation>
    </message>
    <message>
        <source>Days since the last purchase against each customer's usual gap.</source>
        <translation>Dagar sedan senaste köp jämfört med varje kunds vanliga intervall.</translation>
    </message>
    <message>
        <source>Revenue − credit notes − cost of goods − direct expenses, per customer.</source>
        <translation>Intäkter − kreditfakturor − varukostnad − direkta utgifter, per kund.</translation>
    </message>
    <message>
        <source>Revenue − credit notes − cost of goods − direct expenses, per product.</source>
        <translation>Intäkter − kreditfakturor − varukostnad − direkta utgifter, per produkt.</translation>
    </message>
    <message>
        <source>Net sales per {lower}, beside the year before.</source>
        <translation>Nettoförsäljning per {lower}, jämfört med året innan.</translation>
    </message>
    <message>
        <source>Customers registered and first purchases, per month.</source>
        <translation>Registrerade kunder och första köp, per månad.</translation>
    </message>
    <message>
        <source>Quote outcomes and opportunities by stage.</source>
        <translation>Offertutfall och affärsmöjligheter per fas.</translation>
    </message>
    <message>
        <source>Complaints opened and resolved, satisfaction given.</source>
        <translation>Öppnade och lösta klagomål, givna nöjdhetsbetyg.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denna månad</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Förra månaden</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Anpassat</translation>
    </message>
    <message>
        <source>No rows in this range.</source>
        <translation>Inga rader i det här intervallet.</translation>
    </message>
    <message>
        <source>The first {PDF_MAX_ROWS:,} of {len:,} rows; the CSV export has them all.</source>
        <translation>De första {PDF_MAX_ROWS:,} av {len:,} rader; CSV-exporten innehåller alla.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>Every row of the report, for a spreadsheet  (Ctrl+Shift+C)</source>
        <translation>Alla rader i rapporten, för ett kalkylblad  (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <source>The chart and the table, to print or send  (Ctrl+Shift+P)</source>
        <translation>Diagrammet och tabellen, för utskrift eller för att skicka  (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Beräknar…</translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation>Beräknar rapporten</translation>
    </message>
    <message>
        <source>Export the report to CSV</source>
        <translation>Exportera rapporten till CSV</translation>
    </message>
    <message>
        <source>Export the report to PDF</source>
        <translation>Exportera rapporten till PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {what}…</source>
        <translation>Skriver {what}…</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Sparade {name}</translation>
    </message>
    <message>
        <source>Exporting the report to {what}</source>
        <translation>Exporterar rapporten till {what}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>Invoices issued</source>
        <translation>Utfärdade fakturor</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalningar</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <source>(no manifest)</source>
        <translation>(inget manifest)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>issued invoices</source>
        <translation>utfärdade fakturor</translation>
    </message>
    <message>
        <source>{name} was opened read-only because {reason}: nothing can be restored into it</source>
        <translation>{name} öppnades skrivskyddad eftersom {reason}: inget kan återställas till den</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Kontrollerar {name}…</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {fatal}</source>
        <translation>{name} kan inte återställas: {fatal}</translation>
    </message>
    <message>
        <source>the restore failed</source>
        <translation>återställningen misslyckades</translation>
    </message>
    <message>
        <source>Restored {name}</source>
        <translation>Återställde {name}</translation>
    </message>
    <message>
        <source>; the previous file was kept as {name}</source>
        <translation>; den tidigare filen sparades som {name}</translation>
    </message>
    <message>
        <source>Reopening after the restore</source>
        <translation>Öppnar igen efter återställningen</translation>
    </message>
    <message>
        <source>crmdesk — Restore</source>
        <translation>crmdesk — Återställ</translation>
    </message>
    <message>
        <source>Put the backup of {describe} in place of {name}?</source>
        <translation>Ersätta {name} med säkerhetskopian av {describe}?</translation>
    </message>
    <message>
        <source>The backup was checked and is intact. Work saved after it was taken is not in it; the current file is kept as a safety copy in the backup folder, and invoice numbers already issued are never given again.</source>
        <translation>Säkerhetskopian har kontrollerats och är intakt. Arbete som sparats efter att den togs finns inte med; den aktuella filen sparas som en säkerhetskopia i mappen för säkerhetskopior, och fakturanummer som redan har utfärdats ges aldrig ut igen.</translation>
    </message>
    <message>
        <source>Credit note for {label}</source>
        <translation>Kreditfaktura för {label}</translation>
    </message>
    <message>
        <source>The whole invoice (full credit note)</source>
        <translation>Hela fakturan (fullständig kreditfaktura)</translation>
    </message>
    <message>
        <source>Chosen lines and quantities</source>
        <translation>Valda rader och antal</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kreditera</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturerat</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Styckpris</translation>
    </message>
    <message>
        <source>Reason (printed on the credit note)</source>
        <translation>Orsak (skrivs ut på kreditfakturan)</translation>
    </message>
    <message>
        <source>Make draft credit note</source>
        <translation>Skapa utkast till kreditfaktura</translation>
    </message>
    <message>
        <source>Type to search customers…</source>
        <translation>Skriv för att söka kunder…</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Delvis betald</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepterad</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avböjd</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalificerad</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Offererad</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Vunnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Förlorad</translation>
    </message>
    <message>
        <source>Change {replace}</source>
        <translation>Ändra {replace}</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <source>Units of this currency per 1 unit of the base currency</source>
        <translation>Enheter av denna valuta per 1 enhet av basvalutan</translation>
    </message>
    <message>
        <source>Net (tax is added)</source>
        <translation>Netto (moms tillkommer)</translation>
    </message>
    <message>
        <source>Gross (tax included)</source>
        <translation>Brutto (inklusive moms)</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Förfallodatum</translation>
    </message>
    <message>
        <source>Unticked: the issue date plus the customer's payment terms</source>
        <translation>Avmarkerad: utfärdandedatum plus kundens betalningsvillkor</translation>
    </message>
    <message>
        <source>Notes printed on the document</source>
        <translation>Anteckningar som skrivs ut på dokumentet</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kund</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Priser</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <source>Enter on the last line</source>
        <translation>Enter på sista raden</translation>
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
        <translation>Utfärda…</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Öppnar</translation>
    </message>
    <message>
        <source>New {lower}</source>
        <translation>Ny {lower}</translation>
    </message>
    <message>
        <source>per 1 {base_currency}</source>
        <translation>per 1 {base_currency}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Totals appear when the currency is a valid code.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Summor visas när valutan är en giltig kod.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Sparar</translation>
    </message>
    <message>
        <source>this draft invoice</source>
        <translation>det här fakturautkastet</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Utfärda</translation>
    </message>
    <message>
        <source>Issuing</source>
        <translation>Utfärdar</translation>
    </message>
    <message>
        <source>Issued — check the computer's clock</source>
        <translation>Utfärdad — kontrollera datorns klocka</translation>
    </message>
    <message>
        <source>Save the quote before sending it.</source>
        <translation>Spara offerten innan du skickar den.</translation>
    </message>
    <message>
        <source>This document has changes that are not saved. Discard them?</source>
        <translation>Det här dokumentet har ändringar som inte har sparats. Vill du förkasta dem?</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Net&lt;/td&gt;&lt;td align='right'&gt;{money}&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Netto&lt;/td&gt;&lt;td align='right'&gt;{money}&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Total&lt;/b&gt;&lt;/td&gt;&lt;td align='right'&gt;&lt;b&gt;{money}&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Totalt&lt;/b&gt;&lt;/td&gt;&lt;td align='right'&gt;&lt;b&gt;{money}&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;Prices include tax&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Priserna inkluderar moms&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing='4' align='right'&gt;{join}&lt;/table&gt;{note}</source>
        <translation>&lt;table cellspacing='4' align='right'&gt;{join}&lt;/table&gt;{note}</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Huvud</translation>
    </message>
    <message>
        <source>Product or description</source>
        <translation>Produkt eller beskrivning</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Moms %</translation>
    </message>
    <message>
        <source>Line {value1}: {error}</source>
        <translation>Rad {value1}: {error}</translation>
    </message>
    <message>
        <source>Edit line {value1}</source>
        <translation>Redigera rad {value1}</translation>
    </message>
    <message>
        <source>Add line {value1}</source>
        <translation>Lägg till rad {value1}</translation>
    </message>
    <message>
        <source>Remove line {value1}</source>
        <translation>Ta bort rad {value1}</translation>
    </message>
    <message>
        <source>Issue {label}?

Issuing is final: the document gets its number and can never be changed again. Corrections are made with a credit note.</source>
        <translation>Utfärda {label}?

Utfärdandet är slutgiltigt: dokumentet får sitt nummer och kan aldrig ändras igen. Rättelser görs med en kreditfaktura.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Registrera betalning…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Kreditfaktura…</translation>
    </message>
    <message>
        <source>Record reminder…</source>
        <translation>Registrera påminnelse…</translation>
    </message>
    <message>
        <source>Record the next payment reminder (level 1, 2, 3) in the contact log</source>
        <translation>Registrera nästa betalningspåminnelse (nivå 1, 2, 3) i kontaktloggen</translation>
    </message>
    <message>
        <source>A new draft invoice with this invoice's customer and lines</source>
        <translation>Ett nytt fakturautkast med den här fakturans kund och rader</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Preview, save or email the PDF (Ctrl+P)</source>
        <translation>Förhandsgranska, spara eller e-posta PDF-filen (Ctrl+P)</translation>
    </message>
    <message>
        <source>Reminder PDF…</source>
        <translation>Påminnelse-PDF…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tax breakdown&lt;/b&gt;</source>
        <translation>&lt;b&gt;Momsspecifikation&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recording the payment</source>
        <translation>Registrerar betalningen</translation>
    </message>
    <message>
        <source>Making the credit note</source>
        <translation>Skapar kreditfakturan</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Betalningspåminnelse</translation>
    </message>
    <message>
        <source>Recording the reminder</source>
        <translation>Registrerar påminnelsen</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp; &lt;b&gt;Corrects:&lt;/b&gt; invoice {escape}</source>
        <translation>&amp;nbsp;&amp;nbsp; &lt;b&gt;Rättar:&lt;/b&gt; faktura {escape}</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp; &lt;b&gt;Due:&lt;/b&gt; {value1}</source>
        <translation>&amp;nbsp;&amp;nbsp; &lt;b&gt;Förfaller:&lt;/b&gt; {value1}</translation>
    </message>
    <message>
        <source> (overpaid {money})</source>
        <translation> (överbetalt {money})</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Status:&lt;/b&gt; Draft — no number until it is issued</source>
        <translation>&lt;br&gt;&lt;b&gt;Status:&lt;/b&gt; Utkast — inget nummer förrän det utfärdas</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style='color:#b3261e'&gt;{escape}&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style='color:#b3261e'&gt;{escape}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation>Utkast till kreditfaktura</translation>
    </message>
    <message>
        <source>, reminder {last_reminder_level}</source>
        <translation>, påminnelse {last_reminder_level}</translation>
    </message>
    <message>
        <source>{label} ({days_late} d{reminded})</source>
        <translation>{label} ({days_late} d{reminded})</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Search number or customer</source>
        <translation>Sök nummer eller kund</translation>
    </message>
    <message>
        <source>Issued between</source>
        <translation>Utfärdad mellan</translation>
    </message>
    <message>
        <source>Record the next payment reminder (level 1, 2, 3) of the selected overdue invoice in the contact log</source>
        <translation>Registrera nästa betalningspåminnelse (nivå 1, 2, 3) för den markerade förfallna fakturan i kontaktloggen</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Ny faktura</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>{count:,} document</source>
        <translation>{count:,} dokument</translation>
    </message>
    <message>
        <source>{count:,} documents</source>
        <translation>{count:,} dokument</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Listing invoices</source>
        <translation>Listar fakturor</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Banköverföring</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Registrera betalning</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Belopp ({currency})</translation>
    </message>
    <message>
        <source>Enter an amount above 0 with at most {digits} decimals</source>
        <translation>Ange ett belopp över 0 med högst {digits} decimaler</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Förväntat avslut</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Drag a card to another stage to move it.</source>
        <translation>Dra ett kort till en annan fas för att flytta det.</translation>
    </message>
    <message>
        <source>Reading the pipeline</source>
        <translation>Läser pipelinen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{STAGE_LABELS}&lt;/b&gt; ({len}){amount}</source>
        <translation>&lt;b&gt;{STAGE_LABELS}&lt;/b&gt; ({len}){amount}</translation>
    </message>
    <message>
        <source>Why was this opportunity lost?</source>
        <translation>Varför förlorades den här affärsmöjligheten?</translation>
    </message>
    <message>
        <source>Moving the card</source>
        <translation>Flyttar kortet</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Acceptera</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Avböj</translation>
    </message>
    <message>
        <source>Convert to invoice</source>
        <translation>Konvertera till faktura</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>Ny version</translation>
    </message>
    <message>
        <source>Quote {label} sent.</source>
        <translation>Offert {label} skickad.</translation>
    </message>
    <message>
        <source>Quote {label} accepted.</source>
        <translation>Offert {label} accepterad.</translation>
    </message>
    <message>
        <source>Quote {label} declined.</source>
        <translation>Offert {label} avböjd.</translation>
    </message>
    <message>
        <source>Draft invoice made from {label}: check it and issue it (Invoices page, Drafts).</source>
        <translation>Fakturautkast skapat från {label}: kontrollera det och utfärda det (sidan Fakturor, Utkast).</translation>
    </message>
    <message>
        <source>New draft revision of {label} made.</source>
        <translation>Nytt versionsutkast av {label} skapat.</translation>
    </message>
    <message>
        <source>(draft {id})</source>
        <translation>(utkast {id})</translation>
    </message>
    <message>
        <source>{number} rev. {revision}</source>
        <translation>{number} ver. {revision}</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Ny offert</translation>
    </message>
    <message>
        <source>Listing quotes</source>
        <translation>Listar offerter</translation>
    </message>
    <message>
        <source> (the latest)</source>
        <translation> (den senaste)</translation>
    </message>
    <message>
        <source>{count:,} quote{more}</source>
        <translation>{count:,} offert{more}</translation>
    </message>
    <message>
        <source>{count:,} quotes{more}</source>
        <translation>{count:,} offerter{more}</translation>
    </message>
    <message>
        <source>Quotes and pipeline</source>
        <translation>Offerter och pipeline</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Sök i allt</translation>
    </message>
    <message>
        <source>Customers, emails, phones, contact log, documents, products…</source>
        <translation>Kunder, e-post, telefoner, kontaktlogg, dokument, produkter…</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} hittade</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Inget hittades</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Söker</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatiska säkerhetskopior</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Välj mapp…</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>Bredvid databasen</translation>
    </message>
    <message>
        <source>never while open</source>
        <translation>aldrig medan den är öppen</translation>
    </message>
    <message>
        <source>Back up when crmdesk closes</source>
        <translation>Säkerhetskopiera när crmdesk stängs</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Varje</translation>
    </message>
    <message>
        <source>A folder on a USB stick or in a synced folder keeps a copy away from this computer. Backups are checked after writing; 7 daily, 4 weekly and 12 monthly ones are kept.</source>
        <translation>En mapp på ett USB-minne eller i en synkroniserad mapp håller en kopia borta från den här datorn. Säkerhetskopiorna kontrolleras efter skrivning; 7 dagliga, 4 veckovisa och 12 månatliga sparas.</translation>
    </message>
    <message>
        <source>{value0}  (beside the database)</source>
        <translation>{value0}  (bredvid databasen)</translation>
    </message>
    <message>
        <source>beside the database, in backups/</source>
        <translation>bredvid databasen, i backups/</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Företagsnamn</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Organisationsnr</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>Basvaluta</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Dokumentspråk</translation>
    </message>
    <message>
        <source>Street and number
Postal code and city</source>
        <translation>Gatuadress och nummer
Postnummer och ort</translation>
    </message>
    <message>
        <source>LV80 BANK 0000 4351 9500 1 — printed with a payment QR code</source>
        <translation>LV80 BANK 0000 4351 9500 1 — skrivs ut med en QR-kod för betalning</translation>
    </message>
    <message>
        <source>en, lv, es, fa, ru, sv…</source>
        <translation>en, lv, es, fa, ru, sv…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Välj logotyp…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Ta bort logotyp</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation>Logotyp (PNG eller JPEG)</translation>
    </message>
    <message>
        <source>Save company details</source>
        <translation>Spara företagsuppgifter</translation>
    </message>
    <message>
        <source>Reading the company details</source>
        <translation>Läser företagsuppgifterna</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Saving the company details</source>
        <translation>Sparar företagsuppgifterna</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Välj en logotyp</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Setting the logo</source>
        <translation>Ställer in logotypen</translation>
    </message>
    <message>
        <source>Removing the logo</source>
        <translation>Tar bort logotypen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Val</translation>
    </message>
    <message>
        <source>Custom fields of customers</source>
        <translation>Egna fält för kunder</translation>
    </message>
    <message>
        <source>Add field…</source>
        <translation>Lägg till fält…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>Reading the custom fields</source>
        <translation>Läser de egna fälten</translation>
    </message>
    <message>
        <source>   — hidden</source>
        <translation>   — dold</translation>
    </message>
    <message>
        <source>key: {key}</source>
        <translation>nyckel: {key}</translation>
    </message>
    <message>
        <source>No custom fields yet. Add one, e.g. 'Shoe size' (number).</source>
        <translation>Inga egna fält ännu. Lägg till ett, t.ex. 'Skostorlek' (tal).</translation>
    </message>
    <message>
        <source>Changing the custom field</source>
        <translation>Ändrar det egna fältet</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>Nytt eget fält</translation>
    </message>
    <message>
        <source>e.g. Favourite colour</source>
        <translation>t.ex. Favoritfärg</translation>
    </message>
    <message>
        <source>comma-separated, e.g. red, green, blue</source>
        <translation>kommaseparerade, t.ex. röd, grön, blå</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Adding the custom field</source>
        <translation>Lägger till det egna fältet</translation>
    </message>
    <message>
        <source>Language of crmdesk</source>
        <translation>Språk i crmdesk</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Starta om nu</translation>
    </message>
    <message>
        <source>Documents are printed in each customer's own language, set on the customer.</source>
        <translation>Dokument skrivs ut på varje kunds eget språk, som anges på kunden.</translation>
    </message>
    <message>
        <source>crmdesk uses the new language from its next start.</source>
        <translation>crmdesk använder det nya språket från nästa start.</translation>
    </message>
    <message>
        <source>Rates change: check them with your accountant.</source>
        <translation>Momssatser ändras: kontrollera dem med din redovisningskonsult.</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Momssatser</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Add rate…</source>
        <translation>Lägg till sats…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Add this country's rates</source>
        <translation>Lägg till det här landets momssatser</translation>
    </message>
    <message>
        <source>Reading the tax rates</source>
        <translation>Läser momssatserna</translation>
    </message>
    <message>
        <source>Adding the tax rates</source>
        <translation>Lägger till momssatserna</translation>
    </message>
    <message>
        <source>Saving the tax rate</source>
        <translation>Sparar momssatsen</translation>
    </message>
    <message>
        <source>New tax rate</source>
        <translation>Ny momssats</translation>
    </message>
    <message>
        <source>Default for new products and lines</source>
        <translation>Standard för nya produkter och rader</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Sats (%)</translation>
    </message>
    <message>
        <source>Enter a percent from 0 to 100.</source>
        <translation>Ange en procentsats från 0 till 100.</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <source>Reading the number patterns</source>
        <translation>Läser nummermönstren</translation>
    </message>
    <message>
        <source>next: {example}</source>
        <translation>nästa: {example}</translation>
    </message>
    <message>
        <source>Saving the number pattern</source>
        <translation>Sparar nummermönstret</translation>
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
        <translation>Välkommen till crmdesk</translation>
    </message>
    <message>
        <source>Your customers, quotes, invoices and stock, in one file on this computer.</source>
        <translation>Dina kunder, offerter, fakturor och lager i en fil på den här datorn.</translation>
    </message>
    <message>
        <source>Set up my business (about two minutes)</source>
        <translation>Konfigurera mitt företag (cirka två minuter)</translation>
    </message>
    <message>
        <source>Look around with demo data first ({demo_customers:,} made-up customers, three years of history)</source>
        <translation>Titta runt med demodata först ({demo_customers:,} påhittade kunder, tre års historik)</translation>
    </message>
    <message>
        <source>Demo data goes into this database file; start for real later with File ▸ New database.</source>
        <translation>Demodata läggs i den här databasfilen; börja på riktigt senare med Arkiv ▸ Ny databas.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Ditt företag</translation>
    </message>
    <message>
        <source>As it should appear on quotes and invoices. The IBAN adds a payment QR code.</source>
        <translation>Så som det ska visas på offerter och fakturor. IBAN lägger till en QR-kod för betalning.</translation>
    </message>
    <message>
        <source>Country, taxes and invoice numbers</source>
        <translation>Land, moms och fakturanummer</translation>
    </message>
    <message>
        <source>Rates change: check them with your accountant. Everything here is editable in Settings.</source>
        <translation>Momssatser ändras: kontrollera dem med din redovisningskonsult. Allt här kan ändras i Inställningar.</translation>
    </message>
    <message>
        <source>Another country (add tax rates in Settings)</source>
        <translation>Ett annat land (lägg till momssatser i Inställningar)</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <source>No preset: add your rates in Settings ▸ Taxes and numbers.</source>
        <translation>Ingen förinställning: lägg till dina momssatser i Inställningar ▸ Moms och nummer.</translation>
    </message>
    <message>
        <source>The first invoice will be number {first}.</source>
        <translation>Den första fakturan får nummer {first}.</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Var dina data finns</translation>
    </message>
    <message>
        <source>One file holds everything; verified backups are written automatically.</source>
        <translation>En fil innehåller allt; verifierade säkerhetskopior skrivs automatiskt.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasfil</translation>
    </message>
    <message>
        <source>To keep the database elsewhere (e.g. a synced folder), use File ▸ New database later.</source>
        <translation>Om du vill ha databasen någon annanstans (t.ex. i en synkroniserad mapp) använder du Arkiv ▸ Ny databas senare.</translation>
    </message>
    <message>
        <source>Set up crmdesk</source>
        <translation>Konfigurera crmdesk</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Återställ standard</translation>
    </message>
    <message>
        <source>Email texts per language</source>
        <translation>E-posttexter per språk</translation>
    </message>
    <message>
        <source>Placeholders you can use: {names}</source>
        <translation>Platshållare du kan använda: {names}</translation>
    </message>
    <message>
        <source>Warn and allow it</source>
        <translation>Varna och tillåt</translation>
    </message>
    <message>
        <source>Refuse the movement</source>
        <translation>Neka rörelsen</translation>
    </message>
    <message>
        <source>When stock would go below zero:</source>
        <translation>När lagret skulle bli under noll:</translation>
    </message>
</context>
</TS>