// SPDX-License-Identifier: Apache-2.0
#include "randomschema.h"

#include "schema/rules.h"

#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <pqxx/result>
#include <pqxx/transaction>

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace fkscope::test {

RandomSchemaGenerator::RandomSchemaGenerator(quint64 seed, RandomProfile profile, int maxTables)
: m_rng(seed)
, m_profile(profile)
, m_maxTables(maxTables)
{
}

RandomCase RandomSchemaGenerator::make(const QString &schema)
{
    // The Mixed profile draws exactly the numbers it always drew: a seed names the same cases.
    const bool cycles = m_profile == RandomProfile::Cycles;
    RandomCase c;
    c.schema = schema;
    c.tables = cycles ? pick(2, std::max(2, m_maxTables)) : pick(2, m_maxTables);
    const int fkCount = cycles ? pick(c.tables, c.tables * 3) : pick(1, c.tables * 2);
    for (int i = 0; i < c.tables; ++i)
        c.rows.append(cycles ? pick(2, 30) : pick(2, 9));
    // Foreign keys.
    for (int n = 0; n < fkCount; ++n) {
        RandomFk fk;
        fk.child = pick(0, c.tables - 1);
        fk.parent = chance(cycles ? 35 : 15) ? fk.child : pick(0, c.tables - 1);
        fk.composite = chance(20);
        fk.name = QStringLiteral("fk%1_t%2_t%3").arg(n).arg(fk.child).arg(fk.parent);
        const int r = pick(1, 100);
        if (cycles)
            fk.action = r <= 55 ? FkAction::Cascade
                      : r <= 67 ? FkAction::SetNull
                      : r <= 77 ? FkAction::SetDefault
                      : r <= 87 ? FkAction::Restrict
                                : FkAction::NoAction;
        else
            fk.action = r <= 30 ? FkAction::Cascade
                      : r <= 48 ? FkAction::SetNull
                      : r <= 58 ? FkAction::SetDefault
                      : r <= 73 ? FkAction::Restrict
                                : FkAction::NoAction;
        fk.chain = cycles && fk.parent == fk.child && !fk.composite && chance(50);
        if (fk.composite) {
            fk.columns = {QStringLiteral("f%1a").arg(n), QStringLiteral("f%1b").arg(n)};
            fk.matchFull = chance(40);
            fk.setColumnSubset = fk.action == FkAction::SetNull && !fk.matchFull && chance(40);
        } else {
            fk.columns = {QStringLiteral("f%1").arg(n)};
        }
        fk.notNull = !fk.composite && chance(20);
        if (fk.action == FkAction::NoAction) {
            fk.deferrable = chance(35);
            fk.deferred = fk.deferrable && chance(70);
        }
        fk.notValid = chance(8);
        if (fk.action == FkAction::SetDefault || chance(10)) {
            const int d = pick(1, 3);
            const int parentRows = c.rows[fk.parent];
            fk.defaultSql = d == 1 ? QString() : d == 2 ? QString::number(pick(1, parentRows)) : QStringLiteral("999");
        }
        c.fks.append(fk);
    }
    // Tables, with their FK columns.
    QList<QStringList> columnsOf(c.tables);
    QList<QString> checkOf(c.tables);
    QList<bool> checkNotValid(c.tables, false);
    for (const RandomFk &fk : c.fks) {
        for (int i = 0; i < fk.columns.size(); ++i) {
            QString col = fk.columns[i] + QStringLiteral(" integer");
            if (fk.notNull)
                col += QStringLiteral(" NOT NULL");
            if (!fk.defaultSql.isEmpty())
                col += QStringLiteral(" DEFAULT ") + (i == 0 ? fk.defaultSql : QStringLiteral("(%1 % 3)").arg(fk.defaultSql));
            columnsOf[fk.child] << col;
        }
    }
    for (int t = 0; t < c.tables; ++t) {
        QStringList cols{QStringLiteral("id integer PRIMARY KEY"), QStringLiteral("k1 integer NOT NULL"),
                         QStringLiteral("k2 integer NOT NULL"), QStringLiteral("v integer NOT NULL")};
        cols << columnsOf[t] << QStringLiteral("UNIQUE (k1, k2)");
        c.ddl << QStringLiteral("CREATE TABLE %1.t%2 (%3)").arg(schema).arg(t).arg(cols.join(QStringLiteral(", ")));
        // CHECK constraints: "one of two FK columns set" (the models/jobs story) or "v >= 0".
        QStringList single;
        for (const RandomFk &fk : c.fks) {
            if (fk.child == t && !fk.composite && !fk.notNull)
                single << fk.columns.first();
        }
        if (chance(35)) {
            checkOf[t] = single.size() >= 2 ? QStringLiteral("(%1 IS NOT NULL OR %2 IS NOT NULL)").arg(single[0], single[1])
                                            : QStringLiteral("(v >= 0)");
            checkNotValid[t] = chance(30);
        }
    }
    // Data: keys k1 = id, k2 = id % 3; FK values reference existing parent rows (or dangle
    // when the FK is NOT VALID).
    for (int t = 0; t < c.tables; ++t) {
        for (int id = 1; id <= c.rows[t]; ++id) {
            QStringList names{QStringLiteral("id"), QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("v")};
            const int v = checkNotValid[t] && chance(30) ? -1 : pick(0, 9);
            QStringList values{QString::number(id), QString::number(id), QString::number(id % 3), QString::number(v)};
            QHash<QString, QString> fkValues;
            for (const RandomFk &fk : c.fks) {
                if (fk.child != t)
                    continue;
                const bool null = !fk.notNull && chance(25);
                int ref = fk.chain ? std::max(1, id - 1) : pick(1, c.rows[fk.parent]);
                if (fk.notValid && chance(20))
                    ref = 777;
                if (fk.composite) {
                    const bool partial = !fk.matchFull && chance(10);
                    fkValues[fk.columns[0]] = null ? QStringLiteral("NULL") : QString::number(ref);
                    fkValues[fk.columns[1]] = null || partial ? QStringLiteral("NULL") : QString::number(ref % 3);
                } else {
                    fkValues[fk.columns[0]] = null ? QStringLiteral("NULL") : QString::number(ref);
                }
            }
            // Keep a valid "one of two columns" CHECK satisfied.
            if (!checkOf[t].isEmpty() && !checkNotValid[t] && checkOf[t].contains(QLatin1String("IS NOT NULL"))) {
                const QString a = checkOf[t].mid(1).section(QLatin1Char(' '), 0, 0);
                const QString b = checkOf[t].section(QLatin1String("OR "), 1).section(QLatin1Char(' '), 0, 0);
                if (fkValues.value(a) == QLatin1String("NULL") && fkValues.value(b) == QLatin1String("NULL"))
                    fkValues[a] = QStringLiteral("1");
            }
            for (auto it = fkValues.constBegin(); it != fkValues.constEnd(); ++it) {
                names << it.key();
                values << it.value();
            }
            c.ddl << QStringLiteral("INSERT INTO %1.t%2 (%3) VALUES (%4)")
                         .arg(schema)
                         .arg(t)
                         .arg(names.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
        }
    }
    // Constraints, in random order (trigger names, and so same-row firing order, follow creation).
    QStringList constraints;
    for (int t = 0; t < c.tables; ++t) {
        if (!checkOf[t].isEmpty())
            constraints << QStringLiteral("ALTER TABLE %1.t%2 ADD CONSTRAINT t%2_check CHECK %3%4")
                               .arg(schema)
                               .arg(t)
                               .arg(checkOf[t], checkNotValid[t] ? QStringLiteral(" NOT VALID") : QString());
    }
    for (const RandomFk &fk : c.fks) {
        const QString refCols = fk.composite ? QStringLiteral("(k1, k2)") : QStringLiteral("(id)");
        QString action = toSql(fk.action);
        if (fk.setColumnSubset)
            action += QStringLiteral(" (%1)").arg(fk.columns[1]);
        QString sql = QStringLiteral("ALTER TABLE %1.t%2 ADD CONSTRAINT %3 FOREIGN KEY (%4) REFERENCES %1.t%5 %6 %7 "
                                     "ON DELETE %8")
                          .arg(schema)
                          .arg(fk.child)
                          .arg(fk.name, fk.columns.join(QStringLiteral(", ")))
                          .arg(fk.parent)
                          .arg(refCols, fk.matchFull ? QStringLiteral("MATCH FULL") : QString(), action);
        if (fk.deferrable)
            sql += fk.deferred ? QStringLiteral(" DEFERRABLE INITIALLY DEFERRED") : QStringLiteral(" DEFERRABLE");
        if (fk.notValid)
            sql += QStringLiteral(" NOT VALID");
        constraints << sql;
    }
    std::shuffle(constraints.begin(), constraints.end(), m_rng);
    c.ddl << constraints;
    // The delete.
    const int root = pick(0, c.tables - 1);
    c.root = QStringLiteral("%1.t%2").arg(schema).arg(root);
    if (chance(50)) {
        QStringList ids;
        for (int i = pick(1, 3); i > 0; --i)
            ids << QString::number(pick(1, c.rows[root]));
        c.where = QStringLiteral("id IN (%1)").arg(ids.join(QStringLiteral(", ")));
    } else {
        c.where = QStringLiteral("id <= %1").arg(pick(1, c.rows[root]));
    }
    return c;
}


namespace {

QString match(const QString &text, const char *pattern)
{
    const QRegularExpressionMatch m = QRegularExpression(QString::fromLatin1(pattern)).match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QHash<QString, QString> snapshotRows(pqxx::transaction_base &tx, const RandomCase &c)
{
    QHash<QString, QString> rows;
    for (int t = 0; t < c.tables; ++t) {
        const pqxx::result r = tx.exec(QStringLiteral("SELECT id, row_to_json(x)::text FROM %1.t%2 x").arg(c.schema).arg(t).toStdString());
        for (const pqxx::row &row : r)
            rows.insert(QStringLiteral("t%1/%2").arg(t).arg(QString::fromUtf8(row[0].c_str())), QString::fromUtf8(row[1].c_str()));
    }
    return rows;
}

} // namespace

ObservedOutcome runReal(pqxx::connection &conn, const RandomCase &c)
{
    ObservedOutcome o;
    pqxx::work tx(conn);
    const QHash<QString, QString> before = snapshotRows(tx, c);
    QElapsedTimer timer;
    timer.start();
    try {
        tx.exec(QStringLiteral("DELETE FROM %1 WHERE %2").arg(c.root, c.where).toStdString());
        o.deleteMs = timer.elapsed();
    } catch (const pqxx::sql_error &e) {
        o.deleteMs = timer.elapsed();
        o.outcome = QStringLiteral("blocked");
        o.sqlstate = QString::fromStdString(e.sqlstate());
        o.message = QString::fromUtf8(e.what());
        o.constraint = match(o.message, "constraint \"([^\"]+)\"");
        o.column = match(o.message, "column \"([^\"]+)\"");
        o.table = match(o.message, "relation \"([^\"]+)\"");
        return o;
    }
    const QHash<QString, QString> after = snapshotRows(tx, c);
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        const QString table = it.key().section(QLatin1Char('/'), 0, 0);
        if (!after.contains(it.key()))
            ++o.deleted[table];
        else if (after.value(it.key()) != it.value())
            ++o.updated[table];
    }
    try {
        tx.exec("SET CONSTRAINTS ALL IMMEDIATE");
        o.outcome = QStringLiteral("allowed");
    } catch (const pqxx::sql_error &e) {
        o.outcome = QStringLiteral("blocked_at_commit");
        o.sqlstate = QString::fromStdString(e.sqlstate());
        o.message = QString::fromUtf8(e.what());
        o.constraint = match(o.message, "constraint \"([^\"]+)\"");
    }
    tx.abort();
    return o;
}

QString compareWithReal(const ImpactResult &p, const ObservedOutcome &o, bool *orderDependent)
{
    const bool anyCertain = std::any_of(p.blockers.begin(), p.blockers.end(), [](const ImpactBlocker &b) {
        return b.certain && b.kind != BlockerKind::DeferredNoAction;
    });
    *orderDependent = p.orderDependent() && !anyCertain;
    const QString predicted = toString(p.outcome);
    // An order-dependent prediction allows two answers: blocked (an uncertain blocker fires), or what
    // the outcome is without the uncertain blockers (blocked at commit when a deferred one remains).
    const bool deferred = std::any_of(p.blockers.begin(), p.blockers.end(),
                                      [](const ImpactBlocker &b) { return b.kind == BlockerKind::DeferredNoAction; });
    const QString withoutUncertain = deferred ? QStringLiteral("blocked_at_commit") : QStringLiteral("allowed");
    const bool accepted = predicted == o.outcome
                       || (*orderDependent && (o.outcome == QLatin1String("blocked") || o.outcome == withoutUncertain));
    if (!accepted)
        return QStringLiteral("outcome: predicted %1, PostgreSQL %2 (%3)").arg(predicted, o.outcome, o.message);
    if (o.outcome == QLatin1String("blocked") || o.outcome == QLatin1String("blocked_at_commit")) {
        const bool named = std::any_of(p.blockers.begin(), p.blockers.end(), [&](const ImpactBlocker &b) {
            if (o.sqlstate == QLatin1String("23502"))
                return b.kind == BlockerKind::NotNull && b.column == o.column && b.table.name == o.table;
            return b.constraint == o.constraint || b.engineNames.contains(o.constraint);
        });
        if (!named)
            return QStringLiteral("PostgreSQL named %1 (%2), which is not among the predicted blockers: %3")
                .arg(o.constraint.isEmpty() ? o.column : o.constraint, o.sqlstate, o.message);
        if (o.outcome == QLatin1String("blocked"))
            return QString();
    }
    // The statement ran: counts must match exactly.
    QSet<QString> tables;
    for (const ImpactEffect &e : p.effects)
        tables.insert(e.table.name);
    for (const QString &t : o.deleted.keys() + o.updated.keys())
        tables.insert(t);
    for (const QString &t : tables) {
        const ImpactEffect *e = p.effect({p.root.schema, t});
        const qint64 pd = e ? e->deleted : 0;
        const qint64 pu = e ? e->updated : 0;
        if (pd != o.deleted.value(t) || pu != o.updated.value(t))
            return QStringLiteral("%1: predicted %2 deleted / %3 updated, PostgreSQL %4 / %5")
                .arg(t)
                .arg(pd)
                .arg(pu)
                .arg(o.deleted.value(t))
                .arg(o.updated.value(t));
    }
    return QString();
}


void createCase(pqxx::connection &conn, const RandomCase &c)
{
    pqxx::work tx(conn);
    tx.exec(QStringLiteral("CREATE SCHEMA %1").arg(c.schema).toStdString());
    for (const QString &sql : c.ddl)
        tx.exec(sql.toStdString());
    tx.commit();
}

void dropCase(pqxx::connection &conn, const RandomCase &c)
{
    pqxx::nontransaction drop(conn);
    drop.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(c.schema).toStdString());
}

} // namespace fkscope::test
