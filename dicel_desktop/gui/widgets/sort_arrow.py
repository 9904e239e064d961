"""The sort arrow of list headers: up for ascending (A to Z, oldest first), down for
descending, as Windows, Excel and most office programs draw it.

QHeaderView hands the style ``SortDown`` for an ascending sort and ``SortUp`` for a
descending one (Qt's convention, GTK's default). Windows' native styles swap them back
when they draw (uxtheme's arrows are the inverse of Qt's), so on Windows an ascending
list already shows an up arrow; Fusion, the style of Linux desktops and of the
screenshots, draws them as named: a descending list showed an arrow pointing up. The
proxy below swaps them for the styles that draw them as named, so a clerk reads the same
arrow on every desktop.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QProxyStyle, QStyle, QStyleOptionHeader

#: Styles that already draw an ascending sort as an up arrow (they invert Qt's
#: SortUp/SortDown themselves), or whose arrow is the platform's own: left alone.
NATIVE_ARROW_STYLES = frozenset({"windowsvista", "windows11", "macos"})

_SWAPPED = {
    QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
    QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
}


class SortArrowStyle(QProxyStyle):
    """The application's style, with the header's sort arrow pointing up for ascending."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            swapped = _SWAPPED.get(option.sortIndicator)
            if swapped is not None:
                option = QStyleOptionHeader(option)
                option.sortIndicator = swapped
        super().drawPrimitive(element, option, painter, widget)


def use_office_sort_arrow(header: QHeaderView) -> None:
    """Make ``header`` draw an ascending sort with an up arrow, whatever the style."""
    if header.style().name().casefold() in NATIVE_ARROW_STYLES:
        return
    style = SortArrowStyle()  # a new instance of the application's style, owned by it
    style.setParent(header)  # freed with the header, not before it
    header.setStyle(style)
