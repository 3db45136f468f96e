// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Severity.h"

#include "core/Tr.h"

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
// The words came from the release check: their translations are filed under its context.
namespace Tr = trcontext::TagReadiness;
} // namespace

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Blocks: return u"blocks"_s;
    case Severity::Warning: return u"warning"_s;
    case Severity::Info: return u"info"_s;
    }
    return {};
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Blocks: return Tr::tr("Blocks");
    case Severity::Warning: return Tr::tr("Warning");
    case Severity::Info: return Tr::tr("Info");
    }
    return {};
}

} // namespace tierdesk
