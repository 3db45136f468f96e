// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What assistive technology says about a control: its name, and a description of
// what it does or holds (never the name again; tests/gui/tst_accessibility checks both).
#include <QWidget>

namespace tierdesk {

// An empty `name` keeps the one the control has (its text, its label's).
inline void describeControl(QWidget *control, const QString &name, const QString &description)
{
    if (!name.isEmpty())
        control->setAccessibleName(name);
    control->setAccessibleDescription(description);
}

// The same, with the description also shown as the tooltip for people who point at it.
inline void describeWithTip(QWidget *control, const QString &name, const QString &description)
{
    describeControl(control, name, description);
    control->setToolTip(description);
}

} // namespace tierdesk
