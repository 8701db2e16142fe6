"""Several files sent as one: a zip of them (what customer service asks for when it wants a
logs folder), built in a temporary folder, names inside in UTF-8 (zipfile marks them so),
each folder's files under the folder's own name. The upload limit is then checked on the zip
like on any file."""

from __future__ import annotations

import os
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from gui.bili.files import expand_folders


def inside_name(path: Path, given: Path) -> str:
    """A file's name in the zip: relative to the folder it was found in, that folder's name
    first ("logs/2026/app.log"); a file given itself is its own name. NFC, "/" separated."""
    name = path.name if path == given else (Path(given.name) / path.relative_to(given)).as_posix()
    return unicodedata.normalize("NFC", os.fsdecode(os.fsencode(name)))


def zip_files(
    paths: Iterable[Path],
    folder: Path,
    name: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Path, list[Exception]]:
    """Zip `paths` (folders walked) into `folder` / `name` (default BiliDrop-<time>.zip);
    `progress(done, total)` after each file. Returns the zip and what could not be put in
    (unreadable files: said, never silently left out)."""
    given = list(paths)
    name = Path(name or f"BiliDrop-{datetime.now():%Y%m%d-%H%M%S}.zip").name
    target = folder / (name if name.lower().endswith(".zip") else name + ".zip")
    entries: list[tuple[Path, str]] = []
    problems: list[Exception] = []
    for root in given:
        files, found_problems, _ = expand_folders([root])
        problems += found_problems
        entries += [(path, inside_name(path, root)) for path in files]
    # A file dated before 1980 (an old archive's, a camera's with no clock) is stored as
    # 1980: zip cannot say earlier, and refusing it would refuse the whole zip.
    with zipfile.ZipFile(
        target, "w", compression=zipfile.ZIP_DEFLATED, strict_timestamps=False
    ) as archive:
        for done, (path, inside) in enumerate(entries, 1):
            try:
                archive.write(path, inside)
            except OSError as error:
                problems.append(error)
            if progress is not None:
                progress(done, len(entries))
    return target, problems
