// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Repository text reaches the terminal: a manifest title, a directory name, a
// branch. Control characters in it (ESC sequences, carriage returns, newlines
// in a name) could recolour the terminal, rewrite lines or fake table rows, so
// the CLI shows them as visible escapes: \x1B, \n, \u009B.
#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <cstdio>

namespace cli {

// `text` on one line: every control character (newlines and tabs included) as an escape.
QString oneLine(const QString &text);

// UTF-8 bytes with every control character but newline and tab escaped. `carry`
// holds a lead byte of a C1 control split across two writes.
QByteArray terminalSafe(const QByteArray &utf8, QByteArray *carry = nullptr);

// The standard output or error behind out() and err(): all text passes terminalSafe().
class TerminalSafeDevice : public QIODevice {
public:
    explicit TerminalSafeDevice(FILE *file);
    ~TerminalSafeDevice() override;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override;

private:
    FILE *m_file;
    QByteArray m_carry;
};

} // namespace cli
