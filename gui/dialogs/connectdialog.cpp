// SPDX-License-Identifier: Apache-2.0
#include "connectdialog.h"

#include "appsettings.h"

#include "core/error.h"
#include "source/sourceengine.h"
#include "source/sourcespec.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QMessageBox>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace fkscope {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_engine(new QComboBox(this))
    , m_profiles(new QComboBox(this))
    , m_conninfo(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QLineEdit(this))
    , m_socket(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_form(new QFormLayout(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Connect to a database"));
    for (const SourceEngine *e : EngineRegistry::engines()) {
        if (e->capabilities().connects)
            m_engine->addItem(e->displayName(), e->id());
    }
    m_profiles->addItem(tr("(new connection)"));
    m_profiles->addItems(savedProfiles());
    m_password->setEchoMode(QLineEdit::Password);
    m_status->setWordWrap(true);
    m_form->addRow(tr("&Engine:"), m_engine);
    m_form->addRow(tr("&Saved:"), m_profiles);
    m_form->addRow(tr("&Connection string:"), m_conninfo);
    m_form->addRow(new QLabel(tr("or fill in:"), this));
    m_form->addRow(tr("&Host:"), m_host);
    m_form->addRow(tr("P&ort:"), m_port);
    m_form->addRow(tr("Soc&ket:"), m_socket);
    m_form->addRow(tr("&Database:"), m_database);
    m_form->addRow(tr("&User:"), m_user);
    m_form->addRow(tr("Pass&word:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_form->addRow(m_status);
    m_form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString problem = rememberProfile(conninfo());
        if (!problem.isEmpty()) // the connection is still made; only the profile is not kept
            QMessageBox::warning(this, tr("Profile not saved"), problem);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_profiles, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index <= 0)
            return;
        m_conninfo->setText(m_profiles->currentText());
        // A saved profile says its engine.
        const SourceSpec spec = SourceSpec::parse(m_profiles->currentText());
        const int i = m_engine->findData(spec.engineId());
        if (i >= 0)
            m_engine->setCurrentIndex(i);
    });
    connect(m_engine, &QComboBox::currentIndexChanged, this, &ConnectDialog::engineChanged);
    connect(&m_test, &QFutureWatcher<QString>::finished, this, [this] { m_status->setText(m_test.result()); });
    engineChanged();
}

const SourceEngine *ConnectDialog::engine() const
{
    return EngineRegistry::find(m_engine->currentData().toString());
}

void ConnectDialog::engineChanged()
{
    const SourceEngine *e = engine();
    if (!e)
        return;
    m_conninfo->setPlaceholderText(e->connectionHint());
    m_port->setPlaceholderText(e->defaultPort());
    m_password->setPlaceholderText(tr("not saved; %1 work too").arg(e->passwordHint()));
    const QStringList fields = e->connectionFields();
    const QList<QPair<QString, QLineEdit *>> rows{{QStringLiteral("host"), m_host},         {QStringLiteral("port"), m_port},
                                                 {QStringLiteral("socket"), m_socket},     {QStringLiteral("database"), m_database},
                                                 {QStringLiteral("user"), m_user},         {QStringLiteral("password"), m_password}};
    for (const auto &[name, edit] : rows)
        m_form->setRowVisible(edit, fields.contains(name));
}

QString ConnectDialog::conninfo() const
{
    const SourceEngine *e = engine();
    const QString typed = m_conninfo->text().trimmed();
    ConnectionFields f{m_host->text(), m_port->text(), m_socket->text(), m_database->text(), m_user->text(), m_password->text()};
    const bool filled = !(f.host + f.port + f.socket + f.database + f.user + f.password).isEmpty();
    if (!typed.isEmpty() && !filled)
        return typed;
    if (!e)
        return typed;
    try {
        const QString fromFields = e->sourceFromFields(f);
        // PostgreSQL reads a conninfo string followed by more key=value pairs; a URI stands alone.
        return typed.isEmpty() ? fromFields : typed + QLatin1Char(' ') + fromFields;
    } catch (const Error &) {
        return typed;
    }
}

QString ConnectDialog::withoutPassword(const QString &source)
{
    try {
        const SourceSpec spec = SourceSpec::parse(source);
        return spec.engine ? spec.engine->withoutPassword(source) : QString();
    } catch (const Error &) {
        return QString();
    }
}

QStringList ConnectDialog::savedProfiles()
{
    return QSettings().value(QStringLiteral("connections/recent")).toStringList();
}

QString ConnectDialog::rememberProfile(const QString &source)
{
    const QString profile = withoutPassword(source);
    if (profile.isEmpty())
        return QString();
    QStringList recent = savedProfiles();
    recent.removeAll(profile);
    recent.prepend(profile);
    return settings::store({{QStringLiteral("connections/recent"), recent.mid(0, 10)}});
}

void ConnectDialog::testConnection()
{
    m_status->setText(tr("Connecting..."));
    const QString source = conninfo();
    m_test.setFuture(QtConcurrent::run([source]() -> QString {
        try {
            const SourceSpec spec = SourceSpec::parse(source);
            return QCoreApplication::translate("ConnectDialog", "Connected: %1.").arg(spec.engine->probe(spec.location));
        } catch (const Error &e) {
            return e.summary();
        }
    }));
}

} // namespace fkscope
