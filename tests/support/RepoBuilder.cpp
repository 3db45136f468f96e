// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/RepoBuilder.h"

#include <QTest>

#include <git2.h>

using namespace Qt::StringLiterals;
using namespace tierdesk;

RepoBuilder::RepoBuilder(bool bare)
{
    auto repo = git::Repository::init(m_dir.path(), bare);
    if (repo)
        m_repo.emplace(std::move(*repo));
    else
        qWarning() << "RepoBuilder:" << repo.error().text();
}

bool RepoBuilder::addRemote(const QString &name, const QString &url) const
{
    git_remote *remote = nullptr;
    const int rc = git_remote_create(&remote, m_repo->raw(), name.toUtf8().constData(), url.toUtf8().constData());
    git_remote_free(remote);
    return rc == 0;
}

bool RepoBuilder::setReference(const QString &name, const git::ObjectId &id) const
{
    git_reference *ref = nullptr;
    const int rc = git_reference_create(&ref, m_repo->raw(), name.toUtf8().constData(), id.raw(), 1, "RepoBuilder");
    git_reference_free(ref);
    return rc == 0;
}

git::ObjectId RepoBuilder::tip(const QString &branch) const
{
    auto id = m_repo->resolveCommit(u"refs/heads/"_s + branch);
    return id ? *id : git::ObjectId();
}

git::ObjectId RepoBuilder::versionTree(const QString &branch, const QString &name, const QString &version) const
{
    auto id = m_repo->resolveCommit(u"refs/heads/"_s + branch);
    if (!id)
        return {};
    auto info = m_repo->commitInfo(*id);
    auto root = m_repo->lookupTree(info->tree);
    auto sub = m_repo->subtree(root->get(), u"packages/"_s + name + u'/' + version);
    return sub ? git::ObjectId(git_tree_id(sub->get())) : git::ObjectId();
}

git::ObjectId RepoBuilder::commit(const QString &branch, const Files &files, const QString &message,
                                  const QStringList &removals, const QString &from)
{
    return commitEdit(
        branch,
        [&](git::TreeEditor &editor) {
            for (auto it = files.cbegin(); it != files.cend(); ++it)
                if (!editor.putFile(it.key(), it.value()))
                    qWarning() << "RepoBuilder: could not write" << it.key();
            for (const QString &r : removals)
                editor.remove(r);
        },
        message.isEmpty() ? u"[%1] Update packages"_s.arg(branch) : message, from);
}

git::ObjectId RepoBuilder::commitEdit(const QString &branch, const std::function<void(git::TreeEditor &)> &edit,
                                      const QString &message, const QString &from)
{
    const QString ref = u"refs/heads/"_s + branch;
    git::ObjectId parent = tip(branch);
    const bool created = parent.isNull();
    if (created && !from.isEmpty())
        parent = tip(from);
    git::ObjectId baseTree;
    if (!parent.isNull())
        baseTree = m_repo->commitInfo(parent)->tree;
    git::TreeEditor editor(*m_repo, baseTree);
    edit(editor);
    auto tree = editor.write();
    if (!tree) {
        qWarning() << "RepoBuilder:" << tree.error().text();
        return {};
    }
    const QDateTime when = QDateTime(QDate(2024, 1, 1), QTime(12, 0), QTimeZone::UTC).addSecs(3600LL * ++m_clock);
    const git::Signature sig{u"Test Author"_s, u"test@example.com"_s, when};
    QList<git::ObjectId> parents;
    if (!parent.isNull())
        parents.append(parent);
    auto commit = git::writeCommit(*m_repo, *tree, parents, message, sig, sig);
    if (!commit) {
        qWarning() << "RepoBuilder:" << commit.error().text();
        return {};
    }
    // Tests own this repository, so moving a branch here is fine.
    git_reference *out = nullptr;
    if (git_reference_create(&out, m_repo->raw(), ref.toUtf8().constData(), commit->raw(), 1, "test") == 0)
        git_reference_free(out);
    return *commit;
}

QByteArray RepoBuilder::manifest(const QString &name, const QString &version, const QString &kibana,
                                 const QString &release, const QString &extra)
{
    QString title = name;
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    QString yaml = u"format_version: 1.0.0\n"
                   u"name: %1\n"
                   u"title: %2\n"
                   u"version: %3\n"
                   u"description: Collect logs and metrics from %2.\n"
                   u"type: integration\n"
                   u"release: %4\n"
                   u"conditions:\n"
                   u"  kibana.version: '%5'\n"
                   u"icons:\n"
                   u"  - src: /img/logo.svg\n"
                   u"    title: %2 logo\n"
                   u"    size: 32x32\n"
                   u"    type: image/svg+xml\n"
                   u"owner:\n"
                   u"  github: elastic/integrations\n"_s.arg(name, title, version, release, kibana);
    return (yaml + extra).toUtf8();
}

Files RepoBuilder::package(const QString &name, const QString &version, const QString &note)
{
    const QString dir = u"packages/"_s + name + u'/' + version + u'/';
    return Files{
        {dir + u"manifest.yml"_s, manifest(name, version)},
        {dir + u"changelog.yml"_s, u"- version: \"%1\"\n  changes:\n    - description: Release %1. %2\n"
                                   u"      type: enhancement\n      link: https://example.com/pull/1\n"_s
                                       .arg(version, note)
                                       .toUtf8()},
        {dir + u"docs/README.md"_s, u"# %1\n\nVersion %2. %3\n"_s.arg(name, version, note).toUtf8()},
    };
}

QMap<QString, QString> refsOf(const QString &path)
{
    QMap<QString, QString> out;
    auto repo = tierdesk::git::Repository::open(path);
    if (!repo)
        return out;
    for (const QString &name : repo->references())
        out.insert(name, repo->resolveCommit(name).value_or(tierdesk::git::ObjectId()).toHex());
    return out;
}
