// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshots.h"

#include "MainWindow.h"
#include "dialogs/CompanyEditor.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/LeaseEditor.h"
#include "dialogs/OfficeEditor.h"
#include "service/Store.h"
#include "widgets/DateField.h"

#include <QDir>
#include <QPixmap>

#include <memory>

namespace pepin {

namespace {

// Layouts, column widths and the status bar settle over a few turns of the event loop.
void settle()
{
    for (int turn = 0; turn < 3; ++turn) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

Status write(QWidget &widget, const QDir &dir, const QString &name, const QString &language, QStringList *written)
{
    settle();
    const QString path = dir.filePath(QStringLiteral("%1-%2.png").arg(name, language));
    if (!widget.grab().save(path, "PNG"))
        return Error(Error::Kind::Storage, Screenshots::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    if (written)
        *written << path;
    return done();
}

// A record to show in each editor: the first one that has the fields worth seeing filled.
std::optional<Company> demoCompany(Store &store)
{
    const QList<Company> companies = store.companies();
    for (const Company &company : companies) {
        if (!company.siret.isEmpty() && company.sectorId > 0 && !company.archived)
            return company;
    }
    return companies.isEmpty() ? std::nullopt : std::optional<Company>(companies.first());
}

std::optional<Lease> demoLease(Store &store, QDate today)
{
    const QList<Lease> leases = store.leases();
    for (const Lease &lease : leases) {
        if (lease.activeOn(today) && lease.rentSteps.size() > 1)
            return lease;
    }
    return leases.isEmpty() ? std::nullopt : std::optional<Lease>(leases.first());
}

} // namespace

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
        if (Status saved = write(window, dir, id, language, written); !saved)
            return saved;
    }
    window.showPage(shownBefore);

    // The editors, filled and never saved.
    Store &store = window.store();
    const QDate today = window.clock().today();
    if (const std::optional<Company> company = demoCompany(store)) {
        CompanyEditor editor(window.editing(), window.clock(), company, &window);
        editor.show();
        if (Status saved = write(editor, dir, QStringLiteral("editor-company"), language, written); !saved)
            return saved;
    }
    if (const QList<Office> offices = store.offices(); !offices.isEmpty()) {
        OfficeEditor editor(window.editing(), window.clock(), offices.first(), &window);
        editor.show();
        if (Status saved = write(editor, dir, QStringLiteral("editor-office"), language, written); !saved)
            return saved;
    }
    if (const std::optional<Lease> lease = demoLease(store, today)) {
        LeaseEditor editor(window.editing(), window.clock(), lease, &window);
        editor.show();
        if (Status saved = write(editor, dir, QStringLiteral("editor-lease"), language, written); !saved)
            return saved;
    }
    // A second lease of a private office over days already let: what a refusal looks like. A
    // private office has one tenant at a time, so the save is refused and writes nothing.
    for (const Lease &taken : store.leases()) {
        const std::optional<Office> office = store.office(taken.officeId);
        if (!taken.activeOn(today) || !office || office->kind != OfficeKind::Private)
            continue;
        LeaseEditor editor(window.editing(), window.clock(), std::nullopt, &window);
        for (const Company &other : store.companies()) {
            if (other.id != taken.companyId) {
                editor.selectCompany(other.id);
                break;
            }
        }
        editor.selectOffice(taken.officeId);
        editor.startField()->setDate(today);
        editor.show();
        if (!editor.save()) {
            if (Status saved = write(editor, dir, QStringLiteral("editor-lease-problem"), language, written); !saved)
                return saved;
        }
        break;
    }

    {
        ExportDialog dialog(store, window.clock(), &window);
        dialog.show();
        if (Status saved = write(dialog, dir, QStringLiteral("export"), language, written); !saved)
            return saved;
    }
    return done();
}

} // namespace pepin
