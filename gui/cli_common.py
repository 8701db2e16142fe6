"""What every command-line module shares: exit statuses, the cookie variable's name, and how
a usage error is said."""

import sys

COOKIE_ENV = "BILIDROP_COOKIE"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_SIGNED_OUT = 2
EXIT_UNREACHABLE = 3
EXIT_SLOWED_DOWN = 4  # the service asked to slow down (risk control, too many requests)
EXIT_USAGE = 64
EXIT_CANCELLED = 130


def fail_usage(message: str) -> int:
    """Say what to fix on stderr; the usage error's exit status."""
    print(f"bilidrop: {message}", file=sys.stderr)
    return EXIT_USAGE
