// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The promotion dialog's sentences: a label that wraps and can be selected.
class QLabel;
class QString;
class QWidget;

namespace tierdesk {

QLabel *wrappedLabel(const QString &text, QWidget *parent);

} // namespace tierdesk
