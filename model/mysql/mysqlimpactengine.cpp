// SPDX-License-Identifier: Apache-2.0
#include "mysqlimpactengine.h"

#include "impact/impactbuilder.h"
#include "mysqlconnection.h"

#include "core/jsonwriter.h"
#include "source/livedatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <future>
#include <map>
#include <optional>
#include <unordered_map>
#include <utility>

namespace fkscope {

namespace {

QString q(const QString &identifier) { return MysqlConnection::quoteName(identifier); }

constexpr int kChunk = 1000; // parent keys bound per query
constexpr size_t kFilingBatch = 16384; // cells fetched before a part of a chunk's rows is filed

bool isStringType(const QString &type)
{
    const QString t = type.toLower();
    return t.contains(QLatin1String("char")) || t.contains(QLatin1String("text")) || t.startsWith(QLatin1String("enum"))
        || t.startsWith(QLatin1String("set"));
}

// InnoDB's view of one table: its indexes in InnoDB's order (the clustered index first) and the
// columns the replay reads.
struct TableInfo
{
    QStringList identity; // columns that tell rows apart (primary key, else a unique NOT NULL key, else all)
    bool hiddenClustered = false; // no primary or unique NOT NULL key: InnoDB orders rows by a hidden row id
    QList<QStringList> indexes; // InnoDB order; [0] is the clustered index (empty when hidden)
    QList<QStringList> descending; // per index: its columns kept in descending order
    QStringList columns; // read for each row: identity, referenced columns, FK columns
    QList<bool> weighted; // per column: compared through WEIGHT_STRING (string types)
    int cells = 0; // values selected per row: the columns, then a weight per weighted column
    QList<bool> padded; // per weighted column: a PAD SPACE collation (trailing spaces do not count)
    QHash<QString, int> position;

    // ORDER BY terms that read rows in the order of index `index` (a secondary index ends with the
    // clustered index's columns).
    QStringList orderTerms(int index, const QString &alias) const
    {
        QStringList terms;
        QStringList seen;
        auto add = [&](int i) {
            for (const QString &col : indexes[i]) {
                if (col.contains(QLatin1Char('(')) || seen.contains(col))
                    continue; // a prefix key part orders like its column, which follows anyway
                seen << col;
                terms << alias + QLatin1Char('.') + MysqlConnection::quoteName(col)
                        + (descending[i].contains(col) ? QStringLiteral(" DESC") : QString());
            }
        };
        add(index);
        if (index != 0)
            add(0);
        return terms;
    }

    int indexStartingWith(const QStringList &cols) const
    {
        for (int i = 0; i < indexes.size(); ++i) {
            if (indexes[i].size() >= cols.size() && indexes[i].mid(0, static_cast<int>(cols.size())) == cols)
                return i;
        }
        return -1;
    }
};

// A row as the server sends it (bytes in the connection's character set, utf8mb4).
struct Row
{
    QByteArray identity; // the values of TableInfo::identity: tells the row from the table's others
    QList<QByteArray> values; // TableInfo::columns; NULL is a null QByteArray
    QList<QByteArray> weights; // per weighted column: HEX(WEIGHT_STRING(col)); else null
    bool expanded = false; // its children are read
};

// A key of one value is the value itself (shared, not copied); a key of several holds each one's
// length and bytes, or a marker for NULL, so that no two keys read alike.
void appendPart(QByteArray &key, const QByteArray &value)
{
    const quint32 length = value.isNull() ? 0xffffffffu : static_cast<quint32>(value.size());
    key.append(reinterpret_cast<const char *>(&length), sizeof length);
    key.append(value);
}

struct RowState
{
    bool deleted = false; // clustered record delete-marked
    bool nulledCounted = false; // counted among its table's rows set NULL
    int markedThrough = -1; // secondary indexes up to this position are delete-marked
    QSet<QString> nulled; // columns SET NULL by a cascade
};

struct Blocked
{
    ForeignKeyId fk = kInvalidId;
    BlockerKind kind = BlockerKind::Restrict;
    QSet<QByteArray> rows;
    QList<QString> sample;
    bool certain = true;
};

} // namespace

MysqlImpactEngine::MysqlImpactEngine(MysqlConnection &connection, const SchemaGraph &graph)
    : m_connection(connection)
    , m_graph(graph)
{
}

QString MysqlImpactEngine::relation(const TableRef &table)
{
    return q(table.schema) + QLatin1Char('.') + q(table.name);
}

TableRef MysqlImpactEngine::resolveTable(const SchemaGraph &graph, const QString &defaultDatabase, const QString &name)
{
    // Split DB.NAME, honouring backticks.
    QStringList parts;
    QString current;
    bool quoted = false;
    const QString text = name.trimmed();
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('`')) {
            if (quoted && i + 1 < text.size() && text[i + 1] == QLatin1Char('`')) {
                current += c;
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == QLatin1Char('.') && !quoted) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    if (quoted || parts.size() > 2 || parts.contains(QString()))
        throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "Cannot read the table name %1 (write TABLE or DATABASE.TABLE).").arg(name));
    const QString db = parts.size() == 2 ? parts[0] : defaultDatabase;
    const QString table = parts.last();
    if (graph.findTable(db, table) != kInvalidId)
        return {db, table};
    // Table names are case-sensitive on Linux (lower_case_table_names=0) but not everywhere: a
    // single match that differs only in case is taken.
    TableRef found;
    int matches = 0;
    for (const Table &t : graph.tables()) {
        if ((db.isEmpty() || t.schema.compare(db, Qt::CaseInsensitive) == 0) && t.name.compare(table, Qt::CaseInsensitive) == 0) {
            found = t.ref();
            ++matches;
        }
    }
    if (matches == 1)
        return found;
    if (db.isEmpty())
        throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "No database is selected: name the table as DATABASE.TABLE, or give the database in the URI."));
    throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "There is no table %1.%2.").arg(db, table));
}

QString MysqlImpactEngine::rootPredicate(const ImpactRequest &request, const QString &alias, QVariantList &params)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return requestPredicate(
        request, [&](const QString &column) { return prefix + q(column); },
        [&](const QString &value) {
            params << value;
            return QStringLiteral("?");
        });
}

QString MysqlImpactEngine::constraintText(const SchemaGraph &graph, const ForeignKey &fk)
{
    const Table &child = graph.table(fk.child);
    const Table &parent = graph.table(fk.parent);
    QStringList cols, refs;
    for (const QString &c : fk.columns)
        cols << q(c);
    for (const QString &c : fk.refColumns)
        refs << q(c);
    const QString parentName = parent.schema == child.schema ? q(parent.name) : relation(parent.ref());
    QString text = QStringLiteral("%1, CONSTRAINT %2 FOREIGN KEY (%3) REFERENCES %4 (%5)")
                       .arg(relation(child.ref()), q(fk.name), cols.join(QStringLiteral(", ")), parentName, refs.join(QStringLiteral(", ")));
    auto action = [](FkAction a) -> QString {
        switch (a) {
        case FkAction::Cascade: return QStringLiteral("CASCADE");
        case FkAction::SetNull: return QStringLiteral("SET NULL");
        case FkAction::NoAction: return QStringLiteral("NO ACTION");
        case FkAction::SetDefault: return QStringLiteral("SET DEFAULT");
        case FkAction::Restrict: return QString();
        }
        return QString();
    };
    if (!action(fk.onDelete).isEmpty())
        text += QStringLiteral(" ON DELETE ") + action(fk.onDelete);
    if (!action(fk.onUpdate).isEmpty())
        text += QStringLiteral(" ON UPDATE ") + action(fk.onUpdate);
    return text;
}

ImpactResult MysqlImpactEngine::simulate(const ImpactRequest &request, const CancelToken &cancel, const ProgressFn &progress)
{
    QElapsedTimer timer;
    timer.start();
    const TableId root = checkRequest(m_graph, request);
    MysqlConnection &c = m_connection;
    const bool mariadb = c.server().isMariaDb();

    // InnoDB's own index order: its data dictionary's, the order indexes were created in (an index
    // added in place by ALTER TABLE comes last). information_schema.STATISTICS and SHOW INDEX list
    // unique keys first instead, and the order decides which foreign keys InnoDB checks first (a
    // RESTRICT checked before or after the CASCADE that removes its row). Read once, for every
    // database of the graph whose name InnoDB stores unchanged ("db/table"; other characters are
    // encoded in its file-name form). Needs the PROCESS privilege.
    std::optional<QHash<QString, QStringList>> innodbOrder;
    QString innodbOrderProblem;
    QStringList innodbOrderUnknown; // tables with two or more secondary indexes in an unknown order
    auto innodbIndexes = [&](const Table &t) -> const QStringList * {
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_]+$"));
        if (!innodbOrder) {
            innodbOrder.emplace();
            QStringList schemas;
            for (const Table &table : m_graph.tables()) {
                if (!table.external && plain.match(table.schema).hasMatch() && !schemas.contains(table.schema))
                    schemas << table.schema;
            }
            QStringList likes;
            QVariantList params;
            for (const QString &schema : std::as_const(schemas)) {
                likes << QStringLiteral("t.NAME LIKE ?");
                params << schema + QStringLiteral("/%");
            }
            if (!likes.isEmpty()) {
                try {
                    MysqlStatement s(c, QStringLiteral("SELECT t.NAME, i.NAME FROM information_schema.%1 i JOIN information_schema.%2 t "
                                                       "ON t.TABLE_ID = i.TABLE_ID WHERE %3 ORDER BY i.INDEX_ID")
                                            .arg(mariadb ? QStringLiteral("INNODB_SYS_INDEXES") : QStringLiteral("INNODB_INDEXES"),
                                                 mariadb ? QStringLiteral("INNODB_SYS_TABLES") : QStringLiteral("INNODB_TABLES"),
                                                 likes.join(QStringLiteral(" OR "))));
                    s.execute(params);
                    while (s.fetch())
                        (*innodbOrder)[s.text(0)] << s.text(1);
                } catch (const Error &e) {
                    if (e.kind() != ErrorKind::PermissionDenied && e.kind() != ErrorKind::DatabaseError)
                        throw;
                    innodbOrderProblem = e.server().message.isEmpty() ? e.summary() : e.server().message;
                }
            }
        }
        const auto it = innodbOrder->constFind(t.schema + QLatin1Char('/') + t.name);
        return it == innodbOrder->constEnd() || !plain.match(t.name).hasMatch() ? nullptr : &*it;
    };

    // ---- InnoDB's view of each table, built when the replay first needs it.
    // Node-based maps: references to their values stay valid while the replay adds more.
    std::unordered_map<TableId, TableInfo> infos;
    auto info = [&](TableId id) -> const TableInfo & {
        auto it = infos.find(id);
        if (it != infos.end())
            return it->second;
        const Table &t = m_graph.table(id);
        TableInfo ti;
        // The clustered index: the primary key, else the first unique index of NOT NULL columns,
        // else a hidden row id. Then the secondary indexes in the table's index order.
        int clusteredIndex = -1;
        for (int i = 0; i < t.indexes.size() && clusteredIndex < 0; ++i) {
            if (t.indexes[i].primary)
                clusteredIndex = i;
        }
        for (int i = 0; i < t.indexes.size() && clusteredIndex < 0; ++i) {
            const Index &index = t.indexes[i];
            const bool notNull = std::all_of(index.columns.begin(), index.columns.end(), [&](const QString &col) {
                const Column *column = t.column(col);
                return column && column->notNull;
            });
            if (index.unique && notNull && !index.columns.isEmpty())
                clusteredIndex = i;
        }
        const QStringList clustered = clusteredIndex >= 0 ? t.indexes[clusteredIndex].columns : QStringList();
        ti.hiddenClustered = clustered.isEmpty();
        ti.indexes << clustered;
        ti.descending << (clusteredIndex >= 0 ? t.indexes[clusteredIndex].descending : QStringList());
        QList<int> secondary;
        for (int i = 0; i < t.indexes.size(); ++i) {
            if (i != clusteredIndex)
                secondary << i;
        }
        if (const QStringList *order = innodbIndexes(t)) {
            auto position = [&](int i) {
                const qsizetype at = order->indexOf(t.indexes[i].name);
                return at < 0 ? order->size() : at;
            };
            std::stable_sort(secondary.begin(), secondary.end(), [&](int a, int b) { return position(a) < position(b); });
        } else if (secondary.size() >= 2) {
            innodbOrderUnknown << qualifiedName(t.ref());
        }
        for (int i : std::as_const(secondary)) {
            ti.indexes << t.indexes[i].columns;
            ti.descending << t.indexes[i].descending;
        }
        ti.identity = clustered;
        if (ti.identity.isEmpty()) {
            for (const Column &col : t.columns)
                ti.identity << col.name;
        }
        // String columns compare by their collation: case, accents and (PAD SPACE collations, all
        // of MariaDB's but the _nopad_ ones) trailing spaces may not count.
        QHash<QString, bool> noPad;
        if (std::any_of(t.columns.begin(), t.columns.end(), [](const Column &col) { return isStringType(col.type); })) {
            MysqlStatement collations(m_connection, QStringLiteral(
                "SELECT c.COLUMN_NAME, c.COLLATION_NAME, %1 FROM information_schema.COLUMNS c "
                "WHERE c.TABLE_SCHEMA = ? AND c.TABLE_NAME = ? AND c.COLLATION_NAME IS NOT NULL")
                .arg(m_connection.server().isMariaDb()
                         ? QStringLiteral("c.COLLATION_NAME LIKE '%nopad%'")
                         : QStringLiteral("(SELECT co.PAD_ATTRIBUTE = 'NO PAD' FROM information_schema.COLLATIONS co "
                                          "WHERE co.COLLATION_NAME = c.COLLATION_NAME)")));
            collations.execute({t.schema, t.name});
            while (collations.fetch())
                noPad.insert(collations.text(0), collations.text(2) == QLatin1String("1"));
        }
        auto add = [&](const QString &col) {
            if (!ti.position.contains(col)) {
                ti.position.insert(col, static_cast<int>(ti.columns.size()));
                ti.columns << col;
                const Column *column = t.column(col);
                ti.weighted << (column && isStringType(column->type));
                ti.cells += ti.weighted.last() ? 2 : 1;
                ti.padded << !noPad.value(col, false);
            }
        };
        for (const QString &col : ti.identity)
            add(col);
        for (ForeignKeyId fk : m_graph.incoming(id)) {
            for (const QString &col : m_graph.foreignKey(fk).refColumns)
                add(col);
        }
        for (ForeignKeyId fk : m_graph.outgoing(id)) {
            for (const QString &col : m_graph.foreignKey(fk).columns)
                add(col);
        }
        return infos.emplace(id, std::move(ti)).first->second;
    };

    // The select list for rows of `id`: its columns, then the weights of its string columns.
    auto selectList = [&](TableId id, const QString &alias) {
        const TableInfo &ti = info(id);
        QStringList list;
        for (const QString &col : ti.columns)
            list << alias + QLatin1Char('.') + q(col);
        for (int i = 0; i < ti.columns.size(); ++i) {
            if (ti.weighted[i])
                list << (ti.padded[i] ? QStringLiteral("HEX(WEIGHT_STRING(TRIM(TRAILING ' ' FROM %1.%2)))")
                                      : QStringLiteral("HEX(WEIGHT_STRING(%1.%2))"))
                            .arg(alias, q(ti.columns[i]));
        }
        return list.join(QStringLiteral(", "));
    };
    // The cells of one fetched row (selectList's columns; a null QByteArray is NULL).
    auto fetchCells = [](MysqlStatement &s, std::vector<QByteArray> &cells) {
        for (int i = 0; i < s.columnCount(); ++i) {
            QByteArray v = s.isNull(i) ? QByteArray() : s.bytes(i);
            if (!s.isNull(i) && v.isNull())
                v = QByteArray("");
            cells.push_back(std::move(v));
        }
    };
    // Only reads `infos` (TableInfo of `id` is built before).
    auto readRow = [&](const TableInfo &ti, const QByteArray *cells) {
        Row row;
        const int n = static_cast<int>(ti.columns.size());
        const bool anyWeighted = ti.cells > n;
        row.values.reserve(n);
        if (anyWeighted)
            row.weights.reserve(n);
        int w = n;
        for (int i = 0; i < n; ++i) {
            row.values << cells[i];
            if (anyWeighted)
                row.weights << (ti.weighted[i] ? cells[w++] : QByteArray());
        }
        // The identity columns come first in TableInfo::columns. A key's one column is never NULL.
        if (ti.identity.size() == 1 && !ti.hiddenClustered) {
            row.identity = row.values[0];
        } else {
            row.identity.reserve(12 * ti.identity.size());
            for (int i = 0; i < ti.identity.size(); ++i)
                appendPart(row.identity, row.values[i]);
        }
        return row;
    };
    // The key a row has (or looks for) through `cols`; null when a value is NULL.
    auto keyOf = [&](TableId id, const Row &row, const QStringList &cols, const RowState *state) -> QByteArray {
        const TableInfo &ti = info(id);
        if (cols.size() == 1) {
            const int p = ti.position.value(cols.first(), -1);
            if (p < 0 || row.values[p].isNull() || (state && state->nulled.contains(cols.first())))
                return QByteArray();
            return ti.weighted[p] ? row.weights[p] : row.values[p];
        }
        QByteArray key;
        key.reserve(12 * cols.size());
        for (const QString &col : cols) {
            const int p = ti.position.value(col, -1);
            if (p < 0 || row.values[p].isNull() || (state && state->nulled.contains(col)))
                return QByteArray();
            appendPart(key, ti.weighted[p] ? row.weights[p] : row.values[p]);
        }
        return key;
    };

    ImpactResultBuilder build(m_graph, root, QStringLiteral("mysql"));
    ImpactResult &result = build.result();

    return c.run(cancel, request.timeoutMs, [&]() -> ImpactResult {
        // ---- The statement's rows, in its scan order.
        QVariantList params;
        const QString predicate = rootPredicate(request, QStringLiteral("r"), params);
        const Table &rootTable = m_graph.table(root);
        QString scanKey;
        bool scanKnown = true;
        {
            QVariantList explainParams;
            const QString explainPredicate = rootPredicate(request, QString(), explainParams);
            // EXPLAIN DELETE is refused in a READ ONLY transaction (and on a read-only server): it
            // runs before the transaction, and EXPLAIN SELECT stands in where it is refused.
            std::unique_ptr<MysqlStatement> explainStatement;
            try {
                explainStatement = std::make_unique<MysqlStatement>(c, QStringLiteral("EXPLAIN DELETE FROM %1 WHERE %2").arg(relation(rootTable.ref()), explainPredicate));
                explainStatement->execute(explainParams);
            } catch (const Error &e) {
                if (e.kind() != ErrorKind::DatabaseError && e.kind() != ErrorKind::PermissionDenied)
                    throw;
                explainStatement = std::make_unique<MysqlStatement>(c, QStringLiteral("EXPLAIN SELECT * FROM %1 WHERE %2").arg(relation(rootTable.ref()), explainPredicate));
                explainStatement->execute(explainParams);
            }
            MysqlStatement &explain = *explainStatement;
            int typeColumn = -1, keyColumn = -1;
            for (int i = 0; i < explain.columnCount(); ++i) {
                if (explain.columnName(i).compare(QLatin1String("type"), Qt::CaseInsensitive) == 0)
                    typeColumn = i;
                if (explain.columnName(i).compare(QLatin1String("key"), Qt::CaseInsensitive) == 0)
                    keyColumn = i;
            }
            if (explain.fetch()) {
                const QString type = typeColumn >= 0 ? explain.text(typeColumn) : QString();
                scanKey = keyColumn >= 0 && !explain.isNull(keyColumn) ? explain.text(keyColumn) : QString();
                if (type == QLatin1String("index_merge") || scanKey.contains(QLatin1Char(',')))
                    scanKnown = false;
            }
            while (explain.fetch()) {
            }
        }
        // A server whose sessions start with foreign_key_checks = 0 ignores every key.
        const bool checksOff = c.scalar(QStringLiteral("SELECT @@GLOBAL.foreign_key_checks")).toString() == QLatin1String("0");
        if (mariadb) {
            // MariaDB turns an IN list of 1,000 values or more into a join with a temporary table
            // that is then sorted; the index's ranges come out in order without it.
            try {
                c.exec(QStringLiteral("SET SESSION in_predicate_conversion_threshold = 0"));
            } catch (const Error &) {
                // before 10.3.18: no such conversion
            }
        }
        MysqlTransaction transaction(c);

        const TableInfo &rootInfo = info(root);
        // The index the DELETE reads, by its position in InnoDB's order.
        int scanIndex = 0;
        if (!scanKey.isEmpty() && scanKey != QLatin1String("PRIMARY")) {
            for (const Index &index : rootTable.indexes) {
                if (index.name == scanKey)
                    scanIndex = std::max(0, static_cast<int>(rootInfo.indexes.indexOf(index.columns)));
            }
        }
        const QStringList order = rootInfo.orderTerms(scanIndex, QStringLiteral("r"));
        if (rootInfo.hiddenClustered)
            scanKnown = false;
        QList<QList<Row>> rows; // per table id: rows read
        QList<QHash<QByteArray, int>> byIdentity(m_graph.tables().size()); // per table id
        rows.resize(m_graph.tables().size());
        qint64 rowsRead = 0;
        auto remember = [&](TableId id, Row &&row) -> int {
            QHash<QByteArray, int> &known = byIdentity[id];
            const int index = static_cast<int>(rows[id].size());
            const qsizetype before = known.size();
            int &slot = known[row.identity];
            if (known.size() == before)
                return slot; // read before
            slot = index;
            rows[id].append(std::move(row));
            if (++rowsRead > kMaxRows)
                throw Error(ErrorKind::Unsupported, QCoreApplication::translate("fkscope::Messages", "The DELETE reaches more than %1 rows: too many to replay in InnoDB's order here.").arg(kMaxRows));
            return index;
        };
        QList<int> rootRows;
        {
            MysqlStatement s(c, QStringLiteral("SELECT %1 FROM %2 r WHERE %3%4")
                                    .arg(selectList(root, QStringLiteral("r")), relation(rootTable.ref()), predicate,
                                         order.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "))));
            s.execute(params);
            std::vector<QByteArray> cells;
            while (s.fetch()) {
                cells.clear();
                fetchCells(s, cells);
                rootRows << remember(root, readRow(rootInfo, cells.data()));
            }
        }
        result.rootRows = rootRows.size();

        // ---- Every row the statement can reach, level by level: for each foreign key, the child
        // rows of each parent key, in the child index's order.
        // children[fk][parent key] = rows of the child table (indexes into rows[child]), in order.
        QHash<ForeignKeyId, QHash<QByteArray, QList<int>>> children;
        QHash<ForeignKeyId, QSet<QByteArray>> asked;
        QList<QPair<TableId, int>> frontier;
        // Marks a row's children as to be read; false when they are already.
        auto expand = [&](TableId id, int index) {
            Row &row = rows[id][index];
            return !std::exchange(row.expanded, true);
        };
        for (int r : rootRows) {
            if (expand(root, r))
                frontier.append({root, r});
        }
        int level = 0;
        while (!frontier.isEmpty()) {
            if (cancel.isCancelled())
                throw Error(ErrorKind::Cancelled, QCoreApplication::translate("fkscope::Messages", "The simulation was cancelled."));
            if (progress)
                progress(level, 0, QStringLiteral("levels"));
            ++level;
            QHash<TableId, QList<int>> byTable;
            for (const auto &p : frontier)
                byTable[p.first].append(p.second);
            frontier.clear();
            // The level's queries: for each foreign key, its parent keys not asked for yet, by
            // chunks. Every TableInfo they need is built here, before rows are read.
            struct Job
            {
                ForeignKeyId fk;
                QVariantList values; // the chunk's parent keys, column by column
                int keys;
            };
            QList<Job> jobs;
            for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
                const TableId parentId = it.key();
                const TableInfo &pi = info(parentId);
                for (ForeignKeyId fkId : m_graph.incoming(parentId)) {
                    const ForeignKey &fk = m_graph.foreignKey(fkId);
                    if (m_graph.table(fk.child).external && m_graph.table(fk.child).columns.isEmpty())
                        continue;
                    info(fk.child);
                    QSet<QByteArray> &askedHere = asked[fkId];
                    children[fkId];
                    QList<int> refPositions;
                    for (const QString &col : fk.refColumns)
                        refPositions << pi.position.value(col);
                    // A key of the clustered index is each row's own, and a row's children are
                    // asked for once: nothing to remember.
                    const bool ownKey = !pi.hiddenClustered && fk.refColumns.size() == pi.identity.size()
                        && std::all_of(fk.refColumns.begin(), fk.refColumns.end(), [&](const QString &col) { return pi.identity.contains(col); });
                    for (int r : it.value()) {
                        const Row &row = rows[parentId][r];
                        if (ownKey) {
                            if (std::any_of(refPositions.begin(), refPositions.end(), [&](int p) { return row.values[p].isNull(); }))
                                continue;
                        } else {
                            const QByteArray key = keyOf(parentId, row, fk.refColumns, nullptr);
                            if (key.isNull() || askedHere.contains(key))
                                continue;
                            askedHere.insert(key);
                        }
                        if (jobs.isEmpty() || jobs.last().fk != fkId || jobs.last().keys == kChunk)
                            jobs.append({fkId, {}, 0});
                        for (int p : std::as_const(refPositions))
                            jobs.last().values << row.values[p];
                        ++jobs.last().keys;
                    }
                }
            }
            // The rows of one chunk, in the child index's order: remembered, filed under their
            // parent key, and the cascaded ones queued for the next level. Touches only the rows,
            // `children` and the frontier, and reads TableInfos built above: it runs on a second
            // thread while this one waits for the server's answer to the next chunk.
            auto file = [&](ForeignKeyId fkId, std::vector<QByteArray> cells) {
                const ForeignKey &fk = m_graph.foreignKey(fkId);
                const TableId childId = fk.child;
                const TableInfo &ci = info(childId);
                QHash<QByteArray, QList<int>> &childrenHere = children[fkId];
                for (size_t at = 0; at < cells.size(); at += static_cast<size_t>(ci.cells)) {
                    Row row = readRow(ci, cells.data() + at);
                    const QByteArray key = keyOf(childId, row, fk.columns, nullptr);
                    const int index = remember(childId, std::move(row));
                    childrenHere[key].append(index);
                    // A row first met through RESTRICT may be reached by a CASCADE later.
                    if (fk.onDelete == FkAction::Cascade && expand(childId, index))
                        frontier.append({childId, index});
                }
            };
            // A future of std::async waits for its thread when it goes: an error thrown here
            // leaves only after the filing of the chunk before.
            std::future<void> filing;
            auto waitForFiling = [&]() {
                if (filing.valid())
                    filing.get(); // rethrows what the filing threw
            };
            std::unique_ptr<MysqlStatement> statement;
            std::pair<ForeignKeyId, int> statementFor{kInvalidId, 0};
            for (Job &job : jobs) {
                if (cancel.isCancelled())
                    throw Error(ErrorKind::Cancelled, QCoreApplication::translate("fkscope::Messages", "The simulation was cancelled."));
                const ForeignKey &fk = m_graph.foreignKey(job.fk);
                const TableId childId = fk.child;
                // Whole chunks of one foreign key ask the same question: prepared once. One
                // column: c.col IN (?, ...); several: ORs of ANDs (both read the index by ranges).
                if (statementFor != std::make_pair(job.fk, job.keys)) {
                    const TableInfo &ci = info(childId);
                    const QStringList childOrder = ci.orderTerms(std::max(ci.indexStartingWith(fk.columns), 0), QStringLiteral("c"));
                    QStringList ors;
                    for (int k = 0; k < job.keys; ++k) {
                        QStringList ands;
                        for (const QString &col : fk.columns)
                            ands << (fk.columns.size() == 1 ? QStringLiteral("?") : QStringLiteral("c.%1 = ?").arg(q(col)));
                        ors << (fk.columns.size() == 1 ? ands.first() : QLatin1Char('(') + ands.join(QStringLiteral(" AND ")) + QLatin1Char(')'));
                    }
                    const QString condition = fk.columns.size() == 1
                        ? QStringLiteral("c.%1 IN (%2)").arg(q(fk.columns.first()), ors.join(QStringLiteral(", ")))
                        : ors.join(QStringLiteral(" OR "));
                    statement.reset();
                    statement = std::make_unique<MysqlStatement>(c, QStringLiteral("SELECT %1 FROM %2 c WHERE %3 ORDER BY %4")
                                                                       .arg(selectList(childId, QStringLiteral("c")), relation(m_graph.table(childId).ref()),
                                                                            condition, childOrder.join(QStringLiteral(", "))));
                    statementFor = {job.fk, job.keys};
                }
                statement->execute(job.values);
                std::vector<QByteArray> cells;
                while (statement->fetch()) {
                    fetchCells(*statement, cells);
                    // A chunk of many rows (a hub's children) is filed in parts while the rest
                    // of its rows arrive.
                    if (cells.size() >= kFilingBatch) {
                        waitForFiling();
                        filing = std::async(std::launch::async, file, job.fk, std::move(cells));
                        cells = {};
                    }
                }
                waitForFiling();
                // A thread pays where there is a next query to wait for and rows enough.
                if (&job != &jobs.last() && cells.size() >= 1024)
                    filing = std::async(std::launch::async, file, job.fk, std::move(cells));
                else
                    file(job.fk, std::move(cells));
            }
            waitForFiling();
        }

        // ---- The replay, in InnoDB's order.
        // Per table, by row index (every row is read by now: the vectors do not move).
        QList<std::vector<RowState>> state(rows.size());
        for (int t = 0; t < rows.size(); ++t)
            state[t].resize(static_cast<size_t>(rows[t].size()));
        // Per parent table: the foreign keys referencing it in InnoDB's check order, with the
        // position of their parent index and of their child index.
        struct Check
        {
            ForeignKeyId fk;
            int parentIndex;
            int childIndex;
        };
        std::unordered_map<TableId, QList<Check>> checks;
        auto checksOf = [&](TableId id) -> const QList<Check> & {
            auto it = checks.find(id);
            if (it != checks.end())
                return it->second;
            QList<Check> list;
            for (ForeignKeyId fkId : m_graph.incoming(id)) {
                const ForeignKey &fk = m_graph.foreignKey(fkId);
                int p = info(id).indexStartingWith(fk.refColumns);
                int ch = info(fk.child).indexStartingWith(fk.columns);
                list.append({fkId, p < 0 ? 0 : p, ch < 0 ? 0 : ch});
            }
            std::sort(list.begin(), list.end(), [&](const Check &a, const Check &b) {
                if (a.parentIndex != b.parentIndex)
                    return a.parentIndex < b.parentIndex;
                const ForeignKey &fa = m_graph.foreignKey(a.fk);
                const ForeignKey &fb = m_graph.foreignKey(b.fk);
                const QByteArray ia = (m_graph.table(fa.child).schema + QLatin1Char('/') + fa.name).toUtf8();
                const QByteArray ib = (m_graph.table(fb.child).schema + QLatin1Char('/') + fb.name).toUtf8();
                return ia < ib;
            });
            return checks.emplace(id, std::move(list)).first->second;
        };

        QList<TableId> reached; // tables in the order rows of them were first deleted or updated
        QHash<TableId, qint64> deletedCount;
        QHash<TableId, QList<QString>> deletedSample;
        QHash<TableId, QList<QString>> nulledSample;
        QList<ForeignKeyId> setActions;
        QSet<ForeignKeyId> flow;
        QList<Blocked> blocked;
        QHash<QPair<ForeignKeyId, int>, int> blockedIndex;
        bool uncertainUpdates = false;

        auto sampleOf = [&](TableId id, const Row &row) {
            const Table &t = m_graph.table(id);
            const TableInfo &ti = info(id);
            JsonWriter w(true);
            w.beginObject();
            for (const QString &col : rowKeyOf(t).isEmpty() ? ti.identity : rowKeyOf(t)) {
                const int p = ti.position.value(col, -1);
                w.key(col.toUtf8().constData()).valueOrNull(p < 0 || row.values[p].isNull() ? std::optional<QString>() : std::optional<QString>(QString::fromUtf8(row.values[p])));
            }
            w.endObject();
            return QString::fromUtf8(w.bytes());
        };
        auto block = [&](ForeignKeyId fk, BlockerKind kind, TableId childId, const Row &row, const QByteArray &identity) {
            const QPair<ForeignKeyId, int> key{fk, static_cast<int>(kind)};
            auto it = blockedIndex.find(key);
            if (it == blockedIndex.end()) {
                it = blockedIndex.insert(key, static_cast<int>(blocked.size()));
                blocked.append({fk, kind, {}, {}, scanKnown});
            }
            Blocked &b = blocked[*it];
            if (!b.rows.contains(identity)) {
                b.rows.insert(identity);
                if (b.sample.size() < request.samples)
                    b.sample << sampleOf(childId, row);
            }
            if (!result.firstError) {
                const ForeignKey &f = m_graph.foreignKey(fk);
                const Table &child = m_graph.table(f.child);
                ImpactFirstError e;
                e.constraint = f.name;
                e.schema = child.schema;
                e.table = child.name;
                if (kind == BlockerKind::CascadeTooDeep) {
                    if (mariadb) {
                        e.code = QStringLiteral("1296");
                        e.message = QStringLiteral("Got error 193 '%1' from InnoDB").arg(constraintText(m_graph, f));
                    } else {
                        e.code = QStringLiteral("3008");
                        e.message = QStringLiteral("Foreign key cascade delete/update exceeds max depth of 15.");
                    }
                } else {
                    e.code = QStringLiteral("1451");
                    e.message = QStringLiteral("Cannot delete or update a parent row: a foreign key constraint fails (%1)")
                                    .arg(constraintText(m_graph, f).left(192));
                }
                result.firstError = e;
            }
        };
        auto noteReached = [&](TableId id) {
            if (!reached.contains(id))
                reached << id;
        };

        std::function<void(TableId, int, int)> deleteRow;
        auto visitChildren = [&](TableId parentId, const Row &parentRow, const RowState &parentState, const Check &check, int depth) {
            const ForeignKey &fk = m_graph.foreignKey(check.fk);
            const QByteArray key = keyOf(parentId, parentRow, fk.refColumns, &parentState);
            if (key.isNull())
                return; // a NULL in the referenced columns: nothing to check
            const auto byFk = children.constFind(check.fk);
            if (byFk == children.constEnd())
                return;
            const auto found = byFk->constFind(key);
            if (found == byFk->constEnd())
                return;
            const QList<int> &list = *found; // children is not changed during the replay
            for (int childRow : list) {
                const Row &row = rows[fk.child][childRow];
                const QByteArray &identity = row.identity;
                RowState &st = state[fk.child][static_cast<size_t>(childRow)];
                // The child index entry: gone when the row is deleted and that index was processed,
                // or when the FK's columns were set NULL (the old entry is delete-marked).
                const bool entryMarked = (st.deleted && (check.childIndex == 0 || st.markedThrough >= check.childIndex))
                    || std::any_of(fk.columns.begin(), fk.columns.end(), [&](const QString &col) { return st.nulled.contains(col); });
                if (entryMarked)
                    continue;
                if (fk.onDelete == FkAction::Restrict || fk.onDelete == FkAction::NoAction || fk.onDelete == FkAction::SetDefault) {
                    block(check.fk, fk.onDelete == FkAction::NoAction ? BlockerKind::NoAction : BlockerKind::Restrict, fk.child, row, identity);
                    continue;
                }
                if (depth + 1 >= kMaxCascadeLevel) {
                    block(check.fk, BlockerKind::CascadeTooDeep, fk.child, row, identity);
                    continue;
                }
                if (st.deleted)
                    continue; // being deleted higher up: InnoDB skips it
                flow.insert(check.fk);
                if (fk.onDelete == FkAction::Cascade) {
                    deleteRow(fk.child, childRow, depth + 1);
                } else {
                    // SET NULL: the row is updated; its old entries in the indexes on those columns go.
                    for (const QString &col : fk.columns)
                        st.nulled.insert(col);
                    noteReached(fk.child);
                    if (!setActions.contains(check.fk))
                        setActions << check.fk;
                    if (!st.nulledCounted) {
                        st.nulledCounted = true;
                        if (nulledSample[fk.child].size() < request.samples)
                            nulledSample[fk.child] << sampleOf(fk.child, row);
                    }
                    // Foreign keys that reference the nulled columns react with their ON UPDATE rule.
                    for (ForeignKeyId other : m_graph.incoming(fk.child)) {
                        const ForeignKey &o = m_graph.foreignKey(other);
                        if (std::any_of(o.refColumns.begin(), o.refColumns.end(), [&](const QString &col) { return fk.columns.contains(col); }))
                            uncertainUpdates = true;
                    }
                }
            }
        };
        deleteRow = [&](TableId id, int rowIndex, int depth) {
            const Row &row = rows[id][rowIndex];
            RowState &st = state[id][static_cast<size_t>(rowIndex)];
            st.deleted = true;
            noteReached(id);
            if (deletedCount[id]++ < request.samples)
                deletedSample[id] << sampleOf(id, row);
            const QList<Check> &list = checksOf(id);
            const int indexCount = static_cast<int>(info(id).indexes.size());
            int next = 0;
            for (int index = 0; index < indexCount; ++index) {
                st.markedThrough = index;
                for (; next < list.size() && list[next].parentIndex <= index; ++next)
                    visitChildren(id, row, st, list[next], depth);
            }
            st.markedThrough = indexCount;
        };

        for (int r : rootRows) {
            if (cancel.isCancelled())
                throw Error(ErrorKind::Cancelled, QCoreApplication::translate("fkscope::Messages", "The simulation was cancelled."));
            const RowState &st = state[root][static_cast<size_t>(r)];
            if (st.deleted)
                continue; // deleted by an earlier row's cascade: the scan does not see it again
            if (!st.nulled.isEmpty())
                uncertainUpdates = true; // changed by SET NULL before the scan reached it: may no longer match
            deleteRow(root, r, 0);
        }

        // ---- The result.
        auto jsonArray = [](const QList<QString> &objects) {
            return (QLatin1Char('[') + objects.join(QLatin1Char(',')) + QLatin1Char(']')).toUtf8();
        };
        build.setFlow(flow);
        for (TableId id : reached) {
            qint64 nulled = 0;
            QList<QString> sample = deletedSample.value(id);
            for (const RowState &st : state[id])
                nulled += st.nulledCounted && !st.deleted ? 1 : 0;
            if (deletedCount.value(id) == 0)
                sample = nulledSample.value(id);
            QList<ForeignKeyId> actions;
            for (ForeignKeyId fk : setActions) {
                if (m_graph.foreignKey(fk).child == id)
                    actions << fk;
            }
            build.addEffect(id, deletedCount.value(id), nulled, 0, nulled, jsonArray(sample), actions);
        }
        for (const Blocked &b : blocked)
            build.addBlocker(b.fk, b.kind, b.rows.size(), b.certain, jsonArray(b.sample));
        build.warnAboutTouched({root}, setActions);
        if (uncertainUpdates)
            result.warnings << QCoreApplication::translate("fkscope::Messages", "A SET NULL action changes a column that another foreign key references, or a row the statement "
                                  "still has to read: InnoDB follows that update, the simulation does not.");
        if (!innodbOrderUnknown.isEmpty())
            result.warnings << QCoreApplication::translate("fkscope::Messages", "InnoDB's own index order of %1 was not read (%2): the order information_schema "
                                                                                "lists is used, which differs for indexes added later by ALTER TABLE, and the "
                                                                                "order decides which foreign keys InnoDB checks first.")
                                   .arg(innodbOrderUnknown.join(QStringLiteral(", ")),
                                        innodbOrderProblem.isEmpty() ? QCoreApplication::translate("fkscope::Messages", "names with characters InnoDB stores encoded")
                                                                     : innodbOrderProblem);
        if (checksOff)
            result.warnings << QCoreApplication::translate("fkscope::Messages", "foreign_key_checks is 0 for new sessions on this server: a DELETE in "
                                                                                "such a session ignores every foreign key (nothing cascades, nothing blocks).");
        if (!scanKnown)
            result.warnings << QCoreApplication::translate("fkscope::Messages", "The order in which the DELETE reads %1 is not known (no primary key, or an index merge): "
                                  "which blocker InnoDB meets first may differ.")
                                   .arg(qualifiedName(rootTable.ref()));
        result.elapsedMs = timer.elapsed();
        return build.finish();
    });
}

} // namespace fkscope
