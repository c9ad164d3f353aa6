#include "CompanyOpener.h"

#include "common/Clock.h"
#include "customers/CustomerService.h"
#include "demo/DemoCompany.h"
#include "storage/CompanyFile.h"

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
    auto file = storage::CompanyFile::open(path, options, clock);
    if (!file)
        return file.error();

    OpenedCompany opened;
    opened.file = std::move(*file);
    opened.created = willCreate;
    if (willCreate && fillNewWithDemo) {
        auto added =
            opened.file->customers().addAll(demo::DemoCompany::customers(kDemoCustomerCount, 1, clock.today()));
        if (!added)
            opened.warning = QCoreApplication::translate("CompanyOpener", "The demo customers could not be added: %1")
                                 .arg(added.error().message);
    }
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
