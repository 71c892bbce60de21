// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryWindow.h"

#include "Settings.h"
#include "commands/CommandText.h"
#include "dialogs/MessageBox.h"
#include "models/HistoryModel.h"
#include "service/Store.h"
#include "util/Format.h"
#include "widgets/DateField.h"

#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTextOption>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace pepin {

namespace {

// Typing in the search field reads the history again once the typing pauses.
constexpr int searchDelayMs = 250;

// A value in the details' rich text: escaped, its lines kept.
QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// The kinds of record the history names, in the type filter's order.
QStringList recordTypes()
{
    return AuditLog::entityKeys() << QStringLiteral("incubator") << QStringLiteral("database");
}

} // namespace

HistoryWindow::HistoryWindow(Store &store, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(&store)
    , m_model(new HistoryModel(this))
    , m_type(new QComboBox(this))
    , m_user(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new DateField(this))
    , m_toLabel(new QLabel(this))
    , m_to(new DateField(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_recordBar(new QWidget(this))
    , m_recordText(new QLabel(m_recordBar))
    , m_allRecords(new QPushButton(m_recordBar))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_presetLabel(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_export(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("history"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_type->addItem(QString());
    for (const QString &key : recordTypes())
        m_type->addItem(QString(), key);
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_user->addItem(QString());
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    const QDate today = QDate::currentDate();
    m_from->setSuggestedDate(today);
    m_to->setSuggestedDate(today);
    // Empty: the period is open at that end.
    m_from->setOptional(tr("the start"));
    m_to->setOptional(tr("today"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_type);
    filters->addWidget(m_user);
    filters->addSpacing(8);
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(8);
    filters->addWidget(m_search, 1);

    // The filter on one record, said in words with a way out.
    m_recordBar->setObjectName(QStringLiteral("recordBar"));
    m_recordText->setTextFormat(Qt::PlainText);
    m_allRecords->setObjectName(QStringLiteral("allRecords"));
    auto *recordRow = new QHBoxLayout(m_recordBar);
    recordRow->setContentsMargins(0, 0, 0, 0);
    recordRow->addWidget(m_recordText, 1);
    recordRow->addWidget(m_allRecords);
    m_recordBar->hide();

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics metrics = m_view->fontMetrics();

    m_details->setObjectName(QStringLiteral("details"));
    m_details->document()->setDocumentMargin(10);
    m_details->setMinimumWidth(260);
    // Notes wrap at their words, an email or a web address wherever it must.
    QTextOption wrapping = m_details->document()->defaultTextOption();
    wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_details->document()->setDefaultTextOption(wrapping);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_preset->addItem(QString(), int(CsvFormat::Preset::ExcelFrance));
    m_preset->addItem(QString(), int(CsvFormat::Preset::Standard));
    m_preset->setCurrentIndex(m_preset->findData(int(Settings().csvPreset())));
    m_presetLabel->setBuddy(m_preset);
    m_export->setObjectName(QStringLiteral("export"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addSpacing(12);
    footer->addWidget(m_presetLabel);
    footer->addWidget(m_preset);
    footer->addWidget(m_export);
    footer->addSpacing(12);
    footer->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_recordBar);
    layout->addWidget(splitter, 1);
    layout->addLayout(footer);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        // Another kind of record: the filter on one record no longer holds.
        if (showsOneRecord() && m_type->currentData().toString() != m_recordEntity) {
            m_recordEntity.clear();
            m_recordId = 0;
            m_recordLabel.clear();
            m_recordBar->hide();
        }
        reload();
    });
    connect(m_user, &QComboBox::currentIndexChanged, this, &HistoryWindow::reload);
    connect(m_from, &DateField::dateChanged, this, &HistoryWindow::reload);
    connect(m_to, &DateField::dateChanged, this, &HistoryWindow::reload);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryWindow::reload);
    connect(m_allRecords, &QPushButton::clicked, this, &HistoryWindow::showAllRecords);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryWindow::showEntry);
    connect(m_export, &QPushButton::clicked, this, &HistoryWindow::chooseExportFile);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);

    watch(store);
    retranslate();
    reload();
    resize(std::max(sizeHint().width(), metrics.averageCharWidth() * 200), metrics.height() * 42);
}

void HistoryWindow::watch(Store &store)
{
    disconnect(m_watching);
    m_store = &store;
    // A change committed by this program; one reload for all the changes of a turn of the loop.
    m_watching = connect(&store.database(), &Database::changed, this, &HistoryWindow::scheduleReload);
}

void HistoryWindow::setStore(Store &store)
{
    watch(store);
    // The ids of one database name other records in another.
    m_recordEntity.clear();
    m_recordId = 0;
    m_recordLabel.clear();
    m_recordBar->hide();
    m_users.clear();
    retranslate();
    reload();
}

void HistoryWindow::scheduleReload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (!m_stale) {
        m_stale = true;
        QTimer::singleShot(0, this, [this] {
            if (m_stale)
                reload();
        });
    }
}

void HistoryWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void HistoryWindow::showRecord(const QString &entity, qint64 recordId, const QString &label)
{
    m_recordEntity = entity;
    m_recordId = recordId;
    m_recordLabel = label;
    {
        const QSignalBlocker blocker(m_type);
        m_type->setCurrentIndex(std::max(0, m_type->findData(entity)));
    }
    m_recordBar->show();
    retranslate();
    reload();
}

void HistoryWindow::showAllRecords()
{
    m_recordEntity.clear();
    m_recordId = 0;
    m_recordLabel.clear();
    m_recordBar->hide();
    {
        const QSignalBlocker blocker(m_type);
        m_type->setCurrentIndex(0);
    }
    reload();
}

AuditLog::Filter HistoryWindow::filter() const
{
    AuditLog::Filter filter;
    filter.entity = showsOneRecord() ? m_recordEntity : m_type->currentData().toString();
    filter.recordId = m_recordId;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.user = m_user->currentData().toString();
    filter.text = m_search->text().trimmed();
    return filter;
}

void HistoryWindow::setLimit(int limit)
{
    m_limit = std::max(1, limit);
    reload();
}

void HistoryWindow::reload()
{
    m_stale = false;
    m_searchDelay->stop();
    // The entry chosen stays chosen; the newest, when it was the newest, so that the change just
    // made shows.
    const QModelIndex current = m_view->currentIndex();
    const qint64 chosen = current.isValid() && current.row() > 0 ? m_model->entry(current.row()).id : 0;
    AuditLog::Filter asked = filter();
    // One more than shown tells whether there are more.
    asked.limit = m_limit + 1;
    Result<QList<AuditEntry>> read = m_store->history().entries(asked);
    QList<AuditEntry> entries;
    m_loadError.clear();
    if (read) {
        entries = std::move(read).value();
    } else {
        m_loadError = CommandText::sentences(read.error());
    }
    m_hasMore = entries.size() > m_limit;
    if (m_hasMore)
        entries.resize(m_limit);
    for (const AuditEntry &entry : std::as_const(entries))
        m_users.insert(entry.user);
    m_model->setEntries(std::move(entries));
    fillUsers();
    const int row = chosen > 0 ? m_model->rowOf(chosen) : -1;
    selectRow(row >= 0 ? row : 0);
    updateStatus();
}

void HistoryWindow::selectRow(int row)
{
    if (row >= 0 && row < m_model->rowCount()) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0));
    }
    showEntry();
}

void HistoryWindow::showEntry()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_details->setHtml(m_model->rowCount() == 0 ? QString()
                                                    : QStringLiteral("<p>%1</p>").arg(html(tr("Choose a change to see what it did."))));
        return;
    }
    const AuditEntry &entry = m_model->entry(current.row());
    const Format format;
    const QDateTime local = entry.at.toLocalTime();
    const QString what = entry.label.isEmpty()
        ? AuditLog::entityName(entry.entity)
        : tr("%1 %2", "a record in the history: its kind, its name (Company Praxys)").arg(AuditLog::entityName(entry.entity), entry.label);
    QString text = QStringLiteral("<h3 style=\"margin-bottom:2px\">%1</h3>")
                       .arg(html(tr("%1: %2", "the change: the record").arg(AuditLog::actionName(entry.action), what)));
    text += QStringLiteral("<p style=\"margin-top:0\">%1</p>")
                .arg(html(tr("By %1 with %2, on %3 at %4", "the user, the program, the day, the time")
                              .arg(entry.user, entry.program, format.date(local.date()),
                                   local.time().toString(QStringLiteral("HH:mm:ss")))));
    const QList<AuditFieldChange> changes = AuditLog::changes(entry);
    if (changes.isEmpty()) {
        text += QStringLiteral("<p>%1</p>").arg(html(tr("No field was recorded with this change.")));
    } else {
        text += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\">"
                               "<tr><th align=\"left\" width=\"24%\">%1</th><th align=\"left\" width=\"38%\">%2</th>"
                               "<th align=\"left\" width=\"38%\">%3</th></tr>")
                    .arg(html(tr("Field")), html(tr("Before")), html(tr("After")));
        for (const AuditFieldChange &change : changes) {
            text += QStringLiteral("<tr><td valign=\"top\">%1</td><td valign=\"top\">%2</td><td valign=\"top\">%3</td></tr>")
                        .arg(html(AuditLog::fieldName(change.field)), html(AuditLog::valueText(change.field, change.before, format)),
                             html(AuditLog::valueText(change.field, change.after, format)));
        }
        text += QStringLiteral("</table>");
    }
    m_details->setHtml(text);
}

void HistoryWindow::fillUsers()
{
    // The accounts met so far, and this one: the few people who work on one database.
    QSet<QString> users = m_users;
    users.insert(AuditLog::currentUser());
    if (const QString chosen = m_user->currentData().toString(); !chosen.isEmpty())
        users.insert(chosen);
    QStringList sorted(users.cbegin(), users.cend());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(sorted.begin(), sorted.end(), collator);
    QStringList listed;
    for (int i = 1; i < m_user->count(); ++i)
        listed << m_user->itemData(i).toString();
    if (listed == sorted)
        return;
    const QString chosen = m_user->currentData().toString();
    const QSignalBlocker blocker(m_user);
    while (m_user->count() > 1)
        m_user->removeItem(1);
    for (const QString &user : std::as_const(sorted))
        m_user->addItem(user, user);
    m_user->setCurrentIndex(std::max(0, m_user->findData(chosen)));
}

void HistoryWindow::updateStatus()
{
    const QLocale locale;
    const int shown = m_model->rowCount();
    QString text;
    if (!m_loadError.isEmpty())
        text = tr("The history could not be read: %1").arg(m_loadError);
    else if (m_hasMore)
        text = tr("The %1 newest changes are shown; narrow the filters to see older ones. The export writes them all.")
                   .arg(locale.toString(shown));
    else if (shown == 0)
        text = tr("No change matches these filters.");
    else if (shown == 1)
        text = tr("1 change");
    else
        text = tr("%1 changes").arg(locale.toString(shown));
    m_status->setText(text);
    m_export->setEnabled(m_loadError.isEmpty() && shown > 0);
}

void HistoryWindow::chooseExportFile()
{
    const QString name = tr("change-history", "the name of an exported file")
        + QStringLiteral("-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString suggested = QFileInfo(m_store->database().path()).absoluteDir().filePath(name);
    QString path = QFileDialog::getSaveFileName(this, tr("Export the change history"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    (void)exportTo(path);
}

Status HistoryWindow::exportTo(const QString &path)
{
    const QString title = tr("Export the change history");
    auto refuse = [&](const Error &error) {
        MessageBox::warning(this, title, tr("Nothing was exported."), CommandText::sentences(error));
        return Status(error);
    };
    Result<QList<AuditEntry>> entries = m_store->history().entries(filter());
    if (!entries)
        return refuse(entries.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return refuse(Error(Error::Kind::Storage, tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
    const CsvFormat format = CsvFormat::preset(CsvFormat::Preset(m_preset->currentData().toInt()));
    if (Status written = AuditLog::writeCsv(*entries, file, format); !written) {
        file.cancelWriting();
        return refuse(written.error());
    }
    if (!file.commit())
        return refuse(Error(Error::Kind::Storage, tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
    const qsizetype count = entries->size();
    MessageBox::information(this, title,
                            count == 1 ? tr("1 change written to %1.").arg(QDir::toNativeSeparators(path))
                                       : tr("%1 changes written to %2.").arg(QLocale().toString(count), QDir::toNativeSeparators(path)));
    return done();
}

void HistoryWindow::retranslate()
{
    setWindowTitle(tr("Change history — %1").arg(QFileInfo(m_store->database().path()).fileName()));
    m_type->setItemText(0, tr("All records"));
    const QStringList types = recordTypes();
    for (int i = 0; i < types.size(); ++i)
        m_type->setItemText(i + 1, AuditLog::entityName(types.at(i)));
    m_type->setToolTip(tr("The kind of record changed"));
    m_user->setItemText(0, tr("All users"));
    m_user->setToolTip(tr("The account on the computer that made the change"));
    m_fromLabel->setText(tr("&From:"));
    m_from->dateEdit()->setSpecialValueText(tr("the start"));
    m_toLabel->setText(tr("&to:", "a period: from a day to another"));
    m_to->dateEdit()->setSpecialValueText(tr("today"));
    m_search->setPlaceholderText(tr("Search records by name…"));
    m_allRecords->setText(tr("Show &all records"));
    if (showsOneRecord()) {
        m_recordText->setText(tr("Only the changes to %1 (%2).", "a record's name, its kind")
                                  .arg(m_recordLabel, AuditLog::entityName(m_recordEntity).toLower()));
    }
    m_presetLabel->setText(tr("F&ormat:"));
    m_preset->setItemText(0, tr("Excel (France)"));
    m_preset->setItemText(1, tr("Standard"));
    m_preset->setToolTip(tr("Excel (France): ; separator, French headers and dates. Standard: , separator, English "
                            "column names, ISO dates"));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("Every change the filters keep, one row per field changed, to a CSV file"));
    m_close->setText(tr("&Close"));
    m_model->retranslate();
    fitColumns();
    showEntry();
    updateStatus();
}

void HistoryWindow::fitColumns()
{
    // Room for the longest word each column can hold, measured on the words rather than on
    // thousands of rows; the record's name takes the rest.
    const QFontMetrics metrics = m_view->fontMetrics();
    QHeaderView *columns = m_view->horizontalHeader();
    const int padding = 24;
    // A rare long action ("Incubator's name or logo changed") is cut, and whole in its tool tip.
    const int cap = metrics.averageCharWidth() * 24;
    auto widest = [&](const QStringList &texts, int column) {
        int width = columns->sectionSizeHint(column);
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text) + padding);
        columns->resizeSection(column, std::min(width, cap));
    };
    widest({HistoryModel::whenText(QDateTime(QDate(2026, 12, 28), QTime(23, 58)))}, HistoryModel::When);
    widest({QStringLiteral("administrateur")}, HistoryModel::User);
    QStringList actions;
    for (AuditAction action : {AuditAction::Add, AuditAction::Update, AuditAction::Remove, AuditAction::Identity,
                               AuditAction::Setting, AuditAction::Restore, AuditAction::Erase})
        actions << AuditLog::actionName(action);
    widest(actions, HistoryModel::Action);
    QStringList types;
    for (const QString &key : recordTypes())
        types << AuditLog::entityName(key);
    widest(types, HistoryModel::RecordType);
}

void HistoryWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pepin
