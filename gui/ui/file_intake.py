"""Turning what the user hands over (dropped URLs, folders, a pasted image) into files."""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import QMimeData, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QImage

from gui.bili.errors import FileProblem, FileUnreadable
from gui.bili.files import expand_folders
from gui.common.settings import ManyFiles
from gui.i18n import tr
from gui.session.many_files import how_question, how_to_send, zip_name
from gui.session.upload_item import UploadItem, UploadState, look_at_file

if TYPE_CHECKING:
    from tempfile import TemporaryDirectory

    from gui.session.upload_queue import UploadQueue

ZIP_PROGRESS_EVERY = 0.1  # seconds between two progress reports of a zip being built
LOOK_HERE_UP_TO = 50  # files looked at on the GUI thread (a few stat calls); more: a worker


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False  # looked at with the rest, and refused with its reason


MAX_PASTED_PATHS = 1000  # more lines than this are text, not a list of files


def unquoted(line: str) -> str:
    """A pasted path without the quotes Explorer's "Copy as path" puts around it."""
    if len(line) >= 2 and line[0] == line[-1] and line[0] in "\"'":
        return line[1:-1]
    return line


def split_urls(urls: Iterable[QUrl]) -> tuple[list[Path], int]:
    """The local files among dropped URLs, and how many were web links (refused)."""
    urls = list(urls)
    local = [local_path(url) for url in urls if url.isLocalFile()]
    return local, len(urls) - len(local)


def local_path(url: QUrl) -> Path:
    """The file a file:// URL names. On POSIX a name is bytes, possibly not UTF-8: those are
    read from the percent-encoded URL, where toLocalFile() would replace them."""
    if os.name != "posix":
        return Path(url.toLocalFile())
    encoded = url.path(QUrl.ComponentFormattingOption.FullyEncoded)
    return Path(os.fsdecode(unquote_to_bytes(encoded)))


class PastedFiles:
    """Pasted images (PNG) and text (UTF-8 .txt) saved in a temporary folder that lives as
    long as this."""

    def __init__(self) -> None:
        self._folder: TemporaryDirectory[str] | None = None

    def _new_path(self, name: str, suffix: str) -> Path:
        if self._folder is None:
            from tempfile import TemporaryDirectory

            self._folder = TemporaryDirectory(prefix="bilidrop-paste-")
        stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S")
        path = Path(self._folder.name) / f"{name} {stamp}{suffix}"
        counter = 1
        while path.exists():
            counter += 1
            path = path.with_name(f"{name} {stamp} ({counter}){suffix}")
        return path

    def new_folder(self) -> Path:
        """A folder of its own in the temporary one (a zip keeps its plain name there)."""
        holder = self._new_path("zip", "")
        holder.mkdir()
        return holder

    def reserve(self, name: str, suffix: str) -> Path:
        """A new file's name, taken at once (an empty file holds it until it is written)."""
        path = self._new_path(name, suffix)
        path.touch()
        return path

    def save_image(self, image: QImage) -> Path:
        path = self._new_path(tr("Pasted image"), ".png")
        image.save(str(path))  # the format follows the .png suffix
        return path

    def save_text(self, text: str) -> Path:
        path = self._new_path(tr("Pasted text"), ".txt")
        path.write_text(text, encoding="utf-8", newline="")
        return path

    def cleanup(self) -> None:
        """Remove the folder; a file still open somewhere (Windows) never stops a quit."""
        if self._folder is not None:
            folder, self._folder = self._folder, None
            with contextlib.suppress(OSError):
                folder.cleanup()


def as_refusal(problem: Exception) -> FileProblem:
    """What kept a file out of a zip, as the refusal its row shows."""
    if isinstance(problem, FileProblem):
        return problem
    path = Path(getattr(problem, "filename", None) or "?")
    cause = problem if isinstance(problem, OSError) else OSError(errno.EIO, str(problem))
    return FileUnreadable(path, cause)


def names_inside_folders(given: list[Path], files: list[Path]) -> dict[Path, str]:
    """For files found in a dropped folder, their path from that folder on ("photos/a.jpg"),
    so two "a.jpg" from different subfolders can be told apart."""
    folders = [path for path in given if path.is_dir()]
    names: dict[Path, str] = {}
    for file in files:
        for folder in folders:
            if file.is_relative_to(folder):
                names[file] = file.relative_to(folder.parent).as_posix()
                break
    return names


@dataclass
class Drop:
    """What was handed over, looked at off the GUI thread: the files (each row's size and
    state known), the refusals met on the way, the names inside dropped folders."""

    given: list[Path]
    items: list[UploadItem] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    from_folders: int = 0
    names: dict[Path, str] = field(default_factory=dict)


def look_at(paths: list[Path]) -> Drop:
    """Walk the folders and look at every file (a worker thread's job: a folder of 10,000
    files, or one on a slow network share, must not freeze the window)."""
    files, problems, from_folders = expand_folders(paths)
    names = names_inside_folders(paths, [*files, *(problem.path for problem in problems)])
    items = [UploadItem(0, path, 0, shown_name=names.get(path, "")) for path in files]
    for item in items:
        look_at_file(item, UploadState.WAITING)
    return Drop(paths, items, problems, from_folders, names)


class FileIntake(QObject):
    """What a drop, a paste or the file chooser hands over, turned into queued files: folders
    expanded off the GUI thread (a large one asked about first), web links refused, pasted
    images saved.

    Signals:
        looked(Drop): a drop's files were looked at (from the worker thread).
        zipping(int, int): files put in the zip being built, of how many (from the worker).
    """

    looked = Signal(object)
    zipping = Signal(int, int)

    def __init__(
        self,
        queue: UploadQueue,
        confirm: Callable[[str, str], bool],
        notify: Callable[[str], None],
        ask_how: Callable[[str, str], ManyFiles | None] = lambda title, text: ManyFiles.EACH,
        many_files: Callable[[], ManyFiles] = lambda: ManyFiles.EACH,
    ) -> None:
        super().__init__()
        self.queue = queue
        self.confirm = confirm
        self.notify = notify
        self.ask_how = ask_how  # EACH, ZIP, or None to send nothing
        self.many_files = many_files  # the setting
        self._last_report = 0.0
        self.zipping.connect(self._on_zipping, Qt.ConnectionType.QueuedConnection)
        self._pasted = PastedFiles()
        self._looker: ThreadPoolExecutor | None = None
        self.looking = 0  # drops a worker is looking at
        self.looked.connect(self._on_looked_off_thread, Qt.ConnectionType.QueuedConnection)

    def add_paths(self, paths: Iterable[Path]) -> None:
        """Queue these files and folders: at once for a few files; a folder, or many
        files, is looked at on a worker thread and its rows come all together."""
        paths = list(paths)
        if len(paths) <= LOOK_HERE_UP_TO and not any(_is_dir(path) for path in paths):
            self._on_looked(look_at(paths))
            return
        self.looking += 1
        self._worker().submit(self._look, paths)

    def _look(self, paths: list[Path]) -> None:
        try:
            drop = look_at(paths)
        except Exception as error:  # never a drop lost without a word: each path refused
            cause = OSError(errno.EIO, str(error) or type(error).__name__)
            drop = Drop(paths, problems=[FileUnreadable(path, cause) for path in paths])
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self.looked.emit(drop)

    @Slot(object)
    def _on_looked_off_thread(self, drop: Drop) -> None:
        self.looking -= 1
        self._on_looked(drop)

    def _on_looked(self, drop: Drop) -> None:
        files, problems, from_folders = drop.items, drop.problems, drop.from_folders
        if not files and not problems:
            self.notify(tr("Nothing to upload: the folder is empty."))
            return
        how: ManyFiles | None = how_to_send(self.many_files(), len(files), from_folders)
        if how is ManyFiles.ASK:
            how = self.ask_how(*how_question(len(files), from_folders))
        if how is None:
            return
        if how is ManyFiles.ZIP and files:
            self.send_as_zip(drop.given)
            return
        self.queue.add_looked_at(files)
        refusals = [(problem.path, problem) for problem in problems]
        self.queue.model.add_failed(refusals, drop.names)  # what could not even be looked at

    def add_from_mime(self, mime: QMimeData) -> bool:
        """Files from a drop or the clipboard; True if anything was taken."""
        if mime.hasUrls():
            local, remote = split_urls(mime.urls())
            if remote:
                self.notify(
                    tr(
                        "Only files on this computer can be uploaded: {n} web link(s) were "
                        "skipped. "
                        "Save the file first, then drop it here."
                    ).format(n=remote)
                )
            if local:
                self.add_paths(local)
            return bool(local)
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.add_paths([self._pasted.save_image(image)])
                return True
        return False

    def add_image(self, image: QImage, name: str) -> None:
        """Upload a picture (a screen capture) as a PNG named `name` and the time. The PNG
        is written on the intake's thread: a full screen of detail takes ~100 ms to encode."""
        path = self._pasted.reserve(name, ".png")
        self.looking += 1
        self._worker().submit(self._save_and_look, image, path)

    def _save_and_look(self, image: QImage, path: Path) -> None:
        image.save(str(path))  # if it cannot be written, the empty file is refused, in words
        self._look([path])

    def send_as_zip(self, paths: list[Path]) -> None:
        """All of `paths` (folders walked) as one zip, built on the intake's thread with its
        progress in the status bar; then it is checked and queued like any file, the limit
        applying to the zip. Files that could not go in get their own refused rows."""
        self.looking += 1
        self._worker().submit(self._zip_and_look, paths, self._pasted.new_folder())

    def _zip_and_look(self, paths: list[Path], folder: Path) -> None:
        from gui.bili.zip_bundle import zip_files

        try:
            archive, left_out = zip_files(paths, folder, zip_name(paths), self._zip_progress)
        except Exception as error:  # the temporary folder full or gone, or anything else:
            cause = error if isinstance(error, OSError) else OSError(errno.EIO, str(error))
            drop = Drop(paths, problems=[FileUnreadable(path, cause) for path in paths])
        else:
            drop = look_at([archive])
            drop.problems += [as_refusal(problem) for problem in left_out]
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self.looked.emit(drop)

    def _zip_progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done == total or now - self._last_report >= ZIP_PROGRESS_EVERY:
            self._last_report = now
            with contextlib.suppress(RuntimeError):
                self.zipping.emit(done, total)

    @Slot(int, int)
    def _on_zipping(self, done: int, total: int) -> None:
        self.notify(tr("Zipping: {done} of {total} files…").format(done=done, total=total))

    def _worker(self) -> ThreadPoolExecutor:
        if self._looker is None:
            self._looker = ThreadPoolExecutor(1, thread_name_prefix="intake")
        return self._looker

    def add_from_clipboard(self, mime: QMimeData) -> bool:
        """Ctrl+V: files or an image as from a drop; else text, which is either paths (one
        per line, every one existing) or words to upload as a .txt file, after asking.
        False when the clipboard holds nothing of the kind (the caller says so)."""
        if self.add_from_mime(mime):
            return True
        text = mime.text() if mime.hasText() else ""
        if not text.strip():
            return False
        lines = [unquoted(line.strip()) for line in text.splitlines() if line.strip()]
        paths = [Path(line) for line in lines]
        if len(paths) <= MAX_PASTED_PATHS and all(
            path.is_absolute() and path.exists() for path in paths
        ):
            self.add_paths(paths)
            return True
        if self.confirm(
            tr("Upload the text?"),
            tr(
                "The clipboard holds text, not files. Upload it as a .txt file ({n} characters)?"
            ).format(n=len(text)),
        ):
            self.add_paths([self._pasted.save_text(text)])
        return True  # answered either way: nothing more to say

    def cleanup(self) -> None:
        if self._looker is not None:
            self._looker.shutdown(wait=False, cancel_futures=True)
        self._pasted.cleanup()
