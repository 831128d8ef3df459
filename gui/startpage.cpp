// SPDX-License-Identifier: Apache-2.0
#include "startpage.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fkscope {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    auto *title = new QLabel(tr("<h2>fkscope</h2><p>See a database's foreign keys, and what a DELETE would do "
                                "before anyone runs it.</p>"),
                             this);
    title->setWordWrap(true);
    auto *connectButton = new QPushButton(tr("&Connect to PostgreSQL..."), this);
    auto *sqliteButton = new QPushButton(tr("Open a S&QLite database..."), this);
    auto *snapshotButton = new QPushButton(tr("Open a &snapshot file..."), this);
    auto *demoButton = new QPushButton(tr("Open the &demo database"), this);
    demoButton->setToolTip(tr("A small product schema (SQLite, built into fkscope) with every FK story: cascades, SET "
                              "NULL, a CHECK, blockers, a deferred constraint."));
    sqliteButton->setToolTip(tr("A SQLite file, opened read-only. You can also drop a file on the window."));
    m_recent->setAccessibleName(tr("Recent connections and files"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(60, 40, 60, 40);
    layout->addWidget(title);
    layout->addWidget(connectButton);
    layout->addWidget(sqliteButton);
    layout->addWidget(snapshotButton);
    layout->addWidget(demoButton);
    layout->addWidget(new QLabel(tr("Recent:"), this));
    layout->addWidget(m_recent, 1);
    connect(connectButton, &QPushButton::clicked, this, &StartPage::connectRequested);
    connect(snapshotButton, &QPushButton::clicked, this, &StartPage::openSnapshotRequested);
    connect(sqliteButton, &QPushButton::clicked, this, &StartPage::openSqliteRequested);
    connect(demoButton, &QPushButton::clicked, this, &StartPage::openDemoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { emit recentChosen(item->text()); });
}

void StartPage::setRecent(const QStringList &recent)
{
    m_recent->clear();
    m_recent->addItems(recent);
}

} // namespace fkscope
