#include "DocumentParts.h"

#include "common/Countries.h"

namespace subdesk::output {

namespace {

constexpr qreal kLogoDpi = 200;

} // namespace

QStringList DocumentParts::addressLines(const billing::Party& party)
{
    QStringList lines;
    for (const QString& street : party.streetLines) {
        if (!street.trimmed().isEmpty())
            lines << street.trimmed();
    }
    QString city = QStringList {party.postalCode.trimmed(), party.city.trimmed()}.join(QLatin1Char(' ')).trimmed();
    if (!party.region.trimmed().isEmpty())
        city = city.isEmpty() ? party.region.trimmed() : city + QStringLiteral(", ") + party.region.trimmed();
    if (!city.isEmpty())
        lines << city;
    if (!party.country.isEmpty())
        lines << countries::name(party.country);
    return lines;
}

QString DocumentParts::groupedIban(const QString& iban)
{
    QString compact;
    for (QChar c : iban) {
        if (c.isLetterOrNumber())
            compact += c.toUpper();
    }
    QString out;
    for (qsizetype i = 0; i < compact.size(); i += 4) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += compact.mid(i, 4);
    }
    return out;
}

QString DocumentParts::vatIdText(const QString& vatId)
{
    const QString id = vatId.trimmed();
    if (id.startsWith(QLatin1String("GR"), Qt::CaseInsensitive))
        return QStringLiteral("EL") + id.mid(2);
    return id;
}

QImage DocumentParts::logoImage(const QByteArray& bytes, qreal maxW, qreal maxH)
{
    if (bytes.isEmpty())
        return QImage();
    QImage image = QImage::fromData(bytes);
    if (image.isNull())
        return image;
    const QSizeF size = logoSize(image, maxW, maxH);
    const QSize pixels(qMax(1, qRound(size.width() * kLogoDpi / 72)), qMax(1, qRound(size.height() * kLogoDpi / 72)));
    if (image.width() > pixels.width() * 1.2)
        image = image.scaled(pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

QSizeF DocumentParts::logoSize(const QImage& image, qreal maxW, qreal maxH)
{
    if (image.isNull() || image.width() <= 0 || image.height() <= 0)
        return QSizeF();
    const qreal ratio = qreal(image.width()) / image.height();
    qreal w = maxW;
    qreal h = w / ratio;
    if (h > maxH) {
        h = maxH;
        w = h * ratio;
    }
    return QSizeF(w, h);
}

qreal DocumentParts::seller(PageCanvas& canvas, qreal x, qreal y, qreal w, const billing::Party& party,
                            const DocumentLanguage& language)
{
    const QFont name = canvas.font(10.5, true);
    const QFont body = canvas.font(8.5);
    y += canvas.text(x, y, w, party.name, name) + 2;
    for (const QString& line : addressLines(party))
        y += canvas.text(x, y, w, line, body);
    if (!party.vatId.isEmpty())
        y += canvas.text(
            x, y, w, language.text(QT_TRANSLATE_NOOP("DocumentText", "VAT ID: %1")).arg(vatIdText(party.vatId)), body);
    if (!party.registrationId.isEmpty())
        y += canvas.text(
            x, y, w, language.text(QT_TRANSLATE_NOOP("DocumentText", "Reg. no.: %1")).arg(party.registrationId), body);
    QStringList contact;
    for (const QString& part : {party.contact, party.email, party.phone}) {
        if (!part.trimmed().isEmpty())
            contact << part.trimmed();
    }
    if (!contact.isEmpty())
        y += canvas.text(x, y, w, contact.join(QStringLiteral(" · ")), body, PageCanvas::Align::Start,
                         PageCanvas::muted());
    return y;
}

qreal DocumentParts::buyer(PageCanvas& canvas, qreal x, qreal y, qreal w, const QString& heading,
                           const billing::Party& party, const DocumentLanguage& language)
{
    y += canvas.text(x, y, w, heading, canvas.font(7.5, true), PageCanvas::Align::Start, PageCanvas::muted()) + 3;
    const QFont body = canvas.font(9);
    y += canvas.text(x, y, w, party.name, canvas.font(9.5, true)) + 1;
    for (const QString& line : addressLines(party))
        y += canvas.text(x, y, w, line, body);
    if (!party.vatId.isEmpty())
        y += canvas.text(
            x, y, w, language.text(QT_TRANSLATE_NOOP("DocumentText", "VAT ID: %1")).arg(vatIdText(party.vatId)), body);
    if (!party.contact.trimmed().isEmpty())
        y += canvas.text(x, y, w, party.contact.trimmed(), body, PageCanvas::Align::Start, PageCanvas::muted());
    return y;
}

qreal DocumentParts::keyValues(PageCanvas& canvas, qreal x, qreal y, qreal w,
                               const QList<QPair<QString, QString>>& rows)
{
    const QFont label = canvas.font(8);
    const QFont value = canvas.font(8.5, true);
    const qreal labelW = w * 0.42;
    for (const auto& [key, text] : rows) {
        const qreal h = qMax(canvas.text(x, y + 0.5, labelW, key, label, PageCanvas::Align::Start, PageCanvas::muted()),
                             canvas.text(x + labelW, y, w - labelW, text, value, PageCanvas::Align::End));
        y += h + 2;
    }
    return y;
}

qreal DocumentParts::masthead(PageCanvas& canvas, qreal y, const QImage& logo, const QString& title, qreal titlePt,
                              const QString& subtitle, qreal subtitlePt, qreal titleW)
{
    const qreal w = canvas.contentWidth();
    qreal leadingBottom = y;
    if (!logo.isNull()) {
        const QSizeF size = logoSize(logo, 170, 56);
        canvas.image(0, y, size.width(), size.height(), logo);
        leadingBottom = y + size.height();
    }
    qreal trailing = y - 4;
    trailing += canvas.text(w - titleW, trailing, titleW, title, canvas.font(titlePt, true), PageCanvas::Align::End);
    trailing += canvas.text(w - titleW, trailing + 2, titleW, subtitle, canvas.font(subtitlePt), PageCanvas::Align::End,
                            PageCanvas::muted())
        + 2;
    return qMax(leadingBottom, trailing) + 18;
}

void DocumentParts::pageFooter(PageCanvas& canvas, int page, const DocumentLanguage& language)
{
    if (canvas.pages() <= 1)
        return;
    const QFont small = canvas.font(7.5);
    const qreal y = canvas.contentBottom() + 16;
    canvas.text(0, y, canvas.contentWidth(),
                language.text(QT_TRANSLATE_NOOP("DocumentText", "Page %1 of %2"))
                    .arg(language.locale().toString(page), language.locale().toString(canvas.pages())),
                small, PageCanvas::Align::End, PageCanvas::muted(), false);
}

} // namespace subdesk::output
