"""The Chinese house style (docs/zh-style.md), checked over every translation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = sorted(
    (Path(__file__).resolve().parents[2] / "resources" / "translations").glob("*.ts")
)
HAN = r"[\u3400-\u9fff]"
URL = re.compile(r"[a-z0-9]+://\S+")  # an address, typed as it is
RULES = {
    "ASCII punctuation next to Chinese (use ，。：；！？)": re.compile(
        rf"{HAN}[,:;!?]|[,:;!?]{HAN}"
    ),
    "ASCII parentheses around Chinese (use （）)": re.compile(rf"\((?!&)[^)]*{HAN}[^)]*\)"),
    "three dots (use …)": re.compile(r"\.\.\."),
    "a doubled colon": re.compile(r"[:：]\s*[:：]"),
    "no space between Chinese and Latin or digits": re.compile(
        rf"{HAN}[A-Za-z0-9]|[A-Za-z0-9]{HAN}"
    ),
}


def translations(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return [m.findtext("translation") or "" for m in root.iter("message")]


def broken(text: str) -> list[str]:
    text = URL.sub("URL", text)
    return [rule for rule, pattern in RULES.items() if pattern.search(text)]


@pytest.mark.parametrize("path", TRANSLATIONS, ids=lambda path: path.name)
def test_every_translation_keeps_the_house_style(path: Path) -> None:
    problems = {text: broken(text) for text in translations(path) if broken(text)}
    assert problems == {}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("已复制,正在上传", "ASCII punctuation"),
        ("(演示)", "ASCII parentheses"),
        ("上传中...", "three dots"),
        ("代理：：", "a doubled colon"),
        ("上传3个文件", "no space"),
    ],
)
def test_each_rule_catches_what_it_names(text: str, rule: str) -> None:
    assert any(name.startswith(rule) for name in broken(text))


def test_what_the_house_style_allows_passes() -> None:
    for text in (
        "添加文件(&A)…",
        "请按 http://主机:端口 填写",
        "上传 3 个文件（{size}）",
        "{name}：{url}",
    ):
        assert broken(text) == [], text


# Where {name} is not a file's: an account, a keyring, a label, the chat line's own format.
NOT_A_FILE_NAME = {
    "{name} (demo)",
    "QR code: {name}",
    "System keyring ({name})",
    "Signed in as {name}",
    "{name} · {left}",
    "{name} · Bilibili account {mid}",
    "Account: {name}",
    "{name} ({size}, {valid_until}): {url}",
    "Signed in as {name} (mid {mid}). Kept in: {where}.",
    "{name} (mid {mid}) · kept in: {where}",
}
# A sentence quotes a file's name in 「」 (docs/zh-style.md, rule 6); a label line ending in
# "：{folder}" and an aside in （） show it bare.
FILE_PLACEHOLDER = re.compile(r"\{(?:name|folder|path)\}")


@pytest.mark.parametrize("path", TRANSLATIONS, ids=lambda path: path.name)
def test_file_names_in_sentences_are_quoted(path: Path) -> None:
    root = ET.parse(path).getroot()
    unquoted = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        text = message.findtext("translation") or ""
        if source in NOT_A_FILE_NAME:
            continue
        for placeholder in FILE_PLACEHOLDER.findall(text):
            a_label = re.search(f"：{re.escape(placeholder)}$", text, re.MULTILINE)
            set_off = f"「{placeholder}」" in text or f"（{placeholder}）" in text
            if not set_off and not a_label:
                unquoted.append(text)
    assert unquoted == []
