#!/bin/sh
# SPDX-FileCopyrightText: 2026 Tierdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# No program or library of the build tree looks for libraries in the current directory or any
# other relative place: every RUNPATH entry is absolute or starts with $ORIGIN, and none is empty
# (the loader reads an empty entry as the current directory).
#   runpath.sh DIR...   (every ELF file below the directories is checked)
set -eu
checked=0 bad=0
list=$(mktemp)
trap 'rm -f "$list"' EXIT
# One path per line, read whole: a build directory may have spaces in its name.
find "$@" -type f \( -perm -u+x -o -name '*.so*' \) ! -name '*.sh' >"$list"
while IFS= read -r f; do
    head -c 4 "$f" | grep -q 'ELF' || continue
    rp=$(readelf -d "$f" 2>/dev/null | sed -n 's/.*(\(RUNPATH\|RPATH\)).*\[\(.*\)\]$/\2/p')
    checked=$((checked + 1))
    [ -n "$rp" ] || continue
    # Each entry between the colons, the empty ones too.
    if printf '%s\n' "$rp" | awk -F: '{ for (i = 1; i <= NF; i++) if ($i == "" || ($i !~ /^\// && $i !~ /^\$ORIGIN(\/|$)/)) bad = 1 } END { exit !bad }'; then
        echo "FAIL: $f has the RUNPATH \"$rp\": an empty or relative entry is the current directory"
        bad=$((bad + 1))
    fi
done <"$list"
[ "$checked" -gt 0 ] || { echo "FAIL: no ELF file found in $*"; exit 1; }
[ "$bad" -eq 0 ] || exit 1
echo "ok: $checked ELF files, every RUNPATH entry absolute or below \$ORIGIN"
