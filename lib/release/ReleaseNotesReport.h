// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Release notes as Markdown sized for a GitHub release body, and as JSON.
#include "release/ReleaseNotes.h"
#include "tierdesk_core_export.h"

#include <QJsonObject>

namespace tierdesk {

// GitHub refuses a release body of more characters than this.
inline constexpr qsizetype githubReleaseBodyLimit = 65536;

struct NotesMarkdown {
    QString text;
    int packagesShown = 0;
    int packagesTotal = 0;
    bool cut() const { return packagesShown < packagesTotal; }
};

// The whole notes when they fit in `limit` characters (0: no limit); else the
// packages that fit, in order, then a line saying where it was cut and that the
// full notes belong in a file.
TIERDESK_CORE_EXPORT NotesMarkdown releaseNotesToMarkdown(const ReleaseNotes &notes,
                                                          qsizetype limit = githubReleaseBodyLimit);
TIERDESK_CORE_EXPORT QJsonObject releaseNotesToJson(const ReleaseNotes &notes);

// "breaking-change" -> "Breaking changes"; unknown types are "Other changes".
TIERDESK_CORE_EXPORT QString changeTypeHeading(const QString &type);
// The Markdown for a changelog link: "[#737](https://…/pull/737)" for an http(s) pull
// request, the address itself as a link for other http(s) ones, else code.
TIERDESK_CORE_EXPORT QString changeLinkMarkdown(const QString &link);

} // namespace tierdesk
