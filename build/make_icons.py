"""Render the application icon's PNGs and Windows .ico from its one SVG source.

    python build/make_icons.py            # writes resources/icons/dicel-desktop-*.png and .ico

Qt draws them (QSvgRenderer into a QImage), so nothing beyond PySide6 is needed. The
.ico holds PNG-compressed images, which Windows reads since Vista and which keep the file
small; 256 px is the largest size an .ico entry can declare.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
NAME = "dicel-desktop"
#: Linux's hicolor theme and Qt's window icon use these; the .ico takes those up to 256.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"Qt could not encode the {size} px image as PNG")
    return bytes(data.data())


def ico_file(images: dict[int, bytes]) -> bytes:
    """An .ico (ICONDIR, one ICONDIRENTRY per size, then the PNG data of each)."""
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the one-byte width and height
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main(out_dir: Path = ICONS) -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QPainter needs one
    renderer = QSvgRenderer(str(ICONS / f"{NAME}.svg"))
    if not renderer.isValid():
        print(f"{ICONS / f'{NAME}.svg'}: not an SVG Qt can draw", file=sys.stderr)
        return 1
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs = {size: render(renderer, size) for size in PNG_SIZES}
    for size, png in pngs.items():
        (out_dir / f"{NAME}-{size}.png").write_bytes(png)
    (out_dir / f"{NAME}.ico").write_bytes(ico_file({s: pngs[s] for s in ICO_SIZES}))
    del app
    print(f"wrote {len(pngs)} PNGs and {NAME}.ico to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ICONS))
