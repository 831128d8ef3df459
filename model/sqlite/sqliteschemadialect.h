// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "source/schemadialect.h"

namespace fkscope {

// DDL as SQLite takes it: a constraint changes only by rebuilding the table (no one-statement fix),
// an index is named in the table's schema, and types compare by affinity.
class SqliteSchemaDialect final : public SchemaDialect
{
public:
    QString typeKey(const QString &type) const override;
    QString typeFamily(const QString &type) const override { return typeKey(type); }
    QString createIndex(const Table &table, const QString &name, const QStringList &columns) const override;
    std::optional<QString> dropNotNull(const Table &, const Column &) const override { return std::nullopt; }
    std::optional<QString> addForeignKey(const Table &, const QString &, const QStringList &, const Table &, const QStringList &,
                                         FkAction) const override
    {
        return std::nullopt;
    }
    std::optional<QString> dropForeignKey(const Table &, const QString &) const override { return std::nullopt; }
    std::optional<QString> validateForeignKey(const Table &, const QString &) const override { return std::nullopt; }
    std::optional<QString> renameConstraint(const Table &, const QString &, const QString &) const override { return std::nullopt; }
    std::optional<QString> addCheck(const Table &, const QString &, const QString &) const override { return std::nullopt; }
    QString enableForeignKeys() const override { return QStringLiteral("PRAGMA foreign_keys = ON;"); }
};

} // namespace fkscope
