#include "CompanyOpener.h"

#include "billing/BillingRunner.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "customers/CustomerService.h"
#include "demo/DemoSubscriptions.h"
#include "storage/CompanyFile.h"
#include "subscriptions/SubscriptionService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace subdesk::ui {

namespace {

QString fileFilter()
{
    return QCoreApplication::translate("CompanyOpener", "SubDesk companies (*.subdesk);;All files (*)");
}

QString withSuffix(QString path)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".subdesk");
    return path;
}

} // namespace

Result<OpenedCompany> openCompanyFile(const QString& path, storage::Database::OpenMode mode, const Clock& clock,
                                      bool fillNewWithDemo)
{
    const QFileInfo before(path);
    const bool willCreate = mode != storage::Database::OpenMode::OpenExisting
        && (!before.exists() || (before.isFile() && before.size() == 0));
    storage::Database::Options options;
    options.mode = mode;
    OpenedCompany opened;
    opened.created = willCreate;
    if (willCreate && fillNewWithDemo) {
        // The demo's history is written on a clock that walks through the past months; the file is
        // then opened again on the real clock.
        FixedClock demoClock(QDateTime(clock.today(), QTime(8, 0), Qt::UTC));
        {
            auto demoFile = storage::CompanyFile::open(path, options, demoClock);
            if (!demoFile)
                return demoFile.error();
            storage::CompanyFile& f = **demoFile;
            const auto services = demo::DemoSubscriptions::Services::of(f, demoClock);
            auto filled = demo::DemoSubscriptions::populate(services, kDemoCustomerCount, 1, clock.today());
            if (!filled)
                opened.warning =
                    QCoreApplication::translate("CompanyOpener", "The demo company could not be completed: %1")
                        .arg(filled.error().message);
        } // closed before it opens on the real clock
        options.mode = storage::Database::OpenMode::OpenExisting;
    }
    auto file = storage::CompanyFile::open(path, options, clock);
    if (!file)
        return file.error();
    opened.file = std::move(*file);
    return opened;
}

OpenedCompany openAtStartup(const QString& path, const Clock& clock, bool fillNewWithDemo, QWidget* parent)
{
    QString attempt = path;
    auto mode = storage::Database::OpenMode::OpenOrCreate;
    bool demo = fillNewWithDemo;
    for (;;) {
        auto opened = openCompanyFile(attempt, mode, clock, demo);
        if (opened)
            return std::move(*opened);

        QMessageBox box(parent);
        box.setIcon(QMessageBox::Warning);
        box.setWindowTitle(QCoreApplication::translate("CompanyOpener", "SubDesk"));
        box.setText(opened.error().message);
        box.setInformativeText(QCoreApplication::translate(
            "CompanyOpener", "The file was left as it is. Open another company file, create a new company, or quit."));
        QPushButton* another =
            box.addButton(QCoreApplication::translate("CompanyOpener", "Open another file…"), QMessageBox::AcceptRole);
        QPushButton* create = box.addButton(QCoreApplication::translate("CompanyOpener", "Create a new company…"),
                                            QMessageBox::ActionRole);
        QPushButton* quit =
            box.addButton(QCoreApplication::translate("CompanyOpener", "Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(another);
        box.setEscapeButton(quit);
        box.exec();

        const QString folder = QFileInfo(attempt).absolutePath();
        if (box.clickedButton() == another) {
            const QString chosen = QFileDialog::getOpenFileName(
                parent, QCoreApplication::translate("CompanyOpener", "Open company"), folder, fileFilter());
            if (!chosen.isEmpty()) {
                attempt = chosen;
                mode = storage::Database::OpenMode::OpenExisting;
                demo = false;
            }
        } else if (box.clickedButton() == create) {
            const QString chosen = withSuffix(QFileDialog::getSaveFileName(
                parent, QCoreApplication::translate("CompanyOpener", "New company"),
                QDir(folder).filePath(QCoreApplication::translate("CompanyOpener", "New company.subdesk")),
                fileFilter()));
            if (!chosen.isEmpty()) {
                attempt = chosen;
                mode = storage::Database::OpenMode::CreateNew;
                demo = false;
            }
        } else {
            return {};
        }
    }
}

} // namespace subdesk::ui
