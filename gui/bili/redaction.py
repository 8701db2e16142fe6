"""Keeps cookie values out of log records, whoever writes them.

httpcore's debug trace logs every response header, Set-Cookie included: a sign-in reply would
put SESSDATA into any log file that has debug logging on. A filter on the HTTP libraries'
loggers rewrites such records before any handler sees them.
"""

from __future__ import annotations

import logging
import re

REDACTED = "<redacted>"
# Header tuples as httpcore prints them: (b'set-cookie', b'SESSDATA=...; Path=/')
# (and a proxy's credentials: (b'proxy-authorization', b'Basic ...'))
_HEADER = re.compile(
    r"""(\(b?['"](?:(?:set-)?cookie|(?:proxy-)?authorization)['"],\s*b?['"])[^'"]*(['"])""",
    re.IGNORECASE,
)
# A SOCKS5 proxy's credentials as httpcore's trace prints them: auth=(b'user', b'secret')
_SOCKS_AUTH = re.compile(r"""\bauth=\(b?(['"])[^'"]*\1,\s*b?(['"])[^'"]*\2\)""")
# A password in a URL's user info: socks5://user:secret@proxy:1080
_USERINFO = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^/\s:@'\"]*:)[^@\s/'\"]+@", re.IGNORECASE)
# name=value pairs of the secret cookies anywhere in a message (headers, URLs, reprs).
_PAIR = re.compile(r"\b(SESSDATA|bili_jct|DedeUserID__ckMd5|refresh_token|sid)=([^;&\s'\"]+)")
HTTP_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "uvicorn.access",
    "uvicorn.error",
)


def redact(text: str) -> str:
    text = _HEADER.sub(rf"\1{REDACTED}\2", text)
    text = _USERINFO.sub(rf"\1{REDACTED}@", text)
    text = _SOCKS_AUTH.sub(f"auth=({REDACTED})", text)
    return _PAIR.sub(rf"\1={REDACTED}", text)


class SecretRedactor(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_installed = False


def install() -> None:
    """Attach the redactor to the HTTP libraries' loggers (once)."""
    global _installed
    if _installed:
        return
    redactor = SecretRedactor()
    for name in HTTP_LOGGERS:
        logging.getLogger(name).addFilter(redactor)
    _installed = True
