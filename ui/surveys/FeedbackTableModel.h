#pragma once

#include "surveys/SurveyAnswer.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

#include <functional>

namespace subdesk::ui {

/**
 * Survey answers as a table (date, customer, kind, score, group, channel, tags, comment). The tags
 * column is editable when a tag saver is set: the new text is parsed with SurveyAnswer::parseTags
 * and stored through the saver, which returns an error message or an empty string.
 */
class FeedbackTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        CustomerColumn,
        KindColumn,
        ScoreColumn,
        GroupColumn,
        ChannelColumn,
        TagsColumn,
        CommentColumn,
        ColumnCount,
    };

    using TagSaver = std::function<QString(const surveys::SurveyAnswer& changed)>;

    explicit FeedbackTableModel(QObject* parent = nullptr);

    void setAnswers(QList<surveys::SurveyAnswer> answers, QHash<CustomerId, QString> customerNames = {});
    void setTagSaver(TagSaver saver) { m_saver = std::move(saver); }
    const QList<surveys::SurveyAnswer>& answers() const { return m_answers; }
    const surveys::SurveyAnswer* answerAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /** A tag edit was refused (the message says why) or stored (empty message). */
    void tagsSaved(const QString& error);

private:
    QList<surveys::SurveyAnswer> m_answers;
    QHash<CustomerId, QString> m_names;
    TagSaver m_saver;
};

/** The colour of an NPS group or CSAT verdict (red, amber, green), readable on light and dark themes. */
QColor scoreColor(surveys::SurveyKind kind, int score);
/** "Promoter", "Passive", "Detractor", or for CSAT "Satisfied" / "Not satisfied". */
QString scoreVerdict(surveys::SurveyKind kind, int score);

} // namespace subdesk::ui
