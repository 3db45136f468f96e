#!/bin/sh
# SPDX-FileCopyrightText: 2026 Tierdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` into a fresh directory: every file a desktop needs is in
# place, the validators accept the installed desktop entry and metainfo, the
# manual pages hold the programs' own --help, and both programs run from the
# installed tree without a display (and the GUI offscreen, on the demo storage).
#   install-tree.sh BUILD_DIR VERSION
set -eu
build=$1 version=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Nothing of the user's or another test's home is read or written.
export HOME="$tmp/home" XDG_CONFIG_HOME= XDG_DATA_HOME= XDG_CACHE_HOME=
mkdir -p "$HOME"
fail() { echo "FAIL: $*"; exit 1; }

DESTDIR=$tmp/root cmake --install "$build" --prefix /usr >"$tmp/install.log" || { cat "$tmp/install.log"; fail "cmake --install"; }
usr=$tmp/root/usr
id=io.github.tierdesk.Tierdesk
for f in bin/tierdesk bin/tierdesk-cli \
         share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$id.svg share/icons/hicolor/symbolic/apps/$id-symbolic.svg \
         share/man/man1/tierdesk.1 share/man/man1/tierdesk-cli.1 \
         share/tierdesk/translations/tierdesk_de.qm share/tierdesk/translations/tierdesk_en.qm \
         share/doc/tierdesk/README.md share/doc/tierdesk/CHANGELOG.md; do
    [ -s "$usr/$f" ] || fail "$f is not installed"
done
# /usr/lib/tierdesk, or /usr/lib/<multiarch>/tierdesk when configured with the prefix /usr (GNUInstallDirs).
lib=$(ls "$usr"/lib/tierdesk/libtierdesk-core.so.0 "$usr"/lib/*/tierdesk/libtierdesk-core.so.0 2>/dev/null | head -n1)
[ -n "$lib" ] && [ -e "$lib" ] || fail "the private library is not installed"
libdir=$(dirname "$lib")
[ -e "$libdir/libtierdesk-github.so.0" ] || fail "libtierdesk-github is not installed beside libtierdesk-core"
[ -s "$libdir/tierdesk-cli-github.so" ] || fail "the CLI's GitHub module is not installed beside libtierdesk-core"
echo "ok: $(find "$tmp/root" -type f | wc -l) files installed"

desktop-file-validate "$usr/share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$usr/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$usr/share/metainfo/$id.metainfo.xml" || fail "the metainfo lacks release $version"
echo "ok: validators"

# The installed programs find their library through RUNPATH, nothing else.
for p in "$usr/bin/tierdesk" "$usr/bin/tierdesk-cli" "$libdir/tierdesk-cli-github.so"; do
    if env -u LD_LIBRARY_PATH ldd "$p" | grep 'not found'; then fail "$p misses a library"; fi
done
sh "$(dirname "$0")/runpath.sh" "$usr/bin" "$libdir" || fail "an installed RUNPATH reaches the current directory"
# The CLI starts without Qt Network and QtKeychain: they come with its GitHub module, when a command needs it.
if env -u LD_LIBRARY_PATH ldd "$usr/bin/tierdesk-cli" | grep -E 'libQt6Network|libqt6keychain'; then
    fail "tierdesk-cli links Qt Network or QtKeychain"
fi
rc=0; env -u LD_LIBRARY_PATH "$usr/bin/tierdesk-cli" drafts "$tmp/no-such-repository" --publish x --remote y \
    >/dev/null 2>"$tmp/module.txt" || rc=$?
[ "$rc" -eq 2 ] || fail "publishing without a repository exited $rc"
if grep -q 'reinstall Tierdesk' "$tmp/module.txt"; then fail "the installed CLI did not load its GitHub module: $(cat "$tmp/module.txt")"; fi

# No display: --version, --help and a bad option answer instead of aborting.
nodisplay() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LC_ALL=C.UTF-8 LANGUAGE= "$@"; }
[ "$(nodisplay "$usr/bin/tierdesk-cli" --version)" = "tierdesk-cli $version" ] || fail "tierdesk-cli --version"
[ "$(nodisplay "$usr/bin/tierdesk" --version)" = "Tierdesk $version" ] || fail "tierdesk --version: $(nodisplay "$usr/bin/tierdesk" --version 2>&1)"
nodisplay "$usr/bin/tierdesk" --help >"$tmp/help.txt" || fail "tierdesk --help"
grep -q -- '--screenshot' "$tmp/help.txt" || fail "tierdesk --help lacks --screenshot"
rc=0; nodisplay "$usr/bin/tierdesk" --no-such-option >"$tmp/bad.txt" 2>&1 || rc=$?
[ "$rc" -ne 0 ] || fail "a bad option exited 0"
grep -q 'no-such-option' "$tmp/bad.txt" || fail "a bad option is not named: $(cat "$tmp/bad.txt")"
if grep -qi 'xcb\|display' "$tmp/bad.txt"; then fail "a bad option needed a display: $(cat "$tmp/bad.txt")"; fi
echo "ok: no display needed for --version, --help, bad options"

# German from the installed translations.
env -u DISPLAY LANGUAGE=de LC_ALL=C.UTF-8 "$usr/bin/tierdesk" --help | grep -q 'Paketspeicher' \
    || fail "LANGUAGE=de tierdesk --help is not German"

# The manual pages say what --help says: every option of --help is in the page.
for opt in $(grep -o -- '--[a-z][a-z-]*' "$tmp/help.txt" | sort -u); do
    esc=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')
    grep -q -- "$esc" "$usr/share/man/man1/tierdesk.1" || fail "tierdesk.1 lacks $opt"
done
for c in index diff promote drafts release-check tag; do
    grep -q "^\.SS $c\$" "$usr/share/man/man1/tierdesk-cli.1" || fail "tierdesk-cli.1 lacks the command $c"
done
echo "ok: manual pages"

# The GUI from the installed path, offscreen, on the demo storage: a screenshot of the loaded window.
HOME=$tmp/home QT_QPA_PLATFORM=offscreen "$usr/bin/tierdesk" --screenshot "$tmp/shot.png" --size 1024x700 \
    || fail "the installed GUI did not show the demo storage"
[ -s "$tmp/shot.png" ] || fail "no screenshot"
echo "ok: the installed GUI runs"
