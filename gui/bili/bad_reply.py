"""Replies the API does not document (an HTML page, bad JSON, an odd shape, one too large):
what was wrong, worded once."""

from __future__ import annotations

from enum import Enum

from gui.bili.errors import BiliError
from gui.i18n import tr


class Reply(Enum):
    """What was wrong with a reply that the API does not document."""

    HTML = "an HTML page instead of JSON"
    NOT_JSON = "a body that is not JSON"
    NO_CODE = "JSON without a numeric 'code'"
    ERROR_STATUS = "code 0 with an error status"
    NO_LINK = "an upload reply without a link"
    NO_QR = "a QR reply without a code"
    NO_QR_STATE = "a QR poll reply without its state"
    NO_COOKIES = "a signed-in QR reply without usable cookies"
    NO_ACCOUNT = "an account reply without the account"
    IMAGE_NOT_SERVED = "the image was not served"
    IMAGE_TOO_LARGE = "the image is too large"
    LINK_EXPIRED = "the link has expired or was altered"
    LINK_FAILED = "the link did not give the file"
    NO_REFRESH_PAGE = "the sign-in renewal page was not found"
    NO_REFRESH_CSRF = "the sign-in renewal page had no token"
    NO_NEW_COOKIES = "a sign-in renewal without new cookies"
    TOO_LARGE = "a reply larger than the service ever sends"
    BAD_LINK = "a link that is not the service's"


class BadReply(BiliError):
    """The reply was not what the API documents: an HTML page, bad JSON, an odd shape, HTTP 5xx."""

    def __init__(self, what: Reply, *, status: int | None = None) -> None:
        super().__init__()
        self.what = what
        self.status = status
        # A reply too large may be a gateway's error page or a fault on the way: again later.
        self.retryable = (status is not None and status >= 500) or what is Reply.TOO_LARGE

    def describe(self) -> str:
        what = {
            Reply.HTML: tr("an HTML page instead of JSON"),
            Reply.NOT_JSON: tr("a body that is not JSON"),
            Reply.NO_CODE: tr("JSON without a numeric 'code'"),
            Reply.ERROR_STATUS: tr("code 0 with an error status"),
            Reply.NO_LINK: tr("an upload reply without a link"),
            Reply.NO_QR: tr("a QR reply without a code"),
            Reply.NO_QR_STATE: tr("a QR poll reply without its state"),
            Reply.NO_COOKIES: tr("a signed-in QR reply without usable cookies"),
            Reply.NO_ACCOUNT: tr("an account reply without the account"),
            Reply.IMAGE_NOT_SERVED: tr("the image was not served"),
            Reply.IMAGE_TOO_LARGE: tr("the image is too large"),
            Reply.LINK_EXPIRED: tr("the link has expired or was altered"),
            Reply.LINK_FAILED: tr("the link did not give the file"),
            Reply.NO_REFRESH_PAGE: tr("the sign-in renewal page was not found"),
            Reply.NO_REFRESH_CSRF: tr("the sign-in renewal page had no token"),
            Reply.NO_NEW_COOKIES: tr("a sign-in renewal without new cookies"),
            Reply.TOO_LARGE: tr("a reply larger than the service ever sends"),
            Reply.BAD_LINK: tr("a link that is not the service's"),
        }[self.what]
        status = f" (HTTP {self.status})" if self.status is not None else ""
        return tr("The service sent an unexpected reply{status}: {what}.").format(
            status=status, what=what
        )
