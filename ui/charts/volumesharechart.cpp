#include "charts/volumesharechart.h"

#include "charts/chartpalette.h"

#include "localeformat.h"

#include <QEvent>
#include <QLegend>
#include <QPieLegendMarker>
#include <QPieSeries>
#include <QPieSlice>

namespace td::ui {

VolumeShareChart::VolumeShareChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    connect(ChartPalette::instance(), &ChartPalette::changed, this, &VolumeShareChart::rebuild);
    rebuild();
}

void VolumeShareChart::setSlices(const QString &productId, std::vector<Slice> slices,
                                 const money::Decimal &unassigned)
{
    m_productId = productId;
    m_slices = std::move(slices);
    m_unassigned = unassigned;
    rebuild();
}

void VolumeShareChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        rebuild();
    QChartView::changeEvent(event);
}

void VolumeShareChart::rebuild()
{
    auto *chart = new QChart;
    ChartPalette::apply(chart);
    chart->setFont(font());
    chart->setTitleFont(font());
    chart->legend()->setFont(font());
    chart->legend()->setAlignment(Qt::AlignBottom);
    setAccessibleName(tr("Volume shares chart"));
    chart->setTitle(m_productId.isEmpty() ? tr("Volume shares: select an evaluated product")
                                          : tr("Volume shares by winner, %1").arg(m_productId));
    if (!m_slices.empty() || !m_unassigned.isZero()) {
        auto *series = new QPieSeries;
        const QLocale locale;
        for (const Slice &s : m_slices) {
            series->append(s.label + QStringLiteral(": ") + formatDecimal(s.volume, locale),
                           s.volume.toString().toDouble());
        }
        if (!m_unassigned.isZero()) {
            auto *slice = series->append(tr("Unassigned: %1").arg(formatDecimal(m_unassigned, locale)),
                                         m_unassigned.toString().toDouble());
            slice->setColor(QColor(0xbb, 0xbb, 0xbb));
            slice->setExploded(true);
        }
        series->setPieSize(0.62);
        for (QPieSlice *slice : series->slices()) {
            // The share on the slice, the name and volume in the legend.
            slice->setLabelVisible(true);
            slice->setLabelFont(font());
        }
        chart->addSeries(series);
        // Legend entries keep the full text; slice labels show the share only.
        const auto markers = chart->legend()->markers(series);
        for (QPieSlice *slice : series->slices()) {
            const QString full = slice->label();
            for (QLegendMarker *m : markers) {
                if (static_cast<QPieLegendMarker *>(m)->slice() == slice)
                    m->setLabel(full);
            }
            slice->setLabel(QLocale().toString(slice->percentage() * 100, 'f', 1) + QLocale().percent());
        }
    }
    setChart(chart);
}

} // namespace td::ui
