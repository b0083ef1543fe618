"""One document to PDF bytes: layout, Factur-X for invoices and credit notes, then PDF/A-3 finishing."""

from __future__ import annotations

from crmdesk.pdf.model import PdfDocument


def render_document(document: PdfDocument, *, einvoice: bool = False) -> bytes:
    """The finished PDF of ``document``.

    ``einvoice``: embed the Factur-X EN 16931 XML (``factur-x.xml``, checked against the XSD first);
    only for invoices and credit notes.
    """
    from crmdesk.pdf.layout import document_title, layout_pdf
    from crmdesk.pdf.pdfa import make_pdfa

    pdf = layout_pdf(document)
    title = document_title(document)
    if einvoice and document.kind in ("invoice", "credit_note"):
        from facturx import generate_from_binary

        from crmdesk.pdf.einvoice import check_xml, facturx_xml

        xml = facturx_xml(document)
        check_xml(xml)
        pdf = generate_from_binary(
            pdf,
            xml,
            flavor="factur-x",
            level="en16931",
            check_xsd=False,
            pdf_metadata={
                "author": document.seller.name or "crmdesk",
                "keywords": "Factur-X",
                "title": title,
                "subject": title,
            },
            lang=document.language,
        )
    return make_pdfa(pdf, title=title, author=document.seller.name, language=document.language)
