"""The error model: every failure is a `BiliError`, worded here and only here.

Each error says whether trying again can help (`retryable`) and carries what it is about as
data (codes, enums, paths), never as English phrases: `message` words it when asked, through
`tr`, so the command line reads English and the window reads the user's language. Messages
never carry credentials: they are built from codes, paths and server messages only.
"""

from __future__ import annotations

import errno
from enum import Enum
from pathlib import Path

from gui.bili.sizes import format_size
from gui.i18n import tr
from gui.shown_text import shown_text


class BiliError(Exception):
    """Base of every error the client raises.

    Attributes:
        message: what happened and what to do, in plain words, in the current language.
        retryable: whether the same request may succeed later.
        code: the service's numeric code, when the service gave one.
        status, retry_after: the reply's HTTP status and Retry-After (s), where they matter.
        final: trying the same file again cannot help until the user changes it.
        empty, size: the file is empty; its size, when known (a file too large).
    """

    retryable = False
    final = False
    empty = False

    def __init__(self, *, code: int | None = None) -> None:
        super().__init__()
        self.code = code
        self.status: int | None = None
        self.retry_after: float | None = None
        self.size: int | None = None

    @property
    def message(self) -> str:
        return self.describe()

    def describe(self) -> str:
        return tr("Something went wrong.")

    def __str__(self) -> str:
        return self.message


def os_reason(error: OSError) -> str:
    """An operating-system error in words, keyed by its errno (strerror is not translated)."""
    number = error.errno
    if number in (errno.EACCES, errno.EPERM):
        return tr("Permission denied")
    if number == errno.ELOOP:
        return tr("a loop of symbolic links")
    if number == errno.ENOSPC:
        return tr("the disk is full")
    if number == errno.ENOENT:
        return tr("it does not exist")
    if number == errno.EISDIR:
        return tr("it is a folder")
    if number in (errno.EBUSY, errno.ETXTBSY):
        return tr("another program is using it")
    return tr("system error {number}").format(number=number if number is not None else "?")


# --- Problems with the local file, found before a byte is sent --------------------------------


class FileProblem(BiliError):
    """The local file cannot be uploaded as it is. A missing or unreadable file may come
    back; an empty, too large or not-a-file one is `final`."""

    final = False
    empty = False

    def __init__(self, path: Path, *, code: int | None = None) -> None:
        super().__init__(code=code)
        self.path = path


class FileMissing(FileProblem):
    def describe(self) -> str:
        return tr("the file does not exist (moved or deleted?).")


class NotAFile(FileProblem):
    final = True

    def describe(self) -> str:
        return tr("not a regular file (a folder or a device).")


class FileUnreadable(FileProblem):
    def __init__(self, path: Path, cause: OSError) -> None:
        super().__init__(path)
        self.errno = cause.errno
        self.reason = os_reason(cause)

    def describe(self) -> str:
        if self.errno in (errno.EACCES, errno.EPERM):
            return tr("cannot be read ({reason}). Check its permissions.").format(
                reason=self.reason
            )
        return tr("cannot be read ({reason}).").format(reason=self.reason)


class FileChanged(FileProblem):
    def describe(self) -> str:
        return tr("the file changed while it was being sent. Retry to send it as it is now.")


class FileEmpty(FileProblem):
    final = True
    empty = True

    def describe(self) -> str:
        return tr("the file is empty; there is nothing to send.")


class FileTooLarge(FileProblem):
    """Over the service's size limit: found locally (`size` known), or said by the service
    (code 1000011, or a gateway's HTTP 413)."""

    final = True

    def __init__(
        self, path: Path, size: int | None, limit: int, *, code: int | None = None
    ) -> None:
        super().__init__(path, code=code)
        self.size = size
        self.limit = limit

    def describe(self) -> str:
        limit = format_size(self.limit)
        if self.code is not None:
            return tr(
                "the service refused it as too large (it accepts files up to {limit}). "
                "Split or compress it first."
            ).format(limit=limit)
        if self.size is None:
            return tr(
                "too large: the service accepts files up to {limit}. Split or compress it first."
            ).format(limit=limit)
        return tr(
            "{size} is too large: the service accepts files up to {limit}. Split or "
            "compress it first."
        ).format(size=format_size(self.size), limit=limit)


# --- What the service said ---------------------------------------------------------------------


class NotSignedIn(BiliError):
    def __init__(self, code: int = -101) -> None:
        super().__init__(code=code)

    def describe(self) -> str:
        return tr("Not signed in, or the sign-in has expired. Sign in again.")


class CsrfRejected(BiliError):
    def __init__(self, code: int = -111) -> None:
        super().__init__(code=code)

    def describe(self) -> str:
        return tr("The service rejected the csrf token (bili_jct). Sign in again to refresh it.")


class UserInfoFailed(BiliError):
    def __init__(self, code: int = 1200201) -> None:
        super().__init__(code=code)

    def describe(self) -> str:
        return tr("The service could not read this account's details. Sign in again.")


class RateLimited(BiliError):
    """The service asked this client to slow down: risk control (HTTP 412 whatever the body,
    code -412), a human check (-352, with its `v_voucher`), or too many requests (-799, -509,
    HTTP 429). Never retried at once: trying again soon prolongs the block. Everything that
    talks to the service waits (a cool-down), starting with `first_wait` seconds."""

    def __init__(
        self,
        code: int | None,
        detail: str = "",
        *,
        status: int | None = None,
        v_voucher: str = "",
    ) -> None:
        super().__init__(code=code)
        self.detail = detail
        self.status = status
        self.v_voucher = v_voucher

    @property
    def human_check(self) -> bool:
        return self.code == -352

    @property
    def risk_control(self) -> bool:
        return self.code in (-412, -352) or self.status == 412

    @property
    def first_wait(self) -> float:
        return 300.0 if self.risk_control else 60.0

    @property
    def what(self) -> str:
        """The service's code, else the HTTP status, as people quote it."""
        if self.code is not None:
            return str(self.code)
        return f"HTTP {self.status or 429}"

    def describe(self) -> str:
        if self.human_check:
            return tr(
                "Bilibili wants to check that a person is using this network ({what}). Open "
                "bilibili.com in a browser on this network, pass the check there, then try again "
                "(in the window: Try now)."
            ).format(what=self.what)
        if self.risk_control:
            return tr(
                "Bilibili's risk control is refusing requests from this network ({what}). "
                "BiliDrop waits before trying again: trying sooner makes the block last longer."
            ).format(what=self.what)
        return tr(
            "Bilibili says requests come too often ({what}). BiliDrop slows down and tries "
            "again later."
        ).format(what=self.what)


class ServiceError(BiliError):
    """A code the client has no special meaning for; never taken as success. The server-side
    failures (-500 server error, -503 overload, -504 timeout) are worth another try."""

    def __init__(self, code: int, service_message: str) -> None:
        super().__init__(code=code)
        self.service_message = shown_text(service_message, limit=300)  # the service's words
        self.retryable = code in TRANSIENT_CODES

    def describe(self) -> str:
        return tr("The service answered with code {code}: {message}.").format(
            code=self.code, message=self.service_message or "—"
        )


# --- Trouble on the way --------------------------------------------------------------------------


class Transport(Enum):
    TIMED_OUT = "timed out"
    REFUSED = "connection refused or no network"
    DROPPED = "the connection was dropped"
    PROXY = "the proxy refused the connection"
    CERTIFICATE = "its certificate is not trusted on this computer"
    OTHER = "a network error"


class TransportError(BiliError):
    """Could not connect, timed out, or the connection broke: worth another try."""

    retryable = True

    def __init__(self, what: Transport) -> None:
        super().__init__()
        self.what = what
        # A proxy that refuses (its password, its rules), or a certificate not trusted,
        # refuses again: not worth retrying.
        self.retryable = what not in (Transport.PROXY, Transport.CERTIFICATE)

    def describe(self) -> str:
        what = {
            Transport.TIMED_OUT: tr("timed out"),
            Transport.REFUSED: tr("connection refused or no network"),
            Transport.DROPPED: tr("the connection was dropped"),
            Transport.PROXY: tr("the proxy refused the connection"),
            Transport.CERTIFICATE: tr("its certificate is not trusted on this computer"),
            Transport.OTHER: tr("a network error"),
        }[self.what]
        if self.what is Transport.CERTIFICATE:
            return tr(
                "Could not reach the service safely ({what}). Behind a company proxy that "
                "checks secure connections, its root certificate must be installed in the "
                "system's certificate store; ask the IT department."
            ).format(what=what)
        if self.what is Transport.PROXY:
            return tr(
                "Could not reach the service ({what}). Check the proxy, its user name and "
                "password in Settings."
            ).format(what=what)
        return tr("Could not reach the service ({what}). Check the connection.").format(what=what)


class ProxyRefused(BiliError):
    """HTTP 407: the proxy wants a user name and password, or refused the ones given."""

    def describe(self) -> str:
        return tr(
            "The proxy asked for a user name and password, or refused the ones given. "
            "Check them in Settings."
        )


class UploadCancelled(BiliError):
    def describe(self) -> str:
        return tr("Upload cancelled.")


class Unexpected(BiliError):
    """Anything else that went wrong inside BiliDrop while doing a job (a bug, or an OS error
    nobody foresaw): the job ends visibly with this instead of hanging."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__()
        self.kind = type(cause).__name__
        self.reason = os_reason(cause) if isinstance(cause, OSError) else ""

    def describe(self) -> str:
        if self.reason:
            return tr("BiliDrop could not finish this ({reason}). Try again.").format(
                reason=self.reason
            )
        return tr("BiliDrop ran into an internal error. Try again.")


RATE_LIMIT_CODES = frozenset({-412, -352, -799, -509})
TRANSIENT_CODES = frozenset({-500, -503, -504})


def error_for_code(code: int, service_message: str) -> BiliError:
    """The typed error for a non-zero service code (1000011 needs the file: see the client)."""
    if code == -101:
        return NotSignedIn(code)
    if code == -111:
        return CsrfRejected(code)
    if code == 1200201:
        return UserInfoFailed(code)
    if code in RATE_LIMIT_CODES:
        return RateLimited(code, service_message)  # the client adds status and v_voucher
    return ServiceError(code, service_message)


def as_bili_error(error: Exception) -> BiliError:
    """Any exception a job ended with, as a BiliError to show: workers catch everything, so
    a bug or an unforeseen OS error ends the job visibly instead of leaving it hanging."""
    return error if isinstance(error, BiliError) else Unexpected(error)
