"""`bilidrop upload`: each file sent with retries, its line printed as it finishes, a batch
that Bilibili asks to slow down stopped (or, with --wait, waited through)."""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from gui.cli_common import COOKIE_ENV, EXIT_FAILED, EXIT_OK, EXIT_SLOWED_DOWN, fail_usage
from gui.cli_credentials import client_from
from gui.i18n import tr
from gui.shown_text import shown_text


def shown(path: Path) -> str:
    """A path as text that is always valid UTF-8 (a name that is not is shown with U+FFFD),
    its control and format characters escaped (a name can hold an escape sequence)."""
    return shown_text(os.fsencode(path).decode("utf-8", errors="replace"), limit=4096)


class Output:
    """Result lines on stdout. When the reader goes away (`bilidrop upload … | head -1`), the
    uploads still finish; their lines are dropped instead of ending the run with a traceback."""

    def __init__(self) -> None:
        self.closed = False
        self.names: dict[Path, str] = {}  # how a file is named in its line, if not its path

    def name_of(self, path: Path) -> str:
        return self.names.get(path) or shown(path)

    def line(self, text: str) -> None:
        if self.closed:
            return
        try:
            print(text, flush=True)
        except OSError as error:
            if not closed_pipe(error):
                raise
            self.closed = True
            # Python flushes stdout again at exit; point it at nothing so that cannot fail.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())


def closed_pipe(error: OSError) -> bool:
    """The reader went away: BrokenPipeError on POSIX; on Windows a write to a closed pipe
    raises OSError with EINVAL instead."""
    return isinstance(error, BrokenPipeError) or (
        sys.platform == "win32" and error.errno == errno.EINVAL
    )


class SlowedDown(Exception):
    """The batch stops: the service asked to slow down and --wait was not given."""


def _say_not_sent(paths: list[Path], refusal: Any, as_json: bool, out: Output) -> None:
    """The batch stopped at a refusal: every file it did not send gets its line (one JSON
    object each with --json), worded for a command that stops, not for the window, which
    waits and goes on by itself."""
    again = datetime.now().astimezone() + timedelta(seconds=refusal.first_wait)
    if refusal.human_check:
        reason = tr("Bilibili wants a person to pass a check on bilibili.com ({what})")
    elif refusal.risk_control:
        reason = tr("Bilibili's risk control refuses requests from this network ({what})")
    else:
        reason = tr("Bilibili says requests come too often ({what})")
    reason = reason.format(what=refusal.what)
    time = f"{again:%H:%M}"
    for path in paths:
        if as_json:
            code = refusal.code if refusal.code is not None else refusal.status
            line = {
                "file": out.name_of(path),
                "error": tr("not sent: {reason}; try again after {time}, or use --wait").format(
                    reason=reason, time=time
                ),
                "code": code,
                "sent": False,
            }
            out.line(json.dumps(line, ensure_ascii=False))
    words = tr(
        "bilidrop: stopped: {reason}; {n} file(s) not sent. Try again after {time}, or use --wait."
    )
    print(words.format(reason=reason, n=len(paths), time=time), file=sys.stderr)


def _upload_one(client: Any, path: Path, args: argparse.Namespace, out: Output) -> bool:
    """Upload one file with retries, print its line; True on success. Whatever goes wrong
    with this file is said on its line, and the next file is still sent. When the service asks
    to slow down: with --wait, wait it out and send again; else raise SlowedDown."""
    from gui.bili.errors import BiliError, RateLimited, as_bili_error
    from gui.bili.retry import call_with_retry
    from gui.terminal import ProgressLine

    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # the upload says why it cannot be read
    bar = ProgressLine(shown(Path(path.name)), size)

    def tell_retry(error: BiliError, number: int, delay: float) -> None:
        bar.clear()
        words = tr("{name}: {reason} Retrying in {seconds} s.")
        text = words.format(name=out.name_of(path), reason=error.message, seconds=f"{delay:.0f}")
        print(text, file=sys.stderr)

    while True:
        try:
            result = call_with_retry(
                lambda: client.upload(path, progress=bar.update), on_retry=tell_retry
            )
        except RateLimited as refusal:
            bar.clear()
            if not args.wait:
                raise SlowedDown(refusal) from None  # this file and the rest: not sent
            wait_out(client, refusal, bar)
            continue
        except Exception as raised:
            bar.clear()
            _say_failed(path, as_bili_error(raised), args.json, out)
            return False
        break
    bar.clear()
    if args.json:
        line = {
            "file": out.name_of(path),
            "key": result.key,
            "url": result.url,
            "expires_at": result.expires_at.isoformat(),
        }
        out.line(json.dumps(line, ensure_ascii=False))
    else:
        local = result.expires_at.astimezone().strftime("%H:%M:%S")
        expires = tr("(expires {time})").format(time=local)
        out.line(f"{out.name_of(path)}\t{result.url}\t{expires}")
    return True


def _say_failed(path: Path, error: Any, as_json: bool, out: Output) -> None:
    if as_json:
        code = error.code if error.code is not None else error.status
        line = {"file": out.name_of(path), "error": error.message, "code": code}
        out.line(json.dumps(line, ensure_ascii=False))
    else:
        print(f"{out.name_of(path)}: {error.message}", file=sys.stderr)


def wait_out(client: Any, refusal: Any, bar: Any) -> None:
    """--wait: no request until the cool-down ends; then a heartbeat asks first (a refusal
    doubles the wait), and the upload goes again only once the service answers."""
    from gui.bili.cool_down import CoolDown
    from gui.bili.errors import BiliError, RateLimited

    cool = CoolDown()
    cool.start(refusal)
    while True:
        until = datetime.fromtimestamp(cool.until or 0).astimezone().strftime("%H:%M:%S")
        bar.say(
            tr("Bilibili asked to slow down ({what}): waiting until {time}").format(
                what=refusal.what, time=until
            )
        )
        words = tr("bilidrop: {reason} Waiting until {time}.")
        print(words.format(reason=refusal.message, time=until), file=sys.stderr)
        sleep(cool.seconds_left())
        try:
            client.heartbeat()
        except RateLimited as again:
            refusal = again
            cool.start(again)
            continue
        except BiliError:
            pass  # not a refusal: the upload's own retries deal with it
        bar.clear()
        return


def sleep(seconds: float) -> None:
    time.sleep(seconds)


def files_to_upload(paths: list[Path]) -> tuple[list[Path], list[Any]]:
    """Files as given, folders expanded as the window expands a dropped folder."""
    from gui.bili.files import expand_folders

    files, problems, _ = expand_folders(paths)
    return files, problems


def run_upload(args: argparse.Namespace) -> int:
    try:
        client = client_from(args)
    except ValueError as exc:
        return fail_usage(str(exc))
    out = Output()
    with client:
        if client.credentials is None:
            return fail_usage(
                tr("not signed in: run 'bilidrop login', pass --cookie or set {variable}").format(
                    variable=COOKIE_ENV
                )
            )
        with stdin_in_a_file(args, out) as given:
            return _upload_all(client, given, args, out)


@contextmanager
def stdin_in_a_file(args: argparse.Namespace, out: Output) -> Iterator[list[Path]]:
    """The files given, with "-" (standard input) saved in a temporary file for the run
    (its line names it by its name alone); with --zip, all of them zipped into one."""
    if Path("-") not in args.files:
        with zipped(args, args.files, out) as files:
            yield files
        return
    from gui.bili.stdin_file import save_stdin

    with TemporaryDirectory(prefix="bilidrop-stdin-") as folder:
        saved = save_stdin(sys.stdin.buffer, Path(folder), "" if args.zip else args.name or "")
        out.names[saved] = shown(Path(saved.name))
        given = [saved if path == Path("-") else path for path in args.files]
        with zipped(args, given, out) as files:
            yield files


@contextmanager
def zipped(args: argparse.Namespace, given: list[Path], out: Output) -> Iterator[list[Path]]:
    """--zip: the files (folders walked) as one zip in a temporary folder; else as given."""
    if not args.zip:
        yield given
        return
    from gui.bili.zip_bundle import zip_files

    with TemporaryDirectory(prefix="bilidrop-zip-") as folder:
        archive, problems = zip_files(given, Path(folder), args.name or "")
        for problem in problems:
            print(
                tr("bilidrop: left out of the zip: {problem}").format(problem=problem),
                file=sys.stderr,
            )
        out.names[archive] = shown(Path(archive.name))
        yield [archive]


def _upload_all(client: Any, given: list[Path], args: argparse.Namespace, out: Output) -> int:
    results: list[bool] = []
    files, problems = files_to_upload(given)
    for problem in problems:
        _say_failed(problem.path, problem, args.json, out)
        results.append(False)
    sent = 0
    try:
        for path in files:
            results.append(_upload_one(client, path, args, out))
            sent += 1
    except SlowedDown as stopped:
        _say_not_sent(files[sent:], stopped.args[0], args.json, out)
        return EXIT_SLOWED_DOWN
    return EXIT_OK if all(results) else EXIT_FAILED
