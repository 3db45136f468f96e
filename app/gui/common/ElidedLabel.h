// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A one-line plain-text label that shrinks with its layout and ends in "…"
// where its text no longer fits; the full text is its tooltip then, and
// always its accessible name.
#include <QFrame>

namespace tierdesk {

class ElidedLabel : public QFrame {
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void clear() { setText({}); }
    // The text as painted (elided or whole).
    QString shownText() const;
    // Off: the tooltip is the caller's (on: the full text while it is elided).
    void setAutoToolTip(bool on) { m_autoToolTip = on; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateToolTip();

    QString m_text;
    bool m_autoToolTip = true;
};

} // namespace tierdesk
