"""The merge view: two customers side by side, a choice per differing field, what moves, Merge and Undo.

Everything is read and written on the page's :class:`TaskRunner` (merge and undo on its write queue).
The left customer survives; "Swap" makes the right one the survivor. After a merge, Undo (Ctrl+Z)
asks the service to put everything back as a whole.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services import Services
from crmdesk.services.duplicates import MergePreview, MergeResult
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import tr
from crmdesk.ui.tasks import TaskRunner

_MOVE_LABELS = {
    "interactions": (tr("contact-log entry"), tr("contact-log entries")),
    "attachments": ("attachment", "attachments"),
    "quotes": ("quote", "quotes"),
    "opportunities": ("opportunity", "opportunities"),
    "draft_invoices": (tr("draft invoice"), tr("draft invoices")),
    "delivery_notes": (tr("delivery note"), tr("delivery notes")),
    "expenses": ("expense", "expenses"),
    "contact_persons": (tr("contact person"), tr("contact persons")),
    "emails": (tr("email address"), tr("email addresses")),
    "phones": (tr("phone number"), tr("phone numbers")),
    "tags": ("tag", "tags"),
}


def _counted(count: int, name: str) -> str:
    one, many = _MOVE_LABELS.get(name, (name, name))
    return f"{count} {one if count == 1 else many}"


def moves_text(preview: MergePreview) -> str:
    """``3 contact-log entries, 1 email address … move to the survivor`` in plain words."""
    parts = [_counted(count, name) for name, count in preview.moves.items() if count]
    text = tr("Moves to the kept customer: ") + (", ".join(parts) if parts else tr("nothing else")) + "."
    issued = preview.stays.get("issued_invoices", 0)
    if issued:
        text += (
            f"\n{issued} issued invoice(s) cannot change and stay with the archived duplicate"
            " (still listed in its history)."
        )
    return text


class MergeDialog(QDialog):
    merged = Signal(object)
    """A :class:`MergeResult` after a merge was written."""
    unmerged = Signal(object)
    """The :class:`MergeResult` of a merge that was undone."""
    loaded = Signal()

    def __init__(
        self,
        *,
        services: Services,
        runner: TaskRunner,
        survivor_id: int,
        duplicate_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Merge customers"))
        self.setObjectName("merge-view")
        self._services, self._runner = services, runner
        self.survivor_id, self.duplicate_id = survivor_id, duplicate_id
        self.preview: MergePreview | None = None
        self.merge_result: MergeResult | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self._generation = 0

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.moves_label = QLabel()
        self.moves_label.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.swap_button = QPushButton(tr("S&wap sides"))
        self.swap_button.setToolTip(tr("Keep the right-hand customer instead"))
        self.merge_button = QPushButton(tr("&Merge"))
        self.merge_button.setDefault(True)
        self.undo_button = QPushButton(tr("&Undo merge"))
        self.undo_button.setEnabled(False)
        self.undo_button.setToolTip(tr("Put both customers back as they were (Ctrl+Z)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.swap_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setDefault(False)
        for button in (self.swap_button, self.undo_button):
            button.setAutoDefault(False)
        self.merge_button.setDefault(True)
        self.swap_button.clicked.connect(self.swap)
        self.merge_button.clicked.connect(self.merge)
        self.undo_button.clicked.connect(self.undo)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.moves_label)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(760, 480)
        self.reload()

    # --- reading ---------------------------------------------------------------------------------------

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        services, survivor, duplicate = self._services, self.survivor_id, self.duplicate_id
        self.merge_button.setEnabled(False)
        self._runner.run(
            lambda: services.duplicates.preview(survivor, duplicate),
            on_done=lambda preview: self._show(generation, preview),
            on_error=lambda error: show_error(self, error, doing=tr("Comparing the customers")),
        )

    def _show(self, generation: int, preview: MergePreview) -> None:
        if generation != self._generation:
            return  # swapped meanwhile: a newer comparison is on its way
        self.preview = preview
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.groups.clear()
        names = {f.field: f for f in preview.fields}
        survivor_name = names["name"].survivor if "name" in names else str(preview.survivor_id)
        duplicate_name = names["name"].duplicate if "name" in names else str(preview.duplicate_id)
        self.heading.setText(
            f"Keep <b>{_html(survivor_name)}</b> (#{preview.survivor_id}) and merge "
            f"<b>{_html(duplicate_name)}</b> (#{preview.duplicate_id}) into it. "
            "Choose the value to keep where they differ; the other customer is archived."
        )
        for column, title in enumerate(
            (
                tr("Field"),
                tr("Kept #{survivor_id}").format(survivor_id=preview.survivor_id),
                tr("Merged #{duplicate_id}").format(duplicate_id=preview.duplicate_id),
            )
        ):
            label = QLabel(f"<b>{title}</b>")
            self.grid.addWidget(label, 0, column)
        for row, comparison in enumerate(preview.fields, start=1):
            self.grid.addWidget(QLabel(comparison.label), row, 0)
            if not comparison.differs:
                for column in (1, 2):  # the same on both sides: shown, nothing to choose
                    same = QLabel(comparison.survivor or "—")
                    same.setEnabled(False)
                    self.grid.addWidget(same, row, column)
                continue
            group = QButtonGroup(self)
            left = QRadioButton(comparison.survivor or "(empty)")
            right = QRadioButton(comparison.duplicate or "(empty)")
            for button in (left, right):
                button.setObjectName(f"choice-{comparison.field}")
            left.setChecked(True)
            group.addButton(left, 0)
            group.addButton(right, 1)
            self.groups[comparison.field] = group
            self.grid.addWidget(left, row, 1)
            self.grid.addWidget(right, row, 2)
        self.grid.setRowStretch(len(preview.fields) + 1, 1)
        self.moves_label.setText(moves_text(preview))
        self.merge_button.setEnabled(self.merge_result is None)
        if self.merge_result is None:
            self.merge_button.setFocus()
        self.loaded.emit()

    def choices(self) -> dict[str, str]:
        """Field → ``"duplicate"`` where the owner picked the right-hand value."""
        return {name: "duplicate" for name, group in self.groups.items() if group.checkedId() == 1}

    # --- writing ---------------------------------------------------------------------------------------

    def swap(self) -> None:
        if self.merge_result is not None:
            return
        self.survivor_id, self.duplicate_id = self.duplicate_id, self.survivor_id
        self.reload()

    def merge(self) -> None:
        if self.merge_result is not None or self.preview is None:
            return
        services, survivor, duplicate, choices = (
            self._services,
            self.survivor_id,
            self.duplicate_id,
            self.choices(),
        )
        self.merge_button.setEnabled(False)
        self.swap_button.setEnabled(False)
        self.status.setText(tr("Merging…"))
        self._runner.run(
            lambda: services.duplicates.merge(survivor, duplicate, choices),
            on_done=self._merged,
            on_error=self._failed,
            writes=True,
        )

    def _merged(self, result: MergeResult) -> None:
        self.merge_result = result
        moved = sum(result.moved.values())
        self.status.setText(
            tr("Merged: {moved} record(s) moved to #{survivor_id}. Undo puts everything back.").format(
                moved=moved, survivor_id=result.survivor_id
            )
        )
        self.undo_button.setEnabled(True)
        self.merged.emit(result)

    def undo(self) -> None:
        result = self.merge_result
        if result is None:
            return
        services = self._services
        self.undo_button.setEnabled(False)
        self.status.setText(tr("Undoing the merge…"))
        self._runner.run(
            lambda: services.duplicates.unmerge(result.token),
            on_done=self._unmerged,
            on_error=self._failed,
            writes=True,
        )

    def _unmerged(self, result: MergeResult) -> None:
        self.merge_result = None
        self.status.setText(tr("The merge was undone: both customers are back as they were."))
        self.swap_button.setEnabled(True)
        self.unmerged.emit(result)
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.status.setText("")
        self.merge_button.setEnabled(self.merge_result is None)
        self.undo_button.setEnabled(self.merge_result is not None)
        self.swap_button.setEnabled(self.merge_result is None)
        show_error(self, error, doing=tr("Merging"))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
