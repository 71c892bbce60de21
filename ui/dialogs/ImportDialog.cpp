// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "commands/Editing.h"
#include "commands/ImportCommand.h"
#include "csv/CsvColumns.h"
#include "service/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pepin {

namespace {

// The row of the preview that holds the mapping; the file's rows come after it.
constexpr int mappingRow = 0;

// The character a delimiter choice stands for.
QChar delimiterOf(const QVariant &data)
{
    const QString text = data.toString();
    return text.isEmpty() ? QChar() : text.front();
}

// A wait cursor while a whole file is read, which may take a moment for a long one.
class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

QString number(qsizetype n)
{
    return QLocale().toString(qint64(n));
}

// A cell as the preview shows it: on one line, the whole of it in the tip.
QTableWidgetItem *cellItem(const QString &text)
{
    QString shown = text;
    shown.replace(QLatin1String("\r\n"), QStringLiteral(" ↵ "));
    shown.replace(QLatin1Char('\n'), QStringLiteral(" ↵ "));
    shown.replace(QLatin1Char('\r'), QStringLiteral(" ↵ "));
    auto *item = new QTableWidgetItem(shown);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (shown != text)
        item->setToolTip(text);
    return item;
}

} // namespace

ImportDialog::ImportDialog(Editing &editing, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_clock(clock)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_kind(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_fileLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_mappingNote(new QLabel(this))
    , m_skipInvalid(new QCheckBox(tr("S&kip invalid rows: import the valid ones and list the others"), this))
    , m_summary(new QLabel(this))
    , m_problems(new QTableWidget(0, 3, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import"));

    m_kind->addItem(tr("Offices"), int(ImportKind::Offices));
    m_kind->addItem(tr("Companies"), int(ImportKind::Companies));
    m_kind->addItem(tr("Leases"), int(ImportKind::Leases));

    m_encoding->addItem(QString(), int(Encoding::Utf8));
    m_encoding->addItem(QString(), int(Encoding::Utf8Bom));
    m_encoding->addItem(QString(), int(Encoding::Windows1252));
    m_delimiter->addItem(QString(), QStringLiteral(";"));
    m_delimiter->addItem(QString(), QStringLiteral(","));
    m_delimiter->addItem(QString(), QStringLiteral("\t"));
    markDetected();
    m_encoding->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_encoding->setToolTip(tr("How the file's characters are written. Excel saves “CSV UTF-8” with a BOM, and plain “CSV” "
                              "in Windows-1252 on a French Windows. Accents that look wrong mean another encoding."));
    m_delimiter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_path->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 56);
    m_path->setPlaceholderText(tr("The CSV file to import"));
    auto *fileBox = new QHBoxLayout;
    fileBox->setContentsMargins(0, 0, 0, 0);
    fileBox->addWidget(m_path, 1);
    fileBox->addWidget(m_browse);

    // Rows holding a layout get their label made here: only a label with a buddy turns its '&'
    // into a shortcut instead of showing it.
    auto labelFor = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto *readingBox = new QHBoxLayout;
    readingBox->setContentsMargins(0, 0, 0, 0);
    readingBox->addWidget(m_encoding);
    readingBox->addSpacing(12);
    readingBox->addWidget(labelFor(tr("&Delimiter:"), m_delimiter));
    readingBox->addWidget(m_delimiter);
    readingBox->addStretch(1);

    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(labelFor(tr("&File:"), m_path), fileBox);
    auto *kindBox = new QHBoxLayout;
    kindBox->setContentsMargins(0, 0, 0, 0);
    kindBox->addWidget(m_kind);
    kindBox->addStretch(1);
    form->addRow(labelFor(tr("&Contents:"), m_kind), kindBox);
    form->addRow(labelFor(tr("E&ncoding:"), m_encoding), readingBox);
    form->addRow(QString(), m_fileLabel);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_mappingNote->setWordWrap(true);
    m_mappingNote->setForegroundRole(QPalette::PlaceholderText);

    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewTitle = new QLabel(tr("Preview and columns"), previewBox);
    QFont bold = previewTitle->font();
    bold.setBold(true);
    previewTitle->setFont(bold);
    previewLayout->addWidget(previewTitle);
    previewLayout->addWidget(m_table, 1);
    previewLayout->addWidget(m_mappingNote);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setWordWrap(true);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    // A message wraps to the width its column ends up with, however often that changes.
    connect(m_problems->horizontalHeader(), &QHeaderView::sectionResized, m_problems, [this](int section) {
        if (section == 2)
            m_problems->resizeRowsToContents();
    });

    auto *resultBox = new QWidget(this);
    auto *resultLayout = new QVBoxLayout(resultBox);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    auto *resultTitle = new QLabel(tr("Check"), resultBox);
    resultTitle->setFont(bold);
    resultLayout->addWidget(resultTitle);
    resultLayout->addWidget(m_summary);
    resultLayout->addWidget(m_problems, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(previewBox);
    splitter->addWidget(resultBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // Check stands apart from the buttons that end the dialog.
    m_check = new QPushButton(tr("C&heck"), this);
    m_check->setToolTip(tr("Reads the whole file as the import would, and lists every problem; writes nothing."));
    // Enter reads the file and checks it; it never imports a file unseen.
    m_check->setDefault(true);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_skipInvalid);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_check);
    buttonRow->addWidget(m_buttons, 1);
    layout->addLayout(buttonRow);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (path() != m_readPath)
            readFile(true);
    });
    connect(m_path, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        // Reading a file fills the mapping itself once done.
        if (m_filling)
            return;
        m_kindChosen = true;
        fillMapping();
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            readFile(false);
    });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            readFile(false);
    });
    connect(m_skipInvalid, &QCheckBox::toggled, this, &ImportDialog::clearResult);
    connect(m_check, &QPushButton::clicked, this, [this] { (void)check(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { (void)importNow(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    clearResult();
    resize(1000, 720);
}

ImportDialog::~ImportDialog()
{
    // ~QDialog hides the dialog, which takes the focus from the path field: its editingFinished
    // would then reach this dialog after its own members are gone.
    disconnect(m_path, nullptr, this, nullptr);
}

QString ImportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ImportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    readFile(true);
}

ImportKind ImportDialog::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
}

void ImportDialog::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

ImportDialog::Encoding ImportDialog::encoding() const
{
    return Encoding(m_encoding->currentData().toInt());
}

void ImportDialog::setEncoding(Encoding encoding)
{
    m_encoding->setCurrentIndex(m_encoding->findData(int(encoding)));
}

QChar ImportDialog::delimiter() const
{
    return delimiterOf(m_delimiter->currentData());
}

void ImportDialog::setDelimiter(QChar delimiter)
{
    m_delimiter->setCurrentIndex(m_delimiter->findData(QString(delimiter)));
}

QComboBox *ImportDialog::mappingCombo(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(mappingRow, column));
}

QStringList ImportDialog::mapping() const
{
    QStringList names;
    for (int column = 0; column < m_table->columnCount(); ++column) {
        const QComboBox *combo = mappingCombo(column);
        names << (combo ? combo->currentData().toString() : QString());
    }
    return names;
}

void ImportDialog::setMapping(int column, const QString &name)
{
    QComboBox *combo = mappingCombo(column);
    if (const int index = combo ? combo->findData(name) : -1; index >= 0)
        combo->setCurrentIndex(index);
}

void ImportDialog::chooseFile()
{
    const QString start = path().isEmpty() ? QFileInfo(m_editing.store().database().path()).absolutePath() : path();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Import from"), start,
                                                        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

CsvReader::Options ImportDialog::readerOptions() const
{
    CsvReader::Options options;
    options.encoding = encoding() == Encoding::Windows1252 ? CsvDecoder::Encoding::Windows1252 : CsvDecoder::Encoding::Utf8;
    options.delimiter = delimiter();
    return options;
}

void ImportDialog::markDetected()
{
    // The boxes name what was detected, so that a choice of one's own stands out.
    const bool known = m_preview.headerLine > 0;
    const QString detected = tr("%1 (detected)", "an encoding or a delimiter found in the file");
    auto name = [&](bool isDetected, const QString &text) { return known && isDetected ? detected.arg(text) : text; };
    const bool windows = m_preview.encoding == CsvDecoder::Encoding::Windows1252;
    m_encoding->setItemText(0, name(!windows && !m_preview.bom, tr("UTF-8")));
    m_encoding->setItemText(1, name(!windows && m_preview.bom, tr("UTF-8 with BOM")));
    m_encoding->setItemText(2, name(windows, tr("Windows-1252")));
    for (int i = 0; i < m_delimiter->count(); ++i) {
        const QChar c = delimiterOf(m_delimiter->itemData(i));
        const QString text = c == QLatin1Char(';')   ? tr("Semicolon ;")
                           : c == QLatin1Char(',')   ? tr("Comma ,")
                           : c == QLatin1Char('\t') ? tr("Tab")
                                                     : tr("“%1”", "a delimiter shown as itself").arg(c);
        m_delimiter->setItemText(i, name(c == m_preview.delimiter, text));
    }
}

void ImportDialog::readFile(bool detect)
{
    const QString file = path();
    m_readPath = file;
    const QStringList headerBefore = m_preview.header;
    if (file.isEmpty()) {
        m_preview = CsvPreview();
    } else {
        CsvReader::Options options;
        if (!detect)
            options = readerOptions();
        m_preview = CsvPreview::readFile(file, options);
    }

    m_filling = true;
    if (detect) {
        // A delimiter of the file's own ("sep=|" for Excel) gets a choice of its own.
        if (m_delimiter->findData(QString(m_preview.delimiter)) < 0)
            m_delimiter->addItem(QString(), QString(m_preview.delimiter));
        setEncoding(m_preview.encoding == CsvDecoder::Encoding::Windows1252 ? Encoding::Windows1252
                    : m_preview.bom                                          ? Encoding::Utf8Bom
                                                                             : Encoding::Utf8);
        setDelimiter(m_preview.delimiter);
        markDetected();
        if (!m_kindChosen)
            guessKind();
    }
    m_filling = false;

    QStringList facts;
    if (m_preview.headerLine > 0) {
        facts << (m_preview.more ? tr("Header on line %1; the first %2 rows are shown.")
                                       .arg(number(m_preview.headerLine), number(m_preview.rows.size()))
                                 : tr("Header on line %1; rows in the file: %2.")
                                       .arg(number(m_preview.headerLine), number(m_preview.rows.size())));
    }
    if (m_preview.failure) {
        facts << (m_preview.failure->line > 0 ? tr("Line %1: %2").arg(number(m_preview.failure->line), m_preview.failure->message)
                                              : m_preview.failure->message);
    } else if (!file.isEmpty() && m_preview.headerLine == 0) {
        facts << tr("The file is empty: it needs a header row naming the columns, then one row per record.");
    }
    m_fileLabel->setText(facts.join(QLatin1Char(' ')));
    m_fileLabel->setVisible(!facts.isEmpty());

    const bool sameHeader = headerBefore == m_preview.header;
    const QStringList kept = mapping();
    fillPreview();
    fillMapping();
    // Reading the same columns again (another encoding of the same names) keeps the choices made.
    if (sameHeader && !kept.isEmpty()) {
        for (int column = 0; column < kept.size(); ++column)
            setMapping(column, kept.at(column));
    }
    clearResult();
}

void ImportDialog::guessKind()
{
    // The kind whose required columns the header all names, and that reads the most of them.
    std::optional<ImportKind> best;
    qsizetype bestRead = 0;
    for (const ImportKind kind : {ImportKind::Offices, ImportKind::Companies, ImportKind::Leases}) {
        const QStringList names = CsvColumns::mapping(kind, m_preview.header);
        bool complete = true;
        for (const CsvColumns::Column &column : CsvColumns::of(kind))
            complete = complete && (!column.required || names.contains(column.name));
        const qsizetype read = names.size() - names.count(QString());
        if (complete && read > bestRead) {
            best = kind;
            bestRead = read;
        }
    }
    if (best)
        setKind(*best);
}

void ImportDialog::fillPreview()
{
    const int columns = int(m_preview.header.size());
    m_table->clear();
    m_table->setColumnCount(columns);
    m_table->setRowCount(columns > 0 ? int(m_preview.rows.size()) + 1 : 0);
    if (columns == 0)
        return;
    QStringList lines{tr("Field")};
    for (int row = 0; row < m_preview.rows.size(); ++row) {
        const CsvReader::Record &record = m_preview.rows.at(row);
        lines << number(record.line);
        for (int column = 0; column < columns; ++column)
            m_table->setItem(row + 1, column, cellItem(record.fields.value(column)));
        // A ragged row: its cells past the header's, in the last column's tip.
        if (record.fields.size() > columns && columns > 0)
            m_table->item(row + 1, columns - 1)->setToolTip(tr("This row has %1 fields where the header has %2 columns.")
                                                                 .arg(record.fields.size())
                                                                 .arg(columns));
    }
    m_table->setVerticalHeaderLabels(lines);
}

void ImportDialog::fillMapping()
{
    const ImportKind kind = this->kind();
    m_headerMapping = CsvColumns::mapping(kind, m_preview.header);
    for (int column = 0; column < m_table->columnCount(); ++column) {
        auto *combo = new QComboBox;
        combo->setToolTip(tr("The field this column of the file goes to; the rows below are the file's first rows, "
                             "numbered by their line in the file."));
        combo->addItem(tr("(ignored)"), QString());
        for (const CsvColumns::Column &field : CsvColumns::of(kind)) {
            const QString title = CsvColumns::title(kind, field.name);
            combo->addItem(field.required ? tr("%1 *", "a required field").arg(title) : title, field.name);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(m_headerMapping.value(column))));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingChanged);
        m_table->setCellWidget(mappingRow, column, combo);
        m_table->setRowHeight(mappingRow, std::max(m_table->rowHeight(mappingRow), combo->sizeHint().height() + 2));
    }
    mappingChanged();
}

void ImportDialog::mappingChanged()
{
    updatePreviewHeader();
    const QStringList names = mapping();
    const ImportKind kind = this->kind();
    QStringList missing;
    for (const CsvColumns::Column &column : CsvColumns::of(kind)) {
        if (column.required && !names.contains(column.name))
            missing << CsvColumns::title(kind, column.name);
    }
    QString note = tr("* required field.");
    if (!m_preview.header.isEmpty() && !missing.isEmpty())
        note += QLatin1Char(' ') + tr("No column goes to: %1.").arg(QLocale().createSeparatedList(missing));
    m_mappingNote->setText(note);
    clearResult();
}

void ImportDialog::updatePreviewHeader()
{
    const QStringList names = mapping();
    QStringList titles;
    for (int column = 0; column < m_table->columnCount(); ++column) {
        const QString header = m_preview.header.value(column).trimmed();
        titles << (header.isEmpty() ? tr("(no name)") : header);
        // The cells of an ignored column are greyed: they will not be read.
        const bool ignored = names.value(column).isEmpty();
        for (int row = 1; row < m_table->rowCount(); ++row) {
            if (QTableWidgetItem *item = m_table->item(row, column))
                item->setForeground(ignored ? palette().brush(QPalette::PlaceholderText) : palette().brush(QPalette::Text));
        }
    }
    m_table->setHorizontalHeaderLabels(titles);
    m_table->resizeColumnsToContents();
    const int widest = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40;
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
}

Importer::Options ImportDialog::options(bool dryRun) const
{
    Importer::Options options;
    options.csv = readerOptions();
    options.dryRun = dryRun;
    options.skipInvalid = m_skipInvalid->isChecked();
    options.today = m_clock.today();
    // Only a mapping of the user's own replaces the header's: the header's says which columns
    // it does not know.
    if (const QStringList names = mapping(); names != m_headerMapping)
        options.columns = names;
    return options;
}

ImportResult ImportDialog::check()
{
    ImportResult result;
    {
        const BusyCursor busy;
        result = Importer(m_editing.store(), options(true)).importFile(kind(), path());
    }
    showResult(result, true);
    return result;
}

ImportResult ImportDialog::importNow()
{
    if (path().isEmpty())
        return {};
    ImportResult result;
    {
        const BusyCursor busy;
        result = ImportCommand::import(m_editing, kind(), path(), options(false));
    }
    if (result.written)
        m_imported = true;
    showResult(result, false);
    return result;
}

void ImportDialog::clearResult()
{
    m_result.reset();
    m_summary->setText(path().isEmpty() ? tr("Choose the file to import.")
                                        : tr("Check lists every problem of the file, line by line, without writing anything."));
    m_problems->setRowCount(0);
    m_problems->hide();
    updateButtons();
}

void ImportDialog::showResult(const ImportResult &result, bool dryRun)
{
    m_result = result;
    const QString counts = tr("New: %1 · Updated: %2 · Unchanged: %3 · Skipped: %4")
                               .arg(number(result.created), number(result.updated), number(result.unchanged),
                                    number(result.skipped));
    QString text;
    if (result.fileRefused) {
        text = dryRun ? tr("This file cannot be imported as it is: see below.")
                      : tr("Nothing was imported: this file cannot be imported as it is (see below).");
    } else if (!result.errors.isEmpty() && !m_skipInvalid->isChecked()) {
        text = (dryRun ? tr("Rows with errors: %1. As it is, nothing would be imported.")
                       : tr("Rows with errors: %1. Nothing was imported."))
                   .arg(number(result.skipped))
             + QLatin1Char(' ') + tr("Correct the file, or tick “Skip invalid rows” to import the others.");
    } else if (dryRun) {
        text = tr("Ready to import. %1").arg(counts);
    } else if (result.written) {
        text = tr("Imported. %1").arg(counts);
        QStringList created;
        if (!result.changes.createdSites.isEmpty())
            created << tr("New sites: %1").arg(number(result.changes.createdSites.size()));
        if (!result.changes.createdSectors.isEmpty())
            created << tr("New sectors: %1").arg(number(result.changes.createdSectors.size()));
        if (!created.isEmpty())
            text += QStringLiteral(" · ") + created.join(QStringLiteral(" · "));
        text += QLatin1Char('\n') + tr("Edit › Undo takes the whole import back.");
    } else {
        text = tr("Nothing to change: the database already holds every row of the file. %1").arg(counts);
    }
    m_summary->setText(text);

    m_problems->setRowCount(0);
    auto add = [this](const ImportMessage &message, bool error) {
        const int row = m_problems->rowCount();
        m_problems->insertRow(row);
        auto *line = new QTableWidgetItem(message.line > 0 ? number(message.line) : QString());
        line->setData(Qt::TextAlignmentRole, int(Qt::AlignRight | Qt::AlignTop));
        m_problems->setItem(row, 0, line);
        m_problems->setItem(row, 1, new QTableWidgetItem(message.column));
        auto *problem = new QTableWidgetItem(error ? message.message : tr("Note: %1").arg(message.message));
        if (!error)
            problem->setForeground(palette().brush(QPalette::PlaceholderText));
        m_problems->setItem(row, 2, problem);
    };
    for (const ImportMessage &message : result.errors)
        add(message, true);
    for (const ImportMessage &message : result.warnings)
        add(message, false);
    m_problems->setVisible(m_problems->rowCount() > 0);
    m_problems->resizeRowsToContents();
    updateButtons();
}

void ImportDialog::updateButtons()
{
    m_check->setEnabled(!path().isEmpty());
    // Once imported, the same file with the same choices would change nothing more.
    m_import->setEnabled(!path().isEmpty() && !(m_result && m_result->written));
    // Once something was imported, leaving the dialog takes nothing back: it closes.
    if (m_imported && m_buttons->button(QDialogButtonBox::Cancel))
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
}

} // namespace pepin
