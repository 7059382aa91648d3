"""Pausing Python's cyclic garbage collector around bulk work.

Reading or writing tens of thousands of records allocates millions of small objects that all stay
alive; each automatic collection rescans them, which made large imports several times slower.
Records hold no reference cycles, so nothing is lost by collecting once at the end instead.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
