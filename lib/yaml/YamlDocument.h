// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one YAML reader of Tierdesk (on libyaml, chosen by bench/bench_yaml.cpp):
// the first document of a text as a tree of nodes, with the line and column of
// each, bounded so that hostile text cannot exhaust memory or time: a size
// limit, a nesting limit and a limit on what aliases expand to. Duplicate keys
// in one mapping are an error, as YAML 1.2 says.
#include "tierdesk_core_export.h"

#include <QByteArray>
#include <QString>

#include <expected>
#include <memory>
#include <string_view>

namespace tierdesk::yaml {

struct Limits {
    qsizetype maxBytes = 4 * 1024 * 1024; // far above any real manifest or changelog
    int maxDepth = 100;                   // collections inside collections
    qsizetype maxNodes = 1'000'000;       // nodes once every alias is expanded
};

// Where and why a text is not acceptable YAML. Line and column count from one.
struct ParseError {
    int line = 0; // 0 when the error concerns the whole text (its size)
    int column = 0;
    QString message; // a sentence fragment for people, without the position
    bool limit = false; // valid YAML, but beyond a limit (size, nesting, aliases)
};

struct DocumentData;

class TIERDESK_CORE_EXPORT Node {
public:
    enum class Kind { Absent, Null, Scalar, Sequence, Mapping };

    Node() = default;
    Kind kind() const;
    bool isAbsent() const { return kind() == Kind::Absent; }
    bool isNull() const { return kind() == Kind::Null; }
    bool isScalar() const { return kind() == Kind::Scalar; }
    bool isSequence() const { return kind() == Kind::Sequence; }
    bool isMapping() const { return kind() == Kind::Mapping; }
    explicit operator bool() const { return !isAbsent(); }

    // A scalar's text as written (quotes removed); empty for other kinds and
    // for null (a plain `~`, `null` or nothing).
    QString scalar() const;
    std::string_view scalarBytes() const; // the same, UTF-8
    int line() const;   // from one; 0 for an absent node
    int column() const; // from one

    // Items of a sequence, entries of a mapping; 0 for other kinds.
    qsizetype size() const;
    Node operator[](qsizetype index) const; // a sequence's item
    Node key(qsizetype index) const;        // a mapping's index-th key
    Node value(qsizetype index) const;      // a mapping's index-th value
    Node operator[](std::string_view key) const; // absent when there is no such scalar key

    // The node on one line in YAML flow style: `[{name: nginx, title: Logs}]`.
    QString flow() const;

    // For the reader itself: node `index` of a document's data.
    Node(const DocumentData *data, int index);

private:
    const DocumentData *m_data = nullptr;
    int m_index = -1;
};

class TIERDESK_CORE_EXPORT Document {
public:
    // An empty text is a document whose root is null.
    static std::expected<Document, ParseError> parse(const QByteArray &text, const Limits &limits = {});
    Node root() const;

    // "line 3, column 7: the key “name” appears twice …" for messages.
    static QString describe(const ParseError &error);

private:
    std::shared_ptr<const DocumentData> m_data;
};

} // namespace tierdesk::yaml
