from __future__ import annotations

import pytest

from gui.bili.credentials import Credentials, CredentialsError

# Obviously fake values in the real shapes.
SESS_ENCODED = "deadbeef%2C1700000000%2Cabc12*f0"
SESS_RAW = "deadbeef,1700000000,abc12*f0"


def test_parses_browser_cookie_header_ignoring_extras() -> None:
    header = (
        "Cookie: buvid3=ABC-123infoc; b_nut=1700000000; SESSDATA=" + SESS_ENCODED + "; "
        "bili_jct=0123456789abcdef0123456789abcdef; DedeUserID=12345; "
        "DedeUserID__ckMd5=feedface; sid=abc"
    )
    creds = Credentials.from_cookie_header(header)
    assert creds.sessdata == SESS_ENCODED
    assert creds.bili_jct == "0123456789abcdef0123456789abcdef"
    assert creds.mid == 12345
    assert creds.dede_user_id_ckmd5 == "feedface"
    assert creds.cookies()["DedeUserID__ckMd5"] == "feedface"


def test_raw_and_encoded_sessdata_are_the_same() -> None:
    raw = Credentials.from_cookie_header(f"SESSDATA={SESS_RAW}; bili_jct=x; DedeUserID=1")
    encoded = Credentials.from_cookie_header(f"SESSDATA={SESS_ENCODED}; bili_jct=x; DedeUserID=1")
    assert raw == encoded
    assert raw.cookie_header().startswith(f"SESSDATA={SESS_ENCODED};")


def test_line_breaks_and_spaces_are_tolerated() -> None:
    creds = Credentials.from_cookie_header(
        f"  SESSDATA={SESS_ENCODED};\n bili_jct=x ;DedeUserID=7\n"
    )
    assert creds.mid == 7


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("bili_jct=x; DedeUserID=1", "SESSDATA"),
        (f"SESSDATA={SESS_ENCODED}; DedeUserID=1", "bili_jct"),
        (f"SESSDATA={SESS_ENCODED}; bili_jct=x", "DedeUserID"),
        ("SESSDATA=; bili_jct=x; DedeUserID=1", "SESSDATA"),
    ],
)
def test_missing_field_is_named(text: str, named: str) -> None:
    with pytest.raises(CredentialsError) as caught:
        Credentials.from_cookie_header(text)
    assert named in str(caught.value)
    assert "x" not in str(caught.value).split("lacks", 1)[1].split(".")[0].replace(named, "")


def test_non_numeric_mid_is_refused() -> None:
    with pytest.raises(CredentialsError, match="numeric"):
        Credentials.from_cookie_header(f"SESSDATA={SESS_ENCODED}; bili_jct=x; DedeUserID=abc")


def test_repr_and_str_hide_secrets() -> None:
    creds = Credentials(SESS_ENCODED, "jct-secret-value", "99", "ck-secret", "refresh-secret")
    for text in (repr(creds), str(creds), f"{creds}"):
        for secret in [*creds.secret_values(), "ck-secret"]:
            assert secret not in text
        assert "99" in text


def test_dict_round_trip() -> None:
    creds = Credentials(SESS_ENCODED, "jct", "99", refresh_token="tok")
    assert Credentials.from_dict(creds.to_dict()) == creds
