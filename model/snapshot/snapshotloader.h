// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "source/catalogloader.h"

namespace fkscope {

// A snapshot file as a source: the same graph that was saved, with the schema filters applied.
class SnapshotLoader : public CatalogLoader
{
public:
    explicit SnapshotLoader(QString path);
    SchemaGraph load(const LoadOptions &options) override;

private:
    QString m_path;
};

} // namespace fkscope
