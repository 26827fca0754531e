#include "charts/bidladderchart.h"

#include "charts/chartpalette.h"

#include "localeformat.h"
#include "rules/reasontext.h"
#include "statusstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace td::ui {

namespace {
// Charts plot positions on screen; the exact values stay in the tables and labels.
double plotValue(const money::Decimal &value)
{
    return value.toString().toDouble();
}
} // namespace

BidLadderChart::BidLadderChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    connect(ChartPalette::instance(), &ChartPalette::changed, this, &BidLadderChart::rebuild);
    rebuild();
}

void BidLadderChart::setProduct(const model::ProductResult *product,
                                const model::Parameters *parameters)
{
    m_product = product;
    m_parameters = parameters;
    rebuild();
}

void BidLadderChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        rebuild();
    QChartView::changeEvent(event);
}

void BidLadderChart::rebuild()
{
    auto *chart = new QChart;
    ChartPalette::apply(chart);
    chart->setFont(font());
    chart->setTitleFont(font());
    chart->legend()->setFont(font());
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setTitle(m_product ? tr("Bid ladder of %1: comparable unit prices in rank order")
                                    .arg(m_product->productId)
                              : tr("Bid ladder: select an evaluated product"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    setAccessibleName(tr("Bid ladder chart"));
    if (!m_product || m_product->bids.empty()) {
        setChart(chart);
        return;
    }
    const QLocale locale;
    const std::vector<model::BidStatus> statuses = {
        model::BidStatus::Winner, model::BidStatus::Revived, model::BidStatus::NotSelected,
        model::BidStatus::NotShortlisted, model::BidStatus::Disqualified};
    auto *bars = new QStackedBarSeries;
    QStringList categories;
    std::vector<QBarSet *> sets;
    for (model::BidStatus s : statuses) {
        auto *set = new QBarSet(statusLabel(s));
        set->setColor(statusColor(s));
        set->setBorderColor(statusColor(s).darker(130));
        sets.push_back(set);
    }
    double maxValue = 0;
    for (const model::BidResult &b : m_product->bids) {
        const QString rank = b.rank ? locale.toString(*b.rank) + u'.' : QStringLiteral("×");
        categories << rank + u' ' + b.bidId;
        const double v = plotValue(b.unitPrice);
        maxValue = std::max(maxValue, v);
        for (size_t i = 0; i < statuses.size(); ++i)
            *sets[i] << (statuses[i] == b.status ? v : 0.0);
    }
    for (size_t i = 0; i < sets.size(); ++i) {
        bool any = false;
        for (const model::BidResult &b : m_product->bids)
            any = any || b.status == statuses[i];
        if (any)
            bars->append(sets[i]);
        else
            delete sets[i];
    }
    chart->addSeries(bars);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setLabelsFont(font());
    auto *axisY = new QValueAxis;
    axisY->setLabelsFont(font());
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    bars->attachAxis(axisX);
    bars->attachAxis(axisY);

    // Thresholds: lowest, spread threshold, anchor, ceiling (as core computed them).
    std::optional<money::Decimal> threshold;
    for (const model::BidResult &b : m_product->bids) {
        if (b.explanation.threshold) {
            threshold = b.explanation.threshold;
            break;
        }
    }
    struct Line
    {
        QString label;
        std::optional<money::Decimal> value;
        QColor color;
        Qt::PenStyle style;
    };
    const std::vector<Line> lines = {
        {tr("Lowest"), m_product->lowestUnitPrice, QColor(0x1b, 0x7f, 0x3b), Qt::SolidLine},
        {tr("Spread threshold"), threshold, QColor(0xb3, 0x5c, 0x00), Qt::DashLine},
        {tr("Anchor"), m_product->anchorPrice, QColor(0x1f, 0x5f, 0xb4), Qt::DotLine},
        {tr("Ceiling"), m_product->effectiveCeiling, QColor(0xb0, 0x1e, 0x1e), Qt::DashDotLine},
    };
    const double left = -0.5;
    const double right = double(categories.size()) - 0.5;
    for (const Line &line : lines) {
        if (!line.value)
            continue;
        const double y = plotValue(*line.value);
        maxValue = std::max(maxValue, y);
        auto *series = new QLineSeries;
        const QString figure = m_parameters ? localizeDecimalText(rules::exactFigure(*line.value, *m_parameters), locale)
                                            : formatDecimal(*line.value, locale);
        series->setName(line.label + QStringLiteral(" ") + figure);
        QPen pen(line.color, 2, line.style);
        series->setPen(pen);
        series->append(left, y);
        series->append(right, y);
        chart->addSeries(series);
        // The x axis of a line is numeric: a hidden value axis spanning the categories.
        auto *lineX = new QValueAxis;
        lineX->setRange(left, right);
        lineX->setVisible(false);
        chart->addAxis(lineX, Qt::AlignBottom);
        series->attachAxis(lineX);
        series->attachAxis(axisY);
    }
    axisY->setRange(0, maxValue * 1.1);
    axisY->applyNiceNumbers();
    setChart(chart);
}

} // namespace td::ui
