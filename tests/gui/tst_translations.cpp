// SPDX-License-Identifier: Apache-2.0
// Translations: every source string of the code is in the .ts files (lupdate is run again on the
// sources), German and Dutch translate all of them with the same placeholders, plural forms are
// complete (English too), and the compiled .qm files translate at run time, plurals included.
#include "mainwindow.h"

#include <QDir>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace fkscope;

namespace {

struct Message
{
    QString context, source;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or the plural forms
};

QList<Message> readTs(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&f);
    QList<Message> out;
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message")) {
            m = Message();
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.translations << xml.readElementText();
            else {
                while (xml.readNextStartElement())
                    m.translations << xml.readElementText();
            }
            out << m;
        }
    }
    return out;
}

QStringList placeholders(const QString &text)
{
    QStringList out;
    QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("%(n|L?\\d+)")).globalMatch(text);
    while (it.hasNext())
        out << it.next().captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}

QString tsPath(const QString &code)
{
    return QStringLiteral(FKSCOPE_SOURCE_DIR "/translations/fkscope_%1.ts").arg(code);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyStringOfTheCodeIsInTheTsFiles()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(FKSCOPE_LUPDATE), {QStringLiteral("@" FKSCOPE_BINARY_DIR "/translations/sources.lst"),
                                                         QStringLiteral("-locations"), QStringLiteral("none"),
                                                         QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QList<Message> now = readTs(fresh);
        QVERIFY(now.size() > 250);
        QSet<QString> committed;
        for (const Message &m : readTs(tsPath(QStringLiteral("de"))))
            committed.insert(m.context + QLatin1Char('|') + m.source);
        QStringList missing;
        for (const Message &m : now) {
            if (!committed.contains(m.context + QLatin1Char('|') + m.source))
                missing << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in translations/*.ts (run the update_translations target "
                                                              "and translate): \n") + missing.join(QLatin1Char('\n'))));
    }

    void translationsAreCompleteAndKeepPlaceholders_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("nl") << QStringLiteral("nl");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void translationsAreCompleteAndKeepPlaceholders()
    {
        QFETCH(QString, code);
        const QList<Message> messages = readTs(tsPath(code));
        QVERIFY(messages.size() > 250);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
                problems << QStringLiteral("stale entry: ") + where;
                continue;
            }
            // English needs its plural forms only; the source text is the English text.
            if (code == QLatin1String("en") && !m.numerus)
                continue;
            if (m.type == QLatin1String("unfinished") || m.translations.isEmpty()
                || std::any_of(m.translations.begin(), m.translations.end(), [](const QString &t) { return t.isEmpty(); })) {
                problems << QStringLiteral("untranslated: ") + where;
                continue;
            }
            if (m.numerus && m.translations.size() != 2)
                problems << QStringLiteral("plural forms: %1 instead of 2: ").arg(m.translations.size()) + where;
            for (const QString &t : m.translations) {
                if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("placeholders %1 became %2: ")
                                    .arg(placeholders(m.source).join(QLatin1Char(',')), placeholders(t).join(QLatin1Char(',')))
                                + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void compiledTranslationsWorkWithPlurals()
    {
        QTranslator de;
        QVERIFY(de.load(QStringLiteral(FKSCOPE_BINARY_DIR "/translations/fkscope_de.qm")));
        QCOMPARE(de.translate("fkscope::ImpactReport", "BLOCKED: the DELETE would fail."), QStringLiteral("BLOCKIERT: das DELETE würde fehlschlagen."));
        QCoreApplication::installTranslator(&de);
        QCOMPARE(QCoreApplication::translate("fkscope::MainWindow", "%n table(s)", nullptr, 1), QStringLiteral("1 Tabelle"));
        QCOMPARE(QCoreApplication::translate("fkscope::MainWindow", "%n table(s)", nullptr, 5), QStringLiteral("5 Tabellen"));
        {
            MainWindow window; // built in German
            QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        }
        QCoreApplication::removeTranslator(&de);

        QTranslator en;
        QVERIFY(en.load(QStringLiteral(FKSCOPE_BINARY_DIR "/translations/fkscope_en.qm")));
        QCoreApplication::installTranslator(&en);
        QCOMPARE(QCoreApplication::translate("fkscope::MainWindow", "%n table(s)", nullptr, 1), QStringLiteral("1 table"));
        QCOMPARE(QCoreApplication::translate("fkscope::MainWindow", "%n table(s)", nullptr, 2), QStringLiteral("2 tables"));
        QCoreApplication::removeTranslator(&en);

        QTranslator nl;
        QVERIFY(nl.load(QStringLiteral(FKSCOPE_BINARY_DIR "/translations/fkscope_nl.qm")));
        QCOMPARE(nl.translate("fkscope::ImpactReport", "ALLOWED: the DELETE would succeed.", nullptr, -1),
                 QStringLiteral("TOEGESTAAN: de DELETE zou slagen."));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
