"""Presigned download links in the shape of S3 SigV4 query signing, with a real HMAC."""

from __future__ import annotations

import calendar
import hashlib
import hmac
import time
from dataclasses import dataclass
from urllib.parse import quote

from gui.bili.limits import LINK_TTL_SECONDS

REGION = "jssz"
SERVICE = "s3"
BUCKET_PATH = "/customer-video-upload/"
SIGNED_PARAMS = (
    "X-Amz-Algorithm",
    "X-Amz-Credential",
    "X-Amz-Date",
    "X-Amz-Expires",
    "X-Amz-SignedHeaders",
)


def _hmac(key: bytes, text: str) -> bytes:
    return hmac.new(key, text.encode(), hashlib.sha256).digest()


def _encode(value: str) -> str:
    return quote(value, safe="-_.~")


@dataclass(frozen=True)
class LinkSigner:
    """Signs and checks links for one access key; `ttl` is the link lifetime in seconds."""

    access_key: str
    secret_key: str
    ttl: int = LINK_TTL_SECONDS

    def _signature(self, host: str, path: str, params: dict[str, str]) -> str:
        query = "&".join(f"{_encode(k)}={_encode(params[k])}" for k in sorted(params))
        canonical = f"GET\n{quote(path)}\n{query}\nhost:{host}\n\nhost\nUNSIGNED-PAYLOAD"
        day = params["X-Amz-Date"][:8]
        scope = f"{day}/{REGION}/{SERVICE}/aws4_request"
        to_sign = (
            f"AWS4-HMAC-SHA256\n{params['X-Amz-Date']}\n{scope}\n"
            + hashlib.sha256(canonical.encode()).hexdigest()
        )
        key = _hmac(("AWS4" + self.secret_key).encode(), day)
        for part in (REGION, SERVICE, "aws4_request"):
            key = _hmac(key, part)
        return hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()

    def sign(self, origin: str, key: str, now: float) -> str:
        """The full link to `key` on `origin` (scheme://host:port), valid `ttl` s from `now`."""
        host = origin.split("://", 1)[1]
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(now))
        params = {
            "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
            "X-Amz-Credential": f"{self.access_key}/{stamp[:8]}/{REGION}/{SERVICE}/aws4_request",
            "X-Amz-Date": stamp,
            "X-Amz-Expires": str(self.ttl),
            "X-Amz-SignedHeaders": "host",
        }
        path = BUCKET_PATH + key
        params["X-Amz-Signature"] = self._signature(host, path, params)
        query = "&".join(f"{k}={_encode(v)}" for k, v in params.items())
        return f"{origin}{quote(path)}?{query}"

    def check(self, host: str, path: str, query: dict[str, str], now: float) -> str | None:
        """None if the link is good now, else the S3 error code that refuses it."""
        if set(query) != {*SIGNED_PARAMS, "X-Amz-Signature"}:
            return "AuthorizationQueryParametersError"
        params = {k: query[k] for k in SIGNED_PARAMS}
        expected = self._signature(host, path, params)
        if not hmac.compare_digest(expected, query["X-Amz-Signature"]):
            return "SignatureDoesNotMatch"
        try:
            signed_at = calendar.timegm(time.strptime(params["X-Amz-Date"], "%Y%m%dT%H%M%SZ"))
            lifetime = int(params["X-Amz-Expires"])
        except ValueError:
            return "AuthorizationQueryParametersError"
        if now > signed_at + lifetime:
            return "AccessDenied"
        return None
