"""Which way a header's sort arrow points, read from its pixels."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView


def arrow_direction(header: QHeaderView, section: int) -> str:
    """'up' or 'down': which way the triangle drawn at the section's right end points
    (its dark rows get wider towards its base)."""
    image = header.grab().toImage()
    right = header.sectionViewportPosition(section) + header.sectionSize(section)
    widths = []
    for y in range(image.height()):
        dark = sum(
            1 for x in range(right - 24, right - 2) if image.pixelColor(x, y).lightness() < 120
        )
        if dark:
            widths.append(dark)
    assert len(widths) >= 2, "no arrow drawn"
    if widths[0] < widths[-1]:
        return "up"
    assert widths[0] > widths[-1]
    return "down"
