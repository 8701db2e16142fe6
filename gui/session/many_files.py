"""How a drop of a folder or of several files is sent: each file with its own link, or all of
them as one zip with one link (what customer service asks for a logs folder). Settings says
which, or to ask; a large folder is always asked about before its rows come."""

from __future__ import annotations

from pathlib import Path

from gui.common.settings import ManyFiles
from gui.i18n import tr

FOLDER_ASK_THRESHOLD = 20  # files found in dropped folders; more: asked first


def how_to_send(choice: ManyFiles, files: int, from_folders: int) -> ManyFiles:
    """EACH, ZIP, or ASK (the question of `how_question`) for a drop that came to `files`
    files, `from_folders` of them found in folders."""
    several = files > 1 or from_folders > 0
    if not several:
        return ManyFiles.EACH  # one file is sent as it is, whatever the setting
    if from_folders > FOLDER_ASK_THRESHOLD:
        return ManyFiles.ASK
    return choice


def how_question(files: int, from_folders: int) -> tuple[str, str]:
    """The question's title and text."""
    if from_folders > FOLDER_ASK_THRESHOLD:
        return tr("Upload a folder?"), tr(
            "The folder holds {n} files. Upload each of them, or send them all as one zip "
            "with one link?"
        ).format(n=from_folders)
    return tr("Send as one zip?"), tr(
        "{n} files: upload each with its own link, or send them as one zip with one link?"
    ).format(n=files)


def zip_name(given: list[Path]) -> str:
    """A single folder's zip is named after it ("logs.zip"); anything else gets the default
    (BiliDrop-<time>.zip)."""
    if len(given) == 1 and given[0].name:
        return f"{given[0].name}.zip"
    return ""
