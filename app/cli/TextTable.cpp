// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TextTable.h"

#include "cli/TerminalText.h"

void TextTable::addRow(QStringList row)
{
    // A newline in a cell (a directory name can hold one) would fake a row.
    for (QString &cell : row)
        cell = cli::oneLine(cell);
    m_rows.append(std::move(row));
}

QString TextTable::toString() const
{
    QList<qsizetype> widths(m_header.size(), 0);
    auto measure = [&widths](const QStringList &row) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    };
    measure(m_header);
    for (const QStringList &r : m_rows)
        measure(r);
    auto line = [&widths](const QStringList &row) -> QString {
        QString out;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = i < row.size() ? row[i] : QString();
            out += i + 1 < widths.size() ? cell.leftJustified(widths[i] + 2) : cell;
        }
        while (out.endsWith(u' '))
            out.chop(1);
        return out + u'\n';
    };
    QString out = line(m_header);
    QStringList rule;
    for (qsizetype w : widths)
        rule.append(QString(w, u'-'));
    out += line(rule);
    for (const QStringList &r : m_rows)
        out += line(r);
    return out;
}
