#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>

#include <functional>

namespace subdesk::output {

/**
 * Draws a document's pages in points (1/72 in) on any paged device (a PDF writer, a printer), from
 * the leading edge: x runs right-to-left on a right-to-left document. A layout runs twice: once
 * "dry" to count the pages, which only measures, then for real, when "Page 1 of 3" is known.
 */
class PageCanvas
{
public:
    enum class Align
    {
        Start, ///< the leading edge (left, or right on a right-to-left document)
        End,
        Center,
    };

    PageCanvas(QPainter& painter, QPagedPaintDevice& device, Qt::LayoutDirection direction);

    /** Starts a pass: dry only measures. pages: the count found by the dry pass (0 while dry). */
    void beginPass(bool dry, int pages);
    bool dry() const { return m_dry; }
    int page() const { return m_page; }
    int pages() const { return m_pages; }

    /** Called when a page is finished (the footer) and when a new one starts (a running header
     *  that returns the y where the content continues). */
    void setPageHooks(std::function<void(int page)> finishPage, std::function<qreal(qreal top)> startPage);
    /** Finishes the current page and starts the next; y() moves to the top of its content. */
    void newPage();
    /** Finishes the last page. */
    void finish();
    /** Starts a new page unless height fits below y(); returns whether it did. */
    bool ensureSpace(qreal height);

    /** The height a block would take, measured without drawing: block draws from the y it is given
     *  and returns the y where it ended. */
    qreal heightOf(const std::function<qreal(qreal y)>& block);

    qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }
    void advance(qreal dy) { m_y += dy; }

    qreal pageWidth() const { return m_pageWidth; }
    qreal pageHeight() const { return m_pageHeight; }
    qreal margin() const { return m_margin; }
    qreal contentWidth() const { return m_pageWidth - 2 * m_margin; }
    qreal contentTop() const { return m_margin * 0.85; }
    /** The lowest y content may reach; the footer sits below it. */
    qreal contentBottom() const { return m_pageHeight - m_margin - 14; }

    /** The document font (DejaVu Sans, else the default sans) at pt points. */
    QFont font(qreal pt, bool bold = false) const;
    /** Height of one line of text. */
    qreal lineHeight(const QFont& font) const;
    qreal textWidth(const QFont& font, const QString& text) const;
    /** Height the text takes in width w (wrapped at words when wrap). */
    qreal measure(qreal w, const QString& text, const QFont& font, bool wrap = true) const;

    /** Draws text in the box [x, x + w) from y; returns its height. x counts from the leading margin. */
    qreal text(qreal x, qreal y, qreal w, const QString& text, const QFont& font, Align align = Align::Start,
               const QColor& color = ink(), bool wrap = true);
    /** A horizontal rule at y from x over w. */
    void rule(qreal x, qreal y, qreal w, qreal thickness = 0.5, const QColor& color = ruleColor());
    void fill(qreal x, qreal y, qreal w, qreal h, const QColor& color);
    void image(qreal x, qreal y, qreal w, qreal h, const QImage& image);

    static QColor ink() { return QColor(0x22, 0x22, 0x22); }
    static QColor muted() { return QColor(0x6b, 0x6b, 0x6b); }
    static QColor ruleColor() { return QColor(0xc8, 0xc8, 0xc8); }
    static QColor shade() { return QColor(0xf3, 0xf4, 0xf6); }

private:
    QRectF box(qreal x, qreal y, qreal w, qreal h) const;
    Qt::Alignment visual(Align align) const;

    QPainter& m_painter;
    QPagedPaintDevice& m_device;
    Qt::LayoutDirection m_direction;
    qreal m_dpi = 72;
    qreal m_pageWidth = 595.28;
    qreal m_pageHeight = 841.89;
    qreal m_margin = 48;
    bool m_dry = true;
    int m_page = 1;
    int m_pages = 0;
    qreal m_y = 0;
    std::function<void(int)> m_finishPage;
    std::function<qreal(qreal)> m_startPage;
};

} // namespace subdesk::output
