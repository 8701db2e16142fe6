"""`bilidrop history [SEARCH] [--json]`: the finished uploads the window keeps, newest first,
each with its link and whether it still works; SEARCH matches any part of a file's name."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from gui.cli_common import EXIT_FAILED, EXIT_OK, fail_usage
from gui.i18n import tr
from gui.shown_text import shown_text


def add_history_command(commands: Any) -> None:
    history = commands.add_parser(
        "history",
        help=tr("list finished uploads and their links, newest first"),
        description=tr(
            "Lists the uploads the window keeps in its history. SEARCH matches any part of a "
            "file's name (Chinese too)."
        ),
    )
    history.add_argument("search", nargs="?", default="", metavar="SEARCH")
    history.add_argument("--json", action="store_true", help=tr("print one JSON object per upload"))
    history.add_argument(
        "--limit", type=int, default=50, metavar="N", help=tr("at most N uploads (default 50)")
    )
    kind = history.add_mutually_exclusive_group()
    kind.add_argument("--demo", action="store_true", help=tr("the demo window's history"))
    kind.add_argument("--api-base", metavar="URL", help=tr("the history of a window on URL"))


def run_history(args: argparse.Namespace) -> int:
    import sqlite3
    from datetime import UTC, datetime

    from gui.bili.origins import OriginError, normalise_origin
    from gui.clock import clock_time
    from gui.common.paths import history_path
    from gui.common.service_kind import service_kind
    from gui.store.history import History

    if args.limit < 1:
        return fail_usage(tr("--limit must be 1 or more"))
    try:
        origin = normalise_origin(args.api_base) if args.api_base else None
    except OriginError as error:
        return fail_usage(str(error))
    path = history_path(service_kind(demo=args.demo, origin=origin))
    if not path.exists():
        print(tr("bilidrop: no uploads yet (the history is empty)"), file=sys.stderr)
        return EXIT_OK
    try:
        history = History(path)
    except (OSError, RuntimeError, sqlite3.DatabaseError) as error:
        words = tr("bilidrop: the history cannot be read ({path}): {error}")
        print(words.format(path=path, error=error), file=sys.stderr)
        return EXIT_FAILED
    try:
        entries = history.entries(args.search, limit=args.limit)
    finally:
        history.close()
    now = datetime.now(UTC)
    for entry in entries:
        live = entry.expires_at > now
        if args.json:
            line = {
                "file": entry.name,
                "path": shown_text(str(entry.local_path), limit=4096),
                "size": entry.size,
                "url": entry.url,
                "uploaded_at": entry.uploaded_at.isoformat(),
                "expires_at": entry.expires_at.isoformat(),
                "live": live,
            }
            print(json.dumps(line, ensure_ascii=False))
        else:
            expires = tr("(expires {time})").format(time=clock_time(entry.expires_at))
            state = expires if live else tr("(expired)")
            print(f"{entry.name}\t{entry.url}\t{state}")
    return EXIT_OK
