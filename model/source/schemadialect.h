// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/rules.h"
#include "schema/table.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace fkscope {

// How an engine writes the DDL that fixes a schema, and when two column types are the same to it.
// The lint's fixes are written through this, so they read as the user's engine wants them. The
// base class speaks PostgreSQL; an engine overrides what differs (SourceEngine::schemaDialect()).
// The DDL is for review, never run by fkscope.
class SchemaDialect
{
public:
    virtual ~SchemaDialect() = default;

    virtual QString quoteName(const QString &identifier) const;
    QString relation(const Table &table) const; // "schema.name", the schema left out when empty
    QString columnList(const QStringList &columns) const;
    virtual int maxIdentifierLength() const { return 63; }
    // A name for a new object on `table` ("orders_customer_id_idx"), cut to the engine's length.
    QString objectName(const Table &table, const QStringList &columns, const QString &suffix) const;

    // The type as the engine compares it: equal keys mean no conversion between the two columns.
    virtual QString typeKey(const QString &type) const;
    // A coarse family ("integer", "text", "numeric", ...): same family, different key = compatible
    // but not the same (int and bigint).
    virtual QString typeFamily(const QString &type) const;

    virtual QString createIndex(const Table &table, const QString &name, const QStringList &columns) const;
    // Each fix below is empty where the engine cannot say it in one statement (SQLite rebuilds the
    // table to change a constraint).
    virtual std::optional<QString> dropNotNull(const Table &table, const Column &column) const;
    virtual std::optional<QString> addForeignKey(const Table &child, const QString &name, const QStringList &columns,
                                                 const Table &parent, const QStringList &refColumns, FkAction onDelete) const;
    virtual std::optional<QString> dropForeignKey(const Table &table, const QString &name) const;
    virtual std::optional<QString> validateForeignKey(const Table &table, const QString &name) const;
    virtual std::optional<QString> renameConstraint(const Table &table, const QString &from, const QString &to) const;
    virtual std::optional<QString> addCheck(const Table &table, const QString &name, const QString &expression) const;
    virtual std::optional<QString> addColumn(const Table &table, const QString &column, const QString &type) const;
    // A CHECK expression true when exactly one of `columns` is not NULL (one key per parent table).
    QString exactlyOneSet(const QStringList &columns) const;
    // The statement a connection runs before foreign keys act (SQLite's PRAGMA); empty when none.
    virtual QString enableForeignKeys() const { return QString(); }
};

} // namespace fkscope
