"""citekit: citations and bibliographies for historians and archivists.

The Python API: a `Library` of records (CSL-JSON items), readers that bring records in.

    >>> from citekit import Library
    >>> lib = Library("records")
    >>> lib.get("blight1993cuba")["title"]
    'Cuba on the Brink: Castro, the Missile Crisis, and the Soviet Collapse'
"""

__version__ = "0.1.0"

# Names load on first use (PEP 562), so `citekit cite` does not pay for the importers.
_EXPORTS = {
    "ImportReport": "importing", "import_file": "importing", "store": "importing",
    "Library": "library", "LibraryError": "library", "RecordNotFound": "library",
    "ValidationError": "model", "validate": "model", "RecordFileError": "recordfile",
}
__all__ = [*_EXPORTS, "__version__"]


def __getattr__(name: str):
    if name in _EXPORTS:
        import importlib

        value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'citekit' has no attribute {name!r}")
