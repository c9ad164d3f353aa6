#include "UiTestSupport.h"
#include "settings/Languages.h"
#include "settings/Restart.h"
#include "widgets/ColumnsMenu.h"
#include "widgets/CountryComboBox.h"
#include "widgets/MessageBar.h"
#include "widgets/Plural.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace subdesk;

class TestUiWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateUiSettings(m_dir); }

    void languageComesFromTheCommandLineThenTheSettings()
    {
        QSettings().remove(QStringLiteral("ui/language"));
        QCOMPARE(ui::resolveLanguage(QStringLiteral("PL")), QStringLiteral("pl"));
        ui::saveLanguage(QStringLiteral("it"));
        QCOMPARE(ui::resolveLanguage(QString()), QStringLiteral("it"));
        QCOMPARE(ui::resolveLanguage(QStringLiteral("xx")), QStringLiteral("it"));
        QCOMPARE(ui::resolveLanguage(QStringLiteral("fi")), QStringLiteral("fi"));
        QSettings().remove(QStringLiteral("ui/language"));
        QCOMPARE(ui::supportedLanguages().size(), 5);
        QCOMPARE(ui::languageName(QStringLiteral("fa")), QStringLiteral("فارسی"));
    }

    void persianIsRightToLeftWithItsOwnNumbers()
    {
        ui::installTranslations(QStringLiteral("fa"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QLocale().language(), QLocale::Persian);
        QCOMPARE(ui::installedLanguage(), QStringLiteral("fa"));
        ui::installTranslations(QStringLiteral("en"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1,234,567"));
    }

    void restartDropsOneOffArgumentsAndKeepsTheCompany()
    {
        const QStringList args = {QStringLiteral("--lang"),           QStringLiteral("fa"),
                                  QStringLiteral("--quit-after=500"), QStringLiteral("--db"),
                                  QStringLiteral("/old.subdesk"),     QStringLiteral("--verbose")};
        QCOMPARE(ui::restartArguments(args, QStringLiteral("/now.subdesk")),
                 QStringList({QStringLiteral("--verbose"), QStringLiteral("--db"), QStringLiteral("/now.subdesk")}));
    }

    void englishPluralsWithoutACatalogue()
    {
        QCOMPARE(ui::pluralized(QStringLiteral("Showing 1 of 1 customer(s)"), 1),
                 QStringLiteral("Showing 1 of 1 customer"));
        QCOMPARE(ui::pluralized(QStringLiteral("Imported 3 customer(s)."), 3), QStringLiteral("Imported 3 customers."));
        QCOMPARE(ui::pluralized(QStringLiteral("Zaimportowano 3 klientów."), 3),
                 QStringLiteral("Zaimportowano 3 klientów."));
    }

    void messageBarShowsAndHides()
    {
        QWidget host;
        auto* bar = new ui::MessageBar(&host);
        host.show();
        QVERIFY(!bar->isVisible());
        bar->showMessage(QStringLiteral("Saved"), ui::MessageBar::Kind::Positive, 50);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->text(), QStringLiteral("Saved"));
        QTRY_VERIFY(!bar->isVisible()); // confirmations go away by themselves
        bar->showMessage(QStringLiteral("Disk full"), ui::MessageBar::Kind::Error);
        QTest::qWait(100);
        QVERIFY(bar->isVisible()); // errors stay
        QTest::mouseClick(bar->findChild<QWidget*>(QStringLiteral("messageBarClose")), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
    }

    void countryComboAcceptsCodesAndNames()
    {
        ui::CountryComboBox combo;
        QCOMPARE(combo.countryCode(), QString());
        combo.setCountryCode(QStringLiteral("fi"));
        QCOMPARE(combo.countryCode(), QStringLiteral("FI"));
        QCOMPARE(combo.currentText(), QStringLiteral("FI — Finland"));
        combo.setEditText(QStringLiteral("germany"));
        QCOMPARE(combo.countryCode(), QStringLiteral("DE"));
        combo.setEditText(QStringLiteral("se"));
        QCOMPARE(combo.countryCode(), QStringLiteral("SE"));
        combo.setEditText(QStringLiteral("Atlantis"));
        QCOMPARE(combo.countryCode(), QStringLiteral("Atlantis")); // left for validation to explain
    }

    void columnsMenuHidesAndShowsColumnsButNeverTheLast()
    {
        QStandardItemModel model(2, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        QTableView view;
        view.setModel(&model);
        ui::ColumnsMenu menu(view.horizontalHeader());
        Q_EMIT menu.aboutToShow();
        QCOMPARE(menu.actions().size(), 5); // three columns, a separator, "Default columns"
        menu.actions().at(1)->setChecked(false);
        QVERIFY(view.horizontalHeader()->isSectionHidden(1));
        menu.actions().at(2)->setChecked(false);
        Q_EMIT menu.aboutToShow();
        QVERIFY(!menu.actions().at(0)->isEnabled()); // "A" is the last one shown
        menu.actions().at(1)->setChecked(true);
        QVERIFY(!view.horizontalHeader()->isSectionHidden(1));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestUiWidgets)
#include "tst_uiwidgets.moc"
