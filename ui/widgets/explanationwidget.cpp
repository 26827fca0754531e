#include "widgets/explanationwidget.h"

#include "localeformat.h"
#include "rules/reasontext.h"
#include "statusstyle.h"

#include <QEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace td::ui {

ExplanationWidget::ExplanationWidget(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_browser, 1);
    m_browser->setOpenLinks(false);
    m_title->setBuddy(m_browser);
    retranslate();
    render();
}

void ExplanationWidget::setBid(const model::BidResult *bid, const model::ProductResult *product,
                               const model::Parameters *parameters)
{
    m_bid = bid;
    m_product = product;
    m_parameters = parameters;
    render();
}

QString ExplanationWidget::text() const
{
    return m_browser->toPlainText();
}

void ExplanationWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    }
    QWidget::changeEvent(event);
}

void ExplanationWidget::retranslate()
{
    m_title->setText(tr("Explanation"));
    m_browser->setAccessibleName(tr("Explanation of the selected bid"));
}

void ExplanationWidget::render()
{
    if (!m_bid || !m_product || !m_parameters) {
        m_browser->setHtml(QStringLiteral("<p><i>%1</i></p>")
                               .arg(tr("Select a bid of an evaluated product to see why it has "
                                       "its status.")
                                        .toHtmlEscaped()));
        return;
    }
    const QLocale locale;
    auto figure = [&](const money::Decimal &v) {
        return localizeDecimalText(rules::exactFigure(v, *m_parameters), locale);
    };
    QString html;
    html += QStringLiteral("<p><b><span style='color:%1'>%2</span></b> — %3</p>")
                .arg(statusColor(m_bid->status).name(), statusLabel(m_bid->status).toHtmlEscaped(),
                     tr("bid %1, bidder %2").arg(m_bid->bidId, m_bid->bidderId).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(rules::reasonSentence(*m_bid, *m_product, *m_parameters).toHtmlEscaped());
    const QString tie = rules::tieSentence(*m_bid, *m_parameters);
    if (!tie.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("Tie:").toHtmlEscaped(), tie.toHtmlEscaped());

    QStringList rows;
    auto row = [&](const QString &label, const QString &value) {
        rows << QStringLiteral("<tr><td>%1</td><td align='right'>&nbsp;&nbsp;%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const model::BidExplanation &e = m_bid->explanation;
    if (m_product->lowestUnitPrice)
        row(tr("Lowest unit price"), figure(*m_product->lowestUnitPrice));
    if (m_product->anchorPrice)
        row(tr("Anchor price"), figure(*m_product->anchorPrice));
    if (e.spreadBase)
        row(tr("Spread base"), figure(*e.spreadBase));
    if (e.threshold)
        row(tr("Spread threshold"), figure(*e.threshold));
    if (e.floor)
        row(tr("Floor price"), figure(*e.floor));
    if (e.halfCeiling)
        row(tr("Half of the ceiling"), figure(*e.halfCeiling));
    if (e.ceiling)
        row(tr("Effective ceiling"), figure(*e.ceiling));
    else if (m_product->effectiveCeiling)
        row(tr("Effective ceiling"), figure(*m_product->effectiveCeiling));
    if (m_product->linkageCeiling)
        row(tr("Linkage ceiling"), figure(*m_product->linkageCeiling));
    if (m_product->referenceMedian)
        row(tr("Reference median"), figure(*m_product->referenceMedian));
    if (m_product->revivalPrice)
        row(tr("Revival price"), figure(*m_product->revivalPrice));
    if (e.score) {
        row(tr("Price score"), figure(e.score->price));
        row(tr("Quality score"), figure(e.score->quality));
        row(tr("Lead-time score"), figure(e.score->lead));
        row(tr("Shelf-life score"), figure(e.score->shelf));
        row(tr("Weighted score"), figure(e.score->total));
    }
    row(tr("Qualified bids (N)"), locale.toString(m_product->qualified));
    row(tr("Shortlist size (K)"), locale.toString(m_product->shortlistSize));
    if (m_bid->rank)
        row(tr("Rank"), locale.toString(*m_bid->rank));
    if (!e.qualityTier.isEmpty())
        row(tr("Quality tier (minimum)"), e.qualityTier + QStringLiteral(" (") + e.minQualityTier + u')');
    if (e.minShelfLifeMonths > 0)
        row(tr("Shelf life, months (minimum)"),
            tr("%1 (%2)").arg(locale.toString(e.shelfLifeMonths), locale.toString(e.minShelfLifeMonths)));
    html += QStringLiteral("<p><b>%1</b></p><table>%2</table>")
                .arg(tr("Thresholds that applied").toHtmlEscaped(), rows.join(QString()));
    m_browser->setHtml(html);
}

} // namespace td::ui
