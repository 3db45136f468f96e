// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promotion/DraftsPanel.h"

#include "common/PlainText.h"
#include "promotion/PromotionSafety.h"
#include "promotion/PublishPane.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
enum Column { IdColumn, TiersColumn, VersionsColumn, StateColumn, LinksColumn };

QString linksHtml(const PromotionDraft &d)
{
    QStringList links;
    for (const DraftBranch *b : {&d.promotion, &d.removal})
        if (b->pullRequest.exists())
            links << linkHtml(b->pullRequest.url, u'#' + QString::number(b->pullRequest.number));
    return links.join(u", "_s);
}
} // namespace

DraftsPanel::DraftsPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeWidget(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_safety(new QPushButton(tr("Check Removal Safety"), this))
    , m_publish(new QPushButton(tr("Publish…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_status(new QLabel(this))
{
    m_view->setHeaderLabels({tr("Draft"), tr("Tiers"), tr("Versions"), tr("State"), tr("Pull requests")});
    m_view->setRootIsDecorated(false);
    m_view->setAccessibleName(tr("Drafts"));
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
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_refresh, &QPushButton::clicked, this, &DraftsPanel::refresh);
    connect(m_safety, &QPushButton::clicked, this, &DraftsPanel::checkSafety);
    connect(m_publish, &QPushButton::clicked, this, &DraftsPanel::publish);
    connect(m_delete, &QPushButton::clicked, this, &DraftsPanel::remove);
    connect(m_view, &QTreeWidget::currentItemChanged, this, [this] {
        m_status->clear();
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
    runInBackground(this, [path] { return listDrafts(path); },
                    [this, generation](const Result<QList<PromotionDraft>> &result) {
                        if (generation != m_generation)
                            return;
                        m_loading = false;
                        if (result) {
                            showDrafts(*result);
                        } else {
                            showDrafts({});
                            m_status->setText(tr("The drafts could not be read: %1").arg(result.error().text()));
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
        item->setText(StateColumn, PromotionDraft::stateText(d.state()));
        item->setData(StateColumn, Qt::UserRole, PromotionDraft::stateId(d.state()));
        if (d.state() == DraftState::Damaged)
            item->setToolTip(StateColumn, tr("A draft branch is gone or was moved by someone else."));
        item->setToolTip(IdColumn, plainToolTip(d.branchNames().join(u'\n')));
        if (const QString html = linksHtml(d); !html.isEmpty()) {
            // The draft store is not trusted: its addresses are escaped, and open only as web links.
            auto *label = new QLabel(m_view);
            label->setTextFormat(Qt::RichText);
            label->setText(html);
            openWebLinksOnly(label);
            label->setTextInteractionFlags(Qt::TextBrowserInteraction);
            m_view->setItemWidget(item, LinksColumn, label);
        }
    }
    if (drafts.isEmpty())
        m_status->setText(tr("No drafts. Promote versions to create one."));
    setCurrentDraft(current);
    if (!m_view->currentItem() && m_view->topLevelItemCount() > 0)
        m_view->setCurrentItem(m_view->topLevelItem(0));
    updateButtons();
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

void DraftsPanel::checkSafety()
{
    const QString id = currentDraftId();
    if (id.isEmpty())
        return;
    m_acting = true;
    updateButtons();
    m_status->setText(tr("Fetching %1 and comparing the promoted versions…").arg(m_upstreamRemote));
    const QString path = m_repoPath;
    const QString upstream = m_upstreamRemote;
    runInBackground(this, [path, id, upstream] { return checkRemovalSafety(path, id, upstream); },
                    [this](const Result<RemovalSafety> &result) {
                        m_acting = false;
                        updateButtons();
                        if (!result) {
                            m_status->setText(tr("The removal safety could not be checked: %1")
                                                  .arg(result.error().text()));
                            return;
                        }
                        QString text = result->sentence();
                        if (!result->fetchProblem.isEmpty())
                            text += u' ' + tr("(Not fetched: %1)").arg(result->fetchProblem);
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
