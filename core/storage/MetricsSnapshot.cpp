#include "MetricsSnapshot.h"

#include "MetricsReader.h"

#include <thread>

namespace subdesk::storage {

namespace {

// Invoiced amounts are grouped per month, so reading all of them costs a few rows per month.
const QDate kEarliest(1900, 1, 1);
const QDate kLatest(3000, 1, 1);

/** The survey answers and invoiced sums, on their own connection. */
Status readAnswersAndInvoiced(const QString& path, MetricsSnapshot& snapshot)
{
    auto reader = MetricsReader::open(path);
    if (!reader)
        return reader.error();
    auto answers = (*reader)->surveyAnswers(surveys::SurveyQuery {});
    if (!answers)
        return answers.error();
    auto invoiced = (*reader)->invoiced(kEarliest, kLatest);
    if (!invoiced)
        return invoiced.error();
    auto taxes = (*reader)->invoicedTax(kEarliest, kLatest);
    if (!taxes)
        return taxes.error();
    snapshot.answers = std::move(answers).value();
    snapshot.invoiced = std::move(invoiced).value();
    snapshot.invoicedTax = std::move(taxes).value();
    return {};
}

} // namespace

Result<MetricsSnapshot> readMetricsSnapshot(const QString& path)
{
    MetricsSnapshot snapshot;
    Status second;
    std::thread other([&] { second = readAnswersAndInvoiced(path, snapshot); });
    Result<metrics::MetricsData> data = [&]() -> Result<metrics::MetricsData> {
        auto reader = MetricsReader::open(path);
        if (!reader)
            return reader.error();
        return (*reader)->snapshot();
    }();
    other.join();
    if (!data)
        return data.error();
    if (!second)
        return second.error();
    snapshot.data = std::move(data).value();
    return snapshot;
}

} // namespace subdesk::storage
