// SPDX-License-Identifier: Apache-2.0
#include "lintreport.h"

#include "core/jsonwriter.h"

#include <QCoreApplication>
#include <QUrl>

namespace fkscope {

namespace {

QString sarifLevel(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("note");
}

} // namespace

QByteArray lintJson(const SchemaGraph &graph, const QList<LintFinding> &findings)
{
    JsonWriter w;
    w.beginObject();
    w.field("format", "fkscope-lint").field("version", 1);
    w.key("source").beginObject();
    w.field("engine", graph.source().engine).field("database", graph.source().database);
    w.endObject();
    const std::array<int, 3> counts = countBySeverity(findings);
    w.key("summary").beginObject();
    w.field("error", counts[2]).field("warning", counts[1]).field("info", counts[0]);
    w.endObject();
    w.key("findings").beginArray();
    for (const LintFinding &f : findings) {
        w.beginObject();
        w.field("rule", f.rule).field("severity", toString(f.severity));
        if (f.table == kInvalidId) {
            w.key("schema").null().key("table").null();
        } else {
            w.field("schema", graph.table(f.table).schema).field("table", graph.table(f.table).name);
        }
        w.key("constraint");
        if (f.foreignKey == kInvalidId)
            w.null();
        else
            w.value(graph.foreignKey(f.foreignKey).name);
        w.key("columns").inlineStrings(f.columns);
        w.field("message", f.message).field("fix", f.fix);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    QByteArray out = w.bytes();
    out += '\n';
    return out;
}

QByteArray lintSarif(const SchemaGraph &graph, const QList<LintFinding> &findings, const QString &toolVersion, const QString &sourceFile)
{
    JsonWriter w;
    w.beginObject();
    w.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json").field("version", "2.1.0");
    w.key("runs").beginArray().beginObject();
    w.key("tool").beginObject().key("driver").beginObject();
    w.field("name", "fkscope").field("version", toolVersion).field("informationUri", "https://github.com/fkscope/fkscope");
    w.key("rules").beginArray();
    QHash<QString, int> ruleIndex;
    for (const LintRule *rule : LintRegistry::rules()) {
        ruleIndex.insert(rule->name(), static_cast<int>(ruleIndex.size()));
        w.beginObject();
        w.field("id", rule->name());
        w.key("shortDescription").beginObject().field("text", rule->description()).endObject();
        w.key("defaultConfiguration").beginObject().field("level", sarifLevel(rule->severity())).endObject();
        w.endObject();
    }
    w.endArray();
    w.endObject().endObject(); // driver, tool
    if (!sourceFile.isEmpty()) {
        w.key("artifacts").beginArray().beginObject();
        w.key("location").beginObject().field("uri", QUrl::fromLocalFile(sourceFile).toString()).endObject();
        w.endObject().endArray();
    }
    w.key("results").beginArray();
    for (const LintFinding &f : findings) {
        w.beginObject();
        w.field("ruleId", f.rule).field("ruleIndex", ruleIndex.value(f.rule));
        w.field("level", sarifLevel(f.severity));
        QString text = f.message;
        if (!f.fix.isEmpty())
            text += QCoreApplication::translate("fkscope::Messages", "\nFix:\n%1").arg(f.fix);
        w.key("message").beginObject().field("text", text).endObject();
        w.key("locations").beginArray().beginObject();
        if (!sourceFile.isEmpty()) {
            w.key("physicalLocation").beginObject();
            w.key("artifactLocation").beginObject().field("uri", QUrl::fromLocalFile(sourceFile).toString()).field("index", 0).endObject();
            w.endObject();
        }
        w.key("logicalLocations").beginArray();
        if (f.table == kInvalidId) {
            w.beginObject().field("name", graph.source().database).field("kind", "module").endObject();
        } else {
            const Table &t = graph.table(f.table);
            const QString table = qualifiedName(t.ref());
            if (f.foreignKey != kInvalidId) {
                const QString fk = graph.foreignKey(f.foreignKey).name;
                w.beginObject().field("name", fk).field("fullyQualifiedName", table + QLatin1Char('.') + displayIdentifier(fk)).field("kind", "member").endObject();
            } else {
                w.beginObject().field("name", t.name).field("fullyQualifiedName", table).field("kind", "type").endObject();
            }
        }
        w.endArray();
        w.endObject().endArray(); // location, locations
        // Stable across runs, so that CI systems follow a finding from one run to the next.
        QString identity = f.rule;
        if (f.table != kInvalidId)
            identity += QLatin1Char('/') + qualifiedName(graph.table(f.table).ref());
        if (f.foreignKey != kInvalidId)
            identity += QLatin1Char('/') + graph.foreignKey(f.foreignKey).name;
        identity += QLatin1Char('/') + f.columns.join(QLatin1Char(','));
        w.key("partialFingerprints").beginObject().field("fkscopeFinding/v1", identity).endObject();
        w.endObject();
    }
    w.endArray();
    w.endObject().endArray(); // run, runs
    w.endObject();
    QByteArray out = w.bytes();
    out += '\n';
    return out;
}

QString lintText(const QList<LintFinding> &findings)
{
    QString out;
    for (const LintFinding &f : findings) {
        out += QStringLiteral("%1  %2  %3\n").arg(toString(f.severity).leftJustified(7), f.rule, f.message);
        if (!f.fix.isEmpty()) {
            const QStringList lines = f.fix.split(QLatin1Char('\n'));
            out += QCoreApplication::translate("fkscope::Messages", "         fix: %1\n").arg(lines.first());
            for (int i = 1; i < lines.size(); ++i)
                out += QStringLiteral("              %1\n").arg(lines[i]);
        }
    }
    const std::array<int, 3> counts = countBySeverity(findings);
    const int total = static_cast<int>(findings.size());
    out += QCoreApplication::translate("fkscope::Messages", "%n finding(s): ", nullptr, total);
    out += QCoreApplication::translate("fkscope::Messages", "%1 error, %2 warning, %3 info\n").arg(counts[2]).arg(counts[1]).arg(counts[0]);
    return out;
}

} // namespace fkscope
