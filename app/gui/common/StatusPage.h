// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's centre when there is no storage to show: loading, an error, a cancelled load.
#include <QWidget>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace tierdesk {

class StatusPage : public QWidget {
    Q_OBJECT

public:
    explicit StatusPage(QWidget *parent = nullptr);

    // Replaces title, text and buttons; `error` shows the error symbol.
    void showMessage(const QString &title, const QString &text, bool error);
    // `description` says what the button does, for assistive technology and as its tooltip.
    QPushButton *addButton(const QString &text, const QString &description);
    QString title() const;
    QString text() const;
    bool isError() const { return m_error; }

private:
    QLabel *m_symbol;
    QLabel *m_title;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    bool m_error = false;
};

} // namespace tierdesk
