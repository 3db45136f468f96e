// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The smallest supported window, 1024×700, holds every view in English and in
// German (the longer language); with a larger system font the window grows at
// most in proportion. Qt takes the window's minimum from the largest minimum
// of all its pages; a failure names the widest pages, so it says where to look.
// The promotion dialog fits that window too, and at 200 % of a 2560×1440
// screen (1280×720 logical) the Release view's "Compare with" shows its text whole.
#include "promotion/PromotionDialog.h"
#include "release/ReleaseView.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QFont>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
constexpr QSize Smallest(1024, 700);

// The width a combo box needs to show `text` whole (frame and arrow included).
int comboWidthFor(const QComboBox *box, const QString &text)
{
    QStyleOptionComboBox option;
    option.initFrom(box);
    option.frame = true;
    option.currentText = text;
    const QSize content(box->fontMetrics().horizontalAdvance(text), box->fontMetrics().height());
    return box->style()->sizeFromContents(QStyle::CT_ComboBox, &option, content, box).width();
}

// Only `language`'s translators: an English row after a German one must not fall back to German.
void useLanguage(const QString &language)
{
    auto *app = QCoreApplication::instance();
    for (QTranslator *translator : app->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installTranslators(*app, QLocale(language));
}

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
    void promotionDialogFitsTheSmallestWindow_data();
    void promotionDialogFitsTheSmallestWindow();
    void compareWithShowsItsText_data();
    void compareWithShowsItsText();
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
    useLanguage(language);
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

void TestLayoutFit::promotionDialogFitsTheSmallestWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("German") << u"de"_s; // the "Newest only" line was 1041 px wide
}

void TestLayoutFit::promotionDialogFitsTheSmallestWindow()
{
    QFETCH(QString, language);
    useLanguage(language);
    MainWindow window;
    window.setPersistent(false);
    window.resize(Smallest);
    window.show();
    QSignalSpy shown(&window, &MainWindow::storageShown);
    window.openDemo();
    QVERIFY(shown.wait(120000));
    window.startPromotion(u"snapshot"_s, u"nginx"_s, u"1.3.0"_s);
    auto *dialog = window.findChild<PromotionDialog *>();
    QVERIFY(dialog);
    dialog->setUseKeychain(false);
    for (int step = PromotionDialog::PlanStep; step <= PromotionDialog::DraftStep; ++step) {
        dialog->setStep(PromotionDialog::Step(step));
        QCoreApplication::processEvents();
        const QSize min = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
        QVERIFY2(min.width() <= Smallest.width() && min.height() <= Smallest.height(),
                 qPrintable(u"Step %1 needs %2×%3"_s.arg(step).arg(min.width()).arg(min.height())));
    }
    dialog->close();
}

void TestLayoutFit::compareWithShowsItsText_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("German") << u"de"_s; // "Voriges Versions-Tag (automatisch)" was cut off
}

void TestLayoutFit::compareWithShowsItsText()
{
    QFETCH(QString, language);
    useLanguage(language);
    MainWindow window;
    window.setPersistent(false);
    window.resize(1280, 720);
    window.show();
    QSignalSpy shown(&window, &MainWindow::storageShown);
    window.openDemo();
    QVERIFY(shown.wait(120000));
    window.showView(MainWindow::View::Release);
    QCoreApplication::processEvents();
    auto *box = window.releaseView()->findChild<QComboBox *>(u"previousRelease"_s);
    QVERIFY(box);
    const int needed = comboWidthFor(box, box->currentText());
    QVERIFY2(box->width() >= needed, qPrintable(u"“%1” needs %2 px, the box has %3"_s.arg(box->currentText())
                                                     .arg(needed)
                                                     .arg(box->width())));
    QVERIFY(box->toolTip().isEmpty());
    // Where the row has no room (1024 px), the text ends in "…" and the tooltip has it whole.
    window.resize(Smallest);
    QCoreApplication::processEvents();
    if (box->width() < needed)
        QVERIFY(box->toolTip().contains(box->currentText()));
}

QTEST_MAIN(TestLayoutFit)
#include "tst_layoutfit.moc"
