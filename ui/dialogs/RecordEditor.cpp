// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordEditor.h"

#include "commands/Editing.h"
#include "dialogs/MessageBox.h"
#include "service/Store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pepin {

namespace {

const char *problemProperty = "pepinProblem";

} // namespace

const QColor RecordEditor::problemColour(0xb3, 0x26, 0x1e);
const QColor RecordEditor::problemBase(0xfd, 0xec, 0xea);

void RecordEditor::styleProblemBanner(QLabel *banner)
{
    banner->setObjectName(QStringLiteral("problemBanner"));
    banner->setWordWrap(true);
    banner->setTextFormat(Qt::PlainText);
    banner->setStyleSheet(QStringLiteral("QLabel#problemBanner { background: %1; color: %2; border: 1px solid %3; "
                                         "border-radius: 3px; padding: 6px 8px; }")
                              .arg(problemBase.name(), problemColour.name(), problemColour.lighter(170).name()));
    banner->hide();
}

RecordEditor::RecordEditor(Editing &editing, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_clock(clock)
    , m_banner(new QLabel(this))
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_save(m_buttons->button(QDialogButtonBox::Save))
{
    styleProblemBanner(m_banner);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *legend = new QLabel(tr("* required"), this);
    legend->setForegroundRole(QPalette::PlaceholderText);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(legend);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addLayout(bottom);

    // Enter in a field does not close the dialog behind the user's back: it saves, checked.
    m_save->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // A database open read-only: the record can be looked at, not saved.
    if (editing.store().database().isReadOnly()) {
        m_save->setEnabled(false);
        m_banner->setText(tr("This database is open read-only: nothing can be saved."));
        m_banner->show();
    }
}

Store &RecordEditor::store() const
{
    return m_editing.store();
}

QString RecordEditor::required(const QString &label)
{
    return tr("%1 *", "a required field's label").arg(label);
}

void RecordEditor::addRow(const QString &label, QWidget *editor, const QStringList &fields, bool isRequired)
{
    Row row;
    row.editor = editor;
    row.label = new QLabel(isRequired ? required(label) : label, this);
    row.label->setBuddy(editor);
    row.message = new QLabel(this);
    row.message->setWordWrap(true);
    row.message->setTextFormat(Qt::PlainText);
    row.message->hide();
    m_form->addRow(row.label, editor);
    m_form->addRow(QString(), row.message);
    // The empty label of the message's row is not needed.
    if (QLayoutItem *item = m_form->itemAt(m_form->rowCount() - 1, QFormLayout::LabelRole))
        if (QWidget *empty = item->widget())
            empty->hide();
    for (const QString &field : fields)
        m_rowOfField.insert(field, int(m_rows.size()));
    m_rows << row;
}

void RecordEditor::setRowVisible(QWidget *editor, bool visible)
{
    m_form->setRowVisible(editor, visible);
    for (const Row &row : std::as_const(m_rows)) {
        if (row.editor == editor && !visible)
            row.message->hide();
    }
}

QLabel *RecordEditor::rowLabel(QWidget *editor) const
{
    for (const Row &row : m_rows) {
        if (row.editor == editor)
            return row.label;
    }
    return nullptr;
}

void RecordEditor::setNote(const QString &field, const QString &text)
{
    const auto it = m_rowOfField.constFind(field);
    if (it == m_rowOfField.cend())
        return;
    Row &row = m_rows[*it];
    if (m_problems.contains(field))
        return;
    row.message->setText(text);
    row.message->setForegroundRole(QPalette::PlaceholderText);
    row.message->setVisible(!text.isEmpty());
}

QString RecordEditor::problemText(const QString &field) const
{
    return m_problems.value(field);
}

QStringList RecordEditor::markedFields() const
{
    QStringList fields;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        if (!it.key().isEmpty())
            fields << it.key();
    }
    fields.sort();
    return fields;
}

QWidget *RecordEditor::fieldWidget(const QString &field) const
{
    const auto it = m_rowOfField.constFind(field);
    return it == m_rowOfField.cend() ? nullptr : m_rows.at(*it).editor;
}

bool RecordEditor::save()
{
    clearProblems();
    QList<Problem> problems = check();
    bool changedElsewhere = false;
    if (problems.isEmpty()) {
        if (Status written = write(); !written) {
            changedElsewhere = written.error().kind() == Error::Kind::Stale;
            problems = written.error().problems();
            // A list that opens with a heading ("The change would make leases of B12
            // invalid:") reads as one: it stays together at the top.
            if (problems.size() > 1 && problems.first().field.isEmpty()) {
                for (Problem &problem : problems)
                    problem.field.clear();
            }
        }
    }
    if (!problems.isEmpty()) {
        showProblems(problems);
        if (changedElsewhere) {
            QStringList why;
            for (const Problem &problem : std::as_const(problems))
                why << problem.message;
            offerReload(why.join(QLatin1Char('\n')));
        }
        return false;
    }
    accept();
    return true;
}

void RecordEditor::offerReload(const QString &why)
{
    const bool reloading = MessageBox::confirm(
        this, tr("Changed by someone else"),
        tr("Someone else changed this record since you opened it: your changes were not saved."), tr("Reload"),
        tr("%1\nReload shows the record as it is now; the changes in this form are then lost. Cancel keeps the "
           "form as it is, so that you can copy what you typed.")
            .arg(why));
    if (!reloading || !reload())
        return;
    clearProblems();
    m_banner->setText(tr("The form now shows the record as it is stored. Make your changes again, then save."));
    m_banner->show();
}

void RecordEditor::clearProblems()
{
    m_problems.clear();
    m_banner->clear();
    m_banner->hide();
    for (Row &row : m_rows) {
        if (row.editor->property(problemProperty).toBool()) {
            row.editor->setProperty(problemProperty, false);
            row.editor->setPalette(QPalette());
            row.editor->setToolTip(QString());
        }
        row.message->clear();
        row.message->hide();
    }
}

void RecordEditor::showProblems(const QList<Problem> &problems)
{
    QStringList general;
    QHash<int, QStringList> perRow;
    QWidget *first = nullptr;
    for (const Problem &problem : problems) {
        const auto it = m_rowOfField.constFind(problem.field);
        if (problem.field.isEmpty() || it == m_rowOfField.cend() || !m_rows.at(*it).editor->isVisibleTo(this)) {
            general << problem.message;
            continue;
        }
        if (!perRow[*it].contains(problem.message))
            perRow[*it] << problem.message;
        m_problems[problem.field] = perRow[*it].join(QLatin1Char('\n'));
    }
    for (auto it = perRow.cbegin(); it != perRow.cend(); ++it) {
        Row &row = m_rows[it.key()];
        mark(row, it.value().join(QLatin1Char('\n')));
        if (!first)
            first = row.editor;
    }
    // The first field at fault in the form's order gets the focus.
    for (const Row &row : std::as_const(m_rows)) {
        if (row.editor->property(problemProperty).toBool()) {
            first = row.editor;
            break;
        }
    }
    if (!general.isEmpty()) {
        general.removeDuplicates();
        m_problems.insert(QString(), general.join(QLatin1Char('\n')));
        m_banner->setText(general.join(QLatin1Char('\n')));
        m_banner->show();
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void RecordEditor::mark(Row &row, const QString &text)
{
    row.editor->setProperty(problemProperty, true);
    QPalette palette = row.editor->palette();
    palette.setColor(QPalette::Base, problemBase);
    palette.setColor(QPalette::Button, problemBase);
    row.editor->setPalette(palette);
    row.editor->setToolTip(text);
    QPalette messagePalette = row.message->palette();
    messagePalette.setColor(QPalette::WindowText, problemColour);
    row.message->setPalette(messagePalette);
    row.message->setForegroundRole(QPalette::WindowText);
    row.message->setText(text);
    row.message->show();
}

namespace {

// The text of a plain-text document, its lines joined by LF, its ends trimmed.
QString linesOf(const QTextDocument &document)
{
    QString text = document.toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text.trimmed();
}

} // namespace

QString RecordEditor::notesText(const QPlainTextEdit *edit, const QString &stored)
{
    const QString typed = linesOf(*edit->document());
    QTextDocument shown;
    shown.setPlainText(stored);
    return typed == linesOf(shown) ? stored : typed;
}

} // namespace pepin
