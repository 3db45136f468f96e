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
    QString text;
    QTextStream out(&text);
    writeTo(out);
    out.flush();
    return text;
}

void TextTable::writeTo(QTextStream &out) const
{
    QList<qsizetype> widths(m_header.size(), 0);
    auto measure = [&widths](const QStringList &row) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    };
    measure(m_header);
    for (const QStringList &r : m_rows)
        measure(r);
    QString line; // one buffer for every line
    auto write = [&](const QStringList &row) {
        line.clear();
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = i < row.size() ? row[i] : QString();
            line += cell;
            if (i + 1 < widths.size())
                line += QString(widths[i] + 2 - cell.size(), u' ');
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out << line << u'\n';
    };
    write(m_header);
    QStringList rule;
    for (qsizetype w : widths)
        rule.append(QString(w, u'-'));
    write(rule);
    for (const QStringList &r : m_rows)
        write(r);
}
