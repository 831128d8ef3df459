// SPDX-License-Identifier: Apache-2.0
#include "savefile.h"

#include "error.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace fkscope {

void writeFileWhole(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    const auto fail = [&](const QString &why) {
        file.cancelWriting();
        return Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "Cannot write %1: %2").arg(path, why));
    };
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        throw fail(file.errorString());
    // A short write (the disk filled up) returns what fit; writing the rest then gives the reason.
    for (qint64 done = 0; done < bytes.size();) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0)
            throw fail(file.errorString());
        done += n;
    }
    if (!file.commit())
        throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace fkscope
