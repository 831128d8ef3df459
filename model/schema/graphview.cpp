// SPDX-License-Identifier: Apache-2.0
#include "graphview.h"

#include <QMap>

#include <algorithm>
#include <set>

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
        // may link partitions in a ring, which has no top: each table of the ring is drawn alone.
        TableId root = id;
        if (graph.table(id).partitionOf) {
            QSet<TableId> seen{id};
            while (graph.table(root).partitionOf) {
                const TableId up = graph.findTable(*graph.table(root).partitionOf);
                if (up == kInvalidId)
                    break;
                if (seen.contains(up)) {
                    root = id;
                    break;
                }
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
                                 const QHash<QString, int> &openedPages, const QSet<TableId> &pinned) const
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
                int drawn = 0;
                for (TableId t : std::as_const(group)) {
                    if (pinned.contains(t))
                        draw(t);
                    else if (drawn++ < allowed)
                        draw(t);
                    else {
                        visited.insert(t);
                        f.members.append(t);
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

SchemaMap GraphViewPlanner::mapOf(const QList<QList<TableId>> &groups, const QHash<TableId, int> &groupOf,
                                  const QStringList &names) const
{
    SchemaMap map;
    for (int i = 0; i < groups.size(); ++i) {
        SchemaMap::Node node;
        node.node = -2 - i;
        node.schema = names[i];
        node.members = groups[i];
        node.tables = static_cast<int>(groups[i].size());
        map.nodes.append(node);
    }
    QHash<QPair<int, int>, int> edgeOf;
    for (const ForeignKey &fk : m_graph.foreignKeys()) {
        const int from = groupOf.value(drawnAs(fk.child), -1);
        const int to = groupOf.value(drawnAs(fk.parent), -1);
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
            e.id = -2 - static_cast<int>(map.edges.size());
            e.from = map.nodes[from].node;
            e.to = map.nodes[to].node;
            map.edges.append(e);
        }
        SchemaMap::Edge &e = map.edges[it.value()];
        ++e.byRule[static_cast<int>(fk.onDelete)];
        ++e.foreignKeys;
    }
    return map;
}

SchemaMap GraphViewPlanner::schemaMap(const QSet<TableId> &tables) const
{
    QMap<QString, QList<TableId>> bySchema;
    for (TableId t : m_drawn) {
        if (tables.isEmpty() || tables.contains(t))
            bySchema[m_graph.table(t).schema].append(t);
    }
    QList<QList<TableId>> groups;
    QHash<TableId, int> groupOf;
    QStringList names;
    for (auto it = bySchema.constBegin(); it != bySchema.constEnd(); ++it) {
        for (TableId t : it.value())
            groupOf.insert(t, static_cast<int>(groups.size()));
        groups.append(it.value());
        names << it.key();
    }
    return mapOf(groups, groupOf, names);
}

SchemaMap GraphViewPlanner::clusterMap(const QSet<TableId> &tables, int maxClusters) const
{
    QList<TableId> nodes;
    for (TableId t : m_drawn) {
        if (tables.isEmpty() || tables.contains(t))
            nodes.append(t);
    }
    const QSet<TableId> inSet(nodes.begin(), nodes.end());
    // Label propagation, deterministic: tables in id order take the label most of their non-hub
    // neighbours carry (ties: the smaller label). Hubs keep their own label and pass none on.
    QHash<TableId, TableId> label;
    for (TableId t : nodes)
        label.insert(t, t);
    for (int round = 0; round < 8; ++round) {
        bool changed = false;
        for (TableId t : nodes) {
            if (isHub(t))
                continue;
            QHash<TableId, int> votes;
            for (const Link &l : links(t)) {
                if (l.other != t && inSet.contains(l.other) && !isHub(l.other))
                    ++votes[label.value(l.other)];
            }
            TableId best = label.value(t);
            int bestVotes = votes.value(best);
            for (auto it = votes.constBegin(); it != votes.constEnd(); ++it) {
                if (it.value() > bestVotes || (it.value() == bestVotes && it.key() < best)) {
                    best = it.key();
                    bestVotes = it.value();
                }
            }
            if (best != label.value(t)) {
                label.insert(t, best);
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    // Clusters and the links between them (hub links left out: a hub is its own cluster).
    QHash<TableId, QList<TableId>> members;
    for (TableId t : nodes)
        members[label.value(t)].append(t);
    QHash<TableId, QHash<TableId, int>> between;
    for (TableId t : nodes) {
        if (isHub(t))
            continue;
        for (const Link &l : links(t)) {
            if (!inSet.contains(l.other) || isHub(l.other))
                continue;
            const TableId a = label.value(t), b = label.value(l.other);
            if (a != b)
                ++between[a][b];
        }
    }
    // Merge the smallest cluster into the one it links to most (a table linked only to hubs goes
    // with the hub it links to most; one linked to nothing, into the smallest other) until few
    // enough remain. Hub clusters absorb others but are never merged away.
    QSet<TableId> hubClusters;
    for (TableId t : nodes) {
        if (isHub(t))
            hubClusters.insert(t);
    }
    auto isHubCluster = [&](TableId c) { return hubClusters.contains(c); };
    auto hubOf = [&](TableId cluster) {
        QHash<TableId, int> votes;
        for (TableId t : members.value(cluster)) {
            for (const Link &l : links(t)) {
                if (inSet.contains(l.other) && isHub(l.other) && l.other != t)
                    ++votes[label.value(l.other)];
            }
        }
        TableId best = kInvalidId;
        for (auto it = votes.constBegin(); it != votes.constEnd(); ++it) {
            if (best == kInvalidId || it.value() > votes.value(best) || (it.value() == votes.value(best) && it.key() < best))
                best = it.key();
        }
        return best;
    };
    std::set<std::pair<qsizetype, TableId>> bySize; // non-hub clusters, smallest first
    for (auto it = members.constBegin(); it != members.constEnd(); ++it) {
        if (!isHubCluster(it.key()))
            bySize.insert({it.value().size(), it.key()});
    }
    while (members.size() > maxClusters && !bySize.empty()) {
        const TableId smallest = bySize.begin()->second;
        bySize.erase(bySize.begin());
        TableId into = kInvalidId;
        int weight = -1;
        for (auto it = between.value(smallest).constBegin(); it != between.value(smallest).constEnd(); ++it) {
            if (it.value() > weight || (it.value() == weight && it.key() < into)) {
                into = it.key();
                weight = it.value();
            }
        }
        if (into == kInvalidId)
            into = hubOf(smallest);
        if (into == kInvalidId && !bySize.empty())
            into = bySize.begin()->second;
        if (into == kInvalidId)
            break;
        if (!isHubCluster(into))
            bySize.erase({members.value(into).size(), into});
        members[into] += members.take(smallest);
        if (!isHubCluster(into))
            bySize.insert({members.value(into).size(), into});
        const QHash<TableId, int> links = between.take(smallest);
        for (auto it = links.constBegin(); it != links.constEnd(); ++it) {
            between[it.key()].remove(smallest);
            if (it.key() == into)
                continue;
            between[into][it.key()] += it.value();
            between[it.key()][into] += it.value();
        }
        between[into].remove(into);
    }
    // Biggest clusters first, each named after its busiest table.
    QList<QList<TableId>> groups = members.values();
    for (QList<TableId> &g : groups)
        std::sort(g.begin(), g.end());
    std::sort(groups.begin(), groups.end(), [](const QList<TableId> &a, const QList<TableId> &b) {
        return a.size() != b.size() ? a.size() > b.size() : a.first() < b.first();
    });
    QHash<TableId, int> groupOf;
    QStringList names;
    for (int i = 0; i < groups.size(); ++i) {
        for (TableId t : groups[i])
            groupOf.insert(t, i);
        names << qualifiedName(m_graph.table(busiest(QSet<TableId>(groups[i].begin(), groups[i].end()))).ref());
    }
    SchemaMap map = mapOf(groups, groupOf, names);
    map.clusters = true;
    return map;
}

SchemaMap GraphViewPlanner::overviewMap(const QSet<TableId> &tables) const
{
    QSet<QString> schemas;
    for (TableId t : m_drawn) {
        if (tables.isEmpty() || tables.contains(t))
            schemas.insert(m_graph.table(t).schema);
        if (schemas.size() >= 2)
            return schemaMap(tables);
    }
    return clusterMap(tables);
}

} // namespace fkscope
