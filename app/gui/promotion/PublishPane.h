// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Publishing one draft: push both branches to the user's fork and open both
// pull requests, or, without a GitHub token, offer the texts and compare URLs
// to copy. Shared by the promotion dialog and the drafts panel.
#include "common/BackgroundJob.h"
#include "promotion/PromotionPublish.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace tierdesk {

class PublishPane : public QWidget {
    Q_OBJECT
public:
    explicit PublishPane(QWidget *parent = nullptr);

    // Lists the remotes and looks for a GitHub token, both on a worker.
    void setRepository(const QString &path);
    void setDraftId(const QString &id);
    // The remote the tier branches come from: refused as the push target unless allowed for one publication.
    void setUpstreamRemote(const QString &remote) { m_upstreamRemote = remote; }
    QString draftId() const { return m_draftId; }
    // The system keychain may block; tests turn it off.
    void setUseKeychain(bool use) { m_useKeychain = use; }
    bool isBusy() const { return m_job != nullptr; }

    // Which remote is the fork: remembered per repository (forkRemoteKey) once chosen; empty until then.
    QComboBox *remoteBox() const { return m_remote; }
    QCheckBox *allowUpstreamBox() const { return m_allowUpstream; }
    QPushButton *publishButton() const { return m_publish; }
    QLineEdit *apiUrlEdit() const { return m_apiUrl; }
    QLineEdit *forkOwnerEdit() const { return m_forkOwner; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void published(const QString &draftId);
    void busyChanged(bool busy);

private:
    struct Setup {
        QStringList remotes;
        QStringList upstreamLike; // remotes whose URL is the upstream repository's
        QString token;
        QString tokenSource;
        QString error;
    };
    struct Published {
        Result<PublishOutcome> outcome;
        QString removalBody; // with the promotion link filled in
    };
    void publish();
    void chooseFork(const Setup &s);
    void onPublished(const Published &result);
    void showOutcome(const Published &result);
    void addCopyRow(const QString &label, const QString &text, bool multiline);
    void clearOutcome();
    void updateButtons();
    void pollProgress();

    QString m_repoPath;
    QString m_draftId;
    bool m_useKeychain = true;
    QString m_token;
    QString m_upstreamRemote = QStringLiteral("origin");
    bool m_ready = false; // remotes and token looked up
    quint64 m_generation = 0;
    std::shared_ptr<JobState> m_job;

    QComboBox *m_remote;
    QLineEdit *m_apiUrl;
    QLineEdit *m_forkOwner;
    QLabel *m_forkLabel;
    QCheckBox *m_allowUpstream;
    QLabel *m_tokenLabel;
    QPushButton *m_publish;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QWidget *m_outcome;
    QVBoxLayout *m_outcomeLayout;
    QTimer *m_poll;
};

} // namespace tierdesk
