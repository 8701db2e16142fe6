"""Errors in the user's language. The client's own messages are English (it also serves the
command line and has no Qt); the window shows these translated ones instead."""

from __future__ import annotations

from gui.bili.errors import (
    BadReply,
    BiliError,
    CsrfRejected,
    FileEmpty,
    FileMissing,
    FileTooLarge,
    FileUnreadable,
    NotAFile,
    NotSignedIn,
    RateLimited,
    ServiceError,
    TransportError,
    UploadCancelled,
    UserInfoFailed,
    format_size,
)
from gui.ui.i18n import tr


def _transport(what: str) -> str:
    return {
        "timed out": tr("timed out"),
        "connection refused or no network": tr("connection refused or no network"),
        "the connection was dropped": tr("the connection was dropped"),
    }.get(what, what)


def _bad_reply(what: str) -> str:
    return {
        "an HTML page instead of JSON": tr("an HTML page instead of JSON"),
        "a body that is not JSON": tr("a body that is not JSON"),
        "JSON without a numeric 'code'": tr("JSON without a numeric 'code'"),
        "code 0 with an error status": tr("code 0 with an error status"),
        "an upload reply without data.key and data.url": tr("an upload reply without a link"),
        "the link has expired or was altered": tr("the link has expired or was altered"),
    }.get(what, what)


def error_text(error: BiliError) -> str:
    """What went wrong and what to do, translated."""
    if isinstance(error, FileMissing):
        return tr("the file does not exist (moved or deleted?).")
    if isinstance(error, NotAFile):
        return tr("not a regular file (a folder or a device).")
    if isinstance(error, FileUnreadable):
        return tr("cannot be read ({reason}). Check its permissions.").format(reason=error.reason)
    if isinstance(error, FileEmpty):
        return tr("the file is empty; there is nothing to send.")
    if isinstance(error, FileTooLarge):
        limit = format_size(error.limit)
        if error.size is None:
            return tr(
                "too large: the service accepts files up to {limit}. Split or compress it first."
            ).format(limit=limit)
        return tr(
            "{size} is too large: the service accepts files up to {limit}. Split or "
            "compress it first."
        ).format(size=format_size(error.size), limit=limit)
    if isinstance(error, NotSignedIn):
        return tr("Not signed in, or the sign-in has expired. Sign in again.")
    if isinstance(error, CsrfRejected):
        return tr("The service rejected the csrf token (bili_jct). Sign in again to refresh it.")
    if isinstance(error, UserInfoFailed):
        return tr("The service could not read this account's details. Sign in again.")
    if isinstance(error, RateLimited):
        what = "HTTP 429" if error.code is None else f"{error.code}"
        return tr("The service is limiting requests ({what}). Wait a minute and try again.").format(
            what=what
        )
    if isinstance(error, ServiceError):
        return tr("The service answered with code {code}: {message}.").format(
            code=error.code, message=error.service_message or "—"
        )
    if isinstance(error, TransportError):
        return tr("Could not reach the service ({what}). Check the connection.").format(
            what=_transport(error.what)
        )
    if isinstance(error, BadReply):
        shown = f" (HTTP {error.status})" if error.status is not None else ""
        return tr("The service sent an unexpected reply{status}: {what}.").format(
            status=shown, what=_bad_reply(error.what)
        )
    if isinstance(error, UploadCancelled):
        return tr("Upload cancelled.")
    return error.message
