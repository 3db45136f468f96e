// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/FieldMessage.h"

#include "common/ThemeColors.h"

namespace tierdesk {

FieldMessage::FieldMessage(QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
    , m_description(field->accessibleDescription())
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setVisible(false);
    setAccessibleName(tr("Problem"));
}

void FieldMessage::setProblem(const QString &problem)
{
    m_problem = problem;
    // "⚠" and the words carry the meaning; the colour only adds to it.
    setText(problem.isEmpty() ? QString() : tr("⚠ %1").arg(problem));
    QPalette p = palette();
    p.setColor(QPalette::WindowText, mix(palette().color(QPalette::WindowText), problemHue(), 0.7));
    setPalette(p);
    setVisible(!problem.isEmpty());
    m_field->setAccessibleDescription(problem.isEmpty() ? m_description : problem);
}

} // namespace tierdesk
