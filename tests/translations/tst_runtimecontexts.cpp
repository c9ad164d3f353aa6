// A message is translated only when the code asks for it in the context the catalogue stores it
// under: lupdate files tr() of a class under the class's Q_DECLARE_TR_FUNCTIONS context, so a
// hand-written tr() wrapper with another context is never translated at run time.
#include "EngineFixture.h"
#include "metrics/MetricsEngine.h"
#include "subscriptions/ConfigResolver.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace subdesk;
using enginefixture::d;

class TestRuntimeContexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_polish.load(QStringLiteral(":/i18n/subdesk_pl.qm")));
        QVERIFY(QCoreApplication::installTranslator(&m_polish));
    }
    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_polish); }

    void metricsEngineRefusalsAreTranslated()
    {
        metrics::MetricsFilter filter;
        filter.fromMonth = d("2025-03-01");
        filter.toMonth = d("2025-01-01");
        metrics::MetricsData data;
        data.fx = metrics::FxTable(QStringLiteral("EUR"), {});
        const auto report = metrics::MetricsEngine(data).report(filter);
        QVERIFY(!report.ok());
        expectPolish(report.error().message, "subdesk::metrics::MetricsEngine",
                     "The report ends (%1) before it starts (%2).");
        const auto rows = metrics::MetricsEngine(data).movements(filter, QDate(), std::nullopt);
        QVERIFY(!rows.ok());
        expectPolish(rows.error().message, "subdesk::metrics::MetricsEngine", "Give the month of the movements.");
    }

    void configResolverRefusalsAreTranslated()
    {
        const catalog::Catalog catalog = enginefixture::testCatalog();
        const subscriptions::ConfigResolver resolver(catalog, Currency::fromCode(QStringLiteral("EUR")).value());
        const auto version = resolver.planVersion(PlanId(999), enginefixture::config(1, 11).interval, d("2025-01-01"));
        QVERIFY(!version.ok());
        expectPolish(version.error().message, "subdesk::subscriptions::ConfigResolver", "The plan does not exist.");
    }

    void billingEngineTextsAreTranslated()
    {
        const catalog::Catalog catalog = enginefixture::testCatalog();
        // PRO monthly has a setup fee: its line is described in the user's language.
        const auto items = billing::BillingEngine(catalog).items(
            enginefixture::subscription(d("2025-01-01"), enginefixture::config(2, 21)), {}, QDate(), d("2025-01-01"));
        QVERIFY(items.ok());
        const auto setup = std::find_if(items->cbegin(), items->cend(), [](const billing::BillingItem& item) {
            return item.kind == billing::LineKind::Setup;
        });
        QVERIFY(setup != items->cend());
        expectPolish(setup->description, "subdesk::billing::EngineRun", "Setup fee: %1");
        // A subscription of a plan the catalog lacks is refused in the user's language.
        const auto missing = billing::BillingEngine(catalog).items(
            enginefixture::subscription(d("2025-01-01"), enginefixture::config(98, 9801)), {}, QDate(),
            d("2025-01-01"));
        QVERIFY(!missing.ok());
        expectPolish(missing.error().message, "subdesk::billing::EngineRun",
                     "Subscription %1: %2 is missing from the catalog.");
    }

    void noSourceWrapsTrInAnotherContext()
    {
        // A free "QString tr(const char*)" hides from lupdate the context it translates in.
        const QRegularExpression wrapper(QStringLiteral(R"(^\s*(static\s+)?QString\s+tr\s*\(\s*const\s+char)"),
                                         QRegularExpression::MultilineOption);
        QStringList offenders;
        for (const char* folder : {"core", "ui", "app"}) {
            QDirIterator it(QStringLiteral(SUBDESK_SOURCE_DIR "/") + QLatin1String(folder), {QStringLiteral("*.cpp")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                if (wrapper.match(QString::fromUtf8(file.readAll())).hasMatch())
                    offenders.append(file.fileName());
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
        QVERIFY(QFile::exists(QStringLiteral(SUBDESK_SOURCE_DIR "/core/metrics/MetricsEngine.cpp")));
    }

    void everyContextTheCodeAsksForIsInTheCatalogue()
    {
        // translate("X", ...) and Q_DECLARE_TR_FUNCTIONS(X) look up context X: a context the
        // catalogue lacks means messages lupdate filed elsewhere, or none at all.
        QFile ts(QStringLiteral(SUBDESK_SOURCE_DIR "/translations/subdesk_pl.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QSet<QString> catalogue;
        QXmlStreamReader xml(&ts);
        while (xml.readNextStartElement() || !xml.atEnd()) {
            if (xml.isStartElement() && xml.name() == QLatin1String("name"))
                catalogue.insert(xml.readElementText());
            else if (!xml.isStartElement())
                xml.readNext();
        }
        QVERIFY(catalogue.contains(QStringLiteral("subdesk::metrics::MetricsEngine")));
        // Written in parts, so moc does not take the macro's name for a use of it.
        const QString declared = QStringLiteral("Q_DECLARE_TR_") + QStringLiteral("FUNCTIONS");
        const QRegularExpression asked(QStringLiteral("QCoreApplication::translate\\(\\s*\"([^\"]+)\"|") + declared
                                       + QStringLiteral("\\(\\s*([A-Za-z_:]+)\\s*\\)"));
        QStringList missing;
        int seen = 0;
        for (const char* folder : {"core", "ui", "app"}) {
            QDirIterator it(QStringLiteral(SUBDESK_SOURCE_DIR "/") + QLatin1String(folder),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                auto matches = asked.globalMatch(QString::fromUtf8(file.readAll()));
                while (matches.hasNext()) {
                    const QRegularExpressionMatch match = matches.next();
                    const QString context = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
                    ++seen;
                    if (!catalogue.contains(context))
                        missing.append(QStringLiteral("%1: %2").arg(file.fileName(), context));
                }
            }
        }
        QVERIFY(seen > 100);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

private:
    /** message is the catalogue's Polish text of source in context, up to its first placeholder. */
    void expectPolish(const QString& message, const char* context, const char* source, const QString& contains = {})
    {
        const QString polish = m_polish.translate(context, source);
        QVERIFY2(!polish.isEmpty(),
                 qPrintable(
                     QStringLiteral("no Polish text for %1 in %2").arg(QLatin1String(source), QLatin1String(context))));
        const QString stem = polish.left(polish.indexOf(QLatin1Char('%'))).trimmed();
        QVERIFY2(!stem.isEmpty() || polish.contains(QLatin1Char('%')), qPrintable(polish));
        QVERIFY2(message.startsWith(stem) || message.contains(stem),
                 qPrintable(message + QStringLiteral(" ≠ ") + polish));
        QVERIFY2(message != QLatin1String(source), qPrintable(message));
        if (!contains.isEmpty())
            QVERIFY2(message.contains(contains), qPrintable(message));
    }

    QTranslator m_polish;
};

QTEST_GUILESS_MAIN(TestRuntimeContexts)
#include "tst_runtimecontexts.moc"
