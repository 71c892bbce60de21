// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>
#include <QStringList>

namespace pepin {

class MainWindow;

// Pictures of the window as a user sees it, for documentation and for reviewing the layout in
// each language without a display.
class Screenshots
{
    Q_DECLARE_TR_FUNCTIONS(pepin::Screenshots)

public:
    static constexpr int width = 1280;
    static constexpr int height = 800;

    // Renders every page of `window` at width × height into `folder`/<page>-<language>.png
    // ("companies-fr.png"), then the editors of a company, an office and a lease, each filled
    // with the first such record of the database, as editor-<kind>-<language>.png, and the
    // lease editor showing a refused overlap as editor-lease-problem-<language>.png. Creates
    // the folder if needed; `written` receives the files' paths. Nothing is written to the
    // database.
    static Status save(MainWindow &window, const QString &folder, const QString &language, QStringList *written = nullptr);

    // A dark palette for the Fusion style, to see the pages as with a dark desktop theme.
    static QPalette darkPalette();
};

} // namespace pepin
