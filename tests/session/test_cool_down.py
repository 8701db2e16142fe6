"""One cool-down for everything that talks to the service, driven against the emulator."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from gui.bili.client import HEARTBEAT_PATH, UPLOAD_PATH
from gui.emulator.server import Emulator
from gui.session.connection_state import ConnectionState
from gui.session.session import Session
from gui.session.upload_item import RowAction, UploadState, describe

MakeFile = Callable[..., Path]
WAIT = 10_000


def sent(emulator: Emulator, path: str) -> int:
    return sum(1 for r in emulator.requests if r.path == path)


def cool_quickly(session: Session, scale: float) -> None:
    """Waits of 60 s and 5 min become `scale` times that (the policy is made on first use)."""
    session.cool_down.scale = scale


def test_a_412_holds_every_upload_sends_nothing_then_finishes_them(
    qtbot, session: Session, emulator: Emulator, make_file: MakeFile
) -> None:
    cool_quickly(session, 0.004)  # 5 min -> 1.2 s
    qtbot.waitUntil(lambda: session.monitor.state is ConnectionState.ONLINE, timeout=WAIT)
    emulator.faults.add("http412", 1, endpoint="upload")  # the HTML form
    session.queue.set_parallel(1)
    first, second = session.queue.add_paths([make_file("a.bin"), make_file("b.bin")])
    qtbot.waitUntil(lambda: first.state is UploadState.HELD, timeout=WAIT)
    assert second.state is UploadState.HELD  # waiting ones are held too, not started
    assert session.monitor.state is ConnectionState.COOLING_DOWN
    assert session.cool_down.active
    line = describe(first, session.model.clock(), 0)
    assert line.startswith("Held: Bilibili asked to slow down (HTTP 412); resumes at ")
    assert first.allows(RowAction.TRY_NOW)
    assert first.allows(RowAction.CANCEL)
    uploads, heartbeats = sent(emulator, UPLOAD_PATH), sent(emulator, HEARTBEAT_PATH)
    with qtbot.assertNotEmitted(session.monitor.check_requested):
        session.monitor.check_now()  # a scheduled or asked-for check: nothing goes out
    assert (sent(emulator, UPLOAD_PATH), sent(emulator, HEARTBEAT_PATH)) == (uploads, heartbeats)
    qtbot.waitUntil(
        lambda: first.state is UploadState.DONE and second.state is UploadState.DONE,
        timeout=WAIT,
    )
    assert sent(emulator, UPLOAD_PATH) == uploads + 2  # each file once more, after the wait
    assert not session.cool_down.engaged
    assert session.monitor.state is ConnectionState.ONLINE


def test_try_now_ends_the_wait_and_a_new_refusal_doubles_it(
    qtbot, session: Session, emulator: Emulator, make_file: MakeFile
) -> None:
    cool_quickly(session, 1.0)  # real waits: only Try now can end them within the test
    qtbot.waitUntil(lambda: session.monitor.state is ConnectionState.ONLINE, timeout=WAIT)
    emulator.faults.add("code", -799, endpoint="upload")
    [item] = session.queue.add_paths([make_file("a.bin")])
    qtbot.waitUntil(lambda: item.state is UploadState.HELD, timeout=WAIT)
    first_left = session.cool_down.seconds_left()
    assert 40 < first_left <= 72  # 60 s, give or take the jitter
    emulator.faults.add("code", -799, endpoint="heartbeat")  # the probe is refused again
    session.try_now()
    qtbot.waitUntil(lambda: session.cool_down.seconds_left() > 90, timeout=WAIT)  # doubled
    assert item.state is UploadState.HELD
    session.try_now()  # now the service answers: the held upload goes
    qtbot.waitUntil(lambda: item.state is UploadState.DONE, timeout=WAIT)


def test_a_352_says_what_a_person_can_do(
    qtbot, session: Session, emulator: Emulator, make_file: MakeFile
) -> None:
    notices: list[str] = []
    session.notice.connect(notices.append)
    emulator.faults.add("code", -352, endpoint="upload")
    [item] = session.queue.add_paths([make_file("a.bin")])
    qtbot.waitUntil(lambda: item.state is UploadState.HELD, timeout=WAIT)
    assert any("Open bilibili.com in a browser on this network" in n for n in notices)
    session.queue.cancel(item.item_id)  # the user may still cancel a held upload
    assert item.state is UploadState.CANCELLED


def test_a_running_300_mib_body_is_not_sent_again_inside_the_cool_down(
    qtbot, session: Session, emulator: Emulator, tmp_path: Path
) -> None:
    cool_quickly(session, 1.0)
    big = tmp_path / "big.bin"
    with big.open("wb") as handle:
        handle.truncate(300 * 1024 * 1024)  # sparse: reads are cheap
    emulator.faults.add("http412", endpoint="upload")
    [item] = session.queue.add_paths([big])
    qtbot.waitUntil(lambda: item.state is UploadState.HELD, timeout=WAIT)
    qtbot.waitUntil(lambda: session.queue.active() == 0, timeout=WAIT)
    with qtbot.assertNotEmitted(session.monitor.check_requested):
        session.queue.set_parallel(3)  # a nudge to the scheduler: still nothing is sent
    assert sent(emulator, UPLOAD_PATH) == 1
    session.queue.remove(item.item_id)
