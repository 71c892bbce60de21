// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreDialog.h"

#include "dialogs/MessageBox.h"
#include "storage/Backups.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pepin {

namespace {

enum Column { Made, Kind, Size, ColumnCount };
constexpr int PathRole = Qt::UserRole;

QString kindText(const Backups::Entry &entry)
{
    switch (entry.kind) {
    case Backups::Kind::Daily:
        return RestoreDialog::tr("Daily backup");
    case Backups::Kind::BeforeUpdate:
        return RestoreDialog::tr("Before the database was updated to a new version");
    case Backups::Kind::BeforeRestore:
        return RestoreDialog::tr("Before a restore");
    }
    return {};
}

} // namespace

RestoreDialog::RestoreDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_otherFile(new QPushButton(this))
    , m_restore(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    m_intro->setWordWrap(true);
    m_empty->setWordWrap(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Kind, QHeaderView::Stretch);
    m_restore->setObjectName(QStringLiteral("restore"));
    m_restore->setDefault(true);
    m_otherFile->setObjectName(QStringLiteral("otherFile"));
    m_buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(m_otherFile, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_otherPath.clear();
        updateButtons();
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { restore(); });
    connect(m_otherFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Restore from a file"), QFileInfo(m_databasePath).absolutePath(),
                                                          tr("Pépin databases (*.db *.sqlite);;All files (*)"));
        if (path.isEmpty())
            return;
        chooseFile(path);
        restore();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::restore);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslate(); // fills the list
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 110), sizeHint().height());
}

void RestoreDialog::fill()
{
    m_list->clear();
    const QLocale locale;
    for (const Backups::Entry &entry : Backups(m_databasePath).list()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Made, locale.toString(entry.made, QLocale::ShortFormat));
        item->setText(Kind, kindText(entry));
        item->setText(Size, locale.formattedDataSize(entry.bytes, 1, QLocale::DataSizeTraditionalFormat));
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(Made, PathRole, entry.path);
        item->setToolTip(Made, QDir::toNativeSeparators(entry.path));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setVisible(m_list->topLevelItemCount() > 0);
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    for (int column = 0; column < ColumnCount; ++column)
        m_list->resizeColumnToContents(column);
    updateButtons();
}

QString RestoreDialog::chosen() const
{
    if (!m_otherPath.isEmpty())
        return m_otherPath;
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(Made, PathRole).toString() : QString();
}

void RestoreDialog::chooseFile(const QString &path)
{
    m_list->setCurrentItem(nullptr);
    m_otherPath = path;
    updateButtons();
}

bool RestoreDialog::restore()
{
    const QString backup = chosen();
    if (backup.isEmpty())
        return false;
    const QTreeWidgetItem *item = m_otherPath.isEmpty() ? m_list->currentItem() : nullptr;
    const QString which = item ? tr("the backup of %1").arg(item->text(Made)) : QDir::toNativeSeparators(backup);
    if (!MessageBox::confirm(this, tr("Restore from a backup"),
                             tr("Replace the data of %1 with %2?").arg(QFileInfo(m_databasePath).fileName(), which),
                             tr("Restore"),
                             tr("Every change made since is replaced. The data as it is now is first saved as a backup of its "
                                "own, listed here, so that this restore too can be taken back.")))
        return false;
    emit restoreRequested(backup);
    return true;
}

void RestoreDialog::updateButtons()
{
    m_restore->setEnabled(!chosen().isEmpty());
}

void RestoreDialog::retranslate()
{
    setWindowTitle(tr("Restore from a backup"));
    m_intro->setText(tr("The backups of %1, kept in %2. One is made the first time the database is opened each day, "
                        "before it is updated to a new version of Pépin, and before a restore.")
                         .arg(QFileInfo(m_databasePath).fileName(), QDir::toNativeSeparators(Backups(m_databasePath).folder())));
    m_empty->setText(tr("No backup yet: the first one is made the next time the database is opened. A copy saved "
                        "elsewhere can be restored with Another file…"));
    m_list->setHeaderLabels({tr("Made on"), tr("Why"), tr("Size")});
    m_restore->setText(tr("&Restore"));
    m_otherFile->setText(tr("&Another file…"));
    // Kinds and dates are written in the language shown.
    fill();
}

void RestoreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace pepin
