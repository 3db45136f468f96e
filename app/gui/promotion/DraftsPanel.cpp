// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promotion/DraftsPanel.h"

#include "common/Accessible.h"
#include "common/MessageBanner.h"
#include "common/PlainText.h"
#include "common/StatusPage.h"
#include "promotion/PromotionSafety.h"
#include "promotion/PublishPane.h"
#include "github/KeychainSecretStore.h"
#include "promotion/PullRequestLookup.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QPushButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
enum Column { IdColumn, TiersColumn, VersionsColumn, StateColumn, LinksColumn };

// Each pull request's link with its state on GitHub when it was read: "promotion #12: merged, removal #13: a draft".
QString linksHtml(const PromotionDraft &d, const DraftStatus &status, const QColor &linkColour)
{
    QStringList links;
    const auto add = [&links, &linkColour](const DraftBranch &b, const PullRequestState &state, bool promotion) {
        if (!b.pullRequest.exists())
            return;
        const QString link = linkHtml(b.pullRequest.url, u'#' + QString::number(b.pullRequest.number), linkColour);
        QString text = promotion ? DraftsPanel::tr("promotion %1").arg(link) : DraftsPanel::tr("removal %1").arg(link);
        if (!state.id.isEmpty())
            text += u": "_s + DraftStatus::stateText(state.id).toHtmlEscaped();
        links << text;
    };
    add(d.promotion, status.promotion, true);
    add(d.removal, status.removal, false);
    return links.join(u", "_s);
}

std::optional<GitHubToken> tokenFor(bool useKeychain)
{
    TokenSources sources;
    KeychainSecretStore keychain;
    if (useKeychain)
        sources.keychain = &keychain;
    return findGitHubToken(sources);
}
} // namespace

// On a worker: the drafts, and with a token the state of each pull request.
DraftsPanel::Listing DraftsPanel::list(const QString &path, bool useKeychain)
{
    Listing out{readDrafts(path), {}};
    if (!out.contents)
        return out;
    const auto token = tokenFor(useKeychain);
    DraftStatusOptions options;
    options.token = token ? token->value : QString();
    for (const PromotionDraft &d : std::as_const(out.contents->drafts))
        out.statuses.insert(d.id, pullRequestStates(d, options));
    return out;
}

DraftsPanel::DraftsPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeWidget(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_safety(new QPushButton(tr("Check Removal Safety"), this))
    , m_publish(new QPushButton(tr("Publish…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_details(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_storeNote(new MessageBanner(this))
{
    m_storeNote->setObjectName(u"draftStoreNote"_s);
    m_storeNote->setKind(MessageBanner::Kind::Warning);
    m_storeNote->hide();
    m_details->setReadOnly(true);
    m_details->setObjectName(u"draftDetails"_s);
    describeControl(m_details, tr("Draft details"),
                    tr("The selected draft's titles, bodies, branches, remote and pull requests, read-only"));
    m_view->setHeaderLabels({tr("Draft"), tr("Tiers"), tr("Versions"), tr("State"), tr("Pull requests")});
    m_view->setRootIsDecorated(false);
    describeControl(m_view, tr("Drafts"),
                    tr("This repository's promotion drafts: tiers, versions, state and pull requests; select one "
                       "for its details"));
    describeWithTip(m_refresh, {}, tr("Read the drafts and their pull requests' states again"));
    describeWithTip(m_safety, {},
                    tr("Check whether the selected draft's removal may be merged: the promotion is merged and the "
                       "destination holds the same files"));
    describeWithTip(m_publish, {}, tr("Push the selected draft to your fork and open its pull requests"));
    describeWithTip(m_delete, {}, tr("Delete the selected draft and its local branches; pushed branches stay"));
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    plainLabel(m_status)->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_safety);
    buttons->addWidget(m_publish);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_storeNote);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    // No drafts: say what a draft is and how to make one, instead of two empty boxes.
    m_empty = new StatusPage(this);
    m_empty->setObjectName(u"noDrafts"_s);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(split);
    m_pages->setCurrentWidget(split);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_refresh, &QPushButton::clicked, this, &DraftsPanel::refresh);
    connect(m_safety, &QPushButton::clicked, this, &DraftsPanel::checkSafety);
    connect(m_publish, &QPushButton::clicked, this, &DraftsPanel::publish);
    connect(m_delete, &QPushButton::clicked, this, &DraftsPanel::remove);
    connect(m_view, &QTreeWidget::itemSelectionChanged, this, &DraftsPanel::colourLinks);
    connect(m_view, &QTreeWidget::currentItemChanged, this, [this] {
        m_status->clear();
        showDetails();
        updateButtons();
    });
    updateButtons();
}

void DraftsPanel::setRepository(const QString &path)
{
    m_repoPath = path;
    refresh();
}

void DraftsPanel::refresh()
{
    if (m_repoPath.isEmpty())
        return;
    m_loading = true;
    updateButtons();
    const quint64 generation = ++m_generation;
    const QString path = m_repoPath;
    const bool keychain = m_useKeychain;
    runInBackground(this, [path, keychain] { return list(path, keychain); },
                    [this, generation](const Listing &result) {
                        if (generation != m_generation)
                            return;
                        m_loading = false;
                        m_statuses = result.statuses;
                        if (result.contents) {
                            showDrafts(result.contents->drafts);
                            showStoreNote(*result.contents);
                        } else {
                            showDrafts({});
                            m_storeNote->hide();
                            m_empty->showMessage(tr("The drafts could not be read"), result.contents.error().text(),
                                                 true);
                        }
                        Q_EMIT draftsLoaded();
                    });
}

void DraftsPanel::showDrafts(const QList<PromotionDraft> &drafts)
{
    const QString current = currentDraftId();
    m_drafts = drafts;
    m_view->clear();
    for (const PromotionDraft &d : drafts) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(IdColumn, d.id);
        item->setData(IdColumn, Qt::UserRole, d.id);
        item->setText(TiersColumn, tr("%1 → %2").arg(d.sourceTier, d.destinationTier));
        QStringList labels;
        for (const DraftVersion &v : d.versions)
            labels << v.label();
        item->setText(VersionsColumn, labels.join(u", "_s));
        item->setToolTip(VersionsColumn, plainToolTip(labels.join(u'\n')));
        item->setText(StateColumn, stateText(d));
        item->setData(StateColumn, Qt::UserRole, PromotionDraft::stateId(d.state()));
        if (d.state() == DraftState::Damaged)
            item->setToolTip(StateColumn, tr("A draft branch is gone or was moved by someone else."));
        item->setToolTip(IdColumn, plainToolTip(d.branchNames().join(u'\n')));
        if (d.promotion.pullRequest.exists() || d.removal.pullRequest.exists()) {
            // The draft store is not trusted: its addresses are escaped, and open only as web links.
            auto *label = new QLabel(m_view);
            label->setObjectName(u"pullRequestLinks"_s);
            label->setAccessibleName(tr("Pull requests of draft %1").arg(d.id));
            label->setAccessibleDescription(
                tr("Links to the draft's pull requests on GitHub, each with its state when it was read"));
            label->setTextFormat(Qt::RichText);
            openWebLinksOnly(label);
            label->setTextInteractionFlags(Qt::TextBrowserInteraction);
            m_view->setItemWidget(item, LinksColumn, label);
        }
    }
    if (drafts.isEmpty())
        m_empty->showMessage(tr("No drafts yet"),
                             tr("Select a version in the Packages view and choose Package › Promote…, or run "
                                "tierdesk-cli promote. A draft is a pair of branches under tierdesk/ in this "
                                "repository; nothing leaves it until you publish."),
                             false);
    m_pages->setCurrentIndex(drafts.isEmpty() ? 0 : 1);
    setCurrentDraft(current);
    if (!m_view->currentItem() && m_view->topLevelItemCount() > 0)
        m_view->setCurrentItem(m_view->topLevelItem(0));
    colourLinks();
    updateButtons();
}

// Rich text takes its link colour when the text is set, not when it is painted: the labels are set
// again whenever the palette or the selection changes, so links stay readable in the dark palette
// and on the selected row's highlight.
void DraftsPanel::colourLinks()
{
    const QPalette &p = palette(); // the view's own follows only after this widget's change event
    for (int i = 0; i < m_view->topLevelItemCount() && i < m_drafts.size(); ++i) {
        QTreeWidgetItem *item = m_view->topLevelItem(i);
        auto *label = qobject_cast<QLabel *>(m_view->itemWidget(item, LinksColumn));
        if (!label)
            continue;
        const bool selected = item->isSelected();
        label->setForegroundRole(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor link = selected ? p.color(QPalette::HighlightedText) : p.color(QPalette::Link);
        const PromotionDraft &d = m_drafts.at(i); // one row per draft, in order
        label->setText(linksHtml(d, m_statuses.value(d.id), link));
    }
}

void DraftsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colourLinks();
}

// Entries of the drafts file that are not used, each with the reason, and a file of a newer format.
void DraftsPanel::showStoreNote(const DraftStoreContents &contents)
{
    QStringList lines;
    if (!contents.rejected.isEmpty()) {
        lines << tr("%n entry(s) of the drafts file set aside (not used, kept in the file as written):", nullptr,
                    int(contents.rejected.size()));
        for (const QString &reason : contents.rejected)
            lines << u"• "_s + reason;
    }
    if (contents.newerFormat())
        lines << tr("The drafts file was written by a newer Tierdesk (format %1): it is read but never changed.")
                     .arg(contents.format);
    m_storeNote->setText(lines.join(u'\n'));
    m_storeNote->setVisible(!lines.isEmpty());
}

// The draft's own state, and each pull request's on GitHub when it was read.
QString DraftsPanel::stateText(const PromotionDraft &d) const
{
    QString text = PromotionDraft::stateText(d.state());
    const auto it = m_statuses.constFind(d.id);
    if (it == m_statuses.constEnd())
        return text;
    QStringList parts;
    if (!it->promotion.id.isEmpty())
        parts << tr("promotion %1").arg(DraftStatus::stateText(it->promotion.id));
    if (!it->removal.id.isEmpty())
        parts << tr("removal %1").arg(DraftStatus::stateText(it->removal.id));
    return parts.isEmpty() ? text : text + u" · "_s + parts.join(u", "_s);
}

namespace {
QString pullRequestLine(const DraftBranch &b, const PullRequestState &state)
{
    if (!b.pullRequest.exists())
        return DraftsPanel::tr("Pull request: none yet");
    const QString s = state.id.isEmpty() ? DraftsPanel::tr("state unknown (%1)").arg(state.problem)
                                         : DraftStatus::stateText(state.id);
    return DraftsPanel::tr("Pull request: %1 (%2)").arg(b.pullRequest.url, s);
}

void appendBranch(QStringList &lines, const QString &heading, const DraftBranch &b, const PullRequestState &state)
{
    lines << heading << DraftsPanel::tr("Title: %1").arg(b.title)
          << DraftsPanel::tr("Branch: %1 (into %2)").arg(b.name, b.baseTier) << pullRequestLine(b, state)
          << DraftsPanel::tr("Body:") << b.body << QString();
}
} // namespace

// The selected draft whole, as plain text: repository content is never rich text.
void DraftsPanel::showDetails()
{
    const QString id = currentDraftId();
    const PromotionDraft *d = nullptr;
    for (const PromotionDraft &draft : std::as_const(m_drafts))
        if (draft.id == id)
            d = &draft;
    if (!d) {
        m_details->clear();
        return;
    }
    const DraftStatus status = m_statuses.value(d->id);
    QStringList lines;
    lines << tr("Draft %1: %2 → %3").arg(d->id, d->sourceTier, d->destinationTier)
          << tr("Remote: %1").arg(d->pushRemote.isEmpty() ? tr("not pushed yet") : d->pushRemote) << QString();
    if (d->promotion.exists())
        appendBranch(lines, tr("Promotion"), d->promotion, status.promotion);
    else
        lines << tr("Promotion: none, %1's distribution already served every version.").arg(d->destinationTier)
              << QString();
    appendBranch(lines, tr("Removal"), d->removal, status.removal);
    m_details->setPlainText(lines.join(u'\n'));
}

QString DraftsPanel::currentDraftId() const
{
    const QTreeWidgetItem *item = m_view->currentItem();
    return item ? item->data(IdColumn, Qt::UserRole).toString() : QString();
}

void DraftsPanel::setCurrentDraft(const QString &id)
{
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
        if (m_view->topLevelItem(i)->data(IdColumn, Qt::UserRole).toString() == id)
            m_view->setCurrentItem(m_view->topLevelItem(i));
}

// The pull requests' states and the destination's trees: whether the removal may be merged now.
void DraftsPanel::checkSafety()
{
    const QString id = currentDraftId();
    const PromotionDraft *draft = nullptr;
    for (const PromotionDraft &d : std::as_const(m_drafts))
        if (d.id == id)
            draft = &d;
    if (!draft)
        return;
    m_acting = true;
    updateButtons();
    m_status->setText(tr("Reading the pull requests, fetching %1 and comparing the promoted versions…").arg(m_upstreamRemote));
    const QString path = m_repoPath;
    const bool keychain = m_useKeychain;
    DraftStatusOptions options;
    options.upstreamRemote = m_upstreamRemote;
    runInBackground(
        this,
        [path, d = *draft, keychain, options]() mutable {
            const auto token = tokenFor(keychain);
            options.token = token ? token->value : QString();
            return draftStatus(path, d, options);
        },
        [this, id](const Result<DraftStatus> &result) {
            m_acting = false;
            updateButtons();
            if (!result) {
                m_status->setText(tr("The removal safety could not be checked: %1").arg(result.error().text()));
                return;
            }
            m_statuses.insert(id, *result);
            showDetails();
            QString text = result->removalVerdict;
            if (result->safety && !result->safety->fetchProblem.isEmpty())
                text += u' ' + tr("(Not fetched: %1)").arg(result->safety->fetchProblem);
            m_status->setText(text);
        });
}

void DraftsPanel::publish()
{
    const QString id = currentDraftId();
    if (id.isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Publish Draft %1").arg(id));
    auto *pane = new PublishPane(dialog);
    pane->setUseKeychain(m_useKeychain);
    pane->setUpstreamRemote(m_upstreamRemote);
    pane->setRepository(m_repoPath);
    pane->setDraftId(id);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(pane, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(pane, &PublishPane::published, this, &DraftsPanel::refresh);
    dialog->resize(760, 480);
    dialog->open();
}

void DraftsPanel::remove()
{
    const QString id = currentDraftId();
    if (id.isEmpty())
        return;
    // The id comes from the draft store: the question shows it as written.
    QMessageBox question(QMessageBox::Question, tr("Delete Draft"),
                         tr("Delete the draft %1 and its local branches? Pushed branches and opened pull requests "
                            "are not touched.")
                             .arg(id),
                         QMessageBox::Yes | QMessageBox::No, this);
    question.setTextFormat(Qt::PlainText);
    if (question.exec() != QMessageBox::Yes)
        return;
    m_acting = true;
    updateButtons();
    const QString path = m_repoPath;
    runInBackground(this, [path, id] { return deleteDraft(path, id); },
                    [this, id](const Result<QStringList> &result) {
                        m_acting = false;
                        if (!result) {
                            m_status->setText(tr("The draft could not be deleted: %1").arg(result.error().text()));
                            updateButtons();
                            return;
                        }
                        QStringList lines{tr("Deleted the draft %1.").arg(id)};
                        lines << *result;
                        refresh();
                        m_status->setText(lines.join(u'\n'));
                    });
}

void DraftsPanel::updateButtons()
{
    const bool selected = !currentDraftId().isEmpty();
    const bool idle = !m_loading && !m_acting;
    m_refresh->setEnabled(idle && !m_repoPath.isEmpty());
    m_safety->setEnabled(idle && selected);
    m_publish->setEnabled(idle && selected);
    m_delete->setEnabled(idle && selected);
}

} // namespace tierdesk
