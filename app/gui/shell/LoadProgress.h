// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The status bar while loading: what is being read, a progress bar and Cancel.
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace tierdesk {

class LoadProgressWidget : public QWidget {
    Q_OBJECT

public:
    explicit LoadProgressWidget(QWidget *parent = nullptr);

    void begin(const QString &text);
    // total == 0 shows a busy indicator.
    void setProgress(int done, int total, const QString &what);
    QString text() const;

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_text;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace tierdesk
