#include "CustomerEditor.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

namespace subdesk::customers {

namespace {

/**
 * A command whose first redo() is skipped: the editor already did the work. Later redo() and
 * undo() run the given operations; a failure is reported and the stack cleared afterwards
 * (clearing inside undo() itself is not allowed).
 */
class CustomerCommand final : public QUndoCommand
{
public:
    CustomerCommand(const QString& text, std::function<Status()> redoOp, std::function<Status()> undoOp,
                    CustomerEditor& editor)
        : QUndoCommand(text)
        , m_redo(std::move(redoOp))
        , m_undo(std::move(undoOp))
        , m_editor(editor)
    { }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        report(m_redo());
    }
    void undo() override { report(m_undo()); }

private:
    void report(const Status& status)
    {
        if (status)
            return;
        const QString message = status.error().message;
        CustomerEditor* editor = &m_editor;
        QTimer::singleShot(0, editor, [editor, message] {
            editor->undoStack().clear();
            Q_EMIT editor->failed(message);
        });
    }

    std::function<Status()> m_redo;
    std::function<Status()> m_undo;
    CustomerEditor& m_editor;
    bool m_firstRedo = true;
};

Status asStatus(const Result<Customer>& r)
{
    return r ? Status() : Status(r.error());
}

} // namespace

CustomerEditor::CustomerEditor(CustomerService& service, QUndoStack& stack, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_stack(stack)
{ }

Result<Customer> CustomerEditor::add(const Customer& customer)
{
    auto added = m_service.add(customer);
    if (!added)
        return added;
    const Customer stored = *added;
    CustomerService& service = m_service;
    m_stack.push(new CustomerCommand(
        QCoreApplication::translate("CustomerEditor", "Add customer %1").arg(stored.displayName),
        [&service, stored] { return asStatus(service.add(stored)); },
        [&service, id = stored.id] { return service.remove(id); }, *this));
    return added;
}

Result<Customer> CustomerEditor::update(const Customer& edited)
{
    auto before = m_service.find(edited.id);
    if (!before)
        return before.error();
    auto after = m_service.update(edited);
    if (!after)
        return after;
    if (*after == *before)
        return after;
    CustomerService& service = m_service;
    m_stack.push(new CustomerCommand(
        QCoreApplication::translate("CustomerEditor", "Edit customer %1").arg(after->displayName),
        [&service, a = *after] { return service.restoreSnapshot(a); },
        [&service, b = *before] { return service.restoreSnapshot(b); }, *this));
    return after;
}

Result<Customer> CustomerEditor::changeStatus(CustomerId id, CustomerStatus status)
{
    auto before = m_service.find(id);
    if (!before)
        return before.error();
    const CustomerStatus previous = before->status;
    auto after = m_service.setStatus(id, status);
    if (!after || previous == status)
        return after;
    const QString text = status == CustomerStatus::Archived
        ? QCoreApplication::translate("CustomerEditor", "Archive customer %1").arg(after->displayName)
        : QCoreApplication::translate("CustomerEditor", "Restore customer %1").arg(after->displayName);
    CustomerService& service = m_service;
    m_stack.push(new CustomerCommand(
        text, [&service, id, status] { return asStatus(service.setStatus(id, status)); },
        [&service, id, previous] { return asStatus(service.setStatus(id, previous)); }, *this));
    return after;
}

Result<Customer> CustomerEditor::archive(CustomerId id)
{
    return changeStatus(id, CustomerStatus::Archived);
}

Result<Customer> CustomerEditor::restore(CustomerId id)
{
    return changeStatus(id, CustomerStatus::Active);
}

} // namespace subdesk::customers
