"""Where every command finds its credentials: --cookie, else BILIDROP_COOKIE, else the keyring.
The keyring (slow to import) is loaded only when it is asked."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from gui.bili.credentials import Credentials
from gui.bili.origins import ServiceOrigins, normalise_origin
from gui.bili.proxy import Proxy
from gui.cli_common import COOKIE_ENV

if TYPE_CHECKING:
    from gui.bili.client import BiliClient
    from gui.store.credential_store import CredentialStore


def origins_of(args: argparse.Namespace) -> ServiceOrigins:
    return ServiceOrigins.single(args.api_base) if args.api_base else ServiceOrigins()


def store_of(args: argparse.Namespace) -> CredentialStore:
    from gui.store.credential_store import CredentialStore, entry_for

    return CredentialStore(
        entry=entry_for(normalise_origin(args.api_base) if args.api_base else None)
    )


def credentials_of(args: argparse.Namespace) -> Credentials | None:
    """--cookie, else the environment, else the keyring. Raises ValueError for a bad cookie."""
    cookie = getattr(args, "cookie", None) or os.environ.get(COOKIE_ENV)
    if cookie:
        return Credentials.from_cookie_header(cookie)
    from gui.store.credential_store import CredentialStoreError

    try:
        return store_of(args).load()
    except CredentialStoreError as error:
        print(f"bilidrop: {error}", file=sys.stderr)
        return None


def client_of(args: argparse.Namespace, credentials: Credentials | None) -> BiliClient:
    from gui.bili.client import BiliClient

    return BiliClient(credentials, origins_of(args), proxy=proxy_of(args))


def proxy_of(args: argparse.Namespace) -> Proxy:
    """--proxy, else the system's. Raises ProxyError (a ValueError) for an unusable URL."""
    proxy = getattr(args, "proxy", None)
    return Proxy.manual(proxy) if proxy else Proxy()


def client_from(args: argparse.Namespace) -> BiliClient:
    """A BiliClient for the command's options, or raise ValueError with what to fix."""
    return client_of(args, credentials_of(args))
