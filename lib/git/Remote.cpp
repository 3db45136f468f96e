// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Pushing: branches to the user's fork, the release tag to its remote.
#include "git/Remote.h"
#include "core/Tr.h"

#include "git/Transfer.h"

#include <QCoreApplication>
#include <QUrl>

#include <vector>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::GitPush;
namespace TagTr = trcontext::ReleaseTag;

PushReport reportFor(git_remote *remote, const QString &remoteOrUrl)
{
    PushReport report;
    report.remote = remoteOrUrl;
    report.url = displayUrl(git::pushUrlOf(remote, remoteOrUrl));
    return report;
}

// Uploads each of `refs` to the same name on `remote`, never forced, and writes
// no local reference (not even a remote-tracking one). Adds the server's answer
// per reference to `report`.
[[nodiscard]] Result<PushReport> upload(git_remote *remote, PushReport report, const QStringList &refs,
                                        git::Transfer &t, const git::TransferWording &wording)
{
    QList<QByteArray> specs;
    for (const QString &ref : refs)
        specs.append((ref + u':' + ref).toUtf8());
    std::vector<char *> raw;
    for (QByteArray &s : specs)
        raw.push_back(s.data());
    const git_strarray refspecs{raw.data(), raw.size()};
    git_push_options options;
    git_push_options_init(&options, GIT_PUSH_OPTIONS_VERSION);
    options.callbacks = t.callbacks();
    const int rc = git_remote_upload(remote, &refspecs, &options);
    git_remote_disconnect(remote);
    if (rc < 0)
        return std::unexpected(git::transferError(rc, t, wording));
    report.refs = t.refs;
    report.remoteMessages = t.remoteMessages;
    // A server that reported nothing for a reference accepted nothing for it.
    for (const QString &ref : refs) {
        bool seen = false;
        for (const RefUpdateStatus &r : std::as_const(report.refs))
            seen = seen || r.ref == ref;
        if (!seen)
            report.refs.append({ref, Tr::tr("the server did not confirm this update")});
    }
    return report;
}
} // namespace

bool PushReport::ok() const
{
    for (const RefUpdateStatus &r : refs)
        if (!r.accepted())
            return false;
    return true;
}

QStringList PushReport::rejections() const
{
    QStringList out;
    for (const RefUpdateStatus &r : refs)
        if (!r.accepted())
            out.append(r.ref + u": "_s + r.rejection);
    return out;
}

QString displayUrl(const QString &url)
{
    if (!url.contains(u"://"_s))
        return url; // a path or scp-like address carries no password
    QUrl u(url);
    if (!u.isValid())
        return url.section(u'@', -1);
    u.setPassword(QString());
    if (u.scheme().startsWith(u"http"_s))
        u.setUserName(QString());
    return u.toString();
}

Result<QString> remoteUrl(const git::Repository &repo, const QString &remoteOrUrl)
{
    auto remote = git::openRemote(repo, remoteOrUrl);
    if (!remote)
        return std::unexpected(remote.error());
    return git::pushUrlOf(remote->get(), remoteOrUrl);
}

Result<PushReport> pushBranches(const git::Repository &repo, const QString &remoteOrUrl, const QStringList &branches,
                                const GitCredentials &credentials, const JobControl &job)
{
    auto remote = git::openRemote(repo, remoteOrUrl);
    if (!remote)
        return std::unexpected(remote.error());
    PushReport report = reportFor(remote->get(), remoteOrUrl);
    QStringList refs;
    for (const QString &b : branches)
        refs.append(u"refs/heads/"_s + b);
    const QString subject = Tr::tr("Pushing to %1").arg(report.url);
    git::Transfer t(credentials, job, subject);
    return upload(remote->get(), std::move(report), refs, t, git::TransferWording::about(subject));
}

Result<PushReport> pushTag(const git::Repository &repo, const QString &remoteOrUrl, const QString &tagName,
                           const GitCredentials &credentials, const JobControl &job)
{
    const QString ref = u"refs/tags/"_s + tagName;
    int valid = 0;
    // Only a tag is pushed, never a name that reaches another reference.
    if (tagName.isEmpty() || tagName.contains(u'/') || git_reference_name_is_valid(&valid, ref.toUtf8().constData()) < 0
        || !valid)
        return fail(TagTr::tr("“%1” is not a tag name that can be pushed.").arg(tagName));
    if (!repo.hasReference(ref))
        return fail(TagTr::tr("There is no tag %1 to push.").arg(tagName));
    auto remote = git::openRemote(repo, remoteOrUrl);
    if (!remote)
        return std::unexpected(remote.error());
    PushReport report = reportFor(remote->get(), remoteOrUrl);
    const QString url = report.url;
    git::TransferWording wording = git::TransferWording::about(Tr::tr("Pushing to %1").arg(url));
    wording.failed = TagTr::tr("Could not push %1 to %2.").arg(tagName, url);
    git::Transfer t(credentials, job, TagTr::tr("Uploading objects"));
    auto pushed = upload(remote->get(), std::move(report), {ref}, t, wording);
    if (pushed && !pushed->ok())
        return fail(TagTr::tr("%1 rejected the tag %2; nothing was overwritten.").arg(url, tagName),
                    pushed->rejections().join(u"; "_s));
    return pushed;
}

} // namespace tierdesk
