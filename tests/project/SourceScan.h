// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small reader of C++ sources for the layout rules in tst_structure: it
// blanks comments, string and character literals (raw strings included) and
// finds function bodies by their braces. Heuristic, but exact enough for this
// code base's style; a body is a '{' after ')' (and qualifiers) that is not a
// control statement, counted with everything nested in it (lambdas included).
#include <QList>
#include <QString>

struct FunctionSpan {
    int firstLine = 0; // of the opening brace
    int lines = 0;     // from the opening to the closing brace, both included
    QString head;      // the text before the brace on its line, for messages
};

// `source` with comments and literals replaced by spaces; newlines are kept.
QString blankCommentsAndLiterals(const QString &source);
QList<FunctionSpan> functionBodies(const QString &source);
