"""Persistence: typed SQLAlchemy models, the safe engine, migrations, backup primitives. No Qt."""
