#include "CustomerDetailPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace subdesk::ui {

namespace {

constexpr int kReloadPauseMs = 120;

} // namespace

CustomerDetailPanel::CustomerDetailPanel(const QString& titleName, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_head(new QHBoxLayout)
    , m_column(new QVBoxLayout(this))
{
    m_title->setObjectName(titleName);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_head->setContentsMargins(0, 0, 0, 0);
    m_head->addWidget(m_title);
    m_column->setContentsMargins(0, 6, 0, 0);
    m_column->setSpacing(6);
    m_column->addLayout(m_head);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kReloadPauseMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &CustomerDetailPanel::reload);
}

void CustomerDetailPanel::setCustomer(const std::optional<customers::Customer>& customer)
{
    const bool same = customer.has_value() == m_customer.has_value() && (!customer || customer->id == m_customer->id);
    m_customer = customer;
    if (same && customer)
        sameCustomerAgain();
    else if (!same)
        scheduleReload();
}

void CustomerDetailPanel::reload()
{
    m_reloadTimer.stop();
    fill();
}

void CustomerDetailPanel::setBody(QWidget* body)
{
    m_column->addWidget(body, 1);
}

void CustomerDetailPanel::scheduleReload()
{
    m_reloadTimer.start();
}

} // namespace subdesk::ui
