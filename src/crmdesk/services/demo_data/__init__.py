"""The parts of the demo data generator (see :mod:`crmdesk.services.demo` for the whole story).

``catalogue`` — the business itself: company, tax rates, suppliers, products and services, tags.
``locales`` and ``people`` — customers from six locales: names, addresses, emails, E.164 phones,
contact persons. ``history``, ``baskets`` and ``contact_log`` — three years of contact log,
opportunities, quotes, invoices, credit notes, payments. ``purchasing`` — opening stock, purchase orders
and goods received that keep stock above zero; running costs. ``issuing`` — numbers, hash chain and
payment reminders once every document exists. ``rows`` — the per-table buffers flushed through
:mod:`crmdesk.storage.bulk`.
"""
