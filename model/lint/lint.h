// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/schemagraph.h"
#include "source/schemadialect.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace fkscope {

enum class Severity { Info, Warning, Error };

QString toString(Severity severity); // "info", "warning", "error"
std::optional<Severity> severityFromString(const QString &text);

// One trap found in a schema: which rule, where, what happens, and the fix (DDL where one fits).
struct LintFinding
{
    QString rule; // "fk-without-index"
    Severity severity = Severity::Warning;
    TableId table = kInvalidId; // kInvalidId: the whole database
    ForeignKeyId foreignKey = kInvalidId; // kInvalidId: no one constraint
    QStringList columns;
    QString message;
    QString fix;
    // Other tables the finding is about (the large table a cascade reaches, the parent a missing key
    // would reference): the window badges and filters them too.
    QList<TableId> related;
};

struct LintContext
{
    const SchemaGraph &graph;
    const SchemaDialect &dialect;
};

// One rule: a part of its own, listed by LintRegistry. check() appends what it finds.
class LintRule
{
public:
    virtual ~LintRule() = default;
    virtual QString name() const = 0;
    virtual Severity severity() const = 0;
    virtual QString description() const = 0; // one sentence, translated: --help, SARIF, the Findings dock
    // Rules that only make sense on some engines ("mysql", "sqlite", "postgresql") say so.
    virtual bool appliesTo(const QString &engine) const
    {
        Q_UNUSED(engine);
        return true;
    }
    virtual void check(const LintContext &context, QList<LintFinding> &out) const = 0;

protected:
    LintFinding finding(TableId table, ForeignKeyId foreignKey, QStringList columns, QString message, QString fix = {}) const
    {
        LintFinding f;
        f.rule = name();
        f.severity = severity();
        f.table = table;
        f.foreignKey = foreignKey;
        f.columns = std::move(columns);
        f.message = std::move(message);
        f.fix = std::move(fix);
        return f;
    }
};

// How many findings of each severity, indexed by Severity (info, warning, error).
std::array<int, 3> countBySeverity(const QList<LintFinding> &findings);

class LintRegistry
{
public:
    static const QList<const LintRule *> &rules();
    static const LintRule *find(const QString &name);
};

// Runs the rules named in `only` (all when empty) that apply to the graph's engine. Findings come
// most severe first, then by rule, schema, table and constraint.
QList<LintFinding> lintGraph(const SchemaGraph &graph, const SchemaDialect &dialect, const QStringList &only = {});

} // namespace fkscope
