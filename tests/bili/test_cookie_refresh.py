"""Renewing a QR sign-in against the emulator, whose sessions age by its clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

from gui.bili.bad_reply import BadReply, Reply
from gui.bili.client import BiliClient
from gui.bili.cookie_refresh import BILIBILI_REFRESH_KEY, COOKIE_INFO_PATH, correspond_path
from gui.bili.credentials import Credentials, SignInSource
from gui.bili.errors import BiliError, NotSignedIn
from gui.bili.origins import ServiceOrigins
from gui.emulator.accounts import Ageing
from gui.emulator.server import Emulator

OAEP = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


@pytest.fixture
def ageing_emulator() -> Iterator[Emulator]:
    with Emulator(ageing=Ageing(refresh_after=100, lifetime=10_000)) as emulator:
        yield emulator


def client_for(emulator: Emulator, credentials: Credentials) -> BiliClient:
    return BiliClient(credentials, ServiceOrigins.single(emulator.base_url))


def works(emulator: Emulator, credentials: Credentials) -> bool:
    with client_for(emulator, credentials) as client:
        try:
            client.heartbeat()
        except NotSignedIn:
            return False
    return True


def test_correspond_path_is_256_lowercase_hex_digits_with_leading_zeros() -> None:
    # OAEP is randomised: encrypt until a ciphertext starts with a zero byte (1 in 256; the
    # chance of none in 5000 tries is about 3e-9), checking every path on the way.
    for n in range(5000):
        path = correspond_path(1684466082562 + n, BILIBILI_REFRESH_KEY)
        assert len(path) == 256
        assert set(path) <= set("0123456789abcdef")
        if path.startswith("00"):
            break
    else:
        pytest.fail("no ciphertext with a leading zero byte in 5000 tries")


def test_the_emulator_decrypts_what_the_client_built_with_its_public_key(
    ageing_emulator: Emulator,
) -> None:
    key = ageing_emulator.state.refresh_key
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    with client_for(ageing_emulator, ageing_emulator.demo_credentials) as client:
        assert client.refresh_key() == public  # fetched from the loopback service
    path = correspond_path(1700000000123, public)
    assert key.decrypt(bytes.fromhex(path), OAEP) == b"refresh_1700000000123"


def test_a_qr_sign_in_is_renewed_when_due_and_the_old_cookie_dies_after_confirm(
    ageing_emulator: Emulator,
) -> None:
    old = ageing_emulator.sign_in(via_qr=True)
    assert old.source == SignInSource.QR
    kept: list[Credentials] = []

    def keep(new: Credentials) -> None:
        assert works(ageing_emulator, old)  # the old cookie still works until the confirm
        kept.append(new)

    with client_for(ageing_emulator, old) as client:
        assert client.renew(keep) is None  # not due yet
        ageing_emulator.clock.advance(101)
        new = client.renew(keep)
    assert new is not None
    assert kept == [new]
    assert new.sessdata != old.sessdata
    assert new.refresh_token not in ("", old.refresh_token)
    assert new.renewed_at
    assert works(ageing_emulator, new)
    assert not works(ageing_emulator, old)  # confirmed: the old session is over


@pytest.mark.parametrize("fault", ["http500", "invalid_json", "code=86095"])
def test_a_failed_refresh_step_leaves_the_old_session_working(
    ageing_emulator: Emulator, fault: str
) -> None:
    old = ageing_emulator.sign_in(via_qr=True)
    ageing_emulator.clock.advance(101)
    kind, _, value = fault.partition("=")
    ageing_emulator.faults.add(kind, float(value or 0), endpoint="cookie_refresh")
    kept: list[Credentials] = []
    with client_for(ageing_emulator, old) as client, pytest.raises(BiliError):
        client.renew(kept.append)
    assert kept == []
    assert works(ageing_emulator, old)


def test_a_pasted_session_is_never_renewed(ageing_emulator: Emulator) -> None:
    pasted = ageing_emulator.sign_in()  # a browser's session
    assert pasted.pasted
    assert not pasted.renewable
    ageing_emulator.clock.advance(101)
    with client_for(ageing_emulator, pasted) as client:
        assert client.renew(lambda new: None) is None
    assert not any(r.path == COOKIE_INFO_PATH for r in ageing_emulator.requests)


def test_a_stale_correspond_path_gets_404(ageing_emulator: Emulator) -> None:
    credentials = ageing_emulator.sign_in(via_qr=True)
    with client_for(ageing_emulator, credentials) as client:
        with pytest.raises(BadReply) as caught:
            client.refresh_csrf(1)  # 1970: far outside the tolerance
    assert caught.value.what is Reply.NO_REFRESH_PAGE
    assert caught.value.status == 404


def test_sessions_age_out(ageing_emulator: Emulator) -> None:
    credentials = ageing_emulator.sign_in(via_qr=True)
    ageing_emulator.clock.advance(10_001)
    assert not works(ageing_emulator, credentials)


def test_a_browser_renews_its_own_session_which_kills_the_pasted_copy() -> None:
    with Emulator(ageing=Ageing(browser_renews_after=50)) as emulator:
        pasted = emulator.sign_in()
        assert works(emulator, pasted)  # first use starts the browser's clock
        emulator.clock.advance(51)
        assert not works(emulator, pasted)
