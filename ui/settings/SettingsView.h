#pragma once

#include "widgets/SectionView.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace subdesk::storage {
class CompanyFile;
}

namespace subdesk::ui {

/**
 * Settings that exist today: the interface language (applies from the next start; "Restart now"
 * starts SubDesk again with the same company) and facts about the open company file with an
 * integrity check.
 */
class SettingsView final : public SectionView
{
    Q_OBJECT

public:
    explicit SettingsView(storage::CompanyFile& company, QWidget* parent = nullptr);

public Q_SLOTS:
    void checkDatabase();
    void restartNow();

private:
    QWidget* buildLanguageGroup();
    QWidget* buildCompanyGroup();
    void languageChosen();

    storage::CompanyFile& m_company;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QPushButton* m_restart = nullptr;
    QList<QLabel*> m_formLabels;
};

} // namespace subdesk::ui
