#pragma once

#include <QMainWindow>

namespace td::ui {

/// The workstation window: products, bids, explanation, volumes, charts.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace td::ui
