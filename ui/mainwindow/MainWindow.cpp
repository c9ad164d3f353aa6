#include "MainWindow.h"

#include "CompanyOpener.h"
#include "RecentFilesMenu.h"
#include "StandardSections.h"
#include "common/Clock.h"
#include "customers/CustomerEditor.h"
#include "storage/CompanyFile.h"
#include "widgets/Icons.h"
#include "widgets/SaveFileDialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QUndoStack>
#include <QVBoxLayout>

namespace subdesk::ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSectionKey = QStringLiteral("mainWindow/section");
constexpr QSize kDefaultSize(1200, 760);

QString companyFilter()
{
    return QCoreApplication::translate("CompanyOpener", "SubDesk companies (*.subdesk);;All files (*)");
}

} // namespace

MainWindow::MainWindow(const Clock& clock, std::unique_ptr<storage::CompanyFile> company, QWidget* parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_undoStack(new QUndoStack(this))
    , m_stack(new QStackedWidget(this))
    , m_messageBar(new MessageBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(appIcon());
    m_stack->setObjectName(QStringLiteral("sectionStack"));

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    auto* barHolder = new QHBoxLayout;
    barHolder->setContentsMargins(12, 8, 12, 0);
    barHolder->addWidget(m_messageBar);
    contentLayout->addLayout(barHolder);
    contentLayout->addWidget(m_stack, 1);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildSidebar());
    auto* line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    layout->addWidget(line);
    layout->addWidget(content, 1);
    setCentralWidget(central);

    buildMenus();
    attachCompany(std::move(company));
    registerStandardSections(*this);
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // Views hold references into the company: they go first, then the history, then the file.
    detachCompany();
}

QWidget* MainWindow::buildSidebar()
{
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("sidebar"));
    panel->setAutoFillBackground(true);
    panel->setBackgroundRole(QPalette::AlternateBase);
    panel->setFixedWidth(176);

    auto* brandIcon = new QLabel(panel);
    brandIcon->setPixmap(appIcon().pixmap(28, 28));
    auto* brandName = new QLabel(tr("SubDesk"), panel);
    QFont brandFont = brandName->font();
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.25);
    brandFont.setBold(true);
    brandName->setFont(brandFont);
    auto* brand = new QHBoxLayout;
    brand->setContentsMargins(14, 14, 14, 10);
    brand->setSpacing(8);
    brand->addWidget(brandIcon);
    brand->addWidget(brandName, 1);

    m_sidebar = new QListWidget(panel);
    m_sidebar->setObjectName(QStringLiteral("navigationList"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(1);
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setStyleSheet(
        QStringLiteral("QListWidget#navigationList { background: transparent; outline: 0; }"
                       "QListWidget#navigationList::item { padding: 7px 8px; margin: 0px 8px; border-radius: 5px; }"
                       "QListWidget#navigationList::item:hover:!selected { background: palette(midlight); }"
                       "QListWidget#navigationList::item:selected { background: palette(highlight); color: "
                       "palette(highlighted-text); }"));
    QFont itemFont = m_sidebar->font();
    itemFont.setPointSizeF(itemFont.pointSizeF() * 1.08);
    m_sidebar->setFont(itemFont);
    connect(m_sidebar, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!item)
            return;
        const auto section = static_cast<Section>(item->data(Qt::UserRole).toInt());
        if (SectionView* v = view(section))
            m_stack->setCurrentWidget(v);
    });

    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 0, 8);
    column->setSpacing(4);
    column->addLayout(brand);
    column->addWidget(m_sidebar, 1);
    return panel;
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* newCompany = m_fileMenu->addAction(tr("&New company…"), this, &MainWindow::newCompany);
    newCompany->setObjectName(QStringLiteral("newCompanyAction"));
    newCompany->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* open = m_fileMenu->addAction(tr("&Open…"), this, &MainWindow::openCompany);
    open->setObjectName(QStringLiteral("openCompanyAction"));
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = new RecentFilesMenu(m_fileMenu);
    m_fileMenu->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentFilesMenu::openRequested, this,
            [this](const QString& path) { switchCompany(path, storage::Database::OpenMode::OpenExisting); });
    QAction* copy = m_fileMenu->addAction(tr("Save a &copy…"), this, &MainWindow::saveCopy);
    copy->setObjectName(QStringLiteral("saveCopyAction"));
    copy->setShortcut(QKeySequence::SaveAs);
    m_fileMenu->addSeparator();
    m_fileViewActionsEnd = m_fileMenu->addSeparator();
    QAction* quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& extra :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(extra))
            redoKeys.append(extra);
    }
    redo->setShortcuts(redoKeys);
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* aboutAction = help->addAction(tr("&About SubDesk"), this, &MainWindow::about);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::registerSection(Section section, ViewFactory factory)
{
    m_factories.insert(section, std::move(factory));
    buildView(section);
    rebuildSidebar();
}

void MainWindow::buildView(Section section)
{
    if (!m_context || !m_factories.contains(section))
        return;
    if (SectionView* old = m_views.value(section))
        delete old;
    SectionView* v = m_factories.value(section)(*m_context, m_stack);
    m_stack->addWidget(v);
    m_views.insert(section, v);
    connect(v, &SectionView::messageRequested, this, &MainWindow::showMessage);
    connect(v, &SectionView::activationRequested, this, [this, section] { showSection(section); });
    addViewActionsToMenus(v);
}

void MainWindow::addViewActionsToMenus(SectionView* v)
{
    // The actions belong to the view: when it is destroyed they leave the menus by themselves.
    m_fileMenu->insertActions(m_fileViewActionsEnd, v->menuActions(SectionView::Menu::File));
    m_editMenu->addActions(v->menuActions(SectionView::Menu::Edit));
}

void MainWindow::rebuildSidebar()
{
    const auto current = currentSection();
    QSignalBlocker blocker(m_sidebar);
    m_sidebar->clear();
    for (Section section : allSections()) {
        if (!m_views.value(section))
            continue;
        auto* item = new QListWidgetItem(sectionIcon(section), sectionTitle(section), m_sidebar);
        item->setData(Qt::UserRole, static_cast<int>(section));
        item->setSizeHint(QSize(0, m_sidebar->fontMetrics().height() + 18));
    }
    blocker.unblock();
    if (current && m_views.value(*current))
        showSection(*current);
    else if (m_sidebar->count() > 0)
        showSection(static_cast<Section>(m_sidebar->item(0)->data(Qt::UserRole).toInt()));
}

void MainWindow::showSection(Section section)
{
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(section)) {
            m_sidebar->setCurrentRow(row);
            if (SectionView* v = view(section))
                m_stack->setCurrentWidget(v);
            return;
        }
    }
}

std::optional<Section> MainWindow::currentSection() const
{
    const QListWidgetItem* item = m_sidebar->currentItem();
    if (!item)
        return std::nullopt;
    return static_cast<Section>(item->data(Qt::UserRole).toInt());
}

void MainWindow::attachCompany(std::unique_ptr<storage::CompanyFile> company)
{
    m_company = std::move(company);
    if (!m_company)
        return;
    m_customerEditor = std::make_unique<customers::CustomerEditor>(m_company->customers(), *m_undoStack);
    connect(m_customerEditor.get(), &customers::CustomerEditor::failed, this,
            [this](const QString& message) { showMessage(message, MessageBar::Kind::Error); });
    m_context.reset(new CompanyContext {*m_company, *m_customerEditor, *m_undoStack, m_clock});
    for (auto it = m_factories.constBegin(); it != m_factories.constEnd(); ++it)
        buildView(it.key());
    rebuildSidebar();
    m_recentMenu->addPath(m_company->database().path());
    updateTitle();
}

void MainWindow::detachCompany()
{
    for (const QPointer<SectionView>& v : std::as_const(m_views))
        delete v.data();
    m_views.clear();
    // Undo commands refer to the company's services: clear them before the services go away.
    m_undoStack->clear();
    m_context.reset();
    m_customerEditor.reset();
    m_company.reset();
}

bool MainWindow::switchCompany(const QString& path, storage::Database::OpenMode mode)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_company && QFileInfo(m_company->database().path()).absoluteFilePath() == absolute) {
        showMessage(tr("%1 is already open.").arg(QDir::toNativeSeparators(absolute)), MessageBar::Kind::Information);
        return true;
    }
    auto opened = openCompanyFile(absolute, mode, m_clock, false);
    if (!opened) {
        showMessage(opened.error().message, MessageBar::Kind::Error);
        return false;
    }
    const bool created = opened->created;
    detachCompany();
    attachCompany(std::move(opened->file));
    showMessage(created ? tr("Created the company %1.").arg(QDir::toNativeSeparators(absolute))
                        : tr("Opened %1.").arg(QDir::toNativeSeparators(absolute)),
                MessageBar::Kind::Positive);
    return true;
}

void MainWindow::showMessage(const QString& text, MessageBar::Kind kind)
{
    m_messageBar->showMessage(text, kind);
}

void MainWindow::updateTitle()
{
    const QString name = m_company ? QFileInfo(m_company->database().path()).fileName() : QString();
    setWindowTitle(name.isEmpty() ? tr("SubDesk") : tr("SubDesk — %1").arg(name));
    setWindowFilePath(m_company ? m_company->database().path() : QString());
}

void MainWindow::newCompany()
{
    const QString folder = m_company ? QFileInfo(m_company->database().path()).absolutePath()
                                     : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // No "replace?" question: a new company never overwrites a file; choosing one that exists is
    // refused with a message instead.
    const QString path =
        askSaveFileName(this, tr("New company"), QDir(folder).filePath(tr("New company") + QStringLiteral(".subdesk")),
                        companyFilter(), QStringLiteral("subdesk"), QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    switchCompany(path, storage::Database::OpenMode::CreateNew);
}

void MainWindow::openCompany()
{
    const QString folder = m_company ? QFileInfo(m_company->database().path()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open company"), folder, companyFilter());
    if (!path.isEmpty())
        switchCompany(path, storage::Database::OpenMode::OpenExisting);
}

void MainWindow::saveCopy()
{
    if (!m_company)
        return;
    const QFileInfo current(m_company->database().path());
    const QString suggestion =
        current.dir().filePath(tr("%1 copy").arg(current.completeBaseName()) + QStringLiteral(".subdesk"));
    const QString target =
        askSaveFileName(this, tr("Save a copy"), suggestion, companyFilter(), QStringLiteral("subdesk"));
    if (target.isEmpty())
        return;
    if (auto saved = m_company->database().backupTo(target); !saved) {
        showMessage(saved.error().message, MessageBar::Kind::Error);
        return;
    }
    showMessage(tr("Copy saved to %1.").arg(QDir::toNativeSeparators(target)), MessageBar::Kind::Positive);
}

void MainWindow::about()
{
    const QString path = m_company ? QDir::toNativeSeparators(m_company->database().path()) : QString();
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(tr("About SubDesk"));
    box.setIconPixmap(appIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>SubDesk %1</h3><p>Subscription billing for small businesses.</p>")
                    .arg(QStringLiteral(SUBDESK_VERSION)));
    box.setInformativeText(tr("<p>Company file:<br>%1</p><p>Built with Qt %2.</p>")
                               .arg(path.toHtmlEscaped(), QString::fromLatin1(qVersion())));
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(kDefaultSize);
    restoreState(settings.value(kStateKey).toByteArray());
    const QString key = settings.value(kSectionKey, sectionKey(Section::Dashboard)).toString();
    for (Section section : allSections()) {
        if (sectionKey(section) == key && view(section))
            showSection(section);
    }
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (const auto section = currentSection())
        settings.setValue(kSectionKey, sectionKey(*section));
}

} // namespace subdesk::ui
