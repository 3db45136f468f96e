// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/VerdictBanner.h"

#include "common/PlainText.h"
#include "common/ThemeColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
QStyle::StandardPixmap stateIcon(VerdictBanner::State state)
{
    switch (state) {
    case VerdictBanner::State::Ready: return QStyle::SP_DialogApplyButton;
    case VerdictBanner::State::Warnings: return QStyle::SP_MessageBoxWarning;
    case VerdictBanner::State::NotReady:
    case VerdictBanner::State::Failed: return QStyle::SP_MessageBoxCritical;
    case VerdictBanner::State::Checking: return QStyle::SP_BrowserReload;
    case VerdictBanner::State::Tagged: return QStyle::SP_DialogApplyButton;
    case VerdictBanner::State::Idle: break;
    }
    return QStyle::SP_MessageBoxInformation;
}
} // namespace

QColor readyHue() { return QColor(0x2e, 0xa0, 0x4f); }

VerdictBanner::VerdictBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(plainLabel(new QLabel(this)))
    , m_detail(plainLabel(new QLabel(this)))
{
    setObjectName(u"verdictBanner"_s);
    m_title->setObjectName(u"verdictText"_s);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.35);
    m_title->setFont(f);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_detail);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(12);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void VerdictBanner::set(State state, const QString &title, const QString &detail)
{
    m_state = state;
    m_title->setText(title);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(stateIcon(state), nullptr, this).pixmap(size, size));
    update();
}

QString VerdictBanner::title() const { return m_title->text(); }

void VerdictBanner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor a = accent();
    p.setPen(QPen(tintedFrame(palette(), a), 1.0));
    p.setBrush(tintedBackground(palette(), a));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    // A solid stripe on the leading edge carries the colour even for weak colour vision.
    p.setPen(Qt::NoPen);
    p.setBrush(a);
    p.drawRoundedRect(QRectF(0, 0, 5, height()), 2, 2);
}

QColor VerdictBanner::accent() const
{
    switch (m_state) {
    case State::Ready: return readyHue();
    case State::Warnings: return warningHue();
    case State::NotReady:
    case State::Failed: return problemHue();
    case State::Tagged: // done and nothing to fix: the neutral accent, not a warning
    case State::Idle:
    case State::Checking: break;
    }
    return palette().color(QPalette::Highlight);
}

} // namespace tierdesk
