#include "cliutil.h"
#include "commands.h"

namespace td::cli {

int runEvaluate(const QStringList &)
{
    printErr(QStringLiteral("tenderdesk-cli evaluate: not available in this build yet"));
    return FileError;
}

} // namespace td::cli
