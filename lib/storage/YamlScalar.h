// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "yaml/YamlDocument.h"

#include <QString>

namespace tierdesk {

// A scalar's text, trimmed; empty for an absent node or one of another shape.
inline QString yamlScalar(const yaml::Node &node)
{
    return node.isScalar() ? node.scalar().trimmed() : QString();
}

} // namespace tierdesk
