// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every control a user can reach has a name assistive technology can say:
// the test walks the widget tree of the main window on the demo storage in
// each view, and of the settings and promotion dialogs, and names every
// interactive widget whose accessible name is empty. Keyboard users reach
// each of those controls with Tab (or, in a tool bar, with its shortcut).
#include "matrix/MatrixView.h"
#include "promotion/PromotionDialog.h"
#include "settings/SettingsDialog.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "shell/WindowSettings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>

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

// The interactive widgets under `root` without an accessible name.
QStringList unnamed(const QWidget *root)
{
    QStringList missing;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!isInteractive(w) || isPartOfAControl(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            missing.append(describe(w));
    }
    missing.removeDuplicates();
    return missing;
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
    // A selected version fills the details and the changes.
    QVERIFY(m_window->selectVersion(u"snapshot"_s, u"nginx"_s, u"1.3.0"_s));
}

void TestAccessibility::everyViewNamesItsControls_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<int>("sideTab");
    QTest::newRow("packages, details") << int(MainWindow::View::Packages) << 0;
    QTest::newRow("packages, changes") << int(MainWindow::View::Packages) << 1;
    QTest::newRow("tiers") << int(MainWindow::View::Tiers) << -1;
    QTest::newRow("release") << int(MainWindow::View::Release) << -1;
    QTest::newRow("drafts") << int(MainWindow::View::Drafts) << -1;
}

void TestAccessibility::everyViewNamesItsControls()
{
    QFETCH(int, view);
    QFETCH(int, sideTab);
    m_window->showView(MainWindow::View(view));
    if (sideTab >= 0)
        m_window->sideTabs()->setCurrentIndex(sideTab);
    QCoreApplication::processEvents();
    const QStringList missing = unnamed(m_window.get());
    QVERIFY2(missing.isEmpty(), qPrintable(u"Without an accessible name:\n  "_s + missing.join(u"\n  "_s)));
    const QStringList noTab = unreachable(m_window.get());
    QVERIFY2(noTab.isEmpty(), qPrintable(u"Not reached with Tab:\n  "_s + noTab.join(u"\n  "_s)));
}

void TestAccessibility::settingsDialogNamesItsControls()
{
    SettingsDialog *dialog = m_window->settings()->openDialog();
    QVERIFY(dialog);
    for (int i = 0; i < dialog->sections()->count(); ++i) {
        dialog->sections()->setCurrentIndex(i);
        const QStringList missing = unnamed(dialog);
        QVERIFY2(missing.isEmpty(), qPrintable(u"Without an accessible name:\n  "_s + missing.join(u"\n  "_s)));
    }
    dialog->reject();
}

void TestAccessibility::promotionDialogNamesItsControls()
{
    m_window->startPromotion(u"snapshot"_s, u"nginx"_s, u"1.3.0"_s);
    auto *dialog = m_window->findChild<PromotionDialog *>();
    QVERIFY(dialog);
    QCoreApplication::processEvents();
    const QStringList missing = unnamed(dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(u"Without an accessible name:\n  "_s + missing.join(u"\n  "_s)));
    dialog->close();
}

void TestAccessibility::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
