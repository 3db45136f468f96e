// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The smallest supported window, 1024×700, holds every view in English and in
// German (the longer language); with a larger system font the window grows at
// most in proportion. Qt takes the window's minimum from the largest minimum
// of all its pages; a failure names the widest pages, so it says where to look.
#include "shell/MainWindow.h"
#include "shell/Translations.h"

#include <QApplication>
#include <QFont>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
constexpr QSize Smallest(1024, 700);

// The widest pages of every tab widget with their minimum sizes, widest first.
QStringList widestPages(const QWidget *root)
{
    QList<std::pair<int, QString>> pages;
    const auto tabs = root->findChildren<QTabWidget *>();
    for (const QTabWidget *t : tabs)
        for (int i = 0; i < t->count(); ++i) {
            const QSize min = t->widget(i)->minimumSizeHint().expandedTo(t->widget(i)->minimumSize());
            pages.append({min.width(), u"%1 › %2: %3×%4"_s.arg(t->objectName(), t->tabText(i).remove(u'&'))
                                           .arg(min.width())
                                           .arg(min.height())});
        }
    std::sort(pages.begin(), pages.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList found;
    for (qsizetype i = 0; i < std::min<qsizetype>(4, pages.size()); ++i)
        found.append(pages[i].second);
    return found;
}
} // namespace

class TestLayoutFit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fitsTheSmallestWindow_data();
    void fitsTheSmallestWindow();
};

void TestLayoutFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Tierdesk"_s);
    QCoreApplication::setApplicationName(u"Tierdesk-test"_s);
    QSettings().clear();
}

void TestLayoutFit::fitsTheSmallestWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qreal>("fontScale");
    QTest::newRow("English") << u"en"_s << 1.0;
    // A larger system font (the user's choice): the layouts follow it and
    // grow at most in proportion (the window then needs 120% of the room).
    QTest::newRow("English, font 120%") << u"en"_s << 1.2;
    QTest::newRow("German") << u"de"_s << 1.0; // last: its translators stay installed
}

void TestLayoutFit::fitsTheSmallestWindow()
{
    QFETCH(QString, language);
    QFETCH(qreal, fontScale);
    installTranslators(*QCoreApplication::instance(), QLocale(language));
    static const QFont systemFont = QApplication::font();
    QFont font = systemFont;
    font.setPointSizeF(systemFont.pointSizeF() * fontScale);
    QApplication::setFont(font);
    MainWindow window;
    window.setPersistent(false);
    window.resize(Smallest * fontScale);
    window.show();
    QSignalSpy shown(&window, &MainWindow::storageShown);
    window.openDemo();
    QVERIFY(shown.wait(120000));
    QVERIFY(window.selectVersion(u"snapshot"_s, u"nginx"_s, u"1.3.0"_s));
    QCoreApplication::processEvents();
    const QSize min = window.minimumSizeHint().expandedTo(window.minimumSize());
    const QSize limit = Smallest * fontScale;
    QVERIFY2(min.width() <= limit.width() && min.height() <= limit.height(),
             qPrintable(u"The window needs %1×%2. The widest pages:\n  "_s.arg(min.width()).arg(min.height())
                        + widestPages(&window).join(u"\n  "_s)));
    QCOMPARE(window.size(), Smallest * fontScale);
}

QTEST_MAIN(TestLayoutFit)
#include "tst_layoutfit.moc"
