// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Include this instead of catch.hpp: it teaches Catch2 to print Qt values in failures.

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

// std::optional values (what the parsers return) print as their content or "{ }".
#define CATCH_CONFIG_ENABLE_OPTIONAL_STRINGMAKER
#include <catch2/catch.hpp>

namespace Catch {

template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return "[" + value.join(QStringLiteral(" | ")).toStdString() + "]";
    }
};

template<>
struct StringMaker<QDate>
{
    static std::string convert(const QDate &value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : std::string("(null date)");
    }
};

template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};

} // namespace Catch
