// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshots.h"

#include "MainWindow.h"

#include <QDir>
#include <QPixmap>

namespace pepin {

Status Screenshots::save(MainWindow &window, const QString &folder, const QString &language, QStringList *written)
{
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("."))) {
        return Error(Error::Kind::Storage,
                     tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir.absolutePath())));
    }
    window.resize(width, height);
    window.show();
    const QString shownBefore = window.currentPageId();
    for (const QString &id : window.pageIds()) {
        window.showPage(id);
        // Layouts, column widths and the status bar settle over a few turns of the event loop.
        for (int turn = 0; turn < 3; ++turn) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
        const QString path = dir.filePath(QStringLiteral("%1-%2.png").arg(id, language));
        if (!window.grab().save(path, "PNG"))
            return Error(Error::Kind::Storage, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        if (written)
            *written << path;
    }
    window.showPage(shownBefore);
    return done();
}

} // namespace pepin
