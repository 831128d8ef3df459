// SPDX-License-Identifier: Apache-2.0
#include "scenerender.h"

#include "core/error.h"
#include "core/savefile.h"
#include "schemascene.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace fkscope {

namespace {

// Items that cache their picture (DeviceCoordinateCache) would be written as bitmaps into an SVG
// and at the cache's resolution into an image: they draw themselves while the scene is rendered.
class CachesOff
{
public:
    explicit CachesOff(QGraphicsScene &scene)
    {
        for (QGraphicsItem *item : scene.items()) {
            if (item->cacheMode() != QGraphicsItem::NoCache) {
                m_items.append({item, item->cacheMode()});
                item->setCacheMode(QGraphicsItem::NoCache);
            }
        }
    }
    ~CachesOff()
    {
        for (const auto &[item, mode] : std::as_const(m_items))
            item->setCacheMode(mode);
    }
    CachesOff(const CachesOff &) = delete;
    CachesOff &operator=(const CachesOff &) = delete;

private:
    QList<QPair<QGraphicsItem *, QGraphicsItem::CacheMode>> m_items;
};

Error cannotWrite(const QString &path, const QString &reason)
{
    return Error(ErrorKind::BadInput, QCoreApplication::translate("SceneRender", "Cannot write %1: %2").arg(path, reason));
}

} // namespace

void renderScene(SchemaScene &scene, const QString &path, int maxPixels)
{
    QRectF source;
    for (QGraphicsItem *item : scene.items()) {
        if (item->isVisible() && !item->parentItem())
            source = source.united(item->sceneBoundingRect());
    }
    source = source.adjusted(-30, -30, 30, 30);
    const CachesOff cachesOff(scene);
    // Drawn in memory, then written whole or not at all (writeFileWhole): a failure (a full disk, no
    // permission) leaves no half-written picture and keeps an older one intact.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(QCoreApplication::translate("SceneRender", "Foreign keys of %1").arg(scene.graph().source().database));
        svg.setDescription(QCoreApplication::translate("SceneRender", "Drawn by fkscope"));
        QPainter painter;
        if (!painter.begin(&svg))
            throw cannotWrite(path, QCoreApplication::translate("SceneRender", "the SVG could not be drawn"));
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), scene.backgroundBrush());
        scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        painter.end();
    } else {
        const qreal scale = std::min<qreal>(2.0, maxPixels / std::max(source.width(), source.height()));
        QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(scene.backgroundBrush().color());
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            scene.render(&painter, QRectF(QPointF(0, 0), image.size()), source);
        }
        const QByteArray format = QFileInfo(path).suffix().toLatin1();
        if (!image.save(&buffer, format.isEmpty() ? "png" : format.constData()))
            throw cannotWrite(path, QCoreApplication::translate("SceneRender", "unknown image format"));
    }
    writeFileWhole(path, bytes);
}

} // namespace fkscope
