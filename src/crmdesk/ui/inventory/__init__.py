"""The Inventory page: catalogue, stock ledger, suppliers, purchase orders, expenses."""
