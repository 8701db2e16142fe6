"""The upload scheduler on its own: limits, retries, cancels, and jobs that end whatever
was raised."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from gui.bili import files
from gui.bili.client import BiliClient
from gui.bili.retry import RetryPolicy
from gui.emulator.server import Emulator
from gui.session.connection_state import ConnectionState
from gui.session.session import Session
from gui.session.upload_item import RowAction, UploadState, describe

MakeFile = Callable[..., Path]
WAIT = 10_000


def states(session: Session) -> list[UploadState]:
    return [item.state for item in session.model.items()]


def test_parallel_limit_follows_the_setting(
    qtbot, session: Session, emulator: Emulator, make_file: MakeFile
) -> None:
    emulator.faults.add("throttle", 256 * 1024, count=4, endpoint="upload")
    session.queue.set_parallel(1)
    session.queue.add_paths([make_file(f"f{n}.bin", size=1 << 20) for n in range(4)])
    qtbot.waitUntil(lambda: states(session).count(UploadState.UPLOADING) == 1, timeout=WAIT)
    assert states(session).count(UploadState.WAITING) == 3
    session.queue.set_parallel(3)
    qtbot.waitUntil(lambda: states(session).count(UploadState.UPLOADING) == 3, timeout=WAIT)
    assert session.queue.active() == 3
    for item in session.model.items():
        session.queue.remove(item.item_id)
    qtbot.waitUntil(lambda: session.queue.active() == 0, timeout=WAIT)


def test_lowering_the_limit_while_uploads_run_lets_no_freed_slot_refill_above_it(
    qtbot, session: Session, emulator: Emulator, make_file: MakeFile
) -> None:
    emulator.faults.add("throttle", 512 * 1024, count=8, endpoint="upload")
    session.queue.set_parallel(4)
    session.queue.add_paths([make_file(f"f{n}.bin", size=256 * 1024) for n in range(8)])
    qtbot.waitUntil(lambda: session.queue.active() == 4, timeout=WAIT)
    session.queue.set_parallel(2)
    finished: list[int] = []
    running_after_two: list[int] = []  # how many run, at each change once two have ended
    session.queue.link_ready.connect(finished.append)
    session.model.dataChanged.connect(
        lambda *_: running_after_two.append(session.queue.active()) if len(finished) >= 2 else None
    )
    qtbot.waitUntil(lambda: states(session).count(UploadState.DONE) == 8, timeout=30_000)
    assert running_after_two  # the refills happened while we looked
    assert max(running_after_two) <= 2  # 3 and 4 kept running before the fix


def test_retry_wait_is_shown_then_the_upload_finishes(
    qtbot, session: Session, emulator: Emulator, make_file: MakeFile
) -> None:
    session.queue.retry_policy = RetryPolicy(attempts=3, base_delay=1.0, max_delay=1.0)
    emulator.faults.add("http500", endpoint="upload")
    [item] = session.queue.add_paths([make_file("again.txt")])
    qtbot.waitUntil(lambda: item.state is UploadState.RETRYING, timeout=WAIT)
    assert item.retry_at > time.monotonic()
    line = describe(item, session.model.clock(), time.monotonic())
    assert line.startswith("Retrying in ")
    assert "HTTP 500" in line
    qtbot.waitUntil(lambda: item.state is UploadState.DONE, timeout=WAIT)
    assert item.retry_reason is None


def test_an_unexpected_exception_in_the_worker_fails_the_row_and_frees_its_slot(
    qtbot, session: Session, make_file: MakeFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = BiliClient.upload

    def broken(self: BiliClient, path: Path, *args: object, **kwargs: object):
        if path.name == "bug.txt":
            raise RuntimeError("a bug in the client")
        return original(self, path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(BiliClient, "upload", broken)
    session.queue.set_parallel(1)
    bug, fine = session.queue.add_paths([make_file("bug.txt"), make_file("fine.txt")])
    qtbot.waitUntil(lambda: fine.state is UploadState.DONE, timeout=WAIT)  # the slot was freed
    assert bug.state is UploadState.FAILED
    assert bug.error is not None
    assert "internal error" in bug.error.message
    assert "Failed: BiliDrop ran into an internal error" in describe(bug, fine.expires_at, 0)  # type: ignore[arg-type]
    assert session.queue.active() == 0


def test_an_unexpected_exception_while_queueing_fails_that_row_only(
    qtbot, session: Session, make_file: MakeFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = files.check_uploadable

    def broken(path: Path) -> int:
        if path.name == "odd.txt":
            raise RuntimeError("an odd file system")
        return original(path)

    monkeypatch.setattr(files, "check_uploadable", broken)  # as the queue looks at files
    odd, fine = session.queue.add_paths([make_file("odd.txt"), make_file("fine.txt")])
    assert odd.state is UploadState.FAILED
    assert odd.error is not None
    assert "internal error" in odd.error.message
    qtbot.waitUntil(lambda: fine.state is UploadState.DONE, timeout=WAIT)


def test_cancelling_is_a_state_that_ends_cancelled(
    qtbot, session: Session, emulator: Emulator, make_file: MakeFile
) -> None:
    emulator.faults.add("throttle", 128 * 1024, endpoint="upload")
    [item] = session.queue.add_paths([make_file("slow.bin", size=4 << 20)])
    qtbot.waitUntil(lambda: item.sent > 0, timeout=WAIT)
    session.queue.cancel(item.item_id)
    assert item.state is UploadState.CANCELLING
    assert not item.allows(RowAction.CANCEL)
    assert item.allows(RowAction.REMOVE)
    qtbot.waitUntil(lambda: item.state is UploadState.CANCELLED, timeout=WAIT)
    assert item.allows(RowAction.RETRY)
    assert session.queue.active() == 0


def test_items_change_only_by_their_fields(session: Session, make_file: MakeFile) -> None:
    [item] = session.queue.add_paths([make_file("x.txt")])
    with pytest.raises(AttributeError):
        session.model.update(item.item_id, stat="done")  # a misspelt field is an error


def test_queue_model_passes_qt_model_tester(
    qtmodeltester, session: Session, make_file: MakeFile
) -> None:
    session.queue.add_paths([make_file("a.txt"), make_file("b.txt", data=b"")])
    qtmodeltester.check(session.model)


def test_an_upload_that_cannot_reach_the_service_checks_the_connection_at_once(
    qtbot, session: Session, emulator: Emulator, make_file: MakeFile
) -> None:
    session.monitor.set_interval(3600)  # only the upload's failure can make it look again
    qtbot.waitUntil(lambda: session.monitor.state is ConnectionState.ONLINE, timeout=WAIT)
    emulator.stop()
    session.queue.add_paths([make_file("a.txt")])
    qtbot.waitUntil(lambda: session.monitor.state is ConnectionState.OFFLINE, timeout=WAIT)
    emulator.start()


def test_cancel_ends_at_once_while_the_service_keeps_the_reply_back(
    qtbot, session: Session, emulator: Emulator, make_file: MakeFile
) -> None:
    emulator.faults.add("delay", 30, endpoint="upload")  # the body is sent; no reply for 30 s
    [item] = session.queue.add_paths([make_file("waiting.txt")])
    qtbot.waitUntil(lambda: item.state is UploadState.UPLOADING, timeout=WAIT)
    qtbot.waitUntil(
        lambda: any(r.path == "/x/custom/msg_svr/v1/upload" for r in emulator.requests),
        timeout=WAIT,
    )
    session.queue.cancel(item.item_id)
    assert item.state is UploadState.CANCELLING
    qtbot.waitUntil(lambda: item.state is UploadState.CANCELLED, timeout=3000)  # not 30 s
    assert session.queue.active() == 0


def test_cancel_ends_at_once_on_a_slow_line(
    qtbot, session: Session, emulator: Emulator, make_file: MakeFile
) -> None:
    emulator.faults.add("throttle", 32 * 1024, endpoint="upload")  # sends block on a full socket
    [item] = session.queue.add_paths([make_file("big.bin", size=16 << 20)])
    last = {"sent": -1, "since": time.monotonic()}

    def stalled() -> bool:  # the socket buffers are full: the worker is blocked in a send
        if item.sent != last["sent"]:
            last["sent"], last["since"] = item.sent, time.monotonic()
        return item.sent > 0 and time.monotonic() - last["since"] > 0.5

    qtbot.waitUntil(stalled, timeout=WAIT)
    session.queue.cancel(item.item_id)
    qtbot.waitUntil(lambda: item.state is UploadState.CANCELLED, timeout=3000)


def test_an_upload_that_cannot_reach_the_service_waits_for_it_and_goes_on_by_itself(
    qtbot, session: Session, emulator: Emulator, make_file: MakeFile
) -> None:
    emulator.faults.add("drop", count=3, endpoint="upload")  # every try of the first round
    seen: list[UploadState] = []
    session.model.dataChanged.connect(lambda *_: seen.extend(states(session)))
    [item] = session.queue.add_paths([make_file("notes.txt")])
    qtbot.waitUntil(lambda: item.state is UploadState.DONE, timeout=WAIT)  # no retry by hand
    assert UploadState.OFFLINE in seen  # "Waiting for the network…", never "Failed"
    assert UploadState.FAILED not in seen
    assert item.network_waits == 1


def test_an_upload_the_service_never_takes_fails_after_a_few_network_waits(
    qtbot, session: Session, emulator: Emulator, make_file: MakeFile
) -> None:
    emulator.faults.add("drop", count=100, endpoint="upload")  # the heartbeat still answers
    [item] = session.queue.add_paths([make_file("never.txt")])
    qtbot.waitUntil(lambda: item.state is UploadState.FAILED, timeout=WAIT * 3)
    assert item.network_waits == 3


def test_rows_say_what_happened_in_plain_words_and_keep_the_detail_for_the_tooltip(
    qtbot, session: Session, emulator: Emulator, make_file: MakeFile
) -> None:
    from PySide6.QtCore import Qt

    session.queue.retry_policy = RetryPolicy(attempts=4, base_delay=1.0, max_delay=1.0)
    emulator.faults.add("http500", endpoint="upload")
    [item] = session.queue.add_paths([make_file("again.txt")])
    qtbot.waitUntil(lambda: item.state is UploadState.RETRYING, timeout=WAIT)
    line = describe(item, session.model.clock(), time.monotonic())
    assert "(try 1 of 3)" in line
    assert "Bilibili's server had a temporary problem (HTTP 500)" in line
    assert "JSON" not in line  # what the reply held is detail
    row = session.model.index(session.model.row_of(item.item_id), 0)
    assert item.retry_reason is not None
    assert item.retry_reason.message in row.data(Qt.ItemDataRole.ToolTipRole)
    qtbot.waitUntil(lambda: item.state is UploadState.DONE, timeout=WAIT)
    gone = make_file("gone.txt")
    gone.unlink()
    [refused] = session.queue.add_paths([gone])
    assert refused.state is UploadState.FAILED
    said = describe(refused, session.model.clock(), time.monotonic())
    assert said.startswith("Refused: ")  # never sent: refused, not failed
    assert "moved or deleted" in said
