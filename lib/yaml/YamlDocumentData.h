// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The storage behind yaml::Node: every node in one array, every scalar's bytes
// in one string, every collection's children in one array (an alias is its
// anchor's node again, so expanding it costs nothing here).
#include "yaml/YamlDocument.h"

#include <string>
#include <vector>

namespace tierdesk::yaml {

struct NodeData {
    Node::Kind kind;
    int line;
    int column;
    int first;          // scalar: offset in text; collection: offset in children
    int count;          // scalar: bytes; collection: children (keys and values in a mapping)
    qsizetype expanded; // nodes below and including this one, aliases expanded
    int height;         // collection levels below this one, aliases expanded
};

struct DocumentData {
    std::vector<NodeData> nodes;
    std::vector<int> children;
    std::string text;
    int root = -1;
};

} // namespace tierdesk::yaml
