#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;
class QPushButton;
class QDialogButtonBox;

namespace td::ui {

/// Help → About: version, license (GPL-3.0-or-later) and credits for the fonts and libraries
/// TenderDesk ships with or links. Retranslates itself when the language changes at run time.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The credits as shown (HTML): libraries and fonts with their licenses.
    QString creditsHtml() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_license = nullptr;
    QTextBrowser *m_credits = nullptr;
    QPushButton *m_aboutQt = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace td::ui
