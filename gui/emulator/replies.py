"""Reply bodies as the real service writes them."""

from __future__ import annotations

import json
import uuid
from typing import Any
from xml.sax.saxutils import escape

from starlette.responses import Response

CODE_MESSAGES = {
    -101: "账号未登录",
    -111: "csrf 校验失败",
    -352: "风控校验失败",
    -400: "请求错误",
    -412: "请求被拦截",
    -500: "服务器错误",
    -509: "超出限制",
    -799: "请求过于频繁，请稍后再试",
    1000011: "仅支持上传300M内的文件",
    1200201: "获取用户信息失败",
}

BLOCKED_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>412 Precondition Failed</title></head>
<body><h1>由于触发哔哩哔哩安全风控策略，该次访问请求被拒绝。</h1>
<p>The request was rejected because of the bilibili security control policy.</p></body></html>
"""

TOO_LARGE_PAGE = """<html>
<head><title>413 Request Entity Too Large</title></head>
<body><center><h1>413 Request Entity Too Large</h1></center><hr><center>openresty</center></body>
</html>
"""

ERROR_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>500 Internal Server Error</title></head>
<body><h1>500 Internal Server Error</h1><p>出错啦! 服务器开小差了, 请稍后再试。</p></body></html>
"""


def go_json(payload: Any) -> bytes:
    """JSON the way the service's Go encoder writes it: <, > and & as \\u003c, \\u003e, \\u0026."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e").encode()


def bili_reply(
    code: int,
    *,
    data: dict[str, Any] | None = None,
    with_msg: bool = False,
    message: str | None = None,
) -> Response:
    """`{"code":..,"message":..,"ttl":1[,"data":..]}` with HTTP 200, as the service answers.

    `with_msg` adds the heartbeat's `"msg":"ok"`, which the docs say is absent on failure.
    `message` replaces the usual text (the passport and nav replies say "0" on success).
    """
    if message is None:
        message = "ok" if code == 0 else CODE_MESSAGES.get(code, "错误")
    payload: dict[str, Any] = {"code": code}
    if with_msg and code == 0:
        payload["msg"] = "ok"
    payload |= {"message": message, "ttl": 1}
    if data is not None:
        payload["data"] = data
    return Response(go_json(payload), media_type="application/json; charset=utf-8")


def risk_control_reply(code: int = -412, *, html: bool = False) -> Response:
    """What the service answers a client it is slowing down: -412 with HTTP 412 (its JSON, or
    since 2025 an HTML page), -352 with a v_voucher in the body and a header, -799/-509 as
    usual JSON."""
    if html:
        return Response(BLOCKED_PAGE, status_code=412, media_type="text/html; charset=utf-8")
    if code == -352:
        voucher = f"voucher_{uuid.uuid4()}"
        reply = bili_reply(-352, data={"v_voucher": voucher})
        reply.headers["x-bili-gaia-vvoucher"] = voucher
        return reply
    reply = bili_reply(code)
    if code == -412:
        reply.status_code = 412
    return reply


def s3_error(code: str, key: str, status: int = 403) -> Response:
    messages = {
        "AccessDenied": "Request has expired",
        "SignatureDoesNotMatch": "The request signature we calculated does not match the "
        "signature you provided.",
        "AuthorizationQueryParametersError": "Query-string authentication requires the "
        "X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date, X-Amz-Expires, X-Amz-SignedHeaders "
        "and X-Amz-Signature parameters.",
        "NoSuchKey": "The specified key does not exist.",
    }
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{code}</Code><Message>{messages[code]}</Message>"
        f"<Key>{escape(key)}</Key><BucketName>customer-video-upload</BucketName></Error>"
    )
    return Response(body, status_code=status, media_type="application/xml")
