// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace fkscope {

class SourceEngine;

// Asks for a database connection: the engine (every registered engine that connects: PostgreSQL,
// MySQL/MariaDB), then a connection string or URI, or host / port / socket / database / user. The
// engine turns the fields into its own source text. Saved profiles never keep a password (~/.pgpass,
// MYSQL_PWD and ~/.my.cnf do that job). "Test connection" connects in a worker; the dialog stays
// responsive.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    // The source text for --db: the connection string as typed, else the fields as the engine writes them.
    QString conninfo() const;
    const SourceEngine *engine() const;

    // The profile text to remember: the source without any password; empty when that cannot be
    // done for sure.
    static QString withoutPassword(const QString &source);
    static QStringList savedProfiles();
    // Remembers the profile (never a password); store()'s answer.
    static QString rememberProfile(const QString &source);

private:
    void testConnection();
    void engineChanged();

    QComboBox *m_engine;
    QComboBox *m_profiles;
    QLineEdit *m_conninfo, *m_host, *m_port, *m_socket, *m_database, *m_user, *m_password;
    QFormLayout *m_form;
    QLabel *m_status;
    QFutureWatcher<QString> m_test;
};

} // namespace fkscope
