"""citekit: citations and bibliographies for historians and archivists.

The Python API: a `Library` of records (CSL-JSON items), readers that bring records in.

    >>> from citekit import Library
    >>> lib = Library("records")
    >>> lib.get("blight1993cuba")["title"]
    'Cuba on the Brink: Castro, the Missile Crisis, and the Soviet Collapse'
"""

__version__ = "0.1.0"

from .importing import ImportReport, import_file, store  # noqa: E402
from .library import Library, LibraryError, RecordNotFound  # noqa: E402
from .model import ValidationError, validate  # noqa: E402
from .recordfile import RecordFileError  # noqa: E402

__all__ = [
    "Library", "LibraryError", "RecordNotFound", "RecordFileError", "ValidationError",
    "ImportReport", "import_file", "store", "validate", "__version__",
]
