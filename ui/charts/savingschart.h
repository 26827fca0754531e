#pragma once

#include "model/evaluationresult.h"
#include "report/awardfigures.h"

#include <QChartView>
#include <QFutureWatcher>

#include <memory>
#include <optional>

namespace td::ui {

/// Savings across products: contract value against the effective ceiling and against the
/// reference median (core's report figures), for the products with the largest savings.
class SavingsChart : public QChartView
{
    Q_OBJECT
public:
    explicit SavingsChart(QWidget *parent = nullptr);
    void setResult(const model::EvaluationResult *result);
    /// The same, with the figures (a pass over every allocation) computed off the UI thread;
    /// the chart changes when they are ready.
    void setResult(std::shared_ptr<const model::EvaluationResult> result);
    /// At most this many products are drawn (the rest are named in the title).
    static constexpr int MaxProducts = 25;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    struct Figures
    {
        std::vector<report::ProductAward> awards; ///< the largest savings first, at most MaxProducts
        int total = 0;
        QString currency;
    };
    static Figures figures(const model::EvaluationResult &result);
    std::optional<Figures> m_figures;
    QFutureWatcher<Figures> m_watcher;
    int m_generation = 0;
};

} // namespace td::ui
