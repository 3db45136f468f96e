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

class TIERDESK_CORE_EXPORT PromotionDraftStore {
public:
    explicit PromotionDraftStore(const git::Repository &repo);
    explicit PromotionDraftStore(QString filePath);

    QString filePath() const { return m_path; }

    // Every draft, newest first; an absent file means none.
    [[nodiscard]] Result<QList<PromotionDraft>> load() const;
    Result<PromotionDraft> find(const QString &id) const;
    // Inserts or replaces the draft with the same id. Processes (the app and the
    // CLI) serialise through a lock file; the file is replaced atomically.
    [[nodiscard]] Status save(const PromotionDraft &draft);
    Status remove(const QString &id);

private:
    template <class Change>
    [[nodiscard]] Status modify(Change change);

    QString m_path;
};

TIERDESK_CORE_EXPORT QJsonObject draftToJson(const PromotionDraft &draft);
[[nodiscard]] TIERDESK_CORE_EXPORT Result<PromotionDraft> draftFromJson(const QJsonObject &json);

} // namespace tierdesk
