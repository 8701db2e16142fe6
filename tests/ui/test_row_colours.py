"""How a row's state and link read: colours at AA contrast, image links in Markdown."""

from __future__ import annotations

import pytest
from PySide6.QtGui import (
    QColor,
    QPalette,
)

from gui.common.link_formats import LinkFormat, format_link
from gui.ui.row_colours import (
    contrast,
    readable_link_colour,
)


@pytest.mark.parametrize(
    ("base", "link"), [("#323232", "#0000ff"), ("#ffffff", "#0000ff"), ("#ffffff", "#aaccff")]
)
def test_links_read_at_aa_contrast_on_light_and_dark_themes(base: str, link: str) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Link, QColor(link))
    assert contrast(readable_link_colour(palette), QColor(base)) >= 4.5


def test_image_links_in_markdown_are_images() -> None:
    assert (
        format_link("http://x/a.png", "shot.png", LinkFormat.MARKDOWN)
        == "![shot.png](http://x/a.png)"
    )
    assert (
        format_link("http://x/a.txt", "notes.txt", LinkFormat.MARKDOWN)
        == "[notes.txt](http://x/a.txt)"
    )
