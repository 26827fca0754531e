#include "charts/chartpalette.h"

#include <QChart>

namespace td::ui {

ChartPalette *ChartPalette::instance()
{
    static ChartPalette palette;
    return &palette;
}

bool ChartPalette::highContrast()
{
    return instance()->m_highContrast;
}

void ChartPalette::setHighContrast(bool on)
{
    ChartPalette *palette = instance();
    if (palette->m_highContrast == on)
        return;
    palette->m_highContrast = on;
    Q_EMIT palette->changed();
}

void ChartPalette::apply(QChart *chart)
{
    if (!highContrast())
        return;
    // Qt's high-contrast theme: black text and axes, strong series colours, no gradients.
    chart->setTheme(QChart::ChartThemeHighContrast);
    chart->setBackgroundBrush(Qt::white);
    chart->setTitleBrush(Qt::black);
    chart->legend()->setLabelColor(Qt::black);
}

} // namespace td::ui
