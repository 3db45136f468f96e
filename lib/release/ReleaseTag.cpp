// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/ReleaseTag.h"

#include "core/Tr.h"
#include "core/Version.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
namespace Tr = trcontext::ReleaseTag;

Result<git::SignatureHandle> taggerSignature(const git::Repository &repo, const std::optional<git::Signature> &given)
{
    git_signature *sig = nullptr;
    if (given) {
        const QDateTime when = given->when.isValid() ? given->when : QDateTime::currentDateTime();
        if (int rc = git_signature_new(&sig, given->name.toUtf8().constData(), given->email.toUtf8().constData(),
                                       git_time_t(when.toSecsSinceEpoch()), when.offsetFromUtc() / 60);
            rc < 0)
            return git::failGit(rc, Tr::tr("The tagger “%1 <%2>” is not valid.").arg(given->name, given->email));
        return git::SignatureHandle(sig);
    }
    if (int rc = git_signature_default_from_env(nullptr, &sig, repo.raw()); rc < 0)
        return git::failGit(rc, Tr::tr("No git identity is configured for the tag: set user.name and user.email "
                                   "(git config --global user.name \"Your Name\") or GIT_COMMITTER_NAME and "
                                   "GIT_COMMITTER_EMAIL."));
    return git::SignatureHandle(sig);
}

} // namespace

QString releaseTagMessage(const TagReadiness &readiness)
{
    QString message = u"Elastic Stack "_s + readiness.tagName + u"\n\n"_s;
    message += u"Packages in "_s + readiness.productionTier + u" accepting "_s + readiness.evaluatedVersion.toString()
        + u" at "_s + readiness.productionCommit.shortHex(12) + u":\n"_s;
    for (const ContentEntry &e : readiness.contents)
        message += u"- "_s + e.name + u": "_s + e.version + u'\n';
    return message;
}

Result<git::ObjectId> createReleaseTag(const git::Repository &repo, const TagReadiness &readiness,
                                       const TagOptions &options)
{
    switch (readiness.verdict()) {
    case Verdict::NotReady: {
        QStringList why;
        for (const Finding &f : readiness.reasons())
            why.append(f.message);
        return fail(Tr::tr("Production is not ready for the tag %1.").arg(readiness.tagName), why.join(u' '));
    }
    case Verdict::ReadyWithWarnings:
        if (!options.allowWarnings)
            return fail(Tr::tr("The check for %1 has warnings; confirm them to create the tag anyway.").arg(readiness.tagName));
        break;
    case Verdict::Ready: break;
    case Verdict::Tagged:
        return fail(Tr::tr("The tag %1 already exists; it was left as it is.").arg(readiness.tagName), {}, GIT_EEXISTS);
    }
    // The tag records what the check saw: refuse when production moved since.
    auto tip = repo.resolveCommit(readiness.productionRef);
    if (!tip)
        return std::unexpected(tip.error());
    if (*tip != readiness.productionCommit)
        return fail(Tr::tr("%1 moved from %2 to %3 since the check; check again before tagging.")
                        .arg(readiness.productionRef, readiness.productionCommit.shortHex(12), tip->shortHex(12)));
    const QString ref = u"refs/tags/"_s + readiness.tagName;
    // Only a stack-version tag is ever written: the name cannot reach another reference.
    if (!Version::parse(readiness.tagName) || readiness.tagName.contains(u'/'))
        return fail(Tr::tr("“%1” is not a stack version a tag can be named after.").arg(readiness.tagName));
    if (repo.hasReference(ref))
        return fail(Tr::tr("The tag %1 already exists; it was left as it is.").arg(readiness.tagName), {}, GIT_EEXISTS);

    auto tagger = taggerSignature(repo, options.tagger);
    if (!tagger)
        return std::unexpected(tagger.error());
    git_object *target = nullptr;
    if (int rc = git_object_lookup(&target, repo.raw(), readiness.productionCommit.raw(), GIT_OBJECT_COMMIT); rc < 0)
        return git::failGit(rc, Tr::tr("The commit to tag is missing from the repository."));
    git::ObjectHandle targetOwner(target);
    git_oid id;
    const QByteArray message = releaseTagMessage(readiness).toUtf8();
    // force = 0: libgit2 refuses to replace a tag that appeared meanwhile.
    const int rc = git_tag_create(&id, repo.raw(), readiness.tagName.toUtf8().constData(), target, tagger->get(),
                                  message.constData(), 0);
    if (rc == GIT_EEXISTS)
        return git::failGit(rc, Tr::tr("The tag %1 already exists; it was left as it is.").arg(readiness.tagName));
    if (rc < 0)
        return git::failGit(rc, Tr::tr("Could not create the tag %1.").arg(readiness.tagName));
    return git::ObjectId(id);
}

} // namespace tierdesk
