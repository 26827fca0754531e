#pragma once

#include <QString>

class QTemporaryDir;

namespace td::test {

/// Imports ../shared/cases/NAME into DIR/NAME.tender through io and storage; the path, or empty
/// on failure (with a QWARN naming the errors).
QString makeDossier(const QString &caseName, const QString &dir);

} // namespace td::test
