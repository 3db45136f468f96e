// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A KMessageWidget-like bar: an accent-tinted frame with a symbol, a text and action buttons.
#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace tierdesk {

class MessageBanner : public QFrame {
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    void setText(const QString &text);
    QString text() const;
    // `description` says what the button does, for assistive technology and as its tooltip.
    QPushButton *addButton(const QString &text, const QString &description);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QColor accent() const;
    void updateSymbol();

    Kind m_kind = Kind::Information;
    QLabel *m_symbol;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};

} // namespace tierdesk
