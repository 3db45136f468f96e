// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The promotion drafts of one repository: each one's state (local, pushed,
// pull requests open with links, damaged), with a token each pull request's
// state on GitHub, the selected draft's titles, bodies, branches and remote,
// whether its removal is safe to merge, publishing and deleting. Listing and
// every action run on workers.
#include "common/BackgroundJob.h"
#include "promotion/DraftStatus.h"
#include "promotion/PromotionDraft.h"
#include "promotion/PromotionDraftStore.h"

#include <QHash>

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace tierdesk {

class MessageBanner;
class StatusPage;

class DraftsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DraftsPanel(QWidget *parent = nullptr);

    // Lists the repository's drafts (on a worker).
    void setRepository(const QString &path);
    QString repository() const { return m_repoPath; }
    // The remote whose tier branches the removal safety is checked against.
    void setUpstreamRemote(const QString &remote) { m_upstreamRemote = remote; }
    // The system keychain may block; tests turn it off.
    void setUseKeychain(bool use) { m_useKeychain = use; }

    const QList<PromotionDraft> &drafts() const { return m_drafts; }
    bool isLoading() const { return m_loading; }
    QString currentDraftId() const;
    void setCurrentDraft(const QString &id);

    QTreeWidget *view() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *safetyButton() const { return m_safety; }
    QPlainTextEdit *details() const { return m_details; }
    // Shown when the drafts file holds entries set aside (with their reasons) or is of a newer format.
    MessageBanner *storeBanner() const { return m_storeNote; }
    // The pull-request states read with the list (a token was found), by draft id.
    const QHash<QString, DraftStatus> &statuses() const { return m_statuses; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void draftsLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Listing {
        Result<DraftStoreContents> contents;
        QHash<QString, DraftStatus> statuses;
    };
    static Listing list(const QString &path, bool useKeychain);
    void showDrafts(const QList<PromotionDraft> &drafts);
    void showStoreNote(const DraftStoreContents &contents);
    void showDetails();
    QString stateText(const PromotionDraft &d) const;
    void checkSafety();
    void publish();
    void remove();
    void updateButtons();
    void colourLinks();

    QString m_repoPath;
    QString m_upstreamRemote = QStringLiteral("origin");
    bool m_useKeychain = true;
    QList<PromotionDraft> m_drafts;
    QHash<QString, DraftStatus> m_statuses;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_acting = false;

    QTreeWidget *m_view;
    QPushButton *m_refresh;
    QPushButton *m_safety;
    QPushButton *m_publish;
    QPushButton *m_delete;
    QPlainTextEdit *m_details;
    QLabel *m_status;
    MessageBanner *m_storeNote;
    QStackedWidget *m_pages = nullptr; // the empty state, or the drafts and their details
    StatusPage *m_empty = nullptr;
};

} // namespace tierdesk
