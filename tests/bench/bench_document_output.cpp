// Times documents out: invoice PDFs (1-20 lines, with a logo) and UBL e-invoices written to files.
// Prints figures only; it fails (exit 1) when writing itself breaks, never because it is slow.
//
// Usage: bench_document_output [pdfs] [ubls]   (default 1000 10000)

#include "OutputFixture.h"
#include "output/InvoicePdf.h"
#include "output/UblWriter.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace subdesk;
using namespace subdesk::billing;

namespace {

constexpr double kPdfTargetMs = 20.0;
constexpr double kUblTargetMs = 2.0;

/** Invoice i of a mixed set: 1-20 lines, domestic, reverse-charge and export, four sellers. */
Document invoice(int i)
{
    static const QList<outputfixture::Sample> samples = outputfixture::samples();
    const QString countries[] = {QStringLiteral("PL"), QStringLiteral("DE"), QStringLiteral("FI"),
                                 QStringLiteral("IE")};
    const int lineCount = 1 + (i * 7) % 20;
    QList<outputfixture::LineSpec> lines;
    const tax::TaxCategory category = i % 5 == 0 ? tax::TaxCategory::ReverseCharge
        : i % 7 == 0                             ? tax::TaxCategory::Export
                                                 : tax::TaxCategory::Standard;
    for (int l = 0; l < lineCount; ++l) {
        const int rate = category != tax::TaxCategory::Standard ? 0 : (l % 3 == 0 ? 800 : 2300);
        lines.append({QStringLiteral("Subscription item %1 for customer %2").arg(l + 1).arg(i), qint64(1 + l % 5),
                      qint64(990 + l * 137 + i % 50), 0, category, rate, QDate(2026, 1, 1), QDate(2026, 2, 1)});
    }
    Document doc =
        outputfixture::issued(DocumentKind::Invoice, QStringLiteral("INV-2026-%1").arg(i + 1, 6, 10, QLatin1Char('0')),
                              QStringLiteral("EUR"), lines);
    doc.seller = outputfixture::seller(countries[i % 4]);
    doc.buyer = samples.at(i % 2 == 0 ? 0 : 1).document.buyer;
    doc.language = i % 3 == 0 ? QStringLiteral("pl") : QStringLiteral("en");
    doc.issueDate = QDate(2026, 2, 1);
    doc.dueDate = QDate(2026, 2, 15);
    doc.supplyFrom = QDate(2026, 1, 1);
    doc.supplyTo = QDate(2026, 2, 1);
    doc.paymentReference = QStringLiteral("RF18539007547034");
    return doc;
}

/** CPU time of this thread in ms: on a busy machine (CI shares its cores) the wall time alone says
 *  more about the neighbours than about the code. */
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Figures
{
    double median = 0;
    double p95 = 0;
    double total = 0;
};

Figures figures(QList<double> ms)
{
    Figures f;
    if (ms.isEmpty())
        return f;
    std::sort(ms.begin(), ms.end());
    f.median = ms.at(ms.size() / 2);
    f.p95 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95)));
    for (double m : ms)
        f.total += m;
    return f;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv); // fonts for the PDFs
    const int pdfs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const int ubls = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 10000;
    if (pdfs <= 0 || ubls <= 0) {
        std::fprintf(stderr, "usage: bench_document_output [pdfs] [ubls]\n");
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder\n");
        return 1;
    }
    const QByteArray logo = outputfixture::logoPng();

    // Warm up fonts and the translators once, as an application would have.
    {
        QBuffer warm;
        warm.open(QIODevice::WriteOnly);
        (void)output::InvoicePdf::writePdf(invoice(0), logo, warm);
    }

    QList<double> pdfMs;
    QList<double> pdfCpuMs;
    qint64 pdfBytes = 0;
    QElapsedTimer timer;
    for (int i = 0; i < pdfs; ++i) {
        const Document doc = invoice(i);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const double cpu = threadCpuMs();
        timer.start();
        const Status written = output::InvoicePdf::writePdf(doc, logo, buffer);
        pdfMs.append(timer.nsecsElapsed() / 1e6);
        pdfCpuMs.append(threadCpuMs() - cpu);
        if (!written.ok()) {
            std::fprintf(stderr, "PDF %d failed: %s\n", i, qPrintable(written.error().message));
            return 1;
        }
        pdfBytes += bytes.size();
    }
    const Figures pdf = figures(pdfMs);
    const Figures pdfCpu = figures(pdfCpuMs);
    std::printf("invoice PDFs: %d (1-20 lines, logo), median %.2f ms, p95 %.2f ms, total %.2f s; CPU median %.2f ms, "
                "p95 %.2f ms; average %.1f KB (target: median <= %.0f ms)%s\n",
                pdfs, pdf.median, pdf.p95, pdf.total / 1000, pdfCpu.median, pdfCpu.p95, double(pdfBytes) / pdfs / 1024,
                kPdfTargetMs, pdf.median <= kPdfTargetMs ? "" : "  ** SLOWER THAN TARGET **");

    QList<Document> docs;
    for (int i = 0; i < 100; ++i)
        docs.append(invoice(i));
    QList<double> ublMs;
    QList<double> ublCpuMs;
    for (int i = 0; i < ubls; ++i) {
        Document& doc = docs[i % docs.size()];
        doc.number = QStringLiteral("INV-2026-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        const QString path = dir.filePath(output::UblWriter::fileName(doc));
        const double cpu = threadCpuMs();
        timer.start();
        const Status written = output::UblWriter::write(doc, path);
        ublMs.append(timer.nsecsElapsed() / 1e6);
        ublCpuMs.append(threadCpuMs() - cpu);
        if (!written.ok()) {
            std::fprintf(stderr, "UBL %d failed: %s\n", i, qPrintable(written.error().message));
            return 1;
        }
    }
    const int files = int(QDir(dir.path()).entryList(QDir::Files).size());
    const Figures ubl = figures(ublMs);
    const Figures ublCpu = figures(ublCpuMs);
    std::printf("UBL files: %d written (%d on disk), median %.3f ms, p95 %.3f ms, total %.2f s; CPU median %.3f ms "
                "(target: median <= %.0f ms)%s\n",
                ubls, files, ubl.median, ubl.p95, ubl.total / 1000, ublCpu.median, kUblTargetMs,
                ubl.median <= kUblTargetMs ? "" : "  ** SLOWER THAN TARGET **");
    return files == ubls ? 0 : 1;
}
