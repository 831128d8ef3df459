// SPDX-License-Identifier: Apache-2.0
// Differential test of the MySQL impact engine against MariaDB (InnoDB) itself: random schemas of
// 2-7 tables with every rule InnoDB keeps (CASCADE, SET NULL, RESTRICT, NO ACTION, no clause),
// random constraint names (InnoDB visits foreign keys in byte order of their ids), FKs to the
// primary key, to a composite unique key and to a non-unique indexed column, extra indexes that
// start with the FK columns (they decide the order children are found in), self references,
// cycles, chains of rows past InnoDB's 15 nesting levels, and multi-row deletes through the primary
// key, a secondary index or a full scan. Each case is a fresh database: the engine simulates the
// DELETE read-only, then the oracle runs the real DELETE in a transaction, diffs every table by
// primary key and rolls back. Outcome, per-table counts (deleted, set NULL) and the error the
// server raised (code and constraint) must match the prediction exactly.
//
// FKSCOPE_TEST_MYSQL: the server's URI (scripts/test.sh starts a private MariaDB).
// FKSCOPE_DIFF_CASES (default 1000) and FKSCOPE_DIFF_SEED (default 20261202; "random": the clock).
#include "mysql/mysqlcatalogloader.h"
#include "mysql/mysqlconnection.h"
#include "mysql/mysqlimpactengine.h"
#include "testserver.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QtTest>

#include <random>

using namespace fkscope;

namespace {

struct Case
{
    QStringList ddl; // after CREATE DATABASE / USE
    QStringList data;
    int tables = 0;
    QString root;
    QString where;
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
    QString name()
    {
        QString s;
        const int len = pick(1, 3);
        for (int i = 0; i < len; ++i)
            s += QChar('a' + pick(0, 5));
        return s;
    }

    Case make()
    {
        Case c;
        const bool chainCase = chance(0.12);
        const int n = chainCase ? pick(1, 3) : pick(2, 7);
        c.tables = n;
        QList<int> rows;
        for (int t = 0; t < n; ++t)
            rows << (chainCase && t == 0 ? pick(14, 22) : pick(1, 9));
        enum Target { Pk, Composite, NonUnique };
        struct Fk
        {
            int child, parent;
            Target target;
            QString action; // SQL text, may be empty
            bool notNull;
            QString name;
            bool chain; // row n references row n - 1
        };
        QList<Fk> fks;
        const int fkCount = chainCase ? pick(1, 3) : pick(1, n * 2);
        QSet<QString> names;
        static const char *const actions[] = {"ON DELETE CASCADE", "ON DELETE SET NULL", "ON DELETE RESTRICT", "ON DELETE NO ACTION", ""};
        for (int k = 0; k < fkCount; ++k) {
            Fk fk;
            fk.chain = chainCase && k == 0;
            fk.child = fk.chain ? 0 : pick(0, n - 1);
            fk.parent = fk.chain ? 0 : chance(0.2) ? fk.child : pick(0, n - 1);
            const int r = pick(1, 100);
            fk.target = fk.chain ? Pk : r <= 55 ? Pk : r <= 85 ? Composite : NonUnique;
            fk.action = fk.chain ? QStringLiteral("ON DELETE CASCADE") : QLatin1String(actions[pick(0, 4)]);
            if (fk.chain && chance(0.3))
                fk.action = QStringLiteral("ON DELETE SET NULL");
            fk.notNull = !fk.action.contains(QLatin1String("SET NULL")) && !fk.chain && fk.child != fk.parent && chance(0.15);
            do {
                fk.name = name() + QString::number(k);
            } while (names.contains(fk.name));
            names.insert(fk.name);
            fks << fk;
        }
        // Columns, values and keys per table.
        for (int t = 0; t < n; ++t) {
            QStringList cols{QStringLiteral("id INT NOT NULL"), QStringLiteral("a INT NOT NULL"), QStringLiteral("b INT NOT NULL"),
                             QStringLiteral("g INT NULL")};
            QStringList keys{QStringLiteral("PRIMARY KEY (id)")};
            QStringList indexes{QStringLiteral("UNIQUE KEY uab (a, b)"), QStringLiteral("KEY ig (g)")};
            for (int k = 0; k < fks.size(); ++k) {
                const Fk &fk = fks[k];
                if (fk.child != t)
                    continue;
                const QString null = fk.notNull ? QStringLiteral(" NOT NULL") : QString();
                cols << QStringLiteral("f%1 INT%2").arg(k).arg(null);
                if (fk.target == Composite)
                    cols << QStringLiteral("f%1b INT%2").arg(k).arg(null);
                // An index that starts with the FK's columns and goes on: children come in its order.
                if (chance(0.35)) {
                    const QString more = chance(0.5) ? QStringLiteral("g") : QStringLiteral("b");
                    indexes.insert(pick(0, static_cast<int>(indexes.size())),
                                   fk.target == Composite ? QStringLiteral("KEY x%1 (f%1, f%1b, %2)").arg(k).arg(more)
                                                          : QStringLiteral("KEY x%1 (f%1, %2 DESC)").arg(k).arg(more));
                }
            }
            c.ddl << QStringLiteral("CREATE TABLE t%1 (%2) ENGINE=InnoDB").arg(t).arg((cols + keys + indexes).join(QStringLiteral(", ")));
        }
        // Values: (id, a, b, g) per row; FK columns point at existing parent rows (loaded with
        // foreign_key_checks = 0, so cycles and forward references need no order).
        QList<QList<QList<int>>> values(n);
        for (int t = 0; t < n; ++t) {
            for (int id = 1; id <= rows[t]; ++id)
                values[t] << QList<int>{id, id % 3, id, pick(1, 3)};
        }
        QList<QList<QStringList>> rowFkValues(n);
        for (int t = 0; t < n; ++t)
            rowFkValues[t] = QList<QStringList>(rows[t]);
        for (int k = 0; k < fks.size(); ++k) {
            const Fk &fk = fks[k];
            for (int i = 0; i < rows[fk.child]; ++i) {
                QStringList v;
                const bool null = !fk.notNull && chance(fk.chain ? 0.0 : 0.2);
                if (fk.chain) {
                    v << (i == 0 ? QStringLiteral("NULL") : QString::number(i)); // row i+1 -> row i
                } else if (null) {
                    v << QStringLiteral("NULL");
                    if (fk.target == Composite)
                        v << QStringLiteral("NULL");
                } else {
                    const QList<int> &p = values[fk.parent][pick(0, rows[fk.parent] - 1)];
                    if (fk.target == Pk)
                        v << QString::number(p[0]);
                    else if (fk.target == NonUnique)
                        v << QString::number(p[3]);
                    else
                        v << QString::number(p[1]) << QString::number(p[2]);
                }
                rowFkValues[fk.child][i] << v;
            }
        }
        for (int t = 0; t < n; ++t) {
            QStringList tuples;
            for (int i = 0; i < rows[t]; ++i) {
                QStringList v;
                for (int x : values[t][i])
                    v << QString::number(x);
                v << rowFkValues[t][i];
                tuples << QLatin1Char('(') + v.join(QLatin1Char(',')) + QLatin1Char(')');
            }
            c.data << QStringLiteral("INSERT INTO t%1 VALUES %2").arg(t).arg(tuples.join(QLatin1Char(',')));
        }
        for (int k = 0; k < fks.size(); ++k) {
            const Fk &fk = fks[k];
            const QString cols = fk.target == Composite ? QStringLiteral("f%1, f%1b").arg(k) : QStringLiteral("f%1").arg(k);
            const QString refs = fk.target == Pk ? QStringLiteral("id") : fk.target == NonUnique ? QStringLiteral("g") : QStringLiteral("a, b");
            c.ddl << QStringLiteral("ALTER TABLE t%1 ADD CONSTRAINT `%2` FOREIGN KEY (%3) REFERENCES t%4 (%5) %6")
                         .arg(fk.child)
                         .arg(fk.name, cols)
                         .arg(fk.parent)
                         .arg(refs, fk.action);
        }
        const int root = chainCase ? 0 : pick(0, n - 1);
        c.root = QStringLiteral("t%1").arg(root);
        const int r = pick(1, 100);
        const int max = rows[root];
        if (r <= 35)
            c.where = QStringLiteral("id = %1").arg(pick(1, max));
        else if (r <= 55)
            c.where = QStringLiteral("id IN (%1, %2)").arg(pick(1, max)).arg(pick(1, max));
        else if (r <= 70)
            c.where = QStringLiteral("id <= %1").arg(pick(1, max));
        else if (r <= 85)
            c.where = QStringLiteral("g = %1").arg(pick(1, 3));
        else
            c.where = QStringLiteral("b >= %1").arg(pick(1, max)); // no index starts with b: a full scan
        return c;
    }

private:
    std::mt19937_64 m_rng;
};

struct Observed
{
    bool failed = false;
    QString code;
    QString constraint;
    QString message;
    QHash<QString, qint64> deleted, setNull;
};

} // namespace

class TestMysqlImpactDifferential : public QObject
{
    Q_OBJECT

private slots:
    void matchesMariaDb();
};

void TestMysqlImpactDifferential::matchesMariaDb()
{
    const int cases = qEnvironmentVariableIsSet("FKSCOPE_DIFF_CASES") ? qEnvironmentVariableIntValue("FKSCOPE_DIFF_CASES") : 1000;
    const QString seedText = qEnvironmentVariable("FKSCOPE_DIFF_SEED", QStringLiteral("20261202"));
    const quint64 seed = seedText == QLatin1String("random") ? static_cast<quint64>(QDateTime::currentMSecsSinceEpoch())
                                                              : seedText.toULongLong();
    qInfo("seed %llu, %d cases", static_cast<unsigned long long>(seed), cases);
    Generator gen(seed);
    const QString db = QStringLiteral("fkscope_diff");
    MysqlConnection admin(test::mysqlUri(QString()));
    int blocked = 0, depth = 0, allowed = 0;
    for (int i = 0; i < cases; ++i) {
        const Case c = gen.make();
        admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(db));
        admin.exec(QStringLiteral("CREATE DATABASE %1").arg(db));
        admin.exec(QStringLiteral("USE %1").arg(db));
        admin.exec(QStringLiteral("SET SESSION foreign_key_checks = 0"));
        for (const QString &s : c.ddl.mid(0, c.tables))
            admin.exec(s);
        for (const QString &s : c.data)
            admin.exec(s);
        for (const QString &s : c.ddl.mid(c.tables))
            admin.exec(s);
        admin.exec(QStringLiteral("SET SESSION foreign_key_checks = 1"));
        const QString context = QStringLiteral("case %1: DELETE FROM %2 WHERE %3;\n%4;\n%5").arg(i).arg(c.root, c.where, c.ddl.join(QStringLiteral(";\n")), c.data.join(QStringLiteral(";\n")));

        // The prediction, read-only.
        MysqlConnection reader(test::mysqlUri(db));
        const SchemaGraph graph = MysqlCatalogLoader(reader, false).load(LoadOptions());
        ImpactRequest request;
        request.table = {db, c.root};
        request.where = c.where;
        const ImpactResult predicted = MysqlImpactEngine(reader, graph).simulate(request);

        // The real DELETE, rolled back.
        Observed observed;
        QHash<QString, QHash<QString, QStringList>> before;
        auto snapshot = [&](QHash<QString, QHash<QString, QStringList>> &out) {
            for (const Table &t : graph.tables()) {
                MysqlStatement s(admin, QStringLiteral("SELECT * FROM %1").arg(MysqlConnection::quoteName(t.name)));
                s.execute();
                while (s.fetch()) {
                    QStringList row;
                    for (int col = 0; col < s.columnCount(); ++col)
                        row << (s.isNull(col) ? QStringLiteral("NULL") : s.text(col));
                    out[t.name].insert(row.first(), row);
                }
            }
        };
        admin.exec(QStringLiteral("START TRANSACTION"));
        snapshot(before);
        try {
            admin.exec(QStringLiteral("DELETE FROM %1 WHERE %2").arg(c.root, c.where));
        } catch (const Error &e) {
            observed.failed = true;
            observed.code = e.server().code;
            observed.message = e.server().message;
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("CONSTRAINT `([^`]+)`")).match(e.server().message);
            observed.constraint = m.captured(1);
        }
        if (!observed.failed) {
            QHash<QString, QHash<QString, QStringList>> after;
            snapshot(after);
            for (auto t = before.cbegin(); t != before.cend(); ++t) {
                for (auto r = t->cbegin(); r != t->cend(); ++r) {
                    const auto now = after.value(t.key()).constFind(r.key());
                    if (now == after.value(t.key()).constEnd())
                        ++observed.deleted[t.key()];
                    else if (*now != r.value())
                        ++observed.setNull[t.key()];
                }
            }
        }
        admin.exec(QStringLiteral("ROLLBACK"));

        // The diff.
        const bool predictedBlocked = predicted.outcome != ImpactOutcome::Allowed;
        if (predictedBlocked != observed.failed)
            QFAIL(qPrintable(QStringLiteral("%1\npredicted %2, the server %3 (%4)")
                                 .arg(context, toString(predicted.outcome), observed.failed ? QStringLiteral("failed") : QStringLiteral("succeeded"),
                                      observed.message)));
        if (observed.failed) {
            QVERIFY2(predicted.firstError.has_value(), qPrintable(context));
            if (predicted.firstError->code != observed.code || predicted.firstError->constraint != observed.constraint
                || predicted.firstError->message != observed.message)
                QFAIL(qPrintable(QStringLiteral("%1\npredicted first error %2 %3\n  %4\nthe server raised %5 %6\n  %7")
                                     .arg(context, predicted.firstError->code, predicted.firstError->constraint, predicted.firstError->message,
                                          observed.code, observed.constraint, observed.message)));
            if (observed.code == QLatin1String("1296"))
                ++depth;
            else
                ++blocked;
            continue;
        }
        ++allowed;
        for (const Table &t : graph.tables()) {
            const ImpactEffect *e = predicted.effect(t.ref());
            const qint64 pd = e ? e->deleted : 0;
            const qint64 pn = e ? e->setNull : 0;
            if (pd != observed.deleted.value(t.name) || pn != observed.setNull.value(t.name))
                QFAIL(qPrintable(QStringLiteral("%1\n%2: predicted %3 deleted, %4 set NULL; the server %5 deleted, %6 set NULL")
                                     .arg(context, t.name)
                                     .arg(pd)
                                     .arg(pn)
                                     .arg(observed.deleted.value(t.name))
                                     .arg(observed.setNull.value(t.name))));
        }
    }
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(db));
    qInfo("%d cases: %d allowed, %d blocked (1451), %d past the nesting limit (1296)", cases, allowed, blocked, depth);
}

QTEST_GUILESS_MAIN(TestMysqlImpactDifferential)
#include "tst_mysqlimpactdifferential.moc"
