// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File > Fetch and Fetch From: fetches a remote of the repository shown in the
// background; the window shows the progress (with Cancel) in its status bar. A
// failure is a banner with Retry and Dismiss, never a modal box; a success asks
// the window to reload, and the reload's note says when local tier branches stay
// behind the remote.
#include <QObject>
#include <QStringList>

#include <memory>

class QAction;
class QMenu;
class QPushButton;
class QTimer;

namespace tierdesk {

class MessageBanner;
struct FetchReport;
struct JobState;
struct LoadedStorage;

class FetchController : public QObject {
    Q_OBJECT

public:
    // The menu and the banner are made as children of `window`; the window lays the banner out.
    explicit FetchController(QWidget *window);
    ~FetchController() override;

    QAction *fetchAction() const { return m_fetchAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    QMenu *menu() const { return m_menu; }             // Fetch From: one entry per remote
    MessageBanner *banner() const { return m_banner; } // for the window's layout

    // The remote preferred when the repository has it (the tier configuration's).
    void setDefaultRemote(const QString &remote);
    // The window shows `storage`: its remotes are offered. After a fetch's reload, explains
    // local tier branches that stay behind their remote-tracking branches.
    void storageShown(const LoadedStorage &storage);
    // The repository at `path` could not be loaded: nothing to fetch from.
    void loadFailed(const QString &path, bool demo);

    // Fetches `remote` (empty: the one chosen last, else the default, else the first).
    void fetch(const QString &remote = {});
    void cancel();
    bool isFetching() const { return m_job != nullptr; }
    QString remote() const { return m_remote; }

Q_SIGNALS:
    // For the status bar: a fetch started (`text` says which remote), reports progress, ended.
    void progressStarted(const QString &text);
    void progressChanged(int done, int total, const QString &what);
    void progressEnded();
    void statusMessage(const QString &text, int timeoutMs);
    // The fetch succeeded: the tiers shown are out of date.
    void reloadRequested();
    void finished(bool ok, const QString &message);

private:
    void createActions();
    void createBanner();
    void updateChoices();
    void fillMenu(const QStringList &remotes, bool enabled);
    void pollProgress();
    void onFinished(bool ok, bool cancelled, const QString &message);
    void showFailure(const QString &message);
    void showNote(const QString &note);
    static QString reportText(const FetchReport &report);

    QWidget *m_window;
    QTimer *m_poll;
    QAction *m_fetchAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QMenu *m_menu = nullptr;
    MessageBanner *m_banner = nullptr;
    QPushButton *m_retry = nullptr;

    QString m_path; // the repository shown, or the one whose loading failed
    bool m_demo = false;
    bool m_loaded = false; // a storage is shown
    QStringList m_remotes;
    QString m_defaultRemote;
    QString m_remote; // the remote fetched by Ctrl+Shift+F
    std::shared_ptr<JobState> m_job; // while a fetch runs
    bool m_reloadAfterFetch = false; // the next load shows what the fetch changed
};

} // namespace tierdesk
