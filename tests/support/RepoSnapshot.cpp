// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/RepoSnapshot.h"

#include "git/Repository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
QByteArray fingerprint(const QFileInfo &info)
{
    QByteArray print = QByteArray::number(int(info.permissions()), 16) + ' ';
    if (info.isSymLink())
        return print + "link:" + info.symLinkTarget().toUtf8();
    if (info.isDir())
        return print + "dir";
    QFile f(info.filePath());
    if (!f.open(QIODevice::ReadOnly))
        return print + "unreadable";
    return print + QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

void collect(QMap<QString, QByteArray> &files, const QString &root, const QString &prefix,
             const std::function<bool(const QString &)> &skip)
{
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString rel = QDir(root).relativeFilePath(it.filePath());
        if (skip(rel))
            continue;
        files.insert(prefix + rel, fingerprint(it.fileInfo()));
    }
    files.insert(prefix + u"."_s, fingerprint(QFileInfo(root)));
}
} // namespace

RepoSnapshot RepoSnapshot::take(const QString &gitDir, const QString &workTree, bool withDraftBranches)
{
    RepoSnapshot s;
    collect(s.m_files, gitDir, u"git:"_s, [withDraftBranches](const QString &rel) {
        if (rel == u"objects"_s || rel.startsWith(u"objects/"_s) || rel == u"tierdesk"_s || rel.startsWith(u"tierdesk/"_s))
            return true;
        if (!withDraftBranches && (rel.startsWith(u"refs/heads/tierdesk"_s) || rel.startsWith(u"logs/refs/heads/tierdesk"_s)))
            return true;
        return false;
    });
    if (!workTree.isEmpty()) {
        const QString gitRel = QDir(workTree).relativeFilePath(gitDir);
        collect(s.m_files, workTree, u"work:"_s, [gitRel](const QString &rel) {
            return rel == gitRel || rel.startsWith(gitRel + u'/');
        });
    }
    return s;
}

RepoSnapshot RepoSnapshot::of(const QString &path, bool withDraftBranches)
{
    auto repo = tierdesk::git::Repository::open(path);
    if (!repo)
        return {};
    return take(repo->path(), repo->isBare() ? QString() : repo->workdir(), withDraftBranches);
}

QStringList RepoSnapshot::differences(const RepoSnapshot &later) const
{
    QStringList out;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (!later.m_files.contains(it.key()))
            out.append(u"removed "_s + it.key());
        else if (later.m_files.value(it.key()) != it.value())
            out.append(u"changed "_s + it.key());
    }
    for (auto it = later.m_files.cbegin(); it != later.m_files.cend(); ++it)
        if (!m_files.contains(it.key()))
            out.append(u"added "_s + it.key());
    return out;
}
