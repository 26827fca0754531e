#include "testsupport.h"

#include <QProcessEnvironment>

namespace td::test {

QString sharedDir()
{
    return qEnvironmentVariable("TD_SHARED_DIR");
}

QString binDir()
{
    return qEnvironmentVariable("TD_BIN_DIR");
}

QString sourceDir()
{
    return qEnvironmentVariable("TD_SOURCE_DIR");
}

QString caseDir(const QString &name)
{
    return sharedDir() + QStringLiteral("/cases/") + name;
}

} // namespace td::test
