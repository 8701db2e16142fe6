"""The overlay on a frozen picture, at device pixel ratios 1 and 2: what is dragged is what is
cut, in the picture's real pixels; marks are drawn into it; a mosaic leaves nothing to read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage

from gui.capture.geometry import dragged_rect, logical_rect, magnified_source, physical_rect
from gui.capture.marks import MOSAIC_BLOCK, Mark, Tool, draw_marks, mosaic
from gui.capture.overlay import CaptureOverlay
from gui.capture.screens import FrozenScreen


def noisy_picture(width: int, height: int) -> QImage:
    """Every pixel different from its neighbours: a stand-in for small print."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    for y in range(height):
        for x in range(width):
            image.setPixel(
                x, y, QColor((x * 37 + y * 11) % 256, (x * 13) % 256, (y * 29) % 256).rgb()
            )
    return image


def frozen(ratio: int) -> FrozenScreen:
    """A 200 × 120 screen of noise at this device pixel ratio."""
    logical = QSize(200, 120)
    screen = QGuiApplication.primaryScreen()
    picture = noisy_picture(logical.width() * ratio, logical.height() * ratio)
    return FrozenScreen(screen, picture, QRect(QPoint(0, 0), logical))


def test_a_drag_covers_both_end_pixels_whichever_way_it_went() -> None:
    assert dragged_rect(QPoint(30, 40), QPoint(10, 20)) == QRect(10, 20, 21, 21)
    assert dragged_rect(QPoint(10, 40), QPoint(30, 20)) == QRect(10, 20, 21, 21)


@pytest.mark.parametrize("ratio", [1, 2, 1.5])
def test_logical_edges_map_to_physical_pixels_inside_the_picture(ratio: float) -> None:
    picture = QSize(round(200 * ratio), round(120 * ratio))
    mapped = physical_rect(QRect(10, 20, 50, 30), ratio, picture)
    assert mapped == QRect(
        round(10 * ratio),
        round(20 * ratio),
        round(60 * ratio) - round(10 * ratio),
        round(50 * ratio) - round(20 * ratio),
    )
    # two selections that touch on screen touch in the picture
    left = physical_rect(QRect(0, 0, 33, 10), ratio, picture)
    right = physical_rect(QRect(33, 0, 20, 10), ratio, picture)
    assert left.right() + 1 == right.left()
    assert physical_rect(QRect(190, 110, 50, 50), ratio, picture).bottomRight() == QPoint(
        picture.width() - 1, picture.height() - 1
    )


def test_window_rectangles_come_into_the_overlays_coordinates() -> None:
    assert logical_rect(QRect(1940, 100, 400, 300), QPoint(1920, 0), 2.0) == QRect(10, 50, 200, 150)
    assert magnified_source(QPoint(50, 50), 2.0, 15) == QRect(93, 93, 15, 15)


@pytest.mark.parametrize("ratio", [1, 2])
def test_dragging_a_rectangle_and_enter_give_its_real_pixels(qtbot, ratio: int) -> None:
    screen = frozen(ratio)
    overlay = CaptureOverlay(screen)
    qtbot.addWidget(overlay)
    overlay.show()
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(20, 30))
    qtbot.mouseMove(overlay, QPoint(60, 50))
    qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(69, 54))
    assert overlay.selection == QRect(20, 30, 50, 25)
    with qtbot.waitSignal(overlay.chosen) as chosen:
        qtbot.keyClick(overlay, Qt.Key.Key_Return)
    picture, action = chosen.args
    assert action == "upload"
    assert (picture.width(), picture.height()) == (50 * ratio, 25 * ratio)
    for x, y in ((0, 0), (picture.width() - 1, picture.height() - 1), (17, 9)):
        assert picture.pixel(x, y) == screen.image.pixel(20 * ratio + x, 30 * ratio + y)


def test_enter_with_no_rectangle_takes_the_whole_screen_and_ctrl_c_copies(qtbot) -> None:
    screen = frozen(2)
    overlay = CaptureOverlay(screen)
    qtbot.addWidget(overlay)
    overlay.show()
    with qtbot.waitSignal(overlay.chosen) as chosen:
        qtbot.keyClick(overlay, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    picture, action = chosen.args
    assert action == "copy"
    assert picture.size() == screen.image.size()


def test_a_click_takes_the_window_under_it_and_esc_cancels(qtbot) -> None:
    overlay = CaptureOverlay(frozen(1), windows=[QRect(50, 40, 80, 60), QRect(0, 0, 200, 120)])
    qtbot.addWidget(overlay)
    overlay.show()
    qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton, pos=QPoint(60, 50))
    assert overlay.selection == QRect(50, 40, 80, 60)  # the topmost window there
    with qtbot.waitSignal(overlay.cancelled):
        qtbot.keyClick(overlay, Qt.Key.Key_Escape)


def test_marks_are_drawn_into_the_picture_and_undone_with_ctrl_z(qtbot) -> None:
    screen = frozen(2)
    overlay = CaptureOverlay(screen)
    qtbot.addWidget(overlay)
    overlay.show()
    overlay.selection = QRect(0, 0, 200, 120)
    qtbot.keyClick(overlay, Qt.Key.Key_B)
    assert overlay.tool is Tool.BOX
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(80, 60))
    assert overlay.marks == [Mark(Tool.BOX, QPoint(20, 20), QPoint(80, 60))]
    boxed = overlay.picture()
    assert boxed.pixelColor(40 * 2, 20 * 2).red() > 200  # the box's top edge, in red
    qtbot.keyClick(overlay, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert overlay.marks == []
    assert overlay.picture().pixel(80, 40) == screen.image.pixel(80, 40)


@pytest.mark.parametrize("ratio", [1, 2])
def test_a_mosaic_leaves_flat_blocks_that_hold_nothing_of_what_was_under_them(
    qtbot, ratio: int
) -> None:
    screen = frozen(ratio)
    area = QRect(10, 10, 100, 60)
    picture = draw_marks(
        screen.image,
        [Mark(Tool.MOSAIC, area.topLeft(), area.bottomRight())],
        QRect(0, 0, 200, 120),
        ratio,
    )
    block = MOSAIC_BLOCK * ratio
    covered = physical_rect(area, ratio, picture.size())
    for top in range(covered.top(), covered.bottom() - block, block):
        for left in range(covered.left(), covered.right() - block, block):
            colours = {
                picture.pixel(x, y)
                for x in range(left, left + block)
                for y in range(top, top + block)
            }
            assert len(colours) == 1  # one flat colour a block: no detail left
    outside = QPoint(150 * ratio, 100 * ratio)
    assert picture.pixel(outside) == screen.image.pixel(outside)  # the rest untouched


def test_a_tiny_mosaic_block_is_never_used() -> None:
    image = noisy_picture(48, 48)
    mosaic(image, QRect(0, 0, 48, 48), block=2)
    assert len({image.pixel(x, 0) for x in range(MOSAIC_BLOCK)}) == 1
