"""The main window: a sidebar of pages, the File menu over the open database, the status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.paths import AppPaths
from crmdesk.services import Services
from crmdesk.services.search import SearchHit
from crmdesk.ui.backup_status import BackupController, NoticeBar
from crmdesk.ui.contact_log.page import ContactLogPage
from crmdesk.ui.database_files import DatabaseFiles
from crmdesk.ui.help import ShortcutsDialog, about_html
from crmdesk.ui.i18n import tr
from crmdesk.ui.icons import page_icon
from crmdesk.ui.inventory.page import InventoryPage
from crmdesk.ui.layout_memory import app_icon, remember_columns, restore_columns
from crmdesk.ui.pages.base import Page
from crmdesk.ui.pages.customers import CustomersPage
from crmdesk.ui.pages.dashboard import DashboardPage
from crmdesk.ui.pages.settings import SettingsPage
from crmdesk.ui.reports.page import ReportsPage
from crmdesk.ui.restore_dialog import RestoreFlow
from crmdesk.ui.sales.invoices_page import InvoicesPage
from crmdesk.ui.sales.quotes_page import QuotesPage
from crmdesk.ui.search_popup import SearchPopup
from crmdesk.ui.settings import GuiSettings
from crmdesk.ui.tasks import TaskRunner

START_PAGE = "customers"
SIDEBAR_PADDING = 8
SIDEBAR_ROW_HEIGHT = 34
DEFAULT_SIZE = QSize(1280, 800)
SHUTDOWN_TIMEOUT_MS = 30_000


class MainWindow(QMainWindow):
    """Sidebar + stacked pages over one open :class:`Services` (which the window then owns and closes)."""

    database_changed = Signal(object)
    """Another database file is now open (the new :class:`Services`)."""

    def __init__(
        self,
        *,
        services: Services,
        paths: AppPaths,
        settings: GuiSettings,
        runner: TaskRunner | None = None,
        start_page: str | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.paths = paths
        self.settings = settings
        self.runner = runner if runner is not None else TaskRunner(self)
        if self.runner.parent() is None:
            self.runner.setParent(self)
        self._services: Services | None = services
        self._shut_down = False
        self.search_popup: SearchPopup | None = None

        self.customers_page = CustomersPage(runner=self.runner)
        self.dashboard_page = DashboardPage(runner=self.runner)
        self.quotes_page = QuotesPage(runner=self.runner)
        self.invoices_page = InvoicesPage(runner=self.runner)
        self.contact_log_page = ContactLogPage(runner=self.runner)
        self.inventory_page = InventoryPage(runner=self.runner)
        self.reports_page = ReportsPage(runner=self.runner)
        self.dashboard_page.navigate_requested.connect(self.open_filtered)
        self.customers_page.interaction_logged.connect(self.contact_log_page.refresh)
        # A quote converted to an invoice is a new draft on the Invoices page.
        self.quotes_page.quote_list.changed.connect(self.invoices_page.refresh)
        self.pages: list[Page] = [
            self.dashboard_page,
            self.customers_page,
            self.contact_log_page,
            self.quotes_page,
            self.invoices_page,
            self.inventory_page,
            self.reports_page,
            SettingsPage(
                paths=paths, settings_file=settings.file_name, runner=self.runner, settings=settings
            ),
        ]
        self.sidebar = QListWidget()
        self.stack = QStackedWidget()
        self._build_body()
        self.contact_log_page.badge_changed.connect(self._show_follow_up_badge)
        self.path_label = QLabel()
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.path_label)
        # Data safety: backups (indicator, every N hours, on close), File ▸ Restore…, banners on open.
        self.backups = BackupController(self)
        self.statusBar().addPermanentWidget(self.backups.indicator)
        self.restore_flow = RestoreFlow(self)
        self.files = DatabaseFiles(self)
        self._build_menus()

        self.resize(DEFAULT_SIZE)
        geometry = settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        restore_columns(self, settings)
        self.setWindowIcon(app_icon())
        self.show_page(start_page or settings.last_page() or START_PAGE)
        self._show_database(services)

    # --- layout and menus -----------------------------------------------------------------------

    def _build_body(self) -> None:
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setUniformItemSizes(True)
        self.sidebar.setSpacing(2)
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        metrics = self.sidebar.fontMetrics()
        # Room for a badge such as "Contact log (12)", so it is never cut.
        text_width = max(
            metrics.horizontalAdvance(page.title + getattr(page, "badge_room", "")) for page in self.pages
        )
        item_width = SIDEBAR_PADDING + self.sidebar.iconSize().width() + 8 + text_width + SIDEBAR_PADDING
        for page in self.pages:
            item = QListWidgetItem(page_icon(page.key), page.title)
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            item.setSizeHint(QSize(item_width, SIDEBAR_ROW_HEIGHT))
            self.sidebar.addItem(item)
            self.stack.addWidget(page)
        self.sidebar.setFixedWidth(item_width + 2 * SIDEBAR_PADDING)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        self.sidebar.currentRowChanged.connect(self._page_chosen)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(separator)
        layout.addWidget(self.stack, 1)
        self.notice_bar = NoticeBar()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.notice_bar)
        column.addWidget(body, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        file_menu.addAction(self.files.new_action)
        file_menu.addAction(self.files.open_action)
        file_menu.addMenu(self.files.recent_menu)
        file_menu.addSeparator()
        from crmdesk.ui.importing.wizard import open_import_wizard  # File ▸ Import… (customers)

        self.import_action = self._action(
            tr("&Import…"), QKeySequence("Ctrl+Shift+I"), lambda: open_import_wizard(self)
        )
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.files.backup_action)
        file_menu.addAction(self.files.restore_action)
        file_menu.addAction(self.files.backup_folder_action)
        file_menu.addSeparator()
        self.quit_action = self._action(tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        # Not every platform maps StandardKey.Quit to Ctrl+Q (Windows has none): add it explicitly.
        self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        go_menu = self.menuBar().addMenu(tr("&Go"))
        self.page_actions: list[QAction] = []
        for number, page in enumerate(self.pages, start=1):
            action = self._action(page.title, QKeySequence(f"Ctrl+{number}"), self._page_switcher(page.key))
            go_menu.addAction(action)
            self.page_actions.append(action)
        go_menu.addSeparator()
        self.find_action = self._action(
            tr("&Find customer…"), QKeySequence("Ctrl+F"), self.focus_customer_search
        )
        go_menu.addAction(self.find_action)
        self.search_action = self._action(tr("&Search everything…"), QKeySequence("Ctrl+K"), self.open_search)
        go_menu.addAction(self.search_action)

        help_menu = self.menuBar().addMenu(tr("&Help"))
        self.shortcuts_action = self._action(
            tr("&Keyboard shortcuts"),
            QKeySequence(QKeySequence.StandardKey.HelpContents),
            self.show_shortcuts,
        )
        self.shortcuts_action.setShortcuts([QKeySequence("F1")])
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self._action(tr("&About crmdesk"), None, self._about))

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work even while the menu bar is hidden or the menu closed
        return action

    def _page_switcher(self, key: str) -> Callable[[], None]:
        return lambda: self.show_page(key)

    # --- pages ----------------------------------------------------------------------------------

    def page(self, key: str) -> Page:
        """The page with ``key`` (``"customers"``, ``"dashboard"``, …)."""
        for page in self.pages:
            if page.key == key:
                return page
        raise KeyError(key)

    @property
    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def show_page(self, key: str) -> None:
        """Show the page with ``key``; an unknown key (an old setting) shows the start page."""
        keys = [page.key for page in self.pages]
        index = keys.index(key) if key in keys else keys.index(START_PAGE)
        self.sidebar.setCurrentRow(index)

    def _page_chosen(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)

    def _show_follow_up_badge(self, count: int) -> None:
        """The sidebar says how many follow-ups are due: "Contact log (3)"."""
        page = self.contact_log_page
        item = self.sidebar.item(self.pages.index(page))
        item.setText(f"{page.title} ({count})" if count else page.title)

    def open_search(self) -> SearchPopup | None:
        """Ctrl+K: the global search popup; the hit chosen opens on its page."""
        if self._services is None:
            return None
        popup = SearchPopup(services=self._services, runner=self.runner, parent=self)
        popup.hit_chosen.connect(self._open_hit)
        popup.finished.connect(lambda _result: popup.deleteLater())
        self.search_popup = popup
        popup.open()
        return popup

    def _open_hit(self, hit: SearchHit) -> None:
        # An invoice listed on the Invoices page opens its detail; anything else shows its customer.
        if hit.document_type == "invoice" and (row := self.invoices_page.row_of(hit.id)) >= 0:
            self.show_page("invoices")
            self.invoices_page.open_row(row)
        elif hit.customer_id is not None:
            self.show_page("customers")
            self.customers_page.show_customer(hit.customer_id)

    def focus_customer_search(self) -> None:
        """Ctrl+F: the Customers page with the cursor in its search field."""
        self.show_page("customers")
        self.customers_page.focus_search()

    def refresh_pages(self) -> None:
        """The data changed (e.g. demo data was added): every page re-reads what it shows."""
        for page in self.pages:
            page.refresh()

    # --- the open database ----------------------------------------------------------------------

    @property
    def services(self) -> Services | None:
        """The open database's services (``None`` once the window has shut down)."""
        return self._services

    def adopt_services(self, services: Services) -> None:
        """Show another open database; the previous one is closed once nothing runs on it any more."""
        previous = self._services
        if previous is services:
            return
        # Background reads of the previous file finish before it closes; their late answers are dropped by
        # the pages' generation numbers.
        self.runner.wait_for_done()
        self._services = services
        self._show_database(services)
        if previous is not None:
            previous.close()
        self.database_changed.emit(services)

    def _show_database(self, services: Services) -> None:
        self.setWindowTitle(tr("crmdesk — {name}").format(name=services.path.name))
        self.path_label.setText(str(services.path))
        self.path_label.setToolTip(tr("The open database file: {path}").format(path=services.path))
        self.settings.add_recent_file(services.path)
        self.files.rebuild_recent_menu()
        for page in self.pages:
            page.set_services(services)
        self.notice_bar.show_notices(services.file_safety.notices())
        self.backups.refresh()

    # --- closing --------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._shut_down:
            # In the background with a progress dialog (events keep flowing); the window closes after it.
            self.backups.backup_before_close()
        self.shutdown()
        event.accept()

    def release_services(self) -> None:
        """Close the open file (File ▸ Restore… needs its lock); the pages show nothing until the next one."""
        self.runner.wait_for_done()
        for page in self.pages:
            page.set_services(None)
        if self._services is not None:
            self._services.close()
            self._services = None

    def shutdown(self) -> None:
        """Remember the window, let background work finish, close the database. Safe to call twice."""
        if self._shut_down:
            return
        self._shut_down = True
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_last_page(self.current_page.key)
        remember_columns(self, self.settings)
        self.settings.sync()
        self.drain_tasks(SHUTDOWN_TIMEOUT_MS)
        self.runner.shutdown(SHUTDOWN_TIMEOUT_MS)
        for page in self.pages:
            page.set_services(None)
        if self._services is not None:
            self._services.close()
            self._services = None

    def drain_tasks(self, timeout_ms: int = SHUTDOWN_TIMEOUT_MS) -> None:
        """Run background tasks to their end and deliver their outcomes now (shutdown, tests, screenshots)."""
        for _round in range(100):  # follow-up tasks are few; the bound only guards against a loop
            if not self.runner.pending or not self.runner.wait_for_done(timeout_ms):
                return
            # Outcomes are queued events for the runner: deliver them (they may start follow-up tasks).
            QCoreApplication.sendPostedEvents(self.runner, QEvent.Type.MetaCall)

    def _about(self) -> None:
        services = self._services
        QMessageBox.about(
            self, tr("About crmdesk"), about_html(self.paths, services.path if services else None)
        )

    def show_shortcuts(self) -> ShortcutsDialog:
        """F1: every shortcut of the window and its pages, read from the live actions."""
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_filtered(self, target: str, wanted: dict[str, object]) -> None:
        """Open the list a dashboard figure stands for (see :mod:`crmdesk.ui.pages.dashboard`)."""
        if target == "invoices":
            self.show_page("invoices")
            if wanted.get("status") == "overdue":
                self.invoices_page.set_status_filter(tr("Overdue"))
            start, end = wanted.get("from"), wanted.get("to")
            if isinstance(start, date) and isinstance(end, date):
                self.invoices_page.show_issued_between(start, end)
        elif target == "customers":
            self.show_page("customers")
            segment = wanted.get("segment")
            if isinstance(segment, str):
                self.customers_page.filters.choose_segment(segment)
        elif target == "customer":
            customer_id = wanted.get("id")
            self.show_page("customers")
            if isinstance(customer_id, int):
                self.customers_page.show_customer(customer_id)
        elif target == "contact-log":
            self.show_page("contact-log")
        elif target == "inventory":
            self.show_page("inventory")
            product = wanted.get("product_id")
            self.inventory_page.show_low_stock(product if isinstance(product, int) else None)
