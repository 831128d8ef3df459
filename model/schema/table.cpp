// SPDX-License-Identifier: Apache-2.0
#include "foreignkey.h"
#include "table.h"

namespace fkscope {

bool Column::operator==(const Column &o) const
{
    return name == o.name && type == o.type && notNull == o.notNull && defaultExpr == o.defaultExpr
        && identity == o.identity && generated == o.generated && comment == o.comment && collation == o.collation;
}

bool Index::operator==(const Index &o) const
{
    return name == o.name && columns == o.columns && unique == o.unique && primary == o.primary
        && partial == o.partial && valid == o.valid && descending == o.descending;
}

bool CheckConstraint::operator==(const CheckConstraint &o) const
{
    return name == o.name && expression == o.expression && validated == o.validated;
}

bool UniqueConstraint::operator==(const UniqueConstraint &o) const
{
    return name == o.name && columns == o.columns;
}

int Table::columnIndex(const QString &columnName) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].name == columnName)
            return i;
    }
    return -1;
}

const Column *Table::column(const QString &columnName) const
{
    const int i = columnIndex(columnName);
    return i < 0 ? nullptr : &columns[i];
}

bool Table::operator==(const Table &o) const
{
    return schema == o.schema && name == o.name && kind == o.kind && partitionOf == o.partitionOf
        && partitions == o.partitions && inheritsFrom == o.inheritsFrom && external == o.external
        && comment == o.comment && estimatedRows == o.estimatedRows && sizeBytes == o.sizeBytes
        && rowSecurity == o.rowSecurity && columns == o.columns && primaryKeyName == o.primaryKeyName
        && primaryKey == o.primaryKey && uniqueConstraints == o.uniqueConstraints && indexes == o.indexes
        && checks == o.checks && triggers == o.triggers && rules == o.rules && policies == o.policies;
}

bool ForeignKey::operator==(const ForeignKey &o) const
{
    return name == o.name && child == o.child && parent == o.parent && columns == o.columns
        && refColumns == o.refColumns && onDelete == o.onDelete && onUpdate == o.onUpdate && match == o.match
        && deferrable == o.deferrable && deferred == o.deferred && validated == o.validated
        && setColumns == o.setColumns && clones == o.clones;
}

} // namespace fkscope
