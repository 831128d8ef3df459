#pragma once

#include <QGraphicsView>

namespace fkscope {

// The canvas view: wheel zooms around the cursor, dragging the background pans, zoom changes the
// view transform only (never the layout). +/- and 0 (fit) on the keyboard.
class SchemaView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit SchemaView(QWidget *parent = nullptr);

    void zoomBy(qreal factor);
    void fitAll();
    qreal zoom() const { return transform().m11(); }

signals:
    void viewportChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
};

// A small overview of the whole scene with the main view's visible area; click or drag to pan there.
class MinimapView : public QGraphicsView
{
    Q_OBJECT

public:
    MinimapView(SchemaView *main, QWidget *parent = nullptr);
    void refit();

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    SchemaView *m_main;
};

} // namespace fkscope
