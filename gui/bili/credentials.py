"""The account's cookies as one value, parsed from a pasted Cookie header."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum
from urllib.parse import quote, unquote

from gui.i18n import tr

REQUIRED_COOKIES = ("SESSDATA", "bili_jct", "DedeUserID")


class CredentialsError(ValueError):
    """A pasted cookie string lacks a field or cannot be read. The message names the field,
    in the current language (`str(error)`)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _normalise_sessdata(value: str) -> str:
    # Browsers show SESSDATA URL-encoded ("...%2C1735...%2C...*b1"); some tools print it
    # decoded ("...,1735...,...*b1"). The Cookie header needs the encoded form.
    return quote(unquote(value), safe="*")


class SignInSource(StrEnum):
    QR = "qr"  # a session BiliDrop made: it may renew it
    PASTED = "pasted"  # a browser's session: the browser renews it; BiliDrop never does


@dataclass(frozen=True)
class Credentials:
    """The cookies that sign requests. `repr` and `str` never show the secret values."""

    sessdata: str = field(repr=False)
    bili_jct: str = field(repr=False)
    dede_user_id: str
    dede_user_id_ckmd5: str = field(default="", repr=False)
    refresh_token: str = field(default="", repr=False)
    source: str = ""  # SignInSource; "" for entries kept before it was recorded
    renewed_at: str = ""  # ISO time of the last renewal by BiliDrop

    @property
    def renewable(self) -> bool:
        """BiliDrop made this session (QR sign-in) and holds its refresh token. A pasted
        cookie is never renewed: confirming a renewal would sign the browser out."""
        return bool(self.refresh_token) and self.source != SignInSource.PASTED

    @property
    def pasted(self) -> bool:
        return self.source == SignInSource.PASTED

    def __post_init__(self) -> None:
        for name in ("sessdata", "bili_jct", "dede_user_id"):
            if not getattr(self, name):
                raise CredentialsError(tr("{name} is empty").format(name=name))
        if not self.dede_user_id.isdigit():
            raise CredentialsError(tr("DedeUserID must be the account's numeric id (mid)"))
        object.__setattr__(self, "sessdata", _normalise_sessdata(self.sessdata))

    @property
    def mid(self) -> int:
        return int(self.dede_user_id)

    def cookies(self) -> dict[str, str]:
        """The cookies the service needs, by name."""
        jar = {
            "SESSDATA": self.sessdata,
            "bili_jct": self.bili_jct,
            "DedeUserID": self.dede_user_id,
        }
        if self.dede_user_id_ckmd5:
            jar["DedeUserID__ckMd5"] = self.dede_user_id_ckmd5
        return jar

    def cookie_header(self) -> str:
        return "; ".join(f"{name}={value}" for name, value in self.cookies().items())

    def secret_values(self) -> list[str]:
        """Every secret string, for redaction checks in logs and tests."""
        values = [self.sessdata, unquote(self.sessdata), self.bili_jct, self.refresh_token]
        return [v for v in values if v]

    @classmethod
    def from_cookie_header(
        cls, text: str, *, refresh_token: str = "", source: str = SignInSource.PASTED
    ) -> Credentials:
        """Read a Cookie header as copied from a browser; other cookies are ignored.

        Accepts a leading "Cookie:" and line breaks. Raises CredentialsError naming
        each missing cookie.
        """
        text = text.strip()
        if text.lower().startswith("cookie:"):
            text = text[len("cookie:") :]
        jar: dict[str, str] = {}
        for piece in text.replace("\n", ";").split(";"):
            name, sep, value = piece.strip().partition("=")
            if sep and name.strip():
                jar[name.strip()] = value.strip().strip('"')
        missing = [name for name in REQUIRED_COOKIES if not jar.get(name)]
        if missing:
            raise CredentialsError(
                tr(
                    "The cookie text lacks {names}. Copy the whole Cookie header from a "
                    "signed-in bilibili.com tab."
                ).format(names=", ".join(missing))
            )
        return cls(
            sessdata=jar["SESSDATA"],
            bili_jct=jar["bili_jct"],
            dede_user_id=jar["DedeUserID"],
            dede_user_id_ckmd5=jar.get("DedeUserID__ckMd5", ""),
            refresh_token=refresh_token,
            source=source,
        )

    def to_dict(self) -> dict[str, str]:
        """For the keyring entry only; never for settings, history or logs."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> Credentials:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})
