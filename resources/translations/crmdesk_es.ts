<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name />
    <message>
        <source>{value0:,.1f} M</source>
        <translation>{value0:,.1f} M</translation>
    </message>
    <message>
        <source>{value0:,.0f} k</source>
        <translation>{value0:,.0f} k</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>{name} is damaged: looking for a good backup…</source>
        <translation>{name} está dañado: buscando una copia de seguridad válida…</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>Restaurando {name}…</translation>
    </message>
    <message>
        <source>Open a crmdesk database</source>
        <translation>Abrir una base de datos de crmdesk</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>Abriendo {path}…</translation>
    </message>
    <message>
        <source>{APP_NAME} — cannot open the database</source>
        <translation>{APP_NAME} — no se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>crmdesk cannot open {name}.</source>
        <translation>crmdesk no puede abrir {name}.</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Abrir otro archivo…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Backups go to {folder}. Use File ▸ Backup now.</source>
        <translation>Las copias de seguridad se guardan en {folder}. Use Archivo ▸ Hacer copia ahora.</translation>
    </message>
    <message>
        <source>Backup: {age}</source>
        <translation>Copia de seguridad: {age}</translation>
    </message>
    <message>
        <source>Last backup {last_taken_at:%Y-%m-%d %H:%M} UTC in {folder}</source>
        <translation>Última copia {last_taken_at:%Y-%m-%d %H:%M} UTC en {folder}</translation>
    </message>
    <message>
        <source>Read-only: no backups</source>
        <translation>Solo lectura: sin copias de seguridad</translation>
    </message>
    <message>
        <source>The file was opened read-only; crmdesk takes no backups of it.</source>
        <translation>El archivo se abrió en modo de solo lectura; crmdesk no hace copias de seguridad de él.</translation>
    </message>
    <message>
        <source>⚠ no backup yet</source>
        <translation>⚠ aún no hay copia de seguridad</translation>
    </message>
    <message>
        <source>⚠ last backup {days} days ago</source>
        <translation>⚠ última copia de seguridad hace {days} días</translation>
    </message>
    <message>
        <source>⚠ last backup {hours} hours ago</source>
        <translation>⚠ última copia de seguridad hace {hours} horas</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>{value0} min ago</source>
        <translation>hace {value0} min</translation>
    </message>
    <message>
        <source>{value0} h ago</source>
        <translation>hace {value0} h</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Copia de seguridad guardada: {path}</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Haciendo copia de seguridad antes de cerrar…</translation>
    </message>
    <message>
        <source>on close</source>
        <translation>al cerrar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
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
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>Reclamación abierta</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Open complaints only</source>
        <translation>Solo reclamaciones abiertas</translation>
    </message>
    <message>
        <source>Resolve complaint…</source>
        <translation>Resolver reclamación…</translation>
    </message>
    <message>
        <source>{count:,} entry</source>
        <translation>{count:,} entrada</translation>
    </message>
    <message>
        <source>{count:,} entries</source>
        <translation>{count:,} entradas</translation>
    </message>
    <message>
        <source>Reading the contact log</source>
        <translation>Leyendo el registro de contactos</translation>
    </message>
    <message>
        <source>Resolve complaint</source>
        <translation>Resolver reclamación</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>¿Cómo se resolvió?</translation>
    </message>
    <message>
        <source>Resolving the complaint</source>
        <translation>Resolviendo la reclamación</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Snooze to tomorrow</source>
        <translation>Posponer hasta mañana</translation>
    </message>
    <message>
        <source>Snooze a week</source>
        <translation>Posponer una semana</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last Done or Snooze (Ctrl+Z)</source>
        <translation>Deshacer el último Hecho o Posponer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Reading today's follow-ups</source>
        <translation>Leyendo los seguimientos de hoy</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Nada pendiente para hoy.</translation>
    </message>
    <message>
        <source>Today — {count} follow-up due</source>
        <translation>Hoy — {count} seguimiento pendiente</translation>
    </message>
    <message>
        <source>Today — {count} follow-ups due</source>
        <translation>Hoy — {count} seguimientos pendientes</translation>
    </message>
    <message>
        <source>Undo {value1}</source>
        <translation>Deshacer {value1}</translation>
    </message>
    <message>
        <source>Marking done</source>
        <translation>Marcando como hecho</translation>
    </message>
    <message>
        <source>Snoozing</source>
        <translation>Posponiendo</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>Deshaciendo</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Attach files to this customer (or drop them on the list)</source>
        <translation>Adjuntar archivos a este cliente (o soltarlos en la lista)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Listing the attachments</source>
        <translation>Listando los adjuntos</translation>
    </message>
    <message>
        <source>  · from the contact log</source>
        <translation>  · del registro de contactos</translation>
    </message>
    <message>
        <source>{filename}
{mime_type}, {size:,} bytes</source>
        <translation>{filename}
{mime_type}, {size:,} bytes</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Attaching {name}</source>
        <translation>Adjuntando {name}</translation>
    </message>
    <message>
        <source>Opening the attachment</source>
        <translation>Abriendo el adjunto</translation>
    </message>
    <message>
        <source>Reading the attachment</source>
        <translation>Leyendo el adjunto</translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation>Guardar adjunto como</translation>
    </message>
    <message>
        <source>Saving {name}</source>
        <translation>Guardando {name}</translation>
    </message>
    <message>
        <source>Remove attachment?</source>
        <translation>¿Quitar el adjunto?</translation>
    </message>
    <message>
        <source>Remove {name}? It is deleted from the database file (backups keep their copy).</source>
        <translation>¿Quitar {name}? Se elimina del archivo de la base de datos (las copias de seguridad conservan su copia).</translation>
    </message>
    <message>
        <source>Removing {name}</source>
        <translation>Quitando {name}</translation>
    </message>
    <message>
        <source>Customer — {name}</source>
        <translation>Cliente — {name}</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Personas de contacto</translation>
    </message>
    <message>
        <source>Notes and custom fields</source>
        <translation>Notas y campos personalizados</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Añadir correo</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Añadir teléfono</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>VAT / tax id</source>
        <translation>IVA / NIF</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <source>comma-separated, e.g. wholesale, vip</source>
        <translation>separadas por comas, p. ej. mayorista, vip</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Dirección de facturación</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Dirección de envío</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Enter the contact person's name.</source>
        <translation>Introduzca el nombre de la persona de contacto.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>This customer has changes that are not saved. Discard them?</source>
        <translation>Este cliente tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>Saving the customer</source>
        <translation>Guardando el cliente</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Line 2</source>
        <translation>Línea 2</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Country (LV, SE…)</source>
        <translation>País (LV, SE…)</translation>
    </message>
    <message>
        <source>Edit {key}</source>
        <translation>Editar {key}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Add contact person</source>
        <translation>Añadir persona de contacto</translation>
    </message>
    <message>
        <source>Contact person {value1}</source>
        <translation>Persona de contacto {value1}</translation>
    </message>
    <message>
        <source>Enter the customer's name.</source>
        <translation>Introduzca el nombre del cliente.</translation>
    </message>
    <message>
        <source>{text!r} is not a country code (e.g. LV, SE).</source>
        <translation>{text!r} no es un código de país (p. ej. LV, SE).</translation>
    </message>
    <message>
        <source>{text!r} is not a language code (e.g. en, lv, fa).</source>
        <translation>{text!r} no es un código de idioma (p. ej. en, lv, fa).</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>Activos y archivados</translation>
    </message>
    <message>
        <source>Archived only</source>
        <translation>Solo archivados</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>RFM segments (computed over the whole history) and saved filters</source>
        <translation>Segmentos RFM (calculados sobre todo el historial) y filtros guardados</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Save filters as segment…</source>
        <translation>Guardar filtros como segmento…</translation>
    </message>
    <message>
        <source>Delete this saved segment</source>
        <translation>Eliminar este segmento guardado</translation>
    </message>
    <message>
        <source>Log campaign…</source>
        <translation>Registrar campaña…</translation>
    </message>
    <message>
        <source>Record one interaction on every customer of the current segment</source>
        <translation>Registrar una interacción en cada cliente del segmento actual</translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>Exportar contactos…</translation>
    </message>
    <message>
        <source>Any city</source>
        <translation>Cualquier ciudad</translation>
    </message>
    <message>
        <source>Only customers with a complaint that is not resolved yet</source>
        <translation>Solo clientes con una reclamación aún no resuelta</translation>
    </message>
    <message>
        <source>Overdue follow-up</source>
        <translation>Seguimiento vencido</translation>
    </message>
    <message>
        <source>Only customers with a follow-up that was due before now and is not done</source>
        <translation>Solo clientes con un seguimiento que vencía antes de ahora y no está hecho</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Show every active customer again</source>
        <translation>Mostrar de nuevo todos los clientes activos</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gmento:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Cualquier segmento</translation>
    </message>
    <message>
        <source>the current filters</source>
        <translation>los filtros actuales</translation>
    </message>
    <message>
        <source>Reading the saved segments</source>
        <translation>Leyendo los segmentos guardados</translation>
    </message>
    <message>
        <source>Saving the segment</source>
        <translation>Guardando el segmento</translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation>Guardar como segmento</translation>
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation>Nombre del segmento:</translation>
    </message>
    <message>
        <source>Deleting the segment</source>
        <translation>Eliminando el segmento</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Eliminar segmento</translation>
    </message>
    <message>
        <source>Delete the saved segment “{name}”? The customers stay as they are.</source>
        <translation>¿Eliminar el segmento guardado “{name}”? Los clientes no cambian.</translation>
    </message>
    <message>
        <source>Logging the campaign</source>
        <translation>Registrando la campaña</translation>
    </message>
    <message>
        <source>Counting the segment</source>
        <translation>Contando el segmento</translation>
    </message>
    <message>
        <source>Exporting the contacts</source>
        <translation>Exportando los contactos</translation>
    </message>
    <message>
        <source>Export the segment's contacts</source>
        <translation>Exportar los contactos del segmento</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Log campaign</source>
        <translation>Registrar campaña</translation>
    </message>
    <message>
        <source>e.g. Spring offer sent</source>
        <translation>p. ej. Oferta de primavera enviada</translation>
    </message>
    <message>
        <source>Counting the customers…</source>
        <translation>Contando los clientes…</translation>
    </message>
    <message>
        <source>Segment: &lt;b&gt;{escape}&lt;/b&gt;</source>
        <translation>Segmento: &lt;b&gt;{escape}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>One entry will be logged on {count:,} customer.</source>
        <translation>Se registrará una entrada en {count:,} cliente.</translation>
    </message>
    <message>
        <source>One entry will be logged on each of {count:,} customers.</source>
        <translation>Se registrará una entrada en cada uno de los {count:,} clientes.</translation>
    </message>
    <message>
        <source>Write what was sent (the subject).</source>
        <translation>Escriba lo que se envió (el asunto).</translation>
    </message>
    <message>
        <source>Log “{subject}” on {value3:,} customers of {name}?</source>
        <translation>¿Registrar “{subject}” en {value3:,} clientes de {name}?</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Opinión</translation>
    </message>
    <message>
        <source>Log an interaction — {customer_name}</source>
        <translation>Registrar una interacción — {customer_name}</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Hacer seguimiento el</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfacción (1–5)</translation>
    </message>
    <message>
        <source>Logging the interaction</source>
        <translation>Registrando la interacción</translation>
    </message>
    <message>
        <source>Archive {len} customers</source>
        <translation>Archivar {len} clientes</translation>
    </message>
    <message>
        <source>Unarchiving</source>
        <translation>Desarchivando</translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation>Archivando</translation>
    </message>
    <message>
        <source>Unarchive {len} customers</source>
        <translation>Desarchivar {len} clientes</translation>
    </message>
    <message>
        <source>Tag {len} customers “{tag}”</source>
        <translation>Etiquetar {len} clientes con “{tag}”</translation>
    </message>
    <message>
        <source>Untagging</source>
        <translation>Quitando etiqueta</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Etiquetando</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>&amp;Desarchivar</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Etiquetar…</translation>
    </message>
    <message>
        <source>E&amp;xport selected…</source>
        <translation>E&amp;xportar seleccionados…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Buscar &amp;duplicados…</translation>
    </message>
    <message>
        <source>Export personal &amp;data…</source>
        <translation>Exportar &amp;datos personales…</translation>
    </message>
    <message>
        <source>&amp;Erase personal data…</source>
        <translation>&amp;Borrar datos personales…</translation>
    </message>
    <message>
        <source>Opening the customer</source>
        <translation>Abriendo el cliente</translation>
    </message>
    <message>
        <source>Tag customers</source>
        <translation>Etiquetar clientes</translation>
    </message>
    <message>
        <source>Tag for {len} customers:</source>
        <translation>Etiqueta para {len} clientes:</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Exportar clientes</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv);;vCard (*.vcf)</source>
        <translation>Libro de Excel (*.xlsx);;CSV para hojas de cálculo (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>{rows} customers exported to {name}</source>
        <translation>{rows} clientes exportados a {name}</translation>
    </message>
    <message>
        <source>Select one customer to export their personal data.</source>
        <translation>Seleccione un cliente para exportar sus datos personales.</translation>
    </message>
    <message>
        <source>Folder for the personal data export</source>
        <translation>Carpeta para la exportación de datos personales</translation>
    </message>
    <message>
        <source>Personal data export</source>
        <translation>Exportación de datos personales</translation>
    </message>
    <message>
        <source>Personal data written to {path}</source>
        <translation>Datos personales guardados en {path}</translation>
    </message>
    <message>
        <source>Select one customer to erase their personal data.</source>
        <translation>Seleccione un cliente para borrar sus datos personales.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Borrar datos personales</translation>
    </message>
    <message>
        <source>Erasing personal data</source>
        <translation>Borrando datos personales</translation>
    </message>
    <message>
        <source>Balance owed</source>
        <translation>Saldo pendiente</translation>
    </message>
    <message>
        <source>Lifetime revenue</source>
        <translation>Ingresos totales</translation>
    </message>
    <message>
        <source>Lifetime margin</source>
        <translation>Margen total</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <source>Days between purchases</source>
        <translation>Días entre compras</translation>
    </message>
    <message>
        <source>Open quotes</source>
        <translation>Presupuestos abiertos</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Reclamaciones abiertas</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>Select a customer</source>
        <translation>Seleccione un cliente</translation>
    </message>
    <message>
        <source>Products often bought by customers who bought what this customer bought</source>
        <translation>Productos que suelen comprar los clientes que compraron lo mismo que este cliente</translation>
    </message>
    <message>
        <source>Suggested next</source>
        <translation>Siguiente sugerido</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>Adjuntos ({count})</translation>
    </message>
    <message>
        <source>Reading the customer</source>
        <translation>Leyendo el cliente</translation>
    </message>
    <message>
        <source>{text}  ({overdue} overdue)</source>
        <translation>{text}  ({overdue} vencidos)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>crmdesk databases (*{DATABASE_SUFFIX} *.db);;All files (*)</source>
        <translation>Bases de datos de crmdesk (*{DATABASE_SUFFIX} *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>Carpeta de &amp;copias…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>New crmdesk database</source>
        <translation>Nueva base de datos de crmdesk</translation>
    </message>
    <message>
        <source>crmdesk — New database</source>
        <translation>crmdesk — Nueva base de datos</translation>
    </message>
    <message>
        <source>No other recent files</source>
        <translation>No hay otros archivos recientes</translation>
    </message>
    <message>
        <source>{name} is already open.</source>
        <translation>{name} ya está abierto.</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Abierto {path}</translation>
    </message>
    <message>
        <source> (upgraded; the old version was saved to {backup})</source>
        <translation> (actualizado; la versión anterior se guardó en {backup})</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>Abriendo {name}</translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation>Ya hay una copia de seguridad en curso.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Carpeta para las copias de seguridad</translation>
    </message>
    <message>
        <source>Backups now go to {folder}</source>
        <translation>Las copias de seguridad se guardan ahora en {folder}</translation>
    </message>
    <message>
        <source>crmdesk — the database is damaged</source>
        <translation>crmdesk — la base de datos está dañada</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be opened.</source>
        <translation>{name} está dañado y no se puede abrir.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>{stem} — preview</source>
        <translation>{stem} — vista previa</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Email draft</source>
        <translation>Borrador de correo</translation>
    </message>
    <message>
        <source>Write an email with the PDF attached and open it in your mail program</source>
        <translation>Redactar un correo con el PDF adjunto y abrirlo en su programa de correo</translation>
    </message>
    <message>
        <source>Send via SMTP…</source>
        <translation>Enviar por SMTP…</translation>
    </message>
    <message>
        <source>Send the email now through the mail server set in Settings</source>
        <translation>Enviar el correo ahora a través del servidor de correo configurado en Configuración</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>Página anterior (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>Página siguiente (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source> of {page_count} </source>
        <translation> de {page_count} </translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Guardando {name}…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <source>Writing the email draft…</source>
        <translation>Escribiendo el borrador de correo…</translation>
    </message>
    <message>
        <source>Email draft to {to} written to {path}</source>
        <translation>Borrador de correo para {to} guardado en {path}</translation>
    </message>
    <message>
        <source>No mail program opened the draft; it is at {path}</source>
        <translation>Ningún programa de correo abrió el borrador; está en {path}</translation>
    </message>
    <message>
        <source>Sending the email…</source>
        <translation>Enviando el correo…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent to {to} through {server}</source>
        <translation>Enviado a {to} a través de {server}</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>No enviado.</translation>
    </message>
    <message>
        <source>{doing} failed.</source>
        <translation>{doing}: error.</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (puerto 465)</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Ninguna (sin cifrar)</translation>
    </message>
    <message>
        <source>stored in the system keyring — type to replace</source>
        <translation>guardada en el llavero del sistema — escriba para reemplazarla</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in the database</source>
        <translation>se guarda en el llavero del sistema, nunca en la base de datos</translation>
    </message>
    <message>
        <source>usually your email address</source>
        <translation>normalmente su dirección de correo</translation>
    </message>
    <message>
        <source>Your Company &lt;office@example.com&gt;</source>
        <translation>Su Empresa &lt;office@example.com&gt;</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Enviar correo de prueba</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sender (From)</source>
        <translation>Remitente (De)</translation>
    </message>
    <message>
        <source>Reading the mail settings</source>
        <translation>Leyendo la configuración de correo</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saving the mail settings</source>
        <translation>Guardando la configuración de correo</translation>
    </message>
    <message>
        <source>Saved. Emails go out through {host}:{port}.</source>
        <translation>Guardado. Los correos salen a través de {host}:{port}.</translation>
    </message>
    <message>
        <source>Sending a test email through {value1}…</source>
        <translation>Enviando un correo de prueba a través de {value1}…</translation>
    </message>
    <message>
        <source>Test email</source>
        <translation>Correo de prueba</translation>
    </message>
    <message>
        <source>Test email sent to {to}. Check that it arrived.</source>
        <translation>Correo de prueba enviado a {to}. Compruebe que ha llegado.</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Buscando duplicados…</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Compare and merge…</source>
        <translation>&amp;Comparar y fusionar…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translation>Buscando duplicados</translation>
    </message>
    <message>
        <source>{len} possible duplicate pair(s), most likely first. Open one to compare and merge.</source>
        <translation>{len} posible(s) pareja(s) de duplicados, las más probables primero. Abra una para comparar y fusionar.</translation>
    </message>
    <message>
        <source>No likely duplicates among the active customers.</source>
        <translation>No hay duplicados probables entre los clientes activos.</translation>
    </message>
    <message>
        <source>contact-log entry</source>
        <translation>entrada del registro de contactos</translation>
    </message>
    <message>
        <source>contact-log entries</source>
        <translation>entradas del registro de contactos</translation>
    </message>
    <message>
        <source>draft invoice</source>
        <translation>factura en borrador</translation>
    </message>
    <message>
        <source>draft invoices</source>
        <translation>facturas en borrador</translation>
    </message>
    <message>
        <source>delivery note</source>
        <translation>nota de entrega</translation>
    </message>
    <message>
        <source>delivery notes</source>
        <translation>notas de entrega</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>persona de contacto</translation>
    </message>
    <message>
        <source>contact persons</source>
        <translation>personas de contacto</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>dirección de correo</translation>
    </message>
    <message>
        <source>email addresses</source>
        <translation>direcciones de correo</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>números de teléfono</translation>
    </message>
    <message>
        <source>Moves to the kept customer: </source>
        <translation>Se trasladan al cliente conservado: </translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>nada más</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Fusionar clientes</translation>
    </message>
    <message>
        <source>S&amp;wap sides</source>
        <translation>&amp;Intercambiar lados</translation>
    </message>
    <message>
        <source>Keep the right-hand customer instead</source>
        <translation>Conservar en su lugar el cliente de la derecha</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Deshacer fusión</translation>
    </message>
    <message>
        <source>Put both customers back as they were (Ctrl+Z)</source>
        <translation>Devolver ambos clientes a su estado anterior (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Comparing the customers</source>
        <translation>Comparando los clientes</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kept #{survivor_id}</source>
        <translation>Conservado #{survivor_id}</translation>
    </message>
    <message>
        <source>Merged #{duplicate_id}</source>
        <translation>Fusionado #{duplicate_id}</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusionando…</translation>
    </message>
    <message>
        <source>Merged: {moved} record(s) moved to #{survivor_id}. Undo puts everything back.</source>
        <translation>Fusionado: {moved} registro(s) trasladado(s) a #{survivor_id}. Deshacer lo restaura todo.</translation>
    </message>
    <message>
        <source>Undoing the merge…</source>
        <translation>Deshaciendo la fusión…</translation>
    </message>
    <message>
        <source>The merge was undone: both customers are back as they were.</source>
        <translation>Se deshizo la fusión: ambos clientes han vuelto a su estado anterior.</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Fusionando</translation>
    </message>
    <message>
        <source>{APP_TITLE} — {doing} failed</source>
        <translation>{APP_TITLE} — {doing}: error</translation>
    </message>
    <message>
        <source>{APP_TITLE} — unexpected error</source>
        <translation>{APP_TITLE} — error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong that crmdesk did not expect. The action may not have been completed; what was saved before stays saved.</source>
        <translation>Ocurrió algo que crmdesk no esperaba. Es posible que la acción no se haya completado; lo que se guardó antes sigue guardado.</translation>
    </message>
    <message>
        <source>{name__}: {error}

The details below are also in crmdesk's log file.</source>
        <translation>{name__}: {error}

Los detalles siguientes también están en el archivo de registro de crmdesk.</translation>
    </message>
    <message>
        <source>The action failed.</source>
        <translation>La acción ha fallado.</translation>
    </message>
    <message>
        <source>Set up for {name}. Change anything in Settings.</source>
        <translation>Configurado para {name}. Puede cambiar cualquier cosa en Configuración.</translation>
    </message>
    <message>
        <source>Saving the setup</source>
        <translation>Guardando la configuración</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Creando datos de demostración…</translation>
    </message>
    <message>
        <source>Creating demo data: {step}…</source>
        <translation>Creando datos de demostración: {step}…</translation>
    </message>
    <message>
        <source>Demo data added: {customers:,} customers.</source>
        <translation>Datos de demostración añadidos: {customers:,} clientes.</translation>
    </message>
    <message>
        <source>Creating demo data</source>
        <translation>Creando datos de demostración</translation>
    </message>
    <message>
        <source>SQLAlchemy</source>
        <translation>SQLAlchemy</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>In tables: Enter opens the selected row. In editors: Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>En las tablas: Enter abre la fila seleccionada. En los editores: Ctrl+Z deshace, Ctrl+Shift+Z rehace.</translation>
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
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Customer files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>Archivos de clientes (*.csv *.tsv *.txt *.xlsx *.vcf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorar —</translation>
    </message>
    <message>
        <source>Skip them (keep the customer as it is)</source>
        <translation>Omitirlas (dejar el cliente como está)</translation>
    </message>
    <message>
        <source>Merge into the existing customer (fill empty fields, add emails, phones, tags)</source>
        <translation>Fusionar con el cliente existente (rellenar campos vacíos, añadir correos, teléfonos, etiquetas)</translation>
    </message>
    <message>
        <source>Create them as new customers anyway</source>
        <translation>Crearlas como clientes nuevos de todos modos</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Comprobando las filas…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
    <message>
        <source>CSV or text (any encoding, comma, semicolon or tab), Excel .xlsx, or vCard .vcf.</source>
        <translation>CSV o texto (cualquier codificación, coma, punto y coma o tabulador), Excel .xlsx o vCard .vcf.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>El archivo que se importará</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>header in row {header_row}</source>
        <translation>encabezado en la fila {header_row}</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>crmdesk recognised what it could; choose a field for the others or leave them ignored.</source>
        <translation>crmdesk reconoció lo que pudo; elija un campo para las demás o déjelas ignoradas.</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Guardar asignación…</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>Asignaciones guardadas:</translation>
    </message>
    <message>
        <source>(the recognised mapping)</source>
        <translation>(la asignación reconocida)</translation>
    </message>
    <message>
        <source>(none saved yet)</source>
        <translation>(ninguna guardada todavía)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Guardar asignación</translation>
    </message>
    <message>
        <source>Name for this column mapping:</source>
        <translation>Nombre para esta asignación de columnas:</translation>
    </message>
    <message>
        <source>Saving the mapping</source>
        <translation>Guardando la asignación</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Comprobar las filas</translation>
    </message>
    <message>
        <source>Rows with a problem are left out; rows that look like a customer you have wait for your choice.</source>
        <translation>Las filas con algún problema se omiten; las que parecen un cliente que ya tiene esperan su decisión.</translation>
    </message>
    <message>
        <source>&amp;Import the valid rows</source>
        <translation>&amp;Importar las filas válidas</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Guardar &amp;informe…</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Se parece a</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Porque</translation>
    </message>
    <message>
        <source>Rows left out:</source>
        <translation>Filas omitidas:</translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>Todas las filas son válidas.</translation>
    </message>
    <message>
        <source>{customer_name} (customer {customer_id})</source>
        <translation>{customer_name} (cliente {customer_id})</translation>
    </message>
    <message>
        <source>row {earlier_row} of this file</source>
        <translation>fila {earlier_row} de este archivo</translation>
    </message>
    <message>
        <source>{rows} looks like a customer you already have (or an earlier row):</source>
        <translation>{rows} se parece a un cliente que ya tiene (o a una fila anterior):</translation>
    </message>
    <message>
        <source>{rows} look like customers you already have (or an earlier row):</source>
        <translation>{rows} se parecen a clientes que ya tiene (o a una fila anterior):</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report saved to {written}</source>
        <translation>Informe guardado en {written}</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Guardando el informe</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>One step: either every valid row is imported or none is.</source>
        <translation>En un solo paso: se importan todas las filas válidas o ninguna.</translation>
    </message>
    <message>
        <source>Taking a backup, then importing…</source>
        <translation>Haciendo una copia de seguridad y después importando…</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>No se importó nada: {error}</translation>
    </message>
    <message>
        <source>The customers are on the Customers page; Undo removes this import as a whole.</source>
        <translation>Los clientes están en la página Clientes; Deshacer elimina esta importación completa.</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Deshacer importación</translation>
    </message>
    <message>
        <source>A backup was taken first: {name}</source>
        <translation>Antes se hizo una copia de seguridad: {name}</translation>
    </message>
    <message>
        <source>Import undone: {removed:,} customer(s) removed.</source>
        <translation>Importación deshecha: {removed:,} cliente(s) eliminado(s).</translation>
    </message>
    <message>
        <source>{count:,} row</source>
        <translation>{count:,} fila</translation>
    </message>
    <message>
        <source>{count:,} rows</source>
        <translation>{count:,} filas</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>New from invoice…</source>
        <translation>Nuevo desde factura…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Listing delivery notes</source>
        <translation>Listando notas de entrega</translation>
    </message>
    <message>
        <source>{count:,} delivery note</source>
        <translation>{count:,} nota de entrega</translation>
    </message>
    <message>
        <source>{count:,} delivery notes</source>
        <translation>{count:,} notas de entrega</translation>
    </message>
    <message>
        <source>New delivery note</source>
        <translation>Nueva nota de entrega</translation>
    </message>
    <message>
        <source>Invoice number:</source>
        <translation>Número de factura:</translation>
    </message>
    <message>
        <source>Making the delivery note</source>
        <translation>Creando la nota de entrega</translation>
    </message>
    <message>
        <source>Opening the delivery note</source>
        <translation>Abriendo la nota de entrega</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Guardar datos</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Marcar como entregado</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Delivery note {label}</source>
        <translation>Nota de entrega {label}</translation>
    </message>
    <message>
        <source>Delivery note {label} — {NOTE_LABELS}</source>
        <translation>Nota de entrega {label} — {NOTE_LABELS}</translation>
    </message>
    <message>
        <source>Customer: {customer_name}</source>
        <translation>Cliente: {customer_name}</translation>
    </message>
    <message>
        <source>Shipped: {iso}</source>
        <translation>Enviado: {iso}</translation>
    </message>
    <message>
        <source>Shipping takes these goods out of stock.</source>
        <translation>Al enviar, estas mercancías salen del stock.</translation>
    </message>
    <message>
        <source>Stock was taken out by the issued invoice.</source>
        <translation>El stock ya se descontó con la factura emitida.</translation>
    </message>
    <message>
        <source>Stock went below zero: </source>
        <translation>El stock quedó por debajo de cero: </translation>
    </message>
    <message>
        <source>Saving the delivery note</source>
        <translation>Guardando la nota de entrega</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Marking delivered</source>
        <translation>Marcando como entregado</translation>
    </message>
    <message>
        <source>Deleting the draft</source>
        <translation>Eliminando el borrador</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Saldo inicial</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Mercancía recibida</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Partially received</source>
        <translation>Recibido parcialmente</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Año pasado</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Total {cur}</source>
        <translation>Total {cur}</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Add expense…</source>
        <translation>Añadir gasto…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>&lt;b&gt;By category&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por categoría&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;By month&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por mes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Listing expenses</source>
        <translation>Listando gastos</translation>
    </message>
    <message>
        <source>{count:,} expense</source>
        <translation>{count:,} gasto</translation>
    </message>
    <message>
        <source>{count:,} expenses</source>
        <translation>{count:,} gastos</translation>
    </message>
    <message>
        <source>Opening the expense</source>
        <translation>Abriendo el gasto</translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation>Añadir gasto</translation>
    </message>
    <message>
        <source>Rent, fuel, tools…</source>
        <translation>Alquiler, combustible, herramientas…</translation>
    </message>
    <message>
        <source>No supplier</source>
        <translation>Sin proveedor</translation>
    </message>
    <message>
        <source>Attach receipt…</source>
        <translation>Adjuntar recibo…</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Sin recibo</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Importe neto</translation>
    </message>
    <message>
        <source>Attach receipt</source>
        <translation>Adjuntar recibo</translation>
    </message>
    <message>
        <source>Receipts (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Recibos (*.pdf *.png *.jpg *.jpeg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Enter a category (rent, fuel, tools…).</source>
        <translation>Introduzca una categoría (alquiler, combustible, herramientas…).</translation>
    </message>
    <message>
        <source>net amount</source>
        <translation>importe neto</translation>
    </message>
    <message>
        <source>Enter the {what} as a number, e.g. 12.50.</source>
        <translation>Introduzca el {what} como número, p. ej. 12.50.</translation>
    </message>
    <message>
        <source>The {what} cannot be negative.</source>
        <translation>El {what} no puede ser negativo.</translation>
    </message>
    <message>
        <source>The {what} has at most {MONEY_SCALE} decimal places.</source>
        <translation>El {what} tiene como máximo {MONEY_SCALE} decimales.</translation>
    </message>
    <message>
        <source>Enter the amount spent.</source>
        <translation>Introduzca el importe gastado.</translation>
    </message>
    <message>
        <source>Saving the expense</source>
        <translation>Guardando el gasto</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>Buscar SKU, nombre o código de barras</translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation>Solo stock bajo</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Mostrar inactivos</translation>
    </message>
    <message>
        <source>Show low stock</source>
        <translation>Mostrar stock bajo</translation>
    </message>
    <message>
        <source>Draft purchase orders</source>
        <translation>Borradores de órdenes de compra</translation>
    </message>
    <message>
        <source>One draft order per preferred supplier, from the reorder suggestions</source>
        <translation>Un borrador de pedido por proveedor preferido, a partir de las sugerencias de reposición</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;Nuevo producto…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Stock &amp;history…</source>
        <translation>&amp;Historial de stock…</translation>
    </message>
    <message>
        <source>&amp;Adjust stock…</source>
        <translation>&amp;Ajustar stock…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>Órdenes de compra</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>Notas de entrega</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source> low on stock</source>
        <translation> con stock bajo</translation>
    </message>
    <message>
        <source>Listing products</source>
        <translation>Listando productos</translation>
    </message>
    <message>
        <source>Checking stock levels</source>
        <translation>Comprobando los niveles de stock</translation>
    </message>
    <message>
        <source>Opening the product</source>
        <translation>Abriendo el producto</translation>
    </message>
    <message>
        <source>{sku} is a service and has no stock</source>
        <translation>{sku} es un servicio y no tiene stock</translation>
    </message>
    <message>
        <source>Adjusting stock</source>
        <translation>Ajustando el stock</translation>
    </message>
    <message>
        <source>Deactivating the product</source>
        <translation>Desactivando el producto</translation>
    </message>
    <message>
        <source>⚠ {count} product is at or below the reorder level.</source>
        <translation>⚠ {count} producto está en el nivel de reposición o por debajo.</translation>
    </message>
    <message>
        <source>⚠ {count} products are at or below the reorder level.</source>
        <translation>⚠ {count} productos están en el nivel de reposición o por debajo.</translation>
    </message>
    <message>
        <source> and {more} more</source>
        <translation> y {more} más</translation>
    </message>
    <message>
        <source> Everything low is already on order.</source>
        <translation> Todo lo que está bajo ya está pedido.</translation>
    </message>
    <message>
        <source>Enter {what} as a number, e.g. 12.50.</source>
        <translation>Introduzca {what} como número, p. ej. 12.50.</translation>
    </message>
    <message>
        <source>{upper}{what} cannot be negative.</source>
        <translation>{upper}{what} no puede ser negativo.</translation>
    </message>
    <message>
        <source>At most {scale} decimal places.</source>
        <translation>Como máximo {scale} decimales.</translation>
    </message>
    <message>
        <source>Enter a SKU (the product's short code).</source>
        <translation>Introduzca un SKU (el código corto del producto).</translation>
    </message>
    <message>
        <source>A SKU is one word of at most 60 characters.</source>
        <translation>Un SKU es una sola palabra de 60 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Enter the product's name.</source>
        <translation>Introduzca el nombre del producto.</translation>
    </message>
    <message>
        <source>Enter a unit (pcs, kg, h…).</source>
        <translation>Introduzca una unidad (uds, kg, h…).</translation>
    </message>
    <message>
        <source>the sale price</source>
        <translation>el precio de venta</translation>
    </message>
    <message>
        <source>the cost price</source>
        <translation>el precio de coste</translation>
    </message>
    <message>
        <source>the reorder level</source>
        <translation>el nivel de reposición</translation>
    </message>
    <message>
        <source>A service is not kept in stock: leave the reorder level at 0.</source>
        <translation>Un servicio no se mantiene en stock: deje el nivel de reposición en 0.</translation>
    </message>
    <message>
        <source>A barcode is letters and digits only, at most 64.</source>
        <translation>Un código de barras solo contiene letras y dígitos, 64 como máximo.</translation>
    </message>
    <message>
        <source>Product — {sku} {name}</source>
        <translation>Producto — {sku} {name}</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <source>Product (kept in stock)</source>
        <translation>Producto (en stock)</translation>
    </message>
    <message>
        <source>Service (no stock)</source>
        <translation>Servicio (sin stock)</translation>
    </message>
    <message>
        <source>e.g. CHAIN-9</source>
        <translation>p. ej. CHAIN-9</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Precio de venta</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>Precio de coste</translation>
    </message>
    <message>
        <source>No tax rate</source>
        <translation>Sin tipo impositivo</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tipo impositivo</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Warn when stock falls to this quantity (0: never)</source>
        <translation>Avisar cuando el stock baje a esta cantidad (0: nunca)</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Nivel de reposición</translation>
    </message>
    <message>
        <source>No preferred supplier</source>
        <translation>Sin proveedor preferido</translation>
    </message>
    <message>
        <source>Preferred supplier</source>
        <translation>Proveedor preferido</translation>
    </message>
    <message>
        <source>Active (offered on new documents)</source>
        <translation>Activo (se ofrece en documentos nuevos)</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>{quantity} {unit} on hand, average cost {price_text}</source>
        <translation>{quantity} {unit} en existencia, coste medio {price_text}</translation>
    </message>
    <message>
        <source>Saving the product</source>
        <translation>Guardando el producto</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En existencia</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Reponer en</translation>
    </message>
    <message>
        <source>At or below the reorder level ({quantity} {unit})</source>
        <translation>En el nivel de reposición o por debajo ({quantity} {unit})</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Total neto</translation>
    </message>
    <message>
        <source>New purchase order…</source>
        <translation>Nueva orden de compra…</translation>
    </message>
    <message>
        <source>Draft orders from reorder suggestions</source>
        <translation>Borradores de pedido desde sugerencias de reposición</translation>
    </message>
    <message>
        <source>Listing purchase orders</source>
        <translation>Listando órdenes de compra</translation>
    </message>
    <message>
        <source>{count:,} order</source>
        <translation>{count:,} pedido</translation>
    </message>
    <message>
        <source>{count:,} orders</source>
        <translation>{count:,} pedidos</translation>
    </message>
    <message>
        <source>Opening the purchase order</source>
        <translation>Abriendo la orden de compra</translation>
    </message>
    <message>
        <source>Drafting purchase orders</source>
        <translation>Creando borradores de órdenes de compra</translation>
    </message>
    <message>
        <source>New purchase order</source>
        <translation>Nueva orden de compra</translation>
    </message>
    <message>
        <source>Purchase order — draft</source>
        <translation>Orden de compra — borrador</translation>
    </message>
    <message>
        <source>Draft purchase order #{id}</source>
        <translation>Borrador de orden de compra #{id}</translation>
    </message>
    <message>
        <source>Choose the supplier and the products to order; Send gives the order its number.</source>
        <translation>Elija el proveedor y los productos que pedir; Enviar asigna el número al pedido.</translation>
    </message>
    <message>
        <source>Choose a supplier…</source>
        <translation>Elija un proveedor…</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>Previsto para el</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total de línea</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Añadir línea</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation>Guardar y enviar</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>Elija un producto…</translation>
    </message>
    <message>
        <source>cost price</source>
        <translation>precio de coste</translation>
    </message>
    <message>
        <source>Purchase order {label}</source>
        <translation>Orden de compra {label}</translation>
    </message>
    <message>
        <source>Purchase order {label} — {ORDER_LABELS}</source>
        <translation>Orden de compra {label} — {ORDER_LABELS}</translation>
    </message>
    <message>
        <source>Supplier: {supplier_name}</source>
        <translation>Proveedor: {supplier_name}</translation>
    </message>
    <message>
        <source>Ordered: {value1}</source>
        <translation>Pedido: {value1}</translation>
    </message>
    <message>
        <source>Expected: {iso}</source>
        <translation>Previsto: {iso}</translation>
    </message>
    <message>
        <source>Net total: {money}</source>
        <translation>Total neto: {money}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notas: {notes}</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Receive now</source>
        <translation>Recibir ahora</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation>Recibir mercancía</translation>
    </message>
    <message>
        <source>no lines</source>
        <translation>sin líneas</translation>
    </message>
    <message>
        <source>Line {value1}: the quantity must be a number more than 0.</source>
        <translation>Línea {value1}: la cantidad debe ser un número mayor que 0.</translation>
    </message>
    <message>
        <source>Line {value1}: the unit cost must be a number of 0 or more.</source>
        <translation>Línea {value1}: el coste unitario debe ser un número igual o mayor que 0.</translation>
    </message>
    <message>
        <source>Choose at least one product to order.</source>
        <translation>Elija al menos un producto para pedir.</translation>
    </message>
    <message>
        <source>Net total: {format}</source>
        <translation>Total neto: {format}</translation>
    </message>
    <message>
        <source>Enter the quantities received as numbers of 0 or more.</source>
        <translation>Introduzca las cantidades recibidas como números iguales o mayores que 0.</translation>
    </message>
    <message>
        <source>Only {quantity} left to receive on a line.</source>
        <translation>Solo quedan {quantity} por recibir en una línea.</translation>
    </message>
    <message>
        <source>Enter a quantity to receive.</source>
        <translation>Introduzca una cantidad a recibir.</translation>
    </message>
    <message>
        <source>Choose a supplier.</source>
        <translation>Elija un proveedor.</translation>
    </message>
    <message>
        <source>Sending the purchase order</source>
        <translation>Enviando la orden de compra</translation>
    </message>
    <message>
        <source>Saving the purchase order</source>
        <translation>Guardando la orden de compra</translation>
    </message>
    <message>
        <source>Receiving goods</source>
        <translation>Recibiendo mercancía</translation>
    </message>
    <message>
        <source>Cancelling the purchase order</source>
        <translation>Cancelando la orden de compra</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Factura rectificativa</translation>
    </message>
    <message>
        <source>Delivery note {reference}</source>
        <translation>Nota de entrega {reference}</translation>
    </message>
    <message>
        <source>Stock history</source>
        <translation>Historial de stock</translation>
    </message>
    <message>
        <source>Adjust stock…</source>
        <translation>Ajustar stock…</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>Leyendo el historial</translation>
    </message>
    <message>
        <source>Stock history — {sku}</source>
        <translation>Historial de stock — {sku}</translation>
    </message>
    <message>
        <source>A service is not kept in stock.</source>
        <translation>Un servicio no se mantiene en stock.</translation>
    </message>
    <message>
        <source>Adjust stock — {sku}</source>
        <translation>Ajustar stock — {sku}</translation>
    </message>
    <message>
        <source>+5 or -2</source>
        <translation>+5 o -2</translation>
    </message>
    <message>
        <source>Counted, broken, lost…</source>
        <translation>Recuento, roturas, pérdidas…</translation>
    </message>
    <message>
        <source>On hand now</source>
        <translation>En existencia ahora</translation>
    </message>
    <message>
        <source>Change by</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>On hand after</source>
        <translation>En existencia después</translation>
    </message>
    <message>
        <source>Enter a number such as 5 or -2 (at most 3 decimals).</source>
        <translation>Introduzca un número como 5 o -2 (como máximo 3 decimales).</translation>
    </message>
    <message>
        <source>An adjustment changes stock by more or less than 0.</source>
        <translation>Un ajuste debe cambiar el stock en más o menos de 0.</translation>
    </message>
    <message>
        <source>Say why stock is adjusted.</source>
        <translation>Indique por qué se ajusta el stock.</translation>
    </message>
    <message>
        <source>Stock cannot go below zero (Settings: negative stock is blocked).</source>
        <translation>El stock no puede quedar por debajo de cero (Configuración: el stock negativo está bloqueado).</translation>
    </message>
    <message>
        <source>Warning: this takes stock below zero ({quantity}).</source>
        <translation>Atención: esto deja el stock por debajo de cero ({quantity}).</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>NIF-IVA</translation>
    </message>
    <message>
        <source>Include archived</source>
        <translation>Incluir archivados</translation>
    </message>
    <message>
        <source>New supplier…</source>
        <translation>Nuevo proveedor…</translation>
    </message>
    <message>
        <source>Archive / unarchive</source>
        <translation>Archivar / desarchivar</translation>
    </message>
    <message>
        <source>Listing suppliers</source>
        <translation>Listando proveedores</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>{count:,} supplier</source>
        <translation>{count:,} proveedor</translation>
    </message>
    <message>
        <source>{count:,} suppliers</source>
        <translation>{count:,} proveedores</translation>
    </message>
    <message>
        <source>Archiving the supplier</source>
        <translation>Archivando el proveedor</translation>
    </message>
    <message>
        <source>Supplier — {name}</source>
        <translation>Proveedor — {name}</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Nuevo proveedor</translation>
    </message>
    <message>
        <source>LV, SE…</source>
        <translation>LV, SE…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Saving the supplier</source>
        <translation>Guardando el proveedor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Find customer…</source>
        <translation>&amp;Buscar cliente…</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>Buscar en &amp;todo…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About crmdesk</source>
        <translation>&amp;Acerca de crmdesk</translation>
    </message>
    <message>
        <source>crmdesk — {name}</source>
        <translation>crmdesk — {name}</translation>
    </message>
    <message>
        <source>The open database file: {path}</source>
        <translation>El archivo de base de datos abierto: {path}</translation>
    </message>
    <message>
        <source>About crmdesk</source>
        <translation>Acerca de crmdesk</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>{name} is archived</source>
        <translation>{name} está archivado</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Search name or email  (Ctrl+F)</source>
        <translation>Buscar nombre o correo  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Registrar interacción…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Reading the filter lists</source>
        <translation>Leyendo las listas de filtros</translation>
    </message>
    <message>
        <source>Listing customers</source>
        <translation>Listando clientes</translation>
    </message>
    <message>
        <source>No customer matches the filters</source>
        <translation>Ningún cliente coincide con los filtros</translation>
    </message>
    <message>
        <source>{count:,} customer matches “{text}” and the filters</source>
        <translation>{count:,} cliente coincide con “{text}” y los filtros</translation>
    </message>
    <message>
        <source>{count:,} customers match “{text}” and the filters</source>
        <translation>{count:,} clientes coinciden con “{text}” y los filtros</translation>
    </message>
    <message>
        <source>{count:,} customer matches the filters</source>
        <translation>{count:,} cliente coincide con los filtros</translation>
    </message>
    <message>
        <source>{count:,} customers match the filters</source>
        <translation>{count:,} clientes coinciden con los filtros</translation>
    </message>
    <message>
        <source>No customer matches</source>
        <translation>Ningún cliente coincide</translation>
    </message>
    <message>
        <source>{count:,} customer matches “{text}”</source>
        <translation>{count:,} cliente coincide con “{text}”</translation>
    </message>
    <message>
        <source>{count:,} customers match “{text}”</source>
        <translation>{count:,} clientes coinciden con “{text}”</translation>
    </message>
    <message>
        <source>No customers</source>
        <translation>No hay clientes</translation>
    </message>
    <message>
        <source>No customers (archived ones are hidden)</source>
        <translation>No hay clientes (los archivados están ocultos)</translation>
    </message>
    <message>
        <source>{count:,} customer, archived included</source>
        <translation>{count:,} cliente, incluidos los archivados</translation>
    </message>
    <message>
        <source>{count:,} customers, archived included</source>
        <translation>{count:,} clientes, incluidos los archivados</translation>
    </message>
    <message>
        <source>{count:,} customer</source>
        <translation>{count:,} cliente</translation>
    </message>
    <message>
        <source>{count:,} customers</source>
        <translation>{count:,} clientes</translation>
    </message>
    <message>
        <source>Contact log entries</source>
        <translation>Entradas del registro de contactos</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Facturas y facturas rectificativas</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Productos y servicios</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Facturas vencidas</translation>
    </message>
    <message>
        <source>Follow-ups due today or earlier</source>
        <translation>Seguimientos para hoy o antes</translation>
    </message>
    <message>
        <source>Products running low</source>
        <translation>Productos con stock bajo</translation>
    </message>
    <message>
        <source>Revenue by month (net)</source>
        <translation>Ingresos por mes (neto)</translation>
    </message>
    <message>
        <source>Customers by segment</source>
        <translation>Clientes por segmento</translation>
    </message>
    <message>
        <source>Top 10 customers, last 12 months</source>
        <translation>10 mejores clientes, últimos 12 meses</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Ventas netas</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Clientes en riesgo</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Usual gap</source>
        <translation>Intervalo habitual</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stock bajo</translation>
    </message>
    <message>
        <source>the database figures</source>
        <translation>las cifras de la base de datos</translation>
    </message>
    <message>
        <source>overdue invoices</source>
        <translation>las facturas vencidas</translation>
    </message>
    <message>
        <source>the chart library</source>
        <translation>la biblioteca de gráficos</translation>
    </message>
    <message>
        <source>low stock</source>
        <translation>el stock bajo</translation>
    </message>
    <message>
        <source>the top customers</source>
        <translation>los mejores clientes</translation>
    </message>
    <message>
        <source>customers at risk</source>
        <translation>los clientes en riesgo</translation>
    </message>
    <message>
        <source>customer segments</source>
        <translation>los segmentos de clientes</translation>
    </message>
    <message>
        <source>Reading {what} for the dashboard</source>
        <translation>Leyendo {what} para el panel</translation>
    </message>
    <message>
        <source>Overdue: {count:,} invoice</source>
        <translation>Vencidas: {count:,} factura</translation>
    </message>
    <message>
        <source>Overdue: {count:,} invoices</source>
        <translation>Vencidas: {count:,} facturas</translation>
    </message>
    <message>
        <source>No sales in the last 12 months.</source>
        <translation>Sin ventas en los últimos 12 meses.</translation>
    </message>
    <message>
        <source>Nobody is overdue against their usual rhythm of buying.</source>
        <translation>Nadie se ha retrasado respecto a su ritmo habitual de compra.</translation>
    </message>
    <message>
        <source>No product is at or below its reorder level.</source>
        <translation>Ningún producto está en su nivel de reposición o por debajo.</translation>
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
        <translation>Impuestos y numeración</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Sending documents by email (SMTP)</source>
        <translation>Envío de documentos por correo electrónico (SMTP)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Where crmdesk keeps things</source>
        <translation>Dónde guarda crmdesk las cosas</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Archivo de base de datos:</translation>
    </message>
    <message>
        <source>Window settings:</source>
        <translation>Configuración de ventanas:</translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation>Archivos de registro:</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Nothing to draw for this range</source>
        <translation>No hay nada que dibujar en este intervalo</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>el principio</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>Segmentos RFM</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Días desde</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>No customer bought anything in this range.</source>
        <translation>Ningún cliente compró nada en este intervalo.</translation>
    </message>
    <message>
        <source>Customers per segment</source>
        <translation>Clientes por segmento</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Valor del cliente a lo largo del tiempo (CLV)</translation>
    </message>
    <message>
        <source>Historic CLV</source>
        <translation>CLV histórico</translation>
    </message>
    <message>
        <source>Predicted CLV</source>
        <translation>CLV previsto</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Primera compra</translation>
    </message>
    <message>
        <source>Tenure (days)</source>
        <translation>Antigüedad (días)</translation>
    </message>
    <message>
        <source>Predicted CLV, top customers</source>
        <translation>CLV previsto, mejores clientes</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Riesgo de abandono</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Intervalo habitual (días)</translation>
    </message>
    <message>
        <source>Own gap</source>
        <translation>Intervalo propio</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>{at_risk:,} of {len:,} customers at risk (days since the last purchase ≥ 2 × their usual gap).</source>
        <translation>{at_risk:,} de {len:,} clientes en riesgo (días desde la última compra ≥ 2 × su intervalo habitual).</translation>
    </message>
    <message>
        <source>Highest churn risk (ratio)</source>
        <translation>Mayor riesgo de abandono (proporción)</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Abonado</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>Coste de mercancías</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <source>Unprofitable</source>
        <translation>No rentable</translation>
    </message>
    <message>
        <source>Product profitability</source>
        <translation>Rentabilidad por producto</translation>
    </message>
    <message>
        <source>Customer profitability</source>
        <translation>Rentabilidad por cliente</translation>
    </message>
    <message>
        <source>{losing:,} of {len:,} products unprofitable; total profit {money}.</source>
        <translation>{losing:,} de {len:,} productos no rentables; beneficio total {money}.</translation>
    </message>
    <message>
        <source>{losing:,} of {len:,} customers unprofitable; total profit {money}.</source>
        <translation>{losing:,} de {len:,} clientes no rentables; beneficio total {money}.</translation>
    </message>
    <message>
        <source>Most profitable products</source>
        <translation>Productos más rentables</translation>
    </message>
    <message>
        <source>Most profitable customers</source>
        <translation>Clientes más rentables</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Net sales by {lower}, beside the year before</source>
        <translation>Ventas netas por {lower}, junto al año anterior</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>Un año antes</translation>
    </message>
    <message>
        <source>Net sales by {lower}</source>
        <translation>Ventas netas por {lower}</translation>
    </message>
    <message>
        <source>Sales by {lower}</source>
        <translation>Ventas por {lower}</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Facturas rectificativas</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Net sales {money} (net of tax, credit notes subtracted).</source>
        <translation>Ventas netas {money} (sin impuestos, restadas las facturas rectificativas).</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>Clientes nuevos por mes</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrados</translation>
    </message>
    <message>
        <source>{sum:,} registered, {sum2:,} bought for the first time.</source>
        <translation>{sum:,} registrados, {sum2:,} compraron por primera vez.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Embudo de ventas</translation>
    </message>
    <message>
        <source>no quote decided yet</source>
        <translation>ningún presupuesto decidido todavía</translation>
    </message>
    <message>
        <source>Quote win rate and pipeline</source>
        <translation>Tasa de éxito de presupuestos y embudo de ventas</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Status or stage</source>
        <translation>Estado o etapa</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Pipeline value by stage ({currency})</source>
        <translation>Valor del embudo por etapa ({currency})</translation>
    </message>
    <message>
        <source>{quantize} of 5</source>
        <translation>{quantize} de 5</translation>
    </message>
    <message>
        <source>no rating given</source>
        <translation>sin valoración</translation>
    </message>
    <message>
        <source>Complaints and satisfaction</source>
        <translation>Reclamaciones y satisfacción</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>Satisfacción media</translation>
    </message>
    <message>
        <source>{sum:,} complaints opened, {sum2:,} of them resolved; average satisfaction {average}.</source>
        <translation>{sum:,} reclamaciones abiertas, {sum2:,} de ellas resueltas; satisfacción media {average}.</translation>
    </message>
    <message>
        <source>Complaints per month</source>
        <translation>Reclamaciones por mes</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary scores 1–5 and the segment of each customer.</source>
        <translation>Puntuaciones de recencia, frecuencia y valor monetario de 1 a 5 y el segmento de cada cliente.</translation>
    </message>
    <message>
        <source>Margin to date and predicted future margin per customer.</source>
        <translation>Margen hasta la fecha y margen futuro previsto por cliente.</translation>
    </message>
    <message>
        <source>Days since the last purchase against each customer's usual gap.</source>
        <translation>Días desde la última compra frente al intervalo habitual de cada cliente.</translation>
    </message>
    <message>
        <source>Revenue − credit notes − cost of goods − direct expenses, per customer.</source>
        <translation>Ingresos − facturas rectificativas − coste de mercancías − gastos directos, por cliente.</translation>
    </message>
    <message>
        <source>Revenue − credit notes − cost of goods − direct expenses, per product.</source>
        <translation>Ingresos − facturas rectificativas − coste de mercancías − gastos directos, por producto.</translation>
    </message>
    <message>
        <source>Net sales per {lower}, beside the year before.</source>
        <translation>Ventas netas por {lower}, junto al año anterior.</translation>
    </message>
    <message>
        <source>Customers registered and first purchases, per month.</source>
        <translation>Clientes registrados y primeras compras, por mes.</translation>
    </message>
    <message>
        <source>Quote outcomes and opportunities by stage.</source>
        <translation>Resultados de presupuestos y oportunidades por etapa.</translation>
    </message>
    <message>
        <source>Complaints opened and resolved, satisfaction given.</source>
        <translation>Reclamaciones abiertas y resueltas, satisfacción indicada.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>No rows in this range.</source>
        <translation>No hay filas en este intervalo.</translation>
    </message>
    <message>
        <source>The first {PDF_MAX_ROWS:,} of {len:,} rows; the CSV export has them all.</source>
        <translation>Las primeras {PDF_MAX_ROWS:,} de {len:,} filas; la exportación CSV las contiene todas.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Every row of the report, for a spreadsheet  (Ctrl+Shift+C)</source>
        <translation>Todas las filas del informe, para una hoja de cálculo  (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>The chart and the table, to print or send  (Ctrl+Shift+P)</source>
        <translation>El gráfico y la tabla, para imprimir o enviar  (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation>Calculando el informe</translation>
    </message>
    <message>
        <source>Export the report to CSV</source>
        <translation>Exportar el informe a CSV</translation>
    </message>
    <message>
        <source>Export the report to PDF</source>
        <translation>Exportar el informe a PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {what}…</source>
        <translation>Escribiendo {what}…</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Guardado {name}</translation>
    </message>
    <message>
        <source>Exporting the report to {what}</source>
        <translation>Exportando el informe a {what}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Invoices issued</source>
        <translation>Facturas emitidas</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>(no manifest)</source>
        <translation>(sin manifiesto)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>issued invoices</source>
        <translation>facturas emitidas</translation>
    </message>
    <message>
        <source>{name} was opened read-only because {reason}: nothing can be restored into it</source>
        <translation>{name} se abrió en modo de solo lectura porque {reason}: no se puede restaurar nada en él</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Comprobando {name}…</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {fatal}</source>
        <translation>{name} no se puede restaurar: {fatal}</translation>
    </message>
    <message>
        <source>the restore failed</source>
        <translation>la restauración falló</translation>
    </message>
    <message>
        <source>Restored {name}</source>
        <translation>Restaurado {name}</translation>
    </message>
    <message>
        <source>; the previous file was kept as {name}</source>
        <translation>; el archivo anterior se conservó como {name}</translation>
    </message>
    <message>
        <source>Reopening after the restore</source>
        <translation>Reabriendo tras la restauración</translation>
    </message>
    <message>
        <source>crmdesk — Restore</source>
        <translation>crmdesk — Restaurar</translation>
    </message>
    <message>
        <source>Put the backup of {describe} in place of {name}?</source>
        <translation>¿Poner la copia de seguridad de {describe} en lugar de {name}?</translation>
    </message>
    <message>
        <source>The backup was checked and is intact. Work saved after it was taken is not in it; the current file is kept as a safety copy in the backup folder, and invoice numbers already issued are never given again.</source>
        <translation>La copia de seguridad se comprobó y está intacta. El trabajo guardado después de hacerla no está en ella; el archivo actual se conserva como copia de seguridad en la carpeta de copias, y los números de factura ya emitidos nunca se vuelven a asignar.</translation>
    </message>
    <message>
        <source>Credit note for {label}</source>
        <translation>Factura rectificativa de {label}</translation>
    </message>
    <message>
        <source>The whole invoice (full credit note)</source>
        <translation>La factura completa (rectificación total)</translation>
    </message>
    <message>
        <source>Chosen lines and quantities</source>
        <translation>Líneas y cantidades elegidas</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Abonar</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Reason (printed on the credit note)</source>
        <translation>Motivo (se imprime en la factura rectificativa)</translation>
    </message>
    <message>
        <source>Make draft credit note</source>
        <translation>Crear borrador de factura rectificativa</translation>
    </message>
    <message>
        <source>Type to search customers…</source>
        <translation>Escriba para buscar clientes…</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Pagada parcialmente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Contacto potencial</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Cualificado</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Presupuestado</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Change {replace}</source>
        <translation>Cambiar {replace}</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Units of this currency per 1 unit of the base currency</source>
        <translation>Unidades de esta moneda por 1 unidad de la moneda base</translation>
    </message>
    <message>
        <source>Net (tax is added)</source>
        <translation>Neto (se añaden impuestos)</translation>
    </message>
    <message>
        <source>Gross (tax included)</source>
        <translation>Bruto (impuestos incluidos)</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Unticked: the issue date plus the customer's payment terms</source>
        <translation>Sin marcar: la fecha de emisión más las condiciones de pago del cliente</translation>
    </message>
    <message>
        <source>Notes printed on the document</source>
        <translation>Notas impresas en el documento</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Enter on the last line</source>
        <translation>Enter en la última línea</translation>
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
        <translation>Emitir…</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Abriendo</translation>
    </message>
    <message>
        <source>New {lower}</source>
        <translation>Nuevo documento: {lower}</translation>
    </message>
    <message>
        <source>per 1 {base_currency}</source>
        <translation>por 1 {base_currency}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Totals appear when the currency is a valid code.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Los totales aparecen cuando la moneda es un código válido.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>this draft invoice</source>
        <translation>este borrador de factura</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Emitir</translation>
    </message>
    <message>
        <source>Issuing</source>
        <translation>Emitiendo</translation>
    </message>
    <message>
        <source>Issued — check the computer's clock</source>
        <translation>Emitido — compruebe el reloj del ordenador</translation>
    </message>
    <message>
        <source>Save the quote before sending it.</source>
        <translation>Guarde el presupuesto antes de enviarlo.</translation>
    </message>
    <message>
        <source>This document has changes that are not saved. Discard them?</source>
        <translation>Este documento tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Net&lt;/td&gt;&lt;td align='right'&gt;{money}&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Neto&lt;/td&gt;&lt;td align='right'&gt;{money}&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Total&lt;/b&gt;&lt;/td&gt;&lt;td align='right'&gt;&lt;b&gt;{money}&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Total&lt;/b&gt;&lt;/td&gt;&lt;td align='right'&gt;&lt;b&gt;{money}&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;Prices include tax&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Los precios incluyen impuestos&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing='4' align='right'&gt;{join}&lt;/table&gt;{note}</source>
        <translation>&lt;table cellspacing='4' align='right'&gt;{join}&lt;/table&gt;{note}</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Product or description</source>
        <translation>Producto o descripción</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>% impuesto</translation>
    </message>
    <message>
        <source>Line {value1}: {error}</source>
        <translation>Línea {value1}: {error}</translation>
    </message>
    <message>
        <source>Edit line {value1}</source>
        <translation>Editar línea {value1}</translation>
    </message>
    <message>
        <source>Add line {value1}</source>
        <translation>Añadir línea {value1}</translation>
    </message>
    <message>
        <source>Remove line {value1}</source>
        <translation>Quitar línea {value1}</translation>
    </message>
    <message>
        <source>Issue {label}?

Issuing is final: the document gets its number and can never be changed again. Corrections are made with a credit note.</source>
        <translation>¿Emitir {label}?

La emisión es definitiva: el documento recibe su número y ya no se puede modificar. Las correcciones se hacen con una factura rectificativa.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Registrar pago…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Factura rectificativa…</translation>
    </message>
    <message>
        <source>Record reminder…</source>
        <translation>Registrar recordatorio…</translation>
    </message>
    <message>
        <source>Record the next payment reminder (level 1, 2, 3) in the contact log</source>
        <translation>Registrar el siguiente recordatorio de pago (nivel 1, 2, 3) en el registro de contactos</translation>
    </message>
    <message>
        <source>A new draft invoice with this invoice's customer and lines</source>
        <translation>Una nueva factura en borrador con el cliente y las líneas de esta factura</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Preview, save or email the PDF (Ctrl+P)</source>
        <translation>Vista previa, guardar o enviar el PDF por correo (Ctrl+P)</translation>
    </message>
    <message>
        <source>Reminder PDF…</source>
        <translation>PDF del recordatorio…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tax breakdown&lt;/b&gt;</source>
        <translation>&lt;b&gt;Desglose de impuestos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recording the payment</source>
        <translation>Registrando el pago</translation>
    </message>
    <message>
        <source>Making the credit note</source>
        <translation>Creando la factura rectificativa</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Recordatorio de pago</translation>
    </message>
    <message>
        <source>Recording the reminder</source>
        <translation>Registrando el recordatorio</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp; &lt;b&gt;Corrects:&lt;/b&gt; invoice {escape}</source>
        <translation>&amp;nbsp;&amp;nbsp; &lt;b&gt;Rectifica:&lt;/b&gt; factura {escape}</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp; &lt;b&gt;Due:&lt;/b&gt; {value1}</source>
        <translation>&amp;nbsp;&amp;nbsp; &lt;b&gt;Vencimiento:&lt;/b&gt; {value1}</translation>
    </message>
    <message>
        <source> (overpaid {money})</source>
        <translation> (pagado de más {money})</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Status:&lt;/b&gt; Draft — no number until it is issued</source>
        <translation>&lt;br&gt;&lt;b&gt;Estado:&lt;/b&gt; Borrador — sin número hasta que se emita</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style='color:#b3261e'&gt;{escape}&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style='color:#b3261e'&gt;{escape}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation>Borrador de factura rectificativa</translation>
    </message>
    <message>
        <source>, reminder {last_reminder_level}</source>
        <translation>, recordatorio {last_reminder_level}</translation>
    </message>
    <message>
        <source>{label} ({days_late} d{reminded})</source>
        <translation>{label} ({days_late} d{reminded})</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Search number or customer</source>
        <translation>Buscar número o cliente</translation>
    </message>
    <message>
        <source>Issued between</source>
        <translation>Emitidas entre</translation>
    </message>
    <message>
        <source>Record the next payment reminder (level 1, 2, 3) of the selected overdue invoice in the contact log</source>
        <translation>Registrar el siguiente recordatorio de pago (nivel 1, 2, 3) de la factura vencida seleccionada en el registro de contactos</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nueva factura</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>{count:,} document</source>
        <translation>{count:,} documento</translation>
    </message>
    <message>
        <source>{count:,} documents</source>
        <translation>{count:,} documentos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Listing invoices</source>
        <translation>Listando facturas</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Importe ({currency})</translation>
    </message>
    <message>
        <source>Enter an amount above 0 with at most {digits} decimals</source>
        <translation>Introduzca un importe mayor que 0 con {digits} decimales como máximo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Cierre previsto</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Drag a card to another stage to move it.</source>
        <translation>Arrastre una tarjeta a otra etapa para moverla.</translation>
    </message>
    <message>
        <source>Reading the pipeline</source>
        <translation>Leyendo el embudo de ventas</translation>
    </message>
    <message>
        <source>&lt;b&gt;{STAGE_LABELS}&lt;/b&gt; ({len}){amount}</source>
        <translation>&lt;b&gt;{STAGE_LABELS}&lt;/b&gt; ({len}){amount}</translation>
    </message>
    <message>
        <source>Why was this opportunity lost?</source>
        <translation>¿Por qué se perdió esta oportunidad?</translation>
    </message>
    <message>
        <source>Moving the card</source>
        <translation>Moviendo la tarjeta</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Convert to invoice</source>
        <translation>Convertir en factura</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>Nueva revisión</translation>
    </message>
    <message>
        <source>Quote {label} sent.</source>
        <translation>Presupuesto {label} enviado.</translation>
    </message>
    <message>
        <source>Quote {label} accepted.</source>
        <translation>Presupuesto {label} aceptado.</translation>
    </message>
    <message>
        <source>Quote {label} declined.</source>
        <translation>Presupuesto {label} rechazado.</translation>
    </message>
    <message>
        <source>Draft invoice made from {label}: check it and issue it (Invoices page, Drafts).</source>
        <translation>Factura en borrador creada a partir de {label}: revísela y emítala (página Facturas, Borradores).</translation>
    </message>
    <message>
        <source>New draft revision of {label} made.</source>
        <translation>Se creó una nueva revisión en borrador de {label}.</translation>
    </message>
    <message>
        <source>(draft {id})</source>
        <translation>(borrador {id})</translation>
    </message>
    <message>
        <source>{number} rev. {revision}</source>
        <translation>{number} rev. {revision}</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Nuevo presupuesto</translation>
    </message>
    <message>
        <source>Listing quotes</source>
        <translation>Listando presupuestos</translation>
    </message>
    <message>
        <source> (the latest)</source>
        <translation> (la más reciente)</translation>
    </message>
    <message>
        <source>{count:,} quote{more}</source>
        <translation>{count:,} presupuesto{more}</translation>
    </message>
    <message>
        <source>{count:,} quotes{more}</source>
        <translation>{count:,} presupuestos{more}</translation>
    </message>
    <message>
        <source>Quotes and pipeline</source>
        <translation>Presupuestos y embudo de ventas</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>Customers, emails, phones, contact log, documents, products…</source>
        <translation>Clientes, correos, teléfonos, registro de contactos, documentos, productos…</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} encontrados</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>No se encontró nada</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>Junto a la base de datos</translation>
    </message>
    <message>
        <source>never while open</source>
        <translation>nunca mientras está abierta</translation>
    </message>
    <message>
        <source>Back up when crmdesk closes</source>
        <translation>Hacer copia de seguridad al cerrar crmdesk</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>A folder on a USB stick or in a synced folder keeps a copy away from this computer. Backups are checked after writing; 7 daily, 4 weekly and 12 monthly ones are kept.</source>
        <translation>Una carpeta en una memoria USB o en una carpeta sincronizada guarda una copia fuera de este ordenador. Las copias se comprueban después de escribirse; se conservan 7 diarias, 4 semanales y 12 mensuales.</translation>
    </message>
    <message>
        <source>{value0}  (beside the database)</source>
        <translation>{value0}  (junto a la base de datos)</translation>
    </message>
    <message>
        <source>beside the database, in backups/</source>
        <translation>junto a la base de datos, en backups/</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>N.º de registro</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>Moneda base</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Idioma de los documentos</translation>
    </message>
    <message>
        <source>Street and number
Postal code and city</source>
        <translation>Calle y número
Código postal y ciudad</translation>
    </message>
    <message>
        <source>LV80 BANK 0000 4351 9500 1 — printed with a payment QR code</source>
        <translation>LV80 BANK 0000 4351 9500 1 — se imprime con un código QR de pago</translation>
    </message>
    <message>
        <source>en, lv, es, fa, ru, sv…</source>
        <translation>en, lv, es, fa, ru, sv…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Elegir logotipo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Quitar logotipo</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation>Logotipo (PNG o JPEG)</translation>
    </message>
    <message>
        <source>Save company details</source>
        <translation>Guardar datos de la empresa</translation>
    </message>
    <message>
        <source>Reading the company details</source>
        <translation>Leyendo los datos de la empresa</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saving the company details</source>
        <translation>Guardando los datos de la empresa</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elija un logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Setting the logo</source>
        <translation>Estableciendo el logotipo</translation>
    </message>
    <message>
        <source>Removing the logo</source>
        <translation>Quitando el logotipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Custom fields of customers</source>
        <translation>Campos personalizados de clientes</translation>
    </message>
    <message>
        <source>Add field…</source>
        <translation>Añadir campo…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Reading the custom fields</source>
        <translation>Leyendo los campos personalizados</translation>
    </message>
    <message>
        <source>   — hidden</source>
        <translation>   — oculto</translation>
    </message>
    <message>
        <source>key: {key}</source>
        <translation>clave: {key}</translation>
    </message>
    <message>
        <source>No custom fields yet. Add one, e.g. 'Shoe size' (number).</source>
        <translation>Todavía no hay campos personalizados. Añada uno, p. ej. 'Talla de calzado' (número).</translation>
    </message>
    <message>
        <source>Changing the custom field</source>
        <translation>Cambiando el campo personalizado</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>Nuevo campo personalizado</translation>
    </message>
    <message>
        <source>e.g. Favourite colour</source>
        <translation>p. ej. Color favorito</translation>
    </message>
    <message>
        <source>comma-separated, e.g. red, green, blue</source>
        <translation>separadas por comas, p. ej. rojo, verde, azul</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Adding the custom field</source>
        <translation>Añadiendo el campo personalizado</translation>
    </message>
    <message>
        <source>Language of crmdesk</source>
        <translation>Idioma de crmdesk</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Documents are printed in each customer's own language, set on the customer.</source>
        <translation>Los documentos se imprimen en el idioma de cada cliente, definido en el cliente.</translation>
    </message>
    <message>
        <source>crmdesk uses the new language from its next start.</source>
        <translation>crmdesk usará el nuevo idioma a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Rates change: check them with your accountant.</source>
        <translation>Los tipos cambian: compruébelos con su asesor fiscal.</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Tipos impositivos</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Add rate…</source>
        <translation>Añadir tipo…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Add this country's rates</source>
        <translation>Añadir los tipos de este país</translation>
    </message>
    <message>
        <source>Reading the tax rates</source>
        <translation>Leyendo los tipos impositivos</translation>
    </message>
    <message>
        <source>Adding the tax rates</source>
        <translation>Añadiendo los tipos impositivos</translation>
    </message>
    <message>
        <source>Saving the tax rate</source>
        <translation>Guardando el tipo impositivo</translation>
    </message>
    <message>
        <source>New tax rate</source>
        <translation>Nuevo tipo impositivo</translation>
    </message>
    <message>
        <source>Default for new products and lines</source>
        <translation>Predeterminado para productos y líneas nuevos</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Tipo (%)</translation>
    </message>
    <message>
        <source>Enter a percent from 0 to 100.</source>
        <translation>Introduzca un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>Números de documento</translation>
    </message>
    <message>
        <source>Reading the number patterns</source>
        <translation>Leyendo los patrones de numeración</translation>
    </message>
    <message>
        <source>next: {example}</source>
        <translation>siguiente: {example}</translation>
    </message>
    <message>
        <source>Saving the number pattern</source>
        <translation>Guardando el patrón de numeración</translation>
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
        <translation>Bienvenido a crmdesk</translation>
    </message>
    <message>
        <source>Your customers, quotes, invoices and stock, in one file on this computer.</source>
        <translation>Sus clientes, presupuestos, facturas y stock, en un solo archivo en este ordenador.</translation>
    </message>
    <message>
        <source>Set up my business (about two minutes)</source>
        <translation>Configurar mi negocio (unos dos minutos)</translation>
    </message>
    <message>
        <source>Look around with demo data first ({demo_customers:,} made-up customers, three years of history)</source>
        <translation>Explorar primero con datos de demostración ({demo_customers:,} clientes ficticios, tres años de historial)</translation>
    </message>
    <message>
        <source>Demo data goes into this database file; start for real later with File ▸ New database.</source>
        <translation>Los datos de demostración se guardan en este archivo de base de datos; empiece de verdad más tarde con Archivo ▸ Nueva base de datos.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Su negocio</translation>
    </message>
    <message>
        <source>As it should appear on quotes and invoices. The IBAN adds a payment QR code.</source>
        <translation>Tal como debe aparecer en presupuestos y facturas. El IBAN añade un código QR de pago.</translation>
    </message>
    <message>
        <source>Country, taxes and invoice numbers</source>
        <translation>País, impuestos y números de factura</translation>
    </message>
    <message>
        <source>Rates change: check them with your accountant. Everything here is editable in Settings.</source>
        <translation>Los tipos cambian: compruébelos con su asesor fiscal. Todo lo de aquí se puede editar en Configuración.</translation>
    </message>
    <message>
        <source>Another country (add tax rates in Settings)</source>
        <translation>Otro país (añada los tipos impositivos en Configuración)</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Números de factura</translation>
    </message>
    <message>
        <source>No preset: add your rates in Settings ▸ Taxes and numbers.</source>
        <translation>Sin valores predefinidos: añada sus tipos en Configuración ▸ Impuestos y numeración.</translation>
    </message>
    <message>
        <source>The first invoice will be number {first}.</source>
        <translation>La primera factura tendrá el número {first}.</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Dónde se guardan sus datos</translation>
    </message>
    <message>
        <source>One file holds everything; verified backups are written automatically.</source>
        <translation>Un solo archivo lo contiene todo; las copias de seguridad verificadas se escriben automáticamente.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>To keep the database elsewhere (e.g. a synced folder), use File ▸ New database later.</source>
        <translation>Para guardar la base de datos en otro lugar (p. ej. una carpeta sincronizada), use Archivo ▸ Nueva base de datos más adelante.</translation>
    </message>
    <message>
        <source>Set up crmdesk</source>
        <translation>Configurar crmdesk</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Restablecer el predeterminado</translation>
    </message>
    <message>
        <source>Email texts per language</source>
        <translation>Textos de correo por idioma</translation>
    </message>
    <message>
        <source>Placeholders you can use: {names}</source>
        <translation>Marcadores que puede usar: {names}</translation>
    </message>
    <message>
        <source>Warn and allow it</source>
        <translation>Avisar y permitirlo</translation>
    </message>
    <message>
        <source>Refuse the movement</source>
        <translation>Rechazar el movimiento</translation>
    </message>
    <message>
        <source>When stock would go below zero:</source>
        <translation>Si el stock quedara por debajo de cero:</translation>
    </message>
</context>
</TS>