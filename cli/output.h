#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>

namespace fkscope::cli {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;

void printOut(const QString &text);
void printOutBytes(const QByteArray &bytes);
// One line on stderr: "fkscope <command>: <message>".
void printError(const QString &command, const QString &message);
// Prints the error (summary, then the server's detail and hint) and returns its exit code.
int reportError(const QString &command, const Error &error);

} // namespace fkscope::cli
