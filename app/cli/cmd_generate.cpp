#include "cliutil.h"
#include "commands.h"

namespace td::cli {

int runGenerate(const QStringList &)
{
    printErr(QStringLiteral("tenderdesk-cli generate: not available in this build yet"));
    return FileError;
}

} // namespace td::cli
