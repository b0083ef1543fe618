"""The merge view screenshot: a likely duplicate of a demo customer, compared side by side.

Called by :mod:`crmdesk.ui.screenshots` with the shown main window (on the Customers page).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QRadioButton, QWidget

from crmdesk.domain.enums import InteractionKind
from crmdesk.services.contact_log import InteractionDraft
from crmdesk.services.customer_forms import AddressDraft, CustomerDraft, LabelledValue
from crmdesk.ui.main_window import MainWindow

MERGE_SHOT = "merge-view.png"
MERGE_SIZE = (820, 500)
SURVIVOR = CustomerDraft(
    name="Līga Kalniņa",
    emails=(LabelledValue("liga.kalnina@example.lv"),),
    phones=(LabelledValue("+37129876543", "mobile"),),
    billing_address=AddressDraft(line1="Brīvības iela 12", postal_code="LV-1010", city="Rīga", country="LV"),
    language="lv",
    tags=("vip",),
    notes="Prefers e-mail.",
)
DUPLICATE = CustomerDraft(
    name="Liga Kalnina",
    emails=(LabelledValue("liga.kalnina@example.lv"), LabelledValue("liga@work.lv", "work")),
    billing_address=AddressDraft(line1="Brivibas 12-4", postal_code="LV-1010", city="Rīga", country="LV"),
    language="lv",
    payment_terms_days=30,
    tags=("imported",),
)


def merge_shots(
    window: MainWindow,
    out_dir: Path,
    *,
    settle: Callable[[], None],
    save: Callable[[QWidget, Path], Path],
) -> list[Path]:
    """Add a duplicate pair to the demo, open Find duplicates and its merge view, save the merge view."""
    services = window.services
    if services is None:
        return []
    survivor = services.customer_editor.create(SURVIVOR).id
    duplicate = services.customer_editor.create(DUPLICATE).id
    for subject in ("Asked for the spring catalogue", "Order by phone"):
        services.contact_log.log(InteractionDraft(duplicate, InteractionKind.CALL, subject=subject))
    window.show_page("customers")
    page = window.customers_page
    finder = page.actions_ui.find_duplicates()
    if finder is None:
        return []
    settle()
    rows = [
        row for row, c in enumerate(finder.candidates) if (c.first_id, c.second_id) == (survivor, duplicate)
    ]
    view = finder.open_merge(rows[0] if rows else 0)
    shots: list[Path] = []
    if view is not None:
        view.resize(*MERGE_SIZE)
        settle()
        # The owner keeps the longer payment terms of the duplicate.
        for button in view.findChildren(QRadioButton, "choice-payment_terms_days"):
            if button.text() == "30":
                button.setChecked(True)
        settle()
        shots.append(save(view, out_dir / MERGE_SHOT))
        view.reject()
    finder.reject()
    settle()
    return shots
