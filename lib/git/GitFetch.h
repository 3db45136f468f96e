#pragma once
// Fetching a remote into its remote-tracking branches (refs/remotes/<remote>/*),
// as `git fetch <remote>` does. Blocking: call on a worker thread; it opens its
// own repository.
#include "core/Error.h"
#include "core/JobControl.h"
#include "tierdesk_core_export.h"

#include <QStringList>

namespace tierdesk {

struct FetchReport {
    QString remote;
    QString url;             // without credentials
    QStringList updatedRefs; // remote-tracking refs that moved or appeared
    int receivedObjects = 0;
    qint64 receivedBytes = 0;
};

// Fetches `remote` (default "origin") of the repository at `repositoryPath`. Progress goes
// through job.progress (objects received / total); job.isCancelled stops the transfer.
TIERDESK_CORE_EXPORT Result<FetchReport> fetchRemote(const QString &repositoryPath, const QString &remote = {},
                                                     const JobControl &job = {});

} // namespace tierdesk
