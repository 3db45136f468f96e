// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/TagAction.h"

#include "common/GitHubHost.h"
#include "git/Remote.h"
#include "release/ReleaseTag.h"
#include "release/ReleaseView.h"
#include "release/TagReadiness.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
QLabel *questionLabel(const TagReadiness &r, QWidget *parent)
{
    auto *text = new QLabel(
        ReleaseView::tr("Create the annotated tag <b>%1</b> on %2 at <tt>%3</tt>? Its message lists the %4 "
                        "packages of the contents. An existing tag is never moved.")
            .arg(r.tagName.toHtmlEscaped(), r.productionRef.toHtmlEscaped(), r.productionCommit.shortHex(12))
            .arg(r.contents.size()),
        parent);
    text->setTextFormat(Qt::RichText); // the markup is ours; the tag name and the ref are escaped
    text->setWordWrap(true);
    return text;
}

QLabel *warningsLabel(const TagReadiness &r, QWidget *parent)
{
    QStringList warnings;
    for (const Finding &f : r.reasons())
        warnings.append(u"• "_s + f.message);
    auto *warn = new QLabel(ReleaseView::tr("The check has warnings:") + u'\n' + warnings.join(u'\n'), parent);
    warn->setWordWrap(true);
    warn->setTextFormat(Qt::PlainText);
    return warn;
}

// "Push it to:" and the remote, off until ticked.
QHBoxLayout *pushRow(QCheckBox *push, QComboBox *remote, const QStringList &remotes)
{
    remote->setEditable(true);
    remote->addItems(remotes);
    remote->setToolTip(ReleaseView::tr("A remote's name, a URL or a repository path."));
    push->setChecked(false);
    remote->setEnabled(false);
    QObject::connect(push, &QCheckBox::toggled, remote, &QWidget::setEnabled);
    auto *row = new QHBoxLayout;
    row->addWidget(push);
    row->addWidget(remote, 1);
    return row;
}

// With warnings, Cancel is the default: creating the tag anyway is a decision.
QDialogButtonBox *tagButtons(const TagReadiness &r, QDialog *dialog)
{
    const bool warnings = r.verdict() == Verdict::ReadyWithWarnings;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->addButton(warnings ? ReleaseView::tr("Create Tag Anyway") : ReleaseView::tr("Create Tag"),
                                         QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(warnings);
    ok->setDefault(r.verdict() == Verdict::Ready);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void pushCreatedTag(const git::Repository &repo, const QString &pushRemote, TagOutcome &outcome)
{
    auto pushed = pushTag(repo, pushRemote, outcome.tagName, GitCredentials::fromEnvironment(configuredGitHubHost()));
    if (!pushed)
        outcome.error = pushed.error();
    else
        outcome.pushedTo = pushed->url;
}
} // namespace

std::optional<QString> confirmTag(QWidget *parent, const TagReadiness &r, const QStringList &remotes)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(ReleaseView::tr("Create Tag %1").arg(r.tagName));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(questionLabel(r, &dialog));
    if (r.verdict() == Verdict::ReadyWithWarnings)
        layout->addWidget(warningsLabel(r, &dialog));
    auto *push = new QCheckBox(ReleaseView::tr("Push it to:"), &dialog);
    auto *remote = new QComboBox(&dialog);
    layout->addLayout(pushRow(push, remote, remotes));
    layout->addWidget(tagButtons(r, &dialog));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return push->isChecked() ? remote->currentText().trimmed() : QString();
}

TagOutcome createAndPushTag(const QString &repositoryPath, const TagReadiness &readiness, const QString &pushRemote)
{
    TagOutcome outcome;
    outcome.tagName = readiness.tagName;
    auto repo = git::Repository::open(repositoryPath);
    if (!repo) {
        outcome.error = repo.error();
        return outcome;
    }
    TagOptions options;
    options.allowWarnings = true; // the user confirmed the warnings
    auto id = createReleaseTag(*repo, readiness, options);
    if (!id) {
        outcome.error = id.error();
        return outcome;
    }
    outcome.created = true;
    outcome.id = *id;
    if (!pushRemote.isEmpty())
        pushCreatedTag(*repo, pushRemote, outcome);
    return outcome;
}

QString tagOutcomeText(const TagOutcome &outcome)
{
    if (!outcome.created)
        return ReleaseView::tr("The tag %1 was not created: %2").arg(outcome.tagName, outcome.error.text());
    if (!outcome.error.message.isEmpty())
        return ReleaseView::tr("Created the tag %1 (%2), but pushing it failed: %3")
            .arg(outcome.tagName, outcome.id.shortHex(12), outcome.error.text());
    if (!outcome.pushedTo.isEmpty())
        return ReleaseView::tr("Created the tag %1 (%2) and pushed it to %3.")
            .arg(outcome.tagName, outcome.id.shortHex(12), outcome.pushedTo);
    return ReleaseView::tr("Created the tag %1 (%2).").arg(outcome.tagName, outcome.id.shortHex(12));
}

} // namespace tierdesk
