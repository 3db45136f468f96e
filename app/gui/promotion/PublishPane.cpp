// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promotion/PublishPane.h"

#include "common/Accessible.h"
#include "common/GitHubHost.h"
#include "common/PlainText.h"
#include "common/RepositorySettings.h"
#include "github/KeychainSecretStore.h"

#include <QApplication>
#include <QClipboard>
#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tierdesk {

PublishPane::PublishPane(QWidget *parent)
    : QWidget(parent)
    , m_remote(new QComboBox(this))
    , m_apiUrl(new QLineEdit(u"https://api.github.com"_s, this))
    , m_forkOwner(new QLineEdit(this))
    , m_forkLabel(new QLabel(this))
    , m_allowUpstream(new QCheckBox(tr("Allow pushing to the upstream repository for this publication"), this))
    , m_tokenLabel(new QLabel(this))
    , m_publish(new QPushButton(tr("Publish"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_outcome(new QWidget(this))
    , m_outcomeLayout(new QVBoxLayout(m_outcome))
    , m_poll(new QTimer(this))
{
    m_remote->setEditable(true); // a URL works as well as a remote name
    describeWithTip(m_remote, tr("Your fork's remote"),
                    tr("Your fork: a remote name or URL the draft branches are pushed to."));
    describeWithTip(m_apiUrl, tr("GitHub API URL"), tr("GitHub API base URL (GitHub Enterprise: https://HOST/api/v3)."));
    m_forkOwner->setPlaceholderText(tr("from the remote's URL"));
    describeControl(m_forkOwner, tr("Fork owner"),
                    tr("The GitHub account or organisation that owns the fork; empty: read from the remote's URL"));
    describeWithTip(m_publish, {}, tr("Push both draft branches to the fork and open both pull requests"));
    describeWithTip(m_cancel, tr("Cancel publishing"), tr("Stop pushing and opening pull requests"));
    describeControl(m_progress, tr("Publishing progress"), tr("How far pushing the draft branches has come"));
    describeControl(m_status, tr("Publishing outcome"),
                    tr("What publishing did, with links to the pull requests it opened"));
    plainLabel(m_forkLabel)->setWordWrap(true);
    m_allowUpstream->setToolTip(tr("Draft branches belong in your fork. Pushing them to the repository the tier "
                                   "branches come from is refused unless this is ticked; it is cleared after each "
                                   "publication."));
    plainLabel(m_tokenLabel)->setWordWrap(true);
    // Rich text for the pull requests' links; every text in it is escaped
    // (remote URLs, server messages and the draft store are not trusted).
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    openWebLinksOnly(m_status);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_outcomeLayout->setContentsMargins(0, 0, 0, 0);

    auto *form = new QFormLayout;
    form->addRow(tr("Your fork's remote:"), m_remote);
    form->addRow(QString(), m_forkLabel);
    form->addRow(QString(), m_allowUpstream);
    form->addRow(tr("GitHub API URL:"), m_apiUrl);
    form->addRow(tr("Fork owner:"), m_forkOwner);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_publish);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_tokenLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_outcome);
    layout->addStretch(1);

    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &PublishPane::pollProgress);
    connect(m_publish, &QPushButton::clicked, this, &PublishPane::publish);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancelled = true;
        m_status->setText(tr("Cancelling…").toHtmlEscaped());
    });
    updateButtons();
}

void PublishPane::setRepository(const QString &path)
{
    m_repoPath = path;
    m_token.clear();
    m_remote->clear();
    m_ready = false;
    updateButtons();
    m_tokenLabel->setText(tr("Looking for a GitHub token…"));
    const quint64 generation = ++m_generation;
    const bool keychain = m_useKeychain;
    const QString upstream = m_upstreamRemote;
    runInBackground(
        this,
        [path, keychain, upstream] {
            Setup s;
            auto repo = git::Repository::open(path);
            if (!repo) {
                s.error = repo.error().text();
                return s;
            }
            s.remotes = repo->remoteNames();
            const auto upstreamUrl = remoteUrl(*repo, upstream);
            for (const QString &r : std::as_const(s.remotes)) {
                const auto url = remoteUrl(*repo, r);
                if (r == upstream || (upstreamUrl && url && sameRepository(*url, *upstreamUrl)))
                    s.upstreamLike.append(r);
            }
            TokenSources sources;
            KeychainSecretStore store;
            if (keychain)
                sources.keychain = &store;
            if (auto token = findGitHubToken(sources)) {
                s.token = token->value;
                s.tokenSource = token->source;
            }
            return s;
        },
        [this, generation](const Setup &s) {
            if (generation != m_generation)
                return;
            chooseFork(s);
            m_token = s.token;
            m_ready = true;
            if (!s.error.isEmpty())
                m_tokenLabel->setText(s.error);
            else if (m_token.isEmpty())
                m_tokenLabel->setText(tr("No GitHub token found (GITHUB_TOKEN, GH_TOKEN, ~/.elastic/github.token or "
                                         "the keychain): the branches are pushed and the pull-request texts and "
                                         "links are offered to copy."));
            else
                m_tokenLabel->setText(tr("Pull requests are opened as drafts with the GitHub token from %1.")
                                          .arg(s.tokenSource));
            updateButtons();
        });
}

// The remembered fork, else nothing chosen: the user says which remote is the fork, once per repository.
void PublishPane::chooseFork(const Setup &s)
{
    m_remote->addItems(s.remotes);
    const QString remembered = QSettings().value(forkRemoteKey(m_repoPath)).toString();
    if (!remembered.isEmpty()) {
        m_remote->setCurrentText(remembered);
        m_forkLabel->setText(s.upstreamLike.contains(remembered)
                                 ? tr("“%1” is the upstream repository, not a fork: choose your fork.").arg(remembered)
                                 : tr("Remembered for this repository."));
        return;
    }
    m_remote->setCurrentIndex(-1);
    QStringList forks = s.remotes;
    for (const QString &u : s.upstreamLike)
        forks.removeAll(u);
    m_forkLabel->setText(forks.isEmpty()
                             ? tr("Which remote is your fork? None of the remotes is (%1 is the upstream "
                                  "repository): add your fork as a remote, or type its URL.")
                                   .arg(s.upstreamLike.join(u", "_s))
                             : tr("Which remote is your fork? Tierdesk remembers your choice for this repository."));
}

void PublishPane::setDraftId(const QString &id)
{
    m_draftId = id;
    clearOutcome();
    m_status->clear();
    m_tokenLabel->show();
    updateButtons();
}

void PublishPane::publish()
{
    if (m_draftId.isEmpty() || m_job)
        return;
    PublishOptions options;
    options.remote = m_remote->currentText().trimmed();
    if (options.remote.isEmpty()) {
        m_status->setText(tr("Choose the remote of your fork to push to.").toHtmlEscaped());
        return;
    }
    options.token = m_token;
    options.credentials.githubHost = configuredGitHubHost();
    options.upstreamRemote = m_upstreamRemote;
    options.allowUpstream = m_allowUpstream->isChecked();
    m_allowUpstream->setChecked(false); // allowed for this publication only
    options.forkOwner = m_forkOwner->text().trimmed();
    const QString api = m_apiUrl->text().trimmed();
    if (!api.isEmpty()) {
        options.apiUrl = QUrl(api);
        if (!options.apiUrl.isValid() || options.apiUrl.scheme().isEmpty()) {
            m_status->setText(tr("The GitHub API URL is not a valid address.").toHtmlEscaped());
            return;
        }
    }
    clearOutcome();
    m_job = std::make_shared<JobState>();
    const JobControl control = m_job->control(m_job);
    const QString repoPath = m_repoPath;
    const QString id = m_draftId;
    m_status->setText(tr("Publishing %1…").arg(id).toHtmlEscaped());
    m_poll->start();
    Q_EMIT busyChanged(true);
    updateButtons();
    runInBackground(
        this,
        [repoPath, id, options, control] {
            Published p{publishDraft(repoPath, id, options, control), {}};
            if (p.outcome) {
                if (auto repo = git::Repository::open(repoPath)) {
                    auto target = resolvePublishTarget(*repo, options);
                    p.removalBody = removalBodyFor(p.outcome->draft, target ? &*target : nullptr);
                }
            }
            return p;
        },
        [this](const Published &p) { onPublished(p); });
}

void PublishPane::onPublished(const Published &result)
{
    m_job.reset();
    m_poll->stop();
    Q_EMIT busyChanged(false);
    updateButtons();
    if (!result.outcome) {
        m_status->setText(tr("Publishing failed: %1 The draft is kept; you can publish it again.")
                              .arg(redactSecret(result.outcome.error().text(), m_token))
                              .toHtmlEscaped());
        return;
    }
    // The remote that took the branches is the fork from now on.
    QSettings().setValue(forkRemoteKey(m_repoPath), m_remote->currentText().trimmed());
    m_forkLabel->setText(tr("Remembered for this repository."));
    showOutcome(result);
    Q_EMIT published(m_draftId);
}

void PublishPane::showOutcome(const Published &result)
{
    const PublishOutcome &o = *result.outcome;
    QStringList lines;
    if (o.push)
        lines << tr("Pushed to %1.").toHtmlEscaped().arg(o.push->url.toHtmlEscaped());
    for (const DraftBranch *b : {&o.draft.promotion, &o.draft.removal})
        if (b->pullRequest.exists())
            lines << tr("Pull request: %1").toHtmlEscaped().arg(linkHtml(b->pullRequest.url, b->pullRequest.url));
    for (const QString &n : o.notes)
        lines << n.toHtmlEscaped();
    m_status->setText(lines.join(u"<br>"_s));
    // The outcome's notes now say what happened (a missing token included): the
    // sentence announcing it before publishing would only repeat them.
    m_tokenLabel->hide();

    // Whatever GitHub did not receive is offered to copy.
    const bool promotionOpen = o.draft.promotion.pullRequest.exists() || !o.draft.promotion.exists();
    if (!promotionOpen) {
        addCopyRow(tr("Promotion compare URL"), o.promotionCompareUrl, false);
        addCopyRow(tr("Promotion title"), o.draft.promotion.title, false);
        addCopyRow(tr("Promotion body"), o.draft.promotion.body, true);
    }
    if (!o.draft.removal.pullRequest.exists()) {
        addCopyRow(tr("Removal compare URL"), o.removalCompareUrl, false);
        addCopyRow(tr("Removal title"), o.draft.removal.title, false);
        addCopyRow(tr("Removal body"), result.removalBody.isEmpty() ? o.draft.removal.body : result.removalBody, true);
    }
}

void PublishPane::addCopyRow(const QString &label, const QString &text, bool multiline)
{
    if (text.isEmpty())
        return;
    auto *row = new QWidget(m_outcome);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *name = plainLabel(new QLabel(label, row));
    name->setMinimumWidth(name->fontMetrics().horizontalAdvance(tr("Promotion compare URL")) + 8);
    layout->addWidget(name, 0, multiline ? Qt::AlignTop : Qt::Alignment());
    if (multiline) {
        auto *edit = new QPlainTextEdit(text, row);
        edit->setReadOnly(true);
        describeControl(edit, label, tr("Read-only, to copy into GitHub's form"));
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 6);
        layout->addWidget(edit, 1);
    } else {
        auto *edit = new QLineEdit(text, row);
        edit->setReadOnly(true);
        describeControl(edit, label, tr("Read-only, to copy into GitHub's form"));
        edit->setCursorPosition(0);
        layout->addWidget(edit, 1);
    }
    auto *copy = new QPushButton(tr("Copy"), row);
    copy->setObjectName(u"copy"_s);
    describeWithTip(copy, tr("Copy %1").arg(label), tr("Put this text on the clipboard"));
    connect(copy, &QPushButton::clicked, this, [text] { QApplication::clipboard()->setText(text); });
    layout->addWidget(copy, 0, multiline ? Qt::AlignTop : Qt::Alignment());
    m_outcomeLayout->addWidget(row);
}

void PublishPane::clearOutcome()
{
    while (QLayoutItem *item = m_outcomeLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void PublishPane::updateButtons()
{
    const bool busy = m_job != nullptr;
    m_publish->setEnabled(!busy && m_ready && !m_draftId.isEmpty());
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
    m_remote->setEnabled(!busy);
    m_allowUpstream->setEnabled(!busy);
    m_apiUrl->setEnabled(!busy);
    m_forkOwner->setEnabled(!busy);
    if (busy)
        m_progress->setRange(0, 0);
}

void PublishPane::pollProgress()
{
    if (!m_job)
        return;
    QMutexLocker lock(&m_job->mutex);
    if (m_job->total > 0) {
        m_progress->setRange(0, m_job->total);
        m_progress->setValue(m_job->done);
    }
    if (!m_job->what.isEmpty() && !m_job->cancelled)
        m_status->setText(m_job->what.toHtmlEscaped());
}

} // namespace tierdesk
