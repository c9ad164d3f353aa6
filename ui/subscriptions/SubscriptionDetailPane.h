#pragma once

#include "subscriptions/SubscriptionService.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTabWidget;
class QTreeWidget;

namespace subdesk {
class Clock;
}

namespace subdesk::ui {

class DocumentLinesTree;

/**
 * The lower part of the subscriptions page: the selected subscription's facts (plan, status,
 * amounts and dates), its timeline of events (what changed, when, with the clerk's note) and the
 * documents it produced, each with its lines and their derivations.
 */
class SubscriptionDetailPane final : public QWidget
{
    Q_OBJECT

public:
    SubscriptionDetailPane(subscriptions::SubscriptionService& service, const Clock& clock, QWidget* parent = nullptr);

    /** Shows a subscription (read again from the service); an invalid id clears the pane. */
    void showSubscription(SubscriptionId id);
    /** Reads the shown subscription again. */
    void refresh();
    SubscriptionId subscriptionId() const { return m_id; }

    QTreeWidget* timeline() const { return m_timeline; }
    DocumentLinesTree* documents() const { return m_documents; }
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    void failed(const QString& message);

private:
    void setFact(int index, const QString& value);
    void fillFacts(const subscriptions::Subscription& subscription, const subscriptions::SubscriptionSummary& summary);
    void fillTimeline(const subscriptions::Subscription& subscription);
    void showEmpty();

    subscriptions::SubscriptionService& m_service;
    const Clock& m_clock;
    SubscriptionId m_id;
    QLabel* m_title = nullptr;
    QLabel* m_placeholder = nullptr;
    QWidget* m_body = nullptr;
    QList<QLabel*> m_facts;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_timeline = nullptr;
    DocumentLinesTree* m_documents = nullptr;
};

} // namespace subdesk::ui
