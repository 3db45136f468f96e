// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every control a user can reach has a name assistive technology can say and
// a description of what it does or holds (not the name again): the test walks
// the widget tree of every top level the application shows on the demo
// storage (the main window in each view and with an error page, the settings
// dialog's sections, each step of the promotion dialog up to a written draft,
// the drafts view holding it) and names every interactive widget that lacks
// either. Keyboard users reach each of those controls with Tab (or, in a tool
// bar, with its shortcut), and see where the focus is; no chip colour is the
// only sign of what it means.
#include "common/DarkPalette.h"
#include "common/ThemeColors.h"
#include "diff/DiffView.h"
#include "matrix/MatrixView.h"
#include "matrix/TierMatrixModel.h"
#include "promotion/DraftsPanel.h"
#include "release/ReleaseView.h"
#include "promotion/PromotionDialog.h"
#include "settings/SettingsDialog.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "shell/WindowSettings.h"
#include "storage/TierMatrix.h"
#include "tiers/TierCompareView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QPushButton>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTextEdit>
#include <QToolBar>

#include <git2.h>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {

bool isInteractive(const QWidget *w)
{
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return !label->text().isEmpty() && label->textInteractionFlags() & Qt::TextSelectableByKeyboard;
    if (qobject_cast<const QScrollBar *>(w))
        return false; // a scroll area's own bar: the area carries the name
    if (const auto *text = qobject_cast<const QTextEdit *>(w))
        return !text->isReadOnly() || text->textInteractionFlags() & Qt::TextSelectableByKeyboard;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSlider *>(w)
        || qobject_cast<const QTabBar *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || (w->focusPolicy() & Qt::TabFocus && !qobject_cast<const QAbstractScrollArea *>(w)
            && w->metaObject() != &QWidget::staticMetaObject && w->metaObject() != &QFrame::staticMetaObject);
}

// Parts of a composite control that Qt names through the control itself.
bool isPartOfAControl(const QWidget *w)
{
    const QWidget *p = w->parentWidget();
    if (!p)
        return false;
    // A combo box's popup (QComboBoxPrivateContainer, QComboBoxListView) sits
    // further down; the combo box is what a screen reader announces.
    for (const QWidget *a = p; a; a = a->parentWidget())
        if (qobject_cast<const QComboBox *>(a) || qobject_cast<const QAbstractSpinBox *>(a))
            return true;
    // A line edit's clear button (QLineEditIconButton) is named by the line edit.
    return qobject_cast<const QLineEdit *>(p) || qobject_cast<const QTabBar *>(p)
        || w->objectName() == u"qt_toolbar_ext_button"_s || w->objectName() == u"qt_menubar_ext_button"_s
        || p->inherits("QAbstractItemView")
        || w->inherits("QHeaderView");
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QObject *o = w; o; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                               : QString::fromLatin1(o->metaObject()->className()) + u'#'
                                                   + o->objectName());
    return path.join(u" > "_s);
}

// What a screen reader lacks for one accessible object: empty when it has a name and a description
// that is not the name.
QString textGap(const QAccessibleInterface *iface)
{
    const QString name = iface->text(QAccessible::Name).trimmed();
    const QString description = iface->text(QAccessible::Description).trimmed();
    if (name.isEmpty())
        return u"no accessible name"_s;
    if (description.isEmpty())
        return u"no accessible description (name \"%1\")"_s.arg(name);
    if (description.compare(name, Qt::CaseInsensitive) == 0)
        return u"the description repeats the name \"%1\""_s.arg(name);
    return {};
}

// The same for a widget; a tab bar is read tab by tab (its own text is the current tab's name only).
QString accessibilityGap(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    if (!iface)
        return u"no accessible interface"_s;
    const auto *tabs = qobject_cast<const QTabBar *>(w);
    if (!tabs)
        return textGap(iface);
    QStringList gaps;
    for (int i = 0; i < tabs->count(); ++i)
        if (const QAccessibleInterface *tab = iface->child(i); !tab)
            gaps << u"tab %1: no accessible interface"_s.arg(i);
        else if (const QString gap = textGap(tab); !gap.isEmpty())
            gaps << u"tab %1: %2"_s.arg(i).arg(gap);
    return gaps.join(u"; "_s);
}

// The interactive widgets under `root` (shown or not) without a name or a useful description.
QStringList unnamed(const QWidget *root)
{
    QStringList missing;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!isInteractive(w) || isPartOfAControl(w))
            continue;
        if (const QString gap = accessibilityGap(w); !gap.isEmpty())
            missing.append(describe(w) + u": "_s + gap);
    }
    missing.removeDuplicates();
    return missing;
}

#define VERIFY_NAMED(root)                                                                                        \
    do {                                                                                                          \
        const QStringList missing_ = unnamed(root);                                                               \
        QVERIFY2(missing_.isEmpty(), qPrintable(u"Not named and described:\n  "_s + missing_.join(u"\n  "_s))); \
    } while (false)

// Gives the demo repository a committer, so drafting works in the test's own home.
void setIdentity(const QString &path)
{
    git_repository *repo = nullptr;
    QCOMPARE(git_repository_open(&repo, QFile::encodeName(path).constData()), 0);
    git_config *config = nullptr;
    QCOMPARE(git_repository_config(&config, repo), 0);
    QCOMPARE(git_config_set_string(config, "user.name", "Access Tester"), 0);
    QCOMPARE(git_config_set_string(config, "user.email", "access@example.com"), 0);
    git_config_free(config);
    git_repository_free(repo);
}

// Whether painting `w` with the keyboard focus differs from painting it without.
bool focusIsPainted(QWidget *w)
{
    w->window()->activateWindow();
    w->clearFocus();
    QCoreApplication::processEvents();
    const QImage without = w->grab().toImage();
    w->setFocus(Qt::TabFocusReason);
    // As after the Tab key: styles draw the focus frame of buttons and combo boxes only then.
    w->window()->setAttribute(Qt::WA_KeyboardFocusChange);
    QCoreApplication::processEvents();
    const bool focused = w->hasFocus();
    const QImage with = w->grab().toImage();
    return focused && with != without;
}

// Visible, enabled controls outside tool bars that Tab never reaches.
QStringList unreachable(const QWidget *root)
{
    QStringList missing;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!isInteractive(w) || isPartOfAControl(w) || !w->isVisibleTo(root) || !w->isEnabled())
            continue;
        if (qobject_cast<QToolBar *>(w->parentWidget()))
            continue; // tool bar buttons are reached by their shortcuts and the menus
        if (!(w->focusPolicy() & Qt::TabFocus))
            missing.append(describe(w));
    }
    return missing;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyViewNamesItsControls_data();
    void everyViewNamesItsControls();
    void settingsDialogNamesItsControls();
    void promotionDialogNamesItsControls();
    void draftsViewNamesItsDrafts();
    void focusIsVisible();
    void colourIsNeverTheOnlySignal();
    void errorPageNamesItsControls();
    void cleanupTestCase();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Tierdesk"_s);
    QCoreApplication::setApplicationName(u"Tierdesk-test"_s);
    installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->setPersistent(false);
    m_window->resize(1280, 800);
    m_window->show();
    QSignalSpy shown(m_window.get(), &MainWindow::storageShown);
    m_window->openDemo();
    QVERIFY(shown.wait(120000));
    setIdentity(m_window->repositoryPath());
    // A selected version fills the details and the changes.
    QVERIFY(m_window->selectVersion(u"snapshot"_s, u"nginx"_s, u"1.3.0"_s));
}

void TestAccessibility::everyViewNamesItsControls_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<int>("sideTab");
    QTest::newRow("packages, details") << int(MainWindow::View::Packages) << 0;
    QTest::newRow("packages, changes") << int(MainWindow::View::Packages) << 1;
    QTest::newRow("tiers, staging against snapshot") << int(MainWindow::View::Tiers) << -1;
    QTest::newRow("release, a stack version") << int(MainWindow::View::Release) << -1;
    QTest::newRow("drafts, none yet") << int(MainWindow::View::Drafts) << -1;
}

void TestAccessibility::everyViewNamesItsControls()
{
    QFETCH(int, view);
    QFETCH(int, sideTab);
    m_window->showView(MainWindow::View(view));
    if (sideTab >= 0)
        m_window->sideTabs()->setCurrentIndex(sideTab);
    if (sideTab == 1) // the changes list and the first file's diff are built
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->diffView()->isComputing() && m_window->diffView()->isFileShown(), 30000);
    if (MainWindow::View(view) == MainWindow::View::Tiers)
        m_window->tierCompare()->setTiers(u"staging"_s, u"snapshot"_s);
    if (MainWindow::View(view) == MainWindow::View::Release) {
        m_window->releaseView()->setStackVersion(u"8.13.0"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->releaseView()->isChecking(), 30000);
    }
    QCoreApplication::processEvents();
    VERIFY_NAMED(m_window.get());
    const QStringList noTab = unreachable(m_window.get());
    QVERIFY2(noTab.isEmpty(), qPrintable(u"Not reached with Tab:\n  "_s + noTab.join(u"\n  "_s)));
}

void TestAccessibility::settingsDialogNamesItsControls()
{
    SettingsDialog *dialog = m_window->settings()->openDialog();
    QVERIFY(dialog);
    for (int i = 0; i < dialog->sections()->count(); ++i) {
        dialog->sections()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        VERIFY_NAMED(dialog);
    }
    dialog->reject();
}

// Each step as the user reaches it, up to a written draft and its publishing pane.
void TestAccessibility::promotionDialogNamesItsControls()
{
    m_window->startPromotion(u"snapshot"_s, u"nginx"_s, u"1.3.0"_s);
    auto *dialog = m_window->findChild<PromotionDialog *>();
    QVERIFY(dialog);
    dialog->setUseKeychain(false);
    QCoreApplication::processEvents();
    VERIFY_NAMED(dialog);
    dialog->setStep(PromotionDialog::ChecksStep);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->checksReady(), 30000);
    QVERIFY(!dialog->confirmationBoxes().isEmpty() || !dialog->checks()->blocked());
    VERIFY_NAMED(dialog);
    for (QCheckBox *box : dialog->confirmationBoxes())
        if (!box->isChecked())
            box->click();
    dialog->setStep(PromotionDialog::TextsStep);
    VERIFY_NAMED(dialog);
    dialog->setStep(PromotionDialog::AddsStep);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->diffView()->comparison() != nullptr, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->diffView()->isFileShown() || dialog->diffView()->currentFile() < 0, 30000);
    VERIFY_NAMED(dialog);
    dialog->setStep(PromotionDialog::DraftStep);
    QVERIFY(dialog->draftButton()->isEnabled());
    dialog->draftButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->draftId().isEmpty(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
    QCoreApplication::processEvents();
    VERIFY_NAMED(dialog);
    dialog->close();
}

// The draft the promotion dialog wrote, listed with its pull requests and details.
void TestAccessibility::draftsViewNamesItsDrafts()
{
    auto *panel = m_window->findChild<DraftsPanel *>();
    QVERIFY(panel);
    m_window->showView(MainWindow::View::Drafts);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->drafts().isEmpty(), 30000);
    QTRY_VERIFY(panel->view()->topLevelItemCount() > 0);
    panel->view()->setCurrentItem(panel->view()->topLevelItem(0));
    QCoreApplication::processEvents();
    VERIFY_NAMED(m_window.get());
}

// Fusion and the matrix's own painting show where the keyboard focus is.
void TestAccessibility::focusIsVisible()
{
    m_window->showView(MainWindow::View::Packages);
    QCoreApplication::processEvents();
    m_window->raise();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    MatrixView *matrix = m_window->matrixView();
    if (!matrix->currentIndex().isValid())
        matrix->setCurrentIndex(matrix->model()->index(0, 1));
    const QList<QWidget *> widgets{matrix, m_window->filterEdit(), m_window->quickFilterBox()};
    for (QWidget *w : widgets)
        QVERIFY2(focusIsPainted(w), qPrintable(describe(w)));
    m_window->showView(MainWindow::View::Drafts);
    auto *panel = m_window->findChild<DraftsPanel *>();
    QVERIFY2(focusIsPainted(panel->view()), qPrintable(describe(panel->view())));
    QPushButton *refresh = panel->findChild<QPushButton *>();
    QVERIFY(refresh && refresh->isEnabled());
    QVERIFY2(focusIsPainted(refresh), qPrintable(describe(refresh)));
}

// Every chip colour comes with a marker: two chips painted in different colours never read the same.
void TestAccessibility::colourIsNeverTheOnlySignal()
{
    const TierMatrixModel *model = m_window->matrixModel();
    for (const QPalette &palette : {QApplication::style()->standardPalette(), darkPalette()}) {
        QHash<QString, QString> colourOfMarker;
        int chips = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 1; column < model->columnCount(); ++column) {
                const auto cell = model->index(row, column).data(TierMatrixModel::ChipsRole).value<QList<VersionChip>>();
                for (const VersionChip &chip : cell) {
                    const ChipColors c = chipColors(palette, chip);
                    const QString colour = c.fill.name() + c.border.name() + c.text.name()
                        + QString::number(int(c.borderStyle));
                    const QString marker = chip.marker();
                    ++chips;
                    const auto known = colourOfMarker.constFind(marker);
                    QVERIFY2(known == colourOfMarker.cend() || *known == colour,
                             qPrintable(u"Marker \"%1\" is painted in two colours; %2 differs by colour alone"_s
                                            .arg(marker, chip.version)));
                    colourOfMarker.insert(marker, colour);
                }
            }
        QVERIFY(chips > 20);
        QVERIFY2(colourOfMarker.size() >= 4, qPrintable(QStringList(colourOfMarker.keys()).join(u' ')));
    }
}

// The page shown when a repository cannot be read, with its recovery buttons.
void TestAccessibility::errorPageNamesItsControls()
{
    QTemporaryDir notARepository;
    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    m_window->openRepository(notARepository.path());
    QVERIFY(failed.wait(30000));
    QCoreApplication::processEvents();
    VERIFY_NAMED(m_window.get());
}

void TestAccessibility::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
