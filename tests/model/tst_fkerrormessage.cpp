// SPDX-License-Identifier: Apache-2.0
// The message reader on the errors captured from the real servers (the fuzz seeds in
// tests/fuzz/corpus/fkerror: psql plain and verbose, the mariadb client's 1451 and 1452, SQLite
// through Python), and on PostgreSQL's German and French wording, written from its translation
// catalogs because this machine has no such locale: the structure is read, not the words.
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

    void otherLanguages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("side");
        QTest::newRow("de insert") << QStringLiteral("FEHLER:  Einfügen oder Aktualisieren in Tabelle »jobs« verletzt Fremdschlüssel-Constraint »jobs_row_id_fkey«\n"
                                                     "DETAIL:  Schlüssel (row_id)=(42) ist nicht in Tabelle »model_rows« vorhanden.")
                                   << static_cast<int>(Side::ChildWrite);
        QTest::newRow("de delete") << QStringLiteral("FEHLER:  Aktualisieren oder Löschen in Tabelle »model_rows« verletzt Fremdschlüssel-Constraint "
                                                     "»jobs_row_id_fkey« von Tabelle »jobs«\nDETAIL:  Auf Schlüssel (id)=(42) wird noch aus Tabelle »jobs« verwiesen.")
                                   << static_cast<int>(Side::ParentChange);
        QTest::newRow("fr insert") << QStringLiteral("ERREUR:  une instruction insert ou update sur la table « jobs » viole la contrainte de clé "
                                                     "étrangère « jobs_row_id_fkey »\nDÉTAIL : La clé (row_id)=(42) n'est pas présente dans la table « model_rows ».")
                                   << static_cast<int>(Side::ChildWrite);
    }
    void otherLanguages()
    {
        QFETCH(QString, text);
        QFETCH(int, side);
        const auto m = parseFkError(text);
        QVERIFY(m);
        QCOMPARE(m->constraint, QStringLiteral("jobs_row_id_fkey"));
        QCOMPARE(m->keyValues, QStringList{QStringLiteral("42")});
        if (side >= 0)
            QCOMPARE(static_cast<int>(m->side), side);
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
