#include "TestSupport.h"
#include "customers/CustomerEditor.h"
#include "storage/CompanyFile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace subdesk;
using namespace subdesk::customers;

class TestCustomerEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<storage::CompanyFile> m_company;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<CustomerEditor> m_editor;
    int m_counter = 0;

    int count() { return int(m_company->customers().loadAll()->size()); }

private Q_SLOTS:
    void init()
    {
        m_editor.reset();
        m_stack.reset();
        m_company.reset();
        auto company =
            storage::CompanyFile::open(m_dir.filePath(QStringLiteral("e%1.subdesk").arg(++m_counter)), {}, m_clock);
        QVERIFY(company.ok());
        m_company = std::move(*company);
        m_stack = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<CustomerEditor>(m_company->customers(), *m_stack);
    }
    void cleanupTestCase()
    {
        m_editor.reset();
        m_stack.reset();
        m_company.reset();
    }

    void undoOfAddRemovesAndRedoRestoresTheSameCustomer()
    {
        const auto added = m_editor->add(test::sampleCustomer());
        QVERIFY(added.ok());
        QCOMPARE(m_stack->count(), 1);
        QVERIFY(m_stack->undoText().contains(QStringLiteral("Virtanen Oy")));
        m_stack->undo();
        QCOMPARE(count(), 0);
        m_stack->redo();
        QCOMPARE(count(), 1);
        QCOMPARE(*m_company->customers().find(added->id), *added);
    }

    void undoOfEditRestoresEveryPreviousField()
    {
        const auto added = m_editor->add(test::sampleCustomer());
        QVERIFY(added.ok());
        Customer edited = *added;
        edited.displayName = QStringLiteral("Renamed Oy");
        edited.tags = {QStringLiteral("vip")};
        edited.address.city = QStringLiteral("Espoo");
        QVERIFY(m_editor->update(edited).ok());
        QCOMPARE(m_stack->count(), 2);
        m_stack->undo();
        QCOMPARE(*m_company->customers().find(added->id), *added);
        m_stack->redo();
        QCOMPARE(*m_company->customers().find(added->id), edited);
    }

    void undoRestoresAStateTodaysRulesWouldRefuse()
    {
        // A customer stored by an older version without an e-mail, though documents go by e-mail:
        // the clerk fixes it, then undoes; the undo must bring back exactly what was stored.
        const auto added = m_editor->add(test::sampleCustomer());
        QVERIFY(added.ok());
        Customer legacy = *added;
        legacy.emails.clear();
        QVERIFY(m_company->customers().restoreSnapshot(legacy).ok());
        Customer fixed = legacy;
        fixed.emails = {QStringLiteral("uusi@virtanen.fi")};
        QVERIFY(m_editor->update(fixed).ok());
        QSignalSpy failed(m_editor.get(), &CustomerEditor::failed);
        m_stack->undo();
        QCOMPARE(*m_company->customers().find(added->id), legacy);
        QVERIFY(!failed.wait(200));
        m_stack->redo();
        QCOMPARE(m_company->customers().find(added->id)->emails, fixed.emails);
    }

    void unchangedSaveAddsNoUndoStep()
    {
        const auto added = m_editor->add(test::sampleCustomer());
        QVERIFY(added.ok());
        QVERIFY(m_editor->update(*added).ok());
        QCOMPARE(m_stack->count(), 1);
    }

    void refusedEditLeavesStackAndDataAlone()
    {
        const auto added = m_editor->add(test::sampleCustomer());
        QVERIFY(added.ok());
        Customer bad = *added;
        bad.address.country = QStringLiteral("QQ");
        QVERIFY(!m_editor->update(bad).ok());
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(*m_company->customers().find(added->id), *added);
    }

    void archiveAndRestoreAreUndoable()
    {
        const auto added = m_editor->add(test::sampleCustomer());
        QVERIFY(added.ok());
        QVERIFY(m_editor->archive(added->id).ok());
        QCOMPARE(m_company->customers().find(added->id)->status, CustomerStatus::Archived);
        m_stack->undo();
        QCOMPARE(m_company->customers().find(added->id)->status, CustomerStatus::Active);
        m_stack->redo();
        QCOMPARE(m_company->customers().find(added->id)->status, CustomerStatus::Archived);
        QVERIFY(m_editor->restore(added->id).ok());
        QCOMPARE(m_stack->count(), 3);
        QVERIFY2(m_editor->restore(added->id).ok(), "restoring an active customer is a no-op");
        QCOMPARE(m_stack->count(), 3);
    }

    void failedUndoIsReportedAndClearsHistory()
    {
        const auto added = m_editor->add(test::sampleCustomer());
        QVERIFY(added.ok());
        // Someone removed the customer behind the editor's back: undoing the add cannot work.
        QVERIFY(m_company->customers().remove(added->id).ok());
        QSignalSpy failed(m_editor.get(), &CustomerEditor::failed);
        m_stack->undo();
        QVERIFY(failed.wait(1000));
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(m_stack->count(), 0);
    }
};

QTEST_MAIN(TestCustomerEditor)
#include "tst_customereditor.moc"
