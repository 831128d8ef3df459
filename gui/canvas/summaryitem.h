// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "canvaspalette.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QStringList>

#include <array>

namespace fkscope {

// A node that stands for many tables: the folded neighbours of a hub ("+ 2,143 tables referencing
// app0.t0", opened a page at a time by double-click) or a schema on the map of a big database.
class SummaryItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(fkscope::SummaryItem)

public:
    enum { Type = UserType + 4 };
    enum class Kind { Fold, Schema };

    // `byRule`: FK counts by ON DELETE rule (indexed by FkAction), drawn one row each with the rule's
    // line style and name; `lines`: smaller text below.
    SummaryItem(int node, Kind kind, const QString &title, const std::array<int, 5> &byRule, const QStringList &lines,
                const CanvasPalette &palette);

    int type() const override { return Type; }
    int node() const { return m_node; }
    Kind kind() const { return m_kind; }
    const QString &title() const { return m_title; }
    QSizeF size() const { return {m_width, m_height}; }
    void setPalette(const CanvasPalette &palette);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // "CASCADE 120 · NO ACTION 2,023": FK counts by ON DELETE rule (indexed by FkAction), in words.
    static QString ruleCounts(const std::array<int, 5> &byRule);
    // Rows of rule samples and counts (the non-zero ones) drawn at `topLeft`; returns the block's size.
    static QSizeF drawRuleRows(QPainter *painter, const QPointF &topLeft, const std::array<int, 5> &byRule, const QFont &font,
                               const QColor &text, bool dark);

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    int m_node;
    Kind m_kind;
    QString m_title;
    std::array<int, 5> m_byRule;
    QStringList m_lines;
    CanvasPalette m_palette;
    QFont m_bold, m_small;
    qreal m_width = 0, m_height = 0;
};

// The link between a summary node and a table (or two schemas): a broad grey band with an arrow at
// the referenced side, and optionally a label with the FK counts it stands for, one row per rule
// with the rule's line style and name (placed by Graphviz, so labels do not overlap).
class SummaryEdge : public QGraphicsItem
{
public:
    enum { Type = UserType + 5 };

    SummaryEdge(int id, QGraphicsItem *from, QGraphicsItem *to, const std::array<int, 5> &byRule, bool dark,
                bool showLabel = true);

    int type() const override { return Type; }
    int id() const { return m_id; }
    QGraphicsItem *from() const { return m_from; }
    QGraphicsItem *to() const { return m_to; }
    // Graphviz's spline, child side to parent side; fewer than 4 points: a straight line between the boxes.
    // `labelCentre`: where the layout put the label (null: the path's midpoint).
    void setLayoutPath(const QList<QPointF> &points, const QPointF &labelCentre = QPointF());
    void setDark(bool dark);
    QSizeF labelSize() const { return m_labelSize; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_id;
    QGraphicsItem *m_from, *m_to;
    std::array<int, 5> m_byRule;
    QSizeF m_labelSize;
    QPointF m_labelCentre;
    bool m_dark;
    QPainterPath m_path;
    QPointF m_tip, m_tipFrom;
};

} // namespace fkscope
