// SPDX-License-Identifier: Apache-2.0
#include "impactresult.h"

#include "core/jsonwriter.h"
#include "observeddelete.h"

#include <algorithm>

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

QByteArray toJson(const ImpactResult &r, bool compact, const ObservedDelete *verification)
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
    if (verification) {
        const ObservedDelete &v = *verification;
        w.key("verification").beginObject();
        w.field("outcome", v.failed ? QStringLiteral("blocked") : v.failedAtCommit ? QStringLiteral("blocked_at_commit") : QStringLiteral("allowed"));
        w.field("on_copy", v.onCopy).field("root_rows", v.rootRows);
        w.key("error");
        if (v.failed || v.failedAtCommit) {
            // The engine's own number where it has one (MySQL, SQLite), else the SQLSTATE (PostgreSQL).
            w.beginObject();
            w.field("code", v.error.code.isEmpty() ? v.error.sqlstate : v.error.code).field("sqlstate", v.error.sqlstate);
            w.field("constraint", v.constraint.isEmpty() ? v.error.constraint : v.constraint).field("message", v.error.message);
            w.endObject();
        } else {
            w.null();
        }
        auto counts = [&](const char *key, const QHash<QString, qint64> &map) {
            QStringList names = map.keys();
            std::sort(names.begin(), names.end());
            w.key(key).beginObject();
            for (const QString &name : names)
                w.field(name.toUtf8().constData(), map.value(name));
            w.endObject();
        };
        counts("deleted", v.deleted);
        counts("updated", v.updated);
        w.endObject();
    }
    w.endObject();
    return w.bytes();
}

} // namespace fkscope
