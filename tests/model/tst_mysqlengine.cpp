// SPDX-License-Identifier: Apache-2.0
// The MySQL engine against the private MariaDB of scripts/test.sh (FKSCOPE_TEST_MYSQL): the URI and
// the connection (passwords, errors, time limit, cancel), the catalog on crafted schemas (hostile
// identifiers, composite pair order, cross-database keys, non-unique parents, DESC keys, SET
// DEFAULT dropped, table-grant users), and InnoDB's rules one by one, each checked against the
// real DELETE (run in a transaction and rolled back).
#include "impact/impactreport.h"
#include "mysql/mysqlcatalogloader.h"
#include "mysql/mysqlconnection.h"
#include "mysql/mysqlimpactengine.h"
#include "mysql/mysqllivedatabase.h"
#include "source/sourcespec.h"
#include "testserver.h"

#include <QRegularExpression>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace fkscope;

// Enums compared as numbers.
#define COMPARE_ENUM(a, b) QCOMPARE(static_cast<int>(a), static_cast<int>(b))

namespace {

QString uriFor(const QString &database, const QString &user = QString(), const std::optional<QString> &password = std::nullopt)
{
    return test::mysqlUri(database, user, password);
}

struct RealDelete
{
    bool failed = false;
    QString code, constraint, message;
    qint64 rows = 0;
};

} // namespace

class TestMysqlEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MysqlConnection> m_admin;

    // Recreates database `db` from `sql` (statements separated by ";\n").
    void makeDatabase(const QString &db, const QString &sql)
    {
        // Databases referenced from others' keys are dropped too.
        m_admin->exec(QStringLiteral("SET SESSION foreign_key_checks = 0"));
        m_admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(MysqlConnection::quoteName(db)));
        m_admin->exec(QStringLiteral("SET SESSION foreign_key_checks = 1"));
        m_admin->exec(QStringLiteral("CREATE DATABASE %1").arg(MysqlConnection::quoteName(db)));
        m_admin->exec(QStringLiteral("USE %1").arg(MysqlConnection::quoteName(db)));
        for (const QString &s : sql.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            if (!s.trimmed().isEmpty())
                m_admin->exec(s);
        }
    }
    ImpactResult predict(const QString &db, const QString &table, const QString &where)
    {
        MysqlConnection c(uriFor(db));
        const SchemaGraph graph = MysqlCatalogLoader(c, true).load(LoadOptions());
        ImpactRequest request;
        request.table = {db, table};
        request.where = where;
        return MysqlImpactEngine(c, graph).simulate(request);
    }
    RealDelete run(const QString &db, const QString &table, const QString &where)
    {
        RealDelete out;
        m_admin->exec(QStringLiteral("USE %1").arg(MysqlConnection::quoteName(db)));
        m_admin->exec(QStringLiteral("START TRANSACTION"));
        try {
            m_admin->exec(QStringLiteral("DELETE FROM %1 WHERE %2").arg(MysqlConnection::quoteName(table), where));
            out.rows = static_cast<qint64>(mysql_affected_rows(m_admin->raw()));
        } catch (const Error &e) {
            out.failed = true;
            out.code = e.server().code;
            out.message = e.server().message;
            out.constraint = QRegularExpression(QStringLiteral("CONSTRAINT `([^`]+)`")).match(out.message).captured(1);
        }
        m_admin->exec(QStringLiteral("ROLLBACK"));
        return out;
    }
    // The prediction and the server agree on the outcome and the first error.
    void agree(const ImpactResult &p, const RealDelete &r)
    {
        QCOMPARE(p.outcome != ImpactOutcome::Allowed, r.failed);
        if (r.failed) {
            QVERIFY(p.firstError.has_value());
            QCOMPARE(p.firstError->code, r.code);
            QCOMPARE(p.firstError->constraint, r.constraint);
            QCOMPARE(p.firstError->message, r.message);
        } else {
            QVERIFY(!p.firstError.has_value());
        }
    }

private slots:
    void initTestCase() { m_admin = std::make_unique<MysqlConnection>(uriFor(QString())); }

    void uriParts()
    {
        const MysqlUri u = MysqlUri::parse(QStringLiteral("mysql://app%40x:p%3Aw@db.example:3307/shop%20db?socket=/run/my.sock"));
        QCOMPARE(u.user, QStringLiteral("app@x"));
        QCOMPARE(u.password.value_or(QString()), QStringLiteral("p:w"));
        QCOMPARE(u.host, QStringLiteral("db.example"));
        QCOMPARE(u.port, 3307);
        QCOMPARE(u.database, QStringLiteral("shop db"));
        QCOMPARE(u.socket, QStringLiteral("/run/my.sock"));
        QVERIFY(!u.display().contains(QLatin1String("p:w")) && !u.display().contains(QLatin1String("p%3Aw")));
        QVERIFY(!MysqlUri::parse(QStringLiteral("mariadb://root@localhost/x")).password.has_value());
        QCOMPARE(MysqlUri::parse(QStringLiteral("mariadb://root:@localhost/x")).password.value_or(QStringLiteral("none")), QString());
        QVERIFY_THROWS_EXCEPTION(Error, MysqlUri::parse(QStringLiteral("mysql://h/a/b")));
        QVERIFY_THROWS_EXCEPTION(Error, MysqlUri::parse(QStringLiteral("mysql://h/a?sslmode=x")));
        QCOMPARE(SourceSpec::parse(QStringLiteral("mariadb://u@h/d")).engineId(), QStringLiteral("mysql"));
        QCOMPARE(SourceSpec::parse(QStringLiteral("MySQL://u@h/d")).engineId(), QStringLiteral("mysql"));
    }

    void connectionErrors()
    {
        // Wrong password, from the URI and from MYSQL_PWD.
        try {
            MysqlConnection c(uriFor(QString(), QStringLiteral("fkscope_pw"), QStringLiteral("wrong")));
            QFAIL("connected with a wrong password");
        } catch (const Error &e) {
            COMPARE_ENUM(e.kind(), ErrorKind::AuthenticationFailed);
            QCOMPARE(e.server().code, QStringLiteral("1045"));
        }
        qputenv("MYSQL_PWD", "secret");
        MysqlConnection ok(uriFor(QString(), QStringLiteral("fkscope_pw")));
        QCOMPARE(ok.currentUser(), QStringLiteral("fkscope_pw@localhost"));
        qunsetenv("MYSQL_PWD");
        // No server at that socket; no such database.
        try {
            MysqlConnection c(QStringLiteral("mysql://root@localhost/x?socket=/nonexistent/mysqld.sock"));
            QFAIL("connected to nothing");
        } catch (const Error &e) {
            COMPARE_ENUM(e.kind(), ErrorKind::Unreachable);
        }
        try {
            MysqlConnection c(uriFor(QStringLiteral("no_such_database_here")));
            QFAIL("connected to a missing database");
        } catch (const Error &e) {
            COMPARE_ENUM(e.kind(), ErrorKind::DatabaseMissing);
        }
    }

    void timeLimitAndCancel()
    {
        MysqlConnection c(uriFor(QString()));
        try {
            c.run(CancelToken(), 300, [&] { return c.scalar(QStringLiteral("SELECT SLEEP(5)")); });
            // MariaDB may end SLEEP early with 1 instead of an error when the limit fires.
        } catch (const Error &e) {
            QVERIFY2(e.kind() == ErrorKind::Timeout, qPrintable(e.summary() + QLatin1Char(' ') + e.server().code));
        }
        QElapsedTimer timer;
        timer.start();
        try {
            c.run(CancelToken(), 300, [&] { return c.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.COLUMNS a, information_schema.COLUMNS b, information_schema.COLUMNS c")); });
            QFAIL("the statement outlived its time limit");
        } catch (const Error &e) {
            COMPARE_ENUM(e.kind(), ErrorKind::Timeout);
        }
        QVERIFY(timer.elapsed() < 5000);
        // Cancel from another thread: KILL QUERY from a second connection.
        CancelToken token;
        std::thread canceller([token] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            token.cancel();
        });
        timer.restart();
        try {
            c.run(token, 0, [&] { return c.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.COLUMNS a, information_schema.COLUMNS b, information_schema.COLUMNS c")); });
            canceller.join();
            QFAIL("the statement was not cancelled");
        } catch (const Error &e) {
            canceller.join();
            COMPARE_ENUM(e.kind(), ErrorKind::Cancelled);
        }
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(c.scalar(QStringLiteral("SELECT 1")).toString(), QStringLiteral("1")); // still usable
    }

    void catalogOnCraftedSchemas()
    {
        makeDatabase(QStringLiteral("fk_other"), QStringLiteral("CREATE TABLE hub (id INT PRIMARY KEY)"));
        const QString db = QStringLiteral("fk Cat`alog");
        makeDatabase(db, QStringLiteral(
            "CREATE TABLE `Pärent ``x``` (a INT NOT NULL, b VARCHAR(10) NOT NULL, g INT, PRIMARY KEY (a, b), KEY kba (b, a), KEY kg (g DESC));\n"
            "CREATE TABLE `child table` (id INT PRIMARY KEY, pb VARCHAR(10), pa INT, pg INT, h INT,\n"
            "  CONSTRAINT `fk two` FOREIGN KEY (pb, pa) REFERENCES `Pärent ``x``` (b, a) ON DELETE CASCADE,\n"
            "  CONSTRAINT fk_g FOREIGN KEY (pg) REFERENCES `Pärent ``x``` (g) ON DELETE SET NULL ON UPDATE CASCADE,\n"
            "  CONSTRAINT fk_hub FOREIGN KEY (h) REFERENCES fk_other.hub (id)) ENGINE=InnoDB;\n"
            "CREATE TABLE sd (id INT PRIMARY KEY, pa INT, pb VARCHAR(10),\n"
            "  CONSTRAINT fk_sd FOREIGN KEY (pa, pb) REFERENCES `Pärent ``x``` (a, b) ON DELETE SET DEFAULT,\n"
            "  CONSTRAINT fk_na FOREIGN KEY (id) REFERENCES sd (id) ON DELETE NO ACTION)"));
        m_admin->exec(QStringLiteral("CREATE TABLE fk_other.back (id INT PRIMARY KEY, c INT, CONSTRAINT fk_back FOREIGN KEY (c) "
                                     "REFERENCES `fk Cat``alog`.`child table` (id) ON DELETE CASCADE)"));
        MysqlConnection c(uriFor(db));
        const SchemaGraph g = MysqlCatalogLoader(c, false).load(LoadOptions());
        QCOMPARE(g.source().engine, QStringLiteral("mysql"));
        QCOMPARE(g.source().flavor, QStringLiteral("mariadb"));
        QCOMPARE(g.source().database, db);
        const TableId parent = g.findTable(db, QStringLiteral("Pärent `x`"));
        const TableId child = g.findTable(db, QStringLiteral("child table"));
        QVERIFY(parent != kInvalidId && child != kInvalidId);
        QCOMPARE(g.table(parent).primaryKey, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        const TableId hub = g.findTable(QStringLiteral("fk_other"), QStringLiteral("hub"));
        const TableId back = g.findTable(QStringLiteral("fk_other"), QStringLiteral("back"));
        QVERIFY(hub != kInvalidId && g.table(hub).external);
        QVERIFY(back != kInvalidId && g.table(back).external && !g.table(back).columns.isEmpty());
        QHash<QString, ForeignKey> fks;
        for (const ForeignKey &fk : g.foreignKeys())
            fks.insert(fk.name, fk);
        QCOMPARE(fks.size(), 6);
        QCOMPARE(fks[QStringLiteral("fk two")].columns, (QStringList{QStringLiteral("pb"), QStringLiteral("pa")}));
        QCOMPARE(fks[QStringLiteral("fk two")].refColumns, (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
        COMPARE_ENUM(fks[QStringLiteral("fk two")].onDelete, FkAction::Cascade);
        COMPARE_ENUM(fks[QStringLiteral("fk_g")].onDelete, FkAction::SetNull);
        COMPARE_ENUM(fks[QStringLiteral("fk_g")].onUpdate, FkAction::Cascade);
        COMPARE_ENUM(fks[QStringLiteral("fk_hub")].onDelete, FkAction::Restrict); // written without a clause
        QCOMPARE(fks[QStringLiteral("fk_hub")].parent, hub);
        QCOMPARE(fks[QStringLiteral("fk_back")].child, back);
        // MariaDB drops ON DELETE SET DEFAULT when the key is created: the catalog says RESTRICT.
        COMPARE_ENUM(fks[QStringLiteral("fk_sd")].onDelete, FkAction::Restrict);
        COMPARE_ENUM(fks[QStringLiteral("fk_na")].onDelete, FkAction::NoAction);
        bool descending = false;
        for (const Index &index : g.table(parent).indexes) {
            if (index.name == QLatin1String("kg"))
                descending = index.descending == QStringList{QStringLiteral("g")};
        }
        QVERIFY(descending);
        QVERIFY(g.warnings().isEmpty());

        // A read-only account (SELECT only): MariaDB hides REFERENTIAL_CONSTRAINTS from it, yet it
        // gets the same keys with the same rules.
        {
            qputenv("MYSQL_PWD", "secret");
            MysqlConnection readOnly(uriFor(db, QStringLiteral("fkscope_pw")));
            qunsetenv("MYSQL_PWD");
            const SchemaGraph r = MysqlCatalogLoader(readOnly, false).load(LoadOptions());
            QCOMPARE(r.foreignKeys().size(), g.foreignKeys().size());
            for (const ForeignKey &fk : r.foreignKeys()) {
                const ForeignKey &full = fks[fk.name];
                QCOMPARE(fk.columns, full.columns);
                QCOMPARE(fk.refColumns, full.refColumns);
                COMPARE_ENUM(fk.onDelete, full.onDelete);
                COMPARE_ENUM(fk.onUpdate, full.onUpdate);
            }
        }

        // A user who sees single tables only: the graph lacks the others' keys, and says so.
        m_admin->exec(QStringLiteral("DROP USER IF EXISTS 'fk_narrow'@'localhost'"));
        m_admin->exec(QStringLiteral("CREATE USER 'fk_narrow'@'localhost'"));
        m_admin->exec(QStringLiteral("GRANT SELECT ON `fk Cat``alog`.`Pärent ``x``` TO 'fk_narrow'@'localhost'"));
        MysqlConnection narrow(uriFor(db, QStringLiteral("fk_narrow")));
        const SchemaGraph n = MysqlCatalogLoader(narrow, false).load(LoadOptions());
        QCOMPARE(n.foreignKeys().size(), 0);
        QCOMPARE(n.warnings().size(), 1);
        QVERIFY2(n.warnings().first().contains(QLatin1String("invisible")), qPrintable(n.warnings().first()));
        m_admin->exec(QStringLiteral("DROP USER 'fk_narrow'@'localhost'"));
        m_admin->exec(QStringLiteral("SET SESSION foreign_key_checks = 0"));
        m_admin->exec(QStringLiteral("DROP DATABASE fk_other"));
        m_admin->exec(QStringLiteral("SET SESSION foreign_key_checks = 1"));
    }

    // Tables dropped and created again by another connection while catalogs are read (a migration
    // running beside the user): no load fails. A vanished table is left out with a warning; every key
    // in the graph joins tables the graph has. The SELECT-only account reads rules through SHOW CREATE
    // TABLE, which fails on a table dropped since KEY_COLUMN_USAGE listed it.
    void tablesDroppedDuringTheLoad()
    {
        const QString db = QStringLiteral("fk_churn");
        QString ddl = QStringLiteral("CREATE TABLE p (id INT PRIMARY KEY);\n");
        const int children = 30;
        for (int i = 0; i < children; ++i)
            ddl += QStringLiteral("CREATE TABLE c%1 (id INT PRIMARY KEY, p INT, CONSTRAINT fk_c%1 FOREIGN KEY (p) REFERENCES p (id) ON DELETE CASCADE);\n").arg(i);
        makeDatabase(db, ddl);
        std::atomic<bool> stop{false};
        std::atomic<int> churned{0};
        std::thread churn([&] {
            MysqlConnection c(uriFor(db));
            for (int i = 0; !stop; i = (i + 1) % children) {
                c.exec(QStringLiteral("DROP TABLE c%1").arg(i));
                c.exec(QStringLiteral("CREATE TABLE c%1 (id INT PRIMARY KEY, p INT, CONSTRAINT fk_c%1 FOREIGN KEY (p) REFERENCES p (id) ON DELETE CASCADE)").arg(i));
                ++churned;
            }
        });
        int loads = 0, warned = 0;
        QString failure;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 4000 && failure.isEmpty()) {
            try {
                MysqlConnection reader(uriFor(db, QStringLiteral("fkscope_pw"), QStringLiteral("secret")));
                const SchemaGraph g = MysqlCatalogLoader(reader, false).load(LoadOptions());
                ++loads;
                if (std::any_of(g.warnings().begin(), g.warnings().end(), [](const QString &w) { return w.contains(QLatin1String("was dropped")); }))
                    ++warned;
                for (const ForeignKey &fk : g.foreignKeys()) {
                    if (g.table(fk.child).columns.isEmpty() || g.table(fk.parent).columns.isEmpty())
                        failure = QStringLiteral("key %1 joins a table without columns").arg(fk.name);
                }
            } catch (const Error &e) {
                failure = e.summary();
            }
        }
        stop = true;
        churn.join();
        qInfo("%d loads beside %d drop-and-create pairs; %d loads left a dropped table out", loads, churned.load(), warned);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(loads > 0 && churned > 0);
    }

    // A row whose RESTRICT self-reference points at itself cannot be deleted: its own index entry is
    // still there when the check runs.
    void restrictSelfReferenceOnItself()
    {
        makeDatabase(QStringLiteral("fk_self"), QStringLiteral(
            "CREATE TABLE t (id INT PRIMARY KEY, p INT, CONSTRAINT fk_self FOREIGN KEY (p) REFERENCES t (id) ON DELETE RESTRICT);\n"
            "INSERT INTO t VALUES (1, 1), (2, NULL)"));
        const ImpactResult p = predict(QStringLiteral("fk_self"), QStringLiteral("t"), QStringLiteral("id = 1"));
        COMPARE_ENUM(p.outcome, ImpactOutcome::Blocked);
        agree(p, run(QStringLiteral("fk_self"), QStringLiteral("t"), QStringLiteral("id = 1")));
        agree(predict(QStringLiteral("fk_self"), QStringLiteral("t"), QStringLiteral("id = 2")),
              run(QStringLiteral("fk_self"), QStringLiteral("t"), QStringLiteral("id = 2")));
        // Sessions that start without foreign-key checks: said in a warning.
        m_admin->exec(QStringLiteral("SET GLOBAL foreign_key_checks = 0"));
        const ImpactResult off = predict(QStringLiteral("fk_self"), QStringLiteral("t"), QStringLiteral("id = 1"));
        m_admin->exec(QStringLiteral("SET GLOBAL foreign_key_checks = 1"));
        QVERIFY(std::any_of(off.warnings.begin(), off.warnings.end(),
                            [](const QString &w) { return w.startsWith(QLatin1String("foreign_key_checks is 0")); }));
    }

    // 14 nested cascade levels work, the 15th fails, for SET NULL too.
    void nestingLimit()
    {
        QString sql = QStringLiteral("CREATE TABLE c0 (id INT PRIMARY KEY);\nINSERT INTO c0 VALUES (1);\n");
        for (int i = 1; i <= 16; ++i) {
            const QString action = i == 15 ? QStringLiteral("SET NULL") : QStringLiteral("CASCADE");
            sql += QStringLiteral("CREATE TABLE c%1 (id INT PRIMARY KEY, p INT, CONSTRAINT fk_c%1 FOREIGN KEY (p) REFERENCES c%2 (id) ON DELETE %3);\n"
                                  "INSERT INTO c%1 VALUES (1, 1);\n")
                       .arg(i)
                       .arg(i - 1)
                       .arg(action);
        }
        makeDatabase(QStringLiteral("fk_deep"), sql);
        const ImpactResult deep = predict(QStringLiteral("fk_deep"), QStringLiteral("c0"), QStringLiteral("id = 1"));
        COMPARE_ENUM(deep.outcome, ImpactOutcome::Blocked);
        QCOMPARE(deep.firstError->code, QStringLiteral("1296"));
        QCOMPARE(deep.firstError->constraint, QStringLiteral("fk_c15")); // the SET NULL at level 15
        COMPARE_ENUM(deep.blockers.first().kind, BlockerKind::CascadeTooDeep);
        agree(deep, run(QStringLiteral("fk_deep"), QStringLiteral("c0"), QStringLiteral("id = 1")));
        const ImpactResult ok = predict(QStringLiteral("fk_deep"), QStringLiteral("c1"), QStringLiteral("id = 1"));
        COMPARE_ENUM(ok.outcome, ImpactOutcome::Allowed);
        QCOMPARE(ok.effect({QStringLiteral("fk_deep"), QStringLiteral("c14")})->deleted, 1);
        QCOMPARE(ok.effect({QStringLiteral("fk_deep"), QStringLiteral("c15")})->setNull, 1);
        agree(ok, run(QStringLiteral("fk_deep"), QStringLiteral("c1"), QStringLiteral("id = 1")));
    }

    // A level with more parent keys than one query binds (1,000), through a self reference: the
    // chunks after the first must read their keys while the first ones' rows are filed into the
    // same table's rows (they were read through pointers into that list, which the filing grows).
    void manyKeysInOneLevel()
    {
        makeDatabase(QStringLiteral("fk_many"), QStringLiteral(
            "CREATE TABLE t (id INT PRIMARY KEY, p INT, CONSTRAINT fk_t_p FOREIGN KEY (p) REFERENCES t (id) ON DELETE CASCADE);\n"
            "CREATE TABLE r (id INT PRIMARY KEY, t_id INT, CONSTRAINT fk_r_t FOREIGN KEY (t_id) REFERENCES t (id) ON DELETE RESTRICT);\n"
            "INSERT INTO t SELECT seq, NULL FROM seq_1_to_2500;\n"
            "INSERT INTO t SELECT seq, seq - 2500 FROM seq_2501_to_7500;\n"
            "INSERT INTO r VALUES (1, 7400)"));
        // Every root: the RESTRICT row under the grandchild 7400 (of root 2400) blocks.
        const ImpactResult blocked = predict(QStringLiteral("fk_many"), QStringLiteral("t"), QStringLiteral("p IS NULL"));
        COMPARE_ENUM(blocked.outcome, ImpactOutcome::Blocked);
        QCOMPARE(blocked.firstError->constraint, QStringLiteral("fk_r_t"));
        agree(blocked, run(QStringLiteral("fk_many"), QStringLiteral("t"), QStringLiteral("p IS NULL")));
        // Every root but 2400: three generations of 2,499 rows go.
        const QString where = QStringLiteral("p IS NULL AND id <> 2400");
        const ImpactResult allowed = predict(QStringLiteral("fk_many"), QStringLiteral("t"), where);
        COMPARE_ENUM(allowed.outcome, ImpactOutcome::Allowed);
        QCOMPARE(allowed.effect({QStringLiteral("fk_many"), QStringLiteral("t")})->deleted, 3 * 2499);
        agree(allowed, run(QStringLiteral("fk_many"), QStringLiteral("t"), where));
        m_admin->exec(QStringLiteral("START TRANSACTION"));
        m_admin->exec(QStringLiteral("DELETE FROM t WHERE %1").arg(where));
        QCOMPARE(m_admin->scalar(QStringLiteral("SELECT COUNT(*) FROM t")).toLongLong(), 7500 - 3 * 2499);
        m_admin->exec(QStringLiteral("ROLLBACK"));
    }

    // One parent key with more children than one part of a chunk's rows (16,384 cells): the rows
    // are filed in parts while the rest arrive, and the children keep their index order.
    void aHubsChildrenFiledInParts()
    {
        makeDatabase(QStringLiteral("fk_hub"), QStringLiteral(
            "CREATE TABLE hub (id INT PRIMARY KEY);\n"
            "CREATE TABLE kid (id INT PRIMARY KEY, hub_id INT NOT NULL, CONSTRAINT fk_kid_hub FOREIGN KEY (hub_id) REFERENCES hub (id) ON DELETE CASCADE);\n"
            "CREATE TABLE pin (id INT PRIMARY KEY, kid_id INT, CONSTRAINT fk_pin_kid FOREIGN KEY (kid_id) REFERENCES kid (id) ON DELETE RESTRICT);\n"
            "CREATE TABLE tag (id INT PRIMARY KEY, kid_id INT, CONSTRAINT fk_tag_kid FOREIGN KEY (kid_id) REFERENCES kid (id) ON DELETE SET NULL);\n"
            "INSERT INTO hub VALUES (1), (2);\n"
            "INSERT INTO kid SELECT seq, 1 + seq % 2 FROM seq_1_to_24000;\n"
            "INSERT INTO tag SELECT seq, seq FROM seq_1_to_24000;\n"
            "INSERT INTO pin VALUES (1, 23999), (2, 21001)"));
        // Hub 2's 12,000 children (24,000 cells: filed in two parts), two of them held by RESTRICT.
        const ImpactResult blocked = predict(QStringLiteral("fk_hub"), QStringLiteral("hub"), QStringLiteral("id = 2"));
        COMPARE_ENUM(blocked.outcome, ImpactOutcome::Blocked);
        QCOMPARE(blocked.blockers.first().rows, 2);
        agree(blocked, run(QStringLiteral("fk_hub"), QStringLiteral("hub"), QStringLiteral("id = 2")));
        // Hub 1's: 12,000 go, their 12,000 tags are set NULL.
        const ImpactResult allowed = predict(QStringLiteral("fk_hub"), QStringLiteral("hub"), QStringLiteral("id = 1"));
        COMPARE_ENUM(allowed.outcome, ImpactOutcome::Allowed);
        QCOMPARE(allowed.effect({QStringLiteral("fk_hub"), QStringLiteral("kid")})->deleted, 12000);
        QCOMPARE(allowed.effect({QStringLiteral("fk_hub"), QStringLiteral("tag")})->setNull, 12000);
        agree(allowed, run(QStringLiteral("fk_hub"), QStringLiteral("hub"), QStringLiteral("id = 1")));
    }

    // A RESTRICT child that the same statement also cascades away: whether it blocks depends on
    // which key InnoDB visits first, which is the byte order of the constraint names.
    void constraintNamesDecide()
    {
        for (const QString &cascadeName : {QStringLiteral("a_cascade"), QStringLiteral("z_cascade")}) {
            makeDatabase(QStringLiteral("fk_names"), QStringLiteral(
                "CREATE TABLE p (id INT PRIMARY KEY);\n"
                "CREATE TABLE c (id INT PRIMARY KEY, p1 INT, p2 INT, CONSTRAINT %1 FOREIGN KEY (p1) REFERENCES p (id) ON DELETE CASCADE,\n"
                "  CONSTRAINT m_restrict FOREIGN KEY (p2) REFERENCES p (id) ON DELETE RESTRICT);\n"
                "INSERT INTO p VALUES (1);\nINSERT INTO c VALUES (1, 1, 1)").arg(cascadeName));
            const ImpactResult p = predict(QStringLiteral("fk_names"), QStringLiteral("p"), QStringLiteral("id = 1"));
            COMPARE_ENUM(p.outcome, cascadeName.startsWith(QLatin1Char('a')) ? ImpactOutcome::Allowed : ImpactOutcome::Blocked);
            QVERIFY(p.blockers.isEmpty() || p.blockers.first().certain); // predicted, not hedged
            agree(p, run(QStringLiteral("fk_names"), QStringLiteral("p"), QStringLiteral("id = 1")));
        }
    }

    // InnoDB checks a parent's foreign keys grouped by the parent index they use, in its data
    // dictionary's index order: an index added in place by ALTER TABLE comes last there, while
    // information_schema.STATISTICS lists unique keys first. Here the CASCADE through kb (created
    // with the table) removes the child row before the RESTRICT through ka (added later) looks: the
    // DELETE works. Without the PROCESS privilege that order cannot be read, and the answer says so.
    void indexAddedLaterIsCheckedLast()
    {
        makeDatabase(QStringLiteral("fk_ixorder"), QStringLiteral(
            "CREATE TABLE p (id INT PRIMARY KEY, a INT NOT NULL, b INT NOT NULL, KEY kb (b));\n"
            "ALTER TABLE p ADD UNIQUE KEY ka (a), ALGORITHM=INPLACE;\n"
            "CREATE TABLE c (id INT PRIMARY KEY, x INT, y INT, KEY kx (x), KEY ky (y),\n"
            "  CONSTRAINT f1 FOREIGN KEY (x) REFERENCES p (a) ON DELETE RESTRICT,\n"
            "  CONSTRAINT f2 FOREIGN KEY (y) REFERENCES p (b) ON DELETE CASCADE);\n"
            "INSERT INTO p VALUES (1, 10, 20);\nINSERT INTO c VALUES (1, 10, 20)"));
        // The catalog lists ka before kb; InnoDB has them the other way round.
        QCOMPARE(m_admin->scalar(QStringLiteral("SELECT GROUP_CONCAT(DISTINCT INDEX_NAME) FROM information_schema.STATISTICS WHERE "
                                                "TABLE_SCHEMA = 'fk_ixorder' AND TABLE_NAME = 'p' AND INDEX_NAME <> 'PRIMARY'")).toString(),
                 QStringLiteral("ka,kb"));
        const RealDelete real = run(QStringLiteral("fk_ixorder"), QStringLiteral("p"), QStringLiteral("id = 1"));
        QVERIFY(!real.failed);
        const ImpactResult p = predict(QStringLiteral("fk_ixorder"), QStringLiteral("p"), QStringLiteral("id = 1"));
        COMPARE_ENUM(p.outcome, ImpactOutcome::Allowed);
        agree(p, real);
        QVERIFY(p.warnings.filter(QStringLiteral("index order")).isEmpty());

        m_admin->exec(QStringLiteral("DROP USER IF EXISTS 'fk_noprocess'@'localhost'"));
        m_admin->exec(QStringLiteral("CREATE USER 'fk_noprocess'@'localhost'"));
        m_admin->exec(QStringLiteral("GRANT SELECT ON fk_ixorder.* TO 'fk_noprocess'@'localhost'"));
        MysqlConnection narrow(uriFor(QStringLiteral("fk_ixorder"), QStringLiteral("fk_noprocess")));
        const SchemaGraph graph = MysqlCatalogLoader(narrow, true).load(LoadOptions());
        ImpactRequest request;
        request.table = {QStringLiteral("fk_ixorder"), QStringLiteral("p")};
        request.where = QStringLiteral("id = 1");
        const ImpactResult guessed = MysqlImpactEngine(narrow, graph).simulate(request);
        const QStringList said = guessed.warnings.filter(QStringLiteral("index order"));
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().contains(QLatin1String("PROCESS")), qPrintable(said.first()));
        m_admin->exec(QStringLiteral("DROP USER 'fk_noprocess'@'localhost'"));
    }

    // Deleting a parent of a non-unique key acts on every child with that value, even though another
    // parent row keeps it.
    void nonUniqueParent()
    {
        makeDatabase(QStringLiteral("fk_nonunique"), QStringLiteral(
            "CREATE TABLE p (id INT PRIMARY KEY, g INT, KEY kg (g));\n"
            "CREATE TABLE c (id INT PRIMARY KEY, pg INT, CONSTRAINT fk_g FOREIGN KEY (pg) REFERENCES p (g) ON DELETE CASCADE);\n"
            "INSERT INTO p VALUES (1, 5), (2, 5);\nINSERT INTO c VALUES (1, 5), (2, 5), (3, 5)"));
        const ImpactResult p = predict(QStringLiteral("fk_nonunique"), QStringLiteral("p"), QStringLiteral("id = 1"));
        COMPARE_ENUM(p.outcome, ImpactOutcome::Allowed);
        QCOMPARE(p.effect({QStringLiteral("fk_nonunique"), QStringLiteral("c")})->deleted, 3);
        MysqlLiveDatabase live(uriFor(QStringLiteral("fk_nonunique")));
        const SchemaGraph graph = live.loadGraph(LoadOptions());
        ImpactRequest request;
        request.table = live.resolveTable(graph, QStringLiteral("p"));
        request.where = QStringLiteral("id = 1");
        const ObservedDelete observed = live.verifyDelete(graph, request, CancelToken());
        QVERIFY(!observed.failed);
        QCOMPARE(observed.rootRows, 1);
        QCOMPARE(observed.deleted.value(QStringLiteral("fk_nonunique.c")), 3);
        // Rolled back: the rows are all still there.
        QCOMPARE(m_admin->scalar(QStringLiteral("SELECT COUNT(*) FROM fk_nonunique.c")).toInt(), 3);
    }

    // String keys match as the collation compares them: case-insensitive, trailing spaces ignored
    // (PAD SPACE), so one parent takes children spelt three ways.
    void collationDecidesWhichChildrenMatch()
    {
        makeDatabase(QStringLiteral("fk_collation"), QStringLiteral(
            "CREATE TABLE p (a INT NOT NULL, b VARCHAR(10) NOT NULL, PRIMARY KEY (a, b), KEY kba (b, a)) COLLATE utf8mb4_general_ci;\n"
            "CREATE TABLE c (id INT PRIMARY KEY, pb VARCHAR(10), pa INT, CONSTRAINT fk_two FOREIGN KEY (pb, pa) REFERENCES p (b, a) "
            "ON DELETE CASCADE) COLLATE utf8mb4_general_ci;\n"
            "CREATE TABLE n (id INT PRIMARY KEY, k VARCHAR(10) COLLATE utf8mb4_nopad_bin, KEY kk (k));\n"
            "CREATE TABLE nc (id INT PRIMARY KEY, nk VARCHAR(10) COLLATE utf8mb4_nopad_bin, CONSTRAINT fk_n FOREIGN KEY (nk) REFERENCES n (k) "
            "ON DELETE CASCADE);\n"
            "INSERT INTO p VALUES (1, 'Abc'), (2, 'x');\nINSERT INTO c VALUES (1, 'abc', 1), (2, 'ABC ', 1), (3, 'x', 2), (4, 'aBc', 1);\n"
            "INSERT INTO n VALUES (1, 'k'), (2, 'k ');\nINSERT INTO nc VALUES (1, 'k'), (2, 'k ')"));
        const ImpactResult p = predict(QStringLiteral("fk_collation"), QStringLiteral("p"), QStringLiteral("a = 1"));
        COMPARE_ENUM(p.outcome, ImpactOutcome::Allowed);
        QCOMPARE(p.effect({QStringLiteral("fk_collation"), QStringLiteral("c")})->deleted, 3);
        // NO PAD and binary: only the exact spelling.
        const ImpactResult n = predict(QStringLiteral("fk_collation"), QStringLiteral("n"), QStringLiteral("id = 1"));
        QCOMPARE(n.effect({QStringLiteral("fk_collation"), QStringLiteral("nc")})->deleted, 1);
        m_admin->exec(QStringLiteral("START TRANSACTION"));
        m_admin->exec(QStringLiteral("DELETE FROM fk_collation.p WHERE a = 1"));
        QCOMPARE(m_admin->scalar(QStringLiteral("SELECT COUNT(*) FROM fk_collation.c")).toInt(), 1);
        m_admin->exec(QStringLiteral("DELETE FROM fk_collation.n WHERE id = 1"));
        QCOMPARE(m_admin->scalar(QStringLiteral("SELECT COUNT(*) FROM fk_collation.nc")).toInt(), 1);
        m_admin->exec(QStringLiteral("ROLLBACK"));
    }

    // The seed story: a batch job deletes script_reference rows and meets ERROR 1451 from two
    // forgotten NO ACTION children. impact names the constraint the server raises; the plan deletes
    // children first and runs clean.
    void seedStory()
    {
        makeDatabase(QStringLiteral("tinybots"), QStringLiteral(
            "CREATE TABLE script_reference (id INT PRIMARY KEY, archived TINYINT NOT NULL DEFAULT 0);\n"
            "CREATE TABLE event_trigger_setting (id INT PRIMARY KEY, default_script_ref_id INT, fallback_script_ref_id INT,\n"
            "  CONSTRAINT fk_event_trigger_setting_default_script_ref_id FOREIGN KEY (default_script_ref_id) REFERENCES script_reference (id) ON DELETE NO ACTION,\n"
            "  CONSTRAINT fk_event_trigger_setting_fallback_script_ref_id FOREIGN KEY (fallback_script_ref_id) REFERENCES script_reference (id) ON DELETE NO ACTION);\n"
            "CREATE TABLE script_step (id INT PRIMARY KEY, script_ref_id INT NOT NULL, next_step_id INT,\n"
            "  CONSTRAINT fk_script_step_ref FOREIGN KEY (script_ref_id) REFERENCES script_reference (id) ON DELETE CASCADE,\n"
            "  CONSTRAINT fk_script_step_next FOREIGN KEY (next_step_id) REFERENCES script_step (id) ON DELETE RESTRICT);\n"
            "INSERT INTO script_reference VALUES (1, 1), (2, 1), (3, 0);\n"
            "INSERT INTO event_trigger_setting VALUES (10, 1, 3), (11, 3, 2), (12, 3, 3);\n"
            "INSERT INTO script_step VALUES (100, 1, NULL), (101, 1, 100), (102, 2, NULL), (103, 3, NULL)"));
        const QString where = QStringLiteral("archived = 1");
        const ImpactResult p = predict(QStringLiteral("tinybots"), QStringLiteral("script_reference"), where);
        COMPARE_ENUM(p.outcome, ImpactOutcome::Blocked);
        QCOMPARE(p.firstError->code, QStringLiteral("1451"));
        QCOMPARE(p.firstError->constraint, QStringLiteral("fk_event_trigger_setting_default_script_ref_id"));
        QCOMPARE(p.blockers.size(), 3); // both NO ACTION keys, and the RESTRICT chain of steps
        agree(p, run(QStringLiteral("tinybots"), QStringLiteral("script_reference"), where));
        const QByteArray json = toJson(p);
        QVERIFY(json.contains("\"first_error\": {"));
        QVERIFY(json.contains("\"code\": \"1451\""));

        // The plan, run for real on this scratch database.
        MysqlLiveDatabase live(uriFor(QStringLiteral("tinybots")));
        const SchemaGraph graph = live.loadGraph(LoadOptions());
        ImpactRequest request;
        request.table = live.resolveTable(graph, QStringLiteral("tinybots.script_reference"));
        request.where = where;
        const QString plan = live.deletePlan(graph, request, p);
        QVERIFY2(plan.contains(QLatin1String("START TRANSACTION;")), qPrintable(plan));
        QString statement;
        for (const QString &line : plan.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("--")) || line.trimmed().isEmpty())
                continue;
            statement += line + QLatin1Char('\n');
            if (line.trimmed().endsWith(QLatin1Char(';'))) {
                try {
                    m_admin->exec(statement);
                } catch (const Error &e) {
                    QFAIL(qPrintable(QStringLiteral("%1\nfailed: %2\n%3").arg(statement, e.summary(), plan)));
                }
                statement.clear();
            }
        }
        QCOMPARE(m_admin->scalar(QStringLiteral("SELECT COUNT(*) FROM tinybots.script_reference")).toInt(), 1);
        QCOMPARE(m_admin->scalar(QStringLiteral("SELECT COUNT(*) FROM tinybots.event_trigger_setting")).toInt(), 1);
        QCOMPARE(m_admin->scalar(QStringLiteral("SELECT COUNT(*) FROM tinybots.script_step")).toInt(), 1);
    }

    // A read-only server (a replica, read_only = ON) and a read-only account: the simulation runs
    // (EXPLAIN DELETE is refused, EXPLAIN SELECT stands in); the verification says why it cannot run.
    void readOnlyServerAndAccount()
    {
        makeDatabase(QStringLiteral("fk_replica"), QStringLiteral(
            "CREATE TABLE p (id INT PRIMARY KEY);\n"
            "CREATE TABLE c (id INT PRIMARY KEY, p INT, CONSTRAINT fk_c FOREIGN KEY (p) REFERENCES p (id));\n"
            "INSERT INTO p VALUES (1), (2);\nINSERT INTO c VALUES (1, 1)"));
        m_admin->exec(QStringLiteral("DROP USER IF EXISTS 'fk_rw'@'localhost'"));
        m_admin->exec(QStringLiteral("CREATE USER 'fk_rw'@'localhost'"));
        m_admin->exec(QStringLiteral("GRANT SELECT, DELETE ON fk_replica.* TO 'fk_rw'@'localhost'"));
        m_admin->exec(QStringLiteral("SET GLOBAL read_only = 1"));
        struct Writable
        {
            MysqlConnection &admin;
            ~Writable() { admin.exec(QStringLiteral("SET GLOBAL read_only = 0")); }
        } writable{*m_admin};
        qputenv("MYSQL_PWD", "secret");
        MysqlLiveDatabase selectOnly(uriFor(QStringLiteral("fk_replica"), QStringLiteral("fkscope_pw")));
        qunsetenv("MYSQL_PWD");
        const SchemaGraph graph = selectOnly.loadGraph(LoadOptions());
        ImpactRequest request;
        request.table = selectOnly.resolveTable(graph, QStringLiteral("p"));
        request.where = QStringLiteral("id = 1");
        const ImpactResult p = selectOnly.simulate(graph, request, CancelToken(), {});
        COMPARE_ENUM(p.outcome, ImpactOutcome::Blocked);
        QCOMPARE(p.firstError->constraint, QStringLiteral("fk_c"));
        try {
            selectOnly.verifyDelete(graph, request, CancelToken());
            QFAIL("verified without the DELETE privilege");
        } catch (const Error &e) {
            COMPARE_ENUM(e.kind(), ErrorKind::PermissionDenied);
        }
        MysqlLiveDatabase rw(uriFor(QStringLiteral("fk_replica"), QStringLiteral("fk_rw")));
        try {
            rw.verifyDelete(graph, request, CancelToken());
            QFAIL("verified on a read-only server");
        } catch (const Error &e) {
            COMPARE_ENUM(e.kind(), ErrorKind::Unsupported);
            QVERIFY2(e.summary().contains(QLatin1String("read-only")), qPrintable(e.summary()));
        }
        m_admin->exec(QStringLiteral("DROP USER 'fk_rw'@'localhost'"));
    }

    void rowPages()
    {
        makeDatabase(QStringLiteral("fk_rows"), QStringLiteral(
            "CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(300), data VARBINARY(10));\n"
            "INSERT INTO t VALUES (1, 'a', X'00FF'), (2, NULL, NULL), (3, REPEAT('x', 300), NULL)"));
        MysqlLiveDatabase live(uriFor(QStringLiteral("fk_rows")));
        const SchemaGraph graph = live.loadGraph(LoadOptions());
        RowPageRequest r;
        r.table = {QStringLiteral("fk_rows"), QStringLiteral("t")};
        r.limit = 2;
        r.maxTextLength = 50;
        const RowPage page = live.fetchRows(graph, r, CancelToken());
        QCOMPARE(page.cells.size(), 2);
        QVERIFY(page.hasMore);
        QCOMPARE(page.keyValues.first(), QStringList{QStringLiteral("1")});
        QCOMPARE(page.cells[0][2].toString(), QStringLiteral("0x00FF"));
        QVERIFY(page.cells[1][1].isNull());
        r.offset = 2;
        const RowPage last = live.fetchRows(graph, r, CancelToken());
        QCOMPARE(last.cells.size(), 1);
        QCOMPARE(last.cells[0][1].toString().size(), 50);
        QVERIFY(!last.hasMore);
    }

    void cleanupTestCase()
    {
        m_admin->exec(QStringLiteral("SET SESSION foreign_key_checks = 0"));
        for (const char *db : {"fk_other", "fk_replica", "fk_collation", "fk Cat`alog", "fk_self", "fk_deep", "fk_names", "fk_nonunique", "tinybots", "fk_rows", "fk_churn"})
            m_admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(MysqlConnection::quoteName(QLatin1String(db))));
    }
};

QTEST_GUILESS_MAIN(TestMysqlEngine)
#include "tst_mysqlengine.moc"
