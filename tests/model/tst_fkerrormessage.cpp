// SPDX-License-Identifier: Apache-2.0
// The message reader on the errors captured from the real servers (the fuzz seeds in
// tests/fuzz/corpus/fkerror: psql plain and verbose, the mariadb client's 1451 and 1452, SQLite
// through Python, and a PostgreSQL speaking German and French): the structure is read, not the
// words.
#include "explain/fkerrormessage.h"

#include <QFile>
#include <QtTest>

using namespace fkscope;
using Side = FkErrorMessage::Side;

class TestFkErrorMessage : public QObject
{
    Q_OBJECT

    static QString seed(const char *name)
    {
        QFile f(QStringLiteral(FKSCOPE_SOURCE_DIR "/tests/fuzz/corpus/fkerror/") + QLatin1String(name));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private slots:
    void captured()
    {
        auto m = parseFkError(seed("psql-insert"));
        QVERIFY(m);
        QCOMPARE(static_cast<int>(m->side), static_cast<int>(Side::ChildWrite));
        QCOMPARE(m->constraint, QStringLiteral("jobs_row_id_fkey"));
        QCOMPARE(m->childTable, QStringLiteral("jobs"));
        QCOMPARE(m->parentTable, QStringLiteral("model_rows"));
        QCOMPARE(m->keyColumns, QStringList{QStringLiteral("row_id")});
        QCOMPARE(m->keyValues, QStringList{QStringLiteral("42")});

        m = parseFkError(seed("psql-delete"));
        QVERIFY(m);
        QCOMPARE(static_cast<int>(m->side), static_cast<int>(Side::ParentChange));
        QCOMPARE(m->parentTable, QStringLiteral("model_rows"));
        QCOMPARE(m->childTable, QStringLiteral("variant_rows"));
        QCOMPARE(m->keyColumns, QStringList{QStringLiteral("id")});

        m = parseFkError(seed("psql-verbose"));
        QVERIFY(m);
        QCOMPARE(m->code, QStringLiteral("23503"));
        QCOMPARE(m->schema, QStringLiteral("public"));

        m = parseFkError(seed("mariadb-1451"));
        QVERIFY(m);
        QCOMPARE(static_cast<int>(m->engine), static_cast<int>(FkErrorMessage::Engine::MySQL));
        QCOMPARE(static_cast<int>(m->side), static_cast<int>(Side::ParentChange));
        QCOMPARE(m->schema, QStringLiteral("fz"));
        QCOMPARE(m->childTable, QStringLiteral("c hild"));
        QCOMPARE(m->constraint, QStringLiteral("c`p"));
        QCOMPARE(m->columns, QStringList{QStringLiteral("p")});
        QCOMPARE(m->parentTable, QStringLiteral("p"));
        QCOMPARE(m->refColumns, QStringList{QStringLiteral("id")});
        m = parseFkError(seed("mariadb-1452"));
        QVERIFY(m);
        QCOMPARE(static_cast<int>(m->side), static_cast<int>(Side::ChildWrite));

        m = parseFkError(seed("sqlite-python"));
        QVERIFY(m);
        QCOMPARE(m->code, QStringLiteral("787"));
        QVERIFY(m->constraint.isEmpty());
    }

    // Captured from a PostgreSQL 15 server with lc_messages German and French (the locales compiled
    // as scripts/pg-temp.sh does). French breaks the insert side's first line after "clé".
    void otherLanguages_data()
    {
        QTest::addColumn<QString>("seedName");
        QTest::addColumn<int>("side");
        QTest::addColumn<QString>("key");
        QTest::newRow("de insert") << QStringLiteral("psql-de-insert") << static_cast<int>(Side::ChildWrite) << QStringLiteral("7");
        QTest::newRow("de delete") << QStringLiteral("psql-de-delete") << static_cast<int>(Side::ParentChange) << QStringLiteral("42");
        QTest::newRow("fr insert") << QStringLiteral("psql-fr-insert") << static_cast<int>(Side::ChildWrite) << QStringLiteral("7");
        QTest::newRow("fr delete") << QStringLiteral("psql-fr-delete") << static_cast<int>(Side::ParentChange) << QStringLiteral("42");
    }
    void otherLanguages()
    {
        QFETCH(QString, seedName);
        QFETCH(int, side);
        QFETCH(QString, key);
        const QString text = seed(seedName.toLatin1().constData());
        QVERIFY(!text.isEmpty());
        const auto m = parseFkError(text);
        QVERIFY(m);
        QCOMPARE(m->constraint, QStringLiteral("jobs_row_id_fkey"));
        QCOMPARE(m->keyValues, QStringList{key});
        QCOMPARE(static_cast<int>(m->side), side);
        if (side == static_cast<int>(Side::ChildWrite)) {
            QCOMPARE(m->childTable, QStringLiteral("jobs"));
            QCOMPARE(m->parentTable, QStringLiteral("model_rows"));
        } else {
            QCOMPARE(m->parentTable, QStringLiteral("model_rows"));
            QCOMPARE(m->childTable, QStringLiteral("jobs"));
        }
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("unique") << QStringLiteral("ERROR:  duplicate key value violates unique constraint \"model_rows_pkey\"\nDETAIL:  Key (id)=(1) already exists.");
        QTest::newRow("prose") << QStringLiteral("the import failed, see the log");
        QTest::newRow("empty") << QString();
    }
    void refused()
    {
        QFETCH(QString, text);
        QString problem;
        QVERIFY(!parseFkError(text, &problem));
        QVERIFY(problem.contains(QLatin1String("23503")));
    }
};

QTEST_GUILESS_MAIN(TestFkErrorMessage)
#include "tst_fkerrormessage.moc"
