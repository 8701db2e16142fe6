"""Screen capture on Wayland: the desktop's own screenshot dialog, through the
xdg-desktop-portal Screenshot interface on the session bus (jeepney, which BiliDrop already
ships for notifications). BiliDrop cannot read a Wayland screen itself; the portal asks the
user, takes the picture and answers with a file's URI on the request's Response signal.

What comes back is checked before it is used: a file:// URI, a regular local file, a PNG or
JPEG no larger than the upload limit."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from gui.bili.limits import MAX_UPLOAD_BYTES
from gui.i18n import tr

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SCREENSHOT = "org.freedesktop.portal.Screenshot"
REQUEST = "org.freedesktop.portal.Request"
CALL_SECONDS = 10  # the method call itself
ANSWER_SECONDS = 300  # the user choosing in the desktop's dialog
PICTURE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


class PortalError(Exception):
    """Why no picture came, in words for the status bar."""


class Cancelled(PortalError):
    """The user closed the desktop's screenshot dialog."""


def request_path(unique_name: str, token: str) -> str:
    """Where the portal puts the request it makes for our call (the spec's formula), so the
    Response can be listened for before the call is sent."""
    sender = unique_name.removeprefix(":").replace(".", "_")
    return f"{PORTAL_PATH}/request/{sender}/{token}"


def take_screenshot(*, interactive: bool = True, bus: str = "SESSION") -> Path:
    """Ask the portal for a screenshot and wait for the user; the picture's file.
    Blocking: run it on a worker thread. PortalError (Cancelled) says why not."""
    from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    try:
        connection = open_dbus_connection(bus)
    except (OSError, KeyError, ValueError) as error:
        raise PortalError(tr("No session bus to reach the desktop's screenshot portal.")) from error
    with connection:
        token = "bilidrop" + secrets.token_hex(6)
        path = request_path(connection.unique_name, token)
        rule = MatchRule(type="signal", interface=REQUEST, member="Response", path=path)
        connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_SECONDS)
        address = DBusAddress(PORTAL_PATH, bus_name=PORTAL, interface=SCREENSHOT)
        options = {"handle_token": ("s", token), "interactive": ("b", interactive)}
        call = new_method_call(address, "Screenshot", "sa{sv}", ("", options))
        with connection.filter(rule) as answers:
            reply = connection.send_and_get_reply(call, timeout=CALL_SECONDS)
            if reply.header.message_type.name == "error":
                raise PortalError(tr("This desktop has no screenshot portal (xdg-desktop-portal)."))
            try:
                response = connection.recv_until_filtered(answers, timeout=ANSWER_SECONDS)
            except TimeoutError as error:
                raise PortalError(tr("The screenshot dialog did not answer.")) from error
    return picture_from(response.body)


def picture_from(body: Any) -> Path:
    """The file a Response's (code, results) names, checked; PortalError when it is not a
    picture BiliDrop can send."""
    try:
        code, results = body
        uri = results.get("uri", ("s", ""))[1] if isinstance(results, dict) else ""
    except (TypeError, ValueError, IndexError):
        raise PortalError(
            tr("The screenshot portal gave an answer BiliDrop cannot read.")
        ) from None
    if code == 1:
        raise Cancelled(tr("Screenshot cancelled."))
    if code != 0:
        raise PortalError(tr("The desktop could not take the screenshot."))
    parts = urlsplit(str(uri))
    if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
        raise PortalError(tr("The screenshot portal gave no local file."))
    path = Path(unquote(parts.path))
    try:
        with path.open("rb") as file:
            head = file.read(8)
        too_big = path.stat().st_size > MAX_UPLOAD_BYTES
    except OSError:
        head, too_big = b"", True  # gone, a folder, unreadable
    if too_big or not path.is_file() or not head.startswith(PICTURE_SIGNATURES):
        raise PortalError(tr("The screenshot portal gave no picture BiliDrop can send."))
    return path
