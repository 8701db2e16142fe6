from __future__ import annotations

from datetime import UTC, datetime, timedelta

from gui.bili.links import link_expiry

DOC_LINK = (
    "https://jssz-boss.hdslb.com/customer-video-upload/1a0c88d240852155a111e4cc6893be39.xcf"
    "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=f9TxwsagojnE1DWM%2F20240803%2Fjssz%2Fs3"
    "%2Faws4_request&X-Amz-Date=20240803T115447Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host"
    "&X-Amz-Signature=cef962c8e503c6ff564fd485bdef1079df1b4a7e38f4fbd9c21a5667207f406e"
)
REPLIED = datetime(2030, 1, 1, tzinfo=UTC)


def test_expiry_of_the_documented_link() -> None:
    assert link_expiry(DOC_LINK, replied_at=REPLIED) == datetime(2024, 8, 3, 12, 9, 47, tzinfo=UTC)


def test_expiry_uses_the_links_own_lifetime() -> None:
    link = DOC_LINK.replace("X-Amz-Expires=900", "X-Amz-Expires=60")
    assert link_expiry(link, replied_at=REPLIED) == datetime(2024, 8, 3, 11, 55, 47, tzinfo=UTC)


def test_fallback_is_reply_time_plus_15_minutes() -> None:
    for link in ("https://example.invalid/file", DOC_LINK.replace("20240803T115447Z", "garbage")):
        assert link_expiry(link, replied_at=REPLIED) == REPLIED + timedelta(seconds=900)
