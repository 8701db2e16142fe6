"""Print BiliDrop's accessibility tree as a screen reader gets it (over the AT-SPI bus) and
fail when a control on screen has no name; or, with --announcements SECONDS, print the
announcements the app sends meanwhile (as Orca would hear them).

Run inside a desktop session with the AT-SPI bus and Qt's accessibility on (see
check_desktop.sh): `python tests/desktop/atspi_tree.py [APP_NAME]` or
`python tests/desktop/atspi_tree.py --announcements 10`.
"""

from __future__ import annotations

import sys
import time

from jeepney import DBusAddress, MessageType, new_method_call
from jeepney.io.blocking import open_dbus_connection

ACCESSIBLE = "org.a11y.atspi.Accessible"
SHOWING, VISIBLE = 25, 30  # AtspiStateType bits
# Roles a user acts on or reads: each must have a name.
NAMED_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "password text",
    "list",
    "list item",
    "menu item",
    "page tab",
    "slider",
    "spin button",
    "label",
    "status bar",
}


def call(connection, bus: str, path: str, interface: str, method: str, signature="", body=()):
    address = DBusAddress(path, bus_name=bus, interface=interface)
    reply = connection.send_and_get_reply(new_method_call(address, method, signature, body))
    if reply.header.message_type is MessageType.error:
        raise RuntimeError(f"{method} on {path}: {reply.body}")
    return reply.body


def prop(connection, bus: str, path: str, name: str):
    body = call(
        connection, bus, path, "org.freedesktop.DBus.Properties", "Get", "ss", (ACCESSIBLE, name)
    )
    return body[0][1]


def walk(connection, bus, path, depth, problems, seen):
    if (bus, path) in seen or depth > 40:
        return
    seen.add((bus, path))
    name = prop(connection, bus, path, "Name")
    role = call(connection, bus, path, ACCESSIBLE, "GetRoleName")[0]
    low, high = call(connection, bus, path, ACCESSIBLE, "GetState")[0]
    bits = low | (high << 32)
    showing = bool(bits & (1 << SHOWING)) and bool(bits & (1 << VISIBLE))
    description = prop(connection, bus, path, "Description")
    if showing:
        extra = f" — {description}" if description else ""
        print(f"{'  ' * depth}[{role}] {name!r}{extra}")
        if role in NAMED_ROLES and not name.strip():
            problems.append(f"unnamed {role} at depth {depth}")
    else:
        return  # what is not on screen is not read (a hidden page, a closed menu)
    for child_bus, child_path in call(connection, bus, path, ACCESSIBLE, "GetChildren")[0]:
        walk(connection, child_bus, child_path, depth + 1, problems, seen)


def accessibility_bus():
    session = open_dbus_connection("SESSION")
    address = call(session, "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress")[0]
    return open_dbus_connection(address)


def listen_for_announcements(seconds: float) -> int:
    """Register for announcements as a screen reader does, then print each one heard."""
    from jeepney import MatchRule, message_bus

    connection = accessibility_bus()
    rule = MatchRule(type="signal", interface="org.a11y.atspi.Event.Object", member="Announcement")
    connection.send_and_get_reply(message_bus.AddMatch(rule))
    call(
        connection,
        "org.a11y.atspi.Registry",
        "/org/a11y/atspi/registry",
        "org.a11y.atspi.Registry",
        "RegisterEvent",
        "s",
        ("object:announcement",),
    )
    print("listening", flush=True)
    heard = 0
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        try:
            message = connection.receive(timeout=left)
        except TimeoutError:
            break
        if rule.matches(message):
            heard += 1
            print(f"announced: {message.body[3][1]!r}", flush=True)
    return 0 if heard else 1


def main() -> int:
    if sys.argv[1:2] == ["--announcements"]:
        return listen_for_announcements(float(sys.argv[2]))
    wanted = sys.argv[1] if len(sys.argv) > 1 else "BiliDrop"
    connection = accessibility_bus()
    root = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
    apps = call(connection, *root, ACCESSIBLE, "GetChildren")[0]
    problems: list[str] = []
    found = False
    for bus, path in apps:
        if prop(connection, bus, path, "Name").lower() != wanted.lower():
            continue
        found = True
        print(f"[application] {wanted}")
        for child_bus, child_path in call(connection, bus, path, ACCESSIBLE, "GetChildren")[0]:
            walk(connection, child_bus, child_path, 1, problems, set())
    if not found:
        print(f"no application named {wanted} on the accessibility bus")
        return 1
    for problem in problems:
        print(f"PROBLEM: {problem}")
    print("every control on screen has a name" if not problems else f"{len(problems)} unnamed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
