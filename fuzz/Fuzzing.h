// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <cstddef>
#include <cstdint>

// What the fuzz targets share.
namespace pepin {
class Store;
}

namespace pepin::fuzz {

// Throws Broken, saying `what`, unless `holds`.
void expect(bool holds, const char *what);

// The input's bytes, not copied: valid while the input is.
QByteArray view(const uint8_t *data, size_t size);

// The day the targets take as today, so that an input always does the same.
QDate today();

// A folder of this process's own, removed at exit.
QString workFolder();
// An empty folder `name` in it, emptied at each call.
QString freshFolder(const QString &name);

// Imports a small incubator into `store` through the CSV import: a site with three offices (one
// shared), two companies, two leases. Throws Broken if it does not go in whole.
void importSample(Store &store);

} // namespace pepin::fuzz
