"""The sales area of the UI: invoices, quotes and the pipeline."""
