// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace fkscope::cli {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;

void printOut(const QString &text);
void printOutBytes(const QByteArray &bytes);
// The report to `path` (complete or not at all: written to a temporary file, then renamed), or to
// stdout when `path` is empty. Throws Error(BadInput) "Cannot write PATH: reason".
void writeReport(const QString &path, const QByteArray &report);
// One line on stderr: "fkscope <command>: <message>".
void printError(const QString &command, const QString &message);
// Prints the error (summary, then the server's detail and hint) and returns its exit code.
int reportError(const QString &command, const Error &error);

// Parses a subcommand's arguments with the parser's options plus -h/--help. Returns an exit code when
// the command is done already (help printed: 0; a usage error reported: 2), nothing to go on.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                                    const char *help, int positionals = 0);

// Reports the first usage problem of `problems`, if any, and returns kExitUsage for it.
std::optional<int> reportUsage(const QString &command, const QList<std::optional<QString>> &problems);

} // namespace fkscope::cli
