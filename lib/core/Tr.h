// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The translation contexts of code outside QObjects, declared once each.
// A source file picks its context with a namespace alias and calls Tr::tr:
//
//     namespace { namespace Tr = trcontext::Manifest; }
//     ... Tr::tr("The manifest is empty.") ...
//
// lupdate's C++ parser resolves the alias to the namespace below, which
// TIERDESK_DECLARE_TR_FUNCTIONS marks with its context, so it files the
// string under "Manifest", the context translate() gets at run time. A macro
// that declared the struct in each file would hide it from lupdate, which
// does not expand macros. A new context is one more line here.
#include <QCoreApplication>
#include <QString>

// Q_DECLARE_TR_FUNCTIONS for a namespace. lupdate reads it as
// Q_DECLARE_TR_FUNCTIONS through the -tr-function-alias option that the
// top-level CMakeLists.txt passes to qt_add_lupdate.
#define TIERDESK_DECLARE_TR_FUNCTIONS(context) \
    inline QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1) \
    { return QCoreApplication::translate(#context, sourceText, disambiguation, n); }

namespace tierdesk::trcontext {
// lib/core
namespace TierConfig { TIERDESK_DECLARE_TR_FUNCTIONS(TierConfig) }
// lib/git
namespace GitFetch { TIERDESK_DECLARE_TR_FUNCTIONS(GitFetch) }
namespace GitPush { TIERDESK_DECLARE_TR_FUNCTIONS(GitPush) }
namespace Repository { TIERDESK_DECLARE_TR_FUNCTIONS(Repository) }
namespace TreeEditor { TIERDESK_DECLARE_TR_FUNCTIONS(TreeEditor) }
// lib/storage
namespace Manifest { TIERDESK_DECLARE_TR_FUNCTIONS(Manifest) }
namespace RefContents { TIERDESK_DECLARE_TR_FUNCTIONS(RefContents) }
namespace StorageReader { TIERDESK_DECLARE_TR_FUNCTIONS(StorageReader) }
namespace TierComparison { TIERDESK_DECLARE_TR_FUNCTIONS(TierComparison) }
namespace VersionHistory { TIERDESK_DECLARE_TR_FUNCTIONS(VersionHistory) }
// lib/diff
namespace ManifestDiff { TIERDESK_DECLARE_TR_FUNCTIONS(ManifestDiff) }
namespace PackageDiff { TIERDESK_DECLARE_TR_FUNCTIONS(PackageDiff) }
namespace DiffKindText { TIERDESK_DECLARE_TR_FUNCTIONS(DiffKind) }
namespace DiffBases { TIERDESK_DECLARE_TR_FUNCTIONS(DiffBases) }
// lib/promotion
namespace PromotionChecks { TIERDESK_DECLARE_TR_FUNCTIONS(PromotionChecks) }
namespace PromotionDraft { TIERDESK_DECLARE_TR_FUNCTIONS(PromotionDraft) }
namespace PromotionDraftStore { TIERDESK_DECLARE_TR_FUNCTIONS(PromotionDraftStore) }
namespace PromotionPlan { TIERDESK_DECLARE_TR_FUNCTIONS(PromotionPlan) }
namespace PromotionPublish { TIERDESK_DECLARE_TR_FUNCTIONS(PromotionPublish) }
namespace PromotionSafety { TIERDESK_DECLARE_TR_FUNCTIONS(PromotionSafety) }
// lib/release
namespace ReleaseNotes { TIERDESK_DECLARE_TR_FUNCTIONS(ReleaseNotes) }
namespace ReleaseNotesReport { TIERDESK_DECLARE_TR_FUNCTIONS(ReleaseNotesReport) }
namespace ReleaseTag { TIERDESK_DECLARE_TR_FUNCTIONS(ReleaseTag) }
namespace TagReadiness { TIERDESK_DECLARE_TR_FUNCTIONS(TagReadiness) }
namespace TagReadinessReport { TIERDESK_DECLARE_TR_FUNCTIONS(TagReadinessReport) }
// lib/settings (and core/TierConfig's rule)
namespace Settings { TIERDESK_DECLARE_TR_FUNCTIONS(Settings) }
// lib/github
namespace TokenSource { TIERDESK_DECLARE_TR_FUNCTIONS(TokenSource) }
// app/cli
namespace DiffCommand { TIERDESK_DECLARE_TR_FUNCTIONS(DiffCommand) }
namespace CompareCommand { TIERDESK_DECLARE_TR_FUNCTIONS(CompareCommand) }
namespace IndexCommand { TIERDESK_DECLARE_TR_FUNCTIONS(IndexCommand) }
namespace PromoteCommand { TIERDESK_DECLARE_TR_FUNCTIONS(PromoteCommand) }
namespace ReleaseCommand { TIERDESK_DECLARE_TR_FUNCTIONS(ReleaseCommand) }
namespace ReleaseNotesCommand { TIERDESK_DECLARE_TR_FUNCTIONS(ReleaseNotesCommand) }
// app/gui: the window's texts, used by the parts that became classes of their own
namespace CommandLine { TIERDESK_DECLARE_TR_FUNCTIONS(CommandLine) }
namespace MainWindow { TIERDESK_DECLARE_TR_FUNCTIONS(tierdesk::MainWindow) }
namespace PackageAssets { TIERDESK_DECLARE_TR_FUNCTIONS(PackageAssets) }
} // namespace tierdesk::trcontext
