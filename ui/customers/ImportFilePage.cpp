#include "ImportFilePage.h"

#include "CustomerImportWizard.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace subdesk::ui {

ImportFilePage::ImportFilePage(CustomerImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_delimiter(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose a CSV file"));
    setSubTitle(tr("One customer per row, with a header row naming the columns. SubDesk's own export, "
                   "spreadsheets saved as CSV and most accounting programs' exports work."));

    m_path->setObjectName(QStringLiteral("importPathEdit"));
    m_path->setPlaceholderText(tr("Path of the file to import"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("importBrowseButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_delimiter->setObjectName(QStringLiteral("importDelimiterCombo"));
    m_delimiter->addItem(tr("Detect automatically"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));

    m_encoding->setObjectName(QStringLiteral("importEncodingCombo"));
    m_encoding->addItem(tr("Detect automatically"), static_cast<int>(io::TextEncoding::Auto));
    m_encoding->addItem(tr("UTF-8"), static_cast<int>(io::TextEncoding::Utf8));
    m_encoding->addItem(tr("Windows-1252 (Western European)"), static_cast<int>(io::TextEncoding::Windows1252));

    m_error->setObjectName(QStringLiteral("importFileError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto* form = new QFormLayout(this);
    form->setVerticalSpacing(10);
    form->addRow(tr("File"), pathRow);
    form->addRow(tr("Delimiter"), m_delimiter);
    form->addRow(tr("Encoding"), m_encoding);
    form->addRow(m_error);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        Q_EMIT completeChanged();
    });
}

void ImportFilePage::browse()
{
    const QString start = m_path->text().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                   : QFileInfo(m_path->text()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import customers"), start, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    io::CsvReadOptions options;
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.at(0);
    options.encoding = static_cast<io::TextEncoding>(m_encoding->currentData().toInt());
    const auto loaded = m_wizard->load(QDir::fromNativeSeparators(m_path->text().trimmed()), options);
    if (!loaded) {
        m_error->setText(loaded.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

} // namespace subdesk::ui
