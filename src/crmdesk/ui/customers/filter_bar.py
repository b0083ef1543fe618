"""The Customers page's filters: tag, country, city, open complaint, overdue follow-up, archived.

Each filter becomes a field of :class:`CustomerListQuery`, answered in SQL by the customers service; the
bar only collects what the owner chose and says when it changed. The lists of tags, countries and cities
are read in the background when a database is opened (and after changes that may add a tag).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from crmdesk.services.customers import CustomerListQuery, FilterChoices
from crmdesk.ui.models.customer_table import country_name

ANY = ""
ARCHIVED_CHOICES = (
    ("Active", "active"),
    ("Active and archived", "all"),
    ("Archived only", "archived"),
)
TYPING_DELAY_MS = 300


class CustomerFilterBar(QWidget):
    """A row of filter widgets; ``changed`` fires once per change (typing in City waits for a pause)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer-filters")
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
        self.city_field.setPlaceholderText("Any city")
        self.city_field.setClearButtonEnabled(True)
        self.city_field.setMaximumWidth(180)
        self.complaint_box = QCheckBox("Open complaint")
        self.complaint_box.setToolTip("Only customers with a complaint that is not resolved yet")
        self.overdue_box = QCheckBox("Overdue follow-up")
        self.overdue_box.setToolTip("Only customers with a follow-up that was due before now and is not done")
        self.archived_box = QComboBox()
        self.archived_box.setObjectName("filter-archived")
        for text, key in ARCHIVED_CHOICES:
            self.archived_box.addItem(text, key)
        self.clear_button = QToolButton()
        self.clear_button.setText("Clear filters")
        self.clear_button.setToolTip("Show every active customer again")
        self.clear_button.clicked.connect(self.clear)
        self._fill_choices(FilterChoices(tags=(), countries=(), cities=()))

        self._city_timer = QTimer(self)
        self._city_timer.setSingleShot(True)
        self._city_timer.setInterval(TYPING_DELAY_MS)
        self._city_timer.timeout.connect(self._emit_changed)
        self.city_field.textChanged.connect(lambda _text: self._city_timer.start())
        self.city_field.returnPressed.connect(self._emit_changed)
        self.tag_box.currentIndexChanged.connect(lambda _index: self._emit_changed())
        self.country_box.currentIndexChanged.connect(lambda _index: self._emit_changed())
        self.archived_box.currentIndexChanged.connect(lambda _index: self._emit_changed())
        self.complaint_box.toggled.connect(lambda _on: self._emit_changed())
        self.overdue_box.toggled.connect(lambda _on: self._emit_changed())

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, widget in (("Tag", self.tag_box), ("Country", self.country_box), ("City", self.city_field)):
            label = QLabel(f"{text}:")
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget)
            layout.addSpacing(6)
        layout.addWidget(self.complaint_box)
        layout.addWidget(self.overdue_box)
        layout.addSpacing(6)
        layout.addWidget(self.archived_box)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
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

    def _fill_choices(self, choices: FilterChoices) -> None:
        self.tag_box.clear()
        self.tag_box.addItem("Any tag", ANY)
        for tag in choices.tags:
            self.tag_box.addItem(tag, tag)
        self.country_box.clear()
        self.country_box.addItem("Any country", ANY)
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
        )

    def active_count(self) -> int:
        """How many filters narrow the list (the archived choice "Active" is the default, not a filter)."""
        return sum(
            (
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
        widgets = (self.tag_box, self.country_box, self.city_field, self.complaint_box, self.overdue_box)
        for widget in (*widgets, self.archived_box):
            widget.blockSignals(True)
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
        self._update_clear_button()
        self.changed.emit()

    def _update_clear_button(self) -> None:
        self.clear_button.setEnabled(self.active_count() > 0)
