#pragma once

#include <QObject>

class QChart;

namespace td::ui {

/// The charts' palette switch: normal, or high contrast for projectors (workshop presentation
/// mode). Every chart applies it when it rebuilds and rebuilds when it changes.
class ChartPalette : public QObject
{
    Q_OBJECT
public:
    static ChartPalette *instance();
    static bool highContrast();
    static void setHighContrast(bool on);
    /// Applies the palette to a new chart, before its series are added (colours set on a series
    /// by the chart itself stay).
    static void apply(QChart *chart);

Q_SIGNALS:
    void changed();

private:
    ChartPalette() = default;
    bool m_highContrast = false;
};

} // namespace td::ui
