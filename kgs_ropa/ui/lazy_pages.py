"""The main window's pages, each built (and its module imported) the first time it is needed.

Building every page before the window first paints cost more than the register itself: the
Transfers page alone read and measured every transfer of a big register (docs/performance.md,
"App start"). A page that is never opened is never built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget, QWidget

Factory = Callable[[], QWidget]


class LazyPages(Mapping[str, QWidget]):
    """Page key -> page. Asking for a page builds it, adds it to the stack and calls
    `on_built(key, page)` once; `built()` gives the pages built so far without building any."""

    def __init__(
        self,
        stack: QStackedWidget,
        factories: dict[str, Factory],
        on_built: Callable[[str, QWidget], None],
    ) -> None:
        self._stack, self._factories, self._on_built = stack, factories, on_built
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        return self.build(key)

    def build(self, key: str) -> QWidget:
        """The page `key`, built now if it was not yet."""
        page = self._built.get(key)
        if page is None:
            page = self._factories[key]()  # KeyError for a key that names no page
            self._built[key] = page
            self._stack.addWidget(page)
            self._on_built(key, page)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._factories)

    def __len__(self) -> int:
        return len(self._factories)

    def built(self) -> dict[str, QWidget]:
        return dict(self._built)

    def is_shown(self, key: str) -> bool:
        """Whether `key`'s page is the one shown (False when it was never built)."""
        page = self._built.get(key)
        return page is not None and self._stack.currentWidget() is page

    def key_of(self, page: QWidget | None) -> str | None:
        return next((k for k, p in self._built.items() if p is page), None)
