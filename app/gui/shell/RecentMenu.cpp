// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/RecentMenu.h"

#include "common/PlainText.h"
#include "core/Tr.h"

#include "shell/RecentRepositories.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
// The window's texts before the menu was a class of its own: the translations stay.
namespace Tr = trcontext::MainWindow;
} // namespace

RecentMenu::RecentMenu(RecentRepositories *recent, const QString &title, QWidget *parent)
    : QMenu(title, parent)
    , m_recent(recent)
{
    setObjectName(u"recentMenu"_s);
    connect(m_recent, &RecentRepositories::changed, this, &RecentMenu::rebuild);
    rebuild();
}

void RecentMenu::rebuild()
{
    clear();
    const QStringList paths = m_recent->paths();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString path = paths[i];
        // &1 … &9, then 1&0: every entry has a mnemonic.
        const QString number = i < 9 ? u"&"_s + QString::number(i + 1) : u"1&0"_s;
        QAction *action = addAction(number + u"  "_s + QDir::toNativeSeparators(path).replace(u'&', u"&&"_s));
        action->setToolTip(plainToolTip(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (paths.isEmpty())
        addAction(Tr::tr("No Recent Repositories"))->setEnabled(false);
    addSeparator();
    QAction *clearList = addAction(Tr::tr("&Clear List"));
    clearList->setEnabled(!paths.isEmpty());
    connect(clearList, &QAction::triggered, m_recent, &RecentRepositories::clear);
}

} // namespace tierdesk
