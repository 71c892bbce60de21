// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshots.h"

#include "MainWindow.h"
#include "Settings.h"
#include "commands/Editing.h"
#include "commands/PersonalDataErasure.h"
#include "dialogs/AssignmentDialog.h"
#include "dialogs/CompanyEditor.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/FormerTenantsDialog.h"
#include "dialogs/HistoryWindow.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/LeaseChangeDialog.h"
#include "dialogs/LeaseEditor.h"
#include "dialogs/OfficeEditor.h"
#include "dialogs/RestoreDialog.h"
#include "dialogs/ServerDialog.h"
#include "dialogs/SettingsDialog.h"
#include "models/SearchFilterModel.h"
#include "pages/PlanningPage.h"
#include "pages/TablePage.h"
#include "service/PersonalData.h"
#include "service/Store.h"
#include "storage/Backups.h"
#include "widgets/DateField.h"

#include <QComboBox>

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPixmap>
#include <QTableView>
#include <QTemporaryDir>

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

// A list of companies as a pépinière keeps one in French Excel on Windows: Windows-1252 (its
// accents are all Latin-1 ones), semicolons, CRLF, French headers, a column no import knows, and
// a row with two mistakes, for the check to list.
QString writeDemoCsv(const QTemporaryDir &dir)
{
    const QString text = QStringLiteral(
        "Raison sociale;N° SIRET;Secteur;Créée le;Effectif;Interlocuteur;Courriel;Téléphone;Couleur préférée;Remarques\r\n"
        "Atelier Lumière Vidéo;;Multimédia;12/05/2023;3;Claire Dubois;claire@alv.example.org;03 27 11 22 33;bleu;"
        "Arrivée prévue en janvier\r\n"
        "Brasserie Numérique;;Services informatiques;01/02/2022;5;Marc Lefèvre;marc@brasserie.example.org;03 27 44 55 66;"
        "vert;\r\n"
        "Forge à Pixels;123 456 789 00012;Multimédia;31/02/2021;2;Zoé Garçon;zoe@forge.example.org;;rouge;\r\n"
        "Écho Réseaux;;Télécoms;03/09/2024;1;Loïc Hénin;loic@echo.example.org;03 27 77 88 99;;Hébergée en coworking\r\n");
    QFile file(dir.filePath(QStringLiteral("entreprises.csv")));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toLatin1()) < 0)
        return QString();
    return file.fileName();
}

// The change history and the personal data of former tenants, over a copy of the database where
// a company's contact is changed and a former tenant's personal data erased.
Status savePrivacy(MainWindow &window, const QString &copy, const QDir &dir, const QString &language, QStringList *written)
{
    Result<std::unique_ptr<Store>> opened = Store::open(copy, Database::Mode::OpenExisting);
    if (!opened)
        return done();
    Store &store = **opened;
    const QDate today = window.clock().today();
    if (std::optional<Company> company = demoCompany(store)) {
        company->contact = QStringLiteral("Marie-Claire Vandenbussche-Lefebvre");
        company->email = QStringLiteral("marie-claire.vandenbussche@example.org");
        company->phone = QStringLiteral("03 27 00 12 34");
        (void)store.updateCompany(*company);
    }
    HistoryWindow history(store, &window);
    history.show();
    history.selectRow(0);
    if (Status saved = write(history, dir, QStringLiteral("history"), language, written); !saved)
        return saved;

    Editing editing(store);
    {
        FormerTenantsDialog dialog(editing, window.clock(), &window);
        dialog.show();
        if (Status saved = write(dialog, dir, QStringLiteral("former-tenants"), language, written); !saved)
            return saved;
    }
    const QList<PersonalData::Candidate> due = PersonalData::dueForErasure(store, today, store.personalDataKeepYears());
    if (due.isEmpty())
        return done();
    // The question asked before the erasure, as MessageBox::confirm asks it.
    QList<Company> companies;
    for (const PersonalData::Candidate &candidate : due)
        companies << candidate.company;
    for (const QList<Company> &asked : {QList<Company>{companies.first()}, companies}) {
        const PersonalDataErasure::Question question = PersonalDataErasure::question(store, asked, today, Settings().backupsToKeep());
        QMessageBox box(QMessageBox::Question, PersonalDataErasure::tr("Erase personal data"), question.text, QMessageBox::NoButton,
                        &window);
        box.setInformativeText(question.details);
        box.addButton(PersonalDataErasure::tr("Erase"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
        box.show();
        const QString name = asked.size() == 1 ? QStringLiteral("erase-personal-data") : QStringLiteral("erase-personal-data-several");
        if (Status saved = write(box, dir, name, language, written); !saved)
            return saved;
    }
    // Erased: the history keeps that it was done, and no longer what was erased.
    if (PersonalDataErasure::erase(editing, {companies.first().id})) {
        history.showRecord(QStringLiteral("company"), companies.first().id, companies.first().name);
        history.selectRow(0);
        if (Status saved = write(history, dir, QStringLiteral("history-erased"), language, written); !saved)
            return saved;
    }
    return done();
}

} // namespace

QPalette Screenshots::darkPalette()
{
    QPalette dark;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor muted(0x9a, 0xa0, 0xa6);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, muted);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x51));
    dark.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x43));
    dark.setColor(QPalette::Mid, QColor(0x4f, 0x53, 0x58));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7c, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, muted);
    return dark;
}

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
        // A row chosen, so that its details show beside the table.
        if (TablePage *table = window.page(id); table && table->proxy()->rowCount() > 0)
            table->view()->setCurrentIndex(table->proxy()->index(0, 0));
        if (Status saved = write(window, dir, id, language, written); !saved)
            return saved;
    }
    // The planning's second view: the floors today, and in half a year.
    if (auto *planning = qobject_cast<PlanningPage *>(window.pageWidget(QStringLiteral("planning")))) {
        window.showPage(QStringLiteral("planning"));
        planning->showFloorMap();
        if (Status saved = write(window, dir, QStringLiteral("planning-floor-map"), language, written); !saved)
            return saved;
        planning->setMapDay(window.clock().today().addMonths(6));
        if (Status saved = write(window, dir, QStringLiteral("planning-floor-map-later"), language, written); !saved)
            return saved;
        planning->setMapDay(window.clock().today());
        planning->showTimeline();
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
        // The occupancy over a period, with the table of the page shown also offered.
        if (TablePage *offices = window.page(QStringLiteral("offices")))
            dialog.setView(offices->view(), QCoreApplication::translate("pepin::MainWindow", "Offices"), QStringLiteral("offices"));
        dialog.setKind(Exporter::Kind::Occupancy);
        if (Status saved = write(dialog, dir, QStringLiteral("export-occupancy"), language, written); !saved)
            return saved;
    }
    {
        SettingsDialog dialog(window.editing(), &window);
        dialog.show();
        if (Status saved = write(dialog, dir, QStringLiteral("preferences"), language, written); !saved)
            return saved;
    }
    {
        ServerAddress address;
        address.host = QStringLiteral("db.cci-valenciennes.fr");
        address.database = QStringLiteral("pepin");
        address.user = QStringLiteral("anne");
        address.sslMode = QStringLiteral("require");
        ServerDialog dialog(address, &window);
        dialog.show();
        if (Status saved = write(dialog, dir, QStringLiteral("connect-to-server"), language, written); !saved)
            return saved;
    }
    // The import of a spreadsheet's list, read and checked, never imported.
    if (const QTemporaryDir csvDir; csvDir.isValid()) {
        if (const QString csv = writeDemoCsv(csvDir); !csv.isEmpty()) {
            ImportDialog dialog(window.editing(), window.clock(), &window);
            dialog.setPath(csv);
            dialog.check();
            dialog.show();
            if (Status saved = write(dialog, dir, QStringLiteral("import"), language, written); !saved)
                return saved;
        }
    }
    // A lease renewed and ended early: a short-term lease running today, whose renewal as such
    // would pass the 36 months of L145-5.
    for (const Lease &lease : store.leases()) {
        if (!lease.activeOn(today) || lease.type != LeaseType::Derogatoire || !lease.end.isValid())
            continue;
        LeaseChangeDialog dialog(window.editing(), window.clock(), lease, LeaseChangeKind::Renew, &window);
        dialog.show();
        if (Status saved = write(dialog, dir, QStringLiteral("lease-renew"), language, written); !saved)
            return saved;
        dialog.setKind(LeaseChangeKind::EndEarly);
        if (Status saved = write(dialog, dir, QStringLiteral("lease-end-early"), language, written); !saved)
            return saved;
        break;
    }
    // A move: the first lease running today that another office can take, from the day that
    // office opens when it opens later (the extension).
    for (const Lease &lease : store.leases()) {
        if (!lease.activeOn(today))
            continue;
        LeaseChangeDialog dialog(window.editing(), window.clock(), lease, LeaseChangeKind::Move, &window);
        const QDate moveOn = dialog.moveOnField()->date();
        bool found = false;
        for (int index = 1; index < dialog.officeCombo()->count() && !found; ++index) {
            const std::optional<Office> office = store.office(dialog.officeCombo()->itemData(index).toLongLong());
            const bool later = office && office->availableFrom.isValid() && office->availableFrom > moveOn;
            dialog.moveOnField()->setDate(later ? office->availableFrom : moveOn);
            dialog.officeCombo()->setCurrentIndex(index);
            found = dialog.change().accepted();
        }
        if (!found)
            continue;
        dialog.show();
        if (Status saved = write(dialog, dir, QStringLiteral("lease-move"), language, written); !saved)
            return saved;
        break;
    }
    // The assignment assistant, from the first accepted application on the waiting list.
    for (const Application &application : store.applications()) {
        if (application.status != ApplicationStatus::Accepted)
            continue;
        AssignmentDialog dialog(window.editing(), window.clock(), &window);
        dialog.setApplication(application);
        dialog.show();
        if (Status saved = write(dialog, dir, QStringLiteral("assignment"), language, written); !saved)
            return saved;
        break;
    }
    // A copy of the database with a few days of backups: File ▸ Restore from a backup, and the
    // window over the copy opened read-only.
    if (const QTemporaryDir copyDir; copyDir.isValid()) {
        const QString copy = copyDir.filePath(QStringLiteral("pepin.db"));
        if (!store.database().backupTo(copy))
            return done();
        {
            Result<std::unique_ptr<Database>> db = Database::open(copy, Database::Mode::OpenExisting);
            if (!db)
                return done();
            const Backups backups(copy);
            // Made on the mornings of the last days, as a week of use leaves them.
            for (int day = 3; day >= 0; --day) {
                const QDate when = today.addDays(-day);
                (void)backups.makeDaily(**db, when, Backups::defaultKeep);
                QFile made(backups.dailyPath(when));
                if (made.open(QIODevice::ReadOnly))
                    made.setFileTime(QDateTime(when, QTime(8, 30 + day)), QFileDevice::FileModificationTime);
            }
            (void)backups.make(**db, Backups::Kind::BeforeRestore);
        }
        {
            RestoreDialog dialog(copy, &window);
            dialog.show();
            if (Status saved = write(dialog, dir, QStringLiteral("restore"), language, written); !saved)
                return saved;
        }
        if (Status saved = savePrivacy(window, copy, dir, language, written); !saved)
            return saved;
        if (Result<std::unique_ptr<Store>> readOnly = Store::open(copy, Database::Mode::ReadOnly)) {
            MainWindow shown(std::move(readOnly).value(), window.clock());
            shown.resize(window.size());
            shown.showPage(QStringLiteral("companies"));
            shown.show();
            if (Status saved = write(shown, dir, QStringLiteral("read-only"), language, written); !saved)
                return saved;
        }
    }
    return done();
}

} // namespace pepin
