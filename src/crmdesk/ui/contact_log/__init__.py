"""The Contact log area: the Today list of follow-ups and the log of all interactions."""
