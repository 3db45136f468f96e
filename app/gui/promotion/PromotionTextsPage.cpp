// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The promotion dialog's pull-request texts: titles by the repository's
// conventions, bodies generated from the plan and editable until drafting.
// A body the user edited is never thrown away by a change of plan.
#include "promotion/PromotionDialog.h"

#include "common/Accessible.h"
#include "promotion/WrappedLabel.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tierdesk {

namespace {
bool edited(const QPlainTextEdit *edit, const QString &generated)
{
    return !edit->toPlainText().isEmpty() && edit->toPlainText() != generated;
}
} // namespace

QWidget *PromotionDialog::buildTextsPage()
{
    auto *page = new QWidget(this);
    m_promotionTitle = new QLineEdit(page);
    m_promotionTitle->setReadOnly(true);
    m_promotionBody = new QPlainTextEdit(page);
    m_removalTitle = new QLineEdit(page);
    m_removalTitle->setReadOnly(true);
    m_removalBody = new QPlainTextEdit(page);
    for (QPlainTextEdit *edit : {m_promotionBody, m_removalBody}) {
        edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    describeControl(m_promotionTitle, tr("Promotion title"),
                    tr("The title of the pull request that copies the versions to the destination tier, read-only"));
    describeControl(m_promotionBody, tr("Promotion body"),
                    tr("The text of the promotion pull request; edit it until drafting"));
    describeControl(m_removalTitle, tr("Removal title"),
                    tr("The title of the pull request that removes the promoted copies from the source tier, "
                       "read-only"));
    describeControl(m_removalBody, tr("Removal body"),
                    tr("The text of the removal pull request; edit it until drafting"));
    auto group = [page](const QString &title, QLineEdit *titleEdit, QPlainTextEdit *bodyEdit) {
        auto *box = new QGroupBox(title, page);
        auto *form = new QFormLayout(box);
        form->addRow(tr("Title:"), titleEdit);
        form->addRow(tr("Body:"), bodyEdit);
        return box;
    };
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrappedLabel(tr("The titles follow the repository's conventions; the bodies can be edited until "
                                      "drafting. The removal body links the promotion pull request once it exists."),
                                   page));
    layout->addWidget(buildKeptEditsNote(page));
    layout->addWidget(group(tr("Promotion pull request"), m_promotionTitle, m_promotionBody), 1);
    layout->addWidget(group(tr("Removal pull request"), m_removalTitle, m_removalBody), 1);
    return page;
}

// Shown when a replan kept edited bodies, with a way back to the generated ones.
QWidget *PromotionDialog::buildKeptEditsNote(QWidget *page)
{
    m_keptEdits = new QWidget(page);
    m_keptEdits->setObjectName(u"keptEditsNote"_s);
    auto *kept = new QHBoxLayout(m_keptEdits);
    kept->setContentsMargins(0, 0, 0, 0);
    kept->addWidget(wrappedLabel(tr("The plan changed after you edited a body: your text was kept, so it may list other "
                                    "versions than the plan now holds."),
                                 m_keptEdits),
                    1);
    m_useGenerated = new QPushButton(tr("Use the Generated Texts"), m_keptEdits);
    describeWithTip(m_useGenerated, {}, tr("Replace both edited bodies with the texts generated from the current plan"));
    connect(m_useGenerated, &QPushButton::clicked, this, [this] {
        if (!m_composed)
            return;
        m_promotionBody->setPlainText(m_composed->promotionBody);
        m_removalBody->setPlainText(m_composed->removalBody);
        m_keptEdits->hide();
    });
    kept->addWidget(m_useGenerated, 0, Qt::AlignTop);
    m_keptEdits->hide();
    return m_keptEdits;
}

void PromotionDialog::showTexts(const PromotionPlan &plan)
{
    const PromotionTexts texts = PromotionTexts::compose(plan, m_checks ? m_checks->changelog
                                                                        : QHash<QString, QList<ChangelogEntry>>());
    m_promotionTitle->setText(texts.promotionTitle.isEmpty()
                                  ? tr("(none: %1's distribution already serves every version with identical content)")
                                        .arg(plan.destinationTier)
                                  : texts.promotionTitle);
    m_promotionTitle->setCursorPosition(0);
    m_removalTitle->setText(texts.removalTitle);
    m_removalTitle->setCursorPosition(0);
    const std::optional<PromotionTexts> previous = m_composed;
    m_composed = texts;
    const bool keptPromotion = previous && edited(m_promotionBody, previous->promotionBody);
    const bool keptRemoval = previous && edited(m_removalBody, previous->removalBody);
    if (!keptPromotion)
        m_promotionBody->setPlainText(texts.promotionBody);
    if (!keptRemoval)
        m_removalBody->setPlainText(texts.removalBody);
    m_keptEdits->setVisible(keptPromotion || keptRemoval);
    m_promotionBody->setEnabled(!texts.promotionTitle.isEmpty());
}

void PromotionDialog::clearTexts()
{
    m_promotionTitle->clear();
    m_removalTitle->clear();
    // Edited bodies wait for the next valid plan; generated ones go.
    if (m_composed && m_promotionBody->toPlainText() == m_composed->promotionBody)
        m_promotionBody->clear();
    if (m_composed && m_removalBody->toPlainText() == m_composed->removalBody)
        m_removalBody->clear();
}

} // namespace tierdesk
