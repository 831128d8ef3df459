// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;

namespace fkscope {

// Asks for a PostgreSQL connection: a conninfo string or URI, or host / port / database / user.
// Saved profiles never keep a password (libpq's ~/.pgpass and service files do that job).
// "Test connection" connects in a worker; the dialog stays responsive.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    QString conninfo() const;

    // The profile text to remember: the conninfo without any password.
    static QString withoutPassword(const QString &conninfo);
    static QStringList savedProfiles();
    static void rememberProfile(const QString &conninfo);

private:
    void testConnection();

    QComboBox *m_profiles;
    QLineEdit *m_conninfo, *m_host, *m_port, *m_database, *m_user, *m_password;
    QLabel *m_status;
    QFutureWatcher<QString> m_test;
};

} // namespace fkscope
