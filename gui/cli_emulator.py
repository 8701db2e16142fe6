"""`bilidrop emulator`: the local stand-in for the Bilibili services, from the command line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from gui.bili.limits import LINK_TTL_SECONDS, MAX_UPLOAD_BYTES, MAX_UPLOAD_WORDS
from gui.cli_common import EXIT_OK, fail_usage
from gui.i18n import tr


def add_emulator_command(commands: Any) -> None:
    emulator = commands.add_parser(
        "emulator",
        help=tr("run the local stand-in for the Bilibili services"),
        description="Prints one JSON line with base_url and the demo account's cookie, then "
        "serves until Ctrl+C or SIGTERM, logging to stderr.",
    )
    _add_service_options(emulator)
    _add_risk_options(emulator)


def _add_service_options(emulator: Any) -> None:
    """Where it serves, and what it accepts."""
    emulator.add_argument("--host", default="127.0.0.1")
    emulator.add_argument("--port", type=int, default=0, help="0 picks a free port (default)")
    emulator.add_argument(
        "--link-ttl",
        type=int,
        default=LINK_TTL_SECONDS,
        metavar="SECONDS",
        help=f"how long links work (default {LINK_TTL_SECONDS})",
    )
    emulator.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        metavar="N",
        help=f"largest accepted file (default {MAX_UPLOAD_BYTES}, {MAX_UPLOAD_WORDS})",
    )
    emulator.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="where uploads are kept (default: a temporary folder)",
    )
    emulator.add_argument(
        "--qr-auto",
        type=float,
        default=None,
        metavar="SECONDS",
        help="every new QR sign-in code turns scanned after SECONDS and confirmed after twice "
        "that, signing in as the demo account (no phone needed)",
    )


def _add_risk_options(emulator: Any) -> None:
    """What makes it hard to please: faults, risk control, ageing sessions, clocks."""
    emulator.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="KIND[=VALUE][xCOUNT][@ENDPOINT]",
        help="queue a fault for the next API requests: http500, delay=SECONDS, "
        "throttle=BYTES_PER_S, drop, invalid_json, code=N (-412 comes with HTTP 412, -352 with "
        "a v_voucher), http412[=1 for the HTML page], http413; add @upload or @heartbeat to "
        "aim it at one endpoint; e.g. --fault http500x2@upload",
    )
    emulator.add_argument(
        "--rate-limit",
        default="1200/60",
        metavar="N/SECONDS",
        help="risk control per client address: more than N API requests within SECONDS block "
        "it (HTTP 412), and each request while blocked prolongs the block; 'off' to disable "
        "(default 1200/60, which ordinary use never reaches)",
    )
    emulator.add_argument(
        "--block-seconds",
        type=float,
        default=1800,
        metavar="SECONDS",
        help="how long a rate-limit block lasts (default 1800)",
    )
    for flag, text in (
        ("--session-refresh-after", "cookie/info says a session should be renewed"),
        ("--session-lifetime", "a session dies (-101)"),
        (
            "--browser-renews-after",
            "a browser's session (a pasted cookie) is renewed by its browser, so the pasted "
            "copy dies",
        ),
    ):
        emulator.add_argument(
            flag,
            type=float,
            default=None,
            metavar="SECONDS",
            help=f"that long after a session began (for the browser: was first used), {text}",
        )
    emulator.add_argument(
        "--clock-skew",
        type=float,
        default=0,
        metavar="SECONDS",
        help="run the emulator's clock (its Date header and link signatures) this far ahead "
        "of the machine's (negative: behind)",
    )


def parse_rate_limit(text: str) -> tuple[int, float] | None:
    """`N/SECONDS` or `off`."""
    if text.strip().lower() == "off":
        return None
    count, slash, seconds = text.partition("/")
    try:
        limit = (int(count), float(seconds))
    except ValueError:
        limit = (0, 0.0)
    if not slash or limit[0] < 1 or limit[1] <= 0:
        raise ValueError(f"--rate-limit {text!r}: give N/SECONDS, such as 1200/60, or off")
    return limit


def run_emulator(args: argparse.Namespace) -> int:
    from gui.emulator.accounts import Ageing
    from gui.emulator.clock import EmulatorClock
    from gui.emulator.faults import Fault
    from gui.emulator.server import Emulator

    try:
        faults = [Fault.parse(spec) for spec in args.fault]
        rate_limit = parse_rate_limit(args.rate_limit)
    except ValueError as exc:
        return fail_usage(str(exc))
    options: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "link_ttl": args.link_ttl,
        "data_dir": args.data_dir,
        "qr_auto": args.qr_auto,
        "access_log": True,
        "rate_limit": rate_limit,
        "block_seconds": args.block_seconds,
        "clock": EmulatorClock(skew=args.clock_skew),
        "ageing": Ageing(
            refresh_after=args.session_refresh_after,
            lifetime=args.session_lifetime,
            browser_renews_after=args.browser_renews_after,
        ),
    }
    if args.max_bytes is not None:
        options["max_bytes"] = args.max_bytes
    emulator = Emulator(**options)
    for fault in faults:
        emulator.faults.add_fault(fault)
    try:
        sock = emulator.bind()
    except OSError as exc:
        emulator.close()
        return fail_usage(f"cannot listen on {args.host}:{args.port}: {exc.strerror}")
    from gui.bili.credentials import REQUIRED_COOKIES

    jar = emulator.demo_credentials.cookies()
    cookie = "; ".join(f"{name}={jar[name]}" for name in REQUIRED_COOKIES)
    print(json.dumps({"base_url": emulator.base_url, "cookie": cookie}), flush=True)
    try:
        emulator.serve_forever(sock)
    finally:
        emulator.close()
    return EXIT_OK
