"""The desktop user interface: the only package of crmdesk that imports PySide6.

It calls :class:`crmdesk.services.Services` and nothing below it; work that can take longer than
~100 ms runs on the :class:`crmdesk.ui.tasks.TaskRunner`, never on the GUI thread.
"""
