"""The window behind every lazy list: ids in display order, rows fetched a page at a time into an LRU.

Plain Python (no Qt): the table models own one and wrap its changes in ``begin/endResetModel``. Every id
of the list sits in one ``array('q')`` (8 bytes a row), so a view's row count and scroll bar are true;
rows come from the service a page at a time (one query for a page of ids), and only ``max_pages``
pages stay cached, least recently used dropped first.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Generic, TypeVar

R = TypeVar("R")


class RowWindow(Generic[R]):
    """Ids in order plus an LRU cache of pages of their rows (``None`` for a row gone since)."""

    def __init__(self, *, page_size: int, max_pages: int) -> None:
        if page_size < 1 or max_pages < 1:
            raise ValueError("page_size and max_pages must be positive")
        self.page_size = page_size
        self._max_pages = max_pages
        self.ids: array[int] = array("q")
        self._source: Callable[[Sequence[int]], Mapping[int, R]] | None = None
        self._pages: OrderedDict[int, tuple[R | None, ...]] = OrderedDict()

    def __len__(self) -> int:
        return len(self.ids)

    def set_source(self, source: Callable[[Sequence[int]], Mapping[int, R]] | None) -> None:
        """Where rows come from (a service's ``rows``); forgets every id and row."""
        self._source = source
        self.ids = array("q")
        self._pages.clear()

    def set_ids(self, ids: array[int]) -> None:
        """Show these ids, in this order; forgets the cached rows."""
        self.ids = ids
        self._pages.clear()

    def forget_rows(self) -> None:
        """Drop the cached rows (they changed in the database); they are fetched again when asked."""
        self._pages.clear()

    def cached_pages(self) -> list[int]:
        """Numbers of the cached pages, least recently used first."""
        return list(self._pages)

    def row_at(self, row: int) -> R | None:
        """The row shown at ``row``, fetching its page on first use."""
        number, offset = divmod(row, self.page_size)
        page = self._pages.get(number)
        if page is None:
            start = number * self.page_size
            page_ids = self.ids[start : start + self.page_size]
            found = self._source(page_ids) if self._source is not None and page_ids else {}
            page = tuple(found.get(row_id) for row_id in page_ids)
            self._pages[number] = page
            while len(self._pages) > self._max_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset]
