#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <iterator>

namespace td::ui {

namespace {

struct Credit
{
    const char *name; // proper noun, not translated
    const char *url;
};

QString link(const char *url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(QString::fromLatin1(url), text.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent), m_icon(new QLabel(this)), m_title(new QLabel(this)),
      m_version(new QLabel(this)), m_summary(new QLabel(this)), m_license(new QLabel(this)),
      m_credits(new QTextBrowser(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    m_version->setObjectName(QStringLiteral("aboutVersion"));
    m_license->setObjectName(QStringLiteral("aboutLicense"));
    m_credits->setObjectName(QStringLiteral("aboutCredits"));

    // The hicolor theme icon that the package installs; the window icon when run from build/.
    const QIcon icon = QIcon::fromTheme(QStringLiteral("tenderdesk"), QApplication::windowIcon());
    if (!icon.isNull())
        m_icon->setPixmap(icon.pixmap(64, 64));
    m_icon->setAlignment(Qt::AlignTop);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_license->setWordWrap(true);
    m_license->setOpenExternalLinks(true);
    m_license->setTextFormat(Qt::RichText);
    m_credits->setOpenExternalLinks(true);
    m_credits->setMinimumSize(460, 260);

    m_aboutQt = m_buttons->addButton(QString(), QDialogButtonBox::HelpRole);
    m_aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    connect(m_aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_version);
    text->addWidget(m_summary);
    text->addWidget(m_license);
    auto *header = new QHBoxLayout;
    header->addWidget(m_icon);
    header->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_credits, 1);
    layout->addWidget(m_buttons);

    retranslateUi();
}

QString AboutDialog::creditsHtml() const
{
    return m_credits->toHtml();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About TenderDesk"));
    m_title->setText(QStringLiteral("TenderDesk"));
    m_version->setText(
        tr("Version %1 (Qt %2)").arg(QStringLiteral(TD_VERSION), QString::fromLatin1(qVersion())));
    m_summary->setText(tr("Tender-evaluation workstation for cross-border drug procurement."));
    m_license->setText(
        tr("This program is free software: you can redistribute it and/or modify it under the "
           "terms of the %1, version 3 or (at your option) any later version.")
            .arg(link("https://www.gnu.org/licenses/gpl-3.0.html",
                      tr("GNU General Public License"))) +
        QStringLiteral("<br>") + tr("License: %1").arg(QStringLiteral("GPL-3.0-or-later")));
    m_aboutQt->setText(tr("About &Qt"));

    const Credit libraries[] = {
        {"Qt 6", "https://www.qt.io/"},
        {"Qt Charts", "https://doc.qt.io/qt-6/qtcharts-index.html"},
        {"Boost", "https://www.boost.org/"},
        {"SQLite", "https://sqlite.org/"},
        {"minizip", "https://github.com/madler/zlib/tree/master/contrib/minizip"},
        {"libxlsxwriter", "https://libxlsxwriter.github.io/"},
        {"Zstandard", "https://facebook.github.io/zstd/"},
        {"OpenSSL (libcrypto)", "https://www.openssl.org/"},
    };
    const QString libraryLicenses[] = {
        tr("LGPL-3.0 or GPL"),
        tr("GPL-3.0"),
        tr("Boost Software License 1.0 (BSL-1.0)"),
        tr("public domain"),
        tr("zlib license"),
        tr("BSD 2-clause license (BSD-2-Clause)"),
        tr("BSD 3-clause license (BSD-3-Clause)"),
        tr("Apache License 2.0 (Apache-2.0)"),
    };
    const Credit fonts[] = {
        {"Noto Sans CJK", "https://github.com/notofonts/noto-cjk"},
        {"Phetsarath OT (fonts-lao)", "https://packages.debian.org/bookworm/fonts-lao"},
        {"TLWG Thai fonts (fonts-thai-tlwg)", "https://linux.thai.net/projects/fonts-tlwg"},
    };
    const QString fontNotes[] = {
        tr("Chinese; SIL Open Font License 1.1 (OFL-1.1)"),
        tr("Lao; GNU LGPL 2.1 or later"),
        tr("Thai; GNU GPL 2 or later with the font exception"),
    };
    static_assert(std::size(libraries) == std::size(libraryLicenses));
    static_assert(std::size(fonts) == std::size(fontNotes));

    QString html = QStringLiteral("<h3>%1</h3><ul>").arg(tr("Libraries").toHtmlEscaped());
    for (std::size_t i = 0; i < std::size(libraries); ++i)
        html += QStringLiteral("<li>%1 — %2</li>")
                    .arg(link(libraries[i].url, QString::fromUtf8(libraries[i].name)),
                         libraryLicenses[i].toHtmlEscaped());
    html += QStringLiteral("</ul><h3>%1</h3><ul>").arg(tr("Fonts").toHtmlEscaped());
    for (std::size_t i = 0; i < std::size(fonts); ++i)
        html += QStringLiteral("<li>%1 — %2</li>")
                    .arg(link(fonts[i].url, QString::fromUtf8(fonts[i].name)),
                         fontNotes[i].toHtmlEscaped());
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(tr("Fonts are used from the system; the Debian package depends on them.")
                         .toHtmlEscaped());
    m_credits->setHtml(html);
}

} // namespace td::ui
