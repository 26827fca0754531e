#include "cliutil.h"

#include <cstdio>

namespace td::cli {

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

std::unique_ptr<storage::Dossier> openDossier(const char *command, const QString &path,
                                              storage::Dossier::Mode mode)
{
    storage::OpenError openError;
    auto dossier = storage::Dossier::open(path, mode, &openError);
    if (!dossier)
        printErr(
            QStringLiteral("tenderdesk-cli %1: %2").arg(QLatin1String(command), openError.message));
    return dossier;
}

Arguments::Arguments(const QStringList &args, const QStringList &valueOptions,
                     const QStringList &flags)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg.startsWith(QLatin1String("--"))) {
            const QString name = arg.mid(2);
            if (valueOptions.contains(name)) {
                if (i + 1 >= args.size()) {
                    m_error = QStringLiteral("option %1 needs a value").arg(arg);
                    return;
                }
                m_values.append({name, args[++i]});
            } else if (flags.contains(name)) {
                m_flags << name;
            } else {
                m_error = QStringLiteral("unknown option %1").arg(arg);
                return;
            }
        } else {
            m_positional << arg;
        }
    }
}

std::optional<QString> Arguments::value(const QString &option) const
{
    std::optional<QString> result;
    for (const auto &[name, v] : m_values)
        if (name == option)
            result = v;
    return result;
}

QStringList Arguments::values(const QString &option) const
{
    QStringList result;
    for (const auto &[name, v] : m_values)
        if (name == option)
            result << v;
    return result;
}

void printEvaluationErrors(const std::vector<rules::EvaluationError> &errors)
{
    for (const rules::EvaluationError &e : errors)
        printErr(QStringLiteral("product %1%2%3: %4")
                     .arg(e.productId,
                          e.bidId.isEmpty() ? QString() : QStringLiteral(", bid ") + e.bidId,
                          e.field.isEmpty() ? QString() : QStringLiteral(", field ") + e.field,
                          e.message));
}

} // namespace td::cli
