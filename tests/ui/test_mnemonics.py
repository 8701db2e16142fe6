"""Alt+letter reaches one thing: the menu bar's titles differ from each other, each menu's
entries differ from each other, and so do the Settings dialog's labels and checkboxes, in
every language BiliDrop speaks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QWidget

from gui.common.settings import Settings
from gui.common.translations import install_translations
from gui.emulator.server import Emulator
from gui.ui.main_window import MainWindow
from gui.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import open_window


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand)."""
    index = text.replace("&&", "\0\0").find("&")
    return text[index + 1].lower() if 0 <= index < len(text) - 1 else None


def clashes(texts: Iterable[str]) -> dict[str, list[str]]:
    texts = list(texts)
    letters = Counter(m for m in map(mnemonic, texts) if m)
    return {
        letter: [t for t in texts if mnemonic(t) == letter]
        for letter, count in letters.items()
        if count > 1
    }


@pytest.fixture(params=["en", "zh_CN", "zh_TW"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_translations(qapp, request.param)
    yield request.param
    install_translations(qapp, "en")


@pytest.fixture
def shown_window(
    qtbot, language: str, settings: Settings, emulator: Emulator
) -> Iterator[MainWindow]:
    window = open_window(qtbot, settings, emulator)
    yield window
    window.session.shutdown()


def menus(window: MainWindow) -> Iterator[QMenu]:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield menu


def test_the_menu_bar_and_each_menu_have_unique_mnemonics(shown_window: MainWindow) -> None:
    bar = [action.text() for action in shown_window.menuBar().actions()]
    assert clashes(bar) == {}
    for menu in menus(shown_window):
        entries = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert clashes(entries) == {}, menu.title()
        assert all(mnemonic(entry) for entry in entries), entries  # each reachable by a key


def test_the_settings_dialog_has_unique_mnemonics(qtbot, shown_window: MainWindow) -> None:
    dialog = SettingsDialog(shown_window.settings, shown_window)
    qtbot.addWidget(dialog)
    texts = [
        widget.text()
        for widget in dialog.findChildren(QWidget)
        if isinstance(widget, QLabel | QAbstractButton)
    ]
    assert clashes(texts) == {}


def test_the_toolbar_tooltips_show_the_real_keys(shown_window: MainWindow) -> None:
    from gui.session.commands import Command

    tip = shown_window.commands[Command.ADD].toolTip()
    assert tip.endswith("(Ctrl+O)")
    assert "&" not in tip


def test_toolbar_buttons_show_no_mnemonic_in_any_language() -> None:
    from gui.ui.window_actions import toolbar_text

    assert toolbar_text("添加文件(&A)…") == "添加文件"
    assert toolbar_text("&Add files…") == "Add files"
    assert toolbar_text("Copy all live li&nks") == "Copy all live links"
    assert toolbar_text("Q&&A") == "Q&A"
