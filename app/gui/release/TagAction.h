// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Release view's tag action: asking first, then creating the tag (and
// pushing it) on a worker, then saying what happened. A part of the view: its
// texts are in the view's translation context (ReleaseView::tr).
#include "core/Error.h"
#include "git/ObjectId.h"

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace tierdesk {

struct TagReadiness;

// Shows what the tag will be (and the warnings it is created despite) and asks
// whether to push it: the remote to push to, empty for none; nothing when cancelled.
std::optional<QString> confirmTag(QWidget *parent, const TagReadiness &readiness, const QStringList &remotes);

struct TagOutcome {
    QString tagName;
    bool created = false;
    git::ObjectId id;
    QString pushedTo; // the URL, when pushed
    Error error;      // why creating or pushing failed
};

// Creates the tag `readiness` describes in the repository at `repositoryPath`
// (its warnings count as confirmed), then pushes it when `pushRemote` is given.
// Opens its own repository, so it runs on any thread.
TagOutcome createAndPushTag(const QString &repositoryPath, const TagReadiness &readiness, const QString &pushRemote);

// One sentence for the view's message bar.
QString tagOutcomeText(const TagOutcome &outcome);

} // namespace tierdesk
