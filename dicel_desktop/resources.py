"""Where the files beside the code are: ``resources/`` (icons, translations) and ``migrations/``.

In a checkout (and an editable install) they sit at the project's root, beside the
package; in the PyInstaller bundle, inside its data folder (``sys._MEIPASS``), where
installer.spec puts them under the same names. No Qt here: the CLI uses it too.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["APP_ICON_SIZES", "app_icon_files", "bundle_root", "resources_dir"]

#: The sizes build/make_icons.py renders (resources/icons/dicel-desktop-SIZE.png).
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def bundle_root() -> Path:
    """The folder holding ``resources/`` and ``migrations/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[1]


def resources_dir() -> Path:
    return bundle_root() / "resources"


def app_icon_files() -> list[Path]:
    """The application icon's PNGs that exist, smallest first (none in a bare pip install)."""
    icons = resources_dir() / "icons"
    return [p for size in APP_ICON_SIZES if (p := icons / f"dicel-desktop-{size}.png").is_file()]
