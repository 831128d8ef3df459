// SPDX-License-Identifier: Apache-2.0
#include "lint.h"

#include <algorithm>

namespace fkscope {

QList<const LintRule *> builtinLintRules(); // lintrules.cpp

QString toString(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QString();
}

std::optional<Severity> severityFromString(const QString &text)
{
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Error}) {
        if (text == toString(s))
            return s;
    }
    return std::nullopt;
}

std::array<int, 3> countBySeverity(const QList<LintFinding> &findings)
{
    std::array<int, 3> counts{};
    for (const LintFinding &f : findings)
        ++counts[static_cast<std::size_t>(f.severity)];
    return counts;
}

const QList<const LintRule *> &LintRegistry::rules()
{
    static const QList<const LintRule *> all = builtinLintRules();
    return all;
}

const LintRule *LintRegistry::find(const QString &name)
{
    for (const LintRule *rule : rules()) {
        if (rule->name() == name)
            return rule;
    }
    return nullptr;
}

QList<LintFinding> lintGraph(const SchemaGraph &graph, const SchemaDialect &dialect, const QStringList &only)
{
    QList<LintFinding> out;
    const LintContext context{graph, dialect};
    for (const LintRule *rule : LintRegistry::rules()) {
        if ((only.isEmpty() || only.contains(rule->name())) && rule->appliesTo(graph.source().engine))
            rule->check(context, out);
    }
    auto place = [&](const LintFinding &f) {
        const Table *t = f.table == kInvalidId ? nullptr : &graph.table(f.table);
        return std::make_tuple(-static_cast<int>(f.severity), f.rule, t ? t->schema : QString(), t ? t->name : QString(),
                               f.foreignKey == kInvalidId ? QString() : graph.foreignKey(f.foreignKey).name, f.columns.join(QChar(0)));
    };
    std::stable_sort(out.begin(), out.end(), [&](const LintFinding &a, const LintFinding &b) { return place(a) < place(b); });
    return out;
}

} // namespace fkscope
