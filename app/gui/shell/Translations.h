// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Installs Tierdesk's and Qt's translations for a locale.
#include <QLocale>

class QCoreApplication;

namespace tierdesk {

// Tierdesk's .qm files are compiled into the resources under :/i18n and installed
// in <prefix>/share/tierdesk/translations; an installed one for the locale wins.
// When none matches the locale the English one is used: it carries the plural forms.
void installTranslators(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace tierdesk
