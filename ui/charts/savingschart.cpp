#include "charts/savingschart.h"

#include "charts/chartpalette.h"

#include "report/awardfigures.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QEvent>
#include <QtConcurrent>
#include <QValueAxis>

#include <algorithm>

namespace td::ui {

SavingsChart::SavingsChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    connect(ChartPalette::instance(), &ChartPalette::changed, this, &SavingsChart::rebuild);
    rebuild();
}

void SavingsChart::setResult(const model::EvaluationResult *result)
{
    ++m_generation;
    m_watcher.cancel();
    m_figures.reset();
    if (result)
        m_figures = figures(*result);
    rebuild();
}

void SavingsChart::setResult(std::shared_ptr<const model::EvaluationResult> result)
{
    const int generation = ++m_generation;
    if (!result) {
        m_watcher.cancel();
        m_figures.reset();
        rebuild();
        return;
    }
    // The previous chart stays until the figures arrive (at most one pass over the result).
    disconnect(&m_watcher, nullptr, this, nullptr);
    connect(&m_watcher, &QFutureWatcher<Figures>::finished, this, [this, generation] {
        if (generation != m_generation || m_watcher.isCanceled())
            return;
        m_figures = m_watcher.result();
        rebuild();
    });
    m_watcher.setFuture(QtConcurrent::run([result = std::move(result)] { return figures(*result); }));
}

SavingsChart::Figures SavingsChart::figures(const model::EvaluationResult &result)
{
    Figures out;
    out.awards = report::productAwards(result);
    out.total = int(out.awards.size());
    out.currency = result.currency;
    auto key = [](const report::ProductAward &a) {
        return a.savingsVsCeiling.value_or(a.savingsVsMedian.value_or(money::Decimal()));
    };
    std::stable_sort(out.awards.begin(), out.awards.end(),
                     [&](const auto &a, const auto &b) { return key(a) > key(b); });
    if (int(out.awards.size()) > MaxProducts)
        out.awards.resize(MaxProducts);
    return out;
}

void SavingsChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        rebuild();
    QChartView::changeEvent(event);
}

void SavingsChart::rebuild()
{
    auto *chart = new QChart;
    ChartPalette::apply(chart);
    chart->setFont(font());
    chart->setTitleFont(font());
    chart->legend()->setFont(font());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    setAccessibleName(tr("Savings chart"));
    if (!m_figures) {
        chart->setTitle(tr("Savings: evaluate the tender first"));
        setChart(chart);
        return;
    }
    const std::vector<report::ProductAward> &awards = m_figures->awards;
    const int total = m_figures->total;
    chart->setTitle(total > MaxProducts
                        ? tr("Savings in %1: the %2 products with the largest savings of %3")
                              .arg(m_figures->currency)
                              .arg(MaxProducts)
                              .arg(total)
                        : tr("Savings in %1 by product").arg(m_figures->currency));
    auto *ceiling = new QBarSet(tr("Against the ceiling"));
    ceiling->setColor(QColor(0x1f, 0x5f, 0xb4));
    auto *median = new QBarSet(tr("Against the reference median"));
    median->setColor(QColor(0x1b, 0x7f, 0x3b));
    QStringList categories;
    double lo = 0, hi = 0;
    for (const report::ProductAward &a : awards) {
        categories << a.productId;
        const double c = a.savingsVsCeiling ? a.savingsVsCeiling->toString().toDouble() : 0.0;
        const double m = a.savingsVsMedian ? a.savingsVsMedian->toString().toDouble() : 0.0;
        *ceiling << c;
        *median << m;
        lo = std::min({lo, c, m});
        hi = std::max({hi, c, m});
    }
    auto *series = new QBarSeries;
    series->append(ceiling);
    series->append(median);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setLabelsFont(font());
    if (categories.size() > 10)
        axisX->setLabelsAngle(-60);
    auto *axisY = new QValueAxis;
    axisY->setLabelsFont(font());
    axisY->setRange(lo, hi > lo ? hi * 1.05 : lo + 1);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    setChart(chart);
}

} // namespace td::ui
