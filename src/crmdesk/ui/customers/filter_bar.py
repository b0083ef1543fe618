"""The Customers page's filters: segment, tag, country, city, open complaint, overdue follow-up, archived.

A *segment* is an RFM segment of the analytics ("Champions", "At risk" …, filtered in SQL) or a saved set
of these filters (``services.segments``); the Segment menu saves the current filters as a segment, logs a
campaign on every customer of the current segment, and exports their contacts to CSV.

Each filter becomes a field of :class:`CustomerListQuery`, answered in SQL by the customers service; the
bar only collects what the owner chose and says when it changed. The lists of tags, countries and cities
are read in the background when a database is opened (and after changes that may add a tag).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import InteractionKind
from crmdesk.services import Services
from crmdesk.services.analytics import Segment
from crmdesk.services.customers import CustomerListQuery, FilterChoices
from crmdesk.services.segments import CustomerSegment, segment_filters
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import plural, tr
from crmdesk.ui.models.customer_table import country_name
from crmdesk.ui.pages.base import Page
from crmdesk.ui.sales.display import to_date
from crmdesk.ui.tasks import TaskRunner

ANY = ""
ARCHIVED_CHOICES = (
    (tr("Active"), "active"),
    (tr("Active and archived"), "all"),
    (tr("Archived only"), "archived"),
)
TYPING_DELAY_MS = 300
RFM, SAVED = "rfm", "saved"
CAMPAIGN_KINDS = (
    (InteractionKind.EMAIL, tr("Email")),
    (InteractionKind.CALL, tr("Call")),
    (InteractionKind.VISIT, tr("Visit")),
    (InteractionKind.MEETING, tr("Meeting")),
    (InteractionKind.NOTE, tr("Note")),
)


class CustomerFilterBar(QWidget):
    """A row of filter widgets; ``changed`` fires once per change (typing in City waits for a pause)."""

    changed = Signal()
    segments_changed = Signal()
    """The saved segments were read (again): the Segment list offers them."""
    campaign_logged = Signal(int)
    """A campaign was logged on this many customers."""
    contacts_exported = Signal(Path, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer-filters")
        self.saved_segments: dict[str, CustomerSegment] = {}
        self.segment_box = QComboBox()
        self.segment_box.setObjectName("filter-segment")
        self.segment_box.setMinimumContentsLength(14)
        self.segment_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.segment_box.setToolTip(tr("RFM segments (computed over the whole history) and saved filters"))
        self._fill_segments()
        self.segment_button = QToolButton()
        self.segment_button.setText(tr("Segment"))
        self.segment_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.segment_button)
        self.save_segment_action = menu.addAction(tr("Save filters as segment…"), self.ask_save_segment)
        self.delete_segment_action = menu.addAction(tr("Delete this saved segment"), self.ask_delete_segment)
        menu.addSeparator()
        self.campaign_action = menu.addAction(tr("Log campaign…"), self.ask_log_campaign)
        self.campaign_action.setToolTip(tr("Record one interaction on every customer of the current segment"))
        self.export_contacts_action = menu.addAction(tr("Export contacts…"), self.ask_export_contacts)
        self.segment_button.setMenu(menu)
        self.tag_box = QComboBox()
        self.tag_box.setObjectName("filter-tag")
        self.tag_box.setMinimumContentsLength(12)
        self.tag_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.country_box = QComboBox()
        self.country_box.setObjectName("filter-country")
        self.country_box.setMinimumContentsLength(14)
        self.country_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.city_field = QLineEdit()
        self.city_field.setObjectName("filter-city")
        self.city_field.setPlaceholderText(tr("Any city"))
        self.city_field.setClearButtonEnabled(True)
        self.city_field.setMaximumWidth(180)
        self.complaint_box = QCheckBox(tr("Open complaint"))
        self.complaint_box.setToolTip(tr("Only customers with a complaint that is not resolved yet"))
        self.overdue_box = QCheckBox(tr("Overdue follow-up"))
        self.overdue_box.setToolTip(
            tr("Only customers with a follow-up that was due before now and is not done")
        )
        self.archived_box = QComboBox()
        self.archived_box.setObjectName("filter-archived")
        for text, key in ARCHIVED_CHOICES:
            self.archived_box.addItem(text, key)
        self.clear_button = QToolButton()
        self.clear_button.setText(tr("Clear filters"))
        self.clear_button.setToolTip(tr("Show every active customer again"))
        self.clear_button.clicked.connect(self.clear)
        self._fill_choices(FilterChoices(tags=(), countries=(), cities=()))

        self._city_timer = QTimer(self)
        self._city_timer.setSingleShot(True)
        self._city_timer.setInterval(TYPING_DELAY_MS)
        self._city_timer.timeout.connect(self._emit_changed)
        self.city_field.textChanged.connect(lambda _text: self._city_timer.start())
        self.city_field.returnPressed.connect(self._emit_changed)
        self.segment_box.currentIndexChanged.connect(lambda _index: self._segment_chosen())
        self.tag_box.currentIndexChanged.connect(lambda _index: self._emit_changed())
        self.country_box.currentIndexChanged.connect(lambda _index: self._emit_changed())
        self.archived_box.currentIndexChanged.connect(lambda _index: self._emit_changed())
        self.complaint_box.toggled.connect(lambda _on: self._emit_changed())
        self.overdue_box.toggled.connect(lambda _on: self._emit_changed())

        # Two rows (one would make the window too wide): the segment, overdue, archived or not and
        # "Clear filters"; then tag, country, city and open complaint.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        top, layout = QHBoxLayout(), QHBoxLayout()
        segment_label = QLabel(tr("Se&gment:"))
        segment_label.setBuddy(self.segment_box)
        top.addWidget(segment_label)
        top.addWidget(self.segment_box)
        top.addWidget(self.segment_button)
        top.addSpacing(6)
        top.addWidget(self.overdue_box)
        top.addSpacing(6)
        top.addWidget(self.archived_box)
        top.addWidget(self.clear_button)
        top.addStretch(1)
        for text, widget in (
            (tr("Tag"), self.tag_box),
            (tr("Country"), self.country_box),
            (tr("City"), self.city_field),
        ):
            label = QLabel(f"{text}:")
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget)
            layout.addSpacing(6)
        layout.addWidget(self.complaint_box)
        layout.addStretch(1)
        rows.addLayout(top)
        rows.addLayout(layout)
        self._update_clear_button()

    # --- choices ------------------------------------------------------------------------------

    def set_choices(self, choices: FilterChoices) -> None:
        """Offer these tags, countries and cities; what was chosen stays chosen when still offered."""
        tag, country = self.tag_box.currentData(), self.country_box.currentData()
        for box in (self.tag_box, self.country_box):
            box.blockSignals(True)
        self._fill_choices(choices)
        self._select(self.tag_box, tag)
        self._select(self.country_box, country)
        for box in (self.tag_box, self.country_box):
            box.blockSignals(False)
        if (self.tag_box.currentData(), self.country_box.currentData()) != (tag, country):
            self._emit_changed()  # a chosen tag no longer exists: the list must say so
        self.reload_segments()  # the saved segments of this file

    def _fill_choices(self, choices: FilterChoices) -> None:
        self.tag_box.clear()
        self.tag_box.addItem(tr("Any tag"), ANY)
        for tag in choices.tags:
            self.tag_box.addItem(tag, tag)
        self.country_box.clear()
        self.country_box.addItem(tr("Any country"), ANY)
        for code in choices.countries:
            self.country_box.addItem(f"{country_name(code)} ({code})", code)
        completer = QCompleter(list(choices.cities), self.city_field)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.city_field.setCompleter(completer)

    @staticmethod
    def _select(box: QComboBox, data: object) -> None:
        index = box.findData(data)
        box.setCurrentIndex(max(index, 0))

    # --- the query ----------------------------------------------------------------------------

    def apply(self, query: CustomerListQuery) -> CustomerListQuery:
        """``query`` narrowed by the chosen filters."""
        archived = self.archived_box.currentData()
        return replace(
            query,
            tag=str(self.tag_box.currentData() or ""),
            country=str(self.country_box.currentData() or ""),
            city=self.city_field.text().strip(),
            has_open_complaint=self.complaint_box.isChecked(),
            has_overdue_follow_up=self.overdue_box.isChecked(),
            include_archived=archived in ("all", "archived"),
            archived_only=archived == "archived",
            rfm_segment=self._chosen_rfm(),
        )

    def active_count(self) -> int:
        """How many filters narrow the list (the archived choice "Active" is the default, not a filter)."""
        return sum(
            (
                bool(self.segment_box.currentData()),
                bool(self.tag_box.currentData()),
                bool(self.country_box.currentData()),
                bool(self.city_field.text().strip()),
                self.complaint_box.isChecked(),
                self.overdue_box.isChecked(),
                self.archived_box.currentData() != "active",
            )
        )

    def show_everyone(self) -> None:
        """No filter, archived customers included, without a change signal (the page is about to show
        one customer that the filters may have hidden, such as one opened from the search)."""
        self._reset(archived="all")
        self._update_clear_button()

    def clear(self) -> None:
        """Back to every active customer (one change signal)."""
        self._reset(archived="active")
        self._emit_changed()

    def _reset(self, *, archived: str) -> None:
        widgets = (
            self.segment_box,
            self.tag_box,
            self.country_box,
            self.city_field,
            self.complaint_box,
            self.overdue_box,
        )
        for widget in (*widgets, self.archived_box):
            widget.blockSignals(True)
        self.segment_box.setCurrentIndex(0)
        self.tag_box.setCurrentIndex(0)
        self.country_box.setCurrentIndex(0)
        self.city_field.clear()
        self.complaint_box.setChecked(False)
        self.overdue_box.setChecked(False)
        self._select(self.archived_box, archived)
        for widget in (*widgets, self.archived_box):
            widget.blockSignals(False)
        self._city_timer.stop()

    def _emit_changed(self) -> None:
        self._city_timer.stop()
        self._leave_changed_saved_segment()
        self._update_clear_button()
        self.changed.emit()

    def _update_clear_button(self) -> None:
        self.clear_button.setEnabled(self.active_count() > 0)
        saved = self._chosen_saved()
        self.delete_segment_action.setEnabled(saved is not None)
        self.save_segment_action.setEnabled(
            segment_filters(self.apply(CustomerListQuery())) != CustomerListQuery()
        )

    # --- segments -----------------------------------------------------------------------------

    def _fill_segments(self) -> None:
        chosen = self.segment_box.currentData()
        self.segment_box.blockSignals(True)
        self.segment_box.clear()
        self.segment_box.addItem(tr("Any segment"), "")
        for segment in Segment:
            self.segment_box.addItem(segment.value, f"{RFM}:{segment.value}")
        if self.saved_segments:
            self.segment_box.insertSeparator(self.segment_box.count())
            for name in sorted(self.saved_segments, key=str.casefold):
                self.segment_box.addItem(f"★ {name}", f"{SAVED}:{name}")
        index = self.segment_box.findData(chosen) if chosen else 0
        self.segment_box.setCurrentIndex(max(index, 0))
        self.segment_box.blockSignals(False)

    def _chosen(self) -> tuple[str, str]:
        data = str(self.segment_box.currentData() or "")
        kind, _sep, name = data.partition(":")
        return kind, name

    def _chosen_saved(self) -> CustomerSegment | None:
        kind, name = self._chosen()
        return self.saved_segments.get(name) if kind == SAVED else None

    def _chosen_rfm(self) -> str:
        kind, name = self._chosen()
        if kind == RFM:
            return name
        saved = self._chosen_saved()
        return saved.query.rfm_segment if saved is not None else ""

    def choose_segment(self, name: str) -> None:
        """Choose an RFM segment or a saved segment by name (one change signal)."""
        index = self.segment_box.findData(f"{RFM}:{name}")
        if index < 0:
            index = self.segment_box.findData(f"{SAVED}:{name}")
        if index < 0:
            raise KeyError(name)
        self.segment_box.setCurrentIndex(index)

    def _segment_chosen(self) -> None:
        """A saved segment puts its filters into the other fields, where they can be seen and changed."""
        saved = self._chosen_saved()
        if saved is not None:
            query = saved.query
            widgets = (self.tag_box, self.country_box, self.city_field, self.complaint_box, self.overdue_box)
            for widget in (*widgets, self.archived_box):
                widget.blockSignals(True)
            self._select(self.tag_box, query.tag)
            self._select(self.country_box, query.country)
            self.city_field.setText(query.city)
            self.complaint_box.setChecked(query.has_open_complaint)
            self.overdue_box.setChecked(query.has_overdue_follow_up)
            archived = "archived" if query.archived_only else "all" if query.include_archived else "active"
            self._select(self.archived_box, archived)
            for widget in (*widgets, self.archived_box):
                widget.blockSignals(False)
        self._city_timer.stop()
        self._update_clear_button()
        self.changed.emit()

    def _leave_changed_saved_segment(self) -> None:
        """Another filter was changed by hand: the list is no longer the saved segment's."""
        saved = self._chosen_saved()
        if saved is None or segment_filters(self.apply(CustomerListQuery())) == saved.query:
            return
        rfm = saved.query.rfm_segment
        self.segment_box.blockSignals(True)
        self.segment_box.setCurrentIndex(max(self.segment_box.findData(f"{RFM}:{rfm}") if rfm else 0, 0))
        self.segment_box.blockSignals(False)

    def current_segment(self) -> CustomerSegment:
        """The segment the list shows: the saved one chosen, or the current filters (search text aside)."""
        saved = self._chosen_saved()
        if saved is not None:
            return saved
        filters = segment_filters(self.apply(CustomerListQuery()))
        kind, name = self._chosen()
        if kind == RFM and replace(filters, rfm_segment="") == CustomerListQuery():
            return CustomerSegment(name, filters, saved=False)
        return CustomerSegment(tr("the current filters"), filters, saved=False)

    def _context(self) -> tuple[Services, TaskRunner] | None:
        """The services and task runner of the page this bar sits on."""
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, Page):
            widget = widget.parentWidget()
        if widget is None or widget.services is None:
            return None
        return widget.services, widget._runner

    def reload_segments(self) -> None:
        """Read the saved segments (in the background) and offer them."""
        context = self._context()
        if context is None:
            return
        services, runner = context
        runner.run(
            services.segments.saved,
            on_done=lambda found: self._segments_arrived(services, found),
            on_error=lambda error: show_error(self, error, doing=tr("Reading the saved segments")),
        )

    def _segments_arrived(self, services: Services, found: list[CustomerSegment]) -> None:
        context = self._context()
        if context is None or context[0] is not services:
            return
        before = self._chosen_rfm(), self._chosen_saved()
        self.saved_segments = {segment.name: segment for segment in found}
        self._fill_segments()
        self._update_clear_button()
        self.segments_changed.emit()
        if (self._chosen_rfm(), self._chosen_saved()) != before:
            self._emit_changed()  # the chosen saved segment was deleted meanwhile

    def save_segment(self, name: str) -> None:
        """Save the current filters as the segment ``name`` (in the background), then choose it."""
        context = self._context()
        if context is None:
            return
        services, runner = context
        filters = segment_filters(self.apply(CustomerListQuery()))
        runner.run(
            lambda: (services.segments.save(name, filters), services.segments.saved()),
            on_done=lambda result: self._saved(services, *result),
            on_error=lambda error: show_error(self, error, doing=tr("Saving the segment")),
            writes=True,
        )

    def _saved(self, services: Services, segment: CustomerSegment, found: list[CustomerSegment]) -> None:
        self._segments_arrived(services, found)
        self.segment_box.blockSignals(True)
        self.segment_box.setCurrentIndex(max(self.segment_box.findData(f"{SAVED}:{segment.name}"), 0))
        self.segment_box.blockSignals(False)
        self._update_clear_button()

    def ask_save_segment(self) -> None:
        name, ok = QInputDialog.getText(self, tr("Save as segment"), tr("Name of the segment:"))
        if ok and name.strip():
            self.save_segment(name)

    def delete_segment(self, name: str) -> None:
        context = self._context()
        if context is None:
            return
        services, runner = context

        def delete() -> list[CustomerSegment]:
            services.segments.delete(name)
            return services.segments.saved()

        runner.run(
            delete,
            on_done=lambda found: self._segments_arrived(services, found),
            on_error=lambda error: show_error(self, error, doing=tr("Deleting the segment")),
            writes=True,
        )

    def ask_delete_segment(self) -> None:
        saved = self._chosen_saved()
        if saved is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Delete segment"),
            tr("Delete the saved segment “{name}”? The customers stay as they are.").format(name=saved.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_segment(saved.name)

    def log_campaign(
        self, segment: CustomerSegment, subject: str, kind: InteractionKind, when: datetime | None
    ) -> None:
        """Record ``subject`` on every customer of ``segment`` (one transaction, in the background)."""
        context = self._context()
        if context is None:
            return
        services, runner = context
        runner.run(
            lambda: services.segments.log_campaign(segment, subject, kind=kind, when=when),
            on_done=self.campaign_logged.emit,
            on_error=lambda error: show_error(self, error, doing=tr("Logging the campaign")),
            writes=True,
        )

    def ask_log_campaign(self) -> None:
        """The campaign dialog for the current segment; its customers are counted in the background."""
        context = self._context()
        if context is None:
            return
        services, runner = context
        segment = self.current_segment()
        dialog = CampaignDialog(segment, parent=self)
        runner.run(
            lambda: services.segments.count(segment),
            on_done=dialog.set_count,
            on_error=lambda error: show_error(self, error, doing=tr("Counting the segment")),
        )
        dialog.accepted.connect(lambda: self.log_campaign(segment, *dialog.values()))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def export_contacts(self, path: Path) -> None:
        context = self._context()
        if context is None:
            return
        services, runner = context
        segment = self.current_segment()
        runner.run(
            lambda: services.segments.export_contacts(segment, path),
            on_done=lambda count: self.contacts_exported.emit(path, count),
            on_error=lambda error: show_error(self, error, doing=tr("Exporting the contacts")),
        )

    def ask_export_contacts(self) -> None:
        segment = self.current_segment()
        suggested = "".join(c if c.isalnum() else "-" for c in segment.name).strip("-") or "contacts"
        name, _filter = QFileDialog.getSaveFileName(
            self, tr("Export the segment's contacts"), f"{suggested}.csv", tr("CSV files (*.csv)")
        )
        if name:
            self.export_contacts(Path(name))


class CampaignDialog(QDialog):
    """What was sent to the segment: subject, kind and day; OK asks once more with the count."""

    def __init__(self, segment: CustomerSegment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Log campaign"))
        self.segment = segment
        self.count: int | None = None
        self.subject_field = QLineEdit()
        self.subject_field.setPlaceholderText(tr("e.g. Spring offer sent"))
        self.subject_field.setMaxLength(200)
        self.kind_box = QComboBox()
        for kind, label in CAMPAIGN_KINDS:
            self.kind_box.addItem(label, kind.value)
        self.day_edit = QDateEdit(QDate.currentDate())
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.count_label = QLabel(tr("Counting the customers…"))
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b3261e")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(tr("Segment: <b>{escape}</b>").format(escape=_escape(segment.name))))
        form.addRow(tr("&Subject:"), self.subject_field)
        form.addRow(tr("&Kind:"), self.kind_box)
        form.addRow(tr("&Day:"), self.day_edit)
        form.addRow(self.count_label)
        form.addRow(self.error_label)
        form.addRow(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def set_count(self, count: int) -> None:
        self.count = count
        self.count_label.setText(
            plural(
                count,
                tr("One entry will be logged on {count:,} customer."),
                tr("One entry will be logged on each of {count:,} customers."),
            ).format(count=count)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(count > 0)

    def values(self) -> tuple[str, InteractionKind, datetime]:
        day = to_date(self.day_edit.date())
        when = (
            datetime.combine(day, time(12, 0)).astimezone() if day != to_date(QDate.currentDate()) else None
        )
        return self.subject_field.text().strip(), InteractionKind(self.kind_box.currentData()), when or _now()

    def _confirm(self) -> None:
        subject = self.subject_field.text().strip()
        if not subject:
            self.error_label.setText(tr("Write what was sent (the subject)."))
            self.subject_field.setFocus()
            return
        answer = QMessageBox.question(
            self,
            tr("Log campaign"),
            tr("Log “{subject}” on {value3:,} customers of {name}?").format(
                subject=subject, value3=self.count or 0, name=self.segment.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()


def _now() -> datetime:
    return datetime.now().astimezone()


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
