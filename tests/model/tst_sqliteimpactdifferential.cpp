// SPDX-License-Identifier: Apache-2.0
// Differential test of the SQLite impact engine against SQLite itself: random schemas (2-8 tables,
// some WITHOUT ROWID,
// every ON DELETE rule, composite keys, NOT NULL and nullable FK columns, defaults for SET DEFAULT
// that may or may not name a parent, DEFERRABLE INITIALLY DEFERRED, CHECK constraints over FK
// columns, self references, forward references that make cycles, FKs to non-unique columns that
// SQLite reports as "foreign key mismatch"), random consistent data and random deletes. Each case is a
// fresh file: the engine reads it read-only, then the oracle runs the real DELETE with
// PRAGMA foreign_keys = ON, diffs every table by primary key and tries COMMIT (the file is scratch).
// Outcome, the kind of failure and the per-table counts must match the prediction; a prediction
// with order-dependent blockers also allows the outcome without them.
//
// FKSCOPE_DIFF_CASES (default 1000) and FKSCOPE_DIFF_SEED (default 20261121; "random": the clock).
#include "sqlite/sqlitecatalogloader.h"
#include "sqlite/sqliteconnection.h"
#include "sqlite/sqliteimpactengine.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <random>
#include <thread>

using namespace fkscope;

namespace {

struct Case
{
    QStringList ddl;
    QStringList data;
    QString root, where;
};

class Generator
{
public:
    explicit Generator(quint64 seed)
        : m_rng(seed)
    {
    }

    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }

    Case make()
    {
        Case c;
        const int n = pick(2, 8);
        QList<int> rows;
        QList<bool> composite;
        for (int t = 0; t < n; ++t) {
            rows << pick(1, 12);
            composite << chance(0.3);
        }
        static const FkAction actions[] = {FkAction::NoAction, FkAction::Restrict, FkAction::Cascade, FkAction::SetNull,
                                           FkAction::SetDefault};
        struct Col
        {
            QString name;
            int parent; // -1: plain column
            int part; // 0/1 for composite
            bool notNull;
            QString fk; // the group name
            bool mismatch;
        };
        QList<QList<Col>> cols(n);
        QList<QStringList> constraints(n);
        QHash<int, QPair<QString, QString>> eitherSet; // table -> FK groups of which one must be set (the CHECK)
        int fkCount = pick(1, n * 2);
        for (int k = 0; k < fkCount; ++k) {
            const int child = pick(0, n - 1);
            const int parent = chance(0.15) ? child : pick(0, n - 1);
            const bool comp = composite[parent] && chance(0.6);
            const bool mismatch = !comp && chance(0.03);
            const FkAction action = actions[pick(0, 4)];
            const bool notNull = chance(0.2);
            const QString name = QStringLiteral("fk%1").arg(k);
            QStringList childCols, parentCols;
            // Now and then a second foreign key on a column another one already uses (a SET action
            // on it then changes what the other references).
            if (!comp && !mismatch && chance(0.08)) {
                QStringList shared;
                for (const Col &col : std::as_const(cols[child])) {
                    if (!col.mismatch && !m_composite.contains(col.fk))
                        shared << col.name;
                }
                if (!shared.isEmpty()) {
                    m_fkClauses[child] << QStringLiteral("CONSTRAINT %1 FOREIGN KEY (%2) REFERENCES t%3 (id) ON DELETE %4")
                                              .arg(name, shared[pick(0, static_cast<int>(shared.size()) - 1)])
                                              .arg(parent)
                                              .arg(toSql(action));
                    continue;
                }
            }
            if (comp)
                m_composite.insert(name);
            for (int part = 0; part < (comp ? 2 : 1); ++part) {
                const QString col = QStringLiteral("%1_%2").arg(name).arg(part);
                QString def;
                if (action == FkAction::SetDefault && chance(0.7)) {
                    // The default names an existing parent key, or one that no row has.
                    def = QStringLiteral(" DEFAULT %1").arg(chance(0.6) ? pick(1, rows[parent]) * (comp ? 1 : 1) : 999);
                    if (comp)
                        def = QStringLiteral(" DEFAULT %1").arg(chance(0.6) ? (part == 0 ? 1 : 101) : 999);
                }
                constraints[child] << QStringLiteral("%1 INTEGER%2%3").arg(col, notNull ? QStringLiteral(" NOT NULL") : QString(), def);
                cols[child].append({col, parent, part, notNull, name, mismatch});
                childCols << col;
                parentCols << (mismatch ? QStringLiteral("v") : comp ? (part == 0 ? QStringLiteral("u1") : QStringLiteral("u2"))
                                                                      : QStringLiteral("id"));
            }
            QString clause = QStringLiteral("CONSTRAINT %1 FOREIGN KEY (%2) REFERENCES t%3 (%4) ON DELETE %5")
                                 .arg(name, childCols.join(QStringLiteral(", ")))
                                 .arg(parent)
                                 .arg(parentCols.join(QStringLiteral(", ")), toSql(action));
            if (chance(0.15))
                clause += QStringLiteral(" DEFERRABLE INITIALLY DEFERRED");
            m_fkClauses[child] << clause;
        }
        for (int t = 0; t < n; ++t) {
            QStringList parts{QStringLiteral("id INTEGER PRIMARY KEY"), QStringLiteral("v INTEGER")};
            if (composite[t])
                parts << QStringLiteral("u1 INTEGER NOT NULL") << QStringLiteral("u2 INTEGER NOT NULL");
            parts << constraints[t];
            if (composite[t])
                parts << QStringLiteral("UNIQUE (u1, u2)");
            parts << m_fkClauses.value(t);
            // A CHECK over FK columns, so that SET NULL / SET DEFAULT can break it.
            QStringList fkCols;
            for (const Col &col : cols[t])
                fkCols << col.name;
            if (!fkCols.isEmpty() && chance(0.25)) {
                if (fkCols.size() >= 2 && chance(0.5)) {
                    parts << QStringLiteral("CONSTRAINT t%1_check CHECK (%2 IS NOT NULL OR %3 IS NOT NULL)").arg(t).arg(fkCols[0], fkCols[1]);
                    eitherSet.insert(t, {cols[t][0].fk, cols[t][1].fk});
                } else {
                    parts << QStringLiteral("CHECK (coalesce(%1, 0) <> 999)").arg(fkCols[pick(0, static_cast<int>(fkCols.size()) - 1)]);
                }
            }
            // Some tables keep their rows by primary key instead of rowid.
            c.ddl << QStringLiteral("CREATE TABLE t%1 (%2)%3")
                         .arg(t)
                         .arg(parts.join(QStringLiteral(", ")), chance(0.2) ? QStringLiteral(" WITHOUT ROWID") : QString());
        }
        m_fkClauses.clear();
        m_composite.clear();
        // Consistent data: every non-NULL reference names an existing parent row.
        for (int t = 0; t < n; ++t) {
            for (int r = 1; r <= rows[t]; ++r) {
                QStringList names{QStringLiteral("id"), QStringLiteral("v")}, values{QString::number(r), QString::number(1 + r % 3)};
                if (composite[t]) {
                    names << QStringLiteral("u1") << QStringLiteral("u2");
                    values << QString::number(r) << QString::number(100 + r);
                }
                QHash<QString, int> chosen; // fk group -> parent row (0: NULL)
                QHash<QString, int> parentOf;
                for (const Col &col : cols[t]) {
                    if (!chosen.contains(col.fk))
                        chosen.insert(col.fk, (!col.notNull && chance(0.25)) ? 0
                                              : chance(0.04)                    ? 900 + pick(0, 9) // an orphan, loaded with foreign keys off
                                                                                : pick(1, rows[col.parent]));
                    parentOf.insert(col.fk, col.parent);
                }
                if (eitherSet.contains(t)) {
                    const auto &[a, b] = eitherSet.value(t);
                    if (chosen.value(a) == 0 && chosen.value(b) == 0)
                        chosen[a] = pick(1, rows[parentOf.value(a)]);
                }
                for (const Col &col : cols[t]) {
                    const int p = chosen.value(col.fk);
                    names << col.name;
                    if (p == 0)
                        values << QStringLiteral("NULL");
                    else if (col.mismatch)
                        values << QString::number(1 + p % 3);
                    else if (col.part == 1) // (u1, u2) = (r, 100 + r)
                        values << QString::number(100 + p);
                    else
                        values << QString::number(p);
                }
                c.data << QStringLiteral("INSERT INTO t%1 (%2) VALUES (%3)").arg(t).arg(names.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
            }
        }
        const int root = pick(0, n - 1);
        c.root = QStringLiteral("t%1").arg(root);
        switch (pick(0, 2)) {
        case 0:
            c.where = QStringLiteral("id = %1").arg(pick(1, rows[root]));
            break;
        case 1:
            c.where = QStringLiteral("id %% %1 = %2").arg(pick(2, 4)).arg(pick(0, 1));
            break;
        default:
            c.where = QStringLiteral("id <= %1").arg(pick(1, rows[root]));
        }
        c.where.replace(QStringLiteral("%%"), QStringLiteral("%"));
        return c;
    }

private:
    std::mt19937_64 m_rng;
    QHash<int, QStringList> m_fkClauses;
    QSet<QString> m_composite; // the FK groups of two columns
};

// Every table's rows by primary key, as text.
QHash<QString, QHash<qint64, QString>> snapshot(SqliteConnection &c)
{
    QHash<QString, QHash<qint64, QString>> out;
    QStringList tables;
    SqliteStatement list(c, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"));
    while (list.step())
        tables << list.text(0);
    for (const QString &t : tables) {
        SqliteStatement rows(c, QStringLiteral("SELECT id, * FROM %1").arg(t)); // every generated table has id as its key
        while (rows.step()) {
            QStringList values;
            for (int i = 1; i < rows.columnCount(); ++i)
                values << (rows.isNull(i) ? QStringLiteral("NULL") : rows.text(i));
            out[t].insert(rows.integer(0), values.join(QLatin1Char('|')));
        }
    }
    return out;
}

QString failureKind(const QString &message)
{
    if (message.contains(QLatin1String("foreign key mismatch")))
        return QStringLiteral("fk_mismatch");
    if (message.contains(QLatin1String("NOT NULL constraint failed")))
        return QStringLiteral("not_null");
    if (message.contains(QLatin1String("CHECK constraint failed")))
        return QStringLiteral("check");
    if (message.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return QStringLiteral("fk");
    if (message.contains(QLatin1String("too many levels of trigger recursion")))
        return QStringLiteral("cascade_depth");
    return QStringLiteral("other: ") + message;
}

QString blockerFailureKind(BlockerKind kind)
{
    switch (kind) {
    case BlockerKind::ForeignKeyMismatch: return QStringLiteral("fk_mismatch");
    case BlockerKind::NotNull: return QStringLiteral("not_null");
    case BlockerKind::Check: return QStringLiteral("check");
    case BlockerKind::CascadeTooDeep: return QStringLiteral("cascade_depth");
    default: return QStringLiteral("fk");
    }
}

} // namespace

class TestSqliteImpactDifferential : public QObject
{
    Q_OBJECT

private slots:
    void predictionsMatchSqlite()
    {
        const int cases = qEnvironmentVariableIsSet("FKSCOPE_DIFF_CASES") ? qEnvironmentVariableIntValue("FKSCOPE_DIFF_CASES") : 1000;
        quint64 seed = 20261121;
        const QByteArray seedText = qgetenv("FKSCOPE_DIFF_SEED");
        if (seedText == "random")
            seed = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
        else if (!seedText.isEmpty())
            seed = seedText.toULongLong();
        qInfo("SQLite differential test: %d cases, seed %llu (rerun with FKSCOPE_DIFF_SEED=%llu FKSCOPE_DIFF_CASES=N)", cases,
              static_cast<unsigned long long>(seed), static_cast<unsigned long long>(seed));
        Generator gen(seed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QHash<QString, int> outcomes;
        for (int i = 0; i < cases; ++i) {
            const Case c = gen.make();
            const QString path = dir.filePath(QStringLiteral("case%1.sqlite").arg(i));
            QString observed;
            compareWithSqlite(c, path, QStringLiteral("seed %1 case %2").arg(seed).arg(i), observed);
            if (QTest::currentTestFailed())
                return;
            outcomes[observed]++;
            QFile::remove(path);
        }
        qInfo("outcomes: allowed %d, blocked %d, blocked at commit %d", outcomes.value(QStringLiteral("allowed")),
              outcomes.value(QStringLiteral("blocked")), outcomes.value(QStringLiteral("blocked_at_commit")));
    }

    // Cases where SQLite's order decides, each against the real DELETE too.
    void orderDecides_data()
    {
        QTest::addColumn<QString>("ddl");
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("expected");
        // The actions on a parent row run newest-declared foreign key first: c2's CASCADE empties c2
        // before c1's CASCADE deletes the c1 rows whose RESTRICT from c2 would fire...
        QTest::newRow("restrict after the cascade that clears it")
            << "CREATE TABLE p (id INTEGER PRIMARY KEY);\n"
               "CREATE TABLE c1 (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p ON DELETE CASCADE);\n"
               "CREATE TABLE c2 (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p ON DELETE CASCADE, c1 INTEGER REFERENCES c1 ON DELETE RESTRICT)"
            << "INSERT INTO p VALUES (1);\nINSERT INTO c1 VALUES (1, 1);\nINSERT INTO c2 VALUES (1, 1, 1)" << "p" << "id = 1"
            << "allowed";
        // ...and declared the other way round, the RESTRICT fires first.
        QTest::newRow("restrict before the cascade that would clear it")
            << "CREATE TABLE p (id INTEGER PRIMARY KEY);\n"
               "CREATE TABLE c2 (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p ON DELETE CASCADE, c1 INTEGER REFERENCES c1 ON DELETE RESTRICT);\n"
               "CREATE TABLE c1 (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p ON DELETE CASCADE)"
            << "INSERT INTO p VALUES (1);\nINSERT INTO c1 VALUES (1, 1);\nINSERT INTO c2 VALUES (1, 1, 1)" << "p" << "id = 1"
            << "blocked";
        // The statement's violation counter: deleting an orphan row (loaded with foreign keys off)
        // while the counter is not zero lowers it, so a NO ACTION row left behind goes unnoticed.
        QTest::newRow("a deleted orphan lowers the counter")
            << "CREATE TABLE p (id INTEGER PRIMARY KEY);\n"
               "CREATE TABLE z (id INTEGER PRIMARY KEY);\n"
               "CREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p ON DELETE NO ACTION);\n"
               "CREATE TABLE d (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p ON DELETE CASCADE, z INTEGER REFERENCES z)"
            << "INSERT INTO p VALUES (1);\nINSERT INTO c VALUES (1, 1);\nINSERT INTO d VALUES (1, 1, 999)" << "p" << "id = 1"
            << "allowed";
        QTest::newRow("no orphan, the same NO ACTION row blocks")
            << "CREATE TABLE p (id INTEGER PRIMARY KEY);\n"
               "CREATE TABLE z (id INTEGER PRIMARY KEY);\n"
               "CREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p ON DELETE NO ACTION);\n"
               "CREATE TABLE d (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p ON DELETE CASCADE, z INTEGER REFERENCES z)"
            << "INSERT INTO p VALUES (1);\nINSERT INTO z VALUES (999);\nINSERT INTO c VALUES (1, 1);\nINSERT INTO d VALUES (1, 1, 999)"
            << "p" << "id = 1" << "blocked";
        // An update re-checks a foreign key to the row's own table whatever columns change: an orphan
        // that SET NULL touches fails the statement.
        QTest::newRow("SET NULL on an orphan of its own table")
            << "CREATE TABLE p (id INTEGER PRIMARY KEY);\n"
               "CREATE TABLE t (id INTEGER PRIMARY KEY, up INTEGER REFERENCES t, p INTEGER REFERENCES p ON DELETE SET NULL)"
            << "INSERT INTO p VALUES (1);\nINSERT INTO t VALUES (1, 77, 1)" << "p" << "id = 1" << "blocked";
        // SET DEFAULT points the row at a parent that the same statement deletes: whether that
        // parent's CASCADE then takes the row depends on the order of the two actions.
        QTest::newRow("SET DEFAULT, then the new parent's cascade")
            << "CREATE TABLE p (id INTEGER PRIMARY KEY);\n"
               "CREATE TABLE q (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p ON DELETE CASCADE);\n"
               "CREATE TABLE c (id INTEGER PRIMARY KEY, f INTEGER DEFAULT 5 REFERENCES q ON DELETE CASCADE, "
               "FOREIGN KEY (f) REFERENCES p ON DELETE SET DEFAULT)"
            << "INSERT INTO p VALUES (1);\nINSERT INTO q VALUES (1, NULL);\nINSERT INTO q VALUES (5, 1);\nINSERT INTO c VALUES (1, 1)"
            << "p" << "id = 1" << QString();
        // SQLite runs at most 1,000 nested trigger programs: a cascade down a chain of 1,001 rows fails.
        QString chain = QStringLiteral("INSERT INTO t VALUES (1, NULL)");
        for (int i = 2; i <= 1001; ++i)
            chain += QStringLiteral(";\nINSERT INTO t VALUES (%1, %2)").arg(i).arg(i - 1);
        QTest::newRow("cascade nested 1,000 deep")
            << "CREATE TABLE t (id INTEGER PRIMARY KEY, up INTEGER REFERENCES t ON DELETE CASCADE)" << chain << "t" << "id = 2" << "allowed";
        QTest::newRow("cascade nested 1,001 deep")
            << "CREATE TABLE t (id INTEGER PRIMARY KEY, up INTEGER REFERENCES t ON DELETE CASCADE)" << chain << "t" << "id = 1" << "blocked";
    }

    // A replay stopped by the statement timeout (or a cancel) part-way leaves nothing behind on the
    // connection: no TEMP copy hiding a table of the file, foreign keys off again, and the next
    // simulation on the same connection gives the whole answer.
    void replayStoppedLeavesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("chains.sqlite"));
        {
            QFile(path).open(QIODevice::WriteOnly);
            SqliteConnection setup(path, SqliteConnection::Mode::ReadWrite);
            setup.exec(QStringLiteral("BEGIN; CREATE TABLE comments (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES comments ON DELETE CASCADE); "
                                      "CREATE INDEX comments_parent ON comments (parent); "
                                      "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 20000) "
                                      "INSERT INTO comments SELECT i, CASE WHEN i % 400 = 1 THEN NULL ELSE i - 1 END FROM s; COMMIT;"));
        }
        SqliteConnection ro(path);
        const SchemaGraph graph = SqliteCatalogLoader(ro).load(LoadOptions());
        ImpactRequest request;
        request.table = SqliteImpactEngine::resolveTable(graph, QStringLiteral("comments"));
        request.where = QStringLiteral("id <= 10001"); // rows reached twice on a cycle: replayed
        SqliteImpactEngine engine(ro, graph);
        QElapsedTimer timer;
        timer.start();
        const ImpactResult whole = engine.simulate(request);
        const qint64 took = timer.elapsed();
        QCOMPARE(whole.effects.first().deleted, 10400);
        auto leftovers = [&] {
            SqliteStatement s(ro, QStringLiteral("SELECT count(*) FROM temp.sqlite_master WHERE type IN ('table', 'trigger') AND name <> 'sqlite_sequence'"));
            s.step();
            return s.integer(0);
        };
        auto foreignKeys = [&] {
            SqliteStatement s(ro, QStringLiteral("PRAGMA foreign_keys"));
            s.step();
            return s.integer(0);
        };
        QCOMPARE(leftovers(), 0);
        int stopped = 0;
        for (const double share : {0.3, 0.5, 0.7, 0.9}) {
            request.timeoutMs = std::max<int>(1, static_cast<int>(took * share));
            try {
                engine.simulate(request);
            } catch (const Error &e) {
                QVERIFY2(e.kind() == ErrorKind::Timeout, qPrintable(e.fullText()));
                ++stopped;
            }
            QCOMPARE(leftovers(), 0);
            QCOMPARE(foreignKeys(), 0);
        }
        QVERIFY(stopped > 0);
        // Cancelled from another thread, as the window's Esc does (sqlite3_interrupt on a running
        // statement).
        request.timeoutMs = 0;
        stopped = 0;
        for (const double share : {0.4, 0.8}) {
            CancelToken token;
            std::thread canceller([&] {
                std::this_thread::sleep_for(std::chrono::milliseconds(static_cast<qint64>(took * share)));
                token.cancel();
            });
            try {
                engine.simulate(request, token);
            } catch (const Error &e) {
                QVERIFY2(e.kind() == ErrorKind::Cancelled, qPrintable(e.fullText()));
                ++stopped;
            }
            canceller.join();
            QCOMPARE(leftovers(), 0);
            QCOMPARE(foreignKeys(), 0);
        }
        QVERIFY(stopped > 0);
        const ImpactResult again = engine.simulate(request);
        QVERIFY(again.outcome == whole.outcome);
        QCOMPARE(again.effects.first().deleted, whole.effects.first().deleted);
        QCOMPARE(leftovers(), 0);
    }

    void orderDecides()
    {
        QFETCH(QString, ddl);
        QFETCH(QString, data);
        QFETCH(QString, root);
        QFETCH(QString, where);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Case c;
        c.ddl = ddl.split(QStringLiteral(";\n"));
        c.data = data.split(QStringLiteral(";\n"));
        c.root = root;
        c.where = where;
        QString observed;
        compareWithSqlite(c, dir.filePath(QStringLiteral("case.sqlite")), QString::fromUtf8(QTest::currentDataTag()), observed);
        if (QTest::currentTestFailed())
            return;
        if (!expected.isEmpty())
            QCOMPARE(observed, expected);
    }

private:
    // Builds the case's file, predicts the DELETE, runs it on the file (then COMMIT) and compares:
    // the outcome, the first error word for word, and every table's deleted and updated rows.
    // `outcome` gets SQLite's: allowed, blocked, blocked_at_commit.
    void compareWithSqlite(const Case &c, const QString &path, const QString &label, QString &outcome)
    {
        {
            QFile(path).open(QIODevice::WriteOnly); // an empty file is an empty database
            SqliteConnection setup(path, SqliteConnection::Mode::ReadWrite);
            setup.exec(QStringLiteral("PRAGMA foreign_keys = OFF; BEGIN; ") + c.ddl.join(QStringLiteral(";\n")) + QStringLiteral(";\n")
                       + c.data.join(QStringLiteral(";\n")) + QStringLiteral(";\nCOMMIT;"));
        }
        auto context = [&] {
            return QStringLiteral("%1\n%2;\n%3;\nDELETE FROM %4 WHERE %5;")
                .arg(label, c.ddl.join(QStringLiteral(";\n")), c.data.join(QStringLiteral(";\n")), c.root, c.where);
        };
        ImpactResult predicted;
        try {
            SqliteConnection ro(path);
            const SchemaGraph graph = SqliteCatalogLoader(ro).load(LoadOptions());
            ImpactRequest request;
            request.table = SqliteImpactEngine::resolveTable(graph, c.root);
            request.where = c.where;
            predicted = SqliteImpactEngine(ro, graph).simulate(request);
        } catch (const Error &e) {
            QFAIL(qPrintable(QStringLiteral("engine failed: %1\n%2").arg(e.fullText(), context())));
        }

        // The oracle.
        SqliteConnection rw(path, SqliteConnection::Mode::ReadWrite);
        rw.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        const auto before = snapshot(rw);
        QString observed = QStringLiteral("allowed"), failure, message;
        rw.exec(QStringLiteral("BEGIN"));
        try {
            rw.exec(QStringLiteral("DELETE FROM %1 WHERE %2").arg(c.root, c.where));
        } catch (const Error &e) {
            observed = QStringLiteral("blocked");
            message = e.server().message;
            failure = failureKind(message);
        }
        QHash<QString, QHash<qint64, QString>> after;
        if (observed == QLatin1String("allowed")) {
            after = snapshot(rw);
            try {
                rw.exec(QStringLiteral("COMMIT"));
            } catch (const Error &e) {
                observed = QStringLiteral("blocked_at_commit");
                message = e.server().message;
                failure = failureKind(message);
                rw.exec(QStringLiteral("ROLLBACK"));
            }
        } else {
            rw.exec(QStringLiteral("ROLLBACK"));
        }
        outcome = observed;

        const QString expected = toString(predicted.outcome);
        const QString answer = QString::fromUtf8(toJson(predicted));
        // QTest cuts long messages: a failing case is printed whole first.
        auto explain = [&](bool ok) {
            if (!ok)
                qWarning().noquote() << context() << "\nSQLite:" << observed << failure << message << "\nprediction:" << answer;
            return ok;
        };
        // SQLite's order is fixed: the answer is exact, never "order dependent".
        QVERIFY2(explain(!predicted.orderDependent()), qPrintable(QStringLiteral("order-dependent answer\n%1\nprediction: %2").arg(context(), answer)));
        QVERIFY2(explain(expected == observed),
                 qPrintable(QStringLiteral("outcome: predicted %1, SQLite %2 (%3)\n%4\nprediction: %5").arg(expected, observed, failure, context(), answer)));
        if (observed != QLatin1String("allowed")) {
            // The first blocker is the one SQLite stops on, and the error is SQLite's, word for word.
            QVERIFY2(explain(!predicted.blockers.isEmpty() && blockerFailureKind(predicted.blockers.first().kind) == failure),
                     qPrintable(QStringLiteral("SQLite failed with %1\n%2\nprediction: %3").arg(failure, context(), answer)));
            QVERIFY2(explain(predicted.firstError && predicted.firstError->message == message),
                     qPrintable(QStringLiteral("SQLite said \"%1\", predicted \"%2\"\n%3\nprediction: %4")
                                    .arg(message, predicted.firstError ? predicted.firstError->message : QString(), context(), answer)));
        }
        if (observed == QLatin1String("allowed")) {
            for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
                qint64 deleted = 0, updated = 0;
                const auto &now = after.value(it.key());
                for (auto row = it.value().constBegin(); row != it.value().constEnd(); ++row) {
                    if (!now.contains(row.key()))
                        ++deleted;
                    else if (now.value(row.key()) != row.value())
                        ++updated;
                }
                const ImpactEffect *e = predicted.effect({QStringLiteral("main"), it.key()});
                const QString got = QStringLiteral("%1 deleted, %2 updated").arg(deleted).arg(updated);
                const QString want = QStringLiteral("%1 deleted, %2 updated").arg(e ? e->deleted : 0).arg(e ? e->updated : 0);
                QVERIFY2(explain(got == want), qPrintable(QStringLiteral("%1: SQLite %2, predicted %3\n%4\nprediction: %5")
                                                      .arg(it.key(), got, want, context(), answer)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSqliteImpactDifferential)
#include "tst_sqliteimpactdifferential.moc"
