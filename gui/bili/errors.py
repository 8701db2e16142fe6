"""The error model: every failure is a `BiliError` with a plain-language message.

Each error says whether trying again can help (`retryable`). Messages never carry
credentials: they are built from codes, paths and server messages only.
"""

from __future__ import annotations

from pathlib import Path


class BiliError(Exception):
    """Base of every error the client raises.

    Attributes:
        message: what happened and what to do, in plain words.
        retryable: whether the same request may succeed later.
        code: the service's numeric code, when the service gave one.
    """

    retryable = False

    def __init__(self, message: str, *, code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


# --- Problems with the local file, found before a byte is sent --------------------------------


class FileProblem(BiliError):
    """The local file cannot be uploaded as it is."""

    def __init__(self, path: Path, message: str, *, code: int | None = None) -> None:
        super().__init__(message, code=code)
        self.path = path


class FileMissing(FileProblem):
    def __init__(self, path: Path) -> None:
        super().__init__(path, "the file does not exist (moved or deleted?).")


class NotAFile(FileProblem):
    def __init__(self, path: Path) -> None:
        super().__init__(path, "not a regular file (a folder or a device).")


class FileUnreadable(FileProblem):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, f"cannot be read ({reason}). Check its permissions.")
        self.reason = reason


class FileEmpty(FileProblem):
    def __init__(self, path: Path) -> None:
        super().__init__(path, "the file is empty; there is nothing to send.")


class FileTooLarge(FileProblem):
    """Over the service's size limit: found locally, or said by the service (code 1000011)."""

    def __init__(
        self, path: Path, size: int | None, limit: int, *, code: int | None = None
    ) -> None:
        shown = f"{format_size(size)} is too large" if size is not None else "too large"
        super().__init__(
            path,
            f"{shown}: the service accepts files up to {format_size(limit)}. "
            "Split or compress it first.",
            code=code,
        )
        self.size = size
        self.limit = limit


# --- What the service said ---------------------------------------------------------------------


class NotSignedIn(BiliError):
    def __init__(self, code: int = -101) -> None:
        super().__init__("Not signed in, or the sign-in has expired. Sign in again.", code=code)


class CsrfRejected(BiliError):
    def __init__(self, code: int = -111) -> None:
        super().__init__(
            "The service rejected the csrf token (bili_jct). Sign in again to refresh it.",
            code=code,
        )


class UserInfoFailed(BiliError):
    def __init__(self, code: int = 1200201) -> None:
        super().__init__(
            "The service could not read this account's details (the mid does not match the "
            "sign-in?). Sign in again.",
            code=code,
        )


class RateLimited(BiliError):
    """The service throttles or blocks this client for now (-412, -799, -509, HTTP 429)."""

    retryable = True

    def __init__(self, code: int | None, detail: str = "") -> None:
        what = f"code {code}" if code is not None else "HTTP 429"
        extra = f": {detail}" if detail else ""
        self.detail = detail
        super().__init__(
            f"The service is limiting requests ({what}{extra}). Wait a minute and try again.",
            code=code,
        )


class ServiceError(BiliError):
    """A code the client has no special meaning for; never taken as success."""

    def __init__(self, code: int, service_message: str) -> None:
        said = service_message or "no message"
        super().__init__(f"The service answered with code {code}: {said}.", code=code)
        self.service_message = service_message


# --- Trouble on the way --------------------------------------------------------------------------


class TransportError(BiliError):
    """Could not connect, timed out, or the connection broke: worth another try."""

    retryable = True

    def __init__(self, what: str) -> None:
        super().__init__(f"Could not reach the service ({what}). Check the connection.")
        self.what = what


class BadReply(BiliError):
    """The reply was not what the API documents: an HTML page, bad JSON, an odd shape, HTTP 5xx."""

    def __init__(self, what: str, *, status: int | None = None) -> None:
        shown = f" (HTTP {status})" if status is not None else ""
        super().__init__(f"The service sent an unexpected reply{shown}: {what}.")
        self.what = what
        self.status = status
        self.retryable = status is not None and status >= 500


class UploadCancelled(BiliError):
    def __init__(self) -> None:
        super().__init__("Upload cancelled.")


def format_size(size: int) -> str:
    """Sizes the way people read them: 1023 B, 4.0 KiB, 300.0 MiB."""
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{int(value)} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


RATE_LIMIT_CODES = frozenset({-412, -799, -509})


def error_for_code(code: int, service_message: str) -> BiliError:
    """The typed error for a non-zero service code (1000011 needs the file: see the client)."""
    if code == -101:
        return NotSignedIn(code)
    if code == -111:
        return CsrfRejected(code)
    if code == 1200201:
        return UserInfoFailed(code)
    if code in RATE_LIMIT_CODES:
        return RateLimited(code, service_message)
    return ServiceError(code, service_message)
