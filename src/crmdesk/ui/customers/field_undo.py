"""Undo inside the open editor: commands that change only the inputs, never the database.

Line edits and text areas have their own undo on Ctrl+Z; :class:`UndoKeys` sends those keys to the
editor's :class:`QUndoStack` instead, so one history covers every field (and Ctrl+Z after editing the
email undoes the name edit before it, as the owner expects).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack

from crmdesk.ui.i18n import tr

FIELD_EDIT_ID = 1001


class FieldTarget(Protocol):
    def apply_value(self, key: str, value: str) -> None: ...


class FieldEdit(QUndoCommand):
    """One field changed from ``old`` to ``new``; consecutive edits of the same field merge."""

    def __init__(self, target: FieldTarget, key: str, old: str, new: str) -> None:
        super().__init__(tr("Edit {key}").format(key=key))
        self.target, self.key, self.old, self.new = target, key, old, new
        self._done = True  # pushed after the owner typed: the input already shows ``new``

    def id(self) -> int:
        return FIELD_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEdit) or other.key != self.key:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.target.apply_value(self.key, self.new)

    def undo(self) -> None:
        self.target.apply_value(self.key, self.old)


class UndoKeys(QObject):
    """An event filter that turns Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) in an input into stack undo/redo."""

    def __init__(self, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack = stack

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo):
                self._stack.undo()
                return True
            if event.matches(QKeySequence.StandardKey.Redo) or _is_ctrl_shift_z(event):
                self._stack.redo()
                return True
        return False


def _is_ctrl_shift_z(event: QKeyEvent) -> bool:
    combo = event.keyCombination()
    return QKeySequence(combo) == QKeySequence("Ctrl+Shift+Z")
