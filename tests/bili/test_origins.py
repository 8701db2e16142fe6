from __future__ import annotations

import pytest

from gui.bili.origins import OriginError, ServiceOrigins, normalise_origin


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://127.9.9.9:1/", "http://127.9.9.9:1"),
        ("http://[::1]:5000", "http://[::1]:5000"),
        ("http://localhost:5000", "http://localhost:5000"),
        ("https://API.bilibili.com", "https://api.bilibili.com"),
    ],
)
def test_accepted_origins(url: str, origin: str) -> None:
    assert normalise_origin(url) == origin


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://192.168.1.10:8080", "https"),
        ("http://api.bilibili.com", "https"),
        ("ftp://127.0.0.1", "http(s)"),
        ("https://api.bilibili.com/x/web", "without a path"),
        ("127.0.0.1:8080", "http(s)"),
        ("http://user:pw@127.0.0.1:8080", "user name or password"),
        ("https://user@api.bilibili.com", "user name or password"),
    ],
)
def test_refused_origins(url: str, reason: str) -> None:
    with pytest.raises(OriginError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        normalise_origin(url)


def test_single_base_replaces_every_service() -> None:
    origins = ServiceOrigins.single("http://127.0.0.1:9")
    assert origins.all() == {"http://127.0.0.1:9"}
    assert len(ServiceOrigins().all()) == 3


def test_userinfo_is_a_usage_error_on_the_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from gui.cli import EXIT_USAGE, main

    cookie = "SESSDATA=a; bili_jct=b; DedeUserID=1"
    code = main(["status", "--api-base", "http://user:secret@127.0.0.1:9", "--cookie", cookie])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    assert "user name or password" in err
    assert "secret" not in err
