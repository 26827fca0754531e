#include "cliutil.h"
#include "commands.h"

namespace td::cli {

int runShow(const QStringList &)
{
    printErr(QStringLiteral("tenderdesk-cli show: not available in this build yet"));
    return FileError;
}

} // namespace td::cli
