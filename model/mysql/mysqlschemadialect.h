// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "source/schemadialect.h"

namespace fkscope {

// DDL as MySQL and MariaDB take it: backticks, MODIFY to change a column, DROP FOREIGN KEY, no NOT
// VALID keys, key names that cannot be renamed; integer display widths do not change a type.
class MysqlSchemaDialect final : public SchemaDialect
{
public:
    QString quoteName(const QString &identifier) const override;
    int maxIdentifierLength() const override { return 64; }
    QString typeKey(const QString &type) const override;
    std::optional<QString> dropNotNull(const Table &table, const Column &column) const override;
    std::optional<QString> dropForeignKey(const Table &table, const QString &name) const override;
    std::optional<QString> validateForeignKey(const Table &, const QString &) const override { return std::nullopt; }
    std::optional<QString> renameConstraint(const Table &, const QString &, const QString &) const override { return std::nullopt; }
};

} // namespace fkscope
