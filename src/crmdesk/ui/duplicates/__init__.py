"""Duplicate customers: the "Find duplicates…" list and the merge view."""
