"""One page per sidebar entry of the main window."""
