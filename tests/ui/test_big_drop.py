"""A drop of many files: the folder is walked off the GUI thread, its rows come together,
and the window's work per change does not grow with the number of rows."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from gui.bili import files
from gui.session.queue_model import UploadQueueModel
from gui.session.upload_item import UploadItem, UploadState
from gui.ui.main_window import MainWindow
from tests.ui.window_helpers import WAIT, drop_files, items, settle


def test_a_dropped_folder_is_walked_off_the_gui_thread_and_its_rows_come_together(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    for n in range(300):
        (folder / f"{n:03}.log").write_text("x")
    walked_on: list[threading.Thread] = []
    walk = files.expand_folders

    def recorded(paths: list[Path]) -> tuple:
        walked_on.append(threading.current_thread())
        return walk(paths)

    monkeypatch.setattr(files, "expand_folders", recorded)
    monkeypatch.setattr("gui.ui.file_intake.expand_folders", recorded)
    inserts: list[int] = []
    window.model.rowsInserted.connect(lambda parent, first, last: inserts.append(last - first + 1))
    looks: list[int] = []
    enabled = window.session.enabled_commands

    def counted(selected: list[UploadItem]) -> dict:
        looks.append(1)
        return enabled(selected)

    monkeypatch.setattr(window.session, "enabled_commands", counted)
    drop_files(window, folder)
    settle(qtbot, window)
    assert walked_on
    assert walked_on[0] is not threading.main_thread()
    assert inserts == [300]  # one insertion for the whole folder
    qtbot.waitUntil(
        lambda: all(i.state is UploadState.DONE for i in items(window)), timeout=WAIT * 6
    )
    # 300 rows changing state 3 times each: the actions were looked at far fewer times
    assert 0 < len(looks) < 300


def test_the_model_counts_states_and_finds_waiting_rows_in_order_as_they_change() -> None:
    model = UploadQueueModel()
    rows = model.add(UploadItem(model.next_id(), Path(f"{n}.txt"), 1) for n in range(5))
    assert model.counts[UploadState.WAITING] == 5
    first = next(model.waiting())
    model.update(first.item_id, state=UploadState.UPLOADING)
    model.update(rows[1].item_id, state=UploadState.DONE)
    assert [i.item_id for i in model.waiting()] == [r.item_id for r in rows[2:]]
    model.update(first.item_id, state=UploadState.WAITING)  # a retry: waiting again, first
    assert next(model.waiting()) is first
    model.remove(rows[2].item_id)
    assert model.find(rows[2].item_id) is None
    assert model.row_of(rows[3].item_id) == 2
    back = UploadItem(model.next_id(), Path("back.txt"), 1)
    model.insert(0, back)
    assert next(model.waiting()) is back
    assert model.counts[UploadState.WAITING] == 4
    assert model.counts[UploadState.DONE] == 1
