#include "scenerender.h"

#include "core/error.h"
#include "schemascene.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace fkscope {

void renderScene(SchemaScene &scene, const QString &path, int maxPixels)
{
    QRectF source;
    for (QGraphicsItem *item : scene.items()) {
        if (item->isVisible() && !item->parentItem())
            source = source.united(item->sceneBoundingRect());
    }
    source = source.adjusted(-30, -30, 30, 30);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(QCoreApplication::translate("SceneRender", "Foreign keys of %1").arg(scene.graph().source().database));
        svg.setDescription(QCoreApplication::translate("SceneRender", "Drawn by fkscope"));
        QPainter painter;
        if (!painter.begin(&svg))
            throw Error(ErrorKind::BadInput, QStringLiteral("Cannot write %1.").arg(path));
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), scene.backgroundBrush());
        scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        painter.end();
        return;
    }
    const qreal scale = std::min<qreal>(2.0, maxPixels / std::max(source.width(), source.height()));
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(scene.backgroundBrush().color());
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    }
    if (!image.save(path))
        throw Error(ErrorKind::BadInput, QStringLiteral("Cannot write %1 (unknown image format or no permission).").arg(path));
}

} // namespace fkscope
