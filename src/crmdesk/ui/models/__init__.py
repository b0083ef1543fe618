"""Qt item models over service row views: thin, with named columns, filled page by page."""
