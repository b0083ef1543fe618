"""The command-line interface: the same services as the GUI, for owners' scripts and for tests."""
