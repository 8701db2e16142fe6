"""Settings → Desktop and Network through the real dialog: the login item follows the tick
box (read back from the autostart folder), and a proxy given by hand keeps its password in
the keyring, never in the settings file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from gui.bili.proxy import Proxy, ProxyMode
from gui.common.autostart import Autostart
from gui.common.settings import Settings
from gui.store.credential_store import SERVICE, CredentialStore
from gui.store.proxy_passwords import entry_of
from gui.ui.settings_dialog import SettingsDialog
from tests.conftest import MemoryKeyring
from tests.ui.conftest import open_window


def test_start_at_login_writes_and_removes_the_autostart_entry(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    autostart = Autostart("linux", home=tmp_path, config_home=tmp_path / "config")
    dialog = SettingsDialog(settings, autostart=autostart)
    qtbot.addWidget(dialog)
    assert not dialog.start_at_login.isChecked()
    dialog.start_at_login.setChecked(True)
    dialog.accept()
    assert autostart.desktop_file.exists()
    assert "--minimized" in autostart.desktop_file.read_text()

    again = SettingsDialog(settings, autostart=autostart)  # reads back what is installed
    qtbot.addWidget(again)
    assert again.start_at_login.isChecked()
    again.start_at_login.setChecked(False)
    again.accept()
    assert not autostart.desktop_file.exists()


def test_an_unusable_proxy_url_keeps_the_dialog_open_and_says_why(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    autostart = Autostart("linux", home=tmp_path, config_home=tmp_path)
    dialog = SettingsDialog(settings, autostart=autostart)
    qtbot.addWidget(dialog)
    dialog.show()
    network = dialog.network
    assert not network.url.isEnabled()  # only for a proxy given by hand
    network.mode.setCurrentIndex(network.mode.findData(ProxyMode.MANUAL))
    assert network.url.isEnabled()
    network.url.setText("proxy.example:3128")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert network.problem.isVisible()
    assert "socks5://" in network.problem.text()
    network.url.setText("socks5://proxy.example:1080")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_proxy == Proxy(ProxyMode.MANUAL, "socks5://proxy.example:1080")


def test_a_manual_proxy_is_used_and_its_password_kept_in_the_keyring(
    qtbot, settings: Settings, emulator, tmp_path: Path
) -> None:
    keyring = MemoryKeyring()
    window = open_window(qtbot, settings, emulator, store=CredentialStore(keyring))
    qtbot.waitUntil(lambda: window.session.running)
    window.dialogs.open_settings()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog))
    network = dialog.network
    network.mode.setCurrentIndex(network.mode.findData(ProxyMode.MANUAL))
    network.url.setText("http://proxy.example:3128")
    network.user.setText("alice")
    network.password.setText("pa55-word")
    dialog.start_at_login.setChecked(dialog.autostart.enabled())  # leave the desktop alone
    dialog.accept()
    chosen = Proxy(ProxyMode.MANUAL, "http://proxy.example:3128", "alice", "pa55-word")
    assert window.session.proxy == chosen
    assert window.session.service_config().proxy == chosen
    qtbot.waitUntil(lambda: keyring.get_password(SERVICE, entry_of(chosen)) == "pa55-word")
    settings.sync()
    stored = Path(settings.store.fileName()).read_text()
    assert "http://proxy.example:3128" in stored
    assert "pa55-word" not in stored

    # The next start reads the password back from the keyring before any request.
    window.session.shutdown()
    again = open_window(qtbot, settings, emulator, store=CredentialStore(keyring))
    assert again.session.proxy == chosen.with_password("")
    qtbot.waitUntil(lambda: again.session.proxy == chosen)
    again.session.shutdown()


def test_keeping_to_the_tray_is_disabled_without_a_tray(qtbot, settings: Settings) -> None:
    without = SettingsDialog(settings, tray_available=lambda: False)
    qtbot.addWidget(without)
    assert not without.keep_in_tray.isEnabled()
    assert "no system tray" in without.keep_in_tray.toolTip()
    with_tray = SettingsDialog(settings, tray_available=lambda: True)
    qtbot.addWidget(with_tray)
    assert with_tray.keep_in_tray.isEnabled()


def test_a_new_language_offers_a_restart_that_quits_and_starts_the_same_service_again(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    from gui.emulator.server import Emulator
    from gui.ui.main_window import MainWindow

    with Emulator() as emulator:
        window: MainWindow = open_window(qtbot, settings, emulator)
        asked: list[str] = []
        answer = [False]
        window.confirm = lambda title, text: asked.append(title) or answer[0]  # type: ignore[func-returns-value]

        def change_language(to: str) -> None:
            window.dialogs.open_settings()
            dialog = window.findChildren(SettingsDialog)[-1]
            dialog.autostart = Autostart("linux", home=tmp_path, config_home=tmp_path)
            dialog.language.setCurrentIndex(dialog.language.findData(to))
            dialog.accept()

        change_language(settings.language)  # unchanged: nothing to ask
        assert asked == []
        change_language("zh_CN")
        assert asked == ["Restart BiliDrop?"]
        assert settings.language == "zh_CN"  # kept for the next start either way
        assert not window.restart_requested  # "Later"
        assert window.isVisible()

        answer[0] = True
        closed: list[bool] = []
        window.closed.connect(lambda: closed.append(True))
        change_language("en")
        assert window.restart_requested
        assert closed == [True]  # the launcher ends this process and starts the next
        window.session.shutdown()


def test_the_restart_command_runs_bilidrop_for_the_same_service() -> None:
    import subprocess

    from gui.common.restart import restart_command

    assert restart_command(demo=True, origin=None)[1][-1] == "--demo"
    program, arguments = restart_command(demo=False, origin="http://127.0.0.1:9")
    assert arguments[-2:] == ["--api-base", "http://127.0.0.1:9"]
    assert restart_command(demo=False, origin=None)[1] == ["-m", "gui"]
    done = subprocess.run(
        [program, *arguments, "--help"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0
    assert "--api-base" in done.stdout


def test_my_template_writes_links_my_way_and_needs_the_url(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    from gui.common.link_formats import LinkFormat

    dialog = SettingsDialog(settings, autostart=Autostart("linux", config_home=tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.template.isEnabled()  # only for "My template"
    dialog.link_format.setCurrentIndex(dialog.link_format.findData(LinkFormat.CUSTOM))
    assert dialog.template.isEnabled()
    dialog.template.setText("{name} ({size}) -> {url}")
    assert dialog.template_preview.text() == (
        "For example: photo.png (1.2 MiB) -> https://example.invalid/a1b2.png"
    )
    dialog.template.setText("{name} only")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted  # a template without the link
    assert "needs {url}" in dialog.template_preview.text()
    dialog.template.setText("[{name}]({url}) · {expires_at}")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.link_format == LinkFormat.CUSTOM
    assert settings.link_template == "[{name}]({url}) · {expires_at}"
