// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatchQt.h"

#include "domain/Entities.h"
#include "util/Result.h"

#include <QStringList>

namespace Catch {

template<>
struct StringMaker<pepin::Error::Kind>
{
    static std::string convert(pepin::Error::Kind kind)
    {
        switch (kind) {
        case pepin::Error::Kind::InvalidInput:
            return "InvalidInput";
        case pepin::Error::Kind::NotFound:
            return "NotFound";
        case pepin::Error::Kind::Stale:
            return "Stale";
        case pepin::Error::Kind::Storage:
            return "Storage";
        case pepin::Error::Kind::Credentials:
            return "Credentials";
        }
        return "?";
    }
};

} // namespace Catch

namespace pepin::test {

// Field by field comparisons of stored records: each field is its own CHECK, so that a failure
// names the field that did not survive.
void checkSame(const Sector &actual, const Sector &expected);
void checkSame(const Site &actual, const Site &expected);
void checkSame(const Office &actual, const Office &expected);
void checkSame(const Company &actual, const Company &expected);
void checkSame(const Lease &actual, const Lease &expected);
void checkSame(const Application &actual, const Application &expected);

// The error of a result that must have failed (REQUIREs the failure).
template<typename T>
Error failure(const Result<T> &result)
{
    if (result.ok())
        FAIL("the operation succeeded, it should have been refused");
    return result.error();
}

// The fields named by the problems of an error, in order ("" for a problem about no field).
QStringList fieldsOf(const Error &error);

} // namespace pepin::test
