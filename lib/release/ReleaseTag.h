#pragma once
// Cuts the stack-version tag from production and pushes it. A tag that exists
// is never moved or overwritten, neither here nor on a remote.
#include "core/Error.h"
#include "core/JobControl.h"
#include "release/TagReadiness.h"
#include "git/TreeEditor.h"
#include "tierdesk_core_export.h"

#include <optional>

namespace tierdesk {

// "Elastic Stack 8.6.0", then one "- name: version" line per package of the contents.
TIERDESK_CORE_EXPORT QString releaseTagMessage(const TagReadiness &readiness);

struct TagOptions {
    bool allowWarnings = false;             // a check with warnings only may be tagged
    std::optional<git::Signature> tagger;   // default: GIT_COMMITTER_NAME/EMAIL, else user.name/email
};

// Creates the annotated tag `readiness.tagName` on `readiness.productionCommit`
// after making sure the check allows it and the production branch has not moved
// since. Fails (leaving everything as it is) when the tag already exists.
TIERDESK_CORE_EXPORT Result<git::ObjectId> createReleaseTag(const git::Repository &repo, const TagReadiness &readiness,
                                                            const TagOptions &options = {});

struct PushReport {
    QString remote;    // as given
    QString url;       // where it went
    QString refName;   // refs/tags/<name>
};

// Pushes refs/tags/<tagName> (never forced) to `remote`: a configured remote's
// name, a URL, or a path to a repository. Credentials are tried in order and
// each only once: ssh-agent, ~/.ssh key files, then for https a token from
// GITHUB_TOKEN or GH_TOKEN. A reference the remote rejects is an error.
TIERDESK_CORE_EXPORT Result<PushReport> pushTag(const git::Repository &repo, const QString &remote,
                                                const QString &tagName, const JobControl &job = {});

} // namespace tierdesk
