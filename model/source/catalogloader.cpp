// SPDX-License-Identifier: Apache-2.0
#include "catalogloader.h"

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

} // namespace fkscope
