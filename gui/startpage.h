// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QListWidget;

namespace fkscope {

// What the window shows before a source is open: connect, open a SQLite file or a snapshot, open
// the demo, recent.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);
    void setRecent(const QStringList &recent);

signals:
    void connectRequested();
    void openSnapshotRequested();
    void openSqliteRequested();
    void openDemoRequested();
    void recentChosen(const QString &source);

private:
    QListWidget *m_recent;
};

} // namespace fkscope
