// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Node::flow: a node on one line, for showing a value the diff knows no name for.
#include "yaml/YamlDocument.h"

using namespace Qt::StringLiterals;

namespace tierdesk::yaml {

namespace {

// Plain when it reads back as the same string in flow context, else double-quoted.
bool plainIsSafe(const QString &s)
{
    if (s.isEmpty() || s.front().isSpace() || s.back().isSpace())
        return false;
    if (u"-?:,[]{}#&*!|>'\"%@`"_s.contains(s.front()))
        return s.size() > 1 && (s.front() == u'-' || s.front() == u'?' || s.front() == u':')
               && !s.at(1).isSpace() && !u",[]{}"_s.contains(s.at(1)) && plainIsSafe(s.mid(1));
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c < u' ' || u",[]{}"_s.contains(c))
            return false;
        if (c == u':' && (i + 1 == s.size() || s.at(i + 1).isSpace()))
            return false;
        if (c == u'#' && s.at(i - 1).isSpace())
            return false;
    }
    return true;
}

QString quoted(const QString &s)
{
    QString out = u"\""_s;
    for (const QChar c : s) {
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else if (c < u' ')
            out += u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0');
        else
            out += c;
    }
    return out + u'"';
}

void appendFlow(const Node &node, QString &out)
{
    switch (node.kind()) {
    case Node::Kind::Absent: return;
    case Node::Kind::Null: out += u'~'; return;
    case Node::Kind::Scalar: {
        const QString s = node.scalar();
        out += plainIsSafe(s) ? s : quoted(s);
        return;
    }
    case Node::Kind::Sequence:
        out += u'[';
        for (qsizetype i = 0; i < node.size(); ++i) {
            if (i)
                out += u", "_s;
            appendFlow(node[i], out);
        }
        out += u']';
        return;
    case Node::Kind::Mapping:
        out += u'{';
        for (qsizetype i = 0; i < node.size(); ++i) {
            if (i)
                out += u", "_s;
            appendFlow(node.key(i), out);
            out += u": "_s;
            appendFlow(node.value(i), out);
        }
        out += u'}';
        return;
    }
}
} // namespace

QString Node::flow() const
{
    QString out;
    appendFlow(*this, out);
    return out;
}

} // namespace tierdesk::yaml
