// SPDX-License-Identifier: Apache-2.0
#include "biggraph.h"

#include <QRandomGenerator>

#include <algorithm>

namespace fkscope::test {

SchemaGraph hubSchema(int tableCount, int fkCount, int schemaCount, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<Table> tables;
    tables.reserve(tableCount);
    for (int i = 0; i < tableCount; ++i) {
        Table t;
        t.schema = QStringLiteral("app%1").arg(i * schemaCount / tableCount);
        t.name = QStringLiteral("t%1").arg(i);
        t.columns.append({QStringLiteral("id"), QStringLiteral("bigint"), true, std::nullopt, {}, {}, {}, {}});
        t.primaryKey = {QStringLiteral("id")};
        tables.append(t);
    }
    const FkAction rules[] = {FkAction::NoAction, FkAction::Cascade, FkAction::Restrict, FkAction::SetNull, FkAction::SetDefault};
    const double hubShare[] = {0.42, 0.19, 0.10, 0.05};
    QList<ForeignKey> fks;
    fks.reserve(fkCount);
    QList<int> columnsUsed(tableCount, 0);
    auto add = [&](TableId child, TableId parent, FkAction rule) {
        const QString column = QStringLiteral("ref%1_id").arg(columnsUsed[child]++);
        tables[child].columns.append({column, QStringLiteral("bigint"), false, std::nullopt, {}, {}, {}, {}});
        ForeignKey fk;
        fk.name = QStringLiteral("%1_%2_fkey").arg(tables[child].name, column);
        fk.child = child;
        fk.parent = parent;
        fk.columns = {column};
        fk.refColumns = {QStringLiteral("id")};
        fk.onDelete = rule;
        fks.append(fk);
    };
    for (int h = 0; h < 4; ++h) {
        const int n = static_cast<int>(fkCount * hubShare[h]);
        for (int k = 0; k < n; ++k) {
            const TableId child = 4 + static_cast<TableId>(rng.bounded(tableCount - 4));
            add(child, h, rules[rng.bounded(100) < 70 ? 0 : rng.bounded(5)]);
        }
    }
    while (fks.size() < fkCount) {
        const TableId child = 4 + static_cast<TableId>(rng.bounded(tableCount - 4));
        TableId parent;
        const int shape = static_cast<int>(rng.bounded(100));
        if (shape < 2)
            parent = child; // self reference
        else if (shape < 60)
            parent = std::max<TableId>(4, child - 1 - static_cast<TableId>(rng.bounded(5))); // chains
        else
            parent = 4 + static_cast<TableId>(rng.bounded(tableCount - 4));
        add(child, parent, rules[rng.bounded(5)]);
    }
    return SchemaGraph({QStringLiteral("postgresql"), QStringLiteral("15"), QStringLiteral("hubs"), {}, {}}, tables, fks);
}

LatencyProbe::LatencyProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(10);
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
        m_longest = std::max(m_longest, m_since.restart() - 10);
    });
    reset();
    m_timer.start();
}

void LatencyProbe::reset()
{
    m_since.start();
    m_phase.start();
    m_longest = 0;
}

qint64 LatencyProbe::longestStallMs() const
{
    // A stall still going on counts too.
    return std::max(m_longest, m_since.elapsed() - 10);
}

} // namespace fkscope::test
