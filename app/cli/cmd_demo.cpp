#include "cliutil.h"
#include "commands.h"

namespace td::cli {

int runDemo(const QStringList &)
{
    printErr(QStringLiteral("tenderdesk-cli demo: not available in this build yet"));
    return FileError;
}

} // namespace td::cli
