"""The one place where an error becomes something the owner sees.

A :class:`CrmError` is an expected refusal ("this file is locked", "not a crmdesk database"): it is shown as
its one-line message. Anything else is a bug: it is logged with its traceback and shown in a dialog whose
details the owner can copy into a bug report. :class:`ExceptionHook` routes uncaught errors (in slots,
event handlers, callbacks) to the same dialog instead of a traceback on a console nobody sees.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crmdesk.domain.errors import CrmError
from crmdesk.ui.i18n import tr

log = logging.getLogger(__name__)

APP_TITLE = "crmdesk"


def show_error(parent: QWidget | None, error: BaseException, *, doing: str = "") -> None:
    """Tell the owner that something failed: ``doing`` is the action in their words ("Backup")."""
    if isinstance(error, CrmError | OSError):
        title = (
            tr("{APP_TITLE} — {doing} failed").format(APP_TITLE=APP_TITLE, doing=doing)
            if doing
            else APP_TITLE
        )
        QMessageBox.warning(parent, title, _sentence(_plain(error)))
    else:
        show_unexpected(type(error), error, error.__traceback__, parent=parent)


def show_unexpected(
    exc_type: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
    *,
    parent: QWidget | None = None,
) -> None:
    """Log an unexpected error and show it with its traceback in the details."""
    log.error("unexpected error", exc_info=(exc_type, error, tb))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("{APP_TITLE} — unexpected error").format(APP_TITLE=APP_TITLE))
    box.setText(
        tr(
            "Something went wrong that crmdesk did not expect. The action may not have been completed; what was saved before stays saved."
        )
    )
    box.setInformativeText(
        tr("{name__}: {error}\n\nThe details below are also in crmdesk's log file.").format(
            name__=exc_type.__name__, error=error
        )
    )
    box.setDetailedText("".join(traceback.format_exception(exc_type, error, tb)))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()


class ExceptionHook:
    """A ``sys.excepthook`` that logs an uncaught error and shows the details dialog."""

    def __init__(self) -> None:
        self._previous = sys.excepthook
        self._showing = False

    def install(self) -> None:
        """Become ``sys.excepthook`` (the previous hook is kept for :meth:`uninstall`)."""
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        """Give ``sys.excepthook`` back to its previous owner."""
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(self, exc_type: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt) or QApplication.instance() is None:
            self._previous(exc_type, error, tb)
            return
        if self._showing:
            # An error while the dialog is up (e.g. from a repaint behind it): log it, do not stack dialogs.
            log.error("unexpected error while reporting another", exc_info=(exc_type, error, tb))
            return
        self._showing = True
        try:
            show_unexpected(exc_type, error, tb, parent=QApplication.activeWindow())
        finally:
            self._showing = False


def _sentence(message: str) -> str:
    """Service messages are lower-case clauses (also printed by the CLI); a dialog shows a sentence."""
    message = message.strip()
    if not message:
        return tr("The action failed.")
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."


def _plain(error: BaseException) -> str:
    """The owner's words for an error: a file-system error names the file and the reason, no errno."""
    if isinstance(error, OSError) and not isinstance(error, CrmError) and error.strerror:
        where = f": {error.filename}" if error.filename else ""
        return f"{error.strerror}{where}"
    return str(error)
