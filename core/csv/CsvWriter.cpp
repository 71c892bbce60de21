// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/CsvWriter.h"

namespace pepin {

CsvWriter::CsvWriter(QIODevice &device, Options options)
    : m_device(device)
    , m_options(options)
{
}

bool CsvWriter::needsFormulaGuard(QStringView text)
{
    // Apostrophes already in front are skipped, so that a text that itself begins with "'=" gets
    // one more and reading removes exactly the one that writing added.
    qsizetype i = 0;
    while (i < text.size() && text[i] == QLatin1Char('\''))
        ++i;
    if (i == text.size())
        return false;
    const QChar first = text[i];
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
        || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

QString CsvWriter::unguard(const QString &cell)
{
    if (cell.startsWith(QLatin1Char('\'')) && needsFormulaGuard(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

QString CsvWriter::escape(const QString &cell, QChar delimiter, bool raw)
{
    QString text = cell;
    if (!raw && needsFormulaGuard(text))
        text.prepend(QLatin1Char('\''));
    const bool quote = text.contains(delimiter) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList &cells, const QList<bool> &raw)
{
    // Each line is built in the same buffer, which keeps its capacity from row to row.
    m_line.resize(0);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_line += m_options.delimiter;
        m_line += escape(cells[i], m_options.delimiter, raw.value(i, false));
    }
    m_line += QLatin1String("\r\n");
    QByteArray bytes;
    if (m_options.bom && !m_bomWritten)
        bytes = QByteArray("\xEF\xBB\xBF");
    m_bomWritten = true;
    bytes += m_line.toUtf8();
    if (m_device.write(bytes) != bytes.size())
        m_failed = true;
}

bool CsvWriter::ok() const
{
    return !m_failed;
}

} // namespace pepin
