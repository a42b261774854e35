"""The package's version, a constant: reading the installed metadata costs milliseconds at start-up.

`tests/test_packaging.py` checks that it matches `[project] version` in pyproject.toml and the
built wheel's metadata.
"""

from __future__ import annotations

__version__ = "0.1.0"


def version() -> str:
    return __version__
