#!/bin/sh
# SPDX-FileCopyrightText: 2026 Tierdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue #13: tierdesk-cli and libtierdesk-core load neither Qt Network nor
# QtKeychain (nor what they bring), so no command pays for them at start;
# the CLI's GitHub module does, which shows the check can see them.
#   no-network-deps.sh TIERDESK_CLI LIBTIERDESK_CORE CLI_GITHUB_MODULE
set -eu
fail() { echo "FAIL: $*"; exit 1; }
pattern='libQt6Network|libqt6keychain'
for elf in "$1" "$2"; do
    found=$(ldd "$elf" | grep -E "$pattern" || true)
    [ -z "$found" ] || fail "$(basename "$elf") loads: $found"
    echo "ok: $(basename "$elf"): $(ldd "$elf" | wc -l) libraries, no Qt Network, no QtKeychain"
done
[ "$(ldd "$3" | grep -cE "$pattern")" -eq 2 ] || fail "$(basename "$3") does not load Qt Network and QtKeychain"
echo "ok: $(basename "$3") loads both"
