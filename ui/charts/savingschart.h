#pragma once

#include "model/evaluationresult.h"

#include <QChartView>

namespace td::ui {

/// Savings across products: contract value against the effective ceiling and against the
/// reference median (core's report figures), for the products with the largest savings.
class SavingsChart : public QChartView
{
    Q_OBJECT
public:
    explicit SavingsChart(QWidget *parent = nullptr);
    void setResult(const model::EvaluationResult *result);
    /// At most this many products are drawn (the rest are named in the title).
    static constexpr int MaxProducts = 25;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    const model::EvaluationResult *m_result = nullptr;
};

} // namespace td::ui
