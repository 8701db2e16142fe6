"""Which proxy the connections use: the system's (default), none, or one given by hand.

"The system's" is what the OS says: the environment on Linux (`HTTPS_PROXY`, `ALL_PROXY`,
`NO_PROXY`), the registry on Windows and the network settings on macOS; httpx reads all
three through the standard library (`urllib.request.getproxies`). A loopback service (the
emulator) is never reached through a proxy: its cookies would travel to it in plain http.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urlsplit

from gui.i18n import tr

if TYPE_CHECKING:
    import ssl

SCHEMES = ("http", "https", "socks5", "socks5h")


@cache
def system_trust() -> ssl.SSLContext:
    """The operating system's certificate store (Windows, macOS and Linux alike, through
    truststore): a company's own root certificate, installed there for its proxy, is trusted
    as the browsers trust it. One context, made when the first connection is."""
    import ssl

    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class ProxyMode(StrEnum):
    SYSTEM = "system"
    NONE = "none"
    MANUAL = "manual"


class ProxyError(ValueError):
    """A proxy URL that cannot be used; the message says what to give (never the password)."""


def split_proxy_url(url: str) -> tuple[str, str, str]:
    """(the URL without credentials, user, password) of a proxy URL such as
    `socks5://user:secret@proxy.example:1080`."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise ProxyError(tr("the proxy's port is not a number")) from None
    if parts.scheme not in SCHEMES or not parts.hostname:
        raise ProxyError(
            tr("give the proxy as http://HOST:PORT, https://HOST:PORT or socks5://HOST:PORT")
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ProxyError(tr("give only the proxy's scheme, host and port, without a path"))
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    bare = f"{parts.scheme}://{host}" + (f":{port}" if port else "")
    return bare, unquote(parts.username or ""), unquote(parts.password or "")


@dataclass(frozen=True)
class Proxy:
    mode: ProxyMode = ProxyMode.SYSTEM
    url: str = ""  # MANUAL: scheme://host:port, without credentials
    user: str = ""
    password: str = field(default="", repr=False)

    @classmethod
    def manual(cls, url: str, user: str = "", password: str = "") -> Proxy:
        """A proxy given by hand; credentials in the URL count as given apart."""
        bare, url_user, url_password = split_proxy_url(url)
        return cls(ProxyMode.MANUAL, bare, user or url_user, password or url_password)

    def with_password(self, password: str) -> Proxy:
        return Proxy(self.mode, self.url, self.user, password)

    def client_options(self, *, loopback: bool) -> dict[str, Any]:
        """httpx.Client keyword arguments for connections to the service (or its links)."""
        import httpx

        if loopback:
            return {"trust_env": False}
        verify = {"verify": system_trust()}
        if self.mode is ProxyMode.NONE:
            return {"trust_env": False, **verify}
        if self.mode is ProxyMode.SYSTEM or not self.url:
            return {"trust_env": True, **verify}
        url = self.url
        if self.user:
            # httpx takes the credentials from the URL for every scheme (SOCKS5 included).
            scheme, rest = url.split("://", 1)
            userinfo = f"{quote(self.user, safe='')}:{quote(self.password, safe='')}"
            url = f"{scheme}://{userinfo}@{rest}"
        return {"trust_env": True, "proxy": httpx.Proxy(url), **verify}

    def described(self) -> str:
        """In words, for logs and messages: never the password."""
        if self.mode is not ProxyMode.MANUAL:
            return f"{self.mode.value} proxy"
        return f"proxy {self.url}" + (f" as {self.user}" if self.user else "")
