#!/bin/sh
# SPDX-FileCopyrightText: 2026 Tierdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test program against a real Secret Service without touching the
# user's: a private D-Bus session bus (dbus-run-session) and a
# gnome-keyring-daemon whose login keyring lives in a temporary home.
# Usage: with-secret-service.sh PROGRAM [ARGS...]
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/data" "$tmp/config"
mkdir -m 700 "$tmp/run"
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/run"
# The test refuses to run without this, so it never writes to a real keyring.
export TIERDESK_PRIVATE_KEYRING="$tmp"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
status=0
dbus-run-session -- sh -c '
    # --unlock creates the login keyring with the password read from stdin
    # (an empty password creates none, and storing then needs a GUI prompt).
    # The daemon leaves with the session bus.
    printf %s tierdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 3
    exec "$@"' sh "$@" || status=$?
exit "$status"
