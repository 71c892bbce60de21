<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>pepin::Checker</name>
    <message>
        <location filename="../core/service/Checker.cpp" line="+30"/>
        <source>%1 row %2</source>
        <translation>table %1, ligne %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refers to a missing row of %1</source>
        <translation>renvoie à une ligne absente de la table %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>company %1</source>
        <translation>entreprise %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>office %1</source>
        <translation>bureau %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>lease %1 (%2, %3)</source>
        <translation>convention n°&#xa0;%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>pepin::CompanyTableModel</name>
    <message>
        <location filename="../ui/models/CompanyTableModel.cpp" line="+61"/>
        <source>Tenant</source>
        <translation>Résidente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arriving</source>
        <translation>Entrée prévue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applicant</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Left on %1: %2</source>
        <translation>Sortie le %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on %1</source>
        <translation>Sortie le %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created on</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date the company was registered</source>
        <translation>Date d’immatriculation de l’entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Development stage of the company</source>
        <translation>Stade de développement de l’entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the company stands today: tenant, arriving (lease signed), applicant or left</source>
        <translation>Situation de l’entreprise aujourd’hui&#xa0;: résidente, entrée prévue (convention signée), candidate ou sortie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Companies shown: %1 of %2</source>
        <translation>Entreprises affichées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies: %1 · tenants today: %2</source>
        <translation>Entreprises&#xa0;: %1 · résidentes aujourd’hui&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pepin::Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+204"/>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is empty: it is not a Pépin database yet.</source>
        <translation>%1 est vide&#xa0;: ce n’est pas encore une base de données Pépin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Pépin database (it is not an SQLite file); it was left untouched.</source>
        <translation>%1 n’est pas une base de données Pépin (ce n’est pas un fichier SQLite)&#xa0;; le fichier a été laissé intact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read, it may be damaged (%2); it was left untouched.</source>
        <translation>Impossible de lire %1, le fichier est peut-être endommagé (%2)&#xa0;; il a été laissé intact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is an SQLite database of another program, not a Pépin database; it was left untouched.</source>
        <translation>%1 est une base SQLite d’un autre programme, et non une base de données Pépin&#xa0;; le fichier a été laissé intact.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer version of Pépin (schema %2; this version reads up to %3); it was left untouched. Install a newer Pépin to open it.</source>
        <translation>%1 a été enregistré par une version plus récente de Pépin (schéma %2&#xa0;; cette version lit jusqu’au schéma %3)&#xa0;; le fichier a été laissé intact. Installez une version plus récente de Pépin pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The database needs updating, but it could not be copied aside first, so it was left as it was: %1</source>
        <translation>La base de données doit être mise à jour, mais la copie de sécurité préalable a échoué&#xa0;; elle a donc été laissée telle quelle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>Impossible de copier %1 vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Updating the database from schema %1 to %2 failed, and it was left as it was (a copy is in %3): %4</source>
        <translation>La mise à jour de la base de données du schéma %1 au schéma %2 a échoué&#xa0;; la base a été laissée telle quelle (une copie se trouve dans %3)&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The schema step %1 is missing from this build.</source>
        <translation>Cette version de Pépin ne contient pas l’étape de schéma %1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Database error in %1: %2</source>
        <translation>Erreur de base de données dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No transaction is open.</source>
        <translation>Aucune transaction n’est ouverte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The change was undone because part of it failed.</source>
        <translation>La modification a été entièrement annulée, car une partie n’a pas pu être enregistrée.</translation>
    </message>
</context>
<context>
    <name>pepin::DemoData</name>
    <message>
        <location filename="../core/demo/DemoData.cpp" line="+145"/>
        <source>Run with the chamber of commerce (CCI) since 2000. Extension of the premises planned.</source>
        <translation>Pépinière gérée avec la chambre de commerce et d’industrie (CCI) depuis 2000. Extension des locaux prévue.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Producer of interactive animation for mobiles; sets up its European 3D production and R&amp;D.</source>
        <translation>Producteur d’animation interactive pour mobiles&#xa0;; installe sa production 3D et sa R&amp;D européennes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accepted: to be housed in the extension when it opens.</source>
        <translation>Acceptée&#xa0;: sera hébergée dans l’extension dès son ouverture.</translation>
    </message>
</context>
<context>
    <name>pepin::GuiMain</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+35"/>
        <source>The Pépin database to open (default: %1).</source>
        <translation>La base de données Pépin à ouvrir (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language: fr or en (default: the system&apos;s).</source>
        <translation>Langue de l’interface&#xa0;: fr ou en (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANGUAGE</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this date as today (YYYY-MM-DD).</source>
        <translation>Prendre cette date pour aujourd’hui (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a picture of each page, 1280×800, into FOLDER as &lt;page&gt;-&lt;language&gt;.png, then quit.</source>
        <translation>Enregistrer une image de chaque page, en 1280×800, dans DOSSIER sous le nom &lt;page&gt;-&lt;langue&gt;.png, puis quitter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FOLDER</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pépin manages a business incubator: its companies and its offices.</source>
        <translation>Pépin gère une pépinière d’entreprises&#xa0;: ses entreprises et ses bureaux.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The database cannot be opened.</source>
        <translation>La base de données ne peut pas être ouverte.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--lang takes fr or en, not “%1”.</source>
        <translation>--lang accepte fr ou en, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unexpected argument “%1”; see --help.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;»&#xa0;; voir --help.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--today: “%1” is not a date (%2).</source>
        <translation>--today&#xa0;: «&#xa0;%1&#xa0;» n’est pas une date (%2).</translation>
    </message>
</context>
<context>
    <name>pepin::Kinds</name>
    <message>
        <location filename="../core/domain/Kinds.cpp" line="+25"/>
        <source>private office</source>
        <translation>bureau privatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared space</source>
        <translation>espace partagé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>precarious occupancy agreement</source>
        <translation>convention d’occupation précaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short-term lease (L145-5)</source>
        <translation>bail dérogatoire (L145-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commercial lease</source>
        <translation>bail commercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coworking</source>
        <translation>coworking</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>project</source>
        <translation>en projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>young company</source>
        <translation>jeune entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>developing</source>
        <translation>en développement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>established</source>
        <translation>établie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>graduated, stayed in the area</source>
        <translation>sortie, restée sur le territoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved away</source>
        <translation>partie hors du territoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed down</source>
        <translation>fermée (cessation d’activité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selection committee</source>
        <translation>comité de sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>housed</source>
        <translation>hébergée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined</source>
        <translation>refusée</translation>
    </message>
</context>
<context>
    <name>pepin::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+54"/>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search companies: name, sector, contact…</source>
        <translation>Rechercher une entreprise&#xa0;: nom, secteur, contact…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search offices: code, kind, tenant…</source>
        <translation>Rechercher un bureau&#xa0;: code, type, occupant…</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Pépin</source>
        <translation>À &amp;propos de Pépin</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Pépin</source>
        <translation>À propos de Pépin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Pépin&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Manages a business incubator: its companies, its offices, who occupies which office when, and on what terms.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pépin&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Gère une pépinière d’entreprises&#xa0;: ses entreprises, ses bureaux, qui occupe quel bureau, quand et à quelles conditions.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pepin::OfficeTableModel</name>
    <message>
        <location filename="../ui/models/OfficeTableModel.cpp" line="+112"/>
        <source>Vacant</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens on %1</source>
        <translation>Ouvre le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed since %1</source>
        <translation>Fermé depuis le %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference rent (€/m²/year)</source>
        <translation>Loyer de référence (€/m²/an)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available from</source>
        <translation>Disponible du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available until</source>
        <translation>Disponible jusqu’au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant today</source>
        <translation>Occupant aujourd’hui</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reference rent, in euros per m² per year, excluding VAT</source>
        <translation>Loyer de référence, en euros par m² et par an, hors taxes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day the office can be let</source>
        <translation>Premier jour où le bureau peut être loué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day the office can be let</source>
        <translation>Dernier jour où le bureau peut être loué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Companies with a lease of the office active today</source>
        <translation>Entreprises dont la convention pour ce bureau est en cours aujourd’hui</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Offices shown: %1 of %2</source>
        <translation>Bureaux affichés&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offices: %1 · occupied today: %2 of %3 in service</source>
        <translation>Bureaux&#xa0;: %1 · occupés aujourd’hui&#xa0;: %2 sur %3 en service</translation>
    </message>
</context>
<context>
    <name>pepin::Parse</name>
    <message>
        <location filename="../core/util/Parse.cpp" line="+123"/>
        <source>expected a date as YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>écrivez-la au format YYYY-MM-DD ou DD/MM/YYYY</translation>
    </message>
</context>
<context>
    <name>pepin::Rules</name>
    <message>
        <location filename="../core/service/Rules.cpp" line="+26"/>
        <source>from %1, with no end</source>
        <translation>à partir du %1, sans date de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A sector needs a name.</source>
        <translation>Indiquez un nom pour le secteur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The colour must be written #rrggbb (for example #1f77b4).</source>
        <translation>La couleur doit s’écrire #rrggbb (par exemple #1f77b4).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A site needs a name.</source>
        <translation>Indiquez un nom pour le site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The maximum stay must be at least one month.</source>
        <translation>La durée maximale d’hébergement doit être d’au moins un mois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rent progression is a list of percentages of the reference rent, one per year, each between 1 and 300 (for example 70, 85, 100).</source>
        <translation>La progressivité du loyer est une liste de pourcentages du loyer de référence, un par année, chacun compris entre 1 et 300 (par exemple 70, 85, 100).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An office belongs to a site: choose one.</source>
        <translation>Un bureau appartient à un site&#xa0;: choisissez-en un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An office needs a code (for example B12).</source>
        <translation>Indiquez le code du bureau (par exemple B12).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The area must be more than 0 m².</source>
        <translation>La surface doit être supérieure à 0&#xa0;m².</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An office has at least one workstation.</source>
        <translation>Un bureau compte au moins un poste de travail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reference rent cannot be negative.</source>
        <translation>Le loyer de référence ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office cannot stop being available before it starts being available.</source>
        <translation>Le dernier jour de disponibilité du bureau ne peut pas précéder le premier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A company needs a name.</source>
        <translation>Indiquez le nom de l’entreprise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SIRET %1 is not valid: it has 14 digits and its check digit must match (check it on the Kbis or the INSEE notice).</source>
        <translation>Le SIRET %1 n’est pas valide&#xa0;: un SIRET compte 14 chiffres et sa clé de contrôle doit concorder (vérifiez-le sur l’extrait Kbis ou l’avis de situation INSEE).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The e-mail address %1 is not valid.</source>
        <translation>L’adresse de courriel %1 n’est pas valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An exit reason goes with an exit date.</source>
        <translation>Un motif de sortie va avec une date de sortie&#xa0;: indiquez-la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exit date cannot come before the company&apos;s creation.</source>
        <translation>La date de sortie ne peut pas précéder la date de création de l’entreprise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A headcount is a number of people (0 or more) at a date.</source>
        <translation>Un effectif est un nombre de personnes (0 ou plus) à une date donnée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The headcount history has two entries for %1.</source>
        <translation>L’historique des effectifs comporte deux valeurs pour le %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An application is made by a company: choose one.</source>
        <translation>Une candidature émane d’une entreprise&#xa0;: choisissez-en une.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The area needed cannot be negative.</source>
        <translation>La surface demandée ne peut pas être négative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of workstations needed cannot be negative.</source>
        <translation>Le nombre de postes de travail demandés ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A lease is signed by a company: choose one.</source>
        <translation>Une convention est signée par une entreprise&#xa0;: choisissez-en une.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lease needs a start date.</source>
        <translation>Indiquez la date de début de la convention.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lease ends (%1) before it starts (%2).</source>
        <translation>La convention se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lease is ended early (%1) before it starts (%2).</source>
        <translation>La fin anticipée de la convention (%1) précède son début (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An early end (%1) comes before the term (%2); to go past the term, change the end date.</source>
        <translation>Une fin anticipée (%1) doit précéder le terme (%2)&#xa0;; pour aller au-delà du terme, modifiez plutôt la date de fin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a shared space let by workstation: say how many workstations the lease takes.</source>
        <translation>%1 est un espace partagé loué au poste de travail&#xa0;: indiquez combien de postes la convention occupe.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 has %n workstation(s); the lease asks for %2.</source>
        <translation>
            <numerusform>%1 compte %n poste de travail&#xa0;; la convention en demande %2.</numerusform>
            <numerusform>%1 compte %n postes de travail&#xa0;; la convention en demande %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 is a private office, let whole with its %n workstation(s).</source>
        <translation>
            <numerusform>%1 est un bureau privatif&#xa0;: il se loue en entier, %n poste de travail compris.</numerusform>
            <numerusform>%1 est un bureau privatif&#xa0;: il se loue en entier, ses %n postes de travail compris.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 can be let only from %2; the lease starts on %3.</source>
        <translation>%1 ne peut être loué qu’à partir du %2&#xa0;; la convention commence le %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 can be let only until %2: the lease needs an end date.</source>
        <translation>%1 ne peut être loué que jusqu’au %2&#xa0;: indiquez une date de fin pour la convention.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 can be let only until %2; the lease runs to %3.</source>
        <translation>%1 ne peut être loué que jusqu’au %2&#xa0;; la convention court jusqu’au %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charges cannot be negative.</source>
        <translation>Les charges ne peuvent pas être négatives.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deposit cannot be negative.</source>
        <translation>Le dépôt de garantie ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice period cannot be negative.</source>
        <translation>Le préavis ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A rent step starts on %1, outside the lease (%2).</source>
        <translation>Un palier de loyer commence le %1, en dehors de la durée de la convention (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rent cannot be negative.</source>
        <translation>Un loyer ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two rent steps start on %1.</source>
        <translation>Deux paliers de loyer commencent le %1.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 is already let to %2 %3: a private office has one tenant at a time.</source>
        <translation>%1 est déjà loué à %2 %3&#xa0;: un bureau privatif n’accueille qu’une entreprise à la fois.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On %1, %2 of the %3 workstations of %4 are already let: %5 more do not fit.</source>
        <translation>Le %1, postes de travail déjà loués dans %4&#xa0;: %2 sur %3&#xa0;; il n’y a pas la place pour %5 de plus.</translation>
    </message>
</context>
<context>
    <name>pepin::Screenshots</name>
    <message>
        <location filename="../ui/Screenshots.cpp" line="+16"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>pepin::Store</name>
    <message>
        <location filename="../core/service/Store.cpp" line="+76"/>
        <source>IT services</source>
        <translation>Services informatiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software publishing</source>
        <translation>Édition de logiciels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multimedia</source>
        <translation>Multimédia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound and digital imaging</source>
        <translation>Son et image numérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document engineering</source>
        <translation>Ingénierie documentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industrial engineering and maintenance</source>
        <translation>Ingénierie et maintenance industrielles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive animation and 3D</source>
        <translation>Animation interactive et 3D</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 was changed or removed elsewhere (another window or program) since it was read; nothing was overwritten. Reload it and make the change again.</source>
        <translation>%1 a été modifiée ou supprimée ailleurs (dans une autre fenêtre ou un autre programme) depuis son chargement&#xa0;; rien n’a été écrasé. Rechargez-la et refaites la modification.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no record %1 to remove.</source>
        <translation>Il n’y a pas de fiche n°&#xa0;%1 à supprimer.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is already a sector named %1.</source>
        <translation>Il existe déjà un secteur nommé %1&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is already a site named %1.</source>
        <translation>Il existe déjà un site nommé %1&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no site %1.</source>
        <translation>Il n’y a pas de site n°&#xa0;%1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This site already has an office %1: office codes are unique within a site.</source>
        <translation>Ce site a déjà un bureau %1&#xa0;: chaque code de bureau est unique au sein d’un site.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The change would make leases of %1 invalid:</source>
        <translation>Cette modification rendrait non valides des conventions du bureau %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no sector %1.</source>
        <translation>Il n’y a pas de secteur n°&#xa0;%1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SIRET %1 is already the one of %2.</source>
        <translation>Le SIRET %1 est déjà celui de l’entreprise %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a company named %1: give this one a distinct name.</source>
        <translation>Il existe déjà une entreprise nommée %1&#xa0;: donnez à celle-ci un nom différent.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+21"/>
        <source>There is no company %1.</source>
        <translation>Il n’y a pas d’entreprise n°&#xa0;%1.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>There is no office %1.</source>
        <translation>Il n’y a pas de bureau n°&#xa0;%1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The sector %1</source>
        <translation>La fiche du secteur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site %1</source>
        <translation>La fiche du site %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office %1</source>
        <translation>La fiche du bureau %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company %1</source>
        <translation>La fiche de l’entreprise %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lease</source>
        <translation>La convention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application</source>
        <translation>La candidature</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Companies belong to this sector: move them to another sector first, or archive it.</source>
        <translation>Des entreprises relèvent de ce secteur&#xa0;: rattachez-les d’abord à un autre secteur, ou archivez celui-ci.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This site has offices: remove them first, or archive the site to keep its history.</source>
        <translation>Ce site comporte des bureaux&#xa0;: supprimez-les d’abord, ou archivez le site pour conserver son historique.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This office has leases, which would be lost with it: archive it instead.</source>
        <translation>Ce bureau a des conventions, qui seraient perdues avec lui&#xa0;: archivez-le plutôt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This company has leases, which would be lost with it: archive it instead.</source>
        <translation>Cette entreprise a des conventions, qui seraient perdues avec elle&#xa0;: archivez-la plutôt.</translation>
    </message>
</context>
<context>
    <name>pepin::cli::CheckCommand</name>
    <message>
        <location filename="../cli/commands/CheckCommand.cpp" line="+19"/>
        <source>Check the database&apos;s integrity and every business rule.</source>
        <translation>Vérifier l’intégrité de la base de données et toutes les règles de gestion.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%1: no problem found (%n lease(s) checked).</source>
        <translation>
            <numerusform>%1: aucun problème détecté (%n convention vérifiée).</numerusform>
            <numerusform>%1: aucun problème détecté (%n conventions vérifiées).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pepin::cli::Cli</name>
    <message>
        <location filename="../cli/Cli.cpp" line="+46"/>
        <source>The database file (default: %1).</source>
        <translation>Le fichier de base de données (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take this date as today.</source>
        <translation>Prendre cette date pour aujourd’hui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of messages and formats: fr or en.</source>
        <translation>Langue des messages et des formats&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: pepin-cli [--db FILE] [--today YYYY-MM-DD] [--lang fr|en] COMMAND [options]</source>
        <translation>Utilisation&#xa0;: pepin-cli [--db FILE] [--today YYYY-MM-DD] [--lang fr|en] COMMANDE [options]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage a business incubator&apos;s companies, offices and leases from the command line.</source>
        <translation>Gérer en ligne de commande les entreprises, les bureaux et les conventions d’une pépinière d’entreprises.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global options:</source>
        <translation>Options générales&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes: 0 done, 1 bad usage, 2 invalid input (nothing written), 3 database cannot be used.</source>
        <translation>Codes de sortie&#xa0;: 0 terminé, 1 mauvaise utilisation, 2 saisie non valide (rien n’est enregistré), 3 base de données inutilisable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;pepin-cli COMMAND --help&apos; describes a command.</source>
        <translation>«&#xa0;pepin-cli COMMANDE --help&#xa0;» décrit une commande.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: pepin-cli [global options] %1</source>
        <translation>Utilisation&#xa0;: pepin-cli [options générales] %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Try &apos;pepin-cli --help&apos;.</source>
        <translation>Essayez «&#xa0;pepin-cli --help&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--db needs a file name.</source>
        <translation>--db attend un nom de fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--today needs a date.</source>
        <translation>--today attend une date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--lang needs fr or en.</source>
        <translation>--lang attend fr ou en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--lang takes fr or en, not &apos;%1&apos;.</source>
        <translation>--lang accepte fr ou en, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown option %1.</source>
        <translation>Option inconnue&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--today: &apos;%1&apos; is not a date (%2).</source>
        <translation>--today: «&#xa0;%1&#xa0;» n’est pas une date (%2).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;%1&apos; needs one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne suffit pas&#xa0;; commandes possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Commande inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>pepin::cli::Context</name>
    <message>
        <location filename="../cli/Context.cpp" line="+24"/>
        <source>pepin-cli: create it with: pepin-cli --db %1 init</source>
        <translation>pepin-cli: créez-la avec la commande pepin-cli --db %1 init</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Try &apos;pepin-cli --help&apos;.</source>
        <translation>Essayez «&#xa0;pepin-cli --help&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--format takes text, csv or json, not &apos;%1&apos;.</source>
        <translation>--format accepte text, csv ou json, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../cli/Table.cpp" line="+45"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>pepin::cli::InitCommand</name>
    <message>
        <location filename="../cli/commands/InitCommand.cpp" line="+21"/>
        <source>Create a new database (with --demo: the Ateliers numériques example).</source>
        <translation>Créer une nouvelle base de données (avec --demo&#xa0;: l’exemple des Ateliers numériques).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fill it with the demo incubator, dated relative to today.</source>
        <translation>Y charger la pépinière de démonstration, avec des dates calculées à partir d’aujourd’hui.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pepin-cli: init: %1 already exists; it was left as it is. Choose another file with --db.</source>
        <translation>pepin-cli: init: %1 existe déjà&#xa0;; le fichier a été laissé tel quel. Choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Created %1 with the demo data.</source>
        <translation>Base de données %1 créée avec les données de démonstration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created %1.</source>
        <translation>Base de données %1 créée.</translation>
    </message>
</context>
<context>
    <name>pepin::cli::ListCommand</name>
    <message>
        <location filename="../cli/commands/ListCommands.cpp" line="+36"/>
        <source>Output as text (default), csv or json.</source>
        <translation>Format de sortie&#xa0;: text (par défaut), csv ou json.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+24"/>
        <location line="+27"/>
        <location line="+32"/>
        <location line="+45"/>
        <source>Id</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+24"/>
        <location line="+60"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max stay (months)</source>
        <translation>Durée max. (mois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rent progression (%)</source>
        <translation>Progressivité du loyer (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location line="+28"/>
        <location line="+35"/>
        <location line="+41"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+28"/>
        <location line="+30"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+60"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rent (€/m²/year)</source>
        <translation>Loyer (€/m²/an)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available from</source>
        <translation>Disponible du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available until</source>
        <translation>Disponible jusqu’au</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+32"/>
        <location line="+45"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAF</source>
        <translation>NAF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended early on</source>
        <translation>Fin anticipée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly rent</source>
        <translation>Loyer mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly charges</source>
        <translation>Charges mensuelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit</source>
        <translation>Dépôt de garantie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice (months)</source>
        <translation>Préavis (mois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Area needed (m²)</source>
        <translation>Surface demandée (m²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstations needed</source>
        <translation>Postes demandés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wished start</source>
        <translation>Entrée souhaitée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>Date du comité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>List the sites.</source>
        <translation>Lister les sites.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the offices.</source>
        <translation>Lister les bureaux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the companies.</source>
        <translation>Lister les entreprises.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the leases.</source>
        <translation>Lister les conventions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the waiting list&apos;s applications.</source>
        <translation>Lister les candidatures de la liste d’attente.</translation>
    </message>
</context>
<context>
    <name>pepin::cli::OccupancyCommand</name>
    <message>
        <location filename="../cli/commands/OccupancyCommand.cpp" line="+27"/>
        <source>Occupancy of offices, area and workstations on a day or over a period.</source>
        <translation>Occupation des bureaux, des surfaces et des postes de travail à une date ou sur une période.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The day to measure (default: today).</source>
        <translation>Le jour à mesurer (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the period to measure.</source>
        <translation>Premier jour de la période à mesurer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the period to measure.</source>
        <translation>Dernier jour de la période à mesurer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut the period into calendar periods: day, month, quarter or year (default: the period whole).</source>
        <translation>Découper la période en périodes calendaires&#xa0;: day (jour), month (mois), quarter (trimestre) ou year (année)&#xa0;; par défaut, la période entière.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the offices of this site (default: every site).</source>
        <translation>Seulement les bureaux de ce site (par défaut&#xa0;: tous les sites).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output as text (default), csv or json.</source>
        <translation>Format de sortie&#xa0;: text (par défaut), csv ou json.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>by day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by quarter</source>
        <translation>par trimestre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by year</source>
        <translation>par année</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>all sites</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>site %1</source>
        <translation>site %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--at measures one day, --from and --to a period: give one or the other.</source>
        <translation>--at mesure un jour, --from et --to une période&#xa0;: indiquez l’un ou l’autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--from needs --to: the period has two ends.</source>
        <translation>--from va avec --to&#xa0;: une période a un début et une fin.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>--to needs --from: the period has two ends.</source>
        <translation>--to va avec --from&#xa0;: une période a un début et une fin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--step cuts a period: give --from and --to with it.</source>
        <translation>--step découpe une période&#xa0;: indiquez aussi --from et --to.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--step takes day, month, quarter or year, not &apos;%1&apos;.</source>
        <translation>--step accepte day, month, quarter ou year, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a date: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>La période se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no site named &apos;%1&apos;.</source>
        <translation>Aucun site ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Occupancy on %1, %2</source>
        <translation>Occupation au %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupied</source>
        <translation>Occupés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In service</source>
        <translation>En service</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+55"/>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+54"/>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Area</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Occupancy from %1 to %2</source>
        <translation>Occupation du %1 au %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Occupied / in service, on average per day; rates are the ratios of the day sums.</source>
        <translation>Occupés / en service, en moyenne par jour&#xa0;; les taux sont les rapports des sommes journalières.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
</context>
<context>
    <name>pepin::cli::RecordCommands</name>
    <message>
        <location filename="../cli/commands/RecordCommands.cpp" line="+58"/>
        <source>Add %1.</source>
        <translation>Ajouter %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: give the name, and only the name, before the options.</source>
        <translation>%1: indiquez le nom, et seulement le nom, avant les options.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: unexpected &apos;%2&apos;.</source>
        <translation>%1: argument inattendu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added %1 (id %2).</source>
        <translation>Ajout effectué&#xa0;: %1 (n°&#xa0;%2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change %1; only the options given change.</source>
        <translation>Modifier %1&#xa0;; seules les options indiquées sont modifiées.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Updated %1.</source>
        <translation>Modification enregistrée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Archive %1: hidden from current lists, its history kept (--restore brings it back).</source>
        <translation>Archiver %1&#xa0;: la fiche disparaît des listes courantes, son historique est conservé (--restore la fait revenir).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring the record back from the archive.</source>
        <translation>Restaurer la fiche archivée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restored %1.</source>
        <translation>Restauration effectuée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived %1.</source>
        <translation>Archivage effectué&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove %1 that has no history.</source>
        <translation>Supprimer %1 sans historique.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removed %1.</source>
        <translation>Suppression effectuée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no record with id %1.</source>
        <translation>Aucune fiche ne porte le n°&#xa0;%1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a site</source>
        <translation>un site</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new name for the site.</source>
        <translation>Nouveau nom du site.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the site&apos;s name.</source>
        <translation>indiquez le nom du site.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no site named &apos;%1&apos;.</source>
        <translation>Aucun site ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>site %1</source>
        <translation>site %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an office</source>
        <translation>un bureau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new code for the office.</source>
        <translation>Nouveau code du bureau.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no office &apos;%2&apos;.</source>
        <translation>Le site %1 n’a pas de bureau «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>office %1</source>
        <translation>bureau %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a company</source>
        <translation>une entreprise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The company: its name or SIRET.</source>
        <translation>L’entreprise&#xa0;: son nom ou son SIRET.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>company %1</source>
        <translation>entreprise %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a lease</source>
        <translation>une convention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lease&apos;s id (see &apos;pepin-cli leases&apos;).</source>
        <translation>Le numéro de la convention (voir «&#xa0;pepin-cli leases&#xa0;»).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes: the lease is cancelled and never counts; no: it counts again.</source>
        <translation>yes&#xa0;: la convention est annulée et n’entre plus dans aucun calcul&#xa0;; no&#xa0;: elle y entre de nouveau.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>name the office with --site and --office.</source>
        <translation>désignez le bureau avec --site et --office.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>answer yes or no.</source>
        <translation>répondez yes ou no.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>lease of %1 in %2 from %3</source>
        <translation>convention avec %1 pour le bureau %2, à compter du %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an application to the waiting list</source>
        <translation>une candidature à la liste d’attente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application&apos;s id (see &apos;pepin-cli applications&apos;).</source>
        <translation>Le numéro de la candidature (voir «&#xa0;pepin-cli applications&#xa0;»).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>application of %1</source>
        <translation>candidature de l’entreprise %1</translation>
    </message>
</context>
<context>
    <name>pepin::cli::RecordOptions</name>
    <message>
        <location filename="../cli/commands/RecordOptions.cpp" line="+36"/>
        <source>Postal address.</source>
        <translation>Adresse postale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum stay of a company, in months (default 48).</source>
        <translation>Durée maximale d’hébergement d’une entreprise, en mois (48 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progressive rent, in percent of the reference rent for years 1, 2, 3… (default 70,85,100).</source>
        <translation>Loyer progressif, en pourcentage du loyer de référence pour les années 1, 2, 3… (70,85,100 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+17"/>
        <location line="+21"/>
        <location line="+15"/>
        <source>Free notes.</source>
        <translation>Notes libres.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>The site the office belongs to.</source>
        <translation>Le site auquel appartient le bureau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office&apos;s code, unique within its site.</source>
        <translation>Le code du bureau, unique au sein de son site.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor.</source>
        <translation>Étage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area in m².</source>
        <translation>Surface en m².</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of workstations.</source>
        <translation>Nombre de postes de travail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private (one tenant at a time) or shared (let by workstation).</source>
        <translation>private (une seule entreprise à la fois) ou shared (loué au poste de travail).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference rent, in € per m² per year.</source>
        <translation>Loyer de référence, en € par m² et par an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day the office can be let.</source>
        <translation>Premier jour où le bureau peut être loué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day the office can be let.</source>
        <translation>Dernier jour où le bureau peut être loué.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The company&apos;s name.</source>
        <translation>Le nom de l’entreprise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIRET number (14 digits).</source>
        <translation>Numéro SIRET (14 chiffres).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAF (APE) activity code.</source>
        <translation>Code d’activité NAF (APE).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector of activity; a new sector is created if needed.</source>
        <translation>Secteur d’activité&#xa0;; un nouveau secteur est créé si besoin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the company was created.</source>
        <translation>Date de création de l’entreprise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project, young, developing or established.</source>
        <translation>project, young, developing ou established.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of people employed, as of today.</source>
        <translation>Effectif à ce jour (nombre de personnes employées).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person.</source>
        <translation>Personne à contacter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail.</source>
        <translation>Courriel du contact.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact telephone.</source>
        <translation>Téléphone du contact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date the company left the incubator.</source>
        <translation>Date à laquelle l’entreprise a quitté la pépinière.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>graduated_local, moved_away, closed or other.</source>
        <translation>graduated_local, moved_away, closed ou other.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tenant: its name or SIRET.</source>
        <translation>L’entreprise hébergée&#xa0;: son nom ou son SIRET.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site of the office.</source>
        <translation>Le site du bureau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office&apos;s code.</source>
        <translation>Le code du bureau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the lease.</source>
        <translation>Premier jour de la convention.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the term (none: open-ended).</source>
        <translation>Dernier jour de la convention à son terme (sans cette option&#xa0;: durée indéterminée).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day, when the lease is ended before its term.</source>
        <translation>Dernier jour, si la convention prend fin avant son terme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstations taken (shared offices).</source>
        <translation>Postes de travail occupés (espaces partagés).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precaire, derogatoire, commercial or coworking.</source>
        <translation>precaire, derogatoire, commercial ou coworking.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly rent excluding VAT, in €.</source>
        <translation>Loyer mensuel hors taxes, en €.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly charges, in €.</source>
        <translation>Charges mensuelles, en €.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit, in €.</source>
        <translation>Dépôt de garantie, en €.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice period, in months.</source>
        <translation>Préavis, en mois.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The applicant: its name or SIRET.</source>
        <translation>L’entreprise candidate&#xa0;: son nom ou son SIRET.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area needed, in m².</source>
        <translation>Surface demandée, en m².</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstations needed.</source>
        <translation>Postes de travail demandés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wished start date.</source>
        <translation>Date d’entrée souhaitée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received, committee, accepted, housed or declined.</source>
        <translation>received, committee, accepted, housed ou declined.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the selection committee.</source>
        <translation>Date du comité de sélection.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The committee&apos;s decision.</source>
        <translation>Décision du comité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority on the waiting list (higher first).</source>
        <translation>Priorité sur la liste d’attente (la plus élevée passe en premier).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is required.</source>
        <translation>cette option est obligatoire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a date: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a number (write 24.5 or 24,5).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre (écrivez 24,5 ou 24.5).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not an amount in euros (write 1234.56 or 1 234,56).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant en euros (écrivez 1 234,56 ou 1234.56).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no site named &apos;%1&apos;.</source>
        <translation>Aucun site ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no office &apos;%2&apos;.</source>
        <translation>Le site %1 n’a pas de bureau «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no company named &apos;%1&apos; or with that SIRET.</source>
        <translation>Aucune entreprise ne porte le nom ou le SIRET «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>write percentages separated by commas, such as 70,85,100.</source>
        <translation>indiquez des pourcentages séparés par des virgules, par exemple 70,85,100.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>New sector &apos;%1&apos; created.</source>
        <translation>Nouveau secteur «&#xa0;%1&#xa0;» créé.</translation>
    </message>
</context>
</TS>
