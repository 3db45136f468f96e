// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A plain-text table with padded columns for terminal output.
#include <QStringList>

class TextTable {
public:
    explicit TextTable(QStringList header) : m_header(std::move(header)) {}
    // Cells show control characters as escapes, newlines included.
    void addRow(QStringList row);
    QString toString() const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};
