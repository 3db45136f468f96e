// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// yaml-cpp is private to tierdesk-core: include this from lib/ sources only.
#include <QString>

#include <yaml-cpp/yaml.h>

namespace tierdesk {

// A scalar's text, trimmed; empty for an absent node or one of another shape.
inline QString yamlScalar(const YAML::Node &node)
{
    if (!node || !node.IsScalar())
        return {};
    return QString::fromStdString(node.Scalar()).trimmed();
}

} // namespace tierdesk
