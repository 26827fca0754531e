#pragma once

#include <QCoreApplication>

#include <memory>

namespace td::report {

/// The application object painting needs: a QGuiApplication (fonts, QPdfWriter). When neither
/// QT_QPA_PLATFORM nor a display (DISPLAY, WAYLAND_DISPLAY) is set, the offscreen platform is
/// chosen, so `tenderdesk-cli report` works on a server. Returned as QCoreApplication so the CLI
/// needs no QtGui headers. Create it before any other application object.
std::unique_ptr<QCoreApplication> createReportApplication(int &argc, char **argv);

} // namespace td::report
