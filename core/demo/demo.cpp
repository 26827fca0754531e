#include "demo.h"

#include "io/workbookreader.h"
#include "service/evaluation.h"
#include "storage/dossier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTemporaryFile>
#include <algorithm>
#include <filesystem>
#include <system_error>
#include <variant>

namespace td::demo {

namespace {

class DemoText
{
    Q_DECLARE_TR_FUNCTIONS(td::demo::DemoText)
};

struct Notes
{
    QString tenderId;
    // product id → language → note
    QHash<QString, QHash<QString, QString>> byProduct;
};

const Notes &notes()
{
    static const Notes loaded = [] {
        Notes n;
        QFile file(QStringLiteral(":/demo/notes.json"));
        if (!file.open(QIODevice::ReadOnly))
            return n;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        n.tenderId = root.value(u"tender_id").toString();
        const QJsonObject products = root.value(u"notes").toObject();
        for (auto p = products.begin(); p != products.end(); ++p) {
            const QJsonObject languages = p.value().toObject();
            QHash<QString, QString> &entry = n.byProduct[p.key()];
            for (auto l = languages.begin(); l != languages.end(); ++l)
                if (const QString text = l.value().toString(); !text.isEmpty())
                    entry.insert(l.key(), text);
        }
        return n;
    }();
    return loaded;
}

// en, zh_CN, lo, th from a language or locale name (zh, zh-CN, lo_LA, th_TH, en_GB …).
QString noteLanguage(const QString &language)
{
    QString name = language;
    name.replace(u'-', u'_');
    if (noteLanguages().contains(name))
        return name;
    const QString base = name.section(u'_', 0, 0).toLower();
    if (base == u"zh")
        return QStringLiteral("zh_CN");
    if (base == u"en" || base == u"lo" || base == u"th")
        return base;
    return {};
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Removes a dossier file that was being built and what SQLite or the lock left beside it.
void removeDossierFiles(const QString &file)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal"), QStringLiteral(".lock")})
        QFile::remove(file + suffix);
}

// Builds the complete demo dossier in `file` (an empty file). False with `error` on failure.
bool buildDossier(const QString &file, QString *error)
{
    io::ImportResult imported = io::readWorkbook(workbookPath());
    if (!imported.ok()) {
        QStringList lines;
        for (const io::ImportError &e : imported.errors)
            lines << io::formatImportError(e);
        setError(error, DemoText::tr("The bundled demo workbook cannot be read (this build is "
                                     "broken): %1")
                            .arg(lines.join(QStringLiteral("; "))));
        return false;
    }
    storage::OpenError openError;
    auto dossier =
        storage::Dossier::open(file, storage::Dossier::Mode::CreateIfMissing, &openError);
    if (!dossier) {
        setError(error, openError.message);
        return false;
    }
    QString storeError;
    if (!dossier->replaceTenderData(
            *imported.data, DemoText::tr("TenderDesk demo workbook (bundled)"), &storeError)) {
        setError(error, storeError);
        return false;
    }
    auto parameters = service::defaultParameters(imported.data->tender);
    if (const auto *errors = std::get_if<std::vector<model::ParameterError>>(&parameters)) {
        setError(error, DemoText::tr("The bundled demo workbook has invalid parameters: %1")
                            .arg(errors->empty() ? QString() : errors->front().message));
        return false;
    }
    const service::DossierEvaluation evaluation =
        service::evaluateDossier(*dossier, std::get<model::Parameters>(parameters));
    if (!evaluation.ok()) {
        QString why = evaluation.storageError;
        if (why.isEmpty() && !evaluation.errors.empty())
            why = evaluation.errors.front().message;
        setError(error, DemoText::tr("The demo tender could not be evaluated: %1").arg(why));
        return false;
    }
    return true;
}

} // namespace

QString tenderId()
{
    return QStringLiteral("T-DEMO-CNASEAN-2026");
}

QString workbookPath()
{
    return QStringLiteral(":/demo");
}

QStringList noteLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("lo"),
            QStringLiteral("th")};
}

QStringList notedProducts()
{
    QStringList ids = notes().byProduct.keys();
    std::sort(ids.begin(), ids.end(),
              [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    return ids;
}

std::optional<QString> teachingNote(const QString &tender, const QString &productId,
                                    const QString &language)
{
    const Notes &n = notes();
    if (tender != n.tenderId)
        return std::nullopt;
    const auto product = n.byProduct.constFind(productId);
    if (product == n.byProduct.cend())
        return std::nullopt;
    const auto text = product->constFind(noteLanguage(language));
    if (text == product->cend())
        return std::nullopt;
    return *text;
}

bool writeDemoDossier(const QString &path, QString *error)
{
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (target.isDir()) {
        setError(
            error,
            DemoText::tr("%1 is a folder; give the name of the dossier file to write.").arg(shown));
        return false;
    }
    const QDir folder = target.absoluteDir();
    if (!folder.exists()) {
        setError(error, DemoText::tr("The folder %1 does not exist.")
                            .arg(QDir::toNativeSeparators(folder.path())));
        return false;
    }

    // The lock a writable Dossier takes: while we hold it nobody opens the target for editing,
    // and a dossier that is open elsewhere is not replaced under its owner's feet.
    QLockFile lock(target.absoluteFilePath() + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        setError(error, lock.error() == QLockFile::LockFailedError
                            ? DemoText::tr("The dossier %1 is open for editing elsewhere. Close it "
                                           "there first.")
                                  .arg(shown)
                            : DemoText::tr("Cannot create the lock file %1.lock: check that the "
                                           "folder is writable.")
                                  .arg(shown));
        return false;
    }

    // Build under a temporary name in the same folder, then move into place (one rename).
    QString building;
    {
        QTemporaryFile reserve(
            folder.filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
        reserve.setAutoRemove(false);
        if (!reserve.open()) {
            setError(error,
                     DemoText::tr("Cannot write in the folder %1: %2")
                         .arg(QDir::toNativeSeparators(folder.path()), reserve.errorString()));
            return false;
        }
        building = reserve.fileName();
    }
    if (!buildDossier(building, error)) {
        removeDossierFiles(building);
        return false;
    }
    // A crashed earlier dossier may have left its write-ahead log; SQLite would replay it into
    // the new file. We hold the lock, so nobody is writing it.
    QFile::remove(target.absoluteFilePath() + QStringLiteral("-wal"));
    QFile::remove(target.absoluteFilePath() + QStringLiteral("-shm"));
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(building.toStdU16String()),
                            std::filesystem::path(target.absoluteFilePath().toStdU16String()), ec);
    if (ec) {
        removeDossierFiles(building);
        setError(
            error,
            DemoText::tr("Cannot write %1: %2").arg(shown, QString::fromLocal8Bit(ec.message())));
        return false;
    }
    return true;
}

} // namespace td::demo
