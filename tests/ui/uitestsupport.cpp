#include "uitestsupport.h"

#include "io/workbookreader.h"
#include "storage/dossier.h"
#include "testsupport.h"

#include <QtTest>

namespace td::test {

QString makeDossier(const QString &caseName, const QString &dir)
{
    const io::ImportResult read = io::readWorkbook(caseDir(caseName));
    if (!read.ok()) {
        for (const auto &e : read.errors)
            qWarning("%s", qPrintable(io::formatImportError(e)));
        return QString();
    }
    const QString path = dir + u'/' + caseName + QStringLiteral(".tender");
    storage::OpenError error;
    auto dossier = storage::Dossier::open(path, storage::Dossier::Mode::CreateIfMissing, &error);
    if (!dossier) {
        qWarning("%s", qPrintable(error.message));
        return QString();
    }
    QString message;
    if (!dossier->replaceTenderData(*read.data, caseName, &message)) {
        qWarning("%s", qPrintable(message));
        return QString();
    }
    return path;
}

} // namespace td::test
