#include "PageCanvas.h"

#include <QFontMetricsF>

namespace subdesk::output {

PageCanvas::PageCanvas(QPainter& painter, QPagedPaintDevice& device, Qt::LayoutDirection direction)
    : m_painter(painter)
    , m_device(device)
    , m_direction(direction)
{
    m_dpi = device.logicalDpiX() > 0 ? qreal(device.logicalDpiX()) : 72.0;
    m_pageWidth = device.width() * 72.0 / m_dpi;
    m_pageHeight = device.height() * 72.0 / qreal(device.logicalDpiY() > 0 ? device.logicalDpiY() : 72);
    // Narrow paper (a receipt printer) keeps a proportionate margin.
    m_margin = qMin<qreal>(48, m_pageWidth * 0.08);
    m_painter.resetTransform();
    m_painter.scale(m_dpi / 72.0, device.logicalDpiY() / 72.0);
    m_painter.setLayoutDirection(direction);
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::SmoothPixmapTransform);
}

void PageCanvas::beginPass(bool dry, int pages)
{
    m_dry = dry;
    m_pages = pages;
    m_page = 1;
    m_y = contentTop();
}

void PageCanvas::setPageHooks(std::function<void(int)> finishPage, std::function<qreal(qreal)> startPage)
{
    m_finishPage = std::move(finishPage);
    m_startPage = std::move(startPage);
}

void PageCanvas::newPage()
{
    if (m_finishPage)
        m_finishPage(m_page);
    if (!m_dry)
        m_device.newPage();
    ++m_page;
    m_y = m_startPage ? m_startPage(contentTop()) : contentTop();
}

void PageCanvas::finish()
{
    if (m_finishPage)
        m_finishPage(m_page);
}

bool PageCanvas::ensureSpace(qreal height)
{
    if (m_y + height <= contentBottom())
        return false;
    newPage();
    return true;
}

qreal PageCanvas::heightOf(const std::function<qreal(qreal)>& block)
{
    const bool wasDry = m_dry;
    m_dry = true;
    const qreal h = block(0) - 0;
    m_dry = wasDry;
    return h;
}

QFont PageCanvas::font(qreal pt, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setHintingPreference(QFont::PreferNoHinting);
    // The painter is scaled to points; a font is sized for the device, so undo that scale once.
    f.setPointSizeF(pt * 72.0 / m_dpi);
    f.setBold(bold);
    return f;
}

qreal PageCanvas::lineHeight(const QFont& font) const
{
    return QFontMetricsF(font, &m_device).height();
}

qreal PageCanvas::textWidth(const QFont& font, const QString& text) const
{
    return QFontMetricsF(font, &m_device).horizontalAdvance(text);
}

qreal PageCanvas::measure(qreal w, const QString& text, const QFont& font, bool wrap) const
{
    const QFontMetricsF metrics(font, &m_device);
    if (!wrap || (!text.contains(QLatin1Char('\n')) && metrics.horizontalAdvance(text) <= w))
        return metrics.height();
    return metrics.boundingRect(QRectF(0, 0, w, 1e6), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text).height();
}

qreal PageCanvas::text(qreal x, qreal y, qreal w, const QString& text, const QFont& font, Align align,
                       const QColor& color, bool wrap)
{
    const qreal h = measure(w, text, font, wrap);
    if (m_dry || text.isEmpty())
        return h;
    // A single line wider than its column (a long translated header, a huge amount) is set smaller
    // rather than run into the next column or lose characters.
    QFont fitted = font;
    if (!wrap && w > 0) {
        const qreal width = textWidth(font, text);
        if (width > w)
            fitted.setPointSizeF(font.pointSizeF() * std::max<qreal>(0.6, w / width * 0.98));
    }
    m_painter.setFont(fitted);
    m_painter.setPen(color);
    const int flags = int(visual(align)) | Qt::AlignTop | (wrap ? Qt::TextWordWrap : Qt::TextSingleLine);
    m_painter.drawText(box(x, y, w, h + 2), flags, text);
    return h;
}

void PageCanvas::rule(qreal x, qreal y, qreal w, qreal thickness, const QColor& color)
{
    if (m_dry)
        return;
    m_painter.fillRect(box(x, y - thickness / 2, w, thickness), color);
}

void PageCanvas::fill(qreal x, qreal y, qreal w, qreal h, const QColor& color)
{
    if (!m_dry)
        m_painter.fillRect(box(x, y, w, h), color);
}

void PageCanvas::image(qreal x, qreal y, qreal w, qreal h, const QImage& image)
{
    if (!m_dry && !image.isNull())
        m_painter.drawImage(box(x, y, w, h), image);
}

QRectF PageCanvas::box(qreal x, qreal y, qreal w, qreal h) const
{
    const qreal left = m_direction == Qt::RightToLeft ? m_pageWidth - m_margin - x - w : m_margin + x;
    return QRectF(left, y, w, h);
}

Qt::Alignment PageCanvas::visual(Align align) const
{
    const bool rtl = m_direction == Qt::RightToLeft;
    switch (align) {
    case Align::Start:
        return Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft);
    case Align::End:
        return Qt::AlignAbsolute | (rtl ? Qt::AlignLeft : Qt::AlignRight);
    case Align::Center:
        return Qt::AlignHCenter;
    }
    return Qt::AlignLeft;
}

} // namespace subdesk::output
