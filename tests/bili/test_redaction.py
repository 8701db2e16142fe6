from __future__ import annotations

import logging

from gui.bili.redaction import REDACTED, SecretRedactor, redact


def test_header_tuples_and_pairs_are_redacted() -> None:
    text = (
        "receive_response_headers.complete return_value=(b'HTTP/1.1', 200, b'OK', "
        "[(b'set-cookie', b'SESSDATA=ab%2C1*c; Path=/'), (b'Content-Type', b'json'), "
        "(b'cookie', b'bili_jct=zz')]) url=https://x/?SESSDATA=q&bili_jct=r&gourl=y"
    )
    cleaned = redact(text)
    for secret in ("ab%2C1*c", "bili_jct=zz", "SESSDATA=q", "bili_jct=r"):
        assert secret not in cleaned
    assert f"(b'set-cookie', b'{REDACTED}')" in cleaned
    assert "(b'Content-Type', b'json')" in cleaned  # other headers stay readable
    assert "gourl=y" in cleaned


def test_filter_rewrites_records_with_arguments() -> None:
    record = logging.LogRecord(
        "httpcore.http11",
        logging.DEBUG,
        __file__,
        1,
        "headers=%s",
        ([(b"set-cookie", b"SESSDATA=secret1")],),
        None,
    )
    assert SecretRedactor().filter(record)
    assert "secret1" not in record.getMessage()
    plain = logging.LogRecord("httpx", logging.INFO, __file__, 1, "GET %s", ("/nav",), None)
    SecretRedactor().filter(plain)
    assert plain.getMessage() == "GET /nav"
