// SPDX-License-Identifier: Apache-2.0
#include "impactresult.h"

#include "core/jsonwriter.h"

namespace fkscope {

QString toString(ImpactOutcome outcome)
{
    switch (outcome) {
    case ImpactOutcome::Allowed: return QStringLiteral("allowed");
    case ImpactOutcome::Blocked: return QStringLiteral("blocked");
    case ImpactOutcome::BlockedAtCommit: return QStringLiteral("blocked_at_commit");
    }
    return QString();
}

QString toString(BlockerKind kind)
{
    switch (kind) {
    case BlockerKind::Restrict: return QStringLiteral("restrict");
    case BlockerKind::NoAction: return QStringLiteral("no_action");
    case BlockerKind::DeferredNoAction: return QStringLiteral("deferred_no_action");
    case BlockerKind::NotNull: return QStringLiteral("not_null");
    case BlockerKind::Check: return QStringLiteral("check");
    case BlockerKind::SetDefaultMissingParent: return QStringLiteral("set_default_missing_parent");
    case BlockerKind::ForeignKeyRecheck: return QStringLiteral("fk_recheck");
    case BlockerKind::ForeignKeyMismatch: return QStringLiteral("fk_mismatch");
    case BlockerKind::CascadeTooDeep: return QStringLiteral("cascade_depth");
    }
    return QString();
}

const ImpactEffect *ImpactResult::effect(const TableRef &table) const
{
    for (const ImpactEffect &e : effects) {
        if (e.table == table)
            return &e;
    }
    return nullptr;
}

bool ImpactResult::orderDependent() const
{
    for (const ImpactBlocker &b : blockers) {
        if (!b.certain)
            return true;
    }
    return false;
}

namespace {

void rawJson(JsonWriter &w, const char *key, const QByteArray &json)
{
    // Sample JSON comes from the server's json_agg: already valid JSON. Re-parsing it would cost
    // memory for nothing; it is checked to be an array and embedded as is.
    w.key(key);
    if (json.startsWith('['))
        w.rawValue(json);
    else
        w.beginArray().endArray();
}

} // namespace

QByteArray toJson(const ImpactResult &r, bool compact)
{
    JsonWriter w(compact);
    w.beginObject();
    w.field("engine", r.engine);
    w.key("root").beginObject();
    w.field("schema", r.root.schema).field("table", r.root.name).field("rows", r.rootRows);
    w.endObject();
    w.field("outcome", toString(r.outcome));
    w.field("order_dependent", r.orderDependent());
    w.key("first_error");
    if (r.firstError) {
        const ImpactFirstError &e = *r.firstError;
        w.beginObject();
        w.field("code", e.code).field("constraint", e.constraint).field("schema", e.schema).field("table", e.table);
        w.field("message", e.message);
        w.endObject();
    } else {
        w.valueOrNull(std::optional<QString>());
    }
    w.key("effects").beginArray();
    for (const ImpactEffect &e : r.effects) {
        w.beginObject();
        w.field("schema", e.table.schema).field("table", e.table.name);
        w.field("deleted", e.deleted).field("set_null", e.setNull).field("set_default", e.setDefault);
        w.field("updated", e.updated);
        w.key("paths").beginArray();
        for (const QStringList &p : e.paths)
            w.inlineStrings(p);
        w.endArray();
        rawJson(w, "sample", e.sampleJson);
        w.endObject();
    }
    w.endArray();
    w.key("blockers").beginArray();
    for (const ImpactBlocker &b : r.blockers) {
        w.beginObject();
        w.field("schema", b.table.schema).field("table", b.table.name);
        w.field("constraint", b.constraint);
        w.key("engine_names").inlineStrings(b.engineNames);
        w.field("kind", toString(b.kind));
        w.key("column").valueOrNull(b.column.isEmpty() ? std::nullopt : std::optional<QString>(b.column));
        w.field("rows", b.rows);
        rawJson(w, "sample", b.sampleJson);
        w.key("path").inlineStrings(b.path);
        w.field("certain", b.certain);
        w.endObject();
    }
    w.endArray();
    w.key("unknown_tables").beginArray();
    for (const TableRef &t : r.unknownTables)
        w.beginObject().field("schema", t.schema).field("table", t.name).endObject();
    w.endArray();
    w.key("warnings").value(r.warnings);
    w.field("elapsed_ms", r.elapsedMs);
    w.endObject();
    return w.bytes();
}

} // namespace fkscope
