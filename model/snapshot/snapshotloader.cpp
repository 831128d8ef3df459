// SPDX-License-Identifier: Apache-2.0
#include "snapshotloader.h"

#include "snapshot.h"

namespace fkscope {

SnapshotLoader::SnapshotLoader(QString path)
    : m_path(std::move(path))
{
}

SchemaGraph SnapshotLoader::load(const LoadOptions &options)
{
    return selectSchemas(snapshot::readFile(m_path), options);
}

} // namespace fkscope
