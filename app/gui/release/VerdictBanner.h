// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Release view's verdict in one look: an accent-tinted bar with an icon,
// the verdict in words, and the reasons below it.
#include <QFrame>

class QLabel;

namespace tierdesk {

// The hue of a ready verdict; the comparison table's "added" shares it.
QColor readyHue();

class VerdictBanner : public QFrame {
public:
    enum class State { Idle, Checking, Failed, Ready, Warnings, NotReady, Tagged };

    explicit VerdictBanner(QWidget *parent);

    void set(State state, const QString &title, const QString &detail);
    QString title() const;
    State state() const { return m_state; }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    QColor accent() const;

    State m_state = State::Idle;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_detail;
};

} // namespace tierdesk
