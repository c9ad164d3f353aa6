#include "StatementPdf.h"

#include "DocumentLanguage.h"
#include "DocumentParts.h"
#include "PageCanvas.h"
#include "PdfFile.h"

namespace subdesk::output {

namespace {

using Align = PageCanvas::Align;
using invoicing::Statement;

class StatementLayout
{
public:
    StatementLayout(const StatementPdf::Content& content, const DocumentLanguage& language, const QImage& logo,
                    PageCanvas& canvas)
        : m_in(content)
        , m_st(content.statement)
        , m_lang(language)
        , m_logo(logo)
        , m_c(canvas)
        , m_currency(Currency::fromCode(content.statement.currency()).value_or(Currency()))
    {
        const qreal fixed = m_wDate + m_wKind + m_wDue + 3 * m_wAmount;
        m_wRef = m_c.contentWidth() - fixed;
    }

    void run()
    {
        m_c.setPageHooks([this](int page) { DocumentParts::pageFooter(m_c, page, m_lang); },
                         [this](qreal top) { return continuationHeader(top); });
        m_c.setY(header(m_c.contentTop()));
        table();
        closing();
        m_c.finish();
    }

    QString title() const { return t(QT_TRANSLATE_NOOP("DocumentText", "Statement of account")); }

private:
    QString t(const char* source) const { return m_lang.text(source); }
    QString amount(qint64 minor) const { return m_lang.amount(Money(minor, m_currency)); }

    QString periodText() const { return m_lang.date(m_st.from()) + QStringLiteral(" – ") + m_lang.date(m_st.to()); }

    qreal header(qreal y)
    {
        const qreal w = m_c.contentWidth();
        const qreal sideW = 230;
        y = DocumentParts::masthead(m_c, y, m_logo, title(), 20, periodText(), 10.5, 300);
        const qreal sellerBottom = DocumentParts::seller(m_c, 0, y, w - sideW - 30, m_in.company, m_lang);
        const QList<QPair<QString, QString>> meta = {
            {t(QT_TRANSLATE_NOOP("DocumentText", "Date")), m_lang.date(m_st.to())},
            {t(QT_TRANSLATE_NOOP("DocumentText", "Period")), periodText()},
            {t(QT_TRANSLATE_NOOP("DocumentText", "Currency")), m_st.currency()},
        };
        const qreal metaBottom = DocumentParts::keyValues(m_c, w - sideW, y + 2, sideW, meta);
        y = qMax(sellerBottom, metaBottom) + 16;
        y = DocumentParts::buyer(m_c, 0, y, w - sideW - 30, t(QT_TRANSLATE_NOOP("DocumentText", "Customer")).toUpper(),
                                 m_in.customer, m_lang);
        return y + 22;
    }

    qreal continuationHeader(qreal top)
    {
        const QFont small = m_c.font(8);
        const qreal half = m_c.contentWidth() / 2;
        m_c.text(0, top, half, title() + QStringLiteral(" · ") + m_in.customer.name, small, Align::Start,
                 PageCanvas::muted(), false);
        m_c.text(half, top, half, periodText(), small, Align::End, PageCanvas::muted(), false);
        const qreal y = top + m_c.lineHeight(small) + 4;
        m_c.rule(0, y, m_c.contentWidth());
        return y + 14;
    }

    /** Draws the cells of one row; empty texts leave a cell blank. */
    qreal row(qreal y, const QStringList& cells, const QFont& font, const QColor& color, qreal pad)
    {
        const qreal widths[] = {m_wDate, m_wKind, m_wRef, m_wDue, m_wAmount, m_wAmount, m_wAmount};
        qreal x = 0;
        qreal h = m_c.lineHeight(font);
        for (int i = 0; i < 7; ++i) {
            const bool number = i >= 4;
            const qreal inset = i == 0 ? 6 : (i == 6 ? 6 : 0);
            const qreal cellX = i == 0 ? x + inset : x;
            const qreal cellW = widths[i] - inset - (number ? 0 : 4);
            h = qMax(h,
                     m_c.text(cellX, y + pad, cellW, cells.value(i), font, number ? Align::End : Align::Start, color,
                              i == 2));
            x += widths[i];
        }
        return y + h + 2 * pad;
    }

    qreal tableHeader(qreal y)
    {
        const QFont f = m_c.font(7.5, true);
        const qreal h = m_c.lineHeight(f) + 8;
        m_c.fill(0, y, m_c.contentWidth(), h, PageCanvas::shade());
        row(y,
            {t(QT_TRANSLATE_NOOP("DocumentText", "Date")), t(QT_TRANSLATE_NOOP("DocumentText", "Type")),
             t(QT_TRANSLATE_NOOP("DocumentText", "Reference")), t(QT_TRANSLATE_NOOP("DocumentText", "Due")),
             t(QT_TRANSLATE_NOOP("DocumentText", "Debit")), t(QT_TRANSLATE_NOOP("DocumentText", "Credit")),
             t(QT_TRANSLATE_NOOP("DocumentText", "Balance"))},
            f, PageCanvas::muted(), 4);
        return y + h;
    }

    QString kindText(Statement::EntryKind kind) const
    {
        switch (kind) {
        case Statement::EntryKind::Invoice:
            return t(QT_TRANSLATE_NOOP("DocumentText", "Invoice"));
        case Statement::EntryKind::CreditNote:
            return t(QT_TRANSLATE_NOOP("DocumentText", "Credit note"));
        case Statement::EntryKind::Payment:
            return t(QT_TRANSLATE_NOOP("DocumentText", "Payment"));
        case Statement::EntryKind::Refund:
            return t(QT_TRANSLATE_NOOP("DocumentText", "Refund"));
        }
        return QString();
    }

    qreal entryRow(const Statement::Entry& entry, qreal y)
    {
        const QStringList cells = {
            m_lang.date(entry.date),
            kindText(entry.kind),
            entry.reference,
            m_lang.date(entry.dueDate),
            entry.debitMinor != 0 ? amount(entry.debitMinor) : QString(),
            entry.creditMinor != 0 ? amount(entry.creditMinor) : QString(),
            amount(entry.balanceMinor),
        };
        const qreal bottom = row(y, cells, m_c.font(8.5), PageCanvas::ink(), 4);
        m_c.rule(0, bottom, m_c.contentWidth(), 0.4, QColor(0xe2, 0xe2, 0xe2));
        return bottom;
    }

    /** The opening or closing balance: the label spans the type, reference and due columns. */
    qreal balanceRow(qreal y, const QString& label, QDate date, qint64 balance)
    {
        const QFont f = m_c.font(8.5, true);
        const qreal pad = 4;
        const qreal labelW = m_wKind + m_wRef + m_wDue + 2 * m_wAmount;
        qreal h = m_c.text(6, y + pad, m_wDate - 10, m_lang.date(date), f, Align::Start, PageCanvas::ink(), false);
        h = qMax(h, m_c.text(m_wDate, y + pad, labelW - 4, label, f));
        h = qMax(h,
                 m_c.text(m_wDate + labelW, y + pad, m_wAmount - 6, amount(balance), f, Align::End, PageCanvas::ink(),
                          false));
        const qreal bottom = y + h + 2 * pad;
        m_c.rule(0, bottom, m_c.contentWidth(), 0.4, QColor(0xe2, 0xe2, 0xe2));
        return bottom;
    }

    void table()
    {
        const qreal headerH = m_c.heightOf([this](qreal y) { return tableHeader(y); });
        const qreal rowH = m_c.lineHeight(m_c.font(8.5)) + 8;
        m_c.ensureSpace(headerH + 2 * rowH);
        m_c.setY(tableHeader(m_c.y()));
        m_c.setY(balanceRow(m_c.y(), t(QT_TRANSLATE_NOOP("DocumentText", "Opening balance")), m_st.from(),
                            m_st.openingMinor()));
        for (const Statement::Entry& entry : m_st.entries()) {
            const qreal h = m_c.heightOf([&](qreal y) { return entryRow(entry, y); });
            if (m_c.ensureSpace(h))
                m_c.setY(tableHeader(m_c.y()));
            m_c.setY(entryRow(entry, m_c.y()));
        }
        if (m_c.ensureSpace(rowH))
            m_c.setY(tableHeader(m_c.y()));
        m_c.setY(balanceRow(m_c.y(), t(QT_TRANSLATE_NOOP("DocumentText", "Closing balance")), m_st.to(),
                            m_st.closingMinor()));
        m_c.rule(0, m_c.y(), m_c.contentWidth(), 0.8, PageCanvas::ruleColor());
        m_c.advance(18);
    }

    void closing()
    {
        const qint64 closing = m_st.closingMinor();
        QString label;
        if (closing > 0)
            label = t(QT_TRANSLATE_NOOP("DocumentText", "Balance due"));
        else if (closing < 0)
            label = t(QT_TRANSLATE_NOOP("DocumentText", "Balance in your favour"));
        else
            label = t(QT_TRANSLATE_NOOP("DocumentText", "Nothing is due"));
        const QFont f = m_c.font(10.5, true);
        const qreal w = 260;
        const qreal x = m_c.contentWidth() - w;
        m_c.ensureSpace(m_c.lineHeight(f) + 10);
        m_c.text(x, m_c.y(), w * 0.6, label, f);
        if (closing != 0)
            m_c.text(x + w * 0.4, m_c.y(), w * 0.6, m_lang.money(Money(qAbs(closing), m_currency)), f, Align::End,
                     PageCanvas::ink(), false);
        m_c.advance(m_c.lineHeight(f) + 4);
    }

    const StatementPdf::Content& m_in;
    const Statement& m_st;
    const DocumentLanguage& m_lang;
    const QImage& m_logo;
    PageCanvas& m_c;
    Currency m_currency;
    qreal m_wDate = 66;
    qreal m_wKind = 70;
    qreal m_wRef = 0;
    qreal m_wDue = 66;
    qreal m_wAmount = 72;
};

QString statementTitle(const StatementPdf::Content& content)
{
    const DocumentLanguage language(content.language);
    return language.text(QT_TRANSLATE_NOOP("DocumentText", "Statement of account")) + QStringLiteral(" – ")
        + content.customer.name;
}

} // namespace

void StatementPdf::paint(const Content& content, QPainter& painter, QPagedPaintDevice& device)
{
    const QImage image = DocumentParts::logoImage(content.logo, 170, 56);
    const DocumentLanguage language(content.language);
    PageCanvas canvas(painter, device, language.direction());
    StatementLayout layout(content, language, image, canvas);
    canvas.beginPass(true, 0);
    layout.run();
    const int pages = canvas.page();
    canvas.beginPass(false, pages);
    layout.run();
}

Status StatementPdf::writePdf(const Content& content, QIODevice& out)
{
    return PdfFile::write(
        statementTitle(content), [&](QPainter& painter, QPagedPaintDevice& device) { paint(content, painter, device); },
        out);
}

Status StatementPdf::writePdf(const Content& content, const QString& path)
{
    return PdfFile::write(
        statementTitle(content), [&](QPainter& painter, QPagedPaintDevice& device) { paint(content, painter, device); },
        path);
}

} // namespace subdesk::output
