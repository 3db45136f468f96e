// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The message under a settings field that says what is wrong with its value.
// Hidden while the value is fine; marked by an icon and words, never by colour alone.
#include <QLabel>

namespace tierdesk {

class FieldMessage : public QLabel {
    Q_OBJECT

public:
    // `field` is told the message (accessible description) so screen readers hear it too.
    explicit FieldMessage(QWidget *field, QWidget *parent = nullptr);

    // Empty: the value is fine.
    void setProblem(const QString &problem);
    bool hasProblem() const { return !m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    QWidget *field() const { return m_field; }

private:
    QWidget *m_field;
    QString m_description; // the field's own description, restored when the problem is gone
    QString m_problem;
};

} // namespace tierdesk
