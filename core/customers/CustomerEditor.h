#pragma once

#include "CustomerService.h"

#include <QObject>

class QUndoStack;

namespace subdesk::customers {

/**
 * The undoable face of CustomerService: each edit a clerk makes goes through here and lands on the
 * undo stack as one command. Widgets call this facade and never build undo commands themselves.
 *
 * Each operation is carried out before its command is pushed, so a refused edit (validation, a
 * database error) returns its Error and leaves the stack untouched. When a later undo or redo fails
 * (the database went away), failed() reports it and the stack is cleared: its history no longer
 * matches the data.
 */
class CustomerEditor final : public QObject
{
    Q_OBJECT

public:
    CustomerEditor(CustomerService& service, QUndoStack& stack, QObject* parent = nullptr);

    Result<Customer> add(const Customer& customer);
    Result<Customer> update(const Customer& edited);
    Result<Customer> archive(CustomerId id);
    Result<Customer> restore(CustomerId id);

    QUndoStack& undoStack() const { return m_stack; }
    CustomerService& service() const { return m_service; }

Q_SIGNALS:
    void failed(const QString& message);

private:
    Result<Customer> changeStatus(CustomerId id, CustomerStatus status);

    CustomerService& m_service;
    QUndoStack& m_stack;
};

} // namespace subdesk::customers
