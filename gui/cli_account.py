"""The command line's account commands (login, logout, whoami),
keeping the sign-in in the keyring (gui/cli_credentials.py finds the credentials)."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
from typing import TYPE_CHECKING

from gui.bili.credentials import Credentials
from gui.bili.errors import BiliError, NotSignedIn
from gui.cli_common import (
    COOKIE_ENV,
    EXIT_CANCELLED,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_SIGNED_OUT,
    EXIT_UNREACHABLE,
)
from gui.cli_credentials import client_of, store_of
from gui.i18n import tr
from gui.store.credential_store import CredentialStore, CredentialStoreError

if TYPE_CHECKING:
    from gui.bili.account import QrCode
    from gui.bili.client import BiliClient

POLL_SECONDS = 1.0
MAX_CODES = 3  # new codes shown after an expiry before giving up


def _keep(args: argparse.Namespace, credentials: Credentials) -> int:
    """Check credentials with nav, store them, say who is signed in."""
    try:
        with client_of(args, credentials) as checked:
            account = checked.nav()
    except NotSignedIn:
        print(tr("These cookies are signed out or expired: sign in again."), file=sys.stderr)
        return EXIT_SIGNED_OUT
    except BiliError as error:
        words = tr("Could not check the sign-in: {reason}")
        print(words.format(reason=error.message), file=sys.stderr)
        return EXIT_UNREACHABLE
    store = store_of(args)
    try:
        store.save(credentials)
        where = store.where()
    except CredentialStoreError as error:
        print(f"bilidrop: {error}", file=sys.stderr)
        return EXIT_FAILED
    words = tr("Signed in as {name} (mid {mid}). Kept in: {where}.")
    print(words.format(name=account.uname, mid=account.mid, where=where))
    if not store.persistent:
        words = tr(
            "Without a system keyring the sign-in is not kept after this command; use "
            "--cookie or {variable} for each command instead."
        )
        print(words.format(variable=COOKIE_ENV), file=sys.stderr)
    return EXIT_OK


def _draw(code: QrCode) -> None:
    import qrcode

    qr = qrcode.QRCode(border=2)
    qr.add_data(code.url)
    text = io.StringIO()
    qr.print_ascii(out=text, invert=True)
    print(text.getvalue(), end="")
    print(tr("Scan with the Bilibili app (Me → scan icon); the code works for 3 minutes."))
    print(tr("(The code's address: {url})").format(url=code.url), flush=True)


def _qr_sign_in(client: BiliClient) -> Credentials | None:
    from gui.bili.account import QrState

    for _ in range(MAX_CODES):
        code = client.qr_generate()
        _draw(code)
        told = QrState.WAITING
        while True:
            poll = client.qr_poll(code.key)
            if poll.state is QrState.CONFIRMED:
                return poll.credentials
            if poll.state is QrState.EXPIRED:
                print(tr("The code expired; here is a new one."), flush=True)
                break
            if poll.state is QrState.SCANNED and told is not QrState.SCANNED:
                print(tr("Scanned: confirm the sign-in on your phone."), flush=True)
                told = QrState.SCANNED
            time.sleep(POLL_SECONDS)
    return None


def run_login(args: argparse.Namespace) -> int:
    try:
        if args.cookie:
            return _keep(args, Credentials.from_cookie_header(args.cookie))
        with client_of(args, None) as client:
            credentials = _qr_sign_in(client)
            if credentials is None:
                words = tr("No sign-in: the codes expired. Run 'bilidrop login' again.")
                print(words, file=sys.stderr)
                return EXIT_FAILED
            return _keep(args, credentials)
    except ValueError as error:  # a bad --cookie or --api-base
        print(f"bilidrop: {error}", file=sys.stderr)
        return EXIT_FAILED
    except BiliError as error:
        print(tr("Sign-in failed: {reason}").format(reason=error.message), file=sys.stderr)
        return EXIT_UNREACHABLE
    except KeyboardInterrupt:
        print("\n" + tr("Cancelled."), file=sys.stderr)
        return EXIT_CANCELLED


class StoreFailed(Exception):
    """The keyring could not be read; already said on stderr."""


def _stored(store: CredentialStore) -> Credentials | None:
    try:
        return store.load()
    except CredentialStoreError as error:
        print(f"bilidrop: {error}", file=sys.stderr)
        raise StoreFailed from None


def run_logout(args: argparse.Namespace) -> int:
    store = store_of(args)
    credentials = _stored(store)
    if credentials is None:
        print(tr("Not signed in on this computer."))
        return EXIT_OK
    revoke = not credentials.pasted or args.everywhere  # a browser's session stays its own
    revoked = True
    if revoke:
        try:
            with client_of(args, credentials) as client:
                client.sign_out()
        except BiliError as error:
            revoked = False
            words = tr("The service could not revoke the session ({reason}).")
            print(words.format(reason=error.message), file=sys.stderr)
    try:
        store.delete()
    except CredentialStoreError as error:
        print(f"bilidrop: {error}", file=sys.stderr)
        return EXIT_FAILED
    if not revoke:
        print(
            tr(
                "Forgotten on this computer. It was a cookie pasted from a browser, which stays "
                "signed in (use --everywhere to sign that session out too)."
            )
        )
        return EXIT_OK
    if revoked:
        print(tr("Signed out and the session revoked."))
    else:
        print(tr("Signed out; the sign-in was removed from this computer."))
    return EXIT_OK if revoked else EXIT_UNREACHABLE


def run_whoami(args: argparse.Namespace) -> int:
    """Who the credentials every command would use belong to: --cookie, else the
    environment, else the keyring."""
    given = args.cookie or os.environ.get(COOKIE_ENV)
    try:
        if given:
            credentials: Credentials | None = Credentials.from_cookie_header(given)
            where = "--cookie" if args.cookie else COOKIE_ENV
        else:
            store = store_of(args)
            credentials = store.load()
            where = store.where()
    except (CredentialStoreError, ValueError) as error:
        print(f"bilidrop: {error}", file=sys.stderr)
        return EXIT_FAILED
    report: dict[str, object] = {"signed_in": False, "kept_in": where}
    code = EXIT_SIGNED_OUT
    if credentials is not None:
        try:
            with client_of(args, credentials) as client:
                account = client.nav()
        except NotSignedIn:
            report["error"] = tr("the stored sign-in is no longer valid: run 'bilidrop login'")
        except BiliError as error:
            report["error"] = error.message
            code = EXIT_UNREACHABLE
        else:
            report |= {"signed_in": True, "uname": account.uname, "mid": account.mid}
            code = EXIT_OK
        report |= {
            "made_by": credentials.source or "unknown",
            "renewed_at": credentials.renewed_at or None,
        }
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    elif code == EXIT_OK:
        words = tr("{name} (mid {mid}) · kept in: {where}")
        print(words.format(name=report["uname"], mid=report["mid"], where=where))
        if credentials is not None and credentials.pasted:
            print(tr("Signed in with a cookie pasted from a browser: never renewed by BiliDrop."))
        elif credentials is not None:
            renewed = credentials.renewed_at or tr("not yet")
            print(tr("Signed in by QR code; last renewed: {time}.").format(time=renewed))
    elif "error" in report:
        words = tr("Not signed in: {reason}. Kept in: {where}.")
        print(words.format(reason=report["error"], where=where))
    else:
        print(tr("Not signed in. Kept in: {where}.").format(where=where))
    return code


def run_refresh(args: argparse.Namespace) -> int:
    """Renew a QR sign-in now if the service says it is due."""
    from gui.bili.cookie_refresh import lock_path_for, renew_shared
    from gui.cli_common import exit_code_for

    store = store_of(args)
    credentials = _stored(store)
    if credentials is None:
        print(tr("Not signed in: run 'bilidrop login'."), file=sys.stderr)
        return EXIT_SIGNED_OUT
    if credentials.pasted:
        print(
            tr(
                "This sign-in is a cookie pasted from a browser: its browser renews it, "
                "BiliDrop never does (that would sign the browser out)."
            )
        )
        return EXIT_OK
    try:
        with client_of(args, credentials) as client:
            new = renew_shared(client, store.load, store.save, lock_path_for(store.entry))
    except NotSignedIn as error:
        words = tr("The stored sign-in is no longer valid: run 'bilidrop login'.")
        print(words, file=sys.stderr)
        return exit_code_for(error)
    except BiliError as error:
        words = tr("Could not renew the sign-in: {reason}")
        print(words.format(reason=error.message), file=sys.stderr)
        return exit_code_for(error)
    print(
        tr("Sign-in renewed.") if new is not None else tr("The sign-in does not need renewing yet.")
    )
    return EXIT_OK


COMMANDS = {
    "login": run_login,
    "logout": run_logout,
    "whoami": run_whoami,
    "refresh": run_refresh,
}


def run_account_command(args: argparse.Namespace) -> int:
    try:
        return COMMANDS[args.command](args)
    except StoreFailed:  # said on stderr where it happened
        return EXIT_FAILED
