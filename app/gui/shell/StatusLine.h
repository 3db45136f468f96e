// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's status bar. QStatusBar paints a message cut off mid-letter
// where the permanent widgets (the summary, the progress) begin; this one
// ends it in "…" in the room that is left, and reads the whole message out
// as its accessible description.
#include <QStatusBar>

namespace tierdesk {

class StatusLine : public QStatusBar {
    Q_OBJECT

public:
    explicit StatusLine(QWidget *parent = nullptr);

    // The message as painted: elided to the room left of the permanent widgets.
    QString shownMessage() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect messageRect() const;
};

} // namespace tierdesk
