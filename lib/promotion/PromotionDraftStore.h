// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where drafts are remembered: <git dir>/tierdesk/drafts.json. The git
// directory keeps the record beside the repository it describes, outside the
// working tree, the index and every branch; git itself ignores the file. The
// draft branches themselves stay the source of truth for content.
#include "promotion/PromotionDraft.h"

#include <QJsonObject>

namespace tierdesk {

// What the file holds. The file is repository-side input like any other: an
// entry that does not validate (a branch outside tierdesk/, a missing commit)
// is set aside with a sentence, never used, and kept in the file as it was.
struct TIERDESK_CORE_EXPORT DraftStoreContents {
    int format = 0;                 // 0: no file yet
    QList<PromotionDraft> drafts;   // the valid ones, newest first
    QStringList rejected;           // one sentence per entry set aside
    bool newerFormat() const;       // written by a newer Tierdesk: read, never rewritten
};

class TIERDESK_CORE_EXPORT PromotionDraftStore {
public:
    explicit PromotionDraftStore(const git::Repository &repo);
    explicit PromotionDraftStore(QString filePath);

    QString filePath() const { return m_path; }

    // Every valid draft, newest first; an absent file means none.
    [[nodiscard]] Result<QList<PromotionDraft>> load() const;
    [[nodiscard]] Result<DraftStoreContents> read() const;
    Result<PromotionDraft> find(const QString &id) const;
    // Inserts or replaces the draft with the same id. Processes (the app and the
    // CLI) serialise through a lock file; the file is replaced atomically. Entries
    // set aside and fields this version does not know are written back unchanged;
    // a file of a newer format is refused, not rewritten.
    [[nodiscard]] Status save(const PromotionDraft &draft);
    Status remove(const QString &id);

private:
    template <class Change>
    [[nodiscard]] Status modify(Change change);

    QString m_path;
};

// The store of `repositoryPath` read once: the drafts (newest first, branchesIntact
// checked against the repository), the entries set aside and the file's format.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<DraftStoreContents> readDrafts(const QString &repositoryPath);

TIERDESK_CORE_EXPORT QJsonObject draftToJson(const PromotionDraft &draft);
// Rejects (with a sentence) a record that names a branch Tierdesk would not have
// created: every branch must be a valid refs/heads/tierdesk/... name with a commit.
[[nodiscard]] TIERDESK_CORE_EXPORT Result<PromotionDraft> draftFromJson(const QJsonObject &json);

} // namespace tierdesk
