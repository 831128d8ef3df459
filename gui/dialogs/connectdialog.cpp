// SPDX-License-Identifier: Apache-2.0
#include "connectdialog.h"

#include "core/error.h"
#include "source/conninfo.h"
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

QString ConnectDialog::withoutPassword(const QString &conninfo) { return conninfoWithoutPassword(conninfo); }

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
