"""The `bilidrop` command line: the window (default), upload, status and the emulator."""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from gui.bili.limits import LINK_TTL_MINUTES
from gui.cli_common import (
    COMMANDS,
    COOKIE_ENV,
    EXIT_CANCELLED,
    EXIT_USAGE,
    fail_usage,
    utf8_output,
)
from gui.cli_emulator import add_emulator_command, run_emulator
from gui.cli_history import add_history_command, run_history
from gui.cli_window import (
    add_capture_command,
    add_file_arguments,
    add_window_options,
    run_capture,
    run_window,
)
from gui.i18n import tr


def _add_service_options(parser: argparse.ArgumentParser, cookie_help: str = "") -> None:
    parser.add_argument(
        "--api-base",
        metavar="URL",
        help=tr(
            "one origin serving every endpoint, e.g. the emulator's http://127.0.0.1:PORT "
            "(default: the real Bilibili services)"
        ),
    )
    cookie_help = cookie_help or tr(
        "the Cookie header of a signed-in bilibili.com tab (safer: set {variable}, which other "
        "users cannot see in the process list; else the keyring is used)"
    ).format(variable=COOKIE_ENV)
    parser.add_argument("--cookie", metavar="STR", help=cookie_help)
    _add_proxy_option(parser)


def _add_proxy_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--proxy",
        metavar="URL",
        help=tr(
            "reach the service through this proxy: http://, https:// or socks5://HOST:PORT "
            "(user:password@ allowed; default: the system's, from HTTPS_PROXY, ALL_PROXY and "
            "NO_PROXY)"
        ),
    )


class HelpInAnyLanguage(argparse.HelpFormatter):
    """argparse puts an ASCII colon after each section's title ("options:"): after a title
    in Chinese it is the full-width one ("选项：")."""

    def format_help(self) -> str:
        return re.sub(r"(?m)^(\S.*[^\x00-\x7f]):$", r"\1：", super().format_help())

    def _split_lines(self, text: str, width: int) -> list[str]:
        """Wrapped by how wide the text shows: a Chinese character takes two columns, and a
        line may break between any two of them (argparse counts characters, and breaks only
        at spaces)."""
        if text.isascii():
            return super()._split_lines(text, width)
        lines, line = [], ""
        for token in re.findall(r"\s+|[!-~]+|.", " ".join(text.split())):
            if line and columns(line + token.rstrip()) > width:
                lines.append(line.rstrip())
                line = token.lstrip()
            else:
                line += token
        return [*lines, line.rstrip()] if line.strip() else lines

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.isascii():
            return super()._fill_text(text, width, indent)
        return "\n".join(indent + line for line in self._split_lines(text, width - len(indent)))


def columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


class Parser(argparse.ArgumentParser):
    """Usage errors exit with 64 (EX_USAGE), as the README's table says, not argparse's 2
    (which the commands use for "signed out"). Help is worded in the UI language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpInAnyLanguage)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(
            EXIT_USAGE,
            tr("{prog}: error: {message}").format(prog=self.prog, message=message) + "\n",
        )


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="bilidrop",
        usage="bilidrop [--demo | --api-base URL] [--minimized] [FILE ...]\n"
        "       bilidrop COMMAND ...",
        description=tr(
            "Upload files to Bilibili's customer-service file service and get links that work "
            "for {minutes} minutes. Without a command, opens the window with the FILEs (or "
            "folders) queued; when a window for the same service is already running, the FILEs "
            "go to it instead."
        ).format(minutes=LINK_TTL_MINUTES),
    )
    add_window_options(parser)
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=Parser, prog="bilidrop"
    )

    _add_upload_command(commands)
    status = commands.add_parser("status", help=tr("check the service and the sign-in once"))
    status.add_argument("--json", action="store_true", help=tr("print a JSON object"))
    _add_service_options(status)
    _add_account_commands(commands)
    add_history_command(commands)
    add_emulator_command(commands)
    add_capture_command(commands)
    return parser


def _add_upload_command(commands: Any) -> None:
    upload = commands.add_parser(
        "upload",
        help=tr("upload files and print their links"),
        description=tr(
            "Uploads each FILE; a folder's files are uploaded in name order, recursively, as "
            "the window does."
        ),
    )
    upload.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help=tr("a file, a folder, or - for stdin")
    )
    upload.add_argument(
        "--name",
        metavar="NAME",
        help=tr(
            "the name of what arrives on standard input (default: stdin-TIME and a suffix "
            "guessed from its first bytes), or of the zip with --zip"
        ),
    )
    upload.add_argument(
        "--zip",
        action="store_true",
        help=tr(
            "send every FILE and folder as one zip (one link; the size limit applies to the "
            "zip); names inside are UTF-8"
        ),
    )
    upload.add_argument(
        "--json", action="store_true", help=tr("print one JSON object per file instead of text")
    )
    upload.add_argument(
        "--wait",
        action="store_true",
        help=tr(
            "when Bilibili asks to slow down, wait it out and finish the batch (default: stop "
            "with exit status 4 and say when to try again)"
        ),
    )
    _add_service_options(upload)


def _add_account_commands(commands: Any) -> None:
    login = commands.add_parser(
        "login",
        help=tr("sign in by scanning a QR code with the Bilibili app"),
        description=tr(
            "Draws a QR code to scan with the Bilibili app, then keeps the sign-in in the "
            "system keyring. With --cookie, checks and keeps pasted cookies instead."
        ),
    )
    _add_service_options(
        login,
        tr(
            "check and keep this Cookie header of a signed-in bilibili.com tab instead of "
            "scanning a QR code"
        ),
    )
    logout = commands.add_parser(
        "logout",
        help=tr(
            "sign out: revoke a QR session and forget it here; a pasted browser cookie is only "
            "forgotten here unless --everywhere"
        ),
    )
    logout.add_argument("--api-base", metavar="URL", help=tr("as for upload"))
    _add_proxy_option(logout)
    logout.add_argument(
        "--everywhere",
        action="store_true",
        help=tr(
            "for a cookie pasted from a browser: revoke it on the server too (signs that "
            "browser out)"
        ),
    )
    refresh = commands.add_parser(
        "refresh", help=tr("renew a QR sign-in now if the service says it is due")
    )
    refresh.add_argument("--api-base", metavar="URL", help=tr("as for upload"))
    _add_proxy_option(refresh)
    whoami = commands.add_parser("whoami", help=tr("who is signed in, and where it is kept"))
    _add_service_options(whoami)
    whoami.add_argument("--json", action="store_true", help=tr("print a JSON object"))


def run_status(args: argparse.Namespace) -> int:
    from gui.bili.errors import BiliError
    from gui.cli_common import exit_code_for
    from gui.cli_credentials import client_from
    from gui.session.connection_state import ConnectionState, state_name, state_of

    try:
        client = client_from(args)
    except ValueError as exc:
        return fail_usage(str(exc))
    with client:
        failure: BiliError | None = None
        try:
            latency = client.heartbeat()
        except BiliError as error:
            failure = error
    state = state_of(failure) if failure else ConnectionState.ONLINE
    detail = failure.message if failure else ""
    if args.json:
        report: dict[str, Any] = {"state": state.value}
        online = state is ConnectionState.ONLINE
        report |= {"latency_ms": round(latency * 1000, 1)} if online else {"error": detail}
        print(json.dumps(report, ensure_ascii=False))
    elif state is ConnectionState.ONLINE:
        print(
            tr("Online: the service answered in {ms} ms and the account is signed in.").format(
                ms=f"{latency * 1000:.0f}"
            )
        )
    else:
        print(tr("{state}: {detail}").format(state=state_name(state), detail=detail))
    return exit_code_for(failure)


# The window's options that take a value: the word after them is not a command or a file.
WINDOW_VALUE_OPTIONS = ("--api-base",)


def _names_a_command(argv: Sequence[str]) -> bool:
    """True when the first word that is not an option names a command; otherwise the
    words are the window's files (`bilidrop photo.png`)."""
    words = iter(argv)
    for word in words:
        if word == "--":
            return False
        if word in WINDOW_VALUE_OPTIONS:
            next(words, None)
        elif not word.startswith("-"):
            return word in COMMANDS or _looks_like_a_command(word)
    return False


def _looks_like_a_command(word: str) -> bool:
    """A bare word that is no file here (`bilidrop uplaod`): said as an unknown command,
    not queued as a missing file."""
    path = Path(word)
    return not path.suffix and len(path.parts) == 1 and not path.exists()


def build_window_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="bilidrop", description=tr("Opens the window with FILEs queued."))
    add_window_options(parser)
    add_file_arguments(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from gui.cli_language import speak_ui_language

    utf8_output()
    speak_ui_language()
    words = list(sys.argv[1:] if argv is None else argv)
    if not _names_a_command(words) and not ({"-h", "--help"} & set(words)):
        return run_window(build_window_parser().parse_args(words))
    args = build_parser().parse_args(words)
    if args.command is None:
        return run_window(args)
    try:
        if args.command in ("login", "logout", "whoami", "refresh"):
            from gui.cli_account import run_account_command

            return run_account_command(args)
        from gui.cli_upload import run_upload

        commands = {
            "upload": run_upload,
            "status": run_status,
            "history": run_history,
            "emulator": run_emulator,
            "capture": run_capture,
        }
        return commands[args.command](args)
    except KeyboardInterrupt:
        print("\n" + tr("bilidrop: cancelled"), file=sys.stderr)
        return EXIT_CANCELLED


if __name__ == "__main__":
    sys.exit(main())
