"""The window in Simplified and in Traditional Chinese shows no English string of ours, and
every string the code asks to translate has a translation in both."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QTableView, QTabWidget, QWidget

from gui.bili import bad_reply, errors
from gui.bili.credentials import Credentials, CredentialsError
from gui.common.settings import Settings
from gui.common.translations import install_translations, language_for
from gui.emulator.server import Emulator
from gui.i18n import use_translator
from gui.session.upload_item import UploadState
from gui.ui.history_dialog import HistoryDialog
from gui.ui.settings_dialog import SettingsDialog
from gui.ui.sign_in_dialog import SignInDialog
from tests.ui.conftest import open_window
from tests.ui.window_helpers import drop_files, items

ROOT = Path(__file__).resolve().parents[2]
CHINESE = ("zh_CN", "zh_TW")
TS = {lang: ROOT / "resources" / "translations" / f"bilidrop_{lang}.ts" for lang in CHINESE}
WAIT = 10_000
# Words that stay as they are in Chinese: the product, formats, cookie names, key names.
KEPT = {
    "BiliDrop",
    "socks",  # a proxy's scheme, socks5://
    "HTTPS_PROXY",  # the environment variable's name
    "URL",
    "HTML",
    "BBCode",
    "Markdown",
    "Cookie",
    "SESSDATA",
    "bili_jct",
    "DedeUserID",
    "App",
    "MiB",
    "KiB",
    "GiB",
    "Ctrl",
    "Shift",
    "Alt",
    "Esc",
    "Delete",
    "Del",
    "F12",
    "F5",
    "JSON",
    "HTTP",
    "code",
    "csrf",
    "mid",
    "English",
    "Enter",
    "Backspace",
    "Ins",
    "url",  # the link template's placeholders, typed as they are: {url}, {name}, …
    "name",
    "size",
    "expires_at",
    "expires_in",
    "valid_until",
    "https",  # the template preview's example link, https://example.invalid/a1b2.png
    "example",
    "invalid",
    "png",
    "QR",  # Taiwan writes a QR code as QR 碼
    "zip",  # the format, as typed
}


def ts_messages(language: str = "zh_CN") -> dict[str, str]:
    root = ET.parse(TS[language]).getroot()
    return {
        m.findtext("source") or "": m.findtext("translation") or "" for m in root.iter("message")
    }


@pytest.mark.parametrize("language", CHINESE)
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    messages = ts_messages(language)
    assert len(messages) > 150
    for source, translation in messages.items():
        assert translation.strip(), f"untranslated: {source!r}"
        assert set(re.findall(r"\{[^}]*\}", source)) == set(
            re.findall(r"\{[^}]*\}", translation)
        ), source


def test_the_code_asks_for_no_string_missing_from_the_ts(tmp_path: Path) -> None:
    """lupdate over the sources must find nothing that the committed .ts lacks."""
    fresh = tmp_path / "fresh.ts"
    sources = [
        str(p)
        for p in (ROOT / "gui").rglob("*.py")
        if not {"bili", "store", "emulator"} & set(p.relative_to(ROOT / "gui").parts)
    ]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh), "-silent"], check=True, timeout=120)
    found = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    for language in CHINESE:
        missing = sorted(s for s in found - set(ts_messages(language)) if s)
        assert missing == [], f"run pyside6-lupdate and translate into {language}: {missing}"


def test_language_choice() -> None:
    assert language_for("system", "zh_TW") == "zh_TW"
    assert language_for("system", "zh_HK") == "zh_TW"  # Hong Kong reads Taiwan's translation
    assert language_for("system", "zh_Hant_HK") == "zh_TW"  # macOS names the script
    assert language_for("system", "zh-Hant") == "zh_TW"
    assert language_for("system", "zh_Hans_HK") == "zh_CN"  # Simplified, whatever the region
    assert language_for("system", "zh_SG") == "zh_CN"
    assert language_for("system", "zh_CN.UTF-8") == "zh_CN"
    assert language_for("zh_TW", "en_US") == "zh_TW"
    assert language_for("system", "zh_CN") == "zh_CN"
    assert language_for("system", "de_DE") == "en"
    assert language_for("en", "zh_CN") == "en"
    assert language_for("zh_CN", "en_US") == "zh_CN"


UPLOAD = {"zh_CN": "上传", "zh_TW": "上傳"}


@pytest.fixture(params=CHINESE)
def chinese(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[None]:
    language = request.param
    assert install_translations(qapp, language) == language
    # the .qm was built and loaded, and it is this language's
    assert QCoreApplication.translate("", "Upload") == UPLOAD[language]
    yield
    install_translations(qapp, "en")


def visible_texts(widget: QWidget) -> Iterator[str]:
    for w in [widget, *widget.findChildren(QWidget)]:
        yield w.windowTitle()
        yield w.toolTip()
        yield w.accessibleName()
        for getter in ("text", "placeholderText", "title"):
            value = getattr(w, getter, None)
            if callable(value):
                result = value()
                if isinstance(result, str):
                    yield result
        if isinstance(w, QTabWidget):
            yield from (w.tabText(i) for i in range(w.count()))
        if isinstance(w, QComboBox):
            yield from (w.itemText(i) for i in range(w.count()))
        if isinstance(w, QTableView):
            model = w.model()
            yield from (
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            )
    for action in widget.findChildren(QAction):
        yield action.text()
        yield action.toolTip()


def english_words(text: str) -> set[str]:
    markup = r"</?b>|<br\s*/?>"
    text = re.sub(r"https?://\S+|\b[\w-]+\.com\b|" + markup, "", text)  # links, domains
    return {w for w in re.findall(r"[A-Za-z][A-Za-z_]+", text) if w not in KEPT}


def test_window_in_chinese_shows_no_english(
    qtbot, chinese: None, emulator: Emulator, settings: Settings, tmp_path: Path
) -> None:
    window = open_window(qtbot, settings, emulator)
    session = window.session
    source = tmp_path / "报告"
    source.write_bytes(b"data")
    empty = tmp_path / "空"
    empty.write_bytes(b"")
    drop_files(window, source, empty)
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.DONE, timeout=WAIT)
    window.session.tick()

    texts = list(visible_texts(window))
    texts += [window.model.index(r).data(Qt.ItemDataRole.ToolTipRole) for r in range(2)]
    texts += [window.statusBar().currentMessage()]
    assert window.tray is not None
    window.tray.refresh()
    texts += [a.text() for a in window.tray.menu.actions()]
    texts += [window.drop_area.title, window.drop_area.hint, window.indicator.toolTip()]
    for dialog in (
        SettingsDialog(settings, window),
        SignInDialog("", window),
        HistoryDialog(
            session.history,
            settings,
            window.model.clock,
            window.confirm,
            window,
        )
        if session.history
        else None,
    ):
        if dialog is not None:
            texts += list(visible_texts(dialog))

    leftovers = {text: english_words(text) for text in texts if text and english_words(text)}
    assert leftovers == {}
    session.shutdown()


def every_error() -> list[errors.BiliError]:
    """One of each error the client can raise, in each of its variants."""
    path = Path("报告.pdf")
    os_errors = [OSError(number, "x") for number in (1, 2, 13, 16, 21, 28, 40, 5)]
    samples: list[errors.BiliError] = [
        errors.FileMissing(path),
        errors.NotAFile(path),
        *(errors.FileUnreadable(path, cause) for cause in os_errors),
        errors.FileChanged(path),
        errors.FileEmpty(path),
        errors.FileTooLarge(path, 400 << 20, 300 << 20),
        errors.FileTooLarge(path, None, 300 << 20),
        errors.FileTooLarge(path, 2 << 20, 300 << 20, code=1000011),
        errors.NotSignedIn(),
        errors.CsrfRejected(),
        errors.UserInfoFailed(),
        errors.RateLimited(-412),
        errors.RateLimited(None),
        errors.ServiceError(12345, "请求错误"),
        *(errors.TransportError(what) for what in errors.Transport),
        *(bad_reply.BadReply(what, status=502) for what in bad_reply.Reply),
        errors.UploadCancelled(),
        errors.ProxyRefused(),
        errors.Unexpected(ValueError("boom")),
        *(errors.Unexpected(cause) for cause in os_errors),
    ]
    return samples


def error_classes(base: type[errors.BiliError] = errors.BiliError) -> set[type]:
    found: set[type] = set()
    sub: type[errors.BiliError]
    for sub in base.__subclasses__():
        found |= {sub, *error_classes(sub)}
    return found


def test_every_error_is_worded_in_chinese(chinese: None) -> None:
    samples = every_error()
    uncovered = (
        {c for c in error_classes() if c.__module__ == errors.__name__}
        - {type(e) for e in samples}
        - {errors.FileProblem}
    )
    assert uncovered == set(), "add the new error type to every_error()"
    leftovers = {
        f"{type(e).__name__}: {e.message}": english_words(e.message)
        for e in samples
        if english_words(e.message)
    }
    assert leftovers == {}
    with pytest.raises(CredentialsError) as caught:
        Credentials.from_cookie_header("SESSDATA=x")
    assert english_words(str(caught.value)) == set()


def test_errors_read_english_without_a_translator() -> None:
    """The command line has no Qt translator: the same errors read in English there."""
    use_translator(str)
    try:
        assert errors.FileEmpty(Path("a")).message == "the file is empty; there is nothing to send."
    finally:
        use_translator(lambda text: QCoreApplication.translate("", text))


def test_qts_own_dialogs_speak_chinese_too(chinese: None) -> None:
    # The file chooser's and the standard buttons' words come from Qt's catalog.
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
