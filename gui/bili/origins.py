"""Where the services live, and the rule that plain http is for loopback only."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit


class OriginError(ValueError):
    """A service base URL that the client refuses to send credentials to."""


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalise_origin(url: str) -> str:
    """`scheme://host[:port]` of a base URL; http is accepted for loopback hosts only."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise OriginError(f"{url!r} is not an http(s) URL such as https://api.bilibili.com")
    if parts.username is not None or parts.password is not None:
        raise OriginError(
            f"{parts.scheme}://…@{parts.hostname}: a user name or password in the URL is not "
            "supported; sign in with 'bilidrop login' or --cookie instead"
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise OriginError(f"{url!r}: give only scheme, host and port, without a path")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise OriginError(
            f"{url!r}: plain http would expose the sign-in cookies; use https "
            "(http is allowed for 127.0.0.1, ::1 and localhost only)"
        )
    return f"{parts.scheme}://{parts.netloc}".lower()


@dataclass(frozen=True)
class ServiceOrigins:
    """The origins credentials may be sent to, one per Bilibili service."""

    customerservice: str = "https://customerservice.bilibili.com"
    passport: str = "https://passport.bilibili.com"
    api: str = "https://api.bilibili.com"
    # The web site: cookies go there for the cookie-refresh page only (see BiliClient).
    www: str = "https://www.bilibili.com"

    @classmethod
    def single(cls, base_url: str) -> ServiceOrigins:
        """One origin serving every endpoint, as the emulator does."""
        origin = normalise_origin(base_url)
        return cls(customerservice=origin, passport=origin, api=origin, www=origin)

    def all(self) -> frozenset[str]:
        """The API origins, where every request may carry the cookies."""
        return frozenset({self.customerservice, self.passport, self.api})

    @property
    def loopback(self) -> bool:
        """Every origin is on this machine (an emulator): never reached through a proxy."""
        every = self.all() | {self.www}
        return all(_is_loopback(urlsplit(origin).hostname or "") for origin in every)
