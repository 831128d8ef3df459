// SPDX-License-Identifier: Apache-2.0
// Files as users meet them (issue 16), through the real binary: snapshots and SQLite files mutated
// with a fixed seed (bytes flipped, inserted, repeated, the file cut short; in snapshots also wrong
// types, keys removed, huge numbers, deep nesting, partition_of cycles, FKs to missing tables,
// duplicated tables) go through `schema --summary` and `render`. Each run must end with exit 0 or 5
// and at most one line on stderr (a clear message when it fails), never a crash or a hang, and the
// user's file is never written. FKSCOPE_MUTATION_CASES=N runs more (by hand).
#include "demo/demodatabase.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QtTest>

#include <functional>
#include <random>

using namespace fkscope;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

QByteArray mutateBytes(QByteArray data, std::mt19937 &rng)
{
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(std::max(1, n))); };
    switch (pick(4)) {
    case 0:
        for (int i = pick(8) + 1; i > 0; --i)
            data[pick(data.size())] = static_cast<char>(pick(256));
        break;
    case 1:
        data.truncate(pick(data.size()));
        break;
    case 2: {
        QByteArray noise;
        for (int i = pick(64) + 1; i > 0; --i)
            noise += static_cast<char>(pick(256));
        data.insert(pick(data.size()), noise);
        break;
    }
    default: {
        const int at = pick(data.size());
        data.insert(at, data.mid(at, pick(512) + 1));
    }
    }
    return data;
}

// A snapshot that still parses as JSON but says something odd.
QByteArray mutateSnapshot(const QByteArray &json, std::mt19937 &rng)
{
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(std::max(1, n))); };
    QJsonObject doc = QJsonDocument::fromJson(json).object();
    QJsonArray tables = doc.value(QStringLiteral("tables")).toArray();
    QJsonArray fks = doc.value(QStringLiteral("foreign_keys")).toArray();
    const int t = pick(tables.size()), f = pick(fks.size());
    QJsonObject table = tables.at(t).toObject();
    QJsonObject fk = fks.at(f).toObject();
    switch (pick(9)) {
    case 0: { // partition_of pointing at itself or at another table
        const QJsonObject other = tables.at(pick(tables.size())).toObject();
        table.insert(QStringLiteral("partition_of"), QJsonObject{{QStringLiteral("schema"), other.value(QStringLiteral("schema"))},
                                                                  {QStringLiteral("name"), other.value(QStringLiteral("name"))}});
        break;
    }
    case 1:
        fk.insert(QStringLiteral("ref_table"), QStringLiteral("no_such_table"));
        break;
    case 2:
        table.insert(QStringLiteral("estimated_rows"), 1e308);
        doc.insert(QStringLiteral("version"), pick(2) ? 1e300 : -1);
        break;
    case 3: { // a wrong type somewhere
        const QStringList keys = table.keys();
        table.insert(keys.value(pick(keys.size())), pick(2) ? QJsonValue(42) : QJsonValue(QStringLiteral("x")));
        break;
    }
    case 4: {
        const QStringList keys = fk.keys();
        fk.remove(keys.value(pick(keys.size())));
        break;
    }
    case 5:
        tables.append(table); // the same table twice
        break;
    case 6:
        fk.insert(QStringLiteral("columns"), QJsonArray{QStringLiteral("no_such_column"), QString(300000, QLatin1Char('c'))});
        break;
    case 7:
        doc.insert(QStringLiteral("tables"), QStringLiteral("not a list"));
        break;
    default: { // deep nesting where an object is expected
        QByteArray deep = QByteArray(20000, '[') + QByteArray(20000, ']');
        QByteArray text = QJsonDocument(doc).toJson(QJsonDocument::Compact);
        text.replace("\"warnings\":[]", "\"warnings\":" + deep);
        return text;
    }
    }
    if (!tables.isEmpty())
        tables.replace(t, table);
    if (!fks.isEmpty())
        fks.replace(f, fk);
    doc.insert(QStringLiteral("tables"), doc.value(QStringLiteral("tables")).isArray() ? QJsonValue(tables) : doc.value(QStringLiteral("tables")));
    doc.insert(QStringLiteral("foreign_keys"), fks);
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

} // namespace

class TestMutatedInputs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QMap<QByteArray, int> m_exits; // "snapshot schema exit 5" -> runs, printed at the end

    static int cases()
    {
        if (const int n = qEnvironmentVariableIntValue("FKSCOPE_MUTATION_CASES"))
            return n;
#ifdef QT_DEBUG
        return 6; // sanitizer builds start the binary many times slower
#else
        return 30;
#endif
    }

    // Runs the commands on `file` (case `i` of `kind`) and checks what every run must do.
    void check(const QString &file, const QByteArray &kind, int i)
    {
        const QByteArray what = kind + " case " + QByteArray::number(i);
        const QByteArray before = hashOf(file);
        const QList<QStringList> commands{{QStringLiteral("schema"), QStringLiteral("--db"), file, QStringLiteral("--summary")},
                                          {QStringLiteral("render"), QStringLiteral("--db"), file, QStringLiteral("-o"),
                                           m_dir.filePath(QStringLiteral("out.png"))}};
        for (const QStringList &command : commands) {
            const test::ProcessRun r = test::runFkscope(command);
            ++m_exits[kind + ' ' + command.first().toUtf8() + " exit " + QByteArray::number(r.exitCode)];
            QStringList lines;
            for (const QString &line : QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (!line.startsWith(QLatin1String("QStandardPaths:")))
                    lines << line;
            }
            const QByteArray context = what + " / " + command.first().toUtf8() + ": exit " + QByteArray::number(r.exitCode) + ", "
                                     + lines.join(QLatin1String(" | ")).left(300).toUtf8();
            QVERIFY2(r.exitCode == 0 || r.exitCode == 5, context.constData()); // -1: a crash or a hang
            QVERIFY2(lines.size() <= 1, context.constData());
            QVERIFY2(r.exitCode == 0 || lines.size() == 1, context.constData());
            QCOMPARE(hashOf(file), before);
        }
    }

    using Mutation = std::function<QByteArray(const QByteArray &seed, std::mt19937 &rng, int i, QByteArray &kind)>;

    // cases() files made from `seedFile` by `mutate` (with a fixed seed), each checked.
    void mutateAndCheck(const QString &seedFile, unsigned seed, const QString &suffix, const Mutation &mutate)
    {
        QFile in(seedFile);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray original = in.readAll();
        std::mt19937 rng(seed);
        for (int i = 0; i < cases(); ++i) {
            const QString file = m_dir.filePath(QStringLiteral("m%1.%2").arg(i).arg(suffix));
            QByteArray kind;
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(mutate(original, rng, i, kind));
            out.close();
            check(file, kind, i);
            if (QTest::currentTestFailed())
                return;
        }
    }

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("fkscope-tests")); }

    void cleanupTestCase()
    {
        QStringList counts;
        for (auto it = m_exits.constBegin(); it != m_exits.constEnd(); ++it)
            counts << QStringLiteral("%1: %2").arg(QString::fromUtf8(it.key())).arg(it.value());
        qInfo("%d cases each: %s", cases(), qPrintable(counts.join(QStringLiteral(", "))));
    }

    void mutatedSnapshots()
    {
        mutateAndCheck(QStringLiteral(FKSCOPE_SOURCE_DIR "/tests/fuzz/corpus/snapshot/pg-traps.json"), 20261202, QStringLiteral("json"),
                       [](const QByteArray &json, std::mt19937 &rng, int i, QByteArray &kind) {
                           kind = i % 2 ? "snapshot-bytes" : "snapshot-json";
                           return i % 2 ? mutateBytes(json, rng) : mutateSnapshot(json, rng);
                       });
    }

    void mutatedSqliteFiles()
    {
        mutateAndCheck(ensureDemoDatabase(), 20261203, QStringLiteral("sqlite"), [](const QByteArray &db, std::mt19937 &rng, int, QByteArray &kind) {
            kind = "sqlite";
            return mutateBytes(db, rng);
        });
    }
};

QTEST_GUILESS_MAIN(TestMutatedInputs)
#include "tst_mutatedinputs.moc"
