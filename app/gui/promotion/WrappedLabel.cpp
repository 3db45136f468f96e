// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promotion/WrappedLabel.h"

#include "common/PlainText.h"

#include <QLabel>

namespace tierdesk {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = plainLabel(new QLabel(text, parent));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace tierdesk
