// SPDX-License-Identifier: GPL-3.0-or-later
#include "Table.h"

#include "csv/CsvWriter.h"
#include "util/Text.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pepin::cli {

Table::Table(QList<Column> columns)
    : m_columns(std::move(columns))
{
}

void Table::addRow(QList<Cell> cells)
{
    cells.resize(m_columns.size());
    m_rows << std::move(cells);
}

Table::Cell Table::date(QDate day)
{
    return day.isValid() ? Cell{day, {}} : Cell{};
}

QString Table::display(const Cell &cell, Kind kind, const Format &format) const
{
    if (!cell.value.isValid() || cell.value.isNull())
        return QString();
    if (!cell.label.isEmpty())
        return cell.label;
    switch (kind) {
    case Kind::Integer:
        return format.integer(cell.value.toLongLong());
    case Kind::Decimal:
        return format.number(cell.value.toDouble());
    case Kind::Money:
        return format.money(cell.value.toLongLong());
    case Kind::Date:
        return format.date(cell.value.toDate());
    case Kind::Boolean:
        return cell.value.toBool() ? Context::tr("yes") : QString();
    case Kind::Text:
    case Kind::Code:
        break;
    }
    return cell.value.toString();
}

QString Table::machine(const Cell &cell, Kind kind) const
{
    if (!cell.value.isValid() || cell.value.isNull())
        return QString();
    switch (kind) {
    case Kind::Integer:
        return QString::number(cell.value.toLongLong());
    case Kind::Decimal:
        return plainNumber(cell.value.toDouble());
    case Kind::Money:
        return plainMoney(cell.value.toLongLong());
    case Kind::Date:
        return isoDate(cell.value.toDate());
    case Kind::Boolean:
        return cell.value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Text:
    case Kind::Code:
        break;
    }
    return cell.value.toString();
}

QString Table::alignedText(const QStringList &titles, const QList<QStringList> &rows, const QList<bool> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QString &title : titles)
        widths << title.size();
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    // For a terminal: no text of a cell may break the line or reach the terminal as a command.
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c) {
            if (c > 0)
                text += QLatin1String("  ");
            const QString cell = printable(cells[c]);
            text += rightAligned.value(c) ? cell.rightJustified(widths[c]) : cell.leftJustified(widths[c]);
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    QStringList rules;
    for (qsizetype width : widths)
        rules << QString(width, QLatin1Char('-'));
    QString text = line(titles) + line(rules);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

QString Table::alignedText(const QStringList &titles, const QList<QStringList> &rows, qsizetype leftColumns)
{
    QList<bool> rightAligned;
    for (qsizetype c = 0; c < titles.size(); ++c)
        rightAligned << (c >= leftColumns);
    return alignedText(titles, rows, rightAligned);
}

QString Table::toText(const Format &format) const
{
    QStringList titles;
    QList<bool> rightAligned;
    for (const Column &column : m_columns) {
        titles << column.title;
        rightAligned << (column.kind == Kind::Integer || column.kind == Kind::Decimal || column.kind == Kind::Money);
    }
    QList<QStringList> shown;
    for (const QList<Cell> &row : m_rows) {
        QStringList cells;
        // One line per cell: line breaks in notes would break the alignment.
        for (qsizetype c = 0; c < m_columns.size(); ++c)
            cells << display(row[c], m_columns[c].kind, format).simplified();
        shown << cells;
    }
    return alignedText(titles, shown, rightAligned);
}

QString Table::toCsv() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, CsvWriter::Options{});
    QStringList header;
    for (const Column &column : m_columns)
        header << column.key;
    writer.writeRow(header);
    for (const QList<Cell> &row : m_rows) {
        QStringList cells;
        QList<bool> raw;
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            cells << machine(row[c], m_columns[c].kind);
            raw << (m_columns[c].kind != Kind::Text);
        }
        writer.writeRow(cells, raw);
    }
    return QString::fromUtf8(bytes);
}

QByteArray Table::toJson() const
{
    QJsonArray array;
    for (const QList<Cell> &row : m_rows) {
        QJsonObject object;
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const Cell &cell = row[c];
            const Kind kind = m_columns[c].kind;
            QJsonValue value;
            if (cell.value.isValid() && !cell.value.isNull()) {
                switch (kind) {
                case Kind::Integer:
                    value = cell.value.toLongLong();
                    break;
                case Kind::Decimal:
                    value = cell.value.toDouble();
                    break;
                case Kind::Money:
                    value = double(cell.value.toLongLong()) / 100.0;
                    break;
                case Kind::Boolean:
                    value = cell.value.toBool();
                    break;
                case Kind::Date:
                case Kind::Text:
                case Kind::Code:
                    value = machine(cell, kind);
                    break;
                }
            }
            object.insert(m_columns[c].key, value);
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

void Table::print(Context &context, OutputFormat format) const
{
    switch (format) {
    case OutputFormat::Text:
        context.out() << toText(context.format());
        break;
    case OutputFormat::Csv:
        context.out() << toCsv();
        break;
    case OutputFormat::Json:
        context.out() << QString::fromUtf8(toJson());
        break;
    }
    context.out().flush();
}

} // namespace pepin::cli
