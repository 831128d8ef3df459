// SPDX-License-Identifier: Apache-2.0
#include "connectdialog.h"

#include "core/error.h"
#include "source/sourceengine.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QUrlQuery>
#include <QUrl>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace fkscope {

namespace {

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_profiles(new QComboBox(this))
    , m_conninfo(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Connect to PostgreSQL"));
    m_profiles->addItem(tr("(new connection)"));
    m_profiles->addItems(savedProfiles());
    m_conninfo->setPlaceholderText(tr("host=db.example.com dbname=shop user=dba   or   postgresql://dba@db/shop"));
    m_port->setPlaceholderText(QStringLiteral("5432"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("not saved; ~/.pgpass works too"));
    m_status->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Saved:"), m_profiles);
    form->addRow(tr("&Connection string:"), m_conninfo);
    form->addRow(new QLabel(tr("or fill in:"), this));
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    form->addRow(m_status);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        rememberProfile(conninfo());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_profiles, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index > 0)
            m_conninfo->setText(m_profiles->currentText());
    });
    connect(&m_test, &QFutureWatcher<QString>::finished, this, [this] { m_status->setText(m_test.result()); });
}

QString ConnectDialog::conninfo() const
{
    QStringList parts;
    if (!m_conninfo->text().trimmed().isEmpty())
        parts << m_conninfo->text().trimmed();
    const QList<QPair<const char *, QLineEdit *>> fields{
        {"host", m_host}, {"port", m_port}, {"dbname", m_database}, {"user", m_user}, {"password", m_password}};
    for (const auto &[key, edit] : fields) {
        if (!edit->text().isEmpty())
            parts << QStringLiteral("%1=%2").arg(QLatin1String(key), quoted(edit->text()));
    }
    return parts.join(QLatin1Char(' '));
}

QString ConnectDialog::withoutPassword(const QString &conninfo)
{
    const QString text = conninfo.trimmed();
    // Files and the demo are not connection strings: kept as they are.
    if (text == QLatin1String("demo") || text.startsWith(QLatin1String("sqlite:")) || text.startsWith(QLatin1String("snapshot:"))
        || QFileInfo(text).isFile())
        return text;
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        QUrl url(text);
        if (!url.isValid())
            return QString(); // nothing is remembered rather than something that may hold a password
        url.setPassword(QString());
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("password"));
        url.setQuery(query.isEmpty() ? QString() : query.query());
        return url.toString();
    }
    // keyword = value pairs as libpq reads them: values in single quotes may hold spaces, and a
    // backslash escapes the next character, quoted or not. Every pair but the password is kept as
    // it was written.
    QStringList kept;
    int i = 0;
    const int n = static_cast<int>(text.size());
    auto skipSpace = [&] {
        while (i < n && text[i].isSpace())
            ++i;
    };
    while (true) {
        skipSpace();
        if (i >= n)
            break;
        const int start = i;
        while (i < n && text[i] != QLatin1Char('=') && !text[i].isSpace())
            ++i;
        const QString keyword = text.mid(start, i - start);
        skipSpace();
        if (i >= n || text[i] != QLatin1Char('=') || keyword.isEmpty())
            return QString(); // not a conninfo libpq would accept
        ++i;
        skipSpace();
        if (i < n && text[i] == QLatin1Char('\'')) {
            ++i;
            while (i < n && text[i] != QLatin1Char('\''))
                i += text[i] == QLatin1Char('\\') ? 2 : 1;
            if (i >= n)
                return QString(); // unterminated quote
            ++i;
        } else {
            while (i < n && !text[i].isSpace())
                i += text[i] == QLatin1Char('\\') ? 2 : 1;
        }
        if (keyword.compare(QLatin1String("password"), Qt::CaseInsensitive) != 0)
            kept << text.mid(start, std::min(i, n) - start);
    }
    return kept.join(QLatin1Char(' '));
}

QStringList ConnectDialog::savedProfiles()
{
    return QSettings().value(QStringLiteral("connections/recent")).toStringList();
}

void ConnectDialog::rememberProfile(const QString &conninfo)
{
    const QString profile = withoutPassword(conninfo);
    if (profile.isEmpty())
        return;
    QStringList recent = savedProfiles();
    recent.removeAll(profile);
    recent.prepend(profile);
    QSettings().setValue(QStringLiteral("connections/recent"), recent.mid(0, 10));
}

void ConnectDialog::testConnection()
{
    m_status->setText(tr("Connecting..."));
    const QString info = conninfo();
    m_test.setFuture(QtConcurrent::run([info]() -> QString {
        try {
            return QCoreApplication::translate("ConnectDialog", "Connected: %1.").arg(EngineRegistry::find(QStringLiteral("postgresql"))->probe(info));
        } catch (const Error &e) {
            return e.summary();
        }
    }));
}

} // namespace fkscope
