// SPDX-License-Identifier: Apache-2.0
#include "catalogloader.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace fkscope {

QString schemaGlobToRegex(const QString &glob)
{
    QString re = QStringLiteral("^");
    for (const QChar c : glob) {
        if (c == u'*')
            re += QLatin1String(".*");
        else if (c == u'?')
            re += QLatin1Char('.');
        else if (QStringLiteral("\\.^$|()[]{}+").contains(c))
            re += QLatin1Char('\\') + c;
        else
            re += c;
    }
    return re + QLatin1Char('$');
}

bool LoadOptions::selects(const QString &schema) const
{
    auto matchesAny = [&](const QStringList &globs) {
        return std::any_of(globs.begin(), globs.end(), [&](const QString &glob) {
            return QRegularExpression(schemaGlobToRegex(glob)).match(schema).hasMatch();
        });
    };
    return (includeSchemas.isEmpty() || matchesAny(includeSchemas)) && !matchesAny(excludeSchemas);
}

SchemaGraph selectSchemas(const SchemaGraph &all, const LoadOptions &options)
{
    if (options.includeSchemas.isEmpty() && options.excludeSchemas.isEmpty())
        return all;
    // Same selection rule as the live loader: chosen schemas, plus tables an FK links to them.
    auto selected = [&](const Table &t) {
        return !t.external && options.selects(t.schema);
    };
    QList<bool> keep(all.tables().size(), false), chosen(all.tables().size(), false);
    for (TableId id = 0; id < all.tables().size(); ++id)
        chosen[id] = keep[id] = selected(all.table(id));
    QList<ForeignKey> fks;
    for (const ForeignKey &fk : all.foreignKeys()) {
        if (chosen[fk.child] || chosen[fk.parent]) {
            keep[fk.child] = keep[fk.parent] = true;
            fks.append(fk);
        }
    }
    QList<Table> tables;
    QList<TableId> newId(all.tables().size(), kInvalidId);
    for (TableId id = 0; id < all.tables().size(); ++id) {
        if (!keep[id])
            continue;
        newId[id] = static_cast<TableId>(tables.size());
        Table t = all.table(id);
        t.external = t.external || !chosen[id];
        tables.append(std::move(t));
    }
    for (ForeignKey &fk : fks) {
        fk.child = newId[fk.child];
        fk.parent = newId[fk.parent];
    }
    return SchemaGraph(all.source(), std::move(tables), std::move(fks), all.warnings());
}

QByteArray readSourceFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "Cannot read %1: %2").arg(path, file.errorString()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "Cannot read %1: %2").arg(path, file.errorString()));
    return bytes;
}

} // namespace fkscope
