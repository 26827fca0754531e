#pragma once

#include "rules/evaluator.h"
#include "storage/dossier.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace td::cli {

/// Exit codes of tenderdesk-cli (README): 0 ok, 1 usage, 2 invalid input, 3 file or database.
enum Exit { Ok = 0, Usage = 1, InvalidInput = 2, FileError = 3 };

void printOut(const QString &text); ///< stdout, UTF-8, adds a newline
void printErr(const QString &text); ///< stderr, UTF-8, adds a newline

/// Opens a dossier for `command`; on failure prints "tenderdesk-cli COMMAND: why" and returns
/// nullptr (the caller exits with FileError).
std::unique_ptr<storage::Dossier> openDossier(const char *command, const QString &path,
                                              storage::Dossier::Mode mode);

/// A tiny argument reader: positional arguments plus `--name value` options and `--flag`s.
class Arguments
{
public:
    /// `valueOptions` take a value (`--json FILE`), may repeat; `flags` take none.
    Arguments(const QStringList &args, const QStringList &valueOptions, const QStringList &flags);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QStringList &positional() const { return m_positional; }
    std::optional<QString> value(const QString &option) const;
    QStringList values(const QString &option) const;
    bool flag(const QString &name) const { return m_flags.contains(name); }

private:
    QStringList m_positional;
    QList<QPair<QString, QString>> m_values;
    QStringList m_flags;
    QString m_error;
};

/// Prints evaluation errors, one line each: "product P, bid B, field F: message".
void printEvaluationErrors(const std::vector<rules::EvaluationError> &errors);

/// Leaves `value` (a tender's million rows, an evaluation result) to the operating system, which
/// reclaims a process's memory at exit far faster than freeing it object by object (some 10%
/// of an evaluation's time for a national batch). For big data a command is done with just
/// before it returns.
template <typename T> void leaveToExit(T &&value)
{
    static_cast<void>(new std::decay_t<T>(std::move(value))); // NOLINT: deliberately not freed
}

} // namespace td::cli
