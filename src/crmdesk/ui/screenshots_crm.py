"""The CRM screenshots: the customer editor, the 360° panel, the Contact log with Today, the search popup.

Called by :mod:`crmdesk.ui.screenshots` after the page shots. :func:`prepare_crm_demo` gives the demo
business what these shots must show: a right-to-left (Persian) customer with a purchase history and an
open complaint, and follow-ups due today and overdue.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget

from crmdesk.domain.enums import InteractionKind
from crmdesk.services import Services
from crmdesk.services.contact_log import InteractionDraft
from crmdesk.services.customer_forms import CustomerDraft, LabelledValue
from crmdesk.services.customers import CustomerListQuery
from crmdesk.ui.customers.editor import CustomerEditor
from crmdesk.ui.main_window import MainWindow

EDITOR_SHOT = "customer-editor.png"
PANEL_SHOT = "customer-360.png"
TODAY_SHOT = "today.png"
SEARCH_SHOT = "search.png"
CRM_SHOTS = (EDITOR_SHOT, PANEL_SHOT, TODAY_SHOT, SEARCH_SHOT)
EDITOR_SIZE = (600, 620)
SEARCH_SIZE = (640, 460)
PERSIAN_NAME = "شرکت آریا پارس"
SEARCH_TEXT = "berzins"


def prepare_crm_demo(services: Services) -> int:
    """Rename the customer with most orders to a Persian company and log some history; return its id."""
    ids = list(services.customers.ids(CustomerListQuery()))[:60]
    best = max(ids, key=lambda i: services.customer_360.summary(i).order_count)
    details = services.customer_editor.get(best)
    services.customer_editor.update(
        best,
        CustomerDraft(
            name=PERSIAN_NAME,
            kind=details.kind,
            language="fa",
            currency=details.currency,
            emails=(LabelledValue("info@aria-pars.ir"),),
            payment_terms_days=details.payment_terms_days,
        ),
    )
    now = datetime.now().astimezone()
    log = services.contact_log.log
    log(
        InteractionDraft(
            best, InteractionKind.COMPLAINT, subject="سفارش دیر رسید", body="Delivery came late."
        )
    )
    log(InteractionDraft(best, InteractionKind.FEEDBACK, subject="Happy with the service", satisfaction=5))
    log(
        InteractionDraft(
            best, InteractionKind.CALL, subject="تماس برای پیش‌فاکتور", follow_up_due=now + timedelta(hours=1)
        )
    )
    others = [i for i in ids if i != best][:2]
    for offset, customer_id in zip((timedelta(days=-3), timedelta(hours=2)), others, strict=False):
        log(
            InteractionDraft(
                customer_id,
                InteractionKind.EMAIL,
                subject="Send the spring offer",
                follow_up_due=now + offset,
            )
        )
    services.customer_editor.create(
        CustomerDraft(name="Jānis Bērziņš", emails=(LabelledValue("janis@berzini.lv"),), language="lv")
    )
    return best


def crm_shots(
    window: MainWindow,
    out_dir: Path,
    *,
    customer_id: int,
    settle: Callable[[], None],
    save: Callable[[QWidget, Path], Path],
) -> list[Path]:
    """Take the four CRM shots; the window is left on the Customers page."""
    shots: list[Path] = []
    page = window.customers_page
    window.show_page("customers")
    page.show_customer(customer_id)
    settle()
    shots.append(save(window, out_dir / PANEL_SHOT))

    editors: list[CustomerEditor] = []
    page.actions_ui.editor_opened.connect(editors.append)
    page.actions_ui.open_editor(page.model.customer_id(1 if page.model.rowCount() > 1 else 0))
    settle()
    if editors:
        editor = editors[0]
        editor.resize(*EDITOR_SIZE)
        # One inline message, as the owner would see it while typing a wrong address.
        line, _error = editor.email_list.add_line()
        line.setText("anna@example")
        settle()
        shots.append(save(editor, out_dir / EDITOR_SHOT))
        editor.undo_stack.setClean()  # nothing to save: close without the discard question
        editor.reject()

    window.show_page("contact-log")
    settle()
    shots.append(save(window, out_dir / TODAY_SHOT))

    popup = window.open_search()
    if popup is not None:
        popup.resize(*SEARCH_SIZE)
        popup.field.setText(SEARCH_TEXT)
        popup.search_now()
        settle()
        shots.append(save(popup, out_dir / SEARCH_SHOT))
        popup.reject()
    window.show_page("customers")
    settle()
    return shots
