// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tiers side by side, one row per package, with the rules that mark each
// version: promotion candidates, copy roles and policy problems. Computed in
// the loading worker so the GUI thread only swaps it in; the GUI only paints it.
#include "storage/Distribution.h"
#include "storage/StorageSnapshot.h"
#include "tierdesk_core_export.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace tierdesk {

// One version directory in one tier, as a chip in the matrix.
struct TIERDESK_CORE_EXPORT VersionChip {
    QString version;
    CopyRole role = CopyRole::Served;
    int problemCount = 0;
    QString servedTier; // the tier whose copy is served (this one when role is Served)
    QString toolTip;    // the chip explained in words
    bool candidate = false;     // a promotion candidate (the explanations' rule when the matrix has them)
    bool pendingDraft = false;  // a draft or pull request already promotes or removes it
    bool policyProblem = false; // breaks a storage rule (overwritten production version, non-version directory)
    DiffKinds difference;     // shadowed copies: how they differ from the served copy, when classified

    // True for a shadowed copy that differs only in file modes, whitespace or line endings.
    bool cosmeticDifference() const { return role == CopyRole::Shadowed && isCosmetic(difference); }

    // Badge identifiers for tests and filters: "candidate", "draft", "promoted", "shadowed", "policy", "manifest",
    // and for shadowed copies how they differ: "mode-only", "whitespace-only", "eol-only", "cosmetic".
    QStringList badges() const;

    bool hasProblems() const { return problemCount > 0; }
    // Symbols that carry the chip's meaning besides its colour:
    // ⊘ policy problem, ⚠ manifest problems, ≡ promoted, ≠ shadowed, ≈ shadowed but differing only
    // in file modes, whitespace or line endings, ↑ promotion candidate, ✎ pending draft.
    QString marker() const;
    QString label() const; // marker and version, as painted
};

struct TierCell {
    QList<VersionChip> chips; // newest first
};

struct PackageRow {
    QString name;
    QString title;       // from the newest manifest
    QString description; // from the newest manifest
    int problemCount = 0;
    QString owner;       // owner.github of the newest manifest
    QString release;     // release stage of the newest manifest: ga, beta or experimental
    QDateTime lastChange; // the newest commit date among the tiers holding its newest version
    int pendingCount = 0; // promotion candidates plus promoted copies waiting for removal
    int tierCount = 0;    // tiers holding any version
    QStringList badges;   // the union of its chips' badges
    QList<TierCell> cells; // one per TierMatrix::tiers entry
};

struct TierColumn {
    QString name;
    bool present = false;
    QString refName;
    QString shortId;
    QString subject;
    QDateTime commitTime;
    int problemCount = 0; // the tier's own problems plus its versions'
    QString toolTip;
};

// What the promotion rules (promotion/PromotionExcuses.h) say of one version, by tier + '/' + name@version.
struct CandidacyMark {
    bool candidate = false;
    bool pendingDraft = false;
    QString why; // one line for the tooltip
};
using CandidacyMarks = QHash<QString, CandidacyMark>;

struct TIERDESK_CORE_EXPORT TierMatrix {
    Q_DECLARE_TR_FUNCTIONS(TierMatrix)

public:
    QList<TierColumn> tiers; // config order, lowest first; absent tiers included
    QList<PackageRow> rows;  // sorted by package name

    // Without `marks`, a candidate is newer than every version of its package in the higher tiers.
    static TierMatrix build(const StorageSnapshot &snapshot, const DistributionAnalysis &analysis,
                            const CandidacyMarks *marks = nullptr);
};

} // namespace tierdesk

Q_DECLARE_METATYPE(tierdesk::VersionChip)
