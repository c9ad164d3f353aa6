#include "NumberSeries.h"

#include <QCoreApplication>
#include <QList>

namespace subdesk::company {

namespace {

constexpr int kMaxNumberLength = 40;

/** A piece of a pattern: literal text or one of the tokens. */
struct Segment
{
    enum class Kind
    {
        Literal,
        Year4,
        Year2,
        Month,
        Counter,
    };
    Kind kind = Kind::Literal;
    QString text; ///< Literal: the text; others: the token as written
    int width = 0; ///< Counter: the count of #
};

struct Parsed
{
    QList<Segment> segments;
    QString problem; ///< empty when the pattern parsed
};

Parsed parse(const QString& pattern)
{
    Parsed parsed;
    QString literal;
    const auto flushLiteral = [&] {
        if (!literal.isEmpty())
            parsed.segments.append(Segment {Segment::Kind::Literal, literal, 0});
        literal.clear();
    };
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('}')) {
            parsed.problem = QCoreApplication::translate(
                                 "NumberSeries", "The pattern has a \"}\" without a matching \"{\" at position %1.")
                                 .arg(i + 1);
            return parsed;
        }
        if (c != QLatin1Char('{')) {
            literal.append(c);
            continue;
        }
        const qsizetype close = pattern.indexOf(QLatin1Char('}'), i + 1);
        const qsizetype nextOpen = pattern.indexOf(QLatin1Char('{'), i + 1);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            parsed.problem = QCoreApplication::translate(
                                 "NumberSeries", "The pattern has a \"{\" without a matching \"}\" at position %1.")
                                 .arg(i + 1);
            return parsed;
        }
        const QString token = pattern.mid(i, close - i + 1);
        const QString inner = pattern.mid(i + 1, close - i - 1);
        flushLiteral();
        if (inner == QLatin1String("YYYY")) {
            parsed.segments.append(Segment {Segment::Kind::Year4, token, 0});
        } else if (inner == QLatin1String("YY")) {
            parsed.segments.append(Segment {Segment::Kind::Year2, token, 0});
        } else if (inner == QLatin1String("MM")) {
            parsed.segments.append(Segment {Segment::Kind::Month, token, 0});
        } else if (!inner.isEmpty() && inner.count(QLatin1Char('#')) == inner.size()) {
            parsed.segments.append(Segment {Segment::Kind::Counter, token, int(inner.size())});
        } else {
            parsed.problem =
                QCoreApplication::translate(
                    "NumberSeries",
                    "The pattern has an unknown token %1; use {YYYY}, {YY}, {MM} and {#…} (one # per digit).")
                    .arg(token);
            return parsed;
        }
        i = close;
    }
    flushLiteral();
    return parsed;
}

QString render(const QList<Segment>& segments, qint64 n, QDate issueDate)
{
    QString out;
    for (const Segment& s : segments) {
        switch (s.kind) {
        case Segment::Kind::Literal:
            out += s.text;
            break;
        case Segment::Kind::Year4:
            out += QString::number(issueDate.year()).rightJustified(4, QLatin1Char('0'));
            break;
        case Segment::Kind::Year2:
            out += QString::number(issueDate.year() % 100).rightJustified(2, QLatin1Char('0'));
            break;
        case Segment::Kind::Month:
            out += QString::number(issueDate.month()).rightJustified(2, QLatin1Char('0'));
            break;
        case Segment::Kind::Counter:
            // Wider numbers are printed in full: never truncated, never wrapped.
            out += QString::number(n).rightJustified(s.width, QLatin1Char('0'));
            break;
        }
    }
    return out;
}

} // namespace

QString NumberSeries::format(qint64 n, QDate issueDate) const
{
    Q_ASSERT(n >= 1);
    const Parsed parsed = parse(pattern);
    Q_ASSERT(parsed.problem.isEmpty());
    if (!parsed.problem.isEmpty())
        return pattern; // stored series are validated; never invent a number from a broken pattern
    return render(parsed.segments, n, issueDate);
}

Status NumberSeries::validatePattern(const QString& pattern, bool yearlyReset)
{
    if (pattern.trimmed().isEmpty())
        return Error(ErrorCode::Invalid, QCoreApplication::translate("NumberSeries", "The pattern is empty."));
    if (pattern.trimmed() != pattern)
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("NumberSeries", "The pattern starts or ends with a space."));
    const Parsed parsed = parse(pattern);
    if (!parsed.problem.isEmpty())
        return Error(ErrorCode::Invalid, parsed.problem);
    int counters = 0;
    bool hasYear = false;
    for (const Segment& s : parsed.segments) {
        if (s.kind == Segment::Kind::Counter)
            ++counters;
        if (s.kind == Segment::Kind::Year4 || s.kind == Segment::Kind::Year2)
            hasYear = true;
    }
    if (counters == 0)
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate(
                         "NumberSeries", "The pattern has no counter: add {#…} with one # per digit, e.g. {#####}."));
    if (counters > 1)
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("NumberSeries", "The pattern has more than one counter {#…}."));
    if (yearlyReset && !hasYear)
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate(
                         "NumberSeries",
                         "A series that restarts every year needs the year in its pattern ({YYYY} or {YY}); "
                         "otherwise numbers would repeat."));
    // The longest number the pattern gives at its padded width (the year is four digits).
    const qsizetype length = render(parsed.segments, 1, QDate(2000, 1, 1)).size();
    if (length > kMaxNumberLength)
        return Error(ErrorCode::Invalid,
                     QCoreApplication::translate("NumberSeries",
                                                 "The pattern gives numbers of %1 characters; at most %2 are allowed.")
                         .arg(length)
                         .arg(kMaxNumberLength));
    return {};
}

} // namespace subdesk::company
