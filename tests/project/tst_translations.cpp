// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Checks translations/*.ts straight from the source tree: every finished
// translation keeps the source's placeholders, HTML tags and entities, its
// keyboard accelerator, a leading marker symbol and a trailing "…" or ":";
// and the German file has no unfinished message (a string added without a
// translation fails here: run tierdesk_lupdate and translate it).
#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString type;         // "" finished, "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList forms;    // one translation, or the plural forms
    qint64 line = 0;
};

struct TsFile
{
    QList<TsMessage> messages;
    QString error;
};

QString tsPath(const QString &language)
{
    return QStringLiteral(TIERDESK_SOURCE_DIR) + u"/translations/tierdesk_"_s + language + u".ts"_s;
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot open "_s + path;
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            TsMessage m;
            m.context = context;
            m.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            m.line = xml.lineNumber();
            while (xml.readNextStartElement()) {
                if (xml.name() == "source"_L1) {
                    m.source = xml.readElementText();
                } else if (xml.name() == "translation"_L1) {
                    m.type = xml.attributes().value("type"_L1).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == "numerusform"_L1)
                                m.forms << xml.readElementText();
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        m.forms << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            ts.messages << m;
        }
    }
    if (xml.hasError())
        ts.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList sortedMatches(const QRegularExpression &re, const QString &text)
{
    QStringList found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found << m.captured(0);
    found.sort();
    return found;
}

// %1 … %99, %L1 and %n: the placeholders QString::arg and tr(…, n) fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(?:L?[1-9][0-9]?|n)"_s);
    QStringList found = sortedMatches(re, text);
    found.removeDuplicates();
    return found;
}

// Opening and closing HTML tags by name (attribute values are the
// placeholders' business), e.g. "<a", "</a", "<b", "</b".
QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(u"</?[A-Za-z][A-Za-z0-9]*(?=[\\s/>])"_s);
    return sortedMatches(re, text);
}

QStringList entities(const QString &text)
{
    static const QRegularExpression re(u"&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"_s);
    return sortedMatches(re, text);
}

// Keyboard accelerators: "&" before a character other than "&" or a space.
int accelerators(const QString &text)
{
    QString plain = text;
    plain.remove(QRegularExpression(u"&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"_s));
    int n = 0;
    for (qsizetype i = 0; i + 1 < plain.size(); ++i) {
        if (plain[i] != u'&')
            continue;
        if (plain[i + 1] == u'&') {
            ++i;
            continue;
        }
        if (!plain[i + 1].isSpace())
            ++n;
    }
    return n;
}

const QString kMarkers = u"↑≡≠⊘⚠"_s;

// What is wrong with one translation form of a source text ("" if nothing).
QStringList problems(const QString &source, const QString &translation, bool numerus)
{
    QStringList out;
    const QStringList sp = placeholders(source), tp = placeholders(translation);
    if (sp != tp)
        out << u"placeholders %1 became %2"_s.arg(sp.join(u' '), tp.join(u' '));
    if (htmlTags(source) != htmlTags(translation))
        out << u"HTML tags %1 became %2"_s.arg(htmlTags(source).join(u' '), htmlTags(translation).join(u' '));
    if (entities(source) != entities(translation))
        out << u"entities %1 became %2"_s.arg(entities(source).join(u' '), entities(translation).join(u' '));
    for (const QString &end : {u"…"_s, u":"_s}) {
        if (source.endsWith(end) && !translation.endsWith(end))
            out << u"does not end with “%1”"_s.arg(end);
    }
    if (accelerators(source) != accelerators(translation))
        out << u"%1 keyboard accelerator(s) instead of %2"_s.arg(accelerators(translation)).arg(accelerators(source));
    if (!source.isEmpty() && kMarkers.contains(source.front()) && !translation.startsWith(source.front()))
        out << u"does not start with “%1”"_s.arg(source.front());
    if (translation.trimmed().isEmpty() && !source.trimmed().isEmpty())
        out << u"is empty"_s;
    Q_UNUSED(numerus);
    return out;
}

QString describe(const TsMessage &m)
{
    return u"line %1 [%2] “%3”"_s.arg(m.line).arg(m.context, m.source.left(90));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void finishedTranslationsKeepTheSource_data();
    void finishedTranslationsKeepTheSource();
    void germanIsComplete();
    void englishPluralsAreComplete();
    void contextsExistAtRunTime();
    void checkerCatchesBrokenEntries();
};

void TestTranslations::finishedTranslationsKeepTheSource_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("en") << u"en"_s;
}

void TestTranslations::finishedTranslationsKeepTheSource()
{
    QFETCH(QString, language);
    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());

    QStringList failures;
    int checked = 0;
    for (const TsMessage &m : ts.messages) {
        if (!m.type.isEmpty())   // unfinished, vanished, obsolete: germanIsComplete's business
            continue;
        ++checked;
        if (m.numerus && m.forms.size() < 2) {
            failures << describe(m) + u": %1 plural form(s), German and English need 2"_s.arg(m.forms.size());
            continue;
        }
        for (qsizetype i = 0; i < m.forms.size(); ++i) {
            const QStringList p = problems(m.source, m.forms[i], m.numerus);
            if (!p.isEmpty()) {
                const QString form = m.numerus ? u" (plural form %1)"_s.arg(i) : QString();
                failures << describe(m) + form + u" → “"_s + m.forms[i].left(90) + u"”: "_s + p.join(u"; "_s);
            }
        }
    }
    qInfo("%s: %d finished messages checked", qPrintable(language), checked);
    QVERIFY2(failures.isEmpty(),
             qPrintable(u"%1 broken translation(s) in tierdesk_%2.ts:\n  "_s.arg(failures.size()).arg(language)
                        + failures.join(u"\n  "_s)));
}

// Fails whenever a string was added or changed without a German translation:
// run `cmake --build build --target tierdesk_lupdate` and translate it.
void TestTranslations::germanIsComplete()
{
    const TsFile ts = readTs(tsPath(u"de"_s));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    int total = 0;
    QStringList unfinished;
    for (const TsMessage &m : ts.messages) {
        if (m.type == "vanished"_L1 || m.type == "obsolete"_L1)
            continue;
        ++total;
        if (m.type == "unfinished"_L1)
            unfinished << describe(m);
    }
    qInfo("de: %d messages, %lld unfinished", total, qsizetype(unfinished.size()));
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(u"tierdesk_de.ts has %1 unfinished message(s) of %2; run tierdesk_lupdate and translate them. "
                        "The first ones:\n  "_s.arg(unfinished.size()).arg(total)
                        + unfinished.mid(0, 5).join(u"\n  "_s)));
}

// The English file only carries plural forms; those must all be there.
void TestTranslations::englishPluralsAreComplete()
{
    const TsFile ts = readTs(tsPath(u"en"_s));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList unfinished;
    for (const TsMessage &m : ts.messages) {
        if (m.numerus && m.type == "unfinished"_L1)
            unfinished << describe(m);
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(u"tierdesk_en.ts lacks the plural forms of %1 message(s):\n  "_s.arg(unfinished.size())
                        + unfinished.mid(0, 5).join(u"\n  "_s)));
}

// Contexts lupdate makes up when it cannot follow a `Tr` (core/Tr.h): "Tr"
// itself when it loses the alias, "tierdesk::trcontext::X" when it runs
// without the -tr-function-alias option. No translate() call asks for them,
// so their translations would never show.
void TestTranslations::contextsExistAtRunTime()
{
    for (const QString &language : {u"de"_s, u"en"_s}) {
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList wrong;
        for (const TsMessage &m : ts.messages) {
            const bool current = m.type != "vanished"_L1 && m.type != "obsolete"_L1;
            if (current && (m.context == "Tr"_L1 || m.context.startsWith("tierdesk::trcontext"_L1)))
                wrong << describe(m);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(u"tierdesk_%1.ts files %2 message(s) under a context no code uses:\n  "_s
                                                 .arg(language).arg(wrong.size())
                                             + wrong.mid(0, 5).join(u"\n  "_s)));
    }
}

// The checker itself: each kind of damage is reported.
void TestTranslations::checkerCatchesBrokenEntries()
{
    QVERIFY(problems(u"Opening %1…"_s, u"%1 wird geöffnet…"_s, false).isEmpty());
    QVERIFY(problems(u"%1% similar"_s, u"%1 % ähnlich"_s, false).isEmpty());
    QVERIFY(problems(u"Show the &Demo Storage"_s, u"&Demo-Speicher anzeigen"_s, false).isEmpty());
    QVERIFY(problems(u"Create <b>%1</b>?"_s, u"<b>%1</b> erstellen?"_s, false).isEmpty());

    QVERIFY(!problems(u"Opening %1…"_s, u"Wird geöffnet…"_s, false).isEmpty());          // lost %1
    QVERIFY(!problems(u"Opening %1…"_s, u"%2 wird geöffnet…"_s, false).isEmpty());       // wrong number
    QVERIFY(!problems(u"Opening %1…"_s, u"%1 wird geöffnet"_s, false).isEmpty());        // lost …
    QVERIFY(!problems(u"Title:"_s, u"Titel"_s, false).isEmpty());                        // lost :
    QVERIFY(!problems(u"Create <b>%1</b>?"_s, u"%1 erstellen?"_s, false).isEmpty());     // lost tags
    QVERIFY(!problems(u"&Reload"_s, u"Neu laden"_s, false).isEmpty());                   // lost &
    QVERIFY(!problems(u"⚠ Problems"_s, u"Probleme"_s, false).isEmpty());                 // lost ⚠
    QVERIFY(!problems(u"%n package(s)"_s, u"ein Paket"_s, true).isEmpty());              // lost %n
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
