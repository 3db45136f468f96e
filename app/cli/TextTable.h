// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A plain-text table with padded columns for terminal output.
#include <QStringList>
#include <QTextStream>

class TextTable {
public:
    explicit TextTable(QStringList header) : m_header(std::move(header)) {}
    // Cells show control characters as escapes, newlines included.
    void addRow(QStringList row);
    QString toString() const;
    // Line by line: a table of thousands of rows is never one string.
    void writeTo(QTextStream &out) const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};
