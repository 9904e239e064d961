#!/usr/bin/env bash
# Installs DICEL Desktop from this unpacked folder (as root):
#
#     sudo ./install.sh --server db.dicel.rw --database dicel_erp_db --sslmode verify-full \
#         --sslrootcert dicel-ca.pem
#     sudo ./install.sh --uninstall
#
# It copies the folder to /opt/dicel-desktop (--prefix), links dicel-desktop and
# dicel-admin into /usr/local/bin, adds the menu entry and icons, and, given --server,
# writes the site profile /opt/dicel-desktop/dicel.toml: the program reads the file
# beside itself first (dicel_desktop/config.py), so every account on the PC sees the
# server. Without --server an existing dicel.toml is kept. Safe to run again (upgrades).
# DESTDIR=/some/root puts every file under that folder instead (packaging, tests).
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: install.sh [options]        install or upgrade (run as root)
       install.sh --uninstall      remove the program, its links, menu entry and icons

Site profile (the server the login window offers; written to PREFIX/dicel.toml):
  --server HOST[:PORT]    the database server (port 5432 when not given)
  --database NAME         the database (default dicel_erp_db)
  --sslmode MODE          disable, allow, prefer, require, verify-ca or verify-full
  --sslrootcert FILE      the CA certificate the server's is checked against (copied)
  --name TEXT             the profile's name in the login window (default "Head office")
Other:
  --prefix DIR            where to install (default /opt/dicel-desktop)
  -h, --help              this text
EOF
}

fail() {
    echo "install.sh: $*" >&2
    exit 2
}

SOURCE=$(cd "$(dirname "$0")" && pwd)
PREFIX=/opt/dicel-desktop
SERVER="" DATABASE="dicel_erp_db" SSLMODE="" SSLROOTCERT="" NAME="Head office" UNINSTALL=0
while [ $# -gt 0 ]; do
    case "$1" in
        --server) SERVER=${2-}; shift 2 || fail "--server needs a value" ;;
        --server=*) SERVER=${1#*=}; shift ;;
        --database) DATABASE=${2-}; shift 2 || fail "--database needs a value" ;;
        --database=*) DATABASE=${1#*=}; shift ;;
        --sslmode) SSLMODE=${2-}; shift 2 || fail "--sslmode needs a value" ;;
        --sslmode=*) SSLMODE=${1#*=}; shift ;;
        --sslrootcert) SSLROOTCERT=${2-}; shift 2 || fail "--sslrootcert needs a value" ;;
        --sslrootcert=*) SSLROOTCERT=${1#*=}; shift ;;
        --name) NAME=${2-}; shift 2 || fail "--name needs a value" ;;
        --name=*) NAME=${1#*=}; shift ;;
        --prefix) PREFIX=${2-}; shift 2 || fail "--prefix needs a value" ;;
        --prefix=*) PREFIX=${1#*=}; shift ;;
        --uninstall) UNINSTALL=1; shift ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; fail "unknown option: $1" ;;
    esac
done

DESTDIR=${DESTDIR:-}
[ -n "$DESTDIR" ] || [ "$(id -u)" -eq 0 ] || fail "run it as root (sudo ./install.sh ...)"
case "$PREFIX" in
    /*) ;;
    *) fail "--prefix must be an absolute folder, not $PREFIX" ;;
esac
case "$PREFIX" in
    / | /usr | /usr/local | /opt | /etc | /home) fail "--prefix $PREFIX would replace a system folder: name a folder of its own" ;;
esac
TARGET=$DESTDIR$PREFIX
BIN_DIR=$DESTDIR/usr/local/bin
MENU_DIR=$DESTDIR/usr/share/applications
ICON_ROOT=$DESTDIR/usr/share/icons/hicolor
ICON_SIZES="16 24 32 48 64 128 256 512"

refresh_menus() {
    [ -z "$DESTDIR" ] || return 0
    if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$MENU_DIR" || true; fi
    if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t "$ICON_ROOT" || true; fi
}

remove_system_files() {
    for program in dicel-desktop dicel-admin; do
        # Only our own links: never a file someone else put there.
        if [ -L "$BIN_DIR/$program" ] && [ "$(readlink "$BIN_DIR/$program")" = "$PREFIX/$program" ]; then
            rm -f "$BIN_DIR/$program"
        fi
    done
    rm -f "$MENU_DIR/dicel-desktop.desktop"
    for size in $ICON_SIZES; do rm -f "$ICON_ROOT/${size}x${size}/apps/dicel-desktop.png"; done
}

if [ "$UNINSTALL" = 1 ]; then
    remove_system_files
    if [ -x "$TARGET/dicel-desktop" ]; then rm -rf "$TARGET"; fi
    refresh_menus
    echo "DICEL Desktop removed from $PREFIX (the users' own settings and demo data are kept)."
    exit 0
fi

# ---------------------------------------------------------------- check before changing anything

[ -x "$SOURCE/dicel-desktop" ] && [ -x "$SOURCE/dicel-admin" ] && [ -d "$SOURCE/_internal" ] ||
    fail "run the install.sh of an unpacked DICEL Desktop folder (dicel-desktop, dicel-admin and _internal/ beside it)"

toml_string() {
    # A TOML basic string: backslash and double quote escaped (control characters were
    # refused before: a fail here, in a $(...) subshell, would not stop the script).
    local value=$1
    value=${value//\\/\\\\}
    value=${value//\"/\\\"}
    printf '"%s"' "$value"
}

PROFILE=""
if [ -n "$SERVER" ]; then
    HOST=$SERVER PORT=5432
    if [[ "$SERVER" =~ ^\[(.+)\]:([0-9]+)$ ]]; then # [IPv6]:port
        HOST=${BASH_REMATCH[1]} PORT=${BASH_REMATCH[2]}
    elif [[ "$SERVER" =~ ^([^:]+):([0-9]+)$ ]]; then
        HOST=${BASH_REMATCH[1]} PORT=${BASH_REMATCH[2]}
    elif [[ "$SERVER" =~ ^\[(.+)\]$ ]]; then
        HOST=${BASH_REMATCH[1]}
    fi
    [ "$PORT" -ge 1 ] && [ "$PORT" -le 65535 ] || fail "the port must be between 1 and 65535, not $PORT"
    for value in "$NAME" "$HOST" "$DATABASE"; do
        if [[ "$value" == *[[:cntrl:]]* ]]; then
            fail "a value may not hold control characters (newlines, tabs): $(printf '%q' "$value")"
        fi
    done
    [ -n "$DATABASE" ] || fail "--database needs a name"
    [ -n "$NAME" ] || fail "--name needs a text"
    case "$SSLMODE" in
        "" | disable | allow | prefer | require | verify-ca | verify-full) ;;
        *) fail "--sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full (not $SSLMODE)" ;;
    esac
    if [ -n "$SSLROOTCERT" ]; then
        [ -f "$SSLROOTCERT" ] || fail "the CA certificate $SSLROOTCERT does not exist"
    elif [ "$SSLMODE" = verify-ca ] || [ "$SSLMODE" = verify-full ]; then
        # Without it libpq looks for ~/.postgresql/root.crt of each person: every login
        # on the PC would fail with "root certificate file ... does not exist".
        fail "--sslmode $SSLMODE checks the server against a CA certificate: give it with --sslrootcert FILE"
    fi
    PROFILE="# The site profile: written by install.sh; the login window offers this server.
# Format and keys: dicel_desktop/config.py. Install again with --server to replace it.

[[profile]]
name = $(toml_string "$NAME")
host = $(toml_string "$HOST")
port = $PORT
database = $(toml_string "$DATABASE")"
    [ -z "$SSLMODE" ] || PROFILE+=$'\n'"sslmode = $(toml_string "$SSLMODE")"
    # Relative to the profile's folder, where the certificate is copied below.
    [ -z "$SSLROOTCERT" ] || PROFILE+=$'\n'"sslrootcert = \"dicel-ca.pem\""
elif [ -n "$SSLMODE$SSLROOTCERT" ]; then
    fail "--sslmode and --sslrootcert belong to a site profile: give --server too"
fi

# ---------------------------------------------------------------- install

echo "Installing DICEL Desktop in $PREFIX"
mkdir -p "$TARGET"
KEEP=$(mktemp -d)
trap 'rm -rf "$KEEP"' EXIT
for kept in dicel.toml dicel-ca.pem; do
    if [ -f "$TARGET/$kept" ]; then cp -p "$TARGET/$kept" "$KEEP/"; fi
done
# An upgrade replaces the previous version's files entirely (none of its libraries linger).
rm -rf "$TARGET/_internal"
cp -a "$SOURCE/." "$TARGET/"
rm -f "$TARGET/install.sh"
for kept in dicel.toml dicel-ca.pem; do
    if [ -f "$KEEP/$kept" ]; then cp -p "$KEEP/$kept" "$TARGET/$kept"; fi
done
chmod -R u+rwX,go+rX,go-w "$TARGET" # every account runs it; as root, the demo server's account too

if [ -n "$PROFILE" ]; then
    if [ -n "$SSLROOTCERT" ]; then
        install -m 0644 "$SSLROOTCERT" "$TARGET/dicel-ca.pem"
    fi
    printf '%s\n' "$PROFILE" >"$TARGET/dicel.toml"
    chmod 0644 "$TARGET/dicel.toml"
    echo "Site profile: $PREFIX/dicel.toml ($HOST:$PORT/$DATABASE)"
fi

mkdir -p "$BIN_DIR" "$MENU_DIR"
for program in dicel-desktop dicel-admin; do
    ln -sfn "$PREFIX/$program" "$BIN_DIR/$program"
done
sed "s|@PREFIX@|$PREFIX|g" "$SOURCE/dicel-desktop.desktop" >"$MENU_DIR/dicel-desktop.desktop"
chmod 0644 "$MENU_DIR/dicel-desktop.desktop"
for size in $ICON_SIZES; do
    icon="$SOURCE/_internal/resources/icons/dicel-desktop-$size.png"
    if [ -f "$icon" ]; then install -D -m 0644 "$icon" "$ICON_ROOT/${size}x${size}/apps/dicel-desktop.png"; fi
done
refresh_menus
echo "Done: DICEL Desktop is in the applications menu; dicel-desktop and dicel-admin are on PATH."
