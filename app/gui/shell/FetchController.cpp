// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/FetchController.h"

#include "common/PlainText.h"
#include "core/Tr.h"

#include "common/BackgroundJob.h"
#include "common/LoadedStorage.h"
#include "common/MessageBanner.h"
#include "git/Remote.h"
#include "storage/TierSummary.h"

#include <QAction>
#include <QCoreApplication>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
// The window's texts before fetching was a class of its own: the translations stay.
namespace Tr = trcontext::MainWindow;
} // namespace

FetchController::FetchController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_poll(new QTimer(this))
{
    createActions();
    createBanner();
    m_menu = new QMenu(Tr::tr("Fetch Fro&m"), window);
    m_menu->setObjectName(u"fetchMenu"_s);
    m_menu->setEnabled(false);
    // The worker writes its progress into the job; polled, so it never touches a widget.
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &FetchController::pollProgress);
}

// A fetch still running finishes on its own: it holds only copies.
FetchController::~FetchController() = default;

void FetchController::createActions()
{
    m_fetchAction = new QAction(Tr::tr("&Fetch"), this);
    m_fetchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_fetchAction->setStatusTip(Tr::tr("Download the remote's tier branches in the background, then reload"));
    m_fetchAction->setEnabled(false);
    connect(m_fetchAction, &QAction::triggered, this, [this] { fetch(); });
    m_cancelAction = new QAction(Tr::tr("&Cancel Fetch"), this);
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &FetchController::cancel);
}

void FetchController::createBanner()
{
    // A failed fetch is reported here, not in a modal box: the storage shown stays usable.
    m_banner = new MessageBanner(m_window);
    m_banner->setObjectName(u"fetchBanner"_s);
    m_banner->setKind(MessageBanner::Kind::Error);
    m_retry = m_banner->addButton(Tr::tr("Retry"), Tr::tr("Fetch from the same remote again"));
    connect(m_retry, &QPushButton::clicked, this, [this] { fetch(); });
    connect(m_banner->addButton(Tr::tr("Dismiss"), Tr::tr("Hide this message")), &QPushButton::clicked, m_banner, &QWidget::hide);
    m_banner->hide();
}

void FetchController::setDefaultRemote(const QString &remote)
{
    m_defaultRemote = remote;
}

void FetchController::storageShown(const LoadedStorage &storage)
{
    if (storage.repositoryPath != m_path)
        m_banner->hide(); // it spoke of another repository
    m_path = storage.repositoryPath;
    m_demo = storage.demo;
    m_loaded = true;
    m_remotes = storage.remotes;
    // The fetch moved remote-tracking branches only: local tier branches behind them hide it.
    if (std::exchange(m_reloadAfterFetch, false))
        showNote(TierSummary::staleBranchesNote(storage.snapshot));
    updateChoices();
}

void FetchController::loadFailed(const QString &path, bool demo)
{
    m_path = path;
    m_demo = demo;
    m_loaded = false;
    m_remotes.clear();
    updateChoices();
}

void FetchController::updateChoices()
{
    const QStringList remotes = m_loaded && !m_demo ? m_remotes : QStringList();
    if (!remotes.contains(m_remote))
        m_remote = remotes.contains(m_defaultRemote) ? m_defaultRemote : remotes.value(0);
    const bool idle = !isFetching();
    m_fetchAction->setEnabled(idle && !m_remote.isEmpty());
    m_fetchAction->setText(m_remote.isEmpty() ? Tr::tr("&Fetch") : Tr::tr("&Fetch from “%1”").arg(literalMnemonic(m_remote)));
    m_fetchAction->setToolTip(remotes.isEmpty() && m_loaded && !m_demo
                                  ? Tr::tr("This repository has no remote to fetch from.")
                                  : Tr::tr("Download the remote's tier branches in the background, then reload"));
    fillMenu(remotes, idle);
}

void FetchController::fillMenu(const QStringList &remotes, bool enabled)
{
    m_menu->clear();
    m_menu->setEnabled(enabled && !remotes.isEmpty());
    for (const QString &remote : remotes) {
        QAction *action = m_menu->addAction(literalMnemonic(remote));
        action->setCheckable(true);
        action->setChecked(remote == m_remote);
        connect(action, &QAction::triggered, this, [this, remote] { fetch(remote); });
    }
}

void FetchController::cancel()
{
    if (m_job)
        m_job->cancelled = true;
}

void FetchController::fetch(const QString &requested)
{
    if (m_path.isEmpty() || m_demo || isFetching())
        return;
    if (!requested.isEmpty())
        m_remote = requested;
    if (m_remote.isEmpty())
        return;
    const QString remote = m_remote;
    m_job = std::make_shared<JobState>();
    updateChoices();
    m_cancelAction->setEnabled(true);
    m_banner->hide();
    Q_EMIT progressStarted(Tr::tr("Fetching from “%1”…").arg(remote));
    m_poll->start();
    auto work = [path = m_path, remote, job = m_job]() -> Result<FetchReport> {
        return tierdesk::fetchRemote(path, remote, {}, job->control(job));
    };
    runInBackground(this, std::move(work), [this, job = m_job](const Result<FetchReport> &result) {
        if (result)
            onFinished(true, false, reportText(*result));
        else
            onFinished(false, job->cancelled.load(), result.error().text());
    });
}

void FetchController::pollProgress()
{
    if (!m_job)
        return;
    int done = 0;
    int total = 0;
    QString what;
    {
        QMutexLocker lock(&m_job->mutex);
        done = m_job->done;
        total = m_job->total;
        what = m_job->what;
    }
    if (total > 0 || !what.isEmpty()) // before the first report the "Fetching from" text stays
        Q_EMIT progressChanged(done, total, what);
}

QString FetchController::reportText(const FetchReport &report)
{
    if (report.updatedRefs.isEmpty())
        return Tr::tr("Fetched from “%1”: already up to date.").arg(report.remote);
    return Tr::tr("Fetched from “%1”: %2 updated.").arg(report.remote, QLocale().createSeparatedList(report.updatedRefs));
}

void FetchController::onFinished(bool ok, bool cancelled, const QString &message)
{
    m_job.reset();
    m_poll->stop();
    m_cancelAction->setEnabled(false);
    updateChoices();
    Q_EMIT progressEnded();
    if (ok) {
        Q_EMIT statusMessage(message, 10000);
        m_reloadAfterFetch = true;
        Q_EMIT reloadRequested();
    } else if (cancelled) {
        Q_EMIT statusMessage(message, 10000);
    } else {
        showFailure(message);
    }
    Q_EMIT finished(ok, message);
}

void FetchController::showFailure(const QString &message)
{
    m_banner->setKind(MessageBanner::Kind::Error);
    m_banner->setText(Tr::tr("Fetch failed: %1").arg(message));
    m_retry->show();
    m_banner->show();
}

void FetchController::showNote(const QString &note)
{
    if (note.isEmpty())
        return;
    m_banner->setKind(MessageBanner::Kind::Warning);
    m_banner->setText(note);
    m_retry->hide();
    m_banner->show();
}

} // namespace tierdesk
