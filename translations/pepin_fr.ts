<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Context</name>
    <message>
        <location filename="../cli/commands/PrivacyCommands.cpp" line="+35"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <location filename="../cli/commands/BackupCommands.cpp" line="+120"/>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before update of schema %1</source>
        <translation>avant mise à jour du schéma %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before a restore</source>
        <translation>avant restauration</translation>
    </message>
</context>
<context>
    <name>pepin::Alerts</name>
    <message>
        <location filename="../core/figures/Alerts.cpp" line="+177"/>
        <source>no end date</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Code de commerce, art. L145-5: the total duration of a short-term lease and of the successive short-term leases for the same premises may not exceed three years.</source>
        <translation>Code de commerce, art. L145-5&#xa0;: la durée totale du bail dérogatoire ou des baux dérogatoires successifs conclus pour les mêmes locaux ne peut être supérieure à trois ans.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code de commerce, art. L145-5: if the tenant stays, and is left, in possession more than one month after the term, a new lease arises, governed by the rules of commercial leases.</source>
        <translation>Code de commerce, art. L145-5&#xa0;: si, plus d’un mois après l’échéance, le preneur reste et est laissé en possession, il s’opère un nouveau bail dont l’effet est réglé par les dispositions relatives aux baux commerciaux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Policy of the site %1: a company stays at most %2 months in the incubator.</source>
        <translation>Règle du site %1&#xa0;: une entreprise est hébergée au plus %2 mois dans la pépinière.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code de commerce, art. L145-5-1: an occupation agreement is précaire only when particular circumstances, independent of the parties&apos; will alone, call for it. Incubator policy: more than 2 successive agreements, or more than 36 months, no longer look like such circumstances.</source>
        <translation>Code de commerce, art. L145-5-1&#xa0;: une convention d’occupation n’est précaire que si l’occupation des lieux n’est autorisée qu’à raison de circonstances particulières indépendantes de la seule volonté des parties. Règle de la pépinière&#xa0;: au-delà de 2 conventions successives, ou de 36 mois, de telles circonstances ne paraissent plus établies.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 in %2: a short-term lease from %3 to %4 passes the 36 months allowed on %5.</source>
        <translation>%1, bureau %2&#xa0;: bail dérogatoire (%3 – %4), dépassement des 36 mois autorisés à partir du %5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2: successive short-term leases from %3 to %4 pass the 36 months allowed on %5.</source>
        <translation>%1, bureau %2&#xa0;: baux dérogatoires successifs (%3 – %4), dépassement des 36 mois autorisés à partir du %5.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 stays in %2 under a %3 from %4, after its short-term lease ended on %5: from %6, more than a month after the term, staying on makes it a commercial lease.</source>
        <translation>%1 occupe toujours le bureau %2 (%3 à compter du %4) alors que son bail dérogatoire a pris fin le %5&#xa0;: à partir du %6, plus d’un mois après le terme, ce maintien dans les lieux fait naître un bail commercial.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 in %2: its stay, from %3, passes the site&apos;s maximum of %4 months on %5 (planned to %6).</source>
        <translation>%1, bureau %2&#xa0;: séjour (%3 – %6), dépassement de la durée maximale du site (%4 mois) à partir du %5.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 in %2: %3 successive precarious occupancy agreements from %4 to %5; the third starts on %6.</source>
        <translation>%1, bureau %2&#xa0;: %3 conventions d’occupation précaire successives (%4 – %5)&#xa0;; la troisième commence le %6.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>%1 in %2: a precarious occupancy agreement from %3 to %4 passes 36 months on %5.</source>
        <translation>%1, bureau %2&#xa0;: convention d’occupation précaire (%3 – %4), durée de 36 mois dépassée à partir du %5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2: successive precarious occupancy agreements from %3 to %4 pass 36 months on %5.</source>
        <translation>%1, bureau %2&#xa0;: conventions d’occupation précaire successives (%3 – %4), durée de 36 mois dépassée à partir du %5.</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Short-term leases over 36 months</source>
        <translation>Baux dérogatoires au-delà de 36 mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left in place after a short-term lease</source>
        <translation>Maintien dans les lieux après un bail dérogatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay over the site&apos;s maximum</source>
        <translation>Séjour au-delà de la durée maximale du site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precarious agreements renewed again and again</source>
        <translation>Conventions précaires renouvelées à répétition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precarious agreements over 36 months</source>
        <translation>Conventions précaires au-delà de 36 mois</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
</context>
<context>
    <name>pepin::ApplicationEditor</name>
    <message>
        <location filename="../ui/dialogs/ApplicationEditor.cpp" line="+43"/>
        <source>New application</source>
        <translation>Nouvelle candidature</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application of %1</source>
        <translation>Candidature de l’entreprise %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a company</source>
        <translation>Choisissez une entreprise</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>as soon as possible</source>
        <translation>dès que possible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not set</source>
        <translation>non fixée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Higher first on the waiting list</source>
        <translation>La priorité la plus élevée passe en premier sur la liste d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area needed</source>
        <translation>Surface demandée</translation>
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
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>pepin::ApplicationTableModel</name>
    <message>
        <location filename="../ui/models/ApplicationTableModel.cpp" line="+165"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area needed</source>
        <translation>Surface demandée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workstations needed</source>
        <translation>Postes demandés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wished start</source>
        <translation>Entrée souhaitée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committee</source>
        <translation>Date du comité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date of the selection committee that examines the application</source>
        <translation>Date du comité de sélection qui examine la candidature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Higher first on the waiting list</source>
        <translation>La priorité la plus élevée passe en premier sur la liste d’attente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applications shown: %1 of %2</source>
        <translation>Candidatures affichées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications: %1 · waiting: %2</source>
        <translation>Candidatures&#xa0;: %1 · en attente&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs %2</source>
        <translation>%1 a besoin de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs %2 and 1 workstation</source>
        <translation>%1 a besoin de %2 et 1 poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs %2 and %3 workstations</source>
        <translation>%1 a besoin de %2 et %3 postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 from %2</source>
        <translation>%1 à partir du %2</translation>
    </message>
</context>
<context>
    <name>pepin::Assignment</name>
    <message>
        <location filename="../core/figures/Assignment.cpp" line="+28"/>
        <source>1 workstation</source>
        <translation>1 poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 workstations</source>
        <translation>%1 postes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Private office of %1 with %2</source>
        <translation>Bureau privatif de %1 avec %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of the %2 workstations of a shared space of %3 (%4)</source>
        <translation>%1 des %2 postes d’un espace partagé de %3 (%4)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: exactly the need.</source>
        <translation>%1&#xa0;: exactement le besoin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 more than needed.</source>
        <translation>%1&#xa0;: %2 de plus que le besoin.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On the preferred site.</source>
        <translation>Sur le site préféré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On %1, not the preferred site.</source>
        <translation>Sur le site %1, qui n’est pas le site préféré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the preferred floor (%1).</source>
        <translation>À l’étage préféré (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No floor recorded, not the preferred floor %1.</source>
        <translation>Aucun étage renseigné, pas l’étage préféré %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On floor %1, not the preferred floor %2.</source>
        <translation>À l’étage %1, pas à l’étage préféré %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Follows the lease of %1 (ending %2) without a gap.</source>
        <translation>Prend la suite de la convention de %1 (fin le %2) sans interruption.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leaves %1 that cannot be let after the lease of %2 (ending %3).</source>
        <translation>Laisse %1 impossibles à louer après la convention de %2 (fin le %3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ends the day before the lease of %1 (starting %2): no gap.</source>
        <translation>Se termine la veille de la convention de %1 (début le %2)&#xa0;: aucune interruption.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leaves %1 that cannot be let before the lease of %2 (starting %3).</source>
        <translation>Laisse %1 impossibles à louer avant la convention de %2 (début le %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leaves %1 that cannot be let before the office stops being available (%2).</source>
        <translation>Laisse %1 impossibles à louer avant la fin de disponibilité du bureau (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leaves no gap too short to be let.</source>
        <translation>Ne laisse aucun intervalle trop court pour être loué.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Free on %1 only.</source>
        <translation>Libre le %1 seulement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free from %1 to %2.</source>
        <translation>Libre du %1 au %2.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Say from when the office is needed.</source>
        <translation>Indiquez à partir de quand le bureau est nécessaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say until when the office is needed (an end date or a number of months).</source>
        <translation>Indiquez jusqu’à quand le bureau est nécessaire (une date de fin ou un nombre de mois).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>La période se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The area needed cannot be negative.</source>
        <translation>La surface demandée ne peut pas être négative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of workstations needed cannot be negative.</source>
        <translation>Le nombre de postes de travail demandés ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shared space is let by workstation: say how many workstations are needed.</source>
        <translation>Un espace partagé se loue au poste de travail&#xa0;: indiquez le nombre de postes nécessaires.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Rent at first %1 a month excluding VAT.</source>
        <translation>Loyer initial de %1 par mois hors taxes.</translation>
    </message>
</context>
<context>
    <name>pepin::AssignmentDialog</name>
    <message>
        <location filename="../ui/dialogs/AssignmentDialog.cpp" line="+79"/>
        <source>Create the lease</source>
        <translation>Créer la convention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew, extend or move it…</source>
        <translation>Renouveler, prolonger ou déménager…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign an office</source>
        <translation>Attribuer un bureau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a company</source>
        <translation>Choisissez une entreprise</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any site</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Any floor</source>
        <translation>Tous les étages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private or shared</source>
        <translation>Privatif ou partagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private office</source>
        <translation>Bureau privatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared space (by workstation)</source>
        <translation>Espace partagé (au poste)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rent from</source>
        <translation>Loyer initial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Company</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lease &amp;type</source>
        <translation>&amp;Type de convention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Area needed</source>
        <translation>&amp;Surface demandée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Workstations needed</source>
        <translation>&amp;Postes demandés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred si&amp;te</source>
        <translation>Site p&amp;référé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred &amp;floor</source>
        <translation>Ét&amp;age préféré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind</source>
        <translation>&amp;Nature</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Assign an office to %1</source>
        <translation>Attribuer un bureau à %1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>1 workstation</source>
        <translation>1 poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 workstations</source>
        <translation>%1 postes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No office is free over the whole period.</source>
        <translation>Aucun bureau n’est libre sur toute la période.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Free over the whole period (%1)</source>
        <translation>Libres sur toute la période (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free for only part of the period (%1)</source>
        <translation>Libres sur une partie de la période seulement (%1)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 already has a %2 of %3 until %4.</source>
        <translation>%1 a déjà une convention de type %2 pour le bureau %3 jusqu’au %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already has a %2 of %3, with no end date.</source>
        <translation>%1 a déjà une convention de type %2 pour le bureau %3, sans date de fin.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose an office free over the whole period.</source>
        <translation>Choisissez un bureau libre sur toute la période.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Not free over the whole period&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pas libre sur toute la période&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Why %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pourquoi %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the company to see the alerts the lease would bring.</source>
        <translation>Choisissez l’entreprise pour voir les alertes qu’entraînerait la convention.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Alerts:&lt;/b&gt; none; the lease breaks no legal or policy limit as the leases stand.</source>
        <translation>&lt;b&gt;Alertes&#xa0;:&lt;/b&gt; aucune&#xa0;; en l’état des conventions, celle-ci ne dépasse aucune limite légale ni aucune règle de la pépinière.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Alerts this lease would bring&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alertes qu’entraînerait cette convention&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a company and an office free over the whole period.</source>
        <translation>Choisissez une entreprise et un bureau libre sur toute la période.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The lease was not created: %1</source>
        <translation>La convention n’a pas été créée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pepin::AuditLog</name>
    <message>
        <location filename="../core/storage/AuditLog.cpp" line="+37"/>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incubator&apos;s name or logo changed</source>
        <translation>Modification du nom ou du logo de la pépinière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting changed</source>
        <translation>Modification d’un réglage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored from a backup</source>
        <translation>Restauration d’une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data erased</source>
        <translation>Effacement de données personnelles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lease</source>
        <translation>Convention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incubator</source>
        <translation>Pépinière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company (no.)</source>
        <translation>Entreprise (n°)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office (no.)</source>
        <translation>Bureau (n°)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site (no.)</source>
        <translation>Site (n°)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector (no.)</source>
        <translation>Secteur (n°)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Rent steps</source>
        <translation>Paliers de loyer</translation>
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
        <location line="+1"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAF code</source>
        <translation>Code NAF</translation>
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
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headcounts</source>
        <translation>Effectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference rent (per m² per year)</source>
        <translation>Loyer de référence (par m² et par an)</translation>
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
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest stay (months)</source>
        <translation>Durée maximale de séjour (mois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rent progression (%)</source>
        <translation>Progressivité du loyer (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Committee date</source>
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
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data kept (years)</source>
        <translation>Durée de conservation des données personnelles (années)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields erased</source>
        <translation>Champs effacés</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+237"/>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record type</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record no.</source>
        <translation>N° de fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The change history could not be written: %1</source>
        <translation>L’historique des modifications n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pepin::Backups</name>
    <message>
        <location filename="../core/storage/Backups.cpp" line="+37"/>
        <source>Nothing was restored.</source>
        <translation>Rien n’a été restauré.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossible de créer le dossier des sauvegardes %1.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1 is open read-only (%2).</source>
        <translation>La base %1 est ouverte en lecture seule (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 est la base de données elle-même, et non l’une de ses sauvegardes.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 could not be moved aside into %2.</source>
        <translation>Impossible de mettre %1 de côté dans %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
</context>
<context>
    <name>pepin::ChartCard</name>
    <message>
        <location filename="../ui/charts/ChartCard.cpp" line="+128"/>
        <source>Save or print this chart</source>
        <translation>Enregistrer ou imprimer ce graphique</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save as PNG image…</source>
        <translation>Enregistrer en image PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as SVG drawing…</source>
        <translation>Enregistrer en dessin SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+17"/>
        <location line="+4"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A chart of Pépin</source>
        <translation>Un graphique de Pépin</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save the chart as SVG</source>
        <translation>Enregistrer le graphique en SVG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The chart was not saved.</source>
        <translation>Le graphique n’a pas été enregistré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print the chart</source>
        <translation>Imprimer le graphique</translation>
    </message>
</context>
<context>
    <name>pepin::ChartData</name>
    <message>
        <location filename="../ui/charts/ChartData.cpp" line="+65"/>
        <source>%1: %2 (%3)</source>
        <comment>a measure in a tip: name, rate, occupied / total</comment>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Area</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+90"/>
        <source>%1 (forecast from signed leases)</source>
        <translation>%1 (prévision d’après les conventions signées)</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 offices</source>
        <translation>%1 bureaux sur %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 workstations</source>
        <translation>%1 postes sur %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Average per day over the month.</source>
        <translation>Moyenne journalière sur le mois.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1–%2</source>
        <comment>a band of stay lengths</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1+</source>
        <comment>the last band of stay lengths: that long or more</comment>
        <translation>%1+</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Years of stay</source>
        <translation>Durée de séjour (années)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Months of stay</source>
        <translation>Durée de séjour (mois)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rent: %1 excl. VAT</source>
        <translation>Loyers&#xa0;: %1 HT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges: %1</source>
        <translation>Charges&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free space at reference rent: %1</source>
        <translation>Surfaces libres au loyer de référence&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pepin::Checker</name>
    <message>
        <location filename="../core/service/Checker.cpp" line="+64"/>
        <location line="+2"/>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>a row breaks one of the table&apos;s constraints</source>
        <translation>une ligne enfreint l’une des contraintes de la table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a row has no %1, which it must have</source>
        <translation>une ligne n’a pas de valeur pour %1, qui est obligatoire</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+18"/>
        <source>%1 row %2</source>
        <translation>table %1, ligne %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>refers to a missing row of %1</source>
        <translation>renvoie à une ligne absente de la table %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 holds “%2”, which is not a date written YYYY-MM-DD.</source>
        <translation>la colonne %1 contient «&#xa0;%2&#xa0;», qui n’est pas une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sector %1</source>
        <translation>secteur %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>site %1</source>
        <translation>site %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>company %1</source>
        <translation>entreprise %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>application %1 (%2)</source>
        <translation>candidature n°&#xa0;%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>missing company %1</source>
        <translation>entreprise n°&#xa0;%1 introuvable</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>pepin::ComingSoonPage</name>
    <message>
        <location filename="../ui/pages/ComingSoonPage.cpp" line="+66"/>
        <source>Coming in a next version</source>
        <translation>Bientôt disponible, dans une prochaine version</translation>
    </message>
</context>
<context>
    <name>pepin::CommandText</name>
    <message>
        <location filename="../ui/commands/CommandText.cpp" line="+29"/>
        <source>Add sector %1</source>
        <translation>l’ajout du secteur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit sector %1</source>
        <translation>la modification du secteur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive sector %1</source>
        <translation>l’archivage du secteur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore sector %1</source>
        <translation>la restauration du secteur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove sector %1</source>
        <translation>la suppression du secteur %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add site %1</source>
        <translation>l’ajout du site %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit site %1</source>
        <translation>la modification du site %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive site %1</source>
        <translation>l’archivage du site %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore site %1</source>
        <translation>la restauration du site %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove site %1</source>
        <translation>la suppression du site %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add office %1</source>
        <translation>l’ajout du bureau %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit office %1</source>
        <translation>la modification du bureau %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive office %1</source>
        <translation>l’archivage du bureau %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore office %1</source>
        <translation>la restauration du bureau %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove office %1</source>
        <translation>la suppression du bureau %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add company %1</source>
        <translation>l’ajout de l’entreprise %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit company %1</source>
        <translation>la modification de l’entreprise %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive company %1</source>
        <translation>l’archivage de l’entreprise %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore company %1</source>
        <translation>la restauration de l’entreprise %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove company %1</source>
        <translation>la suppression de l’entreprise %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add lease %1</source>
        <translation>l’ajout de la convention %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit lease %1</source>
        <translation>la modification de la convention %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove lease %1</source>
        <translation>la suppression de la convention %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add application of %1</source>
        <translation>l’ajout de la candidature de l’entreprise %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit application of %1</source>
        <translation>la modification de la candidature de l’entreprise %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove application of %1</source>
        <translation>la suppression de la candidature de l’entreprise %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove %1 records</source>
        <translation>la suppression de %1 fiches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Archive %1 records</source>
        <translation>l’archivage de %1 fiches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore %1 records</source>
        <translation>la restauration de %1 fiches</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” cannot be undone, and was taken off the list of changes to undo.
%2</source>
        <translation>Impossible d’annuler %1&#xa0;: cette modification a été retirée de la liste des modifications à annuler.
%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” cannot be redone, and was taken off the list of changes to redo.
%2</source>
        <translation>Impossible de rétablir %1&#xa0;: cette modification a été retirée de la liste des modifications à rétablir.
%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record was changed elsewhere (another window or program) since; nothing was overwritten.</source>
        <translation>La fiche a été modifiée ailleurs entre-temps (dans une autre fenêtre ou un autre programme)&#xa0;; rien n’a été écrasé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record was removed elsewhere (another window or program) since.</source>
        <translation>La fiche a été supprimée ailleurs entre-temps (dans une autre fenêtre ou un autre programme).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its place was taken elsewhere (another window or program) since: a record with the same number exists.</source>
        <translation>Sa place a été prise ailleurs entre-temps (dans une autre fenêtre ou un autre programme)&#xa0;: une fiche portant le même numéro existe déjà.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 – %2</source>
        <comment>a lease: company – office</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>pepin::CompanyEditor</name>
    <message>
        <location filename="../ui/dialogs/CompanyEditor.cpp" line="+56"/>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New company</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company %1</source>
        <translation>Entreprise %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>14 digits, e.g. 732 829 320 00074</source>
        <translation>14 chiffres, par ex. 732 829 320 00074</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 62.01Z</source>
        <translation>par ex. 62.01Z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the new sector</source>
        <translation>Nom du nouveau secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still here</source>
        <translation>toujours présente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No sector</source>
        <translation>Aucun secteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New sector…</source>
        <translation>Nouveau secteur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAF code</source>
        <translation>Code NAF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New sector</source>
        <translation>Nouveau secteur</translation>
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
        <location line="+1"/>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on</source>
        <translation>Sortie le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for leaving</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 digits of 14</source>
        <translation>%1 chiffres sur 14</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid SIRET</source>
        <translation>SIRET valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid SIRET: check the digits on the Kbis or the INSEE notice.</source>
        <translation>SIRET non valide&#xa0;: vérifiez les chiffres sur l’extrait Kbis ou l’avis de situation INSEE.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type the name of the new sector, or choose one in the list.</source>
        <translation>Saisissez le nom du nouveau secteur, ou choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: “%2” is not a number of people; type a whole number, 0 or more.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre de personnes&#xa0;; saisissez un nombre entier, 0 ou plus.</translation>
    </message>
</context>
<context>
    <name>pepin::CompanyTableModel</name>
    <message>
        <location filename="../ui/models/CompanyTableModel.cpp" line="+81"/>
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
        <location line="+132"/>
        <source>%1, archived</source>
        <translation>%1, archivée</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Left on %1: %2</source>
        <translation>Sortie le %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on %1</source>
        <translation>Sortie le %1</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+9"/>
        <source>Companies shown: %1 of %2</source>
        <translation>Entreprises affichées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies: %1 · tenants today: %2</source>
        <translation>Entreprises&#xa0;: %1 · résidentes aujourd’hui&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: tenant of %2, %3 per month</source>
        <translation>%1&#xa0;: résidente (%2), %3 par mois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: arrives on %2 in %3</source>
        <translation>%1&#xa0;: entrée prévue le %2 dans le bureau %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: left on %2</source>
        <translation>%1&#xa0;: sortie le %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: left</source>
        <translation>%1&#xa0;: sortie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: never housed yet</source>
        <translation>%1&#xa0;: pas encore hébergée</translation>
    </message>
</context>
<context>
    <name>pepin::CountChart</name>
    <message>
        <location filename="../ui/charts/CountChart.cpp" line="+94"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stays ended</source>
        <translation>Séjours terminés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tenants now</source>
        <translation>Séjours en cours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries and exits per year</source>
        <translation>Entrées et sorties par an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length of stay</source>
        <translation>Durée de séjour</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 — %2: %3</source>
        <comment>a bar: category, series, count</comment>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>pepin::CsvColumns</name>
    <message>
        <location filename="../core/csv/CsvColumns.cpp" line="+23"/>
        <location line="+63"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Office code</source>
        <translation>Code du bureau</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Kind (private or shared)</source>
        <translation>Type (privatif ou partagé)</translation>
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
        <location line="+30"/>
        <location line="+41"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+34"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAF code</source>
        <translation>Code NAF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sector</source>
        <translation>Secteur</translation>
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
        <location line="+1"/>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headcount history</source>
        <translation>Historique des effectifs</translation>
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
        <location line="+4"/>
        <source>Exit date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Company (name or SIRET)</source>
        <translation>Entreprise (nom ou SIRET)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated on</source>
        <translation>Fin anticipée le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lease type</source>
        <translation>Type de convention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly rent</source>
        <translation>Loyer mensuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rent steps</source>
        <translation>Paliers de loyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly charges</source>
        <translation>Charges mensuelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit</source>
        <translation>Dépôt de garantie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice (months)</source>
        <translation>Préavis (mois)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>pepin::CsvPreview</name>
    <message>
        <location filename="../core/csv/CsvPreview.cpp" line="+40"/>
        <source>The file cannot be opened: %1.</source>
        <translation>Impossible d’ouvrir le fichier&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>pepin::CsvReader</name>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="+62"/>
        <source>The file is in UTF-16, which is not read here: save it as CSV in UTF-8 (or Windows-1252).</source>
        <translation>Le fichier est encodé en UTF-16, que Pépin ne lit pas&#xa0;: enregistrez-le au format CSV en UTF-8 (ou en Windows-1252).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a spreadsheet workbook (.xlsx or .ods), not a CSV file: save it as CSV first.</source>
        <translation>Ce fichier est un classeur de tableur (.xlsx ou .ods), et non un fichier CSV&#xa0;: enregistrez-le d’abord au format CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is an Excel 97-2003 workbook (.xls), not a CSV file: save it as CSV first.</source>
        <translation>Ce fichier est un classeur Excel 97-2003 (.xls), et non un fichier CSV&#xa0;: enregistrez-le d’abord au format CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a PDF document, not a CSV file.</source>
        <translation>Ce fichier est un document PDF, et non un fichier CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+42"/>
        <location line="+187"/>
        <source>This is not a text file (it holds binary data): is it really a CSV file?</source>
        <translation>Ce n’est pas un fichier texte (il contient des données binaires)&#xa0;: s’agit-il vraiment d’un fichier CSV&#xa0;?</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>The file could not be read to the end: %1</source>
        <translation>Le fichier n’a pas pu être lu jusqu’au bout&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The quoted field that starts on line %1 is still open after %2 characters: a quote (&quot;) is probably missing.</source>
        <translation>Le champ entre guillemets qui commence à la ligne %1 est toujours ouvert après %2 caractères&#xa0;: il manque probablement un guillemet (&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The row that starts here is longer than %1 characters: this does not look like a CSV file.</source>
        <translation>La ligne qui commence ici dépasse %1 caractères&#xa0;: ce fichier ne ressemble pas à un fichier CSV.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The quoted field that starts on line %1 is never closed: a quote (&quot;) is missing.</source>
        <translation>Le champ entre guillemets qui commence à la ligne %1 n’est jamais fermé&#xa0;: il manque un guillemet (&quot;).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Some bytes are not valid UTF-8: the file is probably in Windows-1252; read it with that encoding.</source>
        <translation>Certains octets ne sont pas valides en UTF-8&#xa0;: le fichier est probablement encodé en Windows-1252&#xa0;; lisez-le avec cet encodage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some bytes are not valid in the file&apos;s encoding.</source>
        <translation>Certains octets ne sont pas valides dans l’encodage du fichier.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Text follows the closing quote of a field: a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Du texte suit le guillemet fermant d’un champ&#xa0;: un guillemet à l’intérieur d’un champ entre guillemets doit être doublé (&quot;&quot;).</translation>
    </message>
</context>
<context>
    <name>pepin::DashboardPage</name>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="+197"/>
        <location line="+119"/>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>%1 / %2</source>
        <comment>m² occupied / in service</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 / %2 offices</source>
        <translation>%1 / %2 bureaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 / %2 workstations</source>
        <translation>%1 / %2 postes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with an active lease</source>
        <translation>avec une convention en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 free</source>
        <comment>m² of the free offices</comment>
        <translation>%1 libres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by %1 (%2 months)</source>
        <translation>d’ici le %1 (%2 mois)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none within %1 months</source>
        <translation>aucune dans les %1 mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 critical, to act on</source>
        <translation>critiques, à traiter&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none critical yet</source>
        <translation>aucune critique pour l’instant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>excl. VAT; charges %1</source>
        <translation>HT&#xa0;; charges %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free space at reference rent</source>
        <translation>coût au loyer de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applications still waiting</source>
        <translation>candidatures en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rent roll, %1</source>
        <translation>Loyers, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vacancy cost, %1</source>
        <translation>Vacance, %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;As of</source>
        <translation>À la &amp;date du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to today&apos;s figures</source>
        <translation>Revenir aux chiffres du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Occupancy by area</source>
        <translation>Occupation en surface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupancy by office</source>
        <translation>Occupation en bureaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupancy by workstation</source>
        <translation>Occupation en postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenants</source>
        <translation>Entreprises hébergées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free offices</source>
        <translation>Bureaux libres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leases ending</source>
        <translation>Conventions à échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal and policy alerts</source>
        <translation>Alertes réglementaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting list</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the offices free that day</source>
        <translation>Afficher les bureaux libres ce jour-là</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the offices occupied that day</source>
        <translation>Afficher les bureaux occupés ce jour-là</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the tenants of that day</source>
        <translation>Afficher les entreprises hébergées ce jour-là</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the leases active that day</source>
        <translation>Afficher les conventions en cours ce jour-là</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the waiting list</source>
        <translation>Afficher la liste d’attente</translation>
    </message>
</context>
<context>
    <name>pepin::Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+289"/>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is empty: it is not a Pépin database yet.</source>
        <translation>%1 est vide&#xa0;: ce n’est pas encore une base de données Pépin.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="-126"/>
        <source>%1 was written by a newer version of Pépin (schema %2; this version reads up to %3); it was left untouched. Install a newer Pépin to open it.</source>
        <translation>%1 a été enregistré par une version plus récente de Pépin (schéma %2&#xa0;; cette version lit jusqu’au schéma %3)&#xa0;; le fichier a été laissé intact. Installez une version plus récente de Pépin pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was written by an older version of Pépin and must be updated before this version can read it, which cannot be done read-only; it was left untouched.</source>
        <translation>%1 a été enregistré par une version plus ancienne de Pépin et doit être mis à jour pour que cette version puisse le lire, ce qui est impossible en lecture seule&#xa0;; le fichier a été laissé intact.</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>the file %1 is read-only</source>
        <translation>le fichier %1 est en lecture seule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its folder %1 is read-only, and every change is first written to a journal beside the database</source>
        <translation>son dossier %1 est en lecture seule, alors que toute modification s’écrit d’abord dans un journal placé à côté de la base</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>it was opened for reading only</source>
        <translation>elle a été ouverte en lecture seule</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>%1 cannot be made a Pépin database: %2.</source>
        <translation>Impossible de faire de %1 une base de données Pépin&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was written by an older version of Pépin and must be updated, but it cannot be written to (%2); it was left untouched.</source>
        <translation>%1 a été enregistré par une version plus ancienne de Pépin et doit être mis à jour, mais il ne peut pas être modifié (%2)&#xa0;; le fichier a été laissé intact.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="-313"/>
        <location line="+318"/>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+264"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>Impossible de copier %1 vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>%1 already holds a Pépin database; it was left as it is.</source>
        <translation>%1 contient déjà une base Pépin&#xa0;; elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>%1 holds no Pépin database yet.</source>
        <translation>%1 ne contient pas encore de base Pépin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds the tables of another program, not a Pépin database; it was left untouched.</source>
        <translation>%1 contient les tables d’un autre programme, pas une base Pépin&#xa0;; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read (%2); it was left untouched.</source>
        <translation>%1 ne peut pas être lue (%2)&#xa0;; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>The database needs updating, but it could not be backed up first, so it was left as it was: %1</source>
        <translation>La base de données doit être mise à jour, mais elle n’a pas pu être sauvegardée au préalable&#xa0;; elle a donc été laissée telle quelle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>it may be damaged: %1</source>
        <translation>elle est peut-être endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The server of %1 does not let %2 read its records (the table %3, among others): ask its administrator for the staff&apos;s role (%4) or the managers&apos; (%5).</source>
        <translation>Le serveur de %1 ne permet pas à %2 de lire ses fiches (la table %3, entre autres)&#xa0;: demandez à son administrateur le rôle du personnel (%4) ou celui des gestionnaires (%5).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was written by an older version of Pépin and must be updated, which only the owner of its tables (%2) may do; it was left untouched. Ask them to open it once with this version.</source>
        <translation>%1 a été écrite par une version plus ancienne de Pépin et doit être mise à jour, ce que seul le propriétaire de ses tables (%2) peut faire&#xa0;; elle n’a pas été modifiée. Demandez-lui de l’ouvrir une fois avec cette version.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This installation of Pépin cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver (QPSQL, in Debian&apos;s package libqt6sql6-psql) is missing.</source>
        <translation>Cette installation de Pépin ne peut pas joindre de serveur PostgreSQL&#xa0;: le pilote PostgreSQL de Qt (QPSQL, paquet Debian libqt6sql6-psql) est absent.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server of %1 wants a password, and none was found in ~/.pgpass (%2).</source>
        <translation>Le serveur de %1 demande un mot de passe, et aucun n’a été trouvé dans ~/.pgpass (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server of %1 refused the password given (%2).</source>
        <translation>Le serveur de %1 a refusé le mot de passe donné (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Connexion impossible à %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot follow the changes others make to %1: %2</source>
        <translation>Impossible de suivre les modifications que d’autres apportent à %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Updating the database from schema %1 to %2 failed, and it was left as it was: %3</source>
        <translation>La mise à jour de la base du schéma %1 au schéma %2 a échoué&#xa0;; la base est restée telle quelle&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updating the database from schema %1 to %2 failed, and it was left as it was (a copy is in %3): %4</source>
        <translation>La mise à jour de la base de données du schéma %1 au schéma %2 a échoué&#xa0;; la base a été laissée telle quelle (une copie se trouve dans %3)&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The schema step %1 is missing from this build.</source>
        <translation>Cette version de Pépin ne contient pas l’étape de schéma %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The change history cannot be edited.</source>
        <translation>L’historique des modifications n’est pas modifiable.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The database cannot tell whether it changed.</source>
        <translation>La base de données ne peut pas indiquer si elle a changé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database did not say whether it changed.</source>
        <translation>La base de données n’a pas indiqué si elle avait changé.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The disk that holds %1 is full: the change was not saved, and the database is as it was before it. Free some space on the disk, then try again.</source>
        <translation>Le disque qui contient %1 est plein&#xa0;: la modification n’a pas été enregistrée, et la base de données est restée telle qu’elle était avant. Libérez de la place sur le disque, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is open for reading only: the change was not saved.</source>
        <translation>%1 est ouverte en lecture seule&#xa0;: la modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 can no longer be written to (the file, its folder or its disk was made read-only): the change was not saved.</source>
        <translation>%1 n’est plus accessible en écriture (le fichier, son dossier ou son disque est passé en lecture seule)&#xa0;: la modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is busy: another program has been writing to it for more than %2 seconds. Nothing was changed; try again in a moment.</source>
        <translation>%1 est occupé&#xa0;: un autre programme y écrit depuis plus de %2 secondes. Rien n’a été modifié&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk that holds %1 could not be read or written (%2): the change was not saved.</source>
        <translation>Le disque qui contient %1 n’a pas pu être lu ou écrit (%2)&#xa0;: la modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 was lost (%2): the change was not saved. Check the network, then open the database again.</source>
        <translation>La connexion à %1 a été perdue (%2)&#xa0;: la modification n’a pas été enregistrée. Vérifiez le réseau, puis rouvrez la base.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server of %1 does not let this user do that (%2): nothing was changed. Ask its administrator for the right role.</source>
        <translation>Le serveur de %1 n’autorise pas cet utilisateur à le faire (%2)&#xa0;: rien n’a été modifié. Demandez le rôle qu’il faut à son administrateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database error in %1: %2</source>
        <translation>Erreur de base de données dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-878"/>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <location line="+868"/>
        <source>The database file %1 was moved or deleted while it was open: the change was not saved. If it was moved, put it back where it was and open it again (its latest changes wait there, beside it); otherwise, restore a backup.</source>
        <translation>Le fichier de base de données %1 a été déplacé ou supprimé pendant qu’il était ouvert&#xa0;: la modification n’a pas été enregistrée. S’il a été déplacé, remettez-le à son emplacement d’origine et rouvrez-le (ses dernières modifications l’y attendent, à côté de lui)&#xa0;; sinon, restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing can be changed: %1 is open read-only (%2).</source>
        <translation>Aucune modification n’est possible&#xa0;: la base %1 est ouverte en lecture seule (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is on a server, which keeps its own backups: ask its administrator to back it up or to restore it (pg_dump, pg_restore).</source>
        <translation>%1 est sur un serveur, qui fait ses propres sauvegardes&#xa0;: demandez à son administrateur de la sauvegarder ou de la restaurer (pg_dump, pg_restore).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 does not hold the tables of this version&apos;s databases.</source>
        <translation>%1 ne contient pas les tables des bases de données de cette version.</translation>
    </message>
    <message>
        <location line="+87"/>
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
    <name>pepin::DateField</name>
    <message>
        <location filename="../ui/widgets/DateField.cpp" line="+54"/>
        <source>No date</source>
        <translation>Aucune date</translation>
    </message>
</context>
<context>
    <name>pepin::DatedValueTable</name>
    <message>
        <location filename="../ui/widgets/DatedValueTable.cpp" line="+17"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>pepin::DemoData</name>
    <message>
        <location filename="../core/demo/DemoData.cpp" line="+121"/>
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
    <name>pepin::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/ExportDialog.cpp" line="+56"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+66"/>
        <location line="+145"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Tenant list</source>
        <translation>Liste des entreprises hébergées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leases</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupancy by month</source>
        <translation>Occupation par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector mix</source>
        <translation>Répartition par secteur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Excel (France)</source>
        <translation>Excel (France)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>to</source>
        <comment>a period: from a date to another</comment>
        <translation>au</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export:</source>
        <translation>&amp;Exporter&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The current table as shown (%1)</source>
        <translation>La vue actuelle, telle qu’affichée (%1)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>; separator, BOM, decimal commas, DD/MM/YYYY, rates as 87,5%, French headers</source>
        <translation>séparateur&#xa0;;, BOM, virgule décimale, dates JJ/MM/AAAA, taux en pourcentage, en-têtes en français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, separator, ISO dates, rates as fractions (0.875), English headers</source>
        <translation>séparateur virgule, dates ISO, taux en fraction (0.875), en-têtes en anglais</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tenants</source>
        <comment>the name of an exported tenant list&apos;s file</comment>
        <translation>entreprises-hebergees</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>companies</source>
        <comment>the name of an exported file</comment>
        <translation>entreprises</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offices</source>
        <comment>the name of an exported file</comment>
        <translation>bureaux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leases</source>
        <comment>the name of an exported file</comment>
        <translation>conventions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>occupancy</source>
        <comment>the name of an exported file</comment>
        <translation>occupation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sectors</source>
        <comment>the name of an exported file</comment>
        <translation>secteurs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the file to export to.</source>
        <translation>Choisissez le fichier dans lequel exporter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+53"/>
        <source>Nothing was exported.</source>
        <translation>Rien n’a été exporté.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>The table to export is no longer shown.</source>
        <translation>La vue à exporter n’est plus affichée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n ligne écrite dans %1.</numerusform>
            <numerusform>%n lignes écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pepin::Exporter</name>
    <message>
        <location filename="../core/csv/Exporter.cpp" line="+402"/>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export could not be written: %1</source>
        <translation>Impossible d’écrire l’export&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pepin::FloorMapView</name>
    <message>
        <location filename="../ui/widgets/FloorMapView.cpp" line="+29"/>
        <source>1 occupied</source>
        <translation>1 occupé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 occupied</source>
        <translation>%1 occupés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 ending soon</source>
        <translation>1 à échéance proche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ending soon</source>
        <translation>%1 à échéance proche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 free</source>
        <translation>1 libre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 out of service</source>
        <translation>1 hors service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 out of service</source>
        <translation>%1 hors service</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>No floor given</source>
        <translation>Étage non renseigné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Floor %1</source>
        <translation>Étage %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · %1, %2</source>
        <translation> · %1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 office</source>
        <translation>1 bureau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 offices</source>
        <translation>%1 bureaux</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+64"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-54"/>
        <source>No office to show.</source>
        <translation>Aucun bureau à afficher.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1, %2 workstations</source>
        <translation>%1, %2 postes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/%2 workstations let</source>
        <translation>%1/%2 postes loués</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>let from %1</source>
        <translation>loué à partir du %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>available from %1</source>
        <translation>disponible à partir du %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of service</source>
        <translation>hors service</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>1 workstation</source>
        <translation>1 poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 workstations</source>
        <translation>%1 postes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2</source>
        <translation>%1 (au %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, until %2</source>
        <translation>%1, jusqu’au %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, open-ended</source>
        <translation>%1, durée indéterminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (1 workstation)</source>
        <translation>%1 (1 poste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 workstations)</source>
        <translation>%1 (%2 postes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next lease from %1</source>
        <translation>Prochaine convention à partir du %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No lease to come</source>
        <translation>Aucune convention à venir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right click to assign it</source>
        <translation>Clic droit pour l’attribuer</translation>
    </message>
</context>
<context>
    <name>pepin::FloorPlan</name>
    <message>
        <location filename="../core/figures/FloorPlan.cpp" line="+44"/>
        <source>Occupied</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ending soon</source>
        <translation>Fin prochaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of service</source>
        <translation>Hors service</translation>
    </message>
</context>
<context>
    <name>pepin::FormerTenantsDialog</name>
    <message>
        <location filename="../ui/dialogs/FormerTenantsDialog.cpp" line="+31"/>
        <source>less than a year</source>
        <translation>moins d’un an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This database is read-only: %1. Nothing can be erased from it.</source>
        <translation>Cette base de données est en lecture seule&#xa0;: %1. Rien ne peut y être effacé.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was erased.</source>
        <translation>Rien n’a été effacé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The personal data of %1 was erased.</source>
        <translation>Les données personnelles de %1 ont été effacées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The personal data of %1 companies was erased.</source>
        <translation>Les données personnelles de %1 entreprises ont été effacées.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Personal data of former tenants</source>
        <translation>Données personnelles des anciens occupants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The companies that left the incubator longer ago than personal data is kept, and about which some is still held: the contact, email, phone and notes. Erasing it keeps their figures.</source>
        <translation>Les entreprises sorties de la pépinière depuis plus longtemps que la durée de conservation des données personnelles, et dont certaines de ces données sont encore conservées&#xa0;: contact, courriel, téléphone et notes. L’effacement conserve leurs chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incubator keeps personal data until a company leaves.</source>
        <translation>La pépinière conserve les données personnelles jusqu’à la sortie de l’entreprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incubator keeps personal data 1 year after a company leaves.</source>
        <translation>La pépinière conserve les données personnelles 1 an après la sortie d’une entreprise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incubator keeps personal data %1 years after a company leaves.</source>
        <translation>La pépinière conserve les données personnelles %1 ans après la sortie d’une entreprise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit ▸ Preferences, where the incubator&apos;s policy is set for everyone who opens this database</source>
        <translation>Édition ▸ Préférences, où la pépinière fixe sa durée de conservation pour tous ceux qui ouvrent cette base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No former tenant&apos;s personal data is due for erasure.</source>
        <translation>Aucune donnée personnelle d’ancien occupant n’est à effacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left on</source>
        <translation>Sortie le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gone for</source>
        <translation>Sortie depuis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Erase…</source>
        <translation>&amp;Effacer…</translation>
    </message>
</context>
<context>
    <name>pepin::GuiMain</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+42"/>
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
        <source>Save a picture of each page, 1280×800, and of the editors into FOLDER as &lt;page&gt;-&lt;language&gt;.png, then quit.</source>
        <translation>Enregistrer une capture de chaque page, en 1280×800, et des fenêtres de saisie dans DOSSIER, sous le nom &lt;page&gt;-&lt;langue&gt;.png, puis quitter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FOLDER</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a dark palette; with --screenshots, the pictures are named &lt;page&gt;-&lt;language&gt;-dark.png.</source>
        <translation>Utiliser une palette sombre&#xa0;; avec --screenshots, les captures sont nommées &lt;page&gt;-&lt;langue&gt;-dark.png.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pépin manages a business incubator: its companies and its offices.</source>
        <translation>Pépin gère une pépinière d’entreprises&#xa0;: ses entreprises et ses bureaux.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The database cannot be opened.</source>
        <translation>La base de données ne peut pas être ouverte.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>--lang takes fr or en, not “%1”.</source>
        <translation>--lang accepte fr ou en, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
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
    <name>pepin::GuideWindow</name>
    <message>
        <location filename="../ui/dialogs/GuideWindow.cpp" line="+184"/>
        <source>Pépin user guide</source>
        <translation>Guide de l’utilisateur de Pépin</translation>
    </message>
</context>
<context>
    <name>pepin::HistoryModel</name>
    <message>
        <location filename="../ui/models/HistoryModel.cpp" line="+64"/>
        <source>With %1</source>
        <comment>the program a change was made with: pepin or pepin-cli</comment>
        <translation>Avec %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record type</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
</context>
<context>
    <name>pepin::HistoryWindow</name>
    <message>
        <location filename="../ui/dialogs/HistoryWindow.cpp" line="+93"/>
        <location line="+370"/>
        <source>the start</source>
        <translation>l’origine</translation>
    </message>
    <message>
        <location line="-369"/>
        <location line="+371"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Choose a change to see what it did.</source>
        <translation>Choisissez une modification pour en voir le détail.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2</source>
        <comment>a record in the history: its kind, its name (Company Praxys)</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <comment>the change: the record</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By %1 with %2, on %3 at %4</source>
        <comment>the user, the program, the day, the time</comment>
        <translation>Par %1 avec %2, le %3 à %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No field was recorded with this change.</source>
        <translation>Aucun champ n’a été enregistré pour cette modification.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The history could not be read: %1</source>
        <translation>L’historique n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 newest changes are shown; narrow the filters to see older ones. The export writes them all.</source>
        <translation>Seules les %1 modifications les plus récentes sont affichées&#xa0;; affinez les filtres pour voir les plus anciennes. L’export les inclut toutes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No change matches these filters.</source>
        <translation>Aucune modification ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 change</source>
        <translation>1 modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changes</source>
        <translation>%1 modifications</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>change-history</source>
        <comment>the name of an exported file</comment>
        <translation>historique-des-modifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Export the change history</source>
        <translation>Exporter l’historique des modifications</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was exported.</source>
        <translation>Rien n’a été exporté.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 change written to %1.</source>
        <translation>1 modification enregistrée dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changes written to %2.</source>
        <translation>%1 modifications enregistrées dans %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change history — %1</source>
        <translation>Historique des modifications — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All records</source>
        <translation>Toutes les fiches</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kind of record changed</source>
        <translation>Type de fiche modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account on the computer that made the change</source>
        <translation>Compte de l’ordinateur sous lequel la modification a été faite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;to:</source>
        <comment>a period: from a day to another</comment>
        <translation>&amp;au&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search records by name…</source>
        <translation>Rechercher des fiches par nom…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;all records</source>
        <translation>Afficher &amp;toutes les fiches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the changes to %1 (%2).</source>
        <comment>a record&apos;s name, its kind</comment>
        <translation>Seules les modifications de la fiche %1 (%2) sont affichées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel (France)</source>
        <translation>Excel (France)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel (France): ; separator, French headers and dates. Standard: , separator, English column names, ISO dates</source>
        <translation>Excel (France)&#xa0;: séparateur point-virgule, en-têtes et dates en français. Standard&#xa0;: séparateur virgule, noms de colonnes en anglais, dates ISO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change the filters keep, one row per field changed, to a CSV file</source>
        <translation>Toutes les modifications retenues par les filtres, une ligne par champ modifié, dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>pepin::IdentityGroup</name>
    <message>
        <location filename="../ui/dialogs/IdentityGroup.cpp" line="+118"/>
        <source>%1 is larger than 2 MB: choose a smaller picture of the logo.</source>
        <translation>%1 dépasse 2 Mo&#xa0;: choisissez une image du logo moins lourde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a picture Pépin can read: choose a PNG, JPEG or SVG file.</source>
        <translation>%1 n’est pas une image que Pépin sait lire&#xa0;: choisissez un fichier PNG, JPEG ou SVG.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the incubator&apos;s logo</source>
        <translation>Choisir le logo de la pépinière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The incubator</source>
        <translation>La pépinière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ateliers numériques de Valenciennes</source>
        <translation>Ateliers numériques de Valenciennes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the cover and at the top of every page of the occupancy report. Saved in the database, for everyone who opens it. Without a name, the report takes the site&apos;s.</source>
        <translation>Sur la couverture et en haut de chaque page du rapport d’occupation. Enregistrés dans la base de données, pour tous ceux qui l’ouvrent. Sans nom, le rapport prend celui du site.</translation>
    </message>
</context>
<context>
    <name>pepin::ImportCommand</name>
    <message>
        <location filename="../ui/commands/ImportCommand.cpp" line="+53"/>
        <source>The import was written but cannot be undone: %1</source>
        <translation>L’import a été enregistré, mais il ne pourra pas être annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import 1 office</source>
        <translation>l’import d’un bureau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import %1 offices</source>
        <translation>l’import de %1 bureaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import 1 company</source>
        <translation>l’import d’une entreprise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import %1 companies</source>
        <translation>l’import de %1 entreprises</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import 1 lease</source>
        <translation>l’import d’une convention</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import %1 leases</source>
        <translation>l’import de %1 conventions</translation>
    </message>
</context>
<context>
    <name>pepin::ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="+79"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;kip invalid rows: import the valid ones and list the others</source>
        <translation>I&amp;gnorer les lignes non valides&#xa0;: importer les lignes valides et lister les autres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leases</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How the file&apos;s characters are written. Excel saves “CSV UTF-8” with a BOM, and plain “CSV” in Windows-1252 on a French Windows. Accents that look wrong mean another encoding.</source>
        <translation>La façon dont les caractères du fichier sont codés. Excel enregistre le «&#xa0;CSV UTF-8&#xa0;» avec un BOM, et le «&#xa0;CSV (séparateur&#xa0;: point-virgule)&#xa0;» en Windows-1252 sur un Windows français. Des accents mal affichés signalent un autre encodage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSV file to import</source>
        <translation>Le fichier CSV à importer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Contents:</source>
        <translation>&amp;Contenu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;ncoding:</source>
        <translation>E&amp;ncodage&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preview and columns</source>
        <translation>Aperçu et colonnes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the whole file as the import would, and lists every problem; writes nothing.</source>
        <translation>Lit tout le fichier comme le ferait l’import et liste tous les problèmes&#xa0;; n’enregistre rien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Import from</source>
        <translation>Importer depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (detected)</source>
        <comment>an encoding or a delimiter found in the file</comment>
        <translation>%1 (d’après le fichier)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Semicolon ;</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma ,</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1”</source>
        <comment>a delimiter shown as itself</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Header on line %1; the first %2 rows are shown.</source>
        <translation>En-tête à la ligne %1&#xa0;; les %2 premières lignes sont affichées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header on line %1; rows in the file: %2.</source>
        <translation>En-tête à la ligne %1&#xa0;; lignes dans le fichier&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is empty: it needs a header row naming the columns, then one row per record.</source>
        <translation>Le fichier est vide&#xa0;: il doit comporter une ligne d’en-tête qui nomme les colonnes, puis une ligne par fiche.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This row has %1 fields where the header has %2 columns.</source>
        <translation>Cette ligne compte %1 champs alors que l’en-tête compte %2 colonnes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The field this column of the file goes to; the rows below are the file&apos;s first rows, numbered by their line in the file.</source>
        <translation>Le champ que renseigne cette colonne du fichier&#xa0;; en dessous, les premières lignes du fichier, numérotées selon leur ligne dans le fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(ignored)</source>
        <translation>(ignorée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 *</source>
        <comment>a required field</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>* required field.</source>
        <translation>* champ obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No column goes to: %1.</source>
        <translation>Aucune colonne ne renseigne&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose the file to import.</source>
        <translation>Choisissez le fichier à importer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check lists every problem of the file, line by line, without writing anything.</source>
        <translation>«&#xa0;Vérifier&#xa0;» liste tous les problèmes du fichier, ligne par ligne, sans rien enregistrer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New: %1 · Updated: %2 · Unchanged: %3 · Skipped: %4</source>
        <translation>Créées&#xa0;: %1 · Mises à jour&#xa0;: %2 · Inchangées&#xa0;: %3 · Ignorées&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file cannot be imported as it is: see below.</source>
        <translation>Ce fichier ne peut pas être importé en l’état&#xa0;: voir ci-dessous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported: this file cannot be imported as it is (see below).</source>
        <translation>Rien n’a été importé&#xa0;: ce fichier ne peut pas être importé en l’état (voir ci-dessous).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows with errors: %1. As it is, nothing would be imported.</source>
        <translation>Lignes en erreur&#xa0;: %1. En l’état, rien ne serait importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows with errors: %1. Nothing was imported.</source>
        <translation>Lignes en erreur&#xa0;: %1. Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the file, or tick “Skip invalid rows” to import the others.</source>
        <translation>Corrigez le fichier, ou cochez «&#xa0;Ignorer les lignes non valides&#xa0;» pour importer les autres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to import. %1</source>
        <translation>Prêt à importer. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported. %1</source>
        <translation>Import terminé. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New sites: %1</source>
        <translation>Nouveaux sites&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New sectors: %1</source>
        <translation>Nouveaux secteurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit › Undo takes the whole import back.</source>
        <translation>Édition ▸ Annuler revient sur l’ensemble de l’import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to change: the database already holds every row of the file. %1</source>
        <translation>Rien à modifier&#xa0;: la base de données contient déjà toutes les lignes du fichier. %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pepin::Importer</name>
    <message>
        <location filename="../core/csv/Importer.cpp" line="+248"/>
        <source>&apos;%1&apos; is not a date: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A number is needed.</source>
        <translation>Indiquez un nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a number (write 24.5, 24,5 or 1 234,5).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre (écrivez 24,5 ou 24.5 ou 1 234,5).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not an amount in euros (write 1234.56 or 1 234,56).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant en euros (écrivez 1 234,56 ou 1234.56).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A whole number is needed.</source>
        <translation>Indiquez un nombre entier.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&apos;%1&apos; is not a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is neither yes nor no (write true or false, oui or non).</source>
        <translation>«&#xa0;%1&#xa0;» ne vaut ni oui ni non (écrivez oui ou non, true ou false).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not understood: write DATE=VALUE, several separated by |, such as %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas compris&#xa0;: écrivez DATE=VALEUR, en séparant plusieurs entrées par des |, par exemple %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The file is empty: it needs a header row naming the columns, then one row per record.</source>
        <translation>Le fichier est vide&#xa0;: il doit comporter une ligne d’en-tête qui nomme les colonnes, puis une ligne par fiche.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This column is not known: it is ignored.</source>
        <translation>Cette colonne est inconnue&#xa0;: elle est ignorée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a column of the %2 import.</source>
        <translation>%1 n’est pas une colonne de l’import %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The columns &apos;%1&apos; and &apos;%2&apos; both give %3: keep one of them.</source>
        <translation>Les colonnes «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» indiquent toutes deux %3&#xa0;: n’en gardez qu’une.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This column is required and the file does not have it.</source>
        <translation>Cette colonne est obligatoire et le fichier ne la contient pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its header may also be written: %1.</source>
        <translation>Son en-tête peut aussi s’écrire&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The import was cancelled: nothing was written.</source>
        <translation>L’import a été annulé&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has more than %1 rows: import at most %1 rows at once (split the file).</source>
        <translation>Le fichier compte plus de %1 lignes&#xa0;: importez au plus %1 lignes à la fois (découpez le fichier).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This row has %1 fields where the header has %2 columns: a delimiter is missing or in excess, or a quote is not closed.</source>
        <translation>Cette ligne compte %1 champs alors que l’en-tête compte %2 colonnes&#xa0;: il manque un séparateur ou il y en a un de trop, ou un guillemet n’est pas fermé.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file has a header but no rows to import.</source>
        <translation>Le fichier a un en-tête, mais aucune ligne à importer.</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+10"/>
        <source>A record just written cannot be read back.</source>
        <translation>Impossible de relire une fiche qui vient d’être enregistrée.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+366"/>
        <source>The site is needed.</source>
        <translation>Indiquez le site.</translation>
    </message>
    <message>
        <location line="-364"/>
        <location line="+368"/>
        <source>The office&apos;s code is needed.</source>
        <translation>Indiquez le code du bureau.</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>The office %1 of %2 is already on line %3.</source>
        <translation>Le bureau %1 du site %2 figure déjà à la ligne %3.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>A lease of %1 (%2, from %3) would no longer be valid: %4</source>
        <translation>Une convention du bureau %1 (%2, à compter du %3) ne serait plus valide&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no site named &apos;%1&apos;: the import creates it, with the default settings.</source>
        <translation>Aucun site ne s’appelle «&#xa0;%1&#xa0;»&#xa0;: l’import le crée, avec les réglages par défaut.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The company&apos;s name is needed.</source>
        <translation>Indiquez le nom de l’entreprise.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The company %1 is already on line %2.</source>
        <translation>L’entreprise %1 figure déjà à la ligne %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SIRET %1 is already on line %2.</source>
        <translation>Le SIRET %1 figure déjà à la ligne %2.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The headcount %1 is not in the history of the headcounts column: change the history, or empty it to record %1 as of %2.</source>
        <translation>L’effectif %1 ne figure pas dans l’historique de la colonne headcounts&#xa0;: modifiez cet historique, ou videz-le pour enregistrer un effectif de %1 au %2.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is already a company named %1.</source>
        <translation>Il existe déjà une entreprise nommée %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SIRET %1 is already the one of %2.</source>
        <translation>Le SIRET %1 est déjà celui de l’entreprise %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no sector named &apos;%1&apos;: the import creates it.</source>
        <translation>Aucun secteur ne s’appelle «&#xa0;%1&#xa0;»&#xa0;: l’import le crée.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The company (its name or SIRET) is needed.</source>
        <translation>Indiquez l’entreprise (son nom ou son SIRET).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no company named &apos;%1&apos; or with that SIRET: import the companies first.</source>
        <translation>Aucune entreprise ne porte le nom ou le SIRET «&#xa0;%1&#xa0;»&#xa0;: importez d’abord les entreprises.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no site named &apos;%1&apos;.</source>
        <translation>Aucun site ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no office &apos;%2&apos;.</source>
        <translation>Le site %1 n’a pas de bureau «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The start date is needed.</source>
        <translation>Indiquez la date de début.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The lease of %1 in %2 from %3 is already on line %4.</source>
        <translation>La convention de l’entreprise %1 pour le bureau %2 à compter du %3 figure déjà à la ligne %4.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The monthly rent %1 is none of the rent steps: change the steps, or empty them to let this one rent apply from the start.</source>
        <translation>Le loyer mensuel %1 ne correspond à aucun des paliers de loyer&#xa0;: modifiez les paliers, ou videz-les pour que ce seul loyer s’applique dès le début.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The file cannot be opened: %1.</source>
        <translation>Impossible d’ouvrir le fichier&#xa0;: %1.</translation>
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
    <name>pepin::LeaseChangeDialog</name>
    <message>
        <location filename="../ui/dialogs/LeaseChangeDialog.cpp" line="+132"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose an office</source>
        <translation>Choisissez un bureau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>shared, %1 workstations</source>
        <translation>partagé, %1 postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, 1 workstation</source>
        <translation>%1, 1 poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 workstations</source>
        <translation>%1, %2 postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2 (%3)</source>
        <comment>an office to move to: site – code (space)</comment>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Continue the site&apos;s progressive schedule</source>
        <translation>Poursuivre le loyer progressif du site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the rent in force</source>
        <translation>Garder le loyer en vigueur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New lease&apos;s type</source>
        <translation>Type de la nouvelle convention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New end</source>
        <translation>Nouvelle fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves in on</source>
        <translation>Emménagement le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the office</source>
        <translation>Bureau d’arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area needed</source>
        <translation>Surface nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstations needed</source>
        <translation>Postes nécessaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice</source>
        <translation>Préavis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rent</source>
        <translation>Loyer</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Renew the lease of %1 in %2</source>
        <translation>Renouveler la convention de %1 dans le bureau %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend the lease of %1 in %2</source>
        <translation>Prolonger la convention de %1 dans le bureau %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move %1 out of %2 to another office</source>
        <translation>Déménager %1 du bureau %2 dans un autre bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the lease of %1 in %2 early</source>
        <translation>Mettre fin par anticipation à la convention de %1 dans le bureau %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 du %2 au %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from %2, with no end date</source>
        <translation>%1 à partir du %2, sans date de fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended early on %1</source>
        <translation>fin anticipée le %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 a month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no notice period</source>
        <translation>sans préavis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 month&apos;s notice</source>
        <translation>1 mois de préavis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 months&apos; notice</source>
        <translation>%1 mois de préavis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lease has no notice period.</source>
        <translation>La convention ne prévoit pas de préavis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: notice had to be given by %2, already past.</source>
        <translation>%1&#xa0;: le congé devait être donné au plus tard le %2, date déjà passée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: notice to be given by %2.</source>
        <translation>%1&#xa0;: congé à donner au plus tard le %2.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>This change cannot be saved: put right what is marked.</source>
        <translation>Cette modification ne peut pas être enregistrée&#xa0;: corrigez ce qui est signalé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was asked</source>
        <translation>Ce qui a été demandé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What will be written</source>
        <translation>Ce qui sera enregistré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To know before saving</source>
        <translation>À savoir avant d’enregistrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: the change breaks no legal or policy limit as the leases stand.</source>
        <translation>Aucune&#xa0;: en l’état des conventions, cette modification ne dépasse aucune limite légale ni aucune règle de la pépinière.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>already on %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alerts this change would trigger</source>
        <translation>Les alertes qu’entraînerait cette modification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alerts this change puts an end to</source>
        <translation>Les alertes que cette modification ferait disparaître</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is nothing to save.</source>
        <translation>Il n’y a rien à enregistrer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Renew lease %1</source>
        <translation>le renouvellement de la convention %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend lease %1</source>
        <translation>la prolongation de la convention %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move lease %1 to %2</source>
        <translation>le déménagement de %1 vers le bureau %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End lease %1 early</source>
        <translation>la fin anticipée de la convention %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing was saved: %1</source>
        <translation>Rien n’a été enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pepin::LeaseChanges</name>
    <message>
        <location filename="../core/service/LeaseChanges.cpp" line="+31"/>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>%1 a month from %2</source>
        <translation>%1 par mois à partir du %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>There is no lease with id %1.</source>
        <translation>Aucune convention ne porte le n°&#xa0;%1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The office of this lease is missing.</source>
        <translation>Le bureau de cette convention est introuvable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This lease is cancelled: it no longer counts and cannot be renewed, extended, moved or ended. Edit it to count it again.</source>
        <translation>Cette convention est annulée&#xa0;: elle n’entre plus dans aucun calcul et ne peut être ni renouvelée, ni prolongée, ni transférée dans un autre bureau, ni terminée. Modifiez-la pour qu’elle compte de nouveau.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Choose the office.</source>
        <translation>Choisissez le bureau.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This lease has no end date: there is nothing to renew. To end it, use End early.</source>
        <translation>Cette convention n’a pas de date de fin&#xa0;: il n’y a rien à renouveler. Pour y mettre fin, utilisez «&#xa0;Mettre fin par anticipation&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renew for 1 to %1 months.</source>
        <translation>Renouvelez pour une durée de 1 à %1 mois.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New %1 for %2 in %3 from %4 to %5 (%6).</source>
        <translation>Nouvelle convention de type %1 pour %2 dans le bureau %3, du %4 au %5 (%6).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This lease has no end date: it runs on already. To end it, use End early.</source>
        <translation>Cette convention n’a pas de date de fin&#xa0;: elle se poursuit déjà sans limite. Pour y mettre fin, utilisez «&#xa0;Mettre fin par anticipation&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the new end date.</source>
        <translation>Choisissez la nouvelle date de fin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lease already runs to %1: choose a later end date (to end it sooner, use End early).</source>
        <translation>La convention court déjà jusqu’au %1&#xa0;: choisissez une date de fin plus tardive (pour y mettre fin plus tôt, utilisez «&#xa0;Mettre fin par anticipation&#xa0;»).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The lease of %1 in %2 runs to %3: its early end on %4 is withdrawn.</source>
        <translation>La convention de %1 dans le bureau %2 court jusqu’au %3&#xa0;: sa fin anticipée du %4 est retirée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lease of %1 in %2 runs to %3 instead of %4.</source>
        <translation>La convention de %1 dans le bureau %2 court jusqu’au %3 au lieu du %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rent, continuing the site&apos;s progressive schedule: %1.</source>
        <translation>Loyer, en poursuivant le loyer progressif du site&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rent stays at %1 a month.</source>
        <translation>Le loyer reste de %1 par mois.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the day the company moves in to the other office.</source>
        <translation>Choisissez le jour où l’entreprise emménage dans l’autre bureau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lease starts on %1: the move comes after that day. To put the whole lease in another office, edit the lease.</source>
        <translation>La convention commence le %1&#xa0;: le déménagement doit avoir lieu après ce jour. Pour placer toute la convention dans un autre bureau, modifiez la convention.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lease ends on %1: the move must be by then.</source>
        <translation>La convention se termine le %1&#xa0;: le déménagement doit avoir lieu au plus tard ce jour-là.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the office the company moves to.</source>
        <translation>Choisissez le bureau où l’entreprise emménage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The company is in %1 already: choose another office.</source>
        <translation>L’entreprise occupe déjà le bureau %1&#xa0;: choisissez un autre bureau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is archived: choose an office in use.</source>
        <translation>Le bureau %1 est archivé&#xa0;: choisissez un bureau en service.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The area needed cannot be negative.</source>
        <translation>La surface nécessaire ne peut pas être négative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of workstations needed cannot be negative.</source>
        <translation>Le nombre de postes nécessaires ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a shared space let by workstation: say how many workstations the company needs.</source>
        <translation>%1 est un espace partagé loué au poste de travail&#xa0;: indiquez le nombre de postes nécessaires à l’entreprise.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+5"/>
        <source>1 workstation</source>
        <translation>1 poste</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>%1 workstations</source>
        <translation>%1 postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gives %2, less than the %3 needed: choose a larger office, or lower the need.</source>
        <translation>Le bureau %1 offre %2, moins que les %3 nécessaires&#xa0;: choisissez un bureau plus grand, ou réduisez le besoin.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Ask for fewer workstations, or choose another office or another day.</source>
        <translation>Demandez moins de postes, ou choisissez un autre bureau ou un autre jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another office, or another day.</source>
        <translation>Choisissez un autre bureau, ou un autre jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+79"/>
        <source>The lease of %1 in %2 ends on %3 instead of %4.</source>
        <translation>La convention de %1 dans le bureau %2 se termine le %3 (fin prévue jusqu’ici&#xa0;: %4).</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>running with no end date</source>
        <translation>aucune, durée indéterminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New %1 for %2 in %3 from %4 to %5, on the same terms.</source>
        <translation>Nouvelle convention de type %1 pour %2 dans le bureau %3, du %4 au %5, aux mêmes conditions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New %1 for %2 in %3 from %4, with no end date, on the same terms.</source>
        <translation>Nouvelle convention de type %1 pour %2 dans le bureau %3, à partir du %4, sans date de fin, aux mêmes conditions.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 also has a lease of %2 from %3: it is not moved. Change it too if the company leaves %2 for good.</source>
        <translation>%1 a aussi une convention pour le bureau %2 à partir du %3&#xa0;: elle n’est pas déplacée. Modifiez-la aussi si l’entreprise quitte définitivement le bureau %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the lease&apos;s last day.</source>
        <translation>Choisissez le dernier jour de la convention.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lease starts on %1: it cannot end before. To call it off, cancel it in the lease&apos;s editor.</source>
        <translation>La convention commence le %1&#xa0;: elle ne peut pas se terminer avant. Pour y renoncer, annulez-la dans sa fiche («&#xa0;Annulée avant sa prise d’effet&#xa0;»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lease&apos;s term is %1: an early end comes before it. To go past the term, use Extend.</source>
        <translation>Le terme de la convention est le %1&#xa0;: une fin anticipée doit le précéder. Pour aller au-delà du terme, utilisez «&#xa0;Prolonger&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lease already ends early on %1: choose another day.</source>
        <translation>La convention a déjà une fin anticipée le %1&#xa0;: choisissez un autre jour.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>With %1 of notice, notice to end on %2 had to be given by %3. Given today, it ends the lease on %4 at the earliest: keep %2 only if notice was given in time or both parties agree.</source>
        <translation>Avec un préavis de %1, le congé pour une fin au %2 devait être donné au plus tard le %3. Donné aujourd’hui, il met fin à la convention le %4 au plus tôt&#xa0;: ne gardez le %2 que si le congé a été donné à temps ou si les deux parties sont d’accord.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With %1 of notice, notice to end on %2 had to be given by %3. Given today, it can no longer end the lease before its term (%4): keep %2 only if notice was given in time or both parties agree.</source>
        <translation>Avec un préavis de %1, le congé pour une fin au %2 devait être donné au plus tard le %3. Donné aujourd’hui, il ne peut plus mettre fin à la convention avant son terme (%4)&#xa0;: ne gardez le %2 que si le congé a été donné à temps ou si les deux parties sont d’accord.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The lease of %1 in %2 ends on %3 (it had no end date).</source>
        <translation>La convention de %1 dans le bureau %2 se termine le %3 (elle n’avait pas de date de fin).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rent step planned after that day is dropped.</source>
        <translation>Le palier de loyer prévu après ce jour est supprimé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 rent steps planned after that day are dropped.</source>
        <translation>Les %1 paliers de loyer prévus après ce jour sont supprimés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lease has no notice period.</source>
        <translation>La convention ne prévoit pas de préavis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice (%1) to be given by %2.</source>
        <translation>Congé à donner au plus tard le %2 (préavis de %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 also has a lease of %2 from %3, which still runs: end it too if the company leaves.</source>
        <translation>%1 a aussi une convention pour le bureau %2 à partir du %3, qui se poursuit&#xa0;: mettez-y fin aussi si l’entreprise s’en va.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 already has a lease of %2 from %3, which follows this one: renew or extend that one instead.</source>
        <translation>%1 a déjà une convention pour le bureau %2 à partir du %3, qui fait suite à celle-ci&#xa0;: renouvelez ou prolongez plutôt celle-là.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no room to renew in this office: move the company to another office.</source>
        <translation>Ce bureau n’est pas libre pour un renouvellement&#xa0;: déménagez l’entreprise dans un autre bureau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no room to extend in this office: move the company to another office.</source>
        <translation>Ce bureau n’est pas libre pour une prolongation&#xa0;: déménagez l’entreprise dans un autre bureau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The office is free only until %1: renew in another office (Move).</source>
        <translation>Le bureau n’est libre que jusqu’au %1&#xa0;: renouvelez dans un autre bureau («&#xa0;Déménager dans un autre bureau&#xa0;»).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew for at most %1 (to %2), or move the company to another office.</source>
        <translation>Renouvelez pour %1 au plus (jusqu’au %2), ou déménagez l’entreprise dans un autre bureau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extend to %1 at the latest, or move the company to another office.</source>
        <translation>Prolongez au plus tard jusqu’au %1, ou déménagez l’entreprise dans un autre bureau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No rent steps.</source>
        <translation>Aucun palier de loyer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rent, continuing the site&apos;s progressive schedule from year %1 of the stay: %2.</source>
        <translation>Loyer, en poursuivant le loyer progressif du site à partir de l’année %1 du séjour&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rent: %1.</source>
        <translation>Loyer&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no reference rent: the rent in force is kept.</source>
        <translation>Le bureau %1 n’a pas de loyer de référence&#xa0;: le loyer en vigueur est conservé.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 Without this change: on %2.</source>
        <translation>%1 Sans cette modification&#xa0;: le %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 This change makes it last longer.</source>
        <translation>%1 Cette modification prolonge cette situation.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend</source>
        <translation>Prolonger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to another office</source>
        <translation>Déménager dans un autre bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End early</source>
        <translation>Mettre fin par anticipation</translation>
    </message>
</context>
<context>
    <name>pepin::LeaseEditor</name>
    <message>
        <location filename="../ui/dialogs/LeaseEditor.cpp" line="+43"/>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly rent excl. VAT</source>
        <translation>Loyer mensuel HT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progressive schedule</source>
        <translation>Appliquer le loyer progressif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled before it took effect (it never counts)</source>
        <translation>Annulée avant sa prise d’effet (n’entre dans aucun calcul)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New lease</source>
        <translation>Nouvelle convention</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lease %1</source>
        <translation>Convention %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a company</source>
        <translation>Choisissez une entreprise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 – %2</source>
        <comment>an office in lists: site – code</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an office</source>
        <translation>Choisissez un bureau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>open-ended</source>
        <translation>durée indéterminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not ended early</source>
        <translation>pas de fin anticipée</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rent</source>
        <translation>Loyer</translation>
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
        <source>Notice, in months</source>
        <translation>Préavis (en mois)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 is a shared space let by workstation; it holds %2 in all.</source>
        <translation>%1 est un espace partagé loué au poste de travail&#xa0;; nombre total de postes&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fills the rent steps with %1 of the reference rent of %2 in the years 1, 2, 3… of the company&apos;s stay.</source>
        <translation>Remplit les paliers de loyer avec %1 du loyer de référence du bureau %2 pour les années 1, 2, 3… du séjour de l’entreprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no reference rent: type the rent steps.</source>
        <translation>Le bureau %1 n’a pas de loyer de référence&#xa0;: saisissez les paliers de loyer.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Line %1: “%2” is not an amount in euros; type it like 850 or 850,50.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un montant en euros&#xa0;; saisissez-le sous la forme 850 ou 850,50.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not an amount in euros; type it like 60 or 60,50.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant en euros&#xa0;; saisissez-le sous la forme 60 ou 60,50.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not an amount in euros; type it like 1700 or 1700,50.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant en euros&#xa0;; saisissez-le sous la forme 1700 ou 1700,50.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the company that signs the lease.</source>
        <translation>Choisissez l’entreprise signataire de la convention.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the office the lease is for.</source>
        <translation>Choisissez le bureau concerné par la convention.</translation>
    </message>
</context>
<context>
    <name>pepin::LeaseTableModel</name>
    <message>
        <location filename="../ui/models/LeaseTableModel.cpp" line="+40"/>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Open-ended</source>
        <translation>Durée indéterminée</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended early on</source>
        <translation>Fin anticipée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly rent</source>
        <translation>Loyer mensuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The day the lease was ended before its term, if it was</source>
        <translation>Date à laquelle la convention a pris fin avant son terme, le cas échéant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workstations the lease occupies: all those of a private office</source>
        <translation>Postes de travail occupés par la convention&#xa0;: tous ceux du bureau s’il est privatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly rent excluding VAT in force today; for a lease not started yet, at its start; for one that is over, at its end</source>
        <translation>Loyer mensuel hors taxes en vigueur aujourd’hui&#xa0;; pour une convention qui n’a pas encore commencé, celui de son début&#xa0;; pour une convention terminée, celui de sa fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the lease stands today: active, upcoming, ended or cancelled</source>
        <translation>Situation de la convention aujourd’hui&#xa0;: en cours, à venir, terminée ou annulée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leases shown: %1 of %2</source>
        <translation>Conventions affichées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leases: %1 · active today: %2</source>
        <translation>Conventions&#xa0;: %1 · en cours aujourd’hui&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 in %2</source>
        <translation>%1, bureau %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cancelled</source>
        <translation>%1&#xa0;: annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: ended on %2</source>
        <translation>%1&#xa0;: terminée le %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: starts on %2</source>
        <translation>%1&#xa0;: commence le %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 per month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no rent in force</source>
        <translation>aucun loyer en vigueur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, open-ended</source>
        <translation>%1&#xa0;: %2, durée indéterminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, until %3</source>
        <translation>%1&#xa0;: %2, jusqu’au %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, until %3, notice by %4</source>
        <translation>%1&#xa0;: %2, jusqu’au %3, congé au plus tard le %4</translation>
    </message>
</context>
<context>
    <name>pepin::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+177"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search companies: name, sector, contact…</source>
        <translation>Rechercher une entreprise&#xa0;: nom, secteur, contact…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New company…</source>
        <translation>Nouvelle entreprise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/Screenshots.cpp" line="+276"/>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search offices: code, kind, tenant…</source>
        <translation>Rechercher un bureau&#xa0;: code, type, occupant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New office…</source>
        <translation>Nouveau bureau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leases</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search leases: company, office, type…</source>
        <translation>Rechercher une convention&#xa0;: entreprise, bureau, type…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New lease…</source>
        <translation>Nouvelle convention…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting list</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search applications: company, status…</source>
        <translation>Rechercher une candidature&#xa0;: entreprise, statut…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New application…</source>
        <translation>Nouvelle candidature…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <location line="+34"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Tenant on</source>
        <translation>Résidente le</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+28"/>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupied or free</source>
        <translation>Occupés ou libres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupied on</source>
        <translation>Occupés le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free on</source>
        <translation>Libres le</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Active on</source>
        <translation>En cours le</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Renew…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend…</source>
        <translation>Prolonger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to another office…</source>
        <translation>Déménager dans un autre bureau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End early…</source>
        <translation>Mettre fin par anticipation…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Assign an office…</source>
        <translation>Attribuer un bureau…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The lease now ends on %1. Edit ▸ Undo puts it back.</source>
        <translation>La convention se termine désormais le %1. Édition ▸ Annuler rétablit la date précédente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end date was not changed: %1</source>
        <translation>La date de fin n’a pas été modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+242"/>
        <source>the application of %1</source>
        <translation>la candidature de l’entreprise %1</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export personal data…</source>
        <translation>Exporter les données personnelles…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <location line="+210"/>
        <location line="+20"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+31"/>
        <source>Nothing was removed.</source>
        <translation>Rien n’a été supprimé.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>“%1” cannot be removed.</source>
        <translation>Impossible de supprimer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove these %1 records?</source>
        <translation>Supprimer ces %1 fiches&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo it with Edit ▸ Undo.</source>
        <translation>Vous pourrez annuler cette suppression avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+324"/>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="-324"/>
        <source>This database cannot be opened; %1 stays open.</source>
        <translation>Impossible d’ouvrir cette base de données&#xa0;; la base %1 reste ouverte.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 already exists: choose another name, or open it.</source>
        <translation>%1 existe déjà&#xa0;: choisissez un autre nom, ou ouvrez ce fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+283"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="-288"/>
        <location line="+5"/>
        <source>No database was created.</source>
        <translation>Aucune base de données n’a été créée.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 may be damaged: nothing will be written to it.</source>
        <translation>La base %1 est peut-être endommagée&#xa0;: rien n’y sera écrit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes made at another desk are shown.</source>
        <translation>Les modifications faites à un autre poste sont affichées.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>La sauvegarde du jour n’a pas pu être faite&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database was left as it was.</source>
        <translation>La base de données a été laissée telle quelle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup was restored, but the database could not be opened again.</source>
        <translation>La sauvegarde a été restaurée, mais la base de données n’a pas pu être rouverte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored from %1. The data it replaced was kept in %2.</source>
        <translation>Sauvegarde %1 restaurée. Les données remplacées ont été gardées dans %2.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The check of its pages found this: %1. What it shows may be incomplete: you can still look at it and export what can be read. To go on working, close Pépin and restore one of its backups (pepin-cli restore).</source>
        <translation>La vérification de ses pages a trouvé ceci&#xa0;: %1. Ce qu’elle montre peut être incomplet&#xa0;: vous pouvez encore la consulter et exporter ce qui peut être lu. Pour continuer à travailler, fermez Pépin et restaurez l’une de ses sauvegardes (pepin-cli restore).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>This database may be damaged (%1): nothing will be written to it, and what it shows may be incomplete. To go on working, restore one of its backups.</source>
        <translation>Cette base de données est peut-être endommagée (%1)&#xa0;: rien n’y sera écrit, et ce qu’elle montre peut être incomplet. Pour continuer à travailler, restaurez l’une de ses sauvegardes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database is read-only: %1. You can look at everything, export it and make reports; nothing can be changed.</source>
        <translation>Cette base est en lecture seule&#xa0;: %1. Vous pouvez tout consulter, l’exporter et faire des rapports&#xa0;; rien ne peut être modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database is read-only: %1. You can look at everything and export it; nothing can be changed. To work on it, open a copy saved where you can write (File ▸ Save a copy…).</source>
        <translation>Cette base de données est en lecture seule&#xa0;: %1. Vous pouvez tout consulter et tout exporter, mais rien ne peut être modifié. Pour y travailler, ouvrez une copie enregistrée là où vous pouvez écrire (Fichier ▸ Enregistrer une copie…).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the database open now: choose another file for the copy.</source>
        <translation>C’est la base de données actuellement ouverte&#xa0;: choisissez un autre fichier pour la copie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be replaced: it may be read-only or in use.</source>
        <translation>Impossible de remplacer %1&#xa0;: le fichier est peut-être en lecture seule ou en cours d’utilisation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No copy was saved.</source>
        <translation>Aucune copie n’a été enregistrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy of the database was saved to %1.</source>
        <translation>Une copie de la base de données a été enregistrée dans %1.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>%1 on %2</source>
        <comment>a database on a server: its name, the server</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pépin databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données Pépin (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pépin databases (*.db)</source>
        <translation>Bases de données Pépin (*.db)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 copy.%2</source>
        <comment>the suggested name of a copy: name, extension</comment>
        <translation>%1 (copie).%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the database</source>
        <translation>Enregistrer une copie de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pépin databases (*.db);;All files (*)</source>
        <translation>Bases de données Pépin (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>&amp;Undo %1</source>
        <comment>%1: the change, as CommandText names it (French: a noun with its article)</comment>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <comment>%1: the change, as CommandText names it (French: a noun with its article)</comment>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No database opened yet</source>
        <translation>Aucune base de données ouverte pour l’instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to a server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir une base &amp;récente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;history</source>
        <translation>&amp;Historique des modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal &amp;data of former tenants…</source>
        <translation>Données &amp;personnelles des anciens occupants…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Pépin</source>
        <translation>À &amp;propos de Pépin</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (read-only)</source>
        <comment>the window&apos;s title: the database&apos;s file name</comment>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print %1</source>
        <translation>Imprimer – %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 — printed on %2 — %3</source>
        <translation>%1 — imprimé le %2 — %3</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 - personal data</source>
        <comment>the file of what is held about a company: its name</comment>
        <translation>%1 - données personnelles</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Export personal data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was exported.</source>
        <translation>Rien n’a été exporté.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What Pépin holds about %1 was saved to %2.</source>
        <translation>Les données que Pépin détient sur %1 ont été enregistrées dans %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its record, its leases, its applications and the history of their changes, as JSON.</source>
        <translation>Sa fiche, ses conventions, ses candidatures et l’historique de leurs modifications, au format JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This company no longer exists.</source>
        <translation>Cette entreprise n’existe plus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was erased.</source>
        <translation>Rien n’a été effacé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The personal data of %1 was erased.</source>
        <translation>Les données personnelles de %1 ont été effacées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Pépin</source>
        <translation>À propos de Pépin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Pépin&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Manages a business incubator: its companies, its offices, who occupies which office when, and on what terms.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pépin&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Gère une pépinière d’entreprises&#xa0;: ses entreprises, ses bureaux, qui occupe quel bureau, quand et à quelles conditions.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Free software under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Logiciel libre distribué sous la &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;licence publique générale GNU&lt;/a&gt; (GNU General Public License), version 3 ou toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pepin::NetworkGenerator</name>
    <message>
        <location filename="../core/demo/NetworkGenerator.cpp" line="+173"/>
        <source>A network has at least one site.</source>
        <translation>Un réseau compte au moins un site.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Each site needs at least one office: give at least %n office(s).</source>
        <translation>
            <numerusform>Chaque site doit avoir au moins un bureau&#xa0;: indiquez au moins %n bureau.</numerusform>
            <numerusform>Chaque site doit avoir au moins un bureau&#xa0;: indiquez au moins %n bureaux.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A network has at least one company.</source>
        <translation>Un réseau compte au moins une entreprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history covers 1 to 60 years.</source>
        <translation>L’historique couvre de 1 à 60 ans.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most 520 offices per site.</source>
        <translation>Au plus 520 bureaux par site.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database already holds sites; a network is generated only into an empty one.</source>
        <translation>La base de données contient déjà des sites&#xa0;; un réseau ne peut être généré que dans une base vide.</translation>
    </message>
</context>
<context>
    <name>pepin::OccupancyChart</name>
    <message>
        <location filename="../ui/charts/OccupancyChart.cpp" line="+137"/>
        <source>Occupancy over time</source>
        <translation>Occupation dans le temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 years</source>
        <translation>5 ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 12 months and the next %1, from the leases signed</source>
        <translation>Les 12 derniers mois et les %1 suivants, d’après les conventions signées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 5 years and the next %1 months</source>
        <translation>Les 5 dernières années et les %1 mois suivants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the first lease to the last one signed</source>
        <translation>De la première convention à la dernière signée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the first and last day</source>
        <translation>Choisir le premier et le dernier jour</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Forecast (signed leases)</source>
        <translation>Prévision (conventions signées)</translation>
    </message>
</context>
<context>
    <name>pepin::Office</name>
    <message>
        <location filename="../core/domain/Entities.cpp" line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pepin::OfficeEditor</name>
    <message>
        <location filename="../ui/dialogs/OfficeEditor.cpp" line="+61"/>
        <source>New office</source>
        <translation>Nouveau bureau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Office %1</source>
        <translation>Bureau %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New site…</source>
        <translation>Nouveau site…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new site</source>
        <translation>Nom du nouveau site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. B12</source>
        <translation>par ex. B12</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A private office is let whole to one company at a time; a shared space is let by workstation.</source>
        <translation>Un bureau privatif est loué en entier à une seule entreprise à la fois&#xa0;; un espace partagé est loué au poste de travail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>per m² per year, excluding VAT</source>
        <translation>par m² et par an, hors taxes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference rent</source>
        <translation>Loyer de référence</translation>
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
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Type the name of the new site, or choose one in the list.</source>
        <translation>Saisissez le nom du nouveau site, ou choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an amount in euros; type it like 150 or 150,50.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant en euros&#xa0;; saisissez-le sous la forme 150 ou 150,50.</translation>
    </message>
</context>
<context>
    <name>pepin::OfficeTableModel</name>
    <message>
        <location filename="../ui/models/OfficeTableModel.cpp" line="+153"/>
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
        <location line="+27"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location line="+9"/>
        <source>Offices shown: %1 of %2</source>
        <translation>Bureaux affichés&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offices: %1 · occupied today: %2 of %3 in service</source>
        <translation>Bureaux&#xa0;: %1 · occupés aujourd’hui&#xa0;: %2 sur %3 en service</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2, 1 workstation</source>
        <translation>%1&#xa0;: %2, 1 poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, %3 workstations</source>
        <translation>%1&#xa0;: %2, %3 postes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>pepin::Parse</name>
    <message>
        <location filename="../core/util/Parse.cpp" line="+168"/>
        <source>expected a date as YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>écrivez-la au format YYYY-MM-DD ou DD/MM/YYYY</translation>
    </message>
</context>
<context>
    <name>pepin::PersonalData</name>
    <message>
        <location filename="../core/service/PersonalData.cpp" line="+93"/>
        <source>There is no company %1.</source>
        <translation>Il n’y a pas d’entreprise n°&#xa0;%1.</translation>
    </message>
</context>
<context>
    <name>pepin::PersonalDataErasure</name>
    <message>
        <location filename="../ui/Screenshots.cpp" line="-136"/>
        <location filename="../ui/commands/PersonalDataErasure.cpp" line="+73"/>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/commands/PersonalDataErasure.cpp" line="+0"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/commands/PersonalDataErasure.cpp" line="-44"/>
        <source>Erase the personal data of %1?</source>
        <translation>Effacer les données personnelles de %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has not left the incubator: its contact will have to be typed again.</source>
        <translation>%1 n’a pas quitté la pépinière&#xa0;: son contact devra être ressaisi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased, here and in the change history: the company&apos;s contact, email, phone and notes, the notes of its leases, the notes and decisions of its applications.</source>
        <translation>Seront effacés, ici et dans l’historique des modifications&#xa0;: le contact, le courriel, le téléphone et les notes de l’entreprise, les notes de ses conventions, les notes et décisions de ses candidatures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept: its name, SIRET, sector, headcounts, leases, dates and figures, so that the reports stay right.</source>
        <translation>Seront conservés&#xa0;: son nom, son SIRET, son secteur, ses effectifs, ses conventions, ses dates et ses chiffres, pour que les rapports restent justes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase the personal data of these %1 companies?</source>
        <translation>Effacer les données personnelles de ces %1 entreprises&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2 more</source>
        <comment>a list of companies cut short: names, how many more</comment>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erased, here and in the change history: each company&apos;s contact, email, phone and notes, the notes of its leases, the notes and decisions of its applications.</source>
        <translation>Seront effacés, ici et dans l’historique des modifications&#xa0;: le contact, le courriel, le téléphone et les notes de chaque entreprise, les notes de ses conventions, les notes et décisions de ses candidatures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept: their names, SIRET, sectors, headcounts, leases, dates and figures, so that the reports stay right.</source>
        <translation>Seront conservés&#xa0;: leurs noms, SIRET, secteurs, effectifs, conventions, dates et chiffres, pour que les rapports restent justes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cannot be undone: Edit ▸ Undo does not bring the data back, and the changes made before can no longer be undone either.</source>
        <translation>Cette opération est irréversible&#xa0;: Édition ▸ Annuler ne rétablit pas les données, et les modifications faites auparavant ne pourront plus être annulées non plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups made before now still hold the data: the daily ones until they are replaced, after %1 days, the others until they are deleted. Restoring one of them brings the data back.</source>
        <translation>Les sauvegardes déjà faites contiennent encore ces données&#xa0;: les sauvegardes quotidiennes jusqu’à leur remplacement, au bout de %1 jours, les autres jusqu’à leur suppression. Restaurer l’une d’elles rétablit les données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups made before now still hold the data until they are deleted. Restoring one of them brings the data back.</source>
        <translation>Les sauvegardes déjà faites contiennent encore ces données, jusqu’à leur suppression. Restaurer l’une d’elles rétablit les données.</translation>
    </message>
</context>
<context>
    <name>pepin::PlanningPage</name>
    <message>
        <location filename="../ui/pages/PlanningPage.cpp" line="+297"/>
        <location line="+106"/>
        <source>No floor given</source>
        <translation>Étage non renseigné</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+106"/>
        <source>Floor %1</source>
        <translation>Étage %1</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This lease is no longer in the database.</source>
        <translation>Cette convention ne figure plus dans la base de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office of this lease is no longer in the database.</source>
        <translation>Le bureau de cette convention ne figure plus dans la base de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lease is open-ended: give it an end date in its editor first.</source>
        <translation>La convention est à durée indéterminée&#xa0;: donnez-lui d’abord une date de fin dans sa fiche.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>All floors</source>
        <translation>Tous les étages</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>ending within a month</source>
        <translation>fin dans le mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ending within %1 months</source>
        <translation>fin dans les %1 mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 occupied &amp;nbsp;&amp;nbsp;%2 %3 &amp;nbsp;&amp;nbsp;%4 free &amp;nbsp;&amp;nbsp;%5 out of service or archived &amp;nbsp;&amp;nbsp;tiles sized by area; double-click opens the lease or the office, a right click on a free office assigns it</source>
        <translation>%1 occupé &amp;nbsp;&amp;nbsp;%2 %3 &amp;nbsp;&amp;nbsp;%4 libre &amp;nbsp;&amp;nbsp;%5 hors service ou archivé &amp;nbsp;&amp;nbsp;tuiles proportionnelles à la surface&#xa0;; double-clic pour ouvrir la convention ou le bureau, clic droit sur un bureau libre pour l’attribuer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Assign %1 from %2 to %3…</source>
        <translation>Attribuer %1 du %2 au %3…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign %1 from %2…</source>
        <translation>Attribuer %1 à partir du %2…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor map</source>
        <translation>Plan des étages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <comment>the timeline&apos;s legend: what it shows; what the mouse does</comment>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;span style=&quot;background:#e3f2e5&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; free &amp;nbsp;&amp;nbsp;&lt;span style=&quot;color:#d32f2f&quot;&gt;┃&lt;/span&gt; today &amp;nbsp;&amp;nbsp;&lt;span style=&quot;color:#c62828&quot;&gt;◥&lt;/span&gt; alert on the lease &amp;nbsp;&amp;nbsp;bars in the colour of the company&apos;s sector; Ctrl+wheel zooms</source>
        <translation>&lt;span style=&quot;background:#e3f2e5&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; libre &amp;nbsp;&amp;nbsp;&lt;span style=&quot;color:#d32f2f&quot;&gt;┃&lt;/span&gt; aujourd’hui &amp;nbsp;&amp;nbsp;&lt;span style=&quot;color:#c62828&quot;&gt;◥&lt;/span&gt; alerte sur la convention &amp;nbsp;&amp;nbsp;barres à la couleur du secteur de l’entreprise&#xa0;; Ctrl+molette pour zoomer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drag a bar&apos;s end to change it, drag along free days to assign them</source>
        <translation>glisser l’extrémité d’une barre pour changer sa fin, glisser le long des jours libres pour les attribuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Assign an office…</source>
        <translation>Attribuer un bureau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+molette)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl+molette)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Floor</source>
        <translation>É&amp;tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day shown: slide back to replay the past, forward to see what is signed</source>
        <translation>Date affichée&#xa0;: glissez vers la gauche pour revoir le passé, vers la droite pour voir ce qui est signé</translation>
    </message>
</context>
<context>
    <name>pepin::PrivacyGroup</name>
    <message>
        <location filename="../ui/dialogs/PrivacyGroup.cpp" line="+63"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kept after leaving:</source>
        <translation>&amp;Conservées après la sortie&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not kept</source>
        <translation>Non conservées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many years after a company left its contact, email, phone and notes are kept</source>
        <translation>Nombre d’années pendant lesquelles le contact, le courriel, le téléphone et les notes d’une entreprise sont conservés après sa sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then File ▸ Personal data of former tenants lists the company for erasure. Saved in the database.</source>
        <translation>Passé ce délai, Fichier ▸ Données personnelles des anciens occupants propose l’entreprise à l’effacement. Enregistré dans la base de données.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> year</source>
        <translation> an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
</context>
<context>
    <name>pepin::RecordDetails</name>
    <message>
        <location filename="../ui/details/RecordDetails.cpp" line="+68"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>None in the next %1.</source>
        <translation>Aucune dans les %1 à venir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stay</source>
        <translation>Séjour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrives on</source>
        <translation>Arrivée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant since</source>
        <translation>Résidente depuis le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stayed</source>
        <translation>Hébergée</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+111"/>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+2"/>
        <source>Until</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+145"/>
        <source>no end date</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Time in the incubator</source>
        <translation>Durée de présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Maximum stay</source>
        <translation>Durée maximale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, to %2</source>
        <translation>%1, soit jusqu’au %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not housed: no lease yet.</source>
        <translation>Pas encore hébergée&#xa0;: aucune convention.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left on</source>
        <translation>Sortie le</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+105"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAF code</source>
        <translation>Code NAF</translation>
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
        <location line="+176"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+176"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+176"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Leases</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No lease.</source>
        <translation>Aucune convention.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+75"/>
        <source>no end</source>
        <translation>indéterminée</translation>
    </message>
    <message>
        <location line="-77"/>
        <source> (cancelled)</source>
        <translation> (annulée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+51"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+77"/>
        <location line="+52"/>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+77"/>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Rent</source>
        <translation>Loyer</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known.</source>
        <translation>Inconnu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As of</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jobs</source>
        <translation>Emplois</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+119"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <location line="+62"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>not in service</source>
        <translation>pas en service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let to</source>
        <translation>Loué à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next lease</source>
        <translation>Prochaine convention</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 from %2</source>
        <translation>%1 à partir du %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Occupied, last 12 months</source>
        <translation>Occupation, 12 derniers mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workstations let, last 12 months</source>
        <translation>Postes loués, 12 derniers mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Area</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+25"/>
        <location line="+23"/>
        <location line="+44"/>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Reference rent</source>
        <translation>Loyer de référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 per m² per year</source>
        <translation>%1 par m² et par an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In service</source>
        <translation>En service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never let.</source>
        <translation>Jamais loué.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>cancelled: it never counts</source>
        <translation>annulée&#xa0;: n’entre dans aucun calcul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice</source>
        <translation>Préavis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice to be given by</source>
        <translation>Date limite du préavis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (passed)</source>
        <translation> (dépassée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly charges</source>
        <translation>Charges mensuelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit</source>
        <translation>Dépôt de garantie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rent steps</source>
        <translation>Paliers de loyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rent.</source>
        <translation>Aucun loyer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rent excl. VAT</source>
        <translation>Loyer HT</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wished start</source>
        <translation>Entrée souhaitée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
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
</context>
<context>
    <name>pepin::RecordEditor</name>
    <message>
        <location filename="../ui/dialogs/RecordEditor.cpp" line="+53"/>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This database is open read-only: nothing can be saved.</source>
        <translation>Cette base de données est ouverte en lecture seule&#xa0;: rien ne peut être enregistré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 *</source>
        <comment>a required field&apos;s label</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Changed by someone else</source>
        <translation>Fiche modifiée par quelqu’un d’autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this record since you opened it: your changes were not saved.</source>
        <translation>Quelqu’un d’autre a modifié cette fiche depuis que vous l’avez ouverte&#xa0;: vos modifications n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Reload shows the record as it is now; the changes in this form are then lost. Cancel keeps the form as it is, so that you can copy what you typed.</source>
        <translation>%1
Recharger affiche la fiche telle qu’elle est maintenant&#xa0;; les modifications faites dans ce formulaire sont alors perdues. Annuler garde le formulaire tel quel, pour que vous puissiez copier ce que vous avez saisi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The form now shows the record as it is stored. Make your changes again, then save.</source>
        <translation>Le formulaire affiche maintenant la fiche telle qu’elle est enregistrée. Refaites vos modifications, puis enregistrez.</translation>
    </message>
</context>
<context>
    <name>pepin::RentRollChart</name>
    <message>
        <location filename="../ui/charts/RentRollChart.cpp" line="+38"/>
        <source>Rent roll per month</source>
        <translation>Loyers par mois</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rent excl. VAT</source>
        <translation>Loyers HT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forecast (signed leases)</source>
        <translation>Prévision (conventions signées)</translation>
    </message>
</context>
<context>
    <name>pepin::Report</name>
    <message>
        <location filename="../report/ReportData.cpp" line="+80"/>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Business incubator</source>
        <translation>Pépinière d’entreprises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network of %1 business incubators</source>
        <translation>Réseau de %1 pépinières d’entreprises</translation>
    </message>
    <message>
        <location filename="../report/ReportDocument.cpp" line="+227"/>
        <location line="+561"/>
        <source>%1 to %2</source>
        <comment>a period: first day to last day</comment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="-492"/>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1%2 pts</source>
        <comment>a change in percentage points</comment>
        <translation>%1%2 pts</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>OCCUPANCY AND ACTIVITY REPORT</source>
        <translation>RAPPORT D’OCCUPATION ET D’ACTIVITÉ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Occupancy report</source>
        <translation>Rapport d’occupation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with</source>
        <translation>Comparaison avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produced on</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>occupancy by area over the period</source>
        <translation>occupation en surface sur la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenants on %1</source>
        <translation>entreprises hébergées au %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rent roll over the period, excl. VAT</source>
        <translation>loyers de la période, HT</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+72"/>
        <source>Occupancy over the period and sector mix</source>
        <translation>Occupation sur la période et répartition par secteur</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+79"/>
        <location line="+166"/>
        <source>Tenants</source>
        <translation>Entreprises hébergées</translation>
    </message>
    <message>
        <location line="-244"/>
        <location line="+148"/>
        <source>Entries and exits</source>
        <translation>Entrées et sorties</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+176"/>
        <location line="+141"/>
        <source>Leases ending and alerts</source>
        <translation>Échéances des conventions et alertes</translation>
    </message>
    <message>
        <location line="-317"/>
        <location line="+219"/>
        <source>Funders&apos; indicators</source>
        <translation>Indicateurs pour les financeurs</translation>
    </message>
    <message>
        <location line="-218"/>
        <location line="+275"/>
        <source>Appendix: how each figure is computed</source>
        <translation>Annexe&#xa0;: mode de calcul de chaque chiffre</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Occupancy over the period is the average of its days; on the last day, the figure of that day alone. Each is compared with the previous period of the same length (%1).</source>
        <translation>L’occupation sur la période est la moyenne de ses jours&#xa0;; au dernier jour, le chiffre de ce seul jour. Chacune est comparée à la période précédente de même durée (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the period</source>
        <translation>Sur la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+3"/>
        <location line="+20"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+1"/>
        <source>On %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+71"/>
        <source>By area</source>
        <translation>En surface</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+71"/>
        <source>By office</source>
        <translation>En bureaux</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+71"/>
        <source>By workstation</source>
        <translation>En postes</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Tenants, free space and rent</source>
        <translation>Entreprises hébergées, surfaces libres et loyers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tenants on the last day</source>
        <translation>Entreprises hébergées au dernier jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free offices on the last day</source>
        <translation>Bureaux libres au dernier jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free area on the last day</source>
        <translation>Surface libre au dernier jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free workstations on the last day</source>
        <translation>Postes libres au dernier jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rent roll, excl. VAT</source>
        <translation>Loyers, HT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free space at its reference rent</source>
        <translation>Surfaces libres au loyer de référence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last day is %1; the previous period&apos;s, %2. Rent and charges are those of the whole period.</source>
        <translation>Le dernier jour est le %1&#xa0;; celui de la période précédente, le %2. Les loyers et les charges sont ceux de toute la période.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Occupancy month by month</source>
        <translation>Occupation mois par mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sector mix on %1</source>
        <translation>Répartition par secteur au %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <location line="+30"/>
        <location line="+10"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+50"/>
        <source>Area</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+45"/>
        <source>No company was a tenant on that day.</source>
        <translation>Aucune entreprise n’était hébergée ce jour-là.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Each tenant counts once, in its sector; its area and workstations are its shares of the offices it occupies that day, so the totals are the occupied area and workstations of the day.</source>
        <translation>Chaque entreprise hébergée compte une fois, dans son secteur&#xa0;; sa surface et ses postes sont ses parts des bureaux qu’elle occupe ce jour-là, de sorte que les totaux sont la surface et les postes occupés du jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month by month</source>
        <translation>Mois par mois</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The period holds no month.</source>
        <translation>La période ne contient aucun mois.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tenants on %1</source>
        <translation>Entreprises hébergées au %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <location line="+10"/>
        <location line="+21"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open-ended</source>
        <translation>durée indéterminée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 tenants occupying %2. Since: the earliest start of the leases active that day; until: the latest last day of those leases.</source>
        <translation>Entreprises hébergées&#xa0;: %1, occupant %2. Depuis le&#xa0;: début le plus ancien des conventions en cours ce jour-là&#xa0;; jusqu’au&#xa0;: dernier jour le plus tardif de ces conventions.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A company enters when its stay (from its first lease&apos;s start to its last lease&apos;s last day) begins during the period, and exits when its stay ends during it.</source>
        <translation>Une entreprise entre quand son séjour (du début de sa première convention au dernier jour de sa dernière convention) commence pendant la période, et sort quand son séjour s’y termine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries (%1)</source>
        <translation>Entrées (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No company entered during the period.</source>
        <translation>Aucune entreprise n’est entrée pendant la période.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exits (%1)</source>
        <translation>Sorties (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No company left during the period.</source>
        <translation>Aucune entreprise n’est sortie pendant la période.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leases ending by %1</source>
        <translation>Conventions arrivant à échéance d’ici le %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ended early</source>
        <translation>fin anticipée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(passed)</source>
        <translation>(dépassée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+37"/>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice</source>
        <translation>Préavis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice by</source>
        <translation>Limite de préavis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No lease ends in the %1 months after the period.</source>
        <translation>Aucune convention n’arrive à échéance dans les %1 mois qui suivent la période.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice by: the last day on which notice can be given so that the notice period runs whole before the lease&apos;s last day. Leases already renewed in the same office are left out.</source>
        <translation>Limite de préavis&#xa0;: dernier jour où le congé peut être donné pour que le préavis court en entier avant le dernier jour de la convention. Les conventions déjà renouvelées dans le même bureau ne figurent pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal and policy alerts</source>
        <translation>Alertes réglementaires</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situation and rule</source>
        <translation>Situation et règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No legal or policy alert on %1 or in the %2 months after.</source>
        <translation>Aucune alerte réglementaire au %1 ni dans les %2 mois qui suivent.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Companies hosted during the period</source>
        <translation>Entreprises hébergées pendant la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries (stays that began)</source>
        <translation>Entrées (séjours commencés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exits (stays that ended)</source>
        <translation>Sorties (séjours terminés)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exit reason not recorded</source>
        <translation>Motif de sortie non renseigné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jobs hosted</source>
        <translation>Emplois hébergés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>Jobs</source>
        <translation>Emplois</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Headcount unknown</source>
        <translation>Effectif inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of the period</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End of the period</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length of stay</source>
        <translation>Durée de séjour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stays</source>
        <translation>Séjours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended during the period</source>
        <translation>Terminés pendant la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still running, measured to %1</source>
        <translation>En cours, mesurés au %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survival of former tenants</source>
        <translation>Pérennité des entreprises sorties</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Former tenants</source>
        <translation>Entreprises sorties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason known</source>
        <translation>Motif connu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active</source>
        <translation>Toujours actives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left 3 years or more before the end</source>
        <translation>Sorties 3 ans ou plus avant la fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left 5 years or more before the end</source>
        <translation>Sorties 5 ans ou plus avant la fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survival is known only where an exit reason is recorded; a share without any known reason is shown as “%1”.</source>
        <translation>La pérennité n’est connue que lorsqu’un motif de sortie est renseigné&#xa0;; une part sans aucun motif connu est notée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Days and leases</source>
        <translation>Jours et conventions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days are calendar dates and every period includes its first and last day. A lease is active on a day from its start to its last day: the early termination date if there is one, else its end; an open-ended lease has no last day. Cancelled leases never count.</source>
        <translation>Les jours sont des dates calendaires et chaque période inclut son premier et son dernier jour. Une convention est en cours un jour donné de son début à son dernier jour&#xa0;: la date de fin anticipée s’il y en a une, sinon sa fin&#xa0;; une convention à durée indéterminée n’a pas de dernier jour. Les conventions annulées ne comptent jamais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offices in service</source>
        <translation>Bureaux en service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An office counts on a day when that day falls within its availability dates (a missing date is no limit). An office out of service is neither occupied nor in the total.</source>
        <translation>Un bureau compte un jour donné quand ce jour est compris dans ses dates de disponibilité (une date absente ne limite rien). Un bureau hors service n’est ni occupé ni compté dans le total.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupancy on a day</source>
        <translation>Occupation à une date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By office: offices with at least one active lease ÷ offices in service. By workstation: occupied workstations ÷ workstations, where a private office with a lease has all its workstations occupied and a shared office those of its active leases. By area: the sum of each office&apos;s area × its occupied workstations ÷ its workstations, ÷ the total area in service.</source>
        <translation>En bureaux&#xa0;: bureaux ayant au moins une convention en cours ÷ bureaux en service. En postes&#xa0;: postes occupés ÷ postes, un bureau privatif sous convention ayant tous ses postes occupés et un espace partagé ceux de ses conventions en cours. En surface&#xa0;: somme, pour chaque bureau, de sa surface × ses postes occupés ÷ ses postes, ÷ la surface totale en service.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Occupancy over a period</source>
        <translation>Occupation sur une période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sum over the days of what is occupied ÷ the sum over the days of what is in service (office-days, m²-days, workstation-days). The “x of y” figures beside a rate are averages per day. A month of the chart is this over the calendar month, cut to the period.</source>
        <translation>Somme sur les jours de ce qui est occupé ÷ somme sur les jours de ce qui est en service (jours-bureau, jours-m², jours-poste). Les chiffres «&#xa0;x sur y&#xa0;» à côté d’un taux sont des moyennes journalières. Un mois du graphique applique ce calcul au mois civil, limité à la période.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparisons</source>
        <translation>Comparaisons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous period has as many days and ends the day before the period starts. Changes of rates are in percentage points: ▲ up, ▼ down, = unchanged; green when the change is good news for the incubator (more occupancy, fewer free offices), red when it is not.</source>
        <translation>La période précédente compte autant de jours et se termine la veille du début de la période. Les variations de taux sont en points de pourcentage&#xa0;: ▲ hausse, ▼ baisse, = stable&#xa0;; en vert quand la variation est une bonne nouvelle pour la pépinière (plus d’occupation, moins de bureaux libres), en rouge sinon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tenants and sector mix</source>
        <translation>Entreprises hébergées et répartition par secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenants on a day: companies with at least one active lease that day. The sector mix counts each tenant once in its sector, with its shares of the area and workstations of the offices it occupies.</source>
        <translation>Entreprises hébergées à une date&#xa0;: entreprises ayant au moins une convention en cours ce jour-là. La répartition par secteur compte chacune une fois dans son secteur, avec ses parts de la surface et des postes des bureaux qu’elle occupe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rent roll</source>
        <translation>Loyers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rent step in force on each day, a month&apos;s rent spread evenly over the days of its month, excluding VAT; rounded to the cent once per lease and month. Free space at its reference rent: each office&apos;s area × reference rent per m² and year ÷ 12 per month, times its free share on each day.</source>
        <translation>Le palier de loyer en vigueur chaque jour, le loyer d’un mois étant réparti uniformément sur les jours du mois, hors taxes&#xa0;; arrondi au centime une fois par convention et par mois. Surfaces libres au loyer de référence&#xa0;: surface de chaque bureau × loyer de référence par m² et par an ÷ 12 par mois, multiplié chaque jour par sa part libre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries, exits and stays</source>
        <translation>Entrées, sorties et séjours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stay runs from a company&apos;s first lease start to its last lease&apos;s last day. Entries are stays that begin during the period, exits stays that end during it, with the exit reason recorded on the company. Lengths are in months of 365.25 ÷ 12 days, both ends included; the median of an even number of stays is the mean of the two middle ones.</source>
        <translation>Un séjour va du début de la première convention d’une entreprise au dernier jour de sa dernière convention. Les entrées sont les séjours qui commencent pendant la période, les sorties ceux qui s’y terminent, avec le motif de sortie enregistré pour l’entreprise. Les durées sont en mois de 365,25 ÷ 12 jours, bornes incluses&#xa0;; pour un nombre pair de séjours, la médiane est la moyenne des deux séjours du milieu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On a day, the sum over that day&apos;s tenants of the last headcount known on or before it; tenants without one add nothing and are counted as unknown.</source>
        <translation>À une date, la somme, sur les entreprises hébergées ce jour-là, du dernier effectif connu à cette date ou avant&#xa0;; celles qui n’en ont aucun n’ajoutent rien et sont comptées comme inconnues.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survival</source>
        <translation>Pérennité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Among former tenants whose stay ended at least 3 (or 5) years before the end of the period, those with an exit reason recorded; still active are those whose reason is not “%1”.</source>
        <translation>Parmi les entreprises sorties dont le séjour s’est terminé au moins 3 (ou 5) ans avant la fin de la période, celles dont le motif de sortie est renseigné&#xa0;; sont toujours actives celles dont le motif n’est pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leases whose last day falls within %1 months after the period, with the last day to give notice. Alerts quote the rule at stake: short-term (dérogatoire) leases over 36 months in the same premises (Code de commerce L145-5), staying on after such a lease, a stay over the site&apos;s maximum, précaire agreements stacking up.</source>
        <translation>Conventions dont le dernier jour tombe dans les %1 mois qui suivent la période, avec le dernier jour pour donner congé. Les alertes citent la règle en jeu&#xa0;: baux dérogatoires au-delà de 36 mois dans les mêmes locaux (Code de commerce, art. L145-5), maintien dans les lieux après un tel bail, séjour au-delà de la durée maximale du site, conventions précaires successives.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing values</source>
        <translation>Valeurs manquantes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A rate whose total is zero has no value and is shown as “%1”, never as 0.</source>
        <translation>Un taux dont le total est nul n’a pas de valeur et s’affiche «&#xa0;%1&#xa0;», jamais 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This report covers one site: only its offices and the leases of its offices count, and a stay is the time spent in this site.</source>
        <translation>Ce rapport porte sur un seul site&#xa0;: seuls comptent ses bureaux et leurs conventions, et un séjour correspond au temps passé sur ce site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every figure can be recomputed with pepin-cli: occupancy, sectors, tenants, rent-roll, expiring, alerts and indicators give the same numbers for the same period.</source>
        <translation>Chaque chiffre peut être recalculé avec pepin-cli&#xa0;: occupancy, sectors, tenants, rent-roll, expiring, alerts et indicators donnent les mêmes résultats pour la même période.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Occupancy report — %1</source>
        <translation>Rapport d’occupation — %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Occupancy report · %1</source>
        <translation>Rapport d’occupation · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · produced on %2 with Pépin</source>
        <translation>%1 · établi le %2 avec Pépin</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+22"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>pepin::ReportCharts</name>
    <message>
        <location filename="../report/ReportCharts.cpp" line="+99"/>
        <source>No office was in service during the period: there is no occupancy to draw.</source>
        <translation>Aucun bureau n’était en service pendant la période&#xa0;: il n’y a aucune occupation à représenter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Area (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>No tenant</source>
        <translation>Aucune entreprise hébergée</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>tenant</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tenants</source>
        <translation>entreprises</translation>
    </message>
</context>
<context>
    <name>pepin::ReportsPage</name>
    <message>
        <location filename="../ui/pages/ReportsPage.cpp" line="+165"/>
        <source>Occupancy report</source>
        <translation>Rapport d’occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en PD&amp;F…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last quarter</source>
        <translation>Le trimestre dernier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>Les 12 derniers mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last calendar year</source>
        <translation>L’année civile dernière</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The period ends before it starts: choose its first and last day.</source>
        <translation>La période se termine avant de commencer&#xa0;: choisissez son premier et son dernier jour.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days, compared with the %1 days before</source>
        <translation>%1 jours, comparés aux %1 jours précédents</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>occupancy-report</source>
        <translation>rapport-occupation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The report could not be written.</source>
        <translation>Le rapport n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the report as HTML</source>
        <translation>Exporter le rapport en HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
</context>
<context>
    <name>pepin::RestoreDialog</name>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="+30"/>
        <source>Daily backup</source>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the database was updated to a new version</source>
        <translation>Avant la mise à jour de la base vers une nouvelle version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Restore from a file</source>
        <translation>Restaurer à partir d’un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pépin databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données Pépin (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the backup of %1</source>
        <translation>la sauvegarde du %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Replace the data of %1 with %2?</source>
        <translation>Remplacer les données de %1 par %2&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change made since is replaced. The data as it is now is first saved as a backup of its own, listed here, so that this restore too can be taken back.</source>
        <translation>Toutes les modifications faites depuis sont remplacées. Les données actuelles sont d’abord enregistrées dans une sauvegarde à part, qui figure dans cette liste, de sorte que cette restauration peut elle aussi être défaite.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backups of %1, kept in %2. One is made the first time the database is opened each day, before it is updated to a new version of Pépin, and before a restore.</source>
        <translation>Les sauvegardes de %1, gardées dans %2. Une sauvegarde est faite à la première ouverture de la base chaque jour, avant sa mise à jour vers une nouvelle version de Pépin et avant une restauration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backup yet: the first one is made the next time the database is opened. A copy saved elsewhere can be restored with Another file…</source>
        <translation>Aucune sauvegarde pour l’instant&#xa0;: la première sera faite à la prochaine ouverture de la base. Une copie rangée ailleurs peut être restaurée avec «&#xa0;Autre fichier…&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Another file…</source>
        <translation>&amp;Autre fichier…</translation>
    </message>
</context>
<context>
    <name>pepin::Rules</name>
    <message>
        <location filename="../core/service/Rules.cpp" line="+31"/>
        <source>The text holds a NUL character (U+0000), which other programs would cut it at: remove it.</source>
        <translation>Le texte contient un caractère NUL (U+0000), à partir duquel d’autres programmes le tronqueraient&#xa0;: supprimez-le.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>from %1, with no end</source>
        <translation>à partir du %1, sans date de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A sector needs a name.</source>
        <translation>Indiquez un nom pour le secteur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The colour must be written #rrggbb (for example #1f77b4).</source>
        <translation>La couleur doit s’écrire #rrggbb (par exemple #1f77b4).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A site needs a name.</source>
        <translation>Indiquez un nom pour le site.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+4"/>
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
        <location line="+9"/>
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
        <location line="+10"/>
        <source>A lease is signed by a company: choose one.</source>
        <translation>Une convention est signée par une entreprise&#xa0;: choisissez-en une.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+7"/>
        <source>%1 is a shared space let by workstation: say how many workstations the lease takes.</source>
        <translation>%1 est un espace partagé loué au poste de travail&#xa0;: indiquez combien de postes la convention occupe.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 has %n workstation(s); the lease asks for %2.</source>
        <translation>
            <numerusform>%1 compte %n poste de travail&#xa0;; la convention en demande %2.</numerusform>
            <numerusform>%1 compte %n postes de travail&#xa0;; la convention en demande %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
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
        <location line="+6"/>
        <source>%1 can be let only until %2: the lease needs an end date.</source>
        <translation>%1 ne peut être loué que jusqu’au %2&#xa0;: indiquez une date de fin pour la convention.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+9"/>
        <source>On %1, %2 of the %3 workstations of %4 are already let: %5 more do not fit.</source>
        <translation>Le %1, postes de travail déjà loués dans %4&#xa0;: %2 sur %3&#xa0;; il n’y a pas la place pour %5 de plus.</translation>
    </message>
</context>
<context>
    <name>pepin::Screenshots</name>
    <message>
        <location filename="../ui/Screenshots.cpp" line="+55"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>pepin::SectorMix</name>
    <message>
        <location filename="../core/figures/SectorMix.cpp" line="+78"/>
        <source>No sector</source>
        <translation>Sans secteur</translation>
    </message>
</context>
<context>
    <name>pepin::SectorMixChart</name>
    <message>
        <location filename="../ui/charts/SectorMixChart.cpp" line="+68"/>
        <source>Sector mix</source>
        <translation>Répartition par secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tenants of each sector</source>
        <translation>Les entreprises hébergées de chaque secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The area each sector occupies</source>
        <translation>La surface occupée par chaque secteur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2</source>
        <comment>a sector in the legend: figure, name</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No tenant on that day</source>
        <translation>Aucune entreprise hébergée ce jour-là</translation>
    </message>
</context>
<context>
    <name>pepin::ServerAddress</name>
    <message>
        <location filename="../core/storage/ServerAddress.cpp" line="+27"/>
        <source>“%1” is not a server address (%2). Write it postgresql://user@host:port/database.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de serveur (%2). Écrivez-la postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it does not start with postgresql://</source>
        <translation>elle ne commence pas par postgresql://</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation>le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>it names no database</source>
        <translation>elle ne nomme aucune base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a database name cannot hold “/”</source>
        <translation>un nom de base ne peut pas contenir «&#xa0;/&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sslmode is one of %1</source>
        <translation>sslmode vaut l’une des valeurs %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pépin does not know the setting “%1”</source>
        <translation>Pépin ne connaît pas le réglage «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the database %1 on %2</source>
        <translation>la base %1 sur %2</translation>
    </message>
</context>
<context>
    <name>pepin::ServerDialog</name>
    <message>
        <location filename="../ui/dialogs/ServerDialog.cpp" line="+137"/>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Pépin database on a PostgreSQL server is shared by everyone who connects to it: what one person changes, the others see at once.</source>
        <translation>Une base Pépin sur un serveur PostgreSQL est partagée par tous ceux qui s’y connectent&#xa0;: ce qu’une personne modifie, les autres le voient aussitôt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>db.example.fr; empty: this computer</source>
        <translation>db.exemple.fr&#xa0;; vide&#xa0;: cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pepin</source>
        <translation>pepin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: your login name</source>
        <translation>vide&#xa0;: votre nom de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: the one in ~/.pgpass</source>
        <translation>vide&#xa0;: celui de ~/.pgpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used for this connection only: Pépin never saves a password.</source>
        <translation>Utilisé pour cette connexion seulement&#xa0;: Pépin n’enregistre jamais de mot de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the server offers it</source>
        <translation>Si le serveur le propose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Toujours, en vérifiant le certificat du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never (a trusted local network only)</source>
        <translation>Jamais (réseau local de confiance uniquement)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set it up for Pépin if it is empty</source>
        <translation>La préparer pour Pépin si elle est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnecter</translation>
    </message>
</context>
<context>
    <name>pepin::ServerRoles</name>
    <message>
        <location filename="../core/storage/ServerRoles.cpp" line="+46"/>
        <source>%1 is a file: roles exist on a PostgreSQL server only, where several users share a database. A file is shared through its folder&apos;s permissions.</source>
        <translation>%1 est un fichier&#xa0;: les rôles n’existent que sur un serveur PostgreSQL, où plusieurs utilisateurs partagent une base. Un fichier se partage par les droits de son dossier.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the server lets %1 read the records and make reports, not change them; the server&apos;s administrator can give %1 the managers&apos; role, %2</source>
        <translation>le serveur permet à %1 de lire les fiches et de faire des rapports, pas de les modifier&#xa0;; l’administrateur du serveur peut donner à %1 le rôle des gestionnaires, %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only the owner of the tables of %1 (%2), or a superuser, can give the roles their rights on them; %3 cannot, and nothing was changed. Run the command as %2.</source>
        <translation>Seul le propriétaire des tables de %1 (%2), ou un superutilisateur, peut donner aux rôles leurs droits sur elles&#xa0;; %3 ne le peut pas, et rien n’a été modifié. Lancez la commande en tant que %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not a user of the server of %2: nothing was changed. Create the user first (CREATE ROLE name LOGIN), or check the name&apos;s spelling and case.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un utilisateur du serveur de %2&#xa0;: rien n’a été modifié. Créez d’abord l’utilisateur (CREATE ROLE nom LOGIN), ou vérifiez l’orthographe et la casse du nom.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Creating the roles %1 and %2 takes a user of the server allowed to create roles (CREATEROLE) or a superuser; %3 is neither, and nothing was changed. Run the command as such a user, or ask the server&apos;s administrator.</source>
        <translation>Créer les rôles %1 et %2 demande un utilisateur du serveur autorisé à créer des rôles (CREATEROLE) ou un superutilisateur&#xa0;; %3 n’est ni l’un ni l’autre, et rien n’a été modifié. Lancez la commande en tant que tel, ou demandez à l’administrateur du serveur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server of %1 did not say which database and schema it uses.</source>
        <translation>Le serveur de %1 n’a pas indiqué la base et le schéma qu’il utilise.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The server did not let %1 give the role %2 the right to connect to %3 and use its schema %4: nothing was changed. Run the command as the owner of the database, or a superuser.</source>
        <translation>Le serveur n’a pas permis à %1 de donner au rôle %2 le droit de se connecter à %3 et d’utiliser son schéma %4&#xa0;: rien n’a été modifié. Lancez la commande en tant que propriétaire de la base, ou superutilisateur.</translation>
    </message>
</context>
<context>
    <name>pepin::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="+169"/>
        <source>This database is read-only: %1.</source>
        <translation>Cette base de données est en lecture seule&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Type the rent of each year of the stay in percent of the reference rent, for example 70 / 85 / 100.</source>
        <translation>Saisissez le loyer de chaque année du séjour en pourcentage du loyer de référence, par exemple 70 / 85 / 100.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language (%1)</source>
        <comment>%1: the language it is, named in itself</comment>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies at once: open windows and the changes you can undo are kept.</source>
        <translation>S’applique immédiatement&#xa0;: les fenêtres ouvertes et les modifications annulables sont conservées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV &amp;export:</source>
        <translation>&amp;Export CSV&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel (France)</source>
        <translation>Excel (France)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The format File ▸ Export offers first: Excel (France) uses ; and decimal commas, Standard uses , and ISO dates</source>
        <translation>Le format que Fichier ▸ Exporter propose en premier&#xa0;: Excel (France) utilise le point-virgule et la virgule décimale, Standard la virgule et les dates ISO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Alerts:</source>
        <translation>&amp;Alertes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> months ahead</source>
        <comment>alerts shown this many months ahead</comment>
        <translation> mois à l’avance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only rules already broken</source>
        <translation>Seulement les règles déjà enfreintes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many months before a term or a stay limit is reached its alert is shown</source>
        <translation>Combien de mois avant une échéance ou la fin de la durée maximale de séjour l’alerte apparaît</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups to keep:</source>
        <translation>Sa&amp;uvegardes à conserver&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <comment>this many daily backups are kept</comment>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first time a database is opened each day, a copy of it is saved in the folder beside it (name.db.backups); this many are kept, the oldest removed</source>
        <translation>À la première ouverture d’une base dans la journée, une copie en est enregistrée dans le dossier voisin (nom.db.backups)&#xa0;; ce nombre de copies est conservé, les plus anciennes étant effacées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site policy</source>
        <translation>Règles du site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy of %1</source>
        <translation>Règles du site %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy of each site</source>
        <translation>Règles de chaque site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Maximum stay:</source>
        <translation>Durée &amp;maximale&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> months</source>
        <comment>a stay of this many months</comment>
        <translation> mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A company&apos;s stay in the incubator, from its first lease to its last, is not to pass this</source>
        <translation>Le séjour d’une entreprise dans la pépinière, de sa première convention à la dernière, ne doit pas dépasser cette durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Progressive rent:</source>
        <translation>Loyer &amp;progressif&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percent of the reference rent in years 1, 2, 3… of a stay; the last one holds after. Used to fill the rent steps of new leases.</source>
        <translation>Pourcentage du loyer de référence pour les années 1, 2, 3… du séjour&#xa0;; le dernier s’applique ensuite. Sert à remplir les paliers de loyer des nouvelles conventions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database has no site yet: add an office to create one.</source>
        <translation>Cette base de données n’a encore aucun site&#xa0;: ajoutez un bureau pour en créer un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved in the database, for everyone who opens it; Edit ▸ Undo takes a change back.</source>
        <translation>Enregistré dans la base de données, pour tous ceux qui l’ouvrent&#xa0;; Édition ▸ Annuler revient sur une modification.</translation>
    </message>
</context>
<context>
    <name>pepin::Store</name>
    <message>
        <location filename="../core/service/Store.cpp" line="+214"/>
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
        <location line="+366"/>
        <source>%1 was changed or removed elsewhere (another window or program) since it was read; nothing was overwritten. Reload it and make the change again.</source>
        <translation>%1 a été modifiée ou supprimée ailleurs (dans une autre fenêtre ou un autre programme) depuis son chargement&#xa0;; rien n’a été écrasé. Rechargez-la et refaites la modification.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no record %1 to remove.</source>
        <translation>Il n’y a pas de fiche n°&#xa0;%1 à supprimer.</translation>
    </message>
    <message>
        <location line="+223"/>
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
        <location line="-738"/>
        <location line="+774"/>
        <source>There is no company %1.</source>
        <translation>Il n’y a pas d’entreprise n°&#xa0;%1.</translation>
    </message>
    <message>
        <location line="-769"/>
        <source>There is no office %1.</source>
        <translation>Il n’y a pas de bureau n°&#xa0;%1.</translation>
    </message>
    <message>
        <location line="+438"/>
        <source>It was removed by %1 with %2, on %3 at %4.</source>
        <translation>Il a été supprimé par %1 avec %2, le %3 à %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last change came from %1 with %2, on %3 at %4.</source>
        <translation>La dernière modification vient de %1 avec %2, le %3 à %4.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Keep personal data between 0 and 100 years after a company left.</source>
        <translation>La durée de conservation des données personnelles après la sortie d’une entreprise doit être comprise entre 0 et 100 ans.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Personal data kept (years)</source>
        <translation>Durée de conservation des données personnelles (années)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location line="+159"/>
        <location line="+178"/>
        <source>%1 in %2</source>
        <translation>%1, bureau %2</translation>
    </message>
    <message>
        <location line="-170"/>
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
    <name>pepin::TablePage</name>
    <message>
        <location filename="../ui/pages/TablePage.cpp" line="+383"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export this view…</source>
        <translation>Exporter cette vue…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fit the columns to the window</source>
        <translation>Ajuster les colonnes à la fenêtre</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose a row to see its details here.</source>
        <translation>Choisissez une ligne pour en voir le détail ici.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show archived</source>
        <translation>Voir les archives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the archived records too, to look them up or restore them</source>
        <translation>Afficher aussi les fiches archivées, pour les consulter ou les restaurer</translation>
    </message>
</context>
<context>
    <name>pepin::TimelineView</name>
    <message>
        <location filename="../ui/widgets/TimelineView.cpp" line="+727"/>
        <source>Ends on %1</source>
        <translation>Fin le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on %1 instead of %2</source>
        <translation>Fin le %1 au lieu du %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: refused. %2</source>
        <translation>%1&#xa0;: refusé. %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, 1 day</source>
        <translation>%1, 1 jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2, %3 days</source>
        <translation>Du %1 au %2, %3 jours</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 du %2 au %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from %2, open-ended</source>
        <translation>%1 à partir du %2, durée indéterminée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rent: %1 a month excl. VAT</source>
        <translation>Loyer&#xa0;: %1 HT par mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag its end to change the last day.</source>
        <translation>Faites glisser son extrémité pour changer le dernier jour.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is free on %2. Drag along the line to choose days to assign.</source>
        <translation>%1 est libre le %2. Faites glisser la souris le long de la ligne pour choisir les jours à attribuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be let on %2</source>
        <translation>%1 ne peut pas être loué le %2</translation>
    </message>
</context>
<context>
    <name>pepin::Transfer</name>
    <message>
        <location filename="../core/service/Transfer.cpp" line="+27"/>
        <source>%1 did not count the rows of %2.</source>
        <translation>%1 n’a pas compté les lignes de %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Copying the table %1 failed: %2</source>
        <translation>La copie de la table %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 in the source, %3 in the copy</source>
        <translation>%1&#xa0;: %2 dans la source, %3 dans la copie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: number %2 differs</source>
        <translation>%1&#xa0;: le numéro %2 diffère</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 already exists; it was left as it is. Copy to a new file.</source>
        <translation>%1 existe déjà&#xa0;; il a été laissé tel quel. Copiez vers un nouveau fichier.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The copy of %1 holds %2 rows where %3 has %4; nothing was kept.</source>
        <translation>La copie de %1 contient %2 lignes là où %3 en a %4&#xa0;; rien n’a été conservé.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>sectors</source>
        <translation>secteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offices</source>
        <translation>bureaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>companies</source>
        <translation>entreprises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leases</source>
        <translation>conventions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applications</source>
        <translation>candidatures</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the occupancy on that day</source>
        <translation>l’occupation ce jour-là</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy in %1 does not hold what %2 holds (%3). It was kept for inspection; remove it before copying again.</source>
        <translation>La copie dans %1 ne contient pas ce que contient %2 (%3). Elle a été gardée pour examen&#xa0;; supprimez-la avant de copier à nouveau.</translation>
    </message>
</context>
<context>
    <name>pepin::cli::AlertsCommand</name>
    <message>
        <location filename="../cli/commands/AlertsCommand.cpp" line="+32"/>
        <source>Legal and policy alerts: short-term lease limits, stays over the maximum, précaire renewals.</source>
        <translation>Alertes réglementaires&#xa0;: limites des baux dérogatoires, séjours au-delà de la durée maximale, renouvellements de conventions précaires.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The day to look from (default: today).</source>
        <translation>Date de référence (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many months ahead to warn (default: %1).</source>
        <translation>Nombre de mois d’anticipation des alertes (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>broken since %1</source>
        <translation>règle enfreinte depuis le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>broken from today, %1</source>
        <translation>règle enfreinte dès aujourd’hui, le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow, %1</source>
        <translation>demain, le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 days, on %2</source>
        <translation>dans %1 jours, le %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; is not a number of months (0 or more).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de mois (0 ou plus).</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Alerts on %1, up to %2 months ahead, %3</source>
        <translation>Alertes au %1, sur les %2 prochains mois, %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No alert.</source>
        <translation>Aucune alerte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rule: %1</source>
        <translation>Règle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pepin::cli::BackupCommand</name>
    <message>
        <location filename="../cli/commands/BackupCommands.cpp" line="-95"/>
        <source>Write a consistent copy of the database to a new file, even while it is in use.</source>
        <translation>Écrire une copie cohérente de la base de données dans un nouveau fichier, même pendant qu’elle est utilisée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup file to write (must not exist).</source>
        <translation>Fichier de sauvegarde à écrire (il ne doit pas exister).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>backup needs -o FILE, the file to write.</source>
        <translation>backup attend -o FILE, le fichier à écrire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists; it was left as it is. Choose a new file.</source>
        <translation>%1 existe déjà&#xa0;; le fichier a été laissé tel quel. Choisissez un nouveau fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backed up %1 to %2.</source>
        <translation>Sauvegarde de %1 enregistrée dans %2.</translation>
    </message>
</context>
<context>
    <name>pepin::cli::BackupsCommand</name>
    <message>
        <location line="+39"/>
        <source>List the backups kept beside the database, newest first.</source>
        <translation>Lister les sauvegardes gardées à côté de la base de données, la plus récente d’abord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text, csv or json.</source>
        <translation>text, csv ou json.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Made</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>pepin::cli::CheckCommand</name>
    <message>
        <location filename="../cli/commands/CheckCommand.cpp" line="+20"/>
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
        <location filename="../cli/Cli.cpp" line="+50"/>
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
        <location line="-7"/>
        <source>The database file (default: %1), or a PostgreSQL server&apos;s database: postgresql://user@host:port/dbname (the password from ~/.pgpass, or asked for).</source>
        <translation>Le fichier de base de données (par défaut&#xa0;: %1), ou une base sur un serveur PostgreSQL&#xa0;: postgresql://utilisateur@hôte:port/base (le mot de passe vient de ~/.pgpass, ou est demandé).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: pepin-cli [--db FILE|ADDRESS] [--today YYYY-MM-DD] [--lang fr|en] COMMAND [options]</source>
        <translation>Utilisation&#xa0;: pepin-cli [--db FICHIER|ADRESSE] [--today YYYY-MM-DD] [--lang fr|en] COMMANDE [options]</translation>
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
        <location line="+21"/>
        <source>--db needs a file name or a server address.</source>
        <translation>--db attend un nom de fichier ou une adresse de serveur.</translation>
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
        <location filename="../cli/Context.cpp" line="+76"/>
        <source>Password for %1 on %2: </source>
        <translation>Mot de passe de %1 sur %2&#xa0;: </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pepin-cli: put the password in ~/.pgpass, or run pepin-cli at a terminal to be asked for it.</source>
        <translation>pepin-cli&#xa0;: mettez le mot de passe dans ~/.pgpass, ou lancez pepin-cli dans un terminal pour qu’il vous soit demandé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pepin-cli: create it with: pepin-cli --db %1 init</source>
        <translation>pepin-cli: créez-la avec la commande pepin-cli --db %1 init</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Try &apos;pepin-cli --help&apos;.</source>
        <translation>Essayez «&#xa0;pepin-cli --help&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--format takes text, csv or json, not &apos;%1&apos;.</source>
        <translation>--format accepte text, csv ou json, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../cli/Table.cpp" line="+46"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>pepin::cli::ExpiringCommand</name>
    <message>
        <location filename="../cli/commands/ExpiringCommand.cpp" line="+30"/>
        <source>Leases ending within some days, with their notice deadlines.</source>
        <translation>Conventions arrivant à échéance dans un nombre de jours donné, avec leurs dates limites de préavis.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How many days ahead to look (default: %1).</source>
        <translation>Horizon de recherche, en jours (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day to look from (default: today).</source>
        <translation>Date de référence (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Id</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice (months)</source>
        <translation>Préavis (mois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice by</source>
        <translation>Limite de préavis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice passed</source>
        <translation>Préavis dépassé</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;%1&apos; is not a number of days (0 or more).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de jours (0 ou plus).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Leases ending from %1 to %2, %3</source>
        <translation>Conventions arrivant à échéance du %1 au %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice by: the last day to give notice for the end date, the notice period running whole before it.</source>
        <translation>Limite de préavis&#xa0;: dernier jour pour donner congé pour la date de fin, le préavis devant courir en entier avant celle-ci.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No lease ends in that time.</source>
        <translation>Aucune convention n’arrive à échéance sur cette période.</translation>
    </message>
</context>
<context>
    <name>pepin::cli::ExportCommand</name>
    <message>
        <location filename="../cli/commands/CsvCommands.cpp" line="+203"/>
        <source>Export the tenant list at a date as CSV.</source>
        <translation>Exporter en CSV la liste des entreprises hébergées à une date donnée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the companies as CSV.</source>
        <translation>Exporter les entreprises en CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the offices as CSV.</source>
        <translation>Exporter les bureaux en CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the occupancy series over a period (by month by default) as CSV.</source>
        <translation>Exporter en CSV la série d’occupation sur une période (par mois par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the sector mix on a date as CSV.</source>
        <translation>Exporter en CSV la répartition par secteur à une date donnée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the leases as CSV.</source>
        <translation>Exporter les conventions en CSV.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cut the period into calendar periods: day, month (default), quarter or year.</source>
        <translation>Découper la période en périodes calendaires&#xa0;: day, month (par défaut), quarter ou year.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day of the sector mix (default: today).</source>
        <translation>Date de la répartition par secteur (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of the tenant list and of the headcounts (default: today).</source>
        <translation>Date de la liste des entreprises hébergées et des effectifs (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to this file (default: standard output).</source>
        <translation>Écrire dans ce fichier (par défaut&#xa0;: la sortie standard).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standard (&apos;,&apos;, ISO dates, &apos;.&apos; decimals, rates as fractions; the default) or excel-fr (&apos;;&apos;, BOM, DD/MM/YYYY, &apos;,&apos; decimals, rates as percentages).</source>
        <translation>standard (séparateur «&#xa0;,&#xa0;», dates ISO, décimales à point, taux en fractions&#xa0;; par défaut) ou excel-fr (séparateur «&#xa0;;&#xa0;», BOM, DD/MM/YYYY, décimales à virgule, taux en pourcentages).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The delimiter, instead of the preset&apos;s: &apos;,&apos;, &apos;;&apos; or tab.</source>
        <translation>Le séparateur, à la place de celui du préréglage&#xa0;: «&#xa0;,&#xa0;», «&#xa0;;&#xa0;» ou tab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begin the file with a byte order mark (what Excel needs to read UTF-8).</source>
        <translation>Commencer le fichier par une indication d’ordre des octets (BOM), dont Excel a besoin pour lire l’UTF-8.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 takes no argument; write to a file with -o FILE.</source>
        <translation>%1 n’accepte aucun argument&#xa0;; pour écrire dans un fichier, utilisez -o FILE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--preset takes standard or excel-fr, not &apos;%1&apos;.</source>
        <translation>--preset accepte standard ou excel-fr, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--delimiter takes one character such as , or ; or the word tab, not &apos;%1&apos;.</source>
        <translation>--delimiter accepte un seul caractère (par exemple , ou&#xa0;;) ou le mot tab, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 needs --from and --to: the period of the series.</source>
        <translation>%1 attend --from et --to&#xa0;: la période de la série.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a date: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1: %n row(s) written.</source>
        <translation>
            <numerusform>%1: %n ligne écrite.</numerusform>
            <numerusform>%1: %n lignes écrites.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pepin::cli::FigureOptions</name>
    <message>
        <location filename="../cli/commands/FigureOptions.cpp" line="+29"/>
        <source>The day to measure (default: today).</source>
        <translation>Date de la mesure (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First day of the period to measure.</source>
        <translation>Premier jour de la période à mesurer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last day of the period to measure.</source>
        <translation>Dernier jour de la période à mesurer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cut the period into calendar periods: day, month, quarter or year (default: the period whole).</source>
        <translation>Découper la période en périodes calendaires&#xa0;: day, month, quarter ou year (par défaut&#xa0;: la période entière).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the offices of this site (default: every site).</source>
        <translation>Seulement les bureaux de ce site (par défaut&#xa0;: tous les sites).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the offices of this floor, of every site or of --site (default: every floor).</source>
        <translation>Seulement les bureaux de cet étage, sur tous les sites ou sur celui de --site (par défaut&#xa0;: tous les étages).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Count as occupied only what companies of this sector occupy; every office in service stays in the total (default: every company).</source>
        <translation>Ne compter comme occupé que ce qu’occupent les entreprises de ce secteur&#xa0;; tous les bureaux en service restent dans le total (par défaut&#xa0;: toutes les entreprises).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output as text (default), csv or json.</source>
        <translation>Format de sortie&#xa0;: text (par défaut), csv ou json.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a date: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--at measures one day, --from and --to a period: give one or the other.</source>
        <translation>--at mesure un jour, --from et --to une période&#xa0;: indiquez l’un ou l’autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--from needs --to: the period has two ends.</source>
        <translation>--from va avec --to&#xa0;: une période a un début et une fin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--to needs --from: the period has two ends.</source>
        <translation>--to va avec --from&#xa0;: une période a un début et une fin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--step cuts a period: give --from and --to with it.</source>
        <translation>--step découpe une période&#xa0;: indiquez aussi --from et --to.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--step takes day, month, quarter or year, not &apos;%1&apos;.</source>
        <translation>--step accepte day, month, quarter ou year, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>La période se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>There is no site named &apos;%1&apos;.</source>
        <translation>Aucun site ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No office of %1 is on floor &apos;%2&apos;.</source>
        <translation>Aucun bureau du site %1 ne se trouve à l’étage «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No office is on floor &apos;%1&apos;.</source>
        <translation>Aucun bureau ne se trouve à l’étage «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no sector named &apos;%1&apos;.</source>
        <translation>Aucun secteur ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>site %1</source>
        <translation>site %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all sites</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>floor %1</source>
        <translation>étage %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sector %1</source>
        <translation>secteur %1</translation>
    </message>
</context>
<context>
    <name>pepin::cli::GenerateCommand</name>
    <message>
        <location filename="../cli/commands/GenerateCommand.cpp" line="+29"/>
        <source>Create a new database holding a synthetic network of incubators, for measuring at scale.</source>
        <translation>Créer une nouvelle base de données contenant un réseau fictif de pépinières, pour mesurer les performances à grande échelle.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>network: 20 sites, 2,000 offices, 30,000 companies, 25 years (the default); stress: ten times the sites, offices and companies.</source>
        <translation>network&#xa0;: 20 sites, 2&#xa0;000 bureaux, 30&#xa0;000 entreprises, 25 ans (par défaut)&#xa0;; stress&#xa0;: dix fois plus de sites, de bureaux et d’entreprises.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of sites.</source>
        <translation>Nombre de sites.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of offices, dealt to the sites in turn.</source>
        <translation>Nombre de bureaux, répartis tour à tour entre les sites.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of companies, housed or applicants.</source>
        <translation>Nombre d’entreprises, hébergées ou candidates.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years of history before today.</source>
        <translation>Nombre d’années d’historique avant aujourd’hui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seed: the same seed gives the same network (default 1).</source>
        <translation>La graine&#xa0;: une même graine donne le même réseau (1 par défaut).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a scale: write network or stress.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une échelle&#xa0;: écrivez network ou stress.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a whole number (0 or more).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier (0 ou plus).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>pepin-cli: generate: %1 already exists; it was left as it is. Choose another file with --db.</source>
        <translation>pepin-cli: generate: %1 existe déjà&#xa0;; le fichier a été laissé tel quel. Choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Generating… %1 %</source>
        <translation>Génération… %1&#xa0;%</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Created %1: %2 sites, %3 offices, %4 companies, %5 leases, %6 applications, in %7 s.</source>
        <translation>Base de données %1 créée&#xa0;: %2 sites, %3 bureaux, %4 entreprises, %5 conventions, %6 candidatures, en %7&#xa0;s.</translation>
    </message>
</context>
<context>
    <name>pepin::cli::HistoryCommand</name>
    <message>
        <location filename="../cli/commands/PrivacyCommands.cpp" line="+13"/>
        <source>The change history: every change made with Pépin, when, by whom, before and after.</source>
        <translation>L’historique des modifications&#xa0;: toutes les modifications faites avec Pépin, avec leur date, leur auteur et les valeurs avant et après.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only changes to records of this kind: %1.</source>
        <translation>Uniquement les modifications des fiches de ce type&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --entity, only changes to the record with this number.</source>
        <translation>Avec --entity, uniquement les modifications de la fiche portant ce numéro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only changes made on or after this day.</source>
        <translation>Uniquement les modifications faites ce jour-là ou après.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only changes made on or before this day.</source>
        <translation>Uniquement les modifications faites ce jour-là ou avant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only changes made by this user of the computer.</source>
        <translation>Uniquement les modifications faites par cet utilisateur de l’ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only changes to records whose name contains this text.</source>
        <translation>Uniquement les modifications des fiches dont le nom contient ce texte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many changes, the newest.</source>
        <translation>Au plus ce nombre de modifications, les plus récentes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the changes to this CSV file.</source>
        <translation>Écrire les modifications dans ce fichier CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With -o: standard (the default) or excel-fr (&apos;;&apos;, BOM, French headers and values).</source>
        <translation>Avec -o&#xa0;: standard (par défaut) ou excel-fr (séparateur «&#xa0;;&#xa0;», BOM, en-têtes et valeurs en français).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a kind of record: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de fiche&#xa0;; types possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a positive whole number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier positif.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a date: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--id needs --entity: the kind of record it numbers.</source>
        <translation>--id va avec --entity&#xa0;: le type de fiche que ce numéro désigne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--preset takes standard or excel-fr, not &apos;%1&apos;.</source>
        <translation>--preset accepte standard ou excel-fr, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2 changes written.</source>
        <translation>%1&#xa0;: %2 modifications enregistrées.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No change matches.</source>
        <translation>Aucune modification ne correspond.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record type</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>pepin::cli::ImportCommand</name>
    <message>
        <location filename="../cli/commands/CsvCommands.cpp" line="-270"/>
        <source>Import offices from a CSV file.</source>
        <translation>Importer des bureaux depuis un fichier CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import companies from a CSV file.</source>
        <translation>Importer des entreprises depuis un fichier CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import leases from a CSV file.</source>
        <translation>Importer des conventions depuis un fichier CSV.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the file and say what would change, without writing anything.</source>
        <translation>Vérifier le fichier et indiquer ce qui changerait, sans rien enregistrer (simulation).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the valid rows and list the others (default: nothing is written while a row is invalid).</source>
        <translation>Enregistrer les lignes valides et lister les autres (par défaut&#xa0;: rien n’est enregistré tant qu’une ligne n’est pas valide).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The delimiter: &apos;,&apos;, &apos;;&apos; or tab (default: detected).</source>
        <translation>Le séparateur&#xa0;: «&#xa0;,&#xa0;», «&#xa0;;&#xa0;» ou tab (par défaut&#xa0;: détecté automatiquement).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto (default), utf-8 or windows-1252.</source>
        <translation>auto (par défaut), utf-8 ou windows-1252.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output as text (default) or json.</source>
        <translation>Format de sortie&#xa0;: text (par défaut) ou json.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs one FILE to read.</source>
        <translation>%1 attend un et un seul fichier à lire (FILE).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format takes text or json, not &apos;%1&apos;.</source>
        <translation>--format accepte text ou json, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--delimiter takes one character such as , or ; or the word tab, not &apos;%1&apos;.</source>
        <translation>--delimiter accepte un seul caractère (par exemple , ou&#xa0;;) ou le mot tab, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--encoding takes auto, utf-8 or windows-1252, not &apos;%1&apos;.</source>
        <translation>--encoding accepte auto, utf-8 ou windows-1252, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, column %2</source>
        <translation>%1, colonne %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was written.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing was written: %n row(s) with errors (valid rows: %1). Correct them, or import with --skip-invalid to write the valid rows only.</source>
        <translation>
            <numerusform>Rien n’a été enregistré&#xa0;: %n ligne comporte des erreurs (lignes valides&#xa0;: %1). Corrigez-la, ou importez avec --skip-invalid pour n’enregistrer que les lignes valides.</numerusform>
            <numerusform>Rien n’a été enregistré&#xa0;: %n lignes comportent des erreurs (lignes valides&#xa0;: %1). Corrigez-les, ou importez avec --skip-invalid pour n’enregistrer que les lignes valides.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>warning: %1: %2</source>
        <translation>avertissement: %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n created</source>
        <translation>
            <numerusform>%n fiche créée</numerusform>
            <numerusform>%n fiches créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: dry run, nothing written; the import would give: %2.</source>
        <translation>%1: simulation, rien n’a été enregistré&#xa0;; l’import donnerait&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n invalid row(s) skipped.</source>
        <translation>
            <numerusform>%n ligne non valide ignorée.</numerusform>
            <numerusform>%n lignes non valides ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pepin::cli::IndicatorsCommand</name>
    <message>
        <location filename="../cli/commands/IndicatorsCommand.cpp" line="+30"/>
        <source>Funders&apos; indicators over a period: companies hosted, entries and exits, length of stay, jobs, survival.</source>
        <translation>Indicateurs pour les financeurs sur une période&#xa0;: entreprises hébergées, entrées et sorties, durée de séjour, emplois, pérennité.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First day of the period.</source>
        <translation>Premier jour de la période.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the period.</source>
        <translation>Dernier jour de la période.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the leases of this site&apos;s offices (default: every site).</source>
        <translation>Seulement les conventions des bureaux de ce site (par défaut&#xa0;: tous les sites).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output as text (default), csv or json.</source>
        <translation>Format de sortie&#xa0;: text (par défaut), csv ou json.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>indicators needs a period: give --from DATE and --to DATE.</source>
        <translation>indicators demande une période&#xa0;: indiquez --from DATE et --to DATE.</translation>
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
        <location line="+16"/>
        <source>There is no site named &apos;%1&apos;.</source>
        <translation>Aucun site ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>all sites</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>site %1</source>
        <translation>site %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators from %1 to %2, %3</source>
        <translation>Indicateurs du %1 au %2, %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosted during the period</source>
        <translation>Hébergées sur la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries (stay started)</source>
        <translation>Entrées (début de séjour)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exits (stay ended)</source>
        <translation>Sorties (fin de séjour)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>exit reason not recorded</source>
        <translation>motif de sortie non renseigné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Length of stay (months)</source>
        <translation>Durée de séjour (mois)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stays</source>
        <translation>Séjours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended in the period</source>
        <translation>Terminés sur la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still running, measured to %1</source>
        <translation>En cours, mesurés au %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jobs hosted</source>
        <translation>Emplois hébergés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jobs</source>
        <translation>Emplois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tenants</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Headcount unknown</source>
        <translation>Effectif inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of the period</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the period</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Survival of former tenants</source>
        <translation>Pérennité des entreprises sorties</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason known</source>
        <translation>Motif connu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still active</source>
        <translation>Toujours actives</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 years or more after exit</source>
        <translation>3 ans ou plus après la sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 years or more after exit</source>
        <translation>5 ans ou plus après la sortie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How these are computed:</source>
        <translation>Mode de calcul&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hosted: companies with a lease active on at least one day of the period; cancelled leases never count.</source>
        <translation>Hébergées&#xa0;: entreprises ayant une convention en cours au moins un jour de la période&#xa0;; les conventions annulées ne comptent jamais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stay runs from a company&apos;s first lease start to its last lease&apos;s last day. Entries: stays that start in the period; exits: stays that end in it, by the exit reason recorded on the company.</source>
        <translation>Un séjour va du début de la première convention d’une entreprise au dernier jour de sa dernière convention. Entrées&#xa0;: séjours qui commencent pendant la période&#xa0;; sorties&#xa0;: séjours qui s’y terminent, ventilés selon le motif de sortie enregistré pour l’entreprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Months: days of the stay, both ends included, × 12 / 365.25. Stays still running after the period are measured to its last day and kept apart. The median of an even count is the mean of the two middle stays.</source>
        <translation>Mois&#xa0;: nombre de jours du séjour, bornes incluses, × 12 / 365,25. Les séjours qui se poursuivent après la période sont mesurés jusqu’à son dernier jour et comptés à part. Pour un nombre pair de séjours, la médiane est la moyenne des deux séjours du milieu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jobs: the last headcount known on or before the day, summed over that day&apos;s tenants; tenants with none add nothing and are counted as unknown.</source>
        <translation>Emplois&#xa0;: dernier effectif connu à la date ou avant, additionné sur les entreprises hébergées ce jour-là&#xa0;; celles qui n’ont aucun effectif connu n’ajoutent rien et sont comptées dans «&#xa0;Effectif inconnu&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survival: former tenants whose stay ended at least 3 (or 5) years before the end of the period. Reason known: an exit reason is recorded; still active: it is not &quot;%1&quot;. A closure after leaving counts only once the exit reason is set to it.</source>
        <translation>Pérennité&#xa0;: entreprises sorties dont le séjour s’est terminé au moins 3 (ou 5) ans avant la fin de la période. Motif connu&#xa0;: un motif de sortie est enregistré&#xa0;; toujours actives&#xa0;: ce motif n’est pas «&#xa0;%1&#xa0;». Une fermeture survenue après la sortie n’est prise en compte qu’une fois le motif de sortie modifié en conséquence.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the leases of this site&apos;s offices count: a stay is the time spent in this site.</source>
        <translation>Seules comptent les conventions des bureaux de ce site&#xa0;: un séjour correspond au temps passé sur ce site.</translation>
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
    <name>pepin::cli::InitRolesCommand</name>
    <message>
        <location filename="../cli/commands/ServerCommands.cpp" line="+24"/>
        <source>Create the server&apos;s roles (pepin_managers change the records, pepin_staff read them and make reports) and grant them their rights on the database; make the users given members.</source>
        <translation>Créer les rôles du serveur (pepin_managers modifie les fiches, pepin_staff les lit et fait les rapports) et leur donner leurs droits sur la base&#xa0;; y inscrire les utilisateurs donnés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A user of the server to make a manager (may be repeated).</source>
        <translation>Un utilisateur du serveur à faire gestionnaire (peut être répété).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user of the server to make one of the staff (may be repeated).</source>
        <translation>Un utilisateur du serveur à inscrire au personnel (peut être répété).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>server init-roles takes no argument; give users with --manager and --staff.</source>
        <translation>server init-roles ne prend pas d’argument&#xa0;; donnez les utilisateurs avec --manager et --staff.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Roles on the server of %1:</source>
        <translation>Rôles sur le serveur de %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>Peut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>already there</source>
        <translation>déjà là</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read, add, change and remove records; add to the history</source>
        <translation>lire, ajouter, modifier et supprimer des fiches&#xa0;; compléter l’historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the records and make reports</source>
        <translation>lire les fiches et faire des rapports</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Granted on its %1 tables and their id sequences; the change history is read and added to only.</source>
        <translation>Droits donnés sur ses %1 tables et leurs séquences d’identifiants&#xa0;; l’historique des modifications n’est que lu et complété.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is now a member of %2.</source>
        <translation>%1 est désormais membre de %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 was already a member of %2.</source>
        <translation>%1 était déjà membre de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roles belong to the whole server: a member has the same role in every Pépin database there that was given its rights. To add a user later, run this command again with --manager NAME or --staff NAME, or in psql: GRANT %1 TO name;</source>
        <translation>Les rôles valent pour tout le serveur&#xa0;: un membre a le même rôle dans chaque base Pépin du serveur qui leur a donné leurs droits. Pour ajouter un utilisateur plus tard, relancez cette commande avec --manager NOM ou --staff NOM, ou dans psql&#xa0;: GRANT %1 TO nom;</translation>
    </message>
</context>
<context>
    <name>pepin::cli::LeaseChangeCommand</name>
    <message>
        <location filename="../cli/commands/LeaseChangeCommands.cpp" line="+52"/>
        <source>Renew a lease from the day after its last day, its rent continuing the schedule; says which alerts it would trigger.</source>
        <translation>Renouveler une convention à partir du lendemain de son dernier jour, le loyer poursuivant le barème progressif&#xa0;; indique les alertes que cela entraînerait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move a lease&apos;s end later; says which alerts it would trigger.</source>
        <translation>Repousser la fin d’une convention&#xa0;; indique les alertes que cela entraînerait.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move a lease&apos;s company to another office from a day on, on the same terms.</source>
        <translation>Déménager l’entreprise d’une convention dans un autre bureau à partir d’une date, aux mêmes conditions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End a lease before its term, with the notice deadline that goes with the day.</source>
        <translation>Mettre fin à une convention avant son terme, avec la date limite de préavis qui correspond à ce jour.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keep the rent in force instead of continuing the site&apos;s progressive schedule.</source>
        <translation>Garder le loyer en vigueur au lieu de poursuivre le loyer progressif du site.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For how many months (default: the lease&apos;s own length, within the site&apos;s maximum stay).</source>
        <translation>Durée en mois (par défaut&#xa0;: celle de la convention, dans la limite de la durée maximale de séjour du site).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new lease&apos;s type (default: the lease&apos;s own).</source>
        <translation>Type de la nouvelle convention (par défaut&#xa0;: celui de la convention actuelle).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new end, later than the lease&apos;s last day.</source>
        <translation>Nouvelle date de fin, postérieure au dernier jour de la convention.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site of the office moved to.</source>
        <translation>Site du bureau d’arrivée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office moved to.</source>
        <translation>Bureau d’arrivée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first day in the new office; the lease ends the day before.</source>
        <translation>Premier jour dans le nouveau bureau&#xa0;; la convention prend fin la veille.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The area needed (default: what the company has now).</source>
        <translation>Surface nécessaire (par défaut&#xa0;: celle dont l’entreprise dispose aujourd’hui).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workstations needed (default: what the company has now).</source>
        <translation>Postes nécessaires (par défaut&#xa0;: ceux dont l’entreprise dispose aujourd’hui).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lease&apos;s new last day.</source>
        <translation>Nouveau dernier jour de la convention.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what would be written and triggered, without writing.</source>
        <translation>Indiquer ce qui serait enregistré et les alertes que cela entraînerait, sans rien enregistrer (simulation).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output as text (default) or json.</source>
        <translation>Format de sortie&#xa0;: text (par défaut) ou json.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The number of months is from 1 to 1200, not %1.</source>
        <translation>Le nombre de mois va de 1 à 1200, pas %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a lease type; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de convention&#xa0;; types possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 prints text or json, not csv.</source>
        <translation>%1 accepte --format text ou json, pas csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: give the lease&apos;s id (see &apos;pepin-cli leases&apos;), and only that, before the options.</source>
        <translation>%1&#xa0;: indiquez le numéro (ID) de la convention (voir «&#xa0;pepin-cli leases&#xa0;»), et rien d’autre, avant les options.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &apos;%2&apos; is not a lease id.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un numéro de convention.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no lease with id %1.</source>
        <translation>Aucune convention ne porte le n°&#xa0;%1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is nothing to change.</source>
        <translation>Il n’y a rien à modifier.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Would write:</source>
        <translation>Serait enregistré&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written:</source>
        <translation>Enregistré&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New lease id %1.</source>
        <translation>Nouvelle convention n°&#xa0;%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To know:</source>
        <translation>À savoir&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alerts triggered: none.</source>
        <translation>Alertes entraînées&#xa0;: aucune.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts it would trigger:</source>
        <translation>Alertes que cela entraînerait&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alerts triggered:</source>
        <translation>Alertes entraînées&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alerts it puts an end to:</source>
        <translation>Alertes que cela fait disparaître&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n’a été enregistré.</translation>
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
    <name>pepin::cli::MigrateCommand</name>
    <message>
        <location filename="../cli/commands/BackupCommands.cpp" line="+33"/>
        <source>Copy the database whole to a PostgreSQL server&apos;s empty database, or from a server to a new file, then check that the copy holds the same records and figures.</source>
        <translation>Copier toute la base dans une base vide d’un serveur PostgreSQL, ou d’un serveur vers un nouveau fichier, puis vérifier que la copie contient les mêmes fiches et les mêmes chiffres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where to copy it: postgresql://user@host:port/dbname (an empty database), or a new file.</source>
        <translation>Où la copier&#xa0;: postgresql://utilisateur@hôte:port/base (une base vide), ou un nouveau fichier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>migrate needs --to, where to copy the database.</source>
        <translation>migrate attend --to, l’endroit où copier la base.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied %1 to %2, in one transaction, and checked it:</source>
        <translation>Copie de %1 vers %2 faite en une seule transaction, et vérifiée&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every record is the same in both, and so is the occupancy on %1: %2 of %3 offices, %4 of %5, %6 of %7 workstations.</source>
        <translation>Chaque fiche est la même dans les deux, tout comme l’occupation le %1&#xa0;: %2 bureaux sur %3, %4 sur %5, %6 postes de travail sur %7.</translation>
    </message>
</context>
<context>
    <name>pepin::cli::OccupancyCommand</name>
    <message>
        <location filename="../cli/commands/OccupancyCommand.cpp" line="+30"/>
        <source>Occupancy of offices, area and workstations on a day or over a period.</source>
        <translation>Occupation des bureaux, des surfaces et des postes de travail à une date ou sur une période.</translation>
    </message>
    <message>
        <location line="+86"/>
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
        <location line="-75"/>
        <source>List, office by office, what the figures of the day count and why.</source>
        <translation>Détailler, bureau par bureau, ce que comptent les chiffres du jour et pourquoi.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Occupied: by companies of sector %1 only. In service: every office, whoever occupies it.</source>
        <translation>Occupés&#xa0;: uniquement par des entreprises du secteur %1. En service&#xa0;: tous les bureaux, quel qu’en soit l’occupant.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--explain explains one day: give --at (or nothing, for today), not --from and --to.</source>
        <translation>--explain détaille un seul jour&#xa0;: indiquez --at (ou rien, pour aujourd’hui), et non --from et --to.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Occupancy on %1, %2</source>
        <translation>Occupation au %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+209"/>
        <source>Occupied</source>
        <translation>Occupés</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+209"/>
        <source>In service</source>
        <translation>En service</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+62"/>
        <location line="+1"/>
        <location line="+146"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+61"/>
        <location line="+148"/>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+209"/>
        <source>Area</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+61"/>
        <location line="+148"/>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Occupancy from %1 to %2</source>
        <translation>Occupation du %1 au %2</translation>
    </message>
    <message>
        <location line="+15"/>
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
    <message>
        <location line="+5"/>
        <source>* Forecast: the period starts after today (%1); its figures come from the leases already signed.</source>
        <translation>* Prévision&#xa0;: la période commence après aujourd’hui (%1)&#xa0;; ses chiffres proviennent des conventions déjà signées.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>available from %1 until %2</source>
        <translation>disponible du %1 au %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>available from %1</source>
        <translation>disponible à partir du %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>available until %1</source>
        <translation>disponible jusqu’au %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>always available</source>
        <translation>toujours disponible</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Occupancy on %1, %2, office by office</source>
        <translation>Occupation au %1, %2, bureau par bureau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>floor %1</source>
        <translation>étage %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in service</source>
        <translation>en service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not in service</source>
        <translation>pas en service</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1, open-ended</source>
        <translation>à partir du %1, sans date de fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lease %1, %2, %3</source>
        <translation>convention n°&#xa0;%1, %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not counted, the company is not of sector %1</source>
        <translation>non comptée, l’entreprise ne relève pas du secteur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not counted, the office is not in service</source>
        <translation>non comptée, le bureau n’est pas en service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>workstations %1, area %2</source>
        <translation>postes %1, surface %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>occupied: workstations %1 of %2, area %3 of %4</source>
        <translation>occupation&#xa0;: postes %1 sur %2, surface %3 sur %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>left out of the figures of the day</source>
        <translation>exclu des chiffres du jour</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Totals: the offices in service, added up</source>
        <translation>Totaux&#xa0;: somme des bureaux en service</translation>
    </message>
</context>
<context>
    <name>pepin::cli::PrivacyDueCommand</name>
    <message>
        <location filename="../cli/commands/PrivacyCommands.cpp" line="+16"/>
        <source>Companies that left longer ago than the incubator keeps personal data, and whose data is still held.</source>
        <translation>Les entreprises sorties depuis plus longtemps que la durée de conservation des données personnelles fixée par la pépinière, et dont les données sont encore conservées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep personal data this many years after a company left (default: the database&apos;s policy).</source>
        <translation>Durée de conservation des données personnelles, en années après la sortie d’une entreprise (par défaut&#xa0;: celle fixée dans la base de données).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a number of years from 0 to 100.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre d’années compris entre 0 et 100.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on</source>
        <translation>Sortie le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No former tenant&apos;s personal data is due for erasure (kept %1 years after leaving).</source>
        <translation>Aucune donnée personnelle d’ancien occupant n’est à effacer (conservation&#xa0;: %1 ans après la sortie).</translation>
    </message>
</context>
<context>
    <name>pepin::cli::PrivacyEraseCommand</name>
    <message>
        <location line="+17"/>
        <source>Erase a company&apos;s personal data (contact, email, phone, notes), keeping its figures; or of every company due.</source>
        <translation>Effacer les données personnelles d’une entreprise (contact, courriel, téléphone, notes) en conservant ses chiffres, ou celles de toutes les entreprises dont la durée de conservation est écoulée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The company, by name or SIRET (an erasure on request).</source>
        <translation>L’entreprise, par son nom ou son SIRET (effacement sur demande).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every company due for erasure (see privacy due).</source>
        <translation>Toutes les entreprises dont les données sont à effacer (voir privacy due).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --due: keep personal data this many years after a company left.</source>
        <translation>Avec --due&#xa0;: durée de conservation des données personnelles, en années après la sortie d’une entreprise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what would be erased, and erase nothing.</source>
        <translation>Indiquer ce qui serait effacé, sans rien effacer (simulation).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>privacy erase needs either --company NAME or --due.</source>
        <translation>privacy erase attend --company NAME ou --due.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No personal data is due for erasure.</source>
        <translation>Aucune donnée personnelle n’est à effacer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Would erase the personal data of %1.</source>
        <translation>Les données personnelles de %1 seraient effacées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no personal data was held.</source>
        <translation>%1&#xa0;: aucune donnée personnelle n’était conservée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erased the personal data of %1 (1 record).</source>
        <translation>Données personnelles de %1 effacées (1 fiche).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erased the personal data of %1 (%2 records).</source>
        <translation>Données personnelles de %1 effacées (%2 fiches).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups made before now still hold it until they are rotated out.</source>
        <translation>Les sauvegardes déjà faites les contiennent encore, jusqu’à ce que la rotation les supprime.</translation>
    </message>
</context>
<context>
    <name>pepin::cli::PrivacyExportCommand</name>
    <message>
        <location line="+14"/>
        <source>Everything held about a company, its history included, as JSON: the answer to an access request.</source>
        <translation>Toutes les données détenues sur une entreprise, historique compris, au format JSON&#xa0;: la réponse à une demande d’accès.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The company, by name or SIRET.</source>
        <translation>L’entreprise, par son nom ou son SIRET.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to this file (readable by its owner only) instead of the standard output.</source>
        <translation>Écrire dans ce fichier (lisible par son seul propriétaire) au lieu de la sortie standard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>privacy export needs --company NAME.</source>
        <translation>privacy export attend --company NAME.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote what is held about %1 to %2.</source>
        <translation>Les données détenues sur %1 ont été écrites dans %2.</translation>
    </message>
</context>
<context>
    <name>pepin::cli::RecordCommands</name>
    <message>
        <location filename="../cli/commands/RecordCommands.cpp" line="+61"/>
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
        <location line="+14"/>
        <source>Added %1 (id %2).</source>
        <translation>Ajout effectué&#xa0;: %1 (n°&#xa0;%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change %1; only the options given change.</source>
        <translation>Modifier %1&#xa0;; seules les options indiquées sont modifiées.</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location line="+12"/>
        <source>%1 each set the rent: give only one.</source>
        <translation>%1 fixent chacune le loyer&#xa0;: n’en indiquez qu’une.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../cli/commands/RecordOptions.cpp" line="+38"/>
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
        <location line="+26"/>
        <location line="+15"/>
        <source>Free notes.</source>
        <translation>Notes libres.</translation>
    </message>
    <message>
        <location line="-67"/>
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
        <location line="+2"/>
        <source>Rent steps from this progression, in percent of the office&apos;s reference rent for years 1, 2, 3… of the company&apos;s stay (a new lease without --monthly-rent takes the site&apos;s).</source>
        <translation>Paliers de loyer selon cette progressivité, en pourcentage du loyer de référence du bureau pour les années 1, 2, 3… du séjour de l’entreprise (sans --monthly-rent, une nouvelle convention prend celle du site).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store no rent for this lease.</source>
        <translation>N’enregistrer aucun loyer pour cette convention.</translation>
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
        <location line="+26"/>
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
        <location line="+197"/>
        <source>%1 has no reference rent to apply a progression to: give --monthly-rent, or set the office&apos;s --rent-m2-year.</source>
        <translation>Le bureau %1 n’a pas de loyer de référence auquel appliquer une progressivité&#xa0;: indiquez --monthly-rent, ou renseignez le --rent-m2-year du bureau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No rent stored: %1 has no reference rent (give --monthly-rent).</source>
        <translation>Aucun loyer enregistré&#xa0;: le bureau %1 n’a pas de loyer de référence (indiquez --monthly-rent).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rent steps: %1</source>
        <translation>Paliers de loyer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>write percentages separated by commas, such as 70,85,100.</source>
        <translation>indiquez des pourcentages séparés par des virgules, par exemple 70,85,100.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>New sector &apos;%1&apos; created.</source>
        <translation>Nouveau secteur «&#xa0;%1&#xa0;» créé.</translation>
    </message>
</context>
<context>
    <name>pepin::cli::RentRollCommand</name>
    <message>
        <location filename="../cli/commands/RentRollCommand.cpp" line="+31"/>
        <source>Rent roll of a month or of a range of months: rent, charges and vacancy cost.</source>
        <translation>État des loyers d’un mois ou d’une suite de mois&#xa0;: loyers, charges et coût de la vacance.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The calendar month (default: this month).</source>
        <translation>Le mois civil (par défaut&#xa0;: le mois en cours).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of a range, cut into calendar months.</source>
        <translation>Premier jour d’une période, découpée en mois civils.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the range.</source>
        <translation>Dernier jour de la période.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>A month&apos;s rent is spread evenly over its days; each lease&apos;s month is rounded to the cent.</source>
        <translation>Le loyer d’un mois est réparti uniformément sur ses jours&#xa0;; le montant mensuel de chaque convention est arrondi au centime.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No lease is in force over the period.</source>
        <translation>Aucune convention n’est en cours sur la période.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location line="+10"/>
        <source>Rent</source>
        <translation>Loyer</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+28"/>
        <location line="+9"/>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Free office</source>
        <translation>Bureau vacant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free office-days</source>
        <translation>Jours-bureau vacants</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Vacancy cost</source>
        <translation>Coût de la vacance</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vacancy cost (reference rent of the free space)</source>
        <translation>Coût de la vacance (loyer de référence des surfaces vacantes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--month takes one month, --from and --to a range: give one or the other.</source>
        <translation>--month indique un mois, --from et --to une période&#xa0;: indiquez l’un ou l’autre.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a month: write YYYY-MM, such as 2026-11.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un mois&#xa0;: écrivez YYYY-MM, par exemple 2026-11.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Rent roll for %1</source>
        <translation>État des loyers pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rent roll from %1 to %2, by month</source>
        <translation>État des loyers du %1 au %2, par mois</translation>
    </message>
</context>
<context>
    <name>pepin::cli::ReportCommand</name>
    <message>
        <location filename="../cli/commands/ReportCommand.cpp" line="+37"/>
        <source>The occupancy report of a period, as a PDF or an HTML page, for the board and the funders.</source>
        <translation>Le rapport d’occupation d’une période, en PDF ou en page HTML, pour le conseil d’administration et les financeurs.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First day of the period.</source>
        <translation>Premier jour de la période.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the period.</source>
        <translation>Dernier jour de la période.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write: .pdf or .html.</source>
        <translation>Le fichier à écrire&#xa0;: .pdf ou .html.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this site (default: every site).</source>
        <translation>Seulement ce site (par défaut&#xa0;: tous les sites).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the report: fr or en (default: the program&apos;s).</source>
        <translation>Langue du rapport&#xa0;: fr ou en (par défaut&#xa0;: celle du programme).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>report needs a period: give --from DATE and --to DATE.</source>
        <translation>report demande une période&#xa0;: indiquez --from DATE et --to DATE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report needs the file to write: give -o FILE.pdf or -o FILE.html.</source>
        <translation>report demande le fichier à écrire&#xa0;: indiquez -o FILE.pdf ou -o FILE.html.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--lang takes fr or en, not &apos;%1&apos;.</source>
        <translation>--lang accepte fr ou en, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; must end in .pdf or .html: the name says which report to write.</source>
        <translation>«&#xa0;%1&#xa0;» doit se terminer par .pdf ou .html&#xa0;: l’extension indique le format du rapport.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>report cannot draw in this program: it needs Qt&apos;s graphical platform (offscreen will do).</source>
        <translation>report ne peut pas dessiner dans ce programme&#xa0;: il lui faut la plateforme graphique de Qt (offscreen suffit).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no site named &apos;%1&apos;.</source>
        <translation>Aucun site ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote %1 (%2 pages).</source>
        <translation>%1 écrit (%2 pages).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
</context>
<context>
    <name>pepin::cli::RestoreCommand</name>
    <message>
        <location filename="../cli/commands/BackupCommands.cpp" line="-105"/>
        <source>Replace the database&apos;s data with a backup&apos;s; what it replaces is kept as a backup first.</source>
        <translation>Remplacer les données de la base par celles d’une sauvegarde&#xa0;; ce qui est remplacé est d’abord gardé comme sauvegarde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>restore needs one FILE, the backup to restore.</source>
        <translation>restore attend un et un seul fichier (FILE)&#xa0;: la sauvegarde à restaurer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored %1 from %2.</source>
        <translation>Base %1 restaurée à partir de %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it replaced was kept in %1.</source>
        <translation>Les données remplacées ont été gardées dans %1.</translation>
    </message>
</context>
<context>
    <name>pepin::cli::SectorsCommand</name>
    <message>
        <location filename="../cli/commands/TenantCommands.cpp" line="+128"/>
        <source>Sector mix of the tenants: companies, occupied area and workstations per sector.</source>
        <translation>Répartition par secteur des entreprises hébergées&#xa0;: entreprises, surface occupée et postes de travail par secteur.</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+58"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+58"/>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+58"/>
        <source>Area (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+58"/>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sector mix on %1, %2</source>
        <translation>Répartition par secteur au %1, %2</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sector mix from %1 to %2, %3</source>
        <translation>Répartition par secteur du %1 au %2, %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Averages per day over each period: a company present half of the period counts as half a company.</source>
        <translation>Moyennes journalières sur chaque période&#xa0;: une entreprise présente la moitié de la période compte pour une demi-entreprise.</translation>
    </message>
</context>
<context>
    <name>pepin::cli::SuggestCommand</name>
    <message>
        <location filename="../cli/commands/SuggestCommand.cpp" line="+42"/>
        <source>Offices for a company that needs space, best first, with the reasons.</source>
        <translation>Bureaux pour une entreprise qui cherche des locaux, les plus adaptés en premier, avec les raisons.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The area needed, in m².</source>
        <translation>La surface demandée, en m².</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workstations needed.</source>
        <translation>Les postes de travail demandés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first day the office is needed.</source>
        <translation>Le premier jour où le bureau est nécessaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For how many months.</source>
        <translation>Pour combien de mois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or until which day, included.</source>
        <translation>Ou jusqu’à quel jour, inclus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site preferred.</source>
        <translation>Le site préféré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The floor preferred.</source>
        <translation>L’étage préféré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only private offices or only shared spaces.</source>
        <translation>Seulement des bureaux privatifs ou seulement des espaces partagés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who the office is for (their rent continues their stay&apos;s schedule).</source>
        <translation>L’entreprise à qui le bureau est destiné (son loyer suit la progressivité de son séjour).</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+176"/>
        <source>1 workstation</source>
        <translation>1 poste</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+176"/>
        <source>%1 workstations</source>
        <translation>%1 postes</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>, floor %1</source>
        <translation>, étage %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, %3%4</source>
        <translation>%1, %2, %3%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly rent</source>
        <translation>Loyer mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left unlettable</source>
        <translation>Jours impossibles à louer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1. %2: %3</source>
        <translation>%1. %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No office is free over the whole period.</source>
        <translation>Aucun bureau n’est libre sur toute la période.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free for only part of the period:</source>
        <translation>Libres sur une partie de la période seulement&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>* %1: %2</source>
        <translation>* %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say how long the office is needed: --months N or --to DATE, one of them.</source>
        <translation>Indiquez pour combien de temps le bureau est nécessaire&#xa0;: --months N ou --to DATE, l’un des deux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--kind takes private or shared, not &apos;%1&apos;.</source>
        <translation>--kind accepte private ou shared, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The number of months is from 1 to 1200, not %1.</source>
        <translation>Le nombre de mois va de 1 à 1200, pas %1.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Offices for %1 and %2 from %3 to %4, best first:</source>
        <translation>Bureaux pour %1 et %2 du %3 au %4, les plus adaptés en premier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>pepin::cli::TenantsCommand</name>
    <message>
        <location filename="../cli/commands/TenantCommands.cpp" line="-238"/>
        <source>The tenants on a day, with their offices, area, workstations and rent.</source>
        <translation>Les entreprises hébergées à une date donnée, avec leurs bureaux, surfaces, postes de travail et loyers.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Tenants on %1, %2</source>
        <translation>Entreprises hébergées au %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenants: %1</source>
        <translation>Entreprises hébergées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lease type</source>
        <translation>Type de convention</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Monthly rent</source>
        <translation>Loyer mensuel</translation>
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
</context>
</TS>
