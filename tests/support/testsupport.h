#pragma once

#include <QString>

namespace td::test {

/// ../shared beside the checkout (TD_SHARED_DIR, set by ctest).
QString sharedDir();
/// build/bin, where tenderdesk-cli lives (TD_BIN_DIR).
QString binDir();
/// The source tree (TD_SOURCE_DIR), for committed fixtures.
QString sourceDir();
/// ../shared/cases/NAME
QString caseDir(const QString &name);

} // namespace td::test
