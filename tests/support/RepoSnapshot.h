// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything of a user's repository Tierdesk must leave alone, byte for byte:
// HEAD, the index, the working tree, every reference (loose and packed), the
// reflogs, the config, hooks and info. Objects are left out (Tierdesk may add
// new ones) and so is Tierdesk's own <git dir>/tierdesk/ store; refs under
// refs/heads/tierdesk/ only when asked.
#include <QMap>
#include <QString>

class RepoSnapshot {
public:
    // `gitDir`: the repository's git directory; `workTree`: its working tree, empty for a bare one.
    static RepoSnapshot take(const QString &gitDir, const QString &workTree = {}, bool withDraftBranches = true);
    // Opens `path` (bare or not) with libgit2 to find both.
    static RepoSnapshot of(const QString &path, bool withDraftBranches = true);

    // One line per path that was added, removed or changed; empty when equal.
    QStringList differences(const RepoSnapshot &later) const;
    qsizetype size() const { return m_files.size(); }

private:
    QMap<QString, QByteArray> m_files; // "git:refs/heads/x" or "work:README" -> mode + content hash
};
