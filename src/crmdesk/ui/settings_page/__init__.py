"""The parts of the Settings page (and of the first-run wizard, which reuses them)."""
