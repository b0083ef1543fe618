"""The customers area of the UI: the editor dialog, page actions with undo, the 360° panel."""
