#include "TestSupport.h"
#include "UiTestSupport.h"
#include "customers/CustomerEditor.h"
#include "customers/CustomerFilterModel.h"
#include "customers/CustomerService.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersView.h"
#include "storage/CompanyFile.h"
#include "subscriptions/CustomerSubscriptionsPanel.h"
#include "surveys/CustomerFeedbackPanel.h"
#include "surveys/FeedbackTableModel.h"
#include "surveys/FeedbackView.h"
#include "surveys/ScoreDistributionWidget.h"
#include "surveys/SurveyAnswerDialog.h"
#include "surveys/SurveyImportDialog.h"
#include "surveys/SurveyService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <ctime>

using namespace subdesk;
using surveys::SurveyAnswer;
using surveys::SurveyKind;
using ui::FeedbackTableModel;
using ui::FeedbackView;

namespace {

/** Saves a picture of widget into $SUBDESK_SCREENSHOT_DIR when it is set (screenshots/ of the repo). */
void shoot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("SUBDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

QTreeWidgetItem* childNamed(QTreeWidgetItem* parent, const QString& text)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        if (parent->child(i)->text(0) == text)
            return parent->child(i);
    }
    return nullptr;
}

QTreeWidgetItem* topNamed(QTreeWidget* tree, const QString& text)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == text)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

metrics::MetricsFilter firstQuarter()
{
    metrics::MetricsFilter f;
    f.fromMonth = QDate(2026, 1, 1);
    f.toMonth = QDate(2026, 3, 1);
    return f;
}

} // namespace

/**
 * Survey answers on 2026-03-15 for Anna (segment smb, anna@cafe.example) and Bert (enterprise,
 * bert@shop.example): Anna NPS 10 on 02-10 "Love the invoices" [invoices] and NPS 3 on 03-01
 * "Too expensive" [pricing]; Bert NPS 5 on 03-02 "Support is slow" [pricing, support], NPS 8 on
 * 03-05 "Fine" and CSAT 4 on 03-06 "Quick answer" [support].
 */
class TestSurveyUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }
    void init();
    void cleanup() { m_company.reset(); }

    void answerDialogShowsTheNpsGroupAsTheScoreChanges();
    void answerDialogStoresANewAnswer();
    void answerDialogRefusalKeepsItOpenAndStoresNothing();
    void customerDetailHasSubscriptionsAndFeedbackTabs();
    void customerFeedbackAddAndDelete();
    void importDialogListsEveryProblemAndImportsNothing();
    void importDialogImportsACleanFile();
    void feedbackViewFiltersCommentsByGroup();
    void feedbackViewCountsTagsPerGroupAndFiltersByTag();
    void feedbackViewShowsTheDistributionOfScores();
    void feedbackViewFollowsTheDashboardSegment();
    void feedbackViewEditsTagsInPlace();
    void feedbackModelPassesTheModelTester();
    void busyQuarterTagsByFrequencyAndDistributionSumsToAnswers();
    void feedbackViewReloadsAHundredThousandAnswersQuickly();

private:
    customers::Customer addCustomer(const QString& name, const QString& email, const QString& segment);
    SurveyAnswer answer(CustomerId customer, QDate date, SurveyKind kind, int score, const QString& comment,
                        const QStringList& tags);
    int storedCount();

    QTemporaryDir m_dir;
    FixedClock m_clock {test::fixedNow()};
    std::unique_ptr<storage::CompanyFile> m_company;
    customers::Customer m_anna;
    customers::Customer m_bert;
};

customers::Customer TestSurveyUi::addCustomer(const QString& name, const QString& email, const QString& segment)
{
    customers::Customer c = test::sampleCustomer(name);
    c.emails = {email};
    c.segment = segment;
    c.vatId.clear();
    auto added = m_company->customers().add(c);
    if (!added)
        qFatal("customer not added: %s", qPrintable(added.error().message));
    return *added;
}

SurveyAnswer TestSurveyUi::answer(CustomerId customer, QDate date, SurveyKind kind, int score, const QString& comment,
                                  const QStringList& tags)
{
    SurveyAnswer a;
    a.customerId = customer;
    a.date = date;
    a.kind = kind;
    a.score = score;
    a.comment = comment;
    a.tags = tags;
    return a;
}

int TestSurveyUi::storedCount()
{
    auto all = m_company->surveys().answers({});
    return all ? int(all->size()) : -1;
}

void TestSurveyUi::init()
{
    static int n = 0;
    auto company =
        storage::CompanyFile::open(test::companyPath(m_dir, QStringLiteral("surveys%1.subdesk").arg(++n)), {}, m_clock);
    QVERIFY2(company, company ? "" : qPrintable(company.error().message));
    m_company = std::move(*company);
    m_anna = addCustomer(QStringLiteral("Anna Cafe"), QStringLiteral("anna@cafe.example"), QStringLiteral("smb"));
    m_bert =
        addCustomer(QStringLiteral("Bert Shop"), QStringLiteral("bert@shop.example"), QStringLiteral("enterprise"));
    const auto added = m_company->surveys().add({
        answer(m_anna.id, QDate(2026, 2, 10), SurveyKind::Nps, 10, QStringLiteral("Love the invoices"),
               {QStringLiteral("invoices")}),
        answer(m_anna.id, QDate(2026, 3, 1), SurveyKind::Nps, 3, QStringLiteral("Too expensive"),
               {QStringLiteral("pricing")}),
        answer(m_bert.id, QDate(2026, 3, 2), SurveyKind::Nps, 5, QStringLiteral("Support is slow"),
               {QStringLiteral("pricing"), QStringLiteral("support")}),
        answer(m_bert.id, QDate(2026, 3, 5), SurveyKind::Nps, 8, QStringLiteral("Fine"), {}),
        answer(m_bert.id, QDate(2026, 3, 6), SurveyKind::Csat, 4, QStringLiteral("Quick answer"),
               {QStringLiteral("support")}),
    });
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
}

void TestSurveyUi::answerDialogShowsTheNpsGroupAsTheScoreChanges()
{
    SurveyAnswer a;
    a.customerId = m_anna.id;
    a.score = 8;
    ui::SurveyAnswerDialog dialog(m_company->surveys(), m_company->customers(), m_clock.today(), a, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* score = test::child<QSpinBox>(&dialog, QStringLiteral("surveyScoreSpin"));
    auto* group = test::child<QLabel>(&dialog, QStringLiteral("surveyGroupLabel"));
    auto* kind = test::child<QComboBox>(&dialog, QStringLiteral("surveyKindCombo"));
    QVERIFY(score && group && kind);
    QVERIFY(!test::child<QWidget>(&dialog, QStringLiteral("surveyCustomerPicker"))->isEnabled()); // fixed customer
    QVERIFY2(group->text().startsWith(QLatin1String("Passive")), qPrintable(group->text()));
    score->selectAll();
    QTest::keyClicks(score, QStringLiteral("9"));
    QVERIFY2(group->text().startsWith(QLatin1String("Promoter")), qPrintable(group->text()));
    score->setValue(6);
    QVERIFY2(group->text().startsWith(QLatin1String("Detractor")), qPrintable(group->text()));
    QCOMPARE(score->maximum(), 10);
    QCOMPARE(score->minimum(), 0);
    shoot(&dialog, QStringLiteral("feedback-answer-dialog.png"));

    // CSAT: 1–5, and 4 or 5 count as satisfied.
    kind->setCurrentIndex(kind->findData(int(SurveyKind::Csat)));
    QCOMPARE(score->maximum(), 5);
    QCOMPARE(score->minimum(), 1);
    score->setValue(4);
    QVERIFY2(group->text().startsWith(QLatin1String("Satisfied")), qPrintable(group->text()));
    score->setValue(3);
    QVERIFY2(group->text().startsWith(QLatin1String("Not satisfied")), qPrintable(group->text()));
}

void TestSurveyUi::answerDialogStoresANewAnswer()
{
    SurveyAnswer a;
    a.score = 8;
    ui::SurveyAnswerDialog dialog(m_company->surveys(), m_company->customers(), m_clock.today(), a, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* picker = test::child<QComboBox>(&dialog, QStringLiteral("surveyCustomerPicker"));
    QVERIFY(picker->isEnabled());
    picker->setCurrentIndex(picker->findText(QStringLiteral("Bert Shop")));
    test::child<QSpinBox>(&dialog, QStringLiteral("surveyScoreSpin"))->setValue(9);
    test::child<QDateEdit>(&dialog, QStringLiteral("surveyDateEdit"))->setDate(QDate(2026, 3, 10));
    auto* channel = test::child<QComboBox>(&dialog, QStringLiteral("surveyChannelCombo"));
    channel->setCurrentIndex(channel->findData(int(surveys::SurveyChannel::Phone)));
    QTest::keyClicks(test::child<QPlainTextEdit>(&dialog, QStringLiteral("surveyCommentEdit")),
                     QStringLiteral("Great onboarding call"));
    QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("surveyTagsEdit")),
                     QStringLiteral("Onboarding, support"));
    QTest::mouseClick(
        test::child<QDialogButtonBox>(&dialog, QStringLiteral("surveyButtons"))->button(QDialogButtonBox::Save),
        Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.answer().id.isValid());
    surveys::SurveyQuery query;
    query.customerId = m_bert.id;
    query.from = QDate(2026, 3, 10);
    auto stored = m_company->surveys().answers(query);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->at(0).score, 9);
    QCOMPARE(stored->at(0).channel, surveys::SurveyChannel::Phone);
    QCOMPARE(stored->at(0).comment, QStringLiteral("Great onboarding call"));
    QCOMPARE(stored->at(0).tags, (QStringList {QStringLiteral("onboarding"), QStringLiteral("support")}));
}

void TestSurveyUi::answerDialogRefusalKeepsItOpenAndStoresNothing()
{
    SurveyAnswer a;
    a.customerId = m_anna.id;
    a.score = 8;
    ui::SurveyAnswerDialog dialog(m_company->surveys(), m_company->customers(), m_clock.today(), a, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    test::child<QPlainTextEdit>(&dialog, QStringLiteral("surveyCommentEdit"))
        ->setPlainText(QString(SurveyAnswer::kMaxCommentLength + 1, QLatin1Char('x')));
    const int before = storedCount();
    QTest::mouseClick(
        test::child<QDialogButtonBox>(&dialog, QStringLiteral("surveyButtons"))->button(QDialogButtonBox::Save),
        Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    auto* refusal = test::child<QLabel>(&dialog, QStringLiteral("surveyRefusalLabel"));
    QVERIFY(refusal->isVisible());
    QVERIFY(!refusal->text().isEmpty());
    QCOMPARE(storedCount(), before);
}

void TestSurveyUi::customerDetailHasSubscriptionsAndFeedbackTabs()
{
    QUndoStack stack;
    customers::CustomerEditor editor(m_company->customers(), stack);
    ui::CustomersView view(editor, m_clock);
    ui::CustomerSubscriptionsPanel::attachTo(view, m_company->subscriptions(), m_company->billing(),
                                             m_company->customers(), m_clock, &m_company->surveys());
    view.resize(1100, 720);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* tabs = test::child<QTabWidget>(&view, QStringLiteral("customerDetailTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Subscriptions"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Feedback"));
    auto* panel = test::child<ui::CustomerFeedbackPanel>(&view, QStringLiteral("customerFeedbackPanel"));
    QVERIFY(panel);
    QVERIFY(!test::child<QPushButton>(panel, QStringLiteral("customerFeedbackAddButton"))->isEnabled());

    const int row = view.model()->rowOf(m_bert.id);
    view.table()->setCurrentIndex(view.proxy()->mapFromSource(view.model()->index(row, 0)));
    tabs->setCurrentIndex(1);
    QTRY_COMPARE(panel->model()->rowCount(), 3);
    QCOMPARE(test::child<QLabel>(panel, QStringLiteral("customerFeedbackTitle"))->text(),
             QStringLiteral("Feedback of Bert Shop"));
    // Newest first; the summary counts each kind.
    QCOMPARE(panel->model()->answerAt(0)->kind, SurveyKind::Csat);
    const QString summary = test::child<QLabel>(panel, QStringLiteral("customerFeedbackSummary"))->text();
    QVERIFY2(summary.contains(QLatin1String("2 NPS answers, NPS -50")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("1 CSAT answer, 100 % satisfied")), qPrintable(summary));
    shoot(&view, QStringLiteral("feedback-customer-tab.png"));
}

void TestSurveyUi::customerFeedbackAddAndDelete()
{
    ui::CustomerFeedbackPanel panel(m_company->surveys(), m_company->customers(), m_clock);
    panel.resize(900, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setCustomer(m_anna);
    QTRY_COMPARE(panel.model()->rowCount(), 2);
    auto* add = test::child<QPushButton>(&panel, QStringLiteral("customerFeedbackAddButton"));
    auto* remove = test::child<QPushButton>(&panel, QStringLiteral("customerFeedbackDeleteButton"));
    QVERIFY(add->isEnabled());
    QVERIFY(!remove->isEnabled()); // nothing selected

    bool sawDialog = false;
    test::onNextModal([&](QWidget* modal) {
        sawDialog = modal->objectName() == QLatin1String("surveyAnswerDialog");
        modal->findChild<QSpinBox*>(QStringLiteral("surveyScoreSpin"))->setValue(10);
        modal->findChild<QDialogButtonBox*>(QStringLiteral("surveyButtons"))->button(QDialogButtonBox::Save)->click();
    });
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(sawDialog);
    QCOMPARE(panel.model()->rowCount(), 3);
    QCOMPARE(panel.model()->answerAt(0)->score, 10);
    QCOMPARE(panel.model()->answerAt(0)->date, m_clock.today());

    panel.table()->selectRow(0);
    QVERIFY(remove->isEnabled());
    test::onNextModal([](QWidget* modal) {
        if (auto* box = qobject_cast<QMessageBox*>(modal))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(panel.model()->rowCount(), 2);
    QCOMPARE(storedCount(), 5);
}

void TestSurveyUi::importDialogListsEveryProblemAndImportsNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Response date,Email,Rating,Feedback\n"
               "2026-03-01,anna@cafe.example,9,Nice\n"
               "2026-03-02,nobody@x.example,11,Hm\n"
               "04/03/2026,bert@shop.example,7,Ambiguous date\n");
    file.close();
    ui::SurveyImportDialog dialog(m_company->surveys(), m_company->customers(), m_clock.today());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.importButton()->isEnabled()); // no file yet
    dialog.loadFile(path);
    QCOMPARE(dialog.previewTable()->rowCount(), 3);
    QCOMPARE(dialog.previewTable()->horizontalHeaderItem(2)->text(), QStringLiteral("Rating → Score"));
    QCOMPARE(dialog.problemsList()->rowCount(), 3);
    const QTableWidget* problems = dialog.problemsList();
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("2 (Email)"));
    QCOMPARE(problems->item(1, 1)->text(), QStringLiteral("3 (Rating)"));
    QCOMPARE(problems->item(2, 0)->text(), QStringLiteral("4"));
    QVERIFY(problems->item(2, 2)->text().contains(QLatin1String("ambiguous")));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.summaryLabel()->text().contains(QLatin1String("nothing can be imported")));
    shoot(&dialog, QStringLiteral("feedback-import-problems.png"));

    // Choosing the date order clears the date problem but not the others.
    auto* order = test::child<QComboBox>(&dialog, QStringLiteral("surveyImportDateOrderCombo"));
    order->setCurrentIndex(order->findData(int(io::DateOrder::DayFirst)));
    QCOMPARE(dialog.problemsList()->rowCount(), 2);
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.accept(); // refused while problems exist
    QVERIFY(dialog.isVisible());
    QCOMPARE(storedCount(), 5);
}

void TestSurveyUi::importDialogImportsACleanFile()
{
    const QString path = m_dir.filePath(QStringLiteral("good.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Submitted at;Customer ID;Score;Comment;Tags\n"
               "2026-03-10 09:15:00;"
               + QByteArray::number(m_anna.id.value)
               + ";4;Nice staff;support\n"
                 "2026-03-11 10:00:00;"
               + QByteArray::number(m_bert.id.value) + ";5;;\n");
    file.close();
    ui::SurveyImportDialog dialog(m_company->surveys(), m_company->customers(), m_clock.today());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* kind = test::child<QComboBox>(&dialog, QStringLiteral("surveyImportKindCombo"));
    kind->setCurrentIndex(kind->findData(int(SurveyKind::Csat)));
    dialog.loadFile(path);
    QCOMPARE(dialog.problemsList()->rowCount(), 0);
    QVERIFY(dialog.importButton()->isEnabled());
    QCOMPARE(dialog.summaryLabel()->text(), QStringLiteral("2 answers ready to import."));
    shoot(&dialog, QStringLiteral("feedback-import-ready.png"));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.importedCount(), 2);
    surveys::SurveyQuery query;
    query.kind = SurveyKind::Csat;
    auto csat = m_company->surveys().answers(query);
    QVERIFY(csat);
    QCOMPARE(csat->size(), 3);
}

void TestSurveyUi::feedbackViewFiltersCommentsByGroup()
{
    FeedbackView view(*m_company);
    view.resize(1100, 640);
    view.setFilter(firstQuarter());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.model()->rowCount(), 5); // every comment, newest first
    QCOMPARE(view.model()->answerAt(0)->comment, QStringLiteral("Quick answer"));
    QCOMPARE(view.model()->index(0, FeedbackTableModel::CustomerColumn).data().toString(), QStringLiteral("Bert Shop"));
    auto* show = test::child<QComboBox>(&view, QStringLiteral("feedbackShowCombo"));
    const auto rowsFor = [&](FeedbackView::Show s) {
        show->setCurrentIndex(show->findData(int(s)));
        return view.model()->rowCount();
    };
    QCOMPARE(rowsFor(FeedbackView::Show::Detractors), 2);
    QCOMPARE(rowsFor(FeedbackView::Show::Passives), 1);
    QCOMPARE(rowsFor(FeedbackView::Show::Promoters), 1);
    QCOMPARE(rowsFor(FeedbackView::Show::Csat), 1);
    QCOMPARE(view.model()->answerAt(0)->kind, SurveyKind::Csat);
    QCOMPARE(rowsFor(FeedbackView::Show::All), 5);
    // NPS of 1 promoter, 1 passive, 2 detractors = -25.
    QVERIFY2(view.summaryLabel()->text().startsWith(QLatin1String("NPS -25 from 4 answers")),
             qPrintable(view.summaryLabel()->text()));
    shoot(&view, QStringLiteral("feedback-view.png"));

    // Months without answers: "no answers", never an NPS of 0.
    metrics::MetricsFilter empty;
    empty.fromMonth = QDate(2025, 1, 1);
    empty.toMonth = QDate(2025, 3, 1);
    view.setFilter(empty);
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY2(view.summaryLabel()->text().startsWith(QLatin1String("No NPS answers")),
             qPrintable(view.summaryLabel()->text()));
}

void TestSurveyUi::feedbackViewCountsTagsPerGroupAndFiltersByTag()
{
    FeedbackView view(*m_company);
    view.resize(1100, 640);
    view.setFilter(firstQuarter());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTreeWidget* tree = view.tagTree();
    QTreeWidgetItem* detractors = topNamed(tree, QStringLiteral("Detractors"));
    QVERIFY(detractors);
    QCOMPARE(tree->indexOfTopLevelItem(detractors), 0); // pain points first
    QCOMPARE(detractors->childCount(), 2);
    QCOMPARE(detractors->child(0)->text(0), QStringLiteral("pricing")); // 2 answers, most frequent first
    QCOMPARE(detractors->child(0)->text(1), QStringLiteral("2"));
    QCOMPARE(detractors->child(1)->text(0), QStringLiteral("support"));
    QCOMPARE(detractors->child(1)->text(1), QStringLiteral("1"));
    QCOMPARE(childNamed(topNamed(tree, QStringLiteral("Promoters")), QStringLiteral("invoices"))->text(1),
             QStringLiteral("1"));
    QVERIFY(childNamed(topNamed(tree, QStringLiteral("CSAT answers")), QStringLiteral("support")));

    // Clicking a tag shows its comments in that group.
    QTreeWidgetItem* support = detractors->child(1);
    const QRect rect = tree->visualItemRect(support);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(view.currentShow(), FeedbackView::Show::Detractors);
    QCOMPARE(view.currentTag(), QStringLiteral("support"));
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->answerAt(0)->comment, QStringLiteral("Support is slow"));
    auto* chip = test::child<QPushButton>(&view, QStringLiteral("feedbackTagChip"));
    QVERIFY(chip->isVisible());
    QTest::mouseClick(chip, Qt::LeftButton); // clears the tag, keeps the group
    QCOMPARE(view.currentTag(), QString());
    QCOMPARE(view.model()->rowCount(), 2);
}

void TestSurveyUi::feedbackViewShowsTheDistributionOfScores()
{
    FeedbackView view(*m_company);
    view.setFilter(firstQuarter());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QList<int> nps {0, 0, 0, 1, 0, 1, 0, 0, 1, 0, 1};
    QCOMPARE(view.npsDistribution()->counts(), nps);
    QVERIFY(view.csatDistribution()->isVisible());
    QCOMPARE(view.csatDistribution()->counts(), (QList<int> {0, 0, 0, 0, 1, 0}));
}

void TestSurveyUi::feedbackViewFollowsTheDashboardSegment()
{
    FeedbackView view(*m_company);
    metrics::MetricsFilter f = firstQuarter();
    f.segments = {QStringLiteral("enterprise")};
    view.setFilter(f);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(view.model()->answerAt(row)->customerId, m_bert.id);
    QVERIFY2(view.summaryLabel()->text().startsWith(QLatin1String("NPS -50 from 2 answers")),
             qPrintable(view.summaryLabel()->text()));
}

void TestSurveyUi::feedbackViewEditsTagsInPlace()
{
    FeedbackView view(*m_company);
    view.setFilter(firstQuarter());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showGroup(FeedbackView::Show::Passives);
    QCOMPARE(view.model()->rowCount(), 1);
    const QModelIndex tags = view.model()->index(0, FeedbackTableModel::TagsColumn);
    QVERIFY(view.model()->flags(tags) & Qt::ItemIsEditable);
    QVERIFY(view.model()->setData(tags, QStringLiteral("Onboarding, Docs")));
    QCOMPARE(tags.data().toString(), QStringLiteral("docs, onboarding"));
    surveys::SurveyQuery query;
    query.customerId = m_bert.id;
    query.from = QDate(2026, 3, 5);
    query.to = QDate(2026, 3, 5);
    auto stored = m_company->surveys().answers(query);
    QVERIFY(stored);
    QCOMPARE(stored->at(0).tags, (QStringList {QStringLiteral("docs"), QStringLiteral("onboarding")}));
    QTRY_VERIFY(childNamed(topNamed(view.tagTree(), QStringLiteral("Passives")), QStringLiteral("onboarding")));

    // A tag longer than the limit is refused with the service's message; nothing changes.
    QVERIFY(!view.model()->setData(tags, QString(SurveyAnswer::kMaxTagLength + 1, QLatin1Char('t'))));
    QCOMPARE(tags.data().toString(), QStringLiteral("docs, onboarding"));
    auto* bar = test::child<QWidget>(&view, QStringLiteral("feedbackMessageBar"));
    QVERIFY(bar->isVisible());
}

void TestSurveyUi::feedbackModelPassesTheModelTester()
{
    FeedbackView view(*m_company);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setFilter(firstQuarter());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showGroup(FeedbackView::Show::Detractors, QStringLiteral("pricing"));
    view.showGroup(FeedbackView::Show::All);
    QCOMPARE(view.model()->rowCount(), 5);
}

void TestSurveyUi::busyQuarterTagsByFrequencyAndDistributionSumsToAnswers()
{
    // A busy quarter: 60 more answers with recurring themes.
    const QList<std::pair<const char*, QStringList>> comments = {
        {"Invoices arrive late every month", {QStringLiteral("billing"), QStringLiteral("late invoice")}},
        {"Price went up again without notice", {QStringLiteral("pricing")}},
        {"Support answered within minutes, great", {QStringLiteral("support")}},
        {"The dashboard is slow with many customers", {QStringLiteral("performance")}},
        {"Would love a mobile app", {QStringLiteral("feature request")}},
        {"Exports to our accounting work perfectly", {QStringLiteral("integrations")}},
    };
    QList<SurveyAnswer> more;
    for (int i = 0; i < 60; ++i) {
        const auto& [text, tags] = comments.at(i % comments.size());
        const int score = (i * 7) % 11;
        more.append(answer(i % 2 ? m_anna.id : m_bert.id, QDate(2026, 1, 2).addDays(i), SurveyKind::Nps, score,
                           QString::fromUtf8(text), tags));
    }
    QVERIFY(m_company->surveys().add(more));
    FeedbackView view(*m_company);
    view.resize(1200, 700);
    view.setFilter(firstQuarter());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    int total = 0;
    for (int n : view.npsDistribution()->counts())
        total += n;
    QCOMPARE(total, 64); // 60 + the 4 NPS answers of the samples
    for (int g = 0; g < view.tagTree()->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = view.tagTree()->topLevelItem(g);
        for (int t = 1; t < group->childCount(); ++t) {
            const int before = group->child(t - 1)->text(1).toInt();
            const int after = group->child(t)->text(1).toInt();
            QVERIFY2(before > after || (before == after && group->child(t - 1)->text(0) < group->child(t)->text(0)),
                     qPrintable(group->text(0)));
        }
    }
    shoot(&view, QStringLiteral("feedback-view-busy.png"));
    view.showGroup(FeedbackView::Show::Detractors, QStringLiteral("pricing"));
    QVERIFY(view.model()->rowCount() > 0);
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        QVERIFY(view.model()->answerAt(row)->score <= 6);
        QVERIFY(view.model()->answerAt(row)->tags.contains(QStringLiteral("pricing")));
    }
    shoot(&view, QStringLiteral("feedback-view-detractors-pricing.png"));
}

void TestSurveyUi::feedbackViewReloadsAHundredThousandAnswersQuickly()
{
    QList<SurveyAnswer> many;
    many.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        many.append(answer(i % 2 ? m_anna.id : m_bert.id, QDate(2025, 4, 1).addDays(i % 340), SurveyKind::Nps, i % 11,
                           i % 3 ? QStringLiteral("comment %1").arg(i) : QString(),
                           i % 5 ? QStringList {} : QStringList {QStringLiteral("pricing")}));
    }
    QVERIFY(m_company->surveys().add(many));
    FeedbackView view(*m_company);
    metrics::MetricsFilter f;
    f.fromMonth = QDate(2025, 4, 1);
    f.toMonth = QDate(2026, 3, 1);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFilter(f); // reads the names once
    QVERIFY(view.model()->rowCount() > 66000);

    // Coming back to the view reads the answers again and recomputes everything.
    view.hide();
    QElapsedTimer timer;
    timer.start();
    std::clock_t cpuStart = std::clock();
    view.show();
    const qint64 cpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    const qint64 elapsed = timer.elapsed();
    QVERIFY(view.model()->rowCount() > 66000);

    // A new filter over the same months recomputes from the answers already read.
    timer.start();
    cpuStart = std::clock();
    view.setFilter(f);
    const qint64 recomputeCpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    const qint64 recompute = timer.elapsed();

    // The part of a reload that reads the answers from the file (the storage's query).
    surveys::SurveyQuery query;
    query.from = f.fromMonth;
    query.to = QDate(2026, 3, 31);
    timer.start();
    cpuStart = std::clock();
    QVERIFY(m_company->surveys().answers(query));
    const qint64 readCpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    qInfo("FeedbackView over 100,005 answers: shown again %lld ms (%lld ms of CPU), of which reading the answers "
          "%lld ms (%lld ms of CPU); new filter over the same months %lld ms (%lld ms of CPU)",
          elapsed, cpuMs, timer.elapsed(), readCpuMs, recompute, recomputeCpuMs);
    QVERIFY2(elapsed < 1000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    QVERIFY2(recompute < 500, qPrintable(QStringLiteral("took %1 ms").arg(recompute)));
}

QTEST_MAIN(TestSurveyUi)
#include "tst_surveyui.moc"
