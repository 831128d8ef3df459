// SPDX-License-Identifier: Apache-2.0
#include "schemaview.h"

#include "foreignkeyedge.h"
#include "schemascene.h"
#include "tableitem.h"

#include <QGraphicsItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>

namespace fkscope {

SchemaView::SchemaView(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Foreign-key diagram"));
}

void SchemaView::zoomBy(qreal factor)
{
    const qreal next = zoom() * factor;
    if (next < 0.02 || next > 8)
        return;
    scale(factor, factor);
    emit viewportChanged();
}

void SchemaView::fitAll()
{
    if (!scene())
        return;
    QRectF bounds;
    for (QGraphicsItem *item : scene()->items()) {
        if (item->isVisible() && !item->parentItem())
            bounds = bounds.united(item->sceneBoundingRect());
    }
    if (bounds.isEmpty())
        return;
    fitInView(bounds.adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    if (zoom() > 1.0) {
        resetTransform();
        centerOn(bounds.center());
    }
    emit viewportChanged();
}

void SchemaView::wheelEvent(QWheelEvent *event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

void SchemaView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        return;
    case Qt::Key_0:
        fitAll();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (event->modifiers() == Qt::NoModifier && moveSelection(event->key()))
            return;
        break;
    case Qt::Key_P:
    case Qt::Key_C:
        follow(event->key() == Qt::Key_P, event->modifiers() & Qt::ShiftModifier);
        return;
    case Qt::Key_Delete:
        if (TableItem *item = selectedItem())
            emit impactRequested(item->tableId());
        return;
    default:
        break;
    }
    switch (event->key()) {
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

TableItem *SchemaView::selectedItem() const
{
    if (!scene())
        return nullptr;
    for (QGraphicsItem *item : scene()->selectedItems()) {
        if (auto *t = qgraphicsitem_cast<TableItem *>(item))
            return t;
    }
    return nullptr;
}

void SchemaView::selectItem(TableItem *item)
{
    if (!item || !scene())
        return;
    scene()->clearSelection();
    item->setSelected(true);
    ensureVisible(item, 40, 40);
}

bool SchemaView::moveSelection(int key)
{
    if (!scene())
        return false;
    TableItem *from = selectedItem();
    const QPointF origin = from ? from->sceneBoundingRect().center() : mapToScene(viewport()->rect().center());
    TableItem *best = nullptr;
    qreal bestScore = 0;
    for (QGraphicsItem *item : scene()->items()) {
        auto *t = qgraphicsitem_cast<TableItem *>(item);
        if (!t || t == from || !t->isVisible())
            continue;
        const QPointF d = t->sceneBoundingRect().center() - origin;
        // Along the direction asked for, preferring tables straight ahead over ones off to the side.
        qreal along = 0, across = 0;
        switch (key) {
        case Qt::Key_Left: along = -d.x(); across = d.y(); break;
        case Qt::Key_Right: along = d.x(); across = d.y(); break;
        case Qt::Key_Up: along = -d.y(); across = d.x(); break;
        default: along = d.y(); across = d.x(); break;
        }
        if (from && along <= 1)
            continue;
        const qreal score = std::abs(along) + 2 * std::abs(across);
        if (!best || score < bestScore) {
            best = t;
            bestScore = score;
        }
    }
    if (!best)
        return from != nullptr; // at the edge: keep the selection, do not scroll
    selectItem(best);
    return true;
}

void SchemaView::follow(bool toParent, bool next)
{
    auto *schema = qobject_cast<SchemaScene *>(scene());
    TableItem *selected = selectedItem();
    if (!schema || !selected)
        return;
    // Shift: the next table along the same kind of FK from the table we last left.
    const bool cycling = next && m_followFrom != kInvalidId && m_followToParent == toParent && schema->tableItem(m_followFrom);
    const TableId from = cycling ? m_followFrom : selected->tableId();
    const SchemaGraph &g = schema->graph();
    QList<TableId> targets; // the drawn table's (and its partitions') FKs, to visible tables
    for (TableId member = 0; member < g.tables().size(); ++member) {
        if (schema->drawnAs(member) != from)
            continue;
        for (ForeignKeyId id : toParent ? g.outgoing(member) : g.incoming(member)) {
            const ForeignKey &fk = g.foreignKey(id);
            const TableId other = schema->drawnAs(toParent ? fk.parent : fk.child);
            TableItem *item = schema->tableItem(other);
            if (item && item->isVisible() && other != from && !targets.contains(other))
                targets << other;
        }
    }
    if (targets.isEmpty())
        return;
    const int index = cycling ? (m_followIndex + 1) % static_cast<int>(targets.size()) : 0;
    m_followFrom = from;
    m_followToParent = toParent;
    m_followIndex = index;
    selectItem(schema->tableItem(targets[index]));
}

void SchemaView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    emit viewportChanged();
}

void SchemaView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    emit viewportChanged();
}

MinimapView::MinimapView(SchemaView *main, QWidget *parent)
    : QWidget(parent)
    , m_main(main)
    , m_renderTimer(new QTimer(this))
{
    setAccessibleName(tr("Overview"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(60);
    connect(m_renderTimer, &QTimer::timeout, this, &MinimapView::renderPicture);
    connect(main->scene(), &QGraphicsScene::changed, m_renderTimer, qOverload<>(&QTimer::start));
    connect(main, &SchemaView::viewportChanged, this, qOverload<>(&QWidget::update));
}

void MinimapView::refit() { m_renderTimer->start(); }

void MinimapView::renderPicture()
{
    QGraphicsScene *scene = m_main->scene();
    const qreal dpr = devicePixelRatioF();
    QImage picture(size() * dpr, QImage::Format_ARGB32_Premultiplied);
    picture.setDevicePixelRatio(dpr);
    picture.fill(scene ? scene->backgroundBrush().color() : palette().color(QPalette::Base));
    m_sceneToWidget = QTransform();
    const QRectF source = scene ? scene->sceneRect() : QRectF();
    if (!source.isEmpty() && width() > 0 && height() > 0) {
        const qreal scale = std::min(width() / source.width(), height() / source.height());
        const QSizeF drawn = source.size() * scale;
        const QRectF target(QPointF((width() - drawn.width()) / 2, (height() - drawn.height()) / 2), drawn);
        m_sceneToWidget = QTransform::fromTranslate(-source.left(), -source.top()) * QTransform::fromScale(scale, scale)
                          * QTransform::fromTranslate(target.left(), target.top());
        QPainter painter(&picture);
        painter.setRenderHint(QPainter::Antialiasing);
        // Rendering emits no scene change of its own, so this does not come back.
        scene->render(&painter, target, source, Qt::KeepAspectRatio);
    }
    m_picture = picture;
    update();
}

void MinimapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_picture.isNull())
        painter.fillRect(rect(), palette().color(QPalette::Base));
    else
        painter.drawImage(QPointF(0, 0), m_picture);
    const QRectF visible = m_sceneToWidget.mapRect(m_main->mapToScene(m_main->viewport()->rect()).boundingRect());
    painter.setPen(QPen(QColor(0xE6, 0x9F, 0x00), 1));
    painter.setBrush(QColor(0xE6, 0x9F, 0x00, 40));
    painter.drawRect(visible.intersected(QRectF(rect()).adjusted(0, 0, -1, -1)));
}

void MinimapView::mousePressEvent(QMouseEvent *event)
{
    if (m_sceneToWidget.isInvertible())
        m_main->centerOn(m_sceneToWidget.inverted().map(event->position()));
}

void MinimapView::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton) && m_sceneToWidget.isInvertible())
        m_main->centerOn(m_sceneToWidget.inverted().map(event->position()));
}

void MinimapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_renderTimer->start();
}

} // namespace fkscope
