// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A package version's changelog.yml: a list of {version, changes: [{description,
// type, link}]}, and finding one version's entry in it.
#include "core/Error.h"
#include "tierdesk_core_export.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tierdesk {

struct ChangelogChange {
    QString description;
    QString type; // enhancement, bugfix, breaking-change
    QString link;
};

struct ChangelogEntry {
    QString version;
    QList<ChangelogChange> changes;
};

struct TIERDESK_CORE_EXPORT Changelog {
    QList<ChangelogEntry> entries; // in file order: newest first by convention

    // Items that are not mappings, and fields of the wrong shape, are skipped;
    // an error when the text is not YAML or not a list (an empty file is not a list).
    [[nodiscard]] static Result<Changelog> parse(const QByteArray &yaml);

    // The entry of `version`: same text, else the same semantic version ("1.0" ~ "1.0.0"). Null when absent.
    const ChangelogEntry *entry(const QString &version) const;

    // The entries newer than `after` up to and including `upTo`, newest first: what
    // a reader of an update from `after` to `upTo` needs to know. An empty `after`
    // means from the beginning. Entries whose version doesn't parse are left out.
    QList<ChangelogEntry> entriesBetween(const QString &after, const QString &upTo) const;
};

} // namespace tierdesk
