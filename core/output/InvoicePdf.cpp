#include "InvoicePdf.h"

#include "DocumentLanguage.h"
#include "DocumentParts.h"
#include "PageCanvas.h"
#include "PdfFile.h"
#include "invoicing/CreditorReference.h"

namespace subdesk::output {

namespace {

using Align = PageCanvas::Align;

/** Lays out one document; run once dry (to count pages) and once for real. */
class InvoiceLayout
{
public:
    InvoiceLayout(const billing::Document& document, const DocumentLanguage& language, const QImage& logo,
                  PageCanvas& canvas)
        : m_doc(document)
        , m_lang(language)
        , m_logo(logo)
        , m_c(canvas)
        , m_sign(document.kind == billing::DocumentKind::CreditNote ? -1 : 1)
    {
        const qreal w = m_c.contentWidth();
        m_colNet = 78;
        m_colVat = 58;
        m_colPrice = 74;
        m_colQty = 44;
        m_colDesc = w - m_colNet - m_colVat - m_colPrice - m_colQty;
    }

    void run()
    {
        m_c.setPageHooks([this](int page) { DocumentParts::pageFooter(m_c, page, m_lang); },
                         [this](qreal top) { return continuationHeader(top); });
        m_c.setY(header(m_c.contentTop()));
        lines();
        summary();
        notes();
        payment();
        m_c.finish();
    }

private:
    bool creditNote() const { return m_doc.kind == billing::DocumentKind::CreditNote; }
    /** Amounts as printed: a credit note's positive. */
    Money shown(const Money& amount) const { return Money(amount.minorUnits() * m_sign, m_doc.currency); }
    QString t(const char* source) const { return m_lang.text(source); }

    QString titleText() const
    {
        return creditNote() ? t(QT_TRANSLATE_NOOP("DocumentText", "Credit note"))
                            : t(QT_TRANSLATE_NOOP("DocumentText", "Invoice"));
    }

    qreal header(qreal y)
    {
        const qreal w = m_c.contentWidth();
        const qreal sideW = 230;
        y = DocumentParts::masthead(m_c, y, m_logo, titleText(), 22, m_doc.number, 11, 260);

        const qreal sellerBottom = DocumentParts::seller(m_c, 0, y, w - sideW - 30, m_doc.seller, m_lang);
        QList<QPair<QString, QString>> meta;
        meta << qMakePair(t(QT_TRANSLATE_NOOP("DocumentText", "Issue date")), m_lang.date(m_doc.issueDate));
        if (!creditNote() && m_doc.dueDate.isValid())
            meta << qMakePair(t(QT_TRANSLATE_NOOP("DocumentText", "Due date")), m_lang.date(m_doc.dueDate));
        if (m_doc.supplyFrom.isValid() && m_doc.supplyTo.isValid()) {
            const QDate last = m_doc.supplyTo > m_doc.supplyFrom ? m_doc.supplyTo.addDays(-1) : m_doc.supplyFrom;
            const QString period = last == m_doc.supplyFrom
                ? m_lang.date(last)
                : m_lang.date(m_doc.supplyFrom) + QStringLiteral(" – ") + m_lang.date(last);
            meta << qMakePair(t(QT_TRANSLATE_NOOP("DocumentText", "Supply period")), period);
        }
        if (creditNote() && !m_doc.correctsNumber.isEmpty())
            meta << qMakePair(t(QT_TRANSLATE_NOOP("DocumentText", "Corrects invoice")), m_doc.correctsNumber);
        meta << qMakePair(t(QT_TRANSLATE_NOOP("DocumentText", "Currency")), m_doc.currency.code());
        const qreal metaBottom = DocumentParts::keyValues(m_c, w - sideW, y + 2, sideW, meta);
        y = qMax(sellerBottom, metaBottom) + 16;

        const QString heading = creditNote() ? t(QT_TRANSLATE_NOOP("DocumentText", "Customer"))
                                             : t(QT_TRANSLATE_NOOP("DocumentText", "Bill to"));
        y = DocumentParts::buyer(m_c, 0, y, w - sideW - 30, heading.toUpper(), m_doc.buyer, m_lang);
        return y + 22;
    }

    qreal continuationHeader(qreal top)
    {
        const QString line = titleText() + QLatin1Char(' ') + m_doc.number;
        const QFont small = m_c.font(8);
        m_c.text(0, top, m_c.contentWidth() / 2, line, small, Align::Start, PageCanvas::muted(), false);
        m_c.text(m_c.contentWidth() / 2, top, m_c.contentWidth() / 2, m_doc.seller.name, small, Align::End,
                 PageCanvas::muted(), false);
        const qreal y = top + m_c.lineHeight(small) + 4;
        m_c.rule(0, y, m_c.contentWidth());
        return y + 14;
    }

    qreal tableHeader(qreal y)
    {
        const QFont f = m_c.font(7.5, true);
        const qreal h = m_c.lineHeight(f) + 8;
        m_c.fill(0, y, m_c.contentWidth(), h, PageCanvas::shade());
        const qreal ty = y + 4;
        qreal x = 0;
        m_c.text(x + 6, ty, m_colDesc - 6, t(QT_TRANSLATE_NOOP("DocumentText", "Description")), f, Align::Start,
                 PageCanvas::muted(), false);
        x += m_colDesc;
        m_c.text(x, ty, m_colQty, t(QT_TRANSLATE_NOOP("DocumentText", "Qty")), f, Align::End, PageCanvas::muted(),
                 false);
        x += m_colQty;
        m_c.text(x, ty, m_colPrice, t(QT_TRANSLATE_NOOP("DocumentText", "Unit price")), f, Align::End,
                 PageCanvas::muted(), false);
        x += m_colPrice;
        m_c.text(x, ty, m_colVat, t(QT_TRANSLATE_NOOP("DocumentText", "VAT")), f, Align::End, PageCanvas::muted(),
                 false);
        x += m_colVat;
        m_c.text(x, ty, m_colNet - 6, t(QT_TRANSLATE_NOOP("DocumentText", "Net amount")), f, Align::End,
                 PageCanvas::muted(), false);
        return y + h;
    }

    QString rateText(tax::TaxCategory category, int rateBp) const
    {
        if (category == tax::TaxCategory::Standard || category == tax::TaxCategory::Zero)
            return m_lang.percent(rateBp);
        return tax::taxCategoryCode(category);
    }

    qreal lineRow(const billing::DocumentLine& line, qreal y)
    {
        const QFont body = m_c.font(8.5);
        const QFont small = m_c.font(7);
        const qreal top = y + 5;
        qreal descH = m_c.text(6, top, m_colDesc - 12, line.item.description, body);
        const billing::BillingItem& item = line.item;
        if (item.periodStart.isValid() && item.periodEnd.isValid() && item.periodEnd > item.periodStart
            && (item.periodStart != m_doc.supplyFrom || item.periodEnd != m_doc.supplyTo)) {
            const QDate last = item.periodEnd.addDays(-1);
            const QString period = last == item.periodStart
                ? m_lang.date(last)
                : m_lang.date(item.periodStart) + QStringLiteral(" – ") + m_lang.date(last);
            descH += m_c.text(6, top + descH + 1, m_colDesc - 12, period, small, Align::Start, PageCanvas::muted()) + 1;
        }
        qreal x = m_colDesc;
        m_c.text(x, top, m_colQty, m_lang.locale().toString(item.quantity), body, Align::End, PageCanvas::ink(), false);
        x += m_colQty;
        // A unit price only where quantity × price is the net shown (not a gross price of an
        // inclusive price list).
        if (line.unitPriceMinor && *line.unitPriceMinor * item.quantity == line.net.minorUnits())
            m_c.text(x, top, m_colPrice, m_lang.amount(Money(*line.unitPriceMinor * m_sign, m_doc.currency)), body,
                     Align::End, PageCanvas::ink(), false);
        x += m_colPrice;
        m_c.text(x, top, m_colVat, rateText(line.taxCategory, line.taxRateBp), body, Align::End, PageCanvas::ink(),
                 false);
        x += m_colVat;
        m_c.text(x, top, m_colNet - 6, m_lang.amount(shown(line.net)), body, Align::End, PageCanvas::ink(), false);
        const qreal bottom = top + descH + 5;
        m_c.rule(0, bottom, m_c.contentWidth(), 0.4, QColor(0xe2, 0xe2, 0xe2));
        return bottom;
    }

    void lines()
    {
        const qreal headerH = m_c.heightOf([this](qreal y) { return tableHeader(y); });
        bool first = true;
        for (const billing::DocumentLine& line : m_doc.lines) {
            const qreal rowH = m_c.heightOf([&](qreal y) { return lineRow(line, y); });
            if (first) {
                m_c.ensureSpace(headerH + rowH);
                m_c.setY(tableHeader(m_c.y()));
                first = false;
            } else if (m_c.ensureSpace(rowH)) {
                m_c.setY(tableHeader(m_c.y()));
            }
            m_c.setY(lineRow(line, m_c.y()));
        }
        if (first)
            m_c.setY(tableHeader(m_c.y()));
        m_c.rule(0, m_c.y(), m_c.contentWidth(), 0.8, PageCanvas::ruleColor());
        m_c.advance(16);
    }

    /** The tax summary (leading side) next to the totals (trailing side). */
    qreal summaryBlock(qreal y)
    {
        const qreal w = m_c.contentWidth();
        const qreal taxW = 280;
        const qreal totalsW = 200;
        // Tax summary
        const QFont head = m_c.font(7.5, true);
        const QFont body = m_c.font(8.5);
        const qreal cCat = 96, cRate = 46, cTaxable = 73, cTax = 65;
        qreal ty = y;
        ty += m_c.text(0, ty, taxW, t(QT_TRANSLATE_NOOP("DocumentText", "VAT summary")), m_c.font(9, true)) + 4;
        const qreal hh = m_c.lineHeight(head) + 6;
        m_c.fill(0, ty, taxW, hh, PageCanvas::shade());
        m_c.text(6, ty + 3, cCat - 6, t(QT_TRANSLATE_NOOP("DocumentText", "Category")), head, Align::Start,
                 PageCanvas::muted(), false);
        m_c.text(cCat, ty + 3, cRate, t(QT_TRANSLATE_NOOP("DocumentText", "Rate")), head, Align::End,
                 PageCanvas::muted(), false);
        m_c.text(cCat + cRate, ty + 3, cTaxable, t(QT_TRANSLATE_NOOP("DocumentText", "Taxable")), head, Align::End,
                 PageCanvas::muted(), false);
        m_c.text(cCat + cRate + cTaxable, ty + 3, cTax - 6, t(QT_TRANSLATE_NOOP("DocumentText", "VAT")), head,
                 Align::End, PageCanvas::muted(), false);
        ty += hh + 3;
        for (const billing::TaxGroup& group : m_doc.taxes) {
            const qreal h = m_c.text(6, ty, cCat - 6, taxCategoryText(group.category, m_lang), body);
            m_c.text(cCat, ty, cRate, m_lang.percent(group.rateBp), body, Align::End, PageCanvas::ink(), false);
            m_c.text(cCat + cRate, ty, cTaxable, m_lang.amount(shown(group.taxable)), body, Align::End,
                     PageCanvas::ink(), false);
            m_c.text(cCat + cRate + cTaxable, ty, cTax - 6, m_lang.amount(shown(group.tax)), body, Align::End,
                     PageCanvas::ink(), false);
            ty += h + 3;
            m_c.rule(0, ty - 1.5, taxW, 0.4, QColor(0xe2, 0xe2, 0xe2));
        }

        // Totals
        const qreal x = w - totalsW;
        qreal y2 = y;
        const auto row = [&](const QString& label, const Money& amount, bool strong = false) {
            const QFont f = m_c.font(strong ? 10 : 8.5, strong);
            const qreal h = qMax(m_c.text(x, y2, totalsW * 0.55, label, f, Align::Start,
                                          strong ? PageCanvas::ink() : PageCanvas::muted()),
                                 m_c.text(x + totalsW * 0.45, y2, totalsW * 0.55, m_lang.money(amount), f, Align::End,
                                          PageCanvas::ink(), false));
            y2 += h + 4;
        };
        y2 += m_c.lineHeight(m_c.font(9, true)) + 4;
        row(t(QT_TRANSLATE_NOOP("DocumentText", "Net total")), shown(m_doc.netTotal));
        row(t(QT_TRANSLATE_NOOP("DocumentText", "VAT total")), shown(m_doc.taxTotal));
        m_c.rule(x, y2, totalsW, 0.8, PageCanvas::ink());
        y2 += 5;
        row(creditNote() ? t(QT_TRANSLATE_NOOP("DocumentText", "Total credited"))
                         : t(QT_TRANSLATE_NOOP("DocumentText", "Total")),
            shown(m_doc.total), true);
        if (!creditNote()) {
            const bool settled = !m_doc.creditApplied.isZero() || !m_doc.paid.isZero() || !m_doc.credited.isZero();
            if (!m_doc.creditApplied.isZero())
                row(t(QT_TRANSLATE_NOOP("DocumentText", "Credit applied")),
                    Money(-m_doc.creditApplied.minorUnits(), m_doc.currency));
            if (!m_doc.credited.isZero())
                row(t(QT_TRANSLATE_NOOP("DocumentText", "Credited")),
                    Money(-m_doc.credited.minorUnits(), m_doc.currency));
            if (!m_doc.paid.isZero())
                row(t(QT_TRANSLATE_NOOP("DocumentText", "Paid")), Money(-m_doc.paid.minorUnits(), m_doc.currency));
            if (settled) {
                m_c.rule(x, y2, totalsW, 0.5, PageCanvas::ruleColor());
                y2 += 5;
            }
            row(t(QT_TRANSLATE_NOOP("DocumentText", "Amount due")), m_doc.balance(), true);
        }
        return qMax(ty, y2);
    }

    void summary()
    {
        const qreal h = m_c.heightOf([this](qreal y) { return summaryBlock(y); });
        m_c.ensureSpace(h);
        m_c.setY(summaryBlock(m_c.y()) + 14);
    }

    QStringList noteTexts() const
    {
        QStringList texts;
        bool reverseCharge = false;
        for (const billing::TaxGroup& group : m_doc.taxes) {
            if (group.category == tax::TaxCategory::Standard)
                continue;
            const QString text =
                group.exemptionText.isEmpty() ? standardExemptionText(group.category, m_lang) : group.exemptionText;
            if (!text.isEmpty() && !texts.contains(text))
                texts << text;
            reverseCharge = reverseCharge || group.category == tax::TaxCategory::ReverseCharge
                || group.category == tax::TaxCategory::IntraCommunity;
        }
        if (reverseCharge)
            texts << t(QT_TRANSLATE_NOOP("DocumentText", "Seller's VAT ID: %1 · Customer's VAT ID: %2"))
                         .arg(DocumentParts::vatIdText(m_doc.seller.vatId),
                              DocumentParts::vatIdText(m_doc.buyer.vatId));
        if (creditNote() && !m_doc.correctsNumber.isEmpty())
            texts << t(QT_TRANSLATE_NOOP("DocumentText", "Corrects invoice %1 of %2"))
                         .arg(m_doc.correctsNumber, m_lang.date(m_doc.correctsIssueDate));
        if (!m_doc.note.trimmed().isEmpty())
            texts << m_doc.note.trimmed();
        return texts;
    }

    void notes()
    {
        const QFont body = m_c.font(8.5);
        for (const QString& text : noteTexts()) {
            const qreal h = m_c.measure(m_c.contentWidth(), text, body);
            m_c.ensureSpace(h);
            m_c.advance(m_c.text(0, m_c.y(), m_c.contentWidth(), text, body) + 4);
        }
    }

    qreal paymentBlock(qreal y)
    {
        const qreal w = m_c.contentWidth();
        const QFont body = m_c.font(8.5);
        const QFont strong = m_c.font(8.5, true);
        const qreal pad = 9;
        QList<QPair<QString, QString>> rows;
        const Party& seller = m_doc.seller;
        if (!seller.iban.isEmpty()) {
            if (!seller.bankName.isEmpty())
                rows << qMakePair(t(QT_TRANSLATE_NOOP("DocumentText", "Bank")), seller.bankName);
            rows << qMakePair(t(QT_TRANSLATE_NOOP("DocumentText", "Account holder")), seller.name);
            rows << qMakePair(QStringLiteral("IBAN"), DocumentParts::groupedIban(seller.iban));
            if (!seller.bic.isEmpty())
                rows << qMakePair(QStringLiteral("BIC"), seller.bic.trimmed().toUpper());
        }
        if (!m_doc.paymentReference.isEmpty())
            rows << qMakePair(t(QT_TRANSLATE_NOOP("DocumentText", "Payment reference")),
                              invoicing::creditorreference::formatted(m_doc.paymentReference));
        const bool due = m_doc.balance().minorUnits() > 0 || !m_doc.isIssued();
        QString terms;
        if (due && m_doc.dueDate.isValid())
            terms = t(QT_TRANSLATE_NOOP("DocumentText", "Payable by %1")).arg(m_lang.date(m_doc.dueDate));
        else if (!due && m_doc.total.minorUnits() > 0)
            terms = t(QT_TRANSLATE_NOOP("DocumentText", "Paid in full. Thank you."));
        y += pad;
        y += m_c.text(pad, y, w - 2 * pad, t(QT_TRANSLATE_NOOP("DocumentText", "Payment")), m_c.font(9, true)) + 3;
        if (!terms.isEmpty())
            y += m_c.text(pad, y, w - 2 * pad, terms, strong) + 3;
        const qreal labelW = 110;
        for (const auto& [label, value] : rows) {
            const qreal h = qMax(m_c.text(pad, y, labelW, label, body, Align::Start, PageCanvas::muted()),
                                 m_c.text(pad + labelW, y, w - 2 * pad - labelW, value, body));
            y += h + 2;
        }
        return y + pad - 2;
    }

    void payment()
    {
        if (creditNote())
            return;
        const qreal h = m_c.heightOf([this](qreal y) { return paymentBlock(y); });
        m_c.advance(8);
        m_c.ensureSpace(h);
        m_c.fill(0, m_c.y(), m_c.contentWidth(), h, PageCanvas::shade());
        m_c.setY(paymentBlock(m_c.y()));
    }

    using Party = billing::Party;

    const billing::Document& m_doc;
    const DocumentLanguage& m_lang;
    const QImage& m_logo;
    PageCanvas& m_c;
    qint64 m_sign = 1;
    qreal m_colDesc = 0;
    qreal m_colQty = 0;
    qreal m_colPrice = 0;
    qreal m_colVat = 0;
    qreal m_colNet = 0;
};

} // namespace

void InvoicePdf::paint(const billing::Document& document, const QByteArray& logo, QPainter& painter,
                       QPagedPaintDevice& device)
{
    const QImage image = DocumentParts::logoImage(logo, 170, 56);
    const DocumentLanguage language(document.language);
    PageCanvas canvas(painter, device, language.direction());
    InvoiceLayout layout(document, language, image, canvas);
    canvas.beginPass(true, 0);
    layout.run();
    const int pages = canvas.page();
    canvas.beginPass(false, pages);
    layout.run();
}

QString InvoicePdf::title(const billing::Document& document)
{
    const DocumentLanguage language(document.language);
    const QString kind = document.kind == billing::DocumentKind::CreditNote
        ? language.text(QT_TRANSLATE_NOOP("DocumentText", "Credit note"))
        : language.text(QT_TRANSLATE_NOOP("DocumentText", "Invoice"));
    return document.number.isEmpty() ? kind : kind + QLatin1Char(' ') + document.number;
}

Status InvoicePdf::writePdf(const billing::Document& document, const QByteArray& logo, QIODevice& out)
{
    return PdfFile::write(
        title(document), [&](QPainter& painter, QPagedPaintDevice& device) { paint(document, logo, painter, device); },
        out);
}

Status InvoicePdf::writePdf(const billing::Document& document, const QByteArray& logo, const QString& path)
{
    return PdfFile::write(
        title(document), [&](QPainter& painter, QPagedPaintDevice& device) { paint(document, logo, painter, device); },
        path);
}

} // namespace subdesk::output
