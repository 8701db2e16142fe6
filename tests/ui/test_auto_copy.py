"""What lands on the clipboard: a drop's links once, when the whole drop is done; never over
something the user copied meanwhile; and, for a chat, the name, size and until when."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from gui.common.link_formats import LinkFormat, format_link
from gui.common.settings import Settings
from gui.emulator.server import Emulator
from gui.i18n import Language
from gui.session.upload_item import UploadState
from gui.ui.clipboard import Link, LinkStyle
from gui.ui.main_window import MainWindow
from tests.ui.window_helpers import WAIT, MakeFile, by_name, drop_files, items


def slow_drop(window: MainWindow, emulator: Emulator, make_file: MakeFile, *names: str) -> None:
    window.settings.parallel_uploads = 1
    window.session.apply_settings()
    emulator.faults.add("throttle", 512 * 1024, endpoint="upload")
    drop_files(window, *(make_file(name, size=160 * 1024) for name in names))


def test_a_drops_links_are_copied_once_when_all_are_done(
    qtbot, window: MainWindow, emulator: Emulator, make_file: MakeFile
) -> None:
    QGuiApplication.clipboard().setText("before")
    slow_drop(window, emulator, make_file, "a.bin", "b.bin", "c.bin")
    qtbot.waitUntil(lambda: by_name(window, "a.bin").state is UploadState.DONE, timeout=WAIT)
    assert QGuiApplication.clipboard().text() == "before"  # no half set to paste early
    qtbot.waitUntil(lambda: "of 3 done" in window.statusBar().currentMessage(), timeout=WAIT)
    qtbot.waitUntil(lambda: {i.state for i in items(window)} == {UploadState.DONE}, timeout=WAIT)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() != "before", timeout=WAIT)
    assert QGuiApplication.clipboard().text().split("\n") == [i.url for i in items(window)]


def test_a_clipboard_changed_during_the_drop_is_not_overwritten(
    qtbot, window: MainWindow, emulator: Emulator, make_file: MakeFile
) -> None:
    QGuiApplication.clipboard().setText("before")
    slow_drop(window, emulator, make_file, "a.bin", "b.bin")
    qtbot.waitUntil(lambda: by_name(window, "a.bin").state is UploadState.DONE, timeout=WAIT)
    QGuiApplication.clipboard().setText("an order number I copied")
    qtbot.waitUntil(lambda: "not copied" in window.statusBar().currentMessage(), timeout=WAIT)
    assert QGuiApplication.clipboard().text() == "an order number I copied"
    assert "Ctrl+Shift+C" in window.statusBar().currentMessage()


def test_the_chat_format_says_name_size_and_until_when() -> None:
    expires = datetime(2026, 12, 3, 7, 17, tzinfo=UTC)
    link = Link("截图.png", "https://i0.hdslb.com/x.png", expires, 10_854)
    text = LinkStyle(LinkFormat.CHAT, "").write(link)
    assert text.startswith("截图.png (10.6 KiB, valid until ")
    assert text.endswith("): https://i0.hdslb.com/x.png")
    custom = format_link(
        "u", "n", LinkFormat.CUSTOM, template="{valid_until} / {expires_in}",
        expires_at="07:17", expires_in="14 min left",
    )  # fmt: skip
    assert custom == "valid until 07:17 / 14 min left"


def test_a_first_start_in_chinese_copies_for_a_chat_and_a_choice_stays(tmp_path) -> None:
    fresh = Settings(QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat))
    fresh.adopt_defaults_for(Language.CHINESE)
    assert fresh.link_format is LinkFormat.CHAT
    chosen = Settings(QSettings(str(tmp_path / "b.ini"), QSettings.Format.IniFormat))
    chosen.link_format = LinkFormat.MARKDOWN
    chosen.adopt_defaults_for(Language.CHINESE)
    assert chosen.link_format is LinkFormat.MARKDOWN
    english = Settings(QSettings(str(tmp_path / "c.ini"), QSettings.Format.IniFormat))
    english.adopt_defaults_for(Language.ENGLISH)
    assert english.link_format is LinkFormat.URL


def test_copied_links_that_expire_leave_the_clipboard_and_re_upload_copies_fresh_ones(
    qtbot, window: MainWindow, clock, make_file: MakeFile
) -> None:
    drop_files(window, make_file("log.txt"))
    qtbot.waitUntil(lambda: bool(items(window)) and items(window)[0].has_live_link, timeout=WAIT)
    old = items(window)[0].url
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == old, timeout=WAIT)
    notices: list[str] = []
    window.desktop.notifier = lambda notice: notices.append(notice.title)
    window.desktop.is_in_front = lambda: False  # the window is in the back
    clock.advance(15 * 60 + 1)
    window.session.tick()
    assert QGuiApplication.clipboard().text() == ""  # a dead link is not left to be pasted
    assert "expired at" in window.statusBar().currentMessage()
    assert notices == ["Copied links expired"]
    button = window.links.reupload_button
    assert not button.isHidden()
    button.click()
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text().startswith("http"), timeout=WAIT)
    assert QGuiApplication.clipboard().text() != old
    assert QGuiApplication.clipboard().text() == items(window)[0].url
    window.session.tick()
    assert notices.count("Copied links expired") == 1  # said once


def test_a_copy_the_desktop_refused_is_not_claimed_and_is_made_when_the_window_is_in_front(
    qtbot, window: MainWindow, make_file: MakeFile, monkeypatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QClipboard

    QGuiApplication.clipboard().setText("before")
    real_set_text = QClipboard.setText
    # What Wayland does to a window in the back: the copy is silently dropped.
    monkeypatch.setattr(QClipboard, "setText", lambda self, text, mode=None: None)
    sent: list[str] = []
    window.desktop.notifier = lambda notice: sent.append(notice.body)
    window.desktop.is_in_front = lambda: False
    drop_files(window, make_file("shot.txt"))
    qtbot.waitUntil(lambda: "Not copied yet" in window.statusBar().currentMessage(), timeout=WAIT)
    assert QGuiApplication.clipboard().text() == "before"
    assert "Not copied yet" in sent[-1]  # the notification does not say "copied"
    monkeypatch.setattr(QClipboard, "setText", real_set_text)
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert QGuiApplication.clipboard().text() == items(window)[0].url


def test_a_drop_of_only_refused_files_opens_no_batch(
    qtbot, window: MainWindow, make_file: MakeFile
) -> None:
    empty = make_file("empty.txt", size=0)
    drop_files(window, empty)
    qtbot.waitUntil(lambda: items(window) and items(window)[0].state is UploadState.FAILED)
    assert not window.session.links.open  # nothing to wait for: no batch
    QGuiApplication.clipboard().setText("copied by me later")
    drop_files(window, make_file("real.txt"))
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text().startswith("http"), timeout=WAIT)
