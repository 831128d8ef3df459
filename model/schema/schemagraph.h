// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "foreignkey.h"
#include "table.h"

#include <QHash>
#include <QList>

#include <array>
#include <functional>

namespace fkscope {

struct SourceInfo
{
    QString engine; // "postgresql", later "sqlite", "mysql"
    QString serverVersion; // "15.18"
    QString database;
    QString user;
    QString flavor; // MySQL engine: "mariadb" / "mysql"; empty for the others

    bool operator==(const SourceInfo &o) const;
    bool operator!=(const SourceInfo &o) const { return !(*this == o); }
};

// Counts used by summaries and tests. Partitions are counted apart from declared tables.
struct GraphStats
{
    int tables = 0; // ordinary + partitioned + foreign tables that are not partitions, not external
    int partitionedTables = 0;
    int partitions = 0;
    int foreignTables = 0;
    int externalTables = 0;
    int foreignKeys = 0;
    std::array<int, 5> onDelete{}; // indexed by FkAction
    int composite = 0;
    int selfReferences = 0;
    int deferrable = 0;
    int notValidated = 0;
    int unindexedForeignKeys = 0;
};

// The whole foreign-key graph of one source. Tables and foreign keys are values addressed by id;
// adjacency is derived on construction, so a SchemaGraph is immutable once built.
class SchemaGraph
{
public:
    SchemaGraph() = default;
    SchemaGraph(SourceInfo source, QList<Table> tables, QList<ForeignKey> foreignKeys, QStringList warnings = {});

    const SourceInfo &source() const { return m_source; }
    const QList<Table> &tables() const { return m_tables; }
    const QList<ForeignKey> &foreignKeys() const { return m_foreignKeys; }
    const QStringList &warnings() const { return m_warnings; }

    const Table &table(TableId id) const { return m_tables.at(id); }
    const ForeignKey &foreignKey(ForeignKeyId id) const { return m_foreignKeys.at(id); }
    TableId findTable(const QString &schema, const QString &name) const;
    TableId findTable(const TableRef &ref) const { return findTable(ref.schema, ref.name); }

    // Foreign keys declared on the table (it is the child) / referencing the table (it is the parent).
    const QList<ForeignKeyId> &outgoing(TableId id) const { return m_outgoing.at(id); }
    const QList<ForeignKeyId> &incoming(TableId id) const { return m_incoming.at(id); }

    // True when some valid, non-partial index on the child starts with exactly the FK's columns
    // (in any order), so that deleting a parent row does not scan the child table.
    bool isIndexed(ForeignKeyId id) const;

    // The tables a DELETE on `root` can remove rows from whatever the data: `root`, then what chains
    // of ON DELETE CASCADE foreign keys reach, in breadth-first order. A table `follow` refuses is
    // neither listed nor walked through (an engine's tables without read privilege).
    QList<TableId> cascadeClosure(TableId root, const std::function<bool(TableId)> &follow = {}) const;

    GraphStats stats() const;

    bool operator==(const SchemaGraph &o) const;
    bool operator!=(const SchemaGraph &o) const { return !(*this == o); }

private:
    SourceInfo m_source;
    QList<Table> m_tables;
    QList<ForeignKey> m_foreignKeys;
    QStringList m_warnings;
    QHash<QString, TableId> m_byName;
    QList<QList<ForeignKeyId>> m_outgoing;
    QList<QList<ForeignKeyId>> m_incoming;
};

// "schema.name" with each part quoted only where SQL needs it: public.orders, "Sales & Co"."Customer ""Main""".
QString qualifiedName(const QString &schema, const QString &name);
inline QString qualifiedName(const TableRef &ref) { return qualifiedName(ref.schema, ref.name); }
// An identifier as SQL would need it written: unchanged if it is a lower-case regular identifier.
QString displayIdentifier(const QString &identifier);
// Identifiers as SQL would need them written, joined by ", ": a column list in a message.
QString displayIdentifiers(const QStringList &identifiers);

} // namespace fkscope
