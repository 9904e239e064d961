<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../gui/admin/action_dialog.py" line="+142"/>
        <source>Their open sessions could not be ended: %1; IT can end them with dicel_end_sessions.</source>
        <translation>Ses sessions ouvertes n’ont pas pu être fermées : %1 ; l’informatique peut les fermer avec dicel_end_sessions.</translation>
    </message>
</context>
<context>
    <name>AuditValuesEditor</name>
    <message>
        <location filename="../gui/editors/audit_values.py" line="+116"/>
        <source>%1 (deleted, or hidden from you)</source>
        <translation>%1 (supprimé, ou caché pour vous)</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <location filename="../gui/editors/choices.py" line="+76"/>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <location filename="../gui/charts/budget_chart.py" line="+81"/>
        <source>Fiscal year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By department</source>
        <translation>Par service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the bars</source>
        <translation>Regrouper les barres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fiscal &amp;year:</source>
        <translation>&amp;Exercice :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Million RWF</source>
        <translation>Millions de RWF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spending month by month</source>
        <translation>Dépenses mois par mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The arrow keys choose a month, Enter opens its expenses.</source>
        <translation>Les flèches choisissent un mois, Entrée ouvre ses dépenses.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Million RWF, year to date</source>
        <translation>Millions de RWF, cumul</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Allocated: {0}</source>
        <translation>Alloué : {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent: {0}</source>
        <translation>Dépensé : {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining: {0}</source>
        <translation>Restant : {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over budget by {0}</source>
        <translation>Dépassement de {0}</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Allocated</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Straight-line budget</source>
        <translation>Budget linéaire</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>No department</source>
        <translation>Aucun service</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+10"/>
        <location line="+170"/>
        <source>Over budget</source>
        <translation>Budget dépassé</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No budget you may see.</source>
        <translation>Aucun budget que vous puissiez consulter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Budgets of {0}: allocated {1}, spent {2}.</source>
        <translation>Budgets de {0} : alloué {1}, dépensé {2}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Over budget: {0}.</source>
        <translation>Budget dépassé : {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing over budget.</source>
        <translation>Aucun dépassement de budget.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: allocated {1}, spent {2}, remaining {3}{4}.</source>
        <translation>{0} : alloué {1}, dépensé {2}, restant {3}{4}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, over budget</source>
        <translation>, budget dépassé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spent to the end of {0}: {1}, against {2} spending evenly.</source>
        <translation>Dépensé jusqu’à fin {0} : {1}, contre {2} pour une dépense régulière.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Budget {0}. The arrow keys choose a group, Enter opens its expenses.</source>
        <translation>Budget {0}. Les flèches choisissent un groupe, Entrée ouvre ses dépenses.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Budget bars: none</source>
        <translation>Barres du budget : aucune</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0}: spent {1} to date, against {2} spending evenly</source>
        <translation>{0} : {1} dépensés à ce jour, contre {2} pour une dépense régulière</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>1 line over budget</source>
        <translation>1 ligne au-delà du budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} lines over budget</source>
        <translation>{0} lignes au-delà du budget</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{0}: {1} over</source>
        <translation>{0} : {1} de dépassement</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>{0} ({1} over)</source>
        <translation>{0} ({1} de dépassement)</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Number of lines over budget</source>
        <translation>Nombre de lignes au-delà du budget</translation>
    </message>
</context>
<context>
    <name>BulkDecisionDialog</name>
    <message>
        <location filename="../gui/workflows/bulk_decision_dialog.py" line="+113"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve this item?</source>
        <translation>Approuver cet élément ?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Approve these %n items?</source>
        <translation>
            <numerusform>Approuver cet élément ?</numerusform>
            <numerusform>Approuver ces %n éléments ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>&amp;Approuver %n</numerusform>
            <numerusform>&amp;Approuver les %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject this item?</source>
        <translation>Rejeter cet élément ?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reject these %n items?</source>
        <translation>
            <numerusform>Rejeter cet élément ?</numerusform>
            <numerusform>Rejeter ces %n éléments ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>&amp;Reject %n</source>
        <translation>
            <numerusform>&amp;Rejeter %n</numerusform>
            <numerusform>&amp;Rejeter les %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items to decide</source>
        <translation>Éléments à décider</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rejecting a pay period cancels its payroll run and its payslips; the month can then be run again.</source>
        <translation>Rejeter une période de paie annule son calcul et ses bulletins ; le mois pourra alors être recalculé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Note (optional, recorded with each decision):</source>
        <translation>&amp;Note (facultative, enregistrée avec chaque décision) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Its facts could not be read: {problem}</source>
        <translation>Ses éléments n’ont pas pu être lus : {problem}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+15"/>
        <source>Deciding…</source>
        <translation>Décision en cours…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run cancelled</source>
        <translation>Calcul annulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not decided: {reason}</source>
        <translation>Non décidé : {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing could be decided: {problem}</source>
        <translation>Rien n’a pu être décidé : {problem}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>It is no longer there to decide.</source>
        <translation>Il n’est plus là pour être décidé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{days}; {state} already.</source>
        <translation>{days} ; déjà {state}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{days}; this leave has no yearly allowance.</source>
        <translation>{days} ; ce congé n’a pas de droit annuel.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>{days}; %n of {allowance_days} taken in {year}.</source>
        <translation>
            <numerusform>{days} ; %n jour pris sur {allowance} en {year}.</numerusform>
            <numerusform>{days} ; %n jours pris sur {allowance} en {year}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{days}; {over} beyond the allowance of {allowance} for {year}: approving is refused.</source>
        <translation>{days} ; {over} au-delà du droit de {allowance} pour {year} : l’approbation est refusée.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Budget {line}: {left} left after approval.</source>
        <translation>Budget {line} : {left} restant après approbation.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Total {total}; {state} already.</source>
        <translation>Total {total} ; déjà {state}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total {total}; waiting for: {level}.</source>
        <translation>Total {total} ; en attente de : {level}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, from {name}</source>
        <translation>, par {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind}: {title}</source>
        <translation>{kind} : {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind}: {title}, {amount}</source>
        <translation>{kind} : {title}, {amount}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n approved.</source>
        <translation>
            <numerusform>%n approuvé.</numerusform>
            <numerusform>%n approuvés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 may have been decided: reload to see.</source>
        <translation>1 a peut-être été décidée : rechargez pour voir.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n rejected.</source>
        <translation>
            <numerusform>%n rejeté.</numerusform>
            <numerusform>%n rejetés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 pay period cancelled</source>
        <translation>1 période de paie annulée</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pay periods cancelled</source>
        <translation>
            <numerusform>%n période de paie annulée</numerusform>
            <numerusform>%n périodes de paie annulées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rejected}, {cancelled}.</source>
        <translation>{rejected}, {cancelled}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejetée</numerusform>
            <numerusform>%n rejetées</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>1 not decided: the reason is beside it.</source>
        <translation>1 non décidé : le motif figure à côté.</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>Reading its facts…</source>
        <translation>Lecture de ses éléments…</translation>
    </message>
    <message numerus="yes">
        <location line="+290"/>
        <source>{days}; once approved, %n of {allowance_days} left for {year}.</source>
        <translation>
            <numerusform>{days} ; une fois approuvé, il restera %n jour sur {allowance} pour {year}.</numerusform>
            <numerusform>{days} ; une fois approuvé, il restera %n jours sur {allowance} pour {year}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n payslip(s), {net} net to pay.</source>
        <translation>
            <numerusform>%n bulletin, {net} net à payer.</numerusform>
            <numerusform>%n bulletins, {net} net à payer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n not decided: the reason is beside each.</source>
        <translation>
            <numerusform>%n non décidé : le motif figure à côté.</numerusform>
            <numerusform>%n non décidés : le motif figure à côté de chacun.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Decided:</source>
        <translation>Décisions prises :</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>(Counting the items above as approved too.)</source>
        <translation>(En comptant aussi comme approuvés les éléments au-dessus.)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Budget {line}: {left} left.</source>
        <translation>Budget {line} : {left} restants.</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../gui/editors/calendar_popup.py" line="+62"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>CancelLeaveDialog</name>
    <message>
        <location filename="../gui/workflows/cancel_leave_dialog.py" line="+32"/>
        <source>Cancel leave</source>
        <translation>Annuler le congé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>It was approved: its days go back to the balance.</source>
        <translation>Il avait été approuvé : ses jours reviennent au solde.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cancel %1&apos;s %2 (%3, %4)?</source>
        <translation>Annuler ce %2 pour %1 (%3, %4) ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel your %2 (%3, %4)?</source>
        <translation>Annuler votre %2 (%3, %4) ?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why the leave is cancelled</source>
        <translation>Motif de l’annulation du congé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;leave</source>
        <translation>Annuler le &amp;congé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Le conserver</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The leave is cancelled.</source>
        <translation>Le congé est annulé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CaseStepDialog</name>
    <message>
        <location filename="../gui/workflows/case_step_fields.py" line="+203"/>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/workflows/case_step_dialog.py" line="+126"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this without taking the step (Esc)</source>
        <translation>Fermer sans effectuer l’étape (Échap)</translation>
    </message>
    <message>
        <location filename="../gui/workflows/case_step_fields.py" line="-79"/>
        <source>Assign to</source>
        <translation>Attribuer à</translation>
    </message>
    <message>
        <location filename="../gui/workflows/case_step_dialog.py" line="+220"/>
        <location filename="../gui/workflows/case_step_fields.py" line="+2"/>
        <source>Loading the people who can take it…</source>
        <translation>Chargement des personnes qui peuvent s’en charger…</translation>
    </message>
    <message>
        <location filename="../gui/workflows/case_step_fields.py" line="+5"/>
        <source>Assign &amp;to:</source>
        <translation>Attribuer &amp;à :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a person</source>
        <translation>Choisissez une personne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was wrong, and what was done about it</source>
        <translation>Ce qui n’allait pas, et ce qui a été fait</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resol&amp;ution:</source>
        <translation>Résol&amp;ution :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Required: it is kept with the record</source>
        <translation>Obligatoire : il est conservé avec la fiche</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Why:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../gui/workflows/case_settled_facts.py" line="+45"/>
        <source>Amount involved:</source>
        <translation>Montant en jeu :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Completion date:</source>
        <translation>Date d’achèvement :</translation>
    </message>
    <message>
        <location filename="../gui/unanswered.py" line="+46"/>
        <location filename="../gui/workflows/case_step_dialog.py" line="+3"/>
        <location line="+21"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
</context>
<context>
    <name>CaseSteps</name>
    <message>
        <location filename="../gui/workflows/case_step_words.py" line="+21"/>
        <source>Whom should %1 be assigned to?</source>
        <translation>À qui attribuer %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put %1 on hold?</source>
        <translation>Mettre %1 en pause ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the work on %1?</source>
        <translation>Reprendre le travail sur %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How was %1 resolved?</source>
        <translation>Quelle a été la résolution de %1 ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark %1 as resolved, with the actions taken written on it?</source>
        <translation>Passer %1 à l’état « Résolu », avec les mesures prises consignées ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close %1? It can no longer be reopened.</source>
        <translation>Clôturer %1 ? La fiche ne pourra plus être rouverte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen %1?</source>
        <translation>Rouvrir %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel %1? Nobody will work on it.</source>
        <translation>Annuler %1 ? Personne ne s’en occupera plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start investigating %1?</source>
        <translation>Ouvrir l’enquête sur %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as recovered?</source>
        <translation>Marquer %1 comme recouvré ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write off %1? Its amount is no longer pursued.</source>
        <translation>Passer %1 en perte ? Son montant ne sera plus réclamé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark %1 as resolved?</source>
        <translation>Passer %1 à l’état « Résolu » ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send %1 for repair?</source>
        <translation>Envoyer %1 en réparation ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put %1 back in service?</source>
        <translation>Remettre %1 en service ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put %1 in storage?</source>
        <translation>Mettre %1 en stock ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire %1? It is no longer used, and can then only be disposed of.</source>
        <translation>Retirer %1 du service ? Il n’est plus utilisé et ne pourra ensuite qu’être mis au rebut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report %1 as lost?</source>
        <translation>Déclarer %1 perdu ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as found? It goes into storage until it is checked.</source>
        <translation>Marquer %1 comme retrouvé ? Il est mis en stock jusqu’à sa vérification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispose of %1? It leaves the register for good.</source>
        <translation>Mettre %1 au rebut ? Il quitte définitivement le registre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start mitigating %1?</source>
        <translation>Commencer l’atténuation de %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 to monitoring?</source>
        <translation>Placer %1 sous surveillance ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close %1? It can be reopened later.</source>
        <translation>Clôturer %1 ? La fiche pourra être rouverte plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start reviewing %1?</source>
        <translation>Passer %1 en examen ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as responded to?</source>
        <translation>Marquer %1 comme ayant reçu une réponse ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark %1 as contacted?</source>
        <translation>Passer %1 à l’état « Contactée » ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualify %1? It is worth pursuing.</source>
        <translation>Qualifier %1 ? Il vaut la peine d’être poursuivi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as unqualified? It is not pursued any further.</source>
        <translation>Passer %1 à l’état « Non qualifiée » ? La piste ne sera plus poursuivie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark %1 as converted? It became business.</source>
        <translation>Passer %1 à l’état « Convertie » ? La piste est devenue une affaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as lost?</source>
        <translation>Passer %1 à l’état « Perdue » ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start %1?</source>
        <translation>Démarrer %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as completed?</source>
        <translation>Terminer %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch %1?</source>
        <translation>Lancer %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause %1?</source>
        <translation>Mettre %1 en pause ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start screening %1?</source>
        <translation>Présélectionner %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call %1 to an interview?</source>
        <translation>Convoquer %1 en entretien ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer %1 the job?</source>
        <translation>Faire une offre d’emploi à %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as hired?</source>
        <translation>Embaucher %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject %1?</source>
        <translation>Rejeter %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as withdrawn?</source>
        <translation>Enregistrer un désistement : %1 ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish %1? It is published today.</source>
        <translation>Publier %1 ? L’offre est publiée aujourd’hui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as filled? Its applications close, and it can no longer be changed.</source>
        <translation>Marquer le poste %1 comme pourvu ? Les candidatures sont closes et l’offre ne pourra plus être modifiée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activate %1? It is signed, and in force from its start date.</source>
        <translation>Activer %1 ? Il est signé et en vigueur à partir de sa date de début.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark %1 as renewed? It ends on its end date and can no longer be changed; the new term is a new contract.</source>
        <translation>Marquer %1 comme renouvelé ? Il prend fin à sa date de fin et ne pourra plus être modifié ; la nouvelle période fait l’objet d’un nouveau contrat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Terminate %1? It ends today unless its end date has passed, and can no longer be changed.</source>
        <translation>Résilier %1 ? Il prend fin aujourd’hui, sauf si sa date de fin est déjà passée, et ne pourra plus être modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark %1 as expired? It ends today unless its end date has passed, and can no longer be changed.</source>
        <translation>Marquer %1 comme expiré ? Il prend fin aujourd’hui, sauf si sa date de fin est déjà passée, et ne pourra plus être modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share %1 with the employee? They can read it from now on, and what it says can no longer change unless it is taken back to draft.</source>
        <translation>Partager %1 avec l’employé ? Il y a accès dès maintenant, et son contenu ne peut plus changer, sauf retour au brouillon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take %1 back to draft to correct it? The employee no longer sees it until it is shared again.</source>
        <translation>Remettre %1 en brouillon pour correction ? L’employé n’y a plus accès jusqu’à un nouveau partage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark %1 as acknowledged? This records that the employee it is about has read it.</source>
        <translation>Passer %1 à l’état « Prise en compte » ? Cela atteste que l’employé concerné en a pris connaissance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark %1 as on leave?</source>
        <translation>Marquer %1 comme en congé ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as back from leave?</source>
        <translation>Marquer %1 comme de retour de congé ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend %1?</source>
        <translation>Suspendre %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstate %1? They are active again.</source>
        <translation>Réintégrer %1 ? La personne est de nouveau active.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as inactive? It can be reactivated later.</source>
        <translation>Passer %1 à l’état « Inactif » ? La fiche pourra être réactivée plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark %1 as failed? It can no longer be changed.</source>
        <translation>Passer %1 à l’état « Échoué » ? L’inscription ne pourra plus être modifiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as dropped? The employee no longer takes this training, and it can no longer be changed.</source>
        <translation>Passer %1 à l’état « Abandonné » ? L’employé ne suit plus cette formation, et l’inscription ne pourra plus être modifiée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Freeze %1? No expense is approved against it until it is unfrozen.</source>
        <translation>Geler %1 ? Aucune dépense n’y est approuvée tant qu’il n’est pas dégelé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unfreeze %1? Approved expenses are charged to it again.</source>
        <translation>Dégeler %1 ? Les dépenses approuvées y sont de nouveau imputées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark %1 as missed? The guard did not come, and it can no longer be changed.</source>
        <translation>Marquer %1 comme manquée ? Le garde n’est pas venu, et elle ne pourra plus être modifiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abort %1? It is recorded as not finished, and can no longer be changed.</source>
        <translation>Interrompre %1 ? Elle est enregistrée comme non terminée et ne pourra plus être modifiée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make %1 active again?</source>
        <translation>Réactiver %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block %1? It is marked as a supplier not to order from until it is unblocked.</source>
        <translation>Bloquer %1 ? Ce fournisseur est signalé comme à ne plus solliciter jusqu’à son déblocage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unblock %1? It is an active supplier again.</source>
        <translation>Débloquer %1 ? C’est de nouveau un fournisseur actif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discontinue %1? It is no longer stocked, and can no longer be changed.</source>
        <translation>Retirer %1 du catalogue ? Il n’est plus stocké et ne pourra plus être modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit %1 for review?</source>
        <translation>Soumettre %1 à l’examen ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve %1? What it says can then no longer be changed.</source>
        <translation>Approuver %1 ? Son contenu ne pourra alors plus être modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive %1? It can no longer be changed.</source>
        <translation>Archiver %1 ? Cela ne pourra plus être modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as won? Its stage becomes Closed won, and it can no longer be changed.</source>
        <translation>Marquer %1 comme gagnée ? Son étape devient « Gagnée » et elle ne pourra plus être modifiée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put %1 under review? It is reviewed again, and what it says can be corrected; it is approved again with its next review date.</source>
        <translation>Passer %1 en examen ? Elle est réexaminée et son contenu peut être corrigé ; elle est approuvée de nouveau avec sa prochaine date de révision.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open %1 to applications again?</source>
        <translation>Rouvrir %1 aux candidatures ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the applications to %1? Its closing date becomes today unless it has passed; it can be reopened later.</source>
        <translation>Clore les candidatures à %1 ? Sa date de clôture devient celle d’aujourd’hui, sauf si elle est passée ; les candidatures pourront être rouvertes plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open %1 to applications again? Its closing date is cleared: write the new one in the form.</source>
        <translation>Rouvrir %1 aux candidatures ? Sa date de clôture est effacée : saisissez la nouvelle dans la fiche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel %1? Nobody is hired for it, and it can no longer be changed.</source>
        <translation>Annuler %1 ? Personne n’y sera embauché, et l’offre ne pourra plus être modifiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete %1? It is filed as it is, and can no longer be changed.</source>
        <translation>Terminer %1 ? Le dossier est classé en l’état et ne peut plus être modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suspend %1? They are not paid while suspended. Their DICEL login is turned off now; an administrator turns it back on after they are reinstated.</source>
        <translation>Suspendre %1 ? La personne n’est pas payée pendant la suspension. Son accès à DICEL est désactivé dès maintenant ; un administrateur le réactive après sa réintégration.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Terminate %1? Their termination date becomes today unless an earlier one is written; their pay stops on that day, their DICEL login (if any) is deactivated, and the record can no longer be changed.</source>
        <translation>Mettre fin à l’emploi : %1 ? La date de fin devient aujourd’hui, sauf si une date antérieure est déjà saisie ; sa paie s’arrête à cette date, son accès à DICEL (s’il existe) est désactivé, et la fiche ne pourra plus être modifiée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start %1? Its start date becomes today unless it has passed.</source>
        <translation>Démarrer %1 ? Sa date de début devient aujourd’hui, sauf si elle est déjà passée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark %1 as completed? Its end date becomes today unless it has passed, and it can no longer be changed.</source>
        <translation>Marquer la formation %1 comme terminée ? Sa date de fin devient aujourd’hui, sauf si elle est déjà passée, et la formation ne pourra plus être modifiée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel %1? It does not take place, and can no longer be changed.</source>
        <translation>Annuler %1 ? Elle n’aura pas lieu et ne pourra plus être modifiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark %1 as completed? Its completion date becomes today unless an earlier one is written, and it can no longer be changed.</source>
        <translation>Passer %1 à l’état « Terminé » ? Sa date d’achèvement devient aujourd’hui, sauf si une date antérieure est déjà saisie, et l’inscription ne pourra plus être modifiée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take %1 back to draft? No expense is approved against it until it is activated again.</source>
        <translation>Remettre %1 en brouillon ? Aucune dépense n’y est approuvée tant qu’il n’est pas réactivé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activate %1? Approved expenses are charged to it from now on.</source>
        <translation>Activer %1 ? Les dépenses approuvées y sont imputées dès maintenant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close %1? No expense is approved against it any more, and it can no longer be changed.</source>
        <translation>Clôturer %1 ? Plus aucune dépense n’y est approuvée et il ne pourra plus être modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark %1 as completed? It can no longer be changed.</source>
        <translation>Marquer %1 comme terminée ? Cela ne pourra plus être modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel %1? The shift is not worked, and it can no longer be changed.</source>
        <translation>Annuler %1 ? La vacation n’est pas effectuée, et cela ne pourra plus être modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark %1 as completed? Its end time becomes now unless an earlier one is written, and it can no longer be changed.</source>
        <translation>Passer %1 à l’état « Terminé » ? Son heure de fin sera l’heure actuelle, sauf si une heure antérieure est saisie ; le rapport ne pourra plus être modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Abort %1? It is recorded as not finished, its end time becomes now unless an earlier one is written, and it can no longer be changed.</source>
        <translation>Interrompre %1 ? La ronde est enregistrée comme non terminée, son heure de fin sera l’heure actuelle, sauf si une heure antérieure est saisie ; le rapport ne pourra plus être modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark %1 as inactive? They no longer work as a guard; they can be reinstated.</source>
        <translation>Passer %1 à l’état « Inactif » ? La personne ne travaille plus comme garde ; elle pourra être réintégrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suspend %1? It is not served until it is reactivated.</source>
        <translation>Suspendre %1 ? Ce client n’est plus servi jusqu’à sa réactivation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activate %1? It becomes a client DICEL serves.</source>
        <translation>Activer %1 ? Il devient un client que DICEL sert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve %1? What it says can then no longer be changed. When is it next reviewed?</source>
        <translation>Approuver %1 ? Son contenu ne pourra plus être modifié. Quand sera-t-elle révisée la prochaine fois ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take %1 back to draft to correct it?</source>
        <translation>Remettre %1 en brouillon pour la corriger ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring %1 into force? Its effective date becomes today unless an earlier one is written in it.</source>
        <translation>Mettre %1 en vigueur ? Sa date d’effet devient aujourd’hui, sauf si une date antérieure y est déjà saisie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retire %1? It is no longer in force, and can no longer be changed.</source>
        <translation>Retirer %1 ? Elle n’est plus en vigueur et ne pourra plus être modifiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Launch %1? Its start date becomes today.</source>
        <translation>Lancer %1 ? Sa date de début devient aujourd’hui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close %1 to answers? Its end date becomes today unless it has passed; it can be reopened later.</source>
        <translation>Clore les réponses à %1 ? Sa date de fin devient aujourd’hui, sauf si elle est déjà passée ; elle pourra être rouverte plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open %1 to answers again? Its end date is cleared: write the new one in the form.</source>
        <translation>Rouvrir %1 aux réponses ? Sa date de fin est effacée : saisissez la nouvelle dans la fiche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark %1 as lost? Its stage becomes Closed lost, and it can no longer be changed.</source>
        <translation>Marquer %1 comme perdue ? Son étape devient « Perdue » et elle ne pourra plus être modifiée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Assign</source>
        <translation>&amp;Attribuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on &amp;hold</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose it</source>
        <translation>C&amp;lôturer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open</source>
        <translation>Ro&amp;uvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Investigate</source>
        <translation>En&amp;quêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark reco&amp;vered</source>
        <translation>Marquer comme reco&amp;uvré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write off</source>
        <translation>Passer en per&amp;te</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to &amp;repair</source>
        <translation>Envoyer en ré&amp;paration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back in ser&amp;vice</source>
        <translation>Remettre en ser&amp;vice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put in s&amp;torage</source>
        <translation>Mettre en s&amp;tock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ret&amp;ire</source>
        <translation>Retirer du serv&amp;ice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;lost</source>
        <translation>Déclarer &amp;perdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;found</source>
        <translation>Marquer comme re&amp;trouvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispose &amp;of</source>
        <translation>Mettre au re&amp;but</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;mitigating</source>
        <translation>Lancer l’&amp;atténuation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moni&amp;tor</source>
        <translation>Placer sous sur&amp;veillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Start re&amp;view</source>
        <translation>Passer en e&amp;xamen</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Mark res&amp;ponded</source>
        <translation>Marquer comme ré&amp;pondu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;contacted</source>
        <translation>Marquer comme &amp;contactée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Qualify</source>
        <translation>&amp;Qualifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;unqualified</source>
        <translation>Marquer comme non q&amp;ualifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark con&amp;verted</source>
        <translation>Marquer comme con&amp;vertie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;lost</source>
        <translation>Marquer comme per&amp;due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star&amp;t</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark co&amp;mpleted</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Launch</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scr&amp;een</source>
        <translation>&amp;Présélectionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call to &amp;interview</source>
        <translation>Convoquer en en&amp;tretien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;ffer the job</source>
        <translation>&amp;Faire une offre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hire</source>
        <translation>Em&amp;baucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;withdrawn</source>
        <translation>Enregistrer le &amp;désistement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;filled</source>
        <translation>Marquer le poste comme pour&amp;vu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;renewed</source>
        <translation>Marquer comme reno&amp;uvelé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terminate</source>
        <translation>Rési&amp;lier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;expired</source>
        <translation>Marquer comme e&amp;xpiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hare</source>
        <translation>&amp;Partager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to &amp;draft</source>
        <translation>Remettre en &amp;brouillon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark on &amp;leave</source>
        <translation>Marquer comme en &amp;congé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back from lea&amp;ve</source>
        <translation>Retour de &amp;congé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;uspend</source>
        <translation>Sus&amp;pendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;instate</source>
        <translation>Ré&amp;intégrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark inac&amp;tive</source>
        <translation>Marquer comme inac&amp;tif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark f&amp;ailed</source>
        <translation>Marquer comme en é&amp;chec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark dr&amp;opped</source>
        <translation>Marquer comme &amp;abandonné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Freeze</source>
        <translation>&amp;Geler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unfreeze</source>
        <translation>&amp;Dégeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark m&amp;issed</source>
        <translation>Marquer comme &amp;manquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Abort</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reac&amp;tivate</source>
        <translation>Réac&amp;tiver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bl&amp;ock</source>
        <translation>&amp;Bloquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unblock</source>
        <translation>&amp;Débloquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dis&amp;continue</source>
        <translation>Retirer du &amp;catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;won</source>
        <translation>Marquer comme &amp;gagnée</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Next review due:</source>
        <translation>Prochaine ré&amp;vision le :</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Mark ac&amp;knowledged</source>
        <translation>Marquer comme prise en &amp;compte</translation>
    </message>
    <message>
        <location filename="../gui/workflows/cases.py" line="+31"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Attribuer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on &amp;hold…</source>
        <translation>Mettre en &amp;pause…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume…</source>
        <translation>Re&amp;prendre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Résoudre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark c&amp;losed…</source>
        <translation>C&amp;lôturer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open…</source>
        <translation>Ro&amp;uvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &amp;ticket…</source>
        <translation>Annuler la &amp;demande…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Investigate…</source>
        <translation>En&amp;quêter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark reco&amp;vered…</source>
        <translation>Marquer comme reco&amp;uvré…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write off…</source>
        <translation>Passer en per&amp;te…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to &amp;repair…</source>
        <translation>Envoyer en &amp;réparation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back in ser&amp;vice…</source>
        <translation>Remettre en ser&amp;vice…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put in s&amp;torage…</source>
        <translation>Mettre en s&amp;tock…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ret&amp;ire…</source>
        <translation>Retirer du serv&amp;ice…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;lost…</source>
        <translation>Déclarer &amp;perdu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;found…</source>
        <translation>Marquer comme re&amp;trouvé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispose &amp;of…</source>
        <translation>Mettre au re&amp;but…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;mitigating…</source>
        <translation>Lancer l’&amp;atténuation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moni&amp;tor…</source>
        <translation>Placer sous sur&amp;veillance…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Start re&amp;view…</source>
        <translation>Passer en e&amp;xamen…</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Mark res&amp;ponded…</source>
        <translation>Marquer comme ré&amp;pondu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;contacted…</source>
        <translation>Marquer comme &amp;contactée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Qualify…</source>
        <translation>&amp;Qualifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;unqualified…</source>
        <translation>Marquer comme non q&amp;ualifiée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark con&amp;verted…</source>
        <translation>Marquer comme con&amp;vertie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;lost…</source>
        <translation>Marquer comme per&amp;due…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star&amp;t audit…</source>
        <translation>&amp;Démarrer l’audit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark co&amp;mpleted…</source>
        <translation>&amp;Terminer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Launch…</source>
        <translation>&amp;Lancer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause…</source>
        <translation>Mettre en &amp;pause…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scr&amp;een…</source>
        <translation>&amp;Présélectionner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call to &amp;interview…</source>
        <translation>Convoquer en en&amp;tretien…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;ffer the job…</source>
        <translation>&amp;Faire une offre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hire…</source>
        <translation>Em&amp;baucher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;jeter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;withdrawn…</source>
        <translation>Enregistrer le &amp;désistement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;filled…</source>
        <translation>Marquer le poste comme pour&amp;vu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Activate…</source>
        <translation>&amp;Activer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;renewed…</source>
        <translation>Marquer comme reno&amp;uvelé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terminate…</source>
        <translation>Rési&amp;lier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;expired…</source>
        <translation>Marquer comme e&amp;xpiré…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;hare with the employee…</source>
        <translation>&amp;Partager avec l’employé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take &amp;back to draft…</source>
        <translation>Remettre en &amp;brouillon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark ac&amp;knowledged…</source>
        <translation>Marquer comme prise en &amp;compte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark on &amp;leave…</source>
        <translation>Marquer comme en &amp;congé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back from lea&amp;ve…</source>
        <translation>Retour de con&amp;gé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;uspend…</source>
        <translation>Sus&amp;pendre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;instate…</source>
        <translation>Ré&amp;intégrer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark inac&amp;tive…</source>
        <translation>Marquer comme inac&amp;tif…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark f&amp;ailed…</source>
        <translation>Marquer comme en é&amp;chec…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark dr&amp;opped…</source>
        <translation>Marquer comme &amp;abandonné…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Freeze…</source>
        <translation>&amp;Geler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unfreeze…</source>
        <translation>&amp;Dégeler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark m&amp;issed…</source>
        <translation>Marquer comme &amp;manquée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Abort…</source>
        <translation>&amp;Interrompre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reac&amp;tivate…</source>
        <translation>Réac&amp;tiver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Block…</source>
        <translation>&amp;Bloquer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unblock…</source>
        <translation>&amp;Débloquer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dis&amp;continue…</source>
        <translation>Retirer du &amp;catalogue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for re&amp;view…</source>
        <translation>Soumettre à l’e&amp;xamen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pprove…</source>
        <translation>A&amp;pprouver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arc&amp;hive…</source>
        <translation>Arc&amp;hiver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;won…</source>
        <translation>Marquer comme &amp;gagnée…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel &amp;audit…</source>
        <translation>Annuler l’&amp;audit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &amp;campaign…</source>
        <translation>Annuler la &amp;campagne…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel pos&amp;ting…</source>
        <translation>Annuler l’o&amp;ffre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose applications…</source>
        <translation>C&amp;lore les candidatures…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open applications…</source>
        <translation>Ro&amp;uvrir les candidatures…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Terminate employment…</source>
        <translation>Mettre &amp;fin à l’emploi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Star&amp;t training…</source>
        <translation>&amp;Démarrer la formation…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cancel trainin&amp;g…</source>
        <translation>Annuler la &amp;formation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star&amp;t shift…</source>
        <translation>&amp;Démarrer la vacation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel assi&amp;gnment…</source>
        <translation>Annuler la &amp;vacation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Mark &amp;inactive…</source>
        <translation>Marquer comme &amp;inactif…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring into &amp;force…</source>
        <translation>Mettre en &amp;vigueur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close survey…</source>
        <translation>&amp;Clore l’enquête…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moves it to “%1”</source>
        <translation>Passe à l’état « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is already “%1” and stays so</source>
        <translation>La fiche est déjà « %1 » et le reste</translation>
    </message>
    <message>
        <location filename="../gui/workflows/case_step_words.py" line="+29"/>
        <source>What the client was &amp;told:</source>
        <translation>Ce qui a été &amp;dit au client :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was &amp;done:</source>
        <translation>Ce qui a été &amp;fait :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was &amp;recovered:</source>
        <translation>Ce qui a été &amp;recouvré :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was &amp;done, or why it is closed:</source>
        <translation>Ce qui a été &amp;fait, ou pourquoi elle est clôturée :</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/workflows/payslip_cut_line.py" line="+56"/>
        <source>The approved payslip of %1 will be cut to the days worked: %n of %3 days, basic %4 instead of %5; its allowances in proportion, its deductions and net computed again.</source>
        <translation>
            <numerusform>Le bulletin de paie approuvé de %1 sera ramené aux jours travaillés : %n jour sur %3, salaire de base %4 au lieu de %5 ; les indemnités dans la même proportion, les retenues et le net recalculés.</numerusform>
            <numerusform>Le bulletin de paie approuvé de %1 sera ramené aux jours travaillés : %n jours sur %3, salaire de base %4 au lieu de %5 ; les indemnités dans la même proportion, les retenues et le net recalculés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The annual leave not taken (%n working days) will be paid with the next payroll run, as a final settlement.</source>
        <translation>
            <numerusform>Le congé annuel non pris (%n jour ouvré) sera payé avec la prochaine paie, pour solde de tout compte.</numerusform>
            <numerusform>Le congé annuel non pris (%n jours ouvrés) sera payé avec la prochaine paie, pour solde de tout compte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/workflows/case_step_words.py" line="-178"/>
        <source>Reinstate %1? They are active again. Their login stays off until an administrator turns it back on.</source>
        <translation>Réintégrer %1 ? La personne est de nouveau active. Son accès reste désactivé jusqu’à ce qu’un administrateur le réactive.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/workflows/payslip_cut_line.py" line="+8"/>
        <source>The payslip of %1 was already paid in full: %n day(s) after the day pay stops, about %3 basic paid for them. Ask Finance to recover it.</source>
        <translation>
            <numerusform>Le bulletin de paie de %1 a déjà été payé en entier : %n jour après l’arrêt de la paie, environ %3 de salaire de base payé pour ce jour. Demandez aux Finances de le récupérer.</numerusform>
            <numerusform>Le bulletin de paie de %1 a déjà été payé en entier : %n jours après l’arrêt de la paie, environ %3 de salaire de base payés pour ces jours. Demandez aux Finances de les récupérer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeEmailDialog</name>
    <message>
        <location filename="../gui/admin/change_email_dialog.py" line="+22"/>
        <source>Change e-mail</source>
        <translation>Changer d’adresse e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 logs in as %2. From now on they log in with the new address; their password stays the same.</source>
        <translation>%1 se connecte avec %2. Désormais, cette personne se connecte avec la nouvelle adresse ; son mot de passe ne change pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Change e-mail</source>
        <translation>&amp;Changer l’adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;e-mail:</source>
        <translation>Nouvelle adresse &amp;e-mail :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 now logs in as %2; the password is unchanged.</source>
        <translation>%1 se connecte désormais avec %2 ; le mot de passe est inchangé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing…</source>
        <translation>Modification en cours…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../gui/admin/change_password_dialog.py" line="+65"/>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You log in as %1. Type your current password, then the new one twice. It takes effect at once.</source>
        <translation>Vous êtes connecté en tant que %1. Saisissez votre mot de passe actuel, puis le nouveau deux fois. Il prend effet immédiatement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;password</source>
        <translation>Changer le mot de &amp;passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canc&amp;el</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least %1 characters</source>
        <translation>Au moins %1 caractères</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmer :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type the password you logged in with.</source>
        <translation>Saisissez le mot de passe avec lequel vous vous êtes connecté.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new password is the same as the current one.</source>
        <translation>Le nouveau mot de passe est identique à l’actuel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your password was changed; use the new one from now on.</source>
        <translation>Votre mot de passe a été changé ; utilisez désormais le nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password DICEL remembers for you was updated too.</source>
        <translation>Le mot de passe que DICEL mémorise pour vous a aussi été mis à jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DICEL could not update the password it remembers for you (%1): type the new one at your next login.</source>
        <translation>DICEL n’a pas pu mettre à jour le mot de passe qu’il mémorise pour vous (%1) : saisissez le nouveau à votre prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../gui/admin/change_role_dialog.py" line="+24"/>
        <source>Change role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has the role %2. The new role&apos;s rights apply as soon as you confirm; DICEL Desktop shows its tabs when they next log in.</source>
        <translation>%1 a le rôle %2. Les droits du nouveau rôle s’appliquent dès votre confirmation ; DICEL Desktop en affichera les onglets à sa prochaine connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Change role</source>
        <translation>&amp;Changer de rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New &amp;role:</source>
        <translation>Nouveau &amp;rôle :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 now has the role %2.</source>
        <translation>%1 a désormais le rôle %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing…</source>
        <translation>Modification en cours…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../gui/charts/common.py" line="+315"/>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+13"/>
        <source>Save as PNG</source>
        <translation>Enregistrer en PNG</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The picture could not be written to {path}. Choose a folder you may write to.</source>
        <translation>L’image n’a pas pu être enregistrée dans {path}. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../gui/editors/choices.py" line="+17"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>ClientNotices</name>
    <message>
        <location filename="../gui/client_notices.py" line="+21"/>
        <source>A newer DICEL Desktop ({expected}) is installed at your company; this one is {current}. Install the new one from {installer} when you can. You can work on meanwhile.</source>
        <translation>Une version plus récente de DICEL Desktop ({expected}) est en service dans votre entreprise ; celle-ci est la {current}. Installez la nouvelle depuis {installer} dès que possible. Vous pouvez continuer à travailler en attendant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A newer DICEL Desktop ({expected}) is installed at your company; this one is {current}. Ask IT where to install it from. You can work on meanwhile.</source>
        <translation>Une version plus récente de DICEL Desktop ({expected}) est en service dans votre entreprise ; celle-ci est la {current}. Demandez à l’informatique d’où l’installer. Vous pouvez continuer à travailler en attendant.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read-only: this version is too old</source>
        <translation>Lecture seule : cette version est trop ancienne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The company database was upgraded by a newer DICEL Desktop. This one can show records but not change them until you install the new version.</source>
        <translation>La base de données de l’entreprise a été mise à niveau par une version plus récente de DICEL Desktop. Celle-ci peut afficher les fiches mais pas les modifier tant que vous n’avez pas installé la nouvelle version.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A newer DICEL Desktop exists</source>
        <translation>Une version plus récente de DICEL Desktop existe</translation>
    </message>
</context>
<context>
    <name>ClosePurchaseOrderDialog</name>
    <message>
        <location filename="../gui/workflows/close_purchase_order_dialog.py" line="+29"/>
        <source>Close order</source>
        <translation>Clôturer la commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close %1</source>
        <translation>Clôturer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close %1 as it stands</source>
        <translation>Clôturer %1 en l’état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer expected</source>
        <translation>Plus attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is closed</source>
        <translation>Motif de la clôture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required: supplier out of stock, no longer needed…</source>
        <translation>Obligatoire : fournisseur en rupture, plus nécessaire…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close &amp;order</source>
        <translation>Clôturer la &amp;commande</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Closing the order…</source>
        <translation>Clôture de la commande…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this without taking the step (Esc)</source>
        <translation>Fermer sans effectuer l’étape (Échap)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../gui/records/conflict_dialog.py" line="+58"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone else saved this %1 while you were editing it.</source>
        <translation>Quelqu’un d’autre a enregistré cette fiche (%1) pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been overwritten.</source>
        <translation>Rien n’a été écrasé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs</source>
        <translation>Les leurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Les vôtres</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Take &amp;theirs</source>
        <translation>Prendre les &amp;leurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder les miennes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the form</source>
        <translation>Retour au formulaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your role may not change these fields now.</source>
        <translation>Votre rôle ne permet pas de modifier ces champs maintenant.</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <location filename="../gui/connection_watch.py" line="+72"/>
        <location line="+114"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connection lost — retrying</source>
        <translation>Connexion perdue — nouvelle tentative</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>No answer from the server yet — %1 s</source>
        <translation>Pas encore de réponse du serveur — %1 s</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Signed out by the database</source>
        <translation>Déconnecté par la base de données</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../gui/crash.py" line="+56"/>
        <source>DICEL Desktop: something went wrong</source>
        <translation>DICEL Desktop : un problème est survenu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something went wrong inside DICEL Desktop. What you were doing may not have finished: check it, then carry on. If it happens again, tell IT and give them the details (Copy details) or the log file.</source>
        <translation>Un problème est survenu dans DICEL Desktop. Ce que vous faisiez n’est peut-être pas terminé : vérifiez-le, puis continuez. Si cela se reproduit, prévenez l’informatique et donnez-lui les détails (Copier les détails) ou le fichier journal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log file: {path}</source>
        <translation>Fichier journal : {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This program could not open its log file.</source>
        <translation>Ce programme n’a pas pu ouvrir son fichier journal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Problems since this window opened: {count}</source>
        <translation>Problèmes depuis l’ouverture de cette fenêtre : {count}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../gui/credentials.py" line="+51"/>
        <source>This computer has no password store (such as Windows Credential Manager, GNOME Keyring or KWallet), so DICEL cannot remember your password.</source>
        <translation>Cet ordinateur n’a pas de coffre à mots de passe (comme le Gestionnaire d’identification Windows, GNOME Keyring ou KWallet) : DICEL ne peut donc pas mémoriser votre mot de passe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remembering passwords is turned off on this computer (keyring is disabled).</source>
        <translation>La mémorisation des mots de passe est désactivée sur cet ordinateur (keyring est désactivé).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The password store of this computer could not be opened: {reason}</source>
        <translation>Le coffre à mots de passe de cet ordinateur n’a pas pu être ouvert : {reason}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your password could not be remembered: the password store refused it ({reason}).</source>
        <translation>Votre mot de passe n’a pas pu être mémorisé : le coffre à mots de passe l’a refusé ({reason}).</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../gui/dashboards/dashboard_page.py" line="+131"/>
        <source>Open the budget chart of my department</source>
        <translation>Ouvrir le graphique budgétaire de mon service</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+237"/>
        <location line="+14"/>
        <source>Loading the figures…</source>
        <extracomment>The charts made so far, by key: each is made when first placed (``_plot``), not with the page. Their module brings pyqtgraph and numpy, and every department&apos;s page is made with the main window: made here, they were imported and built (a finance manager&apos;s six dashboards) before the window was shown. The page waits for its first paint to lay out its tiles and charts (``load`` before its window was shown), and keeps an answer that came before it.
----------
The keys of the tiles and charts in the grids, in their order. The tiles and charts, whole (``printable``).</extracomment>
        <translation>Chargement des chiffres…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing on this dashboard is yours to see.</source>
        <translation>Rien sur ce tableau de bord ne vous est accessible.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The figures could not be loaded: %1</source>
        <translation>Les chiffres n’ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+22"/>
        <source>Open the list of these records</source>
        <translation>Ouvrir la liste de ces fiches</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Opens the list of these records</source>
        <translation>Ouvre la liste de ces fiches</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Needs attention: open the list of these records</source>
        <translation>Demande votre attention : ouvrir la liste de ces fiches</translation>
    </message>
    <message>
        <location filename="../gui/dashboards/dashboard_chart.py" line="+127"/>
        <source>%1 (so far)</source>
        <translation>%1 (jusqu’ici)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (million RWF)</source>
        <translation>%1 (millions de RWF)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no records in this period</source>
        <translation>%1 : aucun enregistrement sur cette période</translation>
    </message>
</context>
<context>
    <name>DataGrid</name>
    <message>
        <location filename="../gui/widgets/row_flag_looks.py" line="+61"/>
        <source>Below its minimum stock: time to order more.</source>
        <translation>Sous son stock minimum : il est temps de commander.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still pending after its first day: it needs a decision.</source>
        <translation>Toujours en attente après son premier jour : une décision est nécessaire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In force past its review date: the review is overdue.</source>
        <translation>En vigueur après sa date de révision : la révision est en retard.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Licence expired: the guard may not work until it is renewed.</source>
        <translation>Licence expirée : l’agent ne peut pas travailler avant son renouvellement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past its end date, still active: renew it or mark it expired.</source>
        <translation>Date de fin dépassée, toujours actif : renouvelez-le ou marquez-le expiré.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Licence expiring within 30 days.</source>
        <translation>Licence expirant dans les 30 jours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active and ending within 30 days.</source>
        <translation>Actif et prenant fin dans les 30 jours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still open after its expected close date.</source>
        <translation>Toujours ouverte après sa date de clôture prévue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still open after its closing date: close it, or move the date.</source>
        <translation>Toujours ouverte après sa date de clôture : clôturez-la, ou changez la date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not settled by its target completion date.</source>
        <translation>Non réglé à sa date d’achèvement visée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past its expected delivery, not all received.</source>
        <translation>Livraison prévue dépassée, pas tout reçu.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/count_text.py" line="+14"/>
        <source>No rows</source>
        <translation>Aucune ligne</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 row</source>
        <translation>%1 ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 row</source>
        <translation>environ %1 ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 rows</source>
        <translation>environ %1 lignes</translation>
    </message>
    <message>
        <location filename="../gui/widgets/grid_layout.py" line="+40"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finds rows where every word appears in a text column, a name or a state</source>
        <translation>Trouve les lignes où chaque mot figure dans une colonne de texte, un nom ou un état</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../gui/widgets/grid_menus.py" line="+120"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this list, as filtered and sorted, to Excel or CSV</source>
        <translation>Enregistrer cette liste, filtrée et triée, au format Excel ou CSV</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Count exactly</source>
        <translation>Compter exactement</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The arrow keys move between rows, Enter opens the record</source>
        <translation>Les flèches passent d’une ligne à l’autre, Entrée ouvre la fiche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search %1</source>
        <translation>Rechercher dans %1</translation>
    </message>
    <message>
        <location filename="../gui/widgets/column_widths.py" line="+458"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../gui/widgets/data_grid.py" line="+375"/>
        <source>Filtered by %1</source>
        <translation>Filtré par %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+37"/>
        <location line="+33"/>
        <source>Counting…</source>
        <translation>Comptage en cours…</translation>
    </message>
    <message>
        <location line="-55"/>
        <source> (counting took too long)</source>
        <translation> (le comptage a pris trop de temps)</translation>
    </message>
    <message>
        <location filename="../gui/widgets/grid_menus.py" line="-24"/>
        <source>Filter %1…</source>
        <translation>Filtrer %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clear this filter</source>
        <translation>Effacer ce filtre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sort ascending</source>
        <translation>Tri croissant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sort descending</source>
        <translation>Tri décroissant</translation>
    </message>
    <message>
        <location filename="../gui/widgets/data_grid.py" line="+180"/>
        <source>Nothing found</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../gui/widgets/row_flag_looks.py" line="+3"/>
        <source>The shift is over: mark it completed, or missed if it never started.</source>
        <translation>La vacation est terminée : marquez-la terminée, ou manquée si elle n’a jamais commencé.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>High risk score, not closed: it needs attention.</source>
        <translation>Score de risque élevé, non clos : il demande votre attention.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Critical risk score, not closed: it needs attention now.</source>
        <translation>Score de risque critique, non clos : il demande votre attention dès maintenant.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Held by someone whose login is deactivated: recover it.</source>
        <translation>Détenu par une personne dont le compte est désactivé : à récupérer.</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../gui/editors/dates.py" line="+84"/>
        <source>h</source>
        <comment>the letter for &apos;hour&apos; in a time pattern such as hh:mm</comment>
        <translation>h</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>d</source>
        <comment>the letter for &apos;day&apos; in a date pattern such as dd/mm/yyyy</comment>
        <translation>j</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>Today is not one of the days offered here.</source>
        <translation>Aujourd’hui n’est pas l’un des jours proposés ici.</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>m</source>
        <comment>the letter for &apos;month&apos; in a date pattern such as dd/mm/yyyy</comment>
        <translation>m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>y</source>
        <comment>the letter for &apos;year&apos; in a date pattern such as dd/mm/yyyy</comment>
        <translation>a</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>m</source>
        <comment>the letter for &apos;minute&apos; in a time pattern such as hh:mm</comment>
        <translation>m</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose from a calendar ({shortcut})</source>
        <translation>Choisir dans un calendrier ({shortcut})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+160"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Now, if left empty (%1)</source>
        <translation>Maintenant, si laissé vide (%1)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
</context>
<context>
    <name>DeactivateDialog</name>
    <message>
        <location filename="../gui/admin/deactivate_dialog.py" line="+28"/>
        <source>Deactivate %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivate %1 (%2)? They will no longer be able to log in. Their records and history are kept, and you can reactivate them later. A session they already have open continues until they close DICEL.</source>
        <translation>Désactiver %1 (%2) ? Cette personne ne pourra plus se connecter. Ses enregistrements et son historique sont conservés, et vous pourrez la réactiver plus tard. Une session déjà ouverte continue jusqu’à ce qu’elle ferme DICEL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Deactivate %1</source>
        <translation>&amp;Désactiver %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 can no longer log in; their records are kept.</source>
        <translation>%1 ne peut plus se connecter ; ses enregistrements sont conservés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivating…</source>
        <translation>Désactivation en cours…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Still holds: %1; ask IT to recover them.</source>
        <translation>Détient encore : %1 ; demandez à l’informatique de les récupérer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still holds: %1; ask IT to recover it.</source>
        <translation>Détient encore : %1 ; demandez à l’informatique de le récupérer.</translation>
    </message>
</context>
<context>
    <name>DecidePurchaseOrderDialog</name>
    <message>
        <location filename="../gui/workflows/decide_purchase_order_dialog.py" line="+57"/>
        <source>Approve or reject the purchase order</source>
        <translation>Approuver ou rejeter le bon de commande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, for whoever reads the order later</source>
        <translation>Motif, pour qui lira la commande plus tard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Approve or reject %1</source>
        <translation>Approuver ou rejeter %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This purchase order is %1: there is nothing left to decide.</source>
        <translation>Ce bon de commande est %1 : il n’y a plus rien à décider.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You decide for: %1.</source>
        <translation>Vous décidez au titre de : %1.</translation>
    </message>
</context>
<context>
    <name>DemoUsers</name>
    <message>
        <location filename="../gui/demo_users.py" line="+33"/>
        <source>{position}, reports to {name}</source>
        <translation>{position}, rend compte à {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../gui/records/details.py" line="+68"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="schema_words.py" line="+764"/>
        <source>Save the invoice first, then add its lines here.</source>
        <translation>Enregistrez d’abord la facture, puis ajoutez-en les lignes ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the purchase order first, then add its lines here.</source>
        <translation>Enregistrez d’abord le bon de commande, puis ajoutez-en les lignes ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the purchase order first, then add its approvals here.</source>
        <translation>Enregistrez d’abord le bon de commande, puis ajoutez-en les approbations ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the recovery case first, then add its case documents here.</source>
        <translation>Enregistrez d’abord le dossier de recouvrement, puis ajoutez-en les pièces ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the patrol route first, then add its patrol logs here.</source>
        <translation>Enregistrez d’abord le circuit de ronde, puis ajoutez-en les rapports de ronde ici.</translation>
    </message>
</context>
<context>
    <name>DocumentLinkEditor</name>
    <message>
        <location filename="../gui/editors/document_link.py" line="+90"/>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the file on this computer</source>
        <translation>Enregistrer une copie du fichier sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Your role cannot change the files of this record.</source>
        <translation>Votre rôle ne permet pas de modifier les fichiers de cette fiche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its file was filed with it: it can no longer be changed here.</source>
        <translation>Son fichier a été classé avec elle : il ne peut plus être modifié ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This field can no longer change.</source>
        <translation>Ce champ ne peut plus être modifié.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No file is attached to open.</source>
        <translation>Aucun fichier joint à ouvrir.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{kind}, {size}, uploaded by {who}</source>
        <translation>{kind}, {size}, envoyé par {who}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The linked file is no longer available</source>
        <translation>Le fichier lié n’est plus disponible</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+72"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+76"/>
        <source>Save the record first to attach a file</source>
        <translation>Enregistrez d’abord la fiche pour joindre un fichier</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No program on this computer opens “{name}”.</source>
        <translation>Aucun programme de cet ordinateur n’ouvre « {name} ».</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved “{name}” in {folder}.</source>
        <translation>« {name} » enregistré dans {folder}.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>No file attached: Attach… lists it under Documents too</source>
        <translation>Aucun fichier joint : Joindre… l’ajoute aussi aux Documents</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Empty</source>
        <translation>Vider</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Empty this field when the record is saved (Delete): the file stays under Documents, where it can then be removed</source>
        <translation>Vider ce champ à l’enregistrement de la fiche (Suppr) : le fichier reste sous Documents, où il peut ensuite être retiré</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../gui/widgets/document_list.py" line="+35"/>
        <source>Files of the record</source>
        <translation>Fichiers de la fiche</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploaded by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the file the field %2 names</source>
        <translation>%1 : le fichier désigné par le champ %2</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../gui/widgets/document_preview.py" line="+90"/>
        <source>Select a file to see it here.</source>
        <translation>Sélectionnez un fichier pour le voir ici.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No preview for this kind of file. Use Open to view it.</source>
        <translation>Pas d’aperçu pour ce type de fichier. Utilisez Ouvrir pour le voir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No preview for this kind of file. Use Download… to save a copy.</source>
        <translation>Pas d’aperçu pour ce type de fichier. Utilisez Télécharger… pour en enregistrer une copie.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This image cannot be shown (it may be damaged). Use Open to try another program.</source>
        <translation>Cette image ne peut pas être affichée (elle est peut-être endommagée). Utilisez Ouvrir pour essayer un autre programme.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This image cannot be shown (it may be damaged). Use Download… to save a copy.</source>
        <translation>Cette image ne peut pas être affichée (elle est peut-être endommagée). Utilisez Télécharger… pour en enregistrer une copie.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This PDF cannot be shown here (it may be damaged or protected by a password). Use Open to view it.</source>
        <translation>Ce PDF ne peut pas être affiché ici (il est peut-être endommagé ou protégé par un mot de passe). Utilisez Ouvrir pour le voir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This PDF cannot be shown here (it may be damaged or protected by a password). Use Download… to save a copy.</source>
        <translation>Ce PDF ne peut pas être affiché ici (il est peut-être endommagé ou protégé par un mot de passe). Utilisez Télécharger… pour en enregistrer une copie.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../gui/widgets/document_support.py" line="+46"/>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG image</source>
        <translation>Image JPEG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIF image</source>
        <translation>Image GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIFF image</source>
        <translation>Image TIFF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebP image</source>
        <translation>Image WebP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table</source>
        <translation>Tableau CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP archive</source>
        <translation>Archive ZIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PowerPoint presentation</source>
        <translation>Présentation PowerPoint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenDocument text</source>
        <translation>Texte OpenDocument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenDocument spreadsheet</source>
        <translation>Classeur OpenDocument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outlook message</source>
        <translation>Message Outlook</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Windows program</source>
        <translation>Programme Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file “{name}” is no longer there. Choose it again.</source>
        <translation>Le fichier « {name} » n’existe plus. Choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “{name}” could not be read or written: {reason}.</source>
        <translation>Le fichier « {name} » n’a pas pu être lu ou écrit : {reason}.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not opened</source>
        <translation>Non ouvert</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save file</source>
        <translation>Enregistrer le fichier</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_layout.py" line="+54"/>
        <source>&amp;Upload…</source>
        <translation>&amp;Joindre…</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_panel.py" line="+208"/>
        <source>Attach files to this record (or drag them here)</source>
        <translation>Joindre des fichiers à cette fiche (ou les glisser ici)</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_layout.py" line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_panel.py" line="-28"/>
        <source>Open the file with this computer&apos;s program for it</source>
        <translation>Ouvrir le fichier avec le programme prévu sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../gui/widgets/document_support.py" line="-24"/>
        <location filename="../gui/widgets/documents_layout.py" line="+2"/>
        <source>Do&amp;wnload…</source>
        <translation>&amp;Télécharger…</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_layout.py" line="+1"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Remplacer…</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_panel.py" line="+39"/>
        <source>Put a new version of the file in its place</source>
        <translation>Mettre une nouvelle version du fichier à sa place</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_layout.py" line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>Ret&amp;irer</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_panel.py" line="-104"/>
        <location line="+206"/>
        <source>Select a file to see it here.</source>
        <translation>Sélectionnez un fichier pour le voir ici.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_words.py" line="+70"/>
        <source>A policy in force changes only through a review: start a review, then change its files.</source>
        <translation>Une politique en vigueur ne change que par un examen : passez-la en examen, puis modifiez ses fichiers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 this belongs to is %2, waiting for its decision: the files of its parts stay as they are until it is decided. Attach the file to the %1 itself, where the one deciding sees it.</source>
        <translation>La fiche (%1) à laquelle ceci appartient est à l’état « %2 », en attente de décision : les fichiers de ses parties restent tels quels jusqu’à la décision. Joignez le fichier à la fiche elle-même, là où la personne qui décide le voit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This %1 is %2: its files can no longer be replaced or removed, but a new file can be added.</source>
        <translation>Cette fiche (%1) est à l’état « %2 » : ses fichiers ne peuvent plus être remplacés ni retirés, mais un nouveau fichier peut être ajouté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This %1 is %2: its files can no longer be added, replaced or removed.</source>
        <translation>Cette fiche (%1) est à l’état « %2 » : ses fichiers ne peuvent plus être ajoutés, remplacés ni retirés.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The files of a person&apos;s record are kept for HR and for the person themselves: none are shown to you here.</source>
        <translation>Les fichiers de la fiche d’une personne sont réservés aux RH et à la personne elle-même : aucun ne vous est montré ici.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_panel.py" line="-92"/>
        <location filename="../gui/widgets/documents_words.py" line="+10"/>
        <source>Save the record first to attach files</source>
        <translation>Enregistrez d’abord la fiche pour joindre des fichiers</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_words.py" line="+4"/>
        <source>The files are still loading.</source>
        <translation>Les fichiers sont encore en cours de chargement.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You can read the files of this %1; your role cannot change them.</source>
        <translation>Vous pouvez lire les fichiers de cette fiche (%1) ; votre rôle ne peut pas les modifier.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No file is attached to this record.</source>
        <translation>Aucun fichier n’est joint à cette fiche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a file in the list first.</source>
        <translation>Sélectionnez d’abord un fichier dans la liste.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_panel.py" line="-16"/>
        <source>Save a copy of the file on this computer</source>
        <translation>Enregistrer une copie du fichier sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the file from this record</source>
        <translation>Supprimer le fichier de cette fiche</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+39"/>
        <source>Saving the file…</source>
        <translation>Enregistrement du fichier…</translation>
    </message>
    <message numerus="yes">
        <location line="-37"/>
        <location line="+39"/>
        <source>Saving %n files…</source>
        <translation>
            <numerusform>Enregistrement de %n fichier…</numerusform>
            <numerusform>Enregistrement de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+38"/>
        <source>Loading the files…</source>
        <translation>Chargement des fichiers…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>No files attached yet.</source>
        <translation>Aucun fichier joint pour l’instant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No files attached yet. Drag files here, or use Upload…</source>
        <translation>Aucun fichier joint pour l’instant. Glissez des fichiers ici, ou utilisez Joindre…</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <location filename="../gui/widgets/documents_words.py" line="-70"/>
        <source>No files attached.</source>
        <translation>Aucun fichier joint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One file attached</source>
        <translation>Un fichier joint</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n files attached</source>
        <translation>
            <numerusform>%n fichier joint</numerusform>
            <numerusform>%n fichiers joints</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Loading the preview…</source>
        <translation>Chargement de l’aperçu…</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No program on this computer opens “{name}”. Use Download… to save it and open it elsewhere.</source>
        <translation>Aucun programme de cet ordinateur n’ouvre « {name} ». Utilisez Télécharger… pour l’enregistrer et l’ouvrir ailleurs.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved “{name}” in {folder}.</source>
        <translation>« {name} » enregistré dans {folder}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove “{name}” from this record? It is deleted from the database; the history keeps only its name.</source>
        <translation>Retirer « {name} » de cette fiche ? Il est supprimé de la base de données ; l’historique n’en garde que le nom.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_words.py" line="-52"/>
        <source>A case document holds one file, attached with Attach… on its File field: file another case document for another file.</source>
        <translation>Un document du dossier contient un seul fichier, joint avec Joindre… sur son champ Fichier : déposez un autre document du dossier pour un autre fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A case document is its file, and it is never replaced: to correct it, delete the case document and file a new one.</source>
        <translation>Un document du dossier est son fichier, qui n’est jamais remplacé : pour le corriger, supprimez le document du dossier et déposez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>A case document is its file: it takes no other file, and its file is never replaced or removed here. To correct it, delete the case document with Delete… and file a new one.</source>
        <translation>Un document du dossier est son fichier : il n’en prend pas d’autre, et son fichier n’est jamais remplacé ni retiré ici. Pour le corriger, supprimez le document du dossier avec Supprimer… et déposez-en un nouveau.</translation>
    </message>
</context>
<context>
    <name>EmailEditor</name>
    <message>
        <location filename="../gui/editors/text.py" line="+183"/>
        <source>name@example.rw</source>
        <translation>nom@exemple.rw</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Two addresses: keep one address in this box.</source>
        <translation>Deux adresses : gardez une seule adresse dans ce champ.</translation>
    </message>
</context>
<context>
    <name>EmptyNotes</name>
    <message>
        <location filename="../gui/records/empty_notes.py" line="+33"/>
        <source>Set by %1</source>
        <translation>Renseigné par %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set when resolved</source>
        <translation>Renseigné à la résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set when decided</source>
        <translation>Renseigné à la décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of the lines</source>
        <translation>Somme des lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set when paid</source>
        <translation>Renseigné au paiement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Needed before %1; it may be saved without it until then</source>
        <translation>Nécessaire avant %1 ; on peut l’enregistrer sans jusque-là</translation>
    </message>
</context>
<context>
    <name>EndLeaveEarlyDialog</name>
    <message>
        <location filename="../gui/workflows/end_leave_early_dialog.py" line="+57"/>
        <source>End leave early</source>
        <translation>Mettre fin au congé plus tôt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>End %1&apos;s %2 (%3, %4) early?</source>
        <translation>Mettre fin plus tôt au %2 accordé à %1 (%3, %4) ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Its working days are counted again: those after the new last day go back to the balance.</source>
        <translation>Ses jours ouvrés sont comptés à nouveau : ceux qui suivent le nouveau dernier jour reviennent au solde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New last day of the leave</source>
        <translation>Nouveau dernier jour du congé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the leave ends early</source>
        <translation>Pourquoi le congé se termine plus tôt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;last day:</source>
        <translation>Nouveau &amp;dernier jour :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;End leave early</source>
        <translation>&amp;Terminer le congé plus tôt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Le conserver</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The leave now ends on %1.</source>
        <translation>Le congé se termine désormais le %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ending…</source>
        <translation>Fin du congé en cours…</translation>
    </message>
</context>
<context>
    <name>ExpenseBudgetNote</name>
    <message>
        <location filename="../gui/workflows/expense_budget_note.py" line="+65"/>
        <source>No budget line for %1 %2 in %3 yet: it needs one (Budgets) before it is approved.</source>
        <translation>Aucune ligne budgétaire %1 %2 pour %3 pour l’instant : il en faut une (Budgets) avant l’approbation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The budget line %1 is %2: it cannot be approved while it is.</source>
        <translation>La ligne budgétaire %1 est à l’état « %2 » : aucune approbation n’est possible dans cet état.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget line %1: %2 left of %3.</source>
        <translation>Ligne budgétaire %1 : %2 restants sur %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Left after approval: %1.</source>
        <translation>Restant après approbation : %1.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Left after approval: none (%1 over).</source>
        <translation>Restant après approbation : rien (%1 de dépassement).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also waiting on this line: %1.</source>
        <translation>Également en attente sur cette ligne : %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget warning</source>
        <translation>Alerte budgétaire</translation>
    </message>
</context>
<context>
    <name>ExpenseDecisionDialog</name>
    <message>
        <location filename="../gui/workflows/expense_decision_dialog.py" line="+60"/>
        <source>Decide an expense</source>
        <translation>Décider d’une dépense</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Expense %1: %2</source>
        <translation>Dépense %1 : %2</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Filed by</source>
        <translation>Déposée par</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Decide on %1</source>
        <translation>Décider de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading the budget…</source>
        <translation>Lecture du budget…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocated / spent / left</source>
        <translation>Alloué / dépensé / restant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left after approval</source>
        <translation>Restant après approbation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget warning</source>
        <translation>Alerte budgétaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why, in a few words (the person who filed it reads this)</source>
        <translation>Motif, en quelques mots (la personne qui l’a déposée le lira)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+87"/>
        <source>This expense is no longer there to decide.</source>
        <translation>Cette dépense n’est plus à décider.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>no department</source>
        <translation>aucun service</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no budget line for this: approving is refused until finance creates one. Rejecting is possible.</source>
        <translation>Il n’existe aucune ligne budgétaire pour cette dépense : l’approbation est refusée tant que les finances n’en ont pas créé une. Le rejet reste possible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This budget line is %1: approving is refused while it is.</source>
        <translation>Cette ligne budgétaire est %1 : l’approbation est refusée tant qu’elle l’est.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Approving this overspends the budget line by %1.</source>
        <translation>L’approuver dépasse la ligne budgétaire de %1.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>&amp;Approve anyway</source>
        <translation>&amp;Approuver quand même</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Approving…</source>
        <translation>Approbation en cours…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejecting…</source>
        <translation>Rejet en cours…</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Also waiting on this line</source>
        <translation>Également en attente sur cette ligne</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 expense, %2</source>
        <translation>1 dépense, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 expenses, %2</source>
        <translation>%1 dépenses, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>With the others waiting on this line, approving them all overspends it by %1.</source>
        <translation>Avec les autres en attente sur cette ligne, les approuver toutes la dépasse de %1.</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Reading the receipt…</source>
        <translation>Lecture du justificatif…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No receipt</source>
        <translation>Aucun justificatif</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No receipt: the file it named is no longer there.</source>
        <translation>Aucun justificatif : le fichier qu’il désignait n’existe plus.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Receipt</source>
        <translation>Justificatif</translation>
    </message>
</context>
<context>
    <name>ExpensePaymentDialog</name>
    <message>
        <location filename="../gui/workflows/expense_payment_dialog.py" line="+29"/>
        <source>This account holds %1 less than the expense.</source>
        <translation>Ce compte détient %1 de moins que la dépense.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay expense</source>
        <translation>Payer la dépense</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pay %1</source>
        <translation>Payer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay expense %1</source>
        <translation>Payer la dépense %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Paying…</source>
        <translation>Paiement en cours…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../gui/export_dialog.py" line="+336"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV for other programs: stored codes, ISO dates (*.csv)</source>
        <translation>CSV pour d’autres programmes : codes enregistrés, dates ISO (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export list</source>
        <translation>Exporter la liste</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location line="-111"/>
        <location line="+49"/>
        <location line="+27"/>
        <source>Export list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Exporting to %1… %n row(s)</source>
        <translation>
            <numerusform>Exportation vers %1… %n ligne</numerusform>
            <numerusform>Exportation vers %1… %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne exportée dans %1.</numerusform>
            <numerusform>%n lignes exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excel holds 1,048,575 rows a sheet: the rows fill %1 sheets.</source>
        <translation>Excel contient 1 048 575 lignes par feuille : les lignes occupent %1 feuilles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The list was not exported. %1</source>
        <translation>La liste n’a pas été exportée. %1</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location line="-236"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency ({column})</source>
        <translation>Devise ({column})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet {number}</source>
        <translation>Feuille {number}</translation>
    </message>
</context>
<context>
    <name>FieldDisplay</name>
    <message>
        <location filename="../gui/records/values.py" line="+44"/>
        <source>(a record you cannot see)</source>
        <translation>(un enregistrement auquel vous n’avez pas accès)</translation>
    </message>
    <message>
        <location filename="../gui/cell_format.py" line="+445"/>
        <location filename="../gui/records/values.py" line="+9"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/records/values.py" line="+2"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../gui/editors/common.py" line="+227"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>FilterPopup</name>
    <message>
        <location filename="../gui/widgets/filter_popup.py" line="+61"/>
        <source>Filter: {column}</source>
        <translation>Filtre : {column}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+7"/>
        <location line="+100"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+6"/>
        <location line="+100"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show only</source>
        <translation>Afficher seulement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text the value contains</source>
        <translation>Texte contenu dans la valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contains</source>
        <translation>Contient</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{box}: {problem}</source>
        <translation>{box} : {problem}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{text}”: this column holds whole numbers only.</source>
        <translation>« {text} » : cette colonne ne contient que des nombres entiers.</translation>
    </message>
</context>
<context>
    <name>FinanceSteps</name>
    <message>
        <location filename="../gui/workflows/finance.py" line="+78"/>
        <source>Issue invoice %1 to %2? Its lines and amounts can no longer be changed once it is sent.</source>
        <translation>Émettre la facture %1 à %2 ? Ses lignes et montants ne pourront plus être modifiés une fois envoyée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issue invoice</source>
        <translation>Émettre la facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+115"/>
        <source>&amp;Issue</source>
        <translation>&amp;Émettre</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Cancel invoice %1? It will no longer be owed or paid.</source>
        <translation>Annuler la facture %1 ? Elle ne sera plus due ni payée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel invoice</source>
        <translation>Annuler la facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;invoice</source>
        <translation>Annuler la &amp;facture</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Withdraw expense %1? It will no longer be approved or rejected.</source>
        <translation>Retirer la dépense %1 ? Elle ne sera plus approuvée ni rejetée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdraw expense</source>
        <translation>Retirer la dépense</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve this expense: its budget line is charged</source>
        <translation>Approuver cette dépense : sa ligne budgétaire est imputée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;jeter…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirer la dépense…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filed by mistake: it will not be decided</source>
        <translation>Déposée par erreur : elle ne sera pas décidée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pay it from an account: one debit referencing its number</source>
        <translation>La payer depuis un compte : un débit portant son numéro</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send it: its lines and amounts are then fixed</source>
        <translation>L’envoyer : ses lignes et montants sont alors figés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record &amp;payment…</source>
        <translation>Enregistrer un &amp;paiement…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reverse pa&amp;yment…</source>
        <translation>Ann&amp;uler le paiement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cheque bounced, or it was recorded here by mistake: take it off</source>
        <translation>Un chèque impayé, ou un paiement enregistré ici par erreur : le retirer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cance&amp;l invoice…</source>
        <translation>Annu&amp;ler la facture…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing of it has been paid: it will no longer be owed</source>
        <translation>Rien n’en a été payé : elle ne sera plus due</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Approve period…</source>
        <translation>&amp;Approuver la période…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Cancel run…</source>
        <translation>Annuler le &amp;calcul…</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+82"/>
        <source>Mark &amp;paid…</source>
        <translation>Marquer comme &amp;payée…</translation>
    </message>
</context>
<context>
    <name>FormStepDialog</name>
    <message>
        <location filename="../gui/workflows/form_step_dialog.py" line="+306"/>
        <source>Nothing was done: correct the field marked above.</source>
        <translation>Rien n’a été fait : corrigez le champ signalé ci-dessus.</translation>
    </message>
    <message>
        <location filename="../gui/workflows/step_dialog.py" line="+71"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../gui/workflows/form_step_dialog.py" line="-35"/>
        <source>Your note was not recorded; it is still above, to copy.</source>
        <translation>Votre note n’a pas été enregistrée ; elle est toujours au-dessus, à copier.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../gui/records/history_panel.py" line="+35"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+40"/>
        <location line="+6"/>
        <source>Loading the history…</source>
        <translation>Chargement de l’historique…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>When and who</source>
        <translation>Quand et qui</translation>
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
        <location line="+4"/>
        <source>Record history</source>
        <translation>Historique de la fiche</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No changes are recorded for this record.</source>
        <translation>Aucune modification n’est enregistrée pour cette fiche.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s), newest first. Fields you may not read are left out.</source>
        <translation>
            <numerusform>%n modification, la plus récente d’abord. Les champs que vous ne pouvez pas lire sont omis.</numerusform>
            <numerusform>%n modifications, les plus récentes d’abord. Les champs que vous ne pouvez pas lire sont omis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the system</source>
        <translation>le système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 by %3</source>
        <translation>%1 · %2 par %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(hidden)</source>
        <translation>(masqué)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a record you cannot see</source>
        <translation>un enregistrement auquel vous n’avez pas accès</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../gui/tabs/inbox_model.py" line="+41"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Soumis le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>1 payslip</source>
        <translation>1 bulletin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 payslips</source>
        <translation>%1 bulletins</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finance approval</source>
        <translation>Approbation des finances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department manager&apos;s approval</source>
        <translation>Approbation du chef de service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (level %2 of %3)</source>
        <translation>%1 (niveau %2 sur %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leave</source>
        <translation>Congé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expense</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay period</source>
        <translation>Période de paie</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../gui/tabs/inbox_page.py" line="+82"/>
        <source>Waiting for your decision</source>
        <translation>En attente de votre décision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live updates</source>
        <translation>Mises à jour en direct</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items waiting for your decision</source>
        <translation>Éléments en attente de votre décision</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing waits for your decision.</source>
        <translation>Rien n’attend votre décision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve…</source>
        <translation>A&amp;pprouver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;jeter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the selected item with its facts, or several one by one</source>
        <translation>Approuver l’élément sélectionné en voyant ses éléments, ou plusieurs un par un</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject the selected item with its facts, or several one by one</source>
        <translation>Rejeter l’élément sélectionné en voyant ses éléments, ou plusieurs un par un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the current item&apos;s record (Enter)</source>
        <translation>Ouvrir la fiche de l’élément courant (Entrée)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked at intervals</source>
        <translation>Vérifié à intervalles réguliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection lost — retrying</source>
        <translation>Connexion perdue — nouvelle tentative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New items appear as soon as they are submitted.</source>
        <translation>Les nouveaux éléments apparaissent dès leur soumission.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server cannot bring news as it happens (it goes through a connection pool), so this list is read again at intervals and after each of your decisions.</source>
        <translation>La connexion au serveur ne peut pas signaler les nouveautés en direct (elle passe par un pool de connexions) : cette liste est donc relue à intervalles réguliers et après chacune de vos décisions.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This list could not be brought up to date: {problem}</source>
        <translation>Cette liste n’a pas pu être mise à jour : {problem}</translation>
    </message>
</context>
<context>
    <name>IntEditor</name>
    <message>
        <location filename="../gui/editors/numbers.py" line="+229"/>
        <source>Between {minimum} and {maximum}</source>
        <translation>Entre {minimum} et {maximum}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than {minimum}</source>
        <translation>Plus de {minimum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least {minimum}</source>
        <translation>Au moins {minimum}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Less than {maximum}</source>
        <translation>Moins de {maximum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {maximum}</source>
        <translation>Au plus {maximum}</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <location filename="../gui/workflows/invoice_document.py" line="+53"/>
        <source>Bill to</source>
        <translation>Facturé à</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attention: %1</source>
        <translation>À l’attention de %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No lines yet.</source>
        <translation>Aucune ligne pour l’instant.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance due</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid on %1</source>
        <translation>Payée le %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DRAFT
not issued</source>
        <translation>BROUILLON
non émise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CANCELLED
nothing is owed on it</source>
        <translation>ANNULÉE
rien n’est dû</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This invoice is no longer there to see.</source>
        <translation>Cette facture n’est plus disponible.</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>TIN %1</source>
        <translation>NIF %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invoice number</source>
        <translation>N° de facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice date</source>
        <translation>Date de facturation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Printed on %1</source>
        <translation>Imprimé le %1</translation>
    </message>
</context>
<context>
    <name>InvoicePaymentDialog</name>
    <message>
        <location filename="../gui/workflows/invoice_payment_dialog.py" line="+60"/>
        <source>Record a payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a payment on %1</source>
        <translation>Enregistrer un paiement sur %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment of invoice %1</source>
        <translation>Paiement de la facture %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid so far</source>
        <translation>Déjà payé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still owed</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on account</source>
        <translation>Reçu sur le compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on &amp;account</source>
        <translation>Reçu sur le &amp;compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount received</source>
        <translation>Montant reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;mount received</source>
        <translation>Mo&amp;ntant reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received &amp;on</source>
        <translation>Reçu &amp;le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was paid</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payer&apos;s reference</source>
        <translation>Référence du payeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque number, MoMo transaction id…</source>
        <translation>N° de chèque, référence de transaction MoMo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record payment</source>
        <translation>&amp;Enregistrer le paiement</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+33"/>
        <source>This invoice is no longer there.</source>
        <translation>Cette facture n’existe plus.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, past due</source>
        <translation>%1, échéance dépassée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no active account in %1 to receive this payment on.</source>
        <translation>Il n’y a aucun compte actif en %1 pour recevoir ce paiement.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Recording the payment…</source>
        <translation>Enregistrement du paiement…</translation>
    </message>
</context>
<context>
    <name>JsonDeductions</name>
    <message>
        <location filename="../gui/editors/json_deductions.py" line="+124"/>
        <source>Deduction</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <location filename="../gui/editors/json_editor.py" line="+116"/>
        <source>{label} (JSON)</source>
        <translation>{label} (JSON)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or edit this value as JSON text</source>
        <translation>Afficher ou modifier cette valeur en texte JSON</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This value does not have the usual form of {label}; it is shown as JSON.</source>
        <translation>Cette valeur n’a pas la forme habituelle de {label} ; elle est affichée en JSON.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This JSON does not have the form of {label}; keep editing it here.</source>
        <translation>Ce JSON n’a pas la forme attendue pour {label} ; continuez à le modifier ici.</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>at line {line}, column {column}</source>
        <translation>à la ligne {line}, colonne {column}</translation>
    </message>
</context>
<context>
    <name>JsonLists</name>
    <message>
        <location filename="../gui/editors/json_lists.py" line="+83"/>
        <source>Nothing here yet: use Add to start.</source>
        <translation>Rien ici pour l’instant : utilisez Ajouter pour commencer.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>There is nothing in the list yet</source>
        <translation>La liste est encore vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a row in the list first</source>
        <translation>Sélectionnez d’abord une ligne de la liste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is already first</source>
        <translation>Elle est déjà en premier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is already last</source>
        <translation>Elle est déjà en dernier</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Checkpoint</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No checkpoints yet: use Add to write the first one.</source>
        <translation>Aucun point de contrôle pour l’instant : utilisez Ajouter pour écrire le premier.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes or no</source>
        <translation>Oui ou non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale up to</source>
        <translation>Échelle jusqu’à</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No questions yet: use Add to write the first one.</source>
        <translation>Aucune question pour l’instant : utilisez Ajouter pour écrire la première.</translation>
    </message>
</context>
<context>
    <name>JsonRecords</name>
    <message>
        <location filename="../gui/editors/json_records.py" line="+206"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Lien de parenté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number</source>
        <translation>N° de compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile money number</source>
        <translation>N° de mobile money</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TIN</source>
        <translation>NIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSSB number</source>
        <translation>N° RSSB</translation>
    </message>
    <message>
        <location filename="../domain/relationships.py" line="+19"/>
        <source>Spouse</source>
        <translation>Conjoint(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sibling</source>
        <translation>Frère ou sœur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative</source>
        <translation>Membre de la famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friend</source>
        <translation>Ami(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Father</source>
        <translation>Père</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mother</source>
        <translation>Mère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brother</source>
        <translation>Frère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sister</source>
        <translation>Sœur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cousin</source>
        <translation>Cousin(e)</translation>
    </message>
</context>
<context>
    <name>LabelNoun</name>
    <message>
        <location filename="../gui/records/titles.py" line="+181"/>
        <source>Review due</source>
        <translation>date de révision</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../gui/language_menu.py" line="+22"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies when DICEL Desktop starts again.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de DICEL Desktop.</translation>
    </message>
</context>
<context>
    <name>Leave</name>
    <message>
        <location filename="../gui/workflows/leave_texts.py" line="+42"/>
        <source>%1 leave</source>
        <translation>Congé %1</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>%1 has no yearly allowance. In %2: %3 taken, %4 waiting for a decision.</source>
        <translation>%1 : pas de droit annuel. En %2 : %3 pris, %4 en attente de décision.</translation>
    </message>
    <message numerus="yes">
        <location line="-66"/>
        <source>%1 in %2: %3 a year, %4 taken, %5 waiting for a decision, %n left to request.</source>
        <translation>
            <numerusform>%1 en %2 : %3 par an, %4 pris, %5 en attente de décision, %n encore disponible.</numerusform>
            <numerusform>%1 en %2 : %3 par an, %4 pris, %5 en attente de décision, %n encore disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 in %2: %3 a year, %4 taken, %5 waiting for a decision: %6 over the allowance.</source>
        <translation>%1 en %2 : %3 par an, %4 pris, %5 en attente de décision : %6 au-delà du droit.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 in %2: %3 a year, %4 taken, %5 waiting for a decision: none left to request.</source>
        <translation>%1 en %2 : %3 par an, %4 pris, %5 en attente de décision : plus rien à demander.</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>%1 in %2: %3, %4 taken, %5 waiting for a decision, %n left to request.</source>
        <translation>
            <numerusform>%1 en %2 : %3, %4 pris, %5 en attente de décision, %n encore disponible.</numerusform>
            <numerusform>%1 en %2 : %3, %4 pris, %5 en attente de décision, %n encore disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 in %2: %3, %4 taken, %5 waiting for a decision: none left to request.</source>
        <translation>%1 en %2 : %3, %4 pris, %5 en attente de décision : plus rien à demander.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in %2: %3, %4 taken, %5 waiting for a decision: %6 over the allowance.</source>
        <translation>%1 en %2 : %3, %4 pris, %5 en attente de décision : %6 au-delà du droit.</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Started on %1</source>
        <translation>A commencé le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts today (%1)</source>
        <translation>Commence aujourd’hui (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts tomorrow (%1)</source>
        <translation>Commence demain (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts on %1</source>
        <translation>Commence le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts on %1, in 1 working day</source>
        <translation>Commence le %1, dans 1 jour ouvré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts on %1, in %2 working days</source>
        <translation>Commence le %1, dans %2 jours ouvrés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is on leave</source>
        <translation>%1 est en congé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is on leave until %2</source>
        <translation>%1 est en congé jusqu’au %2</translation>
    </message>
</context>
<context>
    <name>LeaveCardPanel</name>
    <message>
        <location filename="../gui/workflows/leave_card_panel.py" line="+117"/>
        <source>No leave type has a yearly allowance, and no leave is taken or waiting for a decision in %1.</source>
        <translation>Aucun type de congé n’a de droit annuel, et aucun congé n’est pris ni en attente de décision en %1.</translation>
    </message>
</context>
<context>
    <name>LeaveDecisionDialog</name>
    <message>
        <location filename="../gui/workflows/leave_decision_dialog.py" line="+142"/>
        <source>Decide on a leave request</source>
        <translation>Décider d’une demande de congé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the request…</source>
        <translation>Chargement de la demande…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Approved.</source>
        <translation>Approuvé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected.</source>
        <translation>Rejeté.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee:</source>
        <translation>Employé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave:</source>
        <translation>Congé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates:</source>
        <translation>Dates :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed:</source>
        <translation>Déposée le :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Who else in the team is away then</source>
        <translation>Qui d’autre dans l’équipe est absent à ces dates</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Nobody else in the team is away or asking to be.</source>
        <translation>Personne d’autre dans l’équipe n’est absent ni n’a demandé à l’être.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Note to the employee</source>
        <translation>Note à l’employé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without deciding (Esc)</source>
        <translation>Fermer sans décider (Échap)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Your &amp;note to the employee (optional):</source>
        <translation>Votre &amp;note à l’employé (facultative) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;note to %1 (optional):</source>
        <translation>Votre &amp;note à %1 (facultative) :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none given)</source>
        <translation>(aucun motif donné)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Waiting includes this request (%1).</source>
        <translation>L’attente inclut cette demande (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once approved: %1 taken of %2.</source>
        <translation>Une fois approuvé : %1 pris sur %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approving would take %1 beyond the allowance: the database will refuse it. Reject it, or ask for a shorter request.</source>
        <translation>L’approbation dépasserait le droit de %1 : la base de données la refusera. Rejetez la demande, ou demandez-en une plus courte.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This request is %1 already: there is nothing to decide.</source>
        <translation>Cette demande est déjà %1 : il n’y a rien à décider.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Approving…</source>
        <translation>Approbation en cours…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejecting…</source>
        <translation>Rejet en cours…</translation>
    </message>
</context>
<context>
    <name>LeaveEnded</name>
    <message>
        <location filename="../gui/workflows/leave_ended_line.py" line="+45"/>
        <source>Terminating %1 cancels this leave, which starts after the termination date: %2.</source>
        <translation>Pour %1, mettre fin à l’emploi annule ce congé, qui commence après la date de fin d’emploi : %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Terminating %1 cancels these %n leaves, which start after the termination date: %2.</source>
        <translation>
            <numerusform>Pour %1, mettre fin à l’emploi annule ce congé, qui commence après la date de fin d’emploi : %2.</numerusform>
            <numerusform>Pour %1, mettre fin à l’emploi annule ces %n congés, qui commencent après la date de fin d’emploi : %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This pending leave has days up to the termination date and stays for the supervisor or HR to decide, so that the final payslip counts it: %2.</source>
        <translation>Ce congé en attente a des jours jusqu’à la date de fin d’emploi et reste à décider par le responsable ou les RH, pour que la dernière fiche de paie en tienne compte : %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>These %n pending leaves have days up to the termination date and stay for the supervisor or HR to decide, so that the final payslip counts them: %2.</source>
        <translation>
            <numerusform>Ce congé en attente a des jours jusqu’à la date de fin d’emploi et reste à décider par le responsable ou les RH, pour que la dernière fiche de paie en tienne compte : %2.</numerusform>
            <numerusform>Ces %n congés en attente ont des jours jusqu’à la date de fin d’emploi et restent à décider par le responsable ou les RH, pour que la dernière fiche de paie en tienne compte : %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This pending leave of %1 has days up to the termination date and stays for the supervisor or HR to decide, so that the final payslip counts it: %2.</source>
        <translation>Pour %1, ce congé en attente a des jours jusqu’à la date de fin d’emploi et reste à décider par le responsable ou les RH, pour que la dernière fiche de paie en tienne compte : %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>These %n pending leaves of %1 have days up to the termination date and stay for the supervisor or HR to decide, so that the final payslip counts them: %2.</source>
        <translation>
            <numerusform>Pour %1, ce congé en attente a des jours jusqu’à la date de fin d’emploi et reste à décider par le responsable ou les RH, pour que la dernière fiche de paie en tienne compte : %2.</numerusform>
            <numerusform>Pour %1, ces %n congés en attente ont des jours jusqu’à la date de fin d’emploi et restent à décider par le responsable ou les RH, pour que la dernière fiche de paie en tienne compte : %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the employee</source>
        <translation>l’employé</translation>
    </message>
</context>
<context>
    <name>LeaveFormPreview</name>
    <message>
        <location filename="../gui/workflows/leave_form_preview.py" line="+118"/>
        <source>Waiting includes this request as saved (%1).</source>
        <translation>L’attente comprend cette demande telle qu’enregistrée (%1).</translation>
    </message>
    <message>
        <location filename="../gui/workflows/leave_texts.py" line="-48"/>
        <source>That is %1 beyond what is left for %2: shorten the leave to the days left.</source>
        <translation>Cela fait %1 de plus que ce qui reste pour %2 : raccourcissez le congé aux jours restants.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That is %1 beyond what is left: shorten the leave to the days left.</source>
        <translation>Cela fait %1 de plus que ce qui reste : raccourcissez le congé aux jours restants.</translation>
    </message>
</context>
<context>
    <name>LeaveRequestDialog</name>
    <message>
        <location filename="../gui/workflows/leave_request_dialog.py" line="+81"/>
        <source>Request leave</source>
        <translation>Demander un congé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type of leave</source>
        <translation>Type de congé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day of leave</source>
        <translation>Premier jour de congé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of leave</source>
        <translation>Dernier jour de congé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days:</source>
        <translation>Jours ouvrés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance:</source>
        <translation>Solde :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+260"/>
        <source>Request &amp;leave</source>
        <translation>Demander un &amp;congé</translation>
    </message>
    <message>
        <location filename="../gui/workflows/leave_texts.py" line="-76"/>
        <source>The last day comes before the first.</source>
        <translation>Le dernier jour vient avant le premier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the first and the last day.</source>
        <translation>Choisissez le premier et le dernier jour.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(not counted: %1)</source>
        <translation>(non comptés : %1)</translation>
    </message>
    <message>
        <location filename="../gui/workflows/leave_request_dialog.py" line="-66"/>
        <source>Give the first and the last day of the leave.</source>
        <translation>Indiquez le premier et le dernier jour du congé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last day cannot come before the first.</source>
        <translation>Le dernier jour ne peut pas précéder le premier.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+31"/>
        <source>Requesting…</source>
        <translation>Envoi de la demande…</translation>
    </message>
    <message>
        <location filename="../gui/workflows/leave_texts.py" line="-12"/>
        <source>A leave request covers a year at most.</source>
        <translation>Une demande de congé couvre au plus un an.</translation>
    </message>
</context>
<context>
    <name>LeaveServiceMonths</name>
    <message>
        <location line="-88"/>
        <source>%1 for %2 months of service</source>
        <translation>%1 pour %2 mois de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 for 1 month of service</source>
        <translation>%1 pour 1 mois de service</translation>
    </message>
</context>
<context>
    <name>LeaveState</name>
    <message>
        <location line="-95"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>LeaveStepDialog</name>
    <message>
        <location filename="../gui/workflows/leave_step_dialog.py" line="+47"/>
        <source>the employee</source>
        <translation>l’employé</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;Your reason (optional), shown to your supervisor and HR:</source>
        <translation>&amp;Votre motif (facultatif), visible par votre responsable et les RH :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Your reason (optional), shown to %1 and their supervisor:</source>
        <translation>&amp;Votre motif (facultatif), visible par %1 et son responsable :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Your reason, shown to %1 and their supervisor:</source>
        <translation>&amp;Votre motif, visible par %1 et son responsable :</translation>
    </message>
</context>
<context>
    <name>LeaveSteps</name>
    <message>
        <location filename="../gui/workflows/leave.py" line="+54"/>
        <source>&amp;Approve or reject…</source>
        <translation>&amp;Approuver ou rejeter…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decide on this request, with the balance and the team&apos;s leave in view</source>
        <translation>Décider de cette demande, au vu du solde et des congés de l’équipe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel &amp;leave…</source>
        <translation>Annuler le &amp;congé…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdraw this request, or give an approved leave&apos;s days back</source>
        <translation>Retirer cette demande, ou rendre les jours d’un congé approuvé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>End &amp;early…</source>
        <translation>Terminer &amp;plus tôt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give this approved leave an earlier last day: the days not taken go back</source>
        <translation>Donner à ce congé approuvé un dernier jour plus tôt : les jours non pris reviennent au solde</translation>
    </message>
</context>
<context>
    <name>LeaveYearBeyond</name>
    <message>
        <location filename="../gui/workflows/leave_decision_dialog.py" line="-376"/>
        <source>Approving would take %1 beyond the allowance of %2: the database will refuse it. Reject it, or ask for a shorter request.</source>
        <translation>L’approbation dépasserait de %1 le droit de %2 : la base de données la refusera. Rejetez la demande, ou demandez-en une plus courte.</translation>
    </message>
</context>
<context>
    <name>LeaveYearShare</name>
    <message>
        <location filename="../gui/workflows/leave_texts.py" line="+199"/>
        <source>In %2: %1 of this request.</source>
        <translation>En %2 : %1 de cette demande.</translation>
    </message>
</context>
<context>
    <name>ListingModel</name>
    <message>
        <location filename="../gui/table_model.py" line="+300"/>
        <source>%1: worked out for the rows shown, so the list is not sorted or filtered by it.</source>
        <translation>%1 : calculé pour les lignes affichées, la liste n’est donc ni triée ni filtrée par cette colonne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: filtered</source>
        <translation>%1 : filtré</translation>
    </message>
</context>
<context>
    <name>LiveInbox</name>
    <message>
        <location filename="../gui/live_inbox.py" line="+80"/>
        <source>Waiting for your decision</source>
        <translation>En attente de votre décision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind}: {title}</source>
        <translation>{kind} : {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}, from {name}</source>
        <translation>{what}, par {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new items wait for your decision.</source>
        <translation>
            <numerusform>%n nouvel élément attend votre décision.</numerusform>
            <numerusform>%n nouveaux éléments attendent votre décision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginExpiryDialog</name>
    <message>
        <location filename="../gui/admin/login_expiry_dialog.py" line="+30"/>
        <source>Login expiry</source>
        <translation>Expiration de la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s login has no expiry.</source>
        <translation>La connexion de %1 n’expire pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s login expired on %2: it is refused at login.</source>
        <translation>La connexion de %1 a expiré le %2 : elle est refusée à l’ouverture de session.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s login expires on %2.</source>
        <translation>La connexion de %1 expire le %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the start of the day chosen, the login is refused with the words of a wrong password. To stop it logging in now, deactivate the user instead.</source>
        <translation>Dès le début du jour choisi, la connexion est refusée avec les mots d’un mot de passe erroné. Pour l’arrêter dès maintenant, désactivez plutôt l’utilisateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;No expiry</source>
        <translation>&amp;Sans expiration</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Expires on:</source>
        <translation>Expire &amp;le :</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1&apos;s login has no expiry now.</source>
        <translation>La connexion de %1 n’expire plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s login is refused from %2 on.</source>
        <translation>La connexion de %1 est refusée à partir du %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../gui/login_tasks.py" line="+60"/>
        <source>Logging in failed because of an unexpected problem ({problem}). Try again; if it happens again, tell IT.</source>
        <translation>La connexion a échoué à cause d’un problème inattendu ({problem}). Réessayez ; si cela se reproduit, prévenez l’informatique.</translation>
    </message>
    <message>
        <location filename="../gui/login_window.py" line="+115"/>
        <source>Checking this computer&apos;s password store…</source>
        <translation>Vérification du coffre à mots de passe de cet ordinateur…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>DICEL ERP — Demo company</source>
        <translation>DICEL ERP — Entreprise de démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo mode: a made-up company, on this computer only.</source>
        <translation>Mode démonstration : une entreprise fictive, sur cet ordinateur uniquement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo users appear here once the demo database has started.</source>
        <translation>Les utilisateurs de démonstration apparaissent ici une fois la base de démonstration démarrée.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>From {file}</source>
        <translation>Depuis {file}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No server is set up on this computer yet. Click “Add…” and enter the details IT gave you, or ask IT to install the site profile (dicel.toml).</source>
        <translation>Aucun serveur n’est encore configuré sur cet ordinateur. Cliquez sur « Ajouter… » et saisissez les coordonnées fournies par l’informatique, ou demandez à l’informatique d’installer le profil du site (dicel.toml).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Some server settings could not be used; tell IT:</source>
        <translation>Certains réglages de serveur n’ont pas pu être utilisés ; prévenez l’informatique :</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Creating the demo company (first run only; about a minute)…</source>
        <translation>Création de l’entreprise de démonstration (au premier lancement seulement ; environ une minute)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the demo database…</source>
        <translation>Démarrage de la base de démonstration…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating the demo company (first run only; about a minute): {step}…</source>
        <translation>Création de l’entreprise de démonstration (au premier lancement seulement ; environ une minute) : {step}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The demo database is ready.</source>
        <translation>La base de démonstration est prête.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The demo database could not be started.</source>
        <translation>La base de démonstration n’a pas pu démarrer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every demo user&apos;s password is &lt;b&gt;{password}&lt;/b&gt;.&lt;br&gt;Double-click a person to fill in their login.</source>
        <translation>Le mot de passe de chaque utilisateur de démonstration est &lt;b&gt;{password}&lt;/b&gt;.&lt;br&gt;Double-cliquez sur une personne pour remplir ses identifiants.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your password is kept in this computer&apos;s password store.</source>
        <translation>Votre mot de passe est conservé dans le coffre à mots de passe de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The server could not be saved: {reason}</source>
        <translation>Le serveur n’a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove server</source>
        <translation>Retirer le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the server “{name}” from this list?</source>
        <translation>Retirer le serveur « {name} » de cette liste ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The list of servers could not be saved: {reason}</source>
        <translation>La liste des serveurs n’a pas pu être enregistrée : {reason}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter your e-mail address.</source>
        <translation>Saisissez votre adresse e-mail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting the demo database… you will be logged in when it is ready.</source>
        <translation>Démarrage de la base de démonstration… vous serez connecté dès qu’elle sera prête.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a server first (or add one).</source>
        <translation>Choisissez d’abord un serveur (ou ajoutez-en un).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to {name}…</source>
        <translation>Connexion à {name}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Logged in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Password not remembered</source>
        <translation>Mot de passe non mémorisé</translation>
    </message>
    <message>
        <location filename="../../ui/login_window.ui" line="+14"/>
        <source>DICEL ERP — Log in</source>
        <translation>DICEL ERP — Connexion</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>DICEL ERP</source>
        <translation>DICEL ERP</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log in with your work e-mail address and password.</source>
        <translation>Connectez-vous avec votre adresse e-mail professionnelle et votre mot de passe.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database server to log in to, as set up by IT</source>
        <translation>Le serveur de base de données auquel se connecter, tel que configuré par l’informatique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a server that IT gave you the details of</source>
        <translation>Ajouter un serveur dont l’informatique vous a donné les coordonnées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove a server you added yourself</source>
        <translation>Retirer un serveur que vous avez ajouté vous-même</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>name@dicel.rw</source>
        <translation>nom@dicel.rw</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Remember my password on this computer</source>
        <translation>&amp;Mémoriser mon mot de passe sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../gui/login_window.py" line="-106"/>
        <location filename="../../ui/login_window.ui" line="+44"/>
        <source>Demo company</source>
        <translation>Entreprise de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/login_window.ui" line="+50"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="+41"/>
        <source>Demo company (this computer)</source>
        <translation>Entreprise de démonstration (cet ordinateur)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/list_commands.py" line="+64"/>
        <source>&amp;Export list…</source>
        <translation>&amp;Exporter la liste…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the current list to Excel or CSV</source>
        <translation>Enregistrer la liste courante au format Excel ou CSV</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="+196"/>
        <source>Change my &amp;password…</source>
        <translation>Changer mon &amp;mot de passe…</translation>
    </message>
    <message>
        <location filename="../gui/list_commands.py" line="+28"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the current list, all its rows</source>
        <translation>Imprimer la liste courante, toutes ses lignes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the current list as a PDF document</source>
        <translation>Enregistrer la liste courante en document PDF</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="+139"/>
        <source>My work ({count})</source>
        <translation>Mon travail ({count})</translation>
    </message>
    <message>
        <location line="-213"/>
        <location line="+213"/>
        <source>My work</source>
        <translation>Mon travail</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location filename="../gui/list_commands.py" line="-63"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the list from the server</source>
        <translation>Recharger la liste depuis le serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the current list</source>
        <translation>Rechercher dans la liste courante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the e&amp;xact number of rows</source>
        <translation>Afficher le nombre e&amp;xact de lignes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose &amp;columns…</source>
        <translation>Choisir les &amp;colonnes…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New record</source>
        <translation>&amp;Nouvelle fiche</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>A new record in the current list</source>
        <translation>Une nouvelle fiche dans la liste courante</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Open record</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the selected row (also Enter or a double click)</source>
        <translation>Ouvrir la ligne sélectionnée (aussi Entrée ou un double-clic)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="+125"/>
        <location line="+270"/>
        <source>&amp;Log out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About DICEL Desktop</source>
        <translation>À &amp;propos de DICEL Desktop</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Appearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Record</source>
        <translation>F&amp;iche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Server: {server}</source>
        <translation>Serveur : {server}</translation>
    </message>
    <message>
        <location filename="../gui/list_commands.py" line="+40"/>
        <source>This page shows no list: open one to use this</source>
        <translation>Cette page n’affiche aucune liste : ouvrez-en une pour utiliser ceci</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a list first: this page shows none. Its lists are on the left.</source>
        <translation>Choisissez d’abord une liste : cette page n’en affiche aucune. Ses listes sont à gauche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a list first: this page shows none.</source>
        <translation>Choisissez d’abord une liste : cette page n’en affiche aucune.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your role cannot add to “%1”.</source>
        <translation>Votre rôle ne permet pas d’ajouter à « %1 ».</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="+81"/>
        <source>About DICEL Desktop</source>
        <translation>À propos de DICEL Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DICEL Desktop %1
The office client of the DICEL ERP.</source>
        <translation>DICEL Desktop %1
Le poste de travail de l’ERP DICEL.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Review</source>
        <translation>&amp;Revoir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Discard and close</source>
        <translation>&amp;Abandonner et fermer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export under way</source>
        <translation>Export en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An export is still being written: stop it and close?</source>
        <translation>Un export est encore en cours d’écriture : l’arrêter et fermer ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Stop and close</source>
        <translation>&amp;Arrêter et fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep exporting</source>
        <translation>&amp;Continuer l’export</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your login no longer works</source>
        <translation>Votre identifiant ne fonctionne plus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you typed stays in its windows until you close them.</source>
        <translation>Ce que vous avez saisi reste dans ses fenêtres jusqu’à ce que vous les fermiez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stay</source>
        <translation>&amp;Rester</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>A record has changes that are not saved. Review it before closing?</source>
        <translation>Une fiche a des modifications non enregistrées. La revoir avant de fermer ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 records have changes that are not saved. Review them before closing?</source>
        <translation>%1 fiches ont des modifications non enregistrées. Les revoir avant de fermer ?</translation>
    </message>
    <message>
        <location filename="../gui/screenshot.py" line="+100"/>
        <source>Demo company</source>
        <translation>Entreprise de démonstration</translation>
    </message>
</context>
<context>
    <name>ModuleTab</name>
    <message>
        <location filename="../gui/tabs/module_tab.py" line="+79"/>
        <source>Budget chart</source>
        <translation>Graphique budgétaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk heatmap</source>
        <translation>Carte des risques</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the dashboard or chart this list was opened from</source>
        <translation>Retour au tableau de bord ou au graphique d’où cette liste a été ouverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole list</source>
        <translation>Afficher toute la liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>%1: the records behind the figure</source>
        <translation>%1 : les fiches derrière le chiffre</translation>
    </message>
</context>
<context>
    <name>MoveStockDialog</name>
    <message>
        <location filename="../gui/workflows/move_stock_dialog.py" line="+81"/>
        <source>Move stock</source>
        <translation>Mouvement de stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In: received</source>
        <translation>Entrée : reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out: issued</source>
        <translation>Sortie : remis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjustment: a count found more or less</source>
        <translation>Ajustement : un inventaire a trouvé plus ou moins</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sale</source>
        <translation>Une vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A transfer</source>
        <translation>Un transfert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stock count</source>
        <translation>Un inventaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stock received on a purchase order is recorded by Receive… on the order.</source>
        <translation>Le stock reçu sur un bon de commande est enregistré par Réceptionner… sur le bon.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A delivery note, a transfer slip…</source>
        <translation>Un bon de livraison, un bordereau de transfert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+230"/>
        <source>Who it went to, why</source>
        <translation>À qui, et pourquoi</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>Stock after the movement</source>
        <translation>Stock après le mouvement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An issue says what it went to (Reference number) or who took it and why (Notes): give one of them.</source>
        <translation>Une sortie dit à quoi elle a servi (N° de référence) ou qui l’a prise et pourquoi (Notes) : indiquez l’un des deux.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Movement:</source>
        <translation>&amp;Mouvement :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refers to:</source>
        <translation>&amp;Concerne :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference &amp;number:</source>
        <translation>N° de &amp;référence :</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+200"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Stock after:</source>
        <translation>Stock après :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;stock</source>
        <translation>Mouvement de &amp;stock</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Count found more: surplus of a stock count</source>
        <translation>Inventaire excédentaire : surplus constaté lors d’un inventaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move stock: %1</source>
        <translation>Mouvement de stock : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2): %3 in stock, minimum %4 (unit: %5).</source>
        <translation>%1 (%2) : %3 en stock, minimum %4 (unité : %5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): %3 in stock, minimum %4.</source>
        <translation>%1 (%2) : %3 en stock, minimum %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discontinued: what is left is issued or counted down, nothing is added.</source>
        <translation>Arrêté : le reste est sorti ou compté à la baisse, rien n’est ajouté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Below its minimum: time to order more.</source>
        <translation>Sous son minimum : il est temps de commander.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This item is discontinued: nothing is added to it.</source>
        <translation>Cet article est arrêté : rien ne lui est ajouté.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is none in stock.</source>
        <translation>Il n’y en a plus en stock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not possible: none in stock</source>
        <translation>impossible : plus rien en stock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is only 1 in stock.</source>
        <translation>Il n’y en a que 1 en stock.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>What the count found, where (required)</source>
        <translation>Ce que l’inventaire a trouvé, et où (obligatoire)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes (required)</source>
        <translation>Notes (obligatoire)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes *:</source>
        <translation>N&amp;otes * :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>not possible: discontinued, its stock only goes down</source>
        <translation>impossible : article arrêté, son stock ne fait que baisser</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>not possible: only %1 in stock</source>
        <translation>impossible : seulement %1 en stock</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>This item is discontinued: its stock only goes down.</source>
        <translation>Cet article n’est plus suivi : son stock ne peut que baisser.</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>There are only %1 in stock.</source>
        <translation>Il n’y en a que %1 en stock.</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Give the quantity first.</source>
        <translation>Indiquez d’abord la quantité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what the count found first.</source>
        <translation>Indiquez d’abord ce que le comptage a trouvé.</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Below its minimum; %1.</source>
        <translation>Sous son minimum ; %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Below its minimum even with %1: time to order more.</source>
        <translation>Sous son minimum même avec %1 : il est temps d’en commander davantage.</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>One movement moves at most %1 pieces.</source>
        <translation>Un mouvement déplace au plus %1 unités.</translation>
    </message>
</context>
<context>
    <name>MultilineEditor</name>
    <message>
        <location filename="../gui/editors/common.py" line="-196"/>
        <source>This text is %1 characters long: it may hold at most %2. Shorten it to save.</source>
        <translation>Ce texte compte %1 caractères : il peut en contenir au plus %2. Raccourcissez-le pour enregistrer.</translation>
    </message>
</context>
<context>
    <name>MyLeavePage</name>
    <message>
        <location filename="../gui/tabs/my_leave_page.py" line="+60"/>
        <source>My leave</source>
        <translation>Mes congés</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Request leave…</source>
        <translation>&amp;Demander un congé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request leave for yourself (Ctrl+N)</source>
        <translation>Demander un congé pour vous-même (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Your request was filed; it now waits for a decision.</source>
        <translation>Votre demande a été déposée ; elle attend maintenant une décision.</translation>
    </message>
</context>
<context>
    <name>MyWorkTab</name>
    <message>
        <location filename="../gui/tabs/my_work_tab.py" line="+54"/>
        <source>My profile</source>
        <translation>Mon profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My leave</source>
        <translation>Mes congés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My attendance</source>
        <translation>Mes présences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My payslips</source>
        <translation>Mes bulletins de paie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My reviews</source>
        <translation>Mes évaluations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My IT tickets</source>
        <translation>Mes demandes informatiques</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>My work</source>
        <translation>Mon travail</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Waiting for me ({count})</source>
        <translation>À décider ({count})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>There is no HR record linked to your login, so there is nothing to list here. Ask HR to link your employee record.</source>
        <translation>Aucun dossier RH n’est lié à votre compte : il n’y a donc rien à afficher ici. Demandez aux RH de lier votre dossier d’employé.</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+173"/>
        <source>Waiting for me</source>
        <translation>À décider</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../gui/admin/new_user_dialog.py" line="+33"/>
        <source>Create &amp;user</source>
        <translation>Créer l’&amp;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No department</source>
        <translation>Aucun service</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password needs at least %1 characters.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 can now log in as %2 (%3).</source>
        <translation>%1 peut désormais se connecter avec %2 (%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating…</source>
        <translation>Création en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/new_user_dialog.ui" line="+14"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The person logs in with this e-mail and password. Give them the password yourself: DICEL will not show it again.</source>
        <translation>La personne se connecte avec cet e-mail et ce mot de passe. Transmettez-lui le mot de passe vous-même : DICEL ne l’affichera plus.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>firstname.lastname@dicel.rw</source>
        <translation>prenom.nom@dicel.rw</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Department:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Position:</source>
        <translation>P&amp;oste :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Employee &amp;number:</source>
        <translation>&amp;Matricule :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number HR gave the person&apos;s employee record: the new login is linked to it, so they see their own leave, payslips and reviews.</source>
        <translation>Le matricule attribué par les RH au dossier de la personne : le nouveau compte y est lié, pour qu’elle voie ses propres congés, bulletins de paie et évaluations.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional, e.g. EMP-000042</source>
        <translation>Facultatif, p. ex. EMP-000042</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass&amp;word:</source>
        <translation>Mo&amp;t de passe :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmer :</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../gui/numbers.py" line="+358"/>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>“{text}” reads two ways here: write {thousands} or {fraction}.</source>
        <translation>« {text} » se lit de deux façons ici : écrivez {thousands} ou {fraction}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{text}”: amounts in {currency} have at most {places} decimals: write {thousands} or {fraction}.</source>
        <translation>« {text} » : les montants en {currency} ont au plus {places} décimales : écrivez {thousands} ou {fraction}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Type a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” has no digits.</source>
        <translation>« {text} » ne contient aucun chiffre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” has an exponent: write the number in full, like {example}.</source>
        <translation>« {text} » contient un exposant : écrivez le nombre en entier, comme {example}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is not a number: type digits, like {example}.</source>
        <translation>« {text} » n’est pas un nombre : saisissez des chiffres, comme {example}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}”: the decimal sign here is {point}, not {mark}; write it like {example}.</source>
        <translation>« {text} » : ici, le séparateur décimal est {point}, pas {mark} ; écrivez-le comme {example}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{text}”: {group} only separates groups of digits here, as in {example}; the decimal sign is {point}.</source>
        <translation>« {text} » : ici, {group} sépare seulement les groupes de chiffres, comme dans {example} ; le séparateur décimal est {point}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{text}”: digits after the decimal sign {point} are not grouped.</source>
        <translation>« {text} » : les chiffres après le séparateur décimal {point} ne sont pas groupés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” has more than one decimal sign {point}.</source>
        <translation>« {text} » contient plus d’un séparateur décimal {point}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}”: digits are missing after the decimal sign {point}.</source>
        <translation>« {text} » : il manque des chiffres après le séparateur décimal {point}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}”: a minus sign goes only in front of the number.</source>
        <translation>« {text} » : le signe moins se place uniquement devant le nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}” is not a number: {mark} does not belong in one.</source>
        <translation>« {text} » n’est pas un nombre : {mark} n’a rien à y faire.</translation>
    </message>
    <message>
        <location filename="../gui/count_box.py" line="+153"/>
        <source>“{text}” is not a whole number: a count takes whole units only.</source>
        <translation>« {text} » n’est pas un nombre entier : une quantité se compte en unités entières.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>“{text}” typed for {what} is not a whole number: a count takes whole units only.</source>
        <translation>« {text} » saisi pour {what} n’est pas un nombre entier : une quantité se compte en unités entières.</translation>
    </message>
    <message>
        <location filename="../gui/numbers.py" line="-43"/>
        <source>“{text}”: here thousands are separated by {group}: write {example}.</source>
        <translation>« {text} » : ici, les milliers se séparent par {group} : écrivez {example}.</translation>
    </message>
    <message>
        <location filename="../gui/count_box.py" line="-7"/>
        <source>“{text}”: {group} separates groups of three digits, as in {example}.</source>
        <translation>« {text} » : {group} sépare les groupes de trois chiffres, comme dans {example}.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>“{text}” typed for {what}: {group} separates groups of three digits, as in {example}.</source>
        <translation>« {text} » saisi pour {what} : {group} sépare les groupes de trois chiffres, comme dans {example}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“{text}” typed for {what}: thousands are separated by {group} here; write {example}.</source>
        <translation>« {text} » saisi pour {what} : ici, les milliers se séparent par {group} ; écrivez {example}.</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../gui/operations.py" line="+158"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
</context>
<context>
    <name>OpenPartsLine</name>
    <message>
        <location filename="../gui/workflows/open_parts_line.py" line="+41"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../services/open_parts.py" line="+52"/>
        <source>Still open: one incident of this risk, %1. Closing the risk leaves it as it is.</source>
        <translation>Encore ouvert : un incident de ce risque, %1. Clôturer le risque le laisse tel quel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still open: %2 incidents of this risk, %1. Closing the risk leaves them as they are.</source>
        <translation>Encore ouverts : %2 incidents de ce risque, %1. Clôturer le risque les laisse tels quels.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Still open: one enrolment of this programme, %1. Once the programme is completed, it is still marked completed, failed or dropped.</source>
        <translation>Encore ouverte : une inscription à cette formation, %1. Une fois la formation terminée, elle peut encore être marquée terminée, en échec ou abandonnée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still open: %2 enrolments of this programme, %1. Once the programme is completed, each is still marked completed, failed or dropped.</source>
        <translation>Encore ouvertes : %2 inscriptions à cette formation, %1. Une fois la formation terminée, chacune peut encore être marquée terminée, en échec ou abandonnée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Still open: one enrolment of this programme, %1. Once the programme is cancelled, it can only be marked dropped or failed.</source>
        <translation>Encore ouverte : une inscription à ce programme, %1. Une fois le programme annulé, elle ne peut plus qu’être marquée abandonnée ou échouée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still open: %2 enrolments of this programme, %1. Once the programme is cancelled, each can only be marked dropped or failed.</source>
        <translation>Encore ouvertes : %2 inscriptions à ce programme, %1. Une fois le programme annulé, chacune ne peut plus qu’être marquée abandonnée ou échouée.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Still open: one candidate for this posting, %1. Once it is filled, they can no longer be hired, only rejected or withdrawn: hire the person taking the job first.</source>
        <translation>Encore ouverte : une candidature à cette offre, %1. Une fois l’offre pourvue, elle ne peut plus mener à une embauche, seulement être rejetée ou retirée : embauchez d’abord la personne qui prend le poste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still open: %2 candidates for this posting, %1. Once it is filled, none can be hired any more, only rejected or withdrawn: hire the person taking the job first.</source>
        <translation>Encore ouvertes : %2 candidatures à cette offre, %1. Une fois l’offre pourvue, aucune ne peut plus mener à une embauche, chacune peut seulement être rejetée ou retirée : embauchez d’abord la personne qui prend le poste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still open: one candidate for this posting, %1. Once it is cancelled, they can only be rejected or withdrawn.</source>
        <translation>Encore ouverte : une candidature à cette offre, %1. Une fois l’offre annulée, elle ne peut plus qu’être rejetée ou retirée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still open: %2 candidates for this posting, %1. Once it is cancelled, each can only be rejected or withdrawn.</source>
        <translation>Encore ouvertes : %2 candidatures à cette offre, %1. Une fois l’offre annulée, chacune ne peut plus qu’être rejetée ou retirée.</translation>
    </message>
</context>
<context>
    <name>OrderFactsView</name>
    <message>
        <location filename="../gui/workflows/order_facts_view.py" line="+29"/>
        <source>Department manager</source>
        <translation>Responsable du service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance</source>
        <translation>Finances</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>What</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines of the order</source>
        <translation>Lignes de la commande</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <source>Approval so far</source>
        <translation>Approbations à ce stade</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Drawn up by %1 (%2) on %3.</source>
        <translation>Établi par %1 (%2) le %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+69"/>
        <source>someone no longer listed</source>
        <translation>une personne qui ne figure plus dans la liste</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>no department</source>
        <translation>aucun service</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivery expected on %1.</source>
        <translation>Livraison prévue le %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total: %1.</source>
        <translation>Total : %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes: %1</source>
        <translation>Notes : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: not reached.</source>
        <translation>%1 : pas encore atteint.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: waits for this decision.</source>
        <translation>%1 : attend cette décision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: after that.</source>
        <translation>%1 : ensuite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: approved by %2 on %3.</source>
        <translation>%1 : approuvé par %2 le %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: rejected by %2 on %3.</source>
        <translation>%1 : rejeté par %2 le %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>OrderWaitingLine</name>
    <message>
        <location filename="../gui/workflows/order_waiting_line.py" line="+74"/>
        <source>Its department&apos;s manager</source>
        <translation>Le responsable de son département</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>it now waits for its department&apos;s manager.</source>
        <translation>il attend maintenant le responsable de son département.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it now waits for Finance.</source>
        <translation>il attend maintenant la Finance.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You approved it for %2 on %3; %4</source>
        <translation>Vous l’avez approuvé pour %2 le %3 ; %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You approved it for %2; %4</source>
        <translation>Vous l’avez approuvé pour %2 ; %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You approved it on %3; %4</source>
        <translation>Vous l’avez approuvé le %3 ; %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You approved it; %4</source>
        <translation>Vous l’avez approuvé ; %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 approved it for %2 on %3; %4</source>
        <translation>%1 l’a approuvé pour %2 le %3 ; %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 approved it for %2; %4</source>
        <translation>%1 l’a approuvé pour %2 ; %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 approved it on %3; %4</source>
        <translation>%1 l’a approuvé le %3 ; %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 approved it; %4</source>
        <translation>%1 l’a approuvé ; %4</translation>
    </message>
</context>
<context>
    <name>PaidBackWords</name>
    <message numerus="yes">
        <location filename="../gui/workflows/leave_step_dialog.py" line="-85"/>
        <source>The %n working day(s) of %2 already taken off a payslip will be paid back by the next payroll run.</source>
        <translation>
            <numerusform>Le %n jour ouvré de %2 déjà retiré d’un bulletin de paie sera remboursé par la prochaine paie.</numerusform>
            <numerusform>Les %n jours ouvrés de %2 déjà retirés d’un bulletin de paie seront remboursés par la prochaine paie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The pending payroll run of %1 was made before and does not include them: cancel it and run it again to pay them there.</source>
        <translation>La paie de %1 encore en attente a été calculée avant et ne les comprend pas : annulez-la et relancez-la pour les y verser.</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <location filename="../gui/workflows/money_fields.py" line="+27"/>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTN MoMo</source>
        <translation>MTN MoMo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Airtel Money</source>
        <translation>Airtel Money</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
</context>
<context>
    <name>PaymentOutDialog</name>
    <message>
        <location filename="../gui/workflows/payment_out_dialog.py" line="+50"/>
        <source>This account holds %1 less than the payment.</source>
        <translation>Ce compte détient %1 de moins que le paiement.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paid from account</source>
        <translation>Payé depuis le compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid from &amp;account</source>
        <translation>Payé depuis le &amp;compte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid &amp;on</source>
        <translation>Payé &amp;le</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark &amp;paid</source>
        <translation>Marquer comme &amp;payée</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No active account holds %1: open one in Finance first.</source>
        <translation>Aucun compte actif n’est en %1 : ouvrez-en un dans Finances d’abord.</translation>
    </message>
</context>
<context>
    <name>PaymentReversalDialog</name>
    <message>
        <location filename="../gui/workflows/payment_reversal_dialog.py" line="+36"/>
        <source>Reverse a payment on %1</source>
        <translation>Annuler un paiement de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reverse a payment</source>
        <translation>Annuler un paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a payment off invoice %1</source>
        <translation>Retirer un paiement de la facture %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment to reverse</source>
        <translation>Paiement à annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payment</source>
        <translation>&amp;Paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is reversed</source>
        <translation>Motif de l’annulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque bounced, recorded on the wrong invoice…</source>
        <translation>Chèque impayé, enregistré sur la mauvaise facture…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;verse payment</source>
        <translation>A&amp;nnuler le paiement</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No payment of this invoice is left to reverse.</source>
        <translation>Aucun paiement de cette facture ne reste à annuler.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reversing the payment…</source>
        <translation>Annulation du paiement…</translation>
    </message>
</context>
<context>
    <name>PayrollDecisionDialog</name>
    <message>
        <location filename="../gui/workflows/payroll_decision_dialog.py" line="+119"/>
        <source>Approve a pay period</source>
        <translation>Approuver une période de paie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Approve the payroll of %1</source>
        <translation>Approuver la paie de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel a payroll run</source>
        <translation>Annuler un calcul de paie</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+4"/>
        <source>Cancel the payroll run of %1</source>
        <translation>Annuler le calcul de la paie de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run by</source>
        <translation>Calculé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payslips</source>
        <translation>Bulletins de paie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic salaries</source>
        <translation>Salaires de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowances</source>
        <translation>Indemnités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deductions</source>
        <translation>Retenues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net to pay</source>
        <translation>Net à payer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve period</source>
        <translation>&amp;Approuver la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the &amp;run</source>
        <translation>Annuler le &amp;calcul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is cancelled</source>
        <translation>Motif de l’annulation</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+46"/>
        <source>This pay period is no longer there.</source>
        <translation>Cette période de paie n’existe plus.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Approving…</source>
        <translation>Approbation en cours…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>1st</source>
        <translation>1er</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1st</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1nd</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1rd</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>%1th</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not over: 1 day of attendance and leave is still to come.</source>
        <translation>Le mois de %1 n’est pas terminé : 1 jour de présences et de congés est encore à venir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not over: %2 days of attendance and leave are still to come.</source>
        <translation>Le mois de %1 n’est pas terminé : %2 jours de présences et de congés sont encore à venir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The usual pay day is the %1 (system setting payroll.pay_day).</source>
        <translation>Le jour de paie habituel est le %1 (paramètre système payroll.pay_day).</translation>
    </message>
</context>
<context>
    <name>PayrollPage</name>
    <message>
        <location filename="../gui/workflows/payroll_page.py" line="+47"/>
        <source>&amp;Run payroll…</source>
        <translation>&amp;Calculer la paie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the payslips of a month (Ctrl+N)</source>
        <translation>Établir les bulletins de paie d’un mois (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payroll</source>
        <translation>Paie</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The payroll of %1 ran: its payslips wait for approval.</source>
        <translation>La paie de %1 est calculée : ses bulletins attendent l’approbation.</translation>
    </message>
</context>
<context>
    <name>PayrollPaymentDialog</name>
    <message>
        <location filename="../gui/workflows/payroll_payment_dialog.py" line="+54"/>
        <source>Pay salaries</source>
        <translation>Payer les salaires</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+5"/>
        <source>Pay the salaries of %1</source>
        <translation>Payer les salaires de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payslips</source>
        <translation>Bulletins de paie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net to pay</source>
        <translation>Net à payer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How it was paid</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This pay period is no longer there.</source>
        <translation>Cette période de paie n’existe plus.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>This account holds %1 less than the salaries need.</source>
        <translation>Il manque %1 sur ce compte pour payer les salaires.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Paying…</source>
        <translation>Paiement en cours…</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without a method</source>
        <translation>%1 sans mode de paiement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Each payslip keeps its own method. How is the transfer&apos;s from the account, written on its entry.</source>
        <translation>Chaque bulletin garde son propre mode de paiement. « Mode » est celui du virement depuis le compte, inscrit sur son écriture.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No payslip has a method of its own: all of them are paid as How says, and so is the transfer from the account.</source>
        <translation>Aucun bulletin n’a de mode de paiement propre : tous sont payés selon « Mode », comme le virement depuis le compte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each payslip keeps its own method; those without one are paid as How says, and so is the transfer from the account.</source>
        <translation>Chaque bulletin garde son propre mode de paiement ; ceux qui n’en ont pas sont payés selon « Mode », comme le virement depuis le compte.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>PayrollRunDialog</name>
    <message>
        <location filename="../gui/workflows/payroll_run_dialog.py" line="+37"/>
        <source>Run payroll</source>
        <translation>Calculer la paie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the payroll of a month</source>
        <translation>Calculer la paie d’un mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last period run</source>
        <translation>Dernière période calculée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone employed in that month gets a pending payslip: basic from their salary, allowances and deductions computed by the database. HR may adjust allowances until someone other than you approves the period; then finance pays it.</source>
        <translation>Chaque personne employée ce mois-là reçoit un bulletin en attente : salaire de base selon son salaire, indemnités et retenues calculées par la base de données. Les RH peuvent ajuster les indemnités jusqu’à ce qu’une autre personne que vous approuve la période ; les finances la paient ensuite.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Someone who left before that month and whose untaken annual leave no payslip paid gets a final settlement payslip for it.</source>
        <translation>Une personne partie avant ce mois-là dont aucun bulletin n’a payé le congé annuel non pris reçoit pour cela un bulletin de solde de tout compte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Run payroll</source>
        <translation>&amp;Calculer la paie</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>None yet</source>
        <translation>Aucune pour l’instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 has not begun: its payroll can be run from %2.</source>
        <translation>%1 n’a pas commencé : sa paie peut être calculée à partir du %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Making the payslips…</source>
        <translation>Établissement des bulletins…</translation>
    </message>
</context>
<context>
    <name>Payslip</name>
    <message>
        <location filename="../gui/editors/json_deductions.py" line="-89"/>
        <source>PAYE (income tax)</source>
        <translation>IPR (impôt sur le revenu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSSB pension</source>
        <translation>Pension RSSB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSSB maternity leave</source>
        <translation>Congé de maternité RSSB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CBHI (community health insurance)</source>
        <translation>Mutuelle de santé (CBHI)</translation>
    </message>
    <message>
        <location filename="../gui/workflows/payslip_document.py" line="+39"/>
        <source>TIN %1</source>
        <translation>NIF %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid on %1 by %2</source>
        <translation>Payé le %1 par %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not paid yet (%1)</source>
        <translation>Pas encore payé (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Final settlement of a termination on %1: no salary for this period.</source>
        <translation>Solde de tout compte d’une fin de contrat le %1 : aucun salaire pour cette période.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No salary for this period.</source>
        <translation>Aucun salaire pour cette période.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Basic salary</source>
        <translation>Salaire de base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowances</source>
        <translation>Indemnités</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Gross pay</source>
        <translation>Salaire brut</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total deductions</source>
        <translation>Total des retenues</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Net pay</source>
        <translation>Net à payer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earnings</source>
        <translation>Gains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deductions</source>
        <translation>Retenues</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Payslip for %1</source>
        <translation>Bulletin de paie de %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CANCELLED
not a proof of pay</source>
        <translation>ANNULÉ
ne prouve aucun paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DRAFT
awaiting approval, not a proof of pay</source>
        <translation>BROUILLON
en attente d’approbation, ne prouve aucun paiement</translation>
    </message>
    <message>
        <location filename="../gui/editors/json_deductions.py" line="+8"/>
        <source>RSSB pension (%1)</source>
        <translation>Pension RSSB (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSSB maternity leave (%1)</source>
        <translation>Congé de maternité RSSB (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CBHI (community health insurance, %1)</source>
        <translation>Mutuelle de santé (CBHI, %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PAYE (income tax, by bands)</source>
        <translation>IPR (impôt sur le revenu, par tranches)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>PAYE bands: %1</source>
        <translation>Tranches de l’IPR : %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 up to %2</source>
        <translation>%1 jusqu’à %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 above %2</source>
        <translation>%1 au-delà de %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../gui/workflows/payslip_document.py" line="+21"/>
        <source>payslip</source>
        <translation>bulletin-de-paie</translation>
    </message>
</context>
<context>
    <name>PayslipCounts</name>
    <message numerus="yes">
        <location line="-152"/>
        <source>Unpaid leave: %n of %2 working days, %3 less on basic salary</source>
        <translation>
            <numerusform>Congé sans solde : %n jour ouvré sur %2, %3 de moins sur le salaire de base</numerusform>
            <numerusform>Congé sans solde : %n jours ouvrés sur %2, %3 de moins sur le salaire de base</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Untaken leave paid: %n working days</source>
        <translation>
            <numerusform>Congé non pris payé : %n jour ouvré</numerusform>
            <numerusform>Congé non pris payé : %n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Unpaid leave paid back: %n working day(s) of %2</source>
        <translation>
            <numerusform>Congé sans solde remboursé : %n jour ouvré de %2</numerusform>
            <numerusform>Congé sans solde remboursé : %n jours ouvrés de %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayslipOutput</name>
    <message>
        <location line="+155"/>
        <source>This payslip is no longer there to see.</source>
        <translation>Ce bulletin n’est plus disponible.</translation>
    </message>
</context>
<context>
    <name>PayslipsPage</name>
    <message>
        <location filename="../gui/tabs/payslips_page.py" line="+46"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the chosen payslip (Ctrl+P)</source>
        <translation>Imprimer le bulletin choisi (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chosen payslip as a PDF file</source>
        <translation>Enregistrer le bulletin choisi en fichier PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payslips</source>
        <translation>Bulletins de paie</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a payslip in the list first.</source>
        <translation>Choisissez d’abord un bulletin dans la liste.</translation>
    </message>
</context>
<context>
    <name>PhoneEditor</name>
    <message>
        <location filename="../gui/editors/text.py" line="+9"/>
        <source>+250 788 123 456</source>
        <translation>+250 788 123 456</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Two numbers: keep one number in this box.</source>
        <translation>Deux numéros : gardez un seul numéro dans ce champ.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../gui/printing/filter_words.py" line="+28"/>
        <source>Search: “%1”</source>
        <translation>Recherche : « %1 »</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>contains “%1”</source>
        <translation>contient « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../gui/printing/pages.py" line="+145"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../gui/printing/pages.py" line="+2"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../gui/printing/list_job.py" line="+78"/>
        <source>last first</source>
        <translation>ordre décroissant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first first</source>
        <translation>ordre croissant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorted by %1, %2</source>
        <translation>Trié par %1, %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Reading the rows of %1…</source>
        <translation>Lecture des lignes de %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Printing was cancelled: nothing was printed or saved.</source>
        <translation>L’impression a été annulée : rien n’a été imprimé ni enregistré.</translation>
    </message>
    <message>
        <location filename="../gui/printing/output.py" line="+43"/>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save %1 as PDF</source>
        <translation>Enregistrer %1 en PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The PDF could not be written to %1: choose another folder.</source>
        <translation>Le PDF n’a pas pu être enregistré dans %1 : choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../gui/printing/pages.py" line="+192"/>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The printer could not be used: check it is on and try again.</source>
        <translation>L’imprimante n’a pas pu être utilisée : vérifiez qu’elle est allumée et réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <location filename="../gui/printing/page.py" line="+197"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../gui/printing/pages.py" line="-89"/>
        <source>None</source>
        <translation>Néant</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Save picture as PNG</source>
        <translation>Enregistrer l’image en PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The picture could not be saved to %1: choose another folder.</source>
        <translation>L’image n’a pas pu être enregistrée dans %1 : choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../gui/printing/filter_words.py" line="-33"/>
        <source>%1, or empty</source>
        <translation>%1, ou vide</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../gui/profile_dialog.py" line="+18"/>
        <source>Default (encrypted when the server offers it)</source>
        <translation>Par défaut (chiffré quand le serveur le propose)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypted</source>
        <translation>Toujours chiffré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, server certificate checked</source>
        <translation>Chiffré, certificat du serveur vérifié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted, certificate and server name checked</source>
        <translation>Chiffré, certificat et nom du serveur vérifiés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not encrypted (local network only)</source>
        <translation>Non chiffré (réseau local uniquement)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Give the server a name, for example “Head office”.</source>
        <translation>Donnez un nom au serveur, par exemple « Siège ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a server named “%1”: choose another name.</source>
        <translation>Il existe déjà un serveur nommé « %1 » : choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the server address that IT gave you.</source>
        <translation>Saisissez l’adresse du serveur fournie par l’informatique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server address has no spaces.</source>
        <translation>Une adresse de serveur ne contient pas d’espaces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate file %1 does not exist.</source>
        <translation>Le fichier de certificat %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CA certificate from IT</source>
        <translation>Certificat de l’AC fourni par l’informatique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="+14"/>
        <source>Add a server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the server details that IT gave you. Leave the port and database as they are unless told otherwise.</source>
        <translation>Saisissez les coordonnées du serveur fournies par l’informatique. Laissez le port et la base de données tels quels, sauf indication contraire.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For example: Head office</source>
        <translation>Par exemple : Siège</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>db.dicel.rw</source>
        <translation>db.dicel.rw</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dicel_erp_db</source>
        <translation>dicel_erp_db</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;CA certificate:</source>
        <translation>Certificat de l’&amp;AC :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only if IT gave you one</source>
        <translation>Seulement si l’informatique vous en a fourni un</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../gui/tabs/profile_view.py" line="+22"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Supérieur hiérarchique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hire date</source>
        <translation>Date d’embauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment type</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work location</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role in DICEL</source>
        <translation>Rôle dans DICEL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pay</source>
        <translation>Rémunération</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Salary (monthly)</source>
        <translation>Salaire (mensuel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+48"/>
        <source>Loading your profile…</source>
        <translation>Chargement de votre profil…</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No profile was found for this login. Ask HR to link it.</source>
        <translation>Aucun profil n’a été trouvé pour ce compte. Demandez aux RH de le lier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Besides you, only Human Resources, Finance and Administration can see your salary and bank details.</source>
        <translation>En dehors de vous, seuls les services Ressources humaines, Finances et Administration peuvent voir votre salaire et vos coordonnées bancaires.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Emergency contact</source>
        <translation>Personne à prévenir en cas d’urgence</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>To correct any of these, ask Human Resources.</source>
        <translation>Pour corriger l’une de ces informations, adressez-vous aux Ressources humaines.</translation>
    </message>
</context>
<context>
    <name>PurchasingSteps</name>
    <message>
        <location filename="../gui/workflows/purchasing.py" line="+89"/>
        <source>It now waits for the next level&apos;s approval.</source>
        <translation>Il attend maintenant l’approbation du niveau suivant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is approved: it can be ordered and received.</source>
        <translation>Il est approuvé : il peut être commandé et réceptionné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is rejected.</source>
        <translation>Il est rejeté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of it has arrived; the rest is still awaited.</source>
        <translation>Une partie est arrivée ; le reste est toujours attendu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything it ordered has arrived.</source>
        <translation>Tout ce qui a été commandé est arrivé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is ordered: receive it when it arrives.</source>
        <translation>Il est commandé : réceptionnez-le à son arrivée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is cancelled.</source>
        <translation>Il est annulé.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Submit %1 for approval? Its lines can no longer be changed once it is submitted.</source>
        <translation>Soumettre %1 pour approbation ? Ses lignes ne pourront plus être modifiées une fois soumis.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submitting…</source>
        <translation>Soumission en cours…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submitted for approval.</source>
        <translation>Soumis pour approbation.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Has %1 been sent to its supplier?</source>
        <translation>%1 a-t-il été envoyé à son fournisseur ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;ordered</source>
        <translation>Marquer comme &amp;commandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marking it ordered…</source>
        <translation>Marquage comme commandé…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel %1? It can then no longer be approved, ordered or received.</source>
        <translation>Annuler %1 ? Il ne pourra plus être approuvé, commandé ni réceptionné.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel &amp;order</source>
        <translation>Annuler la &amp;commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Closed: what was received stays in stock; the rest is no longer expected.</source>
        <translation>Clôturé : ce qui a été reçu reste en stock ; le reste n’est plus attendu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Decided.</source>
        <translation>Décidé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Received.</source>
        <translation>Réceptionné.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stock was moved.</source>
        <translation>Le mouvement de stock est enregistré.</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>S&amp;ubmit…</source>
        <translation>S&amp;oumettre…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the order for approval</source>
        <translation>Envoyer la commande pour approbation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recei&amp;ve…</source>
        <translation>Récep&amp;tionner…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record what arrived, line by line</source>
        <translation>Enregistrer ce qui est arrivé, ligne par ligne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark &amp;ordered…</source>
        <translation>Marquer comme &amp;commandé…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record that the order was sent to its supplier</source>
        <translation>Enregistrer que la commande a été envoyée au fournisseur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cance&amp;l order…</source>
        <translation>Annu&amp;ler la commande…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing of it has arrived yet: it will not be ordered or received</source>
        <translation>Rien n’est encore arrivé : il ne sera ni commandé ni réceptionné</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close or&amp;der…</source>
        <translation>Clôturer la comman&amp;de…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End it as it stands: what arrived stays in stock, the rest is no longer expected</source>
        <translation>La terminer en l’état : ce qui est arrivé reste en stock, le reste n’est plus attendu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Move stock…</source>
        <translation>&amp;Mouvement de stock…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock in, out, or a correction after a count</source>
        <translation>Entrée, sortie ou correction après inventaire</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../gui/translations.py" line="+91"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-23"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Non à to&amp;ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Ne pas tenir compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <location filename="../gui/questions.py" line="+62"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Discard what you typed?</source>
        <translation>Abandonner ce que vous avez saisi ?</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&amp;Keep typing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>ReceivePurchaseOrderDialog</name>
    <message>
        <location filename="../gui/workflows/receive_purchase_order_dialog.py" line="+65"/>
        <source>Receive the purchase order</source>
        <translation>Réceptionner le bon de commande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrived before</source>
        <translation>Arrivé avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrived now</source>
        <translation>Arrivé maintenant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A&amp;ll awaited</source>
        <translation>&amp;Tout l’attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything still awaited arrived</source>
        <translation>Tout ce qui était attendu est arrivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive</source>
        <translation>&amp;Réceptionner</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Receive %1</source>
        <translation>Réceptionner %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>all arrived</source>
        <translation>tout est arrivé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrived now: %1</source>
        <translation>Arrivé maintenant : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 typed for %2, %3 awaited: receive %3 and tell the supplier, or correct the count.</source>
        <translation>%1 saisis pour %2, %3 attendus : réceptionnez %3 et prévenez le fournisseur, ou corrigez le compte.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Correct the numbers above what is awaited first.</source>
        <translation>Corrigez d’abord les quantités supérieures à ce qui est attendu.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>One receipt takes at most %1 of a line.</source>
        <translation>Une réception prend au plus %1 unités d’une ligne.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 typed for %2: one receipt takes at most %3 of a line. Receive %3 now and the rest in another receipt, or correct the count.</source>
        <translation>%1 saisis pour %2 : une réception prend au plus %3 unités d’une ligne. Réceptionnez %3 maintenant et le reste dans une autre réception, ou corrigez le compte.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Correct the numbers above what one receipt takes first.</source>
        <translation>Corrigez d’abord les quantités supérieures à ce que prend une réception.</translation>
    </message>
</context>
<context>
    <name>RecordFlags</name>
    <message>
        <location filename="../gui/records/flag_line.py" line="+36"/>
        <source>Below its minimum stock: %1 of %2</source>
        <translation>Sous son stock minimum : %1 sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still pending, and its first day was %1: it needs a decision</source>
        <translation>Toujours en attente alors que son premier jour était le %1 : une décision est nécessaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High or critical risk (score %1), not closed: it needs attention</source>
        <translation>Risque élevé ou critique (score %1), non clôturé : il demande de l’attention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review overdue since %1</source>
        <translation>Révision en retard depuis le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence expired on %1</source>
        <translation>Carte professionnelle expirée le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence expires on %1</source>
        <translation>Carte professionnelle expire le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended on %1, and still active</source>
        <translation>Terminé le %1, et toujours actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on %1</source>
        <translation>Prend fin le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected to close by %1: still open</source>
        <translation>Clôture prévue le %1 : toujours ouverte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applications were to close on %1: still open</source>
        <translation>Les candidatures devaient être closes le %1 : toujours ouverte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target completion %1: not settled yet</source>
        <translation>Achèvement visé le %1 : pas encore réglé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected by %1: not received yet</source>
        <translation>Attendu le %1 : pas encore reçu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Expected by %1: not all received yet</source>
        <translation>Attendu le %1 : pas encore tout reçu</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The shift ended on %1: mark it completed</source>
        <translation>La vacation s’est terminée le %1 : marquez-la terminée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shift ended on %1 and was never started: mark it completed or missed</source>
        <translation>La vacation s’est terminée le %1 sans avoir commencé : marquez-la terminée ou manquée</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1, a draft</source>
        <translation>%1, un brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, awaiting approval</source>
        <translation>%1, en attente d’approbation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, expected %2</source>
        <translation>%1, attendue le %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on order (%2)</source>
        <translation>%1 en commande (%2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Held by %1, whose login is deactivated: recover it</source>
        <translation>Détenu par %1, dont le compte est désactivé : à récupérer</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../gui/records/form_layout.py" line="+171"/>
        <location filename="../gui/records/record_form.py" line="+267"/>
        <location filename="../gui/widgets/required.py" line="+28"/>
        <source>Required</source>
        <extracomment>Grid rows per line of fields: the editors, their errors, their hints, their notes. An editor&apos;s own sentences said under its box in a form: its length sentence and a setting key&apos;s purpose (``SettingKeyEditor.purpose``, eye40 #3).
----------
A space between two digits in a sentence: an example number&apos;s (&quot;+254 712 345 678&quot;), which a narrow box&apos;s sentence broke across lines (&quot;+254&quot; / &quot;712 345 678&quot;). Shown as a no-break space, in every language, the same sentence otherwise. Why a line may lose the focus while the person is still in its field. Whether the form holds changes not saved yet. A record (or a new one) was shown, as saved. The person left a field&apos;s line (Tab, a click elsewhere): its name. Not when a popup (a calendar) or another window takes the focus. Fields ``show_errors`` marked (tooltip, spoken description), its label shown or not (a field saying its own length already): ``clear_errors`` unmarks them. A field&apos;s grey hint said whole below its line, where the line cuts it short. Where a note under each field goes (``add_note``): its grid, row, column, span. A section&apos;s facts (``Section.facts``: an invoice&apos;s amount paid), by name: its label and its value, read-only, shown once the record&apos;s facts say it. The section of a field shown without its label (a section of one field named as the field): its title carries the field&apos;s * instead. What each field held when the form was (re)loaded. Fields given by whoever opened the form (an invoice line&apos;s invoice): shown, sent, but not changed here. Fields the database refuses this person on this record (an administrator&apos;s pay, for HR: migration 0073), asked of it after the record shows (``hold``). Fitting the form in its scroll area, hints said whole below cut lines. Fields that follow others as the person types.
----------
What follows a required field&apos;s label.</extracomment>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../gui/records/record_form.py" line="+6"/>
        <source>Needed to submit it; it may be saved without it until then</source>
        <translation>Nécessaire pour la soumettre ; on peut l’enregistrer sans jusque-là</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needed to approve it: without it, no budget can carry it</source>
        <translation>Nécessaire pour l’approuver : sans lui, aucun budget ne peut la porter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filled in when IT makes this employee&apos;s login</source>
        <translation>Renseigné quand l’informatique crée le compte de cet employé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given when saved</source>
        <translation>À l’enregistrement</translation>
    </message>
    <message>
        <location filename="../gui/records/field_tips.py" line="+16"/>
        <source>Expected while the deal is open; the day it was won or lost once it is closed.</source>
        <translation>Prévue tant que l’opportunité est ouverte ; une fois clôturée, le jour où elle a été gagnée ou perdue.</translation>
    </message>
</context>
<context>
    <name>RecordSummary</name>
    <message numerus="yes">
        <location filename="../gui/records/summary_line.py" line="+29"/>
        <source>%n payslip(s) · gross pay %2 · net pay %3</source>
        <translation>
            <numerusform>%n bulletin · brut %2 · net %3</numerusform>
            <numerusform>%n bulletins · brut %2 · net %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordWindow</name>
    <message>
        <location filename="../gui/workflows/leave.py" line="+30"/>
        <source>Request leave for yourself (Ctrl+N)</source>
        <translation>Demander un congé pour vous-même (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../gui/records/window_layout.py" line="+76"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new, empty %1 (Ctrl+N)</source>
        <translation>Une nouvelle fiche vide : %1 (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/records/window_running.py" line="+131"/>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this %1 (Ctrl+P) or save it as a PDF (Ctrl+Shift+P)</source>
        <translation>Imprimer le document (%1) (Ctrl+P) ou l’enregistrer en PDF (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print this form (Ctrl+P) or save it as a PDF (Ctrl+Shift+P)</source>
        <translation>Imprimer ce formulaire (Ctrl+P) ou l’enregistrer en PDF (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../gui/records/record_saving.py" line="+101"/>
        <source>Nothing was saved: correct the fields marked below.</source>
        <translation>Rien n’a été enregistré : corrigez les champs signalés ci-dessous.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no changes to save.</source>
        <translation>Il n’y a aucune modification à enregistrer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+60"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../gui/records/record_loading.py" line="+32"/>
        <location filename="../gui/unanswered.py" line="-6"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../gui/records/record_saving.py" line="+89"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="-176"/>
        <location line="+199"/>
        <source>Nothing was saved: correct the field marked below.</source>
        <translation>Rien n’a été enregistré : corrigez le champ signalé ci-dessous.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Their version is shown; your changes were set aside.</source>
        <translation>Leur version est affichée ; vos modifications ont été mises de côté.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: someone else changed this %1. Your values are still here.</source>
        <translation>Non enregistré : quelqu’un d’autre a modifié cette fiche (%1). Vos valeurs sont toujours là.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What you typed is still shown.</source>
        <translation>Ce que vous avez saisi est toujours affiché.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep what you typed as a new %1?</source>
        <translation>Garder ce que vous avez saisi comme nouvelle fiche (%1) ?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved yet: check the values, then Save.</source>
        <translation>Pas encore enregistré : vérifiez les valeurs, puis Enregistrer.</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Delete the %1 “%2”? This cannot be undone.</source>
        <translation>Supprimer « %2 » (%1) ? C’est irréversible.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete %1? This cannot be undone.</source>
        <translation>Supprimer %1 ? Cette action est définitive.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deleting…</source>
        <translation>Suppression en cours…</translation>
    </message>
    <message>
        <location filename="../gui/records/window_closing.py" line="+61"/>
        <source>the new %1</source>
        <translation>la nouvelle fiche (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the changes to %1?</source>
        <translation>Enregistrer les modifications de %1 ?</translation>
    </message>
    <message>
        <location filename="../gui/unanswered.py" line="-7"/>
        <source>%1 (no answer from the server yet)</source>
        <translation>%1 (pas encore de réponse du serveur)</translation>
    </message>
    <message>
        <location filename="../gui/records/panels.py" line="+32"/>
        <source>The case&apos;s papers by type and date (a demand letter, a court filing), each with where it is kept; attach files themselves under Documents</source>
        <translation>Les pièces du dossier par type et par date (mise en demeure, acte de procédure), chacune avec son lieu de conservation ; joignez les fichiers eux-mêmes sous Documents</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files attached to this record (scans, letters, photos); list the case&apos;s papers by type under Case documents</source>
        <translation>Fichiers joints à cette fiche (scans, lettres, photos) ; répertoriez les pièces par type sous Pièces du dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files attached to this record</source>
        <translation>Fichiers joints à cette fiche</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../gui/records/titles.py" line="-120"/>
        <source>You can read this %1; your role cannot change it.</source>
        <translation>Vous pouvez lire cette fiche (%1) ; votre rôle ne permet pas de la modifier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fields marked * are required.</source>
        <translation>Les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This %1 is %2: you can no longer change it.</source>
        <translation>Cette fiche (%1) est à l’état « %2 » : vous ne pouvez plus la modifier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This %1 is %2: it can no longer be changed.</source>
        <translation>Cette fiche (%1) est à l’état « %2 » : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Expenses are charged to it: %1 can no longer change.</source>
        <translation>Des dépenses y sont imputées : plus de modification possible pour %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This opportunity is on hold: resume it to change its stage.</source>
        <translation>Cette opportunité est en attente : reprenez-la pour changer son étape.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This policy is approved: start a review to change it.</source>
        <translation>Cette politique est approuvée : lancez une révision pour la modifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This policy is in force: start a review to change it.</source>
        <translation>Cette politique est en vigueur : lancez une révision pour la modifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This review is shared with the employee: take it back to draft to change %1.</source>
        <translation>Cette évaluation est partagée avec l’employé : remettez-la en brouillon pour modifier %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This job posting is closed to applications: reopen it to change its closing date.</source>
        <translation>Cette offre d’emploi est fermée aux candidatures : rouvrez-la pour changer sa date de clôture.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This incident is resolved: reopen it to change the actions taken.</source>
        <translation>Cet incident est résolu : rouvrez-le pour modifier les mesures prises.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This case is recovered: reopen it to change %1.</source>
        <translation>Ce dossier est recouvré : rouvrez-le pour modifier %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This case is written off: reopen it to change %1.</source>
        <translation>Ce dossier est passé en perte : rouvrez-le pour modifier %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This audit is completed: reopen it to change its findings.</source>
        <translation>Cet audit est terminé : rouvrez-le pour modifier ses constatations.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>These can no longer change: %1.</source>
        <translation>Ceux-ci ne peuvent plus être modifiés : %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This %3 is %2: %1 can no longer change.</source>
        <translation>Cette fiche (%3) est à l’état « %2 » : le champ %1 ne peut plus être modifié.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This %3 is %2: %1 can no longer change.</source>
        <comment>several fields</comment>
        <translation>Cette fiche (%3) est à l’état « %2 » : les champs %1 ne peuvent plus être modifiés.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this feedback</source>
        <translation>cet avis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this performance review</source>
        <translation>cette évaluation annuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this patrol log</source>
        <translation>ce rapport de ronde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this training enrollment</source>
        <translation>cette inscription à une formation</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>this %1</source>
        <translation>cette fiche (%1)</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>%1 and %2</source>
        <comment>the last two of a list, the last starting with a vowel</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="schema_words.py" line="-58"/>
        <source>New employee</source>
        <translation>Nouvel employé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New leave request</source>
        <translation>Nouvelle demande de congé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New public holiday</source>
        <translation>Nouveau jour férié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New attendance record</source>
        <translation>Nouveau pointage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New payslip</source>
        <translation>Nouveau bulletin de paie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New pay period</source>
        <translation>Nouvelle période de paie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New performance review</source>
        <translation>Nouvelle évaluation annuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New job posting</source>
        <translation>Nouvelle offre d’emploi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New candidate</source>
        <translation>Nouveau candidat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New training program</source>
        <translation>Nouveau programme de formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New training enrollment</source>
        <translation>Nouvelle inscription à une formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New transaction</source>
        <translation>Nouvelle écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New budget</source>
        <translation>Nouveau budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New expense</source>
        <translation>Nouvelle dépense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New invoice line</source>
        <translation>Nouvelle ligne de facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New IT ticket</source>
        <translation>Nouvelle demande d’assistance informatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New IT asset</source>
        <translation>Nouveau matériel informatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New monitoring reading</source>
        <translation>Nouveau relevé de surveillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New assignment</source>
        <translation>Nouvelle affectation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New guard</source>
        <translation>Nouvel agent de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New patrol route</source>
        <translation>Nouveau circuit de ronde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New patrol log</source>
        <translation>Nouveau rapport de ronde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New item</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New stock movement</source>
        <translation>Nouveau mouvement de stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New purchase order</source>
        <translation>Nouveau bon de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New order line</source>
        <translation>Nouvelle ligne de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New order approval</source>
        <translation>Nouvelle approbation de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New supplier</source>
        <translation>Nouveau fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contract</source>
        <translation>Nouveau contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New support ticket</source>
        <translation>Nouvelle demande d’assistance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New lead</source>
        <translation>Nouvelle piste commerciale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New opportunity</source>
        <translation>Nouvelle opportunité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New feedback</source>
        <translation>Nouvel avis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New survey</source>
        <translation>Nouvelle enquête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New risk assessment</source>
        <translation>Nouvelle évaluation des risques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New risk incident</source>
        <translation>Nouvel incident de risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recovery case</source>
        <translation>Nouveau dossier de recouvrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New case document</source>
        <translation>Nouvelle pièce du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New policy</source>
        <translation>Nouvelle politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New audit</source>
        <translation>Nouvel audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New department</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New system setting</source>
        <translation>Nouveau paramètre système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New audit log entry</source>
        <translation>Nouvelle entrée du journal d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <location filename="../gui/records/titles.py" line="+40"/>
        <source>the complaint of %1</source>
        <translation>la réclamation de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the compliment of %1</source>
        <translation>le compliment de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the suggestion of %1</source>
        <translation>la suggestion de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service review of %1</source>
        <translation>l’avis sur le service de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the complaint dated %1</source>
        <translation>la réclamation du %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the compliment dated %1</source>
        <translation>le compliment du %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the suggestion dated %1</source>
        <translation>la suggestion du %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service review dated %1</source>
        <translation>l’avis sur le service du %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the shift of %1 at %2 (%3)</source>
        <translation>la vacation assurée par %1 à %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the shift at %1 (%2)</source>
        <translation>la vacation à %1 (%2)</translation>
    </message>
    <message>
        <location filename="../gui/records/held_fields.py" line="+202"/>
        <source>DICEL reads this setting by its key: the key is fixed, and the setting cannot be deleted. Change its value instead.</source>
        <translation>DICEL lit ce paramètre par sa clé : la clé est fixée, et le paramètre ne peut pas être supprimé. Modifiez plutôt sa valeur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A setting&apos;s key is fixed once made. No part of DICEL reads this one: it may be deleted once it is no longer needed.</source>
        <translation>La clé d’un paramètre est fixée dès sa création. Aucune partie de DICEL ne lit celui-ci : il peut être supprimé quand il n’est plus utile.</translation>
    </message>
    <message>
        <location filename="../domain/setting_keys.py" line="+110"/>
        <source>The company&apos;s name at the top of every printed page and document.</source>
        <translation>Le nom de l’entreprise en tête de chaque page et de chaque document imprimés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The company&apos;s address on invoices, payslips and printed documents.</source>
        <translation>L’adresse de l’entreprise sur les factures, les bulletins de paie et les documents imprimés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The company&apos;s taxpayer number (TIN), printed on its invoices.</source>
        <translation>Le numéro de contribuable (NIF) de l’entreprise, imprimé sur ses factures.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The company&apos;s telephone number on printed documents.</source>
        <translation>Le numéro de téléphone de l’entreprise sur les documents imprimés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The company&apos;s e-mail address on printed documents.</source>
        <translation>L’adresse e-mail de l’entreprise sur les documents imprimés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VAT rate, in percent, of the invoices written after a change; an invoice already written keeps its rate.</source>
        <translation>Le taux de TVA, en pour cent, des factures rédigées après un changement ; une facture déjà rédigée garde son taux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A purchase order above this total (RWF) is approved by finance after the department&apos;s manager.</source>
        <translation>Un bon de commande au-delà de ce total (RWF) est approuvé par les finances après le responsable du département.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many days before today a leave request may start.</source>
        <translation>Combien de jours avant aujourd’hui une demande de congé peut commencer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day of the month salaries are paid.</source>
        <translation>Le jour du mois où les salaires sont payés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PAYE bands of the payroll runs: each band&apos;s upper limit on the monthly gross (RWF) and its rate.</source>
        <translation>Les tranches de l’IPR (PAYE) des paies : la limite haute de chaque tranche sur le salaire brut mensuel (RWF) et son taux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The employee&apos;s RSSB pension share, in percent of the gross pay.</source>
        <translation>La part salariale de la pension RSSB, en pour cent du salaire brut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The employee&apos;s RSSB maternity share, in percent of the gross pay.</source>
        <translation>La part salariale de la maternité RSSB, en pour cent du salaire brut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Community-based health insurance (Mutuelle), in percent of the net pay.</source>
        <translation>L’assurance maladie communautaire (Mutuelle), en pour cent du net à payer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transport and housing allowance of the payroll runs, in percent of the basic salary.</source>
        <translation>L’indemnité de transport et de logement des paies, en pour cent du salaire de base.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The largest file an upload takes, in megabytes.</source>
        <translation>Le plus gros fichier qu’un envoi accepte, en mégaoctets.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The DICEL Desktop version this site expects: an older one says at login that it should be updated.</source>
        <translation>La version de DICEL Desktop que ce site attend : une version plus ancienne indique à la connexion qu’elle doit être mise à jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where an older DICEL Desktop tells its user to find the installer.</source>
        <translation>Où une version plus ancienne de DICEL Desktop indique de trouver le programme d’installation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The people the demo&apos;s login window lists.</source>
        <translation>Les personnes que la fenêtre de connexion de la démo propose.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{leave}: the working days a year each employee may take of it. The balance shown when filing a request is worked out from it.</source>
        <translation>{leave} : les jours ouvrés par an que chaque employé peut en prendre. Le solde affiché lors d’une demande en est déduit.</translation>
    </message>
    <message>
        <location filename="../gui/records/held_fields.py" line="+9"/>
        <source>The type (%1) is fixed too: DICEL reads the value as that type.</source>
        <translation>Le type (%1) est fixé lui aussi : DICEL lit la valeur sous ce type.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>“Public” is a mark for the administrators&apos; own use: DICEL does not read it. Only administrators see the settings, and DICEL reads those it uses either way.</source>
        <translation>« Public » est une marque à l’usage des administrateurs : DICEL ne la lit pas. Seuls les administrateurs voient les paramètres, et DICEL lit ceux dont il se sert dans tous les cas.</translation>
    </message>
    <message>
        <location filename="../gui/records/titles.py" line="-51"/>
        <source>the complaint of %2 from %1</source>
        <translation>la réclamation du %2 du client %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the compliment of %2 from %1</source>
        <translation>le compliment du %2 du client %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the suggestion of %2 from %1</source>
        <translation>la suggestion du %2 du client %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service review of %2 from %1</source>
        <translation>l’avis sur le service du %2 du client %1</translation>
    </message>
    <message>
        <location filename="../gui/records/held_fields.py" line="-21"/>
        <source>The emergency contact is HR&apos;s, kept on the employee record {number}: it is shown here as HR keeps it. Change it on that record.</source>
        <translation>La personne à prévenir en cas d’urgence est tenue par les RH sur la fiche d’employé {number} ; elle est affichée ici telle qu’elles la tiennent. Modifiez-la sur cette fiche.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This login has no employee record: its emergency contact is kept as it was, and no one changes it here.</source>
        <translation>Ce compte n’a pas de fiche d’employé : sa personne à prévenir en cas d’urgence est gardée telle qu’elle était, et personne ne la modifie ici.</translation>
    </message>
</context>
<context>
    <name>ReferencePicker</name>
    <message>
        <location filename="../gui/editors/reference_picker.py" line="+96"/>
        <location line="+355"/>
        <source>Type to search</source>
        <translation>Saisissez pour rechercher</translation>
    </message>
    <message>
        <location line="-352"/>
        <source>Empty this field</source>
        <translation>Vider ce champ</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(not available to you)</source>
        <translation>(non accessible pour vous)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>“{typed}” was not picked from the list, so {label} stays empty.</source>
        <translation>« {typed} » n’a pas été choisi dans la liste : {label} reste vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{typed}” was not picked from the list, so {label} stays “{name}”.</source>
        <translation>« {typed} » n’a pas été choisi dans la liste : {label} reste « {name} ».</translation>
    </message>
    <message>
        <location filename="../gui/cell_format.py" line="-129"/>
        <location filename="../gui/editors/reference_picker.py" line="+11"/>
        <source>{name} (closed)</source>
        <translation>{name} (clôturé)</translation>
    </message>
    <message>
        <location filename="../gui/editors/reference_picker.py" line="+8"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The database could not be reached, so no names could be looked up. Check the network connection, then type again.</source>
        <translation>La base de données est injoignable : aucun nom n’a pu être recherché. Vérifiez la connexion réseau, puis saisissez à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The names could not be looked up because of an unexpected error. Type again to retry; if it happens again, tell IT.</source>
        <translation>Les noms n’ont pas pu être recherchés à cause d’une erreur inattendue. Saisissez à nouveau pour réessayer ; si cela se reproduit, prévenez l’informatique.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../gui/admin/reset_password_dialog.py" line="+23"/>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new password for %1 (%2). Give it to them yourself: DICEL will not show it again. Sessions they already have open stay open.</source>
        <translation>Un nouveau mot de passe pour %1 (%2). Transmettez-le vous-même : DICEL ne l’affichera plus. Les sessions déjà ouvertes restent ouvertes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Set password</source>
        <translation>&amp;Définir le mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least %1 characters</source>
        <translation>Au moins %1 caractères</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;password:</source>
        <translation>Nouveau &amp;mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmer :</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has a new password.</source>
        <translation>%1 a un nouveau mot de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>RiskHeatmap</name>
    <message>
        <location filename="../gui/charts/risk_heatmap.py" line="+91"/>
        <location line="+156"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not closed</source>
        <translation>Non clôturé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The arrow keys choose a cell, Enter opens its assessments.</source>
        <translation>Les flèches choisissent une case, Entrée ouvre ses évaluations.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Score (likelihood × impact):</source>
        <translation>Score (probabilité × impact) :</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Assessments: {0} ({1}).</source>
        <translation>Évaluations : {0} ({1}).</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n low</source>
        <translation>
            <numerusform>%n faible</numerusform>
            <numerusform>%n faibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n medium</source>
        <translation>
            <numerusform>%n moyenne</numerusform>
            <numerusform>%n moyennes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n high</source>
        <translation>
            <numerusform>%n élevée</numerusform>
            <numerusform>%n élevées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n critical</source>
        <translation>
            <numerusform>%n critique</numerusform>
            <numerusform>%n critiques</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{0} likelihood, {1} impact: {2}</source>
        <translation>probabilité {0}, impact {1} : {2}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} likelihood, {1} impact: {2} assessments</source>
        <translation>Probabilité {0}, impact {1} : {2} évaluations</translation>
    </message>
    <message>
        <location filename="../gui/risk_words.py" line="+18"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>SettingKeyEditor</name>
    <message>
        <location filename="../gui/editors/setting_key.py" line="+31"/>
        <source>Choose the setting…</source>
        <translation>Choisissez le paramètre…</translation>
    </message>
</context>
<context>
    <name>SettingValueEditor</name>
    <message>
        <location filename="../gui/editors/setting_value.py" line="+117"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the date on a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <location filename="../gui/editors/paye_bands.py" line="+137"/>
        <source>From (RWF)</source>
        <translation>De (RWF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to (RWF)</source>
        <translation>Jusqu’à (RWF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate (%)</source>
        <translation>Taux (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PAYE bands</source>
        <translation>Tranches de l’IPR</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>and above</source>
        <translation>et au-delà</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Add band</source>
        <translation>Ajouter une tranche</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove band</source>
        <translation>Retirer la tranche</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A new band under the one chosen; the open last band stays last</source>
        <translation>Une nouvelle tranche sous celle choisie ; la dernière tranche, ouverte, reste la dernière</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the band chosen</source>
        <translation>Retirer la tranche choisie</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Band %1&apos;s rate (%2) is lower than band %3&apos;s (%4): PAYE rates usually rise from band to band. Save anyway?</source>
        <translation>Le taux de la tranche %1 (%2) est inférieur à celui de la tranche %3 (%4) : les taux de l’IPR (PAYE) augmentent d’habitude d’une tranche à l’autre. Enregistrer quand même ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>band %1 (%2, after %4 in band %3)</source>
        <comment>one band of several whose rate is lower than the band before it&apos;s</comment>
        <translation>tranche %1 (%2, après %4 en tranche %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These bands&apos; rates are lower than the band before them: %1. PAYE rates usually rise from band to band. Save anyway?</source>
        <translation>Ces tranches ont un taux inférieur à celui de la tranche précédente : %1. Les taux de l’IPR (PAYE) augmentent d’habitude d’une tranche à l’autre. Enregistrer quand même ?</translation>
    </message>
</context>
<context>
    <name>ShapingNotice</name>
    <message>
        <location filename="../gui/records/shaping_notice.py" line="+24"/>
        <source>If you save this change, someone else must approve this expense: whoever changes what it asks for may not approve it.</source>
        <translation>Si vous enregistrez cette modification, quelqu’un d’autre devra approuver cette dépense : qui modifie ce qu’elle demande ne peut pas l’approuver.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you save this change, someone else must approve this purchase order: whoever changes what it asks for may not approve it.</source>
        <translation>Si vous enregistrez cette modification, quelqu’un d’autre devra approuver ce bon de commande : qui modifie ce qu’il demande ne peut pas l’approuver.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you save this change, someone else must approve this leave request: whoever changes what it asks for may not approve it.</source>
        <translation>Si vous enregistrez cette modification, quelqu’un d’autre devra approuver cette demande de congé : qui modifie ce qu’elle demande ne peut pas l’approuver.</translation>
    </message>
</context>
<context>
    <name>SideList</name>
    <message>
        <location filename="../gui/tabs/side_list.py" line="+153"/>
        <source>%1: pages</source>
        <translation>%1 : pages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The arrow keys choose the page shown beside</source>
        <translation>Les flèches choisissent la page affichée à côté</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../gui/records/step_bar.py" line="+174"/>
        <source>Save or undo your changes first, then take this step.</source>
        <translation>Enregistrez ou annulez d’abord vos modifications, puis effectuez cette étape.</translation>
    </message>
    <message>
        <location filename="../gui/records/titles.py" line="-39"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>StepInfinitive</name>
    <message>
        <location filename="../gui/error_sentences.py" line="+109"/>
        <source>be started</source>
        <translation>être démarrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>be marked completed</source>
        <translation>être marquée terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>be marked missed</source>
        <translation>être marquée manquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>be aborted</source>
        <translation>être interrompue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>be marked recovered</source>
        <translation>passer à l’état « Recouvré »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>be written off</source>
        <translation>être passée en perte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>be shared with the employee</source>
        <translation>être partagée avec l’employé</translation>
    </message>
</context>
<context>
    <name>StepLineCounts</name>
    <message numerus="yes">
        <location filename="../gui/step_line_words.py" line="+63"/>
        <source>Prorated on {day}: terminated on {ended}, paid {kept} of the month&apos;s {days} days (basic {basic}, allowances {allowances}, net {net} before).</source>
        <translation>
            <numerusform>Proratisé le {day} : fin de contrat le {ended}, payé {kept} jour sur les {days} du mois (avant : base {basic}, indemnités {allowances}, net {net}).</numerusform>
            <numerusform>Proratisé le {day} : fin de contrat le {ended}, payé {kept} jours sur les {days} du mois (avant : base {basic}, indemnités {allowances}, net {net}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Prorated on {day}: suspended, paid {kept} of the month&apos;s {days} days (basic {basic}, allowances {allowances}, net {net} before).</source>
        <translation>
            <numerusform>Proratisé le {day} : suspension, payé {kept} jour sur les {days} du mois (avant : base {basic}, indemnités {allowances}, net {net}).</numerusform>
            <numerusform>Proratisé le {day} : suspension, payé {kept} jours sur les {days} du mois (avant : base {basic}, indemnités {allowances}, net {net}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Restored on {day}: reinstated, paid {kept} of the month&apos;s {days} days (basic {basic}, allowances {allowances}, net {net} before).</source>
        <translation>
            <numerusform>Rétabli le {day} : réintégration, payé {kept} jour sur les {days} du mois (avant : base {basic}, indemnités {allowances}, net {net}).</numerusform>
            <numerusform>Rétabli le {day} : réintégration, payé {kept} jours sur les {days} du mois (avant : base {basic}, indemnités {allowances}, net {net}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Unpaid leave counted on {day}: {unpaid} of {working} working days not paid ({less} RWF off basic).</source>
        <translation>
            <numerusform>Congé sans solde compté le {day} : {unpaid} jour ouvré sur {working} non payé ({less} RWF de moins sur le salaire de base).</numerusform>
            <numerusform>Congé sans solde compté le {day} : {unpaid} jours ouvrés sur {working} non payés ({less} RWF de moins sur le salaire de base).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Untaken leave paid on {day}: {untaken} working days of annual leave ({worth} RWF in allowances).</source>
        <translation>
            <numerusform>Congé non pris payé le {day} : {untaken} jour ouvré de congé annuel ({worth} RWF dans les indemnités).</numerusform>
            <numerusform>Congé non pris payé le {day} : {untaken} jours ouvrés de congé annuel ({worth} RWF dans les indemnités).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Untaken leave paid on {day}: {untaken} working days of annual leave, final settlement of a termination on {ended} ({worth} RWF in allowances).</source>
        <translation>
            <numerusform>Congé non pris payé le {day} : {untaken} jour ouvré de congé annuel, solde de tout compte d’une fin de contrat le {ended} ({worth} RWF dans les indemnités).</numerusform>
            <numerusform>Congé non pris payé le {day} : {untaken} jours ouvrés de congé annuel, solde de tout compte d’une fin de contrat le {ended} ({worth} RWF dans les indemnités).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Unpaid leave paid back on {day}: {back} working days of {first} to {last} worked after all ({worth} RWF in allowances).</source>
        <translation>
            <numerusform>Congé sans solde remboursé le {day} : {back} jour ouvré du {first} au {last} travaillé finalement ({worth} RWF dans les indemnités).</numerusform>
            <numerusform>Congé sans solde remboursé le {day} : {back} jours ouvrés du {first} au {last} travaillés finalement ({worth} RWF dans les indemnités).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <location filename="../gui/editors/tags.py" line="+159"/>
        <source>Type, then Enter</source>
        <translation>Saisissez, puis Entrée</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This list holds at most %1 entries: remove one to add another.</source>
        <translation>Cette liste contient au plus %1 entrées : retirez-en une pour en ajouter une autre.</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../gui/editors/text.py" line="-133"/>
        <source>Values in use ({shortcut})</source>
        <translation>Valeurs déjà saisies ({shortcut})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values in use</source>
        <translation>Valeurs déjà saisies</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../gui/theme.py" line="+56"/>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tandard</source>
        <translation>S&amp;tandard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>Contraste &amp;élevé</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../gui/admin/users_page.py" line="+103"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New user…</source>
        <translation>&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;role…</source>
        <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le &amp;mot de passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;e-mail…</source>
        <translation>Changer l’&amp;e-mail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login e&amp;xpiry…</source>
        <translation>E&amp;xpiration de la connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rea&amp;ctivate</source>
        <translation>Réa&amp;ctiver</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A new user and their login (Ctrl+N)</source>
        <translation>Un nouvel utilisateur et son compte (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Your own password: change it with Change my password… in the File menu (it asks for the current one).</source>
        <translation>Votre propre mot de passe : changez-le avec Changer mon mot de passe… dans le menu Fichier (il demande l’actuel).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not on your own account: ask another administrator.</source>
        <translation>Pas sur votre propre compte : demandez à un autre administrateur.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 can log in again with their previous password.</source>
        <translation>%1 peut se reconnecter avec son ancien mot de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is active again but has no login on this server yet: give them a password with Reset password…</source>
        <translation>%1 est de nouveau actif mais n’a pas encore de compte sur ce serveur : attribuez-lui un mot de passe avec Réinitialiser le mot de passe…</translation>
    </message>
</context>
<context>
    <name>_Chip</name>
    <message>
        <location filename="../gui/editors/tags.py" line="-166"/>
        <location line="+1"/>
        <source>Remove {tag}</source>
        <translation>Retirer {tag}</translation>
    </message>
</context>
<context>
    <name>_DaysWords</name>
    <message numerus="yes">
        <location filename="../gui/error_sentences.py" line="+26"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dashboards</name>
    <message>
        <location filename="../services/dashboards_staff_and_money.py" line="+36"/>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On leave today</source>
        <translation>En congé aujourd’hui</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leave requests pending</source>
        <translation>Demandes de congé en attente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendance this month</source>
        <translation>Présences ce mois-ci</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attendance this month by status</source>
        <translation>Présences ce mois-ci par statut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attendance records</source>
        <translation>Pointages</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cash in RWF accounts</source>
        <translation>Trésorerie des comptes en RWF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Still owed on RWF invoices</source>
        <translation>Reste dû sur les factures en RWF</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invoices past due</source>
        <translation>Factures échues non soldées</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Budget used this year</source>
        <translation>Budget consommé cette année</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Balance by RWF account</source>
        <translation>Solde par compte en RWF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../services/dashboards_operations.py" line="+42"/>
        <source>Open tickets</source>
        <translation>Demandes ouvertes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open tickets, high or critical</source>
        <translation>Demandes ouvertes, priorité élevée ou critique</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assets due for maintenance</source>
        <translation>Matériel à entretenir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Assets out of warranty</source>
        <translation>Matériel hors garantie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open tickets by priority</source>
        <translation>Demandes ouvertes par priorité</translation>
    </message>
    <message>
        <location filename="../services/dashboards_customers.py" line="+86"/>
        <location filename="../services/dashboards_operations.py" line="+7"/>
        <source>Tickets</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../services/dashboards_operations.py" line="+9"/>
        <source>Incidents this month</source>
        <translation>Incidents ce mois-ci</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incidents open</source>
        <translation>Incidents ouverts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patrols completed this month</source>
        <translation>Rondes effectuées ce mois-ci</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Guard licences expired</source>
        <translation>Licences d’agents expirées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Guard licences expiring in 30 days</source>
        <translation>Licences d’agents expirant dans 30 jours</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Incidents this month by severity</source>
        <translation>Incidents ce mois-ci par gravité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Items below minimum</source>
        <translation>Articles sous le minimum</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Purchase orders open</source>
        <translation>Bons de commande ouverts</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open purchase orders by status</source>
        <translation>Bons de commande ouverts par statut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purchase orders</source>
        <translation>Bons de commande</translation>
    </message>
    <message>
        <location filename="../services/dashboards_customers.py" line="-39"/>
        <source>Contracts active past their end date</source>
        <translation>Contrats actifs après leur date de fin</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Contracts in force</source>
        <translation>Contrats en vigueur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Client tickets open</source>
        <translation>Demandes clients ouvertes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open client tickets by priority</source>
        <translation>Demandes clients ouvertes par priorité</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pipeline value</source>
        <translation>Valeur du portefeuille</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weighted pipeline</source>
        <translation>Portefeuille pondéré</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opportunities open</source>
        <translation>Opportunités ouvertes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weighted pipeline by stage</source>
        <translation>Portefeuille pondéré par étape</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weighted value</source>
        <translation>Valeur pondérée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Average rating, last 90 days</source>
        <translation>Note moyenne, 90 derniers jours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Complaints open</source>
        <translation>Réclamations ouvertes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Average rating by month</source>
        <translation>Note moyenne par mois</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Average rating</source>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no ratings in these 12 months</source>
        <translation>%1 : aucune note sur ces 12 mois</translation>
    </message>
    <message>
        <location filename="../services/dashboards_oversight.py" line="+42"/>
        <source>Assessments open</source>
        <translation>Évaluations ouvertes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open assessments scored critical ({critical}+)</source>
        <translation>Évaluations ouvertes au score critique ({critical}+)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open assessments by score band</source>
        <translation>Évaluations ouvertes par tranche de score</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cases open</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amount involved in open cases</source>
        <translation>Montant en jeu dans les dossiers ouverts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amount involved in cases marked recovered</source>
        <translation>Montant en jeu des dossiers marqués recouvrés</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Amount involved</source>
        <translation>Montant en jeu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Policies overdue for review</source>
        <translation>Politiques dont la révision est en retard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Policies due for review within 30 days</source>
        <translation>Politiques à réviser dans les 30 jours</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1: no changes in these 14 days</source>
        <translation>%1 : aucune modification sur ces 14 jours</translation>
    </message>
    <message>
        <location filename="../services/dashboards.py" line="+104"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../services/dashboards_oversight.py" line="-114"/>
        <source>Amount involved by case status</source>
        <translation>Montant en jeu par statut du dossier</translation>
    </message>
    <message>
        <location filename="../services/dashboards_operations.py" line="-158"/>
        <source>Assets with no maintenance date: %1</source>
        <translation>Matériel sans date d’entretien : %1</translation>
    </message>
    <message>
        <location filename="../services/dashboards_customers.py" line="-143"/>
        <source>Contracts ending in 30 days</source>
        <translation>Contrats prenant fin dans 30 jours</translation>
    </message>
    <message>
        <location filename="../services/dashboards_oversight.py" line="+38"/>
        <source>Audits scheduled or in progress</source>
        <translation>Audits planifiés ou en cours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audits by status</source>
        <translation>Audits par statut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People who logged in today</source>
        <translation>Personnes connectées aujourd’hui</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active accounts</source>
        <translation>Comptes actifs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System checks failed or not answering, last 30 days</source>
        <translation>Contrôles système en échec ou sans réponse, 30 derniers jours</translation>
    </message>
    <message>
        <location filename="../services/dashboards.py" line="-12"/>
        <source>My department&apos;s budget used this year</source>
        <translation>Budget de mon service consommé cette année</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My department&apos;s budget this year</source>
        <translation>Budget de mon service cette année</translation>
    </message>
    <message>
        <location filename="../services/dashboards_operations.py" line="+128"/>
        <source>Value still to arrive on open orders</source>
        <translation>Valeur encore à recevoir sur les commandes ouvertes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Orders past expected delivery</source>
        <translation>Commandes en retard de livraison</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Shifts over, not closed</source>
        <translation>Vacations terminées, non clôturées</translation>
    </message>
    <message>
        <location filename="../services/dashboards_staff_and_money.py" line="-34"/>
        <source>Pay periods approved, not yet paid</source>
        <translation>Périodes de paie approuvées, non encore payées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expenses approved, not yet paid</source>
        <translation>Dépenses approuvées, non encore payées</translation>
    </message>
    <message>
        <location filename="../services/dashboards_oversight.py" line="-91"/>
        <source>Amount recovered in cases marked recovered</source>
        <translation>Montant recouvré des dossiers marqués recouvrés</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Records created, changed or deleted today</source>
        <translation>Fiches créées, modifiées ou supprimées aujourd’hui</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Records created, changed or deleted, last 14 days</source>
        <translation>Fiches créées, modifiées ou supprimées, 14 derniers jours</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../gui/error_sentences.py" line="+215"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../domain/messages/refusals.py" line="+15"/>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value is not acceptable.</source>
        <translation>Une valeur n’est pas acceptable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you asked for does not exist (any more).</source>
        <translation>Ce que vous avez demandé n’existe pas (ou plus).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This clashes with what is already in the database.</source>
        <translation>Cela entre en conflit avec ce qui est déjà dans la base de données.</translation>
    </message>
    <message>
        <location filename="../domain/messages/accounts.py" line="+15"/>
        <source>The e-mail or password is incorrect.</source>
        <translation>L’adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the database server {host}:{port}. Check the network connection and the server name; if it persists, tell IT.</source>
        <translation>Impossible de joindre le serveur de base de données {host}:{port}. Vérifiez la connexion réseau et le nom du serveur ; si le problème persiste, prévenez l’informatique.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server {host} has no database named {dbname}. Check the site profile, or tell IT.</source>
        <translation>Le serveur {host} n’a pas de base de données nommée {dbname}. Vérifiez le profil du site, ou prévenez l’informatique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database server {host} refused the connection. Tell IT; the server said: {detail}</source>
        <translation>Le serveur de base de données {host} a refusé la connexion. Prévenez l’informatique ; le serveur a répondu : {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server {host} asked for the password in a way that would expose it (not SCRAM-SHA-256), so DICEL did not send it. Tell IT.</source>
        <translation>Le serveur {host} a demandé le mot de passe d’une manière qui l’exposerait (pas en SCRAM-SHA-256) : DICEL ne l’a donc pas envoyé. Prévenez l’informatique.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account {email} is a database account but not a DICEL user. Log in with your own DICEL account.</source>
        <translation>Le compte {email} est un compte de base de données mais pas un utilisateur DICEL. Connectez-vous avec votre propre compte DICEL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The company database is at version {database_revision}, older than this DICEL Desktop ({client_revision}). Ask IT to upgrade the database (dicel-admin migrate).</source>
        <translation>La base de données de l’entreprise est en version {database_revision}, plus ancienne que ce DICEL Desktop ({client_revision}). Demandez à l’informatique de mettre à niveau la base (dicel-admin migrate).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The company database is at version {database_revision}, newer than this DICEL Desktop ({client_revision}). Install the current DICEL Desktop.</source>
        <translation>La base de données de l’entreprise est en version {database_revision}, plus récente que ce DICEL Desktop ({client_revision}). Installez la version actuelle de DICEL Desktop.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are not allowed to do this: {action}.</source>
        <translation>Vous n’êtes pas autorisé à faire ceci : {action}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>« {email} » n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail address {email} is {length} bytes long; DICEL logins allow at most {limit}. Use a shorter address.</source>
        <translation>L’adresse e-mail {email} fait {length} octets ; les comptes DICEL en acceptent au plus {limit}. Utilisez une adresse plus courte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {field} must not be empty.</source>
        <translation>Le champ {field} ne doit pas être vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{role}” is not a DICEL role. Choose one of: {allowed}.</source>
        <translation>« {role} » n’est pas un rôle DICEL. Choisissez parmi : {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no department with the code “{code}”.</source>
        <translation>Il n’y a aucun service avec le code « {code} ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The department codes are: {codes}.</source>
        <translation>Les codes des services sont : {codes}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database has no departments yet: leave out --department for now (the first administrator needs none), then add the departments in DICEL Desktop (Administration › Departments).</source>
        <translation>La base de données n’a encore aucun service : omettez --department pour l’instant (le premier administrateur n’en a pas besoin), puis ajoutez les services dans DICEL Desktop (Administration › Services).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password must be at least {min_length} characters long.</source>
        <translation>Le mot de passe doit comporter au moins {min_length} caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password cannot contain a NUL character.</source>
        <translation>Le mot de passe ne peut pas contenir de caractère NUL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password reached the database unprotected and was refused. This is a programming error: passwords must be sent as SCRAM-SHA-256 verifiers.</source>
        <translation>Le mot de passe est arrivé non protégé à la base de données et a été refusé. C’est une erreur de programmation : les mots de passe doivent être envoyés sous forme de vérificateurs SCRAM-SHA-256.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A DICEL user or database account named {email} already exists.</source>
        <translation>Un utilisateur DICEL ou un compte de base de données nommé {email} existe déjà.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A database account named {email} already exists but is not a DICEL user; ask IT to rename or remove it.</source>
        <translation>Un compte de base de données nommé {email} existe déjà mais n’est pas un utilisateur DICEL ; demandez à l’informatique de le renommer ou de le supprimer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no DICEL user with the e-mail {email}.</source>
        <translation>Il n’y a aucun utilisateur DICEL avec l’adresse e-mail {email}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employee number {employee_number} already belongs to another user.</source>
        <translation>Le matricule {employee_number} appartient déjà à un autre utilisateur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You cannot {action} your own account while logged in with it; ask another administrator.</source>
        <translation>Vous ne pouvez pas {action} votre propre compte tant que vous êtes connecté avec ; demandez à un autre administrateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database account {email} is not a DICEL login, so DICEL will not change it.</source>
        <translation>Le compte de base de données {email} n’est pas un compte DICEL : DICEL ne le modifiera pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password was given.</source>
        <translation>Aucun mot de passe n’a été fourni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database account {email} was given its role outside DICEL, so DICEL cannot move it to another role. Ask IT to correct the account&apos;s roles, then try again.</source>
        <translation>Le compte de base de données {email} a reçu son rôle en dehors de DICEL : DICEL ne peut donc pas lui attribuer un autre rôle. Demandez à l’informatique de corriger les rôles du compte, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{email} is the company&apos;s last administrator whose login never expires, so they keep that role and stay active, and their login gets no expiry. Make someone else an administrator first, or remove another administrator&apos;s login expiry.</source>
        <translation>{email} est le dernier administrateur de l’entreprise dont la connexion n’expire jamais : ce rôle lui est conservé, son compte reste actif et sa connexion ne reçoit pas d’expiration. Nommez d’abord un autre administrateur, ou retirez l’expiration de la connexion d’un autre administrateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only an administrator may end the employment of {name}, who administers DICEL.</source>
        <translation>{name} administre DICEL : seul un administrateur peut mettre fin à son emploi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an administrator may change the employment status or termination date of {name}, who administers DICEL.</source>
        <translation>{name} administre DICEL : seul un administrateur peut modifier son statut d’emploi ou sa date de fin de contrat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only an administrator may change the pay or placement of {name}, who administers DICEL.</source>
        <translation>{name} administre DICEL : seul un administrateur peut modifier sa rémunération ou son affectation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an administrator may record or change the attendance of {name}, who administers DICEL.</source>
        <translation>{name} administre DICEL : seul un administrateur peut saisir ou modifier ses présences.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{email} is the login of employee {employee}, who has left the company: it stays inactive. Someone who comes back is hired again as a new employee.</source>
        <translation>{email} est l’accès de l’employé {employee}, qui a quitté l’entreprise : il reste désactivé. Une personne qui revient est réembauchée comme nouvel employé.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A login&apos;s expiry must be after now. To stop {email} logging in now, deactivate the user instead. Nothing was changed.</source>
        <translation>L’expiration d’une connexion doit être postérieure à maintenant. Pour empêcher {email} de se connecter dès maintenant, désactivez plutôt l’utilisateur. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your current password is not the one typed. Type the password you logged in with.</source>
        <translation>Votre mot de passe actuel n’est pas celui saisi. Saisissez le mot de passe avec lequel vous vous êtes connecté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} does not fit the setting&apos;s type: a number is written like 18 or 0.3, a yes/no setting true or false, a date like 2026-01-31, JSON as valid JSON.</source>
        <translation>{label} ne correspond pas au type du paramètre : un nombre s’écrit comme 18 ou 0.3, un paramètre oui/non true ou false, une date comme 2026-01-31, du JSON en JSON valide.</translation>
    </message>
    <message>
        <location filename="../domain/messages/records.py" line="+15"/>
        <source>{record} was changed by someone else while you were editing it. Compare the changes, then keep yours or take theirs.</source>
        <translation>{record} a été modifié par quelqu’un d’autre pendant que vous le modifiiez. Comparez les modifications, puis gardez les vôtres ou prenez les leurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{record} was changed by {who} at {when} while you were editing it. Compare the changes, then keep yours or take theirs.</source>
        <translation>{record} a été modifié par {who} à {when} pendant que vous le modifiiez. Comparez les modifications, puis gardez les vôtres ou prenez les leurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This {record} no longer exists: someone deleted it, or it is no longer yours to see.</source>
        <translation>Cette fiche ({record}) n’existe plus : quelqu’un l’a supprimée, ou vous n’y avez plus accès.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no {record} “{key}”.</source>
        <translation>Il n’existe aucune fiche ({record}) « {key} ».</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="+15"/>
        <source>Already {state} by {who} at {when}.</source>
        <translation>Déjà {state} par {who} à {when}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only {deciders} may decide this {record}.</source>
        <translation>Seuls {deciders} peuvent décider de cette fiche ({record}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot decide your own {record}; someone else must.</source>
        <translation>Vous ne pouvez pas décider de votre propre fiche ({record}) ; quelqu’un d’autre doit le faire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed this {record}: someone else must approve it.</source>
        <translation>Vous avez modifié cette fiche ({record}) : quelqu’un d’autre doit l’approuver.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who} changed this {record} at {when}, after you opened it. Look at it again before deciding.</source>
        <translation>{who} a modifié cette fiche ({record}) à {when}, après que vous l’avez ouverte. Regardez-la de nouveau avant de décider.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This {record} was changed at {when}, after you opened it. Look at it again before deciding.</source>
        <translation>Cette fiche ({record}) a été modifiée à {when}, après que vous l’avez ouverte. Regardez-la de nouveau avant de décider.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You cannot set your own pay or review yourself; someone else must.</source>
        <translation>Vous ne pouvez pas fixer votre propre paie ni vous évaluer vous-même ; quelqu’un d’autre doit le faire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You cannot change your own supervisor, department or position: they decide who approves your requests. Someone else in HR must.</source>
        <translation>Vous ne pouvez pas modifier votre propre supérieur, service ou poste : ils décident de qui approuve vos demandes. Une autre personne des RH doit le faire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This text is {length} characters long: say it in at most {most}. A longer account belongs in a file attached to the record.</source>
        <translation>Ce texte compte {length} caractères : dites-le en {most} au plus. Un compte rendu plus long va dans un fichier joint à la fiche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{line}” is a line its step wrote: it is not typed in, changed or removed by hand. Put it back as it was, and write your own note on a line that does not start that way.</source>
        <translation>« {line} » est une ligne écrite par son étape : elle ne se tape, ne se modifie ni ne se supprime à la main. Remettez-la telle qu’elle était, et écrivez votre propre note sur une ligne qui ne commence pas ainsi.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This text is {length} characters long: it may hold at most {most}. A longer account belongs in a file attached to the record.</source>
        <translation>Ce texte compte {length} caractères : il peut en contenir au plus {most}. Un compte rendu plus long se joint à la fiche sous forme de fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This text is {length} characters long: it may hold at most {most}. Shorten it; nothing was saved.</source>
        <translation>Ce texte compte {length} caractères : il peut en contenir au plus {most}. Raccourcissez-le ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This list has {items} items: it may hold at most {most}. Remove some; nothing was saved.</source>
        <translation>Cette liste compte {items} éléments : elle peut en contenir au plus {most}. Retirez-en ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {position} of this list is empty: remove it; nothing was saved.</source>
        <translation>L’élément {position} de cette liste est vide : retirez-le ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This text contains a character that changes the direction of the text, which makes it read differently from how it was typed: type it again without it.</source>
        <translation>Ce texte contient un caractère qui change le sens d’écriture, si bien qu’il se lit autrement qu’il a été tapé : retapez-le sans ce caractère.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A leave request stays with the employee it was filed for. Cancel or reject it, and file a new one for the right person.</source>
        <translation>Une demande de congé reste à l’employé pour qui elle a été déposée. Annulez-la ou rejetez-la, puis déposez-en une nouvelle pour la bonne personne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You cannot record or correct your own attendance: someone else in HR must.</source>
        <translation>Vous ne pouvez pas saisir ni corriger vos propres présences : une autre personne des RH doit le faire.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You cannot change your own employment; someone else in HR must.</source>
        <translation>Vous ne pouvez pas modifier votre propre situation d’emploi ; une autre personne des RH doit le faire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {record} is {state}: it can no longer be {action}.</source>
        <translation>Cette fiche ({record}) est à l’état « {state} » : elle ne peut plus passer à l’état « {action} ».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These {records} can no longer be added, changed or removed: what they belong to has been decided or sent.</source>
        <translation>Ces fiches ({records}) ne peuvent plus être ajoutées, modifiées ni retirées : ce à quoi elles appartiennent a été décidé ou envoyé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This {record} can be {action} only by {deciders}.</source>
        <translation>Seuls {deciders} peuvent faire passer cette fiche ({record}) à l’état « {action} ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {record} was already {state} at {when}. Reload to see it.</source>
        <translation>Cette fiche ({record}) était déjà {state} à {when}. Rechargez pour la voir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose whom to assign this {record} to.</source>
        <translation>Choisissez à qui attribuer cette fiche ({record}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person chosen cannot take this {record}: choose someone from {roles}.</source>
        <translation>La personne choisie ne peut pas prendre en charge cette fiche ({record}) : choisissez quelqu’un parmi {roles}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write the {name} before this {record} is {state}.</source>
        <translation>Renseignez « {label} » avant de passer cette fiche ({record}) à l’état « {state} ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why this {record} is {action}: the reason is kept with it.</source>
        <translation>Indiquez pourquoi cette fiche ({record}) passe à l’état « {action} » : le motif est conservé avec elle.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Give the {name} date before this {record} is {action}: a day after today.</source>
        <translation>Indiquez la date ({name}) avant de faire passer cette fiche ({record}) à l’état « {action} » : un jour après aujourd’hui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {name} date must be after today, {day}, for this {record} to be {action}.</source>
        <translation>« {label} » doit tomber après aujourd’hui, {day}, avant de passer cette fiche ({record}) à l’état « {action} ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {name} date must be no later than {latest}, {years} years from today.</source>
        <translation>La date ({name}) doit être au plus tard le {latest}, soit {years} ans à compter d’aujourd’hui.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You changed this {record} on {at}: someone else must decide whether it is {action}.</source>
        <translation>Vous avez modifié cette fiche ({record}) le {at} : c’est à une autre personne de prendre la décision (« {action} »).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You made this {record} {state} on {at}: someone else must decide whether it is {action}.</source>
        <translation>Vous avez fait passer cette fiche ({record}) à l’état « {state} » le {at} : c’est à une autre personne de prendre la décision (« {action} »).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This {record} is {action} only as it was shown to you: open it again and take the step from its window.</source>
        <translation>Cette fiche ({record}) ne passe à l’état « {action} » que telle qu’elle vous a été montrée : rouvrez-la et faites l’étape depuis sa fenêtre.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>This {record} cannot be {action} before its {name}, {at}. If that is wrong, correct the {name} first.</source>
        <translation>Cette fiche ({record}) ne peut pas {to_action} avant le {at} («&#xa0;{label}&#xa0;»). Si c’est une erreur, corrigez d’abord le champ «&#xa0;{label}&#xa0;».</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>There is no incident {number}: give the number of an incident already reported, as the list of security incidents shows it.</source>
        <translation>Il n’existe aucun incident « {number} » : indiquez le numéro d’un incident déjà signalé, tel que la liste des incidents de sécurité l’affiche.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This {record} is {state}: it can no longer be changed or deleted.</source>
        <translation>Cette fiche ({record}) est à l’état « {state} » : elle ne peut plus être modifiée ni supprimée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {record} is {state}: its files can no longer be added, replaced or removed.</source>
        <translation>Cette fiche ({record}) est à l’état « {state} » : ses fichiers ne peuvent plus être ajoutés, remplacés ni retirés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A policy in force changes only through a review: start a review, then change its files.</source>
        <translation>Une politique en vigueur ne change que par un examen : passez-la en examen, puis modifiez ses fichiers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {record} this belongs to is {state}, waiting for its decision: the files of its parts stay as they are until it is decided. Attach the file to the {record} itself, where the one deciding sees it.</source>
        <translation>La fiche ({record}) à laquelle ceci appartient est à l’état « {state} », en attente de décision : les fichiers de ses parties restent tels quels jusqu’à la décision. Joignez le fichier à la fiche elle-même, là où la personne qui décide le voit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are the officer working this case: another recovery officer or an administrator writes it off.</source>
        <translation>Vous êtes l’agent chargé de ce dossier : un autre agent de recouvrement ou un administrateur le passe en perte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This {record} is {state}: its files can no longer be replaced or removed. You can still add a new file.</source>
        <translation>Cette fiche ({record}) est à l’état « {state} » : ses fichiers ne peuvent plus être remplacés ni retirés. Vous pouvez encore ajouter un nouveau fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{who} changed this {record} at {when}, after you opened it: it is now {state}. Look at it again: nothing was changed.</source>
        <translation>{who} a modifié cette fiche ({record}) à {when}, après que vous l’avez ouverte : elle est maintenant {state}. Regardez-la de nouveau : rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{who} assigned this {record} to {assignee} at {when}, after you opened it. Look at it again: nothing was changed.</source>
        <translation>{who} a assigné cette fiche ({record}) à {assignee} à {when}, après que vous l’avez ouverte. Regardez-la de nouveau : rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{who} changed this {record} at {when}, after you opened it. Look at it again: nothing was changed.</source>
        <translation>{who} a modifié cette fiche ({record}) à {when}, après que vous l’avez ouverte. Regardez-la de nouveau : rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This {record} was changed at {when}, after you opened it. Look at it again: nothing was changed.</source>
        <translation>Cette fiche ({record}) a été modifiée à {when}, après que vous l’avez ouverte. Regardez-la de nouveau : rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../domain/messages/leave.py" line="+14"/>
        <source>You have no employee record, so you cannot request leave. Ask HR to link your employee record to your login.</source>
        <translation>Vous n’avez pas de dossier d’employé : vous ne pouvez donc pas demander de congé. Demandez aux RH de lier votre dossier d’employé à votre compte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From {start} to {end} there is no working day (weekends and public holidays do not count). Choose other dates.</source>
        <translation>Du {start} au {end}, il n’y a aucun jour ouvré (les week-ends et jours fériés ne comptent pas). Choisissez d’autres dates.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These dates overlap the {other_type} leave of {other_dates}, which is {other_state}. Choose other dates, or cancel that request first.</source>
        <translation>Ces dates chevauchent le congé {other_type} ({other_dates}), qui est {other_state}. Choisissez d’autres dates, ou annulez d’abord cette demande.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This request needs {days_words}, but {leave_type} leave has only {remaining_words} left for {year} ({allowance} a year: {taken} taken, {pending} waiting for a decision). Ask for fewer days.</source>
        <translation>Cette demande nécessite {days_words}, mais il ne reste que {remaining_words} de congé {leave_type} pour {year} ({allowance} par an : {taken} pris, {pending} en attente de décision). Demandez moins de jours.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This request needs {days_words}, but no day of {leave_type} leave is left for {year} ({allowance} a year: {taken} taken, {pending} waiting for a decision). Request another type of leave, or ask HR.</source>
        <translation>Cette demande nécessite {days_words}, mais il ne reste plus aucun jour de congé {leave_type} pour {year} ({allowance} par an : {taken} pris, {pending} en attente de décision). Demandez un autre type de congé, ou adressez-vous aux RH.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This request needs {days_words} in {year} (of its {whole_words}), but {leave_type} leave has only {remaining_words} left for {year} ({allowance} a year: {taken} taken, {pending} waiting for a decision). Ask for fewer days in {year}.</source>
        <translation>Cette demande nécessite {days_words} en {year} (sur ses {whole_words}), mais il ne reste que {remaining_words} de congé {leave_type} pour {year} ({allowance} par an : {taken} pris, {pending} en attente de décision). Demandez moins de jours en {year}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This request needs {days_words} in {year} (of its {whole_words}), but no day of {leave_type} leave is left for {year} ({allowance} a year: {taken} taken, {pending} waiting for a decision). Request another type of leave for those days, or ask HR.</source>
        <translation>Cette demande nécessite {days_words} en {year} (sur ses {whole_words}), mais il ne reste plus aucun jour de congé {leave_type} pour {year} ({allowance} par an : {taken} pris, {pending} en attente de décision). Demandez un autre type de congé pour ces jours, ou adressez-vous aux RH.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approving this request would bring the {leave_type} leave taken in {year} to {total_words}, over the allowance of {allowance} ({taken} already taken). Reject it, or ask for a shorter request.</source>
        <translation>Approuver cette demande porterait le congé {leave_type} pris en {year} à {total_words}, au-delà du droit de {allowance} ({taken} déjà pris). Rejetez-la, ou demandez une demande plus courte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} was not employed yet on {start}: they were hired on {hired}. Leave starts on the hire date at the earliest.</source>
        <translation>{name} n’était pas encore employé(e) le {start} : son embauche date du {hired}. Un congé commence au plus tôt à la date d’embauche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} leaves the company on {left}: leave ends on that day at the latest, not on {end}.</source>
        <translation>{name} quitte l’entreprise le {left} : un congé se termine au plus tard ce jour-là, pas le {end}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} left the company on {left}: no leave is filed for them any more.</source>
        <translation>{name} a quitté l’entreprise le {left} : aucun congé n’est plus demandé pour cette personne.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave may start at most {max_days} days before today, so on {earliest} at the earliest. Choose a later start date.</source>
        <translation>Un congé peut commencer au plus {max_days} jours avant aujourd’hui, donc le {earliest} au plus tôt. Choisissez une date de début plus tardive.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This leave started on {start}, so only HR can cancel it now.</source>
        <translation>Ce congé a commencé le {start} : seuls les RH peuvent désormais l’annuler.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only HR can end an approved leave early.</source>
        <translation>Seules les RH peuvent mettre fin plus tôt à un congé approuvé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is your own leave: another HR officer ends it early.</source>
        <translation>C’est votre propre congé : un autre agent des RH y met fin plus tôt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the new last day of the leave.</source>
        <translation>Choisissez le nouveau dernier jour du congé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This leave starts on {start}: its new last day is that day at the earliest.</source>
        <translation>Ce congé commence le {start} : son nouveau dernier jour est ce jour-là au plus tôt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The days before today ({today}) were taken: the new last day is today at the earliest.</source>
        <translation>Les jours avant aujourd’hui ({today}) ont été pris : le nouveau dernier jour est aujourd’hui au plus tôt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This leave ends on {end}: choose an earlier last day. A longer leave is a new request.</source>
        <translation>Ce congé se termine le {end} : choisissez un dernier jour plus tôt. Un congé plus long est une nouvelle demande.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {start} to {new_end} there is no working day: cancel the leave instead.</source>
        <translation>Du {start} au {new_end}, il n’y a aucun jour ouvré : annulez plutôt le congé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write why the leave ends early: the note stays with the request.</source>
        <translation>Écrivez pourquoi le congé se termine plus tôt : la note reste avec la demande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This request is still waiting for a decision: change its dates, or reject or cancel it.</source>
        <translation>Cette demande attend encore une décision : modifiez ses dates, ou rejetez-la, ou annulez-la.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the employee themselves or HR can cancel this leave request.</source>
        <translation>Seuls l’employé lui-même ou les RH peuvent annuler cette demande de congé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can see the leave balance of yourself and of the people you supervise only.</source>
        <translation>Vous ne pouvez voir que votre solde de congés et celui des personnes que vous encadrez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{leave_type}” is not a type of leave. Choose one of: {choices}.</source>
        <translation>« {leave_type} » n’est pas un type de congé. Choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave is checked against the latest data, which a REPEATABLE READ transaction cannot see. Run this at READ COMMITTED (the default) or SERIALIZABLE.</source>
        <translation>Les congés sont vérifiés sur les données les plus récentes, qu’une transaction REPEATABLE READ ne voit pas. Exécutez ceci en READ COMMITTED (par défaut) ou SERIALIZABLE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Holidays already past cannot be changed: approved leave was counted with them.</source>
        <translation>Les jours fériés déjà passés ne peuvent plus être modifiés : les congés approuvés ont été comptés avec eux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This holiday is past: its date can no longer change, as approved leave was counted with it; its name can.</source>
        <translation>Ce jour férié est passé : sa date ne peut plus changer, car des congés approuvés ont été comptés avec lui ; son nom, si.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This holiday is past: it cannot be deleted, as approved leave was counted with it.</source>
        <translation>Ce jour férié est passé : il ne peut pas être supprimé, car des congés approuvés ont été comptés avec lui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without this holiday, the approved {leave_type} leave of {name} from {start} to {end} would bring their {leave_type} leave in {year} to {total_words}, over that year&apos;s allowance of {allowance}. Cancel or shorten that leave first.</source>
        <translation>Sans ce jour férié, le congé approuvé ({leave_type}) demandé par {name} du {start} au {end} porterait ses congés ({leave_type}) de {year} à {total_words}, au-delà du droit de {allowance} de cette année. Annulez ou raccourcissez d’abord ce congé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The payroll from {start} to {end} has been run and waits for approval: {name}&apos;s payslip there counts unpaid leave by the working days of that month as they were. Cancel that payroll run first, then change the holiday, then run the month again. Nothing was changed.</source>
        <translation>La paie du {start} au {end} a été calculée et attend son approbation : la fiche de paie de {name} y compte le congé sans solde selon les jours ouvrés de ce mois tels qu’ils étaient. Annulez d’abord ce calcul de la paie, puis modifiez le jour férié, puis calculez à nouveau le mois. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With this holiday, the {leave_type} leave of {name} from {start} to {end} would have no working day left. A holiday decides nobody&apos;s leave: reject that leave first if it is pending, or cancel it if it was approved, with a note saying why, then add the holiday.</source>
        <translation>Avec ce jour férié, le congé ({leave_type}) demandé par {name} du {start} au {end} ne compterait plus aucun jour ouvré. Un jour férié ne décide du congé de personne : refusez d’abord ce congé s’il est en attente, ou annulez-le s’il a été approuvé, avec une note qui dit pourquoi, puis ajoutez le jour férié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A holiday&apos;s name is one line of words: it may not hold a line break or another control or invisible character (this one has {character} at character {position}). Type the name again on one line.</source>
        <translation>Le nom d’un jour férié tient sur une ligne : il ne peut contenir ni saut de ligne ni autre caractère de contrôle ou invisible (celui-ci a {character} au caractère {position}). Retapez le nom sur une seule ligne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave counting is open in {who}&apos;s session since {when}: the holiday was not changed. Try again in a moment; if it stays, IT can end that session.</source>
        <translation>Un décompte de congés est en cours dans la session ouverte par {who} depuis {when} : le jour férié n’a pas été modifié. Réessayez dans un instant ; si cela dure, l’informatique peut fermer cette session.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave counting is open in {who}&apos;s session: the holiday was not changed. Try again in a moment; if it stays, IT can end that session.</source>
        <translation>Un décompte de congés est en cours dans la session ouverte par {who} : le jour férié n’a pas été modifié. Réessayez dans un instant ; si cela dure, l’informatique peut fermer cette session.</translation>
    </message>
    <message>
        <location filename="../domain/messages/purchasing.py" line="+14"/>
        <source>This purchase order has no lines: add what it buys, then submit it.</source>
        <translation>Ce bon de commande n’a aucune ligne : ajoutez ce qu’il achète, puis soumettez-le.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This purchase order has no supplier: choose one and save the order, then submit it.</source>
        <translation>Ce bon de commande n’a pas de fournisseur : choisissez-en un et enregistrez la commande, puis soumettez-la.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only {creator}, who drew up this purchase order, or the stores may submit it.</source>
        <translation>Seuls {creator}, qui a établi ce bon de commande, ou le magasin peuvent le soumettre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{supplier} is blocked: no order may be placed with it until the stores unblock it.</source>
        <translation>{supplier} est bloqué : aucune commande ne peut lui être passée tant que le magasin ne l’a pas débloqué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{supplier} is marked inactive: no order may be placed with it until the stores reactivate it.</source>
        <translation>{supplier} est marqué inactif : aucune commande ne peut lui être passée tant que le magasin ne l’a pas réactivé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item} is discontinued and is no longer ordered: choose another item, or remove its line from this purchase order.</source>
        <translation>{item} est retiré du catalogue et n’est plus commandé : choisissez un autre article, ou retirez sa ligne de ce bon de commande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This purchase order first waits for its department manager&apos;s approval; finance decides it after that.</source>
        <translation>Ce bon de commande attend d’abord l’approbation du responsable de son service ; les finances décident ensuite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You approved this purchase order as its department&apos;s manager; someone else must approve it for finance.</source>
        <translation>Vous avez approuvé ce bon de commande en tant que responsable du service ; quelqu’un d’autre doit l’approuver pour les finances.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This purchase order waits for the approval of {manager}, the manager of {department}.</source>
        <translation>Ce bon de commande attend l’approbation du responsable du service {department} : {manager}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This purchase order now waits for the approval of finance (a finance officer or an administrator).</source>
        <translation>Ce bon de commande attend maintenant l’approbation des finances (un agent des finances ou un administrateur).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The department of whoever drew up this purchase order has no other manager to approve it, so an administrator approves it.</source>
        <translation>Le service de la personne qui a établi ce bon de commande n’a pas d’autre responsable pour l’approuver : c’est donc un administrateur qui l’approuve.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line}: {quantity} cannot be received: {ordered} were ordered and {received} have arrived already.</source>
        <translation>{line} : impossible de réceptionner {quantity} : {ordered} ont été commandés et {received} sont déjà arrivés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One of the lines received is not a line of this purchase order. Reload the order, then try again.</source>
        <translation>L’une des lignes réceptionnées n’appartient pas à ce bon de commande. Rechargez la commande, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was received: enter the quantity that arrived for at least one line.</source>
        <translation>Rien n’a été réceptionné : saisissez la quantité arrivée pour au moins une ligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: only {stock} left in stock, so {quantity} cannot be issued.</source>
        <translation>{item} : seulement {stock} en stock, {quantity} ne peut donc pas être sorti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item}: none is left in stock, so {quantity} cannot be issued.</source>
        <translation>{item} : il n’y en a plus en stock, {quantity} ne peut donc pas être sorti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A stock movement in or out needs a quantity of more than 0; an adjustment corrects the stock up or down (such as 3 or -3), never by 0.</source>
        <translation>Une entrée ou une sortie de stock demande une quantité supérieure à 0 ; un ajustement corrige le stock à la hausse ou à la baisse (comme 3 ou -3), jamais de 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A stock movement is in, out or an adjustment.</source>
        <translation>Un mouvement de stock est une entrée, une sortie ou un ajustement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This stock item no longer exists: someone deleted it.</source>
        <translation>Cet article n’existe plus : quelqu’un l’a supprimé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stock received on a purchase order is recorded by Receive… on the order, so that the order follows it. Choose what else this movement refers to.</source>
        <translation>Le stock reçu sur un bon de commande est enregistré par Réceptionner… sur le bon, pour que le bon en tienne compte. Choisissez à quoi d’autre ce mouvement se rapporte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item} is discontinued: what is left may still be issued or counted down, but no stock is added to it.</source>
        <translation>{item} est arrêté : le reste peut encore être sorti ou compté à la baisse, mais aucun stock ne lui est ajouté.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{reference} is a purchase order&apos;s number: what arrives on an order is recorded by Receive… on the order. Give the number of a delivery note or a transfer slip instead.</source>
        <translation>{reference} est un numéro de bon de commande : ce qui arrive sur une commande s’enregistre par Réceptionner… sur la commande. Indiquez plutôt le numéro d’un bon de livraison ou d’un bon de transfert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{item} is discontinued: a count that found more than the books is recorded with a note saying what was found. Write it in Notes.</source>
        <translation>{item} n’est plus suivi : un inventaire qui trouve plus que les livres s’enregistre avec une note disant ce qui a été trouvé. Écrivez-la dans Notes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say in Notes what the count of {item} found: an adjustment changes the books, so it needs a reason.</source>
        <translation>Indiquez dans Notes ce que le comptage de {item} a trouvé : un ajustement modifie les comptes, il lui faut donc une raison.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say what this issue of {item} went to (Reference number) or who took it and why (Notes): stock leaves the books only with a reason.</source>
        <translation>Indiquez à quoi a servi cette sortie de {item} (N° de référence) ou qui l’a prise et pourquoi (Notes) : le stock ne sort des comptes qu’avec une raison.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A movement “{movement}” cannot refer to “{reference_type}”. Stock in refers to a transfer, stock out to a sale or a transfer, an adjustment to a stock count; any of them may refer to nothing. Choose what this movement refers to.</source>
        <translation>Un mouvement « {movement} » ne peut pas se rapporter à « {reference_type} ». Une entrée se rapporte à un virement, une sortie à une vente ou un virement, un ajustement à un inventaire ; chacun peut ne se rapporter à rien. Choisissez ce à quoi ce mouvement se rapporte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why {order} is closed with part of it not received: the reason is kept in its notes.</source>
        <translation>Indiquez pourquoi {order} est clôturé sans avoir tout reçu : le motif est conservé dans ses notes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the stores (inventory) and administrators move stock, and order, receive or cancel purchase orders.</source>
        <translation>Seuls le magasin (stocks) et les administrateurs font des mouvements de stock, et commandent, réceptionnent ou annulent les bons de commande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A line needs an item or a description of what it buys.</source>
        <translation>Une ligne doit indiquer un article ou la description de ce qu’elle achète.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{quantity} of {line} were received by {who} at {when}, after you opened this. Check the delivery note: nothing was received.</source>
        <translation>{quantity} de {line} ont été reçus par {who} à {when}, après que vous avez ouvert cette fenêtre. Vérifiez le bon de livraison : rien n’a été reçu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{quantity} of {line} were received at {when}, after you opened this. Check the delivery note: nothing was received.</source>
        <translation>{quantity} de {line} ont été reçus à {when}, après que vous avez ouvert cette fenêtre. Vérifiez le bon de livraison : rien n’a été reçu.</translation>
    </message>
    <message>
        <location filename="../domain/messages/records.py" line="+2"/>
        <source>{label} is required.</source>
        <translation>{label} est obligatoire.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{label} can be at most {limit} characters long; it is {length}.</source>
        <translation>{label} peut comporter au plus {limit} caractères ; il en compte {length}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} must be a three-letter currency code such as RWF.</source>
        <translation>{label} doit être un code de devise à trois lettres, comme RWF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} must be one of the values offered.</source>
        <translation>{label} doit être l’une des valeurs proposées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} must be between {minimum} and {maximum}.</source>
        <translation>{label} doit être compris entre {minimum} et {maximum}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} must be at least {minimum}.</source>
        <translation>{label} doit être au moins {minimum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} must be more than {minimum}.</source>
        <translation>{label} doit être supérieur à {minimum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} must be at most {maximum}.</source>
        <translation>{label} doit être au plus {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} must be less than {maximum}.</source>
        <translation>{label} doit être inférieur à {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} can have at most {scale} decimal places.</source>
        <translation>{label} peut avoir au plus {scale} décimales.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} is too large: at most {digits} digits before the decimal point.</source>
        <translation>{label} est trop grand : au plus {digits} chiffres avant la virgule.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} must be on or after the {other}.</source>
        <translation>« {label} » ne peut pas précéder « {other_label} ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} must be after the {other}.</source>
        <translation>« {label} » doit être postérieur à « {other_label} ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} must be at least {other}.</source>
        <translation>{label} doit être au moins égal au champ {other}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} must be more than {other}.</source>
        <translation>{label} doit être supérieur au champ {other}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: “{text}” is not a number.</source>
        <translation>{label} : « {text} » n’est pas un nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: “{text}” is not a whole number.</source>
        <translation>{label} : « {text} » n’est pas un nombre entier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}: “{text}” is not a date.</source>
        <translation>{label} : « {text} » n’est pas une date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} is not valid JSON {detail}.</source>
        <translation>{label} n’est pas du JSON valide {detail}.</translation>
    </message>
    <message>
        <location filename="../domain/messages/accounts.py" line="+138"/>
        <source>The database server {host} does not accept logins from this computer. Tell IT (the server&apos;s pg_hba.conf).</source>
        <translation>Le serveur de base de données {host} n’accepte pas les connexions depuis cet ordinateur. Prévenez l’informatique (pg_hba.conf du serveur).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server {host} has too many connections right now. Try again in a minute; if it persists, tell IT.</source>
        <translation>Le serveur de base de données {host} a trop de connexions en ce moment. Réessayez dans une minute ; si le problème persiste, prévenez l’informatique.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server {host} is starting up or shutting down. Try again in a minute.</source>
        <translation>Le serveur de base de données {host} est en cours de démarrage ou d’arrêt. Réessayez dans une minute.</translation>
    </message>
    <message>
        <location filename="../domain/messages/refusals.py" line="+4"/>
        <source>{label} must be one of: {choices}.</source>
        <translation>{label} doit être l’une de ces valeurs : {choices}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} {value} is already used by “{holder}”.</source>
        <translation>{label} {value} est déjà utilisé par « {holder} ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The setting {value} already exists: open it from the list of System settings to change its value.</source>
        <translation>Le paramètre {value} existe déjà : ouvrez-le dans la liste des Paramètres système pour changer sa valeur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} {value} is already used by another {record}.</source>
        <translation>{label} {value} est déjà utilisé par une autre fiche ({record}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {name} is already used by another {record}.</source>
        <translation>Cette valeur ({name}) est déjà utilisée par une autre fiche ({record}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {name} chosen no longer exists (someone may have deleted it). Choose another one.</source>
        <translation>L’élément choisi ({name}) n’existe plus (quelqu’un l’a peut-être supprimé). Choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This {record} cannot be deleted: {referencing} still refer to it.</source>
        <translation>Cette fiche ({record}) ne peut pas être supprimée : des fiches ({referencing}) y font encore référence.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address must be written in lower case.</source>
        <translation>L’adresse e-mail doit être écrite en minuscules.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An employee cannot be their own supervisor.</source>
        <translation>Un employé ne peut pas être son propre supérieur hiérarchique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An opportunity is closed won or lost with its Mark won… or Mark lost… step, not by choosing that stage.</source>
        <translation>Une opportunité se clôt gagnée ou perdue par son étape « Marquer comme gagnée… » ou « Marquer comme perdue… », et non en choisissant cette étape dans la liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person who created this {record} cannot approve it; someone else must.</source>
        <translation>La personne qui a créé cette fiche ({record}) ne peut pas l’approuver ; quelqu’un d’autre doit le faire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {record} was not saved: one of its values breaks a rule of the database. Check the values and try again.</source>
        <translation>La fiche ({record}) n’a pas été enregistrée : l’une de ses valeurs enfreint une règle de la base de données. Vérifiez les valeurs et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A value is not acceptable to the database (too long, too large or in the wrong form). Check the values and try again.</source>
        <translation>Une valeur n’est pas acceptée par la base de données (trop longue, trop grande ou mal formée). Vérifiez les valeurs et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your role cannot add {records}. Ask an administrator if you need to.</source>
        <translation>Votre rôle ne permet pas d’ajouter des fiches ({records}). Demandez à un administrateur si nécessaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role cannot change {records}. Ask an administrator if you need to.</source>
        <translation>Votre rôle ne permet pas de modifier les fiches ({records}). Demandez à un administrateur si nécessaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role cannot delete {records}. Ask an administrator if you need to.</source>
        <translation>Votre rôle ne permet pas de supprimer des fiches ({records}). Demandez à un administrateur si nécessaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role cannot see {records}. Ask an administrator if you need to.</source>
        <translation>Votre rôle ne permet pas de voir les fiches ({records}). Demandez à un administrateur si nécessaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role cannot fill in the {name} of {records}. Leave it empty, or ask someone who may.</source>
        <translation>Votre rôle ne permet pas de renseigner le champ {name} des fiches ({records}). Laissez-le vide, ou demandez à quelqu’un qui le peut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your role cannot change the {name} of {records}. Undo that change, or ask someone who may.</source>
        <translation>Votre rôle ne permet pas de modifier le champ {name} des fiches ({records}). Annulez cette modification, ou demandez à quelqu’un qui le peut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your role cannot see the {name} of {records}.</source>
        <translation>Votre rôle ne permet pas de voir le champ {name} des fiches ({records}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not save this {record} as it is: either it may not change some of these fields, or the {record} is outside what your role manages.</source>
        <translation>Votre rôle ne permet pas d’enregistrer cette fiche ({record}) en l’état : soit il ne peut pas modifier certains de ces champs, soit la fiche sort de ce que votre rôle gère.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your role is not allowed to do this. Ask an administrator if you need to.</source>
        <translation>Votre rôle ne permet pas de faire ceci. Demandez à un administrateur si nécessaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot add this {record}: your role adds {records} only for the people it manages (often only yourself) and only in their first state. Check who it is for.</source>
        <translation>Vous ne pouvez pas ajouter cette fiche ({record}) : votre rôle n’ajoute des fiches ({records}) que pour les personnes qu’il gère (souvent vous seul) et seulement à leur premier état. Vérifiez pour qui elle est.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You can request leave only for yourself (My work › My leave › Request leave…); HR files leave for others.</source>
        <translation>Vous ne pouvez demander un congé que pour vous-même (Mon travail › Mes congés › Demander un congé…) ; les RH saisissent les congés des autres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You cannot save this {record} like this: after the change it would be one your role does not manage (someone else&apos;s, or in another state). Undo that change.</source>
        <translation>Vous ne pouvez pas enregistrer cette fiche ({record}) ainsi : après la modification, elle ne relèverait plus de votre rôle (celle de quelqu’un d’autre, ou dans un autre état). Annulez cette modification.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else was changing the same records at the same moment, and trying again did not help. Wait a moment, then try again.</source>
        <translation>Quelqu’un d’autre modifiait les mêmes fiches au même moment, et une nouvelle tentative n’a pas suffi. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else is changing this record right now. Try again in a moment.</source>
        <translation>Quelqu’un d’autre modifie cette fiche en ce moment. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database took too long to answer. Try a narrower search or filter, or try again later.</source>
        <translation>La base de données a mis trop de temps à répondre. Essayez une recherche ou un filtre plus précis, ou réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to the database was lost. What you typed is still here: try again.</source>
        <translation>La connexion à la base de données a été perdue. Ce que vous avez saisi est toujours là : réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to the database was lost while this was being saved: it may have been saved. Open the record again to see whether it was before you try again; what you typed is still here.</source>
        <translation>La connexion à la base de données a été perdue pendant l’enregistrement, qui a peut-être abouti. Rouvrez la fiche pour le vérifier avant de réessayer ; ce que vous avez saisi est toujours là.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the database was lost while this decision was being saved: it may have been decided. Reload to see.</source>
        <translation>La connexion à la base de données a été perdue pendant l’enregistrement de cette décision : elle a peut-être été prise. Rechargez pour voir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database no longer accepts your login: IT may have turned it off or changed its password. Log out and sign in again; if you cannot, ask IT.</source>
        <translation>La base de données n’accepte plus votre identifiant : l’informatique l’a peut-être désactivé ou a changé son mot de passe. Déconnectez-vous et reconnectez-vous ; si vous n’y arrivez pas, contactez l’informatique.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server could not be reached. Check the network connection, then try again.</source>
        <translation>Le serveur de base de données est injoignable. Vérifiez la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database server has too many connections right now. Try again in a minute; if it persists, tell IT.</source>
        <translation>Le serveur de base de données a trop de connexions en ce moment. Réessayez dans une minute ; si le problème persiste, prévenez l’informatique.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your login has too many connections open to the database ({limit}): close DICEL on another computer, or ask IT.</source>
        <translation>Votre identifiant a trop de connexions ouvertes à la base de données ({limit}) : fermez DICEL sur un autre ordinateur, ou demandez à l’informatique.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot take changes right now: its notification queue is full. Tell IT.</source>
        <translation>La base de données ne peut pas enregistrer de modifications pour le moment : sa file de notifications est pleine. Prévenez l’informatique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database server ran out of resources (disk space or memory). Try again later, and tell IT.</source>
        <translation>Le serveur de base de données manque de ressources (espace disque ou mémoire). Réessayez plus tard, et prévenez l’informatique.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This DICEL Desktop is older than the company database, so it can show records but not change them. Ask IT for the current DICEL Desktop and install it.</source>
        <translation>Ce DICEL Desktop est plus ancien que la base de données de l’entreprise : il peut afficher les fiches mais pas les modifier. Demandez la version actuelle de DICEL Desktop à l’informatique et installez-la.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This DICEL Desktop is older than the company database, so it can show records but not change them. Install the current DICEL Desktop from {installer}.</source>
        <translation>Ce DICEL Desktop est plus ancien que la base de données de l’entreprise : il peut afficher les fiches mais pas les modifier. Installez la version actuelle de DICEL Desktop depuis {installer}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{version}” is not a version number: give one like 1.2.0.</source>
        <translation>« {version} » n’est pas un numéro de version : indiquez-en un comme 1.2.0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database server only allows reading (it is a copy of the main one). Log in to the main server to make changes.</source>
        <translation>Ce serveur de base de données n’autorise que la lecture (c’est une copie du serveur principal). Connectez-vous au serveur principal pour faire des modifications.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something unexpected went wrong, and it was not done. Try again; if it happens again, tell IT (the details are in the program&apos;s log).</source>
        <translation>Un problème inattendu est survenu et l’opération n’a pas été effectuée. Réessayez ; si cela se reproduit, prévenez l’informatique (les détails sont dans le journal du programme).</translation>
    </message>
    <message>
        <location filename="../domain/messages/files.py" line="+14"/>
        <source>“{file_name}” is {size}; a file attached to a record can be at most {limit}. Make it smaller (scan at a lower resolution, or compress it) and try again.</source>
        <translation>« {file_name} » fait {size} ; un fichier joint à une fiche peut faire au plus {limit}. Réduisez-le (numérisez en plus basse résolution, ou compressez-le) et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{file_name}” is empty: there is nothing to attach.</source>
        <translation>« {file_name} » est vide : il n’y a rien à joindre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has no name. Give it a name and try again.</source>
        <translation>Le fichier n’a pas de nom. Donnez-lui un nom et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file name may not hold invisible or control characters (this one has {character} at character {position}): such a character can make a name look like another, a program like a PDF. Rename the file and attach it again.</source>
        <translation>Un nom de fichier ne peut pas contenir de caractères invisibles ou de contrôle (celui-ci contient {character} en position {position}) : un tel caractère peut faire passer un nom pour un autre, et un programme pour un PDF. Renommez le fichier et joignez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DICEL does not open “{name}”: a file of this kind ({extension}) would run as a program on this computer. Use Download… to save a copy instead, and ask IT if you expected a document.</source>
        <translation>DICEL n’ouvre pas « {name} » : un fichier de ce type ({extension}) s’exécuterait comme un programme sur cet ordinateur. Utilisez plutôt Télécharger… pour en enregistrer une copie, et demandez à l’informatique si vous attendiez un document.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DICEL does not open “{name}”: it holds a program, not a document. Use Download… to save a copy instead, and ask IT if you expected a document.</source>
        <translation>DICEL n’ouvre pas « {name} » : il contient un programme, pas un document. Utilisez plutôt Télécharger… pour en enregistrer une copie, et demandez à l’informatique si vous attendiez un document.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DICEL does not open “{name}”: its name ends in {named}, but it was stored as another kind of file ({stored}), so this computer might open it with the wrong program. Use Download… to save a copy, and open it where you know what it is.</source>
        <translation>DICEL n’ouvre pas « {name} » : son nom se termine par {named}, mais il a été enregistré comme un autre type de fichier ({stored}), et cet ordinateur risquerait de l’ouvrir avec le mauvais programme. Utilisez Télécharger… pour en enregistrer une copie, et ouvrez-la là où vous savez ce qu’elle est.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The type of this file was given in a form the database does not accept (such as application/pdf). Attach the file again.</source>
        <translation>Le type de ce fichier a été indiqué sous une forme que la base de données n’accepte pas (comme application/pdf). Joignez à nouveau le fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is already attached as “{existing}” by {uploader} on {date}.</source>
        <translation>Ce fichier est déjà joint sous le nom « {existing} » par {uploader} le {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is already attached to this record.</source>
        <translation>Ce fichier est déjà joint à cette fiche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may not change the files of this {record}: only people who may change the {record} can attach, replace or remove its files.</source>
        <translation>Vous ne pouvez pas modifier les fichiers de cette fiche ({record}) : seules les personnes autorisées à la modifier peuvent joindre, remplacer ou retirer ses fichiers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is no longer there: someone removed it, or you can no longer see its record. Reload to see the current files.</source>
        <translation>Ce fichier n’existe plus : quelqu’un l’a retiré, ou vous ne pouvez plus voir sa fiche. Rechargez pour voir les fichiers actuels.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{file_name}” was replaced by {uploader} at {time} after you opened it. Reload to see the new version, then try again.</source>
        <translation>« {file_name} » a été remplacé par {uploader} à {time} après que vous l’avez ouvert. Rechargez pour voir la nouvelle version, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files cannot be attached to records of “{table}”.</source>
        <translation>Impossible de joindre des fichiers aux fiches de « {table} ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field “{column}” of “{table}” cannot hold a file.</source>
        <translation>Le champ « {column} » de « {table} » ne peut pas contenir de fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That file is not attached to this record (or you can no longer see it). Attach it to the record first.</source>
        <translation>Ce fichier n’est pas joint à cette fiche (ou vous ne pouvez plus le voir). Joignez-le d’abord à la fiche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This {record} already has its file, and a saved {record} cannot be changed. Add a new {record} for another file.</source>
        <translation>Cette fiche ({record}) a déjà son fichier, et une fiche enregistrée ne peut pas être modifiée. Ajoutez une nouvelle fiche ({record}) pour un autre fichier.</translation>
    </message>
    <message>
        <location filename="../domain/messages/records.py" line="+2"/>
        <source>You are not allowed to see the {records}, so you cannot choose one here. Ask an administrator if your work needs it.</source>
        <translation>Vous n’êtes pas autorisé à voir les fiches ({records}) : vous ne pouvez donc pas en choisir une ici. Demandez à un administrateur si votre travail l’exige.</translation>
    </message>
    <message>
        <location filename="../domain/messages/finance.py" line="+14"/>
        <source>There is no {year} budget for {category} in {department}, so this expense cannot be approved: create that budget line first (Finance, Budgets), then approve it.</source>
        <translation>Il n’y a pas de budget {year} pour {category} du service {department} : cette dépense ne peut donc pas être approuvée. Créez d’abord cette ligne budgétaire (Finances, Budgets), puis approuvez-la.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {year} budget for {category} in {department} is {state}: no expense is approved against it. A draft line is activated and a frozen one unfrozen in Finance, Budgets; against a closed line, reject the expense.</source>
        <translation>Le budget {year} pour {category} dans {department} est à l’état « {state} » : aucune dépense n’y est approuvée. Une ligne en brouillon s’active et une ligne gelée se dégèle dans Finances, Budgets ; pour une ligne clôturée, rejetez la dépense.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This expense is in {currency}, and budgets are kept in RWF, so it cannot be approved as it is. Ask whoever filed it to record it in RWF (whoever changes it cannot approve it), or reject it.</source>
        <translation>Cette dépense est en {currency} et les budgets sont tenus en RWF : elle ne peut pas être approuvée en l’état. Demandez à la personne qui l’a saisie de l’enregistrer en RWF (qui la modifie ne peut pas l’approuver), ou rejetez-la.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This expense names no department, so no budget can carry it and it cannot be approved as it is. Ask whoever filed it to set its department (whoever changes it cannot approve it), or reject it.</source>
        <translation>Cette dépense n’indique aucun service : aucun budget ne peut la porter et elle ne peut pas être approuvée en l’état. Demandez à la personne qui l’a saisie d’indiquer son service (qui la modifie ne peut pas l’approuver), ou rejetez-la.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invoice {invoice} names no client: choose one before issuing it.</source>
        <translation>La facture {invoice} n’indique aucun client : choisissez-en un avant de l’émettre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice {invoice} has no lines: add what is billed before issuing it.</source>
        <translation>La facture {invoice} n’a aucune ligne : ajoutez ce qui est facturé avant de l’émettre.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This line would be worth {amount} {currency}, more than one line can record (at most {most} {currency}). Check the quantity and the unit price, or split it into several lines.</source>
        <translation>Cette ligne vaudrait {amount} {currency}, plus qu’une ligne ne peut enregistrer (au plus {most} {currency}). Vérifiez la quantité et le prix unitaire, ou répartissez-la sur plusieurs lignes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With this line, invoice {invoice} would total {amount} {currency} with VAT, more than one invoice can record (at most {most} {currency}). Put the rest on another invoice.</source>
        <translation>Avec cette ligne, la facture {invoice} totaliserait {amount} {currency} TVA comprise, plus qu’une facture ne peut enregistrer (au plus {most} {currency}). Reportez le reste sur une autre facture.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With this line, order {order} would total {amount} {currency}, more than one order can record (at most {most} {currency}). Put the rest on another order.</source>
        <translation>Avec cette ligne, la commande {order} totaliserait {amount} {currency}, plus qu’une commande ne peut enregistrer (au plus {most} {currency}). Reportez le reste sur une autre commande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice {invoice} is still a draft: issue it before recording a payment on it.</source>
        <translation>La facture {invoice} est encore un brouillon : émettez-la avant d’y enregistrer un paiement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A payment must be more than zero.</source>
        <translation>Un paiement doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date} is in the future: give the day the money actually moved.</source>
        <translation>{date} est dans le futur : indiquez le jour où l’argent a réellement circulé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} is before the payment was approved, on {approved}: give the day the money actually moved, on or after its approval.</source>
        <translation>Le {date} est avant l’approbation du paiement, le {approved} : indiquez le jour où l’argent a réellement bougé, le jour de l’approbation ou après.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{date} is earlier than invoice {invoice} itself ({earliest}): give the day the money actually arrived.</source>
        <translation>Le {date} est antérieur à la facture {invoice} elle-même ({earliest}) : indiquez le jour où l’argent est réellement arrivé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That account is closed or no longer exists: choose an active one.</source>
        <translation>Ce compte est clôturé ou n’existe plus : choisissez un compte actif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{account} holds {account_currency}, not {currency}: choose an account in {currency}.</source>
        <translation>{account} est tenu en {account_currency}, pas en {currency} : choisissez un compte en {currency}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{account} has transactions in {account_currency}: its currency cannot become {currency}. Open an account in {currency} instead.</source>
        <translation>{account} a des opérations en {account_currency} : sa devise ne peut pas devenir {currency}. Ouvrez plutôt un compte en {currency}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{account} is closed: nothing new is written on it. Choose an active account, or make this one active again first.</source>
        <translation>{account} est clôturé : plus rien de nouveau n’y est écrit. Choisissez un compte actif, ou réactivez d’abord celui-ci.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{account} still holds {balance} {currency}: move the money to another account first, then close it.</source>
        <translation>{account} contient encore {balance} {currency} : virez d’abord l’argent vers un autre compte, puis clôturez-le.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expenses of {amount} {currency} are already charged to this budget, so its department, category and fiscal year can no longer change; its allocated amount can still be revised. For another department, category or year, add a budget.</source>
        <translation>Des dépenses de {amount} {currency} sont déjà imputées à ce budget : son département, sa catégorie et son exercice ne peuvent plus changer ; son montant alloué peut encore être révisé. Pour un autre département, une autre catégorie ou un autre exercice, ajoutez un budget.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expenses of {amount} {currency} are already charged to this budget, so it cannot go back to draft: a draft budget has nothing charged to it. Freeze it to stop further expenses.</source>
        <translation>Des dépenses de {amount} {currency} sont déjà imputées à ce budget : il ne peut pas revenir à l’état de brouillon, car un brouillon n’a aucune imputation. Gelez-le pour arrêter d’autres dépenses.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only {outstanding} {currency} is still owed on this invoice: a payment cannot be more.</source>
        <translation>Il ne reste que {outstanding} {currency} dû sur cette facture : un paiement ne peut pas dépasser ce montant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amounts in {currency} are whole, without decimals: {amount} {currency} cannot be paid. Type a whole amount.</source>
        <translation>Les montants en {currency} sont entiers, sans décimales : {amount} {currency} ne peut pas être payé. Saisissez un montant entier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rwandan francs have no cents: type a whole amount.</source>
        <translation>Le franc rwandais n’a pas de centimes : saisissez un montant entier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new opportunity cannot be expected to close on a day already past: choose today or a later day.</source>
        <translation>Une nouvelle opportunité ne peut pas avoir une date de clôture prévue déjà passée : choisissez aujourd’hui ou un jour suivant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amounts in {currency} have at most {places} decimals: {amount} {currency} cannot be paid. Type the amount to the cent.</source>
        <translation>Les montants en {currency} ont au plus {places} décimales : {amount} {currency} ne peut pas être payé. Saisissez le montant au centime près.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{amount} {currency} has already been received on invoice {invoice}, so it cannot be cancelled.</source>
        <translation>{amount} {currency} ont déjà été reçus sur la facture {invoice} : elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{transaction} is not a payment of an invoice, so it cannot be reversed on one.</source>
        <translation>{transaction} n’est pas le paiement d’une facture : il ne peut donc pas être annulé sur une facture.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{transaction} is itself the reversal of {reversed}: it is not reversed in turn. If the money did arrive, record it again with Record payment… on the invoice.</source>
        <translation>{transaction} est lui-même l’annulation de {reversed} : il ne s’annule pas à son tour. Si l’argent est bien arrivé, enregistrez-le de nouveau avec Enregistrer un paiement… sur la facture.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment {transaction} was already reversed by {reversal} on {date}: nothing more was taken off the invoice.</source>
        <translation>Le paiement {transaction} a déjà été annulé par {reversal} le {date} : rien de plus n’a été retiré de la facture.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice {invoice} is cancelled: its payments are no longer reversed on it.</source>
        <translation>La facture {invoice} est annulée : ses paiements ne s’y annulent plus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the payment is reversed (a bounced cheque, recorded on the wrong invoice): the reason stays with the invoice.</source>
        <translation>Indiquez pourquoi le paiement est annulé (chèque impayé, enregistré sur la mauvaise facture) : le motif reste avec la facture.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment {transaction} arrived on {account}, which is closed: nothing more is written on it, so the payment cannot be reversed there. Make the account active again first if the money really left it.</source>
        <translation>Le paiement {transaction} est arrivé sur {account}, qui est clôturé : plus rien n’y est écrit, le paiement ne peut donc pas y être annulé. Réactivez d’abord le compte si l’argent en est vraiment sorti.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{account} holds {balance} {currency}; reversing payment {transaction} takes {needed} {currency} off it, below zero. Record the money that covers it first (a transfer to the account), then reverse the payment.</source>
        <translation>{account} contient {balance} {currency} ; annuler le paiement {transaction} en retire {needed} {currency}, en dessous de zéro. Enregistrez d’abord l’argent qui le couvre (un virement vers le compte), puis annulez le paiement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No payment of invoice {invoice} is left to reverse.</source>
        <translation>Aucun paiement de la facture {invoice} ne reste à annuler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{type}” is not a kind of transaction: a transaction is a credit (money in) or a debit (money out).</source>
        <translation>« {type} » n’est pas un type d’écriture : une écriture est un crédit (entrée d’argent) ou un débit (sortie d’argent).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{invoice} is an invoice: record its payments with Record payment… on the invoice, so that the invoice follows them.</source>
        <translation>{invoice} est une facture : enregistrez ses paiements avec Enregistrer un paiement… sur la facture, pour que la facture en tienne compte.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A pay period is one calendar month, from its first day to its last.</source>
        <translation>Une période de paie est un mois civil, du premier au dernier jour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The month from {start} to {end} has not started yet: its payroll can be run from its first day on.</source>
        <translation>Le mois du {start} au {end} n’a pas encore commencé : sa paie peut être calculée à partir de son premier jour.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name}&apos;s payslip from {start} to {end} is still pending and was run before they left: it pays none of the annual leave they did not take. Cancel that payroll run first, then take this step, then run the month again: the new run pays that leave. Or take this step once that run is approved: the next month&apos;s run then pays that leave as a final settlement. Nothing was changed.</source>
        <translation>La fiche de paie du {start} au {end} ({name}) est encore en attente et a été calculée avant son départ : elle ne paie aucun des jours de congé annuel non pris. Annulez d’abord cette paie, faites ensuite cette étape, puis relancez la paie du mois : la nouvelle paie verse ce congé. Ou faites cette étape une fois cette paie approuvée : la paie du mois suivant verse alors ce congé pour solde de tout compte. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The payroll of {period} has been run and waits for approval, with {name}&apos;s unpaid leave as it stood then. Cancel that payroll run first, then change this leave, then run the month again. Nothing was changed.</source>
        <translation>La paie du {period} a été calculée et attend son approbation, avec le congé sans solde de {name} tel qu’il était alors. Annulez d’abord ce calcul de la paie, puis modifiez ce congé, puis calculez à nouveau le mois. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The payroll of {period} has been run and waits for approval, with {name}&apos;s unpaid leave as it stood then: HR or Finance must cancel that payroll run before this leave can change. Nothing was changed.</source>
        <translation>La paie du {period} a été calculée et attend son approbation, avec le congé sans solde de {name} tel qu’il était alors : les RH ou la Finance doivent annuler ce calcul de la paie avant que ce congé puisse changer. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Terminating {name} cancels their approved unpaid leave in {period}, and that month&apos;s payroll has been run and waits for approval. Cancel that payroll run first, then terminate, then run the month again. Nothing was changed.</source>
        <translation>Mettre fin à l’emploi de {name} annule son congé sans solde approuvé du {period}, et la paie de ce mois a été calculée et attend son approbation. Annulez d’abord ce calcul de la paie, puis mettez fin à l’emploi, puis calculez à nouveau le mois. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The payroll of {period} has been run and waits for approval, paying {name} for the annual leave they had not taken as it stood then. Cancel that payroll run first, then change this leave, then run the month again. Nothing was changed.</source>
        <translation>La paie du {period} a été calculée et attend son approbation ; elle paie à {name} le congé annuel non pris tel qu’il était alors. Annulez d’abord ce calcul de la paie, puis modifiez ce congé, puis calculez à nouveau le mois. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The payroll of {period} has been run and waits for approval, paying {name} for the annual leave they had not taken as it stood then: HR or Finance must cancel that payroll run before this leave can change. Nothing was changed.</source>
        <translation>La paie du {period} a été calculée et attend son approbation ; elle paie à {name} le congé annuel non pris tel qu’il était alors : les RH ou la Finance doivent annuler ce calcul de la paie avant que ce congé puisse changer. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The payroll of {period} is signed and paid {name} for the annual leave they had not taken: the leave stays as that payroll counted it. Nothing was changed.</source>
        <translation>La paie du {period} est approuvée et a payé à {name} le congé annuel non pris : le congé reste tel que cette paie l’a compté. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Payroll for {start} to {end} was already run by {who} on {day}, and is {state}: a period runs only once.</source>
        <translation>La paie du {start} au {end} a déjà été calculée par {who} le {day}, et elle est {state} : une période n’est calculée qu’une fois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are payslips for {start} to {end} already: a period runs only once.</source>
        <translation>Il existe déjà des bulletins de paie du {start} au {end} : une période n’est calculée qu’une fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These employees have no salary in RWF, so the payroll cannot pay them: {employees}. Complete their HR records, then run the payroll.</source>
        <translation>Ces employés n’ont pas de salaire en RWF : la paie ne peut donc pas les payer : {employees}. Complétez leurs dossiers RH, puis calculez la paie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No one was employed from {start} to {end}: there is nobody to pay.</source>
        <translation>Personne n’était employé du {start} au {end} : il n’y a personne à payer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed the pay of employee {employee} (salary, employment status or dates, or bank details) since their last approved payslip: someone else must approve this pay period.</source>
        <translation>Vous avez modifié la rémunération de l’employé {employee} (salaire, statut ou dates d’emploi, ou coordonnées bancaires) depuis son dernier bulletin approuvé : quelqu’un d’autre doit approuver cette période de paie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your own pay in this period was changed since your last approved payslip: someone else must approve this pay period.</source>
        <translation>Votre propre rémunération a été modifiée pour cette période depuis votre dernier bulletin approuvé : une autre personne doit approuver cette période de paie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This pay period is not approved yet: someone other than whoever ran it approves it, then it can be paid.</source>
        <translation>Cette période de paie n’est pas encore approuvée : une autre personne que celle qui l’a calculée l’approuve, puis elle peut être payée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{account} holds {balance} {currency}; the salaries need {needed} {currency}. Move money to it first, or pay from another account.</source>
        <translation>{account} contient {balance} {currency} ; les salaires demandent {needed} {currency}. Approvisionnez-le d’abord, ou payez depuis un autre compte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{account} holds {balance} {currency}; this payment needs {needed} {currency}. Move money to it first, or pay from another account.</source>
        <translation>{account} détient {balance} {currency} ; ce paiement demande {needed} {currency}. Approvisionnez-le d’abord, ou payez depuis un autre compte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You filed this expense yourself: another finance officer must pay it.</source>
        <translation>Vous avez saisi cette dépense vous-même : un autre agent des finances doit la payer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A payment of {amount} {currency} was recorded on this invoice by {who} at {when}, after you opened it. Check that yours is not the same payment: nothing was recorded.</source>
        <translation>Un paiement de {amount} {currency} a été enregistré sur cette facture par {who} à {when}, après que vous l’avez ouverte. Vérifiez que le vôtre n’est pas le même paiement : rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A payment of {amount} {currency} on this invoice was reversed by {who} at {when}, after you opened it. Check what is still owed: nothing was recorded.</source>
        <translation>Un paiement de {amount} {currency} sur cette facture a été annulé par {who} à {when}, après que vous l’avez ouverte. Vérifiez ce qui reste dû : rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was paid on this invoice changed at {when}, after you opened it. Check what is still owed: nothing was recorded.</source>
        <translation>Ce qui a été payé sur cette facture a changé à {when}, après que vous l’avez ouverte. Vérifiez ce qui reste dû : rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../domain/messages/export.py" line="+14"/>
        <source>The list could not be saved as {path}: {detail}. Choose a folder you can write to (and with free space), then export again.</source>
        <translation>La liste n’a pas pu être enregistrée sous {path} : {detail}. Choisissez un dossier où vous pouvez écrire (et avec de l’espace libre), puis exportez à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is open in another program (Excel keeps the workbooks it shows), or may not be replaced: close it there and export again, or choose another name.</source>
        <translation>{name} est ouvert dans un autre programme (Excel garde les classeurs qu’il affiche), ou ne peut pas être remplacé : fermez-le là et exportez de nouveau, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../gui/error_sentences.py" line="-196"/>
        <source>%1 working days</source>
        <translation>%1 jours ouvrés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../domain/messages/leave.py" line="-124"/>
        <source>A leave request covers a year at most: one starting on {start} ends on {latest} at the latest. File the rest of the absence as another request.</source>
        <translation>Une demande de congé couvre une année au plus : commençant le {start}, elle se termine au plus tard le {latest}. Déposez le reste de l’absence dans une autre demande.</translation>
    </message>
    <message>
        <location filename="../domain/messages/purchasing.py" line="-54"/>
        <source>{supplier} supplies open purchase orders ({orders}): its name, tax number and payment terms stay as those orders were approved until they are received, closed or cancelled. Its contact details may still change. Your other values are kept.</source>
        <translation>{supplier} fournit des bons de commande en cours ({orders}) : son nom, son numéro fiscal et ses conditions de paiement restent tels que ces bons ont été approuvés jusqu’à ce qu’ils soient reçus, clôturés ou annulés. Ses coordonnées peuvent encore changer. Vos autres valeurs sont conservées.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{line}: a quantity received is a whole number of units, 0 or more, not &quot;{quantity}&quot;.</source>
        <translation>{line} : une quantité reçue est un nombre entier d’unités, 0 ou plus, pas « {quantity} ».</translation>
    </message>
    <message>
        <location filename="../domain/messages/finance.py" line="-143"/>
        <source>{reference} reads as an expense&apos;s number: an expense is paid with Mark paid… on the expense, which books its transaction. Give this entry another reference.</source>
        <translation>{reference} se lit comme le numéro d’une dépense : une dépense se paie avec « Marquer comme payée… » sur la dépense, qui enregistre sa transaction. Donnez une autre référence à cette écriture.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{reference} reads as a pay period&apos;s payment: salaries are paid with Mark paid… on the pay period, which books their transaction. Give this entry another reference.</source>
        <translation>{reference} se lit comme le paiement d’une période de paie : les salaires se paient avec « Marquer comme payée… » sur la période de paie, qui enregistre leur transaction. Donnez une autre référence à cette écriture.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="-405"/>
        <source>You cannot change your own guard record, shifts or patrols: someone else in security must.</source>
        <translation>Vous ne pouvez pas modifier votre propre fiche d’agent de sécurité, ni vos vacations ou vos rondes : une autre personne de la sécurité doit le faire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You cannot enrol yourself or record your own training: someone else in HR must.</source>
        <translation>Vous ne pouvez pas vous inscrire vous-même ni enregistrer votre propre formation : une autre personne des RH doit le faire.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>{guard} is suspended: no shift or patrol may be given to them until security reinstates them.</source>
        <translation>{guard} est suspendu(e) : aucune vacation ni ronde ne peut lui être confiée tant que la sécurité ne l’a pas réintégré(e).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{guard} is marked inactive: no shift or patrol may be given to them until security reinstates them.</source>
        <translation>{guard} est marqué(e) inactif ou inactive : aucune vacation ni ronde ne peut lui être confiée tant que la sécurité ne l’a pas réintégré(e).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The training “{program}” starts on {day}: no enrolment in it is started or completed before then.</source>
        <translation>La formation « {program} » commence le {day} : aucune inscription à cette formation n’est démarrée ni terminée avant cette date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The training “{program}” has not been started yet: start the training first, then its enrolments.</source>
        <translation>La formation « {program} » n’a pas encore démarré : démarrez d’abord la formation, puis ses inscriptions.</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>This asset is assigned to you: another IT officer or an administrator decides whether it is {action}.</source>
        <translation>Ce matériel vous est attribué : c’est à un autre agent informatique ou à un administrateur de prendre la décision (« {action} »).</translation>
    </message>
    <message>
        <location filename="../domain/messages/finance.py" line="+76"/>
        <source>The month from {start} to {end} is too far back: payroll runs for the {months} months before the next one due at most, the earliest beginning on {earliest}.</source>
        <translation>Le mois du {start} au {end} est trop ancien : la paie se calcule au plus pour les {months} mois qui précèdent le prochain mois dû, le plus ancien commençant le {earliest}.</translation>
    </message>
    <message>
        <location filename="../domain/messages/accounts.py" line="-202"/>
        <source>{name} was not employed yet on {date}: they were hired on {hired}. Attendance is recorded from the hire date on.</source>
        <translation>{name} n’était pas encore employé(e) le {date} : son embauche date du {hired}. Les présences se saisissent à partir de la date d’embauche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} was no longer employed on {date}: they left on {left}. Attendance is recorded up to the termination date.</source>
        <translation>{name} n’était plus employé(e) le {date} : son départ date du {left}. Les présences se saisissent jusqu’à la date de fin d’emploi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The check-in and check-out are on the record&apos;s date, or the day before or after it (a night shift ends the next day): correct the times or the date.</source>
        <translation>L’arrivée et le départ se situent à la date de la fiche, la veille ou le lendemain (un service de nuit se termine le lendemain) : corrigez les heures ou la date.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The setting {key} takes a value from {least} to {most}.</source>
        <translation>Le paramètre {key} prend une valeur de {least} à {most}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setting {key} takes a value of {least} or more.</source>
        <translation>Le paramètre {key} prend une valeur de {least} ou plus.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>{date} has not come yet (today is {today}): attendance is recorded for days that have begun.</source>
        <translation>Le {date} n’est pas encore arrivé (nous sommes le {today}) : la présence s’enregistre pour les jours commencés.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="-362"/>
        <source>This {record} is {state}, so its {name} can no longer be changed. Your other values are kept.</source>
        <translation>Cette fiche ({record}) est à l’état « {state} » : son champ {name} ne peut plus être modifié. Vos autres valeurs sont conservées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This {record} has moved on, so its {name} can no longer be changed. Your other values are kept.</source>
        <translation>Cette fiche ({record}) a avancé dans son circuit : son champ {name} ne peut plus être modifié. Vos autres valeurs sont conservées.</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>{at} is later than now ({now}): give the moment it was reported, now at the latest.</source>
        <translation>{at} est plus tard que maintenant ({now}) : indiquez le moment où cela a été signalé, maintenant au plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change was made in a transaction begun at {began}, too long ago, and would be dated then: roll it back and make it again.</source>
        <translation>Cette modification a été faite dans une transaction commencée le {began}, il y a trop longtemps, et serait datée de ce moment-là : annulez-la et refaites-la.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This change was made in a transaction begun at {began}, before midnight, and would count as made the day before: roll it back and make it again.</source>
        <translation>Cette modification a été faite dans une transaction commencée le {began}, avant minuit, et compterait comme faite la veille : annulez-la et refaites-la.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This record was made after this change&apos;s transaction began (at {began}), so the change would be dated before it: roll it back and make it again.</source>
        <translation>Cet enregistrement a été créé après le début de la transaction de cette modification (le {began}), qui serait donc datée d’avant lui : annulez-la et refaites-la.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{date} is later than today ({today}): give the day the feedback was received, today at the latest.</source>
        <translation>Le {date} est postérieur à aujourd’hui ({today}) : indiquez le jour où l’avis a été reçu, aujourd’hui au plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{date} is later than today ({today}): give the day the person was enrolled, today at the latest. When the training takes place is the programme&apos;s start date.</source>
        <translation>Le {date} est postérieur à aujourd’hui ({today}) : indiquez le jour de l’inscription, aujourd’hui au plus tard. La date de la formation est la date de début du programme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label} must be a date of the calendar, not {at}.</source>
        <translation>Le champ « {label} » doit être une date du calendrier, pas {at}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This {record} has no {name}: fill in its {name} and save it first, then it can be {action}.</source>
        <translation>Cette fiche ({record}) n’a pas de valeur pour « {name} » : renseignez-la et enregistrez d’abord, puis elle pourra {to_action}.</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Write what was said or done before this {record} is {action}: the note is kept with it.</source>
        <translation>Écrivez ce qui a été dit ou fait avant de faire passer cette fiche ({record}) à l’état « {action} » : la note est conservée avec elle.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the {name} before this {record} is {action}: the day it happened, today at the latest.</source>
        <translation>Indiquez « {label} » avant de faire passer cette fiche ({record}) à l’état « {action} » : le jour où c’est arrivé, aujourd’hui au plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {name} cannot be after today, {day}: give the day it happened.</source>
        <translation>« {label} » ne peut pas être après aujourd’hui, {day} : indiquez le jour où c’est arrivé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {name} cannot be before the {floor_name}, {date}.</source>
        <translation>« {label} » ne peut pas précéder « {floor_label} », {date}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the {name} before this {record} is {action}: an amount above zero. If nothing came back, it is written off instead.</source>
        <translation>Indiquez « {label} » avant de faire passer cette fiche ({record}) à l’état « {action} » : un montant supérieur à zéro. Si rien n’a été récupéré, elle est passée en perte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {name} cannot be more than the {ceiling_name}, {most} {currency}: give what came back, at most that.</source>
        <translation>« {label} » ne peut pas dépasser « {ceiling_label} », {most} {currency} : indiquez ce qui a été récupéré, au plus ce montant.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>This {record} cannot be {action} after its {name}, {at}. If that is wrong, correct the {name} first.</source>
        <translation>Cette fiche ({record}) ne peut plus {to_action} après le {at} (« {label} »). Si c’est une erreur, corrigez d’abord le champ « {label} ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This shift ended on {at}, so it can no longer be cancelled: mark it completed, or missed if it never started.</source>
        <translation>Cette vacation s’est terminée le {at} : elle ne peut plus être annulée. Marquez-la terminée, ou manquée si elle n’a jamais commencé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This shift ended on {at}, so it can no longer be cancelled: mark it completed.</source>
        <translation>Cette vacation s’est terminée le {at} : elle ne peut plus être annulée. Marquez-la terminée.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This shift ended on {at}: its end can be corrected, but not to a moment after now ({now}).</source>
        <translation>Cette vacation s’est terminée le {at} : sa fin peut être corrigée, mais pas à un moment postérieur à maintenant ({now}).</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Write what was done, or why this {record} is {action}: the note is kept with it.</source>
        <translation>Écrivez ce qui a été fait, ou pourquoi cette fiche ({record}) passe à l’état « {action} » : la note est conservée avec elle.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The training “{program}” is {state}: nobody is enrolled in it any more, and no enrolment in it is started or completed.</source>
        <translation>Le programme de formation « {program} » est {state} : plus personne n’y est inscrit, et aucune de ses inscriptions n’est démarrée ni terminée.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{name} was hired on {date}, after the training “{program}” ended on {end}: they cannot be enrolled in it.</source>
        <translation>{name} a été embauché(e) le {date}, après la fin de la formation « {program} » le {end} : cette personne ne peut pas y être inscrite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} left on {date}, before the training “{program}” started on {start}: they cannot be enrolled in it.</source>
        <translation>{name} a quitté l’entreprise le {date}, avant le début de la formation « {program} » le {start} : cette personne ne peut pas y être inscrite.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>{label} must fall in the years {first} to {last}, not {at}.</source>
        <translation>Le champ « {label} » doit être une date des années {first} à {last}, pas {at}.</translation>
    </message>
    <message>
        <location filename="../domain/messages/accounts.py" line="+63"/>
        <source>The setting {key} takes a whole number from {least} to {most}.</source>
        <translation>Le paramètre {key} prend un nombre entier de {least} à {most}.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>This value is out of range for the setting: a rate in percent (a key ending in _rate_percent) is from 0 to 100, a leave allowance or how far back leave may start a whole number of days from 0 to 366, an approval threshold 0 or more, the pay day a whole day from 1 to 31, the largest file an upload takes (documents.max_size_mb) from 0.001 to 100 MB.</source>
        <translation>Cette valeur sort des limites du paramètre : un taux en pourcentage (une clé se terminant par _rate_percent) va de 0 à 100, un droit à congé ou le nombre de jours dont un congé peut commencer avant aujourd’hui est un nombre entier de jours de 0 à 366, un seuil d’approbation vaut 0 ou plus, le jour de paie est un jour entier de 1 à 31, la taille maximale d’un fichier envoyé (documents.max_size_mb) va de 0,001 à 100 Mo.</translation>
    </message>
    <message>
        <location filename="../domain/messages/finance.py" line="-221"/>
        <source>“{method}” is not a way of paying: choose bank transfer, MTN MoMo, Airtel Money, cheque or cash.</source>
        <translation>« {method} » n’est pas un mode de paiement : choisissez virement bancaire, MTN MoMo, Airtel Money, chèque ou espèces.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is the receipt of {expense}: replace it with Replace… on the Receipt field instead.</source>
        <translation>Ce fichier est le justificatif de {expense} : remplacez-le plutôt avec Remplacer… sur le champ Justificatif.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="-150"/>
        <source>The training “{program}” is completed: nobody is enrolled in it or starts it any more. Its enrolments still open are marked completed, failed or dropped.</source>
        <translation>La formation « {program} » est terminée : plus personne n’y est inscrit ni ne la commence. Ses inscriptions encore ouvertes sont marquées terminées, en échec ou abandonnées.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>This {record} begins on {date}, after today ({today}): it can be {action} once it has begun. If its {name} is a mistake, correct it and save it first.</source>
        <translation>Cette fiche ({record}) commence le {date}, après aujourd’hui ({today}) : elle pourra {to_action} une fois commencée. Si « {label} » est une erreur, corrigez-la et enregistrez d’abord.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>This {record} would last from {since} to {at}, longer than the {most} hours it may last. Give its {name} within {most} hours of its {other}, or correct the {other} first.</source>
        <translation>Cette fiche ({record}) durerait du {since} au {at}, plus que les {most} heures qu’elle peut durer. Indiquez « {label} » au plus {most} heures après « {other_label} », ou corrigez d’abord « {other_label} ».</translation>
    </message>
    <message>
        <location filename="../domain/messages/leave.py" line="+15"/>
        <source>Your own leave started on {start}: another HR officer cancels it.</source>
        <translation>Votre propre congé a commencé le {start} : un autre agent des RH l’annule.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no leave balance for the year {year}: choose a year from {first} to {last}.</source>
        <translation>Il n’y a pas de solde de congés pour l’année {year} : choisissez une année de {first} à {last}.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="-344"/>
        <source>“{line}” is a line its step wrote: it is not changed or removed by hand. Put the line back as it was shown, or close without saving. Your own note goes on a line of its own.</source>
        <translation>« {line} » est une ligne écrite par son étape : elle ne se modifie ni ne se supprime à la main. Remettez la ligne telle qu’elle était affichée, ou fermez sans enregistrer. Votre propre note va sur une ligne à part.</translation>
    </message>
    <message>
        <location line="+382"/>
        <source>This {record} begins on {date}, after today ({today}): it can be written off only once it has begun. If its {name} is a mistake, correct it and save it first.</source>
        <translation>Cette fiche ({record}) commence le {date}, après aujourd’hui ({today}) : elle ne pourra être passée en perte qu’une fois commencée. Si « {label} » est une erreur, corrigez-la et enregistrez d’abord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This {record} begins on {date}, after today ({today}): it can be marked recovered only once it has begun. If its {name} is a mistake, correct it and save it first.</source>
        <translation>Cette fiche ({record}) commence le {date}, après aujourd’hui ({today}) : elle ne pourra passer à l’état « Recouvré » qu’une fois commencée. Si « {label} » est une erreur, corrigez-la et enregistrez d’abord.</translation>
    </message>
    <message>
        <location filename="../domain/messages/files.py" line="+6"/>
        <source>“{file}” is the {name} of this {record}: replace it with Replace… on the {label} field instead, or empty that field and save before removing it.</source>
        <translation>« {file} » est le fichier que nomme le champ {label} : remplacez-le plutôt avec Remplacer… sur ce champ, ou videz ce champ et enregistrez avant de retirer le fichier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{file}” is the file of this case document: remove the case document itself (its file goes with it) rather than its file.</source>
        <translation>« {file} » est le fichier de cette pièce du dossier : supprimez la pièce elle-même (son fichier part avec elle) plutôt que son fichier.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="+7"/>
        <source>This {record} begins on {date}, after today ({today}): {steps} wait until it has begun. If its {name} is a mistake, correct it and save it first.</source>
        <translation>Cette fiche ({record}) commence le {date}, après aujourd’hui ({today}) : {steps} attendront qu’elle ait commencé. Si « {label} » est une erreur, corrigez-la et enregistrez d’abord.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>{steps} wait until this {record}&apos;s {name} as saved, {at}. If that is wrong, correct the {name} and save it first.</source>
        <translation>{steps} attendent le {at}, «&#xa0;{label}&#xa0;» tel qu’enregistré dans cette fiche ({record}). Si c’est une erreur, corrigez d’abord le champ «&#xa0;{label}&#xa0;» et enregistrez.</translation>
    </message>
    <message>
        <location filename="../domain/messages/files.py" line="-10"/>
        <source>“{file}” is the file of this case document, and it is never replaced. To correct it, delete the case document and file a new one.</source>
        <translation>« {file} » est le fichier de ce document du dossier, et il n’est jamais remplacé. Pour le corriger, supprimez le document du dossier et déposez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This case document already has its file, “{file}”: a case document holds one file. File another case document for another file.</source>
        <translation>Ce document du dossier a déjà son fichier, « {file} » : un document du dossier contient un seul fichier. Déposez un autre document du dossier pour un autre fichier.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="-62"/>
        <source>The job posting “{posting}” is {state}: no candidate is filed on it or moved on any more. Its candidates can still be rejected or withdrawn.</source>
        <translation>L’offre d’emploi « {posting} » est {state} : aucun candidat n’y est plus enregistré ni ne passe à l’étape suivante. Ses candidats peuvent encore être refusés ou retirés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The job posting “{posting}” is not published yet: publish it first, then file its candidates.</source>
        <translation>L’offre d’emploi « {posting} » n’est pas encore publiée : publiez-la d’abord, puis enregistrez ses candidats.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The job posting “{posting}” is closed: it takes no new candidate. Its own candidates still move on; reopen the posting to file another.</source>
        <translation>L’offre d’emploi « {posting} » est clôturée : elle ne reçoit plus de nouveau candidat. Ses propres candidats passent encore aux étapes suivantes ; rouvrez l’offre pour en enregistrer un autre.</translation>
    </message>
    <message>
        <location filename="../domain/messages/finance.py" line="+154"/>
        <source>{name}&apos;s payslip from {start} to {end} is still pending and pays the whole period. Cancel that payroll run first, then take this step, then run the month again: the new run pays them only up to the day their pay stops. Nothing was changed.</source>
        <translation>La fiche de paie du {start} au {end} ({name}) est encore en attente et paie toute la période. Annulez d’abord cette paie, faites ensuite cette étape, puis relancez la paie du mois : la nouvelle paie ne lui verse son salaire que jusqu’au jour où celui-ci s’arrête. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../domain/messages/accounts.py" line="+45"/>
        <source>The key of the setting {key} cannot be changed: a setting&apos;s key is fixed once made, because DICEL finds its settings by their keys. Change its value instead. Nothing was changed.</source>
        <translation>La clé du paramètre {key} ne peut pas être modifiée : la clé d’un paramètre est fixée dès sa création, car DICEL retrouve ses paramètres par leur clé. Modifiez plutôt sa valeur. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setting {key} cannot be deleted: DICEL reads it, and without it the rules it sets would no longer apply. Change its value instead. Nothing was changed.</source>
        <translation>Le paramètre {key} ne peut pas être supprimé : DICEL le lit, et sans lui les règles qu’il fixe ne s’appliqueraient plus. Modifiez plutôt sa valeur. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../domain/messages/finance.py" line="-210"/>
        <source>Invoice {invoice} totals {amount} {currency}: an invoice is issued for what the client owes. Correct its lines first, or cancel it.</source>
        <translation>La facture {invoice} s’élève à {amount} {currency} : une facture s’émet pour ce que le client doit. Corrigez d’abord ses lignes, ou annulez-la.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice {invoice} is dated {date}: it can be issued only when dated from {earliest} to {latest}. Correct its date first.</source>
        <translation>La facture {invoice} est datée du {date} : elle ne peut être émise que datée du {earliest} au {latest}. Corrigez d’abord sa date.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{item}: {quantity} of it are worth {amount} {currency}, more than one movement can record. Check the quantity, or record it as several movements.</source>
        <translation>{item} : {quantity} unités valent {amount} {currency}, plus qu’un seul mouvement ne peut enregistrer. Vérifiez la quantité, ou enregistrez-la en plusieurs mouvements.</translation>
    </message>
    <message>
        <location filename="../domain/messages/purchasing.py" line="-17"/>
        <source>One movement moves at most {most} pieces, not {quantity}. Check the quantity, or record it as several movements.</source>
        <translation>Un mouvement déplace au plus {most} unités, pas {quantity}. Vérifiez la quantité, ou enregistrez-la en plusieurs mouvements.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="+6"/>
        <source>Applications to this job posting closed on {date}, before today ({today}): set a later closing date, or clear it, and save; then publish or resume it.</source>
        <translation>La date de clôture de cette offre d’emploi, le {date}, est passée (nous sommes le {today}) : fixez une date de clôture plus tardive, ou effacez-la, et enregistrez ; puis publiez ou reprenez l’offre.</translation>
    </message>
    <message>
        <location filename="../domain/messages/purchasing.py" line="+6"/>
        <source>{line}: one receipt takes at most {most} of a line, not {quantity}. Check the number, or receive the rest in another receipt. Nothing was received.</source>
        <translation>{line} : une réception prend au plus {most} unités d’une ligne, pas {quantity}. Vérifiez le nombre, ou recevez le reste dans une autre réception. Rien n’a été reçu.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="-137"/>
        <source>{name}&apos;s login is deactivated: an asset is given only to someone who still works here. Choose another holder, or leave Assigned to empty. Your other values are kept.</source>
        <translation>{name} n’a plus de compte actif : un bien n’est confié qu’à une personne qui travaille encore ici. Choisissez un autre détenteur, ou laissez « Attribué à » vide. Vos autres valeurs sont conservées.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>No decision was given: approve or reject. Nothing was changed.</source>
        <translation>Aucune décision n’a été donnée : approuvez ou rejetez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../domain/messages/accounts.py" line="-93"/>
        <source>This is the login of employee {employee}, who is suspended: it stays inactive until HR reinstates them (Reinstate… on their employee record).</source>
        <translation>C’est l’accès de l’employé {employee}, qui est suspendu : il reste désactivé jusqu’à ce que les RH le réintègrent (Réintégrer… sur sa fiche d’employé).</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="+422"/>
        <source>This {record} says nothing yet: fill in at least one of its {fields}, and save it first; then it can be {action}.</source>
        <translation>Cette fiche ({record}) ne dit encore rien : renseignez au moins l’un de ces champs : {fields}, et enregistrez d’abord ; elle pourra ensuite {to_action}.</translation>
    </message>
    <message>
        <location filename="../gui/error_sentences.py" line="+135"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <location filename="../domain/messages/accounts.py" line="+6"/>
        <source>Employee {employee} is suspended: no login is linked to them until HR reinstates them (Reinstate… on their employee record). Nothing was changed.</source>
        <translation>L’employé {employee} est suspendu : aucun accès ne lui est lié avant que les RH le réintègrent (Réintégrer… sur sa fiche d’employé). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>DICEL reads no setting {key}: a setting of that name would change nothing. Choose the key from the list of the settings DICEL reads, in Administration, System settings, New. Nothing was changed.</source>
        <translation>DICEL ne lit aucun paramètre {key} : un paramètre de ce nom ne changerait rien. Choisissez la clé dans la liste des paramètres que DICEL lit, dans Administration, Paramètres système, Nouveau. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setting {key} is of type {other_type}: DICEL reads it so, and under another type its value would be ignored. Keep the type {other_type}. Nothing was changed.</source>
        <translation>Le paramètre {key} est de type {other_type} : DICEL le lit ainsi, et sous un autre type sa valeur serait ignorée. Gardez le type {other_type}. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PAYE bands are a list of at least one band, each with its upper limit and its rate, in square brackets: [{{&quot;upto&quot;: 60000, &quot;rate&quot;: 0}}, {{&quot;upto&quot;: null, &quot;rate&quot;: 30}}]. Nothing was changed.</source>
        <translation>Les tranches de l’IPR sont une liste d’au moins une tranche, chacune avec sa limite haute et son taux, entre crochets : [{{&quot;upto&quot;: 60000, &quot;rate&quot;: 0}}, {{&quot;upto&quot;: null, &quot;rate&quot;: 30}}]. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PAYE band {band} needs its upper limit (&quot;upto&quot;) and its rate (&quot;rate&quot;), as {{&quot;upto&quot;: 100000, &quot;rate&quot;: 10}}. Nothing was changed.</source>
        <translation>La tranche d’IPR {band} doit avoir sa limite haute (« upto ») et son taux (« rate »), comme {{&quot;upto&quot;: 100000, &quot;rate&quot;: 10}}. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rate of PAYE band {band} is a number from 0 to 100 (percent), written without quotes or a % sign. Nothing was changed.</source>
        <translation>Le taux de la tranche d’IPR {band} est un nombre de 0 à 100 (pour cent), écrit sans guillemets ni signe %. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The upper limit (&quot;upto&quot;) of PAYE band {band} is a whole number of RWF, without quotes or spaces, above the limit of the band before it. Nothing was changed.</source>
        <translation>La limite haute (« upto ») de la tranche d’IPR {band} est un nombre entier de RWF, sans guillemets ni espaces, supérieur à la limite de la tranche précédente. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PAYE band {band} has no upper limit (&quot;upto&quot;: null), but only the last band is open: give it a limit, or remove the bands after it. Nothing was changed.</source>
        <translation>La tranche d’IPR {band} n’a pas de limite haute (« upto »: null), mais seule la dernière tranche est ouverte : donnez-lui une limite, ou retirez les tranches qui la suivent. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last PAYE band (band {band}) has no upper limit (&quot;upto&quot;: null), so that every gross above the others is taxed. Nothing was changed.</source>
        <translation>La dernière tranche d’IPR (tranche {band}) n’a pas de limite haute (« upto »: null), afin que tout salaire brut au-delà des autres soit imposé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="-270"/>
        <source>{name}&apos;s login is deactivated: the asset does not go back into service with them. Put it in storage, or choose another holder in Assigned to first.</source>
        <translation>{name} n’a plus de compte actif : le bien ne reprend pas du service avec cette personne. Mettez-le en stock, ou choisissez d’abord un autre détenteur dans Attribué à.</translation>
    </message>
    <message>
        <location filename="../domain/messages/records.py" line="-99"/>
        <source>{label} “{value}” is not a phone number{cause}: type a Rwandan number like +250 788 123 456 or 0788 123 456, or a foreign one with its country code, like +254 712 345 678.</source>
        <translation>{label} « {value} » n’est pas un numéro de téléphone{cause} : saisissez un numéro rwandais comme +250 788 123 456 ou 0788 123 456, ou un numéro étranger avec son indicatif de pays, comme +254 712 345 678.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The emergency contact&apos;s phone “{value}” is not a phone number{cause}: type a Rwandan number like +250 788 123 456 or 0788 123 456, or a foreign one with its country code, like +254 712 345 678.</source>
        <translation>Le téléphone de la personne à prévenir en cas d’urgence, « {value} », n’est pas un numéro de téléphone{cause} : saisissez un numéro rwandais comme +250 788 123 456 ou 0788 123 456, ou un numéro étranger avec son indicatif de pays, comme +254 712 345 678.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label} “{value}” is not an e-mail address{cause}: type one like name@example.rw.</source>
        <translation>{label} « {value} » n’est pas une adresse e-mail{cause} : saisissez-en une comme nom@exemple.rw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The emergency contact&apos;s e-mail “{value}” is not an e-mail address{cause}: type one like name@example.rw.</source>
        <translation>L’e-mail de la personne à prévenir en cas d’urgence, « {value} », n’est pas une adresse e-mail{cause} : saisissez-en une comme nom@exemple.rw.</translation>
    </message>
    <message>
        <location filename="../domain/messages/accounts.py" line="-81"/>
        <source>The setting {key} takes a whole number of days from {least} to {most}: leave is counted in whole days, and a year has at most 366.</source>
        <translation>Le paramètre {key} prend un nombre entier de jours de {least} à {most} : les congés se comptent en jours entiers, et une année en compte au plus 366.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Add at least one band: the payroll runs take PAYE by these bands.</source>
        <translation>Ajoutez au moins une tranche : les paies calculent l’IPR selon ces tranches.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Band {band} needs its upper limit and its rate.</source>
        <translation>La tranche {band} doit avoir sa limite haute et son taux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Band {band}: the rate is a percent from 0 to 100.</source>
        <translation>Tranche {band} : le taux est un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Band {band}: “Up to” is a whole amount of RWF, above the “Up to” of the band before it.</source>
        <translation>Tranche {band} : « Jusqu’à » est un montant entier en RWF, supérieur au « Jusqu’à » de la tranche précédente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Band {band}: “Up to” is blank, but only the last band is open (“and above”). Give it an upper limit, or remove the bands after it.</source>
        <translation>Tranche {band} : « Jusqu’à » est vide, mais seule la dernière tranche est ouverte (« et au-delà »). Donnez-lui une limite haute, ou retirez les tranches qui la suivent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Band {band} is the last: leave its “Up to” blank, so that it taxes every gross above the bands before it.</source>
        <translation>La tranche {band} est la dernière : laissez son « Jusqu’à » vide, afin qu’elle impose tout salaire brut au-delà des tranches précédentes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Band {band}, {column}: {problem}</source>
        <translation>Tranche {band}, {column} : {problem}</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>No employee has the number {employee}: check it on the person&apos;s employee record, or leave the employee number empty. Nothing was changed.</source>
        <translation>Aucun employé n’a le matricule {employee} : vérifiez-le sur la fiche d’employé de la personne, ou laissez le matricule vide. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="+136"/>
        <source>This job posting is open or on hold: its closing date cannot be {date}, before today ({today}). Set today or a later date, or clear it; to stop applications now, use Close applications… instead. Nothing was changed.</source>
        <translation>Cette offre d’emploi est ouverte ou en pause : sa date de clôture ne peut pas être le {date}, avant aujourd’hui ({today}). Fixez aujourd’hui ou une date plus tardive, ou effacez-la ; pour arrêter les candidatures dès maintenant, utilisez plutôt « Clore les candidatures… ». Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../domain/messages/purchasing.py" line="+6"/>
        <source>{line} is named {times} times in this receipt: a receipt names each line once. Add the quantities up on one line. Nothing was received.</source>
        <translation>{line} figure {times} fois dans cette réception : une réception nomme chaque ligne une seule fois. Additionnez les quantités sur une seule ligne. Rien n’a été reçu.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="-243"/>
        <source>“{line}” is a line its step wrote, moved among the others: lines a step wrote stay in the order they were written. Put it back where it was, or close without saving.</source>
        <translation>« {line} » est une ligne écrite par son étape, déplacée parmi les autres : les lignes qu’une étape a écrites restent dans l’ordre où elles ont été écrites. Remettez-la à sa place, ou fermez sans enregistrer.</translation>
    </message>
    <message>
        <location filename="../domain/messages/records.py" line="+33"/>
        <source>The login&apos;s {name} “{value}” is not a phone number, and this save writes the login too. It is not on this form: an administrator corrects it on the user&apos;s record, then save again.</source>
        <translation>Le champ « {name} » du compte de connexion, « {value} », n’est pas un numéro de téléphone, et cet enregistrement modifie aussi ce compte. Il ne figure pas sur ce formulaire : un administrateur le corrige sur la fiche de l’utilisateur, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {record}&apos;s {name} “{value}” is not a phone number, and this save writes that {record} too. It is not on this form: correct it on the {record} itself, or ask whoever keeps it, then save again.</source>
        <translation>Le champ « {name} » de la fiche « {record} », « {value} », n’est pas un numéro de téléphone, et cet enregistrement modifie aussi cette fiche. Il ne figure pas sur ce formulaire : corrigez-le sur la fiche elle-même, ou demandez-le à qui la tient, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {record}&apos;s {name} “{value}” is not an e-mail address, and this save writes that {record} too. It is not on this form: correct it on the {record} itself, or ask whoever keeps it, then save again.</source>
        <translation>Le champ « {name} » de la fiche « {record} », « {value} », n’est pas une adresse e-mail, et cet enregistrement modifie aussi cette fiche. Il ne figure pas sur ce formulaire : corrigez-le sur la fiche elle-même, ou demandez-le à qui la tient, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="+252"/>
        <source>This job posting is open: its closing date cannot be {date}, before today ({today}). Set today or a later date, or clear it; to stop applications now, use Close applications… instead.</source>
        <translation>Cette offre d’emploi est ouverte : sa date de clôture ne peut pas être le {date}, avant aujourd’hui ({today}). Fixez aujourd’hui ou une date plus tardive, ou effacez-la ; pour arrêter les candidatures dès maintenant, utilisez plutôt « Clore les candidatures… ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This job posting is on hold: its closing date cannot be {date}, before today ({today}). Set today or a later date, or clear it; to stop applications for good, use Close applications… instead.</source>
        <translation>Cette offre d’emploi est en pause : sa date de clôture ne peut pas être le {date}, avant aujourd’hui ({today}). Fixez aujourd’hui ou une date plus tardive, ou effacez-la ; pour arrêter les candidatures pour de bon, utilisez plutôt « Clore les candidatures… ».</translation>
    </message>
    <message>
        <location filename="../domain/messages/accounts.py" line="-88"/>
        <source>Employee number {employee_number} already has a login: {holder} ({holder_email}). Give the new login another number, or leave it empty.</source>
        <translation>Le matricule {employee_number} a déjà un compte : {holder} ({holder_email}). Donnez un autre matricule au nouveau compte, ou laissez-le vide.</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Give band {band} its rate, in percent.</source>
        <translation>Donnez son taux à la tranche {band}, en pourcentage.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>{subject} takes a value from {least} to {most}.</source>
        <translation>{subject} prend une valeur de {least} à {most}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{subject} takes a whole number from {least} to {most}.</source>
        <translation>{subject} prend un nombre entier de {least} à {most}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{subject} takes a whole number of days from {least} to {most}: leave is counted in whole days, and a year has at most 366.</source>
        <translation>{subject} prend un nombre entier de jours de {least} à {most} : les congés se comptent en jours entiers, et une année en compte au plus 366.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{subject} takes a value of {least} or more.</source>
        <translation>{subject} prend une valeur de {least} ou plus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../domain/messages/finance.py" line="+104"/>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <location filename="../domain/setting_keys.py" line="+26"/>
        <source>The company&apos;s phone</source>
        <translation>Le téléphone de l’entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company&apos;s e-mail</source>
        <translation>L’adresse e-mail de l’entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>This rate</source>
        <translation>Ce taux</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This threshold</source>
        <translation>Ce seuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number of days</source>
        <translation>Ce nombre de jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pay day</source>
        <translation>Le jour de paie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The largest file size</source>
        <translation>La taille maximale d’un fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This allowance</source>
        <translation>Ce droit à congé</translation>
    </message>
    <message>
        <location filename="../domain/messages/records.py" line="-38"/>
        <source>The emergency contact has a phone but no name: type the name of the person to call, or clear the contact.</source>
        <translation>La personne à prévenir en cas d’urgence a un téléphone mais pas de nom : saisissez le nom de la personne à appeler, ou videz le contact.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The emergency contact has no phone: type a number to reach them, or clear the contact.</source>
        <translation>La personne à prévenir en cas d’urgence n’a pas de téléphone : saisissez un numéro pour la joindre, ou videz le contact.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>two numbers: one number per box</source>
        <translation>deux numéros : un seul numéro par champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letters: a phone number is digits</source>
        <translation>des lettres : un numéro de téléphone ne contient que des chiffres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a mark no phone number has: only digits, spaces, hyphens, dots and brackets</source>
        <translation>un signe qu’aucun numéro n’a : seulement des chiffres, des espaces, des tirets, des points et des parenthèses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a + inside: it goes only in front</source>
        <translation>un + au milieu : il ne va qu’au début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a blank at the start or end: remove it</source>
        <translation>un espace au début ou à la fin : supprimez-le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brackets astray: one pair at most, opened first, with digits inside</source>
        <translation>des parenthèses mal placées : une paire au plus, ouverte d’abord, avec des chiffres dedans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a hyphen, dot or blank at an end or right after the +: remove it</source>
        <translation>un tiret, un point ou un espace à un bout ou juste après le + : supprimez-le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>00 at the start: write + instead</source>
        <translation>00 au début : écrivez + à la place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{digits} digits: a phone number has 7 to 15</source>
        <translation>{digits} chiffres : un numéro de téléphone en a de 7 à 15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a 0 after the +: leave it out after the country code</source>
        <translation>un 0 après le + : omettez-le après l’indicatif de pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{digits} digits: a number starting with 0 has 10</source>
        <translation>{digits} chiffres : un numéro qui commence par 0 en a 10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{digits} digits: a number starting with 250 has 12</source>
        <translation>{digits} chiffres : un numéro qui commence par 250 en a 12</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no 0 or country code: a Rwandan number starts with 0 or +250</source>
        <translation>ni 0 ni indicatif de pays : un numéro rwandais commence par 0 ou +250</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>two addresses: one per box</source>
        <translation>deux adresses : une seule par champ</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>The emergency contact has neither a name nor a phone: type both, or clear the contact.</source>
        <translation>La personne à prévenir en cas d’urgence n’a ni nom ni téléphone : saisissez les deux, ou videz le contact.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The emergency contact is one person, each part a text in quotes, as {{&quot;name&quot;: &quot;Ana Uwera&quot;, &quot;relationship&quot;: &quot;Sister&quot;, &quot;phone&quot;: &quot;0788 123 456&quot;}} (an &quot;email&quot; too if they have one): correct it, or clear the contact.</source>
        <translation>La personne à prévenir en cas d’urgence est une seule personne, chaque partie un texte entre guillemets, comme {{&quot;name&quot;: &quot;Ana Uwera&quot;, &quot;relationship&quot;: &quot;Sister&quot;, &quot;phone&quot;: &quot;0788 123 456&quot;}} (et un &quot;email&quot; si elle en a un) : corrigez-la, ou videz le contact.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="schema_words.py" line="-746"/>
        <source>Aborted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number</source>
        <translation>N° de compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account type</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activated</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual completion date</source>
        <translation>Date d’achèvement réelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Airtel Money</source>
        <translation>Airtel Money</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocated amount</source>
        <translation>Montant alloué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowances</source>
        <translation>Indemnités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Almost certain</source>
        <translation>Quasi certaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount and delivery</source>
        <translation>Montant et livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount involved</source>
        <translation>Montant en jeu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amounts</source>
        <translation>Montants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual leave</source>
        <translation>Congé annuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation>Candidature reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved date</source>
        <translation>Date d’approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas for improvement</source>
        <translation>Points à améliorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment date</source>
        <translation>Date d’évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment number</source>
        <translation>N° d’évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset name</source>
        <translation>Nom du matériel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset repossession</source>
        <translation>Reprise de biens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset tag</source>
        <translation>N° d’inventaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset type</source>
        <translation>Type de matériel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned location</source>
        <translation>Lieu d’affectation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignment</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignment type</source>
        <translation>Type d’affectation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached to</source>
        <translation>Rattaché à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance record</source>
        <translation>Pointage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance records</source>
        <translation>Pointages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit date</source>
        <translation>Date de l’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log entry</source>
        <translation>Entrée du journal d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit logs</source>
        <translation>Journaux d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit number</source>
        <translation>N° d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit scope</source>
        <translation>Périmètre de l’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit type</source>
        <translation>Type d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bailiff report</source>
        <translation>Rapport d’huissier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank details</source>
        <translation>Coordonnées bancaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic salary</source>
        <translation>Salaire de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boolean</source>
        <translation>Oui/non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought into force</source>
        <translation>Mise en vigueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget category</source>
        <translation>Catégorie budgétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU usage</source>
        <translation>Utilisation du processeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Called to interview</source>
        <translation>Convoqué en entretien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameras offline</source>
        <translation>Caméras hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name</source>
        <translation>Nom de la campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign type</source>
        <translation>Type de campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case document</source>
        <translation>Pièce du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case documents</source>
        <translation>Pièces du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case type</source>
        <translation>Type de dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check out</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoints</source>
        <translation>Points de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoints completed</source>
        <translation>Points de contrôle effectués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client code</source>
        <translation>Code client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client mandate</source>
        <translation>Mandat client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client support tickets</source>
        <translation>Demandes d’assistance clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client type</source>
        <translation>Type de client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold call</source>
        <translation>Prospection téléphonique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compassionate</source>
        <translation>Pour raisons familiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compassionate leave</source>
        <translation>Congé pour raisons familiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion date</source>
        <translation>Date d’achèvement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance audits</source>
        <translation>Audits de conformité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance policies</source>
        <translation>Politiques de conformité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliment</source>
        <translation>Compliment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract number</source>
        <translation>N° de contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract type</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corporate</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court filing</source>
        <translation>Acte de procédure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover letter</source>
        <translation>Lettre de motivation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current stock</source>
        <translation>Stock actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer Experience</source>
        <translation>Expérience client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer feedback</source>
        <translation>Avis des clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer surveys</source>
        <translation>Enquêtes clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days requested</source>
        <translation>Jours demandés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debtor list</source>
        <translation>Liste des débiteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided at</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deductions</source>
        <translation>Retenues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deductions in detail</source>
        <translation>Détail des retenues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand letter</source>
        <translation>Mise en demeure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct mail</source>
        <translation>Publipostage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discontinued</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk usage</source>
        <translation>Utilisation du disque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposed</source>
        <translation>Mis au rebut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposed of</source>
        <translation>Mis au rebut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disqualified</source>
        <translation>Disqualifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document name</source>
        <translation>Nom du document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education level</source>
        <translation>Niveau d’études</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective date</source>
        <translation>Date d’effet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact</source>
        <translation>Personne à prévenir en cas d’urgence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees</source>
        <translation>Employés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment type</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment date</source>
        <translation>Date d’inscription</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated value</source>
        <translation>Valeur estimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 2 hours</source>
        <translation>Toutes les 2 heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected delivery</source>
        <translation>Livraison prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expense</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expense category</source>
        <translation>Catégorie de dépense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expense date</source>
        <translation>Date de la dépense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expense number</source>
        <translation>N° de dépense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expenses</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External</source>
        <translation>Externe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback date</source>
        <translation>Date de l’avis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback type</source>
        <translation>Type d’avis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled</source>
        <translation>Pourvu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance</source>
        <translation>Finances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance approval</source>
        <translation>Approbation des finances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial accounts</source>
        <translation>Comptes financiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frozen</source>
        <translation>Gelé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full time</source>
        <translation>Temps plein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals achieved</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>Administration publique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guard</source>
        <translation>Agent de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guard number</source>
        <translation>Matricule de l’agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guards</source>
        <translation>Agents de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half day</source>
        <translation>Demi-journée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover note</source>
        <translation>Note de passation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hire date</source>
        <translation>Date d’embauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hired</source>
        <translation>Embauché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human Resources</source>
        <translation>Ressources humaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT</source>
        <translation>Informatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT asset</source>
        <translation>Matériel informatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT assets</source>
        <translation>Matériel informatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT support tickets</source>
        <translation>Demandes informatiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT ticket</source>
        <translation>Demande d’assistance informatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT tickets</source>
        <translation>Demandes informatiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In repair</source>
        <translation>En réparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In storage</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident date</source>
        <translation>Date de l’incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident number</source>
        <translation>N° d’incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident type</source>
        <translation>Type d’incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents reported</source>
        <translation>Incidents signalés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>Secteur d’activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insignificant</source>
        <translation>Négligeable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructor</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intern</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview date</source>
        <translation>Date de l’entretien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory</source>
        <translation>Stocks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory items</source>
        <translation>Articles en stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory of equipment</source>
        <translation>Inventaire du matériel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory transactions</source>
        <translation>Mouvements de stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigating</source>
        <translation>En cours d’enquête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice copies</source>
        <translation>Copies de factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice date</source>
        <translation>Date de facturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice debt</source>
        <translation>Créance sur facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice items</source>
        <translation>Lignes de facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice line</source>
        <translation>Ligne de facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice lines</source>
        <translation>Lignes de facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>N° de facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item code</source>
        <translation>Code article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item name</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job posting</source>
        <translation>Offre d’emploi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job postings</source>
        <translation>Offres d’emploi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup age</source>
        <translation>Âge de la dernière sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last maintenance</source>
        <translation>Dernier entretien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launched</source>
        <translation>Lancé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>Piste commerciale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead number</source>
        <translation>N° de piste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation>Pistes commerciales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave request</source>
        <translation>Demande de congé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave requests</source>
        <translation>Demandes de congé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave type</source>
        <translation>Type de congé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTN MoMo</source>
        <translation>MTN MoMo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager approval</source>
        <translation>Approbation du responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandate letter</source>
        <translation>Lettre de mandat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked acknowledged</source>
        <translation>Marqué pris en compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked back from leave</source>
        <translation>Marqué de retour de congé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked contacted</source>
        <translation>Marqué contacté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked dropped</source>
        <translation>Marqué abandonné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked expired</source>
        <translation>Marqué comme expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked failed</source>
        <translation>Marqué en échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked filled</source>
        <translation>Marqué comme pourvu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked found</source>
        <translation>Marqué retrouvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked inactive</source>
        <translation>Marqué inactif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked lost</source>
        <translation>Marqué perdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked missed</source>
        <translation>Marqué manqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked on leave</source>
        <translation>Marqué en congé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked recovered</source>
        <translation>Marqué recouvré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked renewed</source>
        <translation>Marqué comme renouvelé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked won</source>
        <translation>Marquée gagnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing campaigns</source>
        <translation>Campagnes marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maternity</source>
        <translation>Maternité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maternity leave</source>
        <translation>Congé de maternité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max applications</source>
        <translation>Candidatures max.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max participants</source>
        <translation>Participants max.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum stock</source>
        <translation>Stock maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory usage</source>
        <translation>Utilisation de la mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric name</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum stock</source>
        <translation>Stock minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigating</source>
        <translation>Atténuation en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigation measures</source>
        <translation>Mesures d’atténuation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile money</source>
        <translation>Mobile money</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation>Sous surveillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring reading</source>
        <translation>Relevé de surveillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net salary</source>
        <translation>Salaire net</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New values</source>
        <translation>Nouvelles valeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next goals</source>
        <translation>Objectifs suivants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next maintenance</source>
        <translation>Prochain entretien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night</source>
        <translation>Nuit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nightly</source>
        <translation>Chaque nuit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered</source>
        <translation>Offre faite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered the job</source>
        <translation>Sélectionné pour une offre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old values</source>
        <translation>Anciennes valeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On leave</source>
        <translation>En congé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity number</source>
        <translation>N° d’opportunité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order approval</source>
        <translation>Approbation de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order approvals</source>
        <translation>Approbations de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order lines</source>
        <translation>Lignes de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order status</source>
        <translation>Statut de la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdoor</source>
        <translation>Affichage extérieur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall rating</source>
        <translation>Appréciation générale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PO number</source>
        <translation>N° de bon de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packet loss</source>
        <translation>Perte de paquets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid date</source>
        <translation>Date de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid from</source>
        <translation>Payé depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part time</source>
        <translation>Temps partiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially paid</source>
        <translation>Partiellement payé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially received</source>
        <translation>Partiellement reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password hash</source>
        <translation>Empreinte du mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paternity</source>
        <translation>Paternité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paternity leave</source>
        <translation>Congé de paternité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patrol log</source>
        <translation>Rapport de ronde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patrol logs</source>
        <translation>Rapports de ronde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patrol route</source>
        <translation>Circuit de ronde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patrol routes</source>
        <translation>Circuits de ronde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay</source>
        <translation>Rémunération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay period</source>
        <translation>Période de paie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay period end</source>
        <translation>Fin de la période de paie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay period start</source>
        <translation>Début de la période de paie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay periods</source>
        <translation>Périodes de paie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment date</source>
        <translation>Date de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment plan</source>
        <translation>Échéancier de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payroll</source>
        <translation>Paie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payroll periods</source>
        <translation>Périodes de paie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payroll records</source>
        <translation>Bulletins de paie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payslip</source>
        <translation>Bulletin de paie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performance review</source>
        <translation>Évaluation annuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performance reviews</source>
        <translation>Évaluations annuelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period end</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period start</source>
        <translation>Début de période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police report</source>
        <translation>Rapport de police</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy category</source>
        <translation>Catégorie de politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy content</source>
        <translation>Contenu de la politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy name</source>
        <translation>Nom de la politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy number</source>
        <translation>N° de politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted</source>
        <translation>Comptabilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted date</source>
        <translation>Date de comptabilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability (%)</source>
        <translation>Probabilité (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile image</source>
        <translation>Photo de profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospecting</source>
        <translation>Prospection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published on</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase cost</source>
        <translation>Coût d’achat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase date</source>
        <translation>Date d’achat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase order approvals</source>
        <translation>Approbations des bons de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase order lines</source>
        <translation>Lignes de bon de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase orders</source>
        <translation>Bons de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back in service</source>
        <translation>Remis en service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put in storage</source>
        <translation>Mis en stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put into screening</source>
        <translation>Mis en présélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on hold</source>
        <translation>Mis en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put under investigation</source>
        <translation>Mis sous enquête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put under mitigation</source>
        <translation>Mis en atténuation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put under monitoring</source>
        <translation>Mis sous surveillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put under review</source>
        <translation>Mettre en révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified</source>
        <translation>Qualifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity received</source>
        <translation>Quantité reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rare</source>
        <translation>Rare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivated</source>
        <translation>Réactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason given</source>
        <translation>Motif donné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt and approval</source>
        <translation>Justificatif et approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded at</source>
        <translation>Relevé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered</source>
        <translation>Recouvré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery</source>
        <translation>Recouvrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery case</source>
        <translation>Dossier de recouvrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery cases</source>
        <translation>Dossiers de recouvrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery documents</source>
        <translation>Pièces de recouvrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference number</source>
        <translation>N° de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference type</source>
        <translation>Type de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulatory</source>
        <translation>Réglementaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstated</source>
        <translation>Réintégré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining amount</source>
        <translation>Montant restant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote</source>
        <translation>Télétravail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewed</source>
        <translation>Renouvelé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported date</source>
        <translation>Date de signalement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported lost</source>
        <translation>Déclaré perdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported on</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved date</source>
        <translation>Date de résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded to</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <location line="-450"/>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Duration (hours)</source>
        <translation>Durée (heures)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Estimated duration (min)</source>
        <translation>Durée estimée (min)</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>Resumed</source>
        <translation>Repris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Retiré du service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed</source>
        <translation>Contre-passé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverses</source>
        <translation>Annule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review date</source>
        <translation>Date de l’évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review due</source>
        <translation>Révision prévue le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review period end</source>
        <translation>Fin de la période évaluée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review period start</source>
        <translation>Début de la période évaluée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk</source>
        <translation>Risques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk assessment</source>
        <translation>Évaluation des risques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk assessments</source>
        <translation>Évaluations des risques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk category</source>
        <translation>Catégorie de risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk description</source>
        <translation>Description du risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk incident</source>
        <translation>Incident de risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk incidents</source>
        <translation>Incidents de risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk score</source>
        <translation>Score de risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotating</source>
        <translation>Par rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>Circuit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route name</source>
        <translation>Nom du circuit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run by</source>
        <translation>Calculé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SME</source>
        <translation>PME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salary currency</source>
        <translation>Devise du salaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salary range max</source>
        <translation>Salaire maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salary range min</source>
        <translation>Salaire minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales &amp; Marketing</source>
        <translation>Ventes et marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Savings</source>
        <translation>Épargne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security assignments</source>
        <translation>Affectations de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security guards</source>
        <translation>Agents de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security incidents</source>
        <translation>Incidents de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent for repair</source>
        <translation>Envoyé en réparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service review</source>
        <translation>Avis sur le service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting key</source>
        <translation>Clé du paramètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting type</source>
        <translation>Type de paramètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting value</source>
        <translation>Valeur du paramètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement agreement</source>
        <translation>Accord de règlement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared with the employee</source>
        <translation>Partagé avec l’employé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift end</source>
        <translation>Fin de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift preference</source>
        <translation>Horaire préféré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift start</source>
        <translation>Début de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sick</source>
        <translation>Maladie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sick leave</source>
        <translation>Congé de maladie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size bytes</source>
        <translation>Taille (octets)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent amount</source>
        <translation>Montant dépensé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of account</source>
        <translation>Relevé de compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static</source>
        <translation>Poste fixe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock movement</source>
        <translation>Mouvement de stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock movements</source>
        <translation>Mouvements de stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>String</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study</source>
        <translation>Études</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study leave</source>
        <translation>Congé d’études</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted for review</source>
        <translation>Soumis à l’examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Supérieur hiérarchique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier code</source>
        <translation>Code fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier name</source>
        <translation>Nom du fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply</source>
        <translation>Approvisionnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support ticket</source>
        <translation>Demande d’assistance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support tickets</source>
        <translation>Demandes d’assistance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey name</source>
        <translation>Nom de l’enquête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>Enquêtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System monitoring</source>
        <translation>Surveillance des systèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System name</source>
        <translation>Nom du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System setting</source>
        <translation>Paramètre système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System settings</source>
        <translation>Paramètres système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken back to draft</source>
        <translation>Remis en brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken under review</source>
        <translation>Passé en examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target completion date</source>
        <translation>Date d’achèvement visée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>Fiscal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax amount</source>
        <translation>Montant de la TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax info</source>
        <translation>Informations fiscales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax number</source>
        <translation>NIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary</source>
        <translation>Temporaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated</source>
        <translation>Fin de contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termination date</source>
        <translation>Date de fin de contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold critical</source>
        <translation>Seuil critique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold warning</source>
        <translation>Seuil d’alerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket number</source>
        <translation>N° de demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total amount</source>
        <translation>Montant total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total cost</source>
        <translation>Coût total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total hours</source>
        <translation>Total des heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total price</source>
        <translation>Prix total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total value</source>
        <translation>Valeur totale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade fair</source>
        <translation>Salon professionnel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training certifications</source>
        <translation>Certifications de formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training enrollment</source>
        <translation>Inscription à une formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training enrollments</source>
        <translation>Inscriptions aux formations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training program</source>
        <translation>Programme de formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training programs</source>
        <translation>Programmes de formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction date</source>
        <translation>Date de l’écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction number</source>
        <translation>N° d’écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction type</source>
        <translation>Type d’écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactions</source>
        <translation>Écritures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unblocked</source>
        <translation>Débloqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>En cours d’examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfrozen</source>
        <translation>Dégelé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of measure</source>
        <translation>Unité de mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlikely</source>
        <translation>Peu probable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid</source>
        <translation>Sans solde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid leave</source>
        <translation>Congé sans solde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unqualified</source>
        <translation>Non qualifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated at</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload date</source>
        <translation>Date d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploaded by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User agent</source>
        <translation>Logiciel client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VPN tunnels down</source>
        <translation>Tunnels VPN hors service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk in</source>
        <translation>Visite spontanée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty expiry</source>
        <translation>Fin de garantie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work location</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <translation>Passé en perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years of experience</source>
        <translation>Années d’expérience</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Cancelled</source>
        <comment>client_support_tickets</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>client_support_tickets</comment>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>client_support_tickets</comment>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <comment>client_support_tickets</comment>
        <translation>Résolue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved</source>
        <comment>compliance_policies</comment>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <comment>compliance_policies</comment>
        <translation>Retirée du service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated</source>
        <comment>contracts</comment>
        <translation>Résilié</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Posted</source>
        <comment>transactions</comment>
        <translation>Comptabilisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed</source>
        <comment>transactions</comment>
        <translation>Contre-passée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void</source>
        <comment>transactions</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../services/dashboards.py" line="+27"/>
        <source>Allocated</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <location filename="schema_words.py" line="-70"/>
        <source>Active</source>
        <comment>budgets</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Active</source>
        <comment>it_assets</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Active</source>
        <comment>inventory_items</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Active</source>
        <comment>suppliers</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Active</source>
        <comment>clients</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="-455"/>
        <source>Licence expiry</source>
        <translation>Expiration de la carte professionnelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence number</source>
        <translation>Numéro de carte professionnelle</translation>
    </message>
    <message>
        <location line="+459"/>
        <source>Active</source>
        <comment>contracts</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archived</source>
        <comment>customer_surveys</comment>
        <translation>Archivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>customer_surveys</comment>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>expenses</comment>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>expenses</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <comment>expenses</comment>
        <translation>Payée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <comment>expenses</comment>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <comment>invoices</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <comment>invoices</comment>
        <translation>Payée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially paid</source>
        <comment>invoices</comment>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <comment>invoices</comment>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <comment>it_support_tickets</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>it_support_tickets</comment>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>it_support_tickets</comment>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <comment>it_support_tickets</comment>
        <translation>Résolue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>job_postings</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>job_postings</comment>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled</source>
        <comment>job_postings</comment>
        <translation>Pourvue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>job_postings</comment>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted</source>
        <comment>leads</comment>
        <translation>Contactée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <comment>leads</comment>
        <translation>Convertie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <comment>leads</comment>
        <translation>Perdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <comment>leads</comment>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified</source>
        <comment>leads</comment>
        <translation>Qualifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unqualified</source>
        <comment>leads</comment>
        <translation>Non qualifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>leave_requests</comment>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>leave_requests</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <comment>leave_requests</comment>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <comment>marketing_campaigns</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>marketing_campaigns</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <comment>marketing_campaigns</comment>
        <translation>Suspendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <comment>marketing_campaigns</comment>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <comment>opportunities</comment>
        <translation>Active</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Active</source>
        <comment>marketing_campaigns</comment>
        <translation>Active</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Active</source>
        <comment>customer_surveys</comment>
        <translation>Active</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Active</source>
        <comment>compliance_policies</comment>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Inactive</source>
        <comment>inventory_items</comment>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Closed lost</source>
        <comment>opportunities</comment>
        <translation>Perdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed won</source>
        <comment>opportunities</comment>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <comment>opportunities</comment>
        <translation>Perdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <comment>opportunities</comment>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>payroll_periods</comment>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>payroll_periods</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <comment>payroll_periods</comment>
        <translation>Payée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <comment>performance_reviews</comment>
        <translation>Prise en compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>performance_reviews</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <comment>performance_reviews</comment>
        <translation>Soumise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <comment>purchase_orders</comment>
        <translation>Soumis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>risk_assessments</comment>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>risk_assessments</comment>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>security_assignments</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>security_assignments</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <comment>security_assignments</comment>
        <translation>Manquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <comment>security_assignments</comment>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <comment>suppliers</comment>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Inactive</source>
        <comment>clients</comment>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="-740"/>
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Balance due</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Change in stock</source>
        <translation>Variation du stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change in value</source>
        <translation>Variation de valeur</translation>
    </message>
    <message>
        <location line="+581"/>
        <source>Value still to arrive</source>
        <translation>Valeur encore à recevoir</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Still awaited</source>
        <translation>Encore attendu</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>On order</source>
        <translation>En commande</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Training</source>
        <translation>Formations</translation>
    </message>
    <message>
        <location line="-346"/>
        <source>Leave</source>
        <translation>Congés</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Payslips</source>
        <translation>Bulletins de paie</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location line="-404"/>
        <source>Amount recovered</source>
        <translation>Montant recouvré</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Closed short</source>
        <translation>Clôturé incomplet</translation>
    </message>
</context>
<context>
    <name>step_lines</name>
    <message>
        <location filename="../domain/step_lines.py" line="+70"/>
        <source>Marked recovered on {day}: {text}</source>
        <translation>Marqué recouvré le {day} : {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off on {day}: {text}</source>
        <translation>Passé en perte le {day} : {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on {day}: {text}</source>
        <translation>Clôturée le {day} : {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded to on {day}: {text}</source>
        <translation>Réponse donnée le {day} : {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved on {day}: {text}</source>
        <translation>Résolu le {day} : {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated on {day}: {text}</source>
        <translation>Résilié le {day} : {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked expired on {day}: {text}</source>
        <translation>Marqué expiré le {day} : {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment {payment} reversed on {day}: {text}</source>
        <translation>Paiement {payment} annulé le {day} : {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed short on {day}, {received} of {ordered} received: {text}</source>
        <translation>Clôturé le {day} avec {received} reçus sur {ordered} : {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed short on {day}: {lines} received: {text}</source>
        <translation>Clôturé incomplet le {day}, reçus : {lines} : {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} ({received} of {ordered})</source>
        <translation>{item} ({received} sur {ordered})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prorated on {day}: terminated on {ended}, paid {kept} of the month&apos;s {days} days (basic {basic}, allowances {allowances}, net {net} before).</source>
        <translation>Proratisé le {day} : fin de contrat le {ended}, payé {kept} jours sur les {days} du mois (avant : base {basic}, indemnités {allowances}, net {net}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prorated on {day}: suspended, paid {kept} of the month&apos;s {days} days (basic {basic}, allowances {allowances}, net {net} before).</source>
        <translation>Proratisé le {day} : suspension, payé {kept} jours sur les {days} du mois (avant : base {basic}, indemnités {allowances}, net {net}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored on {day}: reinstated, paid {kept} of the month&apos;s {days} days (basic {basic}, allowances {allowances}, net {net} before).</source>
        <translation>Rétabli le {day} : réintégration, payé {kept} jours sur les {days} du mois (avant : base {basic}, indemnités {allowances}, net {net}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unpaid leave counted on {day}: {unpaid} of {working} working days not paid ({less} RWF off basic).</source>
        <translation>Congé sans solde compté le {day} : {unpaid} jours ouvrés sur {working} non payés ({less} RWF de moins sur le salaire de base).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untaken leave paid on {day}: {untaken} working days of annual leave ({worth} RWF in allowances).</source>
        <translation>Congé non pris payé le {day} : {untaken} jours ouvrés de congé annuel ({worth} RWF dans les indemnités).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untaken leave paid on {day}: {untaken} working days of annual leave, final settlement of a termination on {ended} ({worth} RWF in allowances).</source>
        <translation>Congé non pris payé le {day} : {untaken} jours ouvrés de congé annuel, solde de tout compte d’une fin de contrat le {ended} ({worth} RWF dans les indemnités).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unpaid leave paid back on {day}: {back} working days of {first} to {last} worked after all ({worth} RWF in allowances).</source>
        <translation>Congé sans solde remboursé le {day} : {back} jours ouvrés du {first} au {last} travaillés finalement ({worth} RWF dans les indemnités).</translation>
    </message>
</context>
</TS>
