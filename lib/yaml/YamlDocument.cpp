// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/YamlDocument.h"

#include "core/Tr.h"
#include "yaml/YamlDocumentData.h"

#include <yaml.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <unordered_map>
#include <vector>

namespace tierdesk::yaml {

namespace {
// The reader's messages end up in manifest and changelog problems: they are filed with the manifest's.
namespace Tr = trcontext::Manifest;

// RAII for libyaml's parser and events.
struct Parser {
    yaml_parser_t raw{};
    Parser(const QByteArray &text)
    {
        yaml_parser_initialize(&raw);
        yaml_parser_set_input_string(&raw, reinterpret_cast<const unsigned char *>(text.constData()),
                                     size_t(text.size()));
    }
    ~Parser() { yaml_parser_delete(&raw); }
    Parser(const Parser &) = delete;
    Parser &operator=(const Parser &) = delete;
};

struct Event {
    yaml_event_t raw{};
    bool valid = false;
    ~Event()
    {
        if (valid)
            yaml_event_delete(&raw);
    }
};

ParseError errorAt(const yaml_mark_t &mark, QString message, bool limit = false)
{
    return {int(mark.line) + 1, int(mark.column) + 1, std::move(message), limit};
}

bool isPlainNull(std::string_view text)
{
    return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

// A collection being read: its node and where its children start on the builder's one stack of
// children (keys and values alternate in a mapping). One stack for all: no allocation per collection.
struct Frame {
    int node;
    size_t firstChild;
};

// Builds the node tree from libyaml's events, checking the limits as it goes.
class Builder {
public:
    // `textSize`: the text's length, which bounds what the document holds.
    Builder(const Limits &limits, qsizetype textSize) : m_limits(limits), m_data(std::make_shared<DocumentData>())
    {
        // A manifest has about one node per 10 bytes; reserving spares the vectors' regrowth.
        m_data->nodes.reserve(size_t(textSize / 10 + 8));
        m_data->children.reserve(size_t(textSize / 10 + 8));
        m_data->text.reserve(size_t(textSize));
    }

    // False with `error` set when the text breaks a rule.
    bool handle(const yaml_event_t &e, ParseError &error)
    {
        switch (e.type) {
        case YAML_SCALAR_EVENT: return scalar(e, error);
        case YAML_ALIAS_EVENT: return alias(e, error);
        case YAML_SEQUENCE_START_EVENT:
            return open(e, Node::Kind::Sequence, e.data.sequence_start.anchor, error);
        case YAML_MAPPING_START_EVENT: return open(e, Node::Kind::Mapping, e.data.mapping_start.anchor, error);
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: return close(error);
        default: return true;
        }
    }

    std::shared_ptr<DocumentData> finish()
    {
        if (m_data->root < 0) {
            m_data->nodes.push_back({Node::Kind::Null, 1, 1, 0, 0, 1, 0});
            m_data->root = 0;
        }
        return std::move(m_data);
    }

private:
    bool scalar(const yaml_event_t &e, ParseError &error)
    {
        const auto &s = e.data.scalar;
        const std::string_view text(reinterpret_cast<const char *>(s.value), s.length);
        const bool null = s.style == YAML_PLAIN_SCALAR_STYLE && !s.tag && isPlainNull(text);
        const int index = int(m_data->nodes.size());
        m_data->nodes.push_back({null ? Node::Kind::Null : Node::Kind::Scalar, int(e.start_mark.line) + 1,
                                 int(e.start_mark.column) + 1, int(m_data->text.size()), int(text.size()), 1, 0});
        m_data->text.append(text);
        return anchor(s.anchor, index) && attach(index, e.start_mark, error);
    }

    bool alias(const yaml_event_t &e, ParseError &error)
    {
        const auto it = m_anchors.find(reinterpret_cast<const char *>(e.data.alias.anchor));
        if (it == m_anchors.end()) {
            error = errorAt(e.start_mark, Tr::tr("the alias “*%1” names no anchor before it")
                                              .arg(QString::fromUtf8(reinterpret_cast<const char *>(e.data.alias.anchor))));
            return false;
        }
        return attach(it->second, e.start_mark, error);
    }

    bool open(const yaml_event_t &e, Node::Kind kind, const yaml_char_t *anchorName, ParseError &error)
    {
        if (int(m_stack.size()) >= m_limits.maxDepth) {
            error = errorAt(e.start_mark, Tr::tr("the text nests deeper than %1 levels").arg(m_limits.maxDepth), true);
            return false;
        }
        const int index = int(m_data->nodes.size());
        m_data->nodes.push_back({kind, int(e.start_mark.line) + 1, int(e.start_mark.column) + 1, 0, 0, 1, 0});
        m_stack.push_back({index, m_children.size()});
        if (anchorName)
            m_pendingAnchors.emplace_back(index, reinterpret_cast<const char *>(anchorName));
        return true;
    }

    bool close(ParseError &error)
    {
        const Frame frame = m_stack.back();
        m_stack.pop_back();
        NodeData &n = m_data->nodes[size_t(frame.node)];
        const auto from = m_children.begin() + std::ptrdiff_t(frame.firstChild);
        n.first = int(m_data->children.size());
        n.count = int(m_children.end() - from);
        qsizetype expanded = 1;
        int height = 0;
        for (auto it = from; it != m_children.end(); ++it) {
            const NodeData &c = m_data->nodes[size_t(*it)];
            expanded = std::min(expanded + c.expanded, m_limits.maxNodes + 1);
            height = std::max(height, c.height + 1);
        }
        n.expanded = expanded;
        n.height = height;
        m_data->children.insert(m_data->children.end(), from, m_children.end());
        m_children.erase(from, m_children.end());
        if (n.kind == Node::Kind::Mapping && !uniqueKeys(frame.node, error))
            return false;
        // An anchor names its collection once the collection is complete: an alias inside it is undefined.
        if (!m_pendingAnchors.empty() && m_pendingAnchors.back().first == frame.node) {
            m_anchors[m_pendingAnchors.back().second] = frame.node;
            m_pendingAnchors.pop_back();
        }
        const yaml_mark_t mark{0, size_t(n.line - 1), size_t(n.column - 1)};
        return attach(frame.node, mark, error);
    }

    bool anchor(const yaml_char_t *name, int index)
    {
        if (name)
            m_anchors[reinterpret_cast<const char *>(name)] = index;
        return true;
    }

    // Adds a complete node to the collection being read, or makes it the root.
    bool attach(int index, const yaml_mark_t &mark, ParseError &error)
    {
        const NodeData &n = m_data->nodes[size_t(index)];
        if (n.expanded > m_limits.maxNodes) {
            error = errorAt(mark, Tr::tr("aliases expand the text to more than %1 nodes").arg(m_limits.maxNodes), true);
            return false;
        }
        if (int(m_stack.size()) + n.height > m_limits.maxDepth) {
            error = errorAt(mark, Tr::tr("the text nests deeper than %1 levels").arg(m_limits.maxDepth), true);
            return false;
        }
        if (m_stack.empty())
            m_data->root = index;
        else
            m_children.push_back(index);
        return true;
    }

    // YAML 1.2: the keys of a mapping are unique. The first key that repeats an earlier one is named,
    // with the line of the earlier one.
    bool uniqueKeys(int mapping, ParseError &error)
    {
        const Node map(m_data.get(), mapping);
        const qsizetype keys = map.size();
        const auto keyText = [&](qsizetype i) -> std::optional<std::string_view> {
            const Node key = map.key(i);
            if (!key.isScalar() && !key.isNull())
                return std::nullopt; // a collection as key: never equal to another here
            return key.scalarBytes();
        };
        // Sorted by text, then position: equal texts are neighbours, each run's earliest first, and
        // the run whose second key comes first in the text names the repeat.
        m_keys.clear();
        for (qsizetype i = 0; i < keys; ++i)
            if (const auto text = keyText(i))
                m_keys.emplace_back(*text, i);
        std::sort(m_keys.begin(), m_keys.end());
        qsizetype repeat = -1, earlier = -1;
        for (size_t run = 0, next = 1; next < m_keys.size(); run = next++) {
            while (next < m_keys.size() && m_keys[next].first == m_keys[run].first)
                ++next;
            if (next - run > 1 && (repeat < 0 || m_keys[run + 1].second < repeat)) {
                repeat = m_keys[run + 1].second;
                earlier = m_keys[run].second;
            }
        }
        if (repeat < 0)
            return true;
        const Node key = map.key(repeat);
        error = {key.line(), key.column(),
                 Tr::tr("the key “%1” appears twice in one mapping (first on line %2)")
                     .arg(key.scalar(), QString::number(map.key(earlier).line()))};
        return false;
    }

    const Limits &m_limits;
    std::shared_ptr<DocumentData> m_data;
    std::vector<Frame> m_stack;
    std::vector<int> m_children; // the children of every open collection, innermost last
    std::vector<std::pair<std::string_view, qsizetype>> m_keys; // a mapping's keys, for the duplicate check
    std::unordered_map<std::string, int> m_anchors;
    std::vector<std::pair<int, std::string>> m_pendingAnchors;
};

QString libyamlProblem(const yaml_parser_t &p)
{
    QString text = QString::fromUtf8(p.problem ? p.problem : "unknown error");
    if (p.context)
        text = QString::fromUtf8(p.context) + QStringLiteral(", ") + text;
    return text;
}
} // namespace

Node::Node(const DocumentData *data, int index) : m_data(data), m_index(index) {}

// The accessors look at the node's data once each: a manifest's fields are looked up by the thousand.
Node::Kind Node::kind() const { return m_data ? m_data->nodes[size_t(m_index)].kind : Kind::Absent; }

std::string_view Node::scalarBytes() const
{
    if (!m_data)
        return {};
    const NodeData &n = m_data->nodes[size_t(m_index)];
    if (n.kind != Kind::Scalar)
        return {};
    return std::string_view(m_data->text).substr(size_t(n.first), size_t(n.count));
}

QString Node::scalar() const
{
    const std::string_view bytes = scalarBytes();
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

int Node::line() const { return m_data ? m_data->nodes[size_t(m_index)].line : 0; }
int Node::column() const { return m_data ? m_data->nodes[size_t(m_index)].column : 0; }

qsizetype Node::size() const
{
    if (!m_data)
        return 0;
    const NodeData &n = m_data->nodes[size_t(m_index)];
    switch (n.kind) {
    case Kind::Mapping: return n.count / 2;
    case Kind::Sequence: return n.count;
    default: return 0;
    }
}

namespace {
// The `index`-th child of a collection of `kind` (`step` 2 and `offset` 0 or 1 for a mapping's keys
// and values); -1 when there is none.
int childOf(const DocumentData *data, int node, Node::Kind kind, qsizetype index, int step, int offset)
{
    if (!data)
        return -1;
    const NodeData &n = data->nodes[size_t(node)];
    if (n.kind != kind || index < 0 || index >= n.count / step)
        return -1;
    return data->children[size_t(n.first + step * index + offset)];
}
} // namespace

Node Node::operator[](qsizetype index) const
{
    const int child = childOf(m_data, m_index, Kind::Sequence, index, 1, 0);
    return child < 0 ? Node() : Node(m_data, child);
}

Node Node::key(qsizetype index) const
{
    const int child = childOf(m_data, m_index, Kind::Mapping, index, 2, 0);
    return child < 0 ? Node() : Node(m_data, child);
}

Node Node::value(qsizetype index) const
{
    const int child = childOf(m_data, m_index, Kind::Mapping, index, 2, 1);
    return child < 0 ? Node() : Node(m_data, child);
}

Node Node::operator[](std::string_view wanted) const
{
    if (!m_data)
        return {};
    const NodeData &n = m_data->nodes[size_t(m_index)];
    if (n.kind != Kind::Mapping)
        return {};
    const int *children = m_data->children.data() + n.first;
    for (int i = 0; i + 1 < n.count; i += 2) {
        const NodeData &k = m_data->nodes[size_t(children[i])];
        if (k.kind == Kind::Scalar && size_t(k.count) == wanted.size()
            && std::memcmp(m_data->text.data() + k.first, wanted.data(), wanted.size()) == 0)
            return {m_data, children[i + 1]};
    }
    return {};
}

Node Document::root() const { return m_data ? Node(m_data.get(), m_data->root) : Node(); }

std::expected<Document, ParseError> Document::parse(const QByteArray &text, const Limits &limits)
{
    if (text.size() > limits.maxBytes)
        return std::unexpected(ParseError{0, 0,
                                          Tr::tr("the text is %1 KiB long, more than the %2 KiB Tierdesk reads")
                                              .arg((text.size() + 1023) / 1024)
                                              .arg(limits.maxBytes / 1024),
                                          true});
    Parser parser(text);
    Builder builder(limits, text.size());
    ParseError error;
    for (;;) {
        Event event;
        if (!yaml_parser_parse(&parser.raw, &event.raw))
            return std::unexpected(errorAt(parser.raw.problem_mark, libyamlProblem(parser.raw)));
        event.valid = true;
        if (!builder.handle(event.raw, error))
            return std::unexpected(error);
        // Only the first document counts, as before.
        if (event.raw.type == YAML_DOCUMENT_END_EVENT || event.raw.type == YAML_STREAM_END_EVENT)
            break;
    }
    Document doc;
    doc.m_data = builder.finish();
    return doc;
}

QString Document::describe(const ParseError &error)
{
    if (error.line <= 0)
        return error.message;
    return Tr::tr("line %1, column %2: %3").arg(error.line).arg(error.column).arg(error.message);
}

} // namespace tierdesk::yaml
