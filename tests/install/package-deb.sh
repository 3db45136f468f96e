#!/bin/sh
# SPDX-FileCopyrightText: 2026 Tierdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package: cpack builds it; its dependencies name the package of
# every library the programs link; dpkg installs it into a fresh root (an
# overlay over this system, so nothing here changes and no network is
# needed), where tierdesk-cli --version and the GUI (offscreen, demo storage)
# run from the installed paths; dpkg then removes it and leaves no file behind.
#   package-deb.sh BUILD_DIR VERSION
set -eu
build=$1 version=$2
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
[ "$(id -u)" -eq 0 ] || skip "installing a package into a fresh root needs root (mount namespaces, dpkg)"
for tool in cpack dpkg dpkg-deb dpkg-shlibdeps unshare chroot objdump mountpoint; do
    command -v "$tool" >/dev/null || skip "$tool is not installed"
done
grep -qw overlay /proc/filesystems || skip "the kernel has no overlay file system"

tmp=$(mktemp -d)
trap 'rm -rf --one-file-system "$tmp"' EXIT
# Nothing of the user's or another test's home is read or written.
export HOME="$tmp/home" XDG_CONFIG_HOME= XDG_DATA_HOME= XDG_CACHE_HOME=
mkdir -p "$HOME"
(cd "$tmp" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1) \
    || { cat "$tmp/cpack.log"; fail "cpack"; }
deb=$(ls "$tmp"/out/tierdesk_"$version"-1_*.deb) || fail "no package tierdesk_$version-1_*.deb"
echo "ok: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

# Dependencies: the package of each library the programs need directly is named.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
dpkg-deb -x "$deb" "$tmp/x"
elves=$(ls "$tmp"/x/usr/bin/* "$tmp"/x/usr/lib/tierdesk/*.so* "$tmp"/x/usr/lib/*/tierdesk/*.so* 2>/dev/null | sort -u)
printf '%s\n' "$elves" | grep -q 'libtierdesk-core\.so\.' || fail "the package holds no private library"
printf '%s\n' "$elves" | grep -q 'libtierdesk-github\.so\.' || fail "the package holds no libtierdesk-github"
printf '%s\n' "$elves" | grep -q '/tierdesk-cli-github\.so$' || fail "the package holds no CLI GitHub module"
for elf in $elves; do
    [ -L "$elf" ] && continue
    for lib in $(objdump -p "$elf" | awk '/NEEDED/ {print $2}'); do
        case $lib in libtierdesk-core.so.*|libtierdesk-github.so.*) continue ;; esac
        path=$(ldconfig -p | awk -v l="$lib" '$1 == l {print $NF; exit}')
        [ -n "$path" ] || fail "$lib, needed by $(basename "$elf"), is not on this system"
        owner=$(dpkg -S "$path" 2>/dev/null | head -n1 | cut -d: -f1)
        [ -n "$owner" ] || owner=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -n1 | cut -d: -f1)
        [ -n "$owner" ] || fail "no package owns $path"
        printf '%s\n' "$depends" | tr ',' '\n' | sed 's/^ *//; s/ .*//' | grep -qx "$owner" \
            || fail "$lib comes from $owner, which Depends does not name"
    done
done
echo "ok: every linked library's package is a dependency"

# A fresh root: this system as the lower layer of an overlay, changes in $tmp only.
mkdir -p "$tmp/upper" "$tmp/work" "$tmp/root"
cp "$deb" "$tmp/upper/tierdesk.deb"
cat >"$tmp/upper/inside.sh" <<'INSIDE'
set -eu
fail() { echo "FAIL (inside): $*"; exit 1; }
dpkg -s tierdesk >/dev/null 2>&1 && fail "tierdesk is installed before the test"
dpkg -i /tierdesk.deb >/dev/null || fail "dpkg -i"
dpkg -L tierdesk >/files.txt
[ "$(env -u DISPLAY tierdesk-cli --version)" = "tierdesk-cli $1" ] || fail "tierdesk-cli --version"
# Publishing loads the CLI's GitHub module from the installed library directory (then fails: no repository).
tierdesk-cli drafts /no-such-repository --publish x --remote y >/dev/null 2>/module.txt && fail "publishing without a repository"
grep -q 'reinstall Tierdesk' /module.txt && fail "the installed CLI did not load its GitHub module: $(cat /module.txt)"
[ "$(command -v tierdesk)" = /usr/bin/tierdesk ] || fail "tierdesk is not /usr/bin/tierdesk"
mkdir -p /gui-home
HOME=/gui-home QT_QPA_PLATFORM=offscreen tierdesk --screenshot /gui-home/shot.png >/dev/null || fail "the GUI"
[ -s /gui-home/shot.png ] || fail "the GUI saved no screenshot"
echo "ok: installed, tierdesk-cli --version, its GitHub module and the GUI run from /usr/bin"
dpkg --purge tierdesk >/dev/null || fail "dpkg --purge"
dpkg -s tierdesk >/dev/null 2>&1 && fail "tierdesk is still installed"
left=0
while read -r f; do
    if [ -f "$f" ] || [ -L "$f" ]; then echo "left behind: $f"; left=1; fi
done </files.txt
[ $left -eq 0 ] || fail "files were left behind"
for d in /usr/share/tierdesk /usr/lib/*/tierdesk /usr/share/doc/tierdesk; do
    [ ! -e "$d" ] || fail "$d was left behind"
done
echo "ok: removed cleanly ($(wc -l </files.txt) paths)"
INSIDE
# Private propagation keeps the overlay from reaching the host's mount table.
# Inside a chroot (scripts/dev's build root) "/" is no mount point and its
# propagation cannot change; there the enclosing namespace is private already.
propagation=private
mountpoint -q / || propagation=unchanged
unshare -m --propagation "$propagation" sh -c '
    set -e
    tmp=$1 version=$2
    mount -t overlay overlay -o "lowerdir=/,upperdir=$tmp/upper,workdir=$tmp/work" "$tmp/root"
    mount -t proc proc "$tmp/root/proc"
    mount --rbind /dev "$tmp/root/dev"
    exec chroot "$tmp/root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 sh /inside.sh "$version"
' sh "$tmp" "$version" || fail "the package in a fresh root"
