"""The service's documented limits, the one place each number is written: the words that
mention them ("15 minutes", "300 MiB") are filled from here."""

from __future__ import annotations

from datetime import timedelta

# The service says "仅支持上传300M内的文件" without saying whether M is 10^6 or 2^20 bytes.
# We allow 300 MiB and handle the service's code 1000011 the same way, should it count less.
MAX_UPLOAD_BYTES = 300 * 1024 * 1024
MAX_UPLOAD_WORDS = f"{MAX_UPLOAD_BYTES // 2**20} MiB"  # how the limit is said ("300 MiB")

LINK_TTL = timedelta(seconds=900)  # documented: links work for 15 minutes, then HTTP 403
LINK_TTL_SECONDS = int(LINK_TTL.total_seconds())
LINK_TTL_MINUTES = LINK_TTL_SECONDS // 60
