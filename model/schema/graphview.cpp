#include "graphview.h"

#include <algorithm>

namespace fkscope {

QString FoldGroup::key() const
{
    return QString::number(anchor) + (referencing ? QLatin1Char('<') : QLatin1Char('>'));
}

int GraphView::foldedTables() const
{
    int n = 0;
    for (const FoldGroup &f : folds)
        n += static_cast<int>(f.members.size());
    return n;
}

GraphViewPlanner::GraphViewPlanner(const SchemaGraph &graph)
    : m_graph(graph)
{
    const int n = static_cast<int>(graph.tables().size());
    m_drawnAs.resize(n);
    for (TableId id = 0; id < n; ++id) {
        // A partition is drawn as the partitioned table at the top of its tree. A damaged snapshot
        // may link partitions in a ring: stop at the first table seen twice.
        TableId root = id;
        if (graph.table(id).partitionOf) {
            QSet<TableId> seen{id};
            while (graph.table(root).partitionOf) {
                const TableId up = graph.findTable(*graph.table(root).partitionOf);
                if (up == kInvalidId || seen.contains(up))
                    break;
                seen.insert(up);
                root = up;
            }
        }
        m_drawnAs[id] = root;
        if (root == id)
            m_drawn.append(id);
        else
            m_partitions[root].append(id);
    }
    m_links.resize(n);
    for (ForeignKeyId id = 0; id < graph.foreignKeys().size(); ++id) {
        const ForeignKey &fk = graph.foreignKey(id);
        const TableId child = drawnAs(fk.child), parent = drawnAs(fk.parent);
        m_links[parent].append({child, id, true});
        if (child != parent)
            m_links[child].append({parent, id, false});
    }
}

QList<TableId> GraphViewPlanner::members(TableId drawn) const
{
    return QList<TableId>{drawn} + m_partitions.value(drawn);
}

const QList<GraphViewPlanner::Link> &GraphViewPlanner::links(TableId drawn) const
{
    static const QList<Link> none;
    return drawn >= 0 && drawn < m_links.size() ? m_links[drawn] : none;
}

QStringList GraphViewPlanner::schemas() const
{
    QStringList out;
    QSet<QString> seen;
    for (TableId t : m_drawn) {
        const QString &s = m_graph.table(t).schema;
        if (!seen.contains(s)) {
            seen.insert(s);
            out << s;
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

QSet<TableId> GraphViewPlanner::neighbourhood(TableId table, int hops, bool throughHubs) const
{
    const TableId start = drawnAs(table);
    QSet<TableId> seen{start};
    QList<TableId> frontier{start};
    for (int hop = 0; hop < hops && !frontier.isEmpty(); ++hop) {
        QList<TableId> next;
        for (TableId t : std::as_const(frontier)) {
            if (t != start && !throughHubs && isHub(t))
                continue; // reached, not walked through: two hops via `users` would be the whole schema
            for (const Link &l : links(t)) {
                if (!seen.contains(l.other)) {
                    seen.insert(l.other);
                    next.append(l.other);
                }
            }
        }
        frontier = next;
    }
    return seen;
}

QHash<TableId, bool> GraphViewPlanner::blastRadius(TableId table) const
{
    QHash<TableId, bool> out;
    QList<TableId> queue{table};
    out.insert(drawnAs(table), false);
    QSet<TableId> expanded;
    while (!queue.isEmpty()) {
        const TableId t = queue.takeFirst();
        if (expanded.contains(t))
            continue;
        expanded.insert(t);
        for (ForeignKeyId id : m_graph.incoming(t)) {
            const ForeignKey &fk = m_graph.foreignKey(id);
            const TableId child = drawnAs(fk.child);
            switch (fk.onDelete) {
            case FkAction::Cascade:
                out.insert(child, false);
                queue.append(fk.child);
                break;
            case FkAction::SetNull:
            case FkAction::SetDefault:
                if (!out.contains(child))
                    out.insert(child, false);
                break;
            case FkAction::Restrict:
            case FkAction::NoAction:
                if (!out.contains(child))
                    out.insert(child, true);
                break;
            }
        }
    }
    return out;
}

QSet<TableId> GraphViewPlanner::tablesWithRules(const QSet<FkAction> &rules) const
{
    QSet<TableId> out;
    for (const ForeignKey &fk : m_graph.foreignKeys()) {
        if (rules.contains(fk.onDelete)) {
            out.insert(drawnAs(fk.child));
            out.insert(drawnAs(fk.parent));
        }
    }
    return out;
}

QSet<TableId> GraphViewPlanner::tablesInSchemas(const QStringList &schemas) const
{
    const QSet<QString> wanted(schemas.begin(), schemas.end());
    QSet<TableId> out;
    for (TableId t : m_drawn) {
        if (wanted.contains(m_graph.table(t).schema))
            out.insert(t);
    }
    return out;
}

QSet<TableId> GraphViewPlanner::tablesWithForeignKeys() const
{
    QSet<TableId> out;
    for (TableId t : m_drawn) {
        if (!m_links[t].isEmpty())
            out.insert(t);
    }
    return out;
}

QList<TableId> GraphViewPlanner::search(const QString &text) const
{
    QList<QPair<qint64, TableId>> hits;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return {};
    for (TableId id : m_drawn) {
        const Table &t = m_graph.table(id);
        int rank = -1;
        if (t.name.compare(needle, Qt::CaseInsensitive) == 0)
            rank = 0;
        else if (t.name.startsWith(needle, Qt::CaseInsensitive))
            rank = 1;
        else if (qualifiedName(t.ref()).contains(needle, Qt::CaseInsensitive))
            rank = 2;
        if (rank >= 0)
            hits.append({rank * 1000000LL + t.name.size(), id});
    }
    std::sort(hits.begin(), hits.end());
    QList<TableId> out;
    for (const auto &h : std::as_const(hits))
        out.append(h.second);
    return out;
}

TableId GraphViewPlanner::busiest(const QSet<TableId> &tables) const
{
    TableId best = kInvalidId;
    int bestDegree = -1;
    for (TableId t : m_drawn) {
        if (!tables.isEmpty() && !tables.contains(t))
            continue;
        if (degree(t) > bestDegree) {
            bestDegree = degree(t);
            best = t;
        }
    }
    return best;
}

GraphView GraphViewPlanner::fold(const QSet<TableId> &requested, TableId focus, int cap,
                                 const QHash<QString, int> &openedPages) const
{
    GraphView view;
    QSet<TableId> set;
    for (TableId t : requested.isEmpty() ? QSet<TableId>(m_drawn.begin(), m_drawn.end()) : requested) {
        if (t >= 0 && t < m_drawnAs.size())
            set.insert(drawnAs(t));
    }
    if (set.size() <= cap) {
        view.tables = QList<TableId>(set.begin(), set.end());
        std::sort(view.tables.begin(), view.tables.end());
        return view;
    }

    // Breadth-first from the focus: a table's neighbours on one side are drawn while the budget lasts
    // and the fan is narrow; the rest fold into one group hanging off it.
    QSet<TableId> visited; // drawn or folded
    QList<TableId> queue;
    auto draw = [&](TableId t) {
        visited.insert(t);
        view.tables.append(t);
        queue.append(t);
    };
    auto byDegree = [&](TableId a, TableId b) { return degree(a) != degree(b) ? degree(a) > degree(b) : a < b; };
    TableId start = focus != kInvalidId && set.contains(drawnAs(focus)) ? drawnAs(focus) : busiest(set);
    while (start != kInvalidId) {
        draw(start);
        while (!queue.isEmpty()) {
            const TableId u = queue.takeFirst();
            for (bool referencing : {true, false}) {
                QList<TableId> group;
                QSet<TableId> inGroup;
                for (const Link &l : links(u)) {
                    if (l.referencing == referencing && set.contains(l.other) && !visited.contains(l.other)
                        && !inGroup.contains(l.other)) {
                        inGroup.insert(l.other);
                        group.append(l.other);
                    }
                }
                if (group.isEmpty())
                    continue;
                std::sort(group.begin(), group.end(), byDegree);
                FoldGroup f;
                f.anchor = u;
                f.referencing = referencing;
                f.openedPages = openedPages.value(f.key());
                const int budget = std::max(0, cap - static_cast<int>(view.tables.size()));
                int allowed = group.size() > kFanLimit ? kFanLimit + f.openedPages * kPageSize : static_cast<int>(group.size());
                // Opened pages are the user's explicit wish: they may pass the cap.
                allowed = std::min(allowed, std::max(budget, f.openedPages * kPageSize));
                for (int i = 0; i < group.size(); ++i) {
                    if (i < allowed)
                        draw(group[i]);
                    else {
                        visited.insert(group[i]);
                        f.members.append(group[i]);
                    }
                }
                if (f.members.isEmpty())
                    continue;
                const QSet<TableId> folded(f.members.begin(), f.members.end());
                for (const Link &l : links(u)) {
                    if (l.referencing == referencing && folded.contains(l.other)) {
                        ++f.byRule[static_cast<int>(m_graph.foreignKey(l.fk).onDelete)];
                        ++f.foreignKeys;
                    }
                }
                view.folds.append(f);
            }
        }
        // Another component of the set, while boxes remain.
        start = kInvalidId;
        if (static_cast<int>(view.tables.size()) < cap) {
            QSet<TableId> rest;
            for (TableId t : set) {
                if (!visited.contains(t))
                    rest.insert(t);
            }
            if (!rest.isEmpty())
                start = busiest(rest);
        }
    }
    FoldGroup others;
    for (TableId t : m_drawn) {
        if (set.contains(t) && !visited.contains(t))
            others.members.append(t);
    }
    if (!others.members.isEmpty()) {
        std::sort(others.members.begin(), others.members.end(), byDegree);
        view.folds.append(others);
    }
    for (int i = 0; i < view.folds.size(); ++i)
        view.folds[i].node = -2 - i;
    return view;
}

SchemaMap GraphViewPlanner::schemaMap(const QSet<TableId> &tables) const
{
    SchemaMap map;
    QHash<QString, int> nodeOf; // schema -> index in map.nodes
    for (TableId t : m_drawn) {
        if (!tables.isEmpty() && !tables.contains(t))
            continue;
        const QString &schema = m_graph.table(t).schema;
        auto it = nodeOf.find(schema);
        if (it == nodeOf.end()) {
            it = nodeOf.insert(schema, static_cast<int>(map.nodes.size()));
            SchemaMap::Node node;
            node.schema = schema;
            map.nodes.append(node);
        }
        ++map.nodes[it.value()].tables;
    }
    std::sort(map.nodes.begin(), map.nodes.end(), [](const SchemaMap::Node &a, const SchemaMap::Node &b) { return a.schema < b.schema; });
    for (int i = 0; i < map.nodes.size(); ++i) {
        map.nodes[i].node = -2 - i;
        nodeOf[map.nodes[i].schema] = i;
    }
    QHash<QPair<int, int>, int> edgeOf;
    for (const ForeignKey &fk : m_graph.foreignKeys()) {
        const TableId child = drawnAs(fk.child), parent = drawnAs(fk.parent);
        if (!tables.isEmpty() && (!tables.contains(child) || !tables.contains(parent)))
            continue;
        const int from = nodeOf.value(m_graph.table(child).schema, -1);
        const int to = nodeOf.value(m_graph.table(parent).schema, -1);
        if (from < 0 || to < 0)
            continue;
        if (from == to) {
            ++map.nodes[from].foreignKeys;
            continue;
        }
        auto it = edgeOf.find({from, to});
        if (it == edgeOf.end()) {
            it = edgeOf.insert({from, to}, static_cast<int>(map.edges.size()));
            SchemaMap::Edge e;
            e.from = map.nodes[from].node;
            e.to = map.nodes[to].node;
            map.edges.append(e);
        }
        SchemaMap::Edge &e = map.edges[it.value()];
        ++e.byRule[static_cast<int>(fk.onDelete)];
        ++e.foreignKeys;
    }
    for (int i = 0; i < map.edges.size(); ++i)
        map.edges[i].id = -2 - i;
    return map;
}

} // namespace fkscope
