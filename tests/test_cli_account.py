"""`bilidrop login`, `logout` and `whoami` against the emulator, with an in-memory keyring
standing in for the system one (the real Secret Service is tested in tests/store)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from gui import cli_account
from gui.bili.client import BiliClient
from gui.bili.credentials import Credentials
from gui.bili.errors import NotSignedIn
from gui.bili.origins import ServiceOrigins
from gui.cli import main
from gui.cli_common import EXIT_FAILED, EXIT_OK, EXIT_SIGNED_OUT
from gui.emulator.accounts import Ageing
from gui.emulator.server import Emulator
from gui.store.credential_store import SERVICE, CredentialStore, entry_for
from tests.conftest import MemoryKeyring

MakeFile = Callable[..., Path]


@pytest.fixture
def auto_emulator(monkeypatch: pytest.MonkeyPatch) -> Iterator[Emulator]:
    """Codes turn scanned after 2 s and confirmed after 4 s of the emulator's clock, which
    each poll's wait moves on by one second: no real waiting, and the same steps every run."""
    with Emulator(qr_auto=2) as emu:
        monkeypatch.setattr(cli_account.time, "sleep", lambda seconds: emu.clock.advance(1))
        yield emu


@pytest.fixture(autouse=True)
def quick_polls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_account, "POLL_SECONDS", 0.02)
    monkeypatch.delenv("BILIDROP_COOKIE", raising=False)


def stored(memory_keyring: MemoryKeyring, emulator: Emulator) -> Credentials:
    text = memory_keyring.entries[(SERVICE, f"account@{emulator.base_url}")]
    return Credentials.from_dict(json.loads(text))


def test_login_whoami_upload_logout(
    auto_emulator: Emulator, memory_keyring: MemoryKeyring, make_file: MakeFile, capsys, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    base = ["--api-base", auto_emulator.base_url]
    assert main(["login", *base]) == EXIT_OK
    out, err = capsys.readouterr()
    assert "█" in out  # the QR code, drawn in the terminal
    assert "Scanned: confirm the sign-in on your phone." in out
    assert "Signed in as BiliDrop 演示账号 (mid 20261129)" in out
    credentials = stored(memory_keyring, auto_emulator)
    assert (SERVICE, "account") not in memory_keyring.entries  # the real account is untouched

    assert main(["whoami", *base]) == EXIT_OK
    assert capsys.readouterr().out.startswith("BiliDrop 演示账号 (mid 20261129) · kept in:")
    assert main(["upload", str(make_file()), *base]) == EXIT_OK  # credentials from the keyring
    upload_out, upload_err = capsys.readouterr()

    assert main(["logout", *base]) == EXIT_OK
    assert "revoked" in capsys.readouterr().out
    assert memory_keyring.entries == {}
    with BiliClient(credentials, ServiceOrigins.single(auto_emulator.base_url)) as c:
        with pytest.raises(NotSignedIn):
            c.heartbeat()
    assert main(["whoami", "--json", *base]) == EXIT_SIGNED_OUT
    assert json.loads(capsys.readouterr().out)["signed_in"] is False

    everything = out + err + upload_out + upload_err + caplog.text
    for secret in credentials.secret_values():
        assert secret not in everything


def test_expired_codes_give_up(
    emulator: Emulator, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setattr(cli_account.time, "sleep", lambda s: emulator.clock.advance(100))
    assert main(["login", "--api-base", emulator.base_url]) == EXIT_FAILED
    out, err = capsys.readouterr()
    assert out.count("The code expired; here is a new one.") == cli_account.MAX_CODES
    assert "No sign-in" in err
    assert memory_keyring.entries == {}


def test_login_with_cookie(emulator: Emulator, memory_keyring: MemoryKeyring, capsys) -> None:
    cookie = emulator.sign_in().cookie_header()
    assert main(["login", "--cookie", cookie, "--api-base", emulator.base_url]) == EXIT_OK
    assert "Signed in as" in capsys.readouterr().out
    assert stored(memory_keyring, emulator).cookie_header() == cookie


def test_login_with_stale_or_broken_cookie(
    emulator: Emulator, memory_keyring: MemoryKeyring, capsys
) -> None:
    stale = emulator.sign_in()
    emulator.revoke(stale)
    base = ["--api-base", emulator.base_url]
    assert main(["login", "--cookie", stale.cookie_header(), *base]) == EXIT_SIGNED_OUT
    assert "signed out or expired" in capsys.readouterr().err
    assert main(["login", "--cookie", "SESSDATA=x; bili_jct=y", *base]) == EXIT_FAILED
    assert "DedeUserID" in capsys.readouterr().err
    assert memory_keyring.entries == {}


def test_logout_when_not_signed_in(
    emulator: Emulator, memory_keyring: MemoryKeyring, capsys
) -> None:
    assert main(["logout", "--api-base", emulator.base_url]) == EXIT_OK
    assert "Not signed in" in capsys.readouterr().out


def alive(emulator: Emulator, credentials: Credentials) -> bool:
    with BiliClient(credentials, ServiceOrigins.single(emulator.base_url)) as client:
        try:
            client.heartbeat()
        except NotSignedIn:
            return False
    return True


def test_logout_of_a_pasted_cookie_forgets_it_here_and_everywhere_revokes(
    emulator: Emulator, memory_keyring: MemoryKeyring, capsys
) -> None:
    base = ["--api-base", emulator.base_url]
    pasted = emulator.sign_in()  # a browser's session
    assert main(["login", "--cookie", pasted.cookie_header(), *base]) == EXIT_OK
    assert main(["logout", *base]) == EXIT_OK
    assert "browser" in capsys.readouterr().out
    assert memory_keyring.entries == {}
    assert alive(emulator, pasted)  # the browser is still signed in
    assert main(["login", "--cookie", pasted.cookie_header(), *base]) == EXIT_OK
    assert main(["logout", "--everywhere", *base]) == EXIT_OK
    assert not alive(emulator, pasted)


def test_refresh_renews_a_due_qr_sign_in_and_whoami_says_when(
    memory_keyring: MemoryKeyring, capsys
) -> None:
    with Emulator(ageing=Ageing(refresh_after=100)) as emulator:
        base = ["--api-base", emulator.base_url]
        old = emulator.sign_in(via_qr=True)
        store = CredentialStore(entry=entry_for(emulator.base_url))
        store.save(old)
        assert main(["refresh", *base]) == EXIT_OK
        assert "does not need renewing" in capsys.readouterr().out
        emulator.clock.advance(101)
        assert main(["refresh", *base]) == EXIT_OK
        assert "Sign-in renewed." in capsys.readouterr().out
        new = store.load()
        assert new is not None
        assert new != old
        assert not alive(emulator, old)
        assert main(["whoami", *base]) == EXIT_OK
        assert f"last renewed: {new.renewed_at}" in capsys.readouterr().out
        emulator.revoke(new)
        assert main(["refresh", *base]) == EXIT_SIGNED_OUT
