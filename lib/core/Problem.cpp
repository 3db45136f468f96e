// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Problem.h"

using namespace Qt::StringLiterals;

namespace tierdesk {

QString Problem::kindId(ProblemKind kind)
{
    switch (kind) {
    case ProblemKind::ManifestMissing: return u"manifest-missing"_s;
    case ProblemKind::ManifestInvalid: return u"manifest-invalid"_s;
    case ProblemKind::ManifestMismatch: return u"manifest-mismatch"_s;
    case ProblemKind::ManifestField: return u"manifest-field"_s;
    case ProblemKind::InvalidConstraint: return u"invalid-constraint"_s;
    case ProblemKind::NotAVersion: return u"not-a-version"_s;
    case ProblemKind::MissingObject: return u"missing-object"_s;
    case ProblemKind::UnexpectedEntry: return u"unexpected-entry"_s;
    case ProblemKind::NoPackagesDirectory: return u"no-packages-directory"_s;
    case ProblemKind::CorruptObject: return u"corrupt-object"_s;
    case ProblemKind::UnsafeName: return u"unsafe-name"_s;
    case ProblemKind::TierUnreadable: return u"tier-unreadable"_s;
    }
    return u"unknown"_s;
}

} // namespace tierdesk
