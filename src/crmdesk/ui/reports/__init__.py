"""The Reports page: every analytics report over a date range, as a table and a chart; CSV and PDF."""
