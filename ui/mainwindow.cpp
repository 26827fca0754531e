#include "mainwindow.h"

namespace td::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("TenderDesk"));
    resize(1200, 800);
}

} // namespace td::ui
