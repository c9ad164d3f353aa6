#include "CustomerPicker.h"

#include "customers/CollationRanks.h"
#include "customers/CustomerService.h"

#include <QCompleter>
#include <QLineEdit>

#include <algorithm>

namespace subdesk::ui {

CustomerPicker::CustomerPicker(QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("customerPicker"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    lineEdit()->setPlaceholderText(tr("Type to search customers"));
    connect(this, &QComboBox::currentIndexChanged, this, &CustomerPicker::emitIfChanged);
    connect(this, &QComboBox::currentTextChanged, this, &CustomerPicker::emitIfChanged);
    // A name typed out in full chooses that customer without Return or the completer's popup.
    connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString& text) {
        const int row = findText(text.trimmed(), Qt::MatchFixedString);
        if (row >= 0 && row != currentIndex())
            setCurrentIndex(row);
    });
}

Status CustomerPicker::load(customers::CustomerService& service, std::optional<CustomerId> preselected)
{
    auto loaded = service.loadAll();
    const QSignalBlocker blocker(this);
    clear();
    m_customers.clear();
    if (!loaded)
        return loaded.error();
    QList<customers::Customer> listed;
    for (customers::Customer& customer : *loaded) {
        if (customer.status != customers::CustomerStatus::Archived || (preselected && customer.id == *preselected))
            listed.append(std::move(customer));
    }
    const QList<qint64> ranks =
        collationRanks(listed.size(), [&listed](qsizetype i) { return listed.at(i).displayName; });
    QList<int> order(listed.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&ranks](int a, int b) { return ranks.at(a) < ranks.at(b); });
    for (const int i : std::as_const(order)) {
        m_customers.append(listed.at(i));
        const customers::Customer& customer = m_customers.constLast();
        addItem(customer.displayName, customer.id.value);
        setItemData(count() - 1, tr("Customer %1, billed in %2").arg(customer.id.value).arg(customer.currency),
                    Qt::ToolTipRole);
    }
    auto* completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    setCurrentIndex(-1);
    lineEdit()->clear();
    if (preselected)
        setCurrentCustomer(*preselected);
    m_last = currentCustomerId();
    return {};
}

std::optional<customers::Customer> CustomerPicker::currentCustomer() const
{
    const int row = currentIndex();
    if (row < 0 || row >= m_customers.size() || currentText() != itemText(row))
        return std::nullopt;
    return m_customers.at(row);
}

CustomerId CustomerPicker::currentCustomerId() const
{
    const auto customer = currentCustomer();
    return customer ? customer->id : CustomerId();
}

void CustomerPicker::setCurrentCustomer(CustomerId id)
{
    const int row = findData(id.value);
    setCurrentIndex(row);
    if (row < 0)
        lineEdit()->clear();
}

void CustomerPicker::emitIfChanged()
{
    const CustomerId now = currentCustomerId();
    if (now == m_last)
        return;
    m_last = now;
    Q_EMIT customerChanged();
}

} // namespace subdesk::ui
