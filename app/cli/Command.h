// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared pieces of the tierdesk-cli subcommands.
#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

namespace cli {

enum Exit { Ok = 0, Blocked = 1, UsageOrRepository = 2 };

QTextStream &out();
QTextStream &err();
// One JSON document on the standard output, indented, flushed.
void printJson(const QJsonObject &doc);

// Parses `args` (the subcommand's own, with the program name first); on
// failure or --help prints and returns false with `exitCode` set.
bool parse(QCommandLineParser &parser, const QStringList &args, int &exitCode);

// --github-host HOST (else TIERDESK_GITHUB_HOST, else github.com): the only host the token goes to, over HTTPS.
QCommandLineOption githubHostOption();

// --tiers LIST, validated (each tier once); on failure prints why and returns false with `exitCode` set.
bool tierList(const QString &value, QStringList &tiers, int &exitCode);

int index(const QStringList &args);
int diff(const QStringList &args);
int compare(const QStringList &args);
int releaseCheck(const QStringList &args);
int tag(const QStringList &args);
int releaseNotes(const QStringList &args);
int promote(const QStringList &args);
int drafts(const QStringList &args);
int why(const QStringList &args);

} // namespace cli
