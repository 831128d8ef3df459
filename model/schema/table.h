// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rules.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fkscope {

using TableId = int; // index into SchemaGraph::tables()
using ForeignKeyId = int; // index into SchemaGraph::foreignKeys()
constexpr int kInvalidId = -1;

struct Column
{
    QString name;
    QString type; // as the engine prints it, e.g. "character varying(40)"
    bool notNull = false;
    std::optional<QString> defaultExpr;
    QString identity; // "" | "always" | "by_default"
    QString generated; // "" | "stored"
    QString comment;
    // The column's collation where it is not its type's default (PostgreSQL, SQLite) or as the
    // server names it (MySQL): what text comparisons, and so foreign-key checks, use.
    QString collation;

    bool operator==(const Column &o) const;
    bool operator!=(const Column &o) const { return !(*this == o); }
};

struct Index
{
    QString name;
    // Key columns in index order; an expression key is kept as its SQL text.
    QStringList columns;
    bool unique = false;
    bool primary = false;
    bool partial = false; // has a WHERE predicate: it cannot back a foreign key
    bool valid = true;
    QStringList descending; // key columns kept in descending order (MySQL 8 / MariaDB 10.8 DESC keys)

    bool operator==(const Index &o) const;
    bool operator!=(const Index &o) const { return !(*this == o); }
};

struct CheckConstraint
{
    QString name;
    QString expression;
    bool validated = true;

    bool operator==(const CheckConstraint &o) const;
    bool operator!=(const CheckConstraint &o) const { return !(*this == o); }
};

struct UniqueConstraint
{
    QString name;
    QStringList columns;

    bool operator==(const UniqueConstraint &o) const;
    bool operator!=(const UniqueConstraint &o) const { return !(*this == o); }
};

struct TableRef
{
    QString schema;
    QString name;

    bool isNull() const { return name.isEmpty(); }
    bool operator==(const TableRef &o) const { return schema == o.schema && name == o.name; }
    bool operator!=(const TableRef &o) const { return !(*this == o); }
};

struct Table
{
    QString schema;
    QString name;
    TableKind kind = TableKind::Table;
    std::optional<TableRef> partitionOf; // set on a partition: its immediate parent
    QList<TableRef> partitions; // set on a partitioned table: its immediate partitions
    QList<TableRef> inheritsFrom; // legacy INHERITS parents (no FKs are inherited)
    // Loaded only because a foreign key crosses into the selected schemas.
    bool external = false;
    QString comment;
    qint64 estimatedRows = -1; // -1: never analyzed
    qint64 sizeBytes = 0;
    bool rowSecurity = false;
    QList<Column> columns;
    QString primaryKeyName;
    QStringList primaryKey;
    QList<UniqueConstraint> uniqueConstraints;
    QList<Index> indexes;
    QList<CheckConstraint> checks;
    QStringList triggers; // user (non-internal) triggers
    QStringList rules; // rewrite rules other than a view's _RETURN
    QStringList policies; // row-level security policies

    TableRef ref() const { return {schema, name}; }
    int columnIndex(const QString &column) const;
    const Column *column(const QString &column) const;
    bool isPartition() const { return partitionOf.has_value(); }

    bool operator==(const Table &o) const;
    bool operator!=(const Table &o) const { return !(*this == o); }
};

} // namespace fkscope
