"""The curl examples of customerservice-msg.md, host swapped for the emulator's, run with curl.

The commands are copied from the document as they stand; the replies must have exactly the
documented fields.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from gui.emulator.server import Emulator

DOC_HOST = "https://customerservice.bilibili.com"

HEARTBEAT_EXAMPLE = """\
curl -G "https://customerservice.bilibili.com/x/custom/session_svr/v1/heart_beat" \\
-b "SESSDATA=xxx"
"""

UPLOAD_EXAMPLE = """\
curl -X POST "https://customerservice.bilibili.com/x/custom/msg_svr/v1/upload" \\
-F 'file=@./headers/xx-out.xcf' \\
-F 'filename=ihavenoname' \\
-F 'mid=1070915568' \\
-F 'csrf=xxx' \\
-b 'SESSDATA=xxx; bili_jct=xxx'
"""

pytestmark = pytest.mark.skipif(shutil.which("curl") is None, reason="needs curl")


def run_example(example: str, emulator: Emulator, cwd: Path) -> dict:
    """Run a documented command with the demo account's values in place of the doc's."""
    creds = emulator.demo_credentials
    text = example.replace(DOC_HOST, emulator.base_url)
    text = text.replace("SESSDATA=xxx", f"SESSDATA={creds.sessdata}")
    text = text.replace("bili_jct=xxx", f"bili_jct={creds.bili_jct}")
    text = text.replace("csrf=xxx", f"csrf={creds.bili_jct}")
    text = text.replace("mid=1070915568", f"mid={creds.mid}")
    argv = shlex.split(text.replace("\\\n", " "))
    done = subprocess.run(
        ["curl", "-sS", *argv[1:]], cwd=cwd, capture_output=True, check=True, timeout=30
    )
    return json.loads(done.stdout)


def test_heartbeat_example(emulator: Emulator, tmp_path: Path) -> None:
    reply = run_example(HEARTBEAT_EXAMPLE, emulator, tmp_path)
    assert reply == {"code": 0, "msg": "ok", "message": "ok", "ttl": 1}


def test_heartbeat_failure_has_no_msg(emulator: Emulator, tmp_path: Path) -> None:
    reply = run_example(HEARTBEAT_EXAMPLE.replace('-b "SESSDATA=xxx"', ""), emulator, tmp_path)
    assert reply == {"code": -101, "message": "账号未登录", "ttl": 1}


def test_upload_example(emulator: Emulator, tmp_path: Path) -> None:
    (tmp_path / "headers").mkdir()
    (tmp_path / "headers" / "xx-out.xcf").write_bytes(b"gimp xcf v011" + bytes(500))
    reply = run_example(UPLOAD_EXAMPLE, emulator, tmp_path)
    assert set(reply) == {"code", "message", "ttl", "data"}
    assert (reply["code"], reply["message"], reply["ttl"]) == (0, "ok", 1)
    assert set(reply["data"]) == {"key", "url"}
    assert re.fullmatch(r"[0-9a-f]{32}\.xcf", reply["data"]["key"])
    pattern = (
        re.escape(emulator.base_url)
        + r"/customer-video-upload/"
        + reply["data"]["key"]
        + r"\?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=[^&/]+%2F\d{8}%2Fjssz%2Fs3"
        r"%2Faws4_request&X-Amz-Date=\d{8}T\d{6}Z&X-Amz-Expires=900"
        r"&X-Amz-SignedHeaders=host&X-Amz-Signature=[0-9a-f]{64}"
    )
    assert re.fullmatch(pattern, reply["data"]["url"])
    downloaded = subprocess.run(
        ["curl", "-sS", "-f", reply["data"]["url"]], capture_output=True, check=True, timeout=30
    )
    assert downloaded.stdout == (tmp_path / "headers" / "xx-out.xcf").read_bytes()
