// SPDX-License-Identifier: Apache-2.0
#include "sourcespec.h"

namespace fkscope {

SourceSpec SourceSpec::parse(const QString &text)
{
    SourceSpec best;
    int bestScore = 0;
    for (const SourceEngine *engine : EngineRegistry::engines()) {
        QString location;
        const int score = engine->recognize(text, location);
        if (score > bestScore) {
            bestScore = score;
            best = {engine, location};
        }
    }
    return best;
}

std::unique_ptr<CatalogLoader> createLoader(const SourceSpec &spec)
{
    return spec.engine ? spec.engine->createLoader(spec.location) : nullptr;
}

} // namespace fkscope
