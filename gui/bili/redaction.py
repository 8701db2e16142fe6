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
_HEADER = re.compile(r"""(\(b?['"](?:set-)?cookie['"],\s*b?['"])[^'"]*(['"])""", re.IGNORECASE)
# name=value pairs of the secret cookies anywhere in a message (headers, URLs, reprs).
_PAIR = re.compile(r"\b(SESSDATA|bili_jct|DedeUserID__ckMd5|refresh_token|sid)=([^;&\s'\"]+)")
HTTP_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "uvicorn.access",
    "uvicorn.error",
)


def redact(text: str) -> str:
    return _PAIR.sub(rf"\1={REDACTED}", _HEADER.sub(rf"\1{REDACTED}\2", text))


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
