// SPDX-License-Identifier: Apache-2.0
// Snapshot files behind the engine seam: `snapshot:PATH`, or an existing *.json file. A snapshot holds
// a schema only (no rows): it has no live database.
#include "snapshotloader.h"
#include "source/sourceengine.h"

#include <QFileInfo>

namespace fkscope {

namespace {

class SnapshotEngine final : public SourceEngine
{
public:
    QString id() const override { return QStringLiteral("snapshot"); }
    QString displayName() const override { return QStringLiteral("snapshot"); }
    EngineCapabilities capabilities() const override { return {}; }
    int recognize(const QString &text, QString &location) const override
    {
        static const QString prefix = QStringLiteral("snapshot:");
        if (text.startsWith(prefix)) {
            location = text.mid(prefix.size());
            return 100;
        }
        location = text;
        return text.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && QFileInfo(text).isFile() ? 60 : 0;
    }
    std::unique_ptr<CatalogLoader> createLoader(const QString &location) const override
    {
        return std::make_unique<SnapshotLoader>(location);
    }
};

} // namespace

const SourceEngine &snapshotEngine()
{
    static const SnapshotEngine engine;
    return engine;
}

} // namespace fkscope
