// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QGraphicsView>
#include <QImage>
#include <QTransform>

class QTimer;

namespace fkscope {

class TableItem;

// The canvas view: wheel zooms around the cursor, dragging the background pans, zoom changes the
// view transform only (never the layout). Keyboard: +/- and 0 (fit); the arrow keys move the
// selection to the nearest table in that direction; P goes to a parent of the selected table (along
// one of its foreign keys) and C to a child that references it, Shift+P / Shift+C to the next
// parent / child of the table last left; Delete asks for the impact of deleting from the table.
class SchemaView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit SchemaView(QWidget *parent = nullptr);

    void zoomBy(qreal factor);
    void fitAll();
    qreal zoom() const { return transform().m11(); }

    // Selects and shows a table (keyboard navigation and callers).
    void selectItem(TableItem *item);
    TableItem *selectedItem() const;

signals:
    void viewportChanged();
    void impactRequested(int table);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool moveSelection(int key);
    void follow(bool toParent, bool next);
    int m_followFrom = -1; // the table the last P / C left
    bool m_followToParent = true;
    int m_followIndex = 0;
};

// A small overview of the whole scene with the main view's visible area; click or drag to pan there.
// The scene is drawn into a picture once after it changes (coalesced, in an event of its own), and
// every pan of the main view only moves the marked area over that picture: painting the whole
// scene again on each scroll and in every scene update was what cost the most on big views.
class MinimapView : public QWidget
{
    Q_OBJECT

public:
    MinimapView(SchemaView *main, QWidget *parent = nullptr);
    // Draws the picture again soon (after a new layout).
    void refit();
    // The picture as last drawn, and where a scene point lands on the widget.
    const QImage &picture() const { return m_picture; }
    QPointF mapFromScene(const QPointF &p) const { return m_sceneToWidget.map(p); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void renderPicture();

    SchemaView *m_main;
    QTimer *m_renderTimer;
    QImage m_picture;
    QTransform m_sceneToWidget;
};

} // namespace fkscope
