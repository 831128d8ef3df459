// SPDX-License-Identifier: Apache-2.0
#include "snapshot.h"

#include "core/error.h"
#include "core/jsonwriter.h"
#include "core/savefile.h"


namespace fkscope::snapshot {

namespace {

void writeRef(JsonWriter &w, const TableRef &ref)
{
    w.beginObject().field("schema", ref.schema).field("name", ref.name).endObject();
}

void writeRefs(JsonWriter &w, const char *name, const QList<TableRef> &refs)
{
    w.key(name).beginArray();
    for (const TableRef &r : refs)
        writeRef(w, r);
    w.endArray();
}

void writeTable(JsonWriter &w, const Table &t)
{
    w.beginObject();
    w.field("schema", t.schema).field("name", t.name).field("kind", toString(t.kind));
    w.key("partition_of");
    if (t.partitionOf)
        writeRef(w, *t.partitionOf);
    else
        w.null();
    writeRefs(w, "partitions", t.partitions);
    writeRefs(w, "inherits", t.inheritsFrom);
    w.field("external", t.external);
    w.field("comment", t.comment);
    w.key("estimated_rows");
    if (t.estimatedRows >= 0)
        w.value(t.estimatedRows);
    else
        w.null();
    w.field("size_bytes", t.sizeBytes).field("row_security", t.rowSecurity);

    w.key("columns").beginArray();
    for (const Column &c : t.columns) {
        w.beginObject();
        w.field("name", c.name).field("type", c.type).field("not_null", c.notNull);
        w.key("default").valueOrNull(c.defaultExpr);
        w.key("identity").valueOrNull(c.identity.isEmpty() ? std::nullopt : std::optional<QString>(c.identity));
        w.key("generated").valueOrNull(c.generated.isEmpty() ? std::nullopt : std::optional<QString>(c.generated));
        w.field("comment", c.comment);
        if (!c.collation.isEmpty())
            w.field("collation", c.collation);
        w.endObject();
    }
    w.endArray();

    w.key("primary_key");
    if (t.primaryKey.isEmpty())
        w.null();
    else
        w.inlineStrings(t.primaryKey);
    w.field("primary_key_name", t.primaryKeyName);
    w.key("unique").beginArray();
    for (const UniqueConstraint &u : t.uniqueConstraints)
        w.inlineStrings(u.columns);
    w.endArray();
    w.key("unique_constraints").beginArray();
    for (const UniqueConstraint &u : t.uniqueConstraints) {
        w.beginObject().field("name", u.name).key("columns").inlineStrings(u.columns).endObject();
    }
    w.endArray();

    w.key("indexes").beginArray();
    for (const Index &i : t.indexes) {
        w.beginObject().field("name", i.name).key("columns").inlineStrings(i.columns);
        w.field("unique", i.unique).field("primary", i.primary).field("partial", i.partial).field("valid", i.valid);
        if (!i.descending.isEmpty())
            w.key("descending").inlineStrings(i.descending);
        w.endObject();
    }
    w.endArray();

    w.key("checks").beginArray();
    for (const CheckConstraint &c : t.checks)
        w.beginObject().field("name", c.name).field("expression", c.expression).field("validated", c.validated).endObject();
    w.endArray();
    w.key("triggers").inlineStrings(t.triggers);
    w.key("rules").inlineStrings(t.rules);
    w.key("policies").inlineStrings(t.policies);
    w.endObject();
}

} // namespace

void writeForeignKey(JsonWriter &w, const SchemaGraph &g, const ForeignKey &fk)
{
    const Table &child = g.table(fk.child);
    const Table &parent = g.table(fk.parent);
    w.beginObject();
    w.field("name", fk.name).field("schema", child.schema).field("table", child.name);
    w.key("columns").inlineStrings(fk.columns);
    w.field("ref_schema", parent.schema).field("ref_table", parent.name);
    w.key("ref_columns").inlineStrings(fk.refColumns);
    w.field("on_delete", toString(fk.onDelete)).field("on_update", toString(fk.onUpdate));
    w.field("match", toString(fk.match));
    w.field("deferrable", fk.deferrable).field("deferred", fk.deferred).field("validated", fk.validated);
    w.key("set_columns");
    if (fk.setColumns)
        w.inlineStrings(*fk.setColumns);
    else
        w.null();
    w.key("clones").beginArray();
    for (const ConstraintClone &c : fk.clones)
        w.beginObject().field("schema", c.table.schema).field("table", c.table.name).field("name", c.name).endObject();
    w.endArray();
    w.endObject();
}

QByteArray write(const SchemaGraph &graph, bool compact)
{
    JsonWriter w(compact);
    w.beginObject();
    w.field("format", kFormatName).field("version", kFormatVersion);
    const SourceInfo &s = graph.source();
    w.key("source").beginObject();
    w.field("engine", s.engine);
    if (!s.flavor.isEmpty())
        w.field("flavor", s.flavor);
    w.field("server_version", s.serverVersion).field("database", s.database);
    w.field("user", s.user);
    w.endObject();
    w.key("warnings").value(graph.warnings());
    w.key("tables").beginArray();
    for (const Table &t : graph.tables())
        writeTable(w, t);
    w.endArray();
    w.key("foreign_keys").beginArray();
    for (const ForeignKey &fk : graph.foreignKeys())
        writeForeignKey(w, graph, fk);
    w.endArray();
    w.endObject();
    return w.bytes();
}

void writeFile(const SchemaGraph &graph, const QString &path)
{
    writeFileWhole(path, write(graph));
}

} // namespace fkscope::snapshot
