"""What happens when stock would go below zero (warn or block), in Settings ▸ Taxes and numbers."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QWidget

from crmdesk.domain.stock import NegativeStockPolicy
from crmdesk.services import Services
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import tr
from crmdesk.ui.tasks import TaskRunner

POLICY_LABELS: dict[NegativeStockPolicy, str] = {
    NegativeStockPolicy.WARN: tr("Warn and allow it"),
    NegativeStockPolicy.BLOCK: tr("Refuse the movement"),
}


class StockSettingsBox(QGroupBox):
    """One combo: the negative-stock policy, read and saved in the background as soon as it changes."""

    saved = Signal(object)
    loaded = Signal()

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tr("Stock"), parent)
        self._runner = runner
        self._services: Services | None = None
        self._generation = 0
        self._showing = False
        self.policy_box = QComboBox()
        self.policy_box.setObjectName("negative-stock-policy")
        for policy, label in POLICY_LABELS.items():
            self.policy_box.addItem(label, policy.value)
        self.policy_box.currentIndexChanged.connect(lambda _i: self.save())
        form = QFormLayout(self)
        form.addRow(tr("When stock would go below zero:"), self.policy_box)
        self.setEnabled(False)

    def policy(self) -> NegativeStockPolicy:
        return NegativeStockPolicy(str(self.policy_box.currentData()))

    def set_services(self, services: Services | None) -> None:
        self._services = services
        self._generation += 1
        generation = self._generation
        self.setEnabled(False)
        if services is None:
            return
        self._runner.run(
            services.stock.negative_stock_policy,
            on_done=lambda policy: self._show(generation, policy),
            on_error=lambda error: show_error(self, error, doing=tr("Opening")),
        )

    def _show(self, generation: int, policy: NegativeStockPolicy) -> None:
        if generation != self._generation:
            return
        self._showing = True
        try:
            self.policy_box.setCurrentIndex(self.policy_box.findData(policy.value))
        finally:
            self._showing = False
        self.setEnabled(True)
        self.loaded.emit()

    def save(self) -> None:
        services, generation = self._services, self._generation
        if services is None or self._showing or not self.isEnabled():
            return
        policy = self.policy()

        def failed(error: BaseException) -> None:
            show_error(self, error, doing=tr("Saving"))
            self.set_services(services)  # show what is stored

        self._runner.run(
            lambda: services.stock.set_negative_stock_policy(policy),
            on_done=lambda stored: self.saved.emit(stored) if generation == self._generation else None,
            on_error=failed,
            writes=True,
        )


__all__ = ["POLICY_LABELS", "StockSettingsBox"]
