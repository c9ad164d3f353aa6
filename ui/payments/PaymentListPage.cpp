#include "PaymentListPage.h"

#include "FormParts.h"
#include "PaymentTableModel.h"
#include "invoicing/PaymentService.h"
#include "money/MoneyFormat.h"
#include "widgets/Plural.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace subdesk::ui {

namespace {

constexpr int kFilterPauseMs = 200;
/** A bound at this date shows "Any": the range is open on that side. */
const QDate kOpenBound(2000, 1, 1);

QDateEdit* newBoundEdit(QWidget* parent)
{
    auto* edit = formparts::newDateEdit(kOpenBound, parent);
    edit->setMinimumDate(kOpenBound);
    edit->setSpecialValueText(PaymentListPage::tr("Any"));
    return edit;
}

QDate bound(const QDateEdit* edit)
{
    return edit->date() == kOpenBound ? QDate() : edit->date();
}

} // namespace

PaymentListPage::PaymentListPage(invoicing::PaymentService& payments, QWidget* parent)
    : QWidget(parent)
    , m_payments(payments)
    , m_model(new PaymentTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("paymentListPage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("paymentSearchEdit"));
    m_search->setPlaceholderText(tr("Customer, reference or note"));
    m_search->setClearButtonEnabled(true);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("paymentMethodFilter"));
    m_method->addItem(tr("All methods"), QString());
    const QComboBox* methods = formparts::newPaymentMethodCombo(this);
    for (int i = 0; i < methods->count(); ++i)
        m_method->addItem(methods->itemText(i), methods->itemData(i));
    delete methods;
    m_from = newBoundEdit(this);
    m_from->setObjectName(QStringLiteral("paymentFromEdit"));
    m_to = newBoundEdit(this);
    m_to->setObjectName(QStringLiteral("paymentToEdit"));

    auto* bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_search, 2);
    bar->addWidget(m_method);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("From:"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("To:"), this));
    bar->addWidget(m_to);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PaymentTableModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("paymentsTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PaymentTableModel::DateColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PaymentTableModel::AllocatedColumn, QHeaderView::Stretch);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("paymentTotalsLabel"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kFilterPauseMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &PaymentListPage::reload);
    connect(m_search, &QLineEdit::textChanged, &m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_method, &QComboBox::currentIndexChanged, this, &PaymentListPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &PaymentListPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &PaymentListPage::reload);
    reload();
}

invoicing::PaymentFilter PaymentListPage::filter() const
{
    invoicing::PaymentFilter filter;
    filter.text = m_search->text().trimmed();
    filter.method = invoicing::paymentMethodFromKey(m_method->currentData().toString());
    filter.from = bound(m_from);
    filter.to = bound(m_to);
    return filter;
}

void PaymentListPage::reload()
{
    m_reloadTimer.stop();
    auto loaded = m_payments.payments(filter());
    if (!loaded) {
        m_model->setPayments({});
        m_totals->setText(loaded.error().message);
        Q_EMIT errorOccurred(loaded.error().message);
        return;
    }
    m_model->setPayments(*loaded);

    struct Sums
    {
        Money received;
        Money refunded;
        int count = 0;
    };
    QMap<QString, Sums> sums;
    for (const invoicing::Payment& payment : std::as_const(*loaded)) {
        Sums& sum = sums[payment.amount.currency().code()];
        if (sum.count == 0) {
            sum.received = Money::zero(payment.amount.currency());
            sum.refunded = Money::zero(payment.amount.currency());
        }
        ++sum.count;
        Money& target = payment.kind == invoicing::PaymentKind::Refund ? sum.refunded : sum.received;
        if (const auto added = target.add(payment.amount))
            target = *added;
    }
    QStringList parts;
    const QLocale locale;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        QString part = tr("%1: received %2").arg(it.key(), moneyformat::format(it->received, locale));
        if (!it->refunded.isZero())
            part = tr("%1, refunded %2").arg(part, moneyformat::format(it->refunded, locale));
        parts.append(part);
    }
    m_totals->setText(parts.isEmpty()
                          ? tr("No payments match.")
                          : pluralized(tr("%n payment(s) shown.", nullptr, int(loaded->size())), loaded->size())
                              + QLatin1Char(' ') + parts.join(QStringLiteral(" · ")));
}

QString PaymentListPage::totalsText() const
{
    return m_totals->text();
}

} // namespace subdesk::ui
