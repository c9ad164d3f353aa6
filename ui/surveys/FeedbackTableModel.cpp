#include "FeedbackTableModel.h"

#include <QColor>
#include <QLocale>

namespace subdesk::ui {

using surveys::SurveyAnswer;
using surveys::SurveyKind;

QColor scoreColor(SurveyKind kind, int score)
{
    if (kind == SurveyKind::Csat)
        return score >= 4 ? QColor(0x2e, 0x8b, 0x57) : score == 3 ? QColor(0xc8, 0x8a, 0x12) : QColor(0xc0, 0x39, 0x2b);
    switch (surveys::npsGroupOf(score)) {
    case surveys::NpsGroup::Promoter:
        return QColor(0x2e, 0x8b, 0x57);
    case surveys::NpsGroup::Passive:
        return QColor(0xc8, 0x8a, 0x12);
    case surveys::NpsGroup::Detractor:
        return QColor(0xc0, 0x39, 0x2b);
    }
    return {};
}

QString scoreVerdict(SurveyKind kind, int score)
{
    if (kind == SurveyKind::Csat)
        return score >= 4 ? FeedbackTableModel::tr("Satisfied") : FeedbackTableModel::tr("Not satisfied");
    switch (surveys::npsGroupOf(score)) {
    case surveys::NpsGroup::Promoter:
        return FeedbackTableModel::tr("Promoter");
    case surveys::NpsGroup::Passive:
        return FeedbackTableModel::tr("Passive");
    case surveys::NpsGroup::Detractor:
        return FeedbackTableModel::tr("Detractor");
    }
    return {};
}

FeedbackTableModel::FeedbackTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void FeedbackTableModel::setAnswers(QList<SurveyAnswer> answers, QHash<CustomerId, QString> customerNames)
{
    beginResetModel();
    m_answers = std::move(answers);
    m_names = std::move(customerNames);
    endResetModel();
}

const SurveyAnswer* FeedbackTableModel::answerAt(int row) const
{
    return row >= 0 && row < m_answers.size() ? &m_answers.at(row) : nullptr;
}

int FeedbackTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_answers.size());
}

int FeedbackTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedbackTableModel::data(const QModelIndex& index, int role) const
{
    const SurveyAnswer* answer = index.isValid() ? answerAt(index.row()) : nullptr;
    if (!answer)
        return {};
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case DateColumn:
            return QLocale().toString(answer->date, QLocale::ShortFormat);
        case CustomerColumn:
            return m_names.value(answer->customerId,
                                 tr("Customer %1").arg(QLocale().toString(answer->customerId.value)));
        case KindColumn:
            return surveys::surveyKindName(answer->kind);
        case ScoreColumn:
            return QLocale().toString(answer->score);
        case GroupColumn:
            return scoreVerdict(answer->kind, answer->score);
        case ChannelColumn:
            return surveys::surveyChannelName(answer->channel);
        case TagsColumn:
            return answer->tags.join(QStringLiteral(", "));
        case CommentColumn:
            // One line in the table; the tool tip shows the whole comment.
            return role == Qt::ToolTipRole ? answer->comment : answer->comment.simplified();
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::EditRole && column == TagsColumn)
        return answer->tags.join(QStringLiteral(", "));
    if (role == Qt::ForegroundRole && (column == ScoreColumn || column == GroupColumn))
        return scoreColor(answer->kind, answer->score);
    if (role == Qt::TextAlignmentRole && column == ScoreColumn)
        return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role == Qt::UserRole && column == DateColumn)
        return answer->date;
    return {};
}

QVariant FeedbackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case CustomerColumn:
        return tr("Customer");
    case KindColumn:
        return tr("Survey");
    case ScoreColumn:
        return tr("Score");
    case GroupColumn:
        return tr("Group");
    case ChannelColumn:
        return tr("Channel");
    case TagsColumn:
        return tr("Tags");
    case CommentColumn:
        return tr("Comment");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags FeedbackTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TagsColumn && m_saver)
        f |= Qt::ItemIsEditable;
    return f;
}

bool FeedbackTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != TagsColumn || !m_saver
        || index.row() >= m_answers.size())
        return false;
    SurveyAnswer changed = m_answers.at(index.row());
    changed.tags = SurveyAnswer::parseTags(value.toString());
    if (changed.tags == m_answers.at(index.row()).tags)
        return false;
    const QString error = m_saver(changed);
    Q_EMIT tagsSaved(error);
    if (!error.isEmpty())
        return false;
    m_answers[index.row()] = changed;
    Q_EMIT dataChanged(index, index);
    return true;
}

} // namespace subdesk::ui
