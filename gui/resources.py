"""Finding the files in resources/ (icons, translations), installed or from a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """The path of a resource: inside the installed package, else the checkout's resources/."""
    for base in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        candidate = base.joinpath(*parts)
        if candidate.exists():
            return candidate
    return _PACKAGE.parent.joinpath("resources", *parts)
