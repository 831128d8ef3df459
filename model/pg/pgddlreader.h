// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/schemagraph.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace fkscope {

// Applies PostgreSQL DDL to a schema graph offline, parsed by PostgreSQL 15's own grammar
// (libpg_query). It models what changes the foreign-key graph: CREATE TABLE (columns, NOT NULL,
// DEFAULT, PRIMARY KEY, UNIQUE, CHECK, REFERENCES, PARTITION OF, INHERITS, LIKE), ALTER TABLE (ADD /
// DROP / RENAME / VALIDATE / ALTER CONSTRAINT, ADD / DROP / RENAME / ALTER COLUMN, ATTACH / DETACH
// PARTITION, RENAME TO, SET SCHEMA), DROP TABLE, CREATE / DROP INDEX, CREATE / DROP SCHEMA, SET
// search_path, COMMENT ON. Unnamed constraints and indexes get the names PostgreSQL would give
// them. Statements that cannot change the graph (INSERT, GRANT, CREATE FUNCTION...) are skipped;
// statements that could but are not modelled, and statements PostgreSQL would refuse, become the
// graph's warnings with file:line.
class PgDdlReader
{
public:
    // `base`: the graph the DDL runs against (an empty one for a schema file).
    explicit PgDdlReader(const SchemaGraph &base);

    // Throws Error(BadInput) "FILE:LINE:COLUMN: syntax error at or near ..." when the parser refuses
    // the text; nothing of that text is applied then.
    void apply(const QByteArray &sql, const QString &origin);
    SchemaGraph graph() const;

private:
    struct Key
    {
        TableRef child;
        TableRef parent;
        ForeignKey fk; // child / parent ids are set when the graph is built
    };

    void statement(const QJsonObject &node, int offset, int length);
    void createTable(const QJsonObject &stmt, TableKind kind);
    void alterTable(const QJsonObject &stmt);
    void alterCommand(const QString &tableKey, const QJsonObject &cmd);
    void addConstraint(const QString &tableKey, const QJsonObject &constraint);
    static QString collationName(const QJsonObject &collateClause);
    void addColumn(const QString &tableKey, const QJsonObject &columnDef, QList<QJsonObject> &deferred);
    void dropTable(const QJsonObject &stmt);
    // The partition gets the table's primary key, unique constraints and indexes it lacks, named by
    // PostgreSQL's rules (CREATE TABLE ... PARTITION OF, ATTACH PARTITION, ADD CONSTRAINT without ONLY).
    void clonePartitionIndexes(const QString &parentKey, const QString &partKey);
    // The table and its partitions, at every level ("schema\0name" keys).
    QStringList partitionTree(const QString &tableKey) const;
    void addConstraintsInOrder(const QString &tableKey, const QList<QJsonObject> &constraints);
    void dropColumn(const QString &tableKey, const QString &column, bool cascade);
    void dropConstraint(const QString &tableKey, const QString &name, bool missingOk);
    void createIndex(const QJsonObject &stmt);
    void rename(const QJsonObject &stmt);
    void renameTable(const QString &tableKey, const TableRef &to);
    void renameColumn(const QString &tableKey, const QString &from, const QString &to);
    void comment(const QJsonObject &stmt);
    void setSearchPath(const QStringList &schemas);

    // Resolving names as PostgreSQL does: a qualified name as written, else the first schema of
    // search_path that has it (for creation: the first schema of search_path).
    QString findTable(const QJsonObject &rangeVar) const; // "" if none
    TableRef creationRef(const QJsonObject &rangeVar) const;
    bool isOtherRelation(const QJsonObject &rangeVar) const; // a view, materialized view or sequence
    QString require(const QJsonObject &rangeVar, bool missingOk);
    Table *table(const QString &key);
    const Table *table(const QString &key) const;
    QString chooseConstraintName(const QString &schema, const QString &table, const QString &addition, const QString &label) const;
    QString chooseIndexName(const QString &schema, const QString &table, const QString &addition, const QString &label) const;
    void warn(const QString &text);
    void rebuildIndex();
    void ensureNames() const;
    void takeName(QHash<QString, QSet<QString>> &names, const QString &schema, const QString &name);

    SourceInfo m_source;
    QList<Table> m_tables;
    QHash<QString, int> m_tableIndex; // "schema\0name" -> m_tables index
    QList<Key> m_keys;
    QStringList m_warnings;
    QSet<QString> m_schemas;
    QSet<QString> m_otherRelations; // views, materialized views, sequences: "schema\0name"
    QStringList m_searchPath{QStringLiteral("public")};
    // Names taken in each schema, for choosing new ones: constraints; relations (tables, indexes,
    // sequences, views). Built on first use, kept up to date while objects are added, rebuilt after
    // a drop or rename.
    mutable QHash<QString, QSet<QString>> m_constraintNames;
    mutable QHash<QString, QSet<QString>> m_relationNames;
    mutable bool m_namesValid = false;
    // Per the statement being applied: its text and where it starts, for warnings and expressions.
    QString m_origin;
    QByteArray m_sql;
    int m_stmtOffset = 0;
    int m_stmtLength = 0;
    bool m_recurse = true; // the ALTER TABLE being applied reaches partitions (no ONLY)
};

} // namespace fkscope
