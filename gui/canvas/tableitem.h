// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "canvaspalette.h"
#include "lint/lint.h"
#include "schema/schemagraph.h"

#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QStaticText>

namespace fkscope {

class ForeignKeyEdge;

// One table (a partitioned table with its partitions folded in) as a box: a header with the
// schema-qualified name (the bare name when the view shows one schema only), then one row per column
// with PK / FK / NOT NULL markers and the type. Double-click collapses the box to its header, as
// wide as the header needs. The item is a view of model data; the model never knows it exists.
class TableItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(fkscope::TableItem)

public:
    enum { Type = UserType + 1 };
    enum class Emphasis { Normal, Related, Dimmed };

    TableItem(TableId id, const SchemaGraph &graph, const CanvasPalette &palette);

    int type() const override { return Type; }
    TableId tableId() const { return m_id; }
    // The schema-qualified name (also the tooltip's first line), whatever the header shows.
    const QString &title() const { return m_title; }
    // The header shows the schema too (default), or the table's name alone.
    void setSchemaShown(bool shown);
    bool isSchemaShown() const { return m_schemaShown; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    qreal headerHeight() const { return m_headerHeight; }
    qreal rowHeight() const { return m_rowHeight; }
    qreal boxWidth() const { return m_width; }
    int visibleRows() const { return m_collapsed ? 0 : static_cast<int>(m_rows.size()); }
    // The row a column is drawn in; -1 when collapsed (edges then attach to the header).
    // The row that shows `column`; a column a capped box leaves out anchors on its "… more" row.
    int rowOf(const QString &column) const;
    // A box lists at most this many rows: a wider table shows its key columns (primary key, foreign
    // keys, columns other tables reference) and then its first other columns, in table order, and a
    // last row "… N more columns" (a 1,600-column table would otherwise draw a box 30,000 px tall).
    static constexpr int kMaxRows = 40;
    // Where an edge meets the box at `row` (-1: header), on the left or right side, in scene coordinates.
    QPointF anchor(int row, bool rightSide) const;

    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);
    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }
    bool hasMark() const { return m_mark.isValid(); }
    const QString &badge() const { return m_badge; }
    // A colour band for impact results (null colour: none).
    void setMark(const QColor &color, const QString &badge);
    void setPalette(const CanvasPalette &palette);
    // Lint findings on the table: a mark above the header's left end whose shape tells the worst
    // severity (circle error, triangle warning, square info) and the count. count 0: none.
    void setFindings(Severity worst, int count);
    int findingCount() const { return m_findingCount; }

    void addEdge(ForeignKeyEdge *edge) { m_edges.append(edge); }
    void removeEdge(ForeignKeyEdge *edge) { m_edges.removeAll(edge); }
    const QList<ForeignKeyEdge *> &edges() const { return m_edges; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    struct Row
    {
        QString name, type;
        bool pk = false, fk = false, notNull = false;
        bool more = false; // the last row of a capped box: "… N more columns"
        qreal nameAdvance = 0; // the name's width in the row font (for the bars of a far zoom)
        mutable QStaticText nameText, typeText; // laid out once, not on every paint
    };

    TableId m_id;
    void updateWidth();
    void prepareTexts() const;
    void prepareRowTexts() const;
    QRectF badgeRect() const;
    QRectF findingRect() const;
    void paintFindings(QPainter *painter) const;

    QString m_title, m_name, m_subtitle;
    mutable QStaticText m_titleText, m_subtitleText, m_pkText, m_fkText;
    mutable bool m_textsReady = false, m_rowTextsReady = false;
    QList<Row> m_rows;
    QList<ForeignKeyEdge *> m_edges;
    CanvasPalette m_palette;
    QFont m_font, m_boldFont, m_smallFont;
    qreal m_width = 0, m_headerHeight = 0, m_rowHeight = 0;
    qreal m_rowsWidth = 0; // what the column rows need
    bool m_collapsed = false;
    bool m_schemaShown = true;
    Emphasis m_emphasis = Emphasis::Normal;
    QColor m_mark;
    QString m_badge;
    qreal m_badgeWidth = 0; // its pill's width (boundingRect() is asked often: not measured there)
    Severity m_findingSeverity = Severity::Info;
    int m_findingCount = 0;
    qreal m_findingWidth = 0;
};

} // namespace fkscope
